"""Scripted play: frames chosen from the simulation's state, as a player would press keys.

Used to record the shipped replays and to drive the game in tests, so both go
through exactly the input path a player's keyboard does.
"""

from __future__ import annotations

from collections.abc import Callable

import esper

from coraline_game.ecs.components import SUBPIXELS, Area, Body, Obstacle, Position, Usable
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.sim.simulation import Simulation
from coraline_game.systems.collision import body_box
from coraline_game.systems.route import route

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

    # -- plans: what a player does, by the names of the things in the maps ------------------
    def run(self, steps: list[str]) -> None:
        """Steps of a plan: "use NAME", "enter NAME" (a Trigger), "choose N", "read",
        "skip" (a cutscene), "wait TICKS"; see tools/plans/act_one.toml."""
        for number, step in enumerate(steps, 1):
            verb, _, rest = step.partition(" ")
            try:
                if verb == "use":
                    self.use_named(rest)
                elif verb == "enter":
                    self.enter_named(rest)
                elif verb == "choose":
                    self.choose(int(rest))
                elif verb == "read":
                    self.read_all()
                elif verb == "skip":
                    self.press(Action.CANCEL)
                    self.idle(1)
                elif verb == "wait":
                    self.idle(int(rest))
                else:
                    raise AutopilotError(f"{step!r} is not a step a plan has")
            except AutopilotError as error:
                where = f"{self.sim.place.map.name}, tick {self.sim.tick}"
                raise AutopilotError(f"step {number} ({step!r}) in {where}: {error}") from None

    def choose(self, index: int) -> None:
        conversation = self.sim.conversation
        if conversation is None or not conversation.choosing:
            raise AutopilotError("there is no choice to make")
        while conversation.choice != index:
            self.press(Action.DOWN)
            self.idle(1)
        self.press(Action.INTERACT)
        self.idle(1)
        self.read_all()

    def use_named(self, name: str, tries: int = 4) -> None:
        """Walk up to the present object of that Tiled name, face it, use it, read on."""
        for _ in range(tries):
            entity = self._named_usable(name)
            area = esper.component_for_entity(entity, Area)
            spots = _beside(area)
            self.walk_route([spot for spot, _facing in spots])
            facing = min(spots, key=lambda s: _distance(s[0], self.feet()))[1]
            self.press(facing)
            self.idle(1)
            if self.sim.place.prompt.entity == entity:
                self.press(Action.INTERACT)
                self.idle(1)
                self.read_all()
                return
        raise AutopilotError(f"could not reach {name!r} to use it")

    def enter_named(self, name: str) -> None:
        """Walk into the middle of the Trigger of that Tiled name, and read on."""
        triggers = [o for o in self.sim.place.map.objects_of("Trigger") if o.name == name]
        if not triggers:
            raise AutopilotError(f"no trigger {name!r} here")
        trigger = triggers[0]
        middle = (round(trigger.x + trigger.width / 2), round(trigger.y + trigger.height / 2))
        self.walk_route([middle])
        self.read_all()

    def _named_usable(self, name: str) -> int:
        sim = self.sim
        sim.place.activate()
        names = {o.id: o.name for o in sim.place.map.objects}
        for entity, usable in sorted(esper.get_component(Usable)):
            if names.get(usable.object_id) == name:
                return entity
        raise AutopilotError(f"nothing named {name!r} can be used here now")

    def walk_route(self, goals: list[tuple[int, int]]) -> None:
        """Walk the shortest way round walls and people to the nearest of `goals` (px)."""
        sim = self.sim
        body = esper.component_for_entity(sim.place.player, Body)
        half = (-(-body.half_width // SUBPIXELS), -(-body.half_height // SUBPIXELS))
        people = [
            body_box(at, b) for _e, (at, b, _o) in esper.get_components(Position, Body, Obstacle)
        ]
        size = sim.place.map.pixel_size
        corners = route(sim.place.collision, half, self.feet(), goals, size, people)
        if corners is None:
            raise AutopilotError(f"no way from {self.feet()} to any of {goals}")
        for x, y in corners:
            self.walk_to(x, y)


def _beside(area: Area) -> list[tuple[tuple[int, int], Action]]:
    """Where to stand to use what covers `area`, and which way to face from there."""
    left, top = area.left // SUBPIXELS, area.top // SUBPIXELS
    right, bottom = area.right // SUBPIXELS, area.bottom // SUBPIXELS
    cx, cy = (left + right) // 2, (top + bottom) // 2
    return [
        ((cx, bottom + 8), Action.UP),
        ((cx, top - 7), Action.DOWN),
        ((right + 8, cy + 4), Action.LEFT),
        ((left - 8, cy + 4), Action.RIGHT),
    ]


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])
