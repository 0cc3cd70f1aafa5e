"""Build the three tileset images and their Tiled .tsx files."""

from __future__ import annotations

from .palettes import PALETTES, RGBA
from .render import Pixels, blank, mix, paint
from .tiles import ANIMATIONS, COLUMNS, ROWS, SOLID_IDS, TILE_SIZE, TILES, TileDef, tile_for

TILESET_NAMES = ("real", "other", "between")


def tile_pixels(tile: TileDef, colours: dict[str, RGBA]) -> Pixels:
    pixels = blank(TILE_SIZE, TILE_SIZE)
    for lay in tile.layers:
        paint(pixels, lay.rows, lay.legend, colours)
    shadow = colours["shadow1"]
    for effect, amount in tile.effects:
        if effect == "shade_top":
            # A soft band: strongest on the top row, fading out over `amount` rows.
            for y in range(amount):
                pct = 62 * (amount - y) // amount
                pixels[y] = [mix(c, shadow, pct) if c[3] else c for c in pixels[y]]
        elif effect == "darken":
            pixels[:] = [[mix(c, shadow, amount) if c[3] else c for c in row] for row in pixels]
        else:
            raise ValueError(f"unknown effect {effect!r}")
    return pixels


def tileset_pixels(name: str) -> Pixels:
    colours = PALETTES[name]
    sheet = blank(COLUMNS * TILE_SIZE, ROWS * TILE_SIZE)
    for tile_id in range(COLUMNS * ROWS):
        tile = tile_for(name, tile_id)
        if tile is None:
            continue
        tx, ty = (tile_id % COLUMNS) * TILE_SIZE, (tile_id // COLUMNS) * TILE_SIZE
        for y, row in enumerate(tile_pixels(tile, colours)):
            sheet[ty + y][tx : tx + TILE_SIZE] = row
    return sheet


def tsx_text(name: str) -> str:
    width, height = COLUMNS * TILE_SIZE, ROWS * TILE_SIZE
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.10.2" name="{name}" '
        f'tilewidth="{TILE_SIZE}" tileheight="{TILE_SIZE}" '
        f'tilecount="{COLUMNS * ROWS}" columns="{COLUMNS}">',
        f' <image source="{name}.png" width="{width}" height="{height}"/>',
    ]
    for tile_id in sorted(TILES):
        tile = TILES[tile_id]
        lines.append(f' <tile id="{tile_id}">')
        lines.append("  <properties>")
        lines.append(f'   <property name="name" value="{tile.name}"/>')
        if tile_id in SOLID_IDS:
            lines.append('   <property name="solid" type="bool" value="true"/>')
        lines.append("  </properties>")
        if tile_id in ANIMATIONS:
            lines.append("  <animation>")
            for frame, ms in ANIMATIONS[tile_id]:
                lines.append(f'   <frame tileid="{frame}" duration="{ms}"/>')
            lines.append("  </animation>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"
