"""Dialogue portraits: 48x48 head-and-shoulders pictures, assets/portraits/NAME.png.

Each portrait is painted from a few shapes (ellipses and polygons, sized by the head's
half-width R so faces share proportions), each filled with one ramp of the person's
palette (palettes_people.py, the same colours as their sprite) and shaded as if lit from
the upper left: a shape's pixels are given a slope from their distance to its edge, and
the slope against the light picks the ramp's step. A shape's pixels that border a shape
under it take its darkest step, so the parts read apart; a 1 px outline goes round the
whole. The background stays transparent (the dialogue box draws the frame).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable

from .palettes import RGBA
from .palettes_people import colours
from .render import Pixels, blank, outline

SIZE = 48
Mask = set[tuple[int, int]]
LIGHT = (-0.55, -0.7, 0.55)


# ---------------------------------------------------------------- shapes
def ellipse(cx: float, cy: float, rx: float, ry: float) -> Mask:
    out: Mask = set()
    for y in range(int(cy - ry) - 1, int(cy + ry) + 2):
        for x in range(int(cx - rx) - 1, int(cx + rx) + 2):
            dx, dy = (x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry
            if dx * dx + dy * dy <= 1.0:
                out.add((x, y))
    return out


def poly(points: Iterable[tuple[float, float]]) -> Mask:
    """The pixels whose centres lie inside a polygon (even-odd rule)."""
    pts = list(points)
    out: Mask = set()
    ys = [p[1] for p in pts]
    for y in range(int(min(ys)) - 1, int(max(ys)) + 2):
        yc = y + 0.5
        xs = []
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
            if (y0 <= yc < y1) or (y1 <= yc < y0):
                xs.append(x0 + (yc - y0) * (x1 - x0) / (y1 - y0))
        xs.sort()
        for a, b in zip(xs[::2], xs[1::2], strict=True):
            for x in range(math.ceil(a - 0.5), math.floor(b - 0.5) + 1):
                out.add((x, y))
    return out


def rect(x0: float, y0: float, x1: float, y1: float) -> Mask:
    return {(x, y) for y in range(round(y0), round(y1)) for x in range(round(x0), round(x1))}


def line(points: Iterable[tuple[float, float]]) -> list[tuple[int, int]]:
    """A 1 px polyline through the points (Bresenham between rounded corners)."""
    pts = [(round(x), round(y)) for x, y in points]
    out: list[tuple[int, int]] = []
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x1 > x0 else -1), (1 if y1 > y0 else -1)
        err = dx + dy
        x, y = x0, y0
        while True:
            if (x, y) not in out:
                out.append((x, y))
            if (x, y) == (x1, y1):
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x += sx
            if e2 <= dx:
                err += dx
                y += sy
    if len(pts) == 1:
        out.append(pts[0])
    return out


def mirror_x(mask: Mask, cx: float) -> Mask:
    """The mask reflected about the vertical line x = cx (a pixel edge or centre)."""
    return {(round(2 * cx - x - 1), y) for x, y in mask}


def _distance(mask: Mask) -> dict[tuple[int, int], float]:
    """Chamfer distance of each pixel to the outside of the mask (1 at the edge)."""
    inf = 1e9
    d = {p: inf for p in mask}
    steps = ((-1, 0, 1.0), (0, -1, 1.0), (-1, -1, 1.4), (1, -1, 1.4))
    order = sorted(mask, key=lambda p: (p[1], p[0]))
    for x, y in order:
        best = d[(x, y)]
        for dx, dy, cost in steps:
            q = (x + dx, y + dy)
            best = min(best, d.get(q, 0.0) + cost)
        d[(x, y)] = best
    for x, y in reversed(order):
        best = d[(x, y)]
        for dx, dy, cost in steps:
            q = (x - dx, y - dy)
            best = min(best, d.get(q, 0.0) + cost)
        d[(x, y)] = best
    return d


# ---------------------------------------------------------------- a portrait being painted
class Portrait:
    def __init__(self, palette: str) -> None:
        self.pal = colours(palette)
        self.px: Pixels = blank(SIZE, SIZE)
        self.part = [[0] * SIZE for _ in range(SIZE)]
        self.parts = 0

    def ramp(self, name: str) -> list[str]:
        roles = []
        i = 0
        while f"{name}{i}" in self.pal:
            roles.append(f"{name}{i}")
            i += 1
        return roles or [name]

    def fill(
        self,
        mask: Mask,
        ramp: str,
        depth: float = 4.0,
        lift: float = 0.0,
        rim: bool = True,
        levels: tuple[int, ...] | None = None,
    ) -> Mask:
        """Paint a shape with a ramp, shaded as a soft lump lit from the upper left.
        `lift` brightens (+) or darkens (-) it by a fraction of a step; `levels`
        limits it to some steps of the ramp."""
        roles = self.ramp(ramp)
        if levels is not None:
            roles = [roles[i] for i in levels]
        mask = {(x, y) for x, y in mask if 0 <= x < SIZE and 0 <= y < SIZE}
        if not mask:
            return mask
        dist = _distance(mask)
        self.parts += 1
        lx, ly, lz = LIGHT
        n = len(roles)
        raw: dict[tuple[int, int], float] = {}
        for (x, y), d in dist.items():
            gx = dist.get((x + 1, y), 0.0) - dist.get((x - 1, y), 0.0)
            gy = dist.get((x, y + 1), 0.0) - dist.get((x, y - 1), 0.0)
            g = math.hypot(gx, gy) or 1.0
            t = min(1.0, d / depth)
            side = math.sqrt(max(0.0, 1 - t * t))
            nx, ny = -gx / g * side, -gy / g * side
            raw[(x, y)] = nx * lx + ny * ly + t * lz
        for (x, y), d in dist.items():
            near = [
                raw[q] for q in ((x + i, y + j) for i in (-1, 0, 1) for j in (-1, 0, 1)) if q in raw
            ]
            shade = sum(near) / len(near)
            value = (shade + 0.35) / 1.25 * n + lift
            level = max(0, min(n - 1, int(value)))
            if rim and d < 1.5:
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    q = (x + dx, y + dy)
                    if (
                        q not in mask
                        and 0 <= q[0] < SIZE
                        and 0 <= q[1] < SIZE
                        and self.part[q[1]][q[0]]
                    ):
                        level = 0
                        break
            self.px[y][x] = self.pal[roles[level]]
            self.part[y][x] = self.parts
        return mask

    def flat(self, mask: Iterable[tuple[int, int]], role: str) -> None:
        self.parts += 1
        for x, y in mask:
            if 0 <= x < SIZE and 0 <= y < SIZE:
                self.px[y][x] = self.pal[role]
                self.part[y][x] = self.parts

    def dot(self, x: float, y: float, role: str) -> None:
        self.flat([(round(x), round(y))], role)

    def line(self, points: Iterable[tuple[float, float]], role: str) -> None:
        self.flat(line(points), role)

    def done(self, fade: bool = False) -> Pixels:
        outline(self.px, self.pal["line"])
        if fade:
            for row in self.px:
                for x, (r, g, b, a) in enumerate(row):
                    if a:
                        row[x] = (r, g, b, a * 225 // 255)
        return self.px

    def colour(self, role: str) -> RGBA:
        return self.pal[role]


PORTRAITS: dict[str, Callable[[], Pixels]] = {}


def portrait(name: str) -> Callable[[Callable[[], Pixels]], Callable[[], Pixels]]:
    def register(fn: Callable[[], Pixels]) -> Callable[[], Pixels]:
        PORTRAITS[name] = fn
        return fn

    return register


def portraits() -> dict[str, Pixels]:
    return {name: fn() for name, fn in PORTRAITS.items()}


# ---------------------------------------------------------------- faces
class Face:
    """Where a face's features go: centre (cx, cy) between the eyes and the mouth,
    half-width r; `jaw` stretches the chin down, `wide` widens it."""

    def __init__(
        self,
        pt: Portrait,
        cx: float = 24.0,
        cy: float = 24.0,
        r: float = 11.0,
        jaw: float = 1.0,
        wide: float = 1.0,
    ) -> None:
        self.pt, self.cx, self.cy, self.r, self.jaw, self.wide = pt, cx, cy, r, jaw, wide

    def at(self, fx: float, fy: float) -> tuple[float, float]:
        """A point in face units: (0, 0) the centre, (1, 0) the right cheek's edge."""
        return self.cx + fx * self.r, self.cy + fy * self.r

    def skull(self) -> Mask:
        cx, cy, r = self.cx, self.cy, self.r
        return ellipse(cx, cy - 0.15 * r, r, 1.05 * r)

    def head(self, ears: bool = True) -> Mask:
        cx, cy, r, j, w = self.cx, self.cy, self.r, self.jaw, self.wide
        jaw = poly(
            [
                (cx - 0.99 * r, cy - 0.1 * r),
                (cx - 0.72 * r * w, cy + 0.72 * r * j),
                (cx - 0.3 * r * w, cy + 1.04 * r * j),
                (cx + 0.3 * r * w, cy + 1.04 * r * j),
                (cx + 0.72 * r * w, cy + 0.72 * r * j),
                (cx + 0.99 * r, cy - 0.1 * r),
            ]
        )
        face = self.skull() | jaw
        if ears:
            for s in (-1, 1):
                self.pt.fill(
                    ellipse(cx + s * 0.98 * r, cy + 0.12 * r, 0.24 * r, 0.3 * r),
                    "skin",
                    depth=2,
                    lift=-0.4,
                )
        return self.pt.fill(face, "skin", depth=0.5 * r, lift=-0.3)

    def neck(self, width: float = 0.4) -> None:
        cx, cy, r = self.cx, self.cy, self.r
        self.pt.fill(
            rect(cx - width * r, cy + 0.5 * r, cx + width * r, cy + 1.9 * r),
            "skin",
            depth=3,
            lift=-0.8,
        )

    def shoulders(
        self, width: float = 2.1, top: float = 1.35, ramp: str = "top", lift: float = 0.0
    ) -> Mask:
        cx, cy, r = self.cx, self.cy, self.r
        y0 = cy + top * r
        body = ellipse(cx, y0 + 1.25 * r, width * r, 1.25 * r) | rect(
            cx - width * r, y0 + 1.25 * r, cx + width * r, SIZE
        )
        return self.pt.fill(body, ramp, depth=0.9 * r, lift=lift)

    # features ------------------------------------------------------------
    def eye_xy(self, side: int) -> tuple[int, int]:
        x, y = self.at(0.42 * side, 0.1)
        return round(x), round(y)

    def eyes(self, kind: str = "dot", look: int = 0) -> None:
        pt = self.pt
        for side in (-1, 1):
            x, y = self.eye_xy(side)
            x += look
            if kind == "button":
                self.button(x, y)
                continue
            if kind == "hollow":
                pt.fill(
                    ellipse(x, y + 0.5, max(1.2, 0.19 * self.r), max(1.6, 0.25 * self.r)),
                    "eye",
                    rim=False,
                )
                continue
            pt.flat(
                [(x - 1, y - 1), (x, y - 1), (x - 1, y), (x, y), (x - 1, y + 1), (x, y + 1)], "eye"
            )
            pt.dot(x - 1, y - 1, "shine")
            if kind == "tired":
                pt.line([(x - 2, y + 2), (x + 1, y + 2)], "bag")
                pt.line([(x - 2, y - 2), (x + 1, y - 2)], "eye")
            elif kind == "lashes":
                pt.line([(x - 2, y - 2), (x + 1, y - 2)], "eye")
                pt.dot(x + 2 * (1 if side > 0 else -1) - (1 if side < 0 else 0), y - 2, "eye")
            elif kind == "wide":
                pt.dot(x + 1, y, "shine")

    def button(self, x: int, y: int) -> None:
        """A black four-holed button sewn on with a cross of thread, a glint on its rim."""
        pt = self.pt
        rr = max(2.2, 0.36 * self.r)
        pt.fill(
            ellipse(x + 0.5, y + 0.5, rr, rr),
            "button",
            levels=(0, 1),
            depth=1.5,
            lift=-0.6,
            rim=False,
        )
        if rr >= 3:
            ring = ellipse(x + 0.5, y + 0.5, rr, rr) - ellipse(x + 0.5, y + 0.5, rr - 1, rr - 1)
            pt.flat([p for p in ring if p[0] <= x and p[1] <= y], "button1")
            pt.line([(x - 1, y - 1), (x + 2, y + 2)], "button3")
            pt.line([(x + 2, y - 1), (x - 1, y + 2)], "button3")
            pt.flat([(x - 1, y - 1), (x + 2, y - 1), (x - 1, y + 2), (x + 2, y + 2)], "button0")
            pt.dot(x - round(rr) + 1, y - round(rr) + 2, "button2")
            pt.dot(x - round(rr) + 2, y - round(rr) + 1, "button2")
        else:
            pt.dot(x, y, "button3")
            pt.dot(x - 1, y - 1, "button2")

    def brows(self, kind: str = "flat", role: str = "hair0", lift: float = 0.0) -> None:
        for side in (-1, 1):
            x, y = self.eye_xy(side)
            y -= 3 + round(lift)
            s = side
            if kind == "flat":
                pts = [(x - 2, y), (x + 1, y)]
            elif kind == "tired":  # the inner ends raised
                pts = [(x - 2, y), (x + 1, y + 1)]
            elif kind == "arched":
                pts = [(x - 2, y + 1), (x - 1, y), (x, y), (x + 1, y + 1)]
            elif kind == "bushy":
                self.pt.flat(rect(x - 2, y - 1, x + 2, y + 1), role)
                continue
            else:  # "raised"
                pts = [(x - 2, y), (x - 1, y - 1), (x, y - 1), (x + 1, y)]
            if s < 0:
                pts = [(2 * x - 1 - px_, py) for px_, py in pts]
            self.pt.line(pts, role)

    def nose(self, kind: str = "dot") -> None:
        x, y = self.at(0.0, 0.45)
        x, y = round(x), round(y)
        if kind == "dot":
            self.pt.flat([(x, y), (x - 1, y + 1)], "skin0")
        elif kind == "long":
            self.pt.flat([(x, y - 2), (x, y - 1), (x, y), (x - 1, y + 1), (x, y + 1)], "skin0")
        elif kind == "big":
            self.pt.fill(ellipse(x, y + 0.5, 1.8, 1.6), "skin", depth=1.5, rim=False)
            self.pt.flat([(x - 1, y + 2), (x + 1, y + 2)], "skin0")
        elif kind == "sharp":
            self.pt.flat([(x, y - 1), (x, y), (x - 1, y + 1), (x + 1, y + 1)], "skin0")

    def mouth(self, kind: str = "flat", role: str = "lips") -> None:
        x, y = self.at(0.0, 0.72 * self.jaw)
        x, y = round(x), round(y)
        shapes = {
            "flat": [(x - 2, y), (x + 1, y)],
            "tired": [(x - 3, y + 1), (x - 2, y), (x + 1, y), (x + 2, y + 1)],
            "smile": [(x - 3, y - 1), (x - 2, y), (x + 1, y), (x + 2, y - 1)],
            "smirk": [(x - 2, y), (x + 1, y), (x + 2, y - 1)],
            "sad": [(x - 2, y + 1), (x - 1, y), (x, y), (x + 1, y + 1)],
            "o": [(x - 1, y), (x, y), (x - 1, y + 1), (x, y + 1)],
        }
        if kind == "grin":
            self.pt.fill(
                poly([(x - 4, y - 1.5), (x + 4, y - 1.5), (x + 2, y + 1.5), (x - 2, y + 1.5)]),
                "lips",
                rim=False,
            )
            self.pt.line([(x - 3, y - 1), (x + 2, y - 1)], "shine")
            self.pt.line([(x - 4, y - 2), (x - 3, y - 1)], "lips")
            self.pt.line([(x + 3, y - 2), (x + 2, y - 1)], "lips")
            return
        if kind == "sewn":  # a smile held in stitches
            self.pt.line([(x - 3, y - 1), (x - 2, y), (x + 1, y), (x + 2, y - 1)], role)
            for sx in (x - 2, x, x + 2):
                self.pt.dot(sx, y - 1, "eye")
                self.pt.dot(sx, y + 1, "eye")
            return
        self.pt.line(shapes[kind], role)

    def blush(self, role: str = "blush") -> None:
        for side in (-1, 1):
            x, y = self.at(0.6 * side, 0.5)
            self.pt.flat(rect(x - 1, y, x + 1, y + 1), role)


