"""The actor catalogue (assets/actors.toml): people and animals as data, checked at load.

A new kind of person is an entry here; code is needed only for a behaviour that is new.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coraline_game.maps.problems import Problem
from coraline_game.paths import assets_dir

BEHAVIOURS = ("wander_and_follow", "lead_or_scurry", "lead_or_stand", "stand", "patrol", "pursue")
_Report = Callable[[str], None]


@dataclass(frozen=True)
class ActorUse:
    prompt: str
    text: str
    reach: tuple[float, float]  # half width, height above the feet, pixels


@dataclass(frozen=True)
class ActorWatch:
    """A guard's sight: how far, how wide, and what it says when it sees her."""

    reach: float  # pixels
    spread: float  # degrees either side of where it faces
    caught: str  # the line shown as she is sent back


@dataclass(frozen=True)
class ActorSpec:
    name: str
    sheet: str
    speed: float  # pixels a tick
    body: tuple[float, float]  # half width, half height, pixels
    behaviour: str
    use: ActorUse | None
    watch: ActorWatch | None = None


class CatalogueError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def catalogue_path() -> Path:
    return assets_dir() / "actors.toml"


@cache
def default_catalogue() -> dict[str, ActorSpec]:
    """The game's own catalogue, read once; raises CatalogueError naming every problem."""
    return load_catalogue(catalogue_path(), assets_dir() / "sprites")


def catalogue_problems() -> list[Problem]:
    """What is wrong with the game's catalogue; none when it loads."""
    try:
        default_catalogue()
    except CatalogueError as error:
        return error.problems
    return []


def actor_names(path: Path) -> tuple[str, ...]:
    """The names the catalogue gives, or none when it cannot be read (check says why)."""
    try:
        return tuple(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ()


def load_catalogue(path: Path, sprites: Path) -> dict[str, ActorSpec]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        reason = f"the actor catalogue cannot be read: {error}"
        raise CatalogueError([Problem(path, reason)]) from None
    except tomllib.TOMLDecodeError as error:
        reason = f"the actor catalogue is not valid TOML: {error}"
        raise CatalogueError([Problem(path, reason)]) from None
    problems: list[Problem] = []
    specs = {}
    for name, entry in data.items():
        before = len(problems)
        found = _spec(name, entry, sprites, _reporter(problems, path, name))
        if found is not None and len(problems) == before:
            specs[name] = found
    if problems:
        raise CatalogueError(problems)
    return specs


def _reporter(problems: list[Problem], path: Path, name: str) -> _Report:
    def report(message: str) -> None:
        problems.append(Problem(path, message, f"actor {name}"))

    return report


def _spec(name: str, entry: object, sprites: Path, report: _Report) -> ActorSpec | None:
    if not isinstance(entry, dict):
        report("should be a table ([name] with sheet, speed, body and behaviour)")
        return None
    known = {"sheet", "speed", "body", "behaviour", "use", "watch"}
    for unknown in sorted(set(entry) - known):
        report(f"{unknown!r} is not something an actor has (it has {', '.join(sorted(known))})")
    sheet = entry.get("sheet")
    if not isinstance(sheet, str) or not sheet or Path(sheet).name != sheet:
        report(f"sheet should name a sprite sheet in assets/sprites, found {sheet!r}")
    elif not (sprites / f"{sheet}.png").is_file():
        report(f"its sprite sheet {sheet}.png is not in {sprites}")
    speed = _number(entry.get("speed"), "speed", report, 0.0, 8.0)
    body = _pair(entry.get("body"), "body", report)
    behaviour = entry.get("behaviour")
    if behaviour not in BEHAVIOURS:
        report(f"behaviour should be one of {', '.join(BEHAVIOURS)}, found {behaviour!r}")
    use = _use(entry.get("use"), report) if "use" in entry else None
    watch = _watch(entry.get("watch"), report) if "watch" in entry else None
    return ActorSpec(name, str(sheet), speed, body, str(behaviour), use, watch)


def _watch(value: object, report: _Report) -> ActorWatch | None:
    if not isinstance(value, dict):
        report("watch should be a table with reach, spread and caught")
        return None
    reach = _number(value.get("reach"), "watch.reach", report, 0.0, 160.0)
    spread = _number(value.get("spread"), "watch.spread", report, 0.0, 90.0)
    caught = value.get("caught")
    if not isinstance(caught, str) or not caught:
        report(f"watch.caught should be the line shown when it sees her, found {caught!r}")
    return ActorWatch(reach, spread, str(caught))


def _use(value: object, report: _Report) -> ActorUse | None:
    if not isinstance(value, dict):
        report("use should be a table with prompt, text and reach")
        return None
    prompt, text = value.get("prompt"), value.get("text", "")
    if not isinstance(prompt, str) or not prompt:
        report(f"use.prompt should be the words shown over the actor, found {prompt!r}")
    if not isinstance(text, str):
        report(f"use.text should be a line of text, found {text!r}")
    return ActorUse(str(prompt), str(text), _pair(value.get("reach"), "use.reach", report))


def _number(value: object, name: str, report: _Report, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        report(f"{name} should be a number, found {value!r}")
        return 0.0
    if not low < value <= high:
        report(f"{name} should be more than {low:g} and at most {high:g}, found {value!r}")
    return float(value)


def _pair(value: object, name: str, report: _Report) -> tuple[float, float]:
    if not (isinstance(value, list) and len(value) == 2):
        report(f"{name} should be two numbers, [half width, half height], found {value!r}")
        return 0.0, 0.0
    first, second = (_number(part, name, report, 0.0, 64.0) for part in value)
    return first, second
