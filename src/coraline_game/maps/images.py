"""Decoded images: a cache shared across map loads, and the tile images cut from them.

Surfaces stay unconverted (no display is needed); the renderer converts what it bakes.
Cached surfaces are shared between maps, so what a map gets is always a copy (`cut_tile`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import pygame
from pytmx.util_pygame import handle_transformation

from coraline_game.maps.colors import parse_colour_key
from coraline_game.maps.image_formats import ImageHeader, read_header
from coraline_game.maps.limits import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_FILES,
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
)
from coraline_game.maps.native_output import captured_stderr
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.safe_io import Refused, confine, read_bounded

# resolved path -> ((mtime_ns, size), surface); a changed file replaces its entry.
_cache: dict[Path, tuple[tuple[int, int], pygame.Surface]] = {}

ColourKey = tuple[int, int, int]
Rect = tuple[int, int, int, int]


def load_image(path: Path) -> pygame.Surface:
    """The PNG, JPEG or GIF image at `path` (resolved), decoded once until the file changes.
    Never modify it."""
    try:
        stat = path.stat()
    except OSError:
        raise Refused(f"does not exist (looked for {path})") from None
    version = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == version:
        return cached[1]
    data = read_bounded(path, MAX_IMAGE_BYTES)
    header = read_header(data)
    # A GIF's first frame is decoded on its own, so it is held to the limit too.
    for width, height in (header.size, header.frame[2:] if header.frame else header.size):
        if not (0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE):
            raise Refused(
                f"is {width} x {height} pixels, beyond the {MAX_IMAGE_SIDE} x {MAX_IMAGE_SIDE}"
                " limit"
            )
    # Named for what it holds, whatever its file is called: pygame picks its decoder so.
    hint = f"{path.stem}.{header.kind.lower()}"
    with captured_stderr() as printed:  # libpng writes its complaints straight to stderr
        try:
            surface: pygame.Surface | None = pygame.image.load(io.BytesIO(data), hint)
            failure = ""
        except (pygame.error, ValueError) as error:
            surface, failure = None, str(error)
    if surface is None:
        said = "; ".join(line.removeprefix("libpng error: ") for line in printed) or failure
        raise Refused(f"is not a readable {header.kind} image: {said[:200]}")
    if header.frame is not None and surface.get_size() != header.size:
        surface = _on_screen(surface, header)
    _cache[path] = (version, surface)
    return surface


def _on_screen(frame: pygame.Surface, header: ImageHeader) -> pygame.Surface:
    """A GIF's first frame on its logical screen, as Tiled shows it: around the frame the
    screen is transparent, or its background colour when the frame has no transparent colour."""
    screen = pygame.Surface(header.size, pygame.SRCALPHA)
    if not header.transparent and header.backdrop is not None:
        screen.fill(header.backdrop)
    screen.blit(frame, header.frame[:2] if header.frame else (0, 0))
    return screen


def cut_tile(
    image: pygame.Surface, rect: Rect | None, flags: Any, colour_key: ColourKey | None
) -> pygame.Surface:
    """A copy of `rect` of `image` (all of it when None), flipped as pytmx's TileFlags say."""
    tile = image.subsurface(rect) if rect else image
    # pytmx.util_pygame's own transform: diagonal flip first, then horizontal and vertical.
    tile = handle_transformation(tile, flags) if flags and any(flags) else tile.copy()
    if colour_key is not None:
        tile.set_colorkey(colour_key)
    return tile


@dataclass(frozen=True)
class AdoptedImage:
    """An <image> the loader has read: the key its surface is kept under, and its colour key
    as checked (RRGGBB), which pytmx is handed in place of the file's own attributes."""

    key: str
    size: tuple[int, int]
    trans: str | None


class MapImages:
    """The images one map uses, keyed by the absolute path pytmx will ask for."""

    def __init__(self, content_root: Path) -> None:
        self.content_root = content_root
        self.surfaces: dict[str, pygame.Surface] = {}
        self._pixels = 0

    def add(self, reference: str, base_dir: Path) -> str:
        """Load the image `reference` names (relative to `base_dir`); returns its key."""
        path = confine(reference, base_dir, self.content_root)
        key = str(path)
        if key not in self.surfaces:
            if len(self.surfaces) >= MAX_IMAGE_FILES:
                raise Refused(f"is one image file more than the limit of {MAX_IMAGE_FILES}")
            surface = load_image(path)
            self._pixels += surface.get_width() * surface.get_height()
            if self._pixels > MAX_IMAGE_PIXELS:
                raise Refused(f"takes the map's images past the limit of {MAX_IMAGE_PIXELS} pixels")
            self.surfaces[key] = surface
        return key

    def adopt(
        self, image: Element, base_dir: Path, report: Reporter, place: str
    ) -> AdoptedImage | None:
        """Load an <image> element's file; None when it has problems, which are reported."""
        reference = image.get("source", "")
        trans = image.get("trans")
        try:
            if trans is not None:
                parse_colour_key(trans)
            key = self.add(reference, base_dir)
        except ValueError:
            report(f"trans={str(trans)[:40]!r} is not a colour like ff00ff", place)
            return None
        except Refused as refused:
            report(refused.sentence(f"the image {reference[:200]!r}"), place)
            return None
        image.set("source", key)
        size: tuple[int, int] = self.surfaces[key].get_size()
        return AdoptedImage(key, size, trans.removeprefix("#") if trans is not None else None)
