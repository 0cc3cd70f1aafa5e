"""What a message for a person must be, whatever the target: one line that names the file
(and, for a problem inside it, the place), in the game's words rather than a library's or
Python's, and short enough to read (values in it cut short)."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from coraline_game.maps.problems import Problem
from fuzzing.findings import Finding

MAX_LENGTH = 500  # characters, the file's name aside
LIBRARY_WORDS = re.compile(
    r"Traceback|\[Errno|maximum recursion depth|Exceeds the limit|codec can't|unhashable type"
    r"|object is not|has no attribute|not supported between|invalid literal for"
    r"|\b[A-Z]\w*(Error|Exception)\b"
)
# A problem of the whole file has no place in it.
WHOLE_FILE = ("cannot be read", "is not UTF-8 text", "is not valid TOML")
TOML_POSITION = re.compile(r"\(at (line \d+|end of document)")


def message_findings(message: str, path: Path) -> list[Finding]:
    """A message for the player (a save's, the settings'): one line that names the file."""
    shown = _shown(message.replace(str(path), path.name))  # the scratch folder is another each run
    found = []
    if "\n" in message:
        found.append(Finding("bad_output", f"a message of more than one line: {shown}"))
    if str(path) not in message:
        found.append(Finding("bad_output", f"a message that does not name the file: {shown}"))
    if len(message.replace(str(path), "")) > MAX_LENGTH:
        found.append(Finding("bad_output", f"a message over {MAX_LENGTH} characters: {shown}"))
    if LIBRARY_WORDS.search(message):
        found.append(Finding("catch_all", f"a library's words: {shown}"))
    return found


def problem_findings(problems: list[Problem], files: Collection[Path]) -> list[Finding]:
    """Problems of content files (`files`, what was read): each names one of them, and a place
    in it unless it is about the whole file; a TOML syntax error says where it is."""
    found = []
    for problem in problems:
        line, message = str(problem), problem.message
        shown = _shown(line)
        if problem.file not in files:
            found.append(Finding("bad_output", f"names no file that was read: {shown}"))
        if "\n" in line:
            found.append(Finding("bad_output", f"a problem of more than one line: {shown}"))
        if not message.strip():
            found.append(Finding("bad_output", f"a problem with no sentence: {shown}"))
        if len(line) - len(str(problem.file)) > MAX_LENGTH:
            found.append(Finding("bad_output", f"a problem over {MAX_LENGTH} characters: {shown}"))
        if not problem.place and not message.startswith(WHOLE_FILE):
            found.append(Finding("bad_output", f"a problem with no place in the file: {shown}"))
        toml = message.startswith("is not valid TOML") and "larger than" not in message
        if LIBRARY_WORDS.search(message) or (toml and not TOML_POSITION.search(message)):
            found.append(Finding("catch_all", f"a library's words, or no place: {shown}"))
    return found


def _shown(text: str) -> str:
    """The text on one line and cut short, for a finding's summary."""
    text = text.replace("\n", "\\n")
    return text if len(text) <= 300 else f"{text[:240]}... ({len(text)} characters)"
