"""The seeing stone, held to the eye: a slower walk, and what hides can be seen and used."""

from __future__ import annotations

import pygame

from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.paths import assets_dir
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.world_view import WorldView
from coraline_game.sim.simulation import Simulation
from tests.synthetic import obj, with_objects

# Coraline starts at (40, 80) facing down; an eye lies hidden just left of her.
EYE = obj("Item", 1, 4, 40, item="eye", prompt="Take the eye", hidden=True, when="")


def _walked(sim: Simulation, frame: int, ticks: int) -> int:
    pilot = Autopilot(sim)
    start = pilot.feet()[0]
    pilot.press(frame, ticks)
    return pilot.feet()[0] - start


def test_without_the_stone_holding_its_key_changes_nothing() -> None:
    sim = Simulation(with_objects(), seed=1, start_map="a")
    assert _walked(sim, int(Action.RIGHT | Action.STONE), 20) == 25  # 1.25 px a tick
    assert sim.looking is False


def test_looking_through_it_slows_her_to_half_pace() -> None:
    sim = Simulation(with_objects(), seed=1, start_map="a")
    sim._give("seeing_stone")
    walked = _walked(sim, int(Action.RIGHT | Action.STONE), 20)
    assert sim.looking is True and 11 <= walked <= 13
    assert _walked(sim, int(Action.RIGHT), 1) >= 1 and sim.looking is False  # let go: at once


def test_what_hides_can_be_used_only_while_looking() -> None:
    sim = Simulation(with_objects(EYE), seed=1, start_map="a")
    sim._give("seeing_stone")
    pilot = Autopilot(sim)
    pilot.press(Action.LEFT)
    assert sim.place.prompt.entity == 0  # not without the stone
    pilot.press(Action.INTERACT)
    assert "eye" not in sim.items
    pilot.idle(1)
    pilot.press(Action.STONE)
    assert sim.place.prompt.text == "Take the eye"
    pilot.press(Action.STONE | Action.INTERACT)
    assert "eye" in sim.items


def test_the_stone_shows_a_ring_and_outlines_what_hides() -> None:
    import dataclasses

    eye = dataclasses.replace(EYE, gid=3)  # drawn with the map's fourth tile image
    maps = with_objects(eye)
    picture = pygame.Surface((16, 16), pygame.SRCALPHA)
    pygame.draw.circle(picture, (200, 40, 40), (8, 8), 5)
    maps["a"].tile_images.append(picture)
    maps["a"].tile_offsets.append((0, 0))
    sim = Simulation(maps, seed=1, start_map="a")
    sim._give("seeing_stone")
    view = WorldView(SpriteBank(assets_dir() / "sprites"))
    screen = pygame.Surface((320, 180))

    def drawn(frame: int) -> set[tuple[int, int, int]]:
        sim.step(frame)
        view.draw(screen, sim)
        return {tuple(screen.get_at((x, y)))[:3] for x in range(0, 60) for y in range(50, 100)}

    plain = drawn(0)
    assert (200, 40, 40) not in plain  # hidden: not drawn at all
    looking = drawn(int(Action.STONE))
    assert max(screen.get_at((300, 10))[:3]) < 30  # beyond the ring: dark
    assert any(min(c) > 120 and c not in plain for c in looking)  # a pale outline shows
