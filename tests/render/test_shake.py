"""The screen shakes when something hits hard, fades as it ends, and not at all when the
player has turned screen shake off; the words drawn over the place never shake."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.happenings import Happening
from coraline_game.render.shake import SHAKES, Shake
from coraline_game.render.window import Window
from coraline_game.scenes.base import PlayOptions
from coraline_game.scenes.world import WorldScene
from coraline_game.sim.simulation import Simulation
from tests.driving import small_services, ticks, world

CAUGHT = [Happening("caught")]


def test_being_caught_shakes_and_the_shake_fades_out() -> None:
    shake = Shake()
    assert shake.offset == (0, 0)
    shake.hear(CAUGHT)
    length, reach = SHAKES[("caught", "")]
    offsets = []
    for _ in range(length):
        offsets.append(shake.offset)
        shake.tick()
    assert shake.offset == (0, 0)  # over after its ticks
    pushes = [max(abs(dx), abs(dy)) for dx, dy in offsets]
    assert pushes[0] == reach and pushes[-1] == 1
    assert pushes == sorted(pushes, reverse=True)  # never grows as it fades
    assert len(set(offsets)) > 2  # it moves about, not one push


def test_a_weaker_shake_does_not_cut_a_stronger_one_short() -> None:
    shake = Shake()
    shake.hear([Happening("flag", "door_closed_on_hand")])
    shake.hear(CAUGHT)
    for _ in range(SHAKES[("caught", "")][0]):
        shake.tick()
    assert shake.offset != (0, 0)  # still the door's, which is longer


def test_what_happens_to_no_one_does_not_shake() -> None:
    shake = Shake()
    shake.hear([Happening("step", "wood"), Happening("flag", "met_wybie")])
    assert shake.offset == (0, 0)


@pytest.mark.parametrize("on", [True, False])
def test_the_world_shakes_only_with_screen_shake_on(tmp_path: Path, on: bool) -> None:
    pygame.init()
    services = small_services(tmp_path, PlayOptions(start_map="a"))
    services.settings = replace(services.settings, screen_shake=on)
    app = App(services, Window(scale=1), WorldScene())
    scene = world(app)
    ticks(app, 2)
    real = scene._happenings.observe

    def caught_once(sim: Simulation) -> list[Happening]:
        scene._happenings.observe = real  # type: ignore[method-assign]
        return [*real(sim), *CAUGHT]

    scene._happenings.observe = caught_once  # type: ignore[method-assign]
    ticks(app, 1)
    shaken = pygame.Surface((320, 180))
    scene.draw(shaken)
    scene._shake = Shake()  # the same tick, drawn with no shake
    still = pygame.Surface((320, 180))
    scene.draw(still)
    difference = sum(
        shaken.get_at((x, y)) != still.get_at((x, y))
        for x in range(0, 320, 4)
        for y in range(0, 180, 4)
    )
    assert (difference > 0) is on
    pygame.quit()
