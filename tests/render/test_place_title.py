"""The place's name as she arrives: on a framed dark band that reads on any floor, and off
the people standing at the top of the screen (the Mouse Circus's ringmaster and mice)."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.content import load_content
from coraline_game.maps.model import GameMap
from coraline_game.paths import assets_dir
from coraline_game.render.camera import camera_position
from coraline_game.render.font import default_font
from coraline_game.sim.simulation import Simulation
from coraline_game.ui.dialogue_box import Portraits
from coraline_game.ui.hud import EDGE, INK, PAPER, TITLE_FADE, Hud, _people_on_screen

GREY = (90, 90, 90)


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


def arrived(maps: dict[str, GameMap], name: str, ticks: int) -> tuple[pygame.Surface, Simulation]:
    sim = Simulation(maps, seed=1, start_map=name)
    hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
    screen = pygame.Surface((320, 180))
    for _ in range(ticks + 1):
        screen.fill(GREY)
        hud.draw(screen, sim, camera_position(sim.place, screen.get_size()))
        sim.step(0)
    return screen, sim


def band(screen: pygame.Surface) -> pygame.Rect:
    rows = [y for y in range(180) if screen.get_at((160, y))[:3] == PAPER]
    assert rows, "the place's name is shown"
    top, bottom = min(rows) - 1, max(rows) + 1  # its frame
    left = min(x for x in range(160) if screen.get_at((x, top + 2))[:3] == EDGE)
    return pygame.Rect(left, top, 2 * (160 - left), bottom - top + 1)


def test_the_place_name_is_on_a_framed_opaque_band(maps: dict[str, GameMap]) -> None:
    screen, _sim = arrived(maps, "real_grounds", 60)
    shown = band(screen)
    colours = {
        screen.get_at((x, y))[:3]
        for x in range(shown.left, shown.right)
        for y in range(shown.top, shown.bottom)
    }
    assert colours == {PAPER, EDGE, INK}  # nothing of the floor through it
    assert {screen.get_at((x, shown.top))[:3] for x in range(shown.left, shown.right)} == {EDGE}


def test_it_fades_in_quickly_to_full_strength(maps: dict[str, GameMap]) -> None:
    screen, _sim = arrived(maps, "real_grounds", TITLE_FADE)
    assert band(screen).width > 40


def test_in_the_circus_it_keeps_off_the_ringmaster_at_the_top(maps: dict[str, GameMap]) -> None:
    screen, sim = arrived(maps, "other_circus", 60)
    shown = band(screen)
    sim.place.activate()
    people = _people_on_screen(sim, camera_position(sim.place, screen.get_size()))
    at_top = [person for person in people if 0 < person.bottom < 60]
    assert at_top  # the ringmaster and his mice stand up there
    assert not any(shown.colliderect(person) for person in at_top)
    assert shown.top > 120  # so it goes to the bottom instead
