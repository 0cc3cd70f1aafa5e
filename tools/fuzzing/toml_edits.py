"""TOML edits (the story, the sound cues), line by line as the files are written: values
replaced by wrong types, huge or deeply nested ones or values from elsewhere in the file, keys
renamed, repeated or carried into another table, tables repeated, renamed, dropped or
moved, lines dropped or moved; most variants still parse, and reach the reader behind it."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from fuzzing.choices import Chooser, pick
from fuzzing.values import GROWTH, INTERESTING

TOML_TOKENS = [
    *("true", "false", "0", "-1", "1", "2", "3", "4", "30", "3600", "3601", "36000", "36001"),
    *("9223372036854775807", "-9223372036854775809", "1" + "0" * 5000, "1.5", "-0.0", "inf"),
    *("nan", "1979-05-27T07:32:00Z", "07:32:00", '""', '" "', '"none"', '"night"', '"day night"'),
    *('"!night"', '"has:"', '"has:key"', '"!has:key has:key"', '"a !a"', '"a:b:c"', '":"'),
    *('"x:"', '"narrator: "', '"coraline: hi"', '"#zzzzzz"', '"#fff"', '"out"', '"in"', '"up"'),
    *('"a\\nb"', '"\\t"', "'literal'", '"""two\nlines"""', "[]", "[1]", '["a"]', "[[]]"),
    *("[{}]", "{}", "{ a = 1 }", '{ set = "x" }', '{ go = "x" }', '[true, "a"]', "[[1], [2]]"),
    *(json.dumps(text) for text in INTERESTING),  # as text: "1", "", "\u202e", a long one ...
    "[" + '"x", ' * 2000 + "]",
    "[" * 60 + "]" * 60,
    "[" * 1200 + "]" * 1200,  # deeper than tomllib's recursion goes
    "{ a = " * 60 + "1" + " }" * 60,
    "{ a = " * 1200 + "1" + " }" * 1200,
]
TOML_KEYS = [
    *('""', '"a b"', '"has:key"', "a.b", '"a.b"', '"\\u202e"', '"a\\nb"', '"' + "k" * 300 + '"'),
    *("night", "coraline", "none", "then", "when", "lines", "choices", "steps", "like", "track"),
    *("sound", "every", "gap", "starts", "place", "name", "text", "color", "portrait", "to"),
    *("beats", "facts", "chapter", "objective", "credits", "music", "ambience", "1", "then.set"),
]
TOML_LINES = ["", "x = 1", "= 1", "[[x]]", "[x]", "[a.b.c]", '"" = 1', "a.b = 1", "[", "x = ["]
# A string, or a bare value (number, boolean, date) just after `=`, `[`, `,` or `{`.
_LITERAL = re.compile(
    r'"(?:[^"\\\n]|\\.)*"|(?:(?<=[=\[,{])|(?<=[=\[,{] ))(?:true|false|[-+]?\d[\w.:+-]*)'
)
_HEADER = re.compile(r"(\[\[?)\s*(.*?)\s*(\]\]?)\s*(#.*)?")


@dataclass(frozen=True)
class _Statement:
    start: int  # the lines it spans: lines[start:end]
    end: int
    kind: str  # "header", "pair" or "other" (a comment, a blank line, a stray line)
    key: str = ""  # a header's table name or a pair's key, as written


def toml_edit(data: bytes, chooser: Chooser) -> bytes | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:  # a damaged seed: nothing to edit
        return None
    lines = text.split("\n")
    edited = pick(chooser, TOML_EDITS)(lines, _statements(lines), chooser)
    return "\n".join(edited).encode()


def _statements(lines: list[str]) -> list[_Statement]:
    """The file's statements: a pair's value may span lines (a multi-line array)."""
    found: list[_Statement] = []
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        header = _HEADER.fullmatch(stripped) if stripped.startswith("[") else None
        key, _, value = _split_pair(lines[index])
        if header:
            found.append(_Statement(index, index + 1, "header", header[2]))
            index += 1
        elif value is not None:
            end, depth = index + 1, _depth(value)
            while depth > 0 and end < len(lines):
                depth += _depth(lines[end])
                end += 1
            found.append(_Statement(index, end, "pair", key.strip()))
            index = end
        else:
            found.append(_Statement(index, index + 1, "other"))
            index += 1
    return found


def _split_pair(line: str) -> tuple[str, str, str | None]:
    """key, "=", value of a `key = value` line; value None when the line is no pair."""
    quote = ""
    for at, char in enumerate(line):
        if quote:
            quote = "" if char == quote and line[at - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char == "#" or char in "[{":
            return line, "", None
        elif char == "=":
            return line[:at], "=", line[at + 1 :]
    return line, "", None


def _depth(text: str) -> int:
    """How many more brackets the text opens than it closes, strings and comments aside."""
    depth, quote, escaped = 0, "", False
    for char in text:
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return depth


def _tables(statements: list[_Statement], count: int) -> list[tuple[int, int]]:
    """Each table's lines, from its header to the next (the lines before the first too)."""
    starts = [0, *(s.start for s in statements if s.kind == "header"), count]
    return [(a, b) for a, b in itertools.pairwise(starts) if a < b]


def _of(statements: list[_Statement], kind: str) -> list[_Statement]:
    return [statement for statement in statements if statement.kind == kind]


