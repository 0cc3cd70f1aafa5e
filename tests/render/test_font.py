"""PixelFont: measuring, wrapping, fallback, colour and caching (no window)."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from coraline_game.paths import assets_dir
from coraline_game.render.font import PixelFont, default_font


@pytest.fixture(scope="module")
def font() -> PixelFont:
    folder = assets_dir() / "font"
    return PixelFont.load(folder / "pixel.png", folder / "pixel.json")


def test_size_grows_with_text(font: PixelFont) -> None:
    w_hello, h_hello = font.size("Hello")
    w_hi, h_hi = font.size("Hi")
    assert w_hello > 0 and h_hello > 0
    assert w_hello > w_hi
    assert h_hello == h_hi == font.line_height
    assert font.size("a\nb")[1] == 2 * font.line_height


def test_proportional(font: PixelFont) -> None:
    assert font.size("iiii")[0] < font.size("MMMM")[0]


def test_wrap_respects_width(font: PixelFont) -> None:
    text = "The little door was small and wallpapered over, with a tiny keyhole."
    lines = font.wrap(text, 80)
    assert len(lines) > 1
    assert all(font.size(line)[0] <= 80 for line in lines)
    assert " ".join(lines) == text


def test_wrap_breaks_long_words_and_keeps_newlines(font: PixelFont) -> None:
    lines = font.wrap("aaaaaaaaaaaaaaaaaaaaaaaa", 30)
    assert len(lines) > 1 and all(font.size(line)[0] <= 30 for line in lines)
    assert font.wrap("one\ntwo", 200) == ["one", "two"]


def test_unknown_character_draws_as_question_mark(font: PixelFont) -> None:
    assert font.size("\u00e9") == font.size("?")
    unknown = font.render("\u2603", (255, 255, 255))
    question = font.render("?", (255, 255, 255))
    assert pygame.image.tobytes(unknown, "RGBA") == pygame.image.tobytes(question, "RGBA")


def test_rendered_pixels_have_requested_colour(font: PixelFont) -> None:
    colour = (200, 120, 30)
    surface = font.render("Coraline", colour)
    assert surface.get_size() == font.size("Coraline")
    assert surface.get_flags() & pygame.SRCALPHA
    inked = 0
    for y in range(surface.get_height()):
        for x in range(surface.get_width()):
            pixel = surface.get_at((x, y))
            if pixel.a:
                inked += 1
                assert (pixel.r, pixel.g, pixel.b, pixel.a) == (*colour, 255)
    assert inked > 20


def test_render_is_cached(font: PixelFont) -> None:
    first = font.render("Press Enter", (255, 255, 255))
    assert font.render("Press Enter", (255, 255, 255)) is first
    assert font.render("Press Enter", (0, 0, 0)) is not first


def test_default_font_loads() -> None:
    font = default_font()
    assert font.line_height > 0
    assert default_font() is font
