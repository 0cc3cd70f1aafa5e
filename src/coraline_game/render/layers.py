"""Draw map layers the way Tiled draws them, into any target surface.

Shared by the chunk baker (the game) and the whole-map image (`render-map`). What Tiled 1.8's
renderer (and so `tmxrasterizer`) does, measured against it:

- Tiles are anchored at the bottom-left of their cell and shifted by the tileset's tile
  offset and the layer's offset (groups' offsets included); a fractional position is rounded
  half up, as QPainter places an unscaled image.
- Opacity applies to each tile or object as it is drawn, not to the layer as a whole, so
  overlapping tiles of one translucent layer show through each other.
- Tile objects are scaled to their box, smoothly (bilinear); in the default "topdown" draw
  order they are drawn sorted by their y.
- Only `map_image` draws shapes (the game's objects are invisible markers), see shapes.py.
  Text is left out: it depends on the fonts installed.
- The whole-map image leaves the background colour out and grows by every layer's offset.
"""

from __future__ import annotations

import math

import pygame

from coraline_game.maps.model import GameMap, ImageLayer, Layer, MapObject, ObjectLayer, TileLayer
from coraline_game.render.shapes import SHAPE_COLOUR, Blit, Pen, draw_shape


def _snap(value: float) -> int:
    """Where QPainter puts an unscaled image given at a fractional position: halves go up."""
    return math.floor(value + 0.5)


# --- tile layers ------------------------------------------------------------------------------


def _tile_blits(
    game_map: GameMap,
    layer: TileLayer,
    origin: tuple[int, int],
    cells: pygame.Rect,
    blender: _Blender,
) -> list[Blit]:
    """(image, position) pairs for the layer's tiles in `cells`, relative to `origin` pixels."""
    tw, th = game_map.tile_width, game_map.tile_height
    # Cells and tile offsets are whole pixels: only the layer's offset needs rounding.
    ox = _snap(layer.offset[0]) - origin[0]
    oy = _snap(layer.offset[1]) - origin[1]
    images, offsets = game_map.tile_images, game_map.tile_offsets
    blits = []
    for row in range(max(cells.top, 0), min(cells.bottom, game_map.height)):
        gids = layer.gids[row]
        bottom = (row + 1) * th + oy
        for column in range(max(cells.left, 0), min(cells.right, game_map.width)):
            gid = gids[column]
            if not gid:
                continue
            image = images[gid]
            if image is None:
                continue
            dx, dy = offsets[gid]
            at = (column * tw + ox + dx, bottom - image.get_height() + dy)
            blits.append((blender.prepare(image), at))
    return blits


def _visible_cells(
    target: pygame.Surface, game_map: GameMap, layer: TileLayer, origin: tuple[int, int]
) -> pygame.Rect:
    """The cells whose tiles may reach `target`. A tile reaches right and up from its cell's
    bottom-left corner, as far as it is wide and tall, shifted by its tileset's offset."""
    tw, th = game_map.tile_width, game_map.tile_height
    images = [i for i in game_map.tile_images if i]
    widest = max((i.get_width() for i in images), default=tw)
    tallest = max((i.get_height() for i in images), default=th)
    dxs = [dx for dx, _ in game_map.tile_offsets] or [0]
    dys = [dy for _, dy in game_map.tile_offsets] or [0]
    left = origin[0] - _snap(layer.offset[0])
    top = origin[1] - _snap(layer.offset[1])
    first_column = (left - max(dxs) - widest) // tw
    last_column = (left + target.get_width() - min(dxs)) // tw
    first_row = (top - max(dys)) // th - 1
    last_row = (top + target.get_height() + tallest - min(dys)) // th
    return pygame.Rect(
        first_column, first_row, last_column - first_column + 1, last_row - first_row + 1
    )


class _Straight:
    """Straight alpha, the game's way: its chunks are drawn onto opaque ground, where blending
    straight colours is exact and pygame's blits are fastest."""

    def prepare(self, image: pygame.Surface) -> pygame.Surface:
        return image

    def adopt(self, image: pygame.Surface) -> pygame.Surface:
        return image

    def draw(self, target: pygame.Surface, blits: list[Blit], opacity: float) -> None:
        """One batched blit; a translucent layer lends each image its opacity for the call
        only (the images are shared), so every tile is blended on its own, as Tiled does."""
        if opacity >= 1:
            target.fblits(blits)
            return
        images = list({id(image): image for image, _ in blits}.values())
        saved = [image.get_alpha() for image in images]
        for image in images:
            image.set_alpha(round(opacity * 255))
        try:
            target.fblits(blits)
        finally:
            for image, before in zip(images, saved, strict=True):
                image.set_alpha(before)


