"""`coraline-game check`: paths, output format, summary and exit status."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coraline_game.maps.check import check_command
from coraline_game.paths import maps_dir
from tests.maps.fixtures import BROKEN, GOOD, content_copy


def check(*paths: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = check_command(list(paths), out)
    return status, out.getvalue().splitlines()


def test_a_clean_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOOD)
    assert check(Path("maps")) == (0, ["checked 1 map: 0 problems"])


def test_files_inside_the_working_folder_are_shown_relative(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(BROKEN)
    status, lines = check(BROKEN / "no_spawn.tmx")
    assert status == 1
    assert lines[0] == "no_spawn.tmx: error: the map has no Spawn: Coraline cannot appear in it"


def test_missing_paths_are_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOOD)
    status, lines = check(Path("nowhere"), Path("maps/good.tmx"))
    assert status == 1
    assert lines == ["nowhere: error: no such file or folder", "checked 1 map: 1 problem"]


def test_a_folder_without_maps_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    assert check(Path("empty")) == (
        1,
        [
            "empty: error: the folder holds no .tmx maps: nothing to check",
            "checked 0 maps: 1 problem",
        ],
    )


def test_a_file_named_twice_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOOD)
    assert check(Path("maps"), Path("maps/good.tmx")) == (0, ["checked 1 map: 0 problems"])


def test_a_lone_map_is_checked_against_its_door_targets(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    good = root / "maps" / "good.tmx"
    good.write_text(good.read_text().replace('value="good.tmx"', 'value="other.tmx"'))
    broken = (BROKEN / "unknown_gid.tmx").read_text()
    (root / "maps" / "other.tmx").write_text(broken.replace("../maps/good/assets", "../assets"))
    status, lines = check(good)
    assert status == 1
    assert lines[0].endswith(
        "good.tmx:object 3 (Door 'little door'): error: the door leads to 'other.tmx',"
        " which has problems"
    )
    assert lines[1] == "checked 1 map: 1 problem"


def test_the_games_own_maps_pass() -> None:
    if not any(maps_dir().glob("*.tmx")):
        pytest.skip("the game has no maps yet")
    status, lines = check()
    assert status == 0, "\n".join(lines)
