"""Actions and the per-tick action frame the simulation consumes.

A frame is the set of actions held during one tick, packed in an int so that
replays can store and run-length encode it cheaply.
"""

from __future__ import annotations

from enum import IntFlag


class Action(IntFlag):
    UP = 1
    DOWN = 2
    LEFT = 4
    RIGHT = 8
    INTERACT = 16
    STONE = 32
    PAUSE = 64
    CANCEL = 128
    # Asking what to do and looking in the pockets: menus over the game, never the game's.
    OBJECTIVE = 256
    INVENTORY = 512


ActionFrame = int  # a bitwise OR of Action values
ALL_ACTIONS: ActionFrame = int(Action(0x3FF))


# Plain ints for per-tick code: arithmetic on IntFlag members goes through slow Python.
_UP, _DOWN, _LEFT, _RIGHT = int(Action.UP), int(Action.DOWN), int(Action.LEFT), int(Action.RIGHT)


def direction(frame: ActionFrame) -> tuple[int, int]:
    """The held move direction as (dx, dy) in -1..1; opposite keys cancel."""
    dx = (1 if frame & _RIGHT else 0) - (1 if frame & _LEFT else 0)
    dy = (1 if frame & _DOWN else 0) - (1 if frame & _UP else 0)
    return dx, dy


def newly_pressed(frame: ActionFrame, previous: ActionFrame) -> ActionFrame:
    """Actions that went down this tick (held now, not held the tick before)."""
    return frame & ~previous
