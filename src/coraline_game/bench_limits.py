"""`coraline-game bench`'s limits part: maps as large as the loader's limits allow, each checked
and rendered in a child process of its own, its time and peak memory read from the kernel.

The promise measured: whatever the limits allow loads, or is refused, within 2 s and 300 MB.
A baseline child, checking a one-cell map, is measured in the same run: interpreter start and
imports are in every number, and the baseline says how much.
"""

from __future__ import annotations

import base64
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pygame

from coraline_game.maps.limits import (
    MAX_MAP_CELLS,
    MAX_OBJECTS,
    MAX_RENDER_COVER,
    MAX_RENDER_PIXELS,
    MAX_TILE_IMAGES,
    MAX_TOTAL_CELLS,
)

BUDGET_S = 2.0
BUDGET_MB = 300
TILE = 16
SHEET_SIDE = 4096  # the largest image side the loader reads
SEED = 7


def _tmx(width: int, height: int, tilesets: str, layers: str, objects: str = "") -> str:
    """A map that meets the contract, so `check` goes all the way through loading."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" class="Place" orientation="orthogonal" width="{width}"'
        f' height="{height}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0">\n'
        ' <properties><property name="world" propertytype="World" value="real"/></properties>\n'
        f"{tilesets}{layers}"
        ' <objectgroup id="900" name="objects">\n'
        '  <object id="1" type="Spawn" x="8" y="8"><properties>'
        '<property name="spawn" value="start"/><property name="default" type="bool"'
        ' value="true"/></properties><point/></object>\n'
        f"{objects} </objectgroup>\n</map>\n"
    )


def _sheet(side: int, columns: int, extra: str = "") -> str:
    tiles = (side // TILE) * columns
    return (
        f' <tileset firstgid="1" name="sheet" tilewidth="{TILE}" tileheight="{TILE}"'
        f' tilecount="{tiles}" columns="{columns}">\n'
        f'  <image source="../assets/sheet{side}.png" width="{columns * TILE}" height="{side}"/>\n'
        f"{extra} </tileset>\n"
    )


def _base64_layer(index: int, size: tuple[int, int], cells: list[int]) -> str:
    raw = zlib.compress(struct.pack(f"<{len(cells)}I", *cells))
    return _layer(index, size, 'encoding="base64" compression="zlib"', base64.b64encode(raw))


def _csv_layer(index: int, size: tuple[int, int], cells: list[int]) -> str:
    return _layer(index, size, 'encoding="csv"', ",".join(map(str, cells)).encode())


def _layer(index: int, size: tuple[int, int], data: str, text: bytes) -> str:
    return (
        f' <layer id="{index}" name="l{index}" width="{size[0]}" height="{size[1]}">'
        f"<data {data}>{text.decode()}</data></layer>\n"
    )


def _cells_base64(rng: random.Random) -> str:
    """Every cell the limits allow, four layers of 1024 x 1024, random tiles and flips."""
    side = int(MAX_MAP_CELLS**0.5)
    flips = (0, 0x80000000, 0x40000000, 0x20000000)
    body = "".join(
        _base64_layer(
            i, (side, side), [rng.randrange(1, 65) | rng.choice(flips) for _ in range(side**2)]
        )
        for i in range(1, MAX_TOTAL_CELLS // MAX_MAP_CELLS + 1)
    )
    return _tmx(side, side, _sheet(128, 8), body)


def _cells_csv_thin(rng: random.Random) -> str:
    """The long thin shape that took 17 s and 503 MB: CSV layers of 16384 x 64."""
    size = (16384, MAX_MAP_CELLS // 16384)
    body = "".join(
        _csv_layer(i, size, [rng.randrange(0, 65) for _ in range(MAX_MAP_CELLS)])
        for i in range(1, MAX_TOTAL_CELLS // MAX_MAP_CELLS + 1)
    )
    return _tmx(*size, _sheet(128, 8), body)


def _every_tile(_: random.Random) -> str:
    """A 4096 x 4096 sheet of 16 px tiles, every one of its 65536 tiles shown once."""
    side = int(MAX_TILE_IMAGES**0.5)
    body = _base64_layer(1, (side, side), list(range(1, side * side + 1)))
    return _tmx(side, side, _sheet(SHEET_SIDE, SHEET_SIDE // TILE), body)


def _many_elements(_: random.Random) -> str:
    """Near the element limit: a property on each of 60,000 tiles, and the most objects."""
    tiles = "".join(
        f'  <tile id="{i}"><properties><property name="solid" type="bool" value="false"/>'
        "</properties></tile>\n"
        for i in range(60_000)
    )
    objects = "".join(
        f'  <object id="{i}" x="{i % 50}" y="{i // 50 % 50}" width="4" height="4"/>\n'
        for i in range(2, MAX_OBJECTS)
    )
    body = _csv_layer(1, (64, 64), [1] * 64 * 64)
    return _tmx(64, 64, _sheet(SHEET_SIDE, SHEET_SIDE // TILE, tiles), body, objects)


def _render_at_limits(rng: random.Random) -> str:
    """render-map's worst: the largest image it draws, a translucent layer over all of it
    (every pixel blended and unpremultiplied), and shapes reaching as much as it allows."""
    side = int(MAX_RENDER_PIXELS**0.5) // TILE
    cells = [rng.randrange(1, 65) for _ in range(side * side)]
    ground = _base64_layer(1, (side, side), cells).replace("<layer ", '<layer opacity="0.98" ')
    reach = int(MAX_RENDER_COVER**0.5) - 50  # the box and its outline's margin
    zone = f'  <object id="2" x="10" y="10" width="{reach}" height="{reach}"/>\n'
    return _tmx(side, side, _sheet(128, 8), ground, zone)


def _baseline(_: random.Random) -> str:
    return _tmx(1, 1, _sheet(128, 8), _csv_layer(1, (1, 1), [1]))


MAPS: dict[str, Callable[[random.Random], str]] = {
    "baseline": _baseline,
    "cells_base64_1024x1024x4": _cells_base64,
    "cells_csv_16384x64x4": _cells_csv_thin,
    "tiles_65536_of_4096px_sheet": _every_tile,
    "elements_near_limit": _many_elements,
    "render_at_limits": _render_at_limits,
}


def _write_sheets(assets: Path) -> None:
    """Tile sheets of distinct noisy tiles: compressible as badly as real art."""
    rng = random.Random(SEED)
    for side in (128, SHEET_SIDE):
        width = 128 if side == 128 else side
        sheet = pygame.Surface((width, side))
        for y in range(0, side, TILE):
            for x in range(0, width, TILE):
                sheet.fill(
                    (rng.randrange(256), rng.randrange(256), rng.randrange(256)), (x, y, TILE, TILE)
                )
                sheet.fill((rng.randrange(256), 0, 0), (x + 3, y + 5, 7, 2))
        pygame.image.save(sheet, str(assets / f"sheet{side}.png"))


# The child reports its own peak: the kernel's ru_maxrss for a child counts the parent's
# memory at fork, which would bury what the command itself used.
_CHILD = """
import sys
from coraline_game.cli import main
code = main(sys.argv[2:])
status = open("/proc/self/status").read()
open(sys.argv[1], "w").write(status.split("VmHWM:")[1].split()[0])
sys.exit(code)
"""


def _child(command: list[str], peak_file: Path) -> dict[str, float | int]:
    """Run one command of the game's; its wall time, exit status and peak resident memory."""
    start = time.perf_counter_ns()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(peak_file), *command],
        capture_output=True,
        env={**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"},
        check=False,
    )
    elapsed = (time.perf_counter_ns() - start) / 1e9
    peak_kb = int(peak_file.read_text()) if peak_file.exists() else 0
    peak_file.unlink(missing_ok=True)
    return {"s": round(elapsed, 3), "peak_mb": round(peak_kb / 1024, 1), "exit": done.returncode}


QUICK_MAPS = ("baseline", "tiles_65536_of_4096px_sheet")


def run_limits_bench(quick: bool = False) -> dict[str, object]:
    """Each map at the limits, checked and rendered; and whether all kept to the budget."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "maps").mkdir()
        (root / "assets").mkdir()
        _write_sheets(root / "assets")
        results: dict[str, object] = {}
        within = True
        for name, make in MAPS.items():
            if quick and name not in QUICK_MAPS:
                continue
            path = root / "maps" / f"{name}.tmx"
            path.write_text(make(random.Random(SEED)), encoding="utf-8")
            peak = root / "peak"
            check = _child(["check", str(path)], peak)
            render = _child(["render-map", str(path), str(root / f"{name}.png")], peak)
            results[name] = {"check": check, "render_map": render}
            for run in (check, render):
                within &= run["s"] <= BUDGET_S and run["peak_mb"] <= BUDGET_MB
        return {
            "maps": results,
            "within_budget": within,
            "budget": {"s": BUDGET_S, "peak_mb": BUDGET_MB},
            "note": "each command a child process: seconds from start to exit, peak resident"
            " memory; interpreter start and imports included (see baseline)",
        }
