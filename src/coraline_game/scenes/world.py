"""Playing: the simulation stepped once a tick from an input source, drawn with its HUD."""

from __future__ import annotations

from typing import IO

import pygame

from coraline_game.happenings import Happenings
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.input.labels import labels_for
from coraline_game.input.sources import InputSource, ReplaySource
from coraline_game.render.shake import Shake
from coraline_game.render.world_view import WorldView
from coraline_game.scenes.inventory import InventoryScene
from coraline_game.scenes.pause import PauseScene
from coraline_game.scenes.stack import SceneStack
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.content import content_hash
from coraline_game.speedrun.recorder import RecordedRun
from coraline_game.speedrun.verify import replay_simulation
from coraline_game.ui.credits_view import CreditsView
from coraline_game.ui.dialogue_box import Portraits
from coraline_game.ui.hud import Hud

BUTTONS = int(
    Action.INTERACT
    | Action.STONE
    | Action.CANCEL
    | Action.PAUSE
    | Action.OBJECTIVE
    | Action.INVENTORY
)
MENUS = int(Action.PAUSE | Action.OBJECTIVE | Action.INVENTORY)  # never the simulation's


class WorldScene:
    opaque = True

    def __init__(self) -> None:
        self._stack: SceneStack | None = None
        self.run: RecordedRun | None = None
        self._record_file: IO[str] | None = None
        self._replay: InputSource | None = None  # frames that replace the live ones while they last
        self._view: WorldView | None = None
        self._hud: Hud | None = None
        self._credits: CreditsView | None = None
        self._ended = False  # the credits are over and the title is on its way
        self._notice = ""  # something the player must know, shown at the top while playing
        self._saved = 0  # chapter starts saved so far (sim.chapters_started)
        self._autosave = False
        # Buttons held when play (re)starts are ignored until released: the Enter that chose
        # "Begin" or "Resume" must not open a door too. Applied before recording, so replays agree.
        self._masked: ActionFrame = BUTTONS
        self._happenings = Happenings()  # what each tick did, for the sound and the shake
        self._shake = Shake()

    @property
    def sim(self) -> Simulation:
        assert self.run is not None
        return self.run.sim

    def enter(self, stack: SceneStack) -> None:
        self._stack = stack
        services = stack.services
        options = services.options
        replay = options.replay
        if replay is not None:
            sim = replay_simulation(replay.header, services.maps)
            self._replay = ReplaySource(replay.frames())
            if replay.header.content != content_hash():
                self._notice = "replay made with other maps or art: it may differ"
        else:
            sim = Simulation(
                services.maps,
                options.seed,
                start=options.start,
                start_map=options.start_map,
                text_speed=services.settings.text_speed,
            )
            # A story run saves each chapter as it starts; a lone map, or a replay, never does.
            self._autosave = options.start_map is None
        problem = ""
        record = options.next_record_path()
        if record is not None:
            try:
                self._record_file = record.open("w", encoding="utf-8")
            except OSError as error:
                problem = f"not recording: {record}: {error.strerror}"
        self.run = RecordedRun(sim, self._record_file, options.start_map or "", watched=replay)
        self._notice = self.run.error or problem or self._notice
        self._view = WorldView(services.sprites)
        self._hud = Hud(services.font, Portraits(services.assets / "portraits"))
        self._credits = CreditsView(services.font, services.sprites)
        self._save_chapter()

    def input_lost(self) -> None:
        """The pad that was playing is gone: pause, and say why."""
        assert self._stack is not None
        self._pause("The controller was unplugged. Plug it in again, or use the keyboard.")

    def _pause(self, notice: str = "") -> None:
        """The pause menu, saying where the story stands: the chapter (its card's words, which
        show only a moment as it starts) and what to do now."""
        assert self._stack is not None
        sim = self.sim
        chapter = sim.story.chapter(sim.chapter).card if sim.chapter else ""
        self._stack.push(PauseScene(sim.objective, notice, chapter))

    def resume(self) -> None:
        self._masked = BUTTONS  # the key that closed the menu must not also act in the world

    def exit(self) -> None:
        if self.run is not None:
            self.run.finish()
            self.run.sim.close()
        if self._record_file is not None:
            self._record_file.close()
            self._record_file = None

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        assert self._stack is not None and self.run is not None
        if pressed & Action.PAUSE:
            self._pause()
            return
        if pressed & Action.INVENTORY:
            items = self.sim.story.items
            self._stack.push(InventoryScene([items[name] for name in self.sim.items]))
            return
        if pressed & Action.OBJECTIVE and self._hud is not None:
            self._hud.show_objective(self.sim)
        self._masked &= frame
        frame &= ~self._masked
        if self._replay is not None:
            replayed = self._replay.next_frame()
            if replayed is None:
                self._replay = None  # the recording is over: the player takes the controls
            else:
                frame = replayed
        self.run.step(frame & ~MENUS, self._stack.services.settings.text_speed)
        happened = self._happenings.observe(self.sim)
        self._stack.services.audio.observe(self.sim, happened)
        self._shake.tick()
        if self._stack.services.settings.screen_shake:
            self._shake.hear(happened)
        self._save_chapter()
        if self.sim.finished and not self._ended:
            self._ended = True
            self._the_end()

    def _the_end(self) -> None:
        """The story is over: back to the title (Continue plays the party again)."""
        from coraline_game.scenes.title import TitleScene

        assert self._stack is not None
        stack = self._stack
        stack.fade_to(lambda: stack.replace(TitleScene()))

    def _save_chapter(self) -> None:
        """Autosave as each chapter starts; a failure is told, and play goes on."""
        sim = self.sim
        if not self._autosave or sim.chapters_started == self._saved or sim.start is None:
            return
        assert self._stack is not None
        self._saved = sim.chapters_started
        problem = self._stack.services.saves.write(sim.start)
        self._notice = problem or self._notice

    def draw(self, target: pygame.Surface) -> None:
        assert self._view is not None and self._hud is not None
        sim = self.sim
        if (sim.credits is not None or sim.finished) and self._credits is not None:
            self._credits.draw(target, sim.credits, sim.story.credits)
            return
        settings = self._stack.services.settings if self._stack is not None else None
        if settings is not None:
            self._view.reduced_flashing = settings.reduced_flashing
            self._view.bold_outlines = settings.bold_stone_outlines
            self._hud.text_size = settings.text_size
            device = self._stack.services.device if self._stack is not None else "keyboard"
            self._hud.labels = labels_for(settings.keys, settings.pad_buttons, device)
        camera = self._view.draw(target, self.sim)
        self._shake.apply(target)  # the place shakes; what is written over it does not
        self._hud.draw(target, self.sim, camera)
        notice = self.run.error if self.run is not None and self.run.error else self._notice
        if notice:
            self._hud.notice(target, notice)
