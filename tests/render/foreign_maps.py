"""Maps written the way Tiled writes them, by people who never heard of the game's map contract.

Each map exercises what Tiled lets a mapper do and tmxrasterizer draws: tile sizes, tilesets
with margins and spacing, embedded and external tilesets (.tsx or .xml), every layer data
encoding, flips, offsets, opacity, hidden layers, groups, colour keys, image collections, tile
offsets, animated tiles, image layers (repeated or not), tile objects (scaled, flipped,
rotated), shapes, and PNG, JPEG and GIF images. The art is drawn here with pygame (GIFs
encoded here too, pygame writes none), so everything is deterministic and nothing binary is
checked in.
"""

from __future__ import annotations

import base64
import gzip
import struct
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pygame

H, V, D = 0x80000000, 0x40000000, 0x20000000  # Tiled's flip bits in a gid
FLIPS = (0, H, V, D, H | V, H | D, V | D, H | V | D)
KEY = (255, 0, 255)  # the colour-keyed tileset's transparent colour
BACKDROP = (40, 50, 90)  # behind what JPEGs and some GIFs show
PALETTE = [
    (205, 92, 92),
    (72, 160, 120),
    (70, 110, 200),
    (230, 190, 60),
    (150, 80, 170),
    (60, 170, 190),
    (240, 130, 50),
    (120, 120, 120),
    (170, 210, 90),
    (110, 60, 40),
    (220, 220, 230),
    (40, 50, 90),
]


@dataclass(frozen=True)
class ForeignMap:
    name: str
    text: str  # the .tmx file
    # Layers tmxrasterizer is told to leave out (--hide-layer), and why.
    hidden_from_tiled: tuple[str, ...] = ()
    hidden_why: str = ""
    # How far a pixel's premultiplied channels may stray before it counts as different, and
    # why that far (see the test module for the default).
    tolerance: int = 0
    tolerance_why: str = ""


# --- art -------------------------------------------------------------------------------------


