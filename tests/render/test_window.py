"""The window: whole-number scaling, letterboxing, resizing and fullscreen, by posted events."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from coraline_game.render.window import LOGICAL, NoDisplay, Window, fitting_scale


@pytest.fixture
def window() -> Iterator[Window]:
    pygame.display.init()
    yield Window(scale=2)
    pygame.display.quit()


def test_the_window_opens_at_the_asked_scale(window: Window) -> None:
    assert pygame.display.get_surface().get_size() == (640, 360)
    assert window.logical.get_size() == LOGICAL


def test_present_scales_the_logical_screen_by_whole_pixels(window: Window) -> None:
    window.logical.fill((0, 0, 0))
    window.logical.set_at((10, 20), (255, 255, 255))
    window.present()
    display = pygame.display.get_surface()
    # One logical pixel covers exactly a 2x2 block, with sharp edges.
    block = {display.get_at((20 + dx, 40 + dy))[:3] for dx in (0, 1) for dy in (0, 1)}
    assert block == {(255, 255, 255)}
    assert display.get_at((22, 40))[:3] == (0, 0, 0)


def test_a_resize_letterboxes_at_the_largest_whole_scale(window: Window) -> None:
    pygame.display.set_mode((1000, 700), pygame.RESIZABLE)
    window.handle_event(pygame.event.Event(pygame.VIDEORESIZE, w=1000, h=700, size=(1000, 700)))
    window.logical.fill((255, 255, 255))
    window.present()
    display = pygame.display.get_surface()
    # 3x fits (960x540), centred: 20 px bars at the sides, 80 px above and below.
    assert display.get_at((19, 350))[:3] == (0, 0, 0)
    assert display.get_at((20, 350))[:3] == (255, 255, 255)
    assert display.get_at((500, 79))[:3] == (0, 0, 0)
    assert display.get_at((500, 80))[:3] == (255, 255, 255)


def test_f11_and_alt_enter_toggle_fullscreen(window: Window) -> None:
    window.handle_event(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, mod=0))
    assert window.fullscreen
    window.logical.fill((10, 20, 30))
    window.present()  # still draws, letterboxed, whatever the screen's size
    window.handle_event(
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=pygame.KMOD_ALT)
    )
    assert not window.fullscreen
    assert pygame.display.get_surface().get_size() == (640, 360)
    window.handle_event(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0))
    assert not window.fullscreen  # Enter alone is the game's, not the window's


def test_a_window_dragged_smaller_than_the_screen_still_shows_all_of_it(window: Window) -> None:
    pygame.display.set_mode((300, 150), pygame.RESIZABLE)
    window.handle_event(pygame.event.Event(pygame.VIDEORESIZE, w=300, h=150, size=(300, 150)))
    window.logical.fill((255, 255, 255))
    window.present()  # no crash, and the whole picture, shrunk, centred
    display = pygame.display.get_surface()
    assert display.get_at((150, 75))[:3] == (255, 255, 255)
    assert display.get_at((150, 2))[:3] == (255, 255, 255)  # full height: 266x150
    assert display.get_at((2, 75))[:3] == (0, 0, 0)  # with bars at the sides


@pytest.mark.parametrize(
    ("requested", "desktop", "scale"),
    [(4, (1920, 1080), 4), (100, (1920, 1080), 6), (100, (1366, 768), 4), (3, (300, 200), 1)],
)
def test_the_scale_is_lowered_until_the_window_fits_the_desktop(
    requested: int, desktop: tuple[int, int], scale: int
) -> None:
    assert fitting_scale(requested, desktop) == scale


def test_a_fallback_to_drawing_nowhere_is_refused_with_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SDL without a screen quietly picks a driver that draws nowhere; only a headless run
    asked for by name may use it."""
    pygame.display.init()
    try:
        monkeypatch.delenv("SDL_VIDEODRIVER")
        with pytest.raises(NoDisplay, match="no display to show the game on"):
            Window(scale=2)
    finally:
        pygame.display.quit()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # reading the position back
def test_leaving_fullscreen_brings_the_window_back_centred(window: Window) -> None:
    pygame.Window.from_display_module().position = (0, 0)
    window.toggle_fullscreen()
    window.toggle_fullscreen()
    desktop = pygame.display.get_desktop_sizes()[0]
    size = pygame.display.get_surface().get_size()
    expected = ((desktop[0] - size[0]) // 2, (desktop[1] - size[1]) // 2)
    assert pygame.Window.from_display_module().position == expected
