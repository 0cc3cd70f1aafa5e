"""The game's own story (story/ beside maps/), read once."""

from __future__ import annotations

from functools import cache

from coraline_game.maps.problems import Problem
from coraline_game.paths import story_dir
from coraline_game.story.loader import StoryError, load_story
from coraline_game.story.model import Story


@cache
def default_story() -> Story:
    """Raises StoryError naming every problem."""
    return load_story(story_dir())


def story_problems() -> list[Problem]:
    try:
        default_story()
    except StoryError as error:
        return error.problems
    return []
