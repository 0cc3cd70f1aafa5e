"""The seed files and a scratch copy of the content they need, where variants are written.

Variants are written next to their seed, so that the loader's confinement (files may only be
named inside the folder above the map's folder) holds them to the scratch copy. A story
file's variant replaces it in a copy of story/ of its own; saves and settings are written
by the game's own code (SaveSlot.write, SettingsFile.write) into folders of the scratch.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from fuzzing.choices import Chooser, pick

ROOT = Path(__file__).resolve().parents[2]
TARGETS = ("maps", "tilesets", "replays", "story", "saves", "settings", "cues")
# What mutate's edits know of each target's files (jsonl: a JSON value a line).
SYNTAX = {
    **{"maps": "xml", "tilesets": "xml", "replays": "jsonl", "story": "toml"},
    **{"saves": "json", "settings": "json", "cues": "toml"},
}
# Saves of these chapters' starts, each with the save of the chapter before it as its backup.
SAVED_CHAPTERS = (("day1", "night1"), ("night2", "night3"), ("night4", "hunt"), ("day4", "day5"))
# Symbolic links planted beside every tileset for the mutations to name (see xml_edits.PATHS).
LINKS = {"passwd_link.png": "/etc/passwd", "escape": "/", "loop": "loop"}


@dataclass(frozen=True)
class Seed:
    target: str  # one of TARGETS
    name: str  # where it came from, relative to the repository
    data: bytes
    write_to: Path  # where a variant of it is written
    # What is then loaded: the map, the map using the tileset, the replay, the copy of
    # story/, the save's or the settings' folder, or the cues file.
    host: Path

    @property
    def syntax(self) -> str:
        return SYNTAX[self.target]


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
    return (
        seeds
        + _story_seeds(folder)
        + _save_seeds(folder)
        + _settings_seeds(folder)
        + [_cues_seed(folder)]
    )


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


def _story_seeds(folder: Path) -> list[Seed]:
    """Each story file, its variant put in place of it in a copy of story/ of its own."""
    seeds = []
    for index, file in enumerate(sorted((ROOT / "story").rglob("*.toml"))):
        copy = folder / "story" / str(index)
        shutil.copytree(ROOT / "story", copy)
        inside = copy / file.relative_to(ROOT / "story")
        seeds.append(Seed("story", _named(file, folder), file.read_bytes(), inside, copy))
    return seeds


# The game's modules are imported where they are needed: tools/fuzz.py imports this module
# before atheris instruments them (runner.py).


def _save_seeds(folder: Path) -> list[Seed]:
    from coraline_game.save import SaveSlot
    from coraline_game.story.library import default_story
    from coraline_game.story.start import chapter_start

    story = default_story()
    seeds = []
    for before, chapter in SAVED_CHAPTERS:
        slot = SaveSlot(folder / "saves" / chapter)
        for start in (before, chapter):
            if problem := slot.write(chapter_start(story, start)):
                raise OSError(problem)
        data = slot.path.read_bytes()
        seeds.append(Seed("saves", f"saves/{chapter}.json", data, slot.path, slot.folder))
    return seeds


def _settings_seeds(folder: Path) -> list[Seed]:
    from coraline_game.settings import Settings, SettingsFile, TextSize
    from coraline_game.sim.conversation import TextSpeed

    chosen = {
        "defaults": Settings(),
        "changed": Settings(
            master_volume=3,
            music_volume=0,
            effects_volume=10,
            window_scale=2,
            fullscreen=True,
            screen_shake=False,
            reduced_flashing=True,
            bold_stone_outlines=True,
            text_speed=TextSpeed.FAST,
            text_size=TextSize.LARGE,
            keys=(("INTERACT", ("space", "e")), ("PAUSE", ("escape",))),
            pad_buttons=(("STONE", ("y",)),),
        ),
    }
    seeds = []
    for name, settings in chosen.items():
        store = SettingsFile(folder / "settings" / name)
        if problem := store.write(settings):
            raise OSError(problem)
        data = store.path.read_bytes()
        seeds.append(Seed("settings", f"settings/{name}.json", data, store.path, store.path.parent))
    return seeds


def _cues_seed(folder: Path) -> Seed:
    """The cues file beside empty files named as the game's sounds: only their names count."""
    shipped = ROOT / "assets" / "audio"
    cues = folder / "audio" / "cues.toml"
    for sound in shipped.glob("*/*.ogg"):
        empty = cues.parent / sound.relative_to(shipped)
        empty.parent.mkdir(parents=True, exist_ok=True)
        empty.touch()
    shutil.copy(shipped / "cues.toml", cues)
    return Seed("cues", _named(shipped / "cues.toml", folder), cues.read_bytes(), cues, cues)
