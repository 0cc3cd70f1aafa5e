"""The credits as the simulation runs them: lines rising over the dark, then the mice,
going round and round a little ring, as they do after every good show."""

from __future__ import annotations

import math

import pygame

from coraline_game.ecs.components import Facing
from coraline_game.render.font import PixelFont
from coraline_game.render.sprites import SpriteBank
from coraline_game.screen import SCREEN_SIZE
from coraline_game.sim.credits import EPILOGUE_TICKS, LINE_TICKS, Credits

LINE_HEIGHT = 16
NIGHT = (8, 6, 16)
INK = (240, 232, 214)
TITLE = (246, 214, 130)
MICE = 7
RING = (56, 22)  # the ring's half-width and half-height, in pixels: seen from a little above


class CreditsView:
    def __init__(self, font: PixelFont, sprites: SpriteBank) -> None:
        self._font = font
        self._sprites = sprites
        self._lines: dict[str, pygame.Surface] = {}

    def _line(self, text: str, colour: tuple[int, int, int]) -> pygame.Surface:
        if text not in self._lines:
            self._lines[text] = self._font.render(text, colour)
        return self._lines[text]

    def draw(self, target: pygame.Surface, credits: Credits | None, lines: tuple[str, ...]) -> None:
        """`credits` None: it is all over (the last picture stays)."""
        target.fill(NIGHT)
        if credits is not None and not credits.in_epilogue:
            self._roll(target, credits.ticks, lines)
        else:
            into = credits.ticks - credits.roll_ticks if credits else EPILOGUE_TICKS
            self._mice(target, into)

    def _roll(self, target: pygame.Surface, ticks: int, lines: tuple[str, ...]) -> None:
        width, height = SCREEN_SIZE
        rise = ticks * LINE_HEIGHT // LINE_TICKS
        for index, text in enumerate(lines):
            y = height + index * LINE_HEIGHT - rise
            if -LINE_HEIGHT < y < height and text:
                label = self._line(text, TITLE if index == 0 else INK)
                target.blit(label, ((width - label.get_width()) // 2, y))

    def _mice(self, target: pygame.Surface, into: int) -> None:
        width, height = SCREEN_SIZE
        cx, cy = width // 2, height // 2 + 20
        pygame.draw.ellipse(
            target,
            (36, 28, 44),
            pygame.Rect(cx - RING[0] - 14, cy - RING[1] - 8, 2 * RING[0] + 28, 2 * RING[1] + 16),
        )
        sprites = []
        for mouse in range(MICE):
            angle = into / 40 + mouse * 2 * math.pi / MICE  # clockwise, seen from above
            x = cx + round(RING[0] * math.cos(angle))
            y = cy + round(RING[1] * math.sin(angle))
            dx, dy = -math.sin(angle), math.cos(angle)
            facing = _facing(dx * RING[0], dy * RING[1])
            image = self._sprites.frame("mouse", facing, into // 6 % 4)
            sprites.append((y, image, (x - image.get_width() // 2, y - image.get_height())))
        for _y, image, spot in sorted(sprites, key=lambda s: s[0]):
            target.blit(image, spot)
        if into >= 60:
            label = self._line("The End", TITLE)
            big = pygame.transform.scale_by(label, 2)
            target.blit(big, ((width - big.get_width()) // 2, 34))


def _facing(dx: float, dy: float) -> Facing:
    if abs(dx) > abs(dy):
        return Facing.RIGHT if dx > 0 else Facing.LEFT
    return Facing.DOWN if dy > 0 else Facing.UP
