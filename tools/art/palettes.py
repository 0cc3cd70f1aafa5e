"""Colour palettes for the three worlds, as named colour roles.

Every tile grid names roles ("wood2", "paper3", ...), never colours. A palette maps
each role to an RGBA colour, so the same grid drawn with another palette is the same
room in another world:

* ``real``    -- rainy Oregon: greys, slate blues, faded pinks, dull greens.
* ``other``   -- the same rooms made too perfect: golds, rich reds, glowing oranges,
                 deep teal.
* ``between`` -- the corridor: deep indigo and violet, dim, a little unsettling.

A ramp is written darkest first; ``wood`` with five colours defines the roles
``wood0`` .. ``wood4``. Every palette defines exactly the same roles (checked by
``check_palettes``). ``SPRITE_COLORS`` holds the characters' own colours, which
are the same in every world.
"""

from __future__ import annotations

RGBA = tuple[int, int, int, int]


def hexc(text: str, alpha: int = 255) -> RGBA:
    """'#a1b2c3' -> (161, 178, 195, alpha)."""
    text = text.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), alpha)


def _expand(ramps: dict[str, str]) -> dict[str, RGBA]:
    roles: dict[str, RGBA] = {}
    for name, spec in ramps.items():
        for index, token in enumerate(spec.split()):
            if "/" in token:  # "#rrggbb/aa": a colour with alpha (0-255)
                colour, alpha = token.split("/")
                roles[f"{name}{index}"] = hexc(colour, int(alpha))
            else:
                roles[f"{name}{index}"] = hexc(token)
    return roles


# Ramp names and what they paint:
#   void   outside / nothing           ink    furniture outlines
#   wood   floor planks                furn   furniture wood
#   tile   kitchen floor checker       rug    living-room rug
#   mat    doormat                     cap    top of a wall seen from above
#   paper  wallpaper                   skirt  skirting board
#   glass  window / picture sky        frame  window sash, picture and mirror frames
#   door   the little door             brass  knobs, keyhole plates
#   fabric sofa, armchair              linen  pillows, sheets
#   quilt  bed cover                   metal  stove, sink, tap
#   top    counter top                 leaf   plant leaves
#   bloom  flowers                     pot    flower pot
#   box    cardboard                   shade  lamp shades
#   glow   light (with alpha)          book   book spines (six colours)
#   page   paper, typewriter ink       water  puddle
#   cfloor corridor floor              cwall  corridor wall
#   clight line of light at the corridor's door
#   mirror mirror glass                shadow drop shadows (with alpha)

REAL: dict[str, str] = {
    "void": "#0c0b11 #131219 #1a1922",
    "ink": "#1b1922 #2a2731",
    "wood": "#362e2f #463e3d #564d4a #655b56 #766a62",
    "furn": "#241c20 #372b2d #4a3b3a #5e4c47 #725f57",
    "tile": "#3c4242 #566060 #7d837c #92978d",
    "rug": "#2f2a38 #4a3f52 #7a5f6c #52607a #9a8482",
    "mat": "#2e2824 #463c34 #5e5142 #776852",
    "cap": "#17171f #22232d #2c2e3a #4c5164",
    "paper": "#4a4f5e #5b6172 #687083 #8a7480 #a28e96",
    "skirt": "#2c2d35 #5a5b62 #76777c #93938f",
    "glass": "#3a414d #7f8893 #929aa4 #b3bbc4 #d2d8dd",
    "frame": "#3f4048 #6c6e74 #8d8f92 #abaca9",
    "door": "#2c1f22 #4a3432 #654841 #7e5d51 #977462",
    "brass": "#5a4a32 #8a7552 #b7a47c",
    "fabric": "#262b25 #363e34 #485243 #5b6652 #707c63",
    "linen": "#5d626c #80868e #a0a5aa #bcc0c1",
    "quilt": "#3e2c36 #5a4049 #74575e #8c6f73",
    "metal": "#2e3239 #474d56 #646b75 #858c95 #a7adb3",
    "top": "#3f4647 #5a6462 #77817c #949b93",
    "leaf": "#222b22 #34412f #4b5840 #63704f",
    "bloom": "#5e4a44 #7a5e54 #947566",
    "pot": "#4a332e #674740 #825d50",
    "box": "#3e3228 #5c4a38 #77624a #8f7a5c #a8987c",
    "shade": "#5b5349 #7a7060 #978b76 #b1a48c",
    "glow": "#f2dcaa/22 #f2dcaa/44 #fff0c8/88",
    "book": "#5a3840 #34435a #465a3e #6e5c3e #6a5468 #8a806e",
    "page": "#2b2a33 #9b9c9a #c2c3bd",
    "water": "#2a3340 #3d4a5c #5e6e84 #91a3b8",
    "cfloor": "#1e1c22 #2b282f #39353c #48434a",
    "cwall": "#25222a #332f38 #423d47 #534d58 #6a6470",
    "clight": "#c8c0a8 #e8e0c8",
    "mirror": "#3a4250 #566072 #7b8697 #b4bfcc",
    "shadow": "#07060c/70 #07060c/120",
}