def _strands(
    pt: Portrait, lines: Iterable[Iterable[tuple[float, float]]], role: str = "hair2"
) -> None:
    for pts in lines:
        pt.line(pts, role)


# ---------------------------------------------------------------- Coraline and her family
@portrait("coraline")
def _coraline() -> Pixels:
    pt = Portrait("coraline")
    f = Face(pt, cy=24)
    cx, cy, r = f.cx, f.cy, f.r
    pt.fill(
        ellipse(cx, cy - 2, 1.3 * r, 1.2 * r)
        | rect(cx - 1.3 * r, cy - 2, cx + 1.3 * r, cy + 0.95 * r),
        "hair",
        depth=5,
    )
    coat = f.shoulders(width=2.0)
    f.neck()
    # the raincoat's collar turned up, and its toggles
    for s in (-1, 1):
        pt.fill(
            poly(
                [
                    (cx + s * 0.2 * r, cy + 1.35 * r),
                    (cx + s * 1.2 * r, cy + 1.2 * r),
                    (cx + s * 1.3 * r, cy + 2.0 * r),
                    (cx + s * 0.3 * r, cy + 2.2 * r),
                ]
            ),
            "top",
            depth=2,
            lift=0.6,
        )
    pt.line([(cx, cy + 2.1 * r), (cx, SIZE)], "top0")
    for k in range(2):
        y = cy + 2.45 * r + k * 0.55 * r
        pt.flat(rect(cx + 1, y, cx + 4, y + 1), "acc0")
        pt.dot(cx + 2, y - 1, "acc1")
    del coat
    f.head()
    # the bob: a straight fringe, locks to the jaw
    skull = ellipse(cx, cy - 0.2 * r, 1.18 * r, 1.12 * r)
    fringe = {(x, y) for x, y in skull if y < cy - 0.32 * r}
    locks = rect(cx - 1.3 * r, cy - 0.6 * r, cx - 0.78 * r, cy + 0.95 * r)
    locks |= mirror_x(locks, cx)
    pt.fill(fringe | locks, "hair", depth=4, lift=0.3)
    _strands(
        pt,
        [
            [(cx - 6, cy - 9), (cx - 3, cy - 11)],
            [(cx + 1, cy - 10), (cx + 5, cy - 8)],
            [(cx - 11, cy - 3), (cx - 11, cy + 3)],
        ],
    )
    f.eyes("dot")
    f.brows("flat", lift=0.5)
    f.nose("dot")
    f.mouth("smirk")
    f.blush()
    return pt.done()


