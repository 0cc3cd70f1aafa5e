"""Problems found in content files, reported as `FILE[:place]: error: sentence`."""

from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass
from pathlib import Path

_PLAIN_NAME = re.compile(r"[A-Za-z0-9_-]{1,60}")


@dataclass(frozen=True)
class Problem:
    file: Path
    message: str
    place: str = ""  # e.g. "layer ground" or "object 12 (Door 'little door')"

    def __str__(self) -> str:
        where = f"{self.file}:{self.place}" if self.place else f"{self.file}"
        return f"{where}: error: {self.message}"


class MapError(Exception):
    """A map that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _Brief(reprlib.Repr):
    def __init__(self) -> None:
        super().__init__()
        self.maxlevel, self.maxstring, self.maxlong, self.maxother = 3, 40, 40, 40


_BRIEF = _Brief()


def brief(value: object) -> str:
    """A value from a file as a problem shows it: cut short, however long or deep it is."""
    return _BRIEF.repr(value)


def named(name: str) -> str:
    """A name from a file (a table's, a key's) as a place shows it: as it is when plain,
    quoted and cut short when not (empty, long, or with spaces or line breaks)."""
    return name if _PLAIN_NAME.fullmatch(name) else brief(name)
