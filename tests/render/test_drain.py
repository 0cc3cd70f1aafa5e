"""A drained place as drawn: its colour gone to grey, threads in from the edges; an
undrained one untouched."""

from __future__ import annotations

import pygame

from coraline_game.render.drain import DrainView
from coraline_game.screen import SCREEN_SIZE


def _red() -> pygame.Surface:
    surface = pygame.Surface(SCREEN_SIZE)
    surface.fill((200, 30, 40))
    return surface


def _saturation(colour: pygame.Color) -> int:
    return max(colour.r, colour.g, colour.b) - min(colour.r, colour.g, colour.b)


def test_an_undrained_place_is_drawn_as_it_is() -> None:
    surface = _red()
    DrainView().draw(surface, 0)
    assert surface.get_at((160, 90)) == pygame.Color(200, 30, 40)


def test_draining_fades_the_colour_step_by_step_to_grey() -> None:
    middle = (SCREEN_SIZE[0] // 2, SCREEN_SIZE[1] // 2)  # far from the threads at the edges
    saturations = []
    for level in (0, 64, 128, 255):
        surface = _red()
        DrainView().draw(surface, level)
        saturations.append(_saturation(surface.get_at(middle)))
    assert saturations == sorted(saturations, reverse=True) and len(set(saturations)) == 4
    assert saturations[-1] <= 8  # all drained: grey


def test_threads_unravel_in_from_the_edges_as_it_drains() -> None:
    def pale_at_edges(level: int) -> int:
        surface = _red()
        DrainView().draw(surface, level)
        edge = [(x, y) for x in range(SCREEN_SIZE[0]) for y in (1, SCREEN_SIZE[1] - 2)]
        return sum(1 for spot in edge if surface.get_at(spot).g > 150)

    assert pale_at_edges(32) < pale_at_edges(255)
    assert pale_at_edges(255) > 10
