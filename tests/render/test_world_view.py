"""The game's own frame, asserted on its pixels: bands, y-sorting, camera and the fade."""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap, TileLayer
from coraline_game.paths import assets_dir
from coraline_game.render.camera import camera_position, clamp_axis
from coraline_game.render.chunks import ChunkedMap
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.world_view import WorldView, y_sorted
from coraline_game.sim.simulation import Simulation
from tests.synthetic import TILE, obj, plan_map, two_rooms

RED = (255, 0, 0)
BLUE = (0, 0, 255)


def solid(colour: tuple[int, int, int], size: tuple[int, int] = (4, 4)) -> pygame.Surface:
    surface = pygame.Surface(size)
    surface.fill(colour)
    return surface


@pytest.fixture
def screen() -> pygame.Surface:
    pygame.display.init()
    pygame.display.set_mode((320, 180))
    return pygame.Surface((320, 180))


def test_lower_sprites_are_drawn_over_higher_ones() -> None:
    # The blue sprite's feet are lower on screen: it stands in front.
    blits = y_sorted([(50, solid(BLUE), (10, 10)), (40, solid(RED), (10, 10))])
    target = pygame.Surface((20, 20))
    target.fblits(blits)
    assert target.get_at((11, 11))[:3] == BLUE


def test_the_overhead_band_covers_the_actors(screen: pygame.Surface) -> None:
    room = two_rooms()["a"]
    roof_image = solid(RED, (TILE, TILE))
    # An overhead layer with one red tile right where Coraline starts (cell 2, 4).
    gids = tuple(
        tuple(3 if (column, row) == (2, 4) else 0 for column in range(10)) for row in range(7)
    )
    overhead = TileLayer("roof", gids, overhead=True)
    maps = {
        "a": dataclasses.replace(
            room,
            layers=(*room.layers, overhead),
            tile_images=[*room.tile_images, roof_image],
            tile_offsets=[*room.tile_offsets, (0, 0)],
        ),
        "b": two_rooms()["b"],
    }
    sim = Simulation(maps, seed=1, start_map="a")
    sim.step(0)
    camera_x, camera_y = WorldView(SpriteBank(assets_dir() / "sprites")).draw(screen, sim)
    feet_x, feet_y = Autopilot(sim).feet()
    # Her head is inside the red roof tile's cell: the roof wins, tinted only by the mood wash.
    red, green, blue, _ = screen.get_at((feet_x - camera_x, feet_y - camera_y - 6))
    assert red > 150 and green < 80 and blue < 100


def test_coraline_is_drawn_where_she_stands(screen: pygame.Surface) -> None:
    maps = two_rooms()
    sim = Simulation(maps, seed=1, start_map="a")
    sim.step(0)
    view = WorldView(SpriteBank(assets_dir() / "sprites"))
    view.draw(screen, sim)
    before = screen.copy()
    Autopilot(sim).press(Action.RIGHT, 16)  # 20 px to the right
    cx, cy = view.draw(screen, sim)
    fx, fy = Autopilot(sim).feet()
    # Her raincoat's pixels moved with her: the column she left now shows the floor again.
    changed = [
        y
        for y in range(fy - cy - 20, fy - cy)
        if screen.get_at((fx - cx - 20, y)) != before.get_at((fx - cx - 20, y))
    ]
    assert changed, "the spot she walked away from was redrawn"


def test_the_camera_stays_inside_the_map_and_centres_small_ones() -> None:
    assert clamp_axis(-50, 320, 480) == 0
    assert clamp_axis(400, 320, 480) == 160
    assert clamp_axis(100, 320, 480) == 100
    assert clamp_axis(100, 320, 160) == -80  # a map narrower than the view sits in the middle


def test_the_door_fade_darkens_the_screen(screen: pygame.Surface) -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.walk_to(88, 16)
    pilot.use(Action.UP)
    view = WorldView(SpriteBank(assets_dir() / "sprites"))
    pilot.idle(20)  # nearly black
    view.draw(screen, sim)
    dark = sum(screen.get_at((x, 90))[0] for x in range(0, 320, 16))
    pilot.idle(40)  # arrived and faded back in
    view.draw(screen, sim)
    light = sum(screen.get_at((x, 90))[0] for x in range(0, 320, 16))
    assert dark * 4 < light


def test_chunks_are_baked_ahead_of_the_camera(screen: pygame.Surface) -> None:
    wide: GameMap = plan_map(
        "wide",
        ["#" * 120] + ["#" + "." * 118 + "#"] * 58 + ["#" * 120],
        [obj("Spawn", 2, 2, 1, spawn="s", default=True)],
    )
    chunked = ChunkedMap(wide)  # 1920 x 960 px: 8 x 4 chunks, too many to bake whole
    view = pygame.Rect(0, 0, 320, 180)
    chunked.draw_band(screen, view, above=False)
    baked = len(chunked._chunks)
    for _ in range(20):
        chunked.prefetch(view)
    assert len(chunked._chunks) > baked  # the ring around the view is ready before it is seen


def test_a_map_smaller_than_the_view_is_centred_on_black(screen: pygame.Surface) -> None:
    small = plan_map(
        "small", ["#####", "#...#", "#####"], [obj("Spawn", 2, 1, 1, spawn="s", default=True)]
    )
    sim = Simulation({"small": small}, seed=1, start_map="small")
    sim.step(0)
    assert camera_position(sim.place, (320, 180)) == (-(320 - 80) // 2, -(180 - 48) // 2)
    WorldView(SpriteBank(assets_dir() / "sprites")).draw(screen, sim)
    assert max(screen.get_at((5, 5))[:3]) < 50  # black under the mood's wash, no map there


def test_baked_chunks_are_kept_for_the_last_two_places_only(screen: pygame.Surface) -> None:
    rooms = {
        name: plan_map(name, ["#####", "#...#", "#####"], [obj("Spawn", 2, 1, 1, spawn="s")])
        for name in ("one", "two", "three")
    }
    view = WorldView(SpriteBank(assets_dir() / "sprites"))
    for name in ("one", "two", "three", "two"):
        sim = Simulation(rooms, seed=1, start_map=name)
        view.draw(screen, sim)
        sim.close()
    assert list(view._maps) == ["three.tmx", "two.tmx"]


def test_every_mood_a_map_may_name_is_one_the_game_draws() -> None:
    from coraline_game.maps.contract import MOODS
    from coraline_game.render.atmosphere import MOOD_NAMES

    assert set(MOODS) <= set(MOOD_NAMES)
    assert all(f"{mood}_night" in MOOD_NAMES or mood != "real" for mood in MOODS)
