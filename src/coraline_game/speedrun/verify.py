"""Re-simulates a replay headless and reports whether it reproduces, as one JSON object."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coraline_game.maps.model import GameMap
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import TICK_RATE, Simulation
from coraline_game.speedrun.content import content_hash
from coraline_game.speedrun.replay import ReplayError, read_replay


def verify_replay(path: Path, maps: Mapping[str, GameMap]) -> dict[str, Any]:
    """`ok` is true only when every checkpoint and the end match, on the same content."""
    try:
        replay = read_replay(path)
    except ReplayError as error:
        return {"ok": False, "ticks": 0, "checksum": "", "flags": [], "error": str(error)}
    header = replay.header
    problems: list[str] = []
    if header.tick_rate != TICK_RATE:
        problems.append(f"{path}:1: tick rate {header.tick_rate!r}, this game runs at {TICK_RATE}")
    if header.start_map not in maps:
        problems.append(f"{path}:1: start map {header.start_map!r} is not among the game's maps")
    if problems:
        return {"ok": False, "ticks": 0, "checksum": "", "flags": [], "error": "; ".join(problems)}

    sim = Simulation(maps, header.seed, start_map=header.start_map)
    result: dict[str, Any] = {"ok": True}
    try:
        for frame in replay.frames():
            sim.step(frame)
            expected = replay.checkpoints.get(sim.tick)
            if (
                expected is not None
                and "diverged_at" not in result
                and state_checksum(sim) != expected
            ):
                result["ok"] = False
                result["diverged_at"] = sim.tick
                result["last_match"] = max(
                    (t for t in replay.checkpoints if t < sim.tick), default=0
                )
        checksum = state_checksum(sim)
        if checksum != replay.end_checksum and "diverged_at" not in result:
            result["ok"] = False
            result["diverged_at"] = sim.tick
            result["last_match"] = max(replay.checkpoints, default=0)
        result.update(ticks=sim.tick, checksum=checksum, flags=list(sim.flags))
    finally:
        sim.close()
    if header.content != content_hash():
        result["ok"] = False
        result["content_mismatch"] = {"replay": header.content, "game": content_hash()}
    if "diverged_at" in result:
        result["error"] = (
            f"{path}: the run differs from the recording at tick {result['diverged_at']} "
            f"(first differing checksum; the last matching one was at tick {result['last_match']})"
        )
    elif "content_mismatch" in result:
        result["error"] = f"{path}: recorded with other maps or art than this game has"
    return result
