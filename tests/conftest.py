"""Tests open no window, hear nothing and save nowhere real; esper's worlds are reset."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from collections.abc import Iterator

import esper
import pytest


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
    """The game saves where platformdirs says; in tests that is a fresh folder, never the
    user's own (child processes inherit it too)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
