"""The loaded tile images, drawn plainly, match Tiled's own renderer to the pixel."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pygame
import pytest

from coraline_game.maps.loader import load_map
from coraline_game.maps.model import GameMap, TileLayer
from tests.maps.fixtures import content_copy

RASTERIZER = shutil.which("tmxrasterizer")


def plain_drawing(game_map: GameMap, layer: TileLayer) -> pygame.Surface:
    """Each tile at the bottom-left of its cell, moved by its tileset's tile offset."""
    surface = pygame.Surface(game_map.pixel_size, pygame.SRCALPHA)
    for row, cells in enumerate(layer.gids):
        for column, index in enumerate(cells):
            image = game_map.tile_images[index]
            if image is not None:
                dx, dy = game_map.tile_offsets[index]
                top = (row + 1) * game_map.tile_height - image.get_height()
                surface.blit(image, (column * game_map.tile_width + dx, top + dy))
    return surface


@pytest.mark.skipif(RASTERIZER is None, reason="Tiled's tmxrasterizer is not installed")
@pytest.mark.parametrize("name", ["ground", "secret"])
def test_flips_colour_keys_offsets_and_margins_match_tiled(tmp_path: Path, name: str) -> None:
    """`ground` has every flip, a colour key, a tile offset and a margin with pixels to spare;
    `secret` a flipped image-collection tile taller than the grid."""
    path = content_copy(tmp_path) / "maps" / "good.tmx"
    # Alone at the top level: other layers, offsets and groups would change Tiled's picture.
    tree = ElementTree.parse(path)
    root = tree.getroot()
    layer = next(node for node in root.iter("layer") if node.get("name") == name)
    for child in list(root):
        if child.tag != "tileset":
            root.remove(child)
    root.append(layer)
    tree.write(path)
    game_map = load_map(path, contract=False)
    reference = tmp_path / "reference.png"
    subprocess.run(
        [str(RASTERIZER), str(path), str(reference)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    expected = pygame.image.load(str(reference))
    loaded = game_map.layers[0]
    assert isinstance(loaded, TileLayer)
    drawn = plain_drawing(game_map, loaded)
    assert drawn.get_size() == expected.get_size()
    width, height = drawn.get_size()
    pixels = [(x, y) for x in range(width) for y in range(height)]
    assert [xy for xy in pixels if drawn.get_at(xy) != expected.get_at(xy)] == []
