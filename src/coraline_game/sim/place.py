"""A place: one map with its own ECS world, kept alive while another place is shown."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

import esper

from coraline_game.ecs import prefabs
from coraline_game.ecs.catalogue import ActorSpec
from coraline_game.maps.model import GameMap
from coraline_game.systems.animation import AnimationSystem
from coraline_game.systems.behaviour import CatSystem, MouseSystem
from coraline_game.systems.collision import CollisionField, CollisionSystem
from coraline_game.systems.intent import PlayerIntentSystem
from coraline_game.systems.interaction import InteractionSystem, TriggerSystem
from coraline_game.systems.movement import AreaFollowSystem, MovementSystem

_world_ids = itertools.count(1)

# Run order within a tick: decide, move, settle, react, then what drawing reads (animation).
_SYSTEMS = (
    PlayerIntentSystem,
    CatSystem,
    MouseSystem,
    MovementSystem,
    CollisionSystem,
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


class Place:
    def __init__(self, game_map: GameMap, seed: int, catalogue: Mapping[str, ActorSpec]) -> None:
        self.map = game_map
        self.collision = CollisionField(game_map)
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
        prefabs.spawn_map_objects(game_map, seed, catalogue)
        esper.switch_world(previous)

    def activate(self) -> None:
        if esper.current_world != self.world:
            esper.switch_world(self.world)

    def close(self) -> None:
        if esper.current_world == self.world:
            esper.switch_world("default")
        esper.delete_world(self.world)
