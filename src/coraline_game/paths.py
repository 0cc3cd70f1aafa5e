"""Where the game's content lives, for a regular install and for a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def content_root() -> Path:
    """The folder holding `maps/`, `assets/` and `story/`.

    A wheel carries them in `_content/`; an editable install or a plain checkout
    finds them at the top of the repository, two levels above the package.
    """
    bundled = _PACKAGE_DIR / "_content"
    if (bundled / "maps").is_dir():
        return bundled
    return _PACKAGE_DIR.parent.parent


def maps_dir() -> Path:
    return content_root() / "maps"


def assets_dir() -> Path:
    return content_root() / "assets"


def story_dir() -> Path:
    return content_root() / "story"


def is_file(path: Path) -> bool:
    """Path.is_file, for a name read from a content file: one no file can have (longer than
    the system allows) is no file, where Path.is_file would raise."""
    try:
        return path.is_file()
    except OSError:
        return False


def file_in(folder: Path, name: str, suffix: str) -> Path | None:
    """The file `name` + `suffix` right inside `folder`, for a name read from a content
    file; None when there is none, or when the name is not a plain file name (a folder in
    it, "..", a hidden name): a cue or a portrait can never reach outside its folder."""
    if not name or name.startswith(".") or any(c in name for c in "/\\\0:"):
        return None
    path = folder / f"{name}{suffix}"
    return path if is_file(path) else None
