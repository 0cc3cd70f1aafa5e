"""Record replays/door_round_trip.replay: through the little door to the Other World and back.

Run it again whenever the maps or the art change (the replay names their hash):
    python tools/record_door_round_trip.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.mapset import load_map_set
from coraline_game.paths import maps_dir
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.recorder import RecordedRun

OUT = Path(__file__).resolve().parent.parent / "replays" / "door_round_trip.replay"
SEED = 2009
LITTLE_DOOR = (184, 150)  # below the little door in both flats; the wall stops her short
CORRIDOR_TOP, CORRIDOR_BOTTOM = (56, 20), (56, 320)


def go_through(pilot: Autopilot, spot: tuple[int, int], facing: Action) -> None:
    """Walk to the door, use it, and read whatever is said on the other side."""
    pilot.walk_to(*spot)
    pilot.use(facing)
    pilot.read_all()


def door_round_trip(pilot: Autopilot) -> None:
    """The route, as a player would walk it."""
    go_through(pilot, LITTLE_DOOR, Action.UP)  # real flat -> corridor
    go_through(pilot, CORRIDOR_TOP, Action.UP)  # corridor -> other flat
    pilot.press(Action.DOWN | Action.RIGHT, 40)  # a few steps into the Other World
    go_through(pilot, LITTLE_DOOR, Action.UP)  # other flat -> corridor
    go_through(pilot, CORRIDOR_BOTTOM, Action.DOWN)  # corridor -> real flat
    pilot.press(Action.DOWN, 30)


def main() -> int:
    maps = load_map_set(maps_dir())
    with OUT.open("w", encoding="utf-8") as stream:
        run = RecordedRun(Simulation(maps, SEED), stream, "real_flat")
        door_round_trip(Autopilot(run.sim, run.step))
        run.finish()
    print(f"wrote {OUT} ({run.sim.tick} ticks, flags: {', '.join(run.sim.flags)})")
    run.sim.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
