"""Mutations of one file: byte damage, and edits that know XML (maps, tilesets) or the replay's
JSON lines, so that most variants get past the parser and reach the code behind it."""

from __future__ import annotations

import base64
import copy
import functools
import gzip
import json
import struct
import zlib
from collections.abc import Callable
from xml.etree import ElementTree as ET

from defusedxml.ElementTree import fromstring as parse_xml

from fuzzing.choices import Chooser, pick

INTERESTING = [
    *("", "-1", "0", "1", "x", " ", "1.5", "0x10", "-0", "true", "#ff00ff", "\u202e"),
    *("99999999999999999999", "4294967295", "2147483648", "65536", "1025", "1e999", "-1e999"),
    *("nan", "inf", "a" * 5000, "%s%n", "\x00"),
]
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
JSON_TOKENS = [
    *("true", "false", "null", "1e999", "NaN", "-Infinity", "-1", "0", "1", "255", "256"),
    *("60", "2160000", "2160001", "1.0", '"x"', '""', "[]", "{}", '"\\ud800"', '{"a":1}'),
    *('"f"', '"c"', '"end"', "9" * 5000, "[" * 3000 + "]" * 3000, '{"a":' * 2000 + "1"),
]
GROWTH = 2 * 1024 * 1024
BYTES = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"&", b"]]>", b"\r\n", b"<!ENTITY a 'b'>"]


def mutate(data: bytes, syntax: str, chooser: Chooser) -> bytes:
    """One to three edits that know the syntax ("xml" or "json"), then, one time in three, byte
    damage: last, so that the edits before it still find a document to edit."""
    aware = _xml_edit if syntax == "xml" else _json_edit
    for _ in range(1 + chooser.below(3)):
        edited = aware(data, chooser)
        data = data if edited is None else edited  # None: no document to edit
    if not chooser.below(3):
        data = pick(chooser, BYTE_EDITS)(data, chooser)
    return data


# Byte edits


def _flip(data: bytes, chooser: Chooser) -> bytes:
    if not data:
        return data
    flipped = bytearray(data)
    for _ in range(1 + chooser.below(8)):
        flipped[chooser.below(len(flipped))] ^= 1 << chooser.below(8)
    return bytes(flipped)


def _truncate(data: bytes, chooser: Chooser) -> bytes:
    return data[: chooser.below(len(data) + 1)]


def _duplicate_span(data: bytes, chooser: Chooser) -> bytes:
    start = chooser.below(len(data) + 1)
    span = data[start : start + chooser.below(min(len(data) - start, 4096) + 1)]
    at = chooser.below(len(data) + 1)
    return data[:at] + span * pick(chooser, [1, 2, 16]) + data[at:]


def _delete_span(data: bytes, chooser: Chooser) -> bytes:
    start = chooser.below(len(data) + 1)
    return data[:start] + data[start + chooser.below(len(data) - start + 1) :]


def _insert(data: bytes, chooser: Chooser) -> bytes:
    at = chooser.below(len(data) + 1)
    token = pick(chooser, [*BYTES, chooser.raw(64), pick(chooser, INTERESTING).encode()])
    return data[:at] + token + data[at:]


BYTE_EDITS: list[Callable[[bytes, Chooser], bytes]] = [
    _flip,
    _truncate,
    _duplicate_span,
    _delete_span,
    _insert,
]


# XML edits: on the parsed tree, written back as UTF-8 unless the declaration is changed


def _xml_edit(data: bytes, chooser: Chooser) -> bytes | None:
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


# JSON line edits (replays): values swapped for wrong types, lines repeated, dropped or moved


def _json_edit(data: bytes, chooser: Chooser) -> bytes | None:
    lines = data.split(b"\n")
    edit = pick(chooser, JSON_EDITS)
    return b"\n".join(edit(lines, chooser))


def _replace_value(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    index = chooser.below(len(lines))
    try:
        value = json.loads(lines[index])
        token = pick(chooser, JSON_TOKENS)
        if isinstance(value, list):
            parts = [json.dumps(item) for item in value]
            at = chooser.below(len(parts) + 1)
            parts[at : at + 1] = [token]
            text = "[" + ",".join(parts) + "]"
        elif isinstance(value, dict):
            fields = {json.dumps(key): json.dumps(item) for key, item in value.items()}
            key = pick(chooser, [*fields, '"extra"', '"seed"', '"version"'])
            fields[key] = token
            text = "{" + ",".join(f"{key}:{item}" for key, item in fields.items()) + "}"
        else:
            text = token
    except (ValueError, RecursionError):  # not JSON (a damaged seed): replace the line
        text = pick(chooser, JSON_TOKENS)
    return [*lines[:index], text.encode(), *lines[index + 1 :]]


def _duplicate_line(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    line = lines[chooser.below(len(lines))]
    at = chooser.below(len(lines) + 1)
    return [*lines[:at], *[line] * pick(chooser, [1, 2, 100]), *lines[at:]]


def _delete_line(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    index = chooser.below(len(lines))
    return [*lines[:index], *lines[index + 1 :]]


def _swap_lines(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    first, second = chooser.below(len(lines)), chooser.below(len(lines))
    swapped = list(lines)
    swapped[first], swapped[second] = lines[second], lines[first]
    return swapped


def _insert_line(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    line = pick(chooser, [b"", b"   ", b'["f",1,1]', b'["c",0,"x"]', b"[" + b"1," * 3000 + b"1]"])
    at = chooser.below(len(lines) + 1)
    return [*lines[:at], line, *lines[at:]]


def _crlf(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    return [line + b"\r" for line in lines]


JSON_EDITS: list[Callable[[list[bytes], Chooser], list[bytes]]] = [
    _replace_value,
    _replace_value,
    _replace_value,
    _duplicate_line,
    _delete_line,
    _swap_lines,
    _insert_line,
    _crlf,
]
