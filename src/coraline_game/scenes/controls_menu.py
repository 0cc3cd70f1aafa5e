"""Changing the controls: each action with its keys and pad buttons; choose one, press the
new key or button, and it is bound (first in its list). A key another action had moves
here, and that action gets this one's old key in its place: nothing is left unbound.
Reset brings every default back. Bindings are settings, remembered at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

import pygame

from coraline_game.input.actions import ActionFrame
from coraline_game.input.bindings import BUTTON_NAMES, DEFAULT_KEYS, DEFAULT_PAD, with_own
from coraline_game.input.labels import button_label, key_label, labels_for
from coraline_game.render.font import PixelFont
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.screen import SCREEN_SIZE
from coraline_game.settings import Bindings
from coraline_game.ui.menu import CHOSEN, OTHER, WARNING

NOTE = (246, 214, 130)
HEADER = (250, 236, 210)
BACKGROUND = (10, 6, 18)
BAR = (44, 32, 66)  # behind the chosen row
# The table's columns (the action's name, the keyboard's keys, the pad's buttons) and rows.
ACTION_X, KEYS_X, PAD_X = 14, 84, 200
TOP, ROW = 17, 11
NOTE_Y, HINT_Y = 156, 168
# The actions a player binds, with the words the menu names them by.
ACTIONS = (
    ("UP", "Up"),
    ("DOWN", "Down"),
    ("LEFT", "Left"),
    ("RIGHT", "Right"),
    ("INTERACT", "Use"),
    ("STONE", "Seeing stone"),
    ("CANCEL", "Skip / back"),
    ("PAUSE", "Pause"),
    ("OBJECTIVE", "Objective"),
    ("INVENTORY", "Pockets"),
)
_NAMES = dict(ACTIONS)


def rebound(
    bindings: Mapping[str, tuple[str, ...]],
    action: str,
    name: str,
    label: Callable[[str], str] = key_label,
    kind: str = "key",
) -> tuple[dict[str, tuple[str, ...]], str]:
    """`name` bound first for `action`, in place of its first; a note of what moved.

    An action that had `name` gets this one's old first in its place (where `name` was):
    no action is left unbound and no key dropped. One of its own moves first, the rest
    staying. `label`: how the note names a key (or button: `kind`)."""
    new = {key: list(names) for key, names in bindings.items()}
    mine = new[action]
    old = mine[0] if mine else ""
    note = ""
    if name in mine:
        mine.remove(name)  # already one of its own: it moves first, the rest stay
    else:
        for other, names in new.items():
            if other == action or name not in names:
                continue
            if old and old not in names:
                names[names.index(name)] = old  # the swap, in the same place
            else:
                names.remove(name)
            shown = ", ".join(label(n) for n in names) or "nothing"
            note = f"{label(name)} was for {_NAMES.get(other, other)}, which has {shown} now."
        if mine:
            mine.pop(0)
            if not note:
                note = f"The {label(old)} {kind} is free now."
    mine.insert(0, name)
    return {key: tuple(names) for key, names in new.items()}, note


def _own(
    bindings: Mapping[str, tuple[str, ...]], defaults: Mapping[str, tuple[str, ...]]
) -> Bindings:
    """Only what differs from the defaults is kept as the player's own."""
    return tuple(
        (action, names) for action, names in bindings.items() if defaults.get(action) != names
    )


