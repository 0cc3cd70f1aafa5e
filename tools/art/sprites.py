"""Character sprite sheets: Coraline (16x24 frames), the cat and the mouse (16x16).

Sheet layout: 4 columns = walk frames (0 stand, 1 step A, 2 stand, 3 step B),
4 rows = facing down, left, right, up. The left-facing row is the right-facing row
mirrored. Frames are drawn without their outer outline; ``outline`` adds a 1 px
outline around the silhouette afterwards, so every grid keeps a transparent margin.
Feet stand on the frame's bottom rows (the game anchors sprites bottom-centre).
"""

from __future__ import annotations

from . import hand, people
from .palettes import SPRITE_COLORS as C
from .render import Pixels, blank, blit, from_rows, mirror, outline


def _sheet(down: list[Pixels], right: list[Pixels], up: list[Pixels], height: int) -> Pixels:
    """A 4x4 sheet of 16 px wide frames: rows down, left, right, up (left mirrors right)."""
    sheet = blank(64, 4 * height)
    left = [mirror(f) for f in right]
    for row, frames in enumerate((down, left, right, up)):
        for col, frame in enumerate(frames):
            blit(sheet, frame, col * 16, row * height)
    return sheet


# ---------------------------------------------------------------- Coraline
# An original design: dark-brown bob with a straight fringe, mustard raincoat with
# toggle buttons, grey trousers, red rubber boots.
CORALINE_LEGEND = {
    "H": C["hair0"],
    "h": C["hair1"],
    "j": C["hair2"],
    "s": C["skin0"],
    "S": C["skin1"],
    "T": C["skin2"],
    "b": C["blush"],
    "e": C["eye"],
    "C": C["coat0"],
    "Y": C["coat1"],
    "y": C["coat2"],
    "u": C["coat3"],
    "n": C["button"],
    "p": C["pants0"],
    "P": C["pants1"],
    "q": C["pants2"],
    "r": C["boot0"],
    "R": C["boot1"],
    "W": C["boot2"],
    "o": C["outline"],
}

_CORA_DOWN_TOP = (
    "................",
    "......HHHH......",
    "....HHhjjhHH....",
    "...HhhjjjhhhH...",
    "...HhjjhhhhhH...",
    "...HhhhhhhhhH...",
    "...HhhHhhHhhH...",
    "...HhTTTTTThH...",
    "...HhTeTTeThH...",
    "...HhbSSSSbhH...",
    "...HHhsSSshHH...",
    "...HH.CuuC.HH...",
    "....CYyuuyYC....",
    "...yYyuyCYYYC...",
    "...yYyuyCnYYC...",
    "...yYyyyCYYYC...",
    "...SYyyyCnYYs...",
    "....CYYYCYYC....",
)
_CORA_DOWN_LEGS = {
    "stand": (
        ".....pq..qp.....",
        ".....pP..Pp.....",
        "....RWR..RWR....",
        "....RRr..RRr....",
        "....rrr..rrr....",
        "................",
    ),
    "stepA": (
        ".....pq..qp.....",
        "....RWR..Pp.....",
        "....RRr..RWR....",
        "....rrr..RRr....",
        ".........rrr....",
        "................",
    ),
}

_CORA_SIDE_TOP = (
    "................",
    ".....HHHHH......",
    "....HhjjhhHH....",
    "...HhjjjhhhhH...",
    "...HhjhhhhhhhH..",
    "...HhhhhhhhhhH..",
    "...HhhhhhhHhHH..",
    "...HhhhhhHTTTT..",
    "...HhhhhhHTTeT..",
    "...HhhhhhHTSbS..",
    "...HHhhhHHsSS...",
    "....HHHH.CuY....",
)
_CORA_SIDE_BODY = {
    "stand": (
        ".....CYyuyY.....",
        ".....CYyuyY.....",
        ".....CyCyyn.....",
        ".....CyCyyY.....",
        ".....CYsyyY.....",
        ".....CYYYYYC....",
        "......pqPp......",
        "......pPPp......",
        "......RRWRR.....",
        "......RRRRR.....",
        "......rrrrr.....",
        "................",
    ),
    "stepA": (
        ".....CYyuyY.....",
        ".....CYyuyY.....",
        ".....CYyyCyn....",
        ".....CYyyyCY....",
        ".....CYyyyYs....",
        "....CYYYYYYC....",
        ".....pP..Pq.....",
        "....pP....Pq....",
        "...RRW....RRWR..",
        "...RRRR...RRRR..",
        "...rrrr...rrrr..",
        "................",
    ),
    "stepB": (
        ".....CYyuyY.....",
        ".....CYyuyY.....",
        "....CyYyyyn.....",
        "....CyYyyyY.....",
        "....sCYyyyY.....",
        "....CYYYYYYC....",
        ".....pP..Pq.....",
        ".....pP..Pq.....",
        "....RRW..RRWR...",
        "....RRRR.RRRR...",
        "....rrrr.rrrr...",
        "................",
    ),
}

