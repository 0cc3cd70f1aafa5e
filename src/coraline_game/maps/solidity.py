"""Where nobody walks: tiles marked `solid`, and every tile of a `collision` layer.

Hidden layers count too: a collision layer is usually hidden.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence

from coraline_game.maps.conformance import conform
from coraline_game.maps.contract import TILE_MEMBERS
from coraline_game.maps.model import TileLayer
from coraline_game.maps.properties import read_properties
from coraline_game.maps.tilesets import TilesetTable
from coraline_game.maps.xml_values import Report


def solid_tile_gids(tilesets: TilesetTable, rules: Report) -> set[int]:
    """Tiled gids (no flip bits) of the tiles whose property `solid` is true."""
    solid = set()
    for tileset in tilesets.tilesets:
        for tile_id, tile in tileset.tiles.items():
            place = f"{tileset.place}, tile {tile_id}"
            properties = conform(TILE_MEMBERS, read_properties(tile, rules, place), rules, place)
            if properties["solid"] is True:
                solid.add(tileset.firstgid + tile_id)
    return solid


def solid_cells(
    width: int,
    height: int,
    layers: Sequence[tuple[TileLayer, bool]],
    solid_images: Sequence[bool],
) -> bytearray:
    """One byte per cell, row by row; `layers` pairs each tile layer with its `collision`.

    Row at a time through byte tables, not cell by cell: a map at the size limit (a
    million cells a layer) is read in a blink, not in half a second."""
    solid = bytearray(width * height)
    by_image = bytes(map(bool, solid_images))
    any_tile = b"\x00" + b"\x01" * max(len(solid_images) - 1, 0)
    # Image indices that fit a byte (most maps show fewer than 256 images) are translated
    # a row at a time in C: the low byte of each little-endian index is the index.
    small = len(solid_images) <= 256 and sys.byteorder == "little"
    for layer, collision in layers:
        table = any_tile if collision else by_image
        wide_table = table.ljust(256, b"\x00")
        for row, indices in enumerate(layer.gids):
            if small and isinstance(indices, array):
                cells = indices.tobytes()[:: indices.itemsize].translate(wide_table)
            else:
                cells = bytes(map(table.__getitem__, indices))
            if 1 not in cells:
                continue
            start = row * width
            old = int.from_bytes(solid[start : start + width], "big")
            solid[start : start + width] = (old | int.from_bytes(cells, "big")).to_bytes(
                width, "big"
            )
    return solid
