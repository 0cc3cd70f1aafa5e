"""The game loop: events, fixed 60 Hz ticks, and drawing decoupled from them."""

from __future__ import annotations

import time

import pygame

from coraline_game.input.bindings import DEFAULT_KEYS, DEFAULT_PAD, key_map, pad_map, with_own
from coraline_game.input.gamepad import GamepadSource
from coraline_game.input.sources import EverySource, InputSource, KeyboardSource
from coraline_game.render.window import Window
from coraline_game.scenes.base import Scene, Services
from coraline_game.scenes.stack import SceneStack
from coraline_game.sim.simulation import TICK_RATE

NANOSECONDS = 1_000_000_000
# A frame late by more than this many ticks drops the rest instead of catching up:
# a slow frame never snowballs into a slower one (no spiral of death).
MAX_TICKS_PER_FRAME = 5


class FixedStep:
    """Turns elapsed real time into a whole number of ticks to run, exactly, with no drift."""

    def __init__(self, rate: int = TICK_RATE) -> None:
        self._rate = rate
        self._owed = 0  # tick-nanoseconds: elapsed ns times the rate, to stay in integers

    def advance(self, elapsed_ns: int) -> int:
        self._owed += elapsed_ns * self._rate
        ticks = self._owed // NANOSECONDS
        if ticks > MAX_TICKS_PER_FRAME:
            self._owed = 0
            return MAX_TICKS_PER_FRAME
        self._owed -= ticks * NANOSECONDS
        return ticks


class App:
    def __init__(self, services: Services, window: Window, first: Scene) -> None:
        self.window = window
        # The live input: the keyboard and every gamepad, any of which plays.
        self.keys, self.pads = KeyboardSource(), GamepadSource()
        self.input: InputSource = EverySource(self.keys, self.pads)
        self.services = services
        self._bound = services.settings  # the settings the bindings were last made from
        self._rebind()
        self.stack = SceneStack(services)
        self.stack.push(first)
        self.ticks = 0
        self.quit_requested = False  # set from a signal handler; acted on between ticks

    def _rebind(self) -> None:
        """The player's own bindings over the defaults, for the keyboard and the pads; and
        the volumes."""
        settings = self._bound = self.services.settings
        self.services.audio.set_volumes(settings)
        self.keys.rebind(key_map(with_own(DEFAULT_KEYS, settings.keys)))
        self.pads.rebind(pad_map(with_own(DEFAULT_PAD, settings.pad_buttons)))

    def request_quit(self) -> None:
        self.quit_requested = True

    def handle_events(self) -> None:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self.stack.quit()
                return
            if self.window.handle_event(event):
                continue  # Alt+Enter toggles fullscreen; it must not also press "interact"
            catch = getattr(self.stack.top, "catch_event", None)
            if catch is not None and catch(event):
                continue  # a scene waiting for a key to bind takes it, as the key itself
            self.input.handle_event(event)
        if self.pads.take_unplugged():
            self.stack.pad_unplugged()

    def tick(self) -> None:
        if self.services.settings is not self._bound:
            self._rebind()
        frame = self.input.next_frame() or 0
        # The device pressed last is the one the screen names buttons of.
        if self.pads.pressed:
            self.services.device = "pad"
        elif self.keys.pressed:
            self.services.device = "keyboard"
        self.stack.tick(frame)
        self.services.audio.update()
        self.ticks += 1

    def draw(self) -> None:
        self.stack.draw(self.window.logical)
        self.window.present()

    def run(self, max_ticks: int | None = None) -> None:
        step = FixedStep()
        last = time.perf_counter_ns()
        while self.stack.running:
            if self.quit_requested:
                self.stack.quit()  # scenes exit cleanly: a recording gets its end record
                break
            self.handle_events()
            now = time.perf_counter_ns()
            ticks = step.advance(now - last)
            last = now
            for _ in range(ticks):
                if not self.stack.running:
                    break
                self.tick()
                if max_ticks is not None and self.ticks >= max_ticks:
                    self.stack.quit()
            if not self.stack.running:
                break
            if ticks:
                self.draw()
            else:
                pygame.time.wait(1)
