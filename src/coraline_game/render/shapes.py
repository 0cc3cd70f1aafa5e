"""Shape objects drawn the way Tiled draws them, for whole-map images (`render-map`).

Tiled draws each shape as a black shadow one pixel down-right, a fill of the object colour at
alpha 50 and a 2-pixel antialiased outline; polygons and polylines get a dot at their first
point, points a pin. The polygons are filled by an exact-area rasteriser (coverage per pixel),
which is what makes the antialiased edges match Qt's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, groupby, pairwise
from typing import Protocol

import pygame

from coraline_game.maps.model import MapObject

Blit = tuple[pygame.Surface, tuple[int, int]]
Point = tuple[float, float]
Polygon = Sequence[Point]
Colour = tuple[int, int, int, int]

SHAPE_COLOUR = (160, 160, 164)  # Qt::gray: Tiled's object colour when the layer sets none
SHADOW_COLOUR = (0, 0, 0)
FILL_ALPHA = 50
PEN_RADIUS = 1.0  # Tiled's object outline is 2 pixels wide
DOT_RADIUS = 4.0  # the first point of a polygon or polyline: a point of a pen 4 times as wide
SHADOW_SHIFT = (1.0, 1.0)
DISC_STEPS = 64
EMPTY_BOX = (-10.0, -10.0, 20.0, 20.0)  # what Tiled draws for a shape object without a size


class Blender(Protocol):
    """How drawn pixels are composed (see layers.py: straight or premultiplied alpha)."""

    def adopt(self, image: pygame.Surface) -> pygame.Surface: ...

    def draw(self, target: pygame.Surface, blits: list[Blit], opacity: float) -> None: ...


def _accumulate_edge(acc: list[float], width: int, start: Point, end: Point) -> None:
    """Add one polygon edge's exact area coverage to `acc` (rows of `width` cells, one more
    than the pixels): a running sum along each row then gives every pixel's coverage."""
    (x0, y0), (x1, y1) = start, end
    if y0 == y1:
        return
    direction = 1.0
    if y0 > y1:
        (x0, y0), (x1, y1), direction = (x1, y1), (x0, y0), -1.0
    slope = (x1 - x0) / (y1 - y0)
    for row in range(math.floor(y0), math.ceil(y1)):
        top, bottom = max(float(row), y0), min(row + 1.0, y1)
        xa, xb = x0 + (top - y0) * slope, x0 + (bottom - y0) * slope
        amount = (bottom - top) * direction
        base = row * width
        low, high = min(xa, xb), max(xa, xb)
        first = math.floor(low)
        last = math.ceil(high)
        if last <= first + 1:  # the edge stays inside one pixel of this row
            inside = (xa + xb) / 2 - first
            acc[base + first] += amount * (1 - inside)
            acc[base + first + 1] += amount * inside
            continue
        # Across several pixels: a triangle in the first and last, even shares in between.
        share = 1 / (high - low)
        first_part = 0.5 * share * (1 - (low - first)) ** 2
        last_part = 0.5 * share * (high - last + 1) ** 2
        acc[base + first] += amount * first_part
        if last == first + 2:
            acc[base + first + 1] += amount * (1 - first_part - last_part)
        else:
            second = share * (1.5 - (low - first))
            acc[base + first + 1] += amount * (second - first_part)
            for column in range(first + 2, last - 1):
                acc[base + column] += amount * share
            before_last = second + (last - first - 3) * share
            acc[base + last - 1] += amount * (1 - before_last - last_part)
        acc[base + last] += amount * last_part


def _edges(polygon: Polygon) -> Iterator[tuple[Point, Point]]:
    return pairwise([*polygon, polygon[0]])


def _oriented(polygon: Polygon) -> Polygon:
    """The polygon wound one way, so that overlapping pieces add up rather than cancel."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in _edges(polygon))
    return polygon if area >= 0 else polygon[::-1]


def _fill(polygons: Sequence[Polygon], colour: Colour, origin: Point) -> Blit | None:
    """The polygons filled as one antialiased shape, as Qt's rasteriser does: each pixel takes
    its covered area (overlapping polygons add up, capped at whole). Blended onto the target
    at once, as one stroke or fill of Qt's is."""
    points = [p for polygon in polygons for p in polygon]
    if not points or colour[3] <= 0:
        return None
    left = math.floor(min(x for x, _ in points) - origin[0])
    top = math.floor(min(y for _, y in points) - origin[1])
    width = math.ceil(max(x for x, _ in points) - origin[0]) - left + 1
    height = math.ceil(max(y for _, y in points) - origin[1]) - top + 1
    acc = [0.0] * ((width + 1) * height)
    shift = (origin[0] + left, origin[1] + top)
    for polygon in polygons:
        local = [(x - shift[0], y - shift[1]) for x, y in polygon]
        for start, end in _edges(local):
            _accumulate_edge(acc, width + 1, start, end)
    layer = pygame.Surface((width, height), pygame.SRCALPHA)
    for row, column, length, alpha in _coverage_runs(acc, width, height, colour[3]):
        layer.fill((*colour[:3], alpha), (column, row, length, 1))
    return layer, (left, top)