@portrait("mom")
def _mom() -> Pixels:
    pt = Portrait("mom")
    f = Face(pt, cy=23, jaw=1.05)
    cx, cy, r = f.cx, f.cy, f.r
    pt.fill(
        ellipse(cx, cy - 2, 1.25 * r, 1.18 * r)
        | rect(cx - 1.22 * r, cy - 2, cx + 1.22 * r, cy + 0.75 * r),
        "hair",
        depth=5,
    )
    f.shoulders(width=2.1, top=1.5)
    # the tall rolled collar of her sweater, ribbed
    collar = rect(cx - 0.62 * r, cy + 0.7 * r, cx + 0.62 * r, cy + 1.75 * r)
    pt.fill(collar, "top", depth=2, lift=0.5)
    for x in range(round(cx - 0.62 * r) + 1, round(cx + 0.62 * r), 2):
        pt.line([(x, cy + 0.8 * r), (x, cy + 1.6 * r)], "top1")
    f.head()
    skull = ellipse(cx, cy - 0.2 * r, 1.15 * r, 1.1 * r)
    # a fringe swept to her left, the bob ending at the jaw
    sweep = {
        (x, y) for x, y in skull if y < cy - 0.25 * r - (x - cx) * 0.35 + 0.0 and y < cy - 0.1 * r
    }
    sweep -= {(x, y) for x, y in sweep if x > cx + 0.55 * r and y > cy - 0.6 * r}
    locks = rect(cx - 1.25 * r, cy - 0.6 * r, cx - 0.8 * r, cy + 0.75 * r)
    locks |= mirror_x(locks, cx)
    pt.fill(sweep | locks, "hair", depth=4, lift=0.3)
    _strands(
        pt,
        [
            [(cx - 7, cy - 6), (cx + 2, cy - 10)],
            [(cx - 9, cy - 2), (cx - 2, cy - 6)],
            [(cx + 9, cy - 4), (cx + 11, cy + 4)],
        ],
    )
    f.eyes("tired")
    f.brows("tired", lift=1)
    f.nose("dot")
    f.mouth("flat")
    return pt.done()


