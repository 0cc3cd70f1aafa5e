"""Read story/*.toml into a Story, naming every problem: file, place and a plain sentence.

Layout of the folder (see docs/STORY.md):
    story.toml        beats in order, facts, chapters and objectives
    speakers.toml     who speaks: shown name, portrait, colour
    items.toml        what Coraline can hold
    dialogue/*.toml   topics: each an array of pages  [[topic]] when, lines, choices, then
    cutscenes/*.toml  cutscenes: [name] place, steps
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coraline_game.maps.problems import Problem, brief, named
from coraline_game.story.conditions import TIMES, Condition, ConditionError, parse_condition
from coraline_game.story.model import (
    NO_EFFECTS,
    Chapter,
    Choice,
    Cutscene,
    Effects,
    Item,
    Line,
    Objective,
    Page,
    Speaker,
    Step,
    Story,
)
from coraline_game.story.references import reference_problems
from coraline_game.tomlfile import TomlError, read_toml

MAX_FILE_BYTES = 1 << 20
STEP_KINDS = ("walk", "face", "wait", "say", "camera", "fade", "do")
FACINGS = ("down", "up", "left", "right")
_EFFECT_KEYS = ("set", "give", "take", "talk", "cutscene", "go", "chapter", "credits")
_WAYS_ON = ("talk", "cutscene", "go", "chapter")  # named ways on; `credits` is true or not
Report = Callable[[str], None]


class StoryError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass
class _Reader:
    """Collects problems while the files are read; each value is checked where it is read."""

    problems: list[Problem] = field(default_factory=list)
    # The file each topic and cutscene was read from, for the problems found in them later.
    topic_files: dict[str, Path] = field(default_factory=dict)
    cutscene_files: dict[str, Path] = field(default_factory=dict)

    def reporter(self, path: Path, place: str) -> Report:
        def report(message: str) -> None:
            self.problems.append(Problem(path, message, place))

        return report

    def table(self, path: Path) -> dict[str, Any]:
        try:
            return read_toml(path, MAX_FILE_BYTES)
        except OSError as error:
            self.problems.append(Problem(path, f"cannot be read: {error.strerror or error}"))
        except TomlError as error:
            self.problems.append(Problem(path, str(error)))
        return {}


def load_story(folder: Path) -> Story:
    """The story in `folder`; raises StoryError naming every problem found."""
    reader = _Reader()
    story = _read(folder, reader)
    reader.problems += reference_problems(story, folder, reader.topic_files, reader.cutscene_files)
    if reader.problems:
        raise StoryError(reader.problems)
    return story


def _read(folder: Path, reader: _Reader) -> Story:
    main_path = folder / "story.toml"
    main = reader.table(main_path)
    groups = _beat_groups(main.get("beats", []), reader.reporter(main_path, "beats"))
    beats = [beat for group in groups for beat in group]
    facts = _names(main.get("facts", []), reader.reporter(main_path, "facts"))
    for twice in sorted(set(beats) & set(facts)):
        reader.reporter(main_path, "facts")(f"{brief(twice)} is a beat already")
    chapters = tuple(
        _chapter(entry, reader.reporter(main_path, f"chapter {index + 1}"))
        for index, entry in enumerate(_list(main.get("chapter", []), "chapter", reader, main_path))
    )
    if not chapters and not any(problem.file == main_path for problem in reader.problems):
        reader.reporter(main_path, "chapter")(
            "there is no [[chapter]]: a new game starts the first"
        )
    objectives = tuple(
        Objective(
            _condition(entry.get("when", ""), reader.reporter(main_path, f"objective {i + 1}")),
            _text(entry.get("text"), "text", reader.reporter(main_path, f"objective {i + 1}")),
        )
        for i, entry in enumerate(_list(main.get("objective", []), "objective", reader, main_path))
    )
    credits = _strings(main.get("credits", []), "credits", reader.reporter(main_path, "credits"))
    speakers_path = folder / "speakers.toml"
    speakers = {
        name: _speaker(name, entry, reader.reporter(speakers_path, f"speaker {named(name)}"))
        for name, entry in reader.table(speakers_path).items()
    }
    items_path = folder / "items.toml"
    items = {
        name: _item(name, entry, reader.reporter(items_path, f"item {named(name)}"))
        for name, entry in reader.table(items_path).items()
    }
    topics: dict[str, tuple[Page, ...]] = {}
    for path in sorted((folder / "dialogue").glob("*.toml")):
        for topic, pages in reader.table(path).items():
            report = reader.reporter(path, f"topic {named(topic)}")
            if topic in topics:
                report("is also a topic in another dialogue file")
            reader.topic_files[topic] = path
            topics[topic] = tuple(
                _page(
                    topic,
                    index,
                    entry,
                    reader.reporter(path, f"topic {named(topic)}, page {index + 1}"),
                )
                for index, entry in enumerate(_pages(pages, report))
            )
    cutscenes: dict[str, Cutscene] = {}
    for path in sorted((folder / "cutscenes").glob("*.toml")):
        for name, entry in reader.table(path).items():
            report = reader.reporter(path, f"cutscene {named(name)}")
            if name in cutscenes:
                report("is also a cutscene in another file")
            reader.cutscene_files[name] = path
            cutscenes[name] = _cutscene(name, entry, path, reader)
    return Story(
        beats=tuple(beats),
        facts=frozenset(facts),
        chapters=chapters,
        speakers=speakers,
        items=items,
        topics=topics,
        cutscenes=cutscenes,
        objectives=objectives,
        credits=credits,
        chapter_index={chapter.name: i for i, chapter in enumerate(chapters)},
        prerequisites=_prerequisites(groups),
    )


def _beat_groups(value: object, report: Report) -> list[tuple[str, ...]]:
    """Beats in order; a list inside the list is a group whose beats come in any order."""
    if not isinstance(value, list):
        report(f"should be a list of beats in order, found {brief(value)}")
        return []
    groups = [tuple(entry) if isinstance(entry, list) else (entry,) for entry in value]
    flat = _names([beat for group in groups for beat in group], report)
    if len(flat) != sum(len(group) for group in groups):
        return []
    return groups


def _prerequisites(groups: list[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Each beat needs every beat of the groups before its own."""
    before: set[str] = set()
    needs: dict[str, frozenset[str]] = {}
    for group in groups:
        for beat in group:
            needs[beat] = frozenset(before)
        before.update(group)
    return needs


