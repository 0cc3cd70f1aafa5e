"""Shape objects drawn the way Tiled draws them, for whole-map images (`render-map`).

Tiled draws each shape as a black shadow one pixel down-right, a fill of the object colour at
alpha 50 and a 2-pixel antialiased outline; polygons and polylines get a dot at their first
point, points a pin. The polygons are filled by an exact-area rasteriser (coverage per pixel),
which is what makes the antialiased edges match Qt's. It runs in numpy, a band of rows at a
time, so a shape as large as the map costs memory for a band only; the pen's round joins are
kept as centres and made into polygons only in the bands they reach.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

import numpy as np
import numpy.typing as npt
import pygame

from coraline_game.maps.model import MapObject
from coraline_game.render.pixels import bands

Blit = tuple[pygame.Surface, tuple[int, int]]
Point = tuple[float, float]
Floats = npt.NDArray[np.float64]
Colour = tuple[int, int, int, int]

SHAPE_COLOUR = (160, 160, 164)  # Qt::gray: Tiled's object colour when the layer sets none
SHADOW_COLOUR = (0, 0, 0)
FILL_ALPHA = 50
PEN_RADIUS = 1.0  # Tiled's object outline is 2 pixels wide
DOT_RADIUS = 4.0  # the first point of a polygon or polyline: a point of a pen 4 times as wide
SHADOW_SHIFT = (1.0, 1.0)
DISC_STEPS = 64
EMPTY_BOX = (-10.0, -10.0, 20.0, 20.0)  # what Tiled draws for a shape object without a size
FAR = 1e12  # pixels: coordinates are held within this, so that no sum overflows
# Pixels: a shape reaching farther, or larger, is not drawn. Curves are flattened into chords
# of a sixth of a pixel, so a larger ellipse would take millions of them.
SHAPE_REACH = 1e9
# A pen's round cap or join, or a thick point: Tiled's come out nearly exactly round
# (measured: a corner pixel of a rectangle's outline is covered pi/4), unlike its ellipses.
UNIT_DISC = np.stack(
    [
        np.cos(np.arange(DISC_STEPS) * 2 * np.pi / DISC_STEPS),
        np.sin(np.arange(DISC_STEPS) * 2 * np.pi / DISC_STEPS),
    ],
    axis=1,
)


class Blender(Protocol):
    """How drawn pixels are composed (see layers.py: straight or premultiplied alpha)."""

    def adopt(self, image: pygame.Surface) -> pygame.Surface: ...

    def draw(self, target: pygame.Surface, blits: list[Blit], opacity: float) -> None: ...


@dataclass(frozen=True)
class Cover:
    """What one stroke or fill covers: polygons, each batch [polygon, point, xy] of polygons
    with as many points, and discs of one radius, by their centres [disc, xy]."""

    polygons: list[Floats] = field(default_factory=list)
    discs: Floats = field(default_factory=lambda: np.empty((0, 2)))
    radius: float = 0.0

    def moved(self, by: Point) -> Cover:
        return Cover([p + by for p in self.polygons], self.discs + by, self.radius)

    def placed(self, turn: Floats, at: Point) -> Cover:
        """Turned by the 2 x 2 matrix `turn`, then moved to `at`."""
        return Cover(
            [p @ turn.T + at for p in self.polygons], self.discs @ turn.T + at, self.radius
        )

    def edges(self, top: float, bottom: float) -> Floats:
        """The edges that reach rows `top` to `bottom`, as rows (x0, y0, x1, y1)."""
        reach = (self.discs[:, 1] + self.radius > top) & (self.discs[:, 1] - self.radius < bottom)
        discs = self.discs[reach][:, None, :] + self.radius * UNIT_DISC
        table = np.concatenate([self._polygon_edges, _edge_rows(discs)])
        upper, lower = np.minimum(table[:, 1], table[:, 3]), np.maximum(table[:, 1], table[:, 3])
        reaching: Floats = table[(upper < bottom) & (lower > top) & (upper < lower)]
        return reaching

    @cached_property
    def _polygon_edges(self) -> Floats:
        return np.concatenate([_edge_rows(batch) for batch in self.polygons] or [np.empty((0, 4))])

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(left, top, right, bottom) of everything covered; None when nothing is."""
        points = [p.reshape(-1, 2) for p in self.polygons]
        if len(self.discs):
            points += [self.discs - self.radius, self.discs + self.radius]
        every = np.concatenate(points or [np.empty((0, 2))])
        if not len(every) or not np.isfinite(every).all():  # nothing, or turned past all sense
            return None
        (left, top), (right, bottom) = every.min(axis=0), every.max(axis=0)
        return float(left), float(top), float(right), float(bottom)


