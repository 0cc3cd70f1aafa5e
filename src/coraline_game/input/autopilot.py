"""Scripted play: frames chosen from the simulation's state, as a player would press keys.

Used to record the shipped replays and to drive the game in tests, so both go
through exactly the input path a player's keyboard does.
"""

from __future__ import annotations

from collections.abc import Callable

import esper

from coraline_game.ecs.components import SUBPIXELS, Position
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.sim.simulation import Simulation

StepFn = Callable[[ActionFrame], None]


class AutopilotError(RuntimeError):
    """The script could not do what it was asked within its tick budget."""


class Autopilot:
    def __init__(self, sim: Simulation, step: StepFn | None = None) -> None:
        self.sim = sim
        self._step = step or sim.step

    def press(self, frame: ActionFrame, ticks: int = 1) -> None:
        for _ in range(ticks):
            self._step(frame)

    def idle(self, ticks: int) -> None:
        self.press(0, ticks)

    def feet(self) -> tuple[int, int]:
        """Coraline's feet in whole pixels."""
        self.sim.place.activate()
        position = esper.component_for_entity(self.sim.place.player, Position)
        return position.x // SUBPIXELS, position.y // SUBPIXELS

    def walk_to(self, x: int, y: int, budget: int = 900) -> None:
        """Walk straight toward (x, y), sliding along walls, until there or blocked."""
        still = 0
        for _ in range(budget):
            fx, fy = self.feet()
            frame = 0
            # Within a pixel is there: steps of 1.25 px cannot land on every pixel.
            if fx < x - 1:
                frame |= Action.RIGHT
            elif fx > x + 1:
                frame |= Action.LEFT
            if fy < y - 1:
                frame |= Action.DOWN
            elif fy > y + 1:
                frame |= Action.UP
            if not frame:
                return
            self.press(frame)
            still = still + 1 if self.feet() == (fx, fy) else 0
            if still >= 4:
                return  # against a wall: as close as it gets
        raise AutopilotError(f"could not reach ({x}, {y}) from {self.feet()} in {budget} ticks")

    def use(self, facing: Action) -> None:
        """Turn toward `facing` with a tap, then press interact once."""
        self.press(facing)
        self.idle(1)
        if not self.sim.place.prompt.entity:
            raise AutopilotError(f"nothing to use toward {facing.name} at {self.feet()}")
        self.press(Action.INTERACT)
        self.idle(1)

    def read_all(self, budget: int = 3000) -> None:
        """Press on through every line, card and cutscene, and sit out any transition; a
        choice is left for the caller to make."""
        for _ in range(budget):
            sim = self.sim
            conversation = sim.conversation
            if conversation is not None and conversation.choosing:
                return
            if conversation is not None or sim.card is not None:
                self.press(Action.INTERACT)
                self.idle(1)
            elif sim.player_frozen:
                self.idle(1)
            else:
                return
        raise AutopilotError("dialogue, cutscene or transition did not end")
