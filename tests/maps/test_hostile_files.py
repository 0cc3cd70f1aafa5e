"""Files made to attack the loader: it reads only regular files inside the content folder, and
pytmx never reads anything itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import pytest
import pytmx

from coraline_game.maps.loader import load_map
from coraline_game.maps.problems import MapError
from coraline_game.maps.tile_images import TileImages, load_tile_images
from tests.maps.fixtures import BROKEN, GOOD_MAP, content_copy, csv_layer, small_map

FIFO_CHECK_TIMEOUT = 60  # seconds; a check that blocks on a pipe would never end


def _check_in_child_status(path: Path) -> subprocess.CompletedProcess[str]:
    """`coraline-game check PATH` in another process, so a hang fails the test, not CI."""
    return subprocess.run(
        [sys.executable, "-m", "coraline_game", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=FIFO_CHECK_TIMEOUT,
        env={**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"},
    )


def _check_in_child(path: Path) -> str:
    done = _check_in_child_status(path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_tileset_that_is_a_named_pipe_is_refused_by_name(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    tileset = root / "assets" / "tiles.tsx"
    tileset.unlink()
    os.mkfifo(tileset)
    out = _check_in_child(root / "maps" / "good.tmx")
    assert (
        "tileset ../assets/tiles.tsx: error: the tileset file is a named pipe (FIFO), not a"
        " regular file: only regular files are read"
    ) in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_an_image_that_is_a_named_pipe_is_refused_by_name(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    image = root / "assets" / "tiles.png"
    image.unlink()
    os.mkfifo(image)
    out = _check_in_child(root / "maps" / "good.tmx")
    assert "the image 'tiles.png' is a named pipe (FIFO), not a regular file" in out


def test_pytmx_never_opens_a_file_and_sees_only_checked_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pytmx would open a path it is handed with the standard library's unsafe parser: it must
    get nothing but tilesets whose images are surfaces already decoded."""
    handed: list[Element] = []
    parse_xml = pytmx.TiledMap.parse_xml

    def spy(self: Any, node: Element) -> Any:
        handed.append(node)
        return parse_xml(self, node)

    class NoFiles:
        @staticmethod
        def parse(*_: object) -> None:
            raise AssertionError("pytmx opened a file")

    monkeypatch.setattr(pytmx.TiledMap, "parse_xml", spy)
    monkeypatch.setattr(pytmx.pytmx, "ElementTree", NoFiles)
    game_map = load_map(GOOD_MAP)
    assert game_map.layers
    (document,) = handed
    assert {child.tag for child in document} == {"tileset"}
    assert {node.tag for node in document.iter()} <= {"map", "tileset", "tile", "image"}
    sources = [node.get("source", "") for node in document.iter("image")]
    assert sources
    assert all(Path(source).is_absolute() and Path(source).is_file() for source in sources)
    assert all(node.get("source") is None for node in document.iter("tileset"))


def test_a_file_of_empty_elements_is_refused_before_it_fills_memory(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "swarm.tmx"
    path.write_text("<map>" + "<a/>" * 250_001 + "</map>")
    with pytest.raises(MapError) as error:
        load_map(path)
    assert [p.message for p in error.value.problems] == [
        "the map file holds more than 250000 XML elements, the limit"
    ]


def test_commas_are_counted_before_the_csv_is_split(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "commas.tmx"
    layer = '<layer name="ground" width="3" height="2"><data encoding="csv">'
    path.write_text(small_map(layer + "," * 1_000_000 + "</data></layer>"))
    with pytest.raises(MapError) as error:
        load_map(path)
    assert [p.message for p in error.value.problems] == [
        "the layer holds 1000001 cells of CSV tile data, the map has 6"
    ]


def test_a_long_thin_map_at_the_cell_limit_loads_every_cell(tmp_path: Path) -> None:
    """Three CSV layers of 16384 x 64 cells: decoded in C loops, kept as compact arrays."""
    root = content_copy(tmp_path)
    path = root / "maps" / "thin.tmx"
    width, height = 16384, 64
    layers = "".join(csv_layer(f"l{i}", width, height, gid=i + 1) for i in range(3))
    path.write_text(small_map(layers, width=width, height=height))
    game_map = load_map(path, contract=False)
    tile_layers = game_map.layers[:3]
    indices = {layer.gids[row][column] for layer in tile_layers for row, column in ((0, 0),)}
    assert len(indices) == 3 and 0 not in indices
    assert all(len(layer.gids) == height for layer in tile_layers)
    assert all(layer.gids[height - 1][width - 1] == layer.gids[0][0] for layer in tile_layers)


def test_animated_tiles_carry_their_frames_flipped_as_the_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixture tileset animates tile 3 through tiles 3 and 4, 100 ms each."""
    root = content_copy(tmp_path)
    path = root / "maps" / "animated.tmx"
    flip_h = 0x80000000
    layer = (
        '<layer name="ground" width="3" height="2"><data encoding="csv">'
        f"4,5,{4 | flip_h},0,0,0</data></layer>"
    )
    path.write_text(small_map(layer))
    made: list[TileImages] = []

    def spy(source: Any) -> TileImages:
        made.append(load_tile_images(source))
        return made[-1]

    monkeypatch.setattr("coraline_game.maps.loader.load_tile_images", spy)
    game_map = load_map(path)
    (tiles,) = made
    animated, still, flipped = game_map.layers[0].gids[0]  # type: ignore[union-attr]
    assert game_map.tile_animations[animated] == ((animated, 100), (still, 100))
    assert game_map.tile_animations[flipped] == (
        (flipped, 100),
        (tiles.index_of(5 | flip_h), 100),
    )
    assert still not in game_map.tile_animations


def test_what_libpng_prints_is_kept_off_the_screen(tmp_path: Path) -> None:
    """A damaged PNG is one sentence with libpng's reason in it; a PNG libpng only grumbles
    about loads, and neither leaves libpng's own lines on stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "coraline_game", "check", "damaged_png.tmx"],
        capture_output=True,
        text=True,
        cwd=BROKEN,
        timeout=60,
        env={**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"},
    )
    assert "IDAT: incorrect data check" in done.stdout
    assert "libpng" not in done.stderr and "libpng" not in done.stdout
    root = content_copy(tmp_path)
    shutil.copy(BROKEN / "assets" / "odd_profile.png", root / "assets" / "tiles.png")
    quiet = _check_in_child_status(root / "maps" / "good.tmx")
    assert quiet.returncode == 0, quiet.stdout
    assert "libpng" not in quiet.stderr
