"""The whole app driven by posted key events, as a player would, on the dummy video driver."""

from __future__ import annotations

from pathlib import Path

import pygame

from coraline_game.app import MAX_TICKS_PER_FRAME, App, FixedStep
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.paths import assets_dir
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.window import Window, integer_fit
from coraline_game.save import SaveSlot
from coraline_game.scenes.base import PlayOptions, Services
from coraline_game.scenes.confirm import ConfirmScene
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.title import TitleScene
from coraline_game.scenes.world import WorldScene
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun
from coraline_game.speedrun.replay import read_replay
from coraline_game.speedrun.verify import verify_replay
from tests.driving import key, small_services, tap, ticks, world
from tests.synthetic import two_rooms


def test_from_the_title_into_the_world_then_pause_and_quit(app: App, tmp_path: Path) -> None:
    assert isinstance(app.stack.top, TitleScene)
    tap(app, pygame.K_RETURN)  # "Begin"
    ticks(app, 45)  # the fade out and in
    sim = world(app).sim
    start = Autopilot(sim).feet()

    key(app, pygame.K_RIGHT)
    ticks(app, 16)
    key(app, pygame.K_RIGHT, down=False)
    ticks(app, 1)
    assert Autopilot(sim).feet() == (start[0] + 20, start[1])
    screen = app.window.logical
    assert len({screen.get_at((x, 90))[:3] for x in range(0, 320, 8)}) > 3  # a drawn room

    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)
    frozen_at = sim.tick
    key(app, pygame.K_LEFT)
    ticks(app, 30)
    assert sim.tick == frozen_at  # paused: the world does not move
    key(app, pygame.K_LEFT, down=False)
    tap(app, pygame.K_ESCAPE)
    assert app.stack.top is not None and isinstance(app.stack.top, WorldScene)

    tap(app, pygame.K_ESCAPE)
    tap(app, pygame.K_DOWN)  # past "Settings"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit game"
    assert app.stack.running  # it asks first
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit game", meant
    assert not app.stack.running
    result = verify_replay(tmp_path / "run.replay", two_rooms())
    assert result["ok"] is True and result["ticks"] == sim.tick


def test_quit_to_title_returns_to_the_title(app: App) -> None:
    tap(app, pygame.K_RETURN)
    ticks(app, 45)
    tap(app, pygame.K_ESCAPE)
    tap(app, pygame.K_DOWN)  # past "Settings"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit to title"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit to title", meant
    ticks(app, 45)
    assert isinstance(app.stack.top, TitleScene)


def test_quitting_to_the_title_asks_first_and_staying_is_the_first_answer(app: App) -> None:
    tap(app, pygame.K_RETURN)
    ticks(app, 45)
    sim = world(app).sim
    tap(app, pygame.K_ESCAPE)
    tap(app, pygame.K_DOWN)  # past "Settings"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit to title"
    assert isinstance(app.stack.top, ConfirmScene)
    screen = app.window.logical
    assert any(screen.get_at((160, y))[:3] == (18, 12, 30) for y in range(60, 120))  # the panel
    tap(app, pygame.K_RETURN)  # "Keep playing"
    assert isinstance(app.stack.top, PauseScene)
    tap(app, pygame.K_RETURN)  # "Quit to title" again
    tap(app, pygame.K_ESCAPE)  # and back out of the question
    assert isinstance(app.stack.top, PauseScene)
    tap(app, pygame.K_ESCAPE)
    assert world(app).sim is sim  # the same run goes on


def test_window_close_quits(app: App) -> None:
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.handle_events()
    assert not app.stack.running


def test_fixed_step_is_exact_and_never_spirals() -> None:
    step = FixedStep()
    assert sum(step.advance(1_000_000_000 // 240) for _ in range(240)) in (59, 60)
    step = FixedStep()
    assert sum(step.advance(1_000_000_000) for _ in range(10)) == MAX_TICKS_PER_FRAME * 10
    step = FixedStep()
    assert sum(step.advance(16_666_667) for _ in range(6000)) == 6000  # no drift


def test_integer_scaling_letterboxes() -> None:
    assert integer_fit((1280, 720)).size == (1280, 720)
    fit = integer_fit((1920, 1200))
    assert fit.size == (1920, 1080) and fit.top == 60
    assert integer_fit((1000, 700)).size == (960, 540)
    assert integer_fit((160, 100)).size == (160, 90)  # smaller than the screen: shrunk to fit


def test_alt_enter_goes_to_the_window_not_the_game(app: App) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=pygame.KMOD_ALT))
    app.handle_events()
    ticks(app, 1)
    assert app.window.fullscreen
    assert isinstance(app.stack.top, TitleScene)  # "Begin" was not chosen
    ticks(app, 45)
    assert isinstance(app.stack.top, TitleScene)


