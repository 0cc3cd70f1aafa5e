"""The audio layer: music, ambience and effects chosen from what the simulation shows.

It reads the simulation after each tick, as drawing does, and never writes to it: sound
settings, or no sound at all, cannot change a replay.
"""

from __future__ import annotations

from dataclasses import dataclass

from coraline_game.audio.cues import SILENCE, SoundCues
from coraline_game.audio.mixer import Mixer
from coraline_game.happenings import Happening
from coraline_game.maps.model import GameMap
from coraline_game.settings import Settings
from coraline_game.sim.simulation import Simulation

STEP_VARIANTS = 3  # step_FLOOR_1..3, taken in turn so no two steps sound alike
DOOR_SOUNDS = {"": "door", "little": "little_door"}
# The mix over effects made equally loud (tools/make_audio.py): what comes often sits lower.
STEP_LOUDNESS, VOICE_LOUDNESS, ACTOR_LOUDNESS = 0.9, 0.8, 0.7
HAPPENING_SOUNDS = {"caught": "caught", "item": "pickup", "stone": "stone", "card": "chapter"}


def theme(game_map: GameMap, kind: str) -> str:
    """The map's own `music` or `ambience` theme, else its world's."""
    return str(game_map.properties.get(kind) or game_map.properties.get("world", ""))


@dataclass
class _Heard:
    scene: tuple[object, ...] = ()  # what the music was last chosen for
    tick: int = 0
    steps: int = 0


class AudioLayer:
    def __init__(self, mixer: Mixer, cues: SoundCues) -> None:
        self.mixer = mixer
        self.cues = cues
        self._heard = _Heard()
        self._last: dict[str, int] = {}  # an actor kind's sound: the tick it last played
        self._voices: dict[str, str] = {}

    def set_volumes(self, settings: Settings) -> None:
        self.mixer.set_volumes(settings)

    def title(self) -> None:
        """The title screen: its own music, and no ambience."""
        self._heard.scene = ()
        self.mixer.music(self.cues.screens.get("title", SILENCE))
        self.mixer.ambience(SILENCE)

    def effect(self, name: str) -> None:
        self.mixer.effect(name)

    def update(self) -> None:
        """Every tick, whatever the scene: a track asked for starts once it is decoded."""
        self.mixer.update()

    def observe(self, sim: Simulation, happened: list[Happening]) -> None:
        """One tick of the simulation, and what happened in it (happenings.py), heard."""
        self._heard.tick += 1
        self._choose_music(sim)
        for happening in happened:
            self._hear(happening)

    def _choose_music(self, sim: Simulation) -> None:
        ended = sim.credits is not None or sim.finished
        scene = (sim.place.map.name, sim.story_version, ended)
        if scene == self._heard.scene:
            return
        self._heard.scene = scene
        if ended:
            self.mixer.music(self.cues.screens.get("credits", SILENCE))
            self.mixer.ambience(SILENCE)
            return
        holds = sim.holds()
        game_map = sim.place.map
        self.mixer.music(self.cues.chosen(self.cues.music, theme(game_map, "music"), holds))
        self.mixer.ambience(
            self.cues.chosen(self.cues.ambience, theme(game_map, "ambience"), holds)
        )

    def _hear(self, happening: Happening) -> None:
        kind, name = happening.kind, happening.name
        if kind == "step":
            self._heard.steps = self._heard.steps % STEP_VARIANTS + 1
            self.mixer.effect(f"step_{name}_{self._heard.steps}", STEP_LOUDNESS)
        elif kind == "door":
            self.mixer.effect(DOOR_SOUNDS[name])
        elif kind == "flag":
            self.mixer.effect(self.cues.flags.get(name, ""))
        elif kind == "line":
            self.mixer.effect(self.cues.calls.get(name, ""))
        elif kind == "voice":
            self.mixer.effect(self._voice(name), VOICE_LOUDNESS)
        elif kind == "moves":
            self._actor(happening)
        else:
            self.mixer.effect(HAPPENING_SOUNDS.get(kind, ""))

    def _voice(self, speaker: str) -> str:
        if speaker not in self._voices:
            own = f"voice_{speaker}"
            fallback = own if self.mixer.has("effects", own) else "voice_default"
            self._voices[speaker] = self.cues.voices.get(speaker, fallback)
        return self._voices[speaker]

    def _actor(self, happening: Happening) -> None:
        sound = self.cues.actors.get(happening.name)
        if sound is None:
            return
        now, last = self._heard.tick, self._last.get(happening.name, -(10**9))
        if sound.starts and not happening.started:
            return
        if not sound.starts and now - last < sound.every:
            return
        if now - last < sound.gap:
            return
        self._last[happening.name] = now
        self.mixer.effect(sound.sound, ACTOR_LOUDNESS)