# -- values -------------------------------------------------------------------------------
def _list(value: object, name: str, reader: _Reader, path: Path) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        reader.reporter(path, name)(
            f"should be a list of tables ([[{name}]]), found {brief(value)}"
        )
        return []
    return value


def _pages(value: object, report: Report) -> list[dict[str, Any]]:
    if isinstance(value, list) and value and all(isinstance(page, dict) for page in value):
        return value
    report("should be one or more pages: [[topic]] tables with lines")
    return []


def _names(value: object, report: Report) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        report(f"should be a list of names, found {brief(value)}")
        return []
    for name in sorted({n for n in value if value.count(n) > 1}):
        report(f"{brief(name)} is listed twice")
    return list(dict.fromkeys(value))


def _text(value: object, name: str, report: Report, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        report(f"{name} should be some text, found {brief(value)}")
        return ""
    return value


def _condition(value: object, report: Report) -> Condition:
    if not isinstance(value, str):
        report(f'when should be a condition such as "met_wybie !night", found {brief(value)}')
        return Condition()
    try:
        return parse_condition(value)
    except ConditionError as error:
        report(f"the condition {brief(value)} cannot be read: {error}")
        return Condition()


def _strings(value: object, name: str, report: Report) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    report(f"{name} should be a name or a list of names, found {brief(value)}")
    return ()


def _effects(value: object, report: Report) -> Effects:
    if value is None:
        return NO_EFFECTS
    if not isinstance(value, dict):
        report(
            f"then should be a table of effects ({', '.join(_EFFECT_KEYS)}), found {brief(value)}"
        )
        return NO_EFFECTS
    for unknown in sorted(set(value) - set(_EFFECT_KEYS)):
        report(f"{brief(unknown)} is not an effect (effects: {', '.join(_EFFECT_KEYS)})")
    lists = {key: _strings(value.get(key, []), key, report) for key in ("set", "give", "take")}
    ways = {key: _text(value.get(key), key, report, False) for key in _WAYS_ON}
    credits = value.get("credits", False)
    if not isinstance(credits, bool):
        report(f"credits should be true or false, found {brief(credits)}")
        credits = False
    if sum(1 for way in ways.values() if way) + credits > 1:
        report(
            "has more than one way on (talk, cutscene, go, chapter, credits): it can take only one"
        )
    return Effects(lists["set"], lists["give"], lists["take"], **ways, credits=credits)


def _line(value: object, report: Report) -> Line:
    if isinstance(value, str) and ":" in value:
        speaker, text = value.split(":", 1)
        if speaker.strip() and text.strip():
            return Line(speaker.strip(), text.strip())
    report(f'a line should read "speaker: what they say", found {brief(value)}')
    return Line("narrator", "")


def _page(topic: str, index: int, entry: dict[str, Any], report: Report) -> Page:
    for unknown in sorted(set(entry) - {"when", "lines", "choices", "then"}):
        report(f"{brief(unknown)} is not part of a page (when, lines, choices, then)")
    lines = entry.get("lines", [])
    if not isinstance(lines, list) or not lines:
        report("lines should be a list of at least one line")
        lines = []
    choices: list[Choice] = []
    offered = entry.get("choices", [])
    if not isinstance(offered, list):
        report(f"choices should be a list of tables with text and then, found {brief(offered)}")
        offered = []
    for choice in offered:
        if not isinstance(choice, dict):
            report(f"a choice should be a table with text and then, found {brief(choice)}")
            continue
        choices.append(
            Choice(_text(choice.get("text"), "text", report), _effects(choice.get("then"), report))
        )
    if choices and "then" in entry:
        report("a page with choices takes its effects from the choice made, not from then")
    return Page(
        topic,
        index,
        tuple(_line(line, report) for line in lines),
        _condition(entry.get("when", ""), report),
        tuple(choices),
        _effects(entry.get("then"), report),
    )


def _chapter(entry: dict[str, Any], report: Report) -> Chapter:
    time = entry.get("time")
    if time not in TIMES:
        report(f"time should be day or night, found {brief(time)}")
    return Chapter(
        name=_text(entry.get("name"), "name", report),
        card=_text(entry.get("card"), "card", report),
        time=str(time),
        place=_text(entry.get("place"), "place", report),
        spawn=_text(entry.get("spawn"), "spawn", report),
        after=_text(entry.get("after", ""), "after", report, False),
        items=_strings(entry.get("items", []), "items", report),
        effects=_effects(entry.get("then"), report),
    )


def _speaker(name: str, entry: object, report: Report) -> Speaker:
    if not isinstance(entry, dict):
        report("should be a table with name, and optionally portrait and color")
        return Speaker(name, name)
    color = entry.get("color", "#ece4d4")
    rgb = (236, 228, 212)
    if isinstance(color, str) and len(color) == 7 and color.startswith("#"):
        try:
            rgb = (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16))
        except ValueError:
            report(f"color should be #rrggbb, found {brief(color)}")
    else:
        report(f"color should be #rrggbb, found {brief(color)}")
    return Speaker(
        name,
        _text(entry.get("name", ""), "name", report, False),
        _text(entry.get("portrait", ""), "portrait", report, False),
        rgb,
    )


