"""Scores: the game's music as note data (tools/audio/music.toml), rendered to loops.

A part's notes are tokens: `E5` (a quarter note), `G5:2` (two beats), `C4+E4+G4:3` (a chord),
`r:1` (a rest); `|` marks a bar, and every bar must fill the track's `meter` in beats (a long
note may fill several: its beats a multiple of the meter).
A track can be another `from` turned: a new tempo, a mode (`minor` flattens the key's 3rd,
6th and 7th), a transposition, other instruments (`instruments = { old = "new" }`, "none"
drops a part), its parts louder or softer by instrument (`levels = { pad = 0.4 }`), and
parts of its own added.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from audio.instruments import INSTRUMENTS
from audio.synth import RATE, Signal, place, room

_NOTE = re.compile(r"^([A-G])([#b]?)(-?\d)$")
_STEPS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
_MINOR_DEGREES = (4, 9, 11)  # the major scale's 3rd, 6th and 7th, in semitones above the key


class ScoreError(ValueError):
    """A mistake in the score; the message names the track, the part and the bar."""


@dataclass(frozen=True)
class Note:
    start: float  # beats from the loop's start
    beats: float
    midi: tuple[int, ...]  # empty: a rest


@dataclass(frozen=True)
class Part:
    instrument: str
    loud: float
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Track:
    name: str
    tempo: float
    meter: int
    parts: tuple[Part, ...]
    room: float
    wet: float

    @property
    def beats(self) -> float:
        return max(note.start + note.beats for part in self.parts for note in part.notes)

    @property
    def seconds(self) -> float:
        return self.beats * 60 / self.tempo


def midi_of(name: str) -> int:
    match = _NOTE.match(name)
    if match is None:
        raise ValueError(f"not a note: {name!r} (write it as C4, F#3, Bb5)")
    letter, accidental, octave = match.groups()
    shift = {"#": 1, "b": -1, "": 0}[accidental]
    return 12 * (int(octave) + 1) + _STEPS[letter] + shift


def frequency(midi: int) -> float:
    return float(440.0 * 2 ** ((midi - 69) / 12))


def parse_notes(text: str, meter: int, where: str) -> tuple[Note, ...]:
    notes: list[Note] = []
    beat = 0.0
    for number, bar in enumerate(text.split("|"), start=1):
        tokens = bar.split()
        if not tokens:
            continue
        bar_start = beat
        for token in tokens:
            pitch, _, length = token.partition(":")
            try:
                beats = float(length) if length else 1.0
                midi = () if pitch == "r" else tuple(midi_of(p) for p in pitch.split("+"))
            except ValueError as error:
                raise ScoreError(f"{where}, bar {number}: {error}") from None
            notes.append(Note(beat, beats, midi))
            beat += beats
        filled = beat - bar_start
        if abs(filled / meter - round(filled / meter)) > 1e-6 or filled < meter:
            raise ScoreError(f"{where}, bar {number}: {filled:g} beats in bars of {meter}")
    return tuple(notes)


def _turned(midi: int, key: int, mode: str, transpose: int) -> int:
    if mode == "minor" and (midi - key) % 12 in _MINOR_DEGREES:
        midi -= 1
    return midi + transpose


def _part(data: Mapping[str, Any], meter: int, where: str) -> Part:
    instrument = data.get("instrument", "")
    if instrument not in INSTRUMENTS:
        raise ScoreError(f"{where}: no instrument {instrument!r} ({', '.join(INSTRUMENTS)})")
    return Part(instrument, float(data.get("loud", 1.0)), parse_notes(data["notes"], meter, where))


def read_tracks(score: Mapping[str, Any]) -> dict[str, Track]:
    """Every track of the score, the turned ones made from their sources."""
    tracks: dict[str, Track] = {}
    for name, data in score["track"].items():
        source = tracks.get(data["from"]) if "from" in data else None
        if "from" in data and source is None:
            raise ScoreError(f"track {name}: from {data['from']!r}, not a track before it")
        meter = int(data.get("meter", source.meter if source else 4))
        parts = [
            _part(part, meter, f"track {name}, part {index + 1}")
            for index, part in enumerate(data.get("part", ()))
        ]
        if source is not None:
            key, mode = midi_of(data.get("key", "C4")) % 12, data.get("mode", "major")
            transpose = int(data.get("transpose", 0))
            swaps = data.get("instruments", {})
            levels = data.get("levels", {})  # an instrument of the source's, louder or softer
            turned = [
                replace(
                    part,
                    instrument=swaps.get(part.instrument, part.instrument),
                    loud=part.loud * float(levels.get(part.instrument, 1.0)),
                    notes=tuple(
                        replace(
                            note, midi=tuple(_turned(m, key, mode, transpose) for m in note.midi)
                        )
                        for note in part.notes
                    ),
                )
                for part in source.parts
                if swaps.get(part.instrument, part.instrument) != "none"
            ]
            parts = turned + parts
        tracks[name] = Track(
            name,
            float(data.get("tempo", source.tempo if source else 90)),
            meter,
            tuple(parts),
            float(data.get("room", source.room if source else 0.5)),
            float(data.get("wet", source.wet if source else 0.25)),
        )
    return tracks


def render(track: Track) -> Signal:
    """The track as one seamless loop: every tail rings on into the loop's start."""
    beat_seconds = 60 / track.tempo
    loop = np.zeros(round(track.seconds * RATE))
    for part in track.parts:
        play = INSTRUMENTS[part.instrument]
        for note in part.notes:
            for midi in note.midi:
                sound = play(frequency(midi), note.beats * beat_seconds, part.loud)
                place(loop, sound, round(note.start * beat_seconds * RATE), wrap=True)
    # Reverb over three copies, kept the middle one: its echoes are those of the loop before
    # it, and its end runs on into the next copy as the loop's end runs into its start.
    ringing = room(np.concatenate([loop, loop, loop]), track.room, track.wet)
    return ringing[len(loop) : 2 * len(loop)]
