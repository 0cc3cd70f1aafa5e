"""Maps written the way Tiled writes them, by people who never heard of the game's map contract.

Each map exercises what Tiled lets a mapper do and tmxrasterizer draws: tile sizes, tilesets
with margins and spacing, embedded and external tilesets, every layer data encoding, flips,
offsets, opacity, hidden layers, groups, colour keys, image collections, tile offsets, image
layers, tile objects and shapes. The art is drawn here with pygame, so everything is
deterministic and nothing binary is checked in.
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
}


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


def image_layers() -> ForeignMap:
    size = (6, 5)

    def image_layer(name: str, image: str, attributes: str) -> str:
        width, height = art(image).get_size()
        return (
            f' <imagelayer name="{name}"{attributes}>\n'
            f'  <image source="../art/{image}" width="{width}" height="{height}"/>\n </imagelayer>'
        )

    return ForeignMap(
        "image_layers_beyond_the_map",
        tmx(
            size,
            (16, 16),
            [
                tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
                image_layer("backdrop", "backdrop.png", ' offsetx="-12" offsety="-5"'),
                layer("ground", size, grid(size, _sparse(20)), extra=' opacity="0.9"'),
                image_layer("faded", "overhang.png", ' offsetx="10" offsety="6" opacity="0.6"'),
                image_layer("hidden", "overhang.png", ' offsetx="70" offsety="70" visible="0"'),
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
    ]


def write_foreign_maps(folder: Path) -> dict[str, tuple[Path, ForeignMap]]:
    """Write the art, the external tilesets and every map under `folder`; maps by name."""
    for part in ("art", "tilesets", "maps"):
        (folder / part).mkdir(parents=True, exist_ok=True)
    for name in ART:
        pygame.image.save(art(name), str(folder / "art" / name))
    (folder / "tilesets" / "small.tsx").write_text(
        external_tileset("small", (8, 8), "sheet8.png", 24, 6, ' spacing="2" margin="1"')
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
