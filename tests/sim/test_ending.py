"""The end of the story as a player meets it: a wait she must last (a Trigger's `after`),
the credits that roll and skip, the mice, and the title coming back."""

from __future__ import annotations

import pytest

from coraline_game.content import load_content
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.sim.credits import EPILOGUE_TICKS, MIN_TICKS
from coraline_game.sim.simulation import Simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import chapter_start
from tests.synthetic import obj, said, with_objects


def test_a_trigger_with_after_fires_only_once_she_has_lasted_that_long() -> None:
    # The whole room is the trigger; she stands in it from the start.
    wait = obj("Trigger", 0, 0, 30, w=160, h=112, flag="", text="At last!", after=120)
    sim = Simulation(with_objects(wait), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.idle(119)
    assert said(sim) == []
    pilot.idle(2)
    assert said(sim) == ["At last!"]


def test_the_wait_starts_again_when_she_comes_back_in() -> None:
    wait = obj("Trigger", 0, 0, 30, w=160, h=112, flag="", text="At last!", after=120)
    sim = Simulation(with_objects(wait), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.idle(20)
    pilot.use_named("door")  # out to room b (about 80 ticks in the room in all)...
    pilot.use_named("door")  # ...and straight back
    assert sim.place.map.name == "a" and sim.here < 60
    assert said(sim) == []
    pilot.idle(60)
    assert said(sim) == []  # the ticks before she left and these do not add up
    pilot.idle(70)
    assert said(sim) == ["At last!"]


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


def _at_the_credits(maps: dict[str, GameMap]) -> tuple[Simulation, Autopilot]:
    sim = Simulation(maps, seed=3, start=chapter_start(default_story(), "day5"))
    pilot = Autopilot(sim)
    pilot.run(["read", "use mom at the party"])
    assert "garden_party" in sim.beats and sim.beats[-1] == "garden_party"
    assert sim.credits is not None and not sim.credits.in_epilogue
    return sim, pilot


def test_the_credits_roll_then_the_mice_then_it_is_over(maps: dict[str, GameMap]) -> None:
    sim, pilot = _at_the_credits(maps)
    credits = sim.credits
    assert credits is not None
    pilot.idle(credits.roll_ticks - credits.ticks)
    assert sim.credits is credits and credits.in_epilogue
    pilot.idle(EPILOGUE_TICKS - 1)
    assert not sim.finished
    pilot.idle(2)
    assert sim.finished and sim.credits is None and sim.player_frozen


def test_a_press_skips_the_roll_and_another_ends_it(maps: dict[str, GameMap]) -> None:
    sim, pilot = _at_the_credits(maps)
    pilot.idle(MIN_TICKS)
    pilot.press(Action.INTERACT)
    assert sim.credits is not None and sim.credits.in_epilogue  # straight to the mice
    pilot.idle(MIN_TICKS)
    pilot.press(Action.CANCEL)
    assert sim.finished
