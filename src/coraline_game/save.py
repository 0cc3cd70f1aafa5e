"""The save file: a chapter's start state as versioned JSON in the user's data folder.

Written atomically (a temporary file, flushed and synced, then renamed over the save),
with the save before it kept as a backup. Reading never raises: a damaged, truncated,
newer or older save gives a message for the title screen and the backup, or nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from coraline_game.maps.model import GameMap
from coraline_game.story.model import Story
from coraline_game.story.start import StartState

SAVE_FORMAT = "coraline-save"
SAVE_VERSION = 1
MAX_SAVE_BYTES = 64 * 1024
_FIELDS = ("format", "version", "chapter", "flags", "items", "place", "spawn")


def default_save_folder() -> Path:
    import platformdirs  # only here: a fifth of the game's own imports, and needed once

    return Path(platformdirs.user_data_dir("coraline-game", appauthor=False))


class SaveError(ValueError):
    """Why a save cannot be used, as a sentence for the player."""


@dataclass(frozen=True)
class Loaded:
    start: StartState | None  # None: nothing usable, start afresh
    message: str = ""  # what the player must be told, or ""


class SaveSlot:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "save.json"
        self.backup = folder / "save.json.bak"

    def exists(self) -> bool:
        return self.path.is_file() or self.backup.is_file()

    def write(self, start: StartState) -> str:
        """Save; returns "" or why it could not be saved (the game goes on either way)."""
        data = {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "chapter": start.chapter,
            "flags": list(start.flags),
            "items": list(start.items),
            "place": start.place,
            "spawn": start.spawn,
        }
        # A damaged save must not push out a good backup.
        backup = self.backup if _readable(self.path) else None
        return write_atomically(self.path, json.dumps(data, indent=1), backup)

    def read(self, story: Story, maps: Mapping[str, GameMap]) -> Loaded:
        """The save, else the backup with a word why, else nothing with a word why."""
        try:
            return Loaded(read_save(self.path, story, maps))
        except SaveError as error:
            problem = str(error)
        try:
            start = read_save(self.backup, story, maps)
        except SaveError:
            return Loaded(None, f"{problem} No backup could be used either: a new game begins.")
        return Loaded(start, f"{problem} The save before it was loaded instead.")


def write_atomically(path: Path, text: str, backup: Path | None = None) -> str:
    """Write `text` to a temporary file, flush and sync it, then rename it over `path`
    (the file there first renamed to `backup`, when given): a crash or a full disk never
    leaves half a file. Returns "" or why it could not be written."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if backup is not None and path.exists():
            os.replace(path, backup)
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):  # a folder that could not be made has no file
            temporary.unlink(missing_ok=True)
        return f"could not save to {path}: {error.strerror or error}"
    return ""


def read_save(path: Path, story: Story, maps: Mapping[str, GameMap]) -> StartState:
    """A save checked against the story and maps of this game; raises SaveError."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_SAVE_BYTES + 1)
    except FileNotFoundError:
        raise SaveError(f"There is no save at {path}.") from None
    except OSError as error:
        raise SaveError(f"The save {path} cannot be read ({error.strerror}).") from None
    if len(raw) > MAX_SAVE_BYTES:
        raise SaveError(f"The save {path} is far too large to be a save.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or a number past 4300 digits
        raise SaveError(f"The save {path} is damaged (not readable JSON).") from None
    if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
        raise SaveError(f"{path} is not a save of this game.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SaveError(f"The save {path} has no version.")
    if version > SAVE_VERSION:
        raise SaveError(f"The save {path} was made by a newer version of the game.")
    if version < SAVE_VERSION:
        raise SaveError(f"The save {path} was made by an older version this game cannot read.")
    missing = [name for name in _FIELDS if name not in data]
    if missing:
        raise SaveError(f"The save {path} is incomplete (it has no {missing[0]}).")
    return _start(path, data, story, maps)


def _start(
    path: Path, data: dict[str, object], story: Story, maps: Mapping[str, GameMap]
) -> StartState:
    chapter, place, spawn = data["chapter"], data["place"], data["spawn"]
    flags, items = data["flags"], data["items"]
    if not isinstance(chapter, str) or chapter not in story.chapter_index:
        raise SaveError(f"The save {path} names a chapter this story does not have.")
    known_flags = set(story.beats) | story.facts
    if not (
        isinstance(flags, list) and all(isinstance(f, str) and f in known_flags for f in flags)
    ):
        raise SaveError(f"The save {path} holds story flags this story does not have.")
    if not (
        isinstance(items, list) and all(isinstance(i, str) and i in story.items for i in items)
    ):
        raise SaveError(f"The save {path} holds items this story does not have.")
    game_map = maps.get(place) if isinstance(place, str) else None
    if game_map is None:
        raise SaveError(f"The save {path} is in a place this game does not have.")
    spawns = {o.properties["spawn"] for o in game_map.objects_of("Spawn")}
    if not isinstance(spawn, str) or spawn not in spawns:
        raise SaveError(f"The save {path} starts at a spot {place} no longer has.")
    return StartState(chapter, tuple(flags), tuple(items), str(place), str(spawn))


def _readable(path: Path) -> bool:
    """A save file in this game's format, whatever its contents are worth."""
    try:
        with path.open("rb") as file:
            data = json.loads(file.read(MAX_SAVE_BYTES + 1).decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # ValueError: as read_save's
        return False
    return isinstance(data, dict) and data.get("format") == SAVE_FORMAT


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX); where folders cannot be opened, skip it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
