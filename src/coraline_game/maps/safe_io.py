"""Reading files a stranger may have written: bounded in size, hostile XML refused, paths confined.

Every failure is a `Refused` whose reason completes a sentence about the file ("the tileset
file ..."), so callers can say which file it was and where it was named.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import ErrorString

import defusedxml.ElementTree as SafeElementTree
from defusedxml import EntitiesForbidden, ExternalReferenceForbidden

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Refused(Exception):
    def __init__(self, reason: str, line_column: tuple[int, int] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line_column = line_column  # where XML stopped parsing, 1-based

    def sentence(self, subject: str) -> str:
        """E.g. "the tileset file is not well-formed XML: ... (line 3, column 7)"."""
        where = " (line {}, column {})".format(*self.line_column) if self.line_column else ""
        return f"{subject} {self.reason}{where}"


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes; reading stops one byte past `limit`, whatever the file claims."""
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except FileNotFoundError:
        raise Refused(f"does not exist (looked for {path})") from None
    except IsADirectoryError:
        raise Refused(f"is a folder, not a file ({path})") from None
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror}") from None
    if len(data) > limit:
        raise Refused(f"is larger than the {limit // (1024 * 1024)} MiB limit")
    return data


def parse_xml(data: bytes) -> Element:
    """The document's root, refusing what only attacks need: entities and external references.

    A bare DOCTYPE passes, as old Tiled versions wrote one.
    """
    try:
        root: Element = SafeElementTree.fromstring(data)
    except EntitiesForbidden:
        raise Refused("declares XML entities, which Tiled never writes: refused") from None
    except ExternalReferenceForbidden:
        raise Refused("refers to an external XML resource: refused") from None
    except ParseError as error:
        line, column = error.position
        reason = f"is not well-formed XML: {ErrorString(error.code)}"
        raise Refused(reason, (line, column + 1)) from None
    return root


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header, read before anything is decoded."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 24:
        raise Refused("is not a PNG image (the game reads PNG only)")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def confine(reference: str, base_dir: Path, root: Path) -> Path:
    """The file `reference` names, relative to `base_dir`, which must lie inside `root`.

    `root` must be resolved. Symbolic links are followed first, so a link cannot smuggle a
    path out either.
    """
    if not reference:
        raise Refused("is empty")
    try:
        target = (base_dir / reference).resolve()
    except (OSError, RuntimeError, ValueError) as error:
        raise Refused(f"cannot be resolved: {error}") from None
    if not target.is_relative_to(root):
        raise Refused(f"points outside the content folder {root}")
    return target