def test_beginning_again_records_a_new_file_and_keeps_the_first(app: App, tmp_path: Path) -> None:
    tap(app, pygame.K_RETURN)
    ticks(app, 45)
    first_ticks = world(app).sim.tick
    tap(app, pygame.K_ESCAPE)
    tap(app, pygame.K_DOWN)  # past "Settings"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit to title"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # "Quit to title", meant
    ticks(app, 45)
    tap(app, pygame.K_RETURN)  # "Begin" again
    ticks(app, 45)
    assert isinstance(app.stack.top, WorldScene)
    app.stack.quit()
    first = verify_replay(tmp_path / "run.replay", two_rooms())
    second = verify_replay(tmp_path / "run-2.replay", two_rooms())
    assert first["ok"] and second["ok"]
    assert first["ticks"] >= first_ticks and second["ticks"] > 0


def test_watching_a_replay_of_other_content_warns_on_screen(tmp_path: Path) -> None:
    import json

    from coraline_game.ui.hud import PAPER

    replay = tmp_path / "old.replay"
    run = RecordedRun(Simulation(two_rooms(), 3, start_map="a"), replay.open("w"), "a")
    for _ in range(70):
        run.step(int(Action.RIGHT))
    run.finish()
    lines = replay.read_text().splitlines()
    header = json.loads(lines[0])
    header["content"] = "f" * 32
    replay.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n")

    pygame.init()
    options = PlayOptions(start_map="a", replay=read_replay(replay))
    app = App(small_services(tmp_path, options), Window(scale=1), WorldScene())
    ticks(app, 30)
    assert Autopilot(world(app).sim).feet()[0] > 40  # the replay is walking her right
    top_row = {app.window.logical.get_at((x, 6))[:3] for x in range(40, 280, 4)}
    assert PAPER in top_row  # the warning's box
    app.stack.quit()
    pygame.quit()


def test_the_key_that_resumes_does_not_also_act_in_the_world(tmp_path: Path) -> None:
    pygame.init()
    services = Services(
        two_rooms(),
        SpriteBank(assets_dir() / "sprites"),
        default_font(),
        PlayOptions(start_map="a"),
        assets_dir(),
        SaveSlot(tmp_path / "saves"),
    )
    app = App(services, Window(scale=1), WorldScene())
    sim = world(app).sim
    pilot = Autopilot(sim, app.stack.tick)  # frames go through the stack, as live keys do
    pilot.walk_to(88, 16)
    pilot.press(Action.UP)
    assert sim.place.prompt.entity  # facing the door
    pilot.press(Action.PAUSE, 3)
    pilot.idle(2)
    assert isinstance(app.stack.top, PauseScene)
    pilot.press(Action.INTERACT, 6)  # Enter chooses "Resume" and is held a moment longer
    pilot.idle(1)
    assert isinstance(app.stack.top, WorldScene)
    assert sim.transition is None and sim.flags == []  # the door stayed shut
    pilot.press(Action.INTERACT)  # a fresh press does open it
    assert sim.transition is not None
    app.stack.quit()
    pygame.quit()


def test_the_pause_menu_says_the_chapter_and_what_to_do(tmp_path: Path) -> None:
    from coraline_game.content import load_content
    from coraline_game.story.library import default_story
    from coraline_game.story.start import chapter_start
    from coraline_game.ui.menu import OTHER

    pygame.init()
    story = default_story()
    services = small_services(tmp_path, PlayOptions(start=chapter_start(story, "night1")))
    services.maps = load_content()
    app = App(services, Window(scale=1), WorldScene())
    ticks(app, 200)  # past the chapter's card: its words are gone from the world
    tap(app, pygame.K_ESCAPE)
    pause = app.stack.top
    assert isinstance(pause, PauseScene)
    screen = app.window.logical
    card = story.chapter("night1").card
    words = services.font.render(card, OTHER)
    left = 160 - words.get_width() // 2
    drawn = screen.subsurface((left, 45, words.get_width(), words.get_height()))
    lettering = [(x, y) for x in range(words.get_width()) for y in range(words.get_height())]
    inked = [spot for spot in lettering if words.get_at(spot).a == 255]
    assert inked and all(drawn.get_at(spot)[:3] == OTHER for spot in inked)  # the chapter's name
    pygame.quit()
