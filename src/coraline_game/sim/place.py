"""A place: one map with its own ECS world, kept alive while another place is shown.

Which of its objects exist follows from the story: an object with a `when` condition is
an entity only while the condition holds, made afresh from its Tiled object when it
comes back (as an RPG Maker event page would).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

import esper

from coraline_game.ecs import prefabs
from coraline_game.ecs.catalogue import ActorSpec
from coraline_game.maps.model import GameMap
from coraline_game.story.conditions import ALWAYS, parse_condition
from coraline_game.systems.animation import AnimationSystem
from coraline_game.systems.behaviour import CatSystem, MouseSystem, PursuitSystem
from coraline_game.systems.collision import CollisionField, CollisionSystem
from coraline_game.systems.hazard import HazardSystem
from coraline_game.systems.intent import PlayerIntentSystem
from coraline_game.systems.interaction import InteractionSystem, TriggerSystem
from coraline_game.systems.movement import AreaFollowSystem, MovementSystem
from coraline_game.systems.route import Flows
from coraline_game.systems.scripted import ScriptedWalkSystem
from coraline_game.systems.watch import WatchSystem

_world_ids = itertools.count(1)

# Run order within a tick: decide, move, settle, react, then what drawing reads (animation).
_SYSTEMS = (
    PlayerIntentSystem,
    CatSystem,
    MouseSystem,
    PursuitSystem,
    MovementSystem,
    CollisionSystem,
    ScriptedWalkSystem,
    WatchSystem,
    HazardSystem,
    AreaFollowSystem,
    TriggerSystem,
    InteractionSystem,
    AnimationSystem,
)


@dataclass
class Prompt:
    """The usable Coraline faces, or entity 0 for none."""

    entity: int = 0
    text: str = ""


PURSUER_HALF = (4, 2)  # the standing room a pursuer's way keeps, in pixels


class Place:
    def __init__(self, game_map: GameMap, seed: int, catalogue: Mapping[str, ActorSpec]) -> None:
        self.map = game_map
        self.collision = CollisionField(game_map)
        # The ways to each tile, for whoever chases her here: a cache, made as needed.
        self.flows = Flows(self.collision, PURSUER_HALF, game_map.pixel_size)
        self.prompt = Prompt()
        self.player = 0
        self.digest: bytes | None = None  # the checksum's digest of this place, while not shown
        # esper keeps one global context per world name; a unique name per place
        # lets several simulations (a game and a replay check) live in one process.
        self.world = f"{game_map.name}#{next(_world_ids)}"
        previous = esper.current_world
        esper.switch_world(self.world)
        for priority, system in enumerate(_SYSTEMS):
            esper.add_processor(system(), priority=-priority)
        self._seed, self._catalogue = seed, catalogue
        self._objects = [
            (
                obj,
                parse_condition(str(obj.properties.get("when", "")))
                if "when" in obj.properties
                else ALWAYS,
            )
            for obj in sorted(game_map.objects, key=lambda o: o.id)
            if obj.cls in prefabs.ENTITY_CLASSES
        ]
        self._present: dict[int, int] = {}  # object id -> its entity, while present
        self.story_seen = -1  # the story version presence was last settled for
        self.refresh(frozenset(), frozenset(), "day", 0)
        esper.switch_world(previous)

    def refresh(
        self, flags: frozenset[str], items: frozenset[str], time: str, version: int
    ) -> None:
        """Make present exactly the objects whose conditions hold (in the current ECS world,
        which must be this place's), in object id order."""
        if version == self.story_seen:
            return
        self.story_seen = version
        for obj, when in self._objects:
            present = obj.id in self._present
            if when.holds(flags, items, time) == present:
                continue
            if present:
                entity = self._present.pop(obj.id)
                esper.delete_entity(entity, immediate=True)
                if self.prompt.entity == entity:
                    self.prompt = Prompt()
            else:
                self._present[obj.id] = prefabs.spawn_object(
                    self.map, obj, self._seed, self._catalogue
                )

    def renew(self, component: type) -> None:
        """Put the present objects whose entity has `component` back as the map has them
        (in the current ECS world, this place's): a chase starts over when she is caught."""
        for obj, _when in self._objects:
            entity = self._present.get(obj.id)
            if entity and esper.has_component(entity, component):
                esper.delete_entity(entity, immediate=True)
                self._present[obj.id] = prefabs.spawn_object(
                    self.map, obj, self._seed, self._catalogue
                )

    def activate(self) -> None:
        if esper.current_world != self.world:
            esper.switch_world(self.world)

    def close(self) -> None:
        if esper.current_world == self.world:
            esper.switch_world("default")
        esper.delete_world(self.world)
