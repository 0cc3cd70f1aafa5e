"""The inventory: what Coraline holds, each with a line about it, over the frozen world."""

from __future__ import annotations

import pygame

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.input.labels import labels_for
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.screen import SCREEN_SIZE
from coraline_game.story.model import Item

INK = (240, 232, 214)
DIM = (170, 160, 185)
HINT = (150, 140, 165)  # as the settings' hint
HINT_TOP = 166


class InventoryScene(MenuScene):
    opaque = False
    backs_out = True

    def __init__(self, items: list[Item]) -> None:
        super().__init__([(item.shown, self._close) for item in items] or [("", self._close)])
        self._items = items
        self._dim = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
        self._dim.fill((10, 6, 18, 230))

    def _close(self) -> None:
        self.stack.pop()

    def _hint(self) -> str:
        """How to close it, by the keys or buttons the player has: "I or Esc: back"."""
        services = self.stack.services
        settings, device = services.settings, services.device
        labels = labels_for(settings.keys, settings.pad_buttons, device)
        back = labels["cancel"] if device == "pad" else labels["pause"]  # B on a pad
        return f"{labels['inventory']} or {back}: back"

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        if pressed & Action.INVENTORY:
            self.stack.pop()
            return
        super().tick(frame, pressed)

    def draw(self, target: pygame.Surface) -> None:
        font = self.stack.services.font
        target.blit(self._dim, (0, 0))
        centre = target.get_width() // 2
        title = font.render("In your pockets", INK)
        target.blit(title, (centre - title.get_width() // 2, 30))
        hint = font.render(self._hint(), HINT)
        target.blit(hint, (centre - hint.get_width() // 2, HINT_TOP))
        if not self._items:
            empty = font.render("Nothing but fluff.", DIM)
            target.blit(empty, (centre - empty.get_width() // 2, 60))
            return
        self.menu.draw(target, font, 52, centre)
        about = self._items[self.menu.selected].text
        y = 130
        for line in font.wrap(about, target.get_width() - 40):
            label = font.render(line, DIM)
            target.blit(label, (centre - label.get_width() // 2, y))
            y += font.line_height
