"""Build the pixel font sheet (white glyphs on transparent) and its JSON description."""

from __future__ import annotations

import json

from .font_glyphs import CAP_HEIGHT, GLYPH_ROWS, glyph_rows
from .render import Pixels, blank

FIRST = 32
LAST = 126
COLUMNS = 16
CELL_W = 8
CELL_H = 8
LINE_HEIGHT = 10
WHITE = (255, 255, 255, 255)


def font_sheet() -> tuple[Pixels, str]:
    count = LAST - FIRST + 1
    rows = (count + COLUMNS - 1) // COLUMNS
    sheet = blank(COLUMNS * CELL_W, rows * CELL_H)
    widths: list[int] = []
    for index in range(count):
        glyph = glyph_rows(chr(FIRST + index))
        width = len(glyph[0])
        if width >= CELL_W or len(glyph) > CELL_H:
            raise ValueError(f"glyph {chr(FIRST + index)!r} does not fit its cell")
        widths.append(width + 1)
        cx, cy = (index % COLUMNS) * CELL_W, (index // COLUMNS) * CELL_H
        for y, row in enumerate(glyph):
            for x, ch in enumerate(row):
                if ch == "#":
                    sheet[cy + y][cx + x] = WHITE
    meta = {
        "cell_width": CELL_W,
        "cell_height": CELL_H,
        "baseline": CAP_HEIGHT,
        "line_height": LINE_HEIGHT,
        "glyph_height": GLYPH_ROWS,
        "first": FIRST,
        "count": count,
        "columns": COLUMNS,
        "spacing": 1,
        "widths": widths,
    }
    return sheet, json.dumps(meta, indent=1, sort_keys=True) + "\n"
