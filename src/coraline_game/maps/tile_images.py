"""pytmx's part of loading: tile images cut from the tilesets, one per flip variant, and
every cell mapped to its image.

pytmx never reads the map's own XML. It gets a document built here from values the loader
has already checked: tilesets with their numbers, animation frames, and for each image the
key of a surface decoded beforehand. So nothing pytmx receives can name a file, hold a value
its converters choke on, or cost a Python loop per cell: the cells are mapped here, in one
C-level pass per layer, from the gids registered up front.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, SubElement

import pygame
import pytmx
from pytmx.pytmx import decode_gid
from pytmx.util_pygame import handle_transformation

from coraline_game.maps.colors import parse_colour_key
from coraline_game.maps.images import AdoptedImage, cut_tile
from coraline_game.maps.tilesets import FLIP_BITS, Tileset
from coraline_game.maps.tmx_source import TmxSource

TileLoader = Callable[..., pygame.Surface]
Frames = tuple[tuple[int, int], ...]

# The loader reports problems as sentences; pytmx's own log lines would reach stderr.
logging.getLogger("pytmx").addHandler(logging.NullHandler())
logging.getLogger("pytmx").propagate = False


@dataclass(frozen=True)
class TileImages:
    images: list[pygame.Surface | None]  # by image index; index 0 is the empty cell
    tiled_gids: list[int]  # by image index: Tiled's gid, flip bits masked off (0: none)
    cells: Mapping[Element, tuple[array[int], ...]]  # <layer> element -> rows of image indices
    animations: Mapping[int, Frames]  # image index -> (frame image index, duration ms)
    _indices: Mapping[int, int]  # raw Tiled gid, flips included -> image index

    def index_of(self, raw_gid: int) -> int:
        """The image index of a raw Tiled gid, flip bits included."""
        return self._indices[raw_gid]


def load_tile_images(source: TmxSource) -> TileImages:
    """Cut every tile image the map shows. Raises whatever pytmx or pygame raise."""
    tiled = pytmx.TiledMap(image_loader=_image_loader(source.images.surfaces))
    # Registered before the tilesets are parsed, as pytmx's own layers would be, so it cuts
    # each flip variant once.
    for raw in sorted(source.used):
        tiled.register_gid_check_flags(raw)
    tiled.filename = str(source.path)
    tiled.parse_xml(_pytmx_document(source))
    _flip_collection_tiles(tiled)
    indices = {raw: int(tiled.imagemap[decode_gid(raw)][0]) for raw in source.used}
    indices[0] = 0
    cells = {
        layer: _rows(array("I", map(indices.__getitem__, gids)), source.width)
        for layer, gids in source.cells.items()
    }
    tiled_gids = [tiled.tiledgidmap.get(index, 0) for index in range(len(tiled.images))]
    animations = _animations(source, indices)
    return TileImages(list(tiled.images), tiled_gids, cells, animations, indices)


def _rows(cells: array[int], width: int) -> tuple[array[int], ...]:
    return tuple(cells[start : start + width] for start in range(0, len(cells), width))


def _pytmx_document(source: TmxSource) -> Element:
    """A map holding only the tilesets, every value one the loader checked."""
    width, height = source.tile_size
    root = Element(
        "map",
        version="1.8",
        orientation="orthogonal",
        renderorder="right-down",
        width=str(source.width),
        height=str(source.height),
        tilewidth=str(width),
        tileheight=str(height),
    )
    for tileset in source.tilesets.tilesets:
        _tileset_element(root, tileset)
    return root


def _tileset_element(root: Element, tileset: Tileset) -> None:
    node = SubElement(
        root,
        "tileset",
        firstgid=str(tileset.firstgid),
        tilewidth=str(tileset.tile_size[0]),
        tileheight=str(tileset.tile_size[1]),
        margin=str(tileset.margin),
        spacing=str(tileset.spacing),
    )
    if tileset.sheet is not None:
        columns = (tileset.sheet.size[0] - tileset.margin + tileset.spacing) // (
            tileset.tile_size[0] + tileset.spacing
        )
        rows = len(tileset.ids) // columns
        # pytmx walks the grid up to the image's width minus one tile, margin not subtracted:
        # give it the extent Tiled's count implies, so both agree on every tile.
        extent = (
            (columns - 1) * (tileset.tile_size[0] + tileset.spacing) + tileset.tile_size[0],
            (rows - 1) * (tileset.tile_size[1] + tileset.spacing) + tileset.tile_size[1],
        )
        _image_element(node, tileset.sheet, extent)
    for tile_id, own in tileset.own_images.items():
        _image_element(SubElement(node, "tile", id=str(tile_id)), own, own.size)


def _image_element(parent: Element, image: AdoptedImage, size: tuple[int, int]) -> None:
    attributes = {"source": image.key, "width": str(size[0]), "height": str(size[1])}
    if image.trans is not None:
        attributes["trans"] = image.trans
    SubElement(parent, "image", attributes)


def _animations(source: TmxSource, indices: Mapping[int, int]) -> dict[int, Frames]:
    """Each animated image's frames, flipped as the cell that shows it."""
    animations = {}
    for raw in source.used:
        found = source.tilesets.find(raw & ~FLIP_BITS)
        if found is None or found[1] not in found[0].animations:
            continue
        tileset, tile_id = found
        flips = raw & FLIP_BITS
        animations[indices[raw]] = tuple(
            (indices[(tileset.firstgid + frame) | flips], duration)
            for frame, duration in tileset.animations[tile_id]
        )
    return animations


def _image_loader(surfaces: Mapping[str, pygame.Surface]) -> Callable[..., TileLoader]:
    def image_loader(filename: str, colorkey: str | None, **_: object) -> TileLoader:
        image = surfaces[filename]
        key = parse_colour_key(colorkey) if colorkey else None

        def load(
            rect: tuple[int, int, int, int] | None = None, flags: Any = None
        ) -> pygame.Surface:
            return cut_tile(image, rect, flags, key)

        return load

    return image_loader


def _flip_collection_tiles(tiled: Any) -> None:
    """pytmx loads image-collection tiles without their flips: apply them."""
    for (_, flags), registered in tiled.imagemap.items():
        if not (flags and any(flags)):
            continue  # unflipped, or pytmx's (0, 0) -> 0 entry for the empty cell
        index = registered[0]
        if tiled.tile_properties.get(index, {}).get("source"):
            tiled.images[index] = handle_transformation(tiled.images[index], flags)
