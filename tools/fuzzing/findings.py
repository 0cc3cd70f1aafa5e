"""What a finding is, and the findings folder of one target: a file per distinct finding with
the input that caused it, and the counts of a run, kept up to date after every input.

Distinct means another kind, or another message once numbers and quoted text are set aside
(for an exception: another place in the code). Repeats are counted, and their inputs kept up
to KEEP per finding, so that a bug hit a million times does not fill the disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fuzzing.seeds import Seed

KINDS = ("exception", "catch_all", "bad_output", "over_time", "over_memory")
KEEP = 3
_VARIABLE = re.compile(r"'[^']*'|\"[^\"]*\"|0x[0-9a-f]+|\d+")


@dataclass(frozen=True)
class Finding:
    """A variant that broke the contract (tools/fuzzing/checks/) or a budget."""

    kind: str  # one of KINDS
    summary: str  # one line
    detail: str = ""


def signature(finding: Finding) -> str:
    if finding.kind == "exception":  # the innermost frame: where it went wrong
        frames = re.findall(r'File "([^"]+)", line \d+, in (\S+)', finding.detail)
        text = f"{finding.summary.split(':')[0]} {frames[-1] if frames else ''}"
    else:  # the sentence alone: check shows the file relative to the working folder
        text = _VARIABLE.sub("_", finding.summary.rpartition(": error: ")[2])
    return hashlib.blake2b(f"{finding.kind} {text}".encode(), digest_size=5).hexdigest()


class FindingLog:
    def __init__(self, folder: Path, stats_name: str) -> None:
        self.folder = folder
        self.counts: Counter[str] = Counter({"inputs": 0, **dict.fromkeys(KINDS, 0)})
        # Inputs kept by earlier campaigns count towards KEEP too.
        self._seen: Counter[str] = Counter(
            path.stem.rsplit("-", 1)[0] for path in folder.glob("*-*-*.txt")
        )
        self._stats = os.open(folder / stats_name, os.O_WRONLY | os.O_CREAT, 0o644)

    def record(self, seed: Seed, variant: bytes, findings: list[Finding]) -> None:
        """Count the input and each kind found in it once; keep the first inputs of each."""
        self.counts["inputs"] += 1
        for kind in {finding.kind for finding in findings}:
            self.counts[kind] += 1
        for finding in findings:
            self.keep(seed.name, seed.write_to.suffix, variant, finding)
        self.save_counts()

    def keep(self, seed_name: str, suffix: str, variant: bytes, finding: Finding) -> None:
        name = f"{finding.kind}-{signature(finding)}"
        self._seen[name] += 1
        if self._seen[name] > KEEP:
            return
        stem = f"{name}-{self._seen[name]}"
        (self.folder / f"{stem}{suffix}").write_bytes(variant)
        note = f"{finding.kind}: {finding.summary}\nfrom seed {seed_name}\n\n{finding.detail}"
        (self.folder / f"{stem}.txt").write_text(note, encoding="utf-8", errors="replace")

    def save_counts(self) -> None:
        # Rewritten in place after every input: libFuzzer ends the process without warning.
        text = json.dumps(self.counts).encode()
        os.ftruncate(self._stats, 0)
        os.pwrite(self._stats, text, 0)


def total_counts(folder: Path) -> Counter[str]:
    """The counts of every run whose stats are in `folder`."""
    total: Counter[str] = Counter({"inputs": 0, **dict.fromkeys(KINDS, 0)})
    for path in folder.glob(".stats-*.json"):
        try:
            total.update(json.loads(path.read_text()))
        except ValueError:  # a run killed while writing: its counts are lost
            continue
    return total
