"""The game for the eyes as shipped: the hunt played from its chapter's start, in all six
orders of the three eyes, each to the door shut on the hand; and what taking an eye does."""

from __future__ import annotations

import importlib.util
import itertools
import sys

import esper
import pytest

from coraline_game.content import load_content
from coraline_game.ecs.components import Hidden, Usable
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.paths import content_root
from coraline_game.sim.drain import DRAIN_TICKS, FULL
from coraline_game.sim.simulation import Simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState, chapter_start


def _recorder() -> object:
    path = content_root() / "tools" / "record_replays.py"
    spec = importlib.util.spec_from_file_location("record_replays", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["record_replays"] = module
    spec.loader.exec_module(module)
    return module


PARTS: dict[str, list[str]] = _recorder().plan_parts("hunt.toml")  # type: ignore[attr-defined]
EYES = ("garden", "theater", "circus")


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


@pytest.mark.parametrize("order", list(itertools.permutations(EYES)))
def test_the_hunt_in_any_order_reaches_the_door_shut_on_the_hand(
    maps: dict[str, GameMap], order: tuple[str, ...]
) -> None:
    story = default_story()
    sim = Simulation(maps, seed=5, start=chapter_start(story, "hunt"))
    pilot = Autopilot(sim)
    pilot.run(PARTS["out"])
    for part in order:
        pilot.run(PARTS[part])
        assert f"eye_{part}" in sim.flags, f"{part} in the order {order}"
        assert sim.place.map.name == "other_grounds"  # every part ends where the next begins
    pilot.run(PARTS["home"])
    assert sim.beats[-5:] == [*(f"eye_{p}" for p in order), "found_parents", "door_closed_on_hand"]
    sim.close()


def _in_the_theater(maps: dict[str, GameMap], *flags: str) -> Simulation:
    story = default_story()
    beats = (*story.beats_until("challenge_accepted"), *flags)
    start = StartState("hunt", beats, ("key", "seeing_stone"), "other_theater", "from_foyer")
    sim = Simulation(maps, seed=5, start=start)
    Autopilot(sim).read_all()
    return sim


def test_the_eye_hides_until_she_looks_through_the_stone(maps: dict[str, GameMap]) -> None:
    sim = _in_the_theater(maps)
    sim.place.activate()
    eyes = [e for e, (u, _h) in esper.get_components(Usable, Hidden) if u.item == "theater_eye"]
    assert len(eyes) == 1
    pilot = Autopilot(sim)
    pilot.careful = True
    pilot.walk_route([(12 * 16 + 8, 4 * 16 + 8)])  # on the stage, right under the eye
    pilot.press(Action.UP)
    pilot.idle(1)
    assert sim.place.prompt.entity != eyes[0]  # not seen: nothing to take
    pilot.held = Action.STONE
    pilot.press(Action.UP)
    pilot.idle(1)
    assert sim.looking and sim.place.prompt.entity == eyes[0]
    pilot.press(Action.INTERACT)
    pilot.idle(1)
    assert "eye_theater" in sim.flags and "theater_eye" in sim.items


def test_taking_an_eye_drains_its_part_of_the_world_as_she_watches(
    maps: dict[str, GameMap],
) -> None:
    sim = _in_the_theater(maps)
    theater, grounds = maps["other_theater"], maps["other_grounds"]
    assert sim.drain.level(theater) == 0
    sim.set_flag("eye_theater")
    pilot = Autopilot(sim)
    pilot.idle(DRAIN_TICKS // 2)
    assert 0 < sim.drain.level(theater) < FULL  # fading, not switched
    pilot.idle(DRAIN_TICKS)
    assert sim.drain.level(theater) == FULL
    assert sim.drain.level(grounds) == FULL // 3  # the grounds: one eye of three
    assert sim.drain.level(maps["other_garden"]) == 0


def test_the_sweeps_stop_once_the_theater_eye_is_taken(maps: dict[str, GameMap]) -> None:
    from coraline_game.ecs.components import Hazard

    sim = _in_the_theater(maps)
    sim.place.activate()
    assert len(esper.get_component(Hazard)) == 3
    with_eye = _in_the_theater(maps, "eye_theater")
    with_eye.place.activate()
    assert esper.get_component(Hazard) == []
    assert with_eye.drain.level(maps["other_theater"]) == FULL  # a chapter after it: grey


def test_caught_in_the_corridor_she_starts_the_escape_again_with_her_behind(
    maps: dict[str, GameMap],
) -> None:
    from coraline_game.ecs.components import SUBPIXELS, Position, Pursuer

    story = default_story()
    beats = (*story.beats_until("found_parents"),)
    start = StartState("hunt", beats, ("key", "seeing_stone"), "corridor", "escape")
    sim = Simulation(maps, seed=5, start=start)
    pilot = Autopilot(sim)
    pilot.read_all()
    pilot.idle(400)  # standing still: she catches up
    assert sim.transition is not None or sim.conversation is not None
    pilot.read_all()
    from coraline_game.ecs.prefabs import spawn_point

    x, y, _facing = spawn_point(sim.place.map, "escape")
    assert pilot.feet() == (x // SUBPIXELS, y // SUBPIXELS)  # back at the escape's start
    sim.place.activate()
    (chaser,) = [p for _e, (_c, p) in esper.get_components(Pursuer, Position)]
    assert chaser.y // SUBPIXELS < 3 * 16  # and she starts again from the far end, behind


@pytest.mark.parametrize("found", [c for n in (1, 2) for c in itertools.combinations(EYES, n)])
def test_the_objective_names_only_the_eyes_still_to_find(found: tuple[str, ...]) -> None:
    taken = {f"eye_{eye}" for eye in found}
    story = default_story()
    flags = frozenset({*story.beats_until("challenge_accepted"), *taken})
    objective = story.objective(flags, frozenset({"seeing_stone"}), "night")
    ways = {
        "eye_garden": "garden gate",
        "eye_theater": "ladies' doors",
        "eye_circus": "attic curtain",
    }
    assert objective.startswith("One eye left" if len(taken) == 2 else "Two eyes left")
    for eye, way in ways.items():
        assert (way in objective) is (eye not in taken), objective
