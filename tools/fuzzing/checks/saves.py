"""Saves: `read_save` returns a StartState this game can start from (its chapter, flags,
items, place and spawn all the shipped story's and maps') or raises SaveError, one sentence
naming the file; `SaveSlot.read` never raises, and for a save it refuses it loads the good
backup beside it and says why, naming the save."""

from __future__ import annotations

from functools import cache

from coraline_game.content import load_content
from coraline_game.maps.model import GameMap
from coraline_game.save import Loaded, SaveError, SaveSlot, read_save
from coraline_game.story.library import default_story
from coraline_game.story.model import Story
from coraline_game.story.start import StartState
from fuzzing.checks.sentences import message_findings
from fuzzing.findings import Finding
from fuzzing.seeds import Seed


@cache
def game() -> tuple[Story, dict[str, GameMap]]:
    """The shipped story and maps, read once: what a save is checked against."""
    return default_story(), load_content()


def check(seed: Seed, variant: bytes) -> list[Finding]:
    """The host is the save's folder; the backup there is a good save of another chapter."""
    story, maps = game()
    slot = SaveSlot(seed.host)
    found: list[Finding] = []
    start: StartState | None
    try:
        start = read_save(slot.path, story, maps)
    except SaveError as error:
        start = None
        found += message_findings(str(error), slot.path)
    else:
        found += _usable(start, story, maps)
    loaded = slot.read(story, maps)
    if not isinstance(loaded, Loaded):
        return [*found, Finding("bad_output", f"SaveSlot.read returned {type(loaded)}")]
    if start is not None:
        if loaded != Loaded(start):
            found.append(Finding("bad_output", "SaveSlot.read differs from read_save"))
        return found
    if loaded.start != read_save(slot.backup, story, maps):
        found.append(Finding("bad_output", "the save was refused and the good backup not loaded"))
    return found + message_findings(loaded.message, slot.path)


def _usable(start: StartState, story: Story, maps: dict[str, GameMap]) -> list[Finding]:
    if not isinstance(start, StartState):
        return [Finding("bad_output", f"read_save returned {type(start)}")]
    names = (start.chapter, *start.flags, *start.items, start.place, start.spawn)
    if not all(isinstance(name, str) for name in names):
        return [Finding("bad_output", "read_save returned a start holding other than names")]
    place = maps.get(start.place)
    spawns = {o.properties["spawn"] for o in place.objects_of("Spawn")} if place else set()
    if (
        start.chapter not in story.chapter_index
        or not set(start.flags) <= set(story.beats) | story.facts
        or not set(start.items) <= set(story.items)
        or start.spawn not in spawns
    ):
        return [Finding("bad_output", "read_save returned a start this game does not have")]
    return []
