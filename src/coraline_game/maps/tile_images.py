"""pytmx's part of loading: tile images cut from the tilesets, one per flip variant, and
every cell mapped to its image.

pytmx gets the prepared XML of `tmx_source` and never opens a file: its image loader only
looks up surfaces decoded beforehand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element

import pygame
import pytmx
from pytmx.pytmx import decode_gid
from pytmx.util_pygame import handle_transformation

from coraline_game.maps.colors import parse_colour_key
from coraline_game.maps.images import cut_tile
from coraline_game.maps.tmx_source import TmxSource

TileLoader = Callable[..., pygame.Surface]


@dataclass(frozen=True)
class TileImages:
    images: list[pygame.Surface | None]  # by image index; index 0 is the empty cell
    tiled_gids: list[int]  # by image index: Tiled's gid, flip bits masked off (0: none)
    cells: Mapping[Element, list[list[int]]]  # <layer> element -> rows of image indices
    variants: Mapping[tuple[int, Any], tuple[int, Any]]  # pytmx's (gid, flags) -> (index, flags)

    def index_of(self, raw_gid: int) -> int:
        """The image index of a raw Tiled gid, flip bits included."""
        return int(self.variants[decode_gid(raw_gid)][0])


def load_tile_images(source: TmxSource) -> TileImages:
    """Run pytmx over the map. Call it last: it strips from the XML what was already read.

    Raises whatever pytmx or pygame raise.
    """
    root = source.root
    _strip_read_parts(root)
    tiled = pytmx.TiledMap(image_loader=_image_loader(source.images.surfaces))
    tiled.filename = str(source.path)
    tiled.parse_xml(root)
    _flip_collection_tiles(tiled)
    # pytmx finds tile layers with findall(".//layer"): document order, as root.iter() goes.
    tile_layers = [layer for layer in tiled.layers if isinstance(layer, pytmx.TiledTileLayer)]
    cells = dict(zip(root.iter("layer"), (layer.data for layer in tile_layers), strict=True))
    tiled_gids = [tiled.tiledgidmap.get(index, 0) for index in range(len(tiled.images))]
    return TileImages(list(tiled.images), tiled_gids, cells, dict(tiled.imagemap))


def _strip_read_parts(root: Element) -> None:
    """Remove what the loader reads itself and pytmx would choke on or get wrong:
    properties (typed and checked already; pytmx raises on names like `id`), image layers
    (pytmx can file their image under a tile's gid), and offsets (pytmx wants whole numbers)."""
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in ("properties", "imagelayer"):
                parent.remove(child)
        parent.attrib.pop("offsetx", None)
        parent.attrib.pop("offsety", None)


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
