"""Tests open no window and hear nothing; esper's global worlds are reset between tests."""

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
