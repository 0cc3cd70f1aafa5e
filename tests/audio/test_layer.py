"""The audio layer hears the game as it is played: music and ambience by place and story,
effects for what happens; and it never changes what a replay does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coraline_game.app import App
from coraline_game.audio.cues import load_cues
from coraline_game.audio.layer import AudioLayer
from coraline_game.audio.library import CUES, audio_dir
from coraline_game.audio.mixer import Mixer
from coraline_game.content import load_content
from coraline_game.happenings import Happenings
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import Simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import chapter_start
from tests.driving import tap


@pytest.fixture(scope="module")
def maps() -> dict[str, GameMap]:
    return load_content()


class Heard:
    """A silent mixer's effects, written down."""

    def __init__(self) -> None:
        self.effects: list[str] = []

    def __call__(self, name: str, loudness: float = 1.0) -> None:
        if name and name != "none":
            self.effects.append(name)


@pytest.fixture
def layer() -> Iterator[tuple[AudioLayer, Heard]]:
    story = default_story()
    cues = load_cues(audio_dir() / CUES, set(story.beats) | set(story.facts))
    mixer = Mixer(audio_dir(), enabled=False)
    heard = Heard()
    mixer.effect = heard  # type: ignore[method-assign]
    yield AudioLayer(mixer, cues), heard


def _played(
    maps: dict[str, GameMap], chapter: str, layer: AudioLayer | None
) -> tuple[Simulation, Autopilot]:
    sim = Simulation(maps, 0, start=chapter_start(default_story(), chapter))
    happenings = Happenings()

    def step(frame: ActionFrame) -> None:
        sim.step(frame)
        if layer is not None:
            layer.observe(sim, happenings.observe(sim))

    return sim, Autopilot(sim, step)


def test_through_the_little_door_the_music_and_the_air_change(
    maps: dict[str, GameMap], layer: tuple[AudioLayer, Heard]
) -> None:
    audio, heard = layer
    sim, pilot = _played(maps, "night4", audio)
    pilot.idle(1)
    assert audio.mixer.playing == {"music": "real", "ambience": "house"}
    assert heard.effects[:1] == ["chapter"]  # the chapter's card
    pilot.run(["read"])
    voices = [name for name in heard.effects if name.startswith("voice_")]
    assert voices and set(voices) <= {f"voice_{s}" for s in default_story().speakers}
    heard.effects.clear()
    pilot.run(["use little door"])
    assert sim.place.map.name == "corridor"
    assert audio.mixer.playing == {"music": "corridor", "ambience": "hum"}
    assert "little_door" in heard.effects
    steps = [name for name in heard.effects if name.startswith("step_")]
    assert len(steps) >= 4 and set(steps) <= {"step_wood_1", "step_wood_2", "step_wood_3"}
    pilot.run(["use far door"])
    assert sim.place.map.name == "other_flat"
    # She has refused the buttons by now: the Other World's tune has turned.
    assert audio.mixer.playing == {"music": "other_sinister", "ambience": "hum"}
    heard.effects.clear()
    pilot.press(Action.RIGHT, 40)  # walking on the Other flat's carpet
    assert any(name.startswith("step_carpet_") for name in heard.effects)


@pytest.mark.parametrize(
    ("chapter", "music", "ambience"),
    [
        ("hunt", "hunt", "hum"),
        ("day4", "ending", "house"),
        ("day5", "ending", "none"),
        ("day1", "real", "rain"),
    ],
)
def test_each_chapter_starts_with_its_own_music(
    maps: dict[str, GameMap],
    layer: tuple[AudioLayer, Heard],
    chapter: str,
    music: str,
    ambience: str,
) -> None:
    audio, _heard = layer
    _sim, pilot = _played(maps, chapter, audio)
    pilot.idle(1)
    assert audio.mixer.playing == {"music": music, "ambience": ambience}


def test_an_eye_taken_and_the_stone_are_heard(
    maps: dict[str, GameMap], layer: tuple[AudioLayer, Heard]
) -> None:
    audio, heard = layer
    sim, pilot = _played(maps, "hunt", audio)
    pilot.read_all()
    heard.effects.clear()
    pilot.held = Action.STONE  # the stone held to her eye
    pilot.idle(2)
    assert heard.effects == ["stone"]
    sim.set_flag("eye_garden")  # as the garden's hidden eye does when taken
    pilot.idle(1)
    assert heard.effects[-1] == "eye_taken"


def test_sound_never_changes_the_simulation(
    maps: dict[str, GameMap], layer: tuple[AudioLayer, Heard]
) -> None:
    plan = ["read", "use little door", "use far door"]
    heard_sim, heard_pilot = _played(maps, "night4", layer[0])
    heard_pilot.run(plan)
    silent_sim, silent_pilot = _played(maps, "night4", None)
    silent_pilot.run(plan)
    assert heard_sim.tick == silent_sim.tick
    assert state_checksum(heard_sim) == state_checksum(silent_sim)


def test_the_title_plays_its_music_and_the_menu_ticks(
    app: App, layer: tuple[AudioLayer, Heard]
) -> None:
    import pygame

    audio, heard = layer
    app.services.audio = audio
    app.stack.top.enter(app.stack)  # the title, entered again with this layer
    assert audio.mixer.playing == {"music": "title", "ambience": "none"}
    tap(app, pygame.K_DOWN)
    assert heard.effects == ["menu_move"]
