"""Whole-surface pixel passes in numpy, in bands of rows so that memory stays bounded however
large the image: resampling an image through an affine map, and undoing premultiplied alpha.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt
import pygame

from coraline_game.render.affine import BAND_PIXELS, Affine

Blit = tuple[pygame.Surface, tuple[int, int]]
Floats = npt.NDArray[np.floating[Any]]


def bands(area: pygame.Rect) -> Iterator[tuple[int, int]]:
    """(top, bottom) row ranges covering `area`, each of at most BAND_PIXELS pixels."""
    rows = max(1, BAND_PIXELS // max(area.width, 1))
    for top in range(area.top, area.bottom, rows):
        yield top, min(top + rows, area.bottom)


def rgba_array(image: pygame.Surface) -> npt.NDArray[np.float32]:
    """The image as [row, column, RGBA] floats; a colour key becomes transparency."""
    rgba = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    rgba.blit(image, (0, 0))  # onto transparent pixels a blit copies, alpha and all
    raw = np.frombuffer(pygame.image.tobytes(rgba, "RGBA"), np.uint8)
    return raw.reshape(image.get_height(), image.get_width(), 4).astype(np.float32)


def resample(
    source: npt.NDArray[np.float32], inverse: Affine, area: pygame.Rect, *, whole: bool = False
) -> Iterator[Blit]:
    """The source drawn into `area` (target pixels) through `inverse`, as Qt's smooth pixmap
    transform draws it: a pixel whose centre maps inside the source (its right and bottom edges
    included, its left and top not) takes the bilinear mix of the four source pixels around
    that point, edges clamped; the others stay transparent. `whole`: every pixel of `area`
    takes its mix. One surface per band, with its top-left."""
    height, width = source.shape[:2]
    if not all(map(math.isfinite, inverse)):  # an absurd object: a side all but zero
        return
    a, b, c, d, e, f = inverse
    xs = np.arange(area.left, area.right, dtype=np.float64) + 0.5
    for top, bottom in bands(area):
        ys = np.arange(top, bottom, dtype=np.float64)[:, None] + 0.5
        if b == 0 and d == 0:  # upright: columns and rows sample apart, much faster
            u, v = a * xs + c, e * ys + f
            pixels = _bilinear_upright(source, u - 0.5, v[:, 0] - 0.5)
        else:
            u, v = a * xs + b * ys + c, d * xs + e * ys + f
            pixels = _bilinear(source, u - 0.5, v - 0.5)
        if not whole:
            inside = (u > 0) & (u <= width) & (v > 0) & (v <= height)
            if not inside.any():
                continue
            pixels[~np.broadcast_to(inside, pixels.shape[:2])] = 0
        out = np.rint(pixels).astype(np.uint8)
        size = (area.width, bottom - top)
        yield pygame.image.frombytes(out.tobytes(), size, "RGBA"), (area.left, top)


def scaled(image: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """The image smoothly scaled to `size`, pixel centres onto pixel centres, as Qt scales."""
    out = pygame.Surface(size, pygame.SRCALPHA)
    width, height = image.get_size()
    kx, ky = width / size[0], height / size[1]
    # Onto transparent pixels a blit copies, alpha and all.
    out.fblits(
        resample(rgba_array(image), (kx, 0.0, 0.0, 0.0, ky, 0.0), out.get_rect(), whole=True)
    )
    return out


def _bilinear(
    source: npt.NDArray[np.float32], x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]
) -> Floats:
    """The mix of the four source pixels around each (x, y), in source pixel centres."""
    (left, right), across = _neighbours(x, source.shape[1])
    (upper, lower), down = _neighbours(y, source.shape[0])
    right_share, lower_share = across[..., None], down[..., None]
    top = source[upper, left] * (1 - right_share) + source[upper, right] * right_share
    bottom = source[lower, left] * (1 - right_share) + source[lower, right] * right_share
    mixed: Floats = top * (1 - lower_share) + bottom * lower_share
    return mixed


def _bilinear_upright(
    source: npt.NDArray[np.float32], x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]
) -> Floats:
    """`_bilinear` where each output column samples one source x and each row one source y:
    the source rows in use are mixed across once, then down."""
    (left, right), across = _neighbours(x, source.shape[1])
    (upper, lower), down = _neighbours(y, source.shape[0])
    used, where = np.unique(np.concatenate([upper, lower]), return_inverse=True)
    rows = source[used]
    mixed = rows[:, left] * (1 - across[:, None]) + rows[:, right] * across[:, None]
    above, below = mixed[where[: len(upper)]], mixed[where[len(upper) :]]
    out: Floats = above * (1 - down[:, None, None]) + below * down[:, None, None]
    return out


def _neighbours(
    at: npt.NDArray[np.float64], length: int
) -> tuple[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]], npt.NDArray[np.float32]]:
    """The two source pixels around each position, clamped to the edges, and the share of
    the second."""
    first = np.floor(at)
    share = (at - first).astype(np.float32)
    low = np.clip(first, 0, length - 1).astype(np.intp)
    high = np.clip(first + 1, 0, length - 1).astype(np.intp)
    return (low, high), share


def _straight_table() -> npt.NDArray[np.uint8]:
    """[alpha, premultiplied channel] -> straight channel, rounded to nearest as Qt does;
    opaque and empty pixels keep theirs."""
    alpha = np.arange(256, dtype=np.int32)[:, None]
    channel = np.arange(256, dtype=np.int32)[None, :]
    straight = np.minimum((channel * 255 + alpha // 2) // np.maximum(alpha, 1), 255)
    table: npt.NDArray[np.uint8] = np.where((alpha > 0) & (alpha < 255), straight, channel).astype(
        np.uint8
    )
    return table


_TO_STRAIGHT = _straight_table()


_FLAT_TO_STRAIGHT = _TO_STRAIGHT.ravel()  # indexed by alpha << 8 | channel


def unpremultiply(surface: pygame.Surface) -> None:
    """Premultiplied alpha back to straight, in place, by table lookup: over the surface's
    own bytes, row-major, a band of rows at a time (surfarray's views walk it by columns)."""
    width, height = surface.get_size()
    pixels = surface.get_view("0")
    rows = np.frombuffer(memoryview(pixels), dtype=np.uint8)  # type: ignore[arg-type]
    rows = rows.reshape(height, surface.get_pitch() // 4, 4)
    shift = surface.get_shifts()[3] // 8  # the byte of a pixel's 32-bit word that holds alpha
    alpha = shift if sys.byteorder == "little" else 3 - shift
    channels = [index for index in range(4) if index != alpha]
    for top, bottom in bands(surface.get_rect()):
        band = rows[top:bottom, :width]
        index = band[..., alpha].astype(np.uint16) << 8
        for channel in channels:
            band[..., channel] = _FLAT_TO_STRAIGHT[index | band[..., channel]]
    del rows, pixels  # the view locks the surface
