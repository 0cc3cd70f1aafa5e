"""How a drained place looks: its colour faded toward grey and paled, and white threads
unravelling in from the map's edges. The amount is simulation state (sim/drain.py); the
look is baked into the map's chunks (render/chunks.py), a step at a time, so a drained
place costs nothing more a frame than an untouched one, and the people keep their colour.
"""

from __future__ import annotations

import math
import random

import pygame

STEPS = 12  # drain levels the chunks are baked at, 0 (untouched) to STEPS (all drained)
THREAD = (238, 236, 244)
PALE = (214, 212, 222)  # what a drained place pales toward
PALE_SHARE = 56  # how far, all drained, in 255ths
THREAD_SPACING = 20  # pixels of map edge per loose thread
THREAD_REACH = 72  # how far in a thread comes when the place is all drained, in pixels


def drain_step(level: int, full: int) -> int:
    """The baked step nearest a drain level of `full`."""
    return round(level * STEPS / full) if full else 0


def drained(surface: pygame.Surface, step: int) -> None:
    """Fade `surface` (a baked chunk) toward grey and pale, `step` of STEPS, in place;
    transparency is kept."""
    if step <= 0:
        return
    # Mixes by SDL's whole-number blends (colour channels only, so alpha is kept):
    # colour * (1 - share) + grey * share, then the same toward pale.
    share = 255 * min(step, STEPS) // STEPS
    grey = pygame.transform.grayscale(surface)
    grey.fill((share,) * 3, special_flags=pygame.BLEND_RGB_MULT)
    surface.fill((255 - share,) * 3, special_flags=pygame.BLEND_RGB_MULT)
    surface.blit(grey, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    pale = PALE_SHARE * share // 255
    surface.fill((255 - pale,) * 3, special_flags=pygame.BLEND_RGB_MULT)
    surface.fill(tuple(c * pale // 255 for c in PALE), special_flags=pygame.BLEND_RGB_ADD)


def _edge_threads(size: tuple[int, int]) -> list[list[tuple[float, float]]]:
    """Loose threads along a map of `size` pixels: wavy lines from its edges inward, a
    fixed pattern (part of the art, not of the run), longest first to appear."""
    width, height = size
    rng = random.Random(width * 7919 + height)
    threads = []
    sides = (
        (width, lambda a: (a, 0.0), (0.0, 1.0)),
        (width, lambda a: (a, float(height)), (0.0, -1.0)),
        (height, lambda a: (0.0, a), (1.0, 0.0)),
        (height, lambda a: (float(width), a), (-1.0, 0.0)),
    )
    for length, start_at, (ix, iy) in sides:
        for index in range(length // THREAD_SPACING):
            sx, sy = start_at((index + rng.random()) * THREAD_SPACING)
            reach = (0.3 + 0.7 * rng.random()) * THREAD_REACH
            phase, wave = rng.random() * math.tau, 1.5 + 3.0 * rng.random()
            points = []
            for part in range(9):
                t = part / 8
                sway = math.sin(phase + t * 6) * wave * t
                points.append((sx + ix * reach * t + iy * sway, sy + iy * reach * t + ix * sway))
            threads.append(points)
    return threads


class EdgeThreads:
    """A map's loose threads, drawn onto the chunks at its edges as it drains."""

    def __init__(self, size: tuple[int, int]) -> None:
        self._threads = _edge_threads(size)

    def draw(self, surface: pygame.Surface, origin: tuple[int, int], step: int) -> None:
        """The threads as far in as `step` of STEPS, onto a chunk whose top-left is `origin`."""
        if step <= 0:
            return
        shown = max(2, round(9 * min(step, STEPS) / STEPS))
        area = surface.get_rect(topleft=origin).inflate(2 * THREAD_REACH, 2 * THREAD_REACH)
        for points in self._threads:
            if not area.collidepoint(points[0]):
                continue
            local = [(x - origin[0], y - origin[1]) for x, y in points[:shown]]
            pygame.draw.aalines(surface, THREAD, False, local)