class ControlsScene(MenuScene):
    opaque = True  # nothing under it shows through
    backs_out = True

    def __init__(self) -> None:
        super().__init__([])
        self.rows: list[tuple[str, str, str]] = []  # each action: its name, keys, buttons
        self.waiting = ""  # the action a key or button is being waited for ("": none)
        self._note = ""
        self._problem = ""

    def enter(self, stack: object) -> None:
        super().enter(stack)  # type: ignore[arg-type]
        self._relabel()

    def _bindings(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        settings = self.stack.services.settings
        return with_own(DEFAULT_KEYS, settings.keys), with_own(DEFAULT_PAD, settings.pad_buttons)

    def _relabel(self) -> None:
        keys, pad = self._bindings()
        font = self.stack.services.font
        self.rows = [
            (
                label,
                _fitted(font, [key_label(n) for n in keys[action]], PAD_X - KEYS_X - 6),
                _fitted(font, [button_label(n) for n in pad[action]], SCREEN_SIZE[0] - PAD_X - 4),
            )
            for action, label in ACTIONS
        ]
        choices: list[tuple[str, Callable[[], None]]] = [
            (label, self._waiter(action)) for action, label in ACTIONS
        ]
        choices += [("Reset to defaults", self._reset), ("Back", self.stack.pop)]
        self.menu.choices = choices

    def _waiter(self, action: str) -> Callable[[], None]:
        def wait() -> None:
            self.waiting, self._note = action, ""

        return wait

    def catch_event(self, event: pygame.event.Event) -> bool:
        """While waiting, the next key or pad button pressed is the new binding."""
        if not self.waiting:
            return False
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.waiting = ""
                return True
            self._bind("keys", pygame.key.name(event.key))
            return True
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            name = BUTTON_NAMES.get(event.button, "")
            if name:
                self._bind("pad_buttons", name)
            return True
        return event.type in (pygame.KEYUP, pygame.CONTROLLERBUTTONUP)

    def _bind(self, which: str, name: str) -> None:
        services = self.stack.services
        keys, pad = self._bindings()
        if which == "keys":
            new, self._note = rebound(keys, self.waiting, name)
            defaults = DEFAULT_KEYS
        else:
            new, self._note = rebound(pad, self.waiting, name, button_label, "button")
            defaults = DEFAULT_PAD
        changes: dict[str, object] = {which: _own(new, defaults)}
        services.settings = dataclasses.replace(services.settings, **changes)  # type: ignore[arg-type]
        self.waiting = ""
        self._remember()

    def _reset(self) -> None:
        services = self.stack.services
        services.settings = dataclasses.replace(services.settings, keys=(), pad_buttons=())
        self._note = "Every control is back as it came."
        self._remember()

    def _remember(self) -> None:
        services = self.stack.services
        if services.settings_file is not None:
            self._problem = services.settings_file.write(services.settings)
        self._relabel()

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        if not self.waiting:
            super().tick(frame, pressed)

    def hint(self) -> str:
        """The line at the bottom: how to use the screen, with the keys that do it now."""
        if self.waiting:
            return f"Press a key or pad button for {_NAMES[self.waiting]} (Esc: no change)"
        services = self.stack.services
        settings = services.settings
        labels = labels_for(settings.keys, settings.pad_buttons, services.device)
        return (
            f"{labels['up']}/{labels['down']} choose   {labels['interact']}: set a new key"
            f" or button   {labels['pause']} back"
        )

    def draw(self, target: pygame.Surface) -> None:
        font = self.stack.services.font
        target.fill(BACKGROUND)
        width = target.get_width()
        for text, x in (("Controls", ACTION_X), ("Keyboard", KEYS_X), ("Pad", PAD_X)):
            target.blit(font.render(text, HEADER), (x, 3))
        pygame.draw.line(target, BAR, (8, TOP - 3), (width - 8, TOP - 3))
        for index, (label, _choose) in enumerate(self.menu.choices):
            y = TOP + index * ROW + (3 if index >= len(self.rows) else 0)
            chosen = index == self.menu.selected
            if chosen:
                pygame.draw.rect(target, BAR, (8, y - 1, width - 16, ROW))
                target.blit(font.render(">", CHOSEN), (ACTION_X - 7, y))
            colour = CHOSEN if chosen else OTHER
            target.blit(font.render(label, colour), (ACTION_X, y))
            if index < len(self.rows):
                _name, keys, buttons = self.rows[index]
                waiting = chosen and self.waiting
                target.blit(font.render("..." if waiting else keys, colour), (KEYS_X, y))
                target.blit(font.render("..." if waiting else buttons, colour), (PAD_X, y))
        for text, colour, y in (
            (self._problem or self._note, WARNING if self._problem else NOTE, NOTE_Y),
            (self.hint(), OTHER, HINT_Y),
        ):
            line = font.render(text, colour)
            target.blit(line, ((width - line.get_width()) // 2, y))


def _fitted(font: PixelFont, labels: list[str], width: int) -> str:
    """The labels, comma-separated, as many as fit in `width` (then "...")."""
    text = ", ".join(labels)
    while len(labels) > 1 and font.line_width(text) > width:
        labels = labels[:-1]
        text = ", ".join(labels) + ", ..."
    return text
