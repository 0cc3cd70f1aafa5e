"""Record replays/act_one.replay: New Game to the challenge, played from tools/plans/act_one.toml.

Run it again whenever the maps, the story or the art change (the replay names their hash):
    python tools/record_act_one.py
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from coraline_game.content import load_content
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "replays" / "act_one.replay"
PLAN = ROOT / "tools" / "plans" / "act_one.toml"
SEED = 2009


def plan_chapters(path: Path = PLAN) -> list[tuple[str, list[str]]]:
    """The plan's chapters in order: (chapter name, steps)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [(chapter["name"], list(chapter["steps"])) for chapter in data["chapter"]]


def main() -> int:
    maps = load_content()
    with OUT.open("w", encoding="utf-8") as stream:
        run = RecordedRun(Simulation(maps, SEED), stream, "")
        pilot = Autopilot(run.sim, run.step)
        for name, steps in plan_chapters():
            if run.sim.chapter != name:
                raise SystemExit(
                    f"the plan expects chapter {name}, the game is in {run.sim.chapter}"
                )
            pilot.run(steps)
        pilot.idle(60)
        run.finish()
    sim = run.sim
    print(
        f"wrote {OUT} ({sim.tick} ticks, {sim.tick / 3600:.1f} min; beats: {', '.join(sim.beats)})"
    )
    sim.close()
    return 0 if "challenge_accepted" in sim.beats else 1


if __name__ == "__main__":
    sys.exit(main())