class _Premultiplied:
    """Premultiplied alpha, Qt's way, for whole-map images: translucent pixels then stack over
    translucent ones as in Tiled (pygame's straight blend of two translucent pixels is off),
    and smooth scaling mixes colours by their alpha. `_unpremultiply` turns the result back."""

    def __init__(self) -> None:
        # Keyed by id, the image held with its copy so that its id is not reused meanwhile.
        self._prepared: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}
        self._faded: dict[tuple[int, int], tuple[pygame.Surface, pygame.Surface]] = {}

    def prepare(self, image: pygame.Surface) -> pygame.Surface:
        """A shared image's premultiplied copy, made once."""
        if id(image) not in self._prepared:
            self._prepared[id(image)] = (image, self.adopt(image))
        return self._prepared[id(image)][1]

    def adopt(self, image: pygame.Surface) -> pygame.Surface:
        """A premultiplied copy with per-pixel alpha; a colour key becomes transparency."""
        rgba = pygame.Surface(image.get_size(), pygame.SRCALPHA)
        rgba.blit(image, (0, 0))
        return rgba.premul_alpha()

    def draw(self, target: pygame.Surface, blits: list[Blit], opacity: float) -> None:
        if opacity < 1:
            blits = [(self._fade(image, round(opacity * 255)), at) for image, at in blits]
        target.fblits(blits, pygame.BLEND_PREMULTIPLIED)

    def _fade(self, image: pygame.Surface, level: int) -> pygame.Surface:
        """A prepared image at an opacity: every premultiplied channel scaled, made once."""
        key = (id(image), level)
        if key not in self._faded:
            faded = image.copy()
            faded.fill((level, level, level, level), special_flags=pygame.BLEND_RGBA_MULT)
            self._faded[key] = (image, faded)
        return self._faded[key][1]


_Blender = _Straight | _Premultiplied


