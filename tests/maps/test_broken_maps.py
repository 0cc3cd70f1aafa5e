"""Every broken fixture map gives exactly one clear problem through `check`, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coraline_game.maps.check import check_command
from tests.maps.fixtures import BROKEN

# file stem -> (place, part of the sentence)
EXPECTED = {
    "xml_syntax": ("", "the map file is not well-formed XML: mismatched tag (line 12, column 4)"),
    "hostile_entities": ("", "the map file declares XML entities, which Tiled never writes"),
    "billion_laughs": ("", "the map file declares XML entities, which Tiled never writes"),
    "escaping_path": (
        "tileset ../../../../../../etc/tiles.tsx",
        "the tileset file points outside the content folder",
    ),
    "absurd_size": ("", "the map is 100000 x 100000 tiles, more than the limit of 1048576 cells"),
    "too_many_layers": ("", "the map has 66 layers, more than the limit of 64"),
    "huge_image": (
        "layer backdrop",
        "the image 'assets/huge.png' is 5000 x 5000 pixels, beyond the 4096 x 4096 limit",
    ),
    "truncated_base64": ("layer ground", "the layer holds base64 tile data that does not decode"),
    "bad_zlib": ("layer ground", "the layer holds zlib tile data that does not decompress"),
    "bad_gzip": ("layer ground", "the layer holds gzip tile data that is cut short"),
    "zlib_bomb": ("layer ground", "the layer holds more tile data than the map's 6 cells"),
    "csv_short": ("layer ground", "the layer holds 5 cells of CSV tile data, the map has 6"),
    "csv_bad_value": ("layer ground", "the layer has a bad CSV value 'five' in cell 4"),
    "unknown_gid": (
        "layer ground",
        "the cell at column 1, row 1 holds tile 99, which none of the map's tilesets has",
    ),
    "missing_tileset": (
        "tileset ../maps/good/assets/nowhere.tsx",
        "the tileset file does not exist",
    ),
    "missing_image": ("tileset lost", "the image '../maps/good/assets/nowhere.png' does not exist"),
    "infinite": ("", "infinite maps cannot be read"),
    "zstd": ("layer ground", "the layer is zstd-compressed"),
    "isometric": ("", "the map is isometric; the game reads orthogonal maps only"),
    "unknown_class": ("object 2 (Dorr)", "unknown class 'Dorr'"),
    "missing_property": (
        "object 2 (Door 'cellar door')",
        "missing required property 'target_spawn' (string)",
    ),
    "mistyped_property": (
        "object 1 (Spawn 'start')",
        "property 'default' should be a bool, found string 'yes'",
    ),
    "bad_enum": (
        "object 1 (Spawn 'start')",
        "property 'facing' should be one of down, up, left, right, found string 'sideways'",
    ),
    "class_property": ("object 1 (Spawn 'start')", "property 'look' has type 'class'"),
    "missing_world": ("map", "missing required property 'world' (World)"),
    "collision_ellipse": (
        "object 2 (Collision)",
        "a Collision must be a rectangle, not an ellipse",
    ),
    "door_to_missing_map": (
        "object 2 (Door)",
        "the door leads to 'nowhere.tmx', which does not exist",
    ),
    "door_to_missing_spawn": (
        "object 2 (Door)",
        "the door leads to spawn 'attic' of 'door_target.tmx', which has no such Spawn"
        " (it has start)",
    ),
    "no_default_spawn": ("", "0 of the map's 2 Spawns have default = true; exactly one must"),
    "no_spawn": ("", "the map has no Spawn"),
    "duplicate_spawn": ("object 2 (Spawn 'start')", "spawn id 'start' is already used by object 1"),
    "actor_path_not_path": (
        "object 2 (Actor)",
        "path 1 names object 1 (Spawn 'start'), not a Path",
    ),
    "template": ("object 2", "the object comes from a template"),
    "tsj": ("tileset assets/tiles.tsj", "JSON tilesets cannot be read"),
    "duplicate_layer": ("layer ground", "2 layers have this name; names must be unique"),
    "tileset_names_a_file": (
        "tileset assets/names_a_file.tsx",
        "the tileset file's <tileset> itself names a file ('passwd_link'), which Tiled never"
        " writes: refused",
    ),
    "symlinked_image": (
        "tileset linked",
        "the image 'assets/passwd_link.png' points outside the content folder",
    ),
    "damaged_png": (
        "tileset damaged",
        "the image 'assets/damaged.png' is not a readable PNG image: IDAT: incorrect data check",
    ),
    "unknown_encoding": (
        "",
        "the map file declares the text encoding 'x-klingon', which cannot be read",
    ),
}
HELPERS = {"door_target"}  # valid: the other maps' doors lead there


def check(*paths: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = check_command(list(paths), out)
    return status, out.getvalue().splitlines()


def test_every_broken_fixture_is_covered() -> None:
    assert {path.stem for path in BROKEN.glob("*.tmx")} == set(EXPECTED) | HELPERS


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_broken_map_gives_one_clear_problem(stem: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BROKEN)
    place, sentence = EXPECTED[stem]
    status, lines = check(Path(f"{stem}.tmx"))
    where = f"{stem}.tmx:{place}" if place else f"{stem}.tmx"
    assert status == 1
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"{where}: error: {sentence}"), lines[0]
    assert lines[1] == "checked 1 map: 1 problem"


def test_the_helper_map_is_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BROKEN)
    assert check(Path("door_target.tmx")) == (0, ["checked 1 map: 0 problems"])


def test_checking_the_folder_names_every_problem_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BROKEN.parent)
    status, lines = check(Path(BROKEN.name))
    assert status == 1
    stems = [line.split(".tmx")[0].removeprefix(f"{BROKEN.name}/") for line in lines[:-1]]
    assert sorted(stems) == sorted(EXPECTED)
    assert lines[-1] == f"checked {len(EXPECTED) + len(HELPERS)} maps: {len(EXPECTED)} problems"
