"""The title with the game's own story: Continue when a save exists, a damaged save told
on screen, and the autosave at each chapter start."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.content import load_content
from coraline_game.maps.model import GameMap
from coraline_game.paths import assets_dir
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.window import Window
from coraline_game.save import SaveSlot, read_save
from coraline_game.scenes.base import PlayOptions, Services
from coraline_game.scenes.title import TitleScene
from coraline_game.scenes.world import WorldScene
from coraline_game.story.library import default_story
from coraline_game.story.model import NO_EFFECTS
from coraline_game.story.start import chapter_start
from coraline_game.ui.credits_view import NIGHT
from tests.driving import tap, ticks, world


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


@pytest.fixture
def slot(tmp_path: Path) -> SaveSlot:
    return SaveSlot(tmp_path / "saves")


@pytest.fixture
def title(maps: dict[str, GameMap], slot: SaveSlot) -> Iterator[Callable[[], App]]:
    def make() -> App:
        pygame.init()
        services = Services(
            maps,
            SpriteBank(assets_dir() / "sprites"),
            default_font(),
            PlayOptions(),
            assets_dir(),
            slot,
        )
        return App(services, Window(scale=1), TitleScene())

    yield make
    pygame.quit()


def _labels(app: App) -> list[str]:
    scene = app.stack.top
    assert isinstance(scene, TitleScene)
    return [label for label, _action in scene.menu.choices]


def _warning_shown(app: App) -> bool:
    ticks(app, 1)
    screen = app.window.logical
    return any(
        screen.get_at((x, y))[:3] == (255, 180, 130) for x in range(0, 320) for y in range(0, 150)
    )


def test_without_a_save_there_is_no_continue(title: Callable[[], App], slot: SaveSlot) -> None:
    app = title()
    assert _labels(app) == ["New Game", "Settings", "Quit"]


def test_continue_starts_the_saved_chapter(title: Callable[[], App], slot: SaveSlot) -> None:
    slot.write(chapter_start(default_story(), "night2"))
    app = title()
    assert _labels(app)[0] == "Continue: Night 2"
    assert not _warning_shown(app)
    tap(app, pygame.K_RETURN)
    ticks(app, 45)
    scene = app.stack.top
    assert isinstance(scene, WorldScene)
    assert scene.sim.chapter == "night2" and scene.sim.place.map.name == "real_flat"
    assert "warned_by_neighbours" in scene.sim.flags and scene.sim.items == ["key"]


def test_a_damaged_save_is_told_and_the_backup_offered(
    title: Callable[[], App], slot: SaveSlot
) -> None:
    story = default_story()
    slot.write(chapter_start(story, "day2"))
    slot.write(chapter_start(story, "night2"))
    slot.path.write_bytes(b"\x00\xff garbage")
    app = title()
    assert _labels(app)[0] == "Continue: Day 2"  # the save before it
    assert _warning_shown(app)


def test_a_hopeless_save_offers_a_new_game_and_says_why(
    title: Callable[[], App], slot: SaveSlot
) -> None:
    slot.folder.mkdir(parents=True)
    slot.path.write_text('{"format": "coraline-save", "version": 99}', encoding="utf-8")
    app = title()
    assert _labels(app) == ["New Game", "Settings", "Quit"]
    assert _warning_shown(app)
    scene = app.stack.top
    assert isinstance(scene, TitleScene)
    assert any("newer version" in line for line in scene._message)


def test_a_new_game_saves_its_first_chapter(
    title: Callable[[], App], slot: SaveSlot, maps: dict[str, GameMap]
) -> None:
    app = title()
    tap(app, pygame.K_RETURN)  # New Game
    ticks(app, 45)
    assert isinstance(app.stack.top, WorldScene)
    saved = read_save(slot.path, default_story(), maps)
    assert saved == chapter_start(default_story(), "day1")


def test_the_end_of_the_credits_brings_the_title_back_with_the_party_to_continue(
    title: Callable[[], App], slot: SaveSlot
) -> None:
    slot.write(chapter_start(default_story(), "day5"))
    app = title()
    tap(app, pygame.K_RETURN)  # Continue: the party
    ticks(app, 45)
    scene = world(app)
    sim = scene.sim
    scene.sim.apply(dataclasses.replace(NO_EFFECTS, credits=True))  # as the party's end does
    ticks(app, 40)
    screen = app.window.logical
    assert screen.get_at((5, 5))[:3] == NIGHT  # the credits' dark, not the garden
    tap(app, pygame.K_RETURN)  # skip the roll: the mice
    ticks(app, 40)
    tap(app, pygame.K_RETURN)  # and the end
    ticks(app, 60)
    assert sim.finished
    assert isinstance(app.stack.top, TitleScene)
    assert _labels(app)[0] == "Continue: Day 5"
