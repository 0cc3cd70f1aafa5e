"""Mutations of one file: edits that know its syntax (XML for maps and tilesets, a JSON value
a line for replays, a JSON document for saves and settings, TOML for the story and the sound
cues), so that most variants get past the parser and reach the code behind it; then, one
time in three, byte damage."""

from __future__ import annotations

from collections.abc import Callable

from fuzzing.choices import Chooser, pick
from fuzzing.json_edits import json_document_edit, json_lines_edit
from fuzzing.toml_edits import toml_edit
from fuzzing.values import INTERESTING
from fuzzing.xml_edits import xml_edit

BYTES = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"&", b"]]>", b"\r\n", b"<!ENTITY a 'b'>"]
# Each returns the edited file, or None when there is no document to edit (a damaged seed).
AWARE: dict[str, Callable[[bytes, Chooser], bytes | None]] = {
    "xml": xml_edit,
    "jsonl": json_lines_edit,
    "json": json_document_edit,
    "toml": toml_edit,
}


def mutate(data: bytes, syntax: str, chooser: Chooser) -> bytes:
    """One to three edits that know the syntax (one of AWARE), then, one time in three, byte
    damage: last, so that the edits before it still find a document to edit."""
    aware = AWARE[syntax]
    for _ in range(1 + chooser.below(3)):
        edited = aware(data, chooser)
        data = data if edited is None else edited  # None: no document to edit
    if not chooser.below(3):
        data = pick(chooser, BYTE_EDITS)(data, chooser)
    return data


# Byte edits


def _flip(data: bytes, chooser: Chooser) -> bytes:
    if not data:
        return data
    flipped = bytearray(data)
    for _ in range(1 + chooser.below(8)):
        flipped[chooser.below(len(flipped))] ^= 1 << chooser.below(8)
    return bytes(flipped)


def _truncate(data: bytes, chooser: Chooser) -> bytes:
    return data[: chooser.below(len(data) + 1)]


def _duplicate_span(data: bytes, chooser: Chooser) -> bytes:
    start = chooser.below(len(data) + 1)
    span = data[start : start + chooser.below(min(len(data) - start, 4096) + 1)]
    at = chooser.below(len(data) + 1)
    return data[:at] + span * pick(chooser, [1, 2, 16]) + data[at:]


def _delete_span(data: bytes, chooser: Chooser) -> bytes:
    start = chooser.below(len(data) + 1)
    return data[:start] + data[start + chooser.below(len(data) - start + 1) :]


def _insert(data: bytes, chooser: Chooser) -> bytes:
    at = chooser.below(len(data) + 1)
    token = pick(chooser, [*BYTES, chooser.raw(64), pick(chooser, INTERESTING).encode()])
    return data[:at] + token + data[at:]


BYTE_EDITS: list[Callable[[bytes, Chooser], bytes]] = [
    _flip,
    _truncate,
    _duplicate_span,
    _delete_span,
    _insert,
]
