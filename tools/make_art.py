"""Generate every art asset from the text sources in tools/art/.

    python tools/make_art.py [OUTPUT_DIR]     (default: the repository's assets/)

Writes tiles/{real,other,between}.png + .tsx, sprites/NAME.png (Coraline, the cat,
the mouse and the story's people), portraits/NAME.png (48x48 dialogue portraits),
ui/title.png and font/pixel.png + pixel.json. The output is byte-identical on
every run (tests/tools/test_art.py checks that assets/ matches its sources).
Needs nothing beyond the standard library and pygame (no display): PNGs are encoded
by tools/art/render.py with zlib, so the bytes do not depend on pygame's libpng.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

TOOLS_DIR = Path(__file__).resolve().parent
if str(TOOLS_DIR) not in sys.path:
    sys.path.insert(0, str(TOOLS_DIR))

from art import font, portraits, sprites, tilesets, title  # noqa: E402
from art.palettes import check_palettes  # noqa: E402
from art.render import Pixels, png_bytes  # noqa: E402

DEFAULT_OUT = TOOLS_DIR.parent / "assets"


def _save_png(pixels: Pixels, path: Path, alpha: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(pixels, alpha))


def _save_text(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def generate(out: Path = DEFAULT_OUT) -> list[Path]:
    """Write every asset under `out`; return the written paths (sorted)."""
    check_palettes()
    written: list[Path] = []
    for name in tilesets.TILESET_NAMES:
        png = out / "tiles" / f"{name}.png"
        _save_png(tilesets.tileset_pixels(name), png)
        tsx = out / "tiles" / f"{name}.tsx"
        _save_text(tilesets.tsx_text(name), tsx)
        written += [png, tsx]
    for name, pixels in sprites.sheets().items():
        path = out / "sprites" / f"{name}.png"
        _save_png(pixels, path)
        written.append(path)
    for name, pixels in portraits.portraits().items():
        path = out / "portraits" / f"{name}.png"
        _save_png(pixels, path)
        written.append(path)
    path = out / "ui" / "title.png"
    _save_png(title.title_pixels(), path, alpha=False)
    written.append(path)
    pixels, meta = font.font_sheet()
    png = out / "font" / "pixel.png"
    _save_png(pixels, png)
    js = out / "font" / "pixel.json"
    _save_text(meta, js)
    written += [png, js]
    return sorted(written)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_OUT
    for path in generate(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
