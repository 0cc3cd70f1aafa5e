"""A folder of maps, loaded and checked together: spawns, actor paths, and doors across maps."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from coraline_game.maps.contract import MOODS
from coraline_game.maps.loader import load_map
from coraline_game.maps.model import GameMap, MapObject
from coraline_game.maps.objects import object_place
from coraline_game.maps.problems import MapError, Problem


def load_map_set(folder: Path) -> dict[str, GameMap]:
    """Every *.tmx directly in `folder`, by file stem; raises MapError naming every problem."""
    maps, problems = check_maps(sorted(folder.glob("*.tmx")))
    if problems:
        raise MapError(problems)
    return {game_map.name: game_map for game_map in maps}


def check_maps(files: Sequence[Path]) -> tuple[list[GameMap], list[Problem]]:
    """Load the files and check each map and its doors.

    A door whose target is not among `files` has its target loaded from disk, so a lone map
    is checked against its neighbours.
    """
    given = {file.resolve() for file in files}
    loaded: dict[Path, GameMap | None] = {}  # resolved path -> map; None when it did not load
    maps: list[GameMap] = []
    problems: list[Problem] = []
    for file in files:
        if file.resolve() not in loaded:
            game_map = loaded[file.resolve()] = _load(file, problems)
            if game_map is not None:
                maps.append(game_map)
    for game_map in maps:
        problems += map_problems(game_map)
        problems += _door_problems(game_map, loaded, given)
    return maps, problems


def map_problems(game_map: GameMap) -> list[Problem]:
    """What a single map must get right beyond each object: spawns, footing and actor paths."""
    return (
        _spawn_problems(game_map)
        + _footing_problems(game_map)
        + _path_problems(game_map)
        + _mood_problems(game_map)
    )


def _mood_problems(game_map: GameMap) -> list[Problem]:
    asked = [(str(game_map.properties.get("mood", "")), "map properties")]
    asked += [
        (str(o.properties["mood"]), object_place(o.id, o.cls, o.name))
        for o in game_map.objects_of("Mood")
    ]
    return [
        Problem(
            game_map.path,
            f"the mood {mood!r} is not a light the game has (one of {', '.join(MOODS)})",
            where,
        )
        for mood, where in asked
        if mood and mood not in MOODS
    ]


def _footing_problems(game_map: GameMap) -> list[Problem]:
    """Spawns and actors must stand on open floor, or their character starts stuck."""
    walls = game_map.objects_of("Collision")
    problems = []
    for obj in game_map.objects_of("Spawn") + game_map.objects_of("Actor"):
        x, y = obj.feet
        column, row = math.floor(x / game_map.tile_width), math.floor(y / game_map.tile_height)
        if not (0 <= x < game_map.pixel_size[0] and 0 <= y < game_map.pixel_size[1]):
            reason = "is outside the map"
        elif game_map.is_solid(column, row):
            reason = f"is on a solid tile (cell {column}, {row})"
        elif any(w.x <= x < w.x + w.width and w.y <= y < w.y + w.height for w in walls):
            reason = "is inside a Collision rectangle"
        else:
            continue
        problems.append(
            Problem(
                game_map.path,
                f"its feet, at ({x:g}, {y:g}), {reason}: where a character stands (the bottom"
                " centre of the box, or the point) must be open floor",
                object_place(obj.id, obj.cls, obj.name),
            )
        )
    return problems


def _spawn_problems(game_map: GameMap) -> list[Problem]:
    problems = []
    spawns = game_map.objects_of("Spawn")
    defaults = [spawn for spawn in spawns if spawn.properties.get("default") is True]
    if not spawns:
        problems.append(
            Problem(game_map.path, "the map has no Spawn: Coraline cannot appear in it")
        )
    elif len(spawns) > 1 and len(defaults) != 1:
        problems.append(
            Problem(
                game_map.path,
                f"{len(defaults)} of the map's {len(spawns)} Spawns have default = true;"
                " exactly one must",
            )
        )
    first_with_id: dict[object, int] = {}
    for spawn in spawns:
        spawn_id = spawn.properties.get("spawn")
        if spawn_id in first_with_id:
            problems.append(
                Problem(
                    game_map.path,
                    f"spawn id {spawn_id!r} is already used by object {first_with_id[spawn_id]}",
                    object_place(spawn.id, spawn.cls, spawn.name),
                )
            )
        first_with_id.setdefault(spawn_id, spawn.id)
    return problems


def _path_problems(game_map: GameMap) -> list[Problem]:
    problems = []
    by_id = {obj.id: obj for obj in game_map.objects}
    for actor in game_map.objects_of("Actor"):
        path_id = actor.properties.get("path", 0)
        target = by_id.get(path_id) if isinstance(path_id, int) else None
        if not path_id or (target is not None and target.cls == "Path"):
            continue
        named = "no object" if target is None else object_place(target.id, target.cls, target.name)
        problems.append(
            Problem(
                game_map.path,
                f"path {path_id} names {named}, not a Path",
                object_place(actor.id, actor.cls, actor.name),
            )
        )
    return problems


def _door_problems(
    game_map: GameMap, loaded: dict[Path, GameMap | None], given: set[Path]
) -> list[Problem]:
    problems = []
    for door in game_map.objects_of("Door"):
        message = _door_mistake(door, game_map.path.parent, loaded, given)
        if message:
            place = object_place(door.id, door.cls, door.name)
            problems.append(Problem(game_map.path, message, place))
    return problems


def _door_mistake(
    door: MapObject, folder: Path, loaded: dict[Path, GameMap | None], given: set[Path]
) -> str | None:
    target_map = str(door.properties.get("target_map", ""))
    target_spawn = door.properties.get("target_spawn", "")
    target_path = folder / target_map
    if Path(target_map).name != target_map or target_path.suffix != ".tmx":
        return f"target_map {target_map!r} must name a .tmx file in this map's folder"
    key = target_path.resolve()
    if key not in loaded:
        if not target_path.is_file():
            return f"the door leads to {target_map!r}, which does not exist"
        loaded[key] = _load(target_path, [])
    target = loaded[key]
    if target is None:
        # A map checked in this run names its own problems.
        return None if key in given else f"the door leads to {target_map!r}, which has problems"
    spawn_ids = sorted(str(spawn.properties.get("spawn")) for spawn in target.objects_of("Spawn"))
    if target_spawn in spawn_ids:
        return None
    return (
        f"the door leads to spawn {target_spawn!r} of {target_map!r}, which has no such Spawn"
        f" (it has {', '.join(spawn_ids) or 'none'})"
    )


def _load(file: Path, problems: list[Problem]) -> GameMap | None:
    try:
        return load_map(file)
    except MapError as error:
        problems += error.problems
    except Exception as error:  # a loader bug must still not end a check in a traceback
        problems.append(Problem(file, f"the loader failed: {type(error).__name__}: {error}"))
    return None
