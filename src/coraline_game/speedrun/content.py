"""A hash of the game's content, so a replay names the maps and art it was made with.

Only what the game loads counts: maps, tilesets, images, font metrics, the actor
catalogue and the story, not an editor's side files (a Tiled session or project). Text
files are read with their line endings made plain, so a checkout that turned them into
CRLF hashes the same.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from coraline_game.paths import content_root

CONTENT_FOLDERS = ("maps", "assets", "story")
# Sound never touches the simulation: its files and cues are no part of what a replay names.
NOT_CONTENT = ("assets/audio",)
TEXT_SUFFIXES = (".tmx", ".tsx", ".json", ".toml")
LOADED_SUFFIXES = (*TEXT_SUFFIXES, ".png")


def content_hash(root: Path | None = None) -> str:
    root = root or content_root()
    digest = hashlib.blake2b(digest_size=16)
    for folder in CONTENT_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.suffix not in LOADED_SUFFIXES or not path.is_file():
                continue
            if relative.startswith(NOT_CONTENT):
                continue
            data = path.read_bytes()
            if path.suffix in TEXT_SUFFIXES:
                data = data.replace(b"\r\n", b"\n")
            digest.update(relative.encode() + b"\0")
            digest.update(data)
    return digest.hexdigest()
