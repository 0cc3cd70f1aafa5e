"""The title screen: the house in the rain; Continue (when there is a save), New Game."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pygame

from coraline_game.input.actions import ActionFrame
from coraline_game.input.labels import labels_for
from coraline_game.render.font import PixelFont
from coraline_game.render.weather import Rain
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.scenes.stack import SceneStack
from coraline_game.screen import SCREEN_SIZE
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState
from coraline_game.ui.menu import WARNING, draw_panel

TITLE = "Coraline"
SUBTITLE = "The Other World"
TITLE_X, TITLE_Y = 16, 18
# The panel that says what is wrong with a file (a damaged save or settings), at the right.
MESSAGE_TOP, MESSAGE_WIDTH, MESSAGE_PAD = 14, 164, 5
# The menu, at the left under the title, raised when its choices would reach the band.
MENU_TOP, MENU_SPACING, MENU_GAP = 112, 4, 4
# The controls' band: each action's key, for the device the player used last, and what it
# does, in the Controls menu's words.
CONTROLS = (
    ("interact", "use"),
    ("cancel", "skip / back"),
    ("objective", "objective"),
    ("inventory", "pockets"),
    ("pause", "pause"),
)
HINT = (170, 160, 185)


def controls_line(labels: Mapping[str, str], device: str, font: PixelFont) -> str:
    """The band's words, on one line (under the menu): as many as fit, in order."""
    if device == "pad":
        walk = "Stick"  # the stick always walks; the d-pad is bound as the rest
    else:
        moves = [labels[name] for name in ("up", "left", "down", "right")]
        if moves == ["Up", "Left", "Down", "Right"]:
            walk = "Arrows"
        elif all(len(move) == 1 for move in moves):
            walk = "".join(moves)  # "WASD"
        else:
            walk = "/".join(moves)
    parts = [f"{walk} walk"] + [f"{labels[action]} {words}" for action, words in CONTROLS]
    while len(parts) > 1 and font.line_width("  ".join(parts)) > SCREEN_SIZE[0] - 8:
        parts.pop()  # long keys of the player's own choosing
    return "  ".join(parts)


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
        self._band = pygame.Surface((0, 0))  # the controls' band, made for _band_for
        self._band_for: tuple[object, ...] = ()

    def enter(self, stack: SceneStack) -> None:
        super().enter(stack)
        stack.services.audio.title()
        self._read_save()
        services = stack.services
        if services.settings_message and services.settings_file is not None:
            self._tell(services.settings_message, services.settings_file.path.parent)
        services.settings_message = ""  # told once: the file is set right or aside by now
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

    def _controls_band(self) -> pygame.Surface:
        """The controls' band, for the device used last and the bindings as they are: made
        again only when either changes."""
        services = self.stack.services
        settings, device, font = services.settings, services.device, services.font
        made_for = (settings.keys, settings.pad_buttons, device)
        if self._band_for != made_for:
            labels = labels_for(settings.keys, settings.pad_buttons, device)
            hint = font.render(controls_line(labels, device, font), HINT)
            width = SCREEN_SIZE[0]
            band = pygame.Surface((width, hint.get_height() + 6), pygame.SRCALPHA)
            band.fill((8, 6, 14, 150))
            band.blit(hint, ((width - hint.get_width()) // 2, 3))
            self._band, self._band_for = band, made_for
        return self._band

    def _read_save(self) -> None:
        """A usable save offers Continue; a damaged one is explained, never a crash."""
        services = self.stack.services
        if not services.saves.exists():
            return
        loaded = services.saves.read(default_story(), services.maps)
        self._saved = loaded.start
        self._tell(loaded.message, services.saves.folder)
        if loaded.start is not None:
            card = default_story().chapter(loaded.start.chapter).card
            when = card.split(" - ")[0]  # "Night 2 - The Other Palace": "Night 2"
            self.menu.choices.insert(0, (f"Continue: {when}", self._continue))

    def _tell(self, message: str, folder: Path) -> None:
        """A file's problem, for the message panel: wrapped to it, and naming the file
        without its folder (the whole path is long, and told on the terminal)."""
        if not message:
            return
        short = message.replace(f"{folder}{os.sep}", "")
        font = self.stack.services.font
        if self._message:
            self._message.append("")  # a blank line between two problems
        self._message += font.wrap(short, MESSAGE_WIDTH - 2 * MESSAGE_PAD)

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
        band = self._controls_band()
        target.blit(band, (0, target.get_height() - band.get_height()))
        font = self.stack.services.font
        above_band = target.get_height() - band.get_height() - MENU_GAP
        count = len(self.menu.choices)
        height = count * (font.line_height + MENU_SPACING) - MENU_SPACING
        self.menu.draw(target, font, min(MENU_TOP, above_band - height), 84, MENU_SPACING)
        if self._message:
            self._draw_message(target, font, above_band)

    def _draw_message(self, target: pygame.Surface, font: PixelFont, bottom: int) -> None:
        """What is wrong with a file, in a framed panel at the right, over the house: clear
        of the title, of the menu at the left and of the controls' band under it."""
        rows = max(1, (bottom - MESSAGE_TOP - 2 * MESSAGE_PAD) // font.line_height)
        lines = self._message[:rows]
        height = len(lines) * font.line_height + 2 * MESSAGE_PAD
        panel = pygame.Rect(
            target.get_width() - MESSAGE_WIDTH - 6, MESSAGE_TOP, MESSAGE_WIDTH, height
        )
        draw_panel(target, panel)
        y = panel.top + MESSAGE_PAD
        for line in lines:
            target.blit(font.render(line, WARNING), (panel.left + MESSAGE_PAD, y))
            y += font.line_height
