"""The shipped sounds: one for every cue, each as loud as its kind is made (so the mix holds,
none silent), none clipped, none a copy of another, all rendered from the sources as they
are now."""

from __future__ import annotations

import itertools
import json
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pygame
import pytest

from coraline_game.audio.cues import load_cues
from coraline_game.audio.library import CUES, audio_dir
from coraline_game.story.library import default_story

TOOLS = Path(__file__).resolve().parents[2] / "tools"
MUSIC = (
    "title",
    "real",
    "other_sweet",
    "other_sinister",
    "corridor",
    "garden",
    "theater",
    "circus",
    "hunt",
    "ending",
    "credits",
)
EFFECTS = (
    "door",
    "little_door",
    "door_slam",
    "caught",
    "eye_taken",
    "found_parents",
    "stone",
    "pickup",
    "chapter",
    "cat",
    "mice",
    "hand",
    "hand_smashed",
    "menu_move",
    "menu_select",
    "voice_default",
)
AMBIENCE = ("rain", "house", "hum")
FLOORS = ("wood", "carpet", "gravel")


@pytest.fixture(scope="module")
def mixer() -> Iterator[None]:
    pygame.mixer.init(44100, -16, 1)
    yield
    pygame.mixer.quit()


def _samples(kind: str, name: str) -> np.ndarray:
    sound = pygame.mixer.Sound(audio_dir() / kind / f"{name}.ogg")
    return pygame.sndarray.array(sound).astype(np.float64).reshape(-1) / 32768


def _every_sound() -> list[tuple[str, str]]:
    steps = [f"step_{floor}_{n}" for floor, n in itertools.product(FLOORS, (1, 2, 3))]
    story = default_story()
    cues = load_cues(audio_dir() / CUES, set(story.beats) | set(story.facts))
    # Every speaker's own blip, but those the cues give another (or none).
    voices = [f"voice_{speaker}" for speaker in story.speakers if speaker not in cues.voices]
    return (
        [("music", name) for name in MUSIC]
        + [("effects", name) for name in dict.fromkeys((*EFFECTS, *steps, *voices))]
        + [("ambience", name) for name in AMBIENCE]
    )


@pytest.fixture(scope="module")
def making() -> Iterator[ModuleType]:
    """tools/make_audio.py: how loud each kind of sound is made, and from what."""
    sys.path.insert(0, str(TOOLS))
    try:
        import make_audio

        yield make_audio
    finally:
        sys.path.remove(str(TOOLS))


@pytest.mark.parametrize(("kind", "name"), _every_sound())
def test_each_sound_is_as_loud_as_its_kind_and_never_clipped(
    mixer: None, making: ModuleType, kind: str, name: str
) -> None:
    from audio.synth import loudness

    samples = _samples(kind, name)
    loudest = np.abs(samples).max()
    assert loudest < 0.99, f"{kind}/{name}: clipped"
    heard = loudness(samples, whole=kind in making.LOOPS)
    target = making.LOUDNESS[kind]
    held_back = loudest > 0.9 * making.CEILING  # the ceiling let it be only this loud
    assert abs(heard - target) < 1.5 or (held_back and target - 10 < heard < target), (
        f"{kind}/{name}: {heard:.1f} LUFS, not the {target} its kind is made to"
    )


def test_the_music_tracks_are_all_different(mixer: None) -> None:
    """Each track's spectrum (its keys, instruments, tempo) is its own."""

    def shape(name: str) -> np.ndarray:
        samples = _samples("music", name)[: 44100 * 12]
        spectrum = np.abs(np.fft.rfft(samples))
        edges = np.geomspace(60, 8000, 97)
        freqs = np.fft.rfftfreq(len(samples), 1 / 44100)
        bands = np.array(
            [spectrum[(freqs >= a) & (freqs < b)].sum() for a, b in itertools.pairwise(edges)]
        )
        return bands / np.linalg.norm(bands)

    shapes = {name: shape(name) for name in MUSIC}
    for a, b in itertools.combinations(MUSIC, 2):
        assert shapes[a] @ shapes[b] < 0.985, f"{a} and {b} sound the same"


def test_the_voices_are_distinct_per_speaker(mixer: None) -> None:
    speakers = [
        s for s in default_story().speakers if (audio_dir() / "effects" / f"voice_{s}.ogg").exists()
    ]
    assert len(speakers) >= 12
    voices = {s: _samples("effects", f"voice_{s}") for s in speakers}
    for a, b in itertools.combinations(speakers, 2):
        length = min(len(voices[a]), len(voices[b]))
        assert not np.allclose(voices[a][:length], voices[b][:length], atol=0.02), (a, b)


def test_the_cues_name_only_shipped_sounds_and_story_flags() -> None:
    story = default_story()
    cues = load_cues(audio_dir() / CUES, set(story.beats) | set(story.facts))
    assert set(cues.music) >= {"real", "other", "between", "garden", "theater", "circus"}
    assert cues.screens == {"title": "title", "credits": "credits"}


def test_the_shipped_sounds_were_rendered_from_the_sources_as_they_are(
    making: ModuleType,
) -> None:
    """Change a score or a recipe and the files must be made again (tools/make_audio.py)."""
    index = json.loads((audio_dir() / "sources.json").read_text(encoding="utf-8"))
    assert index["sources"] == making.sources_digest(), "run: python tools/make_audio.py"
    listed = set(index["files"])
    shipped = {p.relative_to(audio_dir()).as_posix() for p in audio_dir().rglob("*.ogg")}
    assert listed == shipped


def test_every_track_of_the_score_is_shipped() -> None:
    score = tomllib.loads((TOOLS / "audio" / "music.toml").read_text(encoding="utf-8"))
    assert set(score["track"]) == set(MUSIC)
