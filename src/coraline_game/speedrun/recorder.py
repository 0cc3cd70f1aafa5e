"""Steps a simulation and, when asked, writes every tick it takes to a replay.

The text speed is an input as the frames are: the player's setting is applied (and
recorded) before the tick it first holds for, and a replay being watched or verified
applies its own recorded changes at the same ticks."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from coraline_game import __version__
from coraline_game.input.actions import ActionFrame
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.conversation import TextSpeed
from coraline_game.sim.simulation import TICK_RATE, Simulation
from coraline_game.speedrun.content import content_hash
from coraline_game.speedrun.replay import CHECKPOINT_TICKS, Header, Replay, ReplayWriter


def header_for(sim: Simulation, start_map: str) -> Header:
    """A run from a chapter names it (and its place); a run in a lone map names the map."""
    start = sim.start
    return Header(
        game=__version__,
        content=content_hash(),
        seed=sim.seed,
        tick_rate=TICK_RATE,
        start_map=start.place if start is not None else start_map,
        chapter=start.chapter if start is not None else "",
        text_speed=sim.text_speed,
    )


class RecordedRun:
    """A run that records itself. If the replay cannot be written (a full disk, a pulled
    drive), recording stops and says why in `error`; the game itself goes on.

    `watched`: the replay whose frames drive the run while they last (the caller feeds
    them), so that its text speed changes come at their ticks too."""

    def __init__(
        self,
        sim: Simulation,
        stream: IO[str] | None,
        start_map: str,
        watched: Replay | None = None,
    ) -> None:
        self.sim = sim
        self.error = ""
        self._watched = watched
        self._writer: ReplayWriter | None = None
        if stream is not None:
            self._guarded(lambda: self._start(stream, start_map))

    def _start(self, stream: IO[str], start_map: str) -> None:
        self._writer = ReplayWriter(stream, header_for(self.sim, start_map))

    def _guarded(self, write: Callable[[], None]) -> None:
        try:
            write()
        except OSError as error:
            self._writer = None
            self.error = f"recording stopped at tick {self.sim.tick}: {error.strerror or error}"

    def step(self, frame: ActionFrame, text_speed: TextSpeed | None = None) -> None:
        """One tick. `text_speed`: the player's setting now (None: unchanged), which a
        watched replay overrules while it lasts."""
        watched = self._watched
        if watched is not None and self.sim.tick < watched.end_tick:
            text_speed = watched.speeds.get(self.sim.tick)
        if text_speed is not None and text_speed is not self.sim.text_speed:
            self.sim.text_speed = text_speed
            if self._writer is not None:
                self._guarded(lambda: self._record_speed(text_speed))
        self.sim.step(frame)
        if self._writer is not None:
            self._guarded(lambda: self._record(frame))

    def _record_speed(self, speed: TextSpeed) -> None:
        assert self._writer is not None
        self._writer.text_speed(self.sim.tick, speed)

    def _record(self, frame: ActionFrame) -> None:
        assert self._writer is not None
        self._writer.frame(frame)
        if self.sim.tick % CHECKPOINT_TICKS == 0:
            self._writer.checkpoint(self.sim.tick, state_checksum(self.sim))

    def finish(self) -> None:
        if self._writer is not None:
            self._guarded(self._write_end)
            self._writer = None

    def _write_end(self) -> None:
        assert self._writer is not None
        self._writer.finish(self.sim.tick, state_checksum(self.sim))