def _tile(
    size: tuple[int, int], index: int, background: tuple[int, int, int, int]
) -> pygame.Surface:
    """One tile: a flat colour, a white mark in its top-left corner and a dark bottom row (so
    every flip shows), and a see-through notch at the top right."""
    width, height = size
    tile = pygame.Surface(size, pygame.SRCALPHA)
    tile.fill(PALETTE[index % len(PALETTE)])
    tile.fill((255, 255, 255), (1, 1, max(width // 4, 1), max(height // 8, 1)))
    tile.fill((20, 20, 30), (0, height - max(height // 8, 1), width, max(height // 8, 1)))
    tile.fill(background, (width - width // 4, 0, width // 4, height // 4))
    shade = PALETTE[(index + 5) % len(PALETTE)]
    tile.fill((*shade, 128), (width // 4, height // 2, width // 2, max(height // 6, 1)))
    return tile


def tileset_image(
    tile: tuple[int, int],
    columns: int,
    rows: int,
    margin: int = 0,
    spacing: int = 0,
    key: tuple[int, int, int] | None = None,
) -> pygame.Surface:
    """A tileset sheet; margins and spacing hold a loud colour so a mis-cut tile shows."""
    width = 2 * margin + columns * tile[0] + (columns - 1) * spacing
    height = 2 * margin + rows * tile[1] + (rows - 1) * spacing
    sheet = pygame.Surface((width, height), pygame.SRCALPHA)
    sheet.fill((0, 255, 0, 255))
    background = (*key, 255) if key else (0, 0, 0, 0)
    for index in range(columns * rows):
        row, column = divmod(index, columns)
        at = (margin + column * (tile[0] + spacing), margin + row * (tile[1] + spacing))
        sheet.fill((0, 0, 0, 0), (*at, *tile))
        sheet.blit(_tile(tile, index, background), at)
    if key:
        # A colour-keyed sheet is opaque: the key colour stands for the see-through pixels.
        opaque = pygame.Surface(sheet.get_size())
        opaque.fill(key)
        opaque.blit(sheet, (0, 0))
        return opaque
    return sheet


def picture(size: tuple[int, int], seed: int) -> pygame.Surface:
    """A picture for image layers and image-collection tiles: stripes, a frame and a disc."""
    image = pygame.Surface(size, pygame.SRCALPHA)
    for x in range(0, size[0], 4):
        image.fill(PALETTE[(seed + x // 4) % len(PALETTE)], (x, 0, 4, size[1]))
    pygame.draw.rect(image, (255, 255, 255), image.get_rect(), 1)
    pygame.draw.circle(image, (0, 0, 0, 90), (size[0] // 2, size[1] // 2), min(size) // 3)
    image.fill((0, 0, 0, 0), (size[0] - 3, size[1] - 3, 3, 3))
    return image


def keyed_picture(size: tuple[int, int]) -> pygame.Surface:
    image = pygame.Surface(size)
    image.fill(KEY)
    pygame.draw.rect(image, PALETTE[2], (2, 2, size[0] - 4, size[1] - 4), 3)
    pygame.draw.line(image, PALETTE[3], (0, size[1] - 1), (size[0] - 1, 0), 2)
    return image


def flat_picture(
    size: tuple[int, int], seed: int, margin: tuple[int, int, int] | None = None
) -> pygame.Surface:
    """A picture a GIF can hold, every pixel opaque or clear: stripes, a frame and a dark disc
    inside a margin (clear, or of the `margin` colour) that a GIF leaves out of its frame."""
    image = pygame.Surface(size, pygame.SRCALPHA)
    image.fill(margin or (0, 0, 0, 0))
    inner = image.get_rect().inflate(-6, -8).move(1, 2)
    for x in range(inner.left, inner.right, 4):
        image.fill(PALETTE[(seed + x // 4) % len(PALETTE)], (x, inner.top, 4, inner.height))
    pygame.draw.rect(image, (255, 255, 255), inner, 1)
    pygame.draw.circle(image, (20, 20, 30), inner.center, min(inner.size) // 3)
    return image


def clear_key(image: pygame.Surface) -> pygame.Surface:
    """The image with its KEY-coloured pixels made transparent."""
    keyed = image.copy()
    keyed.set_colorkey(KEY)
    clear = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    clear.blit(keyed, (0, 0))
    return clear


def opaque(image: pygame.Surface) -> pygame.Surface:
    """The image over BACKDROP: what a JPEG, which has no transparency, can hold."""
    flat = pygame.Surface(image.get_size())
    flat.fill(BACKDROP)
    flat.blit(image, (0, 0))
    return flat


def gif_file(image: pygame.Surface, backdrop: tuple[int, int, int] | None = None) -> bytes:
    """A GIF of the image, its pixels opaque or clear. Its frame covers only what is not
    transparent (or, with `backdrop`, not of that colour, which becomes the background
    colour), as GIF optimisers write them. The pixels go uncompressed: each is one 9-bit LZW
    code, and a clear code every 254 keeps the codes from growing."""
    width, height = image.get_size()
    rgba = pygame.image.tobytes(image, "RGBA")
    pixels = [tuple(rgba[i : i + 4]) for i in range(0, len(rgba), 4)]
    assert all(p[3] in (0, 255) for p in pixels), "a GIF pixel is opaque or clear"
    colours = sorted({p[:3] for p in pixels if p[3]} | ({backdrop} if backdrop else set()))
    assert len(colours) < 256, "a GIF holds at most 255 colours and a clear one"
    clear = len(colours)
    index = {colour: i for i, colour in enumerate(colours)}
    shown = [(i % width, i // width) for i, p in enumerate(pixels) if p[3] and p[:3] != backdrop]
    left, top = min(x for x, _ in shown), min(y for _, y in shown)
    frame = (left, top, max(x for x, _ in shown) - left + 1, max(y for _, y in shown) - top + 1)
    screen = struct.pack("<HHBBB", width, height, 0xF7, index[backdrop] if backdrop else 0, 0)
    table = b"".join(bytes(c) for c in colours) + bytes(3 * (256 - len(colours)))
    control = b"" if backdrop else bytes((0x21, 0xF9, 4, 1, 0, 0, clear, 0))
    descriptor = b"\x2c" + struct.pack("<HHHHB", *frame, 0)
    codes = []
    rows = [
        pixels[y * width + left : y * width + left + frame[2]] for y in range(top, top + frame[3])
    ]
    for count, pixel in enumerate(pixel for row in rows for pixel in row):
        if count % 254 == 0:
            codes.append(256)
        codes.append(index[pixel[:3]] if pixel[3] else clear)
    codes.append(257)
    packed = sum(code << (9 * i) for i, code in enumerate(codes))
    data = packed.to_bytes(-(-9 * len(codes) // 8), "little")
    blocks = b"".join(
        bytes((len(data[i : i + 255]),)) + data[i : i + 255] for i in range(0, len(data), 255)
    )
    return b"GIF89a" + screen + table + control + descriptor + b"\x08" + blocks + b"\x00\x3b"


ART: dict[str, Callable[[], pygame.Surface]] = {
    "sheet32.png": lambda: tileset_image((32, 32), 4, 3),
    "sheet8.png": lambda: tileset_image((8, 8), 6, 4, margin=1, spacing=2),
    "sheet24x16.png": lambda: tileset_image((24, 16), 4, 2, margin=2, spacing=1),
    "sheet24x32.png": lambda: tileset_image((24, 32), 3, 2),
    "sheet16.png": lambda: tileset_image((16, 16), 5, 4),
    "sheet16_spaced.png": lambda: tileset_image((16, 16), 3, 3, margin=3, spacing=4),
    "sheet32_offset.png": lambda: tileset_image((32, 32), 2, 2),
    "sheet16_keyed.png": lambda: tileset_image((16, 16), 4, 2, key=KEY),
    "piece_a.png": lambda: picture((16, 16), 0),
    "piece_b.png": lambda: picture((32, 48), 3),
    "piece_c.png": lambda: picture((48, 24), 6),
    "piece_d.png": lambda: picture((20, 36), 9),
    "backdrop.png": lambda: picture((100, 70), 1),
    "overhang.png": lambda: picture((40, 30), 4),
    "keyed_backdrop.png": lambda: keyed_picture((60, 40)),
    "sheet16.gif": lambda: clear_key(tileset_image((16, 16), 4, 2, key=KEY)),
    "framed.gif": lambda: flat_picture((50, 40), 2),
    "framed_on_colour.gif": lambda: flat_picture((44, 30), 5, margin=BACKDROP),
    "sheet16.jpg": lambda: opaque(tileset_image((16, 16), 5, 4)),
    "backdrop.jpg": lambda: opaque(picture((100, 70), 1)),
}
GIF_BACKDROPS = {"framed_on_colour.gif": BACKDROP}  # GIFs without a clear colour


# --- TMX text --------------------------------------------------------------------------------


def _data(gids: list[int], width: int, encoding: str) -> str:
    """A <data> element as Tiled writes it in each of its formats."""
    if encoding == "csv":
        rows = [",".join(str(g) for g in gids[i : i + width]) for i in range(0, len(gids), width)]
        return '<data encoding="csv">\n' + ",\n".join(rows) + "\n</data>"
    raw = struct.pack(f"<{len(gids)}I", *gids)
    compression = {"base64": None, "zlib": "zlib", "gzip": "gzip"}[encoding]
    if compression == "zlib":
        raw = zlib.compress(raw)
    elif compression == "gzip":
        raw = gzip.compress(raw, mtime=0)
    attribute = f' compression="{compression}"' if compression else ""
    text = base64.b64encode(raw).decode("ascii")
    return f'<data encoding="base64"{attribute}>\n   {text}\n  </data>'


def layer(
    name: str,
    size: tuple[int, int],
    gids: list[int],
    encoding: str = "csv",
    extra: str = "",
) -> str:
    width, height = size
    head = f'<layer name="{name}" width="{width}" height="{height}"{extra}>'
    return f"  {head}\n  {_data(gids, width, encoding)}\n </layer>"


def grid(size: tuple[int, int], pick: Callable[[int, int], int]) -> list[int]:
    """Row-major gids for a width x height layer, `pick(column, row)` each."""
    width, height = size
    return [pick(column, row) for row in range(height) for column in range(width)]


@cache
def art(name: str) -> pygame.Surface:
    return ART[name]()


def tileset(
    firstgid: int,
    name: str,
    tile: tuple[int, int],
    image: str,
    count: int,
    columns: int,
    extra: str = "",
    inner: str = "",
) -> str:
    """An embedded tileset; `extra` adds attributes (margin, spacing), `inner` elements."""
    sheet = art(image)
    return (
        f' <tileset firstgid="{firstgid}" name="{name}" tilewidth="{tile[0]}"'
        f' tileheight="{tile[1]}" tilecount="{count}" columns="{columns}"{extra}>\n'
        f"  {inner}"
        f'<image source="../art/{image}" width="{sheet.get_width()}"'
        f' height="{sheet.get_height()}"{_trans(image)}/>\n </tileset>'
    )


def _trans(image: str) -> str:
    return ' trans="ff00ff"' if "keyed" in image else ""


def external_tileset(
    name: str, tile: tuple[int, int], image: str, count: int, columns: int, extra: str = ""
) -> str:
    """A .tsx file's text, as Tiled saves one."""
    sheet = art(image)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<tileset version="1.8" tiledversion="1.8.2" name="{name}" tilewidth="{tile[0]}"'
        f' tileheight="{tile[1]}" tilecount="{count}" columns="{columns}"{extra}>\n'
        f' <image source="../art/{image}" width="{sheet.get_width()}"'
        f' height="{sheet.get_height()}"{_trans(image)}/>\n</tileset>\n'
    )


def collection_tileset(firstgid: int, name: str, pieces: Iterable[str], inner: str = "") -> str:
    """An image-collection tileset: one image per tile, each its own size."""
    tiles = []
    sizes = []
    for tile_id, piece in enumerate(pieces):
        width, height = art(piece).get_size()
        sizes.append((width, height))
        tiles.append(
            f'  <tile id="{tile_id}">\n   <image width="{width}" height="{height}"'
            f' source="../art/{piece}"/>\n  </tile>'
        )
    width = max(w for w, _ in sizes)
    height = max(h for _, h in sizes)
    return (
        f' <tileset firstgid="{firstgid}" name="{name}" tilewidth="{width}" tileheight="{height}"'
        f' tilecount="{len(tiles)}" columns="0">\n  {inner}<grid orientation="orthogonal"'
        f' width="1" height="1"/>\n' + "\n".join(tiles) + "\n </tileset>"
    )


def tmx(
    size: tuple[int, int],
    tile: tuple[int, int],
    body: Iterable[str],
    background: str = "",
    renderorder: str = "right-down",
) -> str:
    colour = f' backgroundcolor="{background}"' if background else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal"'
        f' renderorder="{renderorder}" width="{size[0]}" height="{size[1]}"'
        f' tilewidth="{tile[0]}" tileheight="{tile[1]}" infinite="0"{colour}'
        ' nextlayerid="50" nextobjectid="200">\n' + "\n".join(body) + "\n</map>\n"
    )


# --- the maps --------------------------------------------------------------------------------


def _every_flip(count: int, first: int = 1) -> Callable[[int, int], int]:
    """Cells that walk through the tiles and all eight flip combinations."""
    return lambda c, r: (first + (c * 3 + r * 5) % count) | FLIPS[(c + 2 * r) % len(FLIPS)]


def _sparse(count: int, first: int = 1) -> Callable[[int, int], int]:
    return lambda c, r: 0 if (c * 7 + r * 3) % 4 else first + (c + r) % count


def grid32() -> ForeignMap:
    size = (8, 6)
    return ForeignMap(
        "grid32_csv_background",
        tmx(
            size,
            (32, 32),
            [
                tileset(1, "big", (32, 32), "sheet32.png", 12, 4),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 12)),
                layer("flips", size, grid(size, _sparse(12))),
                layer("more flips", size, grid(size, _every_flip(12))),
            ],
            background="#203040",
        ),
    )


def grid8() -> ForeignMap:
    size = (20, 14)
    return ForeignMap(
        "grid8_base64_external_margin_spacing",
        tmx(
            size,
            (8, 8),
            [
                ' <tileset firstgid="1" source="../tilesets/small.tsx"/>',
                layer("ground", size, grid(size, lambda c, r: 1 + (c * r) % 24), "base64"),
                layer("flipped", size, grid(size, _every_flip(24)), "base64"),
            ],
        ),
    )


def non_square() -> ForeignMap:
    size = (10, 8)
    return ForeignMap(
        "non_square_zlib_flips_tall_tiles",
        tmx(
            size,
            (24, 16),
            [
                tileset(1, "wide", (24, 16), "sheet24x16.png", 8, 4, ' spacing="1" margin="2"'),
                tileset(9, "tall", (24, 32), "sheet24x32.png", 6, 3),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + 2 * r) % 8), "zlib"),
                layer("diagonal", size, grid(size, _every_flip(8)), "zlib"),
                layer("tall", size, grid(size, _sparse(6, 9)), "zlib"),
            ],
            background="#102010",
        ),
    )


def many_tilesets() -> ForeignMap:
    size = (12, 10)
    offset_tiles = ' <tileoffset x="4" y="-6"/>\n  '
    return ForeignMap(
        "many_tilesets_gzip_offsets_opacity_hidden",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                ' <tileset firstgid="21" source="../tilesets/spaced.tsx"/>',
                tileset(30, "offset", (32, 32), "sheet32_offset.png", 4, 2, inner=offset_tiles),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + 3 * r) % 20), "gzip"),
                layer(
                    "shifted", size, grid(size, _sparse(9, 21)), "gzip", ' offsetx="5" offsety="-3"'
                ),
                layer("half", size, grid(size, _every_flip(20)), "gzip", ' opacity="0.5"'),
                layer(
                    "off grid",
                    size,
                    grid(size, _sparse(4, 30)),
                    "gzip",
                    ' opacity="0.73" offsetx="-7.5" offsety="2.5"',
                ),
                layer("hidden", size, grid(size, lambda c, r: 3), "gzip", ' visible="0"'),
            ],
        ),
    )


def groups() -> ForeignMap:
    size = (10, 8)

    def fill(gid: int) -> list[int]:
        return grid(size, lambda c, r: gid + (c + r) % 3 if (c + r) % 3 else 0)

    return ForeignMap(
        "groups_offset_opacity_hidden",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                layer("ground", size, grid(size, lambda c, r: 1 + (c * 2 + r) % 20)),
                ' <group name="outer" offsetx="8" offsety="4" opacity="0.6">',
                layer("in outer", size, fill(4), extra=' offsetx="-3" offsety="2" opacity="0.8"'),
                layer("hidden child", size, fill(7), extra=' visible="0"'),
                '  <group name="inner" offsety="-5">',
                layer("in inner", size, fill(10)),
                "  </group>",
                " </group>",
                ' <group name="hidden group" visible="0">',
                layer("in hidden group", size, fill(13)),
                " </group>",
            ],
        ),
    )


def colour_key() -> ForeignMap:
    size = (8, 6)
    return ForeignMap(
        "colour_key_trans",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                tileset(21, "keyed", (16, 16), "sheet16_keyed.png", 8, 4),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 20)),
                layer("keyed", size, grid(size, _every_flip(8, 21))),
                ' <imagelayer name="keyed picture" offsetx="30" offsety="20">\n'
                '  <image source="../art/keyed_backdrop.png" width="60" height="40"'
                ' trans="ff00ff"/>\n </imagelayer>',
            ],
        ),
    )


def collection() -> ForeignMap:
    size = (10, 8)
    pieces = ("piece_a.png", "piece_b.png", "piece_c.png", "piece_d.png")

    def scattered(first: int, flips: bool) -> list[int]:
        def pick(c: int, r: int) -> int:
            if (c + 2 * r) % 3:
                return 0
            return (first + (c + r) % 4) | (FLIPS[(c * 3 + r) % len(FLIPS)] if flips else 0)

        return grid(size, pick)

    return ForeignMap(
        "image_collection_and_tile_offset",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                collection_tileset(21, "pieces", pieces),
                collection_tileset(25, "shifted pieces", pieces, '<tileoffset x="-5" y="7"/>\n  '),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 20)),
                layer("pieces", size, scattered(21, flips=False)),
                layer("flipped pieces", size, scattered(21, flips=True), extra=' offsety="8"'),
                layer("shifted pieces", size, scattered(25, flips=False), extra=' offsetx="8"'),
            ],
        ),
    )


def _image_layer(name: str, image: str, attributes: str) -> str:
    width, height = art(image).get_size()
    trans = ' trans="ff00ff"' if "keyed" in image else ""
    return (
        f' <imagelayer name="{name}"{attributes}>\n'
        f'  <image source="../art/{image}" width="{width}" height="{height}"{trans}/>\n'
        " </imagelayer>"
    )


def image_layers() -> ForeignMap:
    size = (6, 5)

    return ForeignMap(
        "image_layers_beyond_the_map",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                _image_layer("backdrop", "backdrop.png", ' offsetx="-12" offsety="-5"'),
                layer("ground", size, grid(size, _sparse(20)), extra=' opacity="0.9"'),
                _image_layer("faded", "overhang.png", ' offsetx="10" offsety="6" opacity="0.6"'),
                _image_layer("hidden", "overhang.png", ' offsetx="70" offsety="70" visible="0"'),
            ],
            background="#ffe0c0",
        ),
    )


