"""The seed files and a scratch copy of the content they need, where variants are written.

Variants are written next to their seed, so that the loader's confinement (files may only be
named inside the folder above the map's folder) holds them to the scratch copy.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from fuzzing.choices import Chooser, pick

ROOT = Path(__file__).resolve().parents[2]
TARGETS = ("maps", "tilesets", "replays")
# Symbolic links planted beside every tileset for the mutations to name (see mutate.PATHS).
LINKS = {"passwd_link.png": "/etc/passwd", "escape": "/", "loop": "loop"}


@dataclass(frozen=True)
class Seed:
    target: str  # one of TARGETS
    name: str  # where it came from, relative to the repository
    data: bytes
    write_to: Path  # where a variant of it is written
    host: Path  # what is then loaded: the map, the map using the tileset, or the replay

    @property
    def syntax(self) -> str:
        return "json" if self.target == "replays" else "xml"


def scratch(folder: Path) -> list[Seed]:
    """Copy the shipped content and the test data into `folder`; the seeds of every target."""
    shipped = folder / "shipped"
    shutil.copytree(ROOT / "maps", shipped / "maps")
    shutil.copytree(ROOT / "assets" / "tiles", shipped / "assets" / "tiles")
    # tests/data as it is: the good fixture (what tests/maps/fixtures.py content_copy copies),
    # the broken maps with their assets, and the broken replays.
    data = folder / "data"
    shutil.copytree(ROOT / "tests" / "data", data, symlinks=True)
    tileset_dirs = [shipped / "assets" / "tiles", data / "maps" / "good" / "assets"]
    for tileset_dir in [*tileset_dirs, data / "broken_maps" / "assets"]:
        for name, target in LINKS.items():
            if not (tileset_dir / name).is_symlink():
                os.symlink(target, tileset_dir / name)
    map_dirs = [shipped / "maps", data / "maps" / "good" / "maps", data / "broken_maps"]
    seeds = [_map_seed(file, folder) for each in map_dirs for file in sorted(each.glob("*.tmx"))]
    for tileset_dir, map_dir in zip(tileset_dirs, map_dirs[:2], strict=True):
        seeds += [_tileset_seed(tsx, map_dir, folder) for tsx in sorted(tileset_dir.glob("*.tsx"))]
    fuzzed = folder / "fuzzed.replay"
    for file in [*sorted((ROOT / "replays").glob("*.replay")), *sorted(data.glob("*/*.replay"))]:
        seeds.append(Seed("replays", _named(file, folder), file.read_bytes(), fuzzed, fuzzed))
    return seeds


def choose(chooser: Chooser, seeds: list[Seed], target: str) -> Seed:
    """A seed of `target`, each folder of seeds as likely as another: the broken maps, dozens
    of files each refused early, would otherwise crowd out the few maps that load."""
    folders: dict[str, list[Seed]] = {}
    for seed in seeds:
        if seed.target == target:
            folders.setdefault(seed.name.rpartition("/")[0], []).append(seed)
    return pick(chooser, pick(chooser, sorted(folders.items()))[1])


def _named(file: Path, folder: Path) -> str:
    return str(file.relative_to(folder if file.is_relative_to(folder) else ROOT))


def _map_seed(file: Path, folder: Path) -> Seed:
    fuzzed = file.with_name("fuzzed.tmx")
    return Seed("maps", _named(file, folder), file.read_bytes(), fuzzed, fuzzed)


def _tileset_seed(tsx: Path, map_dir: Path, folder: Path) -> Seed:
    """The variant replaces the tileset in a copy of the first map that uses it."""
    user = next(m for m in sorted(map_dir.glob("*.tmx")) if f'/{tsx.name}"' in m.read_text())
    reference = re.compile(rf'source="([^"]*/){re.escape(tsx.name)}"')
    host = map_dir / f"fuzzed_uses_{tsx.stem}.tmx"
    host.write_text(reference.sub(r'source="\1fuzzed.tsx"', user.read_text()))
    return Seed(
        "tilesets", _named(tsx, folder), tsx.read_bytes(), tsx.with_name("fuzzed.tsx"), host
    )
