"""Render every sound of the game from its sources in tools/audio/ into assets/audio/.

    python tools/make_audio.py [OUTPUT_DIR]      (default: the repository's assets/audio/)
    python tools/make_audio.py --only NAME ...   (just these sounds, by file name)

Writes music/NAME.ogg (seamless loops, from the note data in tools/audio/music.toml),
effects/NAME.ogg and ambience/NAME.ogg (recipes in tools/audio/effects.py), and
sources.json: a digest of the sources they came from, which tests/tools/test_audio.py
compares with the sources as they are, so a changed source not re-rendered is caught.
Needs numpy and soundfile (`pip install soundfile`: libsndfile writes the OGG Vorbis).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tomllib
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

TOOLS_DIR = Path(__file__).resolve().parent
if str(TOOLS_DIR) not in sys.path:
    sys.path.insert(0, str(TOOLS_DIR))

from audio.effects import AMBIENCE, EFFECTS  # noqa: E402
from audio.score import read_tracks, render  # noqa: E402
from audio.synth import RATE, Signal, envelope, leveled, pcm16  # noqa: E402

DEFAULT_OUT = TOOLS_DIR.parent / "assets" / "audio"
SOURCES = TOOLS_DIR / "audio"
# How loud each kind is made, in LUFS (synth.loudness: music and ambience over their whole
# loop, an effect at its loudest), before the game's volumes and layer.py's mix: the music
# under what happens, the ambience under the music. No sample goes past CEILING (-1 dBFS).
LOUDNESS = {"music": -20.0, "ambience": -25.0, "effects": -16.0}
CEILING = 0.89
LOOPS = ("music", "ambience")
EFFECT_END = 0.03  # seconds an effect fades out over at its very end: it never stops with a click
BLOCK = 4096  # libsndfile's Vorbis encoder crashed writing a minute in one call; blocks work


def sources_digest(folder: Path = SOURCES) -> str:
    """One digest of every source file the sounds are made from."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*")):
        if path.suffix in (".py", ".toml"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _sounds() -> Iterator[tuple[str, Callable[[], Signal]]]:
    """(file under the output folder, how to make its samples) for every sound."""
    score = tomllib.loads((SOURCES / "music.toml").read_text(encoding="utf-8"))
    for name, track in read_tracks(score).items():
        yield f"music/{name}.ogg", lambda track=track: _leveled("music", render(track))
    for kind, recipes in (("effects", EFFECTS), ("ambience", AMBIENCE)):
        for name, recipe in recipes.items():
            rng = np.random.default_rng(zlib.crc32(name.encode()))
            yield (
                f"{kind}/{name}.ogg",
                lambda recipe=recipe, rng=rng, kind=kind: _leveled(kind, recipe(rng)),
            )


def _leveled(kind: str, samples: Signal) -> Signal:
    if kind not in LOOPS:
        samples = samples * envelope(len(samples), 0.0, EFFECT_END)
    return leveled(samples, LOUDNESS[kind], CEILING, whole=kind in LOOPS)


def write_ogg(samples: Signal, path: Path) -> None:
    import soundfile

    path.parent.mkdir(parents=True, exist_ok=True)
    data = pcm16(samples)
    with soundfile.SoundFile(
        path, "w", samplerate=RATE, channels=1, format="OGG", subtype="VORBIS"
    ) as out:
        for start in range(0, len(data), BLOCK):
            out.write(data[start : start + BLOCK])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these sounds")
    args = parser.parse_args(argv)
    index_path = args.out / "sources.json"
    made: dict[str, dict[str, float]] = {}
    if index_path.exists():
        made = json.loads(index_path.read_text(encoding="utf-8"))["files"]
    for relative, make in _sounds():
        if args.only and Path(relative).stem not in args.only:
            continue
        samples = make()
        write_ogg(samples, args.out / relative)
        made[relative] = {"seconds": round(len(samples) / RATE, 3)}
        print(f"{relative}: {len(samples) / RATE:.1f} s", file=sys.stderr)
    index = {"sources": sources_digest(), "rate": RATE, "files": dict(sorted(made.items()))}
    index_path.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
