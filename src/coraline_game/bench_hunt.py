"""The game for the eyes, for `coraline-game bench`: each guardian's place walked with the
seeing stone held and the place half drained (frames against the same floor as the rest
of the bench), and simulated headless with its guardians running (ticks a second)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pygame

from coraline_game.bench_timing import ratio, stats, timed
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.maps.model import GameMap
from coraline_game.render.window import LOGICAL
from coraline_game.render.world_view import WorldView
from coraline_game.sim.drain import DRAIN_TICKS, drains_of
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState

HUNT_PLACES = ("other_garden", "other_theater", "other_circus")  # a guardian each
ITEMS = ("key", "seeing_stone")


def _hunting(maps: Mapping[str, GameMap], name: str) -> Simulation:
    """The hunt begun, Coraline at the place's entrance, its guardian at work, card gone."""
    flags = default_story().beats_until("challenge_accepted")
    sim = Simulation(maps, seed=0, start=StartState("hunt", flags, ITEMS, name, ""))
    for _ in range(CARD_TICKS):
        sim.step(0)
    sim.conversation = None
    return sim


def _half_drained(sim: Simulation) -> None:
    """The place drawn half drained: its drain half run, its eye (and guardian) still there."""
    for flag in drains_of(sim.place.map):
        sim.drain.progress[flag] = DRAIN_TICKS // 2


def hunt_bench(
    maps: Mapping[str, GameMap],
    view: WorldView,
    display: pygame.Surface,
    walk: Sequence[ActionFrame],
    floor: Sequence[int],
    ticks: int,
) -> dict[str, object]:
    """`walk`: the bench's scripted frames; `floor`: its fill-and-scale samples."""
    logical = pygame.Surface(LOGICAL).convert()
    looking = [int(frame) | int(Action.STONE) for frame in walk]
    frames: dict[str, list[int]] = {}
    rates: dict[str, int] = {}
    for name in HUNT_PLACES:
        sim = _hunting(maps, name)
        _half_drained(sim)

        def frame(action: ActionFrame, sim: Simulation = sim) -> None:
            _half_drained(sim)  # held there: the drain's cost, not its four seconds' change
            sim.step(action)
            view.draw(logical, sim)
            pygame.transform.scale(logical, display.get_size(), display)

        frames[name] = timed(frame, looking)
        sim.close()
        sim = _hunting(maps, name)
        elapsed = sum(timed(sim.step, [walk[t % len(walk)] for t in range(ticks)]))
        rates[name] = round(ticks * 1e9 / elapsed)
        sim.close()
    ratios = {name: ratio(samples, floor) for name, samples in frames.items()}
    return {
        "frame_ms_by_place": {name: stats(samples) for name, samples in frames.items()},
        "frame_vs_floor_by_place": ratios,
        "worst_frame_vs_floor": max(ratios.values()),
        "sim_ticks_per_s_by_place": rates,
        "slowest_sim_ticks_per_s": min(rates.values()),
        "note": "drawn with the stone held and the place held half drained; guardians running",
    }
