"""The sound cues: `load_cues` returns SoundCues or raises CuesError, every problem naming the
file and its place in it (checks/sentences.py); every theme of the cues it returns chooses
something to play."""

from __future__ import annotations

from functools import cache

from coraline_game.audio.cues import CuesError, SoundCues, load_cues
from coraline_game.story.library import default_story
from fuzzing.checks.sentences import problem_findings
from fuzzing.findings import Finding
from fuzzing.seeds import Seed

NOTHING_HELD = (frozenset[str](), frozenset[str](), "day")


@cache
def story_flags() -> frozenset[str]:
    """What conditions may name: the shipped story's beats and facts."""
    story = default_story()
    return frozenset(story.beats) | story.facts


def check(seed: Seed, variant: bytes) -> list[Finding]:
    """The host is the cues file, beside folders of (empty) sounds named as the game's."""
    try:
        cues = load_cues(seed.host, story_flags())
    except CuesError as error:
        return problem_findings(error.problems, {seed.host})
    if not isinstance(cues, SoundCues):
        return [Finding("bad_output", f"load_cues returned {type(cues)}")]
    found = []
    for themes in (cues.music, cues.ambience):
        for theme in themes:
            chosen = cues.chosen(themes, theme, NOTHING_HELD)
            if not isinstance(chosen, str):
                found.append(Finding("bad_output", f"theme {theme[:60]!r} chose {type(chosen)}"))
    return found
