"""The game's content loaded and checked together: maps, people, the story, and what each
says of the others. Play, verify and check all come through here."""

from __future__ import annotations

from pathlib import Path

from coraline_game.ecs.catalogue import catalogue_problems
from coraline_game.maps.mapset import check_maps
from coraline_game.maps.model import GameMap
from coraline_game.maps.problems import MapError, Problem
from coraline_game.paths import maps_dir, story_dir
from coraline_game.story.library import default_story, story_problems
from coraline_game.story.map_references import story_map_problems


def content_problems(maps: dict[str, GameMap], complete: bool = True) -> list[Problem]:
    """Beyond each map: the catalogue, the story, and the story against these maps
    (`complete`: they are all the game's maps)."""
    problems = catalogue_problems() + story_problems()
    if not problems:
        problems += story_map_problems(default_story(), maps, story_dir(), complete)
    return problems


def load_content(folder: Path | None = None) -> dict[str, GameMap]:
    """Every map, checked with the rest of the content; raises MapError naming every problem."""
    files = sorted((folder or maps_dir()).glob("*.tmx"))
    loaded, problems = check_maps(files)
    maps = {game_map.name: game_map for game_map in loaded}
    problems += content_problems(maps)
    if problems:
        raise MapError(problems)
    return maps