def _pair(chooser: Chooser, pairs: list[_Statement]) -> _Statement:
    """A pair, each key as likely as another: the few choices of the dialogue files would
    otherwise be lost among their thousand lines."""
    key = pick(chooser, sorted({pair.key for pair in pairs}))
    return pick(chooser, [pair for pair in pairs if pair.key == key])


Edit = Callable[[list[str], list[_Statement], Chooser], list[str]]


def _replace_value(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """A pair's whole value: a token, another pair's value, or itself wrapped."""
    pairs = _of(statements, "pair")
    if not pairs:
        return lines
    pair, other = _pair(chooser, pairs), _pair(chooser, pairs)
    value = "\n".join(lines[pair.start : pair.end]).partition("=")[2].strip()
    elsewhere = "\n".join(lines[other.start : other.end]).partition("=")[2].strip()
    new = pick(chooser, [pick(chooser, TOML_TOKENS), elsewhere, f"[{value}]", f"{{ a = {value} }}"])
    return [*lines[: pair.start], f"{pair.key} = {new}", *lines[pair.end :]]


def _replace_literal(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """One string or number inside a value (an array's item, an inline table's value)."""
    pairs = _of(statements, "pair")
    if not pairs:
        return lines
    pair = _pair(chooser, pairs)
    spots = [
        (index, found.span())
        for index in range(pair.start, pair.end)
        for found in _LITERAL.finditer(lines[index])
        if index > pair.start or found.start() > lines[index].index("=")
    ]
    if not spots:
        return _replace_value(lines, statements, chooser)
    index, (start, end) = pick(chooser, spots)
    line = lines[index]
    new = [*lines]
    new[index] = line[:start] + pick(chooser, TOML_TOKENS) + line[end:]
    return new


def _rename_key(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    pairs = _of(statements, "pair")
    if not pairs:
        return lines
    pair = _pair(chooser, pairs)
    key = pick(chooser, [*sorted({p.key for p in pairs}), *TOML_KEYS])
    new = [*lines]
    new[pair.start] = key + " =" + lines[pair.start].partition("=")[2]
    return new


def _carry_pair(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """A pair copied just after itself (the key twice) or into another table."""
    pairs = _of(statements, "pair")
    if not pairs:
        return lines
    pair = _pair(chooser, pairs)
    copied = lines[pair.start : pair.end]
    at = pick(chooser, [pair.end, *(h.end for h in _of(statements, "header")), 0])
    return [*lines[:at], *copied, *lines[at:]]


def _repeat_table(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """A table written again elsewhere, as it is (a page more; a table twice) or renamed."""
    tables = _tables(statements, len(lines))
    start, end = pick(chooser, tables)
    block = lines[start:end]
    header = _HEADER.fullmatch(block[0].strip())
    if header and chooser.below(2):
        name = pick(chooser, [f"{header[2]}_again", *TOML_KEYS])
        block = [f"{header[1]}{name}{header[3]}", *block[1:]]
    times = min(pick(chooser, [1, 1, 2, 50]), max(1, GROWTH // max(1, len("\n".join(block)))))
    at = pick(chooser, [a for a, _ in tables] + [len(lines)])
    return [*lines[:at], *block * times, *lines[at:]]


def _rename_table(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """A table given another table's name or a hostile one, or [x] made [[x]] and back."""
    headers = _of(statements, "header")
    if not headers:
        return lines
    header = pick(chooser, headers)
    found = _HEADER.fullmatch(lines[header.start].strip())
    assert found is not None  # _statements found it
    opening, name, closing = found[1], found[2], found[3]
    if chooser.below(3):
        name = pick(chooser, [*(h.key for h in headers), *TOML_KEYS])
    else:
        opening, closing = ("[", "]") if opening == "[[" else ("[[", "]]")
    new = [*lines]
    new[header.start] = f"{opening}{name}{closing}"
    return new


def _drop(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """A pair with all its lines, or a whole table."""
    start, end = pick(
        chooser,
        [
            *((s.start, s.end) for s in statements if s.kind == "pair"),
            *_tables(statements, len(lines)),
        ],
    )
    return [*lines[:start], *lines[end:]]


def _move(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    """Two statements or two tables swapped: order matters to pages, and a pair moved past a
    header belongs to another table."""
    spans = pick(
        chooser,
        [
            [(s.start, s.end) for s in statements if s.kind != "other"],
            _tables(statements, len(lines)),
        ],
    )
    if len(spans) < 2:
        return lines
    first, second = sorted([pick(chooser, spans), pick(chooser, spans)])
    if first == second or first[1] > second[0]:
        return lines
    (a, b), (c, d) = first, second
    return [*lines[:a], *lines[c:d], *lines[b:c], *lines[a:b], *lines[d:]]


def _insert_line(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    at = chooser.below(len(lines) + 1)
    return [*lines[:at], pick(chooser, TOML_LINES), *lines[at:]]


def _crlf(lines: list[str], statements: list[_Statement], chooser: Chooser) -> list[str]:
    return [line + "\r" for line in lines[:-1]] + lines[-1:]


TOML_EDITS: list[Edit] = [
    _replace_value,
    _replace_value,
    _replace_literal,
    _replace_literal,
    _replace_literal,
    _rename_key,
    _carry_pair,
    _repeat_table,
    _rename_table,
    _drop,
    _move,
    _insert_line,
    _crlf,
]
