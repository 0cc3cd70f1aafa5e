"""Guards that see: in front, within reach and spread, and not through walls. Seen, she is
sent back to where she came in, with a word: never more than the room."""

from __future__ import annotations

from coraline_game.ecs.catalogue import ActorSpec, ActorWatch, default_catalogue
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.simulation import Simulation
from tests.synthetic import obj, said, with_objects

GUARDS = default_catalogue() | {
    "guard": ActorSpec("guard", "rat", 1.0, (3.0, 1.0), "stand", None, ActorWatch(80, 30, "Seen!")),
}


def _run(*guards: object) -> tuple[Simulation, Autopilot]:
    sim = Simulation(with_objects(*guards), seed=1, start_map="a", catalogue=GUARDS)  # type: ignore[arg-type]
    return sim, Autopilot(sim)


def test_a_guard_facing_her_sends_her_back_to_where_she_came_in() -> None:
    # She starts at (40, 80); a guard three tiles right looks left, at her.
    sim, pilot = _run(obj("Actor", 5, 4, 50, actor="guard", facing="left"))
    pilot.press(Action.UP, 10)  # a step out of the way... still in its sight
    pilot.idle(1)
    assert said(sim) == ["Seen!"] and sim.transition is not None
    pilot.read_all()
    assert pilot.feet() == (40, 80)  # back at the entrance
    assert sim.transition is None


def test_a_guard_looking_away_sees_nothing() -> None:
    sim, pilot = _run(obj("Actor", 5, 4, 50, actor="guard", facing="right"))
    pilot.idle(30)
    assert sim.transition is None and said(sim) == []


def test_a_wall_between_hides_her() -> None:
    # Row 3 has a wall at columns 4 and 5: a guard beyond it, looking her way, at her height.
    sim, pilot = _run(obj("Actor", 6, 2, 50, actor="guard", facing="left"))
    pilot.walk_to(40, 60)  # row 3, behind the wall from the guard's side
    pilot.idle(5)
    assert sim.transition is None
    pilot.walk_to(40, 44)  # row 2: in the open, in its sight
    pilot.idle(2)
    assert said(sim) == ["Seen!"]


def test_being_seen_comes_on_the_same_tick_every_time() -> None:
    seen_at = []
    for _ in range(2):
        sim, pilot = _run(obj("Actor", 8, 4, 50, actor="guard", facing="left"))
        while sim.transition is None:
            pilot.press(Action.RIGHT)  # walking straight at it
            assert sim.tick < 300
        seen_at.append((sim.tick, pilot.feet()))
    assert seen_at[0] == seen_at[1]
    assert seen_at[0][1][0] < 8 * 16  # seen before she reaches it: its reach is 80 px
