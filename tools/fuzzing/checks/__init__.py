"""The contract of each target, a module each: what loading a variant must give. Each check
is given the seed (where its variant was written, and what loads it) and the variant's
bytes, and returns what broke the contract; an exception it lets out is a finding too."""

from __future__ import annotations

from collections.abc import Callable

from fuzzing.checks import cues, maps, replays, saves, settings, story
from fuzzing.findings import Finding
from fuzzing.seeds import Seed

CHECKS: dict[str, Callable[[Seed, bytes], list[Finding]]] = {
    "maps": maps.check,
    "tilesets": maps.check,
    "replays": replays.check,
    "story": story.check,
    "saves": saves.check,
    "settings": settings.check,
    "cues": cues.check,
}
