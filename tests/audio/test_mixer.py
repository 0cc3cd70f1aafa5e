"""The mixer on SDL's dummy device: a track is decoded off the main thread and fades in on
the other channel of its pair once ready, while the one before fades out."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pygame
import pytest

from coraline_game.audio.library import audio_dir
from coraline_game.audio.mixer import MUSIC, Mixer


@pytest.fixture
def mixer() -> Iterator[Mixer]:
    pygame.init()
    opened = Mixer(audio_dir())
    assert opened.on, opened.problem
    yield opened
    pygame.quit()


def _playing(channel: int) -> float:
    """The length in seconds of what a channel plays (0 for nothing)."""
    sound = pygame.mixer.Channel(channel).get_sound()
    return sound.get_length() if sound is not None else 0.0


def _started(mixer: Mixer, channel: int) -> float:
    for _ in range(500):  # decoding takes a fraction of a second; 5 s is failure
        mixer.update()
        if _playing(channel):
            return _playing(channel)
        time.sleep(0.01)
    return 0.0


def _length(name: str) -> float:
    return pygame.mixer.Sound(audio_dir() / "music" / f"{name}.ogg").get_length()


def test_a_track_starts_once_decoded_and_the_next_crossfades_on_the_other_channel(
    mixer: Mixer,
) -> None:
    mixer.music("title")
    assert _started(mixer, MUSIC[1]) == pytest.approx(_length("title"))
    mixer.music("real")
    assert _started(mixer, MUSIC[0]) == pytest.approx(_length("real"))
    assert pygame.mixer.Channel(MUSIC[1]).get_busy()  # still fading out, not cut off
    assert mixer.playing["music"] == "real"


def test_a_track_asked_for_and_changed_before_it_is_ready_never_plays(mixer: Mixer) -> None:
    mixer.music("corridor")
    mixer.music("hunt")  # at once, before "corridor" can have been decoded and started
    assert _started(mixer, MUSIC[1]) == pytest.approx(_length("hunt"))
    for _ in range(20):
        mixer.update()
        time.sleep(0.01)
    assert not pygame.mixer.Channel(MUSIC[0]).get_busy()  # "corridor" was dropped
