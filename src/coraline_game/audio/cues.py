"""Read assets/audio/cues.toml: which music and ambience play where and when, what sounds.

Every problem names the file and the place in it (`music.garden[2]: ...`); a file with
problems is refused whole, and the game plays on without sound rather than half of it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coraline_game.maps.problems import Problem, brief, named
from coraline_game.paths import file_in
from coraline_game.story.conditions import ALWAYS, Condition, ConditionError, parse_condition
from coraline_game.tomlfile import TomlError, read_toml

MAX_CUES_BYTES = 256 * 1024
SILENCE = "none"
SECTIONS = ("screens", "music", "ambience", "flags", "actors", "calls", "voices")


class CuesError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class Choice:
    """One entry of a theme: what plays while `when` holds (a file's name, or a theme's)."""

    when: Condition
    plays: str = ""  # a track or ambience; "none" for silence
    like: str = ""  # or: whatever that theme plays


@dataclass(frozen=True)
class ActorSound:
    sound: str
    starts: bool = False  # when it sets off (else every `every` ticks while it moves)
    every: int = 30
    gap: int = 0


@dataclass(frozen=True)
class SoundCues:
    screens: Mapping[str, str] = field(default_factory=dict)
    music: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)
    ambience: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)
    flags: Mapping[str, str] = field(default_factory=dict)
    actors: Mapping[str, ActorSound] = field(default_factory=dict)
    calls: Mapping[str, str] = field(default_factory=dict)
    voices: Mapping[str, str] = field(default_factory=dict)  # a speaker's blip, if not its own

    def chosen(
        self,
        themes: Mapping[str, tuple[Choice, ...]],
        theme: str,
        holds: tuple[frozenset[str], frozenset[str], str],
    ) -> str:
        """What the theme plays now: its first choice that holds ("none" when none does)."""
        for _ in range(len(themes) + 1):  # `like` chains are checked for loops when read
            for choice in themes.get(theme, ()):
                if choice.when.holds(*holds):
                    if not choice.like:
                        return choice.plays
                    theme = choice.like
                    break
            else:
                return SILENCE
        return SILENCE


@dataclass
class _Reader:
    path: Path
    audio: Path  # the folder of music/, ambience/ and effects/
    flags: Collection[str]
    problems: list[Problem] = field(default_factory=list)

    def report(self, place: str, message: str) -> None:
        self.problems.append(Problem(self.path, message, place))

    def file(self, kind: str, name: object, place: str) -> str:
        if not isinstance(name, str) or not name:
            self.report(place, f"names no {kind} (a file name of {kind}/, without .ogg)")
            return SILENCE
        if name != SILENCE and file_in(self.audio / kind, name, ".ogg") is None:
            self.report(place, f"no such {kind}: {brief(name)} (no {kind}/{named(name)}.ogg)")
        return name

    def condition(self, text: object, place: str) -> Condition:
        if text is None:
            return ALWAYS
        if not isinstance(text, str):
            self.report(place, "`when` is not text")
            return ALWAYS
        try:
            condition = parse_condition(text)
        except ConditionError as error:
            self.report(place, str(error))
            return ALWAYS
        for flag in sorted(condition.flags - set(self.flags)):
            self.report(place, f"`when` names {brief(flag)}, which is no flag of the story")
        return condition

    def themes(
        self, section: str, value: object, kind: str, key: str
    ) -> dict[str, tuple[Choice, ...]]:
        themes: dict[str, tuple[Choice, ...]] = {}
        if not isinstance(value, dict):
            self.report(section, "is not a table of themes ([[music.THEME]] entries)")
            return themes
        for theme, entries in value.items():
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                self.report(f"{section}.{named(theme)}", "is not a list of entries ([[...]])")
                continue
            themes[theme] = tuple(
                self.choice(entry, kind, key, f"{section}.{named(theme)}[{index + 1}]")
                for index, entry in enumerate(entries)
            )
        for theme, choices in themes.items():
            for index, choice in enumerate(choices):
                if choice.like and choice.like not in themes:
                    self.report(
                        f"{section}.{named(theme)}[{index + 1}]", f"no theme {brief(choice.like)}"
                    )
        self._loops(section, themes)
        return themes

    def choice(self, entry: dict[str, Any], kind: str, key: str, place: str) -> Choice:
        when = self.condition(entry.get("when"), place)
        if "like" in entry:
            return Choice(when, like=str(entry["like"]))
        return Choice(when, plays=self.file(kind, entry.get(key), place))

    def _loops(self, section: str, themes: Mapping[str, tuple[Choice, ...]]) -> None:
        for start in themes:
            seen, theme = {start}, start
            while True:
                likes = [c.like for c in themes.get(theme, ()) if c.like]
                if not likes:
                    break
                theme = likes[0]
                if theme in seen:
                    self.report(
                        f"{section}.{named(start)}", f"plays like itself, through {brief(theme)}"
                    )
                    return
                seen.add(theme)


def _table(value: object, section: str, reader: _Reader) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        reader.report(section, "is not a table")
        return {}
    return value


def _actor(name: str, value: object, reader: _Reader) -> ActorSound | None:
    place = f"actors.{named(name)}"
    if not isinstance(value, dict):
        reader.report(place, "is not a table")
        return None
    numbers = {key: value.get(key, default) for key, default in (("every", 30), ("gap", 0))}
    for key, number in numbers.items():
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= 36000:
            reader.report(place, f"`{key}` is not a whole number of ticks (0 to 36000)")
            return None
    return ActorSound(
        reader.file("effects", value.get("sound"), place),
        bool(value.get("starts", False)),
        max(1, numbers["every"]),
        numbers["gap"],
    )


def load_cues(path: Path, flags: Collection[str]) -> SoundCues:
    """The cues in `path` (its sounds looked for beside it); raises CuesError naming each
    problem. `flags`: the story's flags and facts, which conditions may name."""
    reader = _Reader(path, path.parent, flags)
    try:
        table = read_toml(path, MAX_CUES_BYTES)
    except OSError as error:
        raise CuesError([Problem(path, f"cannot be read: {error.strerror or error}")]) from None
    except TomlError as error:
        raise CuesError([Problem(path, str(error))]) from None
    for key in sorted(set(table) - set(SECTIONS)):
        reader.report(named(key), f"unknown section (known: {', '.join(SECTIONS)})")

    def files(section: str, kind: str = "effects") -> dict[str, str]:
        entries = _table(table.get(section), section, reader)
        return {k: reader.file(kind, v, f"{section}.{named(k)}") for k, v in entries.items()}

    flag_sounds = files("flags")
    for flag in sorted(set(flag_sounds) - set(flags)):
        reader.report(f"flags.{named(flag)}", "is no flag of the story")
    actors = {
        name: sound
        for name, value in _table(table.get("actors"), "actors", reader).items()
        if (sound := _actor(name, value, reader)) is not None
    }
    cues = SoundCues(
        screens=files("screens", "music"),
        music=reader.themes("music", table.get("music", {}), "music", "track"),
        ambience=reader.themes("ambience", table.get("ambience", {}), "ambience", "sound"),
        flags=flag_sounds,
        actors=actors,
        calls=files("calls"),
        voices=files("voices"),
    )
    if reader.problems:
        raise CuesError(reader.problems)
    return cues