def _item(name: str, entry: object, report: Report) -> Item:
    if not isinstance(entry, dict):
        report("should be a table with name and text")
        return Item(name, name, "")
    return Item(
        name, _text(entry.get("name"), "name", report), _text(entry.get("text"), "text", report)
    )


def _cutscene(name: str, entry: object, path: Path, reader: _Reader) -> Cutscene:
    report = reader.reporter(path, f"cutscene {named(name)}")
    if not isinstance(entry, dict):
        report("should be a table with place and steps")
        return Cutscene(name, "", ())
    steps = entry.get("steps", [])
    if not isinstance(steps, list) or not steps:
        report("steps should be a list of at least one step")
        steps = []
    return Cutscene(
        name,
        _text(entry.get("place"), "place", report),
        tuple(
            _step(step, reader.reporter(path, f"cutscene {named(name)}, step {index + 1}"))
            for index, step in enumerate(steps)
        ),
    )


def _step(entry: object, report: Report) -> Step:
    if not isinstance(entry, dict):
        report(
            'a step should be a table such as { walk = "mom", to = "desk" },'
            f" found {brief(entry)}"
        )
        return Step("wait")
    kinds = [kind for kind in STEP_KINDS if kind in entry]
    if len(kinds) != 1:
        report(
            f"a step should say exactly one of {', '.join(STEP_KINDS)},"
            f" found {brief(sorted(entry))}"
        )
        return Step("wait")
    kind = kinds[0]
    value = entry[kind]
    allowed = {"walk": {"to"}, "face": {"to"}, "camera": {"ticks", "zoom"}, "fade": {"ticks"}}.get(
        kind, set()
    )
    for unknown in sorted(set(entry) - {kind} - allowed):
        report(f"{brief(unknown)} does not belong to a {kind} step")
    if kind == "walk":
        return Step(
            kind, who=_text(value, "walk", report), mark=_text(entry.get("to"), "to", report)
        )
    if kind == "face":
        facing = entry.get("to")
        if facing not in FACINGS:
            report(f"to should be one of {', '.join(FACINGS)}, found {brief(facing)}")
        return Step(kind, who=_text(value, "face", report), facing=str(facing))
    if kind == "wait":
        return Step(kind, ticks=_ticks(value, report))
    if kind == "say":
        return Step(kind, topic=_text(value, "say", report))
    if kind == "camera":
        zoom = entry.get("zoom", 1)
        if zoom not in (1, 2, 3) or isinstance(zoom, bool):
            report(f"zoom should be 1, 2 or 3 (screens' worth of the place), found {brief(zoom)}")
            zoom = 1
        mark = _text(value, "camera", report)
        return Step(kind, mark=mark, ticks=_ticks(entry.get("ticks", 45), report), zoom=zoom)
    if kind == "fade":
        level = {"out": 255, "in": 0}.get(value, -1) if isinstance(value, str) else -1
        if level < 0:
            report(f'fade should be "out" or "in", found {brief(value)}')
        return Step(kind, level=max(level, 0), ticks=_ticks(entry.get("ticks", 30), report))
    return Step(kind, effects=_effects(value, report))


def _ticks(value: object, report: Report) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 60 * 60:
        report(f"ticks should be a whole number from 0 to 3600 (60 a second), found {brief(value)}")
        return 0
    return value
