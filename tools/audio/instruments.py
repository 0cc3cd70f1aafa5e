"""The instruments the scores name: each turns a note (Hz, seconds held, loudness) into samples.

A note may ring on past its length (a music box's tine does); the score lets it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from audio.synth import (
    RATE,
    Signal,
    band,
    decay,
    envelope,
    noise,
    pulse,
    saw,
    seconds,
    sine,
    triangle,
)

Instrument = Callable[[float, float, float], Signal]


def music_box(freq: float, held: float, loud: float) -> Signal:
    """A plucked steel tine: a bright strike, partials slightly out of tune, a long fade."""
    count = seconds(max(held, 1.6))
    tone = (
        sine(freq, count)
        + 0.35 * sine(freq * 2.005, count) * decay(count, 0.5)
        + 0.18 * sine(freq * 4.2, count) * decay(count, 0.12)
    )
    return loud * 0.5 * tone * decay(count, 1.6) * envelope(count, 0.002, 0.05)


def worn_box(freq: float, held: float, loud: float) -> Signal:
    """The same music box, wound too far: each note sags flat and wavers as it rings."""
    count = seconds(max(held, 1.8))
    sag = freq * (1 - 0.012 * (1 - decay(count, 0.9)) + 0.004 * sine(5.5, count))
    tone = sine(sag, count) + 0.4 * sine(sag * 2.71, count) * decay(count, 0.3)
    return loud * 0.5 * tone * decay(count, 1.8) * envelope(count, 0.003, 0.05)


def celesta(freq: float, held: float, loud: float) -> Signal:
    """Sweet and round: a bell-like hammer on a sine, with a soft octave above."""
    count = seconds(max(held, 1.0))
    tone = sine(freq, count) + 0.25 * sine(freq * 2, count) * decay(count, 0.3)
    return loud * 0.5 * tone * decay(count, 1.1) * envelope(count, 0.004, 0.05)


def harp(freq: float, held: float, loud: float) -> Signal:
    count = seconds(max(held, 1.2))
    tone = triangle(freq, count) * 0.6 + 0.4 * sine(freq, count)
    return loud * 0.45 * band(tone, 0, 3000) * decay(count, 1.3) * envelope(count, 0.003, 0.05)


def pad(freq: float, held: float, loud: float) -> Signal:
    """Three slightly detuned voices, slow to swell: a warm bed under the tune."""
    count = seconds(held + 0.4)
    tone = sum(triangle(freq * detune, count) for detune in (0.997, 1.0, 1.004))
    return loud * 0.18 * tone * envelope(count, min(0.35, held / 2), 0.4)


def drone(freq: float, held: float, loud: float) -> Signal:
    """A low bowed string with a slow beating against itself: the sinister bed."""
    count = seconds(held + 0.5)
    tone = saw(freq, count, 8) + saw(freq * 1.006, count, 8)
    return loud * 0.16 * band(tone, 0, 900) * envelope(count, min(0.6, held / 2), 0.5)


def bass(freq: float, held: float, loud: float) -> Signal:
    count = seconds(held + 0.15)
    tone = sine(freq, count) + 0.3 * sine(freq * 2, count)
    return loud * 0.55 * tone * decay(count, max(held, 0.3) * 1.2) * envelope(count, 0.01, 0.12)


def pluck(freq: float, held: float, loud: float) -> Signal:
    """A short, dry pluck: the chase's ostinato."""
    count = seconds(max(held, 0.25))
    tone = saw(freq, count, 6)
    return loud * 0.4 * band(tone, 0, 2200) * decay(count, 0.25) * envelope(count, 0.002, 0.03)


def reed(freq: float, held: float, loud: float) -> Signal:
    """The theater's old organ: a reedy tone with a tremolo."""
    count = seconds(held + 0.08)
    tremolo = 1 + 0.25 * sine(6.0, count)
    tone = band(saw(freq, count, 9), 0, 2500) * tremolo
    return loud * 0.3 * tone * envelope(count, 0.03, 0.08)


def calliope(freq: float, held: float, loud: float) -> Signal:
    """Steam-whistle pipes: hollow, breathy, wobbling."""
    count = seconds(held + 0.05)
    vibrato = freq * (1 + 0.008 * sine(7.0, count))
    breath = band(noise(count, np.random.default_rng(int(freq))), freq * 0.8, freq * 3) * 0.15
    tone = pulse(vibrato, count, 4) + breath
    return loud * 0.3 * tone * envelope(count, 0.015, 0.05)


def glass(freq: float, held: float, loud: float) -> Signal:
    """A wet finger round a glass: pure, high, two tones beating."""
    count = seconds(held + 0.6)
    tone = sine(freq, count) + 0.6 * sine(freq * 1.003, count)
    return loud * 0.3 * tone * envelope(count, min(0.25, held / 2), 0.6)


def knock(freq: float, held: float, loud: float) -> Signal:
    """A muffled drum: a falling thump, for heartbeats and the chase's pulse."""
    count = seconds(0.35)
    fall = freq * (1 + 1.5 * decay(count, 0.04))
    body = sine(fall, count) + 0.4 * sine(2 * fall, count)  # the octave: heard on small speakers
    return loud * 0.6 * body * decay(count, 0.3)


INSTRUMENTS: dict[str, Instrument] = {
    "music_box": music_box,
    "worn_box": worn_box,
    "celesta": celesta,
    "harp": harp,
    "pad": pad,
    "drone": drone,
    "bass": bass,
    "pluck": pluck,
    "reed": reed,
    "calliope": calliope,
    "glass": glass,
    "knock": knock,
}

__all__ = ["INSTRUMENTS", "RATE", "Instrument"]
