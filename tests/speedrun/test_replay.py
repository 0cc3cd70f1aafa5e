from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun
from coraline_game.speedrun.replay import ReplayError, read_replay
from coraline_game.speedrun.verify import verify_replay
from tests.synthetic import two_rooms


def record(path: Path, seed: int = 5) -> dict[str, object]:
    maps = two_rooms()
    stream = io.StringIO()
    run = RecordedRun(Simulation(maps, seed, start_map="a"), stream, "a")
    pilot = Autopilot(run.sim, run.step)
    pilot.walk_to(88, 16)
    pilot.use(Action.UP)
    pilot.read_all()
    pilot.press(Action.DOWN, 45)
    run.finish()
    path.write_text(stream.getvalue())
    return {"ticks": run.sim.tick, "flags": list(run.sim.flags)}


def test_a_recorded_run_verifies(tmp_path: Path) -> None:
    path = tmp_path / "run.replay"
    recorded = record(path)
    result = verify_replay(path, two_rooms())
    assert result["ok"] is True, result
    assert result["ticks"] == recorded["ticks"]
    assert result["flags"] == ["door_a"]


def test_the_file_is_run_length_encoded_with_checkpoints(tmp_path: Path) -> None:
    path = tmp_path / "run.replay"
    ticks = record(path)["ticks"]
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    assert header["format"] == "coraline-replay" and header["tick_rate"] == 60
    assert header["seed"] == 5 and len(header["content"]) == 32
    records = [json.loads(line) for line in lines[1:]]
    runs = [r for r in records if r[0] == "f"]
    assert sum(r[2] for r in runs) == ticks
    assert len(runs) < ticks / 3  # held keys collapse into runs
    checkpoints = [r[1] for r in records if r[0] == "c"]
    assert checkpoints == list(range(60, ticks + 1, 60))
    assert records[-1][0] == "end" and records[-1][1] == ticks


def test_a_changed_input_is_caught_at_the_first_differing_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "run.replay"
    record(path)
    lines = path.read_text().splitlines()
    # Hold RIGHT instead of the first recorded frames: the run now goes elsewhere.
    index = next(i for i, line in enumerate(lines) if line.startswith('["f"'))
    count = json.loads(lines[index])[2]
    lines[index] = json.dumps(["f", int(Action.RIGHT), count], separators=(",", ":"))
    path.write_text("\n".join(lines) + "\n")
    result = verify_replay(path, two_rooms())
    assert result["ok"] is False
    assert result["diverged_at"] == 60 and result["last_match"] == 0
    assert "tick 60" in result["error"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda lines: lines[:-1], "truncated"),
        (lambda lines: [lines[0], "{not json", *lines[1:]], ":2: record is not JSON"),
        (lambda lines: ["garbage", *lines[1:]], ":1: header is not JSON"),
        (lambda lines: [lines[0].replace('"version":3', '"version":9'), *lines[1:]], "version 9"),
        (lambda lines: [lines[0], '["f",4095,3]', *lines[1:]], "not a valid frame"),
        (lambda lines: [lines[0], '["f",1,0]', *lines[1:]], "not a positive count"),
        (lambda lines: [lines[0], '["c",5,"x"]', *lines[1:]], "reach tick 0"),
        (lambda lines: [*lines, '["f",1,1]'], "after the end"),
        (lambda lines: [], "empty"),
    ],
)
def test_a_damaged_replay_is_refused_with_its_line(tmp_path: Path, damage, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "run.replay"
    record(path)
    path.write_text("\n".join(damage(path.read_text().splitlines())))
    with pytest.raises(ReplayError, match=message):
        read_replay(path)
    result = verify_replay(path, two_rooms())
    assert result["ok"] is False and str(path) in result["error"]


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    result = verify_replay(tmp_path / "nope.replay", two_rooms())
    assert result["ok"] is False and "the replay file does not exist" in result["error"]


def test_a_killed_game_leaves_its_replay_up_to_the_last_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "killed.replay"
    with path.open("w", encoding="utf-8", buffering=1 << 20) as stream:  # a big buffer
        run = RecordedRun(Simulation(two_rooms(), 5, start_map="a"), stream, "a")
        for _ in range(130):
            run.step(int(Action.RIGHT))
        written = path.read_text()  # what is on disk now, before any close or finish
    assert '["c",120,' in written  # everything up to the last checkpoint is there
    with pytest.raises(ReplayError, match="truncated"):
        path.write_text(written)
        read_replay(path)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("tick_rate", 50, "tick rate 50, this game runs at 60"),
        ("start_map", "attic", "start map 'attic' is not among the game's maps"),
        ("seed", "seven", "header field 'seed' should be a whole number, found 'seven'"),
        ("seed", True, "header field 'seed' should be a whole number, found true"),
        ("start_map", ["x"], "header field 'start_map' should be text"),
    ],
)
def test_a_header_this_game_cannot_play_is_refused(
    tmp_path: Path, field: str, value: object, message: str
) -> None:
    path = tmp_path / "run.replay"
    record(path)
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    header[field] = value
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n")
    result = verify_replay(path, two_rooms())
    assert result["ok"] is False and message in result["error"]


def test_a_replay_made_with_other_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "run.replay"
    record(path)
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    header["content"] = "0" * 32
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n")
    result = verify_replay(path, two_rooms())
    assert result["ok"] is False
    assert result["content_mismatch"]["replay"] == "0" * 32
    assert "other maps or art" in result["error"]
    assert result["flags"] == ["door_a"]  # it was still re-run, for the runner's sake


def test_an_absurdly_long_run_is_refused_without_building_it(tmp_path: Path) -> None:
    path = tmp_path / "forever.replay"
    record(path)
    header = path.read_text().splitlines()[0]
    path.write_text(f'{header}\n["f",0,1000000000]\n["end",1000000000,"x"]\n')
    result = verify_replay(path, two_rooms())
    assert result["ok"] is False and "ten hours" in result["error"]
