"""JSON edits: of a file of one JSON value a line (replays), and of one JSON document written
over many lines (saves, settings): values swapped for wrong types, huge numbers and deep
nesting, keys repeated, dropped, renamed or added, lines or values repeated, dropped or moved."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fuzzing.choices import Chooser, pick

JSON_TOKENS = [
    *("true", "false", "null", "1e999", "NaN", "-Infinity", "-1", "0", "1", "255", "256"),
    *("60", "2160000", "2160001", "1.0", '"x"', '""', "[]", "{}", '"\\ud800"', '{"a":1}'),
    *('"f"', '"c"', '"end"', "9" * 5000, "[" * 3000 + "]" * 3000, '{"a":' * 2000 + "1"),
]


# Line edits (replays): a value a line


def json_lines_edit(data: bytes, chooser: Chooser) -> bytes | None:
    lines = data.split(b"\n")
    edit = pick(chooser, LINE_EDITS)
    return b"\n".join(edit(lines, chooser))


def _replace_value(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    index = chooser.below(len(lines))
    try:
        value = json.loads(lines[index])
        token = pick(chooser, JSON_TOKENS)
        if isinstance(value, list):
            parts = [json.dumps(item) for item in value]
            at = chooser.below(len(parts) + 1)
            parts[at : at + 1] = [token]
            text = "[" + ",".join(parts) + "]"
        elif isinstance(value, dict):
            fields = {json.dumps(key): json.dumps(item) for key, item in value.items()}
            key = pick(chooser, [*fields, '"extra"', '"seed"', '"version"'])
            fields[key] = token
            text = "{" + ",".join(f"{key}:{item}" for key, item in fields.items()) + "}"
        else:
            text = token
    except (ValueError, RecursionError):  # not JSON (a damaged seed): replace the line
        text = pick(chooser, JSON_TOKENS)
    return [*lines[:index], text.encode(), *lines[index + 1 :]]


def _duplicate_line(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    line = lines[chooser.below(len(lines))]
    at = chooser.below(len(lines) + 1)
    return [*lines[:at], *[line] * pick(chooser, [1, 2, 100]), *lines[at:]]


def _delete_line(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    index = chooser.below(len(lines))
    return [*lines[:index], *lines[index + 1 :]]


def _swap_lines(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    first, second = chooser.below(len(lines)), chooser.below(len(lines))
    swapped = list(lines)
    swapped[first], swapped[second] = lines[second], lines[first]
    return swapped


def _insert_line(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    line = pick(chooser, [b"", b"   ", b'["f",1,1]', b'["c",0,"x"]', b"[" + b"1," * 3000 + b"1]"])
    at = chooser.below(len(lines) + 1)
    return [*lines[:at], line, *lines[at:]]


def _crlf(lines: list[bytes], chooser: Chooser) -> list[bytes]:
    return [line + b"\r" for line in lines]


LINE_EDITS: list[Callable[[list[bytes], Chooser], list[bytes]]] = [
    _replace_value,
    _replace_value,
    _replace_value,
    _duplicate_line,
    _delete_line,
    _swap_lines,
    _insert_line,
    _crlf,
]


# Document edits (saves, settings): on the parsed document, written back as the game writes it


DOCUMENT_TOKENS = [
    *JSON_TOKENS,
    *('"\\u0000"', '"a\\nb"', '"\\u202e"', '"' + "a" * 5000 + '"', "[null]", '["\\u0000"]'),
    *('"coraline-save"', '"coraline-settings"', '"normal"', '"fast"', '"large"', '"UP"', '"w"'),
    # bindings, [[action, [names]], ...]: right and wrong shapes
    *('[["UP", ["w"]]]', '[[["UP"], ["w"]]]', '[[{"a": 1}, ["w"]]]', '[["UP", [[]]]]'),
    *('[["UP", ["\\u0000"]]]', '[["UP", []]]', '[["NOPE", ["w"]]]', '[["UP", "w"]]', "[[]]"),
]
KEYS = ["extra", "", "format", "version", "a" * 5000, "\u202e", "\x00", "__class__"]


class Raw(str):
    """Text written into the document as it is: a token, which may not even be JSON."""


class Pairs(list[list[Any]]):
    """An object as its [key, value] pairs, so that a key can be written twice."""


@dataclass(frozen=True)
class _Slot:
    """Where a value is: an item of a list, or the value of an object's pair."""

    owner: list[Any]
    index: int
    keyed: bool  # owner is Pairs: owner[index] is a [key, value] pair

    def get(self) -> Any:
        return self.owner[self.index][1] if self.keyed else self.owner[self.index]

    def set(self, value: Any) -> None:
        if self.keyed:
            self.owner[self.index][1] = value
        else:
            self.owner[self.index] = value


