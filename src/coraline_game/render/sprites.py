"""Sprite sheets cut into frames once: sheet -> [facing][frame] surfaces."""

from __future__ import annotations

from pathlib import Path

import pygame

FRAMES = 4
FACINGS = 4


class SpriteBank:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sheets: dict[str, list[list[pygame.Surface]]] = {}

    def frames(self, sheet: str) -> list[list[pygame.Surface]]:
        if sheet not in self._sheets:
            image = pygame.image.load(self._folder / f"{sheet}.png")
            if pygame.display.get_surface() is not None:
                image = image.convert_alpha()
            w, h = image.get_width() // FRAMES, image.get_height() // FACINGS
            self._sheets[sheet] = [
                [image.subsurface((column * w, row * h, w, h)) for column in range(FRAMES)]
                for row in range(FACINGS)
            ]
        return self._sheets[sheet]

    def frame(self, sheet: str, facing: int, index: int) -> pygame.Surface:
        return self.frames(sheet)[facing][index]
