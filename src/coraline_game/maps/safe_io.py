"""Reading files a stranger may have written: bounded in size, hostile XML refused, paths confined.

Every failure is a `Refused` whose reason completes a sentence about the file ("the tileset
file ..."), so callers can say which file it was and where it was named.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers.expat import ErrorString

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from coraline_game.maps.limits import MAX_XML_ELEMENTS


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
    """The bytes of the regular file at `path`; reading stops one byte past `limit`.

    Anything but a regular file is refused before a byte is read: a named pipe or a device
    would block or never end. The file is opened without blocking, then checked, so even a
    pipe swapped in after a check cannot hang the reader.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise Refused(f"does not exist (looked for {path})") from None
    except IsADirectoryError:
        raise Refused(f"is a folder, not a file ({path})") from None
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror}") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise Refused(f"is a folder, not a file ({path})")
        if not stat.S_ISREG(mode):
            raise Refused(f"is {_kind_of(mode)}, not a regular file: only regular files are read")
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror}") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise Refused(f"is larger than the {limit // (1024 * 1024)} MiB limit")
    return data


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


class _CountingBuilder(TreeBuilder):
    """Builds the tree, refusing past `limit` elements: a file of empty tags costs a hundred
    bytes of memory each, far more than its size on disk."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._left = limit

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        self._left -= 1
        if self._left < 0:
            raise _TooManyElements
        return super().start(tag, attrs)


class _TooManyElements(Exception):
    pass


def parse_xml(data: bytes) -> Element:
    """The document's root, refusing what only attacks need: entities and external references.

    A bare DOCTYPE passes, as old Tiled versions wrote one.
    """
    parser = DefusedXMLParser(target=_CountingBuilder(MAX_XML_ELEMENTS), forbid_dtd=False)
    try:
        parser.feed(data)
        root: Element = parser.close()
    except EntitiesForbidden:
        raise Refused("declares XML entities, which Tiled never writes: refused") from None
    except ExternalReferenceForbidden:
        raise Refused("refers to an external XML resource: refused") from None
    except _TooManyElements:
        raise Refused(f"holds more than {MAX_XML_ELEMENTS} XML elements, the limit") from None
    except ParseError as error:
        line, column = error.position
        reason = f"is not well-formed XML: {ErrorString(error.code)}"
        raise Refused(reason, (line, column + 1)) from None
    except (LookupError, ValueError):  # an encoding Python does not know, or cannot decode
        raise Refused(
            f"declares the text encoding {_declared_encoding(data)!r}, which cannot be read"
            " (Tiled writes UTF-8)"
        ) from None
    return root


def _declared_encoding(data: bytes) -> str:
    head = data[:200].decode("latin-1")
    start = head.find("encoding=")
    if start < 0:
        return "?"
    rest = head[start + len("encoding=") :]
    return rest[1 : rest.find(rest[0], 1)][:40] if rest else "?"


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
