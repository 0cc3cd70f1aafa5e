"""The labels players read for actions: each action's first key or pad button, by the name
printed on it ("Z", "Space", "Esc", "A", "RB", "D-pad up"), for the device used last and
the player's own bindings; and text that names an action's key as a placeholder, "{stone}",
with the label in its place."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from coraline_game.input.actions import Action
from coraline_game.input.bindings import DEFAULT_KEYS, DEFAULT_PAD, with_own

# The placeholders text may use: each action by its lowercase name ("{stone}", "{interact}").
PLACEHOLDERS = frozenset(action.name.lower() for action in Action if action.name)
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

_KEYS = {
    "return": "Enter",
    "escape": "Esc",
    "space": "Space",
    "backspace": "Backspace",
    "tab": "Tab",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
}
_BUTTONS = {
    "leftshoulder": "LB",
    "rightshoulder": "RB",
    "leftstick": "LS",
    "rightstick": "RS",
    "dpad_up": "D-pad up",
    "dpad_down": "D-pad down",
    "dpad_left": "D-pad left",
    "dpad_right": "D-pad right",
}


def key_label(name: str) -> str:
    """A pygame key name as the key is printed: "z" -> "Z", "return" -> "Enter"."""
    if name in _KEYS:
        return _KEYS[name]
    if len(name) == 1:
        return name.upper()
    if name.startswith("[") and name.endswith("]"):
        return f"Keypad {name[1:-1]}"  # pygame's "[1]"
    return name.title()  # "left shift" -> "Left Shift", "f1" -> "F1"


def button_label(name: str) -> str:
    """An SDL controller button name as an Xbox pad's: "a" -> "A", "rightshoulder" -> "RB"."""
    if name in _BUTTONS:
        return _BUTTONS[name]
    return name.upper() if len(name) == 1 else name.replace("_", " ").capitalize()


def action_labels(
    keys: Mapping[str, tuple[str, ...]], pad: Mapping[str, tuple[str, ...]], device: str
) -> dict[str, str]:
    """Each action's lowercase name -> the label of its first binding on `device`
    ("keyboard" or "pad"); "" for an action with none."""
    names, label = (pad, button_label) if device == "pad" else (keys, key_label)
    return {
        action.lower(): label(names.get(action, ())[0]) if names.get(action) else ""
        for action in (a.name for a in Action if a.name)
    }


@functools.lru_cache(maxsize=8)
def labels_for(
    own_keys: tuple[tuple[str, tuple[str, ...]], ...],
    own_pad: tuple[tuple[str, tuple[str, ...]], ...],
    device: str,
) -> Mapping[str, str]:
    """`action_labels` for the player's own bindings (the settings' keys and pad_buttons)
    over the defaults; made once for each, as the screen asks every frame."""
    keys, pad = with_own(DEFAULT_KEYS, own_keys), with_own(DEFAULT_PAD, own_pad)
    return MappingProxyType(action_labels(keys, pad, device))


def with_keys(text: str, labels: Mapping[str, str]) -> str:
    """`text` with each "{action}" replaced by its label (an unknown one left as it is).
    Text typed out part way may end inside a placeholder: it is cut back to before the
    unclosed "{", so the label appears whole or not at all."""
    start = text.rfind("{")
    if start >= 0 and "}" not in text[start:]:
        text = text[:start]
    return _PLACEHOLDER.sub(lambda found: labels.get(found[1], found[0]), text)


def revealed(text: str, shown: int, labels: Mapping[str, str]) -> tuple[str, int]:
    """A line whose first `shown` letters of `text` are typed out: the whole line as the
    player reads it, and how many of its letters show."""
    return with_keys(text, labels), len(with_keys(text[:shown], labels))


def unknown_placeholders(text: str) -> list[str]:
    """The placeholders in `text` that name no action."""
    return [name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS]
