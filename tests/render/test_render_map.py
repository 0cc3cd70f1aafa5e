"""`coraline-game render-map` against Tiled's own renderer, `tmxrasterizer`, pixel by pixel.

Every shipped map, and maps written the way Tiled writes them outside the game's contract
(tests/render/foreign_maps.py), must come out as tmxrasterizer draws them: at most 0.5% of
the pixels may differ. Pixels are compared premultiplied, so fully transparent ones are equal
whatever their colour, and translucent ones as Qt stores them: Qt paints in premultiplied
8-bit colour, so a translucent pixel's straight colour is rounded differently. A channel
counts as different only beyond TOLERANCE levels, for the same rounding.

Without tmxrasterizer (Debian's `tiled`) the module is skipped, except on CI, which installs
it: there a missing renderer fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pygame
import pytest

from coraline_game.cli import main
from coraline_game.maps.limits import MAX_RENDER_COVER, MAX_RENDER_PIXELS
from coraline_game.maps.loader import load_map
from coraline_game.paths import maps_dir
from coraline_game.render.layers import draw_layer, map_bounds
from tests.render.foreign_maps import (
    ForeignMap,
    foreign_maps,
    layer,
    tileset,
    tmx,
    write_foreign_maps,
)

TMXRASTERIZER = shutil.which("tmxrasterizer")
MAX_DIFFERING = 0.005
TOLERANCE = 2  # premultiplied levels: Qt's and pygame's blending round differently
CELL = 16  # differences are reported per CELL x CELL block of the image

needs_tiled = pytest.mark.skipif(
    TMXRASTERIZER is None and not os.environ.get("CI"),
    reason="tmxrasterizer (Debian package `tiled`) is not installed",
)

SHIPPED = sorted(maps_dir().glob("*.tmx"))
FOREIGN = foreign_maps()


def _tiled_image(map_path: Path, out: Path, hidden: tuple[str, ...] = ()) -> pygame.Surface:
    assert TMXRASTERIZER, "tmxrasterizer is missing: CI must install Debian's `tiled`"
    hide = [argument for name in hidden for argument in ("--hide-layer", name)]
    subprocess.run(
        [TMXRASTERIZER, *hide, str(map_path), str(out)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
        capture_output=True,
        timeout=60,
    )
    return pygame.image.load(str(out))


def _our_image(map_path: Path, out: Path) -> pygame.Surface:
    assert main(["render-map", str(map_path), str(out)]) == 0
    return pygame.image.load(str(out))


def _premultiplied_bytes(image: pygame.Surface) -> bytes:
    rgba = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    rgba.blit(image, (0, 0))  # onto transparent pixels a blit copies, alpha and all
    return pygame.image.tobytes(rgba.premul_alpha(), "RGBA")


def differing_pixels(
    tiled: pygame.Surface, ours: pygame.Surface, tolerance: int
) -> list[tuple[int, int]]:
    """(x, y) of every pixel with a premultiplied channel more than `tolerance` apart."""
    assert ours.get_size() == tiled.get_size(), "the images differ in size"
    theirs, mine = _premultiplied_bytes(tiled), _premultiplied_bytes(ours)
    if theirs == mine:
        return []
    width = tiled.get_width()
    indices = sorted(
        {
            i // 4
            for i, (a, b) in enumerate(zip(theirs, mine, strict=True))
            if abs(a - b) > tolerance
        }
    )
    return [(index % width, index // width) for index in indices]


def _diff_picture(
    tiled: pygame.Surface, ours: pygame.Surface, pixels: list[tuple[int, int]], out: Path
) -> None:
    """Tiled's image, ours, and the differing pixels in red, side by side."""
    width, height = tiled.get_size()
    picture = pygame.Surface((3 * width + 8, height), pygame.SRCALPHA)
    picture.fill((255, 255, 255, 255))
    picture.blit(tiled, (0, 0))
    picture.blit(ours, (width + 4, 0))
    marks = pygame.Surface((width, height))
    for pixel in pixels:
        marks.set_at(pixel, (255, 0, 0))
    picture.blit(marks, (2 * width + 8, 0))
    pygame.image.save(picture, str(out))