def _curls(
    pt: Portrait,
    centres: Iterable[tuple[float, float]],
    radius: float,
    ramp: str = "hair",
    lift: float = 0.0,
) -> Mask:
    """Hair as a heap of little round curls, each shaded on its own."""
    out: Mask = set()
    for x, y in centres:
        out |= pt.fill(ellipse(x, y, radius, radius), ramp, depth=radius * 0.8, lift=lift)
    return out


def _ring(cx: float, cy: float, rx: float, ry: float) -> Mask:
    return ellipse(cx, cy, rx, ry) - ellipse(cx, cy, rx - 1, ry - 1)


def _glasses(f: Face) -> None:
    pt = f.pt
    for side in (-1, 1):
        x, y = f.eye_xy(side)
        pt.flat(_ring(x, y + 0.5, 3.3, 3.0), "glass0")
        pt.dot(x + 1, y - 1, "glass1")
        pt.dot(x + 1, y, "glass1")
    xl, y = f.eye_xy(-1)
    xr, _ = f.eye_xy(1)
    pt.line([(xl + 3, y - 1), (xr - 4, y - 1)], "glass0")


def _bald_dad(pt: Portrait, f: Face, glossy: bool) -> None:
    """Dad's and the Other Father's head: a bald dome, a fringe of hair round the back
    and over the ears, a long face."""
    cx, cy, r = f.cx, f.cy, f.r
    band = ellipse(cx, cy - 0.15 * r, 1.1 * r, 1.12 * r) & rect(
        cx - 2 * r, cy - 0.55 * r, cx + 2 * r, cy + 0.35 * r
    )
    pt.fill(band, "hair", depth=3)
    f.head()
    # the dome's shine
    pt.fill(
        ellipse(cx - 0.35 * r, cy - 0.85 * r, 0.3 * r, 0.18 * r), "skin", levels=(2,), rim=False
    )
    for s in (-1, 1):
        tuft = ellipse(cx + s * 0.98 * r, cy - 0.25 * r, 0.3 * r, 0.5 * r)
        pt.fill(tuft, "hair", depth=2, lift=0.4 if glossy else 0.0)
    pt.line([(cx - 3, cy - 0.95 * r), (cx + 1, cy - 1.02 * r), (cx + 4, cy - 0.9 * r)], "hair1")


@portrait("dad")
def _dad() -> Pixels:
    pt = Portrait("dad")
    f = Face(pt, cy=22, jaw=1.15, wide=0.9)
    cx, cy, r = f.cx, f.cy, f.r
    f.shoulders(width=2.0, top=1.55)
    f.neck(0.36)
    # a pale shirt collar in the V of the cardigan, its buttons
    pt.fill(
        poly([(cx - 0.65 * r, cy + 1.45 * r), (cx + 0.65 * r, cy + 1.45 * r), (cx, cy + 2.5 * r)]),
        "top2",
        depth=2,
    )
    for s in (-1, 1):
        pt.fill(
            poly(
                [
                    (cx, cy + 1.75 * r),
                    (cx + s * 0.55 * r, cy + 1.35 * r),
                    (cx + s * 0.65 * r, cy + 1.75 * r),
                ]
            ),
            "top2",
            depth=1,
            lift=0.6,
        )
        pt.line(
            [
                (cx + s * 0.7 * r, cy + 1.5 * r),
                (cx + s * 0.05 * r, cy + 2.55 * r),
                (cx + s * 0.05 * r, SIZE),
            ],
            "top0",
        )
    for k in range(2):
        pt.dot(cx + 1, cy + 2.85 * r + k * 0.55 * r, "acc2")
    _bald_dad(pt, f, glossy=False)
    f.eyes("dot")
    _glasses(f)
    f.brows("tired", role="hair1", lift=1.5)
    f.nose("long")
    f.mouth("tired")
    return pt.done()


def _wybie(pt: Portrait, f: Face, other: bool) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    # a mop of dark curls behind the head
    _curls(
        pt,
        [
            (cx + dx * r, cy + dy * r)
            for dx, dy in (
                (-1.1, -0.2),
                (-1.15, 0.35),
                (1.1, -0.2),
                (1.15, 0.35),
                (-0.9, -0.7),
                (0.9, -0.7),
                (-1.0, 0.8),
                (1.0, 0.8),
            )
        ],
        0.38 * r,
    )
    f.shoulders(width=2.05, top=1.45)
    # the hood bunched behind his neck, the drawstrings
    pt.fill(ellipse(cx, cy + 1.45 * r, 1.0 * r, 0.5 * r), "top", depth=3, lift=0.7)
    f.neck(0.36)
    for s in (-1, 1):
        pt.line([(cx + s * 0.45 * r, cy + 1.75 * r), (cx + s * 0.5 * r, cy + 2.6 * r)], "top22")
    f.head()
    # curls over the forehead and the ears
    _curls(
        pt,
        [
            (cx + dx * r, cy + dy * r)
            for dx, dy in (
                (-0.95, -0.15),
                (0.95, -0.15),
                (-0.75, -0.45),
                (0.75, -0.45),
                (-0.35, -0.55),
                (0.2, -0.6),
                (0.6, -0.55),
            )
        ],
        0.3 * r,
        lift=0.3,
    )
    # the skull mask pushed up on top of his head, its strap across the curls
    mask = ellipse(cx, cy - 1.05 * r, 1.0 * r, 0.62 * r) | poly(
        [
            (cx - 0.55 * r, cy - 0.8 * r),
            (cx + 0.55 * r, cy - 0.8 * r),
            (cx + 0.35 * r, cy - 0.4 * r),
            (cx - 0.35 * r, cy - 0.4 * r),
        ]
    )
    pt.fill(mask, "hat", depth=3, lift=0.3)
    for s in (-1, 1):
        pt.fill(
            ellipse(cx + s * 0.42 * r, cy - 1.12 * r, 0.24 * r, 0.2 * r),
            "hat",
            levels=(0, 1),
            rim=False,
            lift=-0.5,
        )
    pt.flat([(round(cx) - 1, round(cy - 0.75 * r)), (round(cx), round(cy - 0.75 * r))], "hat0")
    for k in range(-2, 2):
        pt.dot(cx + k * 2 + 0.5, cy - 0.5 * r, "hat1")
    pt.line([(cx - 1.0 * r, cy - 0.95 * r), (cx - 1.12 * r, cy - 0.3 * r)], "acc1")
    pt.line([(cx + 1.0 * r, cy - 0.95 * r), (cx + 1.1 * r, cy - 0.3 * r)], "acc1")
    if other:
        f.eyes("button")
        f.brows("raised", lift=2)
        f.mouth("sewn")
    else:
        f.eyes("dot", look=1)
        f.brows("raised", lift=1)
        f.mouth("smirk")
    f.nose("dot")


