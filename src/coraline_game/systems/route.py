"""Routes through a place: the shortest way on a grid of standing spots.

The autopilot that records the shipped replays walks these (so a replay is re-recorded
from its plan when a wall moves). A pursuer chases Coraline down `Flows`, distance fields
on the tile grid made once per tile chased to.
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


TILE = 16  # a flow field's cells: one a map tile
KEPT_FLOWS = 512  # distance fields remembered per place, by the tile they lead to
NEAR_TILES = 6  # nearer than this (in steps across and down), a chaser heads for her own tile
_EIGHT = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1))


class Flows:
    """Ways to a tile from everywhere in a place: a walk's distance field on the tile grid,
    made once for each tile someone is chased to and then kept (the map never changes), so
    a pursuer picks its next step in a few lookups instead of searching every few ticks."""

    def __init__(self, field: CollisionField, half: tuple[int, int], size: tuple[int, int]):
        self._field, self._half, self._size = field, half, size
        self._open: set[tuple[int, int]] | None = None
        self._ways: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}  # steps from a tile
        self._fields: dict[tuple[int, int], dict[tuple[int, int], int]] = {}

    def _opens(self) -> set[tuple[int, int]]:
        if self._open is None:
            columns, rows = self._size[0] // TILE, self._size[1] // TILE
            self._open = {
                (tx, ty)
                for ty in range(rows)
                for tx in range(columns)
                if standable(self._field, self._half, tx * TILE + TILE // 2, ty * TILE + TILE // 2)
            }
        return self._open

    def distances(self, goal: tuple[int, int]) -> dict[tuple[int, int], int]:
        """Steps from every open tile to `goal` (a tile), diagonals where both sides are open."""
        found = self._fields.get(goal)
        if found is not None:
            return found
        if len(self._fields) >= KEPT_FLOWS:
            self._fields.clear()
        steps = {goal: 0}
        queue = deque([goal])
        ways = self._ways_from
        while queue:
            tile = queue.popleft()
            further = steps[tile] + 1
            for nxt in ways(tile):
                if nxt not in steps:
                    steps[nxt] = further
                    queue.append(nxt)
        self._fields[goal] = steps
        return steps

    def _ways_from(self, tile: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The open tiles one step from `tile` (diagonals where both sides are open); kept."""
        ways = self._ways.get(tile)
        if ways is None:
            opens = self._opens()
            x, y = tile
            ways = tuple(
                (x + dx, y + dy)
                for dx, dy in _EIGHT
                if (x + dx, y + dy) in opens
                and (not (dx and dy) or ((x + dx, y) in opens and (x, y + dy) in opens))
            )
            self._ways[tile] = ways
        return ways

    def toward(self, here: tuple[int, int], goal: tuple[int, int]) -> tuple[int, int] | None:
        """The next tile on the way from `here` to `goal`. From afar the way leads to the
        goal's block of 2x2 tiles (fewer fields to make, the same way until near)."""
        if abs(goal[0] - here[0]) + abs(goal[1] - here[1]) > NEAR_TILES:
            opens = self._opens()
            bx, by = goal[0] // 2 * 2, goal[1] // 2 * 2
            block = ((bx, by), (bx + 1, by), (bx, by + 1), (bx + 1, by + 1))
            goal = next((tile for tile in block if tile in opens), goal)
        return self.next_tile(here, goal)

    def next_tile(self, here: tuple[int, int], goal: tuple[int, int]) -> tuple[int, int] | None:
        """The neighbouring tile one step nearer `goal`, or None (there, or no way)."""
        steps = self.distances(goal)
        best, best_steps = None, steps.get(here, 10**9)
        for nxt in self._ways_from(here):
            if steps.get(nxt, 10**9) < best_steps:
                best, best_steps = nxt, steps[nxt]
        return best
