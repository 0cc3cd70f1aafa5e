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
    "CANCEL": ("backspace", "q"),
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
