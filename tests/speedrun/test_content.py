"""The content hash names what the game loads, and only that."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coraline_game.paths import assets_dir, maps_dir, story_dir
from coraline_game.speedrun.content import content_hash


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(maps_dir(), tmp_path / "maps")
    shutil.copytree(assets_dir(), tmp_path / "assets")
    shutil.copytree(story_dir(), tmp_path / "story")
    return tmp_path


def test_a_copy_hashes_the_same_as_the_game(content: Path) -> None:
    assert content_hash(content) == content_hash()


def test_editor_side_files_do_not_count(content: Path) -> None:
    before = content_hash(content)
    (content / "maps" / "coraline.tiled-session").write_text('{"recentFiles": []}')
    (content / "maps" / "coraline.tiled-project").write_text("{}")
    assert content_hash(content) == before


def test_line_endings_do_not_count(content: Path) -> None:
    before = content_hash(content)
    flat = content / "maps" / "real_flat.tmx"
    flat.write_bytes(flat.read_bytes().replace(b"\n", b"\r\n"))
    assert content_hash(content) == before


def test_a_changed_tile_or_image_does_count(content: Path) -> None:
    before = content_hash(content)
    flat = content / "maps" / "real_flat.tmx"
    flat.write_text(flat.read_text().replace('name="ground"', 'name="floor"'))
    assert content_hash(content) != before
    changed = content_hash(content)
    sheet = content / "assets" / "sprites" / "cat.png"
    sheet.write_bytes(sheet.read_bytes() + b"\0")
    assert content_hash(content) != changed


def test_a_line_of_dialogue_changes_the_hash(content: Path) -> None:
    before = content_hash(content)
    talk = content / "story" / "dialogue" / "day1.toml"
    talk.write_text(talk.read_text(encoding="utf-8").replace("Whoa", "Hey"), encoding="utf-8")
    assert content_hash(content) != before
