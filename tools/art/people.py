"""The story's people as sprite sheets, from a small parametric generator.

A ``Person`` is a spec: a frame size, a hand-drawn head (``HEADS``: one grid per facing,
hair, hat and face together), a ``Body`` (torso widths, leg length, arms), what the person
wears (a skirt, sleeves, pieces of clothing and accessories drawn by the functions in
``WEAR``) and whether they have button eyes. ``sheet`` draws it in the layout of
Coraline's sheet (sprites.py): 4 columns of walk frames (stand, step A, stand, step B) x
4 rows of facings (down, left, right, up; left mirrors right), feet on the bottom rows,
a 1 px outline. The colours are the person's palette in palettes_people.py: every grid
and every drawing function names roles ("top2", "skin1"), never colours.

The beldam (24x40) and the rat (16x16) are drawn by hand at the end of this file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .palettes_people import colours
from .render import Pixels, blank, blit, mirror, outline

FACINGS = ("down", "right", "up")
WALK = (0, 1, 0, 2)  # stand, step A, stand, step B


# ---------------------------------------------------------------- a grid of roles
class Canvas:
    """A frame being drawn: a grid of role names (None: transparent)."""

    def __init__(self, width: int, height: int) -> None:
        self.w, self.h = width, height
        self.cells: list[list[str | None]] = [[None] * width for _ in range(height)]

    def put(self, x: int, y: int, role: str | None) -> None:
        if role and 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = role

    def get(self, x: int, y: int) -> str | None:
        if 0 <= x < self.w and 0 <= y < self.h:
            return self.cells[y][x]
        return None

    def span(self, y: int, x0: int, x1: int, role: str) -> None:
        for x in range(x0, x1 + 1):
            self.put(x, y, role)

    def shade(self, y: int, x0: int, x1: int, ramp: str, levels: int = 4) -> None:
        """A row of cloth lit from the upper left: a dark right edge, a highlight left."""
        for x, level in zip(range(x0, x1 + 1), _levels(x1 - x0 + 1, levels), strict=True):
            self.put(x, y, f"{ramp}{level}")

    def grid(self, x0: int, y0: int, rows: Sequence[str], legend: dict[str, str]) -> None:
        for y, row in enumerate(rows):
            for x, ch in enumerate(row):
                if ch not in ". ":
                    self.put(x0 + x, y0 + y, legend[ch])

    def find(self, role: str) -> list[tuple[int, int]]:
        return [(x, y) for y in range(self.h) for x in range(self.w) if self.cells[y][x] == role]


def _levels(width: int, levels: int) -> list[int]:
    top = levels - 1
    base = max(0, top - 1)
    out = [base] * width
    if width == 1:
        return [base]
    out[0] = max(0, base - 1) if width < 4 else base
    out[-1] = 0
    if width >= 4:
        out[-2] = max(0, base - 1)
    if width >= 5:
        out[1] = top
    return out


# Characters of the head grids and the roles they paint.
HEAD_LEGEND = {
    "H": "hair0",
    "h": "hair1",
    "j": "hair2",
    "s": "skin0",
    "S": "skin1",
    "T": "skin2",
    "b": "blush",
    "e": "eye",
    "m": "lips",
    "u": "bag",
    "K": "hat0",
    "k": "hat1",
    "w": "hat2",
    "W": "hat3",
    "R": "top0",
    "r": "top1",
    "t": "top2",
    "q": "acc1",
    "Q": "acc2",
    "o": "line",
}


@dataclass(frozen=True)
class Head:
    """A hand-drawn head: 16 columns wide, one grid per facing; `chin` is the row that
    sits just above the neck (rows below it hang over the shoulders)."""

    down: tuple[str, ...]
    right: tuple[str, ...]
    up: tuple[str, ...]
    chin: int

    def rows(self, facing: str) -> tuple[str, ...]:
        return {"down": self.down, "right": self.right, "up": self.up}[facing]


@dataclass(frozen=True)
class Body:
    """The shape under the head. `torso` gives the torso's half-width seen from the front,
    one value a row, top first; `front` its forward depth seen from the side (a belly),
    `back` its depth behind the spine."""

    torso: tuple[int, ...]
    legs: int
    arm: int = 0  # rows of arm, sleeve and hand (0: as long as the torso)
    arm_w: int = 1
    leg_w: int = 2
    gap: int = 2
    back: int = 3
    front: tuple[int, ...] = ()
    neck: int = 0
    stride: int = 2
    shoe_h: int = 2
    hunch: int = 0


@dataclass(frozen=True)
class Person:
    name: str
    head: str
    body: Body
    size: tuple[int, int] = (16, 32)
    sleeves: str = "long"  # long | short | bare | gloves
    skirt: int = 0  # rows of skirt below the torso, over the legs
    flare: int = 1  # how fast the skirt widens (columns every other row)
    wear: tuple[str, ...] = ()  # WEAR functions drawn over the clothes, under the arms
    over: tuple[str, ...] = ()  # WEAR functions drawn last, over the head and arms
    glasses: bool = False
    buttons: bool = False
    ghost: bool = False
    mouth: str = ""  # "" (the head's own), or "smile"
    skirt_ramp: str = "top"  # a dress (top) or a skirt of its own colour (bottom)
    leg_ramp: str = "bottom"  # trousers, or stockings ("skin")
    hair_swap: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Geo:
    """Where a person's parts are in their frame."""

    w: int
    h: int
    c: int  # the centre column (the left half is c-n .. c-1)
    foot: int  # the lowest row of the shoes
    shoe_top: int
    leg_top: int
    torso_top: int
    torso: tuple[int, ...]
    front: tuple[int, ...]
    chin: int
    head_x: int
    skirt: tuple[int, ...]  # half-widths of the skirt rows, from leg_top

    def hw(self, y: int) -> int:
        """Half-width of the torso or skirt at row y (0 above or below)."""
        i = y - self.torso_top
        if 0 <= i < len(self.torso):
            return self.torso[i]
        j = y - self.leg_top
        if 0 <= j < len(self.skirt):
            return self.skirt[j]
        return 0


