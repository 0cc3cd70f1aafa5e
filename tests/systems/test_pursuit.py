"""The garden's guardian: a pursuer comes after Coraline the shortest way round walls,
and catching her sends her back to where she came in."""

from __future__ import annotations

import esper

from coraline_game.ecs.catalogue import ActorSpec, ActorWatch, default_catalogue
from coraline_game.ecs.components import SUBPIXELS, Name, Position
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.simulation import Simulation
from tests.synthetic import obj, said, with_objects

CHASERS = default_catalogue() | {
    "chaser": ActorSpec(
        "chaser", "rat", 0.7, (3.0, 1.0), "pursue", None, ActorWatch(14, 90, "Caught!")
    ),
}


def _chaser_at(sim: Simulation) -> tuple[int, int]:
    sim.place.activate()
    entity = next(e for e, name in esper.get_component(Name) if name.actor == "chaser")
    at = esper.component_for_entity(entity, Position)
    return at.x // SUBPIXELS, at.y // SUBPIXELS


def test_a_pursuer_goes_round_the_wall_to_her_and_catches_her() -> None:
    # Room "a": she stands at (40, 80); the chaser starts beyond the wall block at row 3.
    sim = Simulation(
        with_objects(obj("Actor", 6, 2, 60, actor="chaser")),
        seed=1,
        start_map="a",
        catalogue=CHASERS,
    )
    pilot = Autopilot(sim)
    start = _chaser_at(sim)
    for _ in range(600):
        pilot.idle(1)
        if sim.transition is not None:
            break
    assert said(sim) == ["Caught!"]  # it reached her
    assert _chaser_at(sim) != start
    pilot.read_all()
    assert pilot.feet() == (40, 80)  # back where she came in


def test_she_can_outrun_it() -> None:
    sim = Simulation(
        with_objects(obj("Actor", 2, 1, 60, actor="chaser")),
        seed=1,
        start_map="a",
        catalogue=CHASERS,
    )
    pilot = Autopilot(sim)
    pilot.walk_to(140, 80)  # away along the room, faster than it walks
    assert sim.transition is None
    her, it = pilot.feet(), _chaser_at(sim)
    assert abs(her[0] - it[0]) + abs(her[1] - it[1]) > 14