def _tile_object(
    oid: int, gid: int, x: float, y: float, size: tuple[float, float], extra: str = ""
) -> str:
    return (
        f'  <object id="{oid}" gid="{gid}" x="{x:g}" y="{y:g}" width="{size[0]:g}"'
        f' height="{size[1]:g}"{extra}/>'
    )


def tile_objects() -> ForeignMap:
    size = (12, 10)
    pieces = ("piece_a.png", "piece_b.png", "piece_c.png", "piece_d.png")
    offset_tiles = ' <tileoffset x="4" y="-6"/>\n  '
    objects = [
        _tile_object(1, 3, 16, 32, (16, 16)),
        _tile_object(2, 4, 40, 72, (32, 32)),  # twice the tile's size
        _tile_object(3, 5, 80, 44, (24, 12)),  # stretched one way, squeezed the other
        _tile_object(4, 6 | H, 112, 32, (16, 16)),
        _tile_object(5, 7 | H | V, 136, 32, (16, 16)),
        _tile_object(6, 8 | V, 160, 32, (16, 16)),
        _tile_object(7, 21, 16, 120, (32, 32)),  # a tileset with a tile offset
        _tile_object(8, 22, 56, 130, (48, 48)),  # ... scaled, offset scaled with it
        _tile_object(9, 26, 112, 112, (32, 48)),  # an image-collection tile
        _tile_object(10, 27, 150, 150, (24, 12)),  # ... scaled down
        _tile_object(11, 9, 10, 150, (16, 16), ' visible="0"'),
        # Listed out of order: Tiled draws them top-down by their y (the default draw order).
        _tile_object(12, 10, 100, 150, (16, 16)),
        _tile_object(13, 11, 106, 142, (16, 16)),
    ]
    return ForeignMap(
        "tile_objects_scaled_flipped_offset",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                tileset(21, "offset", (32, 32), "sheet32_offset.png", 4, 2, inner=offset_tiles),
                collection_tileset(25, "pieces", pieces),
                layer("ground", size, grid(size, lambda c, r: 1 + (c * r) % 20)),
                ' <objectgroup name="things" offsetx="3" offsety="-2">\n'
                + "\n".join(objects)
                + "\n </objectgroup>",
                ' <objectgroup name="faded things" opacity="0.5">\n'
                + _tile_object(20, 12, 150, 100, (24, 24))
                + "\n </objectgroup>",
            ],
        ),
    )


