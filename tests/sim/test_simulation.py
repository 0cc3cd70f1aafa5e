from __future__ import annotations

import esper
import pytest

from coraline_game.ecs.components import SUBPIXELS, Body, Heading, Position, Usable
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import FADE_TICKS, Simulation
from coraline_game.systems.collision import body_box
from tests.synthetic import obj, said, two_rooms, with_objects


def walk_to_door(pilot: Autopilot) -> None:
    pilot.walk_to(88, 16)  # under the door at cell (5, 0), as close as the wall lets her


def test_coraline_starts_at_the_default_spawn_and_arrives() -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    assert Autopilot(sim).feet() == (40, 80)
    assert sim.flags == []  # a lone map starts outside the story: nothing has happened yet
    assert sim.tick == 0


def test_movement_is_eight_way_and_stops_at_once() -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    pilot = Autopilot(sim)
    x0, y0 = pilot.feet()
    pilot.press(Action.RIGHT, 8)
    assert pilot.feet() == (x0 + 10, y0)  # 1.25 px a tick
    pilot.press(Action.RIGHT | Action.DOWN, 8)
    x1, y1 = pilot.feet()
    assert (x1 - x0 - 10, y1 - y0) in ((7, 7), (6, 6), (7, 6), (6, 7))  # diagonal is not faster
    pilot.idle(1)
    assert pilot.feet() == (x1, y1)  # no sliding after release


def test_the_door_shows_a_prompt_and_takes_her_to_the_other_place_and_back() -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    pilot = Autopilot(sim)
    walk_to_door(pilot)
    pilot.press(Action.UP)
    assert sim.place.prompt.text == "Open"
    pilot.press(Action.INTERACT)
    assert sim.transition is not None
    pilot.idle(FADE_TICKS)
    assert sim.place.map.name == "b"
    assert pilot.feet() == (88, 32)  # the "door" spawn, bottom centre of its cell
    pilot.read_all()
    assert sim.transition is None
    pilot.use(Action.UP)
    pilot.read_all()
    assert sim.place.map.name == "a"
    assert sim.flags == ["door_a", "door_b"]


def test_each_place_keeps_its_own_state_while_the_other_is_shown() -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    pilot = Autopilot(sim)
    walk_to_door(pilot)
    pilot.use(Action.UP)
    pilot.read_all()
    room_b = sim.place
    pilot.press(Action.LEFT, 20)
    left_in_b = pilot.feet()
    pilot.walk_to(88, 16)
    pilot.use(Action.UP)
    pilot.read_all()
    assert sim.place.map.name == "a"
    # Place b still exists, and nobody is left standing in it.
    assert sim.places["b"] is room_b and room_b.player == 0
    room_b.activate()
    assert not any(True for _ in esper.get_component(Heading))
    assert left_in_b != pilot.feet()


def test_nothing_moves_during_a_transition() -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    pilot = Autopilot(sim)
    walk_to_door(pilot)
    pilot.use(Action.UP)
    before = pilot.feet()
    pilot.press(Action.DOWN, FADE_TICKS - 3)
    assert pilot.feet() == before


def test_same_seed_and_frames_give_the_same_checksum() -> None:
    def run(seed: int) -> str:
        sim = Simulation(two_rooms(), seed=seed, start_map="a")
        pilot = Autopilot(sim)
        walk_to_door(pilot)
        pilot.use(Action.UP)
        pilot.read_all()
        pilot.press(Action.DOWN | Action.LEFT, 30)
        checksum = state_checksum(sim)
        sim.close()
        return checksum

    assert run(7) == run(7)


def test_the_checksum_reuses_places_not_shown_without_missing_a_change() -> None:
    """A place not shown is digested once after she leaves it; the checksum must still equal
    one made from scratch at every tick of a round trip through the doors."""
    sim = Simulation(two_rooms(), seed=3, start_map="a")
    pilot = Autopilot(sim)

    def from_scratch() -> str:
        saved = {name: place.digest for name, place in sim.places.items()}
        for place in sim.places.values():
            place.digest = None
        fresh = state_checksum(sim)
        for name, place in sim.places.items():
            place.digest = saved[name]
        return fresh

    seen = []
    for _round in range(2):
        walk_to_door(pilot)
        pilot.use(Action.UP)
        for _ in range(3 * FADE_TICKS):
            sim.step(0)
            cached = state_checksum(sim)
            assert cached == from_scratch()
            seen.append(cached)
        pilot.read_all()
        pilot.press(Action.DOWN, 20)
    assert len(set(seen)) > 1 and len(sim.places) == 2
    assert any(place.digest is not None for place in sim.places.values())  # one was reused


def test_nobody_ends_a_tick_inside_a_wall() -> None:
    sim = Simulation(two_rooms(), seed=3, start_map="a")
    pilot = Autopilot(sim)
    for frame in (Action.UP, Action.LEFT, Action.UP | Action.RIGHT, Action.DOWN, Action.RIGHT):
        pilot.press(frame, 90)
        position = esper.component_for_entity(sim.place.player, Position)
        body = esper.component_for_entity(sim.place.player, Body)
        assert not sim.place.collision.blocked(body_box(position, body)), frame
        assert position.x % SUBPIXELS in range(SUBPIXELS)


