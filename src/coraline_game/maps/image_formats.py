"""What an image file holds, read from its header before a pixel is decoded.

The loader reads what Tiled reads and pygame decodes: PNG, JPEG and GIF. A small compressed
file can decode to gigabytes, so its size is read here first and checked against the limits;
anything else is refused with a sentence naming what the file looks like.
"""

from __future__ import annotations

from dataclasses import dataclass

from coraline_game.maps.safe_io import Refused

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
GIF_SIGNATURES = (b"GIF87a", b"GIF89a")
# JPEG frame headers (SOF0 to SOF15), which give the size: every one but DHT, JPG and DAC.
JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # markers without a length
# What other files begin with, to say what a refused one looks like.
LOOKS_LIKE = (
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"qoif", "a QOI image"),
    (b"8BPS", "a Photoshop document"),
    (b"\x00\x00\x01\x00", "an ICO icon"),
    (b"\xff\x0a", "a JPEG XL image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
)


@dataclass(frozen=True)
class ImageHeader:
    kind: str  # "PNG", "JPEG" or "GIF"
    size: tuple[int, int]
    # A GIF's first frame, (x, y, width, height) on its logical screen: pygame decodes the
    # frame alone, Tiled the whole screen with the frame on it.
    frame: tuple[int, int, int, int] | None = None
    transparent: bool = False  # a GIF frame with a transparent colour
    backdrop: tuple[int, int, int] | None = None  # a GIF's background colour, if it has one


def read_header(data: bytes) -> ImageHeader:
    """The image's kind and size (and a GIF's first frame); Refused for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return _png(data)
    if data.startswith(JPEG_SIGNATURE):
        return ImageHeader("JPEG", _jpeg_size(data))
    if data.startswith(GIF_SIGNATURES):
        return _gif(data)
    raise Refused(f"is not an image the game reads (PNG, JPEG or GIF){_looks_like(data)}")


def _looks_like(data: bytes) -> str:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ": it looks like a WebP image"
    if data[4:8] == b"ftyp":
        return ": it looks like an AVIF or HEIF image"
    for signature, kind in LOOKS_LIKE:
        if data.startswith(signature):
            return f": it looks like {kind}"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return ": it looks like text (SVG or other XML)"
    return ""


def _png(data: bytes) -> ImageHeader:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise Refused("is a PNG image whose header is damaged or cut short")
    return ImageHeader("PNG", (_big_endian(data, 16, 4), _big_endian(data, 20, 4)))


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the markers up to the frame header (baseline, progressive or any other), which
    holds the size; the image data only ever comes after it."""
    at = 2
    while at < len(data):
        if data[at] != 0xFF:
            break
        while at < len(data) and data[at] == 0xFF:  # a marker may be padded with 0xFF bytes
            at += 1
        if at + 2 >= len(data):
            break
        marker = data[at]
        at += 1
        if marker in JPEG_STANDALONE:
            continue
        if marker in (0xD9, 0xDA):  # the end, or image data: no frame header came first
            break
        length = _big_endian(data, at, 2)
        if length < 2 or at + length > len(data):
            break
        if marker in JPEG_FRAMES:
            if length < 7:
                break
            height, width = _big_endian(data, at + 3, 2), _big_endian(data, at + 5, 2)
            if height == 0:
                raise Refused(
                    "is a JPEG image that gives its height only after the image data"
                    " (a DNL marker), which cannot be read"
                )
            return width, height
        at += length
    raise Refused("is a JPEG image whose header is damaged or cut short (no frame header)")


def _gif(data: bytes) -> ImageHeader:
    """The logical screen's size, and the first frame's box, after the colour table and any
    extension blocks (a graphic control block says whether the frame has a transparent
    colour)."""
    damaged = Refused("is a GIF image whose header is damaged or cut short")
    if len(data) < 13:
        raise damaged
    size = (_little_endian(data, 6), _little_endian(data, 8))
    flags, background = data[10], data[11]
    at = 13
    backdrop = None
    if flags & 0x80:  # a global colour table
        table = data[at : at + 3 * 2 ** ((flags & 7) + 1)]
        if 3 * background + 3 <= len(table):
            red, green, blue = table[3 * background : 3 * background + 3]
            backdrop = (red, green, blue)
        at += 3 * 2 ** ((flags & 7) + 1)
    transparent = False
    while at < len(data) and data[at] == 0x21:  # extension blocks
        if data[at + 1 : at + 3] == b"\xf9\x04" and at + 3 < len(data):
            transparent = bool(data[at + 3] & 1)
        at += 2
        while at < len(data) and data[at]:  # sub-blocks, each after its length
            at += data[at] + 1
        at += 1
    if at + 9 > len(data) or data[at] != 0x2C:
        raise damaged
    frame = (
        _little_endian(data, at + 1),
        _little_endian(data, at + 3),
        _little_endian(data, at + 5),
        _little_endian(data, at + 7),
    )
    return ImageHeader("GIF", size, frame, transparent, backdrop)


def _big_endian(data: bytes, at: int, length: int) -> int:
    return int.from_bytes(data[at : at + length], "big")


def _little_endian(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 2], "little")