def index_draw_order() -> ForeignMap:
    size = (6, 4)
    objects = [_tile_object(1, 3, 20, 40, (32, 32)), _tile_object(2, 4, 30, 30, (32, 32))]
    return ForeignMap(
        "object_draw_order_index",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                ' <objectgroup name="stacked" draworder="index">\n'
                + "\n".join(objects)
                + "\n </objectgroup>",
            ],
        ),
    )


def _objects(name: str, attributes: str, objects: Iterable[str]) -> str:
    return f' <objectgroup name="{name}"{attributes}>\n' + "\n".join(objects) + "\n </objectgroup>"


def rectangles() -> ForeignMap:
    size = (12, 8)
    boxes = [
        '  <object id="1" x="16" y="16" width="32" height="16"/>',
        '  <object id="2" type="Door" x="64" y="16" width="16" height="16"/>',
        '  <object id="3" x="96" y="12" width="48" height="40"/>',
        '  <object id="4" x="60.5" y="70.25" width="21.5" height="13"/>',
        '  <object id="5" x="110" y="90"/>',  # no size: Tiled draws a 20 x 20 box around it
        '  <object id="6" x="20" y="100" width="4" height="2"/>',
        '  <object id="7" x="150" y="60" width="30" height="10" visible="0"/>',
    ]
    return ForeignMap(
        "shapes_rectangles",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 20)),
                _objects("zones", "", boxes[:4]),
                _objects("more zones", ' offsetx="2" offsety="3" opacity="0.6"', boxes[4:]),
            ],
        ),
    )


