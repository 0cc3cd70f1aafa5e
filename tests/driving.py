"""Driving the whole app as a player does: posted events, ticks, the scene on top."""

from __future__ import annotations

from pathlib import Path

import pygame

from coraline_game.app import App
from coraline_game.paths import assets_dir
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.save import SaveSlot
from coraline_game.scenes.base import PlayOptions, Services
from coraline_game.scenes.world import WorldScene
from tests.synthetic import two_rooms


def small_services(tmp_path: Path, options: PlayOptions) -> Services:
    """The game's services over two small rooms, saving into `tmp_path`."""
    return Services(
        two_rooms(),
        SpriteBank(assets_dir() / "sprites"),
        default_font(),
        options,
        assets_dir(),
        SaveSlot(tmp_path / "saves"),
    )


def key(app: App, code: int, down: bool = True) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=code, mod=0))
    app.handle_events()


def ticks(app: App, count: int) -> None:
    for _ in range(count):
        app.tick()
    app.draw()


def tap(app: App, code: int) -> None:
    key(app, code)
    ticks(app, 1)
    key(app, code, down=False)
    ticks(app, 1)


def world(app: App) -> WorldScene:
    scene = app.stack.top
    assert isinstance(scene, WorldScene)
    return scene


def to_controls(app: App) -> None:
    """From the title to the Controls menu, by keys: Settings, then Controls... under its
    settings."""
    from coraline_game.scenes.settings_menu import LINES

    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Settings
    for _ in range(len(LINES)):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Controls...