def _unpremultiply(surface: pygame.Surface) -> None:
    """Back to straight alpha for saving. Opaque and empty pixels need nothing; only the
    translucent ones (few, on most maps) are divided, pixel by pixel."""
    translucent = pygame.mask.from_surface(surface, 0)
    translucent.erase(pygame.mask.from_surface(surface, 254), (0, 0))
    for box in translucent.get_bounding_rects():
        for y in range(box.top, box.bottom):
            for x in range(box.left, box.right):
                if translucent.get_at((x, y)):
                    translucent.set_at((x, y), 0)  # bounding boxes may overlap: once only
                    r, g, b, a = surface.get_at((x, y))
                    surface.set_at(
                        (x, y), (*(min(255, (c * 255 + a // 2) // a) for c in (r, g, b)), a)
                    )


# --- tile objects -----------------------------------------------------------------------------


def _smooth_scale(image: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """Bilinear scaling as Qt's smooth pixmap transform does it: pixel centres map onto pixel
    centres and the edges clamp. pygame's smoothscale lines up the outer pixels instead."""
    columns = _resample(image, size[0], horizontal=True)
    return _resample(columns, size[1], horizontal=False)


def _resample(image: pygame.Surface, length: int, *, horizontal: bool) -> pygame.Surface:
    """Resample one axis, a line of pixels at a time: each output line mixes two input lines."""
    width, height = image.get_size()
    source = width if horizontal else height
    if length == source:
        return image
    out = pygame.Surface((length, height) if horizontal else (width, length), pygame.SRCALPHA)
    for index in range(length):
        centre = (index + 0.5) * source / length - 0.5
        first = math.floor(centre)
        weight = centre - first
        for line, share in ((first, 1 - weight), (first + 1, weight)):
            level = round(share * 255)
            if level == 0:
                continue
            clamped = min(max(line, 0), source - 1)
            area = (clamped, 0, 1, height) if horizontal else (0, clamped, width, 1)
            strip = image.subsurface(area).copy()
            strip.fill((level, level, level, level), special_flags=pygame.BLEND_RGBA_MULT)
            at = (index, 0) if horizontal else (0, index)
            out.blit(strip, at, special_flags=pygame.BLEND_RGBA_ADD)
    return out


def _tile_object_blit(
    game_map: GameMap,
    obj: MapObject,
    offset: tuple[float, float],
    view: pygame.Rect,
    blender: _Blender,
) -> Blit | None:
    """The object's image scaled to its box, or None where it misses `view` (map pixels): a
    chunk skips scaling what it does not show. Tiled scales the tile offset with the tile."""
    shared = game_map.tile_images[obj.gid]
    if shared is None:
        return None
    width, height = shared.get_size()
    scale_x = obj.width / width if width else 1.0
    scale_y = obj.height / height if height else 1.0
    dx, dy = game_map.tile_offsets[obj.gid]
    box = pygame.Rect(
        _snap(obj.x + offset[0] + dx * scale_x),
        _snap(obj.y + offset[1] + dy * scale_y),
        round(obj.width),
        round(obj.height),
    )
    if box.width <= 0 or box.height <= 0 or not box.colliderect(view):
        return None
    image = blender.prepare(shared)
    if box.size != image.get_size():
        image = _smooth_scale(image, box.size)
    return image, (box.left - view.left, box.top - view.top)


def _drawing_order(layer: ObjectLayer) -> list[MapObject]:
    """File order for draworder "index"; else Tiled's default "topdown": by the y Tiled
    stores, which for a tile object is its bottom."""
    if layer.draw_order == "index":
        return list(layer.objects)
    return sorted(layer.objects, key=lambda o: o.y + o.height if o.shape == "tile" else o.y)


# --- layers -----------------------------------------------------------------------------------


def _draw_objects(
    target: pygame.Surface,
    game_map: GameMap,
    layer: ObjectLayer,
    origin: tuple[int, int],
    decor_only: bool,
    blender: _Blender | None,
) -> None:
    """Tile objects in batches. With a blender for shapes (whole-map images only), a shape in
    between is drawn in its turn."""
    ink = blender or _STRAIGHT
    pen = Pen(target, origin, layer.opacity, ink, layer.colour or SHAPE_COLOUR)
    view = pygame.Rect(origin, target.get_size())
    blits: list[Blit] = []
    for obj in _drawing_order(layer):
        if not obj.visible or (decor_only and obj.cls):
            continue
        if obj.gid:
            blit = _tile_object_blit(game_map, obj, layer.offset, view, ink)
            blits.extend([blit] if blit else [])
        elif blender is not None:
            ink.draw(target, blits, layer.opacity)
            blits = []
            draw_shape(pen, obj, layer.offset)
    ink.draw(target, blits, layer.opacity)


def _image_blits(
    game_map: GameMap, layer: ImageLayer, origin: tuple[int, int], blender: _Blender
) -> list[Blit]:
    image = game_map.tile_images[layer.image]
    if image is None:
        return []
    x, y = _snap(layer.offset[0]) - origin[0], _snap(layer.offset[1]) - origin[1]
    return [(blender.prepare(image), (x, y))]


def _draw_layer(
    target: pygame.Surface,
    game_map: GameMap,
    layer: Layer,
    origin: tuple[int, int],
    blender: _Blender,
    *,
    decor_only: bool = False,
    shapes: bool = False,
) -> None:
    if not layer.visible or layer.opacity <= 0:
        return
    if isinstance(layer, ObjectLayer):
        _draw_objects(target, game_map, layer, origin, decor_only, blender if shapes else None)
        return
    if isinstance(layer, TileLayer):
        cells = _visible_cells(target, game_map, layer, origin)
        blits = _tile_blits(game_map, layer, origin, cells, blender)
    else:
        blits = _image_blits(game_map, layer, origin, blender)
    if blits:
        blender.draw(target, blits, layer.opacity)


_STRAIGHT = _Straight()


def draw_layer(
    target: pygame.Surface,
    game_map: GameMap,
    layer: Layer,
    origin: tuple[int, int] = (0, 0),
    *,
    decor_only: bool = False,
) -> None:
    """Draw one visible layer into `target`, whose top-left is map pixel `origin`, in straight
    alpha. `decor_only` leaves out classed objects (the game makes entities of them); shape
    objects are never drawn: in the game they are invisible markers."""
    _draw_layer(target, game_map, layer, origin, _STRAIGHT, decor_only=decor_only)


def map_bounds(game_map: GameMap) -> pygame.Rect:
    """The area Tiled renders a whole map into: the map, grown on each side by the farthest
    any layer is offset that way (hidden layers too; an image layer by its offset only)."""
    width, height = game_map.pixel_size
    offsets = [layer.offset for layer in game_map.layers]
    left, top, right, bottom = (
        max([0, *(math.ceil(side) for side in sides)])
        for sides in (
            [-x for x, _ in offsets],
            [-y for _, y in offsets],
            [x for x, _ in offsets],
            [y for _, y in offsets],
        )
    )
    return pygame.Rect(-left, -top, width + left + right, height + top + bottom)


def map_image(game_map: GameMap) -> pygame.Surface:
    """The whole map as one image, as tmxrasterizer draws it: every visible layer in Tiled's
    order, shape objects included, no background colour."""
    bounds = map_bounds(game_map)
    surface = pygame.Surface(bounds.size, pygame.SRCALPHA)
    blender = _Premultiplied()
    for layer in game_map.layers:
        _draw_layer(surface, game_map, layer, bounds.topleft, blender, shapes=True)
    _unpremultiply(surface)
    return surface
