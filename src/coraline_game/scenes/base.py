"""The scene interface and the services scenes share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pygame

from coraline_game.audio.layer import AudioLayer
from coraline_game.audio.library import silent_audio
from coraline_game.input.actions import ActionFrame
from coraline_game.maps.model import GameMap
from coraline_game.render.font import PixelFont
from coraline_game.render.sprites import SpriteBank
from coraline_game.save import SaveSlot
from coraline_game.settings import Settings, SettingsFile
from coraline_game.speedrun.replay import Replay
from coraline_game.story.start import StartState

if TYPE_CHECKING:
    from coraline_game.render.window import Window
    from coraline_game.scenes.stack import SceneStack


@dataclass
class PlayOptions:
    seed: int = 0
    start_map: str | None = None  # a lone map to try, outside the story's chapters
    start: StartState | None = None  # a chapter to start from (Continue); None: New Game
    record: Path | None = None
    replay: Replay | None = None  # read once, when the game starts
    runs_started: int = 0

    def next_record_path(self) -> Path | None:
        """Where the next run records: the path asked for, then run-2.replay, run-3.replay...
        so beginning again from the title never overwrites a run already recorded."""
        if self.record is None:
            return None
        self.runs_started += 1
        if self.runs_started == 1:
            return self.record
        return self.record.with_name(f"{self.record.stem}-{self.runs_started}{self.record.suffix}")


@dataclass
class Services:
    maps: Mapping[str, GameMap]
    sprites: SpriteBank
    font: PixelFont
    options: PlayOptions
    assets: Path
    saves: SaveSlot
    settings_file: SettingsFile | None = None  # None: settings are not remembered (tests)
    settings: Settings = field(default_factory=Settings)  # as the player last left them
    window: Window | None = None  # what the window settings change
    device: str = "keyboard"  # what the player pressed last: "keyboard" or "pad"
    audio: AudioLayer = field(default_factory=silent_audio)  # silent unless the game opens one
    settings_message: str = ""  # what was wrong with the settings file, for the title to say


class Scene(Protocol):
    #: Whether the scene covers the whole screen; if not, the scene below is drawn first.
    opaque: bool

    def enter(self, stack: SceneStack) -> None: ...

    def exit(self) -> None: ...

    def resume(self) -> None:
        """The scene above this one was popped: this one is on top again."""
        ...

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        """One fixed 60 Hz tick, with the live actions held and those just pressed."""
        ...

    def draw(self, target: pygame.Surface) -> None: ...
