"""Draw map layers the way Tiled draws them, into any target surface.

Shared by the chunk baker (the game) and the whole-map image (`render-map`). What Tiled 1.8's
renderer (and so `tmxrasterizer`) does, measured against it:

- Tiles are anchored at the bottom-left of their cell and shifted by the tileset's tile
  offset and the layer's offset (groups' offsets included); a fractional position is rounded
  half up, as QPainter places an unscaled image.
- Opacity applies to each tile or object as it is drawn, not to the layer as a whole, so
  overlapping tiles of one translucent layer show through each other.
- An animated tile shows its first frame, at the size of the tile's own image.
- Tile objects are scaled to their box, smoothly (bilinear), and turned clockwise by their
  rotation about their bottom-left corner; a diagonal flip turns the box a quarter. An
  upright scaled one fills its box's edges rounded half up; a turned one, the pixels whose
  centres fall inside, right and bottom edges included. In the default "topdown" draw order
  they are drawn sorted by their y.
- A repeated image layer repeats across the whole target, in step with its offset.
- Only `map_image` draws shapes (the game's objects are invisible markers), see shapes.py.
  Text is left out: it depends on the fonts installed.
- The whole-map image leaves the background colour out and grows by every layer's offset.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Mapping
from functools import partial

import pygame

from coraline_game.maps.model import GameMap, ImageLayer, Layer, MapObject, ObjectLayer, TileLayer
from coraline_game.render.affine import BAND_PIXELS, Affine

Blit = tuple[pygame.Surface, tuple[int, int]]

BAND_CELLS = 4096  # cells of a tile layer drawn per batch
BRICK = 256  # pixels: the least side of a repeated image layer's piece
KEPT_PIXELS = 1_048_576  # premultiplied copies of shared images kept (4 MiB), and faded ones
FAR = 10**12  # pixels: farther out than this, an object or offset never shows in an image


Phase = Mapping[int, int]  # animated tile's image index -> the index of the frame it shows
NO_PHASE: Phase = {}


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
    phase: Phase,
) -> list[Blit]:
    """(image, position) pairs for the layer's tiles in `cells`, relative to `origin` pixels;
    an animated tile shows the frame `phase` gives it (its first when none)."""
    tw, th = game_map.tile_width, game_map.tile_height
    # Cells and tile offsets are whole pixels: only the layer's offset needs rounding.
    ox = _snap(layer.offset[0]) - origin[0]
    oy = _snap(layer.offset[1]) - origin[1]
    images, offsets = game_map.tile_images, game_map.tile_offsets
    animations = game_map.tile_animations
    stills: dict[int, pygame.Surface | None] = {}
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
            shown: pygame.Surface | None
            if gid in animations:
                if gid not in stills:
                    stills[gid] = _frame_image(game_map, gid, blender, phase)
                shown = stills[gid]
            else:
                shown = blender.prepare(image)
            if shown is not None:
                dx, dy = offsets[gid]
                blits.append((shown, (column * tw + ox + dx, bottom - image.get_height() + dy)))
    return blits


def _frame_image(
    game_map: GameMap, index: int, blender: _Blender, phase: Phase
) -> pygame.Surface | None:
    """What Tiled draws in a cell of an animated tile: a frame's image (in a still picture the
    first), in the place and at the size of the tile's own (scaled, where an image
    collection's differ)."""
    frames = game_map.tile_animations[index]
    shown = frames[min(phase.get(index, 0), len(frames) - 1)][0]
    own, frame = game_map.tile_images[index], game_map.tile_images[shown]
    if own is None or frame is None:
        return None
    image = blender.prepare(frame)
    if frame.get_size() == own.get_size():
        return image
    from coraline_game.render.pixels import scaled  # numpy, only for such frames

    return scaled(image, own.get_size())


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


class _Copies:
    """Copies made of images, kept while they fit in KEPT_PIXELS, the least recently used
    dropped first: a map showing a few hundred distinct tiles makes each copy once, one
    showing tens of thousands holds no more than the budget."""

    def __init__(self) -> None:
        # Each copy is held with its source, so that the source's id (in the key) is not
        # reused while the copy is kept.
        self._kept: OrderedDict[Hashable, tuple[pygame.Surface, pygame.Surface]] = OrderedDict()
        self._copies: set[int] = set()  # ids of the copies kept
        self._pixels = 0

    def get(self, key: Hashable) -> pygame.Surface | None:
        entry = self._kept.get(key)
        if entry is None:
            return None
        self._kept.move_to_end(key)
        return entry[1]

    def keep(self, key: Hashable, source: pygame.Surface, copy: pygame.Surface) -> None:
        self._kept[key] = (source, copy)
        self._copies.add(id(copy))
        self._pixels += copy.get_width() * copy.get_height()
        while self._pixels > KEPT_PIXELS and len(self._kept) > 1:
            _, (_, dropped) = self._kept.popitem(last=False)
            self._copies.discard(id(dropped))
            self._pixels -= dropped.get_width() * dropped.get_height()

    def made(self, copy: pygame.Surface) -> bool:
        return id(copy) in self._copies


