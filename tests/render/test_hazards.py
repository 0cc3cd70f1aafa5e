"""A sweep's warning as drawn: blinking under three times a second, or steady for the
reduced-flashing setting; the strike always shown."""

from __future__ import annotations

import itertools

import esper
import pygame

from coraline_game.ecs.components import SUBPIXELS, Area, Hazard
from coraline_game.render.hazards import draw_hazards

# Warned for ticks 0..59 of every 180, striking 60..89.
BAND = Hazard(period=180, offset=0, warn=60, strike=30, caught="")


def _drawn(tick: int, steady: bool = False) -> int:
    esper.create_entity(BAND, Area(0, 0, 64 * SUBPIXELS, 16 * SUBPIXELS))
    target = pygame.Surface((80, 32))
    draw_hazards(target, (0, 0), tick, steady)
    return sum(1 for x in range(80) for y in range(32) if target.get_at((x, y))[:3] != (0, 0, 0))


def test_the_warning_blinks_no_more_than_three_times_a_second() -> None:
    shown = [_drawn(tick) > 0 for tick in range(60)]
    changes = sum(1 for a, b in itertools.pairwise(shown) if a != b)
    assert 0 < changes <= 6  # on and off: at most three flashes in a second


def test_reduced_flashing_shows_the_warning_steady() -> None:
    assert all(_drawn(tick, steady=True) > 0 for tick in range(60))


def test_the_strike_shows_either_way() -> None:
    assert _drawn(70) > 0 and _drawn(70, steady=True) > 0
