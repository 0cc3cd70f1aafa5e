"""Each actor's own random numbers, derived from the run's seed and the actor's identity.

One shared generator would let a modder's new mouse change what every cat does; a stream of
its own per actor keeps the others' routes, and so their replays, as they were. SplitMix64
is used because its whole state is one integer: the checksum hashes 8 bytes per actor, not
the 2.5 KB of a Mersenne Twister, and the state reads the same on every machine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
MASK = (1 << 64) - 1


@dataclass(slots=True)
class RandomStream:
    state: int

    @classmethod
    def derived(cls, seed: int, place: str, object_id: int) -> RandomStream:
        """The stream of the actor placed by Tiled object `object_id` of map `place`."""
        key = f"{seed}/{place}/{object_id}".encode()
        return cls(int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little"))

    def next(self) -> int:
        """The next 64 random bits (SplitMix64)."""
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def randrange(self, low: int, high: int) -> int:
        """low <= n < high; the modulo bias over 64 bits is far below anything a player sees."""
        return low + self.next() % (high - low)

    def choice(self, options: Sequence[T]) -> T:
        return options[self.next() % len(options)]
