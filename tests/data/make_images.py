"""Writes the fixture images under tests/data; run it after changing them.

Tiles are 8 x 8 with one white marker pixel at (1, 0), so every flip moves it somewhere else.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import pygame

HERE = Path(__file__).resolve().parent
GOOD_ASSETS = HERE / "maps" / "good" / "assets"
BROKEN_ASSETS = HERE / "broken_maps" / "assets"

TILE = 8
MARKER = (255, 255, 255)
TILE_COLOURS = [
    (200, 0, 0),
    (0, 200, 0),
    (0, 0, 200),
    (200, 200, 0),
    (0, 200, 200),
    (200, 0, 200),
    (100, 100, 100),
    (250, 150, 50),
]
KEY = (255, 0, 255)


def tiles() -> pygame.Surface:
    """4 x 2 tiles, margin 1, spacing 1, and 8 pixels to spare on the right: Tiled counts 4
    columns there, where pytmx's own count finds 5 (and cuts past the image's edge)."""
    image = pygame.Surface((4 * (TILE + 1) + TILE, 2 * (TILE + 1)))
    image.fill((0, 0, 0))
    for index, colour in enumerate(TILE_COLOURS):
        x = 1 + (index % 4) * (TILE + 1)
        y = 1 + (index // 4) * (TILE + 1)
        image.fill(colour, (x, y, TILE, TILE))
        image.set_at((x + 1, y), MARKER)
    return image


def keyed() -> pygame.Surface:
    """Two tiles on the colour key: a blue square in the first, a red dot in the second."""
    image = pygame.Surface((2 * TILE, TILE))
    image.fill(KEY)
    image.fill((0, 0, 255), (0, 0, 4, 4))
    image.set_at((TILE + 1, 0), (255, 0, 0))
    return image


def big() -> pygame.Surface:
    """An image-collection tile twice and three times the grid, with per-pixel alpha."""
    image = pygame.Surface((2 * TILE, 3 * TILE), pygame.SRCALPHA)
    image.fill((0, 120, 0, 255))
    image.set_at((1, 0), MARKER)
    image.set_at((15, 23), (0, 0, 0, 0))
    return image


def sky() -> pygame.Surface:
    image = pygame.Surface((4, 4))
    image.fill((120, 170, 230))
    return image


def huge_header() -> bytes:
    """A PNG whose header claims 5000 x 5000 pixels; nothing after it needs to be valid."""
    header = struct.pack(">IIBBBBB", 5000, 5000, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def main() -> None:
    for name, surface in (("tiles", tiles()), ("keyed", keyed()), ("big", big()), ("sky", sky())):
        pygame.image.save(surface, str(GOOD_ASSETS / f"{name}.png"))
    (BROKEN_ASSETS / "huge.png").write_bytes(huge_header())


if __name__ == "__main__":
    main()
