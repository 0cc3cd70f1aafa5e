"""A small story written for the tests, in the same files the game reads."""

from __future__ import annotations

from pathlib import Path

from coraline_game.story.loader import load_story
from coraline_game.story.model import Story

STORY = """
beats = ["arrived", "met_friend", "opened_box", ["seen_a", "seen_b"], "done"]
facts = ["knocked"]

[[chapter]]
name = "morning"
card = "Day 1 - Morning"
time = "day"
place = "a"
spawn = "start"
then = { set = "arrived" }

[[chapter]]
name = "evening"
card = "Night 1 - Evening"
time = "night"
place = "b"
spawn = "start"
after = "opened_box"
items = ["key"]

[[objective]]
when = "opened_box"
text = "Sleep."

[[objective]]
when = "met_friend"
text = "Open the box."

[[objective]]
text = "Meet your friend."
"""
SPEAKERS = """
[narrator]
name = ""
[coraline]
name = "Coraline"
[friend]
name = "Friend"
color = "#80a0c0"
"""
ITEMS = """
[key]
name = "A key"
text = "Small and cold."
"""
DIALOGUE = """
[[friend]]
when = "arrived !met_friend"
lines = ["friend: Hello there.", "coraline: Hello yourself."]
then = { set = "met_friend" }

[[friend]]
when = "met_friend !opened_box"
lines = ["friend: Will you open the box?"]
choices = [
    { text = "Never.", then = { talk = "refusal" } },
    { text = "Yes.", then = { set = "opened_box", give = "key" } },
]

[[friend]]
lines = ["friend: Nice day."]

[[refusal]]
lines = ["narrator: Nothing happens, forever. Choose again."]
then = { talk = "friend" }

[[walk_lines]]
lines = ["friend: Over here!"]

[[knock]]
lines = ["coraline: Knock knock."]
then = { set = "knocked", chapter = "evening" }
"""
CUTSCENES = """
[stroll]
place = "a"
steps = [
    { walk = "friend", to = "corner" },
    { face = "friend", to = "up" },
    { wait = 20 },
    { say = "walk_lines" },
    { camera = "corner", ticks = 30, zoom = 2 },
    { fade = "out", ticks = 20 },
    { do = { set = "met_friend" } },
    { fade = "in", ticks = 20 },
    { camera = "coraline", ticks = 10 },
]
"""


def write_story(folder: Path, **overrides: str) -> Path:
    """The test story's files in `folder`; `overrides` replace a file's text by its stem
    (story, speakers, items, dialogue, cutscenes)."""
    texts = {
        "story": STORY,
        "speakers": SPEAKERS,
        "items": ITEMS,
        "dialogue": DIALOGUE,
        "cutscenes": CUTSCENES,
    } | overrides
    (folder / "dialogue").mkdir(parents=True, exist_ok=True)
    (folder / "cutscenes").mkdir(exist_ok=True)
    (folder / "story.toml").write_text(texts["story"], encoding="utf-8")
    (folder / "speakers.toml").write_text(texts["speakers"], encoding="utf-8")
    (folder / "items.toml").write_text(texts["items"], encoding="utf-8")
    (folder / "dialogue" / "talk.toml").write_text(texts["dialogue"], encoding="utf-8")
    (folder / "cutscenes" / "scenes.toml").write_text(texts["cutscenes"], encoding="utf-8")
    return folder


def small_story(folder: Path) -> Story:
    return load_story(write_story(folder))
