"""A hash of the game's content, so a replay names the maps and art it was made with."""

from __future__ import annotations

import hashlib
from pathlib import Path

from coraline_game.paths import content_root

CONTENT_FOLDERS = ("maps", "assets")


def content_hash(root: Path | None = None) -> str:
    root = root or content_root()
    digest = hashlib.blake2b(digest_size=16)
    for folder in CONTENT_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()