@portrait("wybie")
def _wybie_real() -> Pixels:
    pt = Portrait("wybie")
    _wybie(pt, Face(pt, cy=25, r=10.5), other=False)
    return pt.done()


@portrait("cat")
def _cat() -> Pixels:
    pt = Portrait("cat")
    cx, cy, r = 24.0, 25.0, 11.0
    pt.fill(ellipse(cx, cy + 2.3 * r, 1.7 * r, 1.4 * r), "top", depth=6, lift=-0.3)
    for s in (-1, 1):
        ear = poly(
            [
                (cx + s * 1.15 * r, cy - 0.2 * r),
                (cx + s * 1.0 * r, cy - 1.45 * r),
                (cx + s * 0.25 * r, cy - 0.85 * r),
            ]
        )
        pt.fill(ear, "top", depth=2, lift=0.4)
        inner = poly(
            [
                (cx + s * 0.95 * r, cy - 0.5 * r),
                (cx + s * 0.92 * r, cy - 1.15 * r),
                (cx + s * 0.5 * r, cy - 0.8 * r),
            ]
        )
        pt.flat(inner, "lips")
    head = ellipse(cx, cy, 1.2 * r, 0.95 * r) | ellipse(cx, cy + 0.35 * r, 0.95 * r, 0.7 * r)
    pt.fill(head, "top", depth=0.6 * r, lift=0.2)
    for s in (-1, 1):
        ex, ey = cx + s * 0.48 * r, cy - 0.05 * r
        pt.fill(
            poly(
                [
                    (ex - 3.2, ey),
                    (ex - 1, ey - 2.4),
                    (ex + 2, ey - 2.2),
                    (ex + 3.2, ey),
                    (ex + 1, ey + 2.2),
                    (ex - 2, ey + 2),
                ]
            ),
            "acc",
            depth=2,
            rim=False,
        )
        pt.line([(ex, ey - 2), (ex, ey + 1.6)], "top0")
        pt.dot(ex - 1.5, ey - 1, "acc2")
        for k in range(3):
            pt.line(
                [
                    (cx + s * 0.55 * r, cy + (0.45 + 0.12 * k) * r),
                    (cx + s * 1.45 * r, cy + (0.3 + 0.22 * k) * r),
                ],
                "top3",
            )
    pt.fill(
        poly([(cx - 1.5, cy + 0.38 * r), (cx + 1.5, cy + 0.38 * r), (cx, cy + 0.5 * r + 1)]),
        "lips",
        rim=False,
    )
    pt.line(
        [
            (cx - 2, cy + 0.68 * r),
            (cx - 0.5, cy + 0.62 * r),
            (cx + 0.5, cy + 0.62 * r),
            (cx + 2, cy + 0.68 * r),
        ],
        "top0",
    )
    return pt.done()


# ---------------------------------------------------------------- the neighbours
def _spink(pt: Portrait, f: Face, other: bool) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    f.shoulders(width=2.15, top=1.35)
    if other:
        _sequins(pt, f, 1.35)
    f.neck(0.38)
    if other:  # a sweetheart neckline, bare shoulders
        pt.fill(
            poly(
                [
                    (cx - 0.9 * r, cy + 1.4 * r),
                    (cx + 0.9 * r, cy + 1.4 * r),
                    (cx + 0.6 * r, cy + 1.95 * r),
                    (cx, cy + 1.7 * r),
                    (cx - 0.6 * r, cy + 1.95 * r),
                ]
            ),
            "skin",
            depth=2,
            lift=-0.5,
        )
    else:  # a round collar on her twinset
        pt.fill(ellipse(cx, cy + 1.45 * r, 0.8 * r, 0.35 * r), "top", depth=2, lift=0.8)
    _pearls(pt, f)
    f.head()
    _curls(
        pt,
        [
            (cx + dx * r, cy + dy * r)
            for dx, dy in (
                (-1.0, 0.15),
                (1.0, 0.15),
                (-1.05, -0.3),
                (1.05, -0.3),
                (-0.85, -0.75),
                (0.85, -0.75),
                (-0.45, -1.0),
                (0.45, -1.0),
                (0.0, -1.08),
                (-0.55, -0.6),
                (0.15, -0.72),
                (0.6, -0.45),
            )
        ],
        0.32 * r,
    )
    if other:  # a red plume pinned in her curls
        for k in range(5):
            pt.fill(
                ellipse(cx + 0.6 * r + k * 1.2, cy - 1.3 * r - k * 2.2, 1.6, 2.4), "hat", depth=1.5
            )
        pt.fill(ellipse(cx + 0.55 * r, cy - 1.1 * r, 1.6, 1.6), "acc", depth=1)
        f.eyes("button")
        f.mouth("grin")
    else:
        f.eyes("lashes")
        f.mouth("smile")
        for side in (-1, 1):  # the lines at the corners of her eyes
            x, y = f.eye_xy(side)
            pt.dot(x + (3 if side > 0 else -4), y + 1, "skin0")
    f.brows("arched", role="hair0", lift=1)
    f.nose("dot")
    f.blush()


def _pearls(pt: Portrait, f: Face) -> None:
    """A string of pearls hanging in a curve below the collar."""
    cx, cy, r = f.cx, f.cy, f.r
    for k in range(-3, 4):
        x = cx + k * 0.27 * r
        y = cy + 1.6 * r + (k * k) * 0.045 * r
        pt.fill(ellipse(x, y, 1.0, 1.0), "acc", depth=1, rim=False, lift=0.6)
        pt.dot(x - 0.5, y - 0.5, "acc2")


def _sequins(pt: Portrait, f: Face, top: float) -> None:
    """Sequins glittering over a costume: a scatter of light dots."""
    y0 = round(f.cy + top * f.r) + 1
    for y in range(y0, SIZE):
        for x in range(SIZE):
            if pt.px[y][x][3] and (x * 7 + y * 11) % 13 == 0:
                pt.dot(x, y, "acc2")
            elif pt.px[y][x][3] and (x * 5 + y * 3) % 17 == 0:
                pt.dot(x, y, "top3")


