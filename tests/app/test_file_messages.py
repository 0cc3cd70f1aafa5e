"""A damaged save or settings file, as the player starts the game: told on the title in a
framed panel, short and clear of the menu and the controls' band; settings with a value out
of range corrected on disk, so the next start is clean; no stray warning on the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.cli import main
from coraline_game.render.font import default_font
from coraline_game.scenes.title import MESSAGE_PAD, MESSAGE_TOP, MESSAGE_WIDTH, TitleScene
from coraline_game.settings import Settings, SettingsFile
from coraline_game.ui.menu import CHOSEN, EDGE, OTHER, WARNING


def play(monkeypatch: pytest.MonkeyPatch, folder: Path) -> tuple[pygame.Surface, list[str]]:
    """The game started as a player starts it, for a moment: its last frame and the lines
    its title said."""
    seen: dict[str, object] = {}
    run, enter = App.run, TitleScene.enter

    def looking_run(app: App, max_ticks: int | None = None) -> None:
        run(app, max_ticks)
        seen["screen"] = app.window.logical.copy()

    def looking_enter(scene: TitleScene, stack: object) -> None:
        enter(scene, stack)  # type: ignore[arg-type]
        seen["lines"] = scene._message

    monkeypatch.setattr(App, "run", looking_run)
    monkeypatch.setattr(TitleScene, "enter", looking_enter)
    argv = ["play", "--save-folder", str(folder), "--scale", "1", "--mute", "--max-ticks", "5"]
    assert main(argv) == 0
    screen, lines = seen["screen"], seen["lines"]
    assert isinstance(screen, pygame.Surface) and isinstance(lines, list)
    return screen, lines


def drawn_at(
    screen: pygame.Surface, text: str, colour: tuple[int, int, int], spot: tuple[int, int]
) -> bool:
    words = default_font().render(text, colour)
    inked = [
        (x, y)
        for x in range(words.get_width())
        for y in range(words.get_height())
        if words.get_at((x, y)).a == 255
    ]
    return bool(inked) and all(
        screen.get_at((spot[0] + x, spot[1] + y))[:3] == colour for x, y in inked
    )


def test_a_damaged_save_and_settings_are_told_on_the_title_in_a_panel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "save.json").write_bytes(b"\x00\xff garbage")
    (tmp_path / "settings.json").write_bytes(b"{ not json")
    screen, lines = play(monkeypatch, tmp_path)
    told = " ".join(lines)
    assert "save.json is damaged" in told and "settings.json is damaged" in told
    assert "settings.json.damaged" in told
    assert str(tmp_path) not in told  # the file's name, not its whole path
    assert str(tmp_path / "settings.json") in capsys.readouterr().err  # the terminal has it
    assert (tmp_path / "settings.json.damaged").read_bytes() == b"{ not json"  # kept aside
    left = screen.get_width() - MESSAGE_WIDTH - 6
    for row, line in enumerate(lines):  # every line, in the panel, in full
        top = MESSAGE_TOP + MESSAGE_PAD + row * default_font().line_height
        assert not line or drawn_at(screen, line, WARNING, (left + MESSAGE_PAD, top))
    assert screen.get_at((left, MESSAGE_TOP + 3))[:3] == EDGE  # framed
    bottom = MESSAGE_TOP + 2 * MESSAGE_PAD + len(lines) * default_font().line_height
    assert screen.get_at((left + 2, bottom - 3))[:3] != WARNING
    menu = [
        (x, y)
        for x in range(screen.get_width())
        for y in range(screen.get_height())
        if screen.get_at((x, y))[:3] in (CHOSEN, OTHER)
    ]
    assert menu and max(x for x, _y in menu) < left  # the menu beside the panel, not under it
    band_top = screen.get_height() - 2 * default_font().line_height - 6  # a band of two lines
    assert max(y for _x, y in menu) < band_top - 2 and bottom < band_top


def test_settings_out_of_range_are_corrected_on_disk_and_the_next_start_is_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = SettingsFile(tmp_path)
    store.write(Settings(music_volume=2, keys=(("INTERACT", ("x",)),)))
    data = json.loads(store.path.read_text())
    data["master_volume"] = 99
    store.path.write_text(json.dumps(data))
    _screen, lines = play(monkeypatch, tmp_path)
    assert "master_volume" in " ".join(lines)  # told on the title
    assert "master_volume" in capsys.readouterr().err
    pygame.init()  # the key names are checked against it, as the game does
    again = store.read()
    pygame.quit()
    assert again.message == "" and again.settings == Settings(
        music_volume=2, keys=(("INTERACT", ("x",)),)
    )  # corrected: the good values kept
    assert not store.damaged.exists()
    _screen, lines = play(monkeypatch, tmp_path)
    assert lines == [] and "warning" not in capsys.readouterr().err  # the next start: clean


def test_own_key_bindings_start_without_a_stray_pygame_warning(tmp_path: Path) -> None:
    """A fresh process, as the player starts it: the settings' key names are checked once
    pygame has started, so it does not warn that it was not."""
    SettingsFile(tmp_path).write(Settings(keys=(("INTERACT", ("x", "return")),)))
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    argv = ["play", "--save-folder", str(tmp_path), "--scale", "1", "--mute", "--max-ticks", "3"]
    done = subprocess.run(
        [sys.executable, "-W", "always", "-m", "coraline_game", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "pygame.init" not in done.stderr and "Warning" not in done.stderr
