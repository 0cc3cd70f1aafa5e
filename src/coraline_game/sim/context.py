"""What every system receives for one tick."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coraline_game.input.actions import ActionFrame

if TYPE_CHECKING:
    from coraline_game.sim.events import Event
    from coraline_game.sim.place import Place


@dataclass
class TickContext:
    tick: int
    frame: ActionFrame  # actions held this tick
    pressed: ActionFrame  # actions that went down this tick
    place: Place
    player_frozen: bool  # a dialogue line or a transition holds Coraline still
    scripted: bool = False  # a cutscene plays: only what it moves may move
    looking: bool = False  # Coraline holds the seeing stone to her eye
    here: int = 0  # ticks she has been free to move since she came into this place
    events: list[Event] = field(default_factory=list)
