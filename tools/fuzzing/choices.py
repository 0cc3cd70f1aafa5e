"""Where a mutation's choices come from: a seeded generator (the test suite) or the
fuzzer's input bytes (atheris), so that coverage guidance steers the same mutations."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Chooser(Protocol):
    def below(self, count: int) -> int:
        """A whole number in 0..count-1 (count >= 1)."""

    def raw(self, count: int) -> bytes:
        """Up to `count` arbitrary bytes."""


def pick(chooser: Chooser, items: Sequence[T]) -> T:
    return items[chooser.below(len(items))]


class RandomChooser:
    def __init__(self, seed: int | str) -> None:  # a str seeds the same on every run
        self._random = random.Random(seed)

    def below(self, count: int) -> int:
        return self._random.randrange(count)

    def raw(self, count: int) -> bytes:
        return self._random.randbytes(self._random.randrange(count + 1))


class DataChooser:
    """Choices read from atheris's FuzzedDataProvider; once it runs dry, every choice is 0."""

    def __init__(self, provider: Any) -> None:  # atheris.FuzzedDataProvider, untyped
        self._provider = provider

    def below(self, count: int) -> int:
        return int(self._provider.ConsumeIntInRange(0, count - 1))

    def raw(self, count: int) -> bytes:
        return bytes(self._provider.ConsumeBytes(self.below(count + 1)))
