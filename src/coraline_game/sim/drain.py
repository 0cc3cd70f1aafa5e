"""The world drained as the ghosts' eyes are taken: simulation state, drawn by the renderer.

A map names in its `drains` property the flags (the eyes) that drain it; each flag set
starts its own drain, which runs for DRAIN_TICKS while she watches. A chapter that starts
after an eye was taken starts with that part already drained.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coraline_game.maps.model import GameMap

DRAIN_TICKS = 240  # four seconds from taking an eye to its part of the world gone grey
FULL = 255


def drains_of(game_map: GameMap) -> tuple[str, ...]:
    return tuple(str(game_map.properties.get("drains", "")).split())


class Drain:
    def __init__(self, maps: Mapping[str, GameMap]) -> None:
        self.flags = frozenset(flag for m in maps.values() for flag in drains_of(m))
        self.progress: dict[str, int] = {}  # flag -> ticks it has drained, up to DRAIN_TICKS

    def restart(self, flags: Iterable[str]) -> None:
        """A chapter's start: what was taken before it is already drained."""
        self.progress = {flag: DRAIN_TICKS for flag in flags if flag in self.flags}

    def begin(self, flag: str) -> None:
        if flag in self.flags and flag not in self.progress:
            self.progress[flag] = 0

    def advance(self) -> None:
        for flag, ticks in self.progress.items():
            if ticks < DRAIN_TICKS:
                self.progress[flag] = ticks + 1

    def level(self, game_map: GameMap) -> int:
        """How drained the place is: 0 (its own colours) to FULL (grey, unravelled)."""
        flags = drains_of(game_map)
        if not flags:
            return 0
        total = sum(self.progress.get(flag, 0) for flag in flags)
        return FULL * total // (DRAIN_TICKS * len(flags))

    def state(self) -> tuple[tuple[str, int], ...]:
        """For the checksum, in an order that does not depend on the hash seed."""
        return tuple(sorted(self.progress.items()))