OTHER: dict[str, str] = {
    "void": "#140607 #1e0a0c #2a0f12",
    "ink": "#2a0a10 #44141a",
    "wood": "#4a1a0e #722e14 #93421a #ad5722 #c8722e",
    "furn": "#3a0c10 #5e1416 #86231c #ab3a22 #d0602c",
    "tile": "#0b3a3c #147270 #edd49c #fff0c4",
    "rug": "#4a0a16 #8e1624 #c83a28 #12706a #f0b444",
    "mat": "#5a2410 #8c4618 #ba6a26 #e0963a",
    "cap": "#2a0a10 #441219 #5c1b22 #c98a3a",
    "paper": "#6c0f1c #921a26 #ab262c #dc9a3a #f8d070",
    "skirt": "#08282e #0d5056 #13746e #36a28e",
    "glass": "#b02a3a #e0522e #f5862e #ffbc4c #fff1a8",
    "frame": "#6a3410 #a8661a #dca23c #ffe392",
    "door": "#4a1a0e #7a3014 #a44a1c #cc6c28 #ee9640",
    "brass": "#8c5a0e #e0a62c #fff2a4",
    "fabric": "#07333a #0c5556 #137a72 #26a08a #5ccaa8",
    "linen": "#b07a4a #dcae76 #f4d49c #fff3cf",
    "quilt": "#5a0a18 #961a26 #c8302c #ec5e3a",
    "metal": "#5a2418 #8c4628 #c27a48 #ebb27a #fff0cc",
    "top": "#8a5426 #b8803a #deaa56 #f8d486",
    "leaf": "#0b4a2a #177a34 #38a43c #86d84e",
    "bloom": "#b8143a #f2504e #ffb0a0",
    "pot": "#7a2412 #b24a1e #e07e36",
    "box": "#5e1a10 #9a3218 #cc5a24 #f08c34 #ffd37a",
    "shade": "#a44416 #dc7826 #fbb248 #ffe596",
    "glow": "#ffc860/30 #ffc860/58 #fff0b0/160",
    "book": "#8e1a26 #136e68 #d8a22c #5a1a68 #c4581e #2a5aa0",
    "page": "#4a1e10 #f0dcb6 #fff7e4",
    "water": "#4a1c1c #7e3a2c #c27a44 #f6c880",
    "cfloor": "#3a1218 #521a22 #6c252c #863238",
    "cwall": "#4a101c #6a1a26 #8e2a32 #b0423e #d0684c",
    "clight": "#ffd27a #fff4c8",
    "mirror": "#5a2a30 #9a5a48 #d89a66 #fff0c0",
    "shadow": "#200406/70 #200406/120",
}