def layout(p: Person) -> Geo:
    w, h = p.size
    b = p.body
    foot = h - 2
    shoe_top = foot - b.shoe_h + 1
    leg_top = shoe_top - b.legs
    torso_top = leg_top - len(b.torso)
    head = HEADS[p.head]
    chin = torso_top - 1 - b.neck + b.hunch
    skirt = tuple(b.torso[-1] + (i + 1) * p.flare // 2 for i in range(p.skirt))
    front = b.front or (b.back,) * len(b.torso)
    top = chin - head.chin
    assert top >= 0, f"{p.name}: the head does not fit ({top})"
    return Geo(
        w, h, w // 2, foot, shoe_top, leg_top, torso_top, b.torso, front, chin, (w - 16) // 2, skirt
    )


# ---------------------------------------------------------------- front and back
def _legs_front(cv: Canvas, p: Person, g: Geo, phase: int, back: bool) -> None:
    b = p.body
    lift = {0: None, 1: 0, 2: 1}[phase]
    if back and lift is not None:
        lift = 1 - lift
    for side in (0, 1):
        x0 = g.c - b.gap // 2 - b.leg_w if side == 0 else g.c + (b.gap + 1) // 2
        up = 1 if lift == side else 0
        for y in range(g.leg_top, g.shoe_top - up):
            for i in range(b.leg_w):
                level = (1, 2) if side == 0 else (2, 0)
                lv = level[0] if i == 0 else level[1] if i == b.leg_w - 1 else 1
                cv.put(x0 + i, y, f"{p.leg_ramp}{lv}")
        sx0 = x0 - 1 if side == 0 else x0
        sx1 = sx0 + b.leg_w
        for k, y in enumerate(range(g.shoe_top - up, g.foot + 1 - up)):
            if k == 0:
                cv.span(y, sx0, sx1, "shoe1")
                cv.put(sx0 + (1 if side == 0 else b.leg_w - 1), y, "shoe2")
            else:
                cv.span(y, sx0, sx1, "shoe0")
        if up:
            cv.put(sx0 + 1, g.foot - 1, "shoe0")


def _torso_front(cv: Canvas, p: Person, g: Geo, sway: int = 0) -> None:
    """The torso, a skirt below it (its hem swinging `sway` pixels as she steps)."""
    for i, hw in enumerate(g.torso):
        cv.shade(g.torso_top + i, g.c - hw, g.c + hw - 1, "top")
    levels = 4 if p.skirt_ramp == "top" else 3
    n = len(g.skirt)
    for j, hw in enumerate(g.skirt):
        dx = sway if n >= 3 and j >= n - 2 else 0
        cv.shade(g.leg_top + j, g.c - hw + dx, g.c + hw - 1 + dx, p.skirt_ramp, levels)
    for y in range(g.chin + 1, g.torso_top):  # the neck
        cv.span(y, g.c - 1, g.c, "skin0")


def _arm_roles(p: Person, k: int, n: int) -> str:
    """Role of the k-th of n rows of an arm (the last is the hand)."""
    if k == n - 1:
        return "acc1" if p.sleeves == "gloves" else "skin1"
    if p.sleeves == "bare" or (p.sleeves == "short" and k >= 2):
        return "skin1"
    if p.sleeves == "gloves" and k >= n // 2:
        return "acc1"
    return "top1"


def _arms_front(cv: Canvas, p: Person, g: Geo, phase: int, back: bool) -> None:
    b = p.body
    n = b.arm or len(g.torso)
    swing = {0: None, 1: 1, 2: 0}[phase]
    if back and swing is not None:
        swing = 1 - swing
    for side in (0, 1):
        rows = n - (1 if swing == side else 0)
        widest = 0
        for k in range(rows):
            y = g.torso_top + 1 + k
            widest = max(widest, g.torso[min(k + 1, len(g.torso) - 1)])
            role = _arm_roles(p, k if k < rows - 1 else n - 1, n)
            for i in range(b.arm_w):
                x = g.c - widest - 1 - i if side == 0 else g.c + widest + i
                r = role
                if role.startswith(("top", "acc")) and i == b.arm_w - 1:
                    r = role[:-1] + "0"
                elif role == "skin1" and side == 1:
                    r = "skin0"
                cv.put(x, y, r)


# ---------------------------------------------------------------- the side
def _leg_offsets(length: int, stride: int) -> list[int]:
    """How far a striding leg is from the hip, row by row: one pixel at once, `stride`
    pixels plus one at the foot (an open inverted V, like Coraline's)."""
    return [1 + (stride * i + (length - 1) // 2) // max(1, length - 1) for i in range(length)]


def _legs_side(cv: Canvas, p: Person, g: Geo, phase: int) -> None:
    b = p.body
    n = b.legs + b.shoe_h
    offs = _leg_offsets(n, b.stride) if phase else [0] * n
    near = {0: 0, 1: 1, 2: -1}[phase]
    hip = g.c - b.leg_w // 2 - (0 if phase else 1)
    for leg, sign in (("far", -near), ("near", near)):
        if phase == 0 and leg == "far":
            continue
        lift = 1 if (phase and sign < 0) else 0
        dark = leg == "far"
        for i, y in enumerate(range(g.leg_top, g.shoe_top - lift)):
            x = hip + sign * offs[i] - (1 if sign < 0 else 0)
            for k in range(b.leg_w):
                lv = 0 if dark else (2 if k == 0 else 1)
                cv.put(x + k, y, f"{p.leg_ramp}{lv}")
        fx = hip + sign * offs[-1] - (1 if sign < 0 else 0)
        for k, y in enumerate(range(g.shoe_top - lift, g.foot + 1 - lift)):
            role = "shoe0" if dark or k else "shoe1"
            cv.span(y, fx, fx + b.leg_w + 1, role)
            if not dark and k == 0:
                cv.put(fx + b.leg_w, y, "shoe2")


def _torso_side(cv: Canvas, p: Person, g: Geo) -> None:
    b = p.body
    for i, fr in enumerate(g.front):
        lean = 1 if i < b.hunch * 3 else 0
        cv.shade(g.torso_top + i, g.c - b.back + lean, g.c + fr - 1 + lean, "top")
    for j in range(len(g.skirt)):
        grow = (j + 1) * p.flare // 2
        fr = g.front[-1] + grow
        levels = 4 if p.skirt_ramp == "top" else 3
        cv.shade(g.leg_top + j, g.c - b.back - grow, g.c + fr - 1, p.skirt_ramp, levels)
    for y in range(g.chin + 1, g.torso_top):
        cv.span(y, g.c, g.c + 1, "skin0")


def _arm_side(cv: Canvas, p: Person, g: Geo, phase: int, near: bool) -> None:
    """The arm seen from the side: it swings against the legs, the hand a pixel or two
    ahead of or behind the body at the end of the swing."""
    b = p.body
    n = b.arm or len(g.torso)
    swing = {0: 0, 1: -1, 2: 1}[phase]
    if not near:
        swing = -swing
    x0 = g.c - 1 + (1 if b.hunch else 0)
    for k in range(n):
        y = g.torso_top + 1 + k
        off = swing * ((2 * k + n // 2) // n) if swing else 0
        role = _arm_roles(p, k, n)
        cloth = role.startswith(("top", "acc"))
        dark = role[:-1] + "0" if cloth else "skin0"
        if not near:
            cv.put(x0 + off, y, dark)
            continue
        cv.put(x0 + off, y, dark)
        cv.put(x0 + off + 1, y, role[:-1] + "2" if cloth else role)
        if k == 0:
            cv.put(x0 + off + 2, y, role[:-1] + "1" if cloth else "skin0")


# ---------------------------------------------------------------- heads and faces
def _head(cv: Canvas, p: Person, g: Geo, facing: str) -> None:
    head = HEADS[p.head]
    rows = head.rows(facing)
    legend = dict(HEAD_LEGEND)
    legend.update(p.hair_swap)
    dx = g.head_x + (p.body.hunch if facing == "right" else 0)
    y0 = g.chin - head.chin
    if p.mouth == "smile" and facing != "up":
        rows = _smile(rows, facing)
    cv.grid(dx, y0, rows, legend)


def _smile(rows: tuple[str, ...], facing: str) -> tuple[str, ...]:
    """The Others smile: the mouth widens by a pixel each side and turns up at the ends."""
    out = list(rows)
    for y, row in enumerate(out):
        xs = [x for x, ch in enumerate(row) if ch == "m"]
        if not xs:
            continue
        chars = list(row)
        if facing == "down":
            lo, hi = min(xs) - 1, max(xs) + 1
            for x in range(lo, hi + 1):
                chars[x] = "m"
            up = list(out[y - 1])
            for x in (lo - 1, hi + 1):
                if up[x] in "STsb":
                    up[x] = "m"
            chars[lo] = chars[hi] = "S"
            for x in (lo, hi):
                if up[x] in "STsbu":
                    up[x] = "m"
            out[y - 1] = "".join(up)
        else:
            x = max(xs)
            if chars[x - 1] in "STsb":
                chars[x - 1] = "m"
        out[y] = "".join(chars)
    return tuple(out)


def _eyes(cv: Canvas, p: Person, facing: str) -> None:
    if facing == "up":
        return
    eyes = sorted(cv.find("eye"))
    if p.buttons:
        for x, y in eyes:
            if cv.get(x, y - 1) == "eye":
                continue
            _button_eye(cv, x, y, facing, eyes)
    elif p.glasses:
        _glasses(cv, eyes, facing)


def _button_eye(cv: Canvas, x: int, y: int, facing: str, eyes: list[tuple[int, int]]) -> None:
    """A black button sewn on where an eye was: 3x3, its corners the grey of its rim so it
    reads round, a pale glint top-left and the thread's cross-stitch in its middle."""
    centre = sum(e[0] for e in eyes) / max(1, len(eyes))
    x0 = (x - 2 if x < centre else x) if facing == "down" else x - 1
    y0 = y - 1
    for dy in range(3):
        for dx in range(3):
            corner = dx != 1 and dy != 1
            cv.put(x0 + dx, y0 + dy, "button1" if corner else "button0")
    cv.put(x0, y0, "button2")
    cv.put(x0 + 1, y0 + 1, "button3")


def _glasses(cv: Canvas, eyes: list[tuple[int, int]], facing: str) -> None:
    if facing == "down":
        for x, y in eyes:
            cv.put(x - 1, y - 1, "glass0")
            cv.put(x, y - 1, "glass0")
            cv.put(x + 1, y - 1, "glass0")
            cv.put(x - 1, y, "glass1")
            cv.put(x + 1, y, "glass1")
    else:
        for x, y in eyes:
            cv.span(y - 1, x - 1, x + 1, "glass0")
            cv.put(x + 1, y, "glass1")
            cv.span(y, x - 4, x - 2, "glass0")


# ---------------------------------------------------------------- a frame, a sheet
def frame(p: Person, facing: str, phase: int) -> Pixels:
    g = layout(p)
    cv = Canvas(*p.size)
    back = facing == "up"
    if facing == "right":
        _arm_side(cv, p, g, phase, near=False)
        _legs_side(cv, p, g, phase)
        _torso_side(cv, p, g)
        for name in p.wear:
            WEAR[name](cv, p, g, facing, phase)
        _head(cv, p, g, facing)
        _arm_side(cv, p, g, phase, near=True)
    else:
        _legs_front(cv, p, g, phase, back)
        sway = {0: 0, 1: 1, 2: -1}[phase] * (-1 if back else 1)
        _torso_front(cv, p, g, sway)
        for name in p.wear:
            WEAR[name](cv, p, g, facing, phase)
        _arms_front(cv, p, g, phase, back)
        _head(cv, p, g, facing)
    for name in p.over:
        WEAR[name](cv, p, g, facing, phase)
    _eyes(cv, p, facing)
    return _pixels(cv, p)


def _pixels(cv: Canvas, p: Person) -> Pixels:
    pal = colours(p.name)
    px = blank(cv.w, cv.h)
    for y, row in enumerate(cv.cells):
        for x, role in enumerate(row):
            if role:
                px[y][x] = pal[role]
    outline(px, pal["line"])
    if p.ghost:
        _fade(px)
    return px


def _fade(px: Pixels) -> None:
    """Ghosts: a little see-through, more so towards the feet."""
    h = len(px)
    for y, row in enumerate(px):
        alpha = 215 if y < h * 2 // 3 else 215 - (y - h * 2 // 3) * 9
        for x, (r, g_, b, a) in enumerate(row):
            if a:
                row[x] = (r, g_, b, a * alpha // 255)


def sheet(p: Person) -> Pixels:
    w, h = p.size
    out = blank(4 * w, 4 * h)
    down = [frame(p, "down", ph) for ph in WALK]
    right = [frame(p, "right", ph) for ph in WALK]
    up = [frame(p, "up", ph) for ph in WALK]
    left = [mirror(f) for f in right]
    for row, frames in enumerate((down, left, right, up)):
        for col, f in enumerate(frames):
            blit(out, f, col * w, row * h)
    return out


Wear = Callable[[Canvas, Person, Geo, str, int], None]
WEAR: dict[str, Wear] = {}
HEADS: dict[str, Head] = {}


# ---------------------------------------------------------------- the heads
#         0123456789abcdef
HEADS["bob"] = Head(  # Mom: a short reddish-brown bob, a fringe swept to one side
    down=(
        "......HHHH......",
        "....HHhhjjHH....",
        "...HhhhjjjhhH...",
        "...HhhhhhjhhH...",
        "...HhhhhhTThH...",
        "...HhhhTTTThH...",
        "...HhTeTTeThH...",
        "...HhTuTTuThH...",
        "...HhSSmmSShH...",
        "...HHHsSSsHHH...",
    ),
    right=(
        "......HHHH......",
        "....HHhhhjHH....",
        "...HhhhhjjjhH...",
        "...HhhhhhhjjhH..",
        "...HhhhhhhhhhH..",
        "...HhhhhhhhTTT..",
        "...HhhhhhhTTeT..",
        "...HhhhhhhTTuTS.",
        "...HhhhhhhSSmS..",
        "....HHHHHH.sS...",
    ),
    up=(
        "......HHHH......",
        "....HHhhhhHH....",
        "...HhhhjjhhhH...",
        "...HhhjjhhhhH...",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...HHHHHHHHHH...",
    ),
    chin=9,
)
HEADS["bald"] = Head(  # Dad: bald on top, a fringe of hair round the back and the ears
    down=(
        "......SSSS......",
        "....SSTTTTSS....",
        "...STTTTTTTSS...",
        "...HSTTTTTTSH...",
        "...HhSSSSSShH...",
        "...HhSSSSSShH...",
        "..sHhSeSSeShHs..",
        "...HhSSssSShH...",
        "....SSSmmSSS....",
        ".....sSSSSs.....",
    ),
    right=(
        ".....SSSSS......",
        "....STTTTTTS....",
        "...STTTTTTTTS...",
        "...HSSTTTTTTTS..",
        "...HhSSSSSSSSS..",
        "...HhhSSSSSSSS..",
        "...HhhsSSSSSeS..",
        "...HhhssSSSSSSS.",
        "....HhSSSSSSmS..",
        "......sSSSSSS...",
    ),
    up=(
        "......SSSS......",
        "....SSTTTTSS....",
        "...STTTTTTTSS...",
        "...HSTTTTTTSH...",
        "...HhSSTTSShH...",
        "...HhhSSSShhH...",
        "..sHhhhhhhhhHs..",
        "...HhhhhhhhhH...",
        "....HhhhhhhH....",
        ".....sSSSSs.....",
    ),
    chin=9,
)


HEADS["helmet"] = Head(  # Wybie: a bone-pale skull mask pushed up on a mop of curls
    down=(
        ".....kwwWWk.....",
        "....kwwwWWwk....",
        "...kwKKwwKKwk...",
        "...kwKKwwKKwk...",
        "..HkwwwKKwwwkH..",
        ".HhHkkkkkkkkHhH.",
        "..HhhTTTTTThhH..",
        ".HhhhTeTTeThhhH.",
        "..HhjSSSmSSjhH..",
        "...HHhsSSshHH...",
    ),
    right=(
        "......kwwWk.....",
        ".....kwwwWWk....",
        "....kwwwwwKKk...",
        "...HkwwwwwKKwk..",
        "..HhkkwwwwwwKk..",
        ".HhjhhkkkkkkkK..",
        ".HhhjhhhhTTTT...",
        "..HhhhjhhTTeT...",
        "..HhjhhhhSSSSs..",
        "...HHhhhH.sSS...",
    ),
    up=(
        ".....kwwwwk.....",
        "....kwwwwwwk....",
        "...kwwwwwwwwk...",
        "...kwwwwwwwwk...",
        "..HkkwwwwwwkkH..",
        ".HhHkkkkkkkkHhH.",
        "..HhjhhjhhjhhH..",
        ".HhhjhhhjhhjhhH.",
        "..HhhhjhhjhhhH..",
        "...HHhhhhhhHH...",
    ),
    chin=9,
)
HEADS["curls"] = Head(  # Miss Spink: a round cap of short curls, a round face, rouge
    down=(
        "....hj.hj.hj....",
        "...hjjhjjhjjh...",
        "..hjhhjhhjhhjh..",
        "..HhjhhjhhjhhH..",
        "..HjhTTTTTThjH..",
        "..HhTTTTTTTThH..",
        "..HjTTeTTeTTjH..",
        "...HbSSSSSSbH...",
        "....SSSmmSSS....",
        ".....sSSSSs.....",
    ),
    right=(
        ".....hj.hj......",
        "....hjjhjjhj....",
        "...hjhhjhhjhh...",
        "..HhjhhjhhjhhH..",
        "..HjhhjhhhTTTT..",
        "..HhjhhhhTTTTT..",
        "..HjhhhhTTTTeT..",
        "...HhjhhTTbTTTS.",
        "....HHHTTSSSmS..",
        ".......sSSSS....",
    ),
    up=(
        "....hj.hj.hj....",
        "...hjjhjjhjjh...",
        "..hjhhjhhjhhjh..",
        "..HhjhhjhhjhhH..",
        "..HjhhjhhjhhjH..",
        "..HhjhhjhhjhhH..",
        "..HjhhjhhjhhjH..",
        "...HhjhhjhhjH...",
        "....HHhhhhHH....",
        ".....sSSSSs.....",
    ),
    chin=9,
)
HEADS["curls_plume"] = Head(  # Other Spink: the same curls, a red plume pinned in them
    down=(
        "..........kW....",
        ".........kwW....",
        "....hj.hjkw.....",
        "...hjjhjjKjjh...",
        "..hjhhjhhjhhjh..",
        "..HhjhhjhhjhhH..",
        "..HjhTTTTTThjH..",
        "..HhTTTTTTTThH..",
        "..HjTTeTTeTTjH..",
        "...HbSSSSSSbH...",
        "....SSSmmSSS....",
        ".....sSSSSs.....",
    ),
    right=(
        ".......kW.......",
        "......kwW.......",
        ".....hkw.j......",
        "....hjKhjjhj....",
        "...hjhhjhhjhh...",
        "..HhjhhjhhjhhH..",
        "..HjhhjhhhTTTT..",
        "..HhjhhhhTTTTT..",
        "..HjhhhhTTTTeT..",
        "...HhjhhTTbTTTS.",
        "....HHHTTSSSmS..",
        ".......sSSSS....",
    ),
    up=(
        "....Wk..........",
        "....Wwk.........",
        ".....wkjh.hj....",
        "...hjjKjjhjjh...",
        "..hjhhjhhjhhjh..",
        "..HhjhhjhhjhhH..",
        "..HjhhjhhjhhjH..",
        "..HhjhhjhhjhhH..",
        "..HjhhjhhjhhjH..",
        "...HhjhhjhhjH...",
        "....HHhhhhHH....",
        ".....sSSSSs.....",
    ),
    chin=11,
)
HEADS["beehive"] = Head(  # Miss Forcible: hair piled high in a round tower, a broad face
    down=(
        ".....HhhjjH.....",
        "....HhhhjjjH....",
        "....HhHhhhjh....",
        "....HhhHhhjh....",
        "....HhhhHhhH....",
        ".....HhhhHH.....",
        "...HHhhhhhjHH...",
        "..HhhhhhhhhjhH..",
        "..HhhTTTTTThhH..",
        "..HhTTTTTTTThH..",
        "..HhTTeTTeTThH..",
        "..HHbSSSSSSbHH..",
        "...HSSSmmSSSH...",
        "....sSSSSSSs....",
    ),
    right=(
        "....HhhjjH......",
        "...HhhhjjjH.....",
        "...HhHhhhjh.....",
        "...HhhHhhjhH....",
        "...HhhhHhhhH....",
        "....HhhhhHH.....",
        "...HHhhhhhjHH...",
        "..HhhhhhhhhjhH..",
        "..HhhhhhhhTTTT..",
        "..HhhhhhhTTTTT..",
        "..HhhhhhhTTTeT..",
        "..HHhhhhhTTbTTS.",
        "...HHhhhTSSSmS..",
        "......sSSSSSS...",
    ),
    up=(
        ".....HhhjjH.....",
        "....HhhhjjjH....",
        "....HhHhhhjh....",
        "....HhhHhhjh....",
        "....HhhhHhhH....",
        ".....HhhhHH.....",
        "...HHhhhhhjHH...",
        "..HhhhhhhhhjhH..",
        "..HhhhhhhhhhhH..",
        "..HhhjhhhhjhhH..",
        "..HhhhhhhhhhhH..",
        "..HHhhhhhhhhHH..",
        "...HHHhhhhHHH...",
        "....sSSSSSSs....",
    ),
    chin=13,
)
HEADS["moustache"] = Head(  # Mr. Bobinsky: a crest of hair, bushy brows, a huge moustache
    down=(
        ".....HhjjhH.....",
        "....HhhjjhhH....",
        "...HhhhhhhhhH...",
        "...HhTTTTTThH...",
        "...sSTTTTTTSs...",
        "...SHHhTThHHS...",
        "...STTeTTeTTS...",
        "...sSSSTsSSSs...",
        ".HhhjjhhhhjjhhH.",
        ".Hh.HhSmmShH.hH.",
        "....HhhSShhH....",
        ".....HhhhhH.....",
        "......HHhH......",
    ),
    right=(
        "......HhjjH.....",
        ".....HhhjjhH....",
        "...HhhhhhhhhH...",
        "...HhhhTTTTTT...",
        "...HhhsSTTTTT...",
        "...HhsSSTTHHh...",
        "...HhSsSTTTeT...",
        "...HhSSSSSSSTS..",
        "....HSSSHhjjhhhH",
        "....HSSSHhSmSHh.",
        "......SHhhhhH...",
        ".......HhhhH....",
        "........HHH.....",
    ),
    up=(
        ".....HhjjhH.....",
        "....HhhjjhhH....",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...ShhhhhhhhS...",
        "...ShhhhhhhhS...",
        "...SHhhhhhhHS...",
        "...sSHHHHHHSs...",
        "..Hh.sSSSSs.hH..",
        "................",
        "................",
        "................",
        "................",
    ),
    chin=9,
)
HEADS["tophat"] = Head(  # Other Bobinsky: the same face under a ringmaster's top hat
    down=(
        ".....KkkwwK.....",
        ".....KkkwWK.....",
        ".....KkkwwK.....",
        ".....RrrttR.....",
        "...KKkkkkkwKK...",
        "...SHHhTThHHS...",
        "...STTeTTeTTS...",
        "...sSSSTsSSSs...",
        ".HhhjjhhhhjjhhH.",
        ".Hh.HhSmmShH.hH.",
        "....HhhSShhH....",
        ".....HhhhhH.....",
        "......HHhH......",
    ),
    right=(
        "......KkkwwK....",
        "......KkkwWK....",
        "......KkkwwK....",
        "......RrrttR....",
        "...KKKkkkkkwKK..",
        "...HhsSSTTHHh...",
        "...HhSsSTTTeT...",
        "...HhSSSSSSSTS..",
        "....HSSSHhjjhhhH",
        "....HSSSHhSmSHh.",
        "......SHhhhhH...",
        ".......HhhhH....",
        "........HHH.....",
    ),
    up=(
        ".....KkkkkK.....",
        ".....KkkkkK.....",
        ".....KkkkkK.....",
        ".....RrrrrR.....",
        "...KKkkkkkkKK...",
        "...ShhhhhhhhS...",
        "...SHhhhhhhHS...",
        "...sSHHHHHHSs...",
        "..Hh.sSSSSs.hH..",
        "................",
        "................",
        "................",
        "................",
    ),
    chin=9,
)
HEADS["sailor"] = Head(  # ghost 1: a boy in a round sailor's cap, hair cut short
    down=(
        "......wWWw......",
        "...kwwwWWwwwk...",
        "...KKKKKKKKKK...",
        "...HhhjhhhhhH...",
        "...HhhhhhhhhH...",
        "...HhTTTTTThH...",
        "...HTeTTTTeTH...",
        "...HTeSSSSeTH...",
        "....HSSmmSSH....",
        ".....sSSSSs.....",
    ),
    right=(
        ".......wWWw.....",
        "....kwwwwWWwk...",
        "....KKKKKKKKK...",
        "...HhhjhhhhhH...",
        "...HhhhhhhhTTT..",
        "...HhhhhhhTTTT..",
        "...HhhhhhhTTeT..",
        "...HhhhhhhTTeTS.",
        "....HHhhhhSSmS..",
        "......HH.sSS....",
    ),
    up=(
        "......wWWw......",
        "...kwwwWWwwwk...",
        "...KKKKKKKKKK...",
        "...HhhjhhhhhH...",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...HhhhhhhhhH...",
        "...HHhhhhhhHH...",
        "....HHHHHHHH....",
        ".....sSSSSs.....",
    ),
    chin=9,
)
HEADS["bows"] = Head(  # ghost 2: a girl with long pigtails tied with big bows
    down=(
        "......HHHH......",
        "....HHhhjjHH....",
        ".kwHhhhjjjhhHwk.",
        ".wKHhhhhhhhhHKw.",
        ".kwHhHhhhhHhHwk.",
        "..HHhTTTTTThHH..",
        "..HHhTeTTeThHH..",
        "..hHhSeSSeShHh..",
        "..hH.HSmmSH.Hh..",
        "..hH..sSSs..Hh..",
        "..Hh........hH..",
        "...H........H...",
    ),
    right=(
        ".......HHHH.....",
        ".....HHhhjjH....",
        "...kwhhhhjjjhH..",
        "...wKhhhhhhjhH..",
        "...kwhhhhhhhTT..",
        "...HhhhhhhhTTT..",
        "...HhhhhhhTTeT..",
        "..HhHhhhhhTTeTS.",
        "..Hh.HhhhhSSmS..",
        "..Hh..HHh.sSS...",
        "..hH............",
        "...H............",
    ),
    up=(
        "......HHHH......",
        "....HHhhhhHH....",
        ".kwHhhhjjhhhHwk.",
        ".wKHhhjjhhhhHKw.",
        ".kwHhhhhhhhhHwk.",
        "..HHhhhhhhhhHH..",
        "..HHhhhhhhhhHH..",
        "..hHhhhhhhhhHh..",
        "..hH.HhhhhH.Hh..",
        "..hH..sSSs..Hh..",
        "..Hh........hH..",
        "...H........H...",
    ),
    chin=9,
)
HEADS["bonnet"] = Head(  # ghost 3: a girl in a deep bonnet tied under the chin
    down=(
        ".....kwwwwk.....",
        "...kwwWWWWwwk...",
        "..kwwWWwwWWwwk..",
        "..kwWkkkkkkWwk..",
        "..kwkHhhhhHkwk..",
        "..kwkhTTTThkwk..",
        "..kwkTeTTeTkwk..",
        "..kwkSeSSeSkwk..",
        "...kwkSmmSkwk...",
        "....kkKwwKkk....",
    ),
    right=(
        "......kwwwk.....",
        "....kwwWWWwk....",
        "...kwwWwwwWwk...",
        "...kwwwwwWWkk...",
        "...kwwwwwkHTT...",
        "...kwwwwwkTTT...",
        "...kwwwwwkTeT...",
        "...kwwwwwkTeTS..",
        "....kwwwwkSmS...",
        ".....kkKwwKk....",
    ),
    up=(
        ".....kwwwwk.....",
        "...kwwWWWWwwk...",
        "..kwwWWwwWWwwk..",
        "..kwwwwwwwwwwk..",
        "..kwwwWWWWwwwk..",
        "..kwwWkkkkWwwk..",
        "..kwwkwwwwkwwk..",
        "..kwwwwwwwwwwk..",
        "...kwwwwwwwwk...",
        "....kkKwwKkk....",
    ),
    chin=9,
)

HEADS["beldam"] = Head(  # her true form: a narrow grey-white face, hair drawn up in spikes
    down=(
        "......H..H......",
        "......HhjH......",
        ".....HhhjjH.....",
        "....HhhhhjhH....",
        "...HhhhhhhhhH...",
        "...HhhTTTThhH...",
        "...HhTTTTTThH...",
        "...HhTeTTeThH...",
        "...HhSTTTTShH...",
        "....HsSTTSsH....",
        "....HSsmmsSH....",
        ".....sSSSSs.....",
        "......sSSs......",
    ),
    right=(
        ".......H..H.....",
        ".......HhjH.....",
        "......HhhjjH....",
        ".....HhhhhjhH...",
        "....HhhhhhhhhH..",
        "....HhhhhhhTTT..",
        "....HhhhhhTTTT..",
        "....HhhhhhTTeT..",
        "....HhhhhsSTTTS.",
        ".....HhhhsSsTT..",
        "......HhhHSSmS..",
        ".........sSSS...",
        "..........sS....",
    ),
    up=(
        "......H..H......",
        "......HhjH......",
        ".....HhhjjH.....",
        "....HhhhhjhH....",
        "...HhhhhhhhhH...",
        "...HhhhjhhhhH...",
        "...HhhhjhhhhH...",
        "...HhhhhjhhhH...",
        "...HhhhhjhhhH...",
        "....HhhhhhhH....",
        "....HHhhhhHH....",
        ".....HHHHHH.....",
        "......sSSs......",
    ),
    chin=12,
)


# ---------------------------------------------------------------- clothes and accessories
def wear(name: str) -> Callable[[Wear], Wear]:
    def register(fn: Wear) -> Wear:
        WEAR[name] = fn
        return fn

    return register


@wear("collar")
def _collar(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A tall rolled collar up to the chin (Mom's sweater), ribbed; a ribbed hem."""
    x0, x1 = (g.c - 3, g.c + 2) if facing != "right" else (g.c - 2, g.c + 2)
    for y in range(g.chin + 1, g.torso_top + 1):
        for x in range(x0, x1 + 1):
            cv.put(x, y, "top2" if (x - x0) % 2 == 0 else "top1")
        cv.put(x1, y, "top0")
    hem = g.torso_top + len(g.torso) - 1
    for x in range(cv.w):
        if (cv.get(x, hem) or "").startswith("top"):
            cv.put(x, hem, "top1" if x % 2 else "top0")


@wear("cardigan")
def _cardigan(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """An open cardigan over a pale shirt: a V at the neck, buttons, two pockets."""
    t = g.torso_top
    c = g.c
    if facing == "down":
        cv.span(t, c - 1, c, "top22")
        cv.put(c - 2, t, "top0")
        cv.put(c + 1, t, "top0")
        cv.put(c - 1, t + 1, "top21")
        cv.put(c, t + 1, "top0")
        for y in range(t + 2, t + len(g.torso)):
            cv.put(c - 1, y, "top0")
            cv.put(c, y, "acc2" if (y - t) % 2 == 1 else "top1")
        py = t + len(g.torso) - 3
        cv.span(py, c - 3, c - 2, "top0")
        cv.span(py, c + 1, c + 2, "top0")
    elif facing == "right":
        fr = g.front[0]
        cv.put(c + fr - 1, t, "top22")
        cv.put(c + fr - 2, t, "top21")
        for y in range(t + 2, t + len(g.torso), 2):
            cv.put(c + g.front[y - t] - 1, y, "acc2")
    else:
        cv.span(t, c - 2, c + 1, "top0")


@wear("pearls")
def _pearls(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    t = g.torso_top
    c = g.c
    if facing == "down":
        for x, dy in ((c - 3, 0), (c - 2, 1), (c - 1, 1), (c, 1), (c + 1, 1), (c + 2, 0)):
            cv.put(x, t + dy, "acc2" if x % 2 else "acc1")
        cv.put(c - 1, t + 2, "acc2")
    elif facing == "right":
        fr = g.front[0]
        cv.put(c + fr - 2, t + 1, "acc2")
        cv.put(c + fr - 1, t + 1, "acc1")
        cv.put(c + fr - 3, t, "acc1")
    else:
        cv.span(t, c - 2, c + 1, "acc1")


def _recolour(cv: Canvas, y0: int, y1: int, old: str, new: str, keep: int = 9) -> None:
    """Rows y0..y1: every cell of ramp `old` (top0, top1 ...) becomes ramp `new`, the
    level kept (at most `keep`)."""
    for y in range(y0, y1 + 1):
        for x in range(cv.w):
            role = cv.get(x, y)
            if role and role[:-1] == old and role[-1].isdigit():
                cv.put(x, y, f"{new}{min(int(role[-1]), keep)}")


@wear("dark_collar")
def _dark_collar(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """The Other Mother's high black collar (the same shape as Mom's)."""
    x0, x1 = (g.c - 3, g.c + 2) if facing != "right" else (g.c - 2, g.c + 2)
    for y in range(g.chin + 1, g.torso_top + 1):
        cv.span(y, x0, x1, "top21")
        cv.put(x0, y, "top22")
        cv.put(x1, y, "top20")


@wear("belt")
def _belt(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A black waist and hem on a red dress, a black bodice seam, a gold clasp."""
    y = g.torso_top + len(g.torso) - 3
    _recolour(cv, y, y, "top", "top2", 2)
    _recolour(cv, g.leg_top + len(g.skirt) - 1, g.leg_top + len(g.skirt) - 1, "top", "top2", 2)
    if facing == "down":
        cv.put(g.c - 1, y, "acc2")
        cv.put(g.c, y, "acc1")
        for yy in range(g.torso_top + 1, y):
            cv.put(g.c - 1, yy, "top0")
    elif facing == "right":
        cv.put(g.c + g.front[0] - 1, y, "acc1")


@wear("hoodie")
def _hoodie(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A hood bunched at the neck, drawstrings, a pocket across the belly."""
    t, c = g.torso_top, g.c
    last = t + len(g.torso) - 1
    if facing == "down":
        cv.span(t - 1, c - 4, c + 3, "top1")
        cv.span(t, c - 4, c + 3, "top2")
        cv.put(c + 3, t, "top0")
        cv.put(c - 2, t + 1, "top21")
        cv.put(c + 1, t + 1, "top21")
        cv.put(c - 2, t + 2, "top22")
        cv.put(c + 1, t + 2, "top22")
        cv.span(last - 2, c - 3, c + 2, "top0")
        cv.span(last - 1, c - 3, c + 2, "top1")
    elif facing == "up":
        for k, y in enumerate(range(t - 1, t + 3)):
            w = 3 if k < 3 else 2
            cv.shade(y, c - w, c + w - 1, "top")
        cv.span(t + 3, c - 2, c + 1, "top0")
    else:
        for y in range(t - 2, t + 2):
            cv.shade(y, c - g.front[0] - 1, c - 1, "top")
        cv.span(last - 2, c, c + g.front[-1] - 1, "top0")


@wear("gown")
def _gown(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A dressing gown: fluffy trimmed lapels in a V, a tied sash, trim at the hem."""
    t, c = g.torso_top, g.c
    sash = t + len(g.torso) - 3
    hem = g.leg_top + len(g.skirt) - 1
    if facing == "down":
        for k, off in enumerate((4, 3, 3, 2, 2)):
            cv.span(t + k, c - off + 1, c + off - 2, "top22")
            cv.put(c - off, t + k, "acc2")
            cv.put(c - off - 1, t + k, "acc1")
            cv.put(c + off - 1, t + k, "acc1")
            cv.put(c + off, t + k, "acc0")
        for y in range(t + 5, hem):
            cv.put(c - 2, y, "acc2")
            cv.put(c - 1, y, "acc1")
        cv.span(sash, c - g.torso[-1], c + g.torso[-1] - 1, "top21")
        cv.span(sash, c - 1, c, "top22")
        cv.put(c - 1, sash + 1, "top21")
        cv.put(c, sash + 1, "top20")
        cv.put(c - 1, sash + 2, "top21")
    elif facing == "right":
        fr = g.front
        for k in range(5):
            cv.put(c + fr[k] - 1, t + k, "acc2")
            cv.put(c + fr[k] - 2, t + k, "acc1")
        cv.span(sash, c - p.body.back, c + fr[-1] - 1, "top21")
        cv.put(c + fr[-1] - 2, sash + 1, "top22")
        for j in range(len(g.skirt)):
            grow = (j + 1) * p.flare // 2
            cv.put(c + fr[-1] - 1 + grow, g.leg_top + j, "acc1")
    else:
        cv.span(sash, c - g.torso[-1], c + g.torso[-1] - 1, "top21")
        cv.span(t, c - 4, c + 3, "acc1")
    for x in range(cv.w):
        if (cv.get(x, hem) or "").startswith("top"):
            cv.put(x, hem, "acc1" if x % 2 else "acc2")


@wear("stripes")
def _stripes(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A sleeveless striped undershirt: broad stripes, bare shoulders; trousers pulled
    high over the belly."""
    t, c = g.torso_top, g.c
    last = t + len(g.torso) - 1
    for y in range(t, last - 1):
        if (y - t) % 2 == 1:
            _recolour(cv, y, y, "top", "top2", 2)
    _recolour(cv, last - 1, last, "top", "bottom", 2)
    if facing == "down":
        cv.span(t, c - g.torso[0], c - 4, "skin1")
        cv.span(t, c + 3, c + g.torso[0] - 1, "skin0")
        cv.span(t, c - 1, c, "skin1")
    elif facing == "up":
        cv.span(t, c - g.torso[0], c - 4, "skin1")
        cv.span(t, c + 3, c + g.torso[0] - 1, "skin0")


@wear("suspenders")
def _suspenders(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    t, c = g.torso_top, g.c
    last = t + len(g.torso) - 1
    if facing == "right":
        for y in range(t, last + 1):
            cv.put(c - 2, y, "acc0")
        return
    for y in range(t, last + 1):
        cv.put(c - 3, y, "acc1")
        cv.put(c + 2, y, "acc0")
    cv.put(c - 3, last - 1, "acc2")
    cv.put(c + 2, last - 1, "acc2")


@wear("zigzag")
def _zigzag(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """The Other Father's bright sweater: a teal zigzag band, yellow dots, a crew neck."""
    t = g.torso_top
    for x in range(cv.w):
        if not (cv.get(x, t + 2) or "").startswith("top"):
            continue
        a, b_ = (x % 4 in (0,)), (x % 4 in (1, 3))
        cv.put(x, t + 2, "top22" if a else "top21")
        cv.put(x, t + 3, "top21" if b_ else "top3")
        if x % 4 == 2:
            cv.put(x, t + 4, "top20")
        if x % 3 == 0 and (cv.get(x, t + 6) or "").startswith("top"):
            cv.put(x, t + 6, "acc1")
    if facing != "right":
        cv.span(t, g.c - 2, g.c + 1, "top21")
    hem = t + len(g.torso) - 1
    for x in range(cv.w):
        if (cv.get(x, hem) or "").startswith("top"):
            cv.put(x, hem, "top21" if x % 2 else "top20")


@wear("sequins")
def _sequins(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A stage costume glittering with sequins, its neckline bare."""
    t = g.torso_top
    hem = g.leg_top + len(g.skirt) - 1
    for y in range(t, hem + 1):
        for x in range(cv.w):
            role = cv.get(x, y)
            if role not in ("top1", "top2", "top3"):
                continue
            k = (x * 5 + y * 3 + phase) % 7
            if k == 0:
                cv.put(x, y, "acc2")
            elif k == 3:
                cv.put(x, y, "top3")
    if facing == "down":
        cv.span(t, g.c - 2, g.c + 1, "skin1")
        cv.put(g.c - 1, t + 1, "skin0")
        cv.put(g.c, t + 1, "skin0")
    elif facing == "right":
        cv.put(g.c + g.front[0] - 1, t, "skin1")


@wear("boa")
def _boa(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A fluffy feather boa over the shoulders, its ends hanging down the front."""
    t, c = g.torso_top, g.c
    fluff = ("hat2", "hat3", "hat1")
    if facing == "right":
        for x in range(c - p.body.back - 1, c + g.front[0] + 1):
            cv.put(x, t, fluff[x % 3])
        for k in range(6):
            cv.put(c + g.front[k + 1] - 1 + (k % 2), t + 1 + k, fluff[k % 3])
        return
    hw = g.torso[0]
    for x in range(c - hw - 1, c + hw + 1):
        cv.put(x, t, fluff[x % 3])
        cv.put(x, t - 1 if abs(x - c + 0.5) > hw - 1 else t, fluff[(x + 1) % 3])
    if facing == "down":
        for k in range(7):
            cv.put(c - 4 + (k % 2), t + 1 + k, fluff[k % 3])
            cv.put(c + 3 - (k % 2), t + 1 + k, fluff[(k + 1) % 3])
            cv.put(c - 3 - (k % 2), t + 1 + k, fluff[(k + 2) % 3])


@wear("tailcoat")
def _tailcoat(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A ringmaster's red tailcoat: open over a white shirt, gold buttons, long tails."""
    t, c = g.torso_top, g.c
    last = t + len(g.torso) - 1
    if facing == "down":
        for y in range(t, last + 1):
            cv.span(y, c - 2, c + 1, "top21")
            cv.put(c - 2, y, "top22")
            cv.put(c + 1, y, "top20")
        cv.span(t, c - 1, c, "hat1")
        cv.put(c - 2, t, "hat0")
        cv.put(c + 1, t, "hat0")
        for y in range(t + 2, last, 2):
            cv.put(c - 3, y, "acc2")
            cv.put(c + 2, y, "acc1")
        cv.span(last, c - g.torso[-1], c + g.torso[-1] - 1, "top0")
    elif facing == "up":
        for k, y in enumerate(range(g.leg_top, g.leg_top + 7)):
            cv.shade(y, c - 3, c - 1 - k // 3, "top")
            cv.shade(y, c + k // 3, c + 2, "top")
        cv.put(c - 1, t + len(g.torso) - 2, "acc2")
        cv.put(c, t + len(g.torso) - 2, "acc2")
    else:
        fr = g.front
        for k, y in enumerate(range(t, last + 1)):
            cv.put(c + fr[k] - 1, y, "top21")
            cv.put(c + fr[k] - 2, y, "top22" if k > 0 else "hat1")
        for y in range(t + 2, last, 2):
            cv.put(c + fr[y - t] - 3, y, "acc2")
        for k, y in enumerate(range(g.leg_top, g.leg_top + 7)):
            x0 = c - p.body.back - 1 + k // 2
            x1 = c - 1 if k < 4 else x0 + 1
            cv.shade(y, x0, max(x0, x1), "top")


@wear("sailor")
def _sailor(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """An old-fashioned sailor suit: a square collar with a pale stripe, a knotted scarf."""
    t, c = g.torso_top, g.c
    if facing == "down":
        cv.span(t, c - 4, c + 3, "top21")
        for k in range(3):
            cv.put(c - 4 + k, t + 1 + k, "top21")
            cv.put(c + 3 - k, t + 1 + k, "top20")
            cv.put(c - 3 + k, t + 1 + k, "top3")
            cv.put(c + 2 - k, t + 1 + k, "top3")
        cv.span(t + 3, c - 1, c, "top22")
        cv.put(c - 1, t + 4, "top22")
        cv.put(c, t + 4, "top21")
    elif facing == "up":
        for y in range(t, t + 4):
            cv.span(y, c - 4, c + 3, "top21")
        cv.span(t + 3, c - 4, c + 3, "top3")
        for y in range(t, t + 4):
            cv.put(c - 4, y, "top3")
            cv.put(c + 3, y, "top3")
    else:
        for y in range(t, t + 4):
            cv.span(y, c - p.body.back, c - 1, "top21")
        cv.span(t + 3, c - p.body.back, c - 1, "top3")
        cv.put(c + g.front[2] - 1, t + 2, "top22")


@wear("shorts")
def _shorts(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """Short trousers: bare knees, long pale socks."""
    for y in range(g.leg_top + 2, g.shoe_top):
        for x in range(cv.w):
            role = cv.get(x, y) or ""
            if role.startswith("bottom"):
                sock = y >= g.shoe_top - 2 or cv.get(x, y + 1) in ("shoe1", "shoe2")
                cv.put(x, y, ("hat3" if role != "bottom0" else "hat2") if sock else "skin1")


@wear("pinafore")
def _pinafore(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A long white pinafore over the dress: straps, a bib, a bow at the back."""
    t, c = g.torso_top, g.c
    hem = g.leg_top + len(g.skirt) - 1
    if facing == "down":
        cv.put(c - 3, t, "top22")
        cv.put(c + 2, t, "top21")
        for y in range(t + 1, hem):
            w = 2 if y < g.leg_top else 3
            cv.span(y, c - w, c + w - 1, "top22")
            cv.put(c + w - 1, y, "top21")
            cv.put(c - w, y, "top21" if y % 2 else "top22")
    elif facing == "up":
        for k in range(len(g.torso) - 1):
            cv.put(c - 3 + k, t + k, "top22")
            cv.put(c + 2 - k, t + k, "top21")
        y = t + len(g.torso) - 1
        cv.span(y, c - 3, c + 2, "top22")
        cv.put(c - 3, y + 1, "top21")
        cv.put(c + 2, y + 1, "top21")
    else:
        for y in range(t + 1, hem):
            x = c + g.front[min(len(g.front) - 1, y - t)] - 1
            if y >= g.leg_top:
                x += (y - g.leg_top + 1) * p.flare // 2
            cv.put(x, y, "top22")
            cv.put(x - 1, y, "top21")
        cv.put(c - p.body.back, t + len(g.torso) - 1, "top22")


@wear("ruffles")
def _ruffles(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """A long dress in tiers of ruffles, a frilled collar."""
    for j in range(1, len(g.skirt), 2):
        y = g.leg_top + j
        for x in range(cv.w):
            role = cv.get(x, y) or ""
            if role.startswith("top") and role[-1] in "12":
                cv.put(x, y, "top3" if x % 2 else "top2")
    hem = g.leg_top + len(g.skirt) - 1
    for x in range(cv.w):
        if (cv.get(x, hem) or "").startswith("top"):
            cv.put(x, hem, "top3" if x % 2 else "top1")
    t = g.torso_top
    if facing == "down":
        cv.span(t, g.c - 3, g.c + 2, "top3")
        cv.put(g.c - 1, t + 1, "top22")
        cv.put(g.c, t + 1, "top22")


@wear("spider")
def _spider(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """The beldam's dress: a spiked collar, a narrow red seam, the hem torn into long
    points like a spider's legs, that shift as she walks."""
    t, c = g.torso_top, g.c
    hem = g.leg_top + len(g.skirt) - 1
    for x in range(cv.w):
        role = cv.get(x, hem)
        if not (role or "").startswith("top"):
            continue
        k = (x + phase) % 3
        if k == 0:
            for d in range(1, 4):
                cv.put(x, hem + d, "top1" if d < 3 else "top0")
        elif k == 1:
            cv.put(x, hem + 1, "top0")
        else:
            cv.cells[hem][x] = None
    if facing == "down":
        cv.span(t - 1, c - 3, c + 2, "top1")
        cv.put(c - 4, t - 2, "top1")
        cv.put(c + 3, t - 2, "top1")
        cv.put(c - 3, t - 1, "top2")
        for y in range(t + 1, hem - 1):
            cv.put(c - 1, y, "top21" if y < g.leg_top else "top20")
    elif facing == "up":
        cv.span(t - 1, c - 3, c + 2, "top1")
        cv.put(c - 4, t - 2, "top1")
        cv.put(c + 3, t - 2, "top1")
    else:
        cv.span(t - 1, c - 2, c + 1, "top1")
        cv.put(c - 3, t - 2, "top1")


@wear("needles")
def _needles(cv: Canvas, p: Person, g: Geo, facing: str, phase: int) -> None:
    """Hands of long needle fingers: thin silver lines splayed from the end of each arm."""
    hands: dict[bool, tuple[int, int]] = {}
    for role in ("skin0", "skin1"):
        for x, y in cv.find(role):
            if y <= g.torso_top + 2:
                continue
            key = x < g.c if facing != "right" else True
            if key not in hands or y > hands[key][1]:
                hands[key] = (x, y)
    for x, y in hands.values():
        if facing == "right":
            for d in range(1, 6):
                cv.put(x + d // 2, y + d, "acc1" if d < 5 else "acc2")
            for d in range(1, 5):
                cv.put(x - 1 + d // 3, y + d, "acc0" if d < 4 else "acc2")
            cv.put(x + 1, y, "acc0")
        else:
            out = -1 if x < g.c else 1
            for d in range(1, 6):
                cv.put(x, y + d, "acc1" if d < 5 else "acc2")
            for d in range(1, 4):
                cv.put(x + out * d, y + d, "acc1" if d < 3 else "acc2")
            for d in range(1, 5):
                cv.put(x - out, y + d + 1, "acc0" if d < 4 else "acc2")


# ---------------------------------------------------------------- the people
PEOPLE: dict[str, Person] = {}


def person(p: Person) -> Person:
    PEOPLE[p.name] = p
    return p


MOM = Body(torso=(4, 4, 4, 4, 4, 4, 4, 4), legs=6, neck=1, arm=7)
DAD = Body(torso=(4, 4, 4, 3, 3, 3, 3, 3, 3), legs=8, arm=8, stride=3)
WYBIE = Body(torso=(4, 4, 3, 3, 3, 3), legs=6, arm=6, hunch=1, stride=3)
SPINK = Body(torso=(4, 5, 5, 5, 5, 5, 5), legs=4, arm=6)
FORCIBLE = Body(
    torso=(6, 6, 6, 6, 6, 6, 6, 6), legs=6, arm=7, arm_w=2, back=4, front=(4, 4, 5, 5, 5, 5, 5, 5)
)
BOBINSKY = Body(
    torso=(5, 5, 6, 6, 7, 7, 7, 6, 5),
    legs=10,
    arm=9,
    arm_w=2,
    front=(3, 4, 5, 6, 7, 7, 7, 6, 4),
    stride=3,
)
BELDAM = Body(
    torso=(3, 3, 3, 2, 2, 2, 2, 2, 2),
    legs=13,
    arm=9,
    leg_w=1,
    back=2,
    front=(2, 2, 3, 3, 2, 2, 2, 2, 2),
    neck=1,
    stride=3,
)
CHILD = (16, 24)
WIDE = (24, 32)

for spec in (
    Person("mom", "bob", MOM, wear=("collar",)),
    Person("dad", "bald", DAD, wear=("cardigan",), glasses=True),
    Person("wybie", "helmet", WYBIE, CHILD, sleeves="gloves", wear=("hoodie",)),
    Person(
        "spink", "curls", SPINK, skirt=3, wear=("pearls",), skirt_ramp="bottom", leg_ramp="skin"
    ),
    Person("forcible", "beehive", FORCIBLE, WIDE, skirt=5, wear=("gown",)),
    Person("bobinsky", "moustache", BOBINSKY, WIDE, sleeves="bare", wear=("stripes", "suspenders")),
    Person(
        "other_mother",
        "bob",
        MOM,
        skirt=4,
        wear=("dark_collar", "belt"),
        buttons=True,
        mouth="smile",
    ),
    Person("other_father", "bald", DAD, wear=("zigzag",), buttons=True, mouth="smile"),
    Person(
        "other_wybie",
        "helmet",
        WYBIE,
        CHILD,
        sleeves="gloves",
        wear=("hoodie",),
        buttons=True,
        mouth="smile",
    ),
    Person(
        "other_spink",
        "curls_plume",
        SPINK,
        skirt=3,
        sleeves="bare",
        wear=("sequins", "pearls"),
        buttons=True,
        mouth="smile",
    ),
    Person(
        "other_forcible",
        "beehive",
        FORCIBLE,
        WIDE,
        skirt=5,
        sleeves="bare",
        wear=("sequins", "boa"),
        buttons=True,
        mouth="smile",
    ),
    Person(
        "other_bobinsky", "tophat", BOBINSKY, WIDE, wear=("tailcoat",), buttons=True, mouth="smile"
    ),
    Person(
        "beldam",
        "beldam",
        BELDAM,
        (24, 40),
        skirt=11,
        flare=1,
        sleeves="bare",
        wear=("spider",),
        over=("needles",),
        buttons=True,
    ),
    Person(
        "ghost_1",
        "sailor",
        Body(torso=(4, 4, 4, 4, 4, 4), legs=5),
        CHILD,
        wear=("sailor", "shorts"),
        ghost=True,
    ),
    Person(
        "ghost_2",
        "bows",
        Body(torso=(4, 4, 4, 4, 4), legs=6),
        CHILD,
        skirt=4,
        wear=("pinafore",),
        ghost=True,
    ),
    Person(
        "ghost_3",
        "bonnet",
        Body(torso=(4, 4, 4, 4, 4), legs=6),
        CHILD,
        skirt=5,
        flare=2,
        wear=("ruffles",),
        ghost=True,
    ),
):
    person(spec)


# ---------------------------------------------------------------- Other Bobinsky's rat
# Drawn by hand like the mouse (sprites.py), but longer, grey-black, with red eyes; the
# pink tail is drawn after the outline so it stays a thin line.
RAT_LEGEND = {
    "0": "top0",
    "1": "top1",
    "2": "top2",
    "3": "top3",
    "k": "acc1",
    "K": "acc0",
    "e": "eye",
}
_RAT_SIDE = (
    ".........kk.....",
    ".....1233kKk1...",
    "...1223333211e..",
    "..122333322211kK",
    "..1122222221111.",
    "...11111111100..",
)
_RAT_FEET = {
    "stand": "....0.0...0.0...",
    "stepA": "...0...0.0...0..",
    "stepB": ".....00...00....",
}
_RAT_SIDE_TAIL = {  # a long tail curled up over the rump, swinging as it runs
    "stand": ((1, 11), (0, 10), (0, 9), (1, 8), (2, 7), (3, 7)),
    "stepA": ((1, 11), (0, 10), (0, 9), (0, 8), (1, 7), (2, 6)),
    "stepB": ((1, 11), (0, 11), (0, 10), (0, 9), (1, 8), (2, 8)),
}
_RAT_DOWN = (
    "....kk....kk....",
    "...kKk1111kKk...",
    "....12333321....",
    "....1e3223e1....",
    ".....122221.....",
    "......1kk1......",
)
_RAT_DOWN_FEET = {"stand": ".....0....0.....", "stepA": "......0...0....."}
_RAT_UP = (
    "....kk....kk....",
    "...kKk1111kKk...",
    "....12333321....",
    "....12333321....",
    "....12232221....",
    ".....111111.....",
)
_RAT_UP_FEET = {"stand": ".....0....0.....", "stepA": ".....0...0......"}
_RAT_UP_TAIL = {
    "stand": ((7, 14), (7, 15), (8, 15), (9, 15)),
    "stepA": ((8, 14), (8, 15), (7, 15), (6, 15)),
}


def _rat_frame(rows: tuple[str, ...], tail: tuple[tuple[int, int], ...] = ()) -> Pixels:
    full = ("." * 16,) * 7 + rows + ("." * 16,) * (9 - len(rows))
    assert len(full) == 16 and all(len(r) == 16 for r in full), full
    cv = Canvas(16, 16)
    cv.grid(0, 0, full, RAT_LEGEND)
    pal = colours("rat")
    px = blank(16, 16)
    for y, row in enumerate(cv.cells):
        for x, role in enumerate(row):
            if role:
                px[y][x] = pal[role]
    outline(px, pal["line"])
    for i, (x, y) in enumerate(tail):
        px[y][x] = pal["acc1" if i < len(tail) - 1 else "acc0"]
    return px


def rat() -> Pixels:
    right = [
        _rat_frame((*_RAT_SIDE, _RAT_FEET[k]), _RAT_SIDE_TAIL[k])
        for k in ("stand", "stepA", "stand", "stepB")
    ]
    d0 = _rat_frame((*_RAT_DOWN, _RAT_DOWN_FEET["stand"]))
    d1 = _rat_frame((*_RAT_DOWN, _RAT_DOWN_FEET["stepA"]))
    u0 = _rat_frame((*_RAT_UP, _RAT_UP_FEET["stand"]), _RAT_UP_TAIL["stand"])
    u1 = _rat_frame((*_RAT_UP, _RAT_UP_FEET["stepA"]), _RAT_UP_TAIL["stepA"])
    out = blank(64, 64)
    rows = ([d0, d1, d0, mirror(d1)], [mirror(f) for f in right], right, [u0, u1, u0, mirror(u1)])
    for r, frames in enumerate(rows):
        for col, f in enumerate(frames):
            blit(out, f, col * 16, r * 16)
    return out


def sheets() -> dict[str, Pixels]:
    """Every person's sheet, by actor name (assets/sprites/NAME.png)."""
    out = {name: sheet(p) for name, p in PEOPLE.items()}
    out["rat"] = rat()
    return out
