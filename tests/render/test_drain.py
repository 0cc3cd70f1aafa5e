"""A drained place as drawn: its colour gone toward grey and pale, threads unravelling in
from the map's edges; an undrained one untouched; the people keep their colour."""

from __future__ import annotations

import pygame

from coraline_game.render.chunks import ChunkedMap
from coraline_game.render.drain import STEPS, drained
from tests.synthetic import plan_map

FIELD = ["." * 24] * 16  # a 384x256 meadow of one floor tile, no walls


def _colourful() -> pygame.Surface:
    surface = pygame.Surface((32, 32))
    surface.fill((200, 30, 40))
    return surface


def _saturation(colour: pygame.Color) -> int:
    return max(colour.r, colour.g, colour.b) - min(colour.r, colour.g, colour.b)


def test_an_undrained_chunk_is_left_as_it_is() -> None:
    surface = _colourful()
    drained(surface, 0)
    assert surface.get_at((5, 5)) == pygame.Color(200, 30, 40)


def test_draining_fades_the_colour_step_by_step_to_a_pale_grey() -> None:
    saturations = []
    for step in (0, STEPS // 4, STEPS // 2, STEPS):
        surface = _colourful()
        drained(surface, step)
        saturations.append(_saturation(surface.get_at((5, 5))))
    assert saturations == sorted(saturations, reverse=True) and len(set(saturations)) == 4
    assert saturations[-1] <= 4  # all drained: grey


def test_a_drained_map_is_baked_drained_with_threads_at_its_edges() -> None:
    meadow = plan_map("meadow", FIELD, [])
    floor = meadow.tile_images[2]
    assert floor is not None
    floor.fill((60, 160, 60))
    chunked = ChunkedMap(meadow)
    view = pygame.Rect(0, 0, 320, 180)

    def drawn(step: int) -> pygame.Surface:
        chunked.set_drain(step)
        target = pygame.Surface(view.size)
        chunked.draw_band(target, view, above=False)
        return target

    untouched, grey = drawn(0), drawn(STEPS)
    middle = (160, 120)
    assert _saturation(untouched.get_at(middle)) == 100
    assert _saturation(grey.get_at(middle)) <= 4
    top_edge = [(x, 1) for x in range(320)]
    threads = sum(1 for spot in top_edge if grey.get_at(spot).r > 200)
    assert threads > 5  # white threads come in from the map's top edge
    assert not any(untouched.get_at(spot).r > 200 for spot in top_edge)
