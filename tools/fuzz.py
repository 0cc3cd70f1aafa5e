"""A coverage-guided fuzzing campaign of the game's readers of untrusted files.

    python tools/fuzz.py --minutes N [--target TARGET|all] [--seed S] [--out DIR]

TARGET: maps, tilesets, replays, story, saves, settings or cues (sound cues); all, the
default, fuzzes each in turn, sharing the time.

Needs the `fuzz` extra (pip install -e ".[fuzz]": atheris) and Linux. Every input gets 2 s
and 300 MiB; what breaks the contract (tools/fuzzing/checks/) or a budget is written to
DIR/TARGET/ with the input that did it (default DIR: fuzz-findings/). Prints the counts and
exits 1 when anything was found.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

TOOLS_DIR = Path(__file__).resolve().parent
if str(TOOLS_DIR) not in sys.path:
    sys.path.insert(0, str(TOOLS_DIR))

from fuzzing.seeds import TARGETS  # noqa: E402

COLUMNS = ("exception", "over_time", "over_memory", "catch_all", "bad_output")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, help="how long, all targets together")
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--seed", type=int, default=1, help="libFuzzer's seed (1)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"), help="findings")
    for hidden in ("--child", "--seconds", "--scratch", "--run"):  # a child run's, from campaign
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.minutes is None and not args.child:
        parser.error("--minutes is required")
    if importlib.util.find_spec("atheris") is None:
        print('error: atheris is not installed: pip install -e ".[fuzz]"', file=sys.stderr)
        return 2
    if args.child:
        from fuzzing.runner import fuzz

        fuzz(args.child, Path(args.scratch), args.out, int(args.seconds), args.seed, int(args.run))
        return 0  # not reached: libFuzzer ends the process
    from fuzzing.campaign import campaign

    targets = list(TARGETS) if args.target == "all" else [args.target]
    counts = campaign(
        Path(__file__).resolve(), targets, args.minutes * 60, args.seed, args.out.resolve()
    )
    found = 0
    for target, count in counts.items():
        found += sum(count[column] for column in COLUMNS)
        print(
            f"{target}: {count['inputs']} inputs; {count['exception']} exceptions,"
            f" {count['over_time'] + count['over_memory']} over budget ({count['over_time']} time,"
            f" {count['over_memory']} memory), {count['catch_all']} catch-alls,"
            f" {count['bad_output']} bad output; {count['slow_instrumented']} more over time only"
            " under coverage instrumentation, not counted"
        )
    print(f"findings: {found} (an input counts once for each kind); kept in {args.out}/")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