@portrait("spink")
def _spink_real() -> Pixels:
    pt = Portrait("spink")
    _spink(pt, Face(pt, cy=25, r=10.5, wide=1.15, jaw=0.95), other=False)
    return pt.done()


def _forcible(pt: Portrait, f: Face, other: bool) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    # the beehive, piled up in rolls
    hive = ellipse(cx, cy - 1.55 * r, 0.95 * r, 0.95 * r) | ellipse(
        cx, cy - 0.55 * r, 1.25 * r, 0.85 * r
    )
    pt.fill(hive, "hair", depth=5)
    pt.line(
        [(cx - 0.6 * r, cy - 1.3 * r), (cx - 0.1 * r, cy - 1.7 * r), (cx + 0.5 * r, cy - 1.5 * r)],
        "hair0",
    )
    pt.line([(cx - 0.3 * r, cy - 2.1 * r), (cx + 0.3 * r, cy - 2.2 * r)], "hair0")
    pt.line([(cx - 0.7 * r, cy - 1.8 * r), (cx - 0.5 * r, cy - 2.1 * r)], "hair2")
    f.shoulders(width=2.2, top=1.3)
    if other:
        _sequins(pt, f, 1.3)
    f.neck(0.42)
    if other:  # a feather boa
        for k in range(-5, 6):
            x = cx + k * 0.42 * r
            y = cy + 1.5 * r + abs(k) * 0.1 * r
            pt.fill(ellipse(x, y, 2.4, 2.0), "hat", depth=1.5)
    else:  # the dressing gown's fluffy lapels
        for s in (-1, 1):
            for k in range(5):
                pt.fill(
                    ellipse(cx + s * (0.55 + 0.12 * k) * r, cy + (1.45 + 0.25 * k) * r, 2.2, 2.0),
                    "acc",
                    depth=1.5,
                )
    f.head()
    pt.fill(
        ellipse(cx, cy - 0.78 * r, 1.05 * r, 0.38 * r)
        & ellipse(cx, cy - 0.15 * r, 1.02 * r, 1.07 * r),
        "hair",
        depth=3,
    )
    if other:
        for dx, dy in ((-0.5, -1.3), (0.4, -1.9), (0.55, -0.9), (-0.2, -2.2)):
            pt.dot(cx + dx * r, cy + dy * r, "acc2")
            pt.dot(cx + dx * r + 1, cy + dy * r, "acc1")
        f.eyes("button")
        f.mouth("grin")
    else:
        f.eyes("lashes")
        f.mouth("smile")
    f.brows("arched", role="hair0", lift=1.5)
    f.nose("dot")
    f.blush()


@portrait("forcible")
def _forcible_real() -> Pixels:
    pt = Portrait("forcible")
    _forcible(pt, Face(pt, cy=28, r=9.5, wide=1.2, jaw=1.05), other=False)
    return pt.done()


def _bobinsky(pt: Portrait, f: Face, other: bool) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    if other:
        body = f.shoulders(width=2.2, top=1.35)
        pt.fill(
            poly(
                [
                    (cx - 0.55 * r, cy + 1.3 * r),
                    (cx + 0.55 * r, cy + 1.3 * r),
                    (cx + 0.4 * r, SIZE),
                    (cx - 0.4 * r, SIZE),
                ]
            ),
            "top2",
            depth=2,
        )
        for s in (-1, 1):
            pt.fill(
                poly(
                    [
                        (cx + s * 0.5 * r, cy + 1.35 * r),
                        (cx + s * 1.2 * r, cy + 1.45 * r),
                        (cx + s * 0.6 * r, cy + 2.3 * r),
                    ]
                ),
                "top",
                depth=2,
                lift=0.8,
            )
            for k in range(2):
                pt.fill(
                    ellipse(cx + s * 0.75 * r, cy + (2.5 + 0.5 * k) * r, 1.2, 1.2),
                    "acc",
                    depth=1,
                    rim=False,
                )
        pt.fill(
            poly(
                [
                    (cx - 3, cy + 1.45 * r - 2),
                    (cx + 3, cy + 1.45 * r + 2),
                    (cx + 3, cy + 1.45 * r - 2),
                    (cx - 3, cy + 1.45 * r + 2),
                ]
            ),
            "hat",
            depth=1,
        )
    else:
        body = f.shoulders(width=2.2, top=1.35, ramp="skin", lift=-0.2)
        vest = poly(
            [
                (cx - 1.05 * r, cy + 1.6 * r),
                (cx - 0.55 * r, cy + 1.6 * r),
                (cx, cy + 2.0 * r),
                (cx + 0.55 * r, cy + 1.6 * r),
                (cx + 1.05 * r, cy + 1.6 * r),
                (cx + 1.6 * r, SIZE),
                (cx - 1.6 * r, SIZE),
            ]
        )
        pt.fill(vest, "top", depth=3)
        for y in range(round(cy + 1.75 * r), SIZE, 4):
            band = {(x, yy) for x, yy in vest if y <= yy < y + 2}
            pt.fill(band, "top2", depth=1, rim=False)
        for s in (-1, 1):
            pt.line([(cx + s * 0.8 * r, cy + 1.6 * r), (cx + s * 0.85 * r, SIZE)], "acc1")
    del body
    f.neck(0.45)
    f.head(ears=True)
    if other:  # the top hat
        pt.fill(
            rect(cx - 0.75 * r, cy - 2.1 * r, cx + 0.75 * r, cy - 0.7 * r), "hat", depth=3, lift=0.6
        )
        pt.fill(rect(cx - 0.75 * r, cy - 1.0 * r, cx + 0.75 * r, cy - 0.72 * r), "top", depth=1)
        pt.fill(ellipse(cx, cy - 0.7 * r, 1.35 * r, 0.22 * r), "hat", depth=2, lift=0.5)
    else:  # his wild crest of hair, in tufts
        crest = ellipse(cx, cy - 0.88 * r, 0.98 * r, 0.4 * r)
        for k in range(-2, 3):
            crest |= poly(
                [
                    (cx + k * 0.36 * r - 0.3 * r, cy - 0.8 * r),
                    (cx + k * 0.5 * r + 0.05 * r, cy - (1.55 - 0.15 * abs(k)) * r),
                    (cx + k * 0.36 * r + 0.3 * r, cy - 0.8 * r),
                ]
            )
        pt.fill(crest, "hair", depth=3, lift=0.4)
    # the beard along the jaw, the great moustache over it
    beard = poly(
        [
            (cx - 0.95 * r, cy + 0.25 * r),
            (cx - 0.7 * r, cy + 0.95 * r),
            (cx - 0.3 * r, cy + 1.3 * r),
            (cx + 0.3 * r, cy + 1.3 * r),
            (cx + 0.7 * r, cy + 0.95 * r),
            (cx + 0.95 * r, cy + 0.25 * r),
            (cx + 0.6 * r, cy + 0.6 * r),
            (cx - 0.6 * r, cy + 0.6 * r),
        ]
    )
    pt.fill(beard, "hair", depth=3, lift=-0.4)
    pt.fill(ellipse(cx, cy + 0.85 * r, 0.32 * r, 0.16 * r), "skin", rim=False, lift=-0.5)
    pt.line([(cx - 2, cy + 0.82 * r), (cx + 1, cy + 0.82 * r)], "lips")
    f.nose("big")
    for s in (-1, 1):
        tache = poly(
            [
                (cx, cy + 0.52 * r),
                (cx + s * 0.6 * r, cy + 0.45 * r),
                (cx + s * 1.2 * r, cy + 0.2 * r),
                (cx + s * 1.45 * r, cy - 0.15 * r),
                (cx + s * 1.35 * r, cy + 0.45 * r),
                (cx + s * 0.75 * r, cy + 0.82 * r),
                (cx, cy + 0.78 * r),
            ]
        )
        pt.fill(tache, "hair", depth=2, lift=1.2)
    f.eyes("button" if other else "dot")
    f.brows("bushy", role="hair0", lift=1.5)


