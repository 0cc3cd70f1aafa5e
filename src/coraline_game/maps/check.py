"""`coraline-game check [PATH...]`: every problem in the given maps, one line each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from coraline_game.maps.mapset import check_maps
from coraline_game.maps.problems import Problem
from coraline_game.paths import maps_dir


def check_command(paths: Sequence[Path], out: TextIO) -> int:
    """Check .tmx files and folders of them (the game's maps when none are given).

    Prints `FILE[:place]: error: sentence` per problem, then a summary; returns 0 when clean.
    """
    # Imported here: the story and the sound cues both import the map contract.
    from coraline_game.audio.library import sound_problems
    from coraline_game.content import content_problems

    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths or [maps_dir()]:
        if path.is_dir():
            found = sorted(path.glob("*.tmx"))
            if not found:
                problems.append(Problem(path, "the folder holds no .tmx maps: nothing to check"))
            files += found
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(path, "no such file or folder"))
    loaded, map_problems = check_maps(files)
    problems += map_problems
    checked = {game_map.name: game_map for game_map in loaded}
    problems += content_problems(checked, complete=not paths)
    problems += sound_problems(checked)
    problems.sort(key=lambda problem: str(problem.file))  # stable: each file's in found order
    for problem in problems:
        print(replace(problem, file=_shown(problem.file)), file=out)
    count = len({file.resolve() for file in files})
    print(f"checked {_plural(count, 'map')}: {_plural(len(problems), 'problem')}", file=out)
    return 1 if problems else 0


def _shown(path: Path) -> Path:
    """Relative to the working folder when it lies inside it, as a user would type it."""
    cwd = Path.cwd()
    return path.relative_to(cwd) if path.is_absolute() and path.is_relative_to(cwd) else path


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
