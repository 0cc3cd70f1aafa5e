"""Entities assembled from Tiled objects and from the actor catalogue.

Spawn, Collision and Path objects are not entities: the place reads spawns,
the collision field reads rectangles, and actors read their paths.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import esper

from coraline_game.ecs.catalogue import ActorSpec
from coraline_game.ecs.components import (
    COS_SCALE,
    Appearance,
    Area,
    AreaAroundFeet,
    Body,
    CatBrain,
    Facing,
    Hazard,
    Heading,
    Hidden,
    Light,
    Motion,
    MouseBrain,
    Name,
    Obstacle,
    PlayerControlled,
    Position,
    Pursuer,
    Trigger,
    Usable,
    UseKind,
    WalkCycle,
    Walker,
    Watcher,
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


def _stander(game_map: GameMap, obj: MapObject) -> object | None:
    """Stays where the map puts them (and turns to whoever talks to them); in the way."""
    return Obstacle()


def _guide(game_map: GameMap, obj: MapObject) -> object | None:
    """Leads along the Path its Actor names, waiting for Coraline; without one, stands."""
    return _leader(game_map, obj) if int(obj.properties["path"]) else _stander(game_map, obj)


def _pursuer(game_map: GameMap, obj: MapObject) -> object:
    """Comes after Coraline along the shortest way (systems/behaviour.PursuitSystem)."""
    return Pursuer()


def _patroller(game_map: GameMap, obj: MapObject) -> object:
    """Walks its Path round and round without waiting for anyone."""
    brain = _leader(game_map, obj)
    assert isinstance(brain, MouseBrain)
    brain.waits = False
    return brain


def _leader(game_map: GameMap, obj: MapObject) -> object:
    """Leads along the Path its Actor names (a closed one loops), or scurries without one."""
    path_id = int(obj.properties["path"])
    path: tuple[tuple[int, int], ...] = ()
    loop = False
    for candidate in game_map.objects_of("Path"):
        if candidate.id == path_id:
            path = tuple((px(px_x), px(px_y)) for px_x, px_y in candidate.points)
            # A polygon loops; so does a polyline drawn back to where it began.
            closed = len(path) > 2 and path[0] == path[-1]
            loop = candidate.shape == "polygon" or closed
            path = path[:-1] if closed else path
    return MouseBrain(path, loop)


# The catalogue's behaviours: the brain component whose system moves the actor.
BRAINS: dict[str, Callable[[GameMap, MapObject], object | None]] = {
    "wander_and_follow": _wanderer,
    "lead_or_scurry": _leader,
    "lead_or_stand": _guide,
    "stand": _stander,
    "patrol": _patroller,
    "pursue": _pursuer,
}


# Someone with a talk topic but nothing in the catalogue about using them is talked to.
_TALK_PROMPT = "Talk"
_TALK_REACH = (px(8), px(20))


def _actor(game_map: GameMap, obj: MapObject, spec: ActorSpec, rng: RandomStream) -> int:
    x, y = _feet(obj)
    facing = Facing.named(str(obj.properties["facing"]))
    brain = BRAINS[spec.behaviour](game_map, obj)
    parts: list[object] = [Name(spec.name, obj.id), rng, *([brain] if brain is not None else [])]
    talk = str(obj.properties.get("talk", ""))
    use = spec.use
    if use is not None or talk:
        prompt = use.prompt if use is not None and not talk else _TALK_PROMPT
        reach = (px(use.reach[0]), px(use.reach[1])) if use is not None else _TALK_REACH
        text = use.text if use is not None else ""
        parts += [
            Usable(UseKind.ACTOR, prompt, obj.id, text=text, talk=talk),
            Area(0, 0, 0, 0),  # placed around its feet each tick (AreaAroundFeet)
            AreaAroundFeet(*reach),
        ]
    watch = spec.watch
    if watch is not None:
        cos_spread = round(math.cos(math.radians(watch.spread)) * COS_SCALE)
        parts.append(Watcher(px(watch.reach), cos_spread, watch.caught))
    walker = _walker(x, y, facing, spec.sheet, px(spec.speed), spec.body)
    return esper.create_entity(*parts, *walker)


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
        talk=str(p.get("talk", "")),
        item=str(p.get("item", "")),
    )


def _with_tile(obj: MapObject) -> list[object]:
    """Tile objects stay visible as entities, so taking an item removes its picture too."""
    if not obj.gid:
        return []
    return [Appearance(tile=obj.gid), Position(*_feet(obj))]


# The Tiled classes that become entities (those a `when` can make come and go); Spawn,
# Collision, Path and Mark are read as data.
ENTITY_CLASSES = frozenset({"Actor", "Door", "Item", "Inspect", "Trigger", "Mood", "Hazard"})
_USE_KINDS = {"Door": UseKind.DOOR, "Item": UseKind.ITEM, "Inspect": UseKind.INSPECT}


def spawn_object(
    game_map: GameMap, obj: MapObject, seed: int, catalogue: Mapping[str, ActorSpec]
) -> int:
    """The entity of one map object (of ENTITY_CLASSES) in the current ECS world; an actor is
    its catalogue entry, with its own random stream from the run's `seed` and its identity."""
    if obj.cls == "Actor":
        rng = RandomStream.derived(seed, game_map.name, obj.id)
        return _actor(game_map, obj, catalogue[str(obj.properties["actor"])], rng)
    if obj.cls == "Hazard":
        props = obj.properties
        hazard = Hazard(
            period=max(1, int(props["period"])),
            offset=max(0, int(props["offset"])),
            warn=max(0, int(props["warn"])),
            strike=max(0, int(props["strike"])),
            caught=str(props["caught"]),
        )
        return esper.create_entity(hazard, _area(obj))
    if obj.cls == "Mood":
        return esper.create_entity(Light(str(obj.properties["mood"])))
    if obj.cls == "Trigger":
        props = obj.properties
        trigger = Trigger(
            str(props["flag"]),
            str(props["text"]),
            str(props.get("talk", "")),
            max(0, int(props.get("after", 0))),
        )
        return esper.create_entity(trigger, _area(obj))
    kind = _USE_KINDS[obj.cls]
    extra = _with_tile(obj) if kind != UseKind.DOOR else []
    if obj.properties.get("hidden"):
        extra.append(Hidden())
    return esper.create_entity(_usable(obj, kind), _area(obj), *extra)


def spawn_point(game_map: GameMap, spawn_id: str | None) -> tuple[int, int, Facing]:
    """Where Coraline appears: the named spawn, else the map's default one."""
    spawns = game_map.objects_of("Spawn")
    chosen = next((s for s in spawns if s.properties["spawn"] == spawn_id), None)
    if chosen is None:
        chosen = next((s for s in spawns if s.properties.get("default")), spawns[0])
    x, y = _feet(chosen)
    return x, y, Facing.named(str(chosen.properties["facing"]))


def default_spawn(game_map: GameMap, spawn_id: str) -> str:
    """`spawn_id` when the map has it, else the id of its default spawn."""
    spawns = game_map.objects_of("Spawn")
    if any(s.properties["spawn"] == spawn_id for s in spawns):
        return spawn_id
    chosen = next((s for s in spawns if s.properties.get("default")), spawns[0])
    return str(chosen.properties["spawn"])
