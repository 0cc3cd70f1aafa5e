"""Scripted play: frames chosen from the simulation's state, as a player would press keys.

Used to record the shipped replays and to drive the game in tests, so both go
through exactly the input path a player's keyboard does.
"""

from __future__ import annotations

from collections.abc import Callable

import esper

from coraline_game.ecs.components import (
    SUBPIXELS,
    Area,
    Body,
    Hazard,
    Heading,
    Obstacle,
    Position,
    Pursuer,
    Usable,
    Watcher,
)
from coraline_game.input.actions import Action, ActionFrame, direction
from coraline_game.sim.simulation import Simulation
from coraline_game.systems.collision import body_box
from coraline_game.systems.route import TILE, route
from coraline_game.systems.watch import sees

LOOKAHEAD = 14 * SUBPIXELS  # how far ahead of her feet a careful step checks for danger
CROSSING_TICKS = 40  # long enough to cross a swept band at a walk

StepFn = Callable[[ActionFrame], None]


class AutopilotError(RuntimeError):
    """The script could not do what it was asked within its tick budget."""


class Autopilot:
    def __init__(self, sim: Simulation, step: StepFn | None = None) -> None:
        self.sim = sim
        self._step = step or sim.step
        self.held: ActionFrame = 0  # held under every press: the stone, while she looks
        # Playing a plan, she waits out guards' eyes and strikes ahead; driven a step at a
        # time (a test walking into a rat's view on purpose), she does not.
        self.careful = False

    def press(self, frame: ActionFrame, ticks: int = 1) -> None:
        for _ in range(ticks):
            self._step(frame | self.held)

    def idle(self, ticks: int) -> None:
        self.press(0, ticks)

    def feet(self) -> tuple[int, int]:
        """Coraline's feet in whole pixels."""
        x, y = self._feet_subpixels()
        return x // SUBPIXELS, y // SUBPIXELS

    def _feet_subpixels(self) -> tuple[int, int]:
        self.sim.place.activate()
        position = esper.component_for_entity(self.sim.place.player, Position)
        return position.x, position.y

    def walk_to(self, x: int, y: int, budget: int = 1800) -> None:
        """Walk straight toward (x, y), sliding along walls, until there or blocked; wait
        where a step ahead would be seen by a guard or swept by a hazard about to strike."""
        still = 0
        place = self.sim.place
        for _ in range(budget):
            if self.sim.place is not place or self.sim.player_frozen:
                return  # caught and sent back, or a line to read: the caller looks again
            frame = _toward(self.feet(), (x, y))
            if not frame:
                return
            before = self._feet_subpixels()
            if self.careful and self._danger_ahead(frame):
                self.press(0)
                continue
            self.press(frame)
            # In subpixels: looking through the stone, a step is less than a pixel.
            still = still + 1 if self._feet_subpixels() == before else 0
            if still >= 4:
                return  # against a wall: as close as it gets
        raise AutopilotError(f"could not reach ({x}, {y}) from {self.feet()} in {budget} ticks")

    def _danger_ahead(self, frame: ActionFrame) -> bool:
        """Whether a step toward `frame` would walk into a guard's sight or a strike."""
        sim = self.sim
        x, y = self._feet_subpixels()
        dx, dy = direction(frame)
        ahead = Position(x + dx * LOOKAHEAD, y + dy * LOOKAHEAD)
        for _e, (watcher, at, heading) in esper.get_components(Watcher, Position, Heading):
            if watcher.reach > LOOKAHEAD * 2 and sees(
                sim.place.collision, watcher, at, heading.facing.vector, ahead
            ):
                return True  # a pursuer's touch is not this: she outruns it instead
        for _e, (hazard, area) in esper.get_components(Hazard, Area):
            if area.contains(x, y) or not area.contains(ahead.x, ahead.y):
                continue  # already in it (keep going), or not walking into it
            if any(hazard.phase(sim.tick + t) == "strike" for t in range(CROSSING_TICKS)):
                return True
        return False

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
            if (conversation is not None and conversation.choosing) or sim.credits or sim.finished:
                return  # a choice is the caller's; the credits are for "end" to sit through
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
        "skip" (a cutscene), "wait TICKS", "walk COLUMN ROW" (to that point, in tiles),
        "look" and "unlook" (hold the seeing stone from now on, or stop), "clear COLUMN
        ROW RADIUS" (wait until no guard is that many pixels from the point), "dodge TICKS"
        (keep away from whoever chases her), "end" (watch the credits out); see
        tools/plans/."""
        self.careful = True
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
                elif verb == "walk":
                    column, row = (float(n) for n in rest.split())
                    self.walk_route([(round(column * 16), round(row * 16))])
                elif verb == "clear":
                    column, row, radius = (float(n) for n in rest.split())
                    self.wait_clear((round(column * 16), round(row * 16)), round(radius))
                elif verb == "dodge":
                    self.dodge(int(rest))
                elif verb == "end":
                    self.watch_to_the_end()
                elif verb == "look":
                    self.held = Action.STONE
                elif verb == "unlook":
                    self.held = 0
                else:
                    raise AutopilotError(f"{step!r} is not a step a plan has")
            except AutopilotError as error:
                where = f"{self.sim.place.map.name}, tick {self.sim.tick}"
                raise AutopilotError(f"step {number} ({step!r}) in {where}: {error}") from None

    def wait_clear(self, point: tuple[int, int], radius: int, budget: int = 3000) -> None:
        """Stand still until no guard is within `radius` pixels of `point`: a moment when
        the way past them is open."""
        for _ in range(budget):
            guards = [p for _e, (_w, p) in esper.get_components(Watcher, Position)]
            near = [
                p for p in guards if _distance((p.x // SUBPIXELS, p.y // SUBPIXELS), point) < radius
            ]
            if not near:
                return
            self.idle(1)
        raise AutopilotError(f"the guards never left {point}")

    def dodge(self, ticks: int) -> None:
        """Keep away from whoever chases her for `ticks`, or until something happens (a
        scene): every few steps, make for the tile farthest from the chaser that she can
        reach before it does (across a flower bed, round a table), the way a player would.
        Caught, she reads on and keeps dodging from where she is sent back."""
        sim = self.sim
        end = sim.tick + ticks
        while sim.tick < end and sim.cutscene is None:
            if sim.player_frozen:
                self.read_all()
                continue
            flows = sim.place.flows
            chasers = [p for _e, (_c, p) in esper.get_components(Pursuer, Position)]
            her = self.feet()
            if not chasers:
                self.idle(8)
                continue
            mine = (her[0] // TILE, her[1] // TILE)
            chaser = min(
                chasers,
                key=lambda p: _distance((p.x, p.y), (her[0] * SUBPIXELS, her[1] * SUBPIXELS)),
            )
            theirs = flows.distances((chaser.x // SUBPIXELS // TILE, chaser.y // SUBPIXELS // TILE))
            near = flows.distances(mine)
            safe = [t for t, steps in near.items() if steps < theirs.get(t, 10**9)] or [mine]
            target = max(safe, key=lambda t: (theirs.get(t, 10**9), -near[t], t))
            step = flows.next_tile(mine, target) if target != mine else None
            spot = step or target
            self.press(_toward(her, (spot[0] * TILE + TILE // 2, spot[1] * TILE + TILE // 2)), 8)

    def watch_to_the_end(self, budget: int = 12_000) -> None:
        """Read on, then sit through the credits and the mice until the story is over."""
        for _ in range(budget):
            if self.sim.finished:
                return
            if self.sim.conversation is not None or self.sim.card is not None:
                self.read_all()
            else:
                self.idle(1)
        raise AutopilotError("the story did not end")

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

    def use_named(self, name: str, tries: int = 8) -> None:
        """Walk up to the present object of that Tiled name, face it, use it, read on;
        caught on the way and sent back, try again from there."""
        for _ in range(tries):
            self.read_all()
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


def _toward(here: tuple[int, int], there: tuple[int, int]) -> ActionFrame:
    """The directions held to walk from `here` toward `there` (pixels). Within a pixel is
    there: steps of 1.25 px cannot land on every pixel."""
    frame = 0
    if there[0] > here[0] + 1:
        frame |= Action.RIGHT
    elif there[0] < here[0] - 1:
        frame |= Action.LEFT
    if there[1] > here[1] + 1:
        frame |= Action.DOWN
    elif there[1] < here[1] - 1:
        frame |= Action.UP
    return frame
