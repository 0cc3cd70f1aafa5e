"""Changing the controls: each action with its keys and pad buttons; choose one, press the
new key or button, and it is bound (first in its list). A key another action had moves
here, and that action gets this one's old key in its place: nothing is left unbound.
Reset brings every default back. Bindings are settings, remembered at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

import pygame

from coraline_game.input.actions import ActionFrame
from coraline_game.input.bindings import DEFAULT_KEYS, DEFAULT_PAD, with_own
from coraline_game.scenes.menu_scene import MenuScene
from coraline_game.screen import SCREEN_SIZE
from coraline_game.settings import Bindings
from coraline_game.ui.menu import WARNING

NOTE = (246, 214, 130)
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
    bindings: Mapping[str, tuple[str, ...]], action: str, name: str
) -> tuple[dict[str, tuple[str, ...]], str]:
    """`name` bound first for `action`, in place of its first; a note of any swap made."""
    new = {key: list(names) for key, names in bindings.items()}
    mine = new[action]
    old = mine[0] if mine else ""
    note = ""
    for other, names in new.items():
        if other != action and name in names:
            names.remove(name)
            if not names and old:
                names.append(old)  # nothing may be left without a key
            label = _NAMES.get(other, other)
            note = f"{name} was {label}'s: {label} now has {', '.join(names)}."
    if name in mine:
        mine.remove(name)  # already one of its own: it moves first, the rest stay
    elif mine:
        mine.pop(0)
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
    opaque = False
    backs_out = True

    def __init__(self) -> None:
        super().__init__([])
        self._dim = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
        self._dim.fill((10, 6, 18, 250))
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
        choices: list[tuple[str, Callable[[], None]]] = [
            (
                f"{label}: {', '.join(keys[action][:2])} / {', '.join(pad[action][:1])}",
                self._waiter(action),
            )
            for action, label in ACTIONS
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
            names = {
                getattr(pygame, f"CONTROLLER_BUTTON_{n.upper()}"): n
                for ns in DEFAULT_PAD.values()
                for n in ns
            }
            name = names.get(event.button, "")
            if name:
                self._bind("pad_buttons", name)
            return True
        return event.type in (pygame.KEYUP, pygame.CONTROLLERBUTTONUP)

    def _bind(self, which: str, name: str) -> None:
        services = self.stack.services
        keys, pad = self._bindings()
        current, defaults = (keys, DEFAULT_KEYS) if which == "keys" else (pad, DEFAULT_PAD)
        new, self._note = rebound(current, self.waiting, name)
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

    def draw(self, target: pygame.Surface) -> None:
        font = self.stack.services.font
        target.blit(self._dim, (0, 0))
        centre = target.get_width() // 2
        title = font.render("Controls: keys / pad", (250, 236, 210))
        target.blit(title, (centre - title.get_width() // 2, 3))
        self.menu.draw(target, font, 15, centre, spacing=2)
        if self.waiting:
            line = f"Press a key or a pad button for {_NAMES[self.waiting]} (Esc: no change)"
            message = font.render(line, NOTE)
        else:
            message = font.render(self._problem or self._note, WARNING if self._problem else NOTE)
        target.blit(message, (centre - message.get_width() // 2, 170))