def other_shapes() -> ForeignMap:
    size = (14, 10)
    shapes = [
        '  <object id="1" x="20" y="20" width="40" height="24"><ellipse/></object>',
        '  <object id="2" x="80" y="16" width="24" height="24"><ellipse/></object>',
        '  <object id="3" x="130" y="20" width="0" height="20"><ellipse/></object>',
        '  <object id="4" x="20" y="70"><polygon points="0,0 40,10 20,30 5,20"/></object>',
        '  <object id="5" x="80" y="70"><polyline points="0,0 30,0 30,20 50,30"/></object>',
        '  <object id="6" x="170" y="90"><point/></object>',
        '  <object id="7" x="150" y="20" width="30" height="14" rotation="25"/>',
        '  <object id="8" x="40" y="130"><polyline points="0,0 60,0 60,-8"/></object>',
    ]
    label = (
        '  <object id="20" x="100" y="120" width="80" height="20">'
        '<text wrap="1">Hello</text></object>'
    )
    return ForeignMap(
        "shapes_ellipses_polygons_points",
        tmx(size, (16, 16), [_objects("shapes", "", shapes), _objects("labels", "", [label])]),
        hidden_from_tiled=("labels",),
        hidden_why="text is drawn with the system's fonts, which the game does not have",
        tolerance=32,
        tolerance_why="Qt offsets and flattens curves its own way: the antialiased edges of"
        " ellipse outlines and the point pin differ by up to about 30 levels of alpha",
    )


