"""The game as shipped: its maps, its replay and its commands, end to end."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import esper
import pytest

from coraline_game import __version__
from coraline_game.cli import main
from coraline_game.ecs.components import SUBPIXELS, Body, CatBrain, MouseBrain, Position
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.mapset import load_map_set
from coraline_game.maps.model import GameMap
from coraline_game.paths import content_root, maps_dir
from coraline_game.sim.simulation import Simulation
from coraline_game.systems.collision import body_box

REPLAYS = content_root() / "replays"
REPLAY = REPLAYS / "act_one.replay"
ACT_ONE = (
    "arrived",
    "met_wybie",
    "found_small_door",
    "followed_mouse",
    "visited_other_world",
    "warned_by_neighbours",
    "toured_other_world",
    "cat_spoke",
    "refused_buttons",
    "met_ghosts",
    "escaped_mirror",
    "parents_taken",
    "got_seeing_stone",
    "challenge_accepted",
)
HUNT_THEN = ("found_parents", "door_closed_on_hand")
ENDING = ("hand_destroyed", "key_in_well", "garden_party")
EYES = {"eye_garden", "eye_theater", "eye_circus"}


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_map_set(maps_dir())


@pytest.fixture
def sim(maps: dict[str, GameMap]) -> Iterator[Simulation]:
    simulation = Simulation(maps, seed=11, start_map="real_flat")
    yield simulation
    simulation.close()


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out
    assert all(c in usage for c in ("play", "check", "render-map", "verify", "bench"))


def test_check_passes_on_the_shipped_maps(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check")
    assert code == 0, out
    assert "13 maps: 0 problems" in out


def _verified(capsys: pytest.CaptureFixture[str], name: str) -> dict[str, object]:
    code, out, _ = run_cli(capsys, "verify", str(REPLAYS / f"{name}.replay"))
    result: dict[str, object] = json.loads(out)
    assert code == 0, result
    assert result["ok"] is True
    return result


def test_the_shipped_replay_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    result = _verified(capsys, "act_one")
    assert result["flags"] == list(ACT_ONE)
    assert int(str(result["ticks"])) > 60 * 60 * 4  # minutes of play, not a shortcut


def test_the_eye_hunt_replay_verifies_from_the_hunt_to_the_door(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = _verified(capsys, "eye_hunt")
    flags = list(result["flags"])  # type: ignore[call-overload]
    assert flags[: len(ACT_ONE)] == list(ACT_ONE)  # where the hunt's chapter starts from
    assert set(flags[len(ACT_ONE) : len(ACT_ONE) + 3]) == EYES
    assert flags[len(ACT_ONE) + 3 :] == list(HUNT_THEN)
    assert 60 * 60 < int(str(result["ticks"])) < 60 * 60 * 5  # a few minutes: a fast route


def test_the_full_story_replay_sets_all_22_beats_in_story_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = _verified(capsys, "full_story")
    flags = list(result["flags"])  # type: ignore[call-overload]
    assert len(flags) == 22
    assert flags[: len(ACT_ONE)] == list(ACT_ONE)
    assert set(flags[len(ACT_ONE) : len(ACT_ONE) + 3]) == EYES
    assert flags[len(ACT_ONE) + 3 :] == [*HUNT_THEN, *ENDING]


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_the_shipped_replay_verifies_whatever_pythons_hash_seed(hash_seed: str) -> None:
    """Nothing the simulation decides or hashes may follow the order of a set of strings."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "SDL_VIDEODRIVER": "dummy"}
    command = [sys.executable, "-m", "coraline_game", "verify", str(REPLAY)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["ok"] is True


def test_a_tampered_replay_fails_verify_and_names_the_tick(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = REPLAY.read_text().splitlines()
    tick, walk = 0, -1  # the first step she walks once the chapter card has gone
    for index, line in enumerate(lines):
        record = json.loads(line)
        if not isinstance(record, list) or record[0] != "f":
            continue
        if tick >= 300 and record[1] & int(Action.DOWN | Action.UP | Action.LEFT | Action.RIGHT):
            walk = index
            break
        tick += record[2]
    _frame, count = json.loads(lines[walk])[1:]
    lines[walk] = json.dumps(["f", 0, count], separators=(",", ":"))  # she stands still instead
    tampered = tmp_path / "tampered.replay"
    tampered.write_text("\n".join(lines) + "\n")
    code, out, _ = run_cli(capsys, "verify", str(tampered))
    result = json.loads(out)
    checkpoint = (tick // 60 + 1) * 60  # the first checkpoint after the change
    assert code == 1 and result["ok"] is False
    assert result["diverged_at"] == checkpoint and f"tick {checkpoint}" in result["error"]


def test_a_truncated_replay_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    truncated = tmp_path / "cut.replay"
    truncated.write_text("\n".join(REPLAY.read_text().splitlines()[:10]))
    code, out, _ = run_cli(capsys, "verify", str(truncated))
    assert code == 1 and "truncated" in json.loads(out)["error"]


def test_every_spawn_stands_clear_of_walls(maps: dict[str, GameMap]) -> None:
    for name, game_map in maps.items():
        for spawn in game_map.objects_of("Spawn"):
            sim = Simulation(
                maps, seed=1, start_map=name, start_spawn=str(spawn.properties["spawn"])
            )
            body = esper.component_for_entity(sim.place.player, Body)
            position = esper.component_for_entity(sim.place.player, Position)
            before = (position.x, position.y)
            assert not sim.place.collision.blocked(body_box(position, body)), (name, spawn.name)
            sim.step(0)
            assert (position.x, position.y) == before
            sim.close()


def test_the_mouse_leads_coraline_to_the_little_door(sim: Simulation) -> None:
    pilot = Autopilot(sim)
    sim.place.activate()
    (_mouse, (brain, mouse_at)), *_ = esper.get_components(MouseBrain, Position)
    assert brain.path, "the real flat's mouse has a path"
    goal = brain.path[-1]
    for _ in range(12):
        mx, my = mouse_at.x // SUBPIXELS, mouse_at.y // SUBPIXELS
        pilot.walk_to(mx, my + 20, budget=200)
        pilot.idle(30)
    assert brain.next_point == len(brain.path)
    assert abs(mouse_at.x - goal[0]) <= 2 * SUBPIXELS and abs(mouse_at.y - goal[1]) <= 2 * SUBPIXELS


def test_the_cat_follows_at_a_distance(sim: Simulation) -> None:
    pilot = Autopilot(sim)
    pilot.walk_to(400, 260)  # across the flat, into the hall
    pilot.idle(240)
    sim.place.activate()
    (_cat, (_brain, cat_at)), *_ = esper.get_components(CatBrain, Position)
    fx, fy = pilot.feet()
    distance = ((cat_at.x // SUBPIXELS - fx) ** 2 + (cat_at.y // SUBPIXELS - fy) ** 2) ** 0.5
    assert 8 <= distance <= 100


def test_a_regular_install_finds_its_content_from_elsewhere(tmp_path: Path) -> None:
    """What a wheel carries: content_root() prefers a bundled _content folder."""
    import coraline_game.paths as paths

    bundled = tmp_path / "coraline_game"
    shutil.copytree(maps_dir(), bundled / "_content" / "maps")
    original = paths._PACKAGE_DIR
    try:
        paths._PACKAGE_DIR = bundled
        assert paths.maps_dir() == bundled / "_content" / "maps"
    finally:
        paths._PACKAGE_DIR = original


def test_play_runs_the_real_loop_and_its_recording_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replay = tmp_path / "idle.replay"
    assert (
        main(["play", "--skip-title", "--max-ticks", "90", "--scale", "1", "--record", str(replay)])
        == 0
    )
    code, out, _ = run_cli(capsys, "verify", str(replay))
    result = json.loads(out)
    assert code == 0 and result["ok"] is True and result["ticks"] == 90


def test_a_terminated_game_still_finishes_its_replay(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    replay = tmp_path / "terminated.replay"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    game = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "coraline_game",
            "play",
            "--skip-title",
            "--scale",
            "1",
            "--record",
            str(replay),
        ],
        env=env,
    )
    deadline = time.monotonic() + 20
    while '["c",60,' not in (replay.read_text() if replay.exists() else ""):
        assert time.monotonic() < deadline, "the game never reached its first checkpoint"
        time.sleep(0.05)
    game.send_signal(signal.SIGTERM)
    assert game.wait(timeout=20) == 0
    assert json.loads(replay.read_text().splitlines()[-1])[0] == "end"


def test_an_unknown_command_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["pley"])
    assert exit_info.value.code == 2
    assert "unknown command 'pley'" in capsys.readouterr().err


def test_render_map_writes_png_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(
        capsys, "render-map", str(maps_dir() / "corridor.tmx"), str(tmp_path / "x.txt")
    )
    assert code == 2 and "PNG" in err and not (tmp_path / "x.txt").exists()


def test_render_map_takes_a_shipped_map_by_its_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    by_name, by_file = tmp_path / "by_name.png", tmp_path / "by_file.png"
    assert run_cli(capsys, "render-map", "corridor", str(by_name))[0] == 0
    assert run_cli(capsys, "render-map", str(maps_dir() / "corridor.tmx"), str(by_file))[0] == 0
    assert by_name.read_bytes() == by_file.read_bytes()
    code, _, err = run_cli(capsys, "render-map", "no_such_place", str(tmp_path / "x.png"))
    assert code == 1 and "no_such_place" in err


def test_a_replay_may_end_with_blank_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    padded = tmp_path / "padded.replay"
    padded.write_text(REPLAY.read_text() + "\n\n")
    code, out, _ = run_cli(capsys, "verify", str(padded))
    assert code == 0 and json.loads(out)["ok"] is True
