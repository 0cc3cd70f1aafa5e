"""The story played: objects present by condition, pages, typewriter lines, choices,
chapters, cutscenes watched and skipped, beats in order."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import esper
import pytest

from coraline_game.ecs.catalogue import ActorSpec, default_catalogue
from coraline_game.ecs.components import Name, Position, Usable
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.story.model import Story
from coraline_game.story.start import chapter_start, new_game
from tests.story.fixtures import small_story
from tests.synthetic import obj, said, with_objects

# Coraline starts at cell (2, 4) of room "a", facing down; the friend stands below her.
FRIEND = obj("Actor", 2, 5, 30, actor="friend", talk="friend", facing="up")
PEOPLE = default_catalogue() | {
    "friend": ActorSpec("friend", "cat", 1.0, (4.0, 2.0), "stand", None),
}
BOX = obj("Inspect", 1, 4, 31, talk="knock", prompt="Knock", when="opened_box")
CORNER = obj("Mark", 7, 2, 32, w=0, h=0, mark="corner")


@pytest.fixture
def story(tmp_path: Path) -> Story:
    return small_story(tmp_path)


def started(story: Story, *extra: object) -> tuple[Simulation, Autopilot]:
    maps = with_objects(FRIEND, BOX, CORNER, *extra)
    sim = Simulation(maps, seed=2, start=new_game(story), story=story, catalogue=PEOPLE)
    pilot = Autopilot(sim)
    pilot.idle(CARD_TICKS)  # the chapter card shows, then goes by itself
    return sim, pilot


def usable_ids(sim: Simulation) -> set[int]:
    sim.place.activate()
    return {usable.object_id for _e, usable in esper.get_component(Usable)}


def test_a_new_game_starts_with_the_first_chapter_card_and_its_effects(story: Story) -> None:
    sim = Simulation(
        with_objects(FRIEND), seed=2, start=new_game(story), story=story, catalogue=PEOPLE
    )
    assert sim.card is not None and sim.card.text == "Day 1 - Morning"
    assert sim.flags == ["arrived"] and sim.chapter == "morning" and sim.time == "day"
    assert sim.player_frozen
    Autopilot(sim).idle(CARD_TICKS)
    assert sim.card is None and not sim.player_frozen
    assert sim.objective == "Meet your friend."


def test_talking_plays_the_first_page_that_holds_typed_out_then_line_by_line(story: Story) -> None:
    sim, pilot = started(story)
    pilot.use(Action.DOWN)
    conversation = sim.conversation
    assert conversation is not None and said(sim) == ["Hello there.", "Hello yourself."]
    pilot.idle(3)
    assert 0 < conversation.letters < len("Hello there.")  # typed, a letter at a time
    pilot.press(Action.INTERACT)  # the first press shows the whole line
    assert conversation.letters == len("Hello there.") and conversation.line == 0
    pilot.idle(1)
    pilot.press(Action.INTERACT)  # the next goes on
    assert said(sim) == ["Hello yourself."]
    pilot.read_all()
    assert sim.flags == ["arrived", "met_friend"] and sim.objective == "Open the box."
    pilot.use(Action.DOWN)
    assert said(sim) == ["Will you open the box?"]  # the next page now holds


def test_a_refused_choice_comes_back_to_the_choice_and_the_other_goes_on(story: Story) -> None:
    sim, pilot = started(story)
    pilot.use(Action.DOWN)
    pilot.read_all()
    pilot.use(Action.DOWN)
    pilot.read_all()
    conversation = sim.conversation
    assert conversation is not None and conversation.choosing
    pilot.press(Action.INTERACT)  # "Never."
    pilot.idle(1)
    assert said(sim) == ["Nothing happens, forever. Choose again."]
    pilot.read_all()
    assert sim.conversation is not None and sim.conversation.choosing  # back at the choice
    assert "opened_box" not in sim.flags
    pilot.press(Action.DOWN)
    pilot.idle(1)
    pilot.press(Action.INTERACT)  # "Yes."
    pilot.idle(1)
    assert sim.conversation is None
    assert sim.flags[-1] == "opened_box" and sim.items == ["key"]


def test_an_object_is_there_only_while_its_condition_holds(story: Story) -> None:
    sim, pilot = started(story)
    assert 31 not in usable_ids(sim)  # the box: only once opened
    sim.set_flag("met_friend")
    sim.set_flag("opened_box")
    pilot.idle(1)
    assert 31 in usable_ids(sim)


def test_beats_come_only_in_their_order_and_once(story: Story) -> None:
    sim, _pilot = started(story)
    sim.set_flag("opened_box")  # before met_friend: refused
    sim.set_flag("done")
    assert sim.flags == ["arrived"]
    for beat in ("met_friend", "met_friend", "opened_box", "seen_b", "seen_a", "done"):
        sim.set_flag(beat)
    assert sim.flags == ["arrived", "met_friend", "opened_box", "seen_b", "seen_a", "done"]


def test_a_chapter_starts_every_place_afresh_and_forgets_the_facts(story: Story) -> None:
    sim, pilot = started(story)
    for beat in ("met_friend", "opened_box"):
        sim.set_flag(beat)
    sim._give("key")
    pilot.idle(1)
    pilot.use(Action.LEFT)  # knock on the box: a fact, then the evening
    pilot.read_all()
    assert sim.chapter == "evening" and sim.time == "night"
    assert "knocked" not in sim.flags and sim.place.map.name == "b"
    assert sim.chapters_started == 2 and sim.start is not None
    assert sim.start.flags == ("arrived", "met_friend", "opened_box")


def test_continuing_a_chapter_is_the_same_as_playing_to_it(story: Story) -> None:
    sim, pilot = started(story)
    for beat in ("met_friend", "opened_box"):
        sim.set_flag(beat)
    sim._give("key")
    pilot.idle(1)
    pilot.use(Action.LEFT)
    while sim.chapter != "evening":
        pilot.press(Action.INTERACT)
        pilot.idle(1)
    continued = Simulation(
        with_objects(FRIEND, BOX, CORNER),
        2,
        start=chapter_start(story, "evening"),
        story=story,
        catalogue=PEOPLE,
    )
    for run in (sim, continued):
        Autopilot(run).idle(CARD_TICKS)
    assert state_checksum(sim, clock=False) == state_checksum(continued, clock=False)


def _stroll(story: Story, skip_at: int | None) -> Simulation:
    sim, pilot = started(story)
    sim.apply(dataclasses.replace(story.chapters[0].effects, set=(), cutscene="stroll"))
    ticks = 0
    while sim.cutscene is not None:
        if ticks == skip_at:
            pilot.press(Action.CANCEL)
        elif sim.conversation is not None:
            pilot.press(Action.INTERACT)
            pilot.idle(1)
        else:
            pilot.idle(1)
        ticks += 1
        assert ticks < 2000
    return sim


@pytest.mark.parametrize("skip_at", [0, 5, 40, 70])
def test_a_skipped_cutscene_leaves_the_world_as_watching_it_does(
    story: Story, skip_at: int
) -> None:
    watched = _stroll(story, None)
    skipped = _stroll(story, skip_at)
    assert watched.flags[-1] == "met_friend" and skipped.flags == watched.flags
    for sim in (watched, skipped):
        sim.place.activate()
        friend = next(e for e, name in esper.get_component(Name) if name.actor == "friend")
        position = esper.component_for_entity(friend, Position)
        assert (position.x // 256, position.y // 256) == (7 * 16, 2 * 16)  # at the corner
        assert sim.veil == 0 and sim.focus is None and sim.zoom == 1
    for sim in (watched, skipped):
        Autopilot(sim).idle(30)  # and the world goes on the same from there
    assert state_checksum(watched, clock=False) == state_checksum(skipped, clock=False)


def test_nobody_moves_on_their_own_while_a_cutscene_plays(story: Story) -> None:
    sim, pilot = started(story, obj("Actor", 6, 4, 40, actor="mouse"))
    sim.place.activate()
    mouse = next(e for e, name in esper.get_component(Name) if name.actor == "mouse")
    sim.apply(dataclasses.replace(story.chapters[0].effects, set=(), cutscene="stroll"))
    before = dataclasses.astuple(esper.component_for_entity(mouse, Position))
    pilot.idle(60)
    assert dataclasses.astuple(esper.component_for_entity(mouse, Position)) == before


def test_she_walks_round_people_not_through_them(story: Story) -> None:
    from coraline_game.ecs.components import Body
    from coraline_game.systems.collision import body_box

    sim, pilot = started(story)  # the friend stands just below her
    sim.place.activate()
    friend = next(e for e, name in esper.get_component(Name) if name.actor == "friend")
    theirs = body_box(
        esper.component_for_entity(friend, Position), esper.component_for_entity(friend, Body)
    )
    her_position = esper.component_for_entity(sim.place.player, Position)
    her_body = esper.component_for_entity(sim.place.player, Body)
    start = pilot.feet()
    for _ in range(40):
        pilot.press(Action.DOWN)
        left, top, right, bottom = body_box(her_position, her_body)
        assert not (
            left < theirs[2] and theirs[0] < right and top < theirs[3] and theirs[1] < bottom
        )
    assert pilot.feet() != start  # she moved: up to them, and round them
