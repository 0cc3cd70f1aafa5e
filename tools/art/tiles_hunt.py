"""Tiles of the eye hunt and the ending, ids 160..167 (see tiles.py for the grid format).

Small things that lie on the floor, drawn like furniture pieces (transparent ground,
a soft shadow, the bottom of the thing near the bottom of the tile) but walkable:
paint them on a layer above the floor.

* 160/161 ``ghost_eye``: one of the ghost children's lost eyes, a glass marble with a
  pale white, a cold iris, a dark pupil and a glint; the glint flares (animated).
* 162/163 ``snow_globe``: the snow globe her parents are shut in, a glass dome on a dark
  base, the two of them tiny inside on a mound of snow; the snow drifts (animated).

Ids 164..167 are free. Colours: palettes_hunt.py (ramps named hu...); the eyes stay cold
and pale in every world so they are easy to find on the Other World's warm floors.
"""

from __future__ import annotations

from .tiles import INK, Legend, T, TileDef, layer, merge

# ---------------------------------------------------------------- legends
EYE_L: Legend = merge(
    INK,
    {"o": "hueye0", "a": "hueye1", "b": "hueye2", "c": "hueye3"},
    {"i": "huiris0", "j": "huiris1", "p": "hupupil0"},
    {"w": "huglint0", "W": "huglint1", "g": "huglow0", "G": "huglow1"},
)
GLOBE_L: Legend = merge(
    INK,
    {"a": "huwater0", "b": "huwater1", "c": "huwater2", "n": "husnow0", "N": "husnow1"},
    {"m": "hufig0", "d": "hufig1", "f": "hufig2", "h": "hufig3", "r": "hufig4"},
    {"0": "hubase0", "1": "hubase1", "2": "hubase2", "3": "hubase3"},
    {"t": "hutrim0", "T": "hutrim1"},
)
SNOW_L: Legend = {"w": "husnow1"}
DOME_L: Legend = {"G": "huglass0", "g": "huglass1", "H": "huglass2"}

# ---------------------------------------------------------------- a lost eye
EYE_SHADOW = layer(
    EYE_L,
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "....sssssssss...",
    "...sszzzzzzss...",
    "....sssssssss...",
    "................",
)
# A faint halo, so the eye can be found in a dark room; brighter as it glints.
EYE_HALO_A = layer(
    EYE_L,
    "................",
    "................",
    "................",
    "................",
    ".....ggggg......",
    "....g.....g.....",
    "...g.......g....",
    "..g.........g...",
    "..g.........g...",
    "..g.........g...",
    "...g.......g....",
    "................",
    "................",
    "................",
    "................",
    "................",
)
EYE_HALO_B = layer(
    EYE_L,
    "................",
    "................",
    "................",
    ".....ggggg......",
    "....gGGGGGg.....",
    "...gG.....Gg....",
    "..gG.......Gg...",
    "..G.........G...",
    "..G.........G...",
    "..G.........G...",
    "..gG.......Gg...",
    "...g.......g....",
    "................",
    "................",
    "................",
    "................",
)
EYE_A = layer(
    EYE_L,
    "................",
    "................",
    "................",
    "................",
    "................",
    "......ooo.......",
    "....oocccoo.....",
    "....obiiibo.....",
    "...obiwppiao....",
    "...obipppjao....",
    "...objpppjao....",
    "....oajjjao.....",
    "....ooaaaoo.....",
    "......ooo.......",
    "................",
    "................",
)
EYE_B = layer(
    EYE_L,
    "................",
    "................",
    "................",
    "...........W....",
    "..........WwW...",
    "......ooo..W....",
    "....oocwcoo.....",
    "....obwwibo.....",
    "...obiwppiao....",
    "...obipppjao....",
    "...objpppjao....",
    "....oajjjao.....",
    "....ooaaaoo.....",
    "......ooo.......",
    "................",
    "................",
)

# ---------------------------------------------------------------- the snow globe
GLOBE = layer(
    GLOBE_L,
    "................",
    "................",
    ".....ccccc......",
    "....ccccccc.....",
    "...ccrccchcc....",
    "...brfrbbfbb....",
    "...bdddbmmmb....",
    "...adddbmbma....",
    "...annNNNnna....",
    "....nnNNNnn.....",
    "..o333333333o...",
    ".o22222222211o..",
    ".o222tTTTt211o..",
    ".o11111111100o..",
    "..ooooooooooosss",
    "...sssssssssss..",
)
SNOW_A = layer(
    SNOW_L,
    "................",
    "................",
    "........w.......",
    "................",
    "................",
    "...........w....",
    "....w...........",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)
SNOW_B = layer(
    SNOW_L,
    "................",
    "................",
    "................",
    "......w...w.....",
    "................",
    "................",
    "...........w....",
    "...w............",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)
DOME = layer(
    DOME_L,
    "................",
    ".....GGGGG......",
    "...GGHH...GG....",
    "...GH......G....",
    "..GH........G...",
    "..G.........G...",
    "..G.........G...",
    "..G........gG...",
    "..G........gG...",
    "...G......gG....",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)


# ---------------------------------------------------------------- table
TILES: dict[int, TileDef] = {
    160: T("ghost_eye", False, EYE_SHADOW, EYE_HALO_A, EYE_A),
    161: T("ghost_eye_glint", False, EYE_SHADOW, EYE_HALO_B, EYE_B),
    162: T("snow_globe", False, GLOBE, SNOW_A, DOME),
    163: T("snow_globe_glint", False, GLOBE, SNOW_B, DOME),
}

OVERRIDES: dict[str, dict[int, TileDef]] = {"real": {}, "other": {}, "between": {}}

# The eye's glint flares; the snow drifts in the globe.
ANIMATIONS: dict[int, tuple[tuple[int, int], ...]] = {
    160: ((160, 400), (161, 400)),
    162: ((162, 400), (163, 400)),
}