def coloured_layer() -> ForeignMap:
    size = (6, 4)
    boxes = ['  <object id="1" x="16" y="16" width="32" height="16"/>']
    return ForeignMap(
        "object_layer_colour",
        tmx(size, (16, 16), [_objects("red zones", ' color="#ff0000"', boxes)]),
    )


def _animation(frames: Iterable[tuple[int, int]]) -> str:
    """An <animation> of (tile id, duration in ms) frames."""
    rows = "".join(f'<frame tileid="{tile}" duration="{ms}"/>' for tile, ms in frames)
    return f"<animation>{rows}</animation>"


def animated_tiles() -> ForeignMap:
    size = (10, 8)
    pieces = ("piece_a.png", "piece_b.png", "piece_c.png", "piece_d.png")
    # Tile 2 runs through 7, 8, 2: Tiled's still picture shows tile 7. Tile 5 starts on
    # itself, tile 9 on tile 0; the collection's tile 0 starts on its taller tile 1.
    sheet_animations = (
        f'<tile id="2">{_animation([(7, 150), (8, 150), (2, 300)])}</tile>\n  '
        f'<tile id="5">{_animation([(5, 100), (11, 100)])}</tile>\n  '
        f'<tile id="9">{_animation([(0, 500), (9, 500)])}</tile>\n  '
    )
    collection = collection_tileset(21, "pieces", pieces).replace(
        '<tile id="0">', f'<tile id="0">\n   {_animation([(1, 200), (0, 200)])}', 1
    )

    def animated(c: int, r: int) -> int:
        gid = (3, 6, 10, 21, 1)[(c + 2 * r) % 5]
        return gid | FLIPS[(c * 3 + r) % len(FLIPS)] if gid != 21 else gid

    objects = [
        _tile_object(1, 3, 16, 40, (16, 16)),
        _tile_object(2, 3 | H, 40, 72, (32, 24)),  # scaled and flipped: the frame is too
        _tile_object(3, 21, 90, 120, (20, 30)),  # the collection's: its first frame scaled
        _tile_object(4, 10 | V, 130, 60, (16, 16)),
    ]
    return ForeignMap(
        "animated_tiles_first_frame",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5, inner=sheet_animations),
                collection,
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 20)),
                layer("animated", size, grid(size, animated), extra=' opacity="0.8"'),
                _objects("animated things", "", objects),
            ],
        ),
    )


