"""Entities assembled from Tiled objects and from the actor catalogue.

Spawn, Collision and Path objects are not entities: the place reads spawns,
the collision field reads rectangles, and actors read their paths.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import esper

from coraline_game.ecs.catalogue import ActorSpec
from coraline_game.ecs.components import (
    Appearance,
    Area,
    AreaAroundFeet,
    Body,
    CatBrain,
    Facing,
    Heading,
    Motion,
    MouseBrain,
    Name,
    PlayerControlled,
    Position,
    Trigger,
    Usable,
    UseKind,
    WalkCycle,
    Walker,
    px,
)
from coraline_game.ecs.random_stream import RandomStream
from coraline_game.maps.model import GameMap, MapObject

CORALINE_SPEED = px(1.25)  # 75 px/s: brisk, but a room still takes a moment to cross


def _walker(
    x: int, y: int, facing: Facing, sheet: str, speed: int, half: tuple[float, float]
) -> list[object]:
    return [
        Position(x, y),
        Motion(),
        Body(px(half[0]), px(half[1])),
        Heading(facing),
        Walker(speed),
        WalkCycle(),
        Appearance(sheet=sheet),
    ]


def spawn_coraline(x: int, y: int, facing: Facing) -> int:
    return esper.create_entity(
        Name("coraline"),
        PlayerControlled(),
        *_walker(x, y, facing, "coraline", CORALINE_SPEED, (5, 3)),
    )


def _feet(obj: MapObject) -> tuple[int, int]:
    x, y = obj.feet
    return px(x), px(y)


def _area(obj: MapObject) -> Area:
    return Area(px(obj.x), px(obj.y), px(obj.x + obj.width), px(obj.y + obj.height))


def _wanderer(game_map: GameMap, obj: MapObject) -> object:
    return CatBrain()


def _leader(game_map: GameMap, obj: MapObject) -> object:
    """Leads along the Path its Actor names (a closed one loops), or scurries without one."""
    path_id = int(obj.properties["path"])
    path: tuple[tuple[int, int], ...] = ()
    loop = False
    for candidate in game_map.objects_of("Path"):
        if candidate.id == path_id:
            path = tuple((px(px_x), px(px_y)) for px_x, px_y in candidate.points)
            loop = candidate.shape == "polygon"
    return MouseBrain(path, loop)


# The catalogue's behaviours: the brain component whose system moves the actor.
BRAINS: dict[str, Callable[[GameMap, MapObject], object]] = {
    "wander_and_follow": _wanderer,
    "lead_or_scurry": _leader,
}


def _actor(game_map: GameMap, obj: MapObject, spec: ActorSpec, rng: RandomStream) -> None:
    x, y = _feet(obj)
    facing = Facing.named(str(obj.properties["facing"]))
    parts: list[object] = [Name(spec.name, obj.id), BRAINS[spec.behaviour](game_map, obj), rng]
    use = spec.use
    if use is not None:
        parts += [
            Usable(UseKind.PET, use.prompt, obj.id, text=use.text),
            Area(0, 0, 0, 0),  # placed around its feet each tick (AreaAroundFeet)
            AreaAroundFeet(px(use.reach[0]), px(use.reach[1])),
        ]
    esper.create_entity(*parts, *_walker(x, y, facing, spec.sheet, px(spec.speed), spec.body))


def _usable(obj: MapObject, kind: UseKind) -> Usable:
    p = obj.properties
    target = str(p.get("target_map", ""))
    return Usable(
        kind=kind,
        prompt=str(p["prompt"]),
        object_id=obj.id,
        text=str(p.get("text", "")),
        flag=str(p.get("flag", "")),
        target_map=target.rsplit("/", 1)[-1].removesuffix(".tmx"),
        target_spawn=str(p.get("target_spawn", "")),
    )


def _with_tile(obj: MapObject) -> list[object]:
    """Tile objects stay visible as entities, so taking an item removes its picture too."""
    if not obj.gid:
        return []
    return [Appearance(tile=obj.gid), Position(*_feet(obj))]


def spawn_map_objects(game_map: GameMap, seed: int, catalogue: Mapping[str, ActorSpec]) -> None:
    """Create the entities of a map's objects in the current ECS world, in object id order;
    each actor is its catalogue entry, with its own random stream from the run's `seed`."""
    for obj in sorted(game_map.objects, key=lambda o: o.id):
        if obj.cls == "Actor":
            rng = RandomStream.derived(seed, game_map.name, obj.id)
            _actor(game_map, obj, catalogue[str(obj.properties["actor"])], rng)
        elif obj.cls == "Door":
            esper.create_entity(_usable(obj, UseKind.DOOR), _area(obj))
        elif obj.cls == "Item":
            esper.create_entity(_usable(obj, UseKind.ITEM), _area(obj), *_with_tile(obj))
        elif obj.cls == "Inspect":
            esper.create_entity(_usable(obj, UseKind.INSPECT), _area(obj), *_with_tile(obj))
        elif obj.cls == "Trigger":
            props = obj.properties
            esper.create_entity(Trigger(str(props["flag"]), str(props["text"])), _area(obj))


def spawn_point(game_map: GameMap, spawn_id: str | None) -> tuple[int, int, Facing]:
    """Where Coraline appears: the named spawn, else the map's default one."""
    spawns = game_map.objects_of("Spawn")
    chosen = next((s for s in spawns if s.properties["spawn"] == spawn_id), None)
    if chosen is None:
        chosen = next((s for s in spawns if s.properties.get("default")), spawns[0])
    x, y = _feet(chosen)
    return x, y, Facing.named(str(chosen.properties["facing"]))
