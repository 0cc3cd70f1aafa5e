"""The settings, from the title and the pause menu: each line a setting, left and right
(or use) to change it; every change is remembered at once and takes effect at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from enum import StrEnum

import pygame

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.settings import SCALES, VOLUME_STEPS, Settings
from coraline_game.ui.menu import WARNING

BACKGROUND = (10, 6, 18)
# (field, label): the lines, in order. Volumes wait for the sound to come (issue 8).
LINES = (
    ("master_volume", "Volume"),
    ("music_volume", "Music"),
    ("effects_volume", "Sound effects"),
    ("ambience_volume", "Ambience"),
    ("window_scale", "Window size"),
    ("fullscreen", "Fullscreen"),
    ("screen_shake", "Screen shake"),
    ("reduced_flashing", "Reduced flashing"),
    ("bold_stone_outlines", "Bold outlines through the stone"),
    ("text_speed", "Text speed"),
    ("text_size", "Dialogue text size"),
)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def _changed(field: str, value: object, step: int) -> object:
    """The next value of a setting, `step` (+1 or -1) along its range."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, StrEnum):
        return _round(list(type(value)), value, step)
    assert isinstance(value, int)
    if field == "window_scale":
        return _round(SCALES, value, step)
    return min(VOLUME_STEPS, max(0, value + step))


def _round(choices: Sequence[object], value: object, step: int) -> object:
    """A choice's next value, round from the last to the first."""
    return choices[(choices.index(value) + step) % len(choices)]


class SettingsScene(MenuScene):
    # It covers the screen: nothing under it (the title's menu and controls' band, the
    # pause panel) shows through its lines or its hint.
    opaque = True
    backs_out = True

    def __init__(self) -> None:
        super().__init__([])
        self._problem = ""

    def enter(self, stack: object) -> None:
        super().enter(stack)  # type: ignore[arg-type]
        self._relabel()

    def _relabel(self) -> None:
        settings = self.stack.services.settings
        choices: list[tuple[str, Callable[[], None]]] = [
            (f"{label}: {_shown(self._current(settings, field))}", self._stepper(field))
            for field, label in LINES
        ]
        choices += [("Controls...", self._controls), ("Back", self.stack.pop)]
        self.menu.choices = choices

    def _controls(self) -> None:
        from coraline_game.scenes.controls_menu import ControlsScene

        self.stack.push(ControlsScene())

    def _stepper(self, field: str) -> Callable[[], None]:
        """What choosing a line does: its setting one step on (round, for a choice)."""
        return lambda: self._change(field, 1)

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        on_setting = self.menu.selected < len(LINES)
        if on_setting and pressed & (Action.LEFT | Action.RIGHT):
            self._change(LINES[self.menu.selected][0], -1 if pressed & Action.LEFT else 1)
            self.stack.services.audio.effect("menu_move")
            return
        super().tick(frame, pressed)

    def _current(self, settings: Settings, field: str) -> object:
        """A setting as the player sees it now: the window as it is (a run's `--scale`, a
        window resized by hand, F11), the rest as set."""
        window = self.stack.services.window
        if window is not None and field == "window_scale":
            return min(max(SCALES), window.scale)
        if window is not None and field == "fullscreen":
            return window.fullscreen
        return getattr(settings, field)

    def _change(self, field: str, step: int) -> None:
        services = self.stack.services
        value = _changed(field, self._current(services.settings, field), step)
        changes: dict[str, object] = {field: value}
        settings: Settings = dataclasses.replace(services.settings, **changes)  # type: ignore[arg-type]
        services.settings = settings
        window = services.window
        if window is not None and field == "window_scale":
            window.set_scale(settings.window_scale)
        if window is not None and field == "fullscreen" and window.fullscreen != value:
            window.toggle_fullscreen()
        if services.settings_file is not None:
            self._problem = services.settings_file.write(settings)
        self._relabel()

    def draw(self, target: pygame.Surface) -> None:
        font = self.stack.services.font
        target.fill(BACKGROUND)
        centre = target.get_width() // 2
        title = font.render("Settings", (250, 236, 210))
        target.blit(title, (centre - title.get_width() // 2, 5))
        self.menu.draw(target, font, 17, centre, spacing=1)
        # Under the menu, the hint; or, in its place, why a change could not be remembered.
        if self._problem:
            hint = font.render(self._problem[:60], WARNING)
        else:
            hint = font.render("Left and right change a setting.", (150, 140, 165))
        target.blit(hint, (centre - hint.get_width() // 2, 168))
