"""Replays a fuzzer or a stranger made: each is refused with a sentence naming file and line."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coraline_game.cli import main
from coraline_game.paths import content_root
from coraline_game.speedrun.replay import (
    MAX_LINE_BYTES,
    MAX_LINES,
    MAX_REPLAY_BYTES,
    ReplayError,
    read_replay,
)
from coraline_game.speedrun.verify import verify_replay
from tests.synthetic import two_rooms

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken_replays"
SHIPPED = content_root() / "replays" / "act_one.replay"
HEADER = SHIPPED.read_text().splitlines()[0]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("deep_record.replay", ":2: record nests deeper than the JSON reader goes"),
        ("deep_header.replay", ":1: header nests deeper than the JSON reader goes"),
        ("long_number.replay", ":2: the replay runs past 2160000 ticks"),
        ("bool_frame.replay", ":2: action frame true is not a valid frame"),
        ("bool_count.replay", ":2: run length true is not a positive count"),
        ("bool_tick.replay", ":3: checksum tick true is not a whole number"),
        ("bool_end.replay", ":3: checksum tick true is not a whole number"),
        ("bad_utf8.replay", ":3: the line is not UTF-8 text (byte 8 of it)"),
    ],
)
def test_a_hostile_replay_is_refused_with_its_line(name: str, message: str) -> None:
    path = BROKEN / name
    with pytest.raises(ReplayError) as refused:
        read_replay(path)
    assert str(refused.value).startswith(f"{path}{message}")
    result = verify_replay(path, two_rooms())
    assert result["ok"] is False and result["error"] == str(refused.value)


@pytest.fixture
def few_digits() -> Iterator[None]:
    """Python's own limit on an integer's digits, lowered as a deployment may lower it."""
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(1000)
    yield
    sys.set_int_max_str_digits(before)


@pytest.mark.usefixtures("few_digits")
def test_a_number_past_pythons_digit_limit_is_a_sentence() -> None:
    with pytest.raises(ReplayError, match=r"long_number.replay:2: record holds a number of more"):
        read_replay(BROKEN / "long_number.replay")


def test_a_line_longer_than_any_record_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "long.replay"
    path.write_text(f'{HEADER}\n["f",1,{"9" * 10_000}]\n')
    with pytest.raises(
        ReplayError, match=rf":2: the line is longer than any record \({MAX_LINE_BYTES}"
    ):
        read_replay(path)


def test_a_file_larger_than_a_ten_hour_run_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.replay"
    with path.open("wb") as file:
        file.truncate(MAX_REPLAY_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ReplayError, match="the replay file is larger than the 64 MiB limit"):
        read_replay(path)


def test_more_lines_than_a_ten_hour_run_are_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "blank.replay"
    path.write_text(HEADER + "\n" * MAX_LINES)
    with pytest.raises(ReplayError, match="lines, more than a ten-hour run has"):
        read_replay(path)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: os.mkfifo(path), r"is a named pipe \(FIFO\), not a regular file"),
        (lambda path: path.mkdir(), "is a folder, not a file"),
    ],
)
def test_what_is_not_a_regular_file_is_refused_without_blocking(  # type: ignore[no-untyped-def]
    tmp_path: Path, make, message: str
) -> None:
    path = tmp_path / "odd.replay"
    make(path)
    with pytest.raises(ReplayError, match=message):
        read_replay(path)


def test_a_device_is_refused() -> None:
    with pytest.raises(ReplayError, match="is a device, not a regular file"):
        read_replay(Path("/dev/zero"))


def test_a_path_with_a_nul_byte_is_refused() -> None:
    with pytest.raises(ReplayError, match="the name is not a path"):
        read_replay(Path("run\0.replay"))


def test_verify_stops_at_the_first_differing_checkpoint(tmp_path: Path) -> None:
    """Hours of frames after a wrong checkpoint are never simulated."""
    path = tmp_path / "long.replay"
    records = [["f", 8, 60], ["c", 60, "wrong"], ["f", 0, 2_000_000], ["end", 2_000_060, "x"]]
    path.write_text("\n".join([HEADER, *(json.dumps(r) for r in records)]) + "\n")
    header = json.loads(HEADER)
    result = verify_replay(path, {header["start_map"]: two_rooms()["a"]})
    assert result["ok"] is False
    assert result["diverged_at"] == 60 and result["last_match"] == 0 and result["ticks"] == 60
    assert "at tick 60" in result["error"]


def test_a_wrong_end_checksum_is_caught_even_on_a_checkpoint_tick(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    *lines, end = SHIPPED.read_text().splitlines()
    _, end_tick, checksum = json.loads(end)
    path = tmp_path / "wrong_end.replay"
    lines += [json.dumps(["c", end_tick, checksum]), json.dumps(["end", end_tick, "0"])]
    path.write_text("\n".join(lines))
    assert main(["verify", str(path)]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["diverged_at"] == result["last_match"] == end_tick


def test_play_refuses_a_replay_of_a_map_the_game_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "attic.replay"
    header = json.loads(HEADER) | {"start_map": "attic"}
    path.write_text("\n".join([json.dumps(header), *SHIPPED.read_text().splitlines()[1:]]))
    assert main(["play", "--replay", str(path), "--max-ticks", "1"]) == 1
    assert "start map 'attic' is not among the game's maps" in capsys.readouterr().err
