"""A replay names the text speed (its header, and a record for each change mid-run), so
`verify` re-runs every press as it was: revealing a line or going on."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.render.window import Window
from coraline_game.scenes.base import PlayOptions
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.settings_menu import LINES, SettingsScene
from coraline_game.scenes.world import WorldScene
from coraline_game.settings import Settings
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.conversation import TextSpeed
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun
from coraline_game.speedrun.replay import ReplayError, read_replay
from coraline_game.speedrun.verify import verify_replay
from tests.driving import small_services, ticks, world
from tests.synthetic import obj, with_objects

TEXT = "Rain on the windows, and the house creaking all round, as old houses do at night."
WINDOW = obj("Inspect", 2, 5, 21, text=TEXT, prompt="Look")  # just below where she starts


def maps() -> dict[str, GameMap]:
    return with_objects(WINDOW)


def look_and_press(pilot: Autopilot, run: RecordedRun) -> None:
    """Look out of the window, then press 70 ticks into the line: at the normal speed that
    reveals it, at fast or instant the line is done and the press goes on."""
    pilot.press(Action.DOWN)
    pilot.press(Action.INTERACT)
    pilot.idle(70)
    pilot.press(Action.INTERACT)
    pilot.idle(70)


def tap(pilot: Autopilot, action: Action) -> None:
    pilot.press(action)
    pilot.idle(1)  # released, so the next press is a press again


def record(path: Path, speed: TextSpeed, change: TextSpeed | None = None) -> None:
    """A run started at `speed`; the player switches to `change` (if any) half-way."""
    stream = io.StringIO()
    run = RecordedRun(Simulation(maps(), 5, start_map="a", text_speed=speed), stream, "a")
    pilot = Autopilot(run.sim, lambda frame: run.step(frame, change if run.sim.tick > 2 else None))
    look_and_press(pilot, run)
    look_and_press(pilot, run)
    run.finish()
    path.write_text(stream.getvalue())


def edited_header(path: Path, **changes: object) -> None:
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    for name, value in changes.items():
        if value is None:
            del header[name]
        else:
            header[name] = value
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n")


def test_a_run_at_another_speed_names_it_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "fast.replay"
    record(path, TextSpeed.FAST)
    assert json.loads(path.read_text().splitlines()[0])["text_speed"] == "fast"
    assert read_replay(path).header.text_speed is TextSpeed.FAST
    result = verify_replay(path, maps())
    assert result["ok"] is True, result


@pytest.mark.parametrize("other", ["normal", "instant"])
def test_it_fails_to_verify_at_another_speed(tmp_path: Path, other: str) -> None:
    path = tmp_path / "fast.replay"
    record(path, TextSpeed.FAST)
    edited_header(path, text_speed=other)
    result = verify_replay(path, maps())
    assert result["ok"] is False and "differs from the recording" in result["error"]


def test_a_change_mid_run_is_recorded_where_it_was_made_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "changed.replay"
    record(path, TextSpeed.NORMAL, change=TextSpeed.INSTANT)
    lines = path.read_text().splitlines()
    changes = [json.loads(line) for line in lines if line.startswith('["t"')]
    assert changes == [["t", 3, "instant"]]  # once, at the tick it first held for
    assert read_replay(path).speeds == {3: TextSpeed.INSTANT}
    assert verify_replay(path, maps())["ok"] is True

    path.write_text("\n".join(line for line in lines if not line.startswith('["t"')) + "\n")
    assert verify_replay(path, maps())["ok"] is False  # without it, the presses do otherwise


def test_a_version_2_header_without_a_speed_reads_as_normal(tmp_path: Path) -> None:
    path = tmp_path / "old.replay"
    record(path, TextSpeed.NORMAL)
    edited_header(path, text_speed=None, version=2)
    assert read_replay(path).header.text_speed is TextSpeed.NORMAL
    assert verify_replay(path, maps())["ok"] is True


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda lines: [lines[0].replace('"fast"', '"warp"'), *lines[1:]],
            ":1: header field 'text_speed' is 'warp', not a text speed"
            " (slow, normal, fast, instant)",
        ),
        (
            lambda lines: [lines[0].replace('"fast"', "2"), *lines[1:]],
            ":1: header field 'text_speed' should be text, found 2",
        ),
        (
            lambda lines: [lines[0], '["t",0,"warp"]', *lines[1:]],
            ":2: the text speed is 'warp', not a text speed",
        ),
        (
            lambda lines: [lines[0], '["t",7,"slow"]', *lines[1:]],
            ":2: text speed record for tick 7, but the frames so far reach tick 0",
        ),
    ],
)
def test_an_unknown_speed_is_refused_with_its_file_and_line(
    tmp_path: Path, damage: Callable[[list[str]], list[str]], message: str
) -> None:
    path = tmp_path / "fast.replay"
    record(path, TextSpeed.FAST)
    path.write_text("\n".join(damage(path.read_text().splitlines())) + "\n")
    with pytest.raises(ReplayError, match=f"^{re.escape(str(path) + message)}"):
        read_replay(path)


def test_a_change_in_the_pause_menu_is_recorded_and_the_run_verifies(tmp_path: Path) -> None:
    pygame.init()
    services = small_services(tmp_path, PlayOptions(start_map="a", record=tmp_path / "run.replay"))
    services.maps = maps()
    app = App(services, Window(scale=1), WorldScene())
    sim = world(app).sim
    pilot = Autopilot(sim, app.stack.tick)  # through the stack, as live keys go
    pilot.idle(5)
    tap(pilot, Action.PAUSE)
    tap(pilot, Action.DOWN)
    tap(pilot, Action.INTERACT)  # "Settings"
    assert isinstance(app.stack.top, SettingsScene)
    for _ in range([field for field, _label in LINES].index("text_speed")):
        tap(pilot, Action.DOWN)
    tap(pilot, Action.RIGHT)
    tap(pilot, Action.RIGHT)  # normal -> fast -> instant
    assert services.settings.text_speed is TextSpeed.INSTANT
    tap(pilot, Action.CANCEL)
    assert isinstance(app.stack.top, PauseScene)
    tap(pilot, Action.CANCEL)
    assert isinstance(app.stack.top, WorldScene)
    pilot.idle(3)
    tap(pilot, Action.DOWN)
    tap(pilot, Action.INTERACT)
    assert sim.conversation is not None and sim.conversation.letters == len(TEXT)  # at once
    tap(pilot, Action.INTERACT)
    assert sim.conversation is None  # and the first press goes on
    pilot.idle(70)
    app.stack.quit()
    pygame.quit()

    path = tmp_path / "run.replay"
    assert read_replay(path).header.text_speed is TextSpeed.NORMAL  # as the run began
    assert list(read_replay(path).speeds.values()) == [TextSpeed.INSTANT]
    assert verify_replay(path, maps())["ok"] is True


def test_a_watched_replay_keeps_its_own_speeds_whatever_the_players(tmp_path: Path) -> None:
    path = tmp_path / "changed.replay"
    record(path, TextSpeed.FAST, change=TextSpeed.INSTANT)
    replay = read_replay(path)
    pygame.init()
    services = small_services(tmp_path, PlayOptions(start_map="a", replay=replay))
    services.maps, services.settings = maps(), Settings(text_speed=TextSpeed.SLOW)
    app = App(services, Window(scale=1), WorldScene())
    ticks(app, replay.end_tick)
    sim = world(app).sim
    assert sim.tick == replay.end_tick
    assert state_checksum(sim) == replay.end_checksum  # watched as it was played
    ticks(app, 1)
    assert sim.text_speed is TextSpeed.SLOW  # the replay over, the player's setting holds
    app.stack.quit()
    pygame.quit()
