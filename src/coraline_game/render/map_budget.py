"""What render-map may be asked to draw: a bounded image, and bounded drawing on it.

Tiles cost a blit each, whatever the map; what costs by the pixel is the image itself and the
objects drawn over it (every shape is rasterised three times, a scaled or turned tile object
is resampled), so both are counted before anything is drawn.
"""

from __future__ import annotations

import math

from coraline_game.maps.limits import MAX_RENDER_COVER, MAX_RENDER_PIXELS
from coraline_game.maps.model import GameMap, MapObject, ObjectLayer
from coraline_game.render.layers import map_extent
from coraline_game.render.shapes import SHAPE_REACH


def render_refusal(game_map: GameMap) -> str | None:
    """Why render-map will not draw this map, as a sentence; None when it will."""
    left, top, width, height = map_extent(game_map)
    if width * height > MAX_RENDER_PIXELS:
        return (
            f"the whole map would make an image of {width} x {height} pixels, more than"
            f" render-map's limit of {MAX_RENDER_PIXELS:,} pixels"
        )
    image = (left, top, left + width, top + height)
    cover = sum(
        _covered(obj, layer.offset, image)
        for layer in game_map.layers
        if isinstance(layer, ObjectLayer) and layer.visible
        for obj in layer.objects
        if obj.visible
    )
    if cover > MAX_RENDER_COVER:
        return (
            f"the map's shapes and tile objects cover {cover:,} pixels of the image together,"
            f" more than render-map's limit of {MAX_RENDER_COVER:,}"
        )
    return None


def _covered(obj: MapObject, offset: tuple[float, float], image: tuple[int, int, int, int]) -> int:
    """The pixels of the image the object's turned box reaches (points and polylines by their
    points), with room for the outline and the shadow."""
    x, y = obj.x + offset[0], obj.y + offset[1]
    sizes = (x, y, obj.width, obj.height, *(value for point in obj.points for value in point))
    if not all(abs(value) <= SHAPE_REACH for value in sizes):
        return 0  # never drawn (see shapes.py); NaN fails too
    # A polygon's or polyline's points are already where they stand in the map.
    corners = [(px + offset[0], py + offset[1]) for px, py in obj.points]
    corners = corners or _turned_box(obj, x, y)
    xs, ys = [cx for cx, _ in corners], [cy for _, cy in corners]
    left, right = max(min(xs) - 22, image[0]), min(max(xs) + 22, image[2])
    top, bottom = max(min(ys) - 22, image[1]), min(max(ys) + 22, image[3])
    return max(0, math.ceil(right - left)) * max(0, math.ceil(bottom - top))


def _turned_box(obj: MapObject, x: float, y: float) -> list[tuple[float, float]]:
    """The box's corners turned about its anchor as Tiled turns it: a tile object about its
    bottom-left, anything else about its top-left."""
    angle = math.radians(obj.rotation)
    cos, sin = math.cos(angle), math.sin(angle)
    anchor_y = y + obj.height if obj.gid else y
    corners = []
    for dx, dy in ((0, 0), (obj.width, 0), (0, obj.height), (obj.width, obj.height)):
        ry = dy - obj.height if obj.gid else dy
        corners.append((x + dx * cos - ry * sin, anchor_y + dx * sin + ry * cos))
    return corners
