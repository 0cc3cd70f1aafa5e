"""Where nobody walks: tiles marked `solid`, and every tile of a `collision` layer.

Hidden layers count too: a collision layer is usually hidden.
"""

from __future__ import annotations

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
    """One byte per cell, row by row; `layers` pairs each tile layer with its `collision`."""
    solid = bytearray(width * height)
    for layer, collision in layers:
        for row, indices in enumerate(layer.gids):
            start = row * width
            for column, index in enumerate(indices):
                if index and (collision or solid_images[index]):
                    solid[start + column] = 1
    return solid
