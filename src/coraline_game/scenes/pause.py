"""Pause: the world stays on screen, dimmed and frozen, under a small menu."""

from __future__ import annotations

import pygame

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.scenes.stack import SceneStack
from coraline_game.ui.menu import Menu


class PauseScene:
    opaque = False

    def __init__(self) -> None:
        self._stack: SceneStack | None = None
        self._dim = pygame.Surface((320, 180), pygame.SRCALPHA)
        self._dim.fill((10, 6, 18, 170))
        self.menu = Menu(
            [("Resume", self._resume), ("Quit to title", self._to_title), ("Quit game", self._quit)]
        )

    def enter(self, stack: SceneStack) -> None:
        self._stack = stack

    def exit(self) -> None:
        pass

    def _resume(self) -> None:
        assert self._stack is not None
        self._stack.pop()

    def _to_title(self) -> None:
        from coraline_game.scenes.title import TitleScene

        stack = self._stack
        assert stack is not None
        stack.fade_to(lambda: stack.replace(TitleScene()))

    def _quit(self) -> None:
        assert self._stack is not None
        self._stack.quit()

    def handle_event(self, event: pygame.event.Event) -> None:
        pass

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        if pressed & (Action.PAUSE | Action.CANCEL):
            self._resume()
            return
        self.menu.tick(pressed)

    def draw(self, target: pygame.Surface) -> None:
        assert self._stack is not None
        font = self._stack.services.font
        target.blit(self._dim, (0, 0))
        label = font.render("Paused", (250, 236, 210))
        target.blit(label, ((320 - label.get_width()) // 2, 56))
        self.menu.draw(target, font, 80, 160)
