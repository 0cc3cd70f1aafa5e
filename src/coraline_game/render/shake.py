"""The screen's shake when something hits hard: being caught, the door shut on the hand.

Presentation only, from what happened (happenings.py); the player can turn it off.
"""

from __future__ import annotations

import pygame

from coraline_game.happenings import Happening

# What shakes, as (kind, name): how many ticks and how far, in pixels at its start.
SHAKES: dict[tuple[str, str], tuple[int, int]] = {
    ("caught", ""): (14, 2),
    ("flag", "door_closed_on_hand"): (24, 3),
    ("flag", "hand_destroyed"): (20, 3),
}
# A fixed walk of offsets, so a shake looks the same each time (no randomness in drawing).
_PATTERN = ((1, 0), (-1, 1), (0, -1), (1, 1), (-1, 0), (0, 1), (1, -1), (-1, -1))


class Shake:
    def __init__(self) -> None:
        self._ticks = 0
        self._length = 1
        self._reach = 0

    def hear(self, happened: list[Happening]) -> None:
        for happening in happened:
            shake = SHAKES.get((happening.kind, happening.name))
            if shake is not None and shake[1] >= self._reach * self._ticks // self._length:
                self._ticks, self._length = shake[0], shake[0]
                self._reach = shake[1]

    def tick(self) -> None:
        self._ticks = max(0, self._ticks - 1)

    @property
    def offset(self) -> tuple[int, int]:
        """Where the picture is pushed this tick: fading out as the shake ends."""
        if not self._ticks:
            return (0, 0)
        reach = max(1, self._reach * self._ticks // self._length)
        dx, dy = _PATTERN[self._ticks % len(_PATTERN)]
        return dx * reach, dy * reach

    def apply(self, target: pygame.Surface) -> None:
        dx, dy = self.offset
        if dx or dy:
            target.scroll(dx, dy)
