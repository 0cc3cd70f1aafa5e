"""The whole game state and its fixed-tick step: places, story flags, transitions, dialogue.

Nothing here reads the clock, the keyboard or the screen; a step takes one
action frame. That is what lets a replay re-run a game tick for tick.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import esper

from coraline_game.ecs import prefabs
from coraline_game.ecs.catalogue import ActorSpec, default_catalogue
from coraline_game.ecs.components import Trigger, Usable, UseKind
from coraline_game.input.actions import Action, ActionFrame, newly_pressed
from coraline_game.maps.model import GameMap
from coraline_game.sim.context import TickContext
from coraline_game.sim.events import Entered, Event, Used
from coraline_game.sim.place import Place, Prompt

TICK_RATE = 60
FADE_TICKS = 24  # each half of a door transition: out to black, then in
START_MAP = "real_flat"
DISMISS = int(Action.INTERACT | Action.CANCEL)  # either moves dialogue on


@dataclass
class Transition:
    target_map: str
    target_spawn: str
    timer: int = 0
    arrived: bool = False  # False while fading out, True while fading in

    @property
    def darkness(self) -> int:
        """0 (clear) to 255 (black), for the presentation layer."""
        progress = FADE_TICKS - self.timer if self.arrived else self.timer
        return 255 * progress // FADE_TICKS


class Simulation:
    def __init__(
        self,
        maps: Mapping[str, GameMap],
        seed: int,
        start_map: str = START_MAP,
        start_spawn: str | None = None,
        catalogue: Mapping[str, ActorSpec] | None = None,
    ) -> None:
        self.maps = maps
        self.seed = seed
        self.catalogue = default_catalogue() if catalogue is None else catalogue
        self.tick = 0
        self.flags: list[str] = []
        self.lines: list[str] = []  # dialogue lines waiting to be read, first shown
        self.transition: Transition | None = None
        self.places: dict[str, Place] = {}
        self.previous_frame: ActionFrame = 0
        self.place = self._place(start_map)
        self._put_coraline(self.place, start_spawn)
        self.set_flag("arrived")

    # -- state -----------------------------------------------------------------
    def set_flag(self, flag: str) -> None:
        if flag and flag not in self.flags:
            self.flags.append(flag)

    @property
    def player_frozen(self) -> bool:
        return bool(self.lines) or self.transition is not None

    def _place(self, name: str) -> Place:
        if name not in self.places:
            self.places[name] = Place(self.maps[name], self.seed, self.catalogue)
        return self.places[name]

    def _put_coraline(self, place: Place, spawn: str | None) -> None:
        place.activate()
        x, y, spawn_facing = prefabs.spawn_point(place.map, spawn)
        place.player = prefabs.spawn_coraline(x, y, spawn_facing)

    # -- the tick ----------------------------------------------------------------
    def step(self, frame: ActionFrame) -> None:
        # A plain int whatever the source: an Action flag and the same bits read back
        # from a replay must be the very same state.
        frame = int(frame)
        self.place.activate()
        pressed = newly_pressed(frame, self.previous_frame)
        self.previous_frame = frame
        frozen = self.player_frozen
        if self.lines and pressed & DISMISS:
            self.lines.pop(0)
        ctx = TickContext(self.tick, frame, pressed, self.place, frozen)
        esper.process(ctx)
        for event in ctx.events:
            self._handle(event)
        self._advance_transition()
        self.tick += 1

    def _handle(self, event: Event) -> None:
        if isinstance(event, Used):
            usable = esper.component_for_entity(event.entity, Usable)
            self.set_flag(usable.flag)
            if usable.text:
                self.lines.append(usable.text)
            effect = _USE_EFFECTS.get(usable.kind)
            if effect is not None:
                effect(self, event.entity, usable)
        elif isinstance(event, Entered):
            trigger = esper.component_for_entity(event.entity, Trigger)
            self.set_flag(trigger.flag)
            if trigger.text:
                self.lines.append(trigger.text)

    def _open_door(self, _entity: int, usable: Usable) -> None:
        self.transition = Transition(usable.target_map, usable.target_spawn)

    def _take(self, entity: int, _usable: Usable) -> None:
        esper.delete_entity(entity, immediate=True)  # gone this tick, not next
        self.place.prompt = Prompt()  # and nothing may still point at it

    def _advance_transition(self) -> None:
        transition = self.transition
        if transition is None:
            return
        if not transition.arrived:
            transition.timer += 1
            if transition.timer >= FADE_TICKS:
                self._cross(transition)
        else:
            transition.timer -= 1
            if transition.timer <= 0:
                self.transition = None

    def _cross(self, transition: Transition) -> None:
        """Take Coraline out of this place and into the target, which keeps its own state."""
        self.place.activate()
        esper.delete_entity(self.place.player, immediate=True)
        self.place.player = 0
        self.place = self._place(transition.target_map)
        self._put_coraline(self.place, transition.target_spawn)
        transition.arrived = True

    def close(self) -> None:
        for place in self.places.values():
            place.close()
        self.places.clear()


# What using a thing does beyond its flag and its line, by its kind: a new kind is an entry.
_USE_EFFECTS: dict[UseKind, Callable[[Simulation, int, Usable], None]] = {
    UseKind.DOOR: Simulation._open_door,
    UseKind.ITEM: Simulation._take,
}
