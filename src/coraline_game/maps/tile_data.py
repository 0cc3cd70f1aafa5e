"""Decoding a tile layer's <data>: CSV or base64 (raw, zlib, gzip), with bounded output.

Decompression never produces more than the layer's cells need, so a small file cannot
inflate into gigabytes. Cells are held in a compact array (4 bytes each) and decoded in C
loops: a layer of a million cells costs 4 MB and a fraction of a second, never a Python
object per cell.
"""

from __future__ import annotations

import binascii
import sys
import zlib
from array import array
from base64 import b64decode
from xml.etree.ElementTree import Element

MAX_GID = 2**32 - 1
_ZLIB_WBITS = {"zlib": zlib.MAX_WBITS, "gzip": 16 + zlib.MAX_WBITS}
_FORMAT_ADVICE = "in Tiled, set Map > Map Properties > Tile Layer Format to CSV or Base64 (zlib)"


class TileDataError(ValueError):
    pass


def decode_cells(data: Element, cells: int) -> array[int]:
    """The layer's raw gids, flip bits included, row by row; exactly `cells` of them."""
    encoding = data.get("encoding")
    compression = data.get("compression")
    text = data.text or ""
    if encoding == "csv" and not compression:
        return _csv(text, cells)
    if encoding == "base64" and compression in (None, "zlib", "gzip"):
        raw = _inflate(_base64(text), compression, 4 * cells)
        if len(raw) != 4 * cells:
            raise TileDataError(f"holds {len(raw) / 4:g} cells of tile data, the map has {cells}")
        gids = array("I")
        gids.frombytes(raw)
        if sys.byteorder == "big":
            gids.byteswap()  # Tiled stores little-endian
        return gids
    if encoding is None:
        raise TileDataError(f"stores tiles as XML <tile> elements, unreadable: {_FORMAT_ADVICE}")
    if compression:
        raise TileDataError(f"is {compression[:40]}-compressed, unreadable: {_FORMAT_ADVICE}")
    raise TileDataError(f"uses the unknown encoding {encoding[:40]!r}: {_FORMAT_ADVICE}")


def _csv(text: str, cells: int) -> array[int]:
    # Counted before splitting: a file of bare commas must not become millions of strings.
    count = text.count(",") + 1
    if count != cells:
        raise TileDataError(f"holds {count} cells of CSV tile data, the map has {cells}")
    fields = text.split(",")
    try:
        return array("I", map(int, fields))  # "I" holds 0 to 2**32 - 1, Tiled's gids
    except (ValueError, OverflowError):
        index = next(index for index, field in enumerate(fields) if not _is_gid(field))
        bad = fields[index].strip()[:20]
        raise TileDataError(f"has a bad CSV value {bad!r} in cell {index}") from None


def _is_gid(field: str) -> bool:
    try:
        return 0 <= int(field) <= MAX_GID
    except ValueError:
        return False


def _base64(text: str) -> bytes:
    try:
        return b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise TileDataError("holds base64 tile data that does not decode") from None


def _inflate(raw: bytes, compression: str | None, expected: int) -> bytes:
    if compression is None:
        return raw
    inflater = zlib.decompressobj(_ZLIB_WBITS[compression])
    try:
        out = inflater.decompress(raw, expected + 1)
    except zlib.error:
        raise TileDataError(f"holds {compression} tile data that does not decompress") from None
    if len(out) > expected:
        raise TileDataError(f"holds more tile data than the map's {expected // 4} cells")
    if not inflater.eof:
        raise TileDataError(f"holds {compression} tile data that is cut short")
    return out
