"""Problems found in content files, reported as `FILE[:place]: error: sentence`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
