"""Spawns and actors must stand on open floor: check says so before a player gets stuck."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from coraline_game.maps.check import check_command
from coraline_game.paths import assets_dir, maps_dir

START = '<object id="1" name="start" type="Spawn" x="96" y="208"'


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(maps_dir(), tmp_path / "maps")
    shutil.copytree(assets_dir(), tmp_path / "assets")
    assert START in (tmp_path / "maps" / "real_flat.tmx").read_text()
    return tmp_path


def check_with_start_at(content: Path, x: int, y: int) -> tuple[int, str]:
    flat = content / "maps" / "real_flat.tmx"
    flat.write_text(
        flat.read_text().replace(START, START.replace('x="96" y="208"', f'x="{x}" y="{y}"'))
    )
    out = io.StringIO()
    return check_command([content / "maps"], out), out.getvalue()


@pytest.mark.parametrize(
    ("x", "y", "reason"),
    [
        (-200, -200, "is outside the map"),
        (0, 64, "is on a solid tile (cell 0, 5)"),  # the flat's outer wall
    ],
)
def test_a_spawn_off_the_floor_is_reported(content: Path, x: int, y: int, reason: str) -> None:
    code, out = check_with_start_at(content, x, y)
    assert code == 1
    line = next(line for line in out.splitlines() if "error:" in line)
    assert "real_flat.tmx:object 1 (Spawn 'start'): error: its feet" in line and reason in line


def test_the_shipped_spawns_and_actors_all_stand_on_floor(content: Path) -> None:
    out = io.StringIO()
    assert check_command([content / "maps"], out) == 0, out.getvalue()
