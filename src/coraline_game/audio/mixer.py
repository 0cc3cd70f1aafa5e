"""pygame's mixer as the game uses it: two channels of music and two of ambience that
crossfade, effects on the rest, volumes from the settings, sounds loaded as first needed.
Music and ambience are decoded on a worker thread (pygame lets go of the GIL while it
decodes), so a new place's track never stalls a frame: it starts, fading in, when ready.

Without an audio device (or with sound turned off) it plays nothing and says so once; the
game never depends on it, so nothing else changes.
"""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pygame

from coraline_game.paths import file_in
from coraline_game.settings import VOLUME_STEPS, Settings

FREQUENCY, CHANNELS, BUFFER = 44100, 2, 1024
MIXER_CHANNELS = 16
MUSIC, AMBIENCE = (0, 1), (2, 3)  # reserved: effects never take these
FADE_MS = 1500
MUSIC_KEPT = 3  # decoded tracks kept: the place shown, the one before, and the title's
SILENCE = "none"

Decoded = Future[pygame.mixer.Sound | None]


class Mixer:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.folder = folder
        self.problem = ""  # why it is silent, when it is
        self.on = enabled and self._open()
        self._effects: dict[str, pygame.mixer.Sound | None] = {}
        self._music: OrderedDict[str, Decoded] = OrderedDict()
        self._ambience: dict[str, Decoded] = {}
        self._decoder = ThreadPoolExecutor(1, "sound") if self.on else None
        self._waiting: dict[str, Decoded] = {}  # kind -> the sound asked for, still decoding
        self._playing = {"music": "", "ambience": ""}  # what each pair of channels plays
        self._current = {"music": 0, "ambience": 0}  # which channel of the pair plays it
        self._levels = {"music": 0.0, "ambience": 0.0, "effects": 0.0}
        self.set_volumes(Settings())

    def _open(self) -> bool:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(FREQUENCY, -16, CHANNELS, BUFFER)
            pygame.mixer.set_num_channels(MIXER_CHANNELS)
            pygame.mixer.set_reserved(len(MUSIC) + len(AMBIENCE))
        except pygame.error as error:
            self.problem = f"no sound: {error}"
            return False
        return True

    def set_volumes(self, settings: Settings) -> None:
        master = settings.master_volume / VOLUME_STEPS
        self._levels = {
            "music": master * settings.music_volume / VOLUME_STEPS,
            "ambience": master * settings.ambience_volume / VOLUME_STEPS,
            "effects": master * settings.effects_volume / VOLUME_STEPS,
        }
        if not self.on:
            return
        for kind, pair in (("music", MUSIC), ("ambience", AMBIENCE)):
            pygame.mixer.Channel(pair[self._current[kind]]).set_volume(self._levels[kind])

    def has(self, kind: str, name: str) -> bool:
        return file_in(self.folder / kind, name, ".ogg") is not None

    def _load(self, kind: str, name: str) -> pygame.mixer.Sound | None:
        try:
            return pygame.mixer.Sound(self.folder / kind / f"{name}.ogg")
        except (pygame.error, FileNotFoundError) as error:
            self.problem = f"{self.folder / kind / name}.ogg: cannot be played: {error}"
            return None

    def _decoded(self, kind: str, name: str) -> Decoded:
        assert self._decoder is not None
        if kind == "ambience":
            if name not in self._ambience:
                self._ambience[name] = self._decoder.submit(self._load, kind, name)
            return self._ambience[name]
        if name in self._music:
            self._music.move_to_end(name)
        else:
            self._music[name] = self._decoder.submit(self._load, kind, name)
            while len(self._music) > MUSIC_KEPT:
                self._music.popitem(last=False)
        return self._music[name]

    def music(self, track: str) -> None:
        """Crossfade to `track` (a loop of music/), or fade out for "none"."""
        self._crossfade("music", MUSIC, track)

    def ambience(self, name: str) -> None:
        self._crossfade("ambience", AMBIENCE, name)

    @property
    def playing(self) -> dict[str, str]:
        """The music and ambience asked for last ("" before any)."""
        return dict(self._playing)

    def _crossfade(self, kind: str, pair: tuple[int, int], name: str) -> None:
        """Fade out what `kind` plays and fade `name` in (once it is decoded)."""
        if self._playing[kind] == name:
            return
        self._playing[kind] = name
        if not self.on:
            return
        pygame.mixer.Channel(pair[self._current[kind]]).fadeout(FADE_MS)
        self._waiting.pop(kind, None)
        if name != SILENCE:
            self._waiting[kind] = self._decoded(kind, name)
            self.update()

    def update(self) -> None:
        """Start what has finished decoding since it was asked for (called every tick)."""
        for kind, decoding in list(self._waiting.items()):
            if not decoding.done():
                continue
            del self._waiting[kind]
            sound = decoding.result()
            if sound is None:
                continue
            pair = MUSIC if kind == "music" else AMBIENCE
            self._current[kind] = 1 - self._current[kind]
            channel = pygame.mixer.Channel(pair[self._current[kind]])
            channel.set_volume(self._levels[kind])
            channel.play(sound, loops=-1, fade_ms=FADE_MS)

    def effect(self, name: str, loudness: float = 1.0) -> None:
        if not self.on or not name or name == SILENCE:
            return
        if name not in self._effects:
            self._effects[name] = self._load("effects", name)
        sound = self._effects[name]
        if sound is None:
            return
        channel = sound.play()
        if channel is not None:  # None: every channel is busy, and this one goes unheard
            channel.set_volume(self._levels["effects"] * loudness)
