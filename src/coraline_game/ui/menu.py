"""A vertical list of choices moved through with up/down and chosen with interact."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.render.font import PixelFont

CHOSEN = (255, 214, 120)
OTHER = (180, 170, 190)
WARNING = (255, 180, 130)  # what went wrong, told beside a menu (a save, a file, a pad)
PANEL = (18, 12, 30)
EDGE = (120, 96, 150)


def draw_panel(target: pygame.Surface, box: pygame.Rect) -> None:
    """The framed dark box a menu stands in, so it reads apart from whatever is under it."""
    pygame.draw.rect(target, PANEL, box)
    pygame.draw.rect(target, EDGE, box, 1)


class Menu:
    def __init__(self, choices: Sequence[tuple[str, Callable[[], None]]]) -> None:
        self.choices = list(choices)
        self.selected = 0

    def tick(self, pressed: ActionFrame) -> None:
        if pressed & Action.UP:
            self.selected = (self.selected - 1) % len(self.choices)
        elif pressed & Action.DOWN:
            self.selected = (self.selected + 1) % len(self.choices)
        elif pressed & Action.INTERACT:
            self.choices[self.selected][1]()

    def draw(
        self, target: pygame.Surface, font: PixelFont, top: int, centre_x: int, spacing: int = 4
    ) -> None:
        for index, (label, _action) in enumerate(self.choices):
            chosen = index == self.selected
            text = f"> {label} <" if chosen else label
            image = font.render(text, CHOSEN if chosen else OTHER)
            target.blit(image, (centre_x - image.get_width() // 2, top))
            top += font.line_height + spacing