@portrait("bobinsky")
def _bobinsky_real() -> Pixels:
    pt = Portrait("bobinsky")
    _bobinsky(pt, Face(pt, cy=24, r=10.5, wide=1.1), other=False)
    return pt.done()


# ---------------------------------------------------------------- the Others
@portrait("other_mother")
def _other_mother() -> Pixels:
    pt = Portrait("other_mother")
    f = Face(pt, cy=23, jaw=1.05)
    cx, cy, r = f.cx, f.cy, f.r
    pt.fill(
        ellipse(cx, cy - 2, 1.25 * r, 1.18 * r)
        | rect(cx - 1.22 * r, cy - 2, cx + 1.22 * r, cy + 0.75 * r),
        "hair",
        depth=5,
    )
    f.shoulders(width=2.1, top=1.5)
    collar = rect(cx - 0.62 * r, cy + 0.7 * r, cx + 0.62 * r, cy + 1.75 * r)
    pt.fill(collar, "top2", depth=2, lift=0.5)
    pt.fill(ellipse(cx, cy + 1.75 * r, 0.25 * r, 0.2 * r), "acc", depth=1, rim=False)
    f.head()
    skull = ellipse(cx, cy - 0.2 * r, 1.15 * r, 1.1 * r)
    sweep = {(x, y) for x, y in skull if y < cy - 0.25 * r - (x - cx) * 0.35 and y < cy - 0.1 * r}
    sweep -= {(x, y) for x, y in sweep if x > cx + 0.55 * r and y > cy - 0.6 * r}
    locks = rect(cx - 1.25 * r, cy - 0.6 * r, cx - 0.8 * r, cy + 0.75 * r)
    locks |= mirror_x(locks, cx)
    pt.fill(sweep | locks, "hair", depth=4, lift=0.3)
    # sleek: one clean gleam across the crown
    pt.line(
        [
            (cx - 0.8 * r, cy - 0.55 * r),
            (cx - 0.3 * r, cy - 0.95 * r),
            (cx + 0.3 * r, cy - 1.1 * r),
        ],
        "hair2",
    )
    pt.line([(cx + 1.0 * r, cy - 0.4 * r), (cx + 1.08 * r, cy + 0.3 * r)], "hair2")
    f.eyes("button")
    f.brows("arched", lift=1.5)
    f.nose("dot")
    f.mouth("grin")
    f.blush()
    return pt.done()


@portrait("other_father")
def _other_father() -> Pixels:
    pt = Portrait("other_father")
    f = Face(pt, cy=22, jaw=1.15, wide=0.9)
    cx, cy, r = f.cx, f.cy, f.r
    f.shoulders(width=2.0, top=1.55)
    # the bright sweater's band of zigzags
    for x in range(SIZE):
        y = round(cy + 1.95 * r) + (x % 4 if x % 4 < 3 else 1) - 1
        if pt.px[y][x][3]:
            pt.dot(x, y, "top22")
            pt.dot(x, y + 1, "top21")
            if x % 3 == 0 and y + 4 < SIZE:
                pt.dot(x, y + 4, "acc2")
    f.neck(0.36)
    pt.fill(ellipse(cx, cy + 1.6 * r, 0.6 * r, 0.25 * r), "top2", depth=1)
    _bald_dad(pt, f, glossy=True)
    f.eyes("button")
    f.brows("raised", role="hair1", lift=1.5)
    f.nose("long")
    f.mouth("grin")
    f.blush()
    return pt.done()


@portrait("other_wybie")
def _other_wybie() -> Pixels:
    pt = Portrait("other_wybie")
    _wybie(pt, Face(pt, cy=25, r=10.5), other=True)
    return pt.done()


@portrait("other_spink")
def _other_spink() -> Pixels:
    pt = Portrait("other_spink")
    _spink(pt, Face(pt, cy=26, r=10.5, wide=1.15, jaw=0.95), other=True)
    return pt.done()


@portrait("other_forcible")
def _other_forcible() -> Pixels:
    pt = Portrait("other_forcible")
    _forcible(pt, Face(pt, cy=28, r=9.5, wide=1.2, jaw=1.05), other=True)
    return pt.done()


@portrait("other_bobinsky")
def _other_bobinsky() -> Pixels:
    pt = Portrait("other_bobinsky")
    _bobinsky(pt, Face(pt, cy=25, r=10.5, wide=1.1), other=True)
    return pt.done()


