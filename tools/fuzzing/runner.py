"""One atheris run, in a process of its own that tools/fuzz.py started and watches.

The fuzzer's input bytes are the choices of `mutate` (which seed, which edits, where): the
variants stay structured enough to get past the parser (XML, JSON, TOML), and coverage of
the game's readers, pytmx, defusedxml and tomllib steers which choices are kept.

Budgets, per input: 2 s, by an alarm (libFuzzer's own -timeout, which also uses SIGALRM, is
off; the parent kills a run whose input does not finish in 10 s, for code the alarm cannot
interrupt). Coverage instrumentation makes the game's Python code several times slower, so
an input over time here is handed to the parent, which times it again uninstrumented and
counts it only if it is still over. Memory: 300 MiB of address space beyond what the process
had when the input began (RLIMIT_AS: an allocation past it fails, as MemoryError in Python).
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

TIME_BUDGET = 2.0
MEMORY_BUDGET = 300 * 1024 * 1024
_PAGE = os.sysconf("SC_PAGE_SIZE")


def address_space() -> int:
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[0]) * _PAGE


def fuzz(target: str, scratch: Path, out: Path, seconds: int, seed: int, run: int) -> None:
    """Fuzz `target` for `seconds`, writing findings into `out` (its folder); never returns."""
    import atheris

    with atheris.instrument_imports(include=["coraline_game", "pytmx", "defusedxml", "tomllib"]):
        from fuzzing.choices import DataChooser
        from fuzzing.contract import run_within
        from fuzzing.findings import FindingLog
        from fuzzing.mutate import mutate
        from fuzzing.seeds import choose
        from fuzzing.seeds import scratch as make_scratch

    seeds = make_scratch(scratch)
    log = FindingLog(out, f".stats-{run}.json")
    running = os.open(out / ".running", os.O_WRONLY | os.O_CREAT, 0o644)
    unlimited = resource.getrlimit(resource.RLIMIT_AS)
    hard = unlimited[1]

    def one_input(data: bytes) -> None:
        chooser = DataChooser(atheris.FuzzedDataProvider(data))
        seed = choose(chooser, seeds, target)
        variant = mutate(seed.data, seed.syntax, chooser)
        # The parent keeps this as the finding if the process dies or stalls on it.
        os.ftruncate(running, 0)
        os.pwrite(running, seed.write_to.suffix.encode() + b"\n" + variant, 0)
        limit = address_space() + MEMORY_BUDGET
        resource.setrlimit(
            resource.RLIMIT_AS,
            (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard),
        )
        try:
            findings = run_within(seed, variant, TIME_BUDGET)
        finally:
            resource.setrlimit(resource.RLIMIT_AS, unlimited)
        slow = any(found.kind == "over_time" for found in findings)
        log.record(seed, variant, [found for found in findings if found.kind != "over_time"])
        if slow:  # coverage instrumentation slows the code: the parent times it again without
            _hand_over(out / f".slow-{run}-{log.counts['inputs']}", seed.name, variant)

    corpus = out / "corpus"
    corpus.mkdir(exist_ok=True)
    options = [
        *(f"-max_total_time={seconds}", f"-seed={seed}", "-timeout=0", "-max_len=4096"),
        *(f"-artifact_prefix={out}/libfuzzer-", "-print_final_stats=1"),
    ]
    atheris.Setup([sys.argv[0], *options, str(corpus)], one_input)
    atheris.Fuzz()


def _hand_over(path: Path, seed_name: str, variant: bytes) -> None:
    """Written whole, then renamed: the parent never reads half a file."""
    part = path.with_name(f"{path.name}.part")
    part.write_bytes(seed_name.encode() + b"\n" + variant)
    part.rename(path)
