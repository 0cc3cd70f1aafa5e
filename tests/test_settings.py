"""The player's settings: remembered between runs, changed from the menus by keys or
pad, and a damaged or unknown file handled without losing it or the game."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.render.window import Window
from coraline_game.scenes.base import PlayOptions, Services
from coraline_game.scenes.settings_menu import LINES, SettingsScene
from coraline_game.scenes.title import TitleScene
from coraline_game.settings import LoadedSettings, Settings, SettingsFile, TextSize
from coraline_game.sim.conversation import TextSpeed
from tests.driving import small_services, tap, ticks


def test_settings_survive_a_restart(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    assert store.read().settings == Settings() and store.read().message == ""  # none yet
    chosen = Settings(music_volume=3, window_scale=2, reduced_flashing=True)
    assert store.write(chosen) == ""
    again = SettingsFile(tmp_path).read()
    assert again.settings == chosen and again.message == ""


def test_a_damaged_file_gives_the_defaults_a_message_and_is_kept_aside(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_bytes(b"\x00\xff{ not json")
    loaded = store.read()
    assert loaded.settings == Settings()
    assert "damaged" in loaded.message and str(store.path) in loaded.message
    assert store.damaged.read_bytes() == b"\x00\xff{ not json"  # never lost silently
    assert not store.path.exists()


# Found by fuzzing (tools/fuzzing/): each gave a library's words, not this sentence.
@pytest.mark.parametrize(
    "data",
    [b"\xff", b"[" * 5000, b"1" * 5000],  # not UTF-8, too deep, a number past Python's limit
)
def test_a_file_not_readable_as_json_is_said_to_be_damaged(tmp_path: Path, data: bytes) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_bytes(data)
    loaded = store.read()
    assert loaded == LoadedSettings(
        Settings(),
        f"The settings file {store.path} is damaged (not readable JSON): the defaults are used,"
        " and it is kept as settings.json.damaged.",
    )
    assert store.damaged.read_bytes() == data


def test_a_file_of_an_unknown_version_is_kept_aside_too(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_text(json.dumps({"format": "coraline-settings", "version": 99}))
    loaded = store.read()
    assert loaded.settings == Settings() and "version" in loaded.message
    assert store.damaged.exists()


def test_a_value_out_of_range_falls_back_alone(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.write(Settings(music_volume=2))
    data = json.loads(store.path.read_text())
    data["master_volume"] = 99
    data["fullscreen"] = "yes"
    store.path.write_text(json.dumps(data))
    loaded = store.read()
    assert loaded.settings == Settings(music_volume=2)  # the good value is kept
    assert "master_volume" in loaded.message and "fullscreen" in loaded.message


def test_a_value_out_of_range_is_corrected_in_the_file_so_it_is_told_once(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.write(Settings(music_volume=2))
    data = json.loads(store.path.read_text())
    data["window_scale"] = 0
    store.path.write_text(json.dumps(data))
    assert "window_scale" in store.read().message
    assert store.read() == LoadedSettings(Settings(music_volume=2))  # the next time: clean
    assert not store.damaged.exists() and not store.path.with_name("settings.json.tmp").exists()


def test_a_version_or_bindings_of_any_shape_are_a_short_message_not_a_crash(
    tmp_path: Path,
) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_text(json.dumps({"format": "coraline-settings", "version": "v" * 5000}))
    loaded = store.read()
    assert "version this game does not know ('vvvvvvvv" in loaded.message
    assert len(loaded.message) < 300  # found by fuzzing: the whole value was in it
    store.write(Settings(music_volume=2))
    data = json.loads(store.path.read_text())
    data["keys"] = [[["UP"], ["w"]]]  # found by fuzzing: an action that is a list raised
    store.path.write_text(json.dumps(data))
    loaded = store.read()
    assert loaded.settings == Settings(music_volume=2) and "keys" in loaded.message


def test_text_speed_and_size_survive_a_restart_and_fall_back_alone(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    chosen = Settings(text_speed=TextSpeed.INSTANT, text_size=TextSize.LARGE)
    store.write(chosen)
    assert json.loads(store.path.read_text())["text_speed"] == "instant"  # by name
    assert SettingsFile(tmp_path).read().settings == chosen
    for speed, size in (("warp", 2), (["fast"], "huge"), (None, True)):
        data = json.loads(store.path.read_text())
        data.update(text_speed=speed, text_size=size, music_volume=3)
        store.path.write_text(json.dumps(data))
        loaded = store.read()
        assert loaded.settings == Settings(music_volume=3)  # both defaults, the rest kept
        assert "text_speed" in loaded.message and "text_size" in loaded.message
        store.write(chosen)


def test_the_settings_menu_changes_and_remembers_them(tmp_path: Path) -> None:
    pygame.init()
    store = SettingsFile(tmp_path / "config")
    window = Window(scale=4)  # the dummy desktop fits 3 at most: it opens at 3
    services = small_services(tmp_path, PlayOptions())
    services.settings_file, services.window = store, window
    app = App(services, window, TitleScene())
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Settings"
    assert isinstance(app.stack.top, SettingsScene)
    tap(app, pygame.K_LEFT)  # Volume: one step down
    for _ in range(4):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_LEFT)  # Window size: 3 (the window as it is) -> 2
    for _ in range(3):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Reduced flashing: on
    expected = Settings(master_volume=7, window_scale=2, reduced_flashing=True)
    assert services.settings == expected
    assert store.read().settings == expected  # remembered at once
    assert window.logical.get_size() == (320, 180)
    assert pygame.display.get_surface().get_size() == (640, 360)  # the window follows
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, TitleScene)
    ticks(app, 1)
    pygame.quit()


def test_the_text_settings_go_round_their_choices_in_the_menu(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path / "config")
    app, services = _app_with(tmp_path, store)
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Settings"
    fields = [field for field, _label in LINES]
    for _ in range(fields.index("text_speed")):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_LEFT)  # normal -> slow
    assert services.settings.text_speed is TextSpeed.SLOW
    tap(app, pygame.K_LEFT)  # round: slow -> instant
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RIGHT)  # Dialogue text size: large
    expected = Settings(text_speed=TextSpeed.INSTANT, text_size=TextSize.LARGE)
    assert services.settings == expected and store.read().settings == expected
    scene = app.stack.top
    assert isinstance(scene, SettingsScene)
    labels = [label for label, _choose in scene.menu.choices]
    assert "Text speed: instant" in labels and "Dialogue text size: large" in labels
    pygame.quit()


def _app_with(tmp_path: Path, store: SettingsFile) -> tuple[App, Services]:
    pygame.init()
    services = small_services(tmp_path, PlayOptions(start_map="a"))
    services.settings_file, services.settings = store, store.read().settings
    return App(services, Window(scale=1), TitleScene()), services


def test_a_key_rebound_in_the_controls_menu_plays_and_is_kept_after_a_restart(
    tmp_path: Path,
) -> None:
    from coraline_game.scenes.controls_menu import ControlsScene
    from coraline_game.scenes.world import WorldScene
    from tests.driving import key, to_controls

    store = SettingsFile(tmp_path / "config")
    app, _services = _app_with(tmp_path, store)
    to_controls(app)
    assert isinstance(app.stack.top, ControlsScene)
    for _ in range(3):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Right: waiting for a key
    assert app.stack.top.waiting == "RIGHT"
    tap(app, pygame.K_l)  # L walks right now
    assert app.stack.top.waiting == ""
    assert dict(store.read().settings.keys)["RIGHT"][0] == "l"
    pygame.quit()

    app, _services = _app_with(tmp_path, store)  # a restart: the binding is remembered
    tap(app, pygame.K_RETURN)  # "Begin" in room a
    ticks(app, 45)
    scene = app.stack.top
    assert isinstance(scene, WorldScene)
    from coraline_game.input.autopilot import Autopilot

    start = Autopilot(scene.sim).feet()
    key(app, pygame.K_l)
    ticks(app, 16)
    key(app, pygame.K_l, down=False)
    assert Autopilot(scene.sim).feet()[0] > start[0] + 10
    pygame.quit()


def test_a_key_taken_from_another_action_leaves_it_the_old_key() -> None:
    from coraline_game.scenes.controls_menu import rebound

    bindings = {"INTERACT": ("z",), "STONE": ("x", "c")}
    new, note = rebound(bindings, "STONE", "z")
    assert new == {"INTERACT": ("x",), "STONE": ("z", "c")}  # swapped: nothing unbound
    assert note == "Z was for Use, which has X now."


def test_the_window_size_shown_is_the_windows_own_and_changes_from_there(tmp_path: Path) -> None:
    """`--scale 2` over a saved 4: Settings says 2, and one step up makes it 3."""
    pygame.init()
    store = SettingsFile(tmp_path / "config")
    window = Window(scale=2)
    services = small_services(tmp_path, PlayOptions())
    services.settings_file, services.window = store, window
    assert services.settings.window_scale == 4  # what was saved
    app = App(services, window, TitleScene())
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Settings"
    scene = app.stack.top
    assert isinstance(scene, SettingsScene)
    labels = [label for label, _choose in scene.menu.choices]
    assert "Window size: 2" in labels and "Fullscreen: off" in labels
    for _ in range(4):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RIGHT)
    assert pygame.display.get_surface().get_size() == (960, 540)
    assert store.read().settings.window_scale == 3
    pygame.quit()
