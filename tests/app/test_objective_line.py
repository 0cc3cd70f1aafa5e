"""The objective line shows by itself when the objective changes, for its whole time once
nothing hides it: a chapter's card, its cutscene and its lines do not use that time up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytest

from coraline_game.app import App
from coraline_game.content import load_content
from coraline_game.render.window import Window
from coraline_game.scenes.base import PlayOptions
from coraline_game.scenes.world import WorldScene
from coraline_game.sim.simulation import CARD_TICKS
from coraline_game.story.library import default_story
from coraline_game.story.start import chapter_start
from coraline_game.ui.hud import OBJECTIVE, OBJECTIVE_TICKS
from tests.driving import small_services, tap, ticks, world


@pytest.fixture
def chapter(tmp_path: Path) -> Iterator[Callable[[str], App]]:
    pygame.init()

    def start(name: str) -> App:
        options = PlayOptions(start=chapter_start(default_story(), name))
        services = small_services(tmp_path, options)
        services.maps = load_content()
        return App(services, Window(scale=1), WorldScene())

    yield start
    pygame.quit()


def play(app: App, count: int) -> None:
    """Ticks drawn one by one, as on screen (the HUD sees every frame)."""
    for _ in range(count):
        ticks(app, 1)


def objective_shown(app: App) -> bool:
    """Whether the objective's letters are on screen, at the top left."""
    screen = app.window.logical
    return any(screen.get_at((x, y))[:3] == OBJECTIVE for x in range(4, 240) for y in range(4, 20))


def test_after_the_arrival_cutscene_is_skipped_the_objective_shows_by_itself(
    chapter: Callable[[str], App],
) -> None:
    app = chapter("day1")
    sim = world(app).sim
    play(app, CARD_TICKS + OBJECTIVE_TICKS + 50)  # the card, then well into the cutscene
    assert sim.cutscene is not None and not objective_shown(app)
    tap(app, pygame.K_q)  # skip it
    play(app, 5)
    assert sim.cutscene is None and sim.conversation is None and sim.card is None
    assert objective_shown(app)  # without Tab
    play(app, OBJECTIVE_TICKS - 20)
    assert objective_shown(app)  # for all its time
    play(app, 30)
    assert not objective_shown(app)  # then gone
    assert sim.objective


def test_after_night_ones_card_and_lines_follow_the_mouse_shows_by_itself(
    chapter: Callable[[str], App],
) -> None:
    app = chapter("night1")
    sim = world(app).sim
    play(app, CARD_TICKS + OBJECTIVE_TICKS)  # the card, then a long look at the first line
    assert sim.conversation is not None and not objective_shown(app)
    for _ in range(40):  # each line shown whole, then the next
        if sim.conversation is None:
            break
        tap(app, pygame.K_RETURN)
        play(app, 3)
    assert sim.conversation is None and sim.cutscene is None
    play(app, 2)
    assert sim.objective == "Follow the mouse."
    assert objective_shown(app)
