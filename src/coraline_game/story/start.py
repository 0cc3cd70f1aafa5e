"""Where a run starts: a chapter's start state as plain data.

A save holds one, a replay's header names its chapter, a practice run picks one. It is
never a picture of the ECS: it survives maps being edited.
"""

from __future__ import annotations

from dataclasses import dataclass

from coraline_game.story.model import Story


@dataclass(frozen=True)
class StartState:
    chapter: str
    flags: tuple[str, ...]  # beats set before the chapter, in order
    items: tuple[str, ...]
    place: str
    spawn: str


def chapter_start(story: Story, name: str) -> StartState:
    """The state a chapter starts from, as the story defines it."""
    chapter = story.chapter(name)
    return StartState(
        chapter.name, story.beats_until(chapter.after), chapter.items, chapter.place, chapter.spawn
    )


def new_game(story: Story) -> StartState:
    return chapter_start(story, story.chapters[0].name)
