"""Replays: `read_replay` returns a Replay or raises ReplayError, one sentence naming the file."""

from __future__ import annotations

from coraline_game.speedrun.replay import Replay, ReplayError, read_replay
from fuzzing.findings import Finding
from fuzzing.seeds import Seed


def check(seed: Seed, variant: bytes) -> list[Finding]:
    path = seed.host
    try:
        replay = read_replay(path)
    except ReplayError as error:
        message = str(error)
        if not message.startswith(f"{path}") or "\n" in message:
            return [Finding("bad_output", f"not one sentence naming the file: {message[:200]!r}")]
        return []
    if not isinstance(replay, Replay):
        return [Finding("bad_output", f"read_replay returned {type(replay)}")]
    return []
