"""The replay file: a JSON header line, then run-length encoded frames and checksums.

    {"format": "coraline-replay", "version": 1, "game": ..., "content": ..., "seed": ..., ...}
    ["f", FRAME, COUNT]      COUNT ticks holding the action frame FRAME
    ["c", TICK, CHECKSUM]    the state checksum after TICK ticks (every 60)
    ["end", TICK, CHECKSUM]  the final tick and checksum

One record a line, so a crash loses at most the unfinished run, and a damaged
file can be reported by line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import repeat
from pathlib import Path
from typing import IO

from coraline_game.input.actions import ALL_ACTIONS, ActionFrame

FORMAT = "coraline-replay"
VERSION = 1
CHECKPOINT_TICKS = 60
MAX_TICKS = 60 * 60 * 60 * 10  # ten hours: longer than any run, short enough to re-run
HEADER_TYPES: dict[str, type] = {
    "game": str,
    "content": str,
    "seed": int,
    "tick_rate": int,
    "start_map": str,
    "format": str,
    "version": int,
}


@dataclass(frozen=True)
class Header:
    game: str
    content: str
    seed: int
    tick_rate: int
    start_map: str
    format: str = FORMAT
    version: int = VERSION


@dataclass
class Replay:
    header: Header
    runs: list[tuple[ActionFrame, int]] = field(default_factory=list)
    checkpoints: dict[int, str] = field(default_factory=dict)
    end_tick: int = 0
    end_checksum: str = ""

    def frames(self) -> Iterator[ActionFrame]:
        """One frame a tick, streamed from the runs (a run may be hours long)."""
        for frame, count in self.runs:
            yield from repeat(frame, count)


class ReplayError(Exception):
    """A replay file that cannot be read; the message names the file and line."""


class ReplayWriter:
    """Writes a replay as the run goes, one run of equal frames at a time."""

    def __init__(self, stream: IO[str], header: Header) -> None:
        self._stream = stream
        self._frame: ActionFrame | None = None
        self._count = 0
        self._write(asdict(header))

    def _write(self, record: object) -> None:
        self._stream.write(json.dumps(record, separators=(",", ":")) + "\n")

    def _flush_run(self) -> None:
        if self._frame is not None and self._count:
            self._write(["f", self._frame, self._count])
        self._count = 0

    def frame(self, frame: ActionFrame) -> None:
        if frame != self._frame:
            self._flush_run()
            self._frame = frame
        self._count += 1

    def checkpoint(self, tick: int, checksum: str) -> None:
        self._flush_run()
        self._write(["c", tick, checksum])
        # Once a second the file is brought up to date: a crash or a kill loses at most that.
        self._stream.flush()

    def finish(self, tick: int, checksum: str) -> None:
        self._flush_run()
        self._write(["end", tick, checksum])
        self._stream.flush()


def read_replay(path: Path) -> Replay:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ReplayError(f"{path}: cannot be read: {error}") from error
    lines = text.splitlines()
    if not lines:
        raise ReplayError(f"{path}: is empty, not a replay")
    replay = Replay(_header(path, lines[0]))
    tick = 0
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue  # an editor's trailing newline is not a record
        where = f"{path}:{number}"
        if replay.end_checksum:
            raise ReplayError(f"{where}: data after the end record")
        record = _record(where, line)
        kind, first, second = record
        if kind == "f":
            if not isinstance(first, int) or not 0 <= first <= ALL_ACTIONS:
                raise ReplayError(f"{where}: action frame {first!r} is not a valid frame")
            if not isinstance(second, int) or second <= 0:
                raise ReplayError(f"{where}: run length {second!r} is not a positive count")
            replay.runs.append((first, second))
            tick += second
            if tick > MAX_TICKS:
                raise ReplayError(f"{where}: the replay runs past {MAX_TICKS} ticks (ten hours)")
        elif kind in ("c", "end"):
            if first != tick or not isinstance(second, str):
                raise ReplayError(
                    f"{where}: checksum record for tick {first!r}, but the frames so far "
                    f"reach tick {tick}"
                )
            if kind == "c":
                replay.checkpoints[tick] = second
            else:
                replay.end_tick, replay.end_checksum = tick, second
        else:
            raise ReplayError(f"{where}: unknown record {kind!r}")
    if not replay.end_checksum:
        raise ReplayError(f"{path}: is truncated: it has no end record")
    return replay


def _header(path: Path, line: str) -> Header:
    where = f"{path}:1"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReplayError(f"{where}: header is not JSON: {error.msg}") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReplayError(f"{where}: not a {FORMAT} file")
    if data.get("version") != VERSION:
        raise ReplayError(
            f"{where}: replay format version {data.get('version')!r}, "
            f"this game reads version {VERSION}"
        )
    try:
        header = Header(**data)
    except TypeError as error:
        raise ReplayError(f"{where}: header fields are wrong: {error}") from error
    for name, kind in HEADER_TYPES.items():
        value = getattr(header, name)
        if not isinstance(value, kind) or isinstance(value, bool):  # JSON true is not a number
            wanted = "a whole number" if kind is int else "text"
            raise ReplayError(f"{where}: header field {name!r} should be {wanted}, found {value!r}")
    return header


def _record(where: str, line: str) -> tuple[str, object, object]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReplayError(f"{where}: not JSON: {error.msg}") from error
    if not (isinstance(record, list) and len(record) == 3 and isinstance(record[0], str)):
        raise ReplayError(f"{where}: expected [kind, value, value]")
    return record[0], record[1], record[2]
