"""What every variant must get: a result or a sentence, in bounded time; anything else is a
finding.

Maps and tilesets: `load_map` (with and without the contract) returns a GameMap or raises
MapError, and `check` prints `FILE[:place]: error: sentence` lines and returns 0 or 1.
Replays: `read_replay` returns a Replay or raises ReplayError naming the file. Nowhere may
a problem be the loader's last-resort message, which repeats a library's words.
"""

from __future__ import annotations

import io
import re
import signal
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from coraline_game.maps.check import check_command
from coraline_game.maps.loader import load_map
from coraline_game.maps.model import GameMap
from coraline_game.maps.problems import MapError, Problem
from coraline_game.speedrun.replay import Replay, ReplayError, read_replay
from fuzzing.seeds import Seed

# load_map's `except Exception` and check_maps' `_load` fallback: a library's words, not ours.
CATCH_ALLS = ("the map could not be read:", "the loader failed:")
KINDS = ("exception", "catch_all", "bad_output", "over_time", "over_memory")
PROBLEM_LINE = re.compile(r"\S.*?: error: \S.*")
SUMMARY_LINE = re.compile(r"checked \d+ maps?: (\d+) problems?")


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    summary: str  # one line
    detail: str = ""


class OverTime(BaseException):
    """Raised by the alarm. Not an Exception, so the loader's catch-alls cannot swallow it."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    def expire(_signal: int, _frame: FrameType | None) -> None:
        raise OverTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_within(seed: Seed, variant: bytes, seconds: float) -> list[Finding]:
    """Write the variant where its seed's variants go and hold what loads it to the contract."""
    seed.write_to.write_bytes(variant)
    started = time.perf_counter()
    try:
        with time_budget(seconds):
            findings = CHECKS[seed.target](seed.host)
    except OverTime:
        return [Finding("over_time", f"still running after {seconds:g} s")]
    except MemoryError:
        return [Finding("over_memory", "MemoryError", traceback.format_exc())]
    except Exception as error:
        return [Finding("exception", _one_line(error), traceback.format_exc())]
    elapsed = time.perf_counter() - started
    if elapsed > seconds:  # the alarm was swallowed (pytmx has a bare except) or came late
        findings.append(Finding("over_time", f"took {elapsed:.1f} s"))
    return list(dict.fromkeys(findings))  # check repeats what load_map said


def _one_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".splitlines()[0][:300]


def _map_checks(path: Path) -> list[Finding]:
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


def _replay_checks(path: Path) -> list[Finding]:
    try:
        replay = read_replay(path)
    except ReplayError as error:
        message = str(error)
        if not message.startswith(f"{path}") or "\n" in message:
            return [Finding("bad_output", f"not one sentence naming the file: {message[:200]!r}")]
        return []
    if not isinstance(replay, Replay):
        return [Finding("bad_output", f"read_replay returned {type(replay)}")]
    return []


CHECKS = {"maps": _map_checks, "tilesets": _map_checks, "replays": _replay_checks}
