"""Collects the problems found in one map file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coraline_game.maps.problems import Problem


@dataclass
class Reporter:
    file: Path
    problems: list[Problem] = field(default_factory=list)

    def __call__(self, message: str, place: str = "") -> None:
        self.problems.append(Problem(self.file, message, place))
