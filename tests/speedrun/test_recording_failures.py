"""A replay that cannot be written never costs the player the game."""

from __future__ import annotations

import errno
import io
import shutil
from pathlib import Path

import pytest

from coraline_game.cli import main
from coraline_game.input.actions import Action
from coraline_game.paths import content_root
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun
from tests.synthetic import two_rooms


class FullDisk(io.StringIO):
    """Accepts `room` writes, then fails as a full disk does."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, text: str) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= 1
        return super().write(text)


def test_a_full_disk_stops_the_recording_but_not_the_game() -> None:
    run = RecordedRun(Simulation(two_rooms(), 1, start_map="a"), FullDisk(room=3), "a")
    for _ in range(300):
        run.step(int(Action.RIGHT))
    assert run.sim.tick == 300  # the game went on
    assert "No space left on device" in run.error
    assert "recording stopped at tick" in run.error
    run.finish()  # and finishing does not raise either


def test_a_full_disk_at_the_very_start_is_reported_too() -> None:
    run = RecordedRun(Simulation(two_rooms(), 1, start_map="a"), FullDisk(room=0), "a")
    run.step(0)
    assert run.sim.tick == 1 and "No space left" in run.error


def test_play_refuses_a_replay_path_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "folder" / "run.replay"
    assert main(["play", "--record", str(target), "--max-ticks", "1"]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "cannot write the replay" in err


def test_play_refuses_a_damaged_replay_before_opening_a_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "bad.replay"
    damaged.write_text("not a replay\n")
    assert main(["play", "--replay", str(damaged)]) == 1
    assert "bad.replay:1" in capsys.readouterr().err


def test_play_refuses_to_record_over_the_replay_it_watches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    watched = tmp_path / "run.replay"
    shutil.copy(content_root() / "replays" / "act_one.replay", watched)
    before = watched.read_text()
    assert main(["play", "--replay", str(watched), "--record", str(watched)]) == 1
    assert "would be overwritten" in capsys.readouterr().err
    assert watched.read_text() == before
