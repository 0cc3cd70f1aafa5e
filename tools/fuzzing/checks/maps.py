"""Maps and tilesets: `load_map` (with and without the contract) returns a GameMap or raises
MapError, and `check` prints `FILE[:place]: error: sentence` lines and returns 0 or 1;
no problem is the loader's last-resort message, which repeats a library's words."""

from __future__ import annotations

import io
import re
from pathlib import Path

from coraline_game.maps.check import check_command
from coraline_game.maps.loader import load_map
from coraline_game.maps.model import GameMap
from coraline_game.maps.problems import MapError, Problem
from fuzzing.findings import Finding
from fuzzing.seeds import Seed

# load_map's `except Exception` and check_maps' `_load` fallback: a library's words, not ours.
CATCH_ALLS = ("the map could not be read:", "the loader failed:")
PROBLEM_LINE = re.compile(r"\S.*?: error: \S.*")
SUMMARY_LINE = re.compile(r"checked \d+ maps?: (\d+) problems?")


def check(seed: Seed, variant: bytes) -> list[Finding]:
    """The host is the map, or the map that uses the tileset."""
    path = seed.host
    findings: list[Finding] = []
    for contract in (True, False):
        try:
            loaded = load_map(path, contract=contract)
        except MapError as error:
            findings += _catch_alls(error.problems)
        else:
            if not isinstance(loaded, GameMap):
                findings.append(Finding("bad_output", f"load_map returned {type(loaded)}"))
    return findings + _check_output(path)


def _catch_alls(problems: list[Problem]) -> list[Finding]:
    return [
        _catch_all(str(problem)) for problem in problems if problem.message.startswith(CATCH_ALLS)
    ]


def _catch_all(line: str) -> Finding:
    # Under RLIMIT_AS a MemoryError inside the loader reaches its catch-all: over budget.
    return Finding("over_memory" if "MemoryError" in line else "catch_all", line)


def _check_output(path: Path) -> list[Finding]:
    out = io.StringIO()
    code = check_command([path], out)
    *lines, summary = out.getvalue().splitlines() or [""]
    found = [
        Finding("bad_output", f"check printed a line not FILE[:place]: error: ...: {line[:200]!r}")
        for line in lines
        if not PROBLEM_LINE.fullmatch(line)
    ]
    counted = SUMMARY_LINE.fullmatch(summary)
    if counted is None or int(counted[1]) != len(lines) or code != (1 if lines else 0):
        found.append(Finding("bad_output", f"check returned {code!r} after {summary[:200]!r}"))
    catch_alls = [line for line in lines if any(f": error: {c}" in line for c in CATCH_ALLS)]
    return found + [_catch_all(line) for line in catch_alls]
