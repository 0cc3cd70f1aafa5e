"""The hunt's and the ending's cutscenes as shipped, each watched and each skipped the tick
it begins: the world after is the same either way (the clock aside)."""

from __future__ import annotations

import pytest

from coraline_game.content import load_content
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState

EYES = ("garden_eye", "theater_eye", "circus_eye")


class CutsceneBegan(Exception):
    """The steps have led into a cutscene."""


def _start(case: str) -> tuple[StartState, list[str]]:
    story = default_story()
    if case == "the_trick":
        flags = story.beats_until("found_parents")
        items = ("key", "seeing_stone", *EYES, "snow_globe")
        return StartState("hunt", flags, items, "other_flat", "kitchen"), [
            "read",
            "use other mother waiting",
            "choose 0",
        ]
    if case == "door_shut":
        flags = story.beats_until("found_parents")
        return StartState("hunt", flags, ("key", "seeing_stone"), "real_flat", "little_door"), [
            "read"
        ]
    if case == "hand_smashed":
        flags = story.beats_until("door_closed_on_hand")
        start = StartState("day4", flags, ("key", "seeing_stone"), "real_grounds", "from_flat")
        return start, ["read", "dodge 1500"]
    flags = story.beats_until("key_in_well")
    return StartState("day5", flags, ("seeing_stone",), "real_grounds", "from_flat"), [
        "read",
        "use mom at the party",
    ]


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


def _to_the_cutscene(maps: dict[str, GameMap], case: str) -> tuple[Simulation, Autopilot]:
    start, steps = _start(case)
    sim = Simulation(maps, seed=9, start=start)

    def step(frame: ActionFrame) -> None:
        sim.step(frame)
        if sim.cutscene is not None:
            raise CutsceneBegan

    pilot = Autopilot(sim, step)
    with pytest.raises(CutsceneBegan):
        pilot.run(steps)
    assert sim.cutscene is not None and sim.cutscene.cutscene.name == case
    return sim, Autopilot(sim)


@pytest.mark.parametrize("case", ["the_trick", "door_shut", "hand_smashed", "finale"])
def test_skipping_leaves_the_world_as_watching_does(maps: dict[str, GameMap], case: str) -> None:
    watched, watching = _to_the_cutscene(maps, case)
    watching.read_all()  # every line read, every step played out
    skipped, skipping = _to_the_cutscene(maps, case)
    skipping.press(Action.CANCEL)
    skipping.read_all()
    assert watched.tick > skipped.tick  # watching took its time
    for sim in (watched, skipped):
        assert sim.cutscene is None
        Autopilot(sim).idle(CARD_TICKS if sim.card is not None else 1)
    assert state_checksum(watched, clock=False) == state_checksum(skipped, clock=False)
    assert watched.beats == skipped.beats
