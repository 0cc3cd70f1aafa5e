"""Gamepads, driven by posted controller and joystick events as a pad sends them: the
whole game plays and every menu works by pad alone, a pad plugged in mid-game works at
once, several pads play, and the pad in use unplugged pauses the game, holding nothing."""

from __future__ import annotations

import pygame

from coraline_game.app import App
from coraline_game.input.actions import Action
from coraline_game.input.gamepad import GamepadSource
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.world import WorldScene
from tests.driving import tap, ticks, world

PAD = 7  # an instance id, as SDL numbers a plugged-in pad


def post(app: App, kind: int, **fields: object) -> None:
    pygame.event.post(pygame.event.Event(kind, **fields))
    app.handle_events()


def press(app: App, button: int, pad: int = PAD) -> None:
    post(app, pygame.CONTROLLERBUTTONDOWN, instance_id=pad, button=button)
    ticks(app, 1)
    post(app, pygame.CONTROLLERBUTTONUP, instance_id=pad, button=button)
    ticks(app, 1)


def stick(app: App, x: float, y: float, pad: int = PAD) -> None:
    for axis, throw in ((pygame.CONTROLLER_AXIS_LEFTX, x), (pygame.CONTROLLER_AXIS_LEFTY, y)):
        post(app, pygame.CONTROLLERAXISMOTION, instance_id=pad, axis=axis, value=int(throw * 32767))


def _playing(app: App) -> WorldScene:
    post(app, pygame.CONTROLLERDEVICEADDED, device_index=0)  # plugged in: no real pad here
    press(app, pygame.CONTROLLER_BUTTON_A)  # the title's first choice, by pad
    ticks(app, 50)
    return world(app)


def test_the_title_and_the_world_answer_the_pad(app: App) -> None:
    scene = _playing(app)
    start = _feet(scene)
    stick(app, 0.9, 0.0)  # the stick, past its dead zone
    ticks(app, 30)
    stick(app, 0.0, 0.0)
    moved = _feet(scene)
    assert moved[0] > start[0] + 20 and moved[1] == start[1]
    ticks(app, 5)
    assert _feet(scene) == moved  # let go: she stops at once


def test_a_little_throw_of_the_stick_is_resting(app: App) -> None:
    scene = _playing(app)
    start = _feet(scene)
    stick(app, 0.2, -0.25)
    ticks(app, 30)
    assert _feet(scene) == start


def test_the_dpad_moves_eight_ways(app: App) -> None:
    scene = _playing(app)
    start = _feet(scene)
    for button in (pygame.CONTROLLER_BUTTON_DPAD_DOWN, pygame.CONTROLLER_BUTTON_DPAD_RIGHT):
        post(app, pygame.CONTROLLERBUTTONDOWN, instance_id=PAD, button=button)
    ticks(app, 12)
    end = _feet(scene)
    assert end[0] > start[0] and end[1] > start[1]  # diagonally


def test_start_pauses_and_the_pause_menu_works_by_pad(app: App) -> None:
    _playing(app)
    press(app, pygame.CONTROLLER_BUTTON_START)
    assert isinstance(app.stack.top, PauseScene)
    press(app, pygame.CONTROLLER_BUTTON_A)  # "Resume"
    assert isinstance(app.stack.top, WorldScene)
    press(app, pygame.CONTROLLER_BUTTON_START)
    press(app, pygame.CONTROLLER_BUTTON_B)  # B backs out too
    assert isinstance(app.stack.top, WorldScene)


def test_unplugging_the_pad_in_use_pauses_and_nothing_stays_held(app: App) -> None:
    scene = _playing(app)
    stick(app, 1.0, 0.0)
    ticks(app, 5)
    post(app, pygame.CONTROLLERDEVICEREMOVED, instance_id=PAD)
    ticks(app, 1)
    pause = app.stack.top
    assert isinstance(pause, PauseScene) and "unplugged" in pause._notice
    tap(app, pygame.K_RETURN)  # the keyboard resumes
    assert app.stack.top is scene
    held = _feet(scene)
    ticks(app, 20)
    assert _feet(scene) == held  # the stick it held is let go


def test_a_second_pad_plays_and_the_first_going_away_is_not_the_one_in_use(
    app: App,
) -> None:
    scene = _playing(app)
    start = _feet(scene)
    stick(app, 0.0, 1.0, pad=8)  # another pad, plugged in mid-game: at once
    ticks(app, 20)
    stick(app, 0.0, 0.0, pad=8)
    assert _feet(scene)[1] > start[1]
    post(app, pygame.CONTROLLERDEVICEREMOVED, instance_id=PAD)  # the idle one
    ticks(app, 1)
    assert app.stack.top is scene


def test_a_joystick_without_a_controller_mapping_plays_by_its_hat_and_buttons() -> None:
    pads = GamepadSource()
    pads.handle_event(pygame.event.Event(pygame.JOYHATMOTION, instance_id=3, hat=0, value=(1, 1)))
    assert pads.next_frame() == int(Action.RIGHT | Action.UP)
    pads.handle_event(pygame.event.Event(pygame.JOYHATMOTION, instance_id=3, hat=0, value=(0, 0)))
    pads.handle_event(pygame.event.Event(pygame.JOYBUTTONDOWN, instance_id=3, button=0))
    assert pads.next_frame() == int(Action.INTERACT)
    pads.handle_event(pygame.event.Event(pygame.JOYBUTTONUP, instance_id=3, button=0))
    pads.handle_event(pygame.event.Event(pygame.JOYAXISMOTION, instance_id=3, axis=1, value=-0.8))
    assert pads.next_frame() == int(Action.UP)


def test_a_controllers_own_joystick_events_are_not_heard_twice() -> None:
    pads = GamepadSource()
    pads.handle_event(
        pygame.event.Event(
            pygame.CONTROLLERBUTTONDOWN, instance_id=4, button=pygame.CONTROLLER_BUTTON_B
        )
    )
    pads.handle_event(pygame.event.Event(pygame.JOYBUTTONDOWN, instance_id=4, button=0))
    assert pads.next_frame() == int(Action.CANCEL)  # not INTERACT from joystick button 0 too


def _feet(scene: WorldScene) -> tuple[int, int]:
    from coraline_game.input.autopilot import Autopilot

    return Autopilot(scene.sim).feet()


def test_the_title_names_the_buttons_of_the_device_used_last(app: App) -> None:
    def words() -> set[tuple[int, int]]:
        """Where the controls' words are (their colour, drawn over the rain)."""
        screen = app.window.logical
        spots = ((x, y) for x in range(320) for y in range(166, 180))
        return {spot for spot in spots if screen.get_at(spot)[:3] == (170, 160, 185)}

    ticks(app, 1)
    keys = words()
    post(
        app, pygame.CONTROLLERBUTTONDOWN, instance_id=PAD, button=pygame.CONTROLLER_BUTTON_DPAD_DOWN
    )
    ticks(app, 1)
    post(app, pygame.CONTROLLERBUTTONUP, instance_id=PAD, button=pygame.CONTROLLER_BUTTON_DPAD_DOWN)
    ticks(app, 1)
    assert app.services.device == "pad" and keys and words() != keys
    tap(app, pygame.K_UP)
    assert app.services.device == "keyboard" and words() == keys
