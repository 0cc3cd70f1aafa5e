"""The title screen: the house in the rain; Continue (when there is a save), New Game."""

from __future__ import annotations

import pygame

from coraline_game.input.actions import ActionFrame
from coraline_game.render.weather import Rain
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.scenes.stack import SceneStack
from coraline_game.screen import SCREEN_SIZE
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState
from coraline_game.ui.menu import WARNING

TITLE = "Coraline"
SUBTITLE = "The Other World"
TITLE_X, TITLE_Y = 16, 18
# The controls, for the device the player used last.
CONTROLS = {
    "keyboard": "Arrows walk  Z use  Q skip  Tab goal  I pockets  Esc pause",
    "pad": "Stick walk  A use  B skip  Back goal  RB pockets  Start pause",
}


class TitleScene(MenuScene):
    def __init__(self) -> None:
        super().__init__(
            [("New Game", self._new_game), ("Settings", self._settings), ("Quit", self.quit_game)]
        )
        self._background: pygame.Surface | None = None
        self._rain = Rain((190, 200, 225, 70), count=110, length=10, speed=4, seed=3)
        self._ticks = 0
        self._saved: StartState | None = None
        self._message: list[str] = []
        self._hints: dict[str, pygame.Surface] = {}  # the controls' band, by device

    def enter(self, stack: SceneStack) -> None:
        super().enter(stack)
        stack.services.audio.title()
        self._read_save()
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
        # The controls' band, made once for each device: the one used last is shown.
        width = self._background.get_width()
        for device, text in CONTROLS.items():
            hint = font.render(text, (170, 160, 185))
            band = pygame.Surface((width, hint.get_height() + 6), pygame.SRCALPHA)
            band.fill((8, 6, 14, 150))
            band.blit(hint, ((width - hint.get_width()) // 2, 3))
            self._hints[device] = band

    def _read_save(self) -> None:
        """A usable save offers Continue; a damaged one is explained, never a crash."""
        services = self.stack.services
        if not services.saves.exists():
            return
        loaded = services.saves.read(default_story(), services.maps)
        self._saved = loaded.start
        width = SCREEN_SIZE[0] - 16
        self._message = services.font.wrap(loaded.message, width) if loaded.message else []
        if loaded.start is not None:
            card = default_story().chapter(loaded.start.chapter).card
            when = card.split(" - ")[0]  # "Night 2 - The Other Palace": "Night 2"
            self.menu.choices.insert(0, (f"Continue: {when}", self._continue))

    def _settings(self) -> None:
        from coraline_game.scenes.settings_menu import SettingsScene

        self.stack.push(SettingsScene())

    def _continue(self) -> None:
        self._start(self._saved)

    def _new_game(self) -> None:
        self._start(None)

    def _start(self, start: StartState | None) -> None:
        from coraline_game.scenes.world import WorldScene

        self.stack.services.options.start = start
        self.fade_to_scene(WorldScene)

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        self._ticks += 1
        super().tick(frame, pressed)

    def draw(self, target: pygame.Surface) -> None:
        assert self._background is not None
        target.blit(self._background, (0, 0))
        self._rain.draw(target, self._ticks, (0, 0))
        band = self._hints[self.stack.services.device]
        target.blit(band, (0, target.get_height() - band.get_height()))
        font = self.stack.services.font
        self.menu.draw(target, font, 112, 84)
        y = 86
        for line in self._message:
            target.blit(font.render(line, WARNING), (8, y))
            y += font.line_height