def _edge_rows(batch: Floats) -> Floats:
    """A batch of polygons' edges, each a row (x0, y0, x1, y1)."""
    rows: Floats = np.concatenate([batch, _next(batch)], axis=2).reshape(-1, 4)
    return rows


def _next(batch: Floats) -> Floats:
    """Each polygon's points from its second on, then its first: where each edge ends."""
    ends: Floats = np.concatenate([batch[:, 1:], batch[:, :1]], axis=1)
    return ends


def _fill(cover: Cover, colour: Colour, origin: Point, clip: tuple[int, int]) -> Iterator[Blit]:
    """The cover filled as one antialiased shape, as Qt's rasteriser does: each pixel takes
    its covered area (overlapping pieces add up, capped at whole). Only what falls inside
    `clip` (the target's size) is made, in bands of rows, each with its top-left there; drawn
    one after another they blend as one stroke or fill of Qt's."""
    found = cover.bounds()
    if found is None or colour[3] <= 0:
        return
    left = max(math.floor(found[0] - origin[0]), 0)
    top = max(math.floor(found[1] - origin[1]), 0)
    right = min(math.ceil(found[2] - origin[0]) + 1, clip[0])
    bottom = min(math.ceil(found[3] - origin[1]), clip[1])
    if right <= left or bottom <= top:
        return
    shift = np.array([origin[0] + left, origin[1] + top] * 2)
    area = pygame.Rect(0, 0, right - left, bottom - top)
    for first, last in bands(area):
        edges = cover.edges(first + shift[1], last + shift[1]) - shift
        if area.width * (last - first) <= SMALL_BAND:
            layer = _small_band(edges.tobytes(), first, last, area.width, colour)
        else:
            layer = _band(edges, first, last, area.width, colour)
        if layer is not None:
            yield layer, (left, top + first)


# Maps repeat their shapes (every crate's box, every marker's pin): a small shape at the same
# fraction of a pixel comes out the same, so it is rasterised once. Bounded to 16 MB.
SMALL_BAND = 4096  # pixels


@functools.lru_cache(maxsize=1024)
def _small_band(
    edges: bytes, first: int, last: int, width: int, colour: Colour
) -> pygame.Surface | None:
    return _band(np.frombuffer(edges).reshape(-1, 4), first, last, width, colour)


def _band(
    edges: Floats, first: int, last: int, width: int, colour: Colour
) -> pygame.Surface | None:
    """Rows `first` to `last` of a fill, `width` pixels wide: the colour at its coverage."""
    alpha = _coverage(edges, first, last, width, colour[3])
    if alpha is None:
        return None
    layer = pygame.Surface((width, last - first), pygame.SRCALPHA)
    layer.fill((*colour[:3], 0))
    view = pygame.surfarray.pixels_alpha(layer)
    view[:] = alpha.T
    del view  # it locks the surface
    return layer