def _coverage_runs(
    acc: list[float], width: int, height: int, full: int
) -> Iterator[tuple[int, int, int, int]]:
    """(row, column, length, alpha) runs of equal alpha, `full` being a whole pixel's alpha."""
    for row in range(height):
        sums = accumulate(acc[row * (width + 1) : row * (width + 1) + width])
        column = 0
        for alpha, run in groupby(round(min(abs(s), 1.0) * full) for s in sums):
            length = sum(1 for _ in run)
            if alpha:
                yield row, column, length, alpha
            column += length


def _arc(centre: Point, radius_x: float, radius_y: float, start: float, sweep: float) -> Polygon:
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


def _ellipse(centre: Point, radius_x: float, radius_y: float) -> Polygon:
    return _arc(centre, radius_x, radius_y, 0.0, 360.0)[:-1]


def _disc(centre: Point, radius: float) -> Polygon:
    """A pen's round cap or join, or a thick point. Tiled's come out nearly exactly round
    (measured: a corner pixel of a rectangle's outline is covered pi/4), unlike its ellipses."""
    cx, cy = centre
    steps = DISC_STEPS
    return [
        (
            cx + radius * math.cos(2 * math.pi * i / steps),
            cy + radius * math.sin(2 * math.pi * i / steps),
        )
        for i in range(steps)
    ]


def _stroke(path: Polygon, closed: bool) -> list[Polygon]:
    """A round-joined, round-capped 2-pixel outline of `path`: a band along each segment and a
    disc at each corner, which is what Tiled's pen paints."""
    pieces: list[Polygon] = [_disc(p, PEN_RADIUS) for p in path]
    segments = list(pairwise(path))
    if closed and len(path) > 2:
        segments.append((path[-1], path[0]))
    for (x0, y0), (x1, y1) in segments:
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            continue
        nx, ny = -(y1 - y0) / length * PEN_RADIUS, (x1 - x0) / length * PEN_RADIUS
        pieces.append(
            _oriented(
                [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]
            )
        )
    return pieces


def _ring(centre: Point, radius_x: float, radius_y: float) -> list[Polygon]:
    """An ellipse's outline: the band between the ellipses a pen's half-width out and in."""
    outer = _ellipse(centre, radius_x + PEN_RADIUS, radius_y + PEN_RADIUS)
    if radius_x <= PEN_RADIUS or radius_y <= PEN_RADIUS:
        return [outer]
    inner = _ellipse(centre, radius_x - PEN_RADIUS, radius_y - PEN_RADIUS)
    return [outer, inner[::-1]]


def _pin() -> Polygon:
    """Tiled's marker for a point object: an arc of 235 degrees closing in a tip at the point."""
    sweep = 235.0
    return [*_arc((0.0, -20.0), 10.0, 10.0, 90.0 - sweep / 2, sweep), (0.0, 0.0)]


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

    def paint(self, polygons: Sequence[Polygon], rgb: tuple[int, int, int], alpha: int) -> None:
        filled = _fill(polygons, (*rgb, round(alpha * self.opacity)), self.origin)
        if filled:
            self.blender.draw(self.target, [(self.blender.adopt(filled[0]), filled[1])], 1.0)

    def shape(self, outline: list[Polygon], fill: Sequence[Polygon], shadow: list[Polygon]) -> None:
        self.paint(shadow, SHADOW_COLOUR, 255)
        self.paint(fill, self.colour, FILL_ALPHA)
        self.paint(outline, self.colour, 255)


def _moved(polygons: Iterable[Polygon], by: Point) -> list[Polygon]:
    return [[(x + by[0], y + by[1]) for x, y in polygon] for polygon in polygons]


def draw_shape(pen: Pen, obj: MapObject, offset: tuple[float, float]) -> None:
    """One shape object, in map pixels; rotation turns it about its position, as in Tiled."""
    angle = math.radians(obj.rotation)
    cos, sin = math.cos(angle), math.sin(angle)
    px, py = obj.x + offset[0], obj.y + offset[1]

    def placed(polygons: Iterable[Polygon]) -> list[Polygon]:
        return [[(px + x * cos - y * sin, py + x * sin + y * cos) for x, y in p] for p in polygons]

    def outlined(outline: list[Polygon], fill: Sequence[Polygon]) -> None:
        pen.shape(placed(outline), placed(fill), placed(_moved(outline, SHADOW_SHIFT)))

    box = (0.0, 0.0, obj.width, obj.height) if obj.width or obj.height else EMPTY_BOX
    x, y, w, h = box
    if obj.shape == "ellipse" and w and h:
        centre = (x + w / 2, y + h / 2)
        outlined(_ring(centre, w / 2, h / 2), [_ellipse(centre, w / 2, h / 2)])
    elif obj.shape in ("rectangle", "ellipse"):
        corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        outlined(_stroke(corners, closed=True), [corners])
    elif obj.shape in ("polygon", "polyline") and obj.points:
        path = [(ax - obj.x, ay - obj.y) for ax, ay in obj.points]
        closed = obj.shape == "polygon"
        outlined(_stroke(path, closed), [path] if closed else [])
        dot = [_disc(path[0], DOT_RADIUS)]
        pen.paint(placed(_moved(dot, SHADOW_SHIFT)), SHADOW_COLOUR, 255)
        pen.paint(placed(dot), pen.colour, 255)
    elif obj.shape == "point":
        pin = _pin()
        outlined(_stroke(pin, closed=True), [pin])
        centre = (0.0, -20.0)
        pen.paint(placed([_disc(centre, 10 / 3 + PEN_RADIUS)]), pen.colour, 255)
