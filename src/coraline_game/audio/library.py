"""The game's own sounds: assets/audio/ and its cues, opened for play or checked for `check`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from coraline_game.audio.cues import CuesError, SoundCues, load_cues
from coraline_game.audio.layer import AudioLayer, theme
from coraline_game.audio.mixer import Mixer
from coraline_game.maps.model import GameMap
from coraline_game.maps.problems import Problem
from coraline_game.paths import assets_dir
from coraline_game.story.library import default_story

CUES = "cues.toml"


def audio_dir() -> Path:
    return assets_dir() / "audio"


def _story_flags() -> set[str]:
    story = default_story()
    return set(story.beats) | set(story.facts)


def silent_audio() -> AudioLayer:
    """A layer that hears everything and plays nothing (tests, and no sound device)."""
    return AudioLayer(Mixer(audio_dir(), enabled=False), SoundCues())


def open_audio(enabled: bool = True) -> tuple[AudioLayer, str]:
    """The game's audio layer, and why it is silent if it is ("" when it is not)."""
    try:
        cues = load_cues(audio_dir() / CUES, _story_flags())
    except CuesError as error:
        return silent_audio(), f"no sound:\n{error}"
    mixer = Mixer(audio_dir(), enabled)
    return AudioLayer(mixer, cues), mixer.problem


def sound_problems(maps: Mapping[str, GameMap]) -> list[Problem]:
    """The cues' problems, and each map's sound themes the cues do not have."""
    path = audio_dir() / CUES
    try:
        cues = load_cues(path, _story_flags())
    except CuesError as error:
        return error.problems
    problems = []
    for game_map in maps.values():
        for kind, themes in (("music", cues.music), ("ambience", cues.ambience)):
            name = theme(game_map, kind)
            if name not in themes:
                problems.append(
                    Problem(game_map.path, f"{kind} theme {name!r} is not in {path}", "map")
                )
    return problems
