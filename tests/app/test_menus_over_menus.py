"""A menu opened over another hides it: the quit question dims the pause menu under it,
Settings covers the title whole; the inventory says how to close it."""

from __future__ import annotations

import pygame

from coraline_game.app import App
from coraline_game.render.font import default_font
from coraline_game.scenes.confirm import ConfirmScene
from coraline_game.scenes.inventory import HINT, HINT_TOP, InventoryScene
from coraline_game.scenes.settings_menu import BACKGROUND, SettingsScene
from coraline_game.scenes.world import WorldScene
from coraline_game.ui.menu import CHOSEN, EDGE, OTHER, WARNING
from tests.driving import tap, ticks


def into_the_world(app: App) -> None:
    tap(app, pygame.K_RETURN)  # New Game
    ticks(app, 45)
    assert isinstance(app.stack.top, WorldScene)


def lettered(
    screen: pygame.Surface, colours: tuple[tuple[int, int, int], ...]
) -> list[tuple[int, int]]:
    return [
        (x, y)
        for x in range(screen.get_width())
        for y in range(screen.get_height())
        if screen.get_at((x, y))[:3] in colours
    ]


def framed_at_centre(screen: pygame.Surface) -> pygame.Rect:
    """The frame round the middle of the screen, as far as its edge each way."""

    def edge(x: int, y: int, dx: int, dy: int) -> int:
        while screen.get_at((x, y))[:3] != EDGE:
            x, y = x + dx, y + dy
        return x if dx else y

    left, right = edge(160, 90, -1, 0), edge(160, 90, 1, 0)
    top, bottom = edge(160, 90, 0, -1), edge(160, 90, 0, 1)
    return pygame.Rect(left, top, right - left + 1, bottom - top + 1)


def test_the_quit_question_dims_the_pause_menu_under_it(app: App) -> None:
    into_the_world(app)
    tap(app, pygame.K_ESCAPE)
    for _ in range(3):
        tap(app, pygame.K_DOWN)  # to "Quit game"
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, ConfirmScene)
    screen = app.window.logical
    box = framed_at_centre(screen)
    menus = lettered(screen, (CHOSEN, OTHER))
    assert menus and all(box.collidepoint(spot) for spot in menus)  # nothing of the pause's


def test_settings_over_the_title_show_nothing_of_it(app: App) -> None:
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Settings
    assert isinstance(app.stack.top, SettingsScene)
    screen = app.window.logical
    words = {(250, 236, 210), CHOSEN, OTHER, (150, 140, 165), WARNING}
    colours = {screen.get_at((x, y))[:3] for x in range(320) for y in range(180)}
    assert BACKGROUND in colours and colours <= {BACKGROUND, *words}  # no house, no rain
    bottom = {screen.get_at((x, y))[:3] for x in range(320) for y in range(166, 180)}
    assert bottom <= {BACKGROUND, (150, 140, 165)}  # its hint alone, no controls' band


def test_the_inventory_says_how_to_close_it(app: App) -> None:
    into_the_world(app)
    tap(app, pygame.K_i)
    assert isinstance(app.stack.top, InventoryScene)
    words = default_font().render("I or Esc: back", HINT)
    left = 160 - words.get_width() // 2
    screen = app.window.logical
    inked = [
        (x, y)
        for x in range(words.get_width())
        for y in range(words.get_height())
        if words.get_at((x, y)).a == 255
    ]
    assert inked and all(screen.get_at((left + x, HINT_TOP + y))[:3] == HINT for x, y in inked)
    tap(app, pygame.K_ESCAPE)  # as it says
    assert isinstance(app.stack.top, WorldScene)
    tap(app, pygame.K_i)
    tap(app, pygame.K_i)  # and I, again
    assert isinstance(app.stack.top, WorldScene)
