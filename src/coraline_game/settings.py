"""The player's settings: a small versioned JSON file in the user's config folder.

Written atomically. Reading never raises and never loses a file silently: a damaged or
unknown file gives the defaults and a message, and the file is kept aside (beside it, as
settings.json.damaged) for the player to look at; a value out of its range is replaced
by its default, the rest kept, and the file written back so corrected.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coraline_game.input.actions import Action
from coraline_game.input.bindings import is_button_name, is_key_name
from coraline_game.maps.problems import brief
from coraline_game.save import write_atomically
from coraline_game.sim.conversation import TextSpeed

SETTINGS_FORMAT = "coraline-settings"
SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 16 * 1024
VOLUME_STEPS = 10  # volumes go 0..10
SCALES = (1, 2, 3, 4, 5, 6)
Bindings = tuple[tuple[str, tuple[str, ...]], ...]  # frozen: (action name, names) pairs


class TextSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"  # the dialogue's letters drawn twice as large


def default_settings_folder() -> Path:
    import platformdirs  # only here, as for saves

    return Path(platformdirs.user_config_dir("coraline-game", appauthor=False))


@dataclass(frozen=True)
class Settings:
    master_volume: int = 8
    music_volume: int = 7
    effects_volume: int = 8
    ambience_volume: int = 6
    window_scale: int = 4
    fullscreen: bool = False
    screen_shake: bool = True
    reduced_flashing: bool = False
    bold_stone_outlines: bool = False  # a high-visibility outline for what the stone shows
    text_speed: TextSpeed = TextSpeed.NORMAL  # how fast dialogue types out (a replay names it)
    text_size: TextSize = TextSize.NORMAL  # the dialogue's letters
    # The player's own bindings, action name -> key names (pygame's) or controller button
    # names (input/bindings.py); an action not named keeps its defaults.
    keys: Bindings = ()
    pad_buttons: Bindings = ()


_VOLUMES = ("master_volume", "music_volume", "effects_volume", "ambience_volume")
ACTION_NAMES = frozenset(action.name for action in Action if action.name)
_BINDINGS: dict[str, Callable[[str], bool]] = {"keys": is_key_name, "pad_buttons": is_button_name}
# Settings that are one of a few names, stored as the name (JSON has no enums).
CHOICES: dict[str, type[StrEnum]] = {"text_speed": TextSpeed, "text_size": TextSize}


def _bindings(value: object, known: Callable[[str], bool]) -> Bindings | None:
    """Bindings read back from JSON ([[action, [names]], ...]), or None when not valid."""
    if not isinstance(value, list):
        return None
    pairs = []
    for entry in value:
        if not (
            isinstance(entry, list)
            and len(entry) == 2
            and isinstance(entry[0], str)
            and entry[0] in ACTION_NAMES
        ):
            return None
        action, names = entry
        if not (
            isinstance(names, list)
            and names
            and all(isinstance(n, str) and known(n) for n in names)
        ):
            return None
        pairs.append((str(action), tuple(names)))
    return tuple(pairs)


def _choice(value: object, kind: type[StrEnum]) -> StrEnum | None:
    """One of `kind`'s names read back from JSON, or None when not one of them."""
    names = {choice.value: choice for choice in kind}
    return names.get(value) if isinstance(value, str) else None


def _valid(name: str, value: object, default: object) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    if name in _VOLUMES:
        return 0 <= value <= VOLUME_STEPS
    return value in SCALES


def _read_value(name: str, value: object, default: object) -> object | None:
    """A setting as read back from JSON, or None when it is not valid (no setting is None)."""
    if name in _BINDINGS:
        return _bindings(value, _BINDINGS[name]) if value != default else default
    if name in CHOICES:
        return _choice(value, CHOICES[name])
    return value if _valid(name, value, default) else None


class _Unusable(Exception):
    """Why a settings file is kept aside: the end of a sentence about it."""


def _document(raw: bytes) -> dict[str, object]:
    """The file's data when it is this game's settings, of this version; raises _Unusable."""
    if len(raw) > MAX_SETTINGS_BYTES:
        raise _Unusable("far too large to be settings")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or a number past 4300 digits
        raise _Unusable("damaged (not readable JSON)") from None
    if not isinstance(data, dict) or data.get("format") != SETTINGS_FORMAT:
        raise _Unusable("not this game's settings")
    if data.get("version") != SETTINGS_VERSION:
        raise _Unusable(f"of a version this game does not know ({brief(data.get('version'))})")
    return data


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    message: str = ""  # what the player must be told, or ""


class SettingsFile:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "settings.json"
        self.damaged = folder / "settings.json.damaged"

    def write(self, settings: Settings) -> str:
        """Remember the settings; returns "" or why not (the game goes on either way)."""
        data = {"format": SETTINGS_FORMAT, "version": SETTINGS_VERSION}
        data.update(dataclasses.asdict(settings))
        return write_atomically(self.path, json.dumps(data, indent=1))

    def read(self) -> LoadedSettings:
        """The settings remembered, else the defaults (and a word why, for a bad file)."""
        try:
            with self.path.open("rb") as file:
                raw = file.read(MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except OSError as error:
            return LoadedSettings(Settings(), f"{self.path} cannot be read ({error.strerror}).")
        try:
            data = _document(raw)
        except _Unusable as reason:
            return self._set_aside(f"The settings file {self.path} is {reason}")
        return self._settings(data)

    def _settings(self, data: dict[str, object]) -> LoadedSettings:
        defaults = Settings()
        values, wrong = {}, []
        for field in dataclasses.fields(Settings):
            default = getattr(defaults, field.name)
            value = _read_value(field.name, data.get(field.name, default), default)
            if value is None:
                wrong.append(field.name)
            else:
                values[field.name] = value
        settings = Settings(**values)  # type: ignore[arg-type]
        if wrong:
            # Written back corrected, so the next run starts clean and is not told again.
            problem = self.write(settings)
            return LoadedSettings(
                settings,
                f"In {self.path}, {', '.join(wrong)} had a value"
                " out of range: the default is used instead"
                + (f" ({problem})." if problem else ", and the file is corrected."),
            )
        return LoadedSettings(settings)

    def _set_aside(self, problem: str) -> LoadedSettings:
        try:
            os.replace(self.path, self.damaged)
        except OSError:
            return LoadedSettings(Settings(), f"{problem}: the defaults are used.")
        return LoadedSettings(
            Settings(), f"{problem}: the defaults are used, and it is kept as {self.damaged.name}."
        )