_CORA_UP_TOP = (
    "................",
    "......HHHH......",
    "....HHhjjhHH....",
    "...HhhjjjhhhH...",
    "...HhjjhhhhhH...",
    "...HhjhhhhhhH...",
    "...HhhhhhhhhH...",
    "...HhhhhhhhhH...",
    "...HhhhhhhhhH...",
    "...HhhhhhhhhH...",
    "...HHhhhhhhHH...",
    "...HHHhhhhHHH...",
    "....CYuuuyYC....",
    "...yYCyyyYCYC...",
    "...yYyCCCCYYC...",
    "...yYyyyyYYYC...",
    "...SYyyyyYYYs...",
    "....CYYYYYYC....",
)


def _cora_frame(top: tuple[str, ...], legs: tuple[str, ...]) -> Pixels:
    rows = list(top) + list(legs)
    assert len(rows) == 24 and all(len(r) == 16 for r in rows), rows
    px = from_rows(rows, CORALINE_LEGEND)
    outline(px, C["outline"])
    return px


def _flip_rows(rows: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(r[::-1] for r in rows)


def _swap_row(rows: tuple[str, ...], index: int, row: str) -> tuple[str, ...]:
    """rows with rows[index] replaced (arm swing in step frames)."""
    return tuple(row if i == index else r for i, r in enumerate(rows))


def coraline() -> Pixels:
    stand_legs = _CORA_DOWN_LEGS["stand"]
    step_legs = _CORA_DOWN_LEGS["stepA"]
    down_top_a = _swap_row(_CORA_DOWN_TOP, 16, "...SYyyyCnYYC...")
    down_top_b = _swap_row(_CORA_DOWN_TOP, 16, "...yYyyyCnYYs...")
    down = [
        _cora_frame(_CORA_DOWN_TOP, stand_legs),
        _cora_frame(down_top_b, step_legs),
        _cora_frame(_CORA_DOWN_TOP, stand_legs),
        _cora_frame(down_top_a, _flip_rows(step_legs)),
    ]
    side_top = _CORA_SIDE_TOP
    right = [
        _cora_frame(side_top, _CORA_SIDE_BODY["stand"]),
        _cora_frame(side_top, _CORA_SIDE_BODY["stepA"]),
        _cora_frame(side_top, _CORA_SIDE_BODY["stand"]),
        _cora_frame(side_top, _CORA_SIDE_BODY["stepB"]),
    ]
    up_legs = (
        ".....pq..qp.....",
        ".....pP..Pp.....",
        "....RWR..RWR....",
        "....RRr..RRr....",
        "....rrr..rrr....",
        "................",
    )
    up_step = (
        ".....pq..qp.....",
        ".....pP..RWR....",
        "....RWR..RRr....",
        "....RRr..rrr....",
        "....rrr.........",
        "................",
    )
    up = [
        _cora_frame(_CORA_UP_TOP, up_legs),
        _cora_frame(_swap_row(_CORA_UP_TOP, 16, "...yYyyyyYYYs..."), up_step),
        _cora_frame(_CORA_UP_TOP, up_legs),
        _cora_frame(_swap_row(_CORA_UP_TOP, 16, "...SYyyyyYYYC..."), _flip_rows(up_step)),
    ]
    return _sheet(down, right, up, 24)


# ---------------------------------------------------------------- the cat
CAT_LEGEND = {
    "0": C["cat0"],
    "1": C["cat1"],
    "2": C["cat2"],
    "E": C["cat_eye"],
    "p": C["cat_pupil"],
    "n": C["cat_nose"],
    "r": C["cat_rim"],
}
_CAT_SIDE_TOP = (
    "................",
    "................",
    "................",
    "..2.............",
    ".21.............",
    ".1..............",
    ".1.........2.2..",
    ".10........1212.",
    "..1.......11111.",
    "..10......1EE0n.",
    "...10000001110..",
    "...2222222110...",
    "...0000000000...",
)
_CAT_SIDE_LEGS = {
    "stand": ("....0.0..0.0....", "....0.0..0.0....", "................"),
    "stepA": ("...0..0..0..0...", "...0...0.0...0..", "................"),
    "stepB": ("....0.0..0.0....", "....00....00....", "................"),
}
_CAT_DOWN = (
    "................",
    "................",
    "................",
    "................",
    "....2.....2.....",
    "....12...21.....",
    "....1111111.....",
    "....1E111E1.....",
    "....111n111.....",
    ".....11111......",
    ".....02220......",
    ".....0222000.2..",
    ".....0000000.1..",
    ".....00000001...",
)
_CAT_DOWN_LEGS = {
    "stand": (".....0.0.0.00...", "................"),
    "stepA": (".....0.0...00...", "................"),
    "stepB": (".......0.0.00...", "................"),
}
_CAT_UP = (
    "................",
    "................",
    "................",
    "................",
    "....2.....2.....",
    "....12...21.....",
    "....1221111.....",
    "....1211111.....",
    "....1111111.....",
    ".....10001...2..",
    ".....02220...1..",
    ".....02220..1...",
    ".....0000000....",
    ".....0000000....",
)


def _cat_frame(rows: tuple[str, ...]) -> Pixels:
    assert len(rows) == 16 and all(len(r) == 16 for r in rows), rows
    px = from_rows(rows, CAT_LEGEND)
    outline(px, C["cat_rim"])
    return px


def cat() -> Pixels:
    right = [
        _cat_frame(_CAT_SIDE_TOP + _CAT_SIDE_LEGS[k]) for k in ("stand", "stepA", "stand", "stepB")
    ]
    down = [_cat_frame(_CAT_DOWN + _CAT_DOWN_LEGS[k]) for k in ("stand", "stepA", "stand", "stepB")]
    up = [_cat_frame(_CAT_UP + _CAT_DOWN_LEGS[k]) for k in ("stand", "stepB", "stand", "stepA")]
    return _sheet(down, right, up, 16)


# ---------------------------------------------------------------- the mouse
MOUSE_LEGEND = {
    "0": C["mouse0"],
    "1": C["mouse1"],
    "2": C["mouse2"],
    "k": C["mouse_pink"],
    "K": C["mouse_pink0"],
    "e": C["mouse_eye"],
}
_MOUSE_SIDE = {
    "stand": (
        ".......kk.......",
        ".....1kKk1......",
        "....1222111.....",
        "...122221e11....",
        "...1111111111k..",
        "....00000000....",
        ".....K....K.....",
    ),
    "stepA": (
        ".......kk.......",
        ".....1kKk1......",
        "....1222111.....",
        "...122221e11....",
        "...1111111111k..",
        "....00000000....",
        "....K......K....",
    ),
    "stepB": (
        ".......kk.......",
        ".....1kKk1......",
        "....1222111.....",
        "...122221e11....",
        "...1111111111k..",
        "....00000000....",
        "......K..K......",
    ),
}
# The tail is drawn after the outline, so it stays a thin pink line.
_MOUSE_SIDE_TAIL = {
    "stand": ((2, 13), (1, 13), (0, 12)),
    "stepA": ((2, 13), (1, 14), (0, 14)),
    "stepB": ((2, 13), (1, 12), (0, 12)),
}
_MOUSE_DOWN = {
    "stand": (
        "....kk....kk....",
        "...kKk1111kKk...",
        "....k122221k....",
        ".....1e22e1.....",
        ".....112211.....",
        "......1kk1......",
        ".....K....K.....",
    ),
    "stepA": (
        "....kk....kk....",
        "...kKk1111kKk...",
        "....k122221k....",
        ".....1e22e1.....",
        ".....112211.....",
        "......1kk1......",
        "......K...K.....",
    ),
}
_MOUSE_UP = {
    "stand": (
        "....kk....kk....",
        "...kKk1111kKk...",
        "....k122221k....",
        ".....122221.....",
        ".....111111.....",
        "......0000......",
        "................",
    ),
    "stepA": (
        "....kk....kk....",
        "...kKk1111kKk...",
        "....k122221k....",
        ".....122221.....",
        ".....111111.....",
        "......0000......",
        "................",
    ),
}
_MOUSE_UP_TAIL = {"stand": ((8, 15),), "stepA": ((7, 15),)}


def _mouse_frame(rows: tuple[str, ...], tail: tuple[tuple[int, int], ...] = ()) -> Pixels:
    full = ("." * 16,) * 8 + rows + ("." * 16,)
    assert len(full) == 16 and all(len(r) == 16 for r in full), full
    px = from_rows(full, MOUSE_LEGEND)
    outline(px, C["mouse_line"])
    for x, y in tail:
        px[y][x] = C["mouse_pink0"]
    return px


def mouse() -> Pixels:
    walk = ("stand", "stepA", "stand", "stepB")
    right = [_mouse_frame(_MOUSE_SIDE[k], _MOUSE_SIDE_TAIL[k]) for k in walk]
    down = [_mouse_frame(_MOUSE_DOWN["stand"]), _mouse_frame(_MOUSE_DOWN["stepA"])]
    down = [down[0], down[1], down[0], mirror(down[1])]
    up = [
        _mouse_frame(_MOUSE_UP["stand"], _MOUSE_UP_TAIL["stand"]),
        _mouse_frame(_MOUSE_UP["stepA"], _MOUSE_UP_TAIL["stepA"]),
    ]
    up = [up[0], up[1], up[0], mirror(up[1])]
    return _sheet(down, right, up, 16)


def sheets() -> dict[str, Pixels]:
    """Coraline, the cat and the mouse, the story's people (people.py) and the hand (hand.py)."""
    return {
        "coraline": coraline(),
        "cat": cat(),
        "mouse": mouse(),
        **people.sheets(),
        **hand.sheets(),
    }