class _Premultiplied:
    """Premultiplied alpha, Qt's way, for whole-map images: translucent pixels then stack over
    translucent ones as in Tiled (pygame's straight blend of two translucent pixels is off),
    and smooth scaling mixes colours by their alpha. `unpremultiply` turns the result back."""

    def __init__(self) -> None:
        self._prepared = _Copies()  # by the shared image's id
        self._faded = _Copies()  # by (the prepared copy's id, opacity level)

    def prepare(self, image: pygame.Surface) -> pygame.Surface:
        """A shared image's premultiplied copy."""
        copy = self._prepared.get(id(image))
        if copy is None:
            copy = self.adopt(image)
            self._prepared.keep(id(image), image, copy)
        return copy

    def adopt(self, image: pygame.Surface) -> pygame.Surface:
        """A premultiplied copy with per-pixel alpha; a colour key becomes transparency."""
        rgba = pygame.Surface(image.get_size(), pygame.SRCALPHA)
        rgba.blit(image, (0, 0))
        return rgba.premul_alpha()

    def draw(self, target: pygame.Surface, blits: list[Blit], opacity: float) -> None:
        if opacity < 1:
            level = round(opacity * 255)
            distinct = {id(image): image for image, _ in blits}
            faded = {key: self._fade(image, level) for key, image in distinct.items()}
            blits = [(faded[id(image)], at) for image, at in blits]
        target.fblits(blits, pygame.BLEND_PREMULTIPLIED)

    def _fade(self, image: pygame.Surface, level: int) -> pygame.Surface:
        """A prepared image at an opacity: every premultiplied channel scaled. A shared image's
        is kept; one made for a single draw (a scaled tile object) is not."""
        faded = self._faded.get((id(image), level))
        if faded is None:
            faded = image.copy()
            faded.fill((level, level, level, level), special_flags=pygame.BLEND_RGBA_MULT)
            if self._prepared.made(image):
                self._faded.keep((id(image), level), image, faded)
        return faded


_Blender = _Straight | _Premultiplied


# --- tile objects -----------------------------------------------------------------------------


def _still(game_map: GameMap, index: int) -> int:
    """The image Tiled shows of a tile in a still picture: an animation's first frame."""
    frames = game_map.tile_animations.get(index)
    return frames[0][0] if frames else index


def _tile_object_blits(
    game_map: GameMap,
    obj: MapObject,
    offset: tuple[float, float],
    view: pygame.Rect,
    blender: _Blender,
) -> Iterator[Blit]:
    """The object's image scaled to its box and turned by its rotation, clipped to `view`
    (map pixels): a chunk resamples only what it shows."""
    index = _still(game_map, obj.gid)
    shared = game_map.tile_images[index]
    if shared is None or obj.width <= 0 or obj.height <= 0:
        return
    size = shared.get_size()
    footprint = _footprint(obj, size, game_map.tile_offsets[index])
    corner = (obj.x + offset[0], obj.y + obj.height + offset[1])
    if not all(abs(value) < FAR for value in (*footprint, *corner)):  # NaN fails too
        return
    inverse: Affine | None
    if obj.rotation % 360 or obj.diagonal:  # Qt draws a diagonal flip turned a quarter
        box, inverse = _turned_box(footprint, corner, obj.rotation, size)
    else:
        box, inverse = _upright_box(footprint, corner, size)
    area = _clip(box, view)
    if area is None:
        return
    image = blender.prepare(shared)
    if inverse is None:
        yield image, (box[0] - view.left, box[1] - view.top)
        return
    upright = not (obj.rotation % 360 or obj.diagonal)
    from coraline_game.render.pixels import resample, rgba_array  # numpy, only when turned

    for band, (x, y) in resample(rgba_array(image), inverse, area, whole=upright):
        yield band, (x - view.left, y - view.top)


