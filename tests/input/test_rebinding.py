"""Rebinding in the Controls menu, as a player does it: a key or pad button another action
had swaps over, whole lists on both sides, nothing left unbound and no key dropped; and the
menu shows every key and button by the names printed on them."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.input.actions import Action
from coraline_game.input.bindings import DEFAULT_KEYS, DEFAULT_PAD, key_map, pad_map, with_own
from coraline_game.render.window import Window
from coraline_game.scenes.base import PlayOptions, Services
from coraline_game.scenes.controls_menu import ACTIONS, ControlsScene, rebound
from coraline_game.scenes.title import TitleScene
from coraline_game.settings import SettingsFile
from coraline_game.ui.menu import OTHER
from tests.driving import small_services, tap, ticks, to_controls

PAD = 7


def _press(app: App, button: int) -> None:
    for kind in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, instance_id=PAD, button=button))
        app.handle_events()
        ticks(app, 1)


@pytest.fixture
def menu(tmp_path: Path) -> tuple[App, Services, SettingsFile]:
    """The Controls menu, reached from the title through Settings by keys."""
    pygame.init()
    store = SettingsFile(tmp_path / "config")
    services = small_services(tmp_path, PlayOptions(start_map="a"))
    services.settings_file = store
    app = App(services, Window(scale=1), TitleScene())
    to_controls(app)
    assert isinstance(app.stack.top, ControlsScene)
    return app, services, store


def _choose(app: App, action: str) -> ControlsScene:
    scene = app.stack.top
    assert isinstance(scene, ControlsScene)
    while scene.menu.choices[scene.menu.selected][0] != dict(ACTIONS)[action]:
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    assert scene.waiting == action
    return scene


def _row(scene: ControlsScene, name: str) -> tuple[str, str, str]:
    return next(row for row in scene.rows if row[0] == name)


def test_a_key_of_a_two_key_action_swaps_with_a_two_key_action(
    menu: tuple[App, Services, SettingsFile],
) -> None:
    app, services, store = menu
    scene = _choose(app, "UP")
    tap(app, pygame.K_x)  # the seeing stone's first key
    keys = with_own(DEFAULT_KEYS, store.read().settings.keys)  # remembered at once
    assert keys["UP"] == ("x", "w")
    assert keys["STONE"] == ("up", "c")  # the Up arrow in x's place: kept, not dropped
    assert _row(scene, "Up")[1] == "X, W" and _row(scene, "Seeing stone")[1] == "Up, C"
    assert scene.hint().endswith("back") and "X was for Seeing stone" in _note(scene)
    played = key_map(with_own(DEFAULT_KEYS, services.settings.keys))
    assert played[pygame.K_x] is Action.UP and played[pygame.K_UP] is Action.STONE
    assert played[pygame.K_c] is Action.STONE and played[pygame.K_w] is Action.UP
    pygame.quit()


def _note(scene: ControlsScene) -> str:
    return scene._note


def test_a_pad_button_swaps_the_same_way(menu: tuple[App, Services, SettingsFile]) -> None:
    app, services, store = menu
    scene = _choose(app, "INTERACT")
    _press(app, pygame.CONTROLLER_BUTTON_Y)  # the stone's second button
    pad = with_own(DEFAULT_PAD, store.read().settings.pad_buttons)
    assert pad["INTERACT"] == ("y",) and pad["STONE"] == ("x", "a")
    assert _row(scene, "Use")[2] == "Y" and _row(scene, "Seeing stone")[2] == "X, A"
    assert _note(scene) == "Y was for Seeing stone, which has X, A now."
    scene = _choose(app, "STONE")
    _press(app, pygame.CONTROLLER_BUTTON_LEFTSHOULDER)  # a button nothing had
    pad = with_own(DEFAULT_PAD, services.settings.pad_buttons)
    assert pad["STONE"] == ("leftshoulder", "a") and _row(scene, "Seeing stone")[2] == "LB, A"
    assert _note(scene) == "The X button is free now."
    played = pad_map(pad)
    assert played[pygame.CONTROLLER_BUTTON_LEFTSHOULDER] is Action.STONE
    assert played[pygame.CONTROLLER_BUTTON_Y] is Action.INTERACT
    pygame.quit()


def test_rebound_never_leaves_an_action_unbound_nor_drops_a_key() -> None:
    keys = dict(DEFAULT_KEYS)
    for action, name in (("UP", "x"), ("INTERACT", "w"), ("STONE", "z"), ("PAUSE", "i")):
        before = {n for names in keys.values() for n in names}
        keys, _note = rebound(keys, action, name)
        assert keys[action][0] == name
        assert all(keys.values())  # every action keeps a key
        assert {n for names in keys.values() for n in names} == before  # none dropped
    assert keys["INVENTORY"] == ("escape",) and keys["PAUSE"] == ("i", "p")
    again, note = rebound(keys, "UP", "up")  # one of its own: it moves first
    assert again["UP"] == ("up", "x") and note == ""


def test_the_menu_is_a_table_of_every_key_and_button_over_nothing(
    menu: tuple[App, Services, SettingsFile],
) -> None:
    app, _services, _store = menu
    scene = app.stack.top
    assert isinstance(scene, ControlsScene) and scene.opaque
    assert _row(scene, "Use") == ("Use", "Z, E, Space, Enter", "A")
    assert _row(scene, "Skip / back") == ("Skip / back", "Q, Backspace", "B")
    assert _row(scene, "Pockets") == ("Pockets", "I", "RB")
    assert _row(scene, "Down") == ("Down", "Down, S", "D-pad down")
    assert scene.hint() == "Up/Down choose   Z: set a new key or button   Esc back"
    screen = app.window.logical
    assert screen.get_at((2, 90))[:3] == (10, 6, 18)  # its own background, opaque
    font = app.services.font
    for x in (14, 84, 200):  # the columns start where their headers do
        assert any(screen.get_at((x + dx, y))[:3] == OTHER for dx in range(4) for y in range(40))
    widest = max(font.line_width(text) for row in scene.rows for text in row)
    assert widest < 150 and font.line_width(scene.hint()) <= 316
    pygame.quit()
