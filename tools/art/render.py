"""Turn text grids into pixels: pure integer compositing, then pygame surfaces.

Everything here is deterministic: the same grids and palettes give the same bytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Sequence

import pygame

from .palettes import RGBA

Pixels = list[list[RGBA]]
CLEAR: RGBA = (0, 0, 0, 0)


def blank(width: int, height: int) -> Pixels:
    return [[CLEAR] * width for _ in range(height)]


def over(src: RGBA, dst: RGBA) -> RGBA:
    """Porter-Duff 'source over destination' in integers (rounded)."""
    sa = src[3]
    if sa == 255 or dst[3] == 0:
        return src
    if sa == 0:
        return dst
    da = dst[3]
    out_a = sa * 255 + da * (255 - sa)  # scaled by 255
    rgb = [(src[i] * sa * 255 + dst[i] * da * (255 - sa) + out_a // 2) // out_a for i in range(3)]
    return (rgb[0], rgb[1], rgb[2], (out_a + 127) // 255)


def mix(a: RGBA, b: RGBA, t_pct: int) -> RGBA:
    """Move colour a towards b by t_pct percent (alpha kept from a)."""
    return (
        (a[0] * (100 - t_pct) + b[0] * t_pct + 50) // 100,
        (a[1] * (100 - t_pct) + b[1] * t_pct + 50) // 100,
        (a[2] * (100 - t_pct) + b[2] * t_pct + 50) // 100,
        a[3],
    )


def paint(
    pixels: Pixels,
    rows: Sequence[str],
    legend: dict[str, str],
    colours: dict[str, RGBA],
    x0: int = 0,
    y0: int = 0,
) -> None:
    """Composite one text grid onto pixels; '.' and ' ' are transparent."""
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch in ". ":
                continue
            colour = colours[legend[ch]]
            px, py = x0 + x, y0 + y
            if 0 <= py < len(pixels) and 0 <= px < len(pixels[0]):
                pixels[py][px] = over(colour, pixels[py][px])


def outline(pixels: Pixels, colour: RGBA, diagonal: bool = False) -> None:
    """Give every transparent pixel next to an opaque one the outline colour."""
    h, w = len(pixels), len(pixels[0])
    steps = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    if diagonal:
        steps += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    marks = []
    for y in range(h):
        for x in range(w):
            if pixels[y][x][3] != 0:
                continue
            for dx, dy in steps:
                nx, ny = x + dx, y + dy
                if 0 <= nx < w and 0 <= ny < h and pixels[ny][nx][3] == 255:
                    marks.append((x, y))
                    break
    for x, y in marks:
        pixels[y][x] = colour


def mirror(pixels: Pixels) -> Pixels:
    return [list(reversed(row)) for row in pixels]


def blit(dst: Pixels, src: Pixels, x0: int, y0: int) -> None:
    for y, row in enumerate(src):
        for x, colour in enumerate(row):
            if colour[3]:
                dst[y0 + y][x0 + x] = over(colour, dst[y0 + y][x0 + x])


def to_surface(pixels: Pixels, alpha: bool = True) -> pygame.Surface:
    h, w = len(pixels), len(pixels[0])
    if alpha:
        surface = pygame.Surface((w, h), pygame.SRCALPHA, 32)
        for y, row in enumerate(pixels):
            for x, colour in enumerate(row):
                if colour[3]:
                    surface.set_at((x, y), colour)
    else:
        surface = pygame.Surface((w, h), 0, 24)
        for y, row in enumerate(pixels):
            for x, colour in enumerate(row):
                surface.set_at((x, y), colour[:3])
    return surface


def from_rows(rows: Iterable[str], legend: dict[str, RGBA]) -> Pixels:
    """A grid whose legend maps straight to colours (sprites, glyphs)."""
    grid = list(rows)
    pixels = blank(max(len(r) for r in grid), len(grid))
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            if ch not in ". ":
                pixels[y][x] = legend[ch]
    return pixels


def png_bytes(pixels: Pixels, alpha: bool = True) -> bytes:
    """Encode pixels as a PNG (8-bit RGBA, or RGB when alpha is False).

    A tiny encoder on the standard library (zlib level 9, filter 0 on every row), so
    the bytes depend on nothing but the pixels: not on pygame's bundled libpng.
    """
    h, w = len(pixels), len(pixels[0])
    raw = bytearray()
    for row in pixels:
        raw.append(0)
        for colour in row:
            raw.extend(colour if alpha else colour[:3])

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", w, h, 8, 6 if alpha else 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )
