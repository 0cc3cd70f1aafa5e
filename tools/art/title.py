"""Title picture (320x180, opaque): the old pink house at dusk, in the rain.

Procedural but deterministic: integer drawing on a pixel grid, Bayer dithering,
and random.Random with a fixed seed for clouds, peeling paint and rain. The upper
left third stays calm (sky only) for the game's title text.
"""

from __future__ import annotations

import math
import random

from .palettes import RGBA, hexc
from .render import Pixels

W, H = 320, 180
BAYER = (
    (0, 8, 2, 10),
    (12, 4, 14, 6),
    (3, 11, 1, 9),
    (15, 7, 13, 5),
)

SKY = [
    hexc(c)
    for c in (
        "#121019",
        "#171421",
        "#1d1929",
        "#241e32",
        "#2c243b",
        "#352a43",
        "#3f304a",
        "#4a3650",
        "#553c55",
        "#604458",
    )
]
CLOUD = hexc("#0f0d16")
CLOUD_LIT = hexc("#2a2336")
HILL_FAR = hexc("#1c1a29")
TREE = hexc("#12121c")
TREE_LIT = hexc("#1b1b27")
GROUND = [hexc(c) for c in ("#15181b", "#1b2022", "#222828", "#2a302e")]
PATH = [hexc(c) for c in ("#2a2528", "#353034", "#433c40")]

PINK = [hexc(c) for c in ("#3a2a33", "#523a46", "#6a4b59", "#84606e", "#9c7583")]
PEEL = [hexc(c) for c in ("#5e5558", "#7a7073")]
ROOF = [hexc(c) for c in ("#15131c", "#1f1c28", "#2a2634", "#37323f")]
TRIM = [hexc(c) for c in ("#6e6670", "#9a929a", "#bdb4b8")]
GLASS = [hexc(c) for c in ("#14141f", "#1f2030", "#2d3044")]
LIT = [hexc(c) for c in ("#c47a2e", "#f0b048", "#ffe08a", "#fff4c8")]
RAIN = hexc("#a8b4cc")


def _new() -> Pixels:
    return [[SKY[0]] * W for _ in range(H)]


def _put(px: Pixels, x: int, y: int, c: RGBA) -> None:
    if 0 <= x < W and 0 <= y < H:
        px[y][x] = c


def _blend(px: Pixels, x: int, y: int, c: RGBA, alpha: int) -> None:
    if 0 <= x < W and 0 <= y < H:
        d = px[y][x]
        px[y][x] = (
            (c[0] * alpha + d[0] * (255 - alpha) + 127) // 255,
            (c[1] * alpha + d[1] * (255 - alpha) + 127) // 255,
            (c[2] * alpha + d[2] * (255 - alpha) + 127) // 255,
            255,
        )


def _rect(px: Pixels, x0: int, y0: int, x1: int, y1: int, c: RGBA) -> None:
    """Fill x0..x1-1, y0..y1-1."""
    for y in range(max(y0, 0), min(y1, H)):
        for x in range(max(x0, 0), min(x1, W)):
            px[y][x] = c


def _poly(px: Pixels, pts: list[tuple[float, float]], c: RGBA) -> None:
    """Even-odd scanline fill, sampling pixel centres."""
    ys = [p[1] for p in pts]
    for y in range(max(int(min(ys)), 0), min(int(max(ys)) + 1, H)):
        cy = y + 0.5
        xs: list[float] = []
        for i, (ax, ay) in enumerate(pts):
            bx, by = pts[(i + 1) % len(pts)]
            if (ay <= cy < by) or (by <= cy < ay):
                xs.append(ax + (cy - ay) * (bx - ax) / (by - ay))
        xs.sort()
        for a, b in zip(xs[::2], xs[1::2], strict=False):
            for x in range(max(math.ceil(a - 0.5), 0), min(math.ceil(b - 0.5), W)):
                px[y][x] = c


def _dither(level: float, x: int, y: int) -> bool:
    """True where an ordered dither of `level` (0..1) is inked."""
    return BAYER[y % 4][x % 4] < level * 16


def _sky(px: Pixels, rng: random.Random) -> None:
    bands = len(SKY) - 1
    for y in range(H):
        t = min(y / 128, 1.0) ** 1.3 * bands
        base = int(t)
        frac = t - base
        for x in range(W):
            i = min(base + (1 if _dither(frac, x, y) else 0), bands)
            px[y][x] = SKY[i]
    # Low, heavy cloud banks: a few stretched sine ridges, darker than the sky.
    ridges = [
        (rng.uniform(0, 6.28), rng.uniform(0.015, 0.03), rng.randint(18, 95)) for _ in range(5)
    ]
    for phase, freq, base_y in ridges:
        for x in range(W):
            top = base_y + 5 * math.sin(x * freq + phase) + 3 * math.sin(x * freq * 2.7 + phase * 2)
            top_i = int(top)
            for y in range(top_i, min(top_i + 9, H)):
                depth = y - top_i
                if depth == 0:
                    _blend(px, x, y, CLOUD_LIT, 90)
                elif _dither(0.55 - depth * 0.05, x, y):
                    _blend(px, x, y, CLOUD, 120)


def _trees(px: Pixels, rng: random.Random) -> None:
    # A far hill line, then a ragged band of firs along the horizon.
    for x in range(W):
        hill = int(128 + 4 * math.sin(x * 0.02 + 1.0) + 2 * math.sin(x * 0.07))
        for y in range(hill, H):
            px[y][x] = HILL_FAR
    x = -4
    while x < W + 4:
        height = rng.randint(10, 26) if x > 140 else rng.randint(6, 14)
        base = 142 + rng.randint(-2, 2)
        half = rng.randint(3, 5)
        top = base - height
        for y in range(top, base + 1):
            span = (y - top) * half / max(height, 1)
            jag = 1 if (y - top) % 4 == 3 else 0
            for xx in range(int(x - span - jag), int(x + span + jag) + 1):
                _put(px, xx, y, TREE if xx >= x else TREE_LIT)
        x += rng.randint(3, 7)


def _house(px: Pixels, rng: random.Random) -> None:
    # Main block with a steep gable, a turret on its left, a porch at the front.
    body = (186, 64, 274, 152)
    turret = (164, 56, 190, 152)
    _rect(px, *body, PINK[3])
    _rect(px, body[2] - 14, body[1], body[2], body[3], PINK[2])  # right side in shadow
    _rect(px, *turret, PINK[3])
    _rect(px, turret[2] - 7, turret[1], turret[2], turret[3], PINK[2])
    _rect(px, turret[0], turret[1], turret[0] + 3, turret[3], PINK[4])  # rounded lit edge
    # Clapboard: a darker line every 3 rows.
    for x0, y0, x1, y1 in (body, turret):
        for y in range(y0 + 2, y1, 3):
            for x in range(x0, x1):
                c = px[y][x]
                _put(px, x, y, PINK[1] if c == PINK[2] else PINK[2] if c == PINK[3] else PINK[3])
    # Peeling paint: grey patches of bare board, ragged.
    for _ in range(70):
        x = rng.randint(body[0] - 20, body[2] - 3)
        y = rng.randint(turret[1], body[3] - 6)
        inside = body[0] <= x < body[2] or turret[0] <= x < turret[2]
        if not inside or (y < body[1] and not turret[0] <= x < turret[2]):
            continue
        w = rng.randint(1, 4)
        for dx in range(w):
            for dy in range(rng.randint(1, 2)):
                if px[y + dy][x + dx] in PINK:
                    _put(px, x + dx, y + dy, PEEL[0] if dx == w - 1 else PEEL[1])
    # Gable roof (with a slight overhang) and the fish-scale shingles in the gable.
    apex = (230, 14)
    _poly(px, [(apex[0], apex[1]), (280, 68), (180, 68)], ROOF[1])
    _poly(px, [(apex[0], apex[1] + 7), (268, 64), (192, 64)], PINK[3])
    for y in range(apex[1] + 9, 64):
        for x in range(192, 268):
            if px[y][x] == PINK[3] and (x + (y // 3) * 2) % 4 == 0 and y % 3 == 0:
                px[y][x] = PINK[1]
            elif px[y][x] == PINK[3] and x > apex[0] + 8:
                px[y][x] = PINK[2]
    # Bargeboards: light trim along both roof edges.
    for i in range(0, 52):
        lx, rx = apex[0] - i * 50 / 54, apex[0] + i * 50 / 54
        y = apex[1] + i
        _put(px, int(lx), y, TRIM[2])
        _put(px, int(lx) + 1, y, TRIM[1])
        _put(px, int(rx), y, TRIM[0])
        _put(px, int(rx) - 1, y, TRIM[0])
    _put(px, apex[0], apex[1] - 1, TRIM[1])
    _rect(px, apex[0], apex[1] - 8, apex[0] + 1, apex[1] - 1, ROOF[3])  # finial
    # Turret roof: a tall cone with a finial.
    _poly(px, [(177, 6), (196, 58), (158, 58)], ROOF[1])
    _poly(px, [(177, 6), (196, 58), (184, 58)], ROOF[0])
    for y in range(12, 58, 4):
        for x in range(158, 196):
            if px[y][x] == ROOF[1] and (x + y) % 3 == 0:
                px[y][x] = ROOF[2]
    _rect(px, 176, 0, 178, 6, ROOF[3])
    for i in range(0, 52):
        _put(px, int(177 - i * 19 / 52), 6 + i, TRIM[0])
    _rect(px, 158, 58, 197, 60, TRIM[0])
    _rect(px, 158, 58, 180, 59, TRIM[1])
    # Eaves line under the main roof.
    _rect(px, 180, 68, 281, 70, ROOF[0])

    # Windows.
    def window(x0: int, y0: int, w: int, h: int, lit: bool = False, arch: bool = False) -> None:
        _rect(px, x0 - 1, y0 - 1, x0 + w + 1, y0 + h + 2, TRIM[1])
        _rect(px, x0 - 2, y0 + h + 1, x0 + w + 2, y0 + h + 3, TRIM[2])
        if lit:
            for y in range(y0, y0 + h):
                for x in range(x0, x0 + w):
                    t = (y - y0) / h
                    px[y][x] = LIT[3] if t < 0.25 else LIT[2] if t < 0.6 else LIT[1]
            # A figure-less curtain edge, half drawn.
            _rect(px, x0, y0, x0 + 2, y0 + h, LIT[0])
        else:
            _rect(px, x0, y0, x0 + w, y0 + h, GLASS[0])
            _put(px, x0 + 1, y0 + 1, GLASS[2])
            _put(px, x0 + 2, y0 + 1, GLASS[1])
            _put(px, x0 + 1, y0 + 2, GLASS[1])
        _rect(px, x0, y0 + h // 2, x0 + w, y0 + h // 2 + 1, TRIM[0])
        _rect(px, x0 + w // 2, y0, x0 + w // 2 + 1, y0 + h, TRIM[0])
        if arch:
            _rect(px, x0 - 1, y0 - 3, x0 + w + 1, y0 - 1, TRIM[1])
            _rect(px, x0, y0 - 4, x0 + w, y0 - 3, TRIM[1])

    window(224, 38, 12, 14, arch=True)
    window(199, 76, 10, 14)
    window(252, 76, 10, 14)
    window(199, 99, 10, 14)
    window(252, 99, 10, 14, lit=True)
    window(172, 70, 8, 13)
    window(172, 94, 8, 13)
    window(172, 118, 8, 12)
    window(200, 128, 9, 12)
    window(251, 128, 9, 12)
    # Glow of the lit window on the wall and in the rain.
    cx, cy = 257, 106
    for y in range(cy - 26, cy + 26):
        for x in range(cx - 28, cx + 28):
            d = math.hypot((x - cx) * 0.85, y - cy)
            if d < 26 and not (252 <= x < 262 and 99 <= y < 113):
                _blend(px, x, y, LIT[1], 48 if d < 12 else 30 if d < 18 else 14)
    # Porch: a roof band on slim posts, steps, the front door.
    _rect(px, 194, 118, 267, 122, ROOF[2])
    _rect(px, 194, 118, 267, 119, TRIM[1])
    _rect(px, 194, 122, 267, 123, ROOF[0])
    for x in (196, 212, 248, 264):
        _rect(px, x, 123, x + 2, 150, TRIM[1])
        _put(px, x + 1, 124, TRIM[0])
    _rect(px, 225, 128, 236, 150, hexc("#241820"))
    _rect(px, 226, 129, 235, 150, hexc("#3a2630"))
    _put(px, 233, 140, LIT[1])
    _rect(px, 192, 150, 270, 152, TRIM[0])
    _rect(px, 218, 150, 244, 152, TRIM[1])
    _rect(px, 214, 152, 248, 154, TRIM[0])
    # Foundation, with the small door: a low arched shape with light around it.
    _rect(px, 162, 148, 276, 153, hexc("#2a2228"))
    _rect(px, 168, 139, 178, 153, LIT[0])
    _poly(px, [(168, 141), (170, 138), (176, 138), (178, 141), (178, 153), (168, 153)], LIT[0])
    inner = [(169, 142), (171, 139), (175, 139), (177, 142), (177, 153), (169, 153)]
    _poly(px, inner, hexc("#1a1218"))
    _put(px, 175, 147, LIT[2])


def _ground(px: Pixels, rng: random.Random) -> None:
    for y in range(150, H):
        for x in range(W):
            t = (y - 150) / 30
            i = min(int(t * 3 + (0.5 if _dither(0.5, x, y) else 0)), 3)
            px[y][x] = GROUND[i]
    # The path from the porch steps down to the viewer.
    for y in range(152, H):
        t = (y - 152) / (H - 152)
        half = 10 + t * 34
        cx = 231 - t * 40
        for x in range(int(cx - half), int(cx + half)):
            edge = x < cx - half + 2 or x > cx + half - 3
            px[y][x] = PATH[0] if edge else PATH[1] if (x + y) % 7 else PATH[2]
    # Puddles reflect the lit window.
    for px0, py0, w in ((212, 163, 14), (190, 172, 18)):
        for x in range(px0, px0 + w):
            _put(px, x, py0, hexc("#4a4456"))
            _put(px, x, py0 + 1, hexc("#3a3446"))
        _put(px, px0 + w // 2, py0, LIT[1])
        _put(px, px0 + w // 2 + 1, py0, LIT[0])
    # Grass tufts in the foreground.
    for _ in range(160):
        x = rng.randint(0, W - 1)
        y = rng.randint(156, H - 1)
        if px[y][x] in PATH:
            continue
        for k in range(rng.randint(1, 3)):
            _put(px, x, y - k, GROUND[3] if k == 0 else GROUND[2])


def _rain(px: Pixels, rng: random.Random) -> None:
    for _ in range(520):
        x = rng.randint(-20, W + 20)
        y = rng.randint(-6, H)
        length = rng.randint(3, 7)
        alpha = rng.randint(40, 110)
        for k in range(length):
            _blend(px, x - k // 3, y + k, RAIN, alpha)
    for _ in range(70):  # splashes on the ground
        x = rng.randint(0, W - 1)
        y = rng.randint(154, H - 1)
        _blend(px, x, y, RAIN, 120)
        _blend(px, x - 1, y - 1, RAIN, 60)
        _blend(px, x + 1, y - 1, RAIN, 60)


def _vignette(px: Pixels) -> None:
    for y in range(H):
        for x in range(W):
            d = math.hypot((x - W / 2) / (W / 2), (y - H / 2) / (H / 2))
            if d > 0.95 and _dither(min((d - 0.95) * 1.6, 0.9), x, y):
                _blend(px, x, y, hexc("#06050a"), 90)


def title_pixels() -> Pixels:
    rng = random.Random(20090206)
    px = _new()
    _sky(px, rng)
    _trees(px, rng)
    _house(px, rng)
    _ground(px, rng)
    _rain(px, rng)
    _vignette(px)
    return px
