"""A time-boxed campaign: each target fuzzed in turn, in child processes that are watched.

A child that dies (a crash in C, libFuzzer's memory limit) or stalls (no input finished for
STALL seconds: code the alarm cannot interrupt) is ended; the input it was on, which it
wrote to `.running` before running it, becomes a finding, and a new child goes on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fuzzing.contract import run_within
from fuzzing.findings import Finding, FindingLog, total_counts
from fuzzing.runner import TIME_BUDGET
from fuzzing.seeds import Seed, scratch

STALL = 10.0  # seconds without a finished input
STARTUP = 5  # seconds a child takes to import, instrument and copy its scratch content
POLL = 0.25
# glibc's adaptive thresholds keep freed blocks, so the address space grows by a few MB per
# thousand inputs and the next input's budget (runner.py) would start ever higher: with fixed
# ones, large blocks go back to the system when freed.
ENV = {**os.environ, "MALLOC_MMAP_THRESHOLD_": "131072", "MALLOC_TRIM_THRESHOLD_": "131072"}


def campaign(
    script: Path, targets: list[str], seconds: float, seed: int, out: Path
) -> dict[str, Counter[str]]:
    """Fuzz each target for its share of `seconds`; the counts of each."""
    deadline = time.monotonic() + seconds
    counts = {}
    for index, target in enumerate(targets):
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(".stats-*.json"):
            old.unlink()  # counts are this campaign's; findings and corpus carry over
        share = (deadline - time.monotonic()) / (len(targets) - index)
        _fuzz_target(script, target, time.monotonic() + share, seed, folder)
        counts[target] = total_counts(folder)
    return counts


def _fuzz_target(script: Path, target: str, deadline: float, seed: int, folder: Path) -> None:
    log = FindingLog(folder, ".stats-watcher.json")  # what the children could not record
    running = folder / ".running"
    run = 0
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{target}-") as own_scratch:
        seeds = scratch(Path(own_scratch))  # where slow inputs are timed again, uninstrumented

        def between_polls() -> None:
            _time_again(folder, seeds, log)

        while (seconds := int(deadline - time.monotonic()) - STARTUP) >= 1:
            child_scratch = Path(tempfile.mkdtemp(prefix=f"fuzz-{target}-"))
            command = [sys.executable, str(script), "--child", target, "--seconds", str(seconds)]
            command += ["--seed", str(seed + run), "--out", str(folder)]
            command += ["--scratch", str(child_scratch), "--run", str(run)]
            running.unlink(missing_ok=True)
            with (folder / "libfuzzer.log").open("ab") as output:
                child = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=ENV)
                problem = _watch(child, running, deadline, between_polls)
            shutil.rmtree(child_scratch, ignore_errors=True)
            between_polls()
            if problem is not None:
                if not running.exists():  # it could not even start: restarting would not help
                    raise SystemExit(
                        f"{target}: {problem.summary} before its first input; its"
                        f" output is in {folder / 'libfuzzer.log'}"
                    )
                _keep_running_input(log, running, problem)
            run += 1


def _time_again(folder: Path, seeds: list[Seed], log: FindingLog) -> None:
    """Inputs a child found over time, run again uninstrumented: over time only if still so."""
    for pending in sorted(folder.glob(".slow-*[0-9]")):
        name, _, variant = pending.read_bytes().partition(b"\n")
        pending.unlink()
        seed = next(seed for seed in seeds if seed.name == name.decode())
        over = [
            found for found in run_within(seed, variant, TIME_BUDGET) if found.kind == "over_time"
        ]
        log.counts["over_time" if over else "slow_instrumented"] += 1
        for finding in over:
            log.keep(seed.name, seed.write_to.suffix, variant, finding)
        log.save_counts()


def _watch(
    child: subprocess.Popen[bytes], running: Path, deadline: float, between: Callable[[], None]
) -> Finding | None:
    """Wait for the child, calling `between` as it runs; a finding when it died or stalled,
    None when it finished."""
    last_input = time.monotonic()
    last_mtime = 0.0
    while child.poll() is None:
        time.sleep(POLL)
        between()
        now = time.monotonic()
        mtime = running.stat().st_mtime if running.exists() else 0.0
        if mtime != last_mtime:
            last_mtime, last_input = mtime, now
        if now > deadline + 2:  # past its -max_total_time, or still starting
            child.kill()
            child.wait()
            return None
        if mtime and now - last_input > STALL:
            child.kill()
            child.wait()
            return Finding("over_time", f"ran over {STALL:g} s, past the alarm: the run was ended")
    if child.returncode == 0:
        return None
    return Finding(
        "exception",
        f"the fuzzing process died (exit status {child.returncode})",
        "see libfuzzer.log for its last words",
    )


def _keep_running_input(log: FindingLog, running: Path, finding: Finding) -> None:
    suffix, _, variant = running.read_bytes().partition(b"\n")
    log.counts["inputs"] += 1
    log.counts[finding.kind] += 1
    log.keep("(the input the process was on)", suffix.decode(), variant, finding)
    log.save_counts()
