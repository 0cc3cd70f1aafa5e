"""Images are read as Tiled reads them, PNG, JPEG and GIF, their size taken from the header
before anything is decoded; anything else is refused by name."""

from __future__ import annotations

import struct
from pathlib import Path

import pygame
import pytest

from coraline_game.maps.image_formats import read_header
from coraline_game.maps.images import load_image
from coraline_game.maps.loader import load_map
from coraline_game.maps.problems import MapError
from coraline_game.maps.safe_io import Refused
from tests.maps.fixtures import GOOD_MAP, content_copy, small_map
from tests.render.foreign_maps import BACKDROP, flat_picture, gif_file, picture

PNG = (GOOD_MAP.parents[1] / "assets" / "tiles.png").read_bytes()


def jpeg(tmp_path: Path, size: tuple[int, int] = (30, 20)) -> bytes:
    image = pygame.Surface(size)
    image.blit(picture(size, 2), (0, 0))
    path = tmp_path / "photo.jpg"
    pygame.image.save(image, str(path))
    return path.read_bytes()


def frame_header(marker: int, width: int, height: int) -> bytes:
    """A JPEG frame header segment (8-bit, one component)."""
    return b"\xff" + bytes((marker,)) + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x11\0\0"


def test_sizes_come_from_the_header(tmp_path: Path) -> None:
    assert read_header(PNG).kind == "PNG"
    assert (
        read_header(PNG).size
        == pygame.image.load(GOOD_MAP.parents[1] / "assets" / "tiles.png").get_size()
    )
    assert read_header(jpeg(tmp_path)).size == (30, 20)
    gif = read_header(gif_file(flat_picture((50, 40), 1)))
    assert (gif.kind, gif.size, gif.transparent) == ("GIF", (50, 40), True)
    assert gif.frame is not None and gif.frame[2:] != (50, 40)  # the clear margin is left out


@pytest.mark.parametrize("marker", [0xC0, 0xC1, 0xC2, 0xC9, 0xCA])
def test_every_jpeg_frame_header_is_found_past_padding_and_other_segments(marker: int) -> None:
    """Baseline, extended, progressive and arithmetic-coded frames all give the size; the
    markers may be padded with 0xFF bytes, and restart markers stand without a length."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + bytes(9)
    data = b"\xff\xd8" + app0 + b"\xff\xff\xff\xd0" + b"\xff\xff" + frame_header(marker, 640, 48)
    assert read_header(data).size == (640, 48)


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"BM" + bytes(60), "it looks like a BMP image"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "it looks like a WebP image"),
        (b"\0\0\0\x1cftypavif", "it looks like an AVIF or HEIF image"),
        (b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg'/>", "text \\(SVG or other XML\\)"),
        (b"hello", r"is not an image the game reads \(PNG, JPEG or GIF\)$"),
        (PNG[:20], "is a PNG image whose header is damaged or cut short"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "is a JPEG image whose header is damaged or cut short"),
        (b"\xff\xd8\xff\xda\0\x02", "no frame header"),
        (b"\xff\xd8" + frame_header(0xC0, 10, 0), "gives its height only after the image data"),
        (b"GIF89a, honestly", "is a GIF image whose header is damaged or cut short"),
    ],
)
def test_other_files_and_damaged_headers_are_refused_by_name(data: bytes, sentence: str) -> None:
    with pytest.raises(Refused, match=sentence):
        read_header(data)


def test_a_damaged_image_is_refused_when_decoded(tmp_path: Path) -> None:
    header_only = tmp_path / "cut.png"
    header_only.write_bytes(PNG[:40])
    with pytest.raises(Refused, match="is not a readable PNG image"):
        load_image(header_only)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(jpeg(tmp_path)[:300])
    with pytest.raises(Refused, match="is not a readable JPEG image"):
        load_image(cut)


def test_jpeg_and_gif_decode_whatever_their_files_are_called(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(jpeg(tmp_path))
    assert load_image(tmp_path / "photo.png").get_size() == (30, 20)
    (tmp_path / "picture.dat").write_bytes(gif_file(flat_picture((20, 10), 3)))
    assert load_image(tmp_path / "picture.dat").get_size() == (20, 10)


@pytest.mark.parametrize("backdrop", [None, BACKDROP])
def test_a_gif_shows_its_whole_screen_with_the_first_frame_on_it(
    tmp_path: Path, backdrop: tuple[int, int, int] | None
) -> None:
    """pygame decodes a GIF's first frame alone; Tiled shows the logical screen around it:
    clear, or of the background colour when the frame has no clear colour."""
    image = flat_picture((30, 24), 4, margin=backdrop)
    path = tmp_path / "framed.gif"
    path.write_bytes(gif_file(image, backdrop))
    loaded = load_image(path)
    assert loaded.get_size() == (30, 24)
    for at in ((0, 0), (29, 23), (15, 12), (5, 8)):
        assert tuple(loaded.get_at(at)) == tuple(image.get_at(at))


def test_a_gif_frame_beyond_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    """The first frame is decoded on its own: a small screen cannot hide a huge frame."""
    data = bytearray(gif_file(flat_picture((20, 10), 3)))
    descriptor = data.index(b"\x2c", 13 + 3 * 256)
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", 60000, 60000)
    path = tmp_path / "bomb.gif"
    path.write_bytes(bytes(data))
    with pytest.raises(Refused, match="is 60000 x 60000 pixels, beyond the 4096 x 4096 limit"):
        load_image(path)


def test_a_map_names_the_image_it_refuses(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    (root / "assets" / "photo.webp").write_bytes(b"RIFF\0\0\0\0WEBPVP8 ")
    layer = '<imagelayer name="photo"><image source="../assets/photo.webp"/></imagelayer>'
    path = root / "maps" / "photo.tmx"
    path.write_text(small_map(layer))
    with pytest.raises(MapError) as error:
        load_map(path)
    assert [str(problem) for problem in error.value.problems] == [
        f"{path}:layer photo: error: the image '../assets/photo.webp' is not an image the game"
        " reads (PNG, JPEG or GIF): it looks like a WebP image"
    ]
