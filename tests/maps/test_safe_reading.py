"""Safe reading: bounded decoding, confined paths, limits, and no traceback on any input."""

from __future__ import annotations

import base64
import gzip
import os
import random
import struct
import zlib
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest

from coraline_game.maps.loader import load_map
from coraline_game.maps.problems import MapError
from coraline_game.maps.safe_io import Refused, confine
from coraline_game.maps.tile_data import TileDataError, decode_cells
from tests.maps.fixtures import content_copy, csv_layer, small_map

GIDS = [0, 1, 2, 0x80000003, 7, 0]
RAW = struct.pack("<6I", *GIDS)


def data(text: str, **attributes: str) -> Element:
    element = Element("data", attributes)
    element.text = text
    return element


@pytest.mark.parametrize(
    ("text", "attributes"),
    [
        (
            f"\n{','.join(map(str, GIDS[:3]))},\n{','.join(map(str, GIDS[3:]))}\n",
            {"encoding": "csv"},
        ),
        (f"\n   {base64.b64encode(RAW).decode()}\n  ", {"encoding": "base64"}),
        (
            base64.b64encode(zlib.compress(RAW)).decode(),
            {"encoding": "base64", "compression": "zlib"},
        ),
        (
            base64.b64encode(gzip.compress(RAW)).decode(),
            {"encoding": "base64", "compression": "gzip"},
        ),
    ],
)
def test_tile_data_formats_decode_alike(text: str, attributes: dict[str, str]) -> None:
    assert list(decode_cells(data(text, **attributes), 6)) == GIDS


def test_decompression_stops_at_the_cells_the_map_has() -> None:
    bomb = zlib.compress(bytes(32 * 1024 * 1024))  # 32 MiB of zeros in about 32 KiB
    with pytest.raises(TileDataError, match="more tile data than the map's 6 cells"):
        decode_cells(
            data(base64.b64encode(bomb).decode(), encoding="base64", compression="zlib"), 6
        )


@pytest.mark.parametrize(
    ("attributes", "sentence"),
    [
        ({}, "stores tiles as XML <tile> elements"),
        ({"encoding": "base64", "compression": "lz4"}, "is lz4-compressed"),
        ({"encoding": "hex"}, "uses the unknown encoding 'hex'"),
        ({"encoding": "csv", "compression": "zlib"}, "is zlib-compressed"),
    ],
)
def test_unreadable_formats_are_named(attributes: dict[str, str], sentence: str) -> None:
    with pytest.raises(TileDataError, match=sentence):
        decode_cells(data("", **attributes), 6)


def test_csv_values_must_fit_a_gid() -> None:
    with pytest.raises(TileDataError, match="bad CSV value '-1'"):
        decode_cells(data("0,-1", encoding="csv"), 2)


def test_confine_keeps_paths_inside_the_content_folder(tmp_path: Path) -> None:
    root = (tmp_path / "content").resolve()
    (root / "maps").mkdir(parents=True)
    (root / "assets").mkdir()
    assert confine("../assets/x.png", root / "maps", root) == root / "assets" / "x.png"
    for escaping in ("../../x.png", "/etc/passwd", str(tmp_path / "x.png")):
        with pytest.raises(Refused, match="outside the content folder"):
            confine(escaping, root / "maps", root)
    (root / "assets" / "link.png").symlink_to(tmp_path / "elsewhere.png")
    with pytest.raises(Refused, match="outside the content folder"):
        confine("../assets/link.png", root / "maps", root)


def test_a_tileset_file_is_a_tsx_or_an_xml_holding_a_tileset(tmp_path: Path) -> None:
    """Tiled reads a tileset saved as .xml as well as .tsx; its root must be a <tileset>."""
    root = content_copy(tmp_path)
    tsx = (root / "assets" / "tiles.tsx").read_text()
    (root / "assets" / "tiles.xml").write_text(tsx)
    (root / "assets" / "map.xml").write_text(
        tsx.replace("<tileset", "<map").replace("</tileset", "</map")
    )
    (root / "assets" / "tiles.txt").write_text(tsx)
    path = root / "maps" / "xml.tmx"
    layers = csv_layer("ground", 3, 2)
    for source, problem in [
        ("tiles.xml", None),
        ("map.xml", "the tileset file holds a <map>, not a <tileset>"),
        ("tiles.txt", "a tileset file must be a .tsx (or .xml) file"),
    ]:
        path.write_text(small_map(layers).replace("tiles.tsx", source))
        if problem is None:
            assert load_map(path).tile_images
            continue
        with pytest.raises(MapError) as error:
            load_map(path)
        assert problem in [p.message for p in error.value.problems]


def test_files_over_the_size_limit_are_not_read(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    big = root / "maps" / "big.tmx"
    with big.open("wb") as file:
        file.truncate(16 * 1024 * 1024 + 1)
    with pytest.raises(MapError, match="the map file is larger than the 16 MiB limit"):
        load_map(big)


def test_tile_cells_are_limited_over_all_layers(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "wide.tmx"
    layers = "".join(
        f'<layer name="l{i}" width="1024" height="1024"><data encoding="csv">0</data></layer>'
        for i in range(5)
    )
    path.write_text(small_map(layers, width=1024, height=1024))
    with pytest.raises(MapError) as error:
        load_map(path)
    assert [p.message for p in error.value.problems] == [
        "the map's tile layers hold more than the limit of 4194304 cells"
    ]


def test_groups_nest_at_most_16_deep(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "nested.tmx"
    groups = "".join(f'<group name="g{i}">' for i in range(17)) + "</group>" * 17
    path.write_text(small_map(csv_layer("ground", 3, 2) + groups))
    with pytest.raises(MapError) as error:
        load_map(path)
    assert [str(p).split(": ", 1)[1] for p in error.value.problems] == [
        "error: groups are nested more than 16 deep"
    ]


def test_fractional_offsets_and_property_names_pytmx_refuses_are_fine(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "odd.tmx"
    layer = csv_layer("ground", 3, 2).replace("<layer ", '<layer offsetx="0.5" offsety="-2.25" ')
    layer = layer.replace(
        "><data", '><properties><property name="id" value="x"/></properties><data'
    )
    path.write_text(small_map(layer))
    ground = load_map(path).layers[0]
    assert ground.offset == (0.5, -2.25)


def test_mangled_maps_give_problems_never_tracebacks(tmp_path: Path) -> None:
    """Cut, flipped and swapped bytes of the good map: whatever comes out is a MapError."""
    root = content_copy(tmp_path)
    original = (root / "maps" / "good.tmx").read_bytes()
    target = root / "maps" / "mangled.tmx"
    chance = random.Random(20260124)
    for _ in range(150):
        mangled = bytearray(original)
        how = chance.randrange(3)
        if how == 0:
            mangled = mangled[: chance.randrange(len(mangled))]
        elif how == 1:
            for _ in range(chance.randint(1, 4)):
                mangled[chance.randrange(len(mangled))] = chance.randrange(256)
        else:
            start = chance.randrange(len(mangled))
            piece = b'"-1"' if chance.random() < 0.5 else b'"1e999"'
            mangled[start : start + 3] = piece
        target.write_bytes(bytes(mangled))
        try:
            load_map(target)
        except MapError as error:
            assert error.problems
            assert all(str(problem).count(": error: ") == 1 for problem in error.problems)
    os.remove(target)
