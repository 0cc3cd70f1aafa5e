"""A pushdown stack of scenes, with fades between them."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from coraline_game.input.actions import ActionFrame, newly_pressed
from coraline_game.scenes.base import Scene, Services
from coraline_game.screen import SCREEN_SIZE

FADE_TICKS = 20


class SceneStack:
    def __init__(self, services: Services) -> None:
        self.services = services
        self._scenes: list[Scene] = []
        self._pending: Callable[[], None] | None = None
        self._fade = 0  # ticks into the fade: out for FADE_TICKS, then in for FADE_TICKS
        self._veil = pygame.Surface(SCREEN_SIZE)
        self.running = True
        self._previous: ActionFrame = 0

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def __len__(self) -> int:
        return len(self._scenes)

    def push(self, scene: Scene) -> None:
        self._scenes.append(scene)
        scene.enter(self)

    def pop(self) -> None:
        self._scenes.pop().exit()
        if self._scenes:
            self._scenes[-1].resume()
        else:
            self.running = False

    def pad_unplugged(self) -> None:
        """The gamepad in use went away: a scene that plays pauses (its `input_lost`); a
        menu needs nothing, the keyboard or another pad can go on using it."""
        lost = getattr(self.top, "input_lost", None)
        if lost is not None:
            lost()

    def replace(self, scene: Scene) -> None:
        while self._scenes:
            self._scenes.pop().exit()
        self.push(scene)

    def fade_to(self, change: Callable[[], None]) -> None:
        """Fade out, make the change while the screen is black, fade back in."""
        if self._pending is None and self._fade == 0:
            self._pending = change
            self._fade = 1

    def quit(self) -> None:
        while self._scenes:
            self._scenes.pop().exit()
        self.running = False

    def tick(self, frame: ActionFrame) -> None:
        pressed = newly_pressed(frame, self._previous)
        self._previous = frame
        if self._fade:
            self._fade += 1
            if self._fade == FADE_TICKS and self._pending is not None:
                change, self._pending = self._pending, None
                change()
            if self._fade >= 2 * FADE_TICKS:
                self._fade = 0
            return
        if self.top is not None:
            self.top.tick(frame, pressed)

    def draw(self, target: pygame.Surface) -> None:
        first = len(self._scenes) - 1
        while first > 0 and not self._scenes[first].opaque:
            first -= 1
        for scene in self._scenes[max(first, 0) :]:
            scene.draw(target)
        if self._fade:
            progress = self._fade if self._fade <= FADE_TICKS else 2 * FADE_TICKS - self._fade
            self._veil.set_alpha(255 * min(progress, FADE_TICKS) // FADE_TICKS)
            target.blit(self._veil, (0, 0))
