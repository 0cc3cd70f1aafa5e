"""The game's own mixed output, recorded by SDL's disk audio driver, while Coraline goes
through the little door: the Real World's music, then the Other World's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pygame
import pytest

from coraline_game.paths import assets_dir

RATE = 44100
ROOT = Path(__file__).resolve().parents[2]
SETTLED = 1.6  # seconds after she arrives: the crossfade (1.5 s) is over


def _track(name: str) -> np.ndarray:
    sound = pygame.mixer.Sound(assets_dir() / "audio" / "music" / f"{name}.ogg")
    samples = pygame.sndarray.array(sound).astype(np.float64)
    return samples.mean(axis=1) if samples.ndim == 2 else samples


def _music_band(samples: np.ndarray) -> np.ndarray:
    """300 Hz to 5 kHz: the tunes, without the ambience's low hum."""
    spectrum = np.fft.rfft(samples)
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    spectrum[(freqs < 300) | (freqs > 5000)] = 0
    return np.fft.irfft(spectrum, len(samples))


def _likeness(heard: np.ndarray, track: np.ndarray, since_start: float) -> float:
    """How closely what was heard follows the track from `since_start` seconds into it,
    allowing for the device's latency: the best normalised correlation over 0..0.4 s."""
    heard, track = _music_band(heard), _music_band(track)
    best = 0.0
    for lag in range(0, int(0.4 * RATE), 16):
        start = int(since_start * RATE) - lag
        part = track[start : start + len(heard)]
        if start < 0 or len(part) < len(heard):
            continue
        best = max(best, float(heard @ part / np.linalg.norm(heard) / np.linalg.norm(part)))
    return best


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, list]:
    folder = tmp_path_factory.mktemp("recording")
    raw = folder / "heard.raw"
    env = os.environ | {"SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(raw)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.audio.record_worlds", str(folder / "saves")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    places = json.loads(done.stdout.strip().splitlines()[-1])["places"]
    heard = np.frombuffer(raw.read_bytes(), dtype=np.int16).reshape(-1, 2).mean(axis=1)
    return heard.astype(np.float64), places


def test_the_music_changes_between_the_worlds(recording: tuple[np.ndarray, list]) -> None:
    heard, places = recording
    (home_at, home, home_music), *_, (other_at, other, other_music) = places
    assert (home, home_music) == ("real_flat", "real")
    assert (other, other_music) == ("other_flat", "other_sinister")
    corridor_at = places[1][0]
    pygame.mixer.init(RATE, -16, 2)
    try:
        real, turned = _track("real"), _track("other_sinister")
    finally:
        pygame.mixer.quit()

    at_home = heard[int((home_at + 0.5) * RATE) : int((corridor_at - 0.1) * RATE)]
    over_there = heard[int((other_at + SETTLED) * RATE) :]
    assert len(at_home) > RATE * 2 and len(over_there) > RATE
    assert np.abs(at_home).max() > 300 and np.abs(over_there).max() > 300  # not silence

    home_real = _likeness(at_home, real, 0.5)
    home_turned = _likeness(at_home, turned, 0.5)
    there_real = _likeness(over_there, real, SETTLED)
    there_turned = _likeness(over_there, turned, SETTLED)
    # At home she hears the lullaby's music box; through the door, the tune turned.
    assert home_real > 0.15 and home_real > 3 * home_turned, (home_real, home_turned)
    assert there_turned > 0.15 and there_turned > 3 * there_real, (there_turned, there_real)
