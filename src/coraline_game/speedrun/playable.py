"""Whether this game can re-run a replay at all, from its header alone: cheap enough to
ask before a window opens."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from coraline_game.speedrun.replay import Header, brief
from coraline_game.story.library import default_story
from coraline_game.ticks import TICK_RATE


def unplayable(path: Path, header: Header, maps: Collection[str]) -> str:
    """Why this game cannot re-run the replay at all, or "" (`maps`: the map names)."""
    problems = []
    if header.tick_rate != TICK_RATE:
        problems.append(
            f"{path}:1: tick rate {brief(header.tick_rate)}, this game runs at {TICK_RATE}"
        )
    if header.chapter and header.chapter not in default_story().chapter_index:
        problems.append(f"{path}:1: chapter {brief(header.chapter)} is not in the game's story")
    elif header.start_map not in maps:
        problems.append(
            f"{path}:1: start map {brief(header.start_map)} is not among the game's maps"
        )
    return "; ".join(problems)
