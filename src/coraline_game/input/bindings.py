"""Default key bindings, as data: action name -> pygame key names."""

from __future__ import annotations

from collections.abc import Mapping

import pygame

from coraline_game.input.actions import Action

DEFAULT_KEYS: Mapping[str, tuple[str, ...]] = {
    "UP": ("up", "w"),
    "DOWN": ("down", "s"),
    "LEFT": ("left", "a"),
    "RIGHT": ("right", "d"),
    "INTERACT": ("z", "e", "space", "return"),
    "STONE": ("x", "c"),
    "CANCEL": ("q", "backspace"),
    "PAUSE": ("escape", "p"),
    "OBJECTIVE": ("tab", "o"),
    "INVENTORY": ("i",),
}


def key_map(bindings: Mapping[str, tuple[str, ...]] = DEFAULT_KEYS) -> dict[int, Action]:
    """Key code -> action. A key bound twice keeps its first action."""
    keys: dict[int, Action] = {}
    for action_name, names in bindings.items():
        action = Action[action_name]
        for name in names:
            keys.setdefault(pygame.key.key_code(name), action)
    return keys


# Gamepad buttons by SDL's game-controller names (Xbox layout, the same on every pad
# SDL knows): action name -> button names (pygame.CONTROLLER_BUTTON_<NAME>).
DEFAULT_PAD: Mapping[str, tuple[str, ...]] = {
    "UP": ("dpad_up",),
    "DOWN": ("dpad_down",),
    "LEFT": ("dpad_left",),
    "RIGHT": ("dpad_right",),
    "INTERACT": ("a",),
    "CANCEL": ("b",),
    "STONE": ("x", "y"),
    "PAUSE": ("start",),
    "OBJECTIVE": ("back",),
    "INVENTORY": ("rightshoulder",),
}
# A joystick SDL has no controller mapping for: its buttons by number, the common order
# (A, B, X, Y, left and right shoulder, back, start); its hat is the d-pad.
DEFAULT_JOYSTICK: Mapping[str, tuple[int, ...]] = {
    "INTERACT": (0,),
    "CANCEL": (1,),
    "STONE": (2, 3),
    "INVENTORY": (5,),
    "OBJECTIVE": (6,),
    "PAUSE": (7,),
}


def pad_map(bindings: Mapping[str, tuple[str, ...]] = DEFAULT_PAD) -> dict[int, Action]:
    """Controller button -> action. A button bound twice keeps its first action."""
    buttons: dict[int, Action] = {}
    for action_name, names in bindings.items():
        for name in names:
            code = getattr(pygame, f"CONTROLLER_BUTTON_{name.upper()}")
            buttons.setdefault(code, Action[action_name])
    return buttons


def joystick_map(bindings: Mapping[str, tuple[int, ...]] = DEFAULT_JOYSTICK) -> dict[int, Action]:
    buttons: dict[int, Action] = {}
    for action_name, numbers in bindings.items():
        for number in numbers:
            buttons.setdefault(number, Action[action_name])
    return buttons


def is_key_name(name: str) -> bool:
    """Whether pygame knows a key by this name."""
    try:
        pygame.key.key_code(name)
    except ValueError:
        return False
    return True


def is_button_name(name: str) -> bool:
    return hasattr(pygame, f"CONTROLLER_BUTTON_{name.upper()}")


# Every controller button by its code: the name a binding uses.
BUTTON_NAMES: Mapping[int, str] = {
    getattr(pygame, constant): constant.removeprefix("CONTROLLER_BUTTON_").lower()
    for constant in dir(pygame)
    if constant.startswith("CONTROLLER_BUTTON_") and constant[18:] not in ("INVALID", "MAX")
}


def with_own(
    defaults: Mapping[str, tuple[str, ...]], own: tuple[tuple[str, tuple[str, ...]], ...]
) -> dict[str, tuple[str, ...]]:
    """The defaults, with the player's own bindings in place of theirs."""
    return {**defaults, **dict(own)}
