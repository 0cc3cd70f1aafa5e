"""Re-simulates a replay headless and reports whether it reproduces, as one JSON object."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coraline_game.maps.model import GameMap
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.content import content_hash
from coraline_game.speedrun.playable import unplayable
from coraline_game.speedrun.recorder import RecordedRun
from coraline_game.speedrun.replay import Header, ReplayError, read_replay
from coraline_game.story.library import default_story
from coraline_game.story.start import chapter_start


def replay_simulation(header: Header, maps: Mapping[str, GameMap]) -> Simulation:
    """The simulation a replay starts from: its chapter's start, or its lone map."""
    speed = header.text_speed
    if header.chapter:
        start = chapter_start(default_story(), header.chapter)
        return Simulation(maps, header.seed, start=start, text_speed=speed)
    return Simulation(maps, header.seed, start_map=header.start_map, text_speed=speed)


def verify_replay(path: Path, maps: Mapping[str, GameMap]) -> dict[str, Any]:
    """`ok` is true only when every checkpoint and the end match, on the same content.

    The re-run stops at the first checksum that differs: the answer is known there.
    """
    try:
        replay = read_replay(path)
    except ReplayError as error:
        return {"ok": False, "ticks": 0, "checksum": "", "flags": [], "error": str(error)}
    header = replay.header
    problem = unplayable(path, header, maps)
    if problem:
        return {"ok": False, "ticks": 0, "checksum": "", "flags": [], "error": problem}

    sim = replay_simulation(header, maps)
    run = RecordedRun(sim, None, header.start_map, watched=replay)  # its text speed changes
    result: dict[str, Any] = {"ok": True}
    last_match, diverged = 0, False
    try:
        for frame in replay.frames():
            run.step(frame)
            expected = replay.checkpoints.get(sim.tick)
            if expected is not None:
                diverged = state_checksum(sim) != expected
                if diverged:
                    break
                last_match = sim.tick
        checksum = state_checksum(sim)
        if diverged or checksum != replay.end_checksum:
            result.update(ok=False, diverged_at=sim.tick, last_match=last_match)
        result.update(ticks=sim.tick, checksum=checksum, flags=sim.beats)
    finally:
        sim.close()
    if header.content != content_hash():
        result["ok"] = False
        result["content_mismatch"] = {"replay": header.content, "game": content_hash()}
    if "diverged_at" in result:
        result["error"] = (
            f"{path}: the run differs from the recording at tick {result['diverged_at']} "
            f"(first differing checksum; the last matching one was at tick {last_match})"
        )
    elif "content_mismatch" in result:
        result["error"] = f"{path}: recorded with other maps or art than this game has"
    return result
