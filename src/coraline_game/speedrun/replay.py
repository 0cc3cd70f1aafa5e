"""The replay file: a JSON header line, then run-length encoded frames and checksums.

    {"format": "coraline-replay", "version": 3, "game": ..., "content": ..., "seed": ..., ...}
    ["f", FRAME, COUNT]      COUNT ticks holding the action frame FRAME
    ["t", TICK, SPEED]       from TICK ticks on, the text speed is SPEED (changed mid-run)
    ["c", TICK, CHECKSUM]    the state checksum after TICK ticks (every 60)
    ["end", TICK, CHECKSUM]  the final tick and checksum

One record a line, so a crash loses at most the unfinished run, and a damaged
file can be reported by line number.
"""

from __future__ import annotations

import json
import reprlib
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from itertools import count as numbered
from itertools import repeat
from pathlib import Path
from typing import IO, TypeGuard

from coraline_game.input.actions import ALL_ACTIONS, ActionFrame
from coraline_game.maps.safe_io import Refused, read_bounded
from coraline_game.sim.conversation import TextSpeed

FORMAT = "coraline-replay"
VERSION = 3  # 2: the header names the chapter the run starts from; 3: the text speed
READS = (2, VERSION)  # a version 2 file has no text speed: it ran at the normal one
SINCE_3 = frozenset({"text_speed"})  # header fields a version 2 file does without
CHECKPOINT_TICKS = 60
MAX_TICKS = 60 * 60 * 60 * 10  # ten hours: longer than any run, short enough to re-run
# The largest file a ten-hour run can make: a new frame every tick (2,160,000 lines such as
# `["f", 255, 1]`, 15 bytes with spaces and CRLF) and a checkpoint a second (36,000 lines of
# 36 bytes) is 32 MiB; twice that leaves room for hand edits and still bounds memory.
MAX_REPLAY_BYTES = 64 * 1024 * 1024
# The longest line is the header, about 150 bytes. Refusing long lines before json.loads keeps
# one line from costing more than a few KB of parsing, whatever it holds.
MAX_LINE_BYTES = 4096
# A line a tick, one a checkpoint, and some to spare for the header, the end and blank lines:
# a file of empty lines or repeated checkpoints costs no more time than a real ten-hour run.
MAX_LINES = MAX_TICKS + MAX_TICKS // CHECKPOINT_TICKS + 1024
HEADER_TYPES: dict[str, type] = {
    "game": str,
    "content": str,
    "seed": int,
    "tick_rate": int,
    "start_map": str,
    "chapter": str,
    "text_speed": str,
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
    chapter: str = ""  # the story chapter the run starts from; "" for a lone map
    text_speed: TextSpeed = TextSpeed.NORMAL  # the player's, when the run began
    format: str = FORMAT
    version: int = VERSION


@dataclass
class Replay:
    header: Header
    runs: list[tuple[ActionFrame, int]] = field(default_factory=list)
    checkpoints: dict[int, str] = field(default_factory=dict)
    speeds: dict[int, TextSpeed] = field(default_factory=dict)  # tick -> the text speed from it
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

    def text_speed(self, tick: int, speed: TextSpeed) -> None:
        """The player changed the text speed: it holds from `tick` (the ticks so far) on."""
        self._flush_run()
        self._write(["t", tick, speed.value])

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
    """The replay at `path`, or a ReplayError naming the file and line: whatever the file holds."""
    try:
        data = read_bounded(path, MAX_REPLAY_BYTES)
    except Refused as refused:
        raise ReplayError(f"{path}: {refused.sentence('the replay file')}") from None
    except ValueError:  # a path with a NUL byte in it, which no file has
        raise ReplayError(
            f"{path}: the replay file cannot be read: the name is not a path"
        ) from None
    if not data:
        raise ReplayError(f"{path}: is empty, not a replay")
    line_count = data.count(b"\n") + 1
    if line_count > MAX_LINES:
        raise ReplayError(
            f"{path}: has {line_count} lines, more than a ten-hour run has ({MAX_LINES})"
        )
    lines = _lines(path, data)
    replay = Replay(_header(*next(lines)))
    runs: dict[tuple[ActionFrame, int], tuple[ActionFrame, int]] = {}
    tick = 0
    for where, line in lines:
        if not line.strip():
            continue  # an editor's trailing newline is not a record
        if replay.end_checksum:
            raise ReplayError(f"{where}: data after the end record")
        kind, first, second = _record(where, line)
        if kind == "f":
            if not _is_whole(first) or not 0 <= first <= ALL_ACTIONS:
                raise ReplayError(f"{where}: action frame {brief(first)} is not a valid frame")
            if not _is_whole(second) or second <= 0:
                raise ReplayError(f"{where}: run length {brief(second)} is not a positive count")
            tick += second
            if tick > MAX_TICKS:
                raise ReplayError(f"{where}: the replay runs past {MAX_TICKS} ticks (ten hours)")
            # Runs repeat: sharing equal ones costs a ten-hour replay a pointer a run, not a tuple.
            replay.runs.append(runs.setdefault((first, second), (first, second)))
        elif kind in ("c", "end"):
            _at_tick(where, "checksum", first, tick)
            if not isinstance(second, str):
                raise ReplayError(f"{where}: checksum {brief(second)} is not text")
            if kind == "c":
                replay.checkpoints[tick] = second
            else:
                replay.end_tick, replay.end_checksum = tick, second
        elif kind == "t":
            _at_tick(where, "text speed", first, tick)
            replay.speeds[tick] = _text_speed(where, "the text speed", second)
        else:
            raise ReplayError(f"{where}: unknown record {brief(kind)}")
    if not replay.end_checksum:
        raise ReplayError(f"{path}: is truncated: it has no end record")
    return replay


def brief(value: object) -> str:
    """A value from the file as a message shows it: cut short, however long or deep it is."""
    return _BRIEF.repr(value)


def _is_whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is not a number


def _lines(path: Path, data: bytes) -> Iterator[tuple[str, str]]:
    """(`FILE:LINE`, text) for each line, one at a time: a long replay has millions."""
    start = 0
    for number in numbered(1):
        end = data.find(b"\n", start)
        raw = data[start : len(data) if end < 0 else end].removesuffix(b"\r")
        where = f"{path}:{number}"
        if len(raw) > MAX_LINE_BYTES:
            raise ReplayError(
                f"{where}: the line is longer than any record ({MAX_LINE_BYTES} bytes)"
            )
        try:
            yield where, raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ReplayError(
                f"{where}: the line is not UTF-8 text (byte {error.start + 1} of it)"
            ) from None
        if end < 0:
            return
        start = end + 1


def _loads(where: str, line: str, subject: str) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise ReplayError(f"{where}: {subject} is not JSON: {error.msg}") from None
    except RecursionError:
        raise ReplayError(
            f"{where}: {subject} nests deeper than the JSON reader goes (a replay's lines are flat)"
        ) from None
    except ValueError:  # an integer past Python's limit on digits
        raise ReplayError(
            f"{where}: {subject} holds a number of more than {sys.get_int_max_str_digits()} digits"
        ) from None


def _header(where: str, line: str) -> Header:
    data = _loads(where, line, "header")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReplayError(f"{where}: not a {FORMAT} file")
    if data.get("version") not in READS:
        raise ReplayError(
            f"{where}: replay format version {brief(data.get('version'))}, "
            f"this game reads versions {READS[0]} to {VERSION}"
        )
    unknown = sorted(set(data) - set(HEADER_TYPES))
    if unknown:
        raise ReplayError(f"{where}: header field {brief(unknown[0])} is not one a replay has")
    missing = [name for name in HEADER_TYPES if name not in data and name not in SINCE_3]
    if missing:
        raise ReplayError(f"{where}: the header has no {missing[0]!r} field")
    header = Header(**data)
    for name, kind in HEADER_TYPES.items():
        value = getattr(header, name)
        if not (_is_whole(value) if kind is int else isinstance(value, str)):
            wanted = "a whole number" if kind is int else "text"
            raise ReplayError(
                f"{where}: header field {name!r} should be {wanted}, found {brief(value)}"
            )
    return replace(
        header, text_speed=_text_speed(where, "header field 'text_speed'", header.text_speed)
    )


def _text_speed(where: str, subject: str, value: object) -> TextSpeed:
    if not isinstance(value, str) or value not in _SPEEDS:
        raise ReplayError(
            f"{where}: {subject} is {brief(value)}, not a text speed ({', '.join(_SPEEDS)})"
        )
    return TextSpeed(value)


def _at_tick(where: str, what: str, first: object, tick: int) -> None:
    """A record said to be at `first` must stand where the frames so far reach: `tick`."""
    if not _is_whole(first):
        raise ReplayError(f"{where}: {what} tick {brief(first)} is not a whole number")
    if first != tick:
        raise ReplayError(
            f"{where}: {what} record for tick {brief(first)}, but the frames so far "
            f"reach tick {tick}"
        )


def _record(where: str, line: str) -> tuple[str, object, object]:
    record = _loads(where, line, "record")
    if not (isinstance(record, list) and len(record) == 3 and isinstance(record[0], str)):
        raise ReplayError(f"{where}: expected [kind, value, value]")
    return record[0], record[1], record[2]


class _Brief(reprlib.Repr):
    """Values cut short, however long or deep; JSON's literals as the file spells them."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel, self.maxstring, self.maxlong, self.maxother = 3, 40, 40, 40

    def repr_bool(self, value: bool, level: int) -> str:
        return "true" if value else "false"

    def repr_NoneType(self, value: None, level: int) -> str:
        return "null"


_BRIEF = _Brief()
_SPEEDS = tuple(speed.value for speed in TextSpeed)