def test_a_body_spawned_inside_a_wall_is_pushed_out() -> None:
    sim = Simulation(two_rooms(), seed=3, start_map="a")
    position = esper.component_for_entity(sim.place.player, Position)
    position.x, position.y = 70 * SUBPIXELS, 56 * SUBPIXELS  # inside the pillar
    sim.step(0)
    body = esper.component_for_entity(sim.place.player, Body)
    assert not sim.place.collision.blocked(body_box(position, body))


def test_object_layer_offsets_move_what_the_objects_do() -> None:
    import dataclasses

    from coraline_game.maps.model import ObjectLayer

    maps = two_rooms()
    room = maps["a"]
    layers = tuple(
        dataclasses.replace(layer, offset=(32.0, 16.0)) if isinstance(layer, ObjectLayer) else layer
        for layer in room.layers
    )
    maps["a"] = dataclasses.replace(room, layers=layers)
    sim = Simulation(maps, seed=1, start_map="a")
    assert Autopilot(sim).feet() == (40 + 32, 80 + 16)  # the default spawn, shifted
    door = maps["a"].objects_of("Door")[0]
    assert (door.x, door.y) == (5 * 16 + 32, 16)


def test_taking_an_item_removes_it_sets_its_flag_and_says_its_line() -> None:
    key = obj("Item", 1, 4, 20, item="key", flag="took_key", prompt="Take the key", text="A key.")
    sim = Simulation(with_objects(key), seed=1, start_map="a")  # Coraline stands at cell (2, 4)
    pilot = Autopilot(sim)
    pilot.press(Action.LEFT)
    assert sim.place.prompt.text == "Take the key"
    pilot.press(Action.INTERACT)
    assert sim.flags[-1] == "took_key" and said(sim) == ["A key."]
    sim.place.activate()
    assert all(u.object_id != 20 for _e, u in esper.get_component(Usable))  # taken away
    pilot.read_all()
    pilot.press(Action.LEFT)
    assert sim.place.prompt.entity == 0  # nothing left to take


def test_looking_shows_a_line_that_holds_her_still_until_read() -> None:
    window = obj("Inspect", 2, 5, 21, text="Rain.", prompt="Look")
    sim = Simulation(with_objects(window), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.press(Action.DOWN)
    pilot.press(Action.INTERACT)
    assert said(sim) == ["Rain."]
    before = pilot.feet()
    pilot.press(Action.UP, 10)
    assert pilot.feet() == before  # reading: she does not walk off
    pilot.press(Action.CANCEL)
    assert said(sim) == []
    pilot.press(Action.UP, 10)
    assert pilot.feet() != before


def test_a_trigger_fires_once_when_her_feet_step_in() -> None:
    trap = obj("Trigger", 4, 4, 22, w=16, h=16, flag="stepped", text="Creak.")
    sim = Simulation(with_objects(trap), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.walk_to(72, 72)
    assert "stepped" in sim.flags and said(sim) == ["Creak."]
    pilot.read_all()
    pilot.walk_to(40, 72)
    pilot.walk_to(72, 72)
    assert said(sim) == [] and sim.flags.count("stepped") == 1


def test_taking_a_silent_item_leaves_no_prompt_behind(tmp_path: object) -> None:
    import pygame

    from coraline_game.paths import assets_dir
    from coraline_game.render.font import default_font
    from coraline_game.ui.dialogue_box import Portraits
    from coraline_game.ui.hud import Hud

    key = obj("Item", 1, 4, 20, item="key")  # no text: nothing is said, so play goes straight on
    sim = Simulation(with_objects(key), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.press(Action.LEFT)
    pilot.press(Action.INTERACT)
    assert said(sim) == [] and sim.place.prompt.entity == 0
    Hud(default_font(), Portraits(assets_dir() / "portraits")).draw(
        pygame.Surface((320, 180)), sim, (0, 0)
    )  # drawing right after is fine


@pytest.mark.parametrize(("shape", "loops"), [("polygon", True), ("polyline", False)])
def test_a_mouse_at_the_end_of_a_closed_path_sets_off_again(shape: str, loops: bool) -> None:
    from coraline_game.ecs.components import MouseBrain
    from coraline_game.maps.model import MapObject

    route = MapObject(
        id=31,
        name="route",
        cls="Path",
        x=24,
        y=24,
        width=0,
        height=0,
        properties={},
        layer="objects",
        shape=shape,
        points=((24.0, 24.0), (120.0, 24.0), (120.0, 40.0)),
    )
    mouse = obj("Actor", 7, 1.5, 30, w=0, h=0, actor="mouse", path=31)  # feet at (112, 40)
    sim = Simulation(with_objects(route, mouse), seed=1, start_map="a")
    sim.place.activate()
    ((entity, brain),) = esper.get_component(MouseBrain)
    position = esper.component_for_entity(entity, Position)
    brain.next_point = len(brain.path)  # arrived at the last point
    start = (position.x, position.y)
    Autopilot(sim).idle(10)
    assert brain.loop is loops
    if loops:
        assert brain.next_point == 0 and position.x < start[0]  # off toward the first point
    else:
        assert brain.next_point == len(brain.path) and (position.x, position.y) == start
