"""A TOML file read whole, as the story's files and the sound cues are: why one cannot be
read is a sentence, with the line where there is one, never a library's or Python's words."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

# Deeper than this, arrays and tables are no content of the game's: the line that first
# goes past it is named when tomllib runs out of stack (a few hundred levels).
DEEP = 100
# What a depth count must step over: strings (brackets in them are text) and comments.
_BRACKETS = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]',
    re.DOTALL,
)


class TomlError(ValueError):
    """Why a file cannot be read as TOML: a sentence about the file, its name aside."""


def read_toml(path: Path, max_bytes: int) -> dict[str, Any]:
    """The file's table; raises OSError, or TomlError saying what is wrong and where."""
    with path.open("rb") as file:
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TomlError(f"is not valid TOML: it is larger than {max_bytes} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TomlError(f"is not UTF-8 text (at line {line})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:  # its words say where: (at line 3, column 5)
        raise TomlError(f"is not valid TOML: {error}") from None
    except RecursionError:
        raise TomlError(
            f"is not valid TOML: arrays or tables nest too deep to be read{_too_deep(text)}"
        ) from None
    except ValueError:  # an integer past Python's limit on digits
        digits = sys.get_int_max_str_digits()
        raise TomlError(
            f"is not valid TOML: a number has more than {digits} digits{_too_long(text, digits)}"
        ) from None


def _too_deep(text: str) -> str:
    depth, line = 0, 1
    for found in _BRACKETS.finditer(text):
        token = found.group()
        if token in "[{":
            depth += 1
            if depth > DEEP:
                return f" (at line {line}, more than {DEEP} deep)"
        elif token in "]}":
            depth -= 1
        line += token.count("\n")
    return ""


def _too_long(text: str, digits: int) -> str:
    found = re.search(rf"\d[\d_]{{{digits},}}", text)
    return f" (at line {text.count(chr(10), 0, found.start()) + 1})" if found else ""
