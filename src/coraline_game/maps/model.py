"""The game's own map model: what the loader makes of a Tiled map.

Everything here is plain data. Positions are pixels in map space. Tile layers
hold indices into `GameMap.tile_images` (0 is empty), with Tiled's flips
already applied to the images.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pygame

PropertyValue = str | int | float | bool


@dataclass(frozen=True)
class MapObject:
    id: int
    name: str
    cls: str  # Tiled's object class (written as `type` or `class`); "" when none
    x: float  # top-left, also for tile objects
    y: float
    width: float
    height: float
    properties: Mapping[str, PropertyValue]  # contract defaults filled in for known classes
    layer: str
    points: tuple[tuple[float, float], ...] = ()  # absolute points of polygons and polylines
    shape: str = "rectangle"  # rectangle, ellipse, point, polygon, polyline, tile, text
    gid: int = 0  # tile objects: index into GameMap.tile_images
    visible: bool = True
    rotation: float = 0.0
    diagonal: bool = False  # a tile object flipped diagonally: Tiled swaps its box's sides

    @property
    def feet(self) -> tuple[float, float]:
        """Where a character placed by this object stands: the bottom centre of its box
        (for a point object, the point itself)."""
        return self.x + self.width / 2, self.y + self.height


@dataclass(frozen=True)
class TileLayer:
    name: str
    gids: tuple[Sequence[int], ...]  # [row][column]; rows are compact arrays, never modified
    visible: bool = True
    opacity: float = 1.0
    offset: tuple[float, float] = (0.0, 0.0)  # group offsets already added
    overhead: bool = False  # drawn above the actors


@dataclass(frozen=True)
class ObjectLayer:
    name: str
    objects: tuple[MapObject, ...]
    visible: bool = True
    opacity: float = 1.0
    offset: tuple[float, float] = (0.0, 0.0)
    draw_order: str = "topdown"  # Tiled's draworder: "topdown" (by y) or "index" (file order)
    colour: tuple[int, int, int] | None = None  # Tiled draws the layer's shapes in it


@dataclass(frozen=True)
class ImageLayer:
    name: str
    image: int  # index into GameMap.tile_images
    visible: bool = True
    opacity: float = 1.0
    offset: tuple[float, float] = (0.0, 0.0)
    repeat_x: bool = False  # Tiled 1.8's repeatx: the image repeats across the whole map
    repeat_y: bool = False


Layer = TileLayer | ObjectLayer | ImageLayer


def _offset(obj: MapObject, offset: tuple[float, float]) -> MapObject:
    dx, dy = offset
    if not dx and not dy:
        return obj
    points = tuple((x + dx, y + dy) for x, y in obj.points)
    return replace(obj, x=obj.x + dx, y=obj.y + dy, points=points)


@dataclass
class GameMap:
    path: Path
    width: int  # tiles
    height: int
    tile_width: int  # pixels
    tile_height: int
    layers: tuple[Layer, ...]  # draw order as Tiled draws them, groups flattened
    tile_images: list[pygame.Surface | None]
    # Per image index: the tileset's tileoffset, in pixels.
    tile_offsets: list[tuple[int, int]]
    solid: bytearray  # width*height cells, 1 where any layer holds a tile marked `solid`
    properties: Mapping[str, PropertyValue] = field(default_factory=dict)
    background_color: tuple[int, int, int, int] | None = None
    # Per image index of an animated tile: its frames as (image index, duration in ms).
    # Tiled draws a still map with each animation's first frame.
    tile_animations: Mapping[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_width, self.height * self.tile_height

    @property
    def objects(self) -> list[MapObject]:
        """Every object where it stands in the map: its layer's offset applied.

        Gameplay reads these; the renderer draws `ObjectLayer.objects` plus the offset.
        """
        return [
            _offset(o, layer.offset)
            for layer in self.layers
            if isinstance(layer, ObjectLayer)
            for o in layer.objects
        ]

    def objects_of(self, cls: str) -> list[MapObject]:
        return [o for o in self.objects if o.cls == cls]

    def is_solid(self, column: int, row: int) -> bool:
        """Cells outside the map count as solid: nobody walks off its edge."""
        if 0 <= column < self.width and 0 <= row < self.height:
            return bool(self.solid[row * self.width + column])
        return True
