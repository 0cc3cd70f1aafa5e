"""Record the shipped replays from the input plans in tools/plans/:

    replays/act_one.replay     New Game to the challenge (plans/act_one.toml)
    replays/eye_hunt.replay    the hunt's chapter start to the door shut on the hand
                               (plans/hunt.toml)
    replays/full_story.replay  New Game to the end of the credits (every plan in turn)

Run it again whenever the maps, the story or the art change (a replay names their hash):
    python tools/record_replays.py [act_one|eye_hunt|full_story ...]
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from coraline_game.content import load_content
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState, chapter_start

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "tools" / "plans"
PLAN_FILES = ("act_one.toml", "hunt.toml", "ending.toml")  # the story's chapters, in turn
SEED = 2009


def plan_chapters(*files: str) -> list[tuple[str, list[str]]]:
    """The plans' chapters in order, (chapter name, steps): of `files`, or of them all. A
    chapter gives its `steps`, or a `route` through the plan's named parts."""
    chapters = []
    for name in files or PLAN_FILES:
        data = tomllib.loads((PLANS / name).read_text(encoding="utf-8"))
        for chapter in data["chapter"]:
            steps = chapter.get("steps") or route_steps(data["part"], chapter["route"])
            chapters.append((chapter["name"], list(steps)))
    return chapters


def plan_parts(file: str) -> dict[str, list[str]]:
    """A plan's named parts (the hunt's: out, garden, theater, circus, home)."""
    data = tomllib.loads((PLANS / file).read_text(encoding="utf-8"))
    return {name: list(steps) for name, steps in data["part"].items()}


def route_steps(parts: dict[str, list[str]], route: list[str]) -> list[str]:
    return [step for part in route for step in parts[part]]


@dataclass(frozen=True)
class Replay:
    name: str
    start: str  # the chapter it starts from ("": New Game)
    plans: tuple[str, ...]
    done: Callable[[Simulation], bool]  # when the recording may stop


REPLAYS = {
    "act_one": Replay(
        "act_one", "", ("act_one.toml",), lambda sim: "challenge_accepted" in sim.beats
    ),
    "eye_hunt": Replay(
        "eye_hunt", "hunt", ("hunt.toml",), lambda sim: "door_closed_on_hand" in sim.beats
    ),
    "full_story": Replay("full_story", "", PLAN_FILES, lambda sim: sim.finished),
}


def record(replay: Replay, maps: dict[str, GameMap]) -> Simulation:
    out = ROOT / "replays" / f"{replay.name}.replay"
    start: StartState | None = (
        chapter_start(default_story(), replay.start) if replay.start else None
    )
    with out.open("w", encoding="utf-8") as stream:
        run = RecordedRun(Simulation(maps, SEED, start=start), stream, "")
        pilot = Autopilot(run.sim, run.step)
        for name, steps in plan_chapters(*replay.plans):
            if run.sim.chapter != name:
                raise SystemExit(
                    f"the plan expects chapter {name}, the game is in {run.sim.chapter}"
                )
            pilot.run(steps)
        pilot.idle(60)
        run.finish()
    sim = run.sim
    print(
        f"wrote {out} ({sim.tick} ticks, {sim.tick / 3600:.1f} min; beats: {', '.join(sim.beats)})"
    )
    return sim


def main(names: list[str]) -> int:
    maps = load_content()
    failed = 0
    for name in names or list(REPLAYS):
        replay = REPLAYS[name]
        sim = record(replay, maps)
        if not replay.done(sim):
            print(f"{name}: the plan did not get there", file=sys.stderr)
            failed = 1
        sim.close()
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
