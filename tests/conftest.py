"""Tests open no window, hear nothing and save nowhere real; esper's worlds are reset."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import esper
import pygame
import pytest

if TYPE_CHECKING:
    from coraline_game.app import App


@pytest.fixture(autouse=True)
def fresh_esper() -> Iterator[None]:
    yield
    esper.switch_world("default")
    for name in esper.list_worlds():
        if name != "default":
            esper.delete_world(name)
    esper.clear_database()


@pytest.fixture(autouse=True)
def own_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The game saves (and keeps its settings) where platformdirs says; in tests those are
    fresh folders, never the user's own (child processes inherit them too)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    """The game at its title over two small rooms, recording to a temporary file."""
    from coraline_game.app import App
    from coraline_game.render.window import Window
    from coraline_game.scenes.base import PlayOptions
    from coraline_game.scenes.title import TitleScene
    from tests.driving import small_services

    pygame.init()
    options = PlayOptions(start_map="a", record=tmp_path / "run.replay")
    yield App(small_services(tmp_path, options), Window(scale=1), TitleScene())
    pygame.quit()
