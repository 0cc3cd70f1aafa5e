from __future__ import annotations

import pygame
import pytest

from coraline_game.input.actions import Action, direction, newly_pressed
from coraline_game.input.bindings import key_map
from coraline_game.input.sources import KeyboardSource, ReplaySource


@pytest.fixture
def events() -> None:
    pygame.display.init()
    pygame.event.clear()


def post_and_feed(source: KeyboardSource, *events: pygame.event.Event) -> None:
    for event in events:
        pygame.event.post(event)
    for event in pygame.event.get():
        source.handle_event(event)


def key(kind: int, code: int) -> pygame.event.Event:
    return pygame.event.Event(kind, key=code, mod=0)


def test_posted_key_events_become_held_actions(events: None) -> None:
    source = KeyboardSource()
    post_and_feed(source, key(pygame.KEYDOWN, pygame.K_w), key(pygame.KEYDOWN, pygame.K_RIGHT))
    frame = source.next_frame()
    assert frame == Action.UP | Action.RIGHT
    assert direction(frame) == (1, -1)
    assert source.next_frame() == frame  # still held on the next tick
    post_and_feed(source, key(pygame.KEYUP, pygame.K_w))
    assert source.next_frame() == Action.RIGHT


def test_a_tap_between_two_ticks_still_counts_once(events: None) -> None:
    source = KeyboardSource()
    post_and_feed(source, key(pygame.KEYDOWN, pygame.K_SPACE), key(pygame.KEYUP, pygame.K_SPACE))
    assert source.next_frame() == Action.INTERACT
    assert source.next_frame() == 0


def test_losing_focus_releases_everything(events: None) -> None:
    source = KeyboardSource()
    post_and_feed(source, key(pygame.KEYDOWN, pygame.K_a))
    source.next_frame()
    post_and_feed(source, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert source.next_frame() == 0


def test_default_bindings_cover_every_action() -> None:
    bound = set(key_map().values())
    assert bound == set(Action)
    keys = key_map()
    assert keys[pygame.K_z] == keys[pygame.K_e] == keys[pygame.K_SPACE] == Action.INTERACT
    assert keys[pygame.K_ESCAPE] == Action.PAUSE
    assert keys[pygame.K_x] == Action.STONE


def test_rebinding_is_data() -> None:
    keys = key_map({"INTERACT": ("f",), "UP": ("i",)})
    assert keys == {pygame.K_f: Action.INTERACT, pygame.K_i: Action.UP}


def test_opposite_directions_cancel_and_edges_are_detected() -> None:
    assert direction(Action.LEFT | Action.RIGHT | Action.DOWN) == (0, 1)
    assert newly_pressed(Action.INTERACT | Action.UP, Action.UP) == Action.INTERACT


def test_replay_source_runs_out() -> None:
    source = ReplaySource([1, 2])
    assert [source.next_frame(), source.next_frame(), source.next_frame()] == [1, 2, None]
