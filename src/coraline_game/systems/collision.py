"""Static collision: solid tiles and Collision rectangles, and keeping bodies out of them."""

from __future__ import annotations

from collections.abc import Callable

import esper

from coraline_game.ecs.components import SUBPIXELS, Area, Body, Position
from coraline_game.maps.model import GameMap
from coraline_game.sim.context import TickContext

Box = tuple[int, int, int, int]  # left, top, right, bottom in subpixels; right/bottom exclusive


class CollisionField:
    """What blocks movement on one map, in subpixels."""

    def __init__(self, game_map: GameMap) -> None:
        self._map = game_map
        self._tile_w = game_map.tile_width * SUBPIXELS
        self._tile_h = game_map.tile_height * SUBPIXELS
        self.rects = [
            Area(
                round(o.x * SUBPIXELS),
                round(o.y * SUBPIXELS),
                round((o.x + o.width) * SUBPIXELS),
                round((o.y + o.height) * SUBPIXELS),
            )
            for o in game_map.objects_of("Collision")
        ]
        # The same rectangles as (along, along_end, across, across_end) for each axis.
        self._rects_x = [(r.left, r.right, r.top, r.bottom) for r in self.rects]
        self._rects_y = [(r.top, r.bottom, r.left, r.right) for r in self.rects]

    def blocked(self, box: Box) -> bool:
        left, top, right, bottom = box
        is_solid = self._map.is_solid
        for row in range(top // self._tile_h, (bottom - 1) // self._tile_h + 1):
            for column in range(left // self._tile_w, (right - 1) // self._tile_w + 1):
                if is_solid(column, row):
                    return True
        area = Area(*box)
        return any(rect.overlap(area) for rect in self.rects)

    def point_blocked(self, x: int, y: int) -> bool:
        """`blocked` for the one-subpixel box at (x, y): what lines of sight test, fast."""
        if self._map.is_solid(x // self._tile_w, y // self._tile_h):
            return True
        return any(rect.contains(x, y) for rect in self.rects)

    def slide_x(self, box: Box, dx: int) -> int:
        """How far the box may move along x, at most dx, before it touches something."""
        left, top, right, bottom = box
        return _sweep(
            (left, right),
            (top, bottom),
            dx,
            (self._tile_w, self._tile_h),
            self._map.is_solid,
            self._rects_x,
        )

    def slide_y(self, box: Box, dy: int) -> int:
        left, top, right, bottom = box
        is_solid = self._map.is_solid
        return _sweep(
            (top, bottom),
            (left, right),
            dy,
            (self._tile_h, self._tile_w),
            lambda along, across: is_solid(across, along),
            self._rects_y,
        )


def _sweep(
    span: tuple[int, int],
    across: tuple[int, int],
    delta: int,
    tile: tuple[int, int],
    solid: Callable[[int, int], bool],
    rects: list[tuple[int, int, int, int]],
) -> int:
    """Move the span [lo, hi) by up to delta along one axis; returns the distance allowed.

    `solid(cell_along, cell_across)` tells blocked cells; rects are given as
    (along, along_end, across, across_end).
    """
    if delta == 0:
        return 0
    lo, hi = span
    across_lo, across_hi = across
    tile_along, tile_across = tile
    cells_across = range(across_lo // tile_across, (across_hi - 1) // tile_across + 1)
    if delta > 0:
        limit = hi + delta
        for cell in range(hi // tile_along, (limit - 1) // tile_along + 1):
            if any(solid(cell, a) for a in cells_across):
                limit = min(limit, cell * tile_along)
                break
        for r_lo, _r_hi, a_lo, a_hi in rects:
            if a_lo < across_hi and a_hi > across_lo and hi <= r_lo < limit:
                limit = r_lo
        return max(0, limit - hi)
    limit = lo + delta
    for cell in range((lo - 1) // tile_along, limit // tile_along - 1, -1):
        if any(solid(cell, a) for a in cells_across):
            limit = max(limit, (cell + 1) * tile_along)
            break
    for _r_lo, r_hi, a_lo, a_hi in rects:
        if a_lo < across_hi and a_hi > across_lo and limit < r_hi <= lo:
            limit = r_hi
    return min(0, limit - lo)


def body_box(position: Position, body: Body) -> Box:
    return (
        position.x - body.half_width,
        position.y - body.half_height,
        position.x + body.half_width,
        position.y + body.half_height,
    )


class CollisionSystem(esper.Processor):
    """Pushes a body placed inside something solid (a spawn, a teleport) out to the nearest
    free spot. Bodies that only ever moved by sweeps cannot be inside anything."""

    def process(self, ctx: TickContext) -> None:
        field = ctx.place.collision
        for _entity, (position, body) in esper.get_components(Position, Body):
            if body.settled:
                continue
            if field.blocked(body_box(position, body)):
                _push_out(field, position, body)
            body.settled = True


def _push_out(field: CollisionField, position: Position, body: Body) -> None:
    """Search rings of growing radius, one pixel apart, for a spot where the body fits."""
    step = SUBPIXELS
    for radius in range(1, 33):
        for ox, oy in _ring(radius):
            candidate = Position(position.x + ox * step, position.y + oy * step)
            if not field.blocked(body_box(candidate, body)):
                position.x, position.y = candidate.x, candidate.y
                return


def _ring(radius: int) -> list[tuple[int, int]]:
    """Offsets at Chebyshev distance `radius`, nearest to the axes first (deterministic order)."""
    ring = [
        (x, y)
        for y in range(-radius, radius + 1)
        for x in range(-radius, radius + 1)
        if max(abs(x), abs(y)) == radius
    ]
    return sorted(ring, key=lambda o: (abs(o[0]) + abs(o[1]), o[1], o[0]))
