"""XML edits (maps, tilesets): on the parsed tree, written back as UTF-8 unless the declaration
is changed; attributes set to hostile values, paths out of the folder, elements dropped or
repeated, layer data re-encoded, maps made as large as the limits allow."""

from __future__ import annotations

import base64
import copy
import functools
import gzip
import struct
import zlib
from collections.abc import Callable
from xml.etree import ElementTree as ET

from defusedxml.ElementTree import fromstring as parse_xml

from fuzzing.choices import Chooser, pick
from fuzzing.values import GROWTH, INTERESTING

PATHS = [
    *("../../etc/passwd", "/etc/passwd", "/dev/zero", "/proc/self/fd/0", "file:///etc/passwd"),
    # symbolic links that seeds.scratch plants next to every tileset
    *("passwd_link.png", "../assets/passwd_link.png", "escape/etc/passwd", "../assets/loop"),
    *("../assets/escape/etc/passwd", "loop", "", ".", "..", "missing.tsx", "x.tsj", "a\\b.png"),
    # files that exist, so that a reference can also lead somewhere real
    *("../assets/tiles.tsx", "../assets/tiles/real.tsx", "real.png", "tiles.png", "sky.png"),
    *("../maps/fuzzed.tmx", "fuzzed.tsx", "../assets/tiles/fuzzed.tsx", "assets/door.tx"),
]
ATTRIBUTES = [
    *("width", "height", "tilewidth", "tileheight", "firstgid", "source", "encoding", "id"),
    *("compression", "gid", "x", "y", "name", "type", "class", "value", "propertytype"),
    *("tilecount", "columns", "margin", "spacing", "trans", "opacity", "visible", "offsetx"),
    *("offsety", "infinite", "orientation", "renderorder", "draworder", "backgroundcolor"),
    *("tintcolor", "duration", "tileid", "rotation", "repeatx", "parallaxx", "template"),
]
TEXTS = [*INTERESTING, "1,2,3", ",,,", "-1,-1", "1," * 50_000, "eJwDAAAAAAE=", "H4sI", "AAAA"]
ENCODINGS = ["UTF-8", "UTF-16", "utf-32", "latin-1", "ascii", "cp037", "utf-7", "x-bogus", ""]


def xml_edit(data: bytes, chooser: Chooser) -> bytes | None:
    try:
        root = parse_xml(data)
    except Exception:  # not XML (a damaged seed) or hostile (entities): nothing to edit
        return None
    encoding = pick(chooser, XML_EDITS)(root, chooser)
    declared = "UTF-8" if encoding is None else encoding
    text = ET.tostring(root, encoding="unicode")
    try:  # half the time the body is written in the declared encoding, half in UTF-8
        body = text.encode(declared if chooser.below(2) else "utf-8")
    except (LookupError, UnicodeError):  # no such codec, or one that cannot write the text
        body = text.encode()
    return f'<?xml version="1.0" encoding="{declared}"?>\n'.encode() + body


def _set_attribute(root: ET.Element, chooser: Chooser) -> None:
    element = pick(chooser, list(root.iter()))
    name = pick(chooser, [*sorted(element.attrib), *ATTRIBUTES])
    element.set(name, pick(chooser, INTERESTING))


def _add_source(root: ET.Element, chooser: Chooser) -> None:
    pick(chooser, list(root.iter())).set("source", pick(chooser, PATHS))


def _set_text(root: ET.Element, chooser: Chooser) -> None:
    pick(chooser, list(root.iter())).text = pick(chooser, TEXTS)


def _children(root: ET.Element) -> list[tuple[ET.Element, ET.Element]]:
    return [(parent, child) for parent in root.iter() for child in parent]


def _delete_element(root: ET.Element, chooser: Chooser) -> None:
    pairs = _children(root)
    if pairs:
        parent, child = pick(chooser, pairs)
        parent.remove(child)


