"""Pause: the world stays on screen, dimmed and frozen, under a small menu."""

from __future__ import annotations

import pygame

from coraline_game.scenes.confirm import ConfirmScene
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.screen import SCREEN_SIZE
from coraline_game.ui.menu import OTHER, WARNING, draw_panel

TITLE = (250, 236, 210)
GOAL = (246, 214, 130)  # the objective, as the HUD shows it
MENU_TOP = 80


class PauseScene(MenuScene):
    opaque = False
    backs_out = True

    def __init__(self, objective: str = "", notice: str = "", chapter: str = "") -> None:
        self._objective = objective
        self._chapter = chapter
        self._notice = notice  # why the game paused by itself (a pad unplugged), if it did
        super().__init__(
            [
                ("Resume", self._resume),
                ("Settings", self._settings),
                ("Quit to title", self._ask_to_title),
                ("Quit game", self._ask_to_quit),
            ]
        )
        self._dim = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
        self._dim.fill((10, 6, 18, 225))

    def _resume(self) -> None:
        self.stack.pop()

    def _settings(self) -> None:
        from coraline_game.scenes.settings_menu import SettingsScene

        self.stack.push(SettingsScene())

    def _ask_to_title(self) -> None:
        from coraline_game.scenes.title import TitleScene

        question = "Back to the title?\nThe game is saved at each chapter's start."
        go = ConfirmScene(
            question, "Keep playing", "Quit to title", lambda: self.fade_to_scene(TitleScene)
        )
        self.stack.push(go)

    def _ask_to_quit(self) -> None:
        question = "Close the game?\nThe game is saved at each chapter's start."
        self.stack.push(ConfirmScene(question, "Keep playing", "Quit game", self.quit_game))

    def _texts(self) -> list[str]:
        """Every line the panel holds (a chosen choice is drawn as "> it <")."""
        choices = (f"> {label} <" for label, _ in self.menu.choices)
        return [self._chapter, self._objective, *choices]

    def draw(self, target: pygame.Surface) -> None:
        font = self.stack.services.font
        target.blit(self._dim, (0, 0))
        centre = target.get_width() // 2
        widest = max(font.line_width(text) for text in self._texts())
        bottom = MENU_TOP + len(self.menu.choices) * (font.line_height + 4) + 4
        panel = pygame.Rect(0, 26, max(widest + 32, 150), bottom - 26)
        panel.centerx = centre
        draw_panel(target, panel)
        lines = (("Paused", TITLE, 32), (self._chapter, OTHER, 45), (self._objective, GOAL, 60))
        for text, colour, top in lines:
            if text:
                image = font.render(text, colour)
                target.blit(image, (centre - image.get_width() // 2, top))
        if self._notice:
            warning = font.render(self._notice, WARNING)
            target.blit(warning, (centre - warning.get_width() // 2, 140))
        self.menu.draw(target, font, MENU_TOP, centre)
