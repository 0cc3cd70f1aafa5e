"""Timing for `coraline-game bench`: each step's nanoseconds, from a settled heap, and
their medians, p99s and ratios."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")
Timing = dict[str, float]


def settle() -> None:
    """Collect setup's garbage, then freeze the survivors out of every later collection."""
    gc.collect()
    gc.freeze()


def timed(step: Callable[[T], object], inputs: Iterable[T]) -> list[int]:
    """Nanoseconds of each step; each input is made before its clock starts."""
    settle()
    samples = []
    for item in inputs:
        start = time.perf_counter_ns()
        step(item)
        samples.append(time.perf_counter_ns() - start)
    return samples


def ms(ns: float) -> float:
    return round(ns / 1e6, 3)


def stats(samples: Sequence[int]) -> Timing:
    ordered = sorted(samples)
    p99 = ordered[math.ceil(0.99 * len(ordered)) - 1]  # nearest rank
    return {"median": ms(statistics.median(ordered)), "p99": ms(p99)}


def ratio(samples: Sequence[int], reference: Sequence[int]) -> float:
    return round(statistics.median(samples) / statistics.median(reference), 3)
