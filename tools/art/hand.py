"""The beldam's severed hand, scuttling on its long needle fingers like a spider (16x16).

Sheet layout as the mouse's (sprites.py): 4 columns of walk frames (stand, step A, stand,
step B) x 4 rows of facings (down, left, right, up; left mirrors right). The hand is seen
from above, palm down, the cut wrist behind it and the five fingers curled forward and
splayed like a spider's legs, bone-white up to the needle points, which are dark.

It is drawn once, pointing right: the back of the hand is a small grid with a 1 px
outline; each finger is a thin line through its joints (root on the hand, knuckle, the
bend, tip), drawn after the outline so it stays one pixel wide. Turned a quarter the
same drawing points down (the fingertips on the frame's bottom rows) or up (the wrist at
the bottom), so the thumb is on the side it should be on a right hand. In each step the
hand lifts a pixel and two fingers reach while the others hold.
Colours: the "hand" palette in palettes_people.py.
"""

from __future__ import annotations

from itertools import pairwise

from .palettes import RGBA
from .palettes_people import colours
from .render import Pixels, blank, blit, mirror, outline

Point = tuple[int, int]
Finger = tuple[Point, ...]  # root, joints, tip

HAND_LEGEND = {
    "0": "skin0",
    "1": "skin1",
    "2": "skin2",
    "3": "skin3",
    "c": "top0",
    "C": "top1",
    "k": "top2",
}

# The back of the hand, pointing right, the cut wrist behind it (lit from the top left).
_HAND = (
    "................",
    "................",
    "................",
    "................",
    "................",
    ".....12333......",
    ".Ck.1233333.....",
    ".kC11233333.....",
    ".Ck.1223332.....",
    ".....11221......",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)

# The fingers in each pose: root, knuckle, bend, tip; the bend and the tip stay where
# they are while the hand lifts.
_FINGERS: dict[str, tuple[Finger, ...]] = {
    "stand": (
        ((7, 5), (8, 2), (11, 1), (12, 2)),  # thumb
        ((10, 6), (12, 3), (14, 3), (15, 5)),  # index
        ((11, 7), (13, 6), (15, 8), (15, 9)),  # middle
        ((10, 8), (13, 9), (14, 11), (14, 12)),  # ring
        ((8, 9), (10, 11), (11, 13), (11, 14)),  # little finger
    ),
    "stepA": (  # index and ring reach, the others hold
        ((7, 5), (8, 2), (11, 1), (12, 2)),
        ((10, 6), (12, 3), (14, 2), (15, 3)),
        ((11, 7), (13, 6), (15, 8), (15, 9)),
        ((10, 8), (13, 10), (15, 11), (15, 12)),
        ((8, 9), (10, 11), (11, 13), (11, 14)),
    ),
    "stepB": (  # thumb, middle and little finger reach
        ((7, 5), (9, 2), (12, 1), (13, 2)),
        ((10, 6), (12, 3), (14, 3), (15, 5)),
        ((11, 7), (13, 5), (15, 6), (15, 7)),
        ((10, 8), (13, 9), (14, 11), (14, 12)),
        ((8, 9), (11, 11), (12, 13), (12, 14)),
    ),
}
WALK = ("stand", "stepA", "stand", "stepB")
LIFT = {"stand": 0, "stepA": 1, "stepB": 1}

# Which way "up the screen" is in the right-pointing drawing, per facing: the hand
# lifts that way, so it rises on screen once the frame is turned.
_UP = {"right": (0, -1), "down": (-1, 0), "up": (1, 0)}


def _line(a: Point, b: Point) -> list[Point]:
    """The pixels from a to b (Bresenham), both ends included."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx, sy = (1 if x1 > x0 else -1), (1 if y1 > y0 else -1)
    err = dx + dy
    out = [(x0, y0)]
    while (x0, y0) != (x1, y1):
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy
        out.append((x0, y0))
    return out


def _finger(px: Pixels, finger: Finger, pal: dict[str, RGBA]) -> None:
    """Bone-white, brightest on the knuckle, a shade darker past it; the last two
    pixels dark: the needle point."""
    points: list[Point] = []
    for a, b in pairwise(finger):
        points += _line(a, b)[1:]
    knuckle = finger[1]
    past = False
    for i, (x, y) in enumerate(points):
        if not (0 <= x < 16 and 0 <= y < 16):
            raise ValueError(f"finger {finger} leaves the frame at {(x, y)}")
        role = "skin3" if (x, y) == knuckle else "skin1" if past else "skin2"
        past = past or (x, y) == knuckle
        px[y][x] = pal[{1: "acc0", 2: "acc1"}.get(len(points) - i, role)]


def _frame(pose: str, facing: str) -> Pixels:
    """One frame pointing right, the hand lifted towards the facing's screen-up."""
    pal = colours("hand")
    ux, uy = _UP[facing]
    lift = LIFT[pose]
    dx, dy = ux * lift, uy * lift
    px = blank(16, 16)
    for y, row in enumerate(_HAND):
        for x, ch in enumerate(row):
            if ch != ".":
                px[y + dy][x + dx] = pal[HAND_LEGEND[ch]]
    outline(px, pal["line"])
    for finger in _FINGERS[pose]:  # the root and the knuckle rise with the hand
        raised = tuple((x + dx, y + dy) for x, y in finger[:2])
        _finger(px, (*raised, *finger[2:]), pal)
    return px


def _turn(px: Pixels, clockwise: bool) -> Pixels:
    """A quarter turn of a square frame."""
    n = len(px)
    if clockwise:
        return [[px[n - 1 - x][y] for x in range(n)] for y in range(n)]
    return [[px[x][n - 1 - y] for x in range(n)] for y in range(n)]


def hand() -> Pixels:
    right = [_frame(k, "right") for k in WALK]
    down = [_turn(_frame(k, "down"), clockwise=True) for k in WALK]
    up = [_turn(_frame(k, "up"), clockwise=False) for k in WALK]
    out = blank(64, 64)
    for r, frames in enumerate((down, [mirror(f) for f in right], right, up)):
        for col, f in enumerate(frames):
            blit(out, f, col * 16, r * 16)
    return out


def sheets() -> dict[str, Pixels]:
    return {"hand": hand()}
