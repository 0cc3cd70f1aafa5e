"""Gamepads as an input source: SDL's game controllers first (buttons by their Xbox
names, so every pad maps the same), plain joysticks as the fallback.

Each pad's held actions are tracked from its events (never polled), by instance id, so
several pads can play at once and a pad plugged in mid-game works at once. A pad that
goes away lets go of everything it held, and says so (`take_unplugged`): the game pauses.
"""

from __future__ import annotations

from collections.abc import Mapping

import pygame

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.input.bindings import joystick_map, pad_map

DEAD_ZONE = 0.35  # of a stick's throw: less is resting, not walking
_STICK = {
    pygame.CONTROLLER_AXIS_LEFTX: (int(Action.LEFT), int(Action.RIGHT)),
    pygame.CONTROLLER_AXIS_LEFTY: (int(Action.UP), int(Action.DOWN)),
}
_FULL_THROW = 32767  # a controller axis's reach; a joystick's is 1.0
_JOYSTICK_AXES = {0: pygame.CONTROLLER_AXIS_LEFTX, 1: pygame.CONTROLLER_AXIS_LEFTY}
_CONTROLLER_EVENTS = frozenset(
    {pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP, pygame.CONTROLLERAXISMOTION}
)
_JOYSTICK_EVENTS = frozenset(
    {pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP, pygame.JOYAXISMOTION, pygame.JOYHATMOTION}
)


def _open(device_index: int, controller: bool) -> object | None:
    """The pad, opened so that SDL sends its events; None when it cannot be (then its
    events, if any come, still count)."""
    try:
        if controller:
            from pygame._sdl2 import controller as controllers

            return controllers.Controller(device_index)
        return pygame.joystick.Joystick(device_index)
    except (pygame.error, IndexError, ValueError):
        return None


class GamepadSource:
    def __init__(
        self,
        buttons: Mapping[int, Action] | None = None,
        joystick_buttons: Mapping[int, Action] | None = None,
    ) -> None:
        self._buttons = dict(buttons) if buttons is not None else pad_map()
        self._joystick_buttons = (
            dict(joystick_buttons) if joystick_buttons is not None else joystick_map()
        )
        self._held: dict[int, dict[object, int]] = {}  # instance id -> what holds which action
        self._tapped: ActionFrame = 0
        self._controllers: set[int] = set()  # instance ids that speak as game controllers
        self._opened: list[object] = []  # kept open: a closed pad sends nothing
        self.last_used = -1  # the instance id of the pad pressed last (-1: none yet)
        self._unplugged = False
        self.pressed = False  # whether a button went down for the frame given last
        try:
            from pygame._sdl2 import controller as controllers

            controllers.init()
        except (ImportError, pygame.error):
            pass  # no controller support here: joysticks, if any, still play

    def rebind(self, buttons: Mapping[int, Action]) -> None:
        """New controller bindings; nothing stays held from the old ones."""
        self._buttons, self._held, self._tapped = dict(buttons), {}, 0

    def take_unplugged(self) -> bool:
        """Whether the pad in use went away since last asked."""
        unplugged, self._unplugged = self._unplugged, False
        return unplugged

    def _press(self, pad: int, source: object, action: int) -> None:
        self._held.setdefault(pad, {})[source] = action
        self._tapped |= action
        self.last_used = pad

    def _release(self, pad: int, source: object) -> None:
        self._held.get(pad, {}).pop(source, None)

    def handle_event(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind == pygame.CONTROLLERDEVICEADDED:
            pad = _open(event.device_index, controller=True)
            if pad is not None:
                self._opened.append(pad)
                self._controllers.add(pad.as_joystick().get_instance_id())  # type: ignore[attr-defined]
        elif kind == pygame.JOYDEVICEADDED:
            if not self._is_controller(event.device_index):
                pad = _open(event.device_index, controller=False)
                if pad is not None:
                    self._opened.append(pad)
        elif kind in (pygame.CONTROLLERDEVICEREMOVED, pygame.JOYDEVICEREMOVED):
            self._gone(event.instance_id)
        elif kind in _CONTROLLER_EVENTS:
            self._controllers.add(event.instance_id)
            self._controller_event(event)
        elif kind in _JOYSTICK_EVENTS and event.instance_id not in self._controllers:
            self._joystick_event(event)  # a controller's raw joystick events: heard already

    def _controller_event(self, event: pygame.event.Event) -> None:
        pad = event.instance_id
        if event.type == pygame.CONTROLLERBUTTONDOWN and event.button in self._buttons:
            self._press(pad, event.button, int(self._buttons[event.button]))
        elif event.type == pygame.CONTROLLERBUTTONUP:
            self._release(pad, event.button)
        elif event.type == pygame.CONTROLLERAXISMOTION and event.axis in _STICK:
            self._stick(pad, event.axis, event.value / _FULL_THROW)

    def _joystick_event(self, event: pygame.event.Event) -> None:
        pad = event.instance_id
        if event.type == pygame.JOYBUTTONDOWN and event.button in self._joystick_buttons:
            self._press(pad, ("button", event.button), int(self._joystick_buttons[event.button]))
        elif event.type == pygame.JOYBUTTONUP:
            self._release(pad, ("button", event.button))
        elif event.type == pygame.JOYAXISMOTION and event.axis in _JOYSTICK_AXES:
            self._stick(pad, _JOYSTICK_AXES[event.axis], event.value)
        elif event.type == pygame.JOYHATMOTION:
            self._hat(pad, event.value)

    @staticmethod
    def _is_controller(device_index: int) -> bool:
        try:
            from pygame._sdl2 import controller as controllers

            return bool(controllers.is_controller(device_index))
        except (ImportError, pygame.error):
            return False

    def _stick(self, pad: int, axis: int, throw: float) -> None:
        """A stick axis past the dead zone holds that way; back inside it, lets go."""
        low, high = _STICK[axis]
        self._release(pad, ("stick", axis))
        if throw <= -DEAD_ZONE:
            self._press(pad, ("stick", axis), low)
        elif throw >= DEAD_ZONE:
            self._press(pad, ("stick", axis), high)

    def _hat(self, pad: int, value: tuple[int, int]) -> None:
        x, y = value
        self._release(pad, "hat")
        held = (int(Action.LEFT) if x < 0 else int(Action.RIGHT) if x > 0 else 0) | (
            int(Action.DOWN) if y < 0 else int(Action.UP) if y > 0 else 0
        )
        if held:
            self._press(pad, "hat", held)

    def _gone(self, pad: int) -> None:
        """Unplugged: nothing it held stays held; if it was the one playing, say so."""
        self._held.pop(pad, None)
        self._controllers.discard(pad)
        if pad == self.last_used:
            self._unplugged, self.last_used = True, -1
            self._tapped = 0

    def next_frame(self) -> ActionFrame:
        frame = self._tapped
        for held in self._held.values():
            for action in held.values():
                frame |= action
        self.pressed, self._tapped = bool(self._tapped), 0
        return frame