def _duplicate_element(root: ET.Element, chooser: Chooser) -> None:
    pairs = _children(root)
    if pairs:
        parent, child = pick(chooser, pairs)
        at = list(parent).index(child)
        times = pick(chooser, [1, 2, 70, 300])  # 70: past the 64-layer limit
        # At most GROWTH bytes more: repeated edits would otherwise make gigabytes to write.
        for _ in range(min(times, max(1, GROWTH // len(ET.tostring(child))))):
            parent.insert(at, copy.deepcopy(child))


def _swap_children(root: ET.Element, chooser: Chooser) -> None:
    parents = [element for element in root.iter() if len(element) > 1]
    if parents:
        parent = pick(chooser, parents)
        first, second = chooser.below(len(parent)), chooser.below(len(parent))
        parent[first], parent[second] = parent[second], parent[first]


def _recode_data(root: ET.Element, chooser: Chooser) -> None:
    """A layer's cells written again in another encoding and compression, sometimes mislabelled."""
    datas = list(root.iter("data"))
    if not datas:
        return
    data = pick(chooser, datas)
    gids = _csv_gids(data.text or "")
    gids = pick(
        chooser,
        [
            gids,
            gids[: len(gids) // 2],
            gids * 2,
            [0xFFFFFFFF] * len(gids),
            [g | 0xE0000000 for g in gids],
        ],
    )
    compression = pick(chooser, ["", "zlib", "gzip"])
    payload = struct.pack(f"<{len(gids)}I", *gids)
    payload = {
        "": payload,
        "zlib": zlib.compress(payload),
        "gzip": gzip.compress(payload, mtime=0),
    }[compression]
    for child in list(data):
        data.remove(child)
    encoding = pick(chooser, ["csv", "base64", "base64", "xml"])
    data.attrib.pop("encoding", None)
    data.attrib.pop("compression", None)
    if encoding == "csv":
        data.set("encoding", "csv")
        data.text = ",".join(map(str, gids))
    elif encoding == "xml":  # Tiled's oldest form: a <tile gid=".."/> per cell
        data.text = None
        for gid in gids:
            ET.SubElement(data, "tile", gid=str(gid))
    else:
        data.set("encoding", "base64")
        data.text = base64.b64encode(payload).decode()
        label = pick(chooser, [compression, compression, "zlib", "gzip", "zstd", "lzma", ""])
        if label:
            data.set("compression", label)


def _resize(root: ET.Element, chooser: Chooser) -> None:
    """The map and every tile layer made large, their cells filled in, compressed as Tiled
    does: a map at or just past the size limits that still decodes."""
    width, height = pick(chooser, [(64, 64), (256, 256), (1024, 1025), (4096, 1), (1024, 1024)])
    for element in [root, *root.iter("layer")]:
        element.set("width", str(width))
        element.set("height", str(height))
    for data in root.iter("data"):
        for child in list(data):
            data.remove(child)
        data.attrib.update(encoding="base64", compression="zlib")
        data.text = _filled((_csv_gids(data.text or "") or [1])[0], width * height)


@functools.lru_cache(maxsize=64)
def _filled(gid: int, cells: int) -> str:
    """`cells` cells of `gid`, as Tiled writes zlib layer data; compressing 4 MiB is slow."""
    return base64.b64encode(zlib.compress(struct.pack("<I", gid) * cells)).decode()


def _csv_gids(text: str) -> list[int]:
    try:
        # Held to 32 bits: a mutated cell may read -5 or 2**40, which no gid field can hold.
        return [
            int(cell) & 0xFFFFFFFF for cell in text.replace("\n", "").split(",") if cell.strip()
        ]
    except ValueError:
        return [1, 2, 3]


def _declare_encoding(root: ET.Element, chooser: Chooser) -> str:
    """Only the declaration changes: the edit returns the encoding to declare."""
    return pick(chooser, ENCODINGS)


XML_EDITS: list[Callable[[ET.Element, Chooser], str | None]] = [
    _set_attribute,
    _set_attribute,
    _add_source,
    _set_text,
    _delete_element,
    _duplicate_element,
    _swap_children,
    _recode_data,
    _recode_data,
    _resize,
    _declare_encoding,
]