def _footprint(
    obj: MapObject, size: tuple[int, int], tile_offset: tuple[int, int]
) -> tuple[float, float, float, float]:
    """Where the image goes, before any rotation, relative to the object's bottom-left corner:
    (left, top, width, height). Tiled scales the tile offset with the tile, and draws a
    diagonally flipped tile turned a quarter, so that its box's sides swap."""
    width, height = size  # the image's, flipped
    if obj.diagonal:
        scale_x, scale_y, across, down = (
            obj.width / height,
            obj.height / width,
            obj.height,
            obj.width,
        )
    else:
        scale_x, scale_y, across, down = (
            obj.width / width,
            obj.height / height,
            obj.width,
            obj.height,
        )
    return tile_offset[0] * scale_x, tile_offset[1] * scale_y - down, across, down


Box = tuple[int, int, int, int]  # left, top, right, bottom: plain numbers, however far out


def _clip(box: Box, view: pygame.Rect) -> pygame.Rect | None:
    left, top = max(box[0], view.left), max(box[1], view.top)
    right, bottom = min(box[2], view.right), min(box[3], view.bottom)
    return (
        pygame.Rect(left, top, right - left, bottom - top)
        if left < right and top < bottom
        else None
    )


def _upright_box(
    footprint: tuple[float, float, float, float],
    corner: tuple[float, float],
    size: tuple[int, int],
) -> tuple[Box, Affine | None]:
    """An unrotated object's box in whole pixels, and the map from the footprint onto the
    image (None when the image fits unscaled). Qt fills the footprint's edges rounded, halves
    up, sampling through the exact map."""
    left, top, across, down = footprint
    left, top = corner[0] + left, corner[1] + top
    x0, y0 = _snap(left), _snap(top)
    if (across, down) == size:
        return (x0, y0, x0 + size[0], y0 + size[1]), None
    kx, ky = size[0] / across, size[1] / down
    return (x0, y0, _snap(left + across), _snap(top + down)), (
        kx,
        0.0,
        -left * kx,
        0.0,
        ky,
        -top * ky,
    )


def _turned_box(
    footprint: tuple[float, float, float, float],
    corner: tuple[float, float],
    rotation: float,
    size: tuple[int, int],
) -> tuple[Box, Affine]:
    """A rotated object's bounding box in whole pixels, and the map from it onto the image.
    Tiled turns a tile object clockwise about its bottom-left corner, the point it stores."""
    left, top, across, down = footprint
    kx, ky = size[0] / across, size[1] / down
    px, py = corner
    angle = math.radians(rotation)
    cos, sin = math.cos(angle), math.sin(angle)
    corners = [
        (px + x * cos - y * sin, py + x * sin + y * cos)
        for x in (left, left + across)
        for y in (top, top + down)
    ]
    x0 = math.floor(min(x for x, _ in corners))
    y0 = math.floor(min(y for _, y in corners))
    x1 = math.ceil(max(x for x, _ in corners))
    y1 = math.ceil(max(y for _, y in corners))
    # Turned back about the corner, then from the footprint onto the image.
    inverse = (
        cos * kx,
        sin * kx,
        -(cos * px + sin * py + left) * kx,
        -sin * ky,
        cos * ky,
        (sin * px - cos * py - top) * ky,
    )
    return (x0, y0, x1, y1), inverse


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
    """Tile objects in batches, each batch of bounded size. With a blender for shapes
    (whole-map images only), a shape in between is drawn in its turn."""
    ink = blender or _STRAIGHT
    shape: Callable[[MapObject, tuple[float, float]], None] | None = None
    if blender is not None:  # shapes need numpy, and only whole-map images draw them
        from coraline_game.render.shapes import SHAPE_COLOUR, Pen, draw_shape

        shape = partial(
            draw_shape, Pen(target, origin, layer.opacity, ink, layer.colour or SHAPE_COLOUR)
        )
    view = pygame.Rect(origin, target.get_size())
    blits: list[Blit] = []
    pixels = 0
    for obj in _drawing_order(layer):
        if not obj.visible or (decor_only and obj.cls):
            continue
        if obj.gid:
            for blit in _tile_object_blits(game_map, obj, layer.offset, view, ink):
                blits.append(blit)
                pixels += blit[0].get_width() * blit[0].get_height()
                if pixels > BAND_PIXELS:
                    ink.draw(target, blits, layer.opacity)
                    blits, pixels = [], 0
        elif shape is not None:
            ink.draw(target, blits, layer.opacity)
            blits, pixels = [], 0
            shape(obj, layer.offset)
    ink.draw(target, blits, layer.opacity)