BETWEEN: dict[str, str] = {
    "void": "#05040b #0a0815 #100d1f",
    "ink": "#070510 #120e22",
    "wood": "#120d22 #1c1532 #261d44 #312654 #3e3066",
    "furn": "#0d0919 #161028 #21183a #2c204b #3a2c60",
    "tile": "#0f0b1e #1b1634 #2b2450 #3a3266",
    "rug": "#120a22 #22123a #3c1c56 #1c2852 #5a3c7c",
    "mat": "#0e0a1a #191230 #241a42 #322456",
    "cap": "#06050d #0d0a1a #151028 #372c66",
    "paper": "#140f28 #1c1636 #241c44 #38295c #56448a",
    "skirt": "#0b0816 #1a1430 #261e42 #382e5c",
    "glass": "#0a0818 #141030 #1e1846 #2c245e #4c4290",
    "frame": "#151023 #261e3c #3a2e58 #52447a",
    "door": "#100a1c #1c1230 #281a44 #352458 #44306c",
    "brass": "#3e3260 #6e5ca0 #a898dc",
    "fabric": "#0c0a1c #15122e #1f1b42 #2a2656 #38346e",
    "linen": "#241e44 #342c5e #463e78 #5c5494",
    "quilt": "#1a0c2a #2a1444 #3c1e5e #502a78",
    "metal": "#0e0c1c #1a1630 #282246 #383060 #4c4480",
    "top": "#16122a #221c3e #302856 #40366e",
    "leaf": "#0a0c1a #12182c #1c2440 #283256",
    "bloom": "#2e1446 #4a2066 #6a3488",
    "pot": "#1a0e24 #281634 #382048",
    "box": "#120c20 #1e1530 #2a1e42 #382856 #4a366c",
    "shade": "#221838 #32244e #463468 #5c4886",
    "glow": "#a090ff/18 #a090ff/34 #c8bcff/70",
    "book": "#2a1238 #141e40 #1a2a36 #32244a #3a1a44 #46406a",
    "page": "#080612 #3c3660 #5a5286",
    "water": "#0a0a1a #141634 #242a56 #46508c",
    "cfloor": "#0e0a1b #17112a #201838 #2c2149",
    "cwall": "#0e0a1c #17102c #22183e #2e2152 #3d2c68",
    "clight": "#f2c46a #fff0c0",
    "mirror": "#0e0c22 #1c1a40 #34306a #6a64b0",
    "shadow": "#000000/90 #000000/140",
}


def _build() -> dict[str, dict[str, RGBA]]:
    """The house's ramps joined with those of the other parts (their own modules)."""
    from . import palettes_attic, palettes_grounds, palettes_hunt, palettes_venues

    built = {}
    for name, ramps in (("real", REAL), ("other", OTHER), ("between", BETWEEN)):
        joined = dict(ramps)
        for part in (palettes_grounds, palettes_venues, palettes_attic, palettes_hunt):
            joined.update(part.RAMPS[name])
        built[name] = _expand(joined)
    return built


PALETTES: dict[str, dict[str, RGBA]] = _build()

# Colours of the characters; the same in every world.
SPRITE_COLORS: dict[str, RGBA] = {
    "outline": hexc("#1a1220"),
    # Coraline
    "hair0": hexc("#2e1a14"),
    "hair1": hexc("#4a2c1c"),
    "hair2": hexc("#6c4228"),
    "skin0": hexc("#c98a6c"),
    "skin1": hexc("#eeb894"),
    "skin2": hexc("#fad4b4"),
    "blush": hexc("#e2907c"),
    "eye": hexc("#1a1220"),
    "coat0": hexc("#7a5210"),
    "coat1": hexc("#b5861c"),
    "coat2": hexc("#ddb032"),
    "coat3": hexc("#f3d466"),
    "button": hexc("#5a3a12"),
    "pants0": hexc("#3c3f4a"),
    "pants1": hexc("#5a5e6a"),
    "pants2": hexc("#767b86"),
    "boot0": hexc("#6e1420"),
    "boot1": hexc("#b0242a"),
    "boot2": hexc("#e4504a"),
    # the cat
    "cat_rim": hexc("#5c5874"),
    "cat0": hexc("#0f0d15"),
    "cat1": hexc("#1d1a26"),
    "cat2": hexc("#2f2b3b"),
    "cat_eye": hexc("#d6eeb0"),
    "cat_pupil": hexc("#0f0d15"),
    "cat_nose": hexc("#6a4a5a"),
    # the mouse
    "mouse_line": hexc("#2a2024"),
    "mouse0": hexc("#5e4c44"),
    "mouse1": hexc("#836c5e"),
    "mouse2": hexc("#a89080"),
    "mouse_pink": hexc("#e29a9e"),
    "mouse_pink0": hexc("#b46e76"),
    "mouse_eye": hexc("#0c0a10"),
}


def check_palettes() -> None:
    """Every palette defines the same roles."""
    names = set(PALETTES["real"])
    for key, palette in PALETTES.items():
        if set(palette) != names:
            missing = sorted(names ^ set(palette))
            raise ValueError(f"palette {key!r} differs in roles: {missing}")