def _coverage(
    edges: Floats, first_row: int, end_row: int, width: int, full: int
) -> npt.NDArray[np.uint8] | None:
    """Alpha of rows `first_row` to `end_row` (`width` pixels each), `full` being a whole
    pixel's. Each edge adds its exact area coverage per row into cells whose running sum along
    the row is every pixel's coverage: where an edge crosses a row it adds a triangle to its
    first and last pixel and even shares in between. What lies left of the area adds into its
    first pixel, what lies right is dropped, so clipping changes no sum."""
    if not len(edges):
        return None
    x0, y0, x1, y1 = np.clip(edges, -FAR, FAR).T
    direction = np.where(y0 < y1, 1.0, -1.0)
    x0, y0, x1, y1 = (
        np.where(direction > 0, x0, x1),
        np.minimum(y0, y1),
        np.where(direction > 0, x1, x0),
        np.maximum(y0, y1),
    )
    start = np.maximum(np.floor(y0), first_row)
    counts = np.maximum(np.minimum(np.ceil(y1), end_row) - start, 0).astype(np.intp)
    edge = np.repeat(np.arange(len(counts)), counts)
    row = start[edge] + np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts)
    x0, y0, x1, y1, direction = x0[edge], y0[edge], x1[edge], y1[edge], direction[edge]
    slope = (x1 - x0) / (y1 - y0)
    upper, lower = np.maximum(row, y0), np.minimum(row + 1, y1)
    xa, xb = x0 + (upper - y0) * slope, x0 + (lower - y0) * slope
    amount = (lower - upper) * direction
    low, high = np.minimum(xa, xb), np.maximum(xa, xb)
    first, last = np.floor(low), np.ceil(high)

    narrow = last <= first + 1  # the edge stays inside one pixel of this row
    more = last > first + 2
    inside = (xa + xb) / 2 - first
    share = 1 / np.where(narrow, 1.0, high - low)
    first_part = 0.5 * share * (1 - (low - first)) ** 2
    last_part = 0.5 * share * (high - last + 1) ** 2
    second = share * (1.5 - (low - first))
    before_last = second + (last - first - 3) * share
    # Into the first, second, before-last and last pixel of the edge's run in the row.
    columns = [first, first + 1, last - 1, last]
    values = [
        amount * np.where(narrow, 1 - inside, first_part),
        amount
        * np.where(narrow, inside, np.where(more, second - first_part, 1 - first_part - last_part)),
        np.where(more, amount * (1 - before_last - last_part), 0.0),
        np.where(narrow, 0.0, amount * last_part),
    ]
    rows = end_row - first_row
    cells = _summed(row - first_row, columns, values, rows, width)
    if more.any():
        # The even shares from first + 2 to last - 2, as a ramp summed once more along the
        # row; the part of it left of the area goes straight into its first pixel.
        ramp = np.where(more, amount * share, 0.0)
        hidden = np.maximum(np.minimum(last - 1, 0) - (first + 2), 0)
        cells += _summed(row - first_row, [first + 2], [ramp * hidden], rows, width)
        ramps = _summed(row - first_row, [first + 2, last - 1], [ramp, -ramp], rows, width)
        cells += np.cumsum(ramps, axis=1)
    coverage = np.minimum(np.abs(np.cumsum(cells, axis=1)), 1.0)
    alpha: npt.NDArray[np.uint8] = np.rint(coverage * full).astype(np.uint8)
    return alpha


def _summed(
    row: Floats, columns: list[Floats], values: list[Floats], rows: int, width: int
) -> Floats:
    """[row, column] cells with each value added at its column of its row: a column left of
    the band's first adds into it, one right of its last is dropped."""
    column = np.concatenate(columns)
    value = np.concatenate(values)
    keep = column < width
    index = (np.tile(row, len(columns)) * width + np.maximum(column, 0))[keep].astype(np.intp)
    summed: Floats = np.bincount(index, value[keep], minlength=rows * width).astype(
        np.float64, copy=False
    )
    return summed.reshape(rows, width)


