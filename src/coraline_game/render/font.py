"""The game's proportional pixel font.

The font is a sheet of white glyphs on transparent (assets/font/pixel.png) laid out
in a grid described by assets/font/pixel.json::

    {"cell_width": 8, "cell_height": 8, "baseline": 5, "line_height": 10,
     "first": 32, "count": 95, "columns": 16, "spacing": 1, "widths": [...]}

``widths`` is each glyph's advance in pixels (ink width plus ``spacing``). Text is
rendered as a white mask and tinted with BLEND_RGBA_MULT, so every inked pixel has
exactly the requested colour. Rendered lines are cached (bounded LRU), so drawing
the same line every frame costs a dictionary look-up. Do not draw on a surface that
``render`` returned: it is shared with later calls.

Nothing here needs a display: images are loaded without ``convert_alpha``.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pygame

from coraline_game.paths import assets_dir

Color = tuple[int, int, int]

_FALLBACK = "?"
_CACHE_SIZE = 256


@dataclass(frozen=True)
class FontMeta:
    cell_width: int
    cell_height: int
    baseline: int
    line_height: int
    first: int
    columns: int
    spacing: int
    widths: tuple[int, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FontMeta:
        widths = tuple(int(w) for w in data["widths"])
        return cls(
            cell_width=int(data["cell_width"]),
            cell_height=int(data["cell_height"]),
            baseline=int(data.get("baseline", data["cell_height"])),
            line_height=int(data.get("line_height", data["cell_height"])),
            first=int(data.get("first", 32)),
            columns=int(data["columns"]),
            spacing=int(data.get("spacing", 1)),
            widths=widths,
        )


class PixelFont:
    """A bitmap font: measure, wrap and render single- or multi-line text."""

    def __init__(self, sheet: pygame.Surface, meta: FontMeta) -> None:
        self.meta = meta
        self._sheet = sheet  # kept for a larger copy (scaled)
        self.line_height: int = meta.line_height
        self.baseline: int = meta.baseline
        self._glyphs: dict[str, pygame.Surface] = {}
        self._advance: dict[str, int] = {}
        for index, advance in enumerate(meta.widths):
            ch = chr(meta.first + index)
            x = (index % meta.columns) * meta.cell_width
            y = (index // meta.columns) * meta.cell_height
            rect = pygame.Rect(x, y, meta.cell_width, meta.cell_height)
            glyph = pygame.Surface(rect.size, pygame.SRCALPHA, 32)
            glyph.blit(sheet, (0, 0), rect)
            self._glyphs[ch] = glyph
            self._advance[ch] = advance
        if _FALLBACK not in self._glyphs:
            raise ValueError("font has no '?' glyph to stand in for unknown characters")
        self._masks: OrderedDict[str, pygame.Surface] = OrderedDict()
        self._cache: OrderedDict[tuple[str, Color], pygame.Surface] = OrderedDict()

    @classmethod
    def load(cls, png: Path, meta: Path) -> PixelFont:
        """Load a font sheet and its JSON description (no display needed)."""
        sheet = pygame.image.load(str(png))
        data = json.loads(Path(meta).read_text(encoding="utf-8"))
        return cls(sheet, FontMeta.from_json(data))

    def scaled(self, factor: int, line_height: int | None = None) -> PixelFont:
        """This font `factor` times as large, pixel for pixel: large text that still looks
        drawn. `line_height`: its own (default: `factor` times this font's)."""
        meta = self.meta
        larger = replace(
            meta,
            cell_width=meta.cell_width * factor,
            cell_height=meta.cell_height * factor,
            baseline=meta.baseline * factor,
            line_height=meta.line_height * factor if line_height is None else line_height,
            spacing=meta.spacing * factor,
            widths=tuple(width * factor for width in meta.widths),
        )
        return PixelFont(pygame.transform.scale_by(self._sheet, factor), larger)

    # ------------------------------------------------------------ measuring
    def _char(self, ch: str) -> str:
        return ch if ch in self._glyphs else _FALLBACK

    def line_width(self, line: str) -> int:
        """Pixel width of one line (no trailing spacing)."""
        if not line:
            return 0
        return sum(self._advance[self._char(ch)] for ch in line) - self.meta.spacing

    def size(self, text: str) -> tuple[int, int]:
        """(width, height) of the rendered text; '\\n' starts a new line."""
        lines = text.split("\n")
        return max(self.line_width(line) for line in lines), self.line_height * len(lines)

    # ------------------------------------------------------------ wrapping
    def wrap(self, text: str, width: int) -> list[str]:
        """Greedy word wrap to `width` pixels; '\\n' forces a break.

        A word wider than `width` is broken between characters.
        """
        out: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = word if not line else f"{line} {word}"
                if self.line_width(candidate) <= width:
                    line = candidate
                    continue
                if line:
                    out.append(line)
                    line = ""
                while self.line_width(word) > width and len(word) > 1:
                    cut = 1
                    while cut < len(word) and self.line_width(word[: cut + 1]) <= width:
                        cut += 1
                    out.append(word[:cut])
                    word = word[cut:]
                line = word
            out.append(line)
        return out

    # ------------------------------------------------------------ rendering
    def _mask(self, text: str) -> pygame.Surface:
        mask = self._masks.get(text)
        if mask is not None:
            self._masks.move_to_end(text)
            return mask
        width, height = self.size(text)
        mask = pygame.Surface((max(width, 1), max(height, 1)), pygame.SRCALPHA, 32)
        for row, line in enumerate(text.split("\n")):
            x = 0
            y = row * self.line_height
            for ch in line:
                key = self._char(ch)
                mask.blit(self._glyphs[key], (x, y))
                x += self._advance[key]
        self._masks[text] = mask
        if len(self._masks) > _CACHE_SIZE:
            self._masks.popitem(last=False)
        return mask

    def render(self, text: str, color: Color) -> pygame.Surface:
        """Text in `color` on transparent (per-pixel alpha). Cached: treat as read-only."""
        key = (text, (int(color[0]), int(color[1]), int(color[2])))
        surface = self._cache.get(key)
        if surface is not None:
            self._cache.move_to_end(key)
            return surface
        surface = self._mask(text).copy()
        surface.fill((*key[1], 255), special_flags=pygame.BLEND_RGBA_MULT)
        self._cache[key] = surface
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return surface


_DEFAULT: PixelFont | None = None


def default_font() -> PixelFont:
    """The game's font from assets/font/ (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        folder = assets_dir() / "font"
        _DEFAULT = PixelFont.load(folder / "pixel.png", folder / "pixel.json")
    return _DEFAULT
