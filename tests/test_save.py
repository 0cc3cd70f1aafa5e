"""Saves: atomic, backed up, and never a crash or a silently lost game when damaged."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from coraline_game.save import SAVE_VERSION, SaveSlot, read_save
from coraline_game.story.model import Story
from coraline_game.story.start import StartState, chapter_start
from tests.story.fixtures import small_story
from tests.synthetic import two_rooms

MAPS = two_rooms()


@pytest.fixture
def story(tmp_path: Path) -> Story:
    return small_story(tmp_path / "story")


@pytest.fixture
def slot(tmp_path: Path) -> SaveSlot:
    return SaveSlot(tmp_path / "saves")


def test_a_save_reads_back_as_the_start_it_was(story: Story, slot: SaveSlot) -> None:
    start = chapter_start(story, "evening")
    assert slot.write(start) == ""
    loaded = slot.read(story, MAPS)
    assert loaded.start == start and loaded.message == ""
    data = json.loads(slot.path.read_text(encoding="utf-8"))
    assert data["format"] == "coraline-save" and data["version"] == SAVE_VERSION
    assert data["flags"] == ["arrived", "met_friend", "opened_box"]  # data, not a pickle


def test_the_save_before_is_kept_as_the_backup(story: Story, slot: SaveSlot) -> None:
    first, second = chapter_start(story, "morning"), chapter_start(story, "evening")
    slot.write(first)
    slot.write(second)
    assert read_save(slot.backup, story, MAPS) == first
    assert read_save(slot.path, story, MAPS) == second
    assert not list(slot.folder.glob("*.tmp"))


def _damage(path: Path, kind: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    if kind == "garbage":
        path.write_bytes(os.urandom(300))
    elif kind == "truncated":
        path.write_bytes(path.read_bytes()[:40])
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "newer":
        path.write_text(json.dumps(data | {"version": SAVE_VERSION + 1}), encoding="utf-8")
    elif kind == "older":
        path.write_text(json.dumps(data | {"version": 0}), encoding="utf-8")
    elif kind == "missing":
        del data["place"]
        path.write_text(json.dumps(data), encoding="utf-8")
    elif kind == "unknown_flag":
        path.write_text(json.dumps(data | {"flags": ["arrived", "flew"]}), encoding="utf-8")
    elif kind == "moved_spawn":
        path.write_text(json.dumps(data | {"spawn": "attic"}), encoding="utf-8")
    elif kind == "not_a_save":
        path.write_text("[1, 2, 3]", encoding="utf-8")
    elif kind == "deep":
        path.write_text("[" * 50_000, encoding="utf-8")
    # Found by fuzzing (tools/fuzzing/): each was an exception out of read_save.
    elif kind == "long_number":  # past Python's limit on an integer's digits
        path.write_text(json.dumps(data)[:-1] + ', "extra": 1' + "0" * 5000 + "}", encoding="utf-8")
    elif kind == "listed_spawn":
        path.write_text(json.dumps(data | {"spawn": ["start"]}), encoding="utf-8")


DAMAGE = {
    "garbage": "damaged",
    "truncated": "damaged",
    "empty": "damaged",
    "newer": "newer version",
    "older": "older version",
    "missing": "incomplete (it has no place)",
    "unknown_flag": "story flags this story does not have",
    "moved_spawn": "a spot b no longer has",
    "not_a_save": "not a save of this game",
    "deep": "damaged",
    "long_number": "damaged",
    "listed_spawn": "a spot b no longer has",
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_save_falls_back_to_the_backup_with_a_message(
    story: Story, slot: SaveSlot, kind: str
) -> None:
    first, second = chapter_start(story, "morning"), chapter_start(story, "evening")
    slot.write(first)
    slot.write(second)
    _damage(slot.path, kind)
    loaded = slot.read(story, MAPS)
    assert loaded.start == first
    assert DAMAGE[kind] in loaded.message and "save before it was loaded" in loaded.message
    assert str(slot.path) in loaded.message


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_with_no_good_backup_a_fresh_start_is_offered_with_a_message(
    story: Story, slot: SaveSlot, kind: str
) -> None:
    slot.write(chapter_start(story, "evening"))
    _damage(slot.path, kind)
    loaded = slot.read(story, MAPS)
    assert loaded.start is None
    assert DAMAGE[kind] in loaded.message and "a new game begins" in loaded.message


def test_a_full_disk_keeps_the_old_save_and_says_why(
    story: Story, slot: SaveSlot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = chapter_start(story, "morning")
    slot.write(first)

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    problem = slot.write(chapter_start(story, "evening"))
    assert "No space left on device" in problem and str(slot.path) in problem
    monkeypatch.undo()
    assert read_save(slot.path, story, MAPS) == first
    assert not list(slot.folder.glob("*.tmp"))


def test_an_unwritable_folder_is_a_message_not_a_crash(story: Story, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    problem = SaveSlot(blocker / "saves").write(StartState("morning", (), (), "a", "start"))
    assert problem.startswith("could not save to")


@pytest.mark.parametrize("kind", ["garbage", "long_number"])  # the second once raised
def test_saving_over_a_damaged_save_keeps_the_good_backup(
    story: Story, slot: SaveSlot, kind: str
) -> None:
    first = chapter_start(story, "morning")
    slot.write(first)
    slot.write(chapter_start(story, "evening"))
    _damage(slot.path, kind)
    slot.write(chapter_start(story, "evening"))  # the game goes on from the backup and saves
    assert read_save(slot.backup, story, MAPS) == first