@portrait("beldam")
def _beldam() -> Pixels:
    pt = Portrait("beldam")
    f = Face(pt, cy=22, r=9.5, jaw=1.35, wide=0.7)
    cx, cy, r = f.cx, f.cy, f.r
    # hair drawn up tight into a crown of thin black points, like a spider's legs
    for dx, top in ((-0.95, 1.55), (-0.5, 2.05), (0.0, 2.3), (0.5, 2.05), (0.95, 1.55)):
        pt.fill(
            poly(
                [
                    (cx + dx * 0.5 * r - 1.6, cy - 0.85 * r),
                    (cx + dx * r, cy - top * r),
                    (cx + dx * 0.5 * r + 1.6, cy - 0.85 * r),
                ]
            ),
            "hair",
            depth=1.5,
            lift=0.8,
        )
    f.shoulders(width=1.9, top=1.6)
    # a high collar of black points like a spider's legs
    for s in (-1, 1):
        for k in range(3):
            pt.fill(
                poly(
                    [
                        (cx + s * 0.35 * r, cy + 1.6 * r),
                        (cx + s * (0.9 + 0.35 * k) * r, cy + (0.6 + 0.35 * k) * r),
                        (cx + s * (0.8 + 0.3 * k) * r, cy + 1.7 * r),
                    ]
                ),
                "top",
                depth=1.5,
                lift=0.8,
            )
    pt.line([(cx, cy + 1.9 * r), (cx, SIZE)], "top21")
    f.neck(0.28)
    f.head(ears=False)
    pt.fill(
        ellipse(cx, cy - 0.45 * r, 1.08 * r, 0.75 * r)
        & ellipse(cx, cy - 0.15 * r, 1.02 * r, 1.07 * r)
        - rect(cx - 0.55 * r, cy - 0.6 * r, cx + 0.55 * r, cy + r),
        "hair",
        depth=3,
    )
    for s in (-1, 1):  # hollow cheeks
        pt.line([(cx + s * 0.62 * r, cy + 0.45 * r), (cx + s * 0.5 * r, cy + 0.95 * r)], "skin0")
    f.eyes("button")
    f.brows("arched", role="hair0", lift=2)
    f.nose("sharp")
    x, y = f.at(0, 0.95)
    pt.line([(x - 5, y - 2), (x - 3, y), (x + 2, y), (x + 4, y - 2)], "lips")
    # a needle-fingered hand raised at the corner
    hx, hy = cx + 1.55 * r, cy + 2.25 * r
    pt.fill(ellipse(hx, hy + 2.5, 2.2, 2.6), "skin", depth=1.5)
    for k, (dx, dy) in enumerate(((-6, -13), (-2, -15), (2, -15), (5.5, -12))):
        pt.line([(hx - 1.5 + k, hy), (hx + dx, hy + dy)], "acc1")
        pt.dot(hx + dx, hy + dy, "acc2")
        pt.dot(hx - 1.5 + k, hy, "skin0")
    return pt.done()


@portrait("ghosts")
def _ghosts() -> Pixels:
    """The three ghost children together: the girl with bows behind, the sailor boy and
    the girl in the bonnet in front."""
    pt = Portrait("ghost_2")
    r = 6.5
    _ghost_bows(pt, Face(pt, cx=24, cy=16, r=r))
    pt.pal = colours("ghost_1")
    _ghost_sailor(pt, Face(pt, cx=11.5, cy=25, r=r))
    pt.pal = colours("ghost_3")
    _ghost_bonnet(pt, Face(pt, cx=36.5, cy=25, r=r))
    return pt.done(fade=True)


def _ghost_sailor(pt: Portrait, f: Face) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    f.shoulders(width=1.7, top=1.3)
    pt.fill(
        poly(
            [
                (cx - 1.5 * r, cy + 1.4 * r),
                (cx + 1.5 * r, cy + 1.4 * r),
                (cx + 1.3 * r, cy + 2.2 * r),
                (cx, cy + 3.0 * r),
                (cx - 1.3 * r, cy + 2.2 * r),
            ]
        ),
        "top2",
        depth=2,
    )
    pt.line(
        [(cx - 1.2 * r, cy + 1.65 * r), (cx, cy + 2.7 * r), (cx + 1.2 * r, cy + 1.65 * r)], "top3"
    )
    f.neck(0.35)
    f.head()
    pt.fill(
        ellipse(cx, cy - 0.5 * r, 1.05 * r, 0.7 * r)
        & ellipse(cx, cy - 0.15 * r, 1.0 * r, 1.05 * r),
        "hair",
        depth=2,
    )
    pt.fill(ellipse(cx, cy - 1.1 * r, 1.25 * r, 0.45 * r), "hat", depth=2, lift=0.5)
    pt.fill(rect(cx - 1.0 * r, cy - 0.9 * r, cx + 1.0 * r, cy - 0.65 * r), "top2", depth=1)
    f.eyes("hollow")
    f.mouth("o")


def _ghost_bows(pt: Portrait, f: Face) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    for s in (-1, 1):  # long pigtails
        pt.fill(ellipse(cx + s * 1.2 * r, cy + 0.9 * r, 0.35 * r, 1.1 * r), "hair", depth=2)
    f.shoulders(width=1.7, top=1.3)
    pt.fill(
        poly(
            [
                (cx - 0.8 * r, cy + 1.5 * r),
                (cx + 0.8 * r, cy + 1.5 * r),
                (cx + 0.9 * r, SIZE),
                (cx - 0.9 * r, SIZE),
            ]
        ),
        "top2",
        depth=2,
    )
    f.neck(0.35)
    f.head()
    pt.fill(
        ellipse(cx, cy - 0.4 * r, 1.08 * r, 0.8 * r)
        & ellipse(cx, cy - 0.15 * r, 1.02 * r, 1.07 * r),
        "hair",
        depth=2,
    )
    for s in (-1, 1):
        pt.fill(
            poly(
                [
                    (cx + s * 1.0 * r, cy - 0.35 * r),
                    (cx + s * 1.7 * r, cy - 0.9 * r),
                    (cx + s * 1.7 * r, cy + 0.1 * r),
                ]
            ),
            "hat",
            depth=1.5,
        )
        pt.fill(ellipse(cx + s * 1.05 * r, cy - 0.38 * r, 1.2, 1.2), "hat", depth=1)
    f.eyes("hollow")
    f.mouth("sad")


def _ghost_bonnet(pt: Portrait, f: Face) -> None:
    cx, cy, r = f.cx, f.cy, f.r
    pt.fill(ellipse(cx, cy - 0.2 * r, 1.45 * r, 1.4 * r), "hat", depth=3)
    f.shoulders(width=1.7, top=1.3)
    for k in range(3):
        y = cy + (1.45 + 0.35 * k) * r
        pt.line([(cx - (1.2 - 0.2 * k) * r, y), (cx + (1.2 - 0.2 * k) * r, y)], "top3")
    f.neck(0.35)
    f.head(ears=False)
    pt.fill(ellipse(cx, cy - 0.55 * r, 0.95 * r, 0.5 * r), "hair", depth=2)
    brim = _ring(cx, cy - 0.05 * r, 1.25 * r, 1.25 * r) | _ring(
        cx, cy - 0.05 * r, 1.25 * r - 1, 1.25 * r - 1
    )
    pt.fill({(x, y) for x, y in brim if y < cy + 0.6 * r}, "hat", depth=1, lift=0.8)
    pt.line(
        [(cx - 0.6 * r, cy + 0.9 * r), (cx, cy + 1.2 * r), (cx + 0.6 * r, cy + 0.9 * r)], "hat1"
    )
    pt.fill(ellipse(cx, cy + 1.2 * r, 1.5, 1.2), "hat", depth=1)
    f.eyes("hollow")
    f.mouth("flat")
