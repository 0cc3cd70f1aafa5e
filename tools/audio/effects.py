"""The game's sound effects and ambience loops, each a short recipe on the synthesizer.

Every recipe takes a seeded generator (its name's own seed), so a sound renders the same
every time. Voices, the dialogue's blips, are data: one line per speaker in VOICES.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from audio.instruments import celesta, glass, music_box
from audio.score import frequency, midi_of
from audio.synth import (
    Signal,
    band,
    decay,
    envelope,
    noise,
    place,
    pulse,
    room,
    saw,
    seamless,
    seconds,
    sine,
    triangle,
)

Recipe = Callable[[np.random.Generator], Signal]


def _thump(freq: float, length: float) -> Signal:
    """A falling thud; its octave above keeps it heard on small speakers."""
    count = seconds(length)
    fall = freq * (1 + 1.2 * decay(count, 0.03))
    return (sine(fall, count) + 0.4 * sine(2 * fall, count)) * decay(count, length)


def _step(rng: np.random.Generator, low: float, high: float, body: float, length: float) -> Signal:
    """A footfall: a scuff of noise in a band (each step's a little different) over a thud
    of its own pitch, so no two steps sound quite alike."""
    count = seconds(length)
    shift = rng.uniform(0.8, 1.25)
    scuff = band(noise(count, rng), low * shift, high * shift) * decay(count, length * 0.6)
    return scuff + body * _thump(200 * rng.uniform(0.85, 1.15), length)


def step_wood(rng: np.random.Generator) -> Signal:
    """A heel on old boards: a hollow knock and a little scuff."""
    return _step(rng, 700, 3500, 0.4, 0.11)


def step_carpet(rng: np.random.Generator) -> Signal:
    """Soft and close: the scuff only, everything bright taken out."""
    return _step(rng, 250, 1200, 0.2, 0.12)


def step_gravel(rng: np.random.Generator) -> Signal:
    """Many small stones shifting: a spray of tiny bright clicks."""
    count = seconds(0.16)
    crunch = np.zeros(count)
    for _ in range(14):
        grain = band(noise(seconds(0.008), rng), 1800, 7000) * rng.uniform(0.3, 1.0)
        place(crunch, grain, int(rng.integers(0, count - seconds(0.01))))
    return crunch * decay(count, 0.16)


def _creak(rng: np.random.Generator, length: float, pitch: float) -> Signal:
    count = seconds(length)
    wobble = pitch * (1 + 0.25 * sine(3.1, count) + 0.1 * band(noise(count, rng), 0, 12))
    return band(pulse(wobble, count, 6), 300, 2500) * envelope(count, 0.05, 0.1)


def door(rng: np.random.Generator) -> Signal:
    """A house door: a short creak, then the latch and the knock of the frame."""
    sound = np.zeros(seconds(0.7))
    place(sound, 0.35 * _creak(rng, 0.35, 180), 0)
    place(sound, _thump(110, 0.3), seconds(0.38))
    place(sound, 0.4 * band(noise(seconds(0.02), rng), 2000, 6000), seconds(0.37))
    return room(sound, 0.3, 0.2)


def little_door(rng: np.random.Generator) -> Signal:
    """The little door: the key's two heavy clicks, then a long, low creak."""
    sound = np.zeros(seconds(2.4))
    for at in (0.0, 0.16):
        click = band(noise(seconds(0.03), rng), 1500, 5000) * decay(seconds(0.03), 0.03)
        place(
            sound, click + 0.3 * sine(2600, seconds(0.03)) * decay(seconds(0.03), 0.02), seconds(at)
        )
    place(sound, 0.45 * _creak(rng, 1.0, 120), seconds(0.35))
    place(sound, 0.8 * _thump(70, 0.4), seconds(1.2))
    return room(sound, 0.6, 0.3)


def door_slam(rng: np.random.Generator) -> Signal:
    """The little door shut hard on the hand: a slam and a rattle in the frame."""
    sound = np.zeros(seconds(1.4))
    place(
        sound,
        _thump(60, 0.6)
        + 0.5 * band(noise(seconds(0.6), rng), 200, 3000) * decay(seconds(0.6), 0.2),
        0,
    )
    for index in range(6):
        rattle = band(noise(seconds(0.02), rng), 2000, 6000) * 0.3 * (1 - index / 6)
        place(sound, rattle, seconds(0.12 + index * 0.05))
    return room(sound, 0.7, 0.35)


def caught(rng: np.random.Generator) -> Signal:
    """Caught: a sour stab, two glasses a tritone apart over a drop."""
    count = seconds(2.5)
    stab = glass(frequency(midi_of("C6")), 0.5, 1.0) + glass(frequency(midi_of("F#6")), 0.5, 0.8)
    sound = np.zeros(count)
    place(sound, stab, 0)
    place(sound, _thump(55, 0.8) * 1.2, 0)
    return room(sound, 0.6, 0.35)


def eye_taken(rng: np.random.Generator) -> Signal:
    """A ghost's eye found: a rising run of bells that glitters away."""
    sound = np.zeros(seconds(2.4))
    for index, name in enumerate(("C6", "E6", "G6", "B6", "D7")):
        place(sound, celesta(frequency(midi_of(name)), 0.6, 0.8), seconds(index * 0.09))
    shimmer = band(noise(seconds(1.6), rng), 5000, 11000) * 0.08 * envelope(seconds(1.6), 0.3, 1.0)
    place(sound, shimmer, seconds(0.2))
    return room(sound, 0.7, 0.4)


def found_parents(rng: np.random.Generator) -> Signal:
    """The snow globe: the lullaby's first four notes on a tiny music box."""
    sound = np.zeros(seconds(3.0))
    for index, name in enumerate(("E6", "G6", "C7", "B6")):
        place(sound, music_box(frequency(midi_of(name)), 0.4, 0.9), seconds(index * 0.32))
    return room(sound, 0.6, 0.4)


def stone(rng: np.random.Generator) -> Signal:
    """The seeing stone raised: a hollow, glassy swell."""
    count, sounding = seconds(2.0), seconds(0.8)
    tone = sine(660, sounding) + 0.6 * sine(990.5, sounding) + 0.3 * sine(1321, sounding)
    sound = np.zeros(count)
    place(sound, 0.5 * tone * envelope(sounding, 0.15, 0.6), 0)
    return room(sound, 0.5, 0.35)


def pickup(rng: np.random.Generator) -> Signal:
    sound = np.zeros(seconds(1.5))
    place(sound, music_box(frequency(midi_of("G5")), 0.2, 0.8), 0)
    place(sound, music_box(frequency(midi_of("D6")), 0.2, 0.8), seconds(0.1))
    return sound


def chapter(rng: np.random.Generator) -> Signal:
    """A chapter's card: one low bell, far away."""
    count = seconds(3.5)
    freq = frequency(midi_of("C3"))
    tone = sine(freq, count) + 0.5 * sine(freq * 2.76, count) * decay(count, 0.8)
    tone += 0.3 * sine(freq * 2, count) * decay(count, 1.5)  # heard on small speakers too
    return room(0.6 * tone * decay(count, 2.5) * envelope(count, 0.01, 0.1), 0.8, 0.4)


def cat(rng: np.random.Generator) -> Signal:
    """The cat: a short, low, unimpressed mrrp."""
    count = seconds(0.45)
    shape = np.concatenate(
        [np.linspace(420, 620, count // 3), np.linspace(620, 380, count - count // 3)]
    )
    voice = band(pulse(shape, count, 8), 350, 2400) * envelope(count, 0.04, 0.15)
    return voice


def mice(rng: np.random.Generator) -> Signal:
    """Mice: two quick squeaks."""
    sound = np.zeros(seconds(0.3))
    for at, high in ((0.0, 3200), (0.13, 3600)):
        count = seconds(0.07)
        squeak = sine(np.linspace(high * 0.85, high, count), count) * envelope(count, 0.01, 0.04)
        place(sound, squeak * 0.6, seconds(at))
    return sound


def hand(rng: np.random.Generator) -> Signal:
    """The hand's fingertips on the floor: a fast, dry patter."""
    sound = np.zeros(seconds(0.3))
    for index in range(4):
        count = seconds(0.03)
        tap = band(noise(count, rng), 1200, 5000) * decay(count, 0.012) + 0.3 * _thump(220, 0.03)
        place(sound, tap * (0.9 - index * 0.15), seconds(index * 0.06 + rng.uniform(0, 0.01)))
    return sound


def hand_smashed(rng: np.random.Generator) -> Signal:
    """Wybie's rock: a crack, a crunch, and the hand's last twitch."""
    sound = np.zeros(seconds(1.0))
    place(sound, 0.9 * band(noise(seconds(0.15), rng), 400, 6000) * decay(seconds(0.15), 0.1), 0)
    place(sound, _thump(70, 0.5), 0)
    place(sound, 0.3 * hand(rng), seconds(0.5))
    return room(sound, 0.4, 0.25)


def menu_move(rng: np.random.Generator) -> Signal:
    count = seconds(0.05)
    return 0.4 * triangle(880, count) * decay(count, 0.05) * envelope(count, 0.002, 0.02)


def menu_select(rng: np.random.Generator) -> Signal:
    return 0.8 * music_box(frequency(midi_of("C6")), 0.2, 1.0)[: seconds(1.2)]


# -- ambience: loops that sit under the music ------------------------------------------------


def rain(rng: np.random.Generator) -> Signal:
    """Rain on the windows: a soft hiss, and drops tapping the glass now and then."""
    count, drop_count = seconds(10.5), seconds(0.01)
    hiss = band(noise(count, rng), 400, 5000) * 0.15
    for _ in range(90):
        drop = band(noise(drop_count, rng), 2500, 8000) * envelope(drop_count, 0.001, 0.001)
        place(hiss, drop * rng.uniform(0.05, 0.2), int(rng.integers(0, count)), wrap=True)
    return seamless(hiss, 0.5)


def house(rng: np.random.Generator) -> Signal:
    """Indoors: the rain muffled by the walls, and the old house creaking now and then."""
    count = seconds(16.5)
    muffled = band(noise(count, rng), 60, 600) * 0.35
    for at in (2.0, 7.5, 11.0, 14.5):
        place(
            muffled,
            0.2 * _creak(rng, rng.uniform(0.4, 0.9), rng.uniform(90, 160)),
            seconds(at),
            wrap=True,
        )
    return seamless(muffled, 0.5)


def hum(rng: np.random.Generator) -> Signal:
    """The Other World: too quiet. A hum that slowly beats, and a whine at the edge.

    Twenty seconds hold a whole number of cycles of every part, so the loop needs no
    crossfade (which would dip where copies out of phase meet)."""
    count = seconds(20.0)
    tone = 0.3 * sine(55, count) + sine(110, count) + 0.8 * sine(110.5, count)
    tone += 0.35 * sine(165.2, count)
    whine = 0.04 * sine(3520, count) * (0.5 + 0.5 * sine(0.25, count))
    return 0.35 * tone + whine


# -- voices: a blip for each few letters a speaker's line shows ---------------------------


def _blip(wave: str, freq: float, wobble: float = 0.0) -> Recipe:
    def recipe(rng: np.random.Generator) -> Signal:
        count = seconds(0.05)
        pitch = freq * (1 + wobble * sine(30.0, count))
        shapes = {
            "sine": lambda: sine(pitch, count),
            "soft": lambda: pulse(pitch, count, 3),
            "reedy": lambda: band(saw(pitch, count, 8), 0, 2500),
            "rough": lambda: band(saw(pitch, count, 8) + saw(pitch * 1.06, count, 8), 0, 1800),
            "breath": lambda: band(noise(count, rng), freq * 0.8, freq * 1.6) * 2,
        }
        return 0.45 * shapes[wave]() * envelope(count, 0.004, 0.03)

    return recipe


# Voices of one shape stand at least three semitones apart, so no two speakers blip alike;
# an Other, a few semitones above whom it copies, wobbles.
VOICES: dict[str, Recipe] = {
    "default": _blip("soft", 311),
    "coraline": _blip("soft", 523),
    "mom": _blip("sine", 330),
    "dad": _blip("soft", 196),
    "wybie": _blip("reedy", 392),
    "cat": _blip("sine", 880, 0.08),
    "spink": _blip("sine", 554, 0.03),
    "forcible": _blip("soft", 392, 0.03),
    "bobinsky": _blip("reedy", 147),
    "other_mother": _blip("sine", 415, 0.01),
    "beldam": _blip("rough", 110),
    "other_father": _blip("soft", 247, 0.05),
    "other_spink": _blip("sine", 698, 0.06),
    "other_forcible": _blip("soft", 659, 0.06),
    "other_bobinsky": _blip("reedy", 185, 0.04),
    "ghosts": _blip("breath", 900),
}

EFFECTS: dict[str, Recipe] = {
    **{f"step_wood_{n}": step_wood for n in (1, 2, 3)},
    **{f"step_carpet_{n}": step_carpet for n in (1, 2, 3)},
    **{f"step_gravel_{n}": step_gravel for n in (1, 2, 3)},
    "door": door,
    "little_door": little_door,
    "door_slam": door_slam,
    "caught": caught,
    "eye_taken": eye_taken,
    "found_parents": found_parents,
    "stone": stone,
    "pickup": pickup,
    "chapter": chapter,
    "cat": cat,
    "mice": mice,
    "hand": hand,
    "hand_smashed": hand_smashed,
    "menu_move": menu_move,
    "menu_select": menu_select,
    **{f"voice_{name}": recipe for name, recipe in VOICES.items()},
}

AMBIENCE: dict[str, Recipe] = {"rain": rain, "house": house, "hum": hum}

__all__ = ["AMBIENCE", "EFFECTS", "Recipe"]
