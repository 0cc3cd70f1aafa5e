"""Writing a large image as PNG a band of rows at a time.

pygame's own PNG writer first copies the whole image, which for a whole-map image of tens of
millions of pixels would double what render-map holds in memory.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import BinaryIO

import pygame

from coraline_game.render.pixels import bands

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def write_png(surface: pygame.Surface, path: Path) -> None:
    """The surface as an 8-bit RGBA PNG (rows unfiltered, deflated). Raises OSError."""
    width, height = surface.get_size()
    with path.open("wb") as file:
        file.write(PNG_SIGNATURE)
        _chunk(file, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        deflate = zlib.compressobj(6)
        stride = 4 * width
        for top, bottom in bands(surface.get_rect()):
            raw = pygame.image.tobytes(surface.subsurface(0, top, width, bottom - top), "RGBA")
            rows = b"".join(b"\x00" + raw[at : at + stride] for at in range(0, len(raw), stride))
            _chunk(file, b"IDAT", deflate.compress(rows))
        _chunk(file, b"IDAT", deflate.flush())
        _chunk(file, b"IEND", b"")


def _chunk(file: BinaryIO, kind: bytes, data: bytes) -> None:
    if not data and kind == b"IDAT":
        return  # the compressor held everything back: nothing to write yet
    file.write(struct.pack(">I", len(data)) + kind + data)
    file.write(struct.pack(">I", zlib.crc32(kind + data)))