def _arc(
    centre: Point, radius_x: float, radius_y: float, start: float, sweep: float
) -> list[Point]:
    """An elliptic arc drawn as Qt draws one: cubic Béziers of at most a quarter turn each
    (angles in degrees, counter-clockwise on screen), flattened much as Qt's rasteriser
    flattens them. Qt's stroker offsets curves its own way besides, so the antialiased edges
    of curved outlines come out within some 30 levels of alpha of Tiled's, not exactly."""
    cx, cy = centre
    out: list[Point] = []
    pieces = max(1, math.ceil(abs(sweep) / 90 - 1e-9))
    for piece in range(pieces):
        a0 = math.radians(start + sweep * piece / pieces)
        a1 = math.radians(start + sweep * (piece + 1) / pieces)
        k = 4 / 3 * math.tan((a1 - a0) / 4)

        def at(angle: float, reach: float = 0.0) -> Point:
            x = math.cos(angle) - reach * math.sin(angle)
            y = math.sin(angle) + reach * math.cos(angle)
            return cx + radius_x * x, cy - radius_y * y

        start_point = at(a0)
        out.extend([start_point] if piece == 0 else [])
        _flatten(start_point, at(a0, k), at(a1, -k), at(a1), out)
    return out


def _flatten(p0: Point, p1: Point, p2: Point, p3: Point, out: list[Point]) -> None:
    """Append the end points of the chords Qt's rasteriser draws for a cubic Bézier: halve it
    until both control points lie within a sixth of a pixel of the chord (Hain's test)."""
    dx, dy = p3[0] - p0[0], p3[1] - p0[1]
    limit = math.hypot(dx, dy) / 6
    d1 = (p1[0] - p0[0], p1[1] - p0[1])
    d2 = (p2[0] - p0[0], p2[1] - p0[1])
    flat = (
        abs(dy * d1[0] - dx * d1[1]) <= limit
        and abs(dy * d2[0] - dx * d2[1]) <= limit
        and d1[0] * (d1[0] - dx) + d1[1] * (d1[1] - dy) <= 0
        and d2[0] * (d2[0] - dx) + d2[1] * (d2[1] - dy) <= 0
    )
    if flat:
        out.append(p3)
        return

    def mid(a: Point, b: Point) -> Point:
        return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2

    p01, p12, p23 = mid(p0, p1), mid(p1, p2), mid(p2, p3)
    p012, p123 = mid(p01, p12), mid(p12, p23)
    centre = mid(p012, p123)
    _flatten(p0, p01, p012, centre, out)
    _flatten(centre, p123, p23, p3, out)


def _ellipse(centre: Point, radius_x: float, radius_y: float) -> Floats:
    return np.array(_arc(centre, radius_x, radius_y, 0.0, 360.0)[:-1])


def _batch(polygon: Floats) -> Floats:
    return polygon[None, :, :]


def _stroke(path: Floats, closed: bool) -> Cover:
    """A round-joined, round-capped 2-pixel outline of `path` [point, xy]: a band along each
    segment and a disc at each corner, which is what Tiled's pen paints."""
    ends = np.concatenate([path, path[:1]]) if closed and len(path) > 2 else path
    start, end = ends[:-1], ends[1:]
    length = np.hypot(*(end - start).T)
    start, end, length = start[length > 0], end[length > 0], length[length > 0]
    normal = (end - start)[:, ::-1] * [-1.0, 1.0] / length[:, None] * PEN_RADIUS
    bands_ = np.stack([start + normal, end + normal, end - normal, start - normal], axis=1)
    # Every band wound one way, so that overlapping pieces add up rather than cancel.
    x, y = bands_[..., 0], bands_[..., 1]
    area = (x * _next(y) - _next(x) * y).sum(axis=1)
    bands_[area < 0] = bands_[area < 0, ::-1]
    return Cover([bands_], path, PEN_RADIUS)


