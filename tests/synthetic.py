"""Small maps built in code, for testing systems without Tiled files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pygame

from coraline_game.maps.model import GameMap, MapObject, ObjectLayer, TileLayer

TILE = 16


def obj(
    cls: str, column: float, row: float, oid: int, w: float = TILE, h: float = TILE, **props: object
) -> MapObject:
    defaults: dict[str, object] = {
        "Spawn": {"default": False, "facing": "down"},
        "Door": {"prompt": "Open", "flag": ""},
        "Actor": {"path": 0, "facing": "down"},
        "Item": {"flag": "", "prompt": "Take", "text": ""},
        "Inspect": {"prompt": "Look"},
        "Trigger": {"text": ""},
    }.get(cls, {})
    return MapObject(
        id=oid,
        name=cls.lower(),
        cls=cls,
        x=column * TILE,
        y=row * TILE,
        width=w,
        height=h,
        properties={**defaults, **props},  # type: ignore[dict-item]
        layer="objects",
    )


def plan_map(name: str, plan: list[str], objects: list[MapObject], world: str = "real") -> GameMap:
    """'#' cells are solid wall tiles (image 1); everything else is floor (image 2)."""
    height, width = len(plan), len(plan[0])
    wall = pygame.Surface((TILE, TILE))
    wall.fill((90, 80, 100))
    floor = pygame.Surface((TILE, TILE))
    floor.fill((140, 120, 100))
    gids = tuple(tuple(1 if ch == "#" else 2 for ch in row) for row in plan)
    solid = bytearray(1 if ch == "#" else 0 for row in plan for ch in row)
    return GameMap(
        path=Path(f"{name}.tmx"),
        width=width,
        height=height,
        tile_width=TILE,
        tile_height=TILE,
        layers=(TileLayer("ground", gids), ObjectLayer("objects", tuple(objects))),
        tile_images=[None, wall, floor],
        tile_offsets=[(0, 0)] * 3,
        solid=solid,
        properties={"world": world, "title": name},
    )


ROOM = [
    "##########",
    "#........#",
    "#........#",
    "#...##...#",
    "#........#",
    "#........#",
    "##########",
]


def two_rooms() -> dict[str, GameMap]:
    """Two rooms joined by doors on their top walls, a spawn beside each door."""
    maps = {}
    for name, other in (("a", "b"), ("b", "a")):
        maps[name] = plan_map(
            name,
            ROOM,
            [
                obj("Spawn", 2, 4, 1, spawn="start", default=True),
                obj("Spawn", 5, 1, 2, spawn="door", facing="down"),
                obj(
                    "Door",
                    5,
                    0,
                    3,
                    target_map=f"{other}.tmx",
                    target_spawn="door",
                    flag=f"door_{name}",
                ),
            ],
        )
    return maps


def with_objects(*extra: MapObject) -> dict[str, GameMap]:
    """two_rooms(), with more objects in room "a"."""
    maps = two_rooms()
    room = maps["a"]
    layers = tuple(
        dataclasses.replace(layer, objects=(*layer.objects, *extra))
        if isinstance(layer, ObjectLayer)
        else layer
        for layer in room.layers
    )
    maps["a"] = dataclasses.replace(room, layers=layers)
    return maps


def said(sim: object) -> list[str]:
    """The lines of the conversation being read, from the one shown on."""
    conversation = sim.conversation  # type: ignore[attr-defined]
    if conversation is None:
        return []
    return [line.text for line in conversation.page.lines[conversation.line :]]