def rotated_tile_objects() -> ForeignMap:
    size = (14, 13)
    pieces = ("piece_a.png", "piece_b.png", "piece_c.png", "piece_d.png")
    offset_tiles = ' <tileoffset x="4" y="-6"/>\n  '

    def turned(
        oid: int, gid: int, x: float, y: float, size: tuple[float, float], turn: float
    ) -> str:
        return _tile_object(oid, gid, x, y, size, f' rotation="{turn:g}"')

    tiles = [
        turned(1, 3, 30, 40, (16, 16), 90),
        turned(2, 4, 70, 40, (16, 16), 180),
        turned(3, 5, 100, 40, (16, 16), 270),
        turned(4, 6, 130, 50, (16, 16), 30),
        turned(5, 7 | H, 170, 50, (32, 24), -45),  # scaled, flipped, turned the other way
        turned(6, 8 | V | D, 30, 110, (24, 40), 123.5),
        turned(7, 21, 80, 110, (32, 32), 60),  # a tileset with a tile offset
        turned(8, 22, 130, 120, (48, 24), 200),  # ... scaled, the offset scaled and turned
        turned(9, 26, 180, 130, (32, 48), 15),  # an image-collection tile
        # Upright, but drawn as Tiled draws them: a diagonal flip turns the box a quarter,
        # and a scaled tile lands where its fractional box says.
        _tile_object(10, 11 | D, 150.3, 90.6, (24, 40)),
        _tile_object(11, 22, 60.5, 200.25, (48, 24)),
        turned(12, 9, 200.5, 170.25, (20, 12.5), 400),  # a whole turn and then some
        turned(13, 10, 110, 170, (16, 16), 360),  # a whole turn: upright
    ]
    return ForeignMap(
        "tile_objects_rotated_and_diagonal",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                tileset(21, "offset", (32, 32), "sheet32_offset.png", 4, 2, inner=offset_tiles),
                collection_tileset(25, "pieces", pieces),
                layer("ground", size, grid(size, lambda c, r: 1 + (c * r) % 20)),
                _objects("turned tiles", ' offsetx="3" offsety="-2"', tiles[:-2]),
                _objects("faded turned tiles", ' opacity="0.6"', tiles[-2:]),
            ],
        ),
    )


def rotated_shapes() -> ForeignMap:
    size = (14, 12)
    shapes = [
        '  <object id="1" x="20" y="140" width="30" height="14" rotation="35"><ellipse/></object>',
        '  <object id="2" x="80" y="150" rotation="-20">'
        '<polygon points="0,0 30,5 15,25 0,15"/></object>',
        '  <object id="3" x="150" y="150" rotation="100">'
        '<polyline points="0,0 20,0 20,15"/></object>',
        '  <object id="4" x="200" y="30" rotation="45"><point/></object>',
        '  <object id="5" x="60" y="175" width="40" height="8" rotation="170"/>',
        '  <object id="6" x="120" y="40" width="50" height="30" rotation="-75"/>',
    ]
    return ForeignMap(
        "shapes_rotated",
        tmx(size, (16, 16), [_objects("turned shapes", "", shapes)]),
        tolerance=32,
        tolerance_why="Qt offsets and flattens curves its own way: the antialiased edges of"
        " the turned ellipse's outline and of the point pin differ by up to about 30 levels",
    )