def _ring(centre: Point, radius_x: float, radius_y: float) -> Cover:
    """An ellipse's outline: the band between the ellipses a pen's half-width out and in."""
    outer = _ellipse(centre, radius_x + PEN_RADIUS, radius_y + PEN_RADIUS)
    if radius_x <= PEN_RADIUS or radius_y <= PEN_RADIUS:
        return Cover([_batch(outer)])
    inner = _ellipse(centre, radius_x - PEN_RADIUS, radius_y - PEN_RADIUS)
    return Cover([_batch(outer), _batch(inner[::-1])])


def _pin() -> Floats:
    """Tiled's marker for a point object: an arc of 235 degrees closing in a tip at the point."""
    sweep = 235.0
    return np.array([*_arc((0.0, -20.0), 10.0, 10.0, 90.0 - sweep / 2, sweep), (0.0, 0.0)])


def _dot(centre: Point, radius: float) -> Cover:
    return Cover(discs=np.array([centre]), radius=radius)


class Pen:
    """Draws one shape object's parts in Tiled's order, at the layer's opacity."""

    def __init__(
        self,
        target: pygame.Surface,
        origin: Point,
        opacity: float,
        blender: Blender,
        colour: tuple[int, int, int] = SHAPE_COLOUR,
    ) -> None:
        self.target, self.origin, self.opacity, self.blender = target, origin, opacity, blender
        self.colour = colour

    def paint(self, cover: Cover, rgb: tuple[int, int, int], alpha: int) -> None:
        colour = (*rgb, round(alpha * self.opacity))
        for band, at in _fill(cover, colour, self.origin, self.target.get_size()):
            self.blender.draw(self.target, [(self.blender.adopt(band), at)], 1.0)

    def shape(self, outline: Cover, fill: Cover, shadow: Cover) -> None:
        self.paint(shadow, SHADOW_COLOUR, 255)
        self.paint(fill, self.colour, FILL_ALPHA)
        self.paint(outline, self.colour, 255)


def draw_shape(pen: Pen, obj: MapObject, offset: tuple[float, float]) -> None:
    """One shape object, in map pixels; rotation turns it about its position, as in Tiled."""
    angle = math.radians(obj.rotation)
    turn = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    at = (obj.x + offset[0], obj.y + offset[1])
    sizes = (*at, obj.width, obj.height, *(value for point in obj.points for value in point))
    if not all(abs(value) <= SHAPE_REACH for value in sizes):  # NaN fails too
        return

    def outlined(outline: Cover, fill: Cover) -> None:
        shadow = outline.moved(SHADOW_SHIFT)  # the shadow falls down-right of the turned shape
        pen.shape(outline.placed(turn, at), fill.placed(turn, at), shadow.placed(turn, at))

    box = (0.0, 0.0, obj.width, obj.height) if obj.width or obj.height else EMPTY_BOX
    x, y, w, h = box
    if obj.shape == "ellipse" and w and h:
        centre = (x + w / 2, y + h / 2)
        outlined(_ring(centre, w / 2, h / 2), Cover([_batch(_ellipse(centre, w / 2, h / 2))]))
    elif obj.shape in ("rectangle", "ellipse"):
        corners = np.array([(x, y), (x + w, y), (x + w, y + h), (x, y + h)])
        outlined(_stroke(corners, closed=True), Cover([_batch(corners)]))
    elif obj.shape in ("polygon", "polyline") and obj.points:
        path = np.array(obj.points) - (obj.x, obj.y)
        closed = obj.shape == "polygon"
        outlined(_stroke(path, closed), Cover([_batch(path)] if closed else []))
        dot = _dot((float(path[0, 0]), float(path[0, 1])), DOT_RADIUS)
        pen.paint(dot.moved(SHADOW_SHIFT).placed(turn, at), SHADOW_COLOUR, 255)
        pen.paint(dot.placed(turn, at), pen.colour, 255)
    elif obj.shape == "point":
        pin = _pin()
        outlined(_stroke(pin, closed=True), Cover([_batch(pin)]))
        pen.paint(_dot((0.0, -20.0), 10 / 3 + PEN_RADIUS).placed(turn, at), pen.colour, 255)
