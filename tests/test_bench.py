"""The bench report's shape and sanity, from one quick run. No speed thresholds: timings
depend on the machine, and a timed test fails on a busy one."""

from __future__ import annotations

import json

import pytest

from coraline_game.bench import run_bench
from coraline_game.paths import maps_dir

SHIPPED = {path.stem for path in maps_dir().glob("*.tmx")}


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    return run_bench(quick=True)


def _dict(value: object) -> dict[str, object]:
    assert isinstance(value, dict)
    return value


def _assert_timing(value: object) -> None:
    timing = _dict(value)
    assert set(timing) == {"median", "p99"}
    median, p99 = timing["median"], timing["p99"]
    assert isinstance(median, float) and isinstance(p99, float)
    assert 0 < median <= p99


def test_the_report_has_every_part_and_is_one_json_line(report: dict[str, object]) -> None:
    assert {
        "quick",
        "machine",
        "stress_render_ms",
        "frame_ms",
        "floor_ms",
        "frame_vs_floor",
        "load_ms",
        "load_cold_ms",
        "load_note",
        "sim_ticks_per_s",
        "busiest_place",
        "busiest_frame_vs_floor",
        "cold_start",
        "act_one_memory",
        "limits",
    } <= set(report)
    assert report["quick"] is True
    assert "\n" not in json.dumps(report)


def test_machine_names_python_and_pygame(report: dict[str, object]) -> None:
    machine = _dict(report["machine"])
    assert machine["python"] and machine["pygame-ce"] and machine["platform"]


def test_stress_times_every_renderer_over_the_same_frames(report: dict[str, object]) -> None:
    stress = _dict(report["stress_render_ms"])
    _assert_timing(stress["game"])
    _assert_timing(stress["naive"])
    ratio = stress["ratio_game_vs_naive"]
    assert isinstance(ratio, float) and ratio > 0
    if stress["pyscroll"] is None:  # an optional extra: then the report says why
        assert stress["pyscroll_missing"] and stress["ratio_game_vs_pyscroll"] is None
    else:
        _assert_timing(stress["pyscroll"])
        assert isinstance(stress["ratio_game_vs_pyscroll"], float)
    setup = _dict(stress["setup"])
    assert setup["actors"] == 200 and setup["tile_layers"] == 4
    assert setup["frames"] == 60 and setup["warmup_frames"] == 0


def test_play_frames_are_timed_on_every_shipped_map(report: dict[str, object]) -> None:
    _assert_timing(report["frame_ms"])
    by_map = _dict(report["frame_ms_by_map"])
    assert set(by_map) == SHIPPED
    for timing in by_map.values():
        _assert_timing(timing)
    floor, ratio = report["floor_ms"], report["frame_vs_floor"]
    assert isinstance(floor, float) and floor > 0
    assert isinstance(ratio, float) and ratio > 0


def test_every_shipped_map_has_a_load_time(report: dict[str, object]) -> None:
    assert SHIPPED
    for key in ("load_ms", "load_cold_ms"):
        loads = _dict(report[key])
        assert set(loads) == SHIPPED
        assert all(isinstance(ms, float) and ms > 0 for ms in loads.values())


def test_the_simulation_ticks(report: dict[str, object]) -> None:
    ticks = report["sim_ticks_per_s"]
    assert isinstance(ticks, int) and ticks > 0


def test_maps_at_the_limits_are_measured_in_child_processes(report: dict[str, object]) -> None:
    limits = _dict(report["limits"])
    maps = _dict(limits["maps"])
    assert set(maps) == {"baseline", "tiles_65536_of_4096px_sheet"}
    for runs in maps.values():
        for run in _dict(runs).values():
            measured = _dict(run)
            assert measured["exit"] in (0, 1)  # loaded or refused, never a crash
            assert isinstance(measured["s"], float) and measured["s"] > 0
            assert isinstance(measured["peak_mb"], float) and measured["peak_mb"] > 10
    baseline = _dict(_dict(maps["baseline"])["check"])
    biggest = _dict(_dict(maps["tiles_65536_of_4096px_sheet"])["check"])
    assert biggest["peak_mb"] > baseline["peak_mb"]  # the measure sees what the map costs
    assert isinstance(limits["within_budget"], bool)


def test_the_busiest_place_is_a_shipped_map_with_its_own_ratio(report: dict[str, object]) -> None:
    assert report["busiest_place"] in SHIPPED
    ratio = report["busiest_frame_vs_floor"]
    assert isinstance(ratio, float) and ratio > 0


def test_cold_start_is_measured_beside_a_bare_pygame_program(report: dict[str, object]) -> None:
    cold = _dict(report["cold_start"])
    game, bare, ratio = cold["game_ms"], cold["bare_pygame_ms"], cold["ratio"]
    assert isinstance(game, float) and isinstance(bare, float) and isinstance(ratio, float)
    assert bare > 0 and game > 0
    assert abs(ratio - game / bare) < 0.01


def test_memory_is_measured_while_act_one_plays(report: dict[str, object]) -> None:
    memory = _dict(report["act_one_memory"])
    assert memory["ticks"] == 600  # the quick run plays its first ten seconds
    peak = memory["peak_mib"]
    assert isinstance(peak, float) and peak > 10


def test_the_hunt_is_measured_in_each_guardians_place(report: dict[str, object]) -> None:
    hunt = _dict(report["hunt"])
    places = {"other_garden", "other_theater", "other_circus"}
    timings = _dict(hunt["frame_ms_by_place"])
    assert set(timings) == places
    for timing in timings.values():
        _assert_timing(timing)
    ratios = _dict(hunt["frame_vs_floor_by_place"])
    rates = _dict(hunt["sim_ticks_per_s_by_place"])
    assert set(ratios) == set(rates) == places
    assert hunt["worst_frame_vs_floor"] == max(ratios.values())  # type: ignore[type-var]
    assert hunt["slowest_sim_ticks_per_s"] == min(rates.values())  # type: ignore[type-var]
    assert all(isinstance(rate, int) and rate > 0 for rate in rates.values())
