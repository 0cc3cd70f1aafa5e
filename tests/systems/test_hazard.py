"""Swept areas: warned of, then striking, on a beat of the run's clock; caught in one while
it strikes, Coraline goes back to where she came in. Timing, the same every time."""

from __future__ import annotations

from coraline_game.ecs.components import Hazard
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.sim.simulation import Simulation
from tests.synthetic import obj, said, with_objects

BEAT = {"period": 120, "offset": 0, "warn": 30, "strike": 20, "caught": "Swept!", "when": ""}


def test_a_beat_is_warning_then_strike_then_safe() -> None:
    hazard = Hazard(120, 10, 30, 20, "")
    phases = [hazard.phase(tick) for tick in (9, 10, 39, 40, 59, 60, 129, 130)]
    assert phases == ["", "warn", "warn", "strike", "strike", "", "", "warn"]


def test_standing_in_it_as_it_strikes_sends_her_back() -> None:
    # Over where she stands, at (40, 80): it warns for ticks 0-29, strikes 30-49.
    sim = Simulation(
        with_objects(obj("Hazard", 1, 4, 70, w=48, h=32, **BEAT)), seed=1, start_map="a"
    )
    pilot = Autopilot(sim)
    pilot.idle(29)
    assert sim.transition is None  # the warning does no harm
    pilot.idle(2)
    assert said(sim) == ["Swept!"] and sim.transition is not None
    pilot.read_all()
    assert pilot.feet() == (40, 80)


def test_crossing_on_the_safe_beat_gets_through() -> None:
    # A band across her way along the room (x 64..80); she lets the strike pass, then crosses.
    band = obj("Hazard", 4, 3, 70, w=16, h=48, **BEAT)
    sim = Simulation(with_objects(band), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.idle(50)  # warning and strike go by
    pilot.press(Action.RIGHT, 40)  # across while it is safe
    assert sim.transition is None and pilot.feet()[0] > 80
    pilot.idle(60)  # standing past it, through the next strike
    assert sim.transition is None
