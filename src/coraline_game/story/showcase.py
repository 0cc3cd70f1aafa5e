"""A moment of act one when a place is lived in, for screenshots and the bench: the start
state of a chapter in which its people are there, with Coraline at its default spawn."""

from __future__ import annotations

from coraline_game.maps.model import GameMap
from coraline_game.story.model import Story
from coraline_game.story.start import StartState

# Chapter and the last beat set, by map; by world for the others.
_BY_MAP = {"mirror_room": ("night3", "met_ghosts"), "corridor": ("night1", "followed_mouse")}
_BY_WORLD = {
    "real": ("day2", "visited_other_world"),
    "other": ("night2", "warned_by_neighbours"),
    "between": ("night1", "followed_mouse"),
}


def showcase_start(story: Story, game_map: GameMap, spawn: str = "") -> StartState:
    world = str(game_map.properties.get("world", "real"))
    chapter, beat = _BY_MAP.get(game_map.name) or _BY_WORLD.get(world, _BY_WORLD["real"])
    flags = story.beats_until(beat)
    spawns = game_map.objects_of("Spawn")
    default = next((s for s in spawns if s.properties.get("default")), spawns[0])
    items = ("key",) if "followed_mouse" in flags else ()
    return StartState(
        chapter, flags, items, game_map.name, spawn or str(default.properties["spawn"])
    )
