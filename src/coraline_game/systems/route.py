"""Routes through a place: the shortest way on a grid of standing spots.

The autopilot that records the shipped replays walks these (so a replay is re-recorded
from its plan when a wall moves), and a pursuer chases Coraline along them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from coraline_game.ecs.components import SUBPIXELS
from coraline_game.systems.collision import CollisionField

STEP = 8  # pixels between standing spots: doorways (16 px) have one at their middle
_NEIGHBOURS = ((STEP, 0), (-STEP, 0), (0, STEP), (0, -STEP))


Box = tuple[int, int, int, int]


def standable(
    field: CollisionField, half: tuple[int, int], x: int, y: int, people: Sequence[Box] = ()
) -> bool:
    """Whether a body of half extents `half` (pixels) fits with its feet at (x, y), clear
    of walls and of the `people` (boxes in subpixels) who stand in the way."""
    hw, hh = half[0] * SUBPIXELS, half[1] * SUBPIXELS
    sx, sy = x * SUBPIXELS, y * SUBPIXELS
    box = (sx - hw, sy - hh, sx + hw, sy + hh)
    for left, top, right, bottom in people:
        if box[0] < right and left < box[2] and box[1] < bottom and top < box[3]:
            return False
    return not field.blocked(box)


def _spot(
    field: CollisionField, half: tuple[int, int], point: tuple[int, int], people: Sequence[Box]
) -> tuple[int, int]:
    """The grid spot for a point: the nearest of the four around it that a body fits on
    (a spot in a narrow walk may lie between two that are in the walls)."""
    x, y = point
    around = [
        (gx, gy)
        for gx in (x // STEP * STEP, x // STEP * STEP + STEP)
        for gy in (y // STEP * STEP, y // STEP * STEP + STEP)
    ]
    around.sort(key=lambda s: (abs(s[0] - x) + abs(s[1] - y), s))
    return next((s for s in around if standable(field, half, *s, people)), around[0])


def route(
    field: CollisionField,
    half: tuple[int, int],
    start: tuple[int, int],
    goals: list[tuple[int, int]],
    size: tuple[int, int],
    people: list[Box],
) -> list[tuple[int, int]] | None:
    """Corner points from `start` to the nearest reachable of `goals` (pixels), or None."""
    origin = _spot(field, half, start, people)
    wanted = {_spot(field, half, goal, people): goal for goal in goals}
    came: dict[tuple[int, int], tuple[int, int] | None] = {origin: None}
    queue = deque([origin])
    while queue:
        spot = queue.popleft()
        if spot in wanted:
            return _corners(came, spot, wanted[spot])
        for dx, dy in _NEIGHBOURS:
            nxt = (spot[0] + dx, spot[1] + dy)
            if nxt in came or not (0 <= nxt[0] < size[0] and 0 <= nxt[1] < size[1]):
                continue
            if standable(field, half, *nxt, people):
                came[nxt] = spot
                queue.append(nxt)
    return None


def _corners(
    came: dict[tuple[int, int], tuple[int, int] | None],
    end: tuple[int, int],
    goal: tuple[int, int],
) -> list[tuple[int, int]]:
    spots: list[tuple[int, int]] = []
    spot: tuple[int, int] | None = end
    while spot is not None:
        spots.append(spot)
        spot = came[spot]
    spots.reverse()
    corners = [
        here
        for before, here, after in zip(spots, spots[1:], spots[2:], strict=False)
        if (here[0] - before[0], here[1] - before[1]) != (after[0] - here[0], after[1] - here[1])
    ]
    return [spots[0], *corners, end, goal]


def distances(
    field: CollisionField,
    half: tuple[int, int],
    start: tuple[int, int],
    size: tuple[int, int],
    people: Sequence[Box] = (),
) -> dict[tuple[int, int], int]:
    """Steps of the walk from `start` (pixels) to every standing spot it reaches."""
    origin = _spot(field, half, start, people)
    steps = {origin: 0}
    queue = deque([origin])
    while queue:
        spot = queue.popleft()
        for dx, dy in _NEIGHBOURS:
            nxt = (spot[0] + dx, spot[1] + dy)
            if nxt in steps or not (0 <= nxt[0] < size[0] and 0 <= nxt[1] < size[1]):
                continue
            if standable(field, half, *nxt, people):
                steps[nxt] = steps[spot] + 1
                queue.append(nxt)
    return steps
