"""How a drained place looks: its colour fading to grey, and white threads unravelling
in from the edges of the view. The amount is simulation state (sim/drain.py)."""

from __future__ import annotations

import math
import random

import pygame

from coraline_game.screen import SCREEN_SIZE

THREAD = (238, 236, 244)
PALE = (214, 212, 222)  # the veil over a drained place, up to a fifth opaque
STEPS = 16  # thread overlays are made at this many levels and kept
THREADS = 56
REACH = 0.32  # how far in from the edge a thread comes when the place is all drained


def _threads() -> list[list[tuple[float, float]]]:
    """Loose threads as wavy lines, each from a point on the edge inward (a fixed pattern)."""
    rng = random.Random(1902)  # the pattern is part of the art, not of the run
    width, height = SCREEN_SIZE
    threads = []
    for index in range(THREADS):
        side = index % 4
        along = rng.random()
        start, inward = [
            ((along * width, 0.0), (0.0, 1.0)),
            ((along * width, float(height)), (0.0, -1.0)),
            ((0.0, along * height), (1.0, 0.0)),
            ((float(width), along * height), (-1.0, 0.0)),
        ][side]
        length = (0.35 + 0.65 * rng.random()) * REACH * min(width, height) * 1.6
        phase, wave = rng.random() * math.tau, 1.5 + 2.5 * rng.random()
        points = []
        for step in range(13):
            t = step / 12
            sway = math.sin(phase + t * 7) * wave * t
            points.append(
                (
                    start[0] + inward[0] * length * t + inward[1] * sway,
                    start[1] + inward[1] * length * t + inward[0] * sway,
                )
            )
        threads.append(points)
    return threads


class DrainView:
    def __init__(self) -> None:
        self._threads = _threads()
        self._overlays: dict[int, pygame.Surface] = {}

    def _overlay(self, step: int) -> pygame.Surface:
        """A pale veil and the threads, as far along as `step` of STEPS: one blit a frame."""
        if step not in self._overlays:
            surface = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
            surface.fill((*PALE, 51 * step // STEPS))
            shown = step / STEPS
            for points in self._threads:
                count = max(2, round(len(points) * shown))
                pygame.draw.aalines(surface, (*THREAD, 210), False, points[:count])
            self._overlays[step] = surface
        return self._overlays[step]

    def draw(self, target: pygame.Surface, level: int) -> None:
        """`level`: 0 (untouched) to 255 (all drained)."""
        if level <= 0:
            return
        grey = pygame.transform.grayscale(target)
        grey.set_alpha(min(255, level + level // 4))
        target.blit(grey, (0, 0))
        target.blit(self._overlay(max(1, level * STEPS // 255)), (0, 0))
