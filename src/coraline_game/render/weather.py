"""Moving weather: rain streaks and floating motes, drawn from the tick alone.

Both are cosmetic: they use their own seeded generators and never touch the simulation,
so the same tick always looks the same (screenshots and replays agree).
"""

from __future__ import annotations

import math
import random

import pygame

from coraline_game.screen import SCREEN_SIZE


class Rain:
    """Streaks on a pre-rendered sheet two screens tall, scrolled by the tick: one blit a frame."""

    def __init__(
        self, colour: tuple[int, int, int, int], count: int, length: int, speed: int, seed: int
    ) -> None:
        self._speed = speed
        rng = random.Random(seed)
        width, height = SCREEN_SIZE
        sheet = pygame.Surface((width, height * 2), pygame.SRCALPHA)
        for _ in range(count):
            x, y = rng.randrange(width), rng.randrange(height)
            size = rng.randrange(length // 2, length + 1)
            # Drawn once per repeat of the sheet, so the scroll wraps without a seam.
            for top in (y - height, y, y + height):
                pygame.draw.line(sheet, colour, (x, top), (x - size // 4, top + size))
        self._sheet = sheet.convert_alpha() if pygame.display.get_surface() else sheet

    def draw(self, target: pygame.Surface, tick: int, camera: tuple[int, int]) -> None:
        """Rain runs down the window panes: it stays on the screen, whatever the camera."""
        offset = tick * self._speed % SCREEN_SIZE[1]
        target.blit(self._sheet, (0, offset - SCREEN_SIZE[1]))


class Motes:
    """Specks of warm dust drifting in the light, fixed to the world rather than the screen."""

    def __init__(self, colour: tuple[int, int, int, int], count: int, seed: int) -> None:
        rng = random.Random(seed)
        self._motes = [
            (
                rng.uniform(0, SCREEN_SIZE[0]),
                rng.uniform(0, SCREEN_SIZE[1]),
                rng.uniform(-0.12, 0.12),
                rng.uniform(-0.18, -0.04),
                rng.uniform(0, math.tau),
            )
            for _ in range(count)
        ]
        self._dot = pygame.Surface((2, 2), pygame.SRCALPHA)
        self._dot.fill(colour)

    def draw(self, target: pygame.Surface, tick: int, camera: tuple[int, int]) -> None:
        width, height = SCREEN_SIZE
        target.fblits(
            [
                (
                    self._dot,
                    (
                        int(x + tick * vx + 3 * math.sin(tick / 40 + phase) - camera[0]) % width,
                        int(y + tick * vy - camera[1]) % height,
                    ),
                )
                for x, y, vx, vy, phase in self._motes
            ]
        )
