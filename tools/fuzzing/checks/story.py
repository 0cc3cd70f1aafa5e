"""The story: `load_story` returns a Story or raises StoryError, every problem naming one of
the story's files and its place in it (checks/sentences.py); a story it returns can start
every chapter, a new game first."""

from __future__ import annotations

from pathlib import Path

from coraline_game.story.loader import StoryError, load_story
from coraline_game.story.model import Story
from coraline_game.story.start import chapter_start, new_game
from fuzzing.checks.sentences import problem_findings
from fuzzing.findings import Finding
from fuzzing.seeds import Seed


def check(seed: Seed, variant: bytes) -> list[Finding]:
    """The host is a copy of story/ with the variant in place of one of its files."""
    try:
        story = load_story(seed.host)
    except StoryError as error:
        return problem_findings(error.problems, story_files(seed.host))
    if not isinstance(story, Story):
        return [Finding("bad_output", f"load_story returned {type(story)}")]
    new_game(story)  # an exception here is a finding, as any
    for chapter in story.chapters:
        chapter_start(story, chapter.name)
    return []


def story_files(folder: Path) -> set[Path]:
    """What load_story reads (see its module's docstring)."""
    files = {folder / name for name in ("story.toml", "speakers.toml", "items.toml")}
    return files | set(folder.glob("dialogue/*.toml")) | set(folder.glob("cutscenes/*.toml"))
