"""The story as shipped: every chapter played from its save to the next, as a player would,
and each chapter reached in play is the very state its save continues from."""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import esper
import pytest

from coraline_game.content import load_content
from coraline_game.input.actions import ActionFrame
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.paths import content_root
from coraline_game.save import SaveSlot
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import chapter_start

TOOLS = content_root() / "tools"


def _plan() -> list[tuple[str, list[str]]]:
    spec = importlib.util.spec_from_file_location("record_replays", TOOLS / "record_replays.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["record_replays"] = module
    spec.loader.exec_module(module)
    chapters: list[tuple[str, list[str]]] = module.plan_chapters()
    return chapters


PLAN = _plan()


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


class ChapterBegan(Exception):
    """The chapter played has led into the next one."""


def _stepper(sim: Simulation) -> Callable[[ActionFrame], None]:
    started = sim.chapters_started

    def step(frame: ActionFrame) -> None:
        sim.step(frame)
        if sim.chapters_started != started:
            raise ChapterBegan

    return step


def _settle(sim: Simulation) -> str:
    Autopilot(sim).idle(CARD_TICKS + 30)  # the card, then a moment of the world going on
    return state_checksum(sim, clock=False)


def test_the_plans_cover_every_chapter_of_the_story() -> None:
    story = default_story()
    assert [name for name, _steps in PLAN] == [c.name for c in story.chapters]


@pytest.mark.parametrize(("index", "name"), [(i, n) for i, (n, _s) in enumerate(PLAN)])
def test_each_chapter_plays_from_its_save_to_the_next(
    maps: dict[str, GameMap], tmp_path: Path, index: int, name: str
) -> None:
    story = default_story()
    sim = Simulation(maps, seed=7, start=chapter_start(story, name))
    steps = PLAN[index][1]
    with contextlib.suppress(ChapterBegan):
        Autopilot(sim, _stepper(sim)).run(steps)
    if index == len(PLAN) - 1:
        assert sim.finished  # the credits are over: the story is whole
        assert sim.beats == list(story.beats)
        return
    following = PLAN[index + 1][0]
    assert sim.chapter == following, f"{name} did not lead to {following} (softlock?)"
    assert sim.start is not None
    # What playing reached is what continuing that chapter gives: from the story's own
    # definition of it, and from the save written as it began.
    slot = SaveSlot(tmp_path)
    assert slot.write(sim.start) == ""
    saved = slot.read(story, maps)
    assert saved.message == "" and saved.start == sim.start
    continued = Simulation(maps, seed=7, start=chapter_start(story, following))
    from_save = Simulation(maps, seed=7, start=saved.start)
    played = _settle(sim)
    assert _settle(continued) == played
    assert _settle(from_save) == played


@pytest.mark.parametrize(
    ("chapter", "beat", "row", "dark"),
    [
        ("night1", "followed_mouse", 9, False),
        ("night3", "toured_other_world", 21, False),
        ("night4", "got_seeing_stone", 37, True),
    ],
)
def test_the_corridor_grows_longer_and_darker_as_the_story_turns(
    maps: dict[str, GameMap], chapter: str, beat: str, row: int, dark: bool
) -> None:
    import esper

    from coraline_game.ecs.components import Light
    from coraline_game.story.start import StartState

    story = default_story()
    start = StartState(chapter, story.beats_until(beat), ("key",), "real_flat", "little_door")
    sim = Simulation(maps, seed=3, start=start)
    pilot = Autopilot(sim)
    pilot.read_all()
    pilot.use_named("little door")
    assert sim.place.map.name == "corridor"
    assert pilot.feet()[1] // 16 == row + 1  # her feet, in the row below the spawn's cell
    sim.place.activate()
    lights = [light.mood for _e, light in esper.get_component(Light)]
    assert lights == (["dark"] if dark else [])


def test_other_wybie_leads_the_way_to_the_garden(maps: dict[str, GameMap]) -> None:
    import esper

    from coraline_game.ecs.components import Name, Position
    from coraline_game.story.start import StartState

    story = default_story()
    flags = story.beats_until("warned_by_neighbours")
    sim = Simulation(
        maps, seed=3, start=StartState("night2", flags, ("key",), "other_grounds", "from_flat")
    )
    pilot = Autopilot(sim)
    pilot.read_all()
    sim.place.activate()
    guide = next(e for e, name in esper.get_component(Name) if name.actor == "other_wybie")
    at = esper.component_for_entity(guide, Position)
    before = (at.x, at.y)
    for _ in range(8):  # she follows him as he goes, a few steps at a time
        pilot.walk_route([(at.x // 256, at.y // 256 - 10)])
        pilot.idle(20)
    assert at.x > before[0] and at.y > before[1]  # east round the hedge, then down to the gate


def test_the_night_mouse_goes_under_the_little_door_before_she_says_it_did(
    maps: dict[str, GameMap],
) -> None:
    from coraline_game.ecs.components import Name
    from coraline_game.input.actions import Action

    sim = Simulation(maps, seed=7, start=chapter_start(default_story(), "night1"))
    pilot = Autopilot(sim)
    pilot.read_all()

    def mouse_there() -> bool:
        return any(name.actor == "mouse" for _e, name in esper.get_component(Name))

    def line() -> str:
        talk = sim.conversation
        return talk.current.text if talk is not None and talk.current is not None else ""

    assert mouse_there()  # it waits by her bed
    pilot.run(["walk 11 10"])  # after it, to the little door
    seen = []
    while not line().startswith("It went under"):
        assert sim.tick < 20_000, f"no line says where it went; lines seen: {seen}"
        if line() and line() not in seen:
            seen.append(line())
        # Press on through her first words; the cutscene then plays by itself.
        sim.step(int(Action.INTERACT) if line() and sim.tick % 2 else 0)
    assert seen == ["There! It's at the little door."]
    assert "mouse_went_under" in sim.flags and not mouse_there()
    pilot.read_all()
    assert "followed_mouse" in sim.beats
