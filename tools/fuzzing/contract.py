"""What every variant must get: a result or a sentence, in bounded time; anything else is a
finding. What a result or a sentence is differs by target: tools/fuzzing/checks/, a module
each (maps and tilesets, replays, story, saves, settings, sound cues)."""

from __future__ import annotations

import signal
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from fuzzing.checks import CHECKS
from fuzzing.findings import Finding
from fuzzing.seeds import Seed


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
            findings = CHECKS[seed.target](seed, variant)
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
