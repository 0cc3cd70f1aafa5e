"""Seeded mutations of the shipped and test maps, tilesets and replays, of the story's files,
of saves and settings as the game writes them and of the sound cues: every variant gets a
result or a sentence in bounded time (the contract is tools/fuzzing/checks/, a module per
target)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from fuzzing.choices import RandomChooser  # noqa: E402
from fuzzing.contract import run_within  # noqa: E402
from fuzzing.mutate import mutate  # noqa: E402
from fuzzing.seeds import Seed, choose, scratch  # noqa: E402

VARIANTS = {
    **{"maps": 200, "tilesets": 100, "replays": 250},
    **{"story": 60, "saves": 200, "settings": 200, "cues": 150},
}
BUDGET = 2.0  # seconds a variant may take; a loaded machine takes milliseconds


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[Seed]:
    return scratch(tmp_path_factory.mktemp("fuzz"))


@pytest.mark.parametrize("target", VARIANTS)
def test_every_variant_loads_or_is_refused_in_sentences(
    target: str, seeds: list[Seed], tmp_path: Path
) -> None:
    failures = []
    for number in range(VARIANTS[target]):
        chooser = RandomChooser(f"{target}-{number}")
        seed = choose(chooser, seeds, target)
        variant = mutate(seed.data, seed.syntax, chooser)
        for finding in run_within(seed, variant, BUDGET):
            kept = tmp_path / f"{number}{seed.write_to.suffix}"
            kept.write_bytes(variant)
            failures.append(f"{kept} (from {seed.name}): {finding.kind}: {finding.summary}")
    assert not failures, f"{len(failures)} findings:\n" + "\n".join(failures[:40])