def repeated_image_layers() -> ForeignMap:
    size = (12, 9)
    return ForeignMap(
        "image_layers_repeated",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                # Tiled repeats the image across the whole picture, grown by this layer's
                # offset too, each copy in step with the layer's own offset.
                layer("ground", size, grid(size, _sparse(20)), extra=' offsetx="-20" offsety="9"'),
                _image_layer("across", "overhang.png", ' repeatx="1" offsetx="-13" offsety="7"'),
                _image_layer("down", "piece_d.png", ' repeaty="1" offsetx="150" offsety="-25"'),
                ' <group name="shifted" offsetx="3.5" offsety="-2">',
                _image_layer(
                    "both",
                    "piece_a.png",
                    ' repeatx="1" repeaty="1" offsetx="40" offsety="30.5" opacity="0.4"',
                ),
                " </group>",
                _image_layer(
                    "keyed", "keyed_backdrop.png", ' repeatx="1" offsetx="5" offsety="100"'
                ),
                _image_layer("hidden", "backdrop.png", ' repeatx="1" repeaty="1" visible="0"'),
            ],
        ),
    )


def gif_images() -> ForeignMap:
    size = (10, 7)
    return ForeignMap(
        "gif_images",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "gif sheet", (16, 16), "sheet16.gif", 8, 4),
                collection_tileset(9, "gif pieces", ("framed.gif", "framed_on_colour.gif")),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 8)),
                layer("flipped", size, grid(size, _every_flip(8))),
                layer("pieces", size, grid(size, lambda c, r: 0 if (c + r) % 4 else 9 + c % 2)),
                _objects("things", "", [_tile_object(1, 9 | H, 100, 100, (30, 20))]),
                _image_layer("framed", "framed.gif", ' offsetx="20" offsety="30"'),
                _image_layer("on colour", "framed_on_colour.gif", ' offsetx="90" offsety="55"'),
            ],
        ),
    )


def jpeg_images() -> ForeignMap:
    # JPEG is lossy, but Tiled and the game decode the same file: their decoders' rounding
    # differs by a level here and there (measured: at most 2 after blending), within the
    # default tolerance.
    size = (10, 7)
    return ForeignMap(
        "jpeg_images",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "jpeg sheet", (16, 16), "sheet16.jpg", 20, 5),
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 20)),
                layer("flipped", size, grid(size, _every_flip(20)), extra=' opacity="0.7"'),
                _image_layer("photo", "backdrop.jpg", ' offsetx="30" offsety="20" opacity="0.8"'),
            ],
        ),
    )


def xml_tileset() -> ForeignMap:
    size = (8, 6)
    return ForeignMap(
        "external_tileset_saved_as_xml",
        tmx(
            size,
            (16, 16),
            [
                ' <tileset firstgid="1" source="../tilesets/plain.xml"/>',
                ' <tileset firstgid="21" source="../tilesets/spaced.tsx"/>',
                layer("ground", size, grid(size, lambda c, r: 1 + (c + r) % 20)),
                layer("spaced", size, grid(size, _sparse(9, 21))),
            ],
        ),
    )


def foreign_maps() -> list[ForeignMap]:
    return [
        grid32(),
        grid8(),
        non_square(),
        many_tilesets(),
        groups(),
        colour_key(),
        collection(),
        image_layers(),
        tile_objects(),
        index_draw_order(),
        rectangles(),
        other_shapes(),
        coloured_layer(),
        animated_tiles(),
        rotated_tile_objects(),
        rotated_shapes(),
        repeated_image_layers(),
        gif_images(),
        jpeg_images(),
        xml_tileset(),
    ]


def write_foreign_maps(folder: Path) -> dict[str, tuple[Path, ForeignMap]]:
    """Write the art, the external tilesets and every map under `folder`; maps by name."""
    for part in ("art", "tilesets", "maps"):
        (folder / part).mkdir(parents=True, exist_ok=True)
    for name in ART:
        if name.endswith(".gif"):  # pygame writes no GIF
            (folder / "art" / name).write_bytes(gif_file(art(name), GIF_BACKDROPS.get(name)))
        else:
            pygame.image.save(art(name), str(folder / "art" / name))
    (folder / "tilesets" / "small.tsx").write_text(
        external_tileset("small", (8, 8), "sheet8.png", 24, 6, ' spacing="2" margin="1"')
    )
    (folder / "tilesets" / "plain.xml").write_text(  # Tiled reads a tileset saved as .xml too
        external_tileset("plain", (16, 16), "sheet16.png", 20, 5)
    )
    (folder / "tilesets" / "spaced.tsx").write_text(
        external_tileset("spaced", (16, 16), "sheet16_spaced.png", 9, 3, ' spacing="4" margin="3"')
    )
    written = {}
    for foreign in foreign_maps():
        path = folder / "maps" / f"{foreign.name}.tmx"
        path.write_text(foreign.text)
        written[foreign.name] = (path, foreign)
    return written
