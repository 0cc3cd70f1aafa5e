"""A question before something that cannot be undone, over whatever is on screen.

"Stay" comes first, so a key pressed once too often never ends a run.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.scenes.stack import SceneStack
from coraline_game.screen import SCREEN_SIZE
from coraline_game.ui.menu import draw_panel

TEXT = (250, 236, 210)
DIM_ALPHA = 215


class ConfirmScene(MenuScene):
    opaque = False
    backs_out = True

    def __init__(self, question: str, stay: str, go: str, on_go: Callable[[], None]) -> None:
        super().__init__([(stay, self._stay), (go, on_go)])
        self.question = question
        self._lines: list[pygame.Surface] = []
        # What it is asked over (the pause menu, the world) is dimmed, as the pause dims
        # the world: only the question and its answers read.
        self._dim = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
        self._dim.fill((10, 6, 18, DIM_ALPHA))

    def enter(self, stack: SceneStack) -> None:
        super().enter(stack)
        font = stack.services.font
        self._lines = [font.render(line, TEXT) for line in self.question.split("\n")]

    def _stay(self) -> None:
        self.stack.pop()

    def draw(self, target: pygame.Surface) -> None:
        font = self.stack.services.font
        target.blit(self._dim, (0, 0))
        width = max(line.get_width() for line in self._lines) + 24
        height = len(self._lines) * (font.line_height + 2) + 2 * (font.line_height + 4) + 20
        panel = pygame.Rect(0, 0, max(width, 160), height)
        panel.center = (target.get_width() // 2, target.get_height() // 2)
        draw_panel(target, panel)
        top = panel.top + 8
        for line in self._lines:
            target.blit(line, (panel.centerx - line.get_width() // 2, top))
            top += font.line_height + 2
        self.menu.draw(target, font, top + 4, panel.centerx)