def json_document_edit(data: bytes, chooser: Chooser) -> bytes | None:
    try:
        document = json.loads(data, object_pairs_hook=lambda pairs: Pairs(map(list, pairs)))
    except (ValueError, RecursionError):  # not JSON (a damaged seed): nothing to edit
        return None
    root = [document]
    pick(chooser, DOCUMENT_EDITS)(root, chooser)
    # As SaveSlot and SettingsFile write it, or on one line.
    return _dumps(root[0], pick(chooser, [1, 1, 1, None]), 0).encode()


def _slots(root: list[Any]) -> list[_Slot]:
    """Every place a value is, the document itself first."""
    found: list[_Slot] = []
    pending = [_Slot(root, 0, keyed=False)]
    while pending:
        slot = pending.pop()
        found.append(slot)
        value = slot.get()
        if isinstance(value, Pairs):
            pending += [_Slot(value, at, keyed=True) for at in range(len(value))]
        elif isinstance(value, list):
            pending += [_Slot(value, at, keyed=False) for at in range(len(value))]
    return found


def _objects(root: list[Any]) -> list[Pairs]:
    return [value for slot in _slots(root) if isinstance(value := slot.get(), Pairs)]


def _keys(root: list[Any]) -> list[str]:
    return [str(key) for each in _objects(root) for key, _ in each]


def _replace_node(root: list[Any], chooser: Chooser) -> None:
    slots = _slots(root)
    slot, other = pick(chooser, slots), pick(chooser, slots)
    value = slot.get()
    slot.set(
        pick(
            chooser,
            [
                Raw(pick(chooser, DOCUMENT_TOKENS)),
                Raw(pick(chooser, DOCUMENT_TOKENS)),
                copy.deepcopy(other.get()),  # a value from elsewhere in the document
                [value],
                Pairs([["a", value]]),
            ],
        )
    )


def _drop_node(root: list[Any], chooser: Chooser) -> None:
    """A list item, or an object's key with its value."""
    slots = _slots(root)[1:]
    if slots:
        slot = pick(chooser, slots)
        del slot.owner[slot.index]


def _repeat_node(root: list[Any], chooser: Chooser) -> None:
    """A list item repeated, or an object's key written again with its value."""
    slots = _slots(root)[1:]
    if slots:
        slot = pick(chooser, slots)
        again = [copy.deepcopy(slot.owner[slot.index]) for _ in range(pick(chooser, [1, 2, 100]))]
        slot.owner[slot.index : slot.index] = again


def _add_key(root: list[Any], chooser: Chooser) -> None:
    objects = _objects(root)
    if objects:
        target = pick(chooser, objects)
        key = pick(chooser, [*_keys(root), *KEYS])
        target.insert(chooser.below(len(target) + 1), [key, Raw(pick(chooser, DOCUMENT_TOKENS))])


def _rename_key(root: list[Any], chooser: Chooser) -> None:
    objects = [each for each in _objects(root) if each]
    if objects:
        pick(chooser, pick(chooser, objects))[0] = pick(chooser, [*_keys(root), *KEYS])


def _swap_nodes(root: list[Any], chooser: Chooser) -> None:
    slots = _slots(root)[1:]
    if slots:
        first, second = pick(chooser, slots), pick(chooser, slots)
        one, other = first.get(), second.get()
        first.set(other)
        second.set(one)


def _dumps(value: Any, indent: int | None, level: int) -> str:
    """As json.dumps(value, indent=indent) writes it, with Raw text as it is."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, Pairs):
        items = [f"{json.dumps(key)}: {_dumps(item, indent, level + 1)}" for key, item in value]
        return _joined("{", items, "}", indent, level)
    if isinstance(value, list):
        items = [_dumps(item, indent, level + 1) for item in value]
        return _joined("[", items, "]", indent, level)
    return json.dumps(value)


def _joined(opening: str, items: list[str], closing: str, indent: int | None, level: int) -> str:
    if not items:
        return opening + closing
    if indent is None:
        return opening + ", ".join(items) + closing
    inner, outer = "\n" + " " * indent * (level + 1), "\n" + " " * indent * level
    return opening + inner + ("," + inner).join(items) + outer + closing


DOCUMENT_EDITS: list[Callable[[list[Any], Chooser], None]] = [
    _replace_node,
    _replace_node,
    _replace_node,
    _drop_node,
    _repeat_node,
    _add_key,
    _rename_key,
    _swap_nodes,
]