def _where(pixels: list[tuple[int, int]]) -> str:
    blocks = Counter((x // CELL * CELL, y // CELL * CELL) for x, y in pixels)
    return ", ".join(f"{n} px in the block at {at}" for at, n in blocks.most_common(8))


def assert_renders_like_tiled(
    map_path: Path,
    tmp_path: Path,
    hidden: tuple[str, ...] = (),
    tolerance: int = TOLERANCE,
) -> None:
    tiled = _tiled_image(map_path, tmp_path / "tiled.png", hidden)
    ours = _our_image(map_path, tmp_path / "ours.png")
    assert ours.get_size() == tiled.get_size(), (
        f"{map_path.name}: ours is {ours.get_size()}, Tiled's {tiled.get_size()}"
    )
    pixels = differing_pixels(tiled, ours, tolerance)
    fraction = len(pixels) / (tiled.get_width() * tiled.get_height())
    print(f"{map_path.name}: {len(pixels)} pixels differ ({fraction:.3%})")
    if fraction > MAX_DIFFERING:
        diff = tmp_path / "diff.png"
        _diff_picture(tiled, ours, pixels, diff)
        pytest.fail(
            f"{map_path.name}: {fraction:.2%} of the pixels differ from tmxrasterizer's"
            f" (at most {MAX_DIFFERING:.1%} may); {_where(pixels)}. Tiled | ours | diff: {diff}"
        )


@needs_tiled
@pytest.mark.parametrize("map_path", SHIPPED, ids=[path.stem for path in SHIPPED])
def test_shipped_map_renders_like_tiled(map_path: Path, tmp_path: Path) -> None:
    assert_renders_like_tiled(map_path, tmp_path)


@pytest.fixture(scope="module")
def foreign_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("foreign")
    write_foreign_maps(folder)
    return folder


@needs_tiled
@pytest.mark.parametrize("foreign", FOREIGN, ids=[foreign.name for foreign in FOREIGN])
def test_foreign_map_renders_like_tiled(
    foreign: ForeignMap, foreign_folder: Path, tmp_path: Path
) -> None:
    # Layers left out of Tiled's image hold only what the game never draws (see the map).
    assert_renders_like_tiled(
        foreign_folder / "maps" / f"{foreign.name}.tmx",
        tmp_path,
        foreign.hidden_from_tiled,
        foreign.tolerance or TOLERANCE,
    )


def test_the_comparison_sees_a_wrong_pixel() -> None:
    """The comparison itself: transparent pixels are equal whatever their colour, one
    changed opaque pixel is found."""
    tiled = pygame.Surface((4, 3), pygame.SRCALPHA)
    ours = pygame.Surface((4, 3), pygame.SRCALPHA)
    ours.fill((200, 10, 10, 0))
    assert differing_pixels(tiled, ours, TOLERANCE) == []
    tiled.fill((9, 9, 9, 255), (2, 1, 1, 1))
    ours.fill((9, 9, 9, 255), (2, 1, 1, 1))
    assert differing_pixels(tiled, ours, TOLERANCE) == []
    ours.fill((20, 9, 9, 255), (2, 1, 1, 1))
    assert differing_pixels(tiled, ours, TOLERANCE) == [(2, 1)]


@pytest.mark.parametrize(
    "name",
    [
        "non_square_zlib_flips_tall_tiles",
        "many_tilesets_gzip_offsets_opacity_hidden",
        "image_collection_and_tile_offset",
        "animated_tiles_first_frame",
        "tile_objects_scaled_flipped_offset",
        "tile_objects_rotated_and_diagonal",
        "image_layers_repeated",
    ],
)
def test_chunks_draw_what_the_whole_layer_draws(name: str, foreign_folder: Path) -> None:
    """The game bakes layers in chunks: every tile, tile object and image reaching into a
    chunk must be drawn there, however far it overhangs its cell (tall tiles, tile offsets,
    layer offsets), however it is scaled or turned, however often it repeats."""
    game_map = load_map(foreign_folder / "maps" / f"{name}.tmx", contract=False)
    bounds = map_bounds(game_map)
    chunk = (40, 24)  # smaller than the tiles, so that tiles straddle chunks
    for map_layer in game_map.layers:
        whole = pygame.Surface(bounds.size, pygame.SRCALPHA)
        draw_layer(whole, game_map, map_layer, bounds.topleft)
        pieced = pygame.Surface(bounds.size, pygame.SRCALPHA)
        for y in range(0, bounds.height, chunk[1]):
            for x in range(0, bounds.width, chunk[0]):
                piece = pygame.Surface(chunk, pygame.SRCALPHA)
                draw_layer(piece, game_map, map_layer, (bounds.left + x, bounds.top + y))
                pieced.blit(piece, (x, y))
        assert pygame.image.tobytes(pieced, "RGBA") == pygame.image.tobytes(whole, "RGBA"), (
            f"{name}: layer {map_layer.name!r} baked in chunks differs from the whole layer"
        )


def test_render_map_refuses_an_image_past_its_pixel_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "maps").mkdir()
    path = tmp_path / "maps" / "far.tmx"
    far = layer("far", (4, 4), [0] * 16, extra=' offsetx="50000000"')
    path.write_text(tmx((4, 4), (16, 16), [far]))
    out = tmp_path / "far.png"
    assert main(["render-map", str(path), str(out)]) == 1
    assert capsys.readouterr().err == (
        f"{path}: error: the whole map would make an image of 50000064 x 64 pixels, more than"
        f" render-map's limit of {MAX_RENDER_PIXELS:,} pixels\n"
    )
    assert not out.exists()


def test_render_map_refuses_more_shape_than_its_drawing_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A few shapes as large as the map each: every one is rasterised three times over its
    whole box, so together they are counted before anything is drawn."""
    (tmp_path / "maps").mkdir()
    path = tmp_path / "maps" / "zones.tmx"
    zones = "".join(
        f'  <object id="{i}" x="0" y="0" width="3200" height="3200"/>\n' for i in range(1, 3)
    )
    ground = layer("ground", (200, 200), [0] * 40_000)
    path.write_text(
        tmx((200, 200), (16, 16), [ground, f' <objectgroup name="z">\n{zones} </objectgroup>'])
    )
    out = tmp_path / "zones.png"
    assert main(["render-map", str(path), str(out)]) == 1
    assert capsys.readouterr().err == (
        f"{path}: error: the map's shapes and tile objects cover 20,480,000 pixels of the image"
        f" together, more than render-map's limit of {MAX_RENDER_COVER:,}\n"
    )
    assert not out.exists()


@pytest.mark.filterwarnings("error")  # numpy's overflow warnings too
def test_render_map_draws_objects_far_out_of_sense_without_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Numbers a stranger may write: sizes and places near the float's limit, next to none."""
    write_foreign_maps(tmp_path)
    objects = [
        '  <object id="1" x="1e308" y="-1e308" width="1e308" height="1e308"/>',
        '  <object id="2" x="1e308" y="10" rotation="45"><polygon points="0,0 1e308,1e308"/>'
        "</object>",
        '  <object id="3" x="-1e308" y="5" width="1e308" height="1e308"><ellipse/></object>',
        '  <object id="4" gid="3" x="-1e308" y="50" width="1e308" height="1e308" rotation="10"/>',
        '  <object id="5" gid="3" x="10" y="50" width="1e308" height="1e-300"/>',
        '  <object id="6" gid="3" x="10" y="50" width="5e-324" height="20" rotation="1e300"/>',
    ]
    body = [
        tileset(1, "plain", (16, 16), "sheet16.png", 20, 5),
        ' <objectgroup name="absurd">\n' + "\n".join(objects) + "\n </objectgroup>",
    ]
    path = tmp_path / "maps" / "absurd.tmx"
    path.write_text(tmx((4, 4), (16, 16), body))
    assert main(["render-map", str(path), str(tmp_path / "absurd.png")]) == 0
    assert capsys.readouterr().err == ""


# Tiled's own example maps, shipped with Debian's `tiled`: real maps made by other people.
TILED_EXAMPLES = Path("/usr/share/doc/tiled/examples")
EXAMPLES = sorted(
    path
    for path in TILED_EXAMPLES.rglob("*.tmx")
    if 'orientation="orthogonal"' in path.read_text(errors="replace")[:1000]
)


@needs_tiled
def test_tiled_ships_its_example_maps() -> None:
    assert len(EXAMPLES) >= 10, f"expected Tiled's orthogonal examples in {TILED_EXAMPLES}"


@needs_tiled
@pytest.mark.parametrize(
    "map_path", EXAMPLES, ids=[str(p.relative_to(TILED_EXAMPLES)) for p in EXAMPLES]
)
def test_tiled_example_map_renders_like_tiled(map_path: Path, tmp_path: Path) -> None:
    assert_renders_like_tiled(map_path, tmp_path)
