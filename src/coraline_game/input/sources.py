"""Input sources: where each tick's action frame comes from.

The simulation neither knows nor cares whether a frame came from a keyboard,
a gamepad or a replay file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol

import pygame

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.input.bindings import key_map


class InputSource(Protocol):
    def handle_event(self, event: pygame.event.Event) -> None: ...

    def next_frame(self) -> ActionFrame | None:
        """The frame for the next tick; None when the source has run out."""
        ...


class KeyboardSource:
    """Held actions tracked from key events (never by polling the keyboard).

    A key pressed and released between two ticks still counts for one tick, so
    a quick tap is never lost.
    """

    def __init__(self, keys: Mapping[int, Action] | None = None) -> None:
        self._keys = dict(keys) if keys is not None else key_map()
        self._held: dict[int, Action] = {}
        self._tapped: ActionFrame = 0
        self.pressed = False  # whether a key went down for the frame given last

    def rebind(self, keys: Mapping[int, Action]) -> None:
        """New bindings; nothing stays held from the old ones."""
        self._keys, self._held, self._tapped = dict(keys), {}, 0

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key in self._keys:
            action = self._keys[event.key]
            self._held[event.key] = action
            self._tapped |= action
        elif event.type == pygame.KEYUP:
            self._held.pop(event.key, None)
        elif event.type == pygame.WINDOWFOCUSLOST:
            self._held.clear()  # keys released while unfocused never send KEYUP

    def next_frame(self) -> ActionFrame:
        frame = self._tapped
        for action in self._held.values():
            frame |= action
        self.pressed, self._tapped = bool(self._tapped), 0
        return frame


class ReplaySource:
    """Frames from a recorded run, then None."""

    def __init__(self, frames: Iterable[ActionFrame]) -> None:
        self._frames: Iterator[ActionFrame] = iter(frames)

    def handle_event(self, event: pygame.event.Event) -> None:
        pass

    def next_frame(self) -> ActionFrame | None:
        return next(self._frames, None)


class EverySource:
    """Several live sources as one: any of them plays (the keyboard and every pad)."""

    def __init__(self, *sources: InputSource) -> None:
        self.sources = sources

    def handle_event(self, event: pygame.event.Event) -> None:
        for source in self.sources:
            source.handle_event(event)

    def next_frame(self) -> ActionFrame:
        frame = 0
        for source in self.sources:
            frame |= source.next_frame() or 0
        return frame
