"""The title screen: the house in the rain, and a choice to begin."""

from __future__ import annotations

import pygame

from coraline_game.input.actions import ActionFrame
from coraline_game.scenes.stack import SceneStack
from coraline_game.ui.menu import Menu

TITLE = "Coraline"
SUBTITLE = "The Other World"
TITLE_X, TITLE_Y = 16, 18


class TitleScene:
    opaque = True

    def __init__(self) -> None:
        self._stack: SceneStack | None = None
        self._background: pygame.Surface | None = None
        self._ticks = 0
        self.menu = Menu([("Begin", self._begin), ("Quit", self._quit)])

    def enter(self, stack: SceneStack) -> None:
        self._stack = stack
        image = pygame.image.load(stack.services.assets / "ui" / "title.png")
        self._background = image.convert() if pygame.display.get_surface() else image
        font = stack.services.font
        big = pygame.transform.scale_by(font.render(TITLE, (250, 236, 210)), 3)
        shadow = pygame.transform.scale_by(font.render(TITLE, (20, 10, 30)), 3)
        subtitle = font.render(SUBTITLE, (230, 190, 140))
        # The words are drawn once onto the background: the screen only changes with the menu.
        self._background.blit(shadow, (TITLE_X + 2, TITLE_Y + 2))
        self._background.blit(big, (TITLE_X, TITLE_Y))
        self._background.blit(subtitle, (TITLE_X + 2, TITLE_Y + big.get_height() + 4))

    def exit(self) -> None:
        pass

    def _begin(self) -> None:
        from coraline_game.scenes.world import WorldScene

        stack = self._stack
        assert stack is not None
        stack.fade_to(lambda: stack.replace(WorldScene()))

    def _quit(self) -> None:
        assert self._stack is not None
        self._stack.quit()

    def handle_event(self, event: pygame.event.Event) -> None:
        pass

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        self._ticks += 1
        self.menu.tick(pressed)

    def draw(self, target: pygame.Surface) -> None:
        assert self._stack is not None and self._background is not None
        target.blit(self._background, (0, 0))
        self.menu.draw(target, self._stack.services.font, 120, 60)
