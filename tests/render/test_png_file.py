"""render-map's PNG writer: what it writes, band by band, reads back pixel for pixel."""

from __future__ import annotations

import random
from pathlib import Path

import pygame

from coraline_game.render.png_file import write_png


def test_a_png_written_in_bands_reads_back_pixel_for_pixel(tmp_path: Path) -> None:
    size = (700, 400)  # more rows than one band holds
    pixels = random.Random(7).randbytes(4 * size[0] * size[1])
    image = pygame.image.frombytes(pixels, size, "RGBA")
    write_png(image, tmp_path / "noise.png")
    back = pygame.image.load(str(tmp_path / "noise.png"))
    assert back.get_size() == size
    assert pygame.image.tobytes(back, "RGBA") == pixels
