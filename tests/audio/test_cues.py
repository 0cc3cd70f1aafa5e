"""A broken cues file is refused whole, each problem named with its file and place; the
game then plays on in silence."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coraline_game.audio.cues import CuesError, load_cues
from coraline_game.audio.library import audio_dir, sound_problems
from coraline_game.maps.loader import load_map
from coraline_game.paths import maps_dir

FLAGS = {"met_wybie", "eye_garden"}


def _cues(tmp_path: Path, text: str) -> Path:
    for kind in ("music", "ambience", "effects"):
        shutil.copytree(audio_dir() / kind, tmp_path / kind)
    path = tmp_path / "cues.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(CuesError) as caught:
        load_cues(path, FLAGS)
    return [str(problem) for problem in caught.value.problems]


def test_a_good_file_chooses_the_first_entry_that_holds(tmp_path: Path) -> None:
    path = _cues(
        tmp_path,
        '[[music.real]]\nwhen = "met_wybie"\ntrack = "ending"\n'
        '[[music.real]]\ntrack = "real"\n'
        '[[music.garden]]\nwhen = "!eye_garden"\ntrack = "garden"\n'
        '[[music.garden]]\nlike = "real"\n',
    )
    cues = load_cues(path, FLAGS)
    nothing, met = (frozenset(), frozenset(), "day"), (frozenset({"met_wybie"}), frozenset(), "day")
    assert cues.chosen(cues.music, "real", nothing) == "real"
    assert cues.chosen(cues.music, "real", met) == "ending"
    assert cues.chosen(cues.music, "garden", nothing) == "garden"
    eye = (frozenset({"eye_garden", "met_wybie"}), frozenset(), "day")
    assert cues.chosen(cues.music, "garden", eye) == "ending"  # like the real theme
    assert cues.chosen(cues.music, "nowhere", nothing) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[music.real]]\ntrack = "lullabye"\n', "music.real[1]: error: no such music: 'lullabye'"),
        # A file there is, but outside music/: a cue never reaches out of its folder.
        ('[[music.real]]\ntrack = "../music/real"\n', "error: no such music: '../music/real'"),
        ('[[music.real]]\nwhen = "met_wybe"\ntrack = "real"\n', "met_wybe', which is no flag"),
        ('[[music.real]]\nwhen = "!!x"\ntrack = "real"\n', "music.real[1]: error:"),
        ('[[music.a]]\nlike = "b"\n[[music.b]]\nlike = "a"\n', "plays like itself"),
        ('[[music.a]]\nlike = "c"\n', "music.a[1]: error: no theme 'c'"),
        ('[actors.hand]\nsound = "hand"\nevery = -3\n', "actors.hand: error: `every`"),
        ('[flags]\nnot_a_flag = "door"\n', "flags.not_a_flag: error: is no flag"),
        ("[musik]\n", "musik: error: unknown section"),
        ("[[music.real]\n", "is not valid TOML"),
    ],
)
def test_each_problem_names_the_file_and_the_place(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = _cues(tmp_path, text)
    problems = _problems(path)
    assert any(expected in problem for problem in problems), problems
    assert all(problem.startswith(str(path)) for problem in problems)


# Found by fuzzing (tools/fuzzing/): each was an exception, a library's words or a problem of
# two lines.
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"[[music.real]]\ntrack = " + b"[" * 1000 + b"]" * 1000 + b"\n",
            ": error: is not valid TOML: arrays or tables nest too deep to be read (at line 2,",
        ),
        (
            b"[screens]\ntitle = 1" + b"0" * 5000 + b"\n",
            ": error: is not valid TOML: a number has more than 4300 digits (at line 2)",
        ),
        (b'[screens]\ntitle = "\xff"\n', ": error: is not UTF-8 text (at line 2)"),
        (
            b'[screens]\ntitle = "' + b"t" * 5000 + b'"\n',
            ":screens.title: error: no such music: 'tttttttt",
        ),
        (
            b'[actors.hand]\nsound = "two\\nlines"\n',
            ":actors.hand: error: no such effects: 'two\\nlines' (no effects/'two\\nlines'.ogg)",
        ),
    ],
)
def test_what_fuzzing_found_is_one_short_line_naming_file_and_place(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = _cues(tmp_path, "")
    path.write_bytes(data)
    problems = _problems(path)
    assert any(problem.startswith(f"{path}{expected}") for problem in problems), problems
    assert all("\n" not in problem and len(problem) < 600 for problem in problems), problems


def test_check_names_a_map_whose_theme_the_cues_lack() -> None:
    shipped = load_map(maps_dir() / "corridor.tmx")
    corridor = dataclasses.replace(shipped, properties={**shipped.properties, "music": "disco"})
    problems = [str(p) for p in sound_problems({"corridor": corridor})]
    cues = audio_dir() / "cues.toml"
    assert problems == [f"{corridor.path}:map: error: music theme 'disco' is not in {cues}"]
    assert sound_problems({"corridor": shipped}) == []


def test_the_game_plays_on_in_silence_without_a_sound_device(tmp_path: Path) -> None:
    env = os.environ | {"SDL_AUDIODRIVER": "no_such_driver", "SDL_VIDEODRIVER": "dummy"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "coraline_game",
            "play",
            "--skip-title",
            "--max-ticks",
            "240",
            "--save-folder",
            str(tmp_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "warning: no sound:" in done.stderr
    assert (tmp_path / "save.json").exists()  # it played: the first chapter was saved