def _image_blits(
    target: pygame.Surface,
    game_map: GameMap,
    layer: ImageLayer,
    origin: tuple[int, int],
    blender: _Blender,
) -> list[Blit]:
    """The layer's image at its offset; repeated, as Tiled repeats it, across the whole
    target in each direction the layer repeats, lined up with that offset."""
    image = game_map.tile_images[layer.image]
    if image is None:
        return []
    x, y = _snap(layer.offset[0]) - origin[0], _snap(layer.offset[1]) - origin[1]
    prepared = blender.prepare(image)
    if not (layer.repeat_x or layer.repeat_y):
        return [(prepared, (x, y))]
    brick = _brick(prepared, layer.repeat_x, layer.repeat_y)
    width, height = brick.get_size()
    columns = _repeats(x, width, target.get_width()) if layer.repeat_x else [x]
    rows = _repeats(y, height, target.get_height()) if layer.repeat_y else [y]
    return [(brick, (column, row)) for row in rows for column in columns]


def _brick(image: pygame.Surface, across: bool, down: bool) -> pygame.Surface:
    """The image repeated into a piece of about BRICK pixels a side, so that a small image
    repeated across a large map takes a few hundred blits, not millions."""
    width, height = image.get_size()
    columns = -(-BRICK // width) if across else 1
    rows = -(-BRICK // height) if down else 1
    brick = pygame.Surface((columns * width, rows * height), pygame.SRCALPHA)
    # Onto transparent pixels a blit copies, alpha and all (premultiplied or not).
    brick.fblits([(image, (c * width, r * height)) for r in range(rows) for c in range(columns)])
    return brick


def _repeats(start: int, step: int, length: int) -> range:
    """Where copies `step` apart, one of them at `start`, cover 0 to `length`."""
    return range(start % step - step if start % step else 0, length, step)


def _draw_layer(
    target: pygame.Surface,
    game_map: GameMap,
    layer: Layer,
    origin: tuple[int, int],
    blender: _Blender,
    *,
    decor_only: bool = False,
    shapes: bool = False,
    phase: Phase = NO_PHASE,
) -> None:
    if not layer.visible or layer.opacity <= 0:
        return
    if isinstance(layer, ObjectLayer):
        _draw_objects(target, game_map, layer, origin, decor_only, blender if shapes else None)
        return
    if isinstance(layer, ImageLayer):
        blender.draw(target, _image_blits(target, game_map, layer, origin, blender), layer.opacity)
        return
    cells = _visible_cells(target, game_map, layer, origin)
    # In bands of rows, drawn in Tiled's order: a large map's blits never all wait at once.
    rows = max(1, BAND_CELLS // max(cells.width, 1))
    for top in range(cells.top, cells.bottom, rows):
        band = pygame.Rect(cells.left, top, cells.width, min(rows, cells.bottom - top))
        blits = _tile_blits(game_map, layer, origin, band, blender, phase)
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
    phase: Phase = NO_PHASE,
) -> None:
    """Draw one visible layer into `target`, whose top-left is map pixel `origin`, in straight
    alpha. `decor_only` leaves out classed objects (the game makes entities of them); shape
    objects are never drawn: in the game they are invisible markers. `phase` picks the frame
    each animated tile of a tile layer shows (by image index; the first where not given)."""
    _draw_layer(target, game_map, layer, origin, _STRAIGHT, decor_only=decor_only, phase=phase)


def map_extent(game_map: GameMap) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the area Tiled renders a whole map into: the map, grown
    on each side by the farthest any layer is offset that way (hidden layers too; an image
    layer by its offset only). Plain numbers, however large the offsets."""
    width, height = game_map.pixel_size
    offsets = [layer.offset for layer in game_map.layers]
    left, top, right, bottom = (
        max([0, *(_reach(side) for side in sides)])
        for sides in (
            [-x for x, _ in offsets],
            [-y for _, y in offsets],
            [x for x, _ in offsets],
            [y for _, y in offsets],
        )
    )
    return -left, -top, width + left + right, height + top + bottom


def _reach(side: float) -> int:
    """How far an offset grows the image on one side; past FAR (or no number at all, where
    groups' offsets added up to nonsense), FAR."""
    return math.ceil(side) if abs(side) < FAR else FAR if not side < 0 else 0


def map_bounds(game_map: GameMap) -> pygame.Rect:
    """`map_extent` as a rectangle."""
    return pygame.Rect(map_extent(game_map))


def map_image(game_map: GameMap) -> pygame.Surface:
    """The whole map as one image, as tmxrasterizer draws it: every visible layer in Tiled's
    order, shape objects included, no background colour."""
    bounds = map_bounds(game_map)
    surface = pygame.Surface(bounds.size, pygame.SRCALPHA)
    blender = _Premultiplied()
    for layer in game_map.layers:
        _draw_layer(surface, game_map, layer, bounds.topleft, blender, shapes=True)
    from coraline_game.render.pixels import unpremultiply  # numpy: render-map's whole image

    unpremultiply(surface)
    return surface
