"""What C libraries print: libpng writes its warnings and errors straight to the process's
standard error, past Python. The loader catches those lines, so a user reads one sentence
about the file instead of a library's shorthand, and can still be told what it said."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

MAX_CAPTURED_BYTES = 4096  # a library that prints on and on is cut short


@contextmanager
def captured_stderr() -> Iterator[list[str]]:
    """Redirect file descriptor 2 for the block; the list gets the lines printed meanwhile."""
    lines: list[str] = []
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), 2)
            try:
                yield lines
            finally:
                os.dup2(saved, 2)
                sink.seek(0)
                text = sink.read(MAX_CAPTURED_BYTES).decode("utf-8", "replace")
                lines.extend(line.strip() for line in text.splitlines() if line.strip())
    finally:
        os.close(saved)
