"""Tile grids for the three tilesets (16x16, ids 0..167, 8 columns).

Ids 0..47 are the house (this module); 48..87 the grounds and the garden
(`tiles_grounds.py`); 88..123 the ladies' flat, the theater and the room behind
the mirror (`tiles_venues.py`); 124..159 the attic and the circus (`tiles_attic.py`);
160..167 the eye hunt and the ending (`tiles_hunt.py`).
Each part gives its own `TILES`, `OVERRIDES` and `ANIMATIONS`; this module joins them.

A tile is a stack of layers. Each layer is 16 rows of 16 characters plus a legend
that maps a character to a palette role (see palettes.py); '.' is transparent, so an
upper layer only paints what it names. The same grids are drawn with the real,
other and between palettes; ``OVERRIDES`` replaces a tile's layers in one palette
where the content differs (a rainy window against a sunset, a droopy plant against
a blooming one).

Effects applied after the layers: ``("shade_top", n)`` darkens the top rows with a
soft band (a floor under a wall face) and ``("darken", pct)`` darkens the whole tile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Legend = dict[str, str]


@dataclass(frozen=True)
class Layer:
    rows: tuple[str, ...]
    legend: Legend


@dataclass(frozen=True)
class TileDef:
    name: str
    solid: bool
    layers: tuple[Layer, ...]
    effects: tuple[tuple[str, int], ...] = field(default=())


def layer(legend: Legend, *rows: str) -> Layer:
    if len(rows) != 16 or any(len(r) != 16 for r in rows):
        bad = [i for i, r in enumerate(rows) if len(r) != 16]
        raise ValueError(f"layer must be 16x16 (rows {len(rows)}, bad rows {bad})")
    for row in rows:
        for ch in row:
            if ch != "." and ch not in legend:
                raise ValueError(f"character {ch!r} missing from legend {sorted(legend)}")
    return Layer(tuple(rows), legend)


def mirrored(src: Layer) -> Layer:
    return Layer(tuple(r[::-1] for r in src.rows), src.legend)


def merge(*legends: Legend) -> Legend:
    out: Legend = {}
    for lg in legends:
        out.update(lg)
    return out


# ---------------------------------------------------------------- legends
WOOD: Legend = {"g": "wood0", "d": "wood1", "m": "wood2", "l": "wood3", "h": "wood4"}
PAPER: Legend = {
    "d": "paper0",
    "b": "paper1",
    "l": "paper2",
    "p": "paper3",
    "q": "paper4",
    "K": "skirt0",
    "S": "skirt1",
    "T": "skirt2",
    "U": "skirt3",
}
INK: Legend = {"o": "ink0", "O": "ink1", "s": "shadow0", "z": "shadow1"}
FURN: Legend = merge(INK, {"0": "furn0", "1": "furn1", "2": "furn2", "3": "furn3", "4": "furn4"})
CAP: Legend = {"k": "cap0", "c": "cap1", "n": "cap2", "r": "cap3"}
FRAME: Legend = {"F": "frame0", "f": "frame1", "e": "frame2", "E": "frame3"}
GLASS: Legend = {"1": "glass0", "2": "glass1", "3": "glass2", "4": "glass3", "5": "glass4"}

# ---------------------------------------------------------------- floors
FLOOR_WOOD = layer(
    WOOD,
    "mmmmlllmmmmmmllm",
    "mmmmmmmmmmmmmmmm",
    "mddmmmmmmmmmmmmd",
    "gggggggggggggggg",
    "mmmmmmmmmllmmmmm",
    "mmmmmmmmmmmmmmmm",
    "mmmmdddmmmmmmddm",
    "gggggggggggggggg",
    "mmdgllmmmmmmmlmm",
    "mmdgmmmmmmmmmmmm",
    "mmdgmmmmmmddmmmm",
    "gggggggggggggggg",
    "mlllmmmmmmmmmmmm",
    "mmmmmmmmmmmmmmmm",
    "mmmmmmddmmmmmmmm",
    "gggggggggggggggg",
)

FLOOR_WOOD_ALT = layer(
    WOOD,
    "mllmmmmmmmmmmlmm",
    "mmmmmmmmmmmmmmmm",
    "mmmmmmmmddmmmmmd",
    "gggggggggggggggg",
    "mmmmmdgllmmmmmmm",
    "mmmmmdgmmmmmmmmm",
    "mmddmdgmmmdddmmm",
    "gggggggggggggggg",
    "mmmmmmmmmmmlllmm",
    "mmmmmmmddmmmmmmm",
    "mmmmmmdgdmmmmmmm",
    "gggggggggggggggg",
    "mmmmmmmmmmmdgllm",
    "mmmmmmmmmmmdgmmm",
    "mmmddmmmmmmdgmmd",
    "gggggggggggggggg",
)

TILE: Legend = {"g": "tile0", "a": "tile1", "b": "tile2", "h": "tile3"}
FLOOR_TILE = layer(
    TILE,
    "hhbbbbbgaaaaaaag",
    "hbbbbbbgaaaaaaag",
    "bbbbbbbgaaaaaaag",
    "bbbbbbbgaaaaaaag",
    "bbbbbbbgaaaaaaag",
    "bbbbbbbgaaaaaaag",
    "bbbbbbbgaaaaaaag",
    "gggggggggggggggg",
    "aaaaaaaghhbbbbbg",
    "aaaaaaaghbbbbbbg",
    "aaaaaaagbbbbbbbg",
    "aaaaaaagbbbbbbbg",
    "aaaaaaagbbbbbbbg",
    "aaaaaaagbbbbbbbg",
    "aaaaaaagbbbbbbbg",
    "gggggggggggggggg",
)

RUG_L: Legend = {"0": "rug0", "1": "rug1", "2": "rug2", "3": "rug3", "4": "rug4"}
RUG = layer(
    RUG_L,
    "2221111001111222",
    "2211111331111122",
    "2111111001111112",
    "1111112222111111",
    "1101122442211011",
    "1031224334221301",
    "1101122442211011",
    "1111112222111111",
    "2111111001111112",
    "2211111331111122",
    "2221111001111222",
    "4222111111112224",
    "3422111111112243",
    "4222111111112224",
    "2221111001111222",
    "2221111331111222",
)

MAT_L: Legend = {"0": "mat0", "1": "mat1", "2": "mat2", "3": "mat3"}
DOORMAT = layer(
    MAT_L,
    "................",
    "................",
    ".00000000000000.",
    ".01111111111110.",
    ".01232323232310.",
    ".01323232323210.",
    ".01232323232310.",
    ".01323232323210.",
    ".01232323232310.",
    ".01323232323210.",
    ".01232323232310.",
    ".01323232323210.",
    ".01111111111110.",
    ".00000000000000.",
    "................",
    "................",
)

VOID_L: Legend = {"0": "void0", "1": "void1", "2": "void2"}
VOID = layer(
    VOID_L,
    "0000000000000000",
    "0000000000100000",
    "0000000000000000",
    "0000000000000000",
    "0010000000000000",
    "0000000000000000",
    "0000000000000100",
    "0000000000000000",
    "0000000100000000",
    "0000000000000000",
    "0000000000000000",
    "0000000000000010",
    "0100000000000000",
    "0000000000000000",
    "0000000001000000",
    "0000000000000000",
)

PUDDLE_L: Legend = {
    "w": "shadow0",
    "0": "water0",
    "1": "water1",
    "2": "water2",
    "3": "water3",
}
PUDDLE = layer(
    PUDDLE_L,
    "................",
    "................",
    ".....wwwww......",
    "...ww00000www...",
    "..w0011111000w..",
    ".w01112233110ww.",
    ".w01111111111w..",
    ".w00111112211w..",
    "..ww0011111100w.",
    "....www000000ww.",
    "........wwwww...",
    "................",
    "...ww...........",
    "..w00w.....ww...",
    "...ww.....w00w..",
    "...........ww...",
)
SHEEN = layer(
    {"a": "glow0", "b": "glow1", "c": "glow2"},
    "................",
    "................",
    "................",
    ".....aaaaaa.....",
    "...aabbbbbbaa...",
    "..abbbccccbbba..",
    "..abbccccccbba..",
    "...abbbccbbba...",
    "....aabbbbaa....",
    "......aaaa......",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)

# ---------------------------------------------------------------- walls
WALL_TOP = layer(
    CAP,
    "cccccccccccccccc",
    "ckccccccckcccccc",
    "cccccccccccccccc",
    "cccckcccccccckcc",
    "cccccccccccccccc",
    "ccccccckcccccccc",
    "cckccccccccccccc",
    "ccccccccccckcccc",
    "cccccccccccccccc",
    "cccckcccccccccck",
    "cccccccccckccccc",
    "ckcccccccccccccc",
    "cccccccckccccccc",
    "nnnnnnnnnnnnnnnn",
    "rrrrrrrrrrrrrrrr",
    "kkkkkkkkkkkkkkkk",
)

WALL_FACE = layer(
    PAPER,
    "dddddddddddddddd",
    "bbbbbbbpllllllll",
    "bbpbbbbpllllllll",
    "bpqpbbbplllllqll",
    "bbpbbbbpllllqdql",
    "bbbbbbbplllllqll",
    "bbbbbbbpllllllll",
    "bbbbbbbpllllllll",
    "bbpbbbbpllllllll",
    "bpqpbbbplllllqll",
    "bbpbbbbpllllqdql",
    "bbbbbbbpllllllll",
    "UUUUUUUUUUUUUUUU",
    "TTTTTTTTTTTTTTTT",
    "SSSSSSSSSSSSSSSS",
    "KKKKKKKKKKKKKKKK",
)

WINDOW_FRAME = layer(
    merge(FRAME, PAPER),
    "..FFFFFFFFFFFFF.",
    "..FEEEEEEEEEEEF.",
    "..FE.........fF.",
    "..FE.........fF.",
    "..FE.........fF.",
    "..FEeeeeeeeeefF.",
    "..FE.........fF.",
    "..FE.........fF.",
    "..FE.........fF.",
    "..FeeeeeeeeeefF.",
    ".FEEEEEEEEEEEEEF",
    ".FfffffffffffffF",
    ".dFFFFFFFFFFFFFd",
    "................",
    "................",
    "................",
)

WINDOW_GLASS_REAL = layer(
    GLASS,
    "................",
    "................",
    "....2242.2225...",
    "....2252.2422...",
    "....3233.3533...",
    "................",
    "....3343.3333...",
    "....3353.3343...",
    "....1211.1151...",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)

WINDOW_GLASS_OTHER = layer(
    GLASS,
    "................",
    "................",
    "....111111111...",
    "....222222222...",
    "....322223333...",
    "................",
    "....443335334...",
    "....444455544...",
    "....111111111...",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)

WINDOW_GLOW_OTHER = layer(
    {"a": "glow0", "b": "glow1"},
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
    "................",
    "aabbbbbbbbbbbbaa",
    "..aaaaaaaaaaaa..",
    "................",
)

DOOR_L: Legend = merge(
    INK,
    {"0": "door0", "1": "door1", "2": "door2", "3": "door3", "4": "door4"},
    {"x": "brass0", "y": "brass1", "w": "brass2"},
    {"d": "paper0", "K": "skirt0"},
)
LITTLE_DOOR = layer(
    DOOR_L,
    "................",
    "................",
    "................",
    "......oooo......",
    "....oo4333oo....",
    "...o43333322o...",
    "...o42222221o...",
    "...o42111121o...",
    "...o42111121o...",
    "...o42222221o...",
    "...o433333y1o...",
    "...o42222wo1o...",
    "...o421121x1o...",
    "...o42111121o...",
    "...o42222221o...",
    "..ooo0000000oo..",
)

PICTURE_L: Legend = merge(FRAME, GLASS, INK, {"L": "leaf1", "M": "leaf2", "N": "leaf3"})
PICTURE_FRAME = layer(
    PICTURE_L,
    ".......o........",
    "......o.o.......",
    "..FFFFFFFFFFFF..",
    "..FEEEEEEEEEEf..",
    "..FE........ef..",
    "..FE........ef..",
    "..FE........ef..",
    "..FE........ef..",
    "..FE........ef..",
    "..FEeeeeeeeeef..",
    "..FFFFFFFFFFFF..",
    "...zzzzzzzzzzz..",
    "................",
    "................",
    "................",
    "................",
)
PICTURE_REAL = layer(
    PICTURE_L,
    "................",
    "................",
    "................",
    "................",
    "....44433444....",
    "....33333333....",
    "....33NNN333....",
    "....NMMMMNNN....",
    "....LLMMLLMM....",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)

PORTRAIT_L: Legend = merge(
    PICTURE_L,
    {"a": "glass1", "h": "quilt1", "k": "ink0", "w": "brass2", "S": "linen2", "t": "linen1"},
)
PICTURE_OTHER = layer(
    PORTRAIT_L,
    "................",
    "................",
    "................",
    "................",
    "....aahhhhaa....",
    "....ahSSSSha....",
    "....ahkSSkha....",
    "....ahStSSha....",
    "....aahhhhaa....",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
    "................",
)

SHELF_L: Legend = merge(
    FURN,
    {"a": "book0", "b": "book1", "c": "book2", "e": "book3", "f": "book4", "g": "book5"},
    {"K": "skirt0"},
)
SHELF = layer(
    SHELF_L,
    ".oooooooooooooo.",
    ".o444444444444o.",
    ".o1bbgo1cafe11o.",
    ".o1bbgoacafee1o.",
    ".o1bbgoacafee1o.",
    ".o333333333333o.",
    ".o2222222222220.",
    ".o1fgacc1bbeg1o.",
    ".o1fgacco1beg1o.",
    ".o1fgaccobbeg1o.",
    ".o333333333333o.",
    ".o2222222222220.",
    ".o1eeb1agcfcc1o.",
    ".o1eeboagcfcc1o.",
    ".o333333333333o.",
    ".oo0000000000oo.",
)

MIRROR_L: Legend = merge(
    FRAME, INK, {"1": "mirror0", "2": "mirror1", "3": "mirror2", "4": "mirror3"}
)
MIRROR = layer(
    MIRROR_L,
    "......FFFF......",
    ".....FEEEEF.....",
    "....FE2233eF....",
    "....FE2334eF....",
    "...FE223342eF...",
    "...FE233422eF...",
    "...FE234221eF...",
    "...FE242211eF...",
    "...FE222111fF...",
    "....Fe2211fF....",
    "....Fe2111fF....",
    ".....FeeffF.....",
    "......FFFF......",
    ".......zz.......",
    "................",
    "................",
)

DOORWAY_L: Legend = merge(WOOD, INK, FURN)
DOORWAY_FRAME = layer(
    DOORWAY_L,
    "o44444444444444o",
    "o33333333333333o",
    "o11111111111111o",
    "o3oooooooooooo1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o3o..........o1o",
    "o2o..........o0o",
)
DOORWAY_FLOOR = layer(
    WOOD,
    "gggggggggggggggg",
    "gggggggggggggggg",
    "gggggggggggggggg",
    "gggggggggggggggg",
    "ggggdgggggdggggg",
    "dddddddddddddddd",
    "ddddddddmddddddd",
    "gggggggggggggggg",
    "dddmdddddddddmdd",
    "mmmmmmmdgmmmmmmm",
    "mddmmmmmdgmmmmmm",
    "gggggggggggggggg",
    "dglllllmmmmllmmm",
    "dgmmmmmmmmmmmmmm",
    "dgmmmddddmmmmmmm",
    "gggggggggggggggg",
)

# ---------------------------------------------------------------- furniture
TABLE_L = layer(
    FURN,
    "................",
    "................",
    ".ooooooooooooooo",
    ".o44444444444444",
    ".o33333333333333",
    ".o33322233333322",
    ".o33333333333333",
    ".o33333333222333",
    ".o32233333333333",
    ".o33333333333333",
    ".o22222222222222",
    ".o11111111111111",
    ".ooooooooooooooo",
    ".o2o.sssssssssss",
    ".o1o.sssssssssss",
    "..ooo...........",
)
TABLE_R = layer(
    FURN,
    "................",
    "................",
    "ooooooooooooooo.",
    "44444444444444o.",
    "333333333333332o",
    "333332233333332o",
    "333333333333332o",
    "233333333322332o",
    "333333333333332o",
    "333223333333332o",
    "222222222222221o",
    "111111111111110o",
    "oooooooooooooooo",
    "sssssssssss.o1o.",
    "sssssssssss.o0o.",
    "...........ooo..",
)

TABLE_FEAST_L: Legend = merge(
    FURN,
    {"w": "linen3", "v": "linen2", "u": "linen1", "t": "linen0"},
    {"a": "metal4", "b": "metal3", "r": "quilt2", "R": "quilt3", "y": "brass1", "Y": "brass2"},
    {"G": "leaf2", "H": "leaf3", "P": "pot2", "Q": "box4"},
)
TABLE_FEAST_L_OTHER = layer(
    TABLE_FEAST_L,
    "................",
    "................",
    ".ooooooooooooooo",
    ".owwwwwwwwwwwwww",
    ".owvvvvvvvvvvvvv",
    ".owvbbbvvvvoooov",
    ".owbaaabvvoPPPPo",
    ".owbarRbvvoPQQPo",
    ".owvbbbvvvoPPPPo",
    ".owvvvvyvvvooooo",
    ".ouuuuuuuuuuuuuu",
    ".outututututuutu",
    ".ooooooooooooooo",
    ".o2o.sssssssssss",
    ".o1o.sssssssssss",
    "..ooo...........",
)
TABLE_FEAST_R_OTHER = layer(
    TABLE_FEAST_L,
    "................",
    "................",
    "ooooooooooooooo.",
    "wwwwwwwwwwwwwwo.",
    "vvvvvvvvvvvvvvuo",
    "vvoooovvvbbbvvuo",
    "voGGHGovbaaabvuo",
    "voGHGGovbarRbvuo",
    "vvooooovvbbbvvuo",
    "vvvvyvvvvvvvvvuo",
    "uuuuuuuuuuuuuuto",
    "tutututututuutto",
    "oooooooooooooooo",
    "sssssssssss.o1o.",
    "sssssssssss.o0o.",
    "...........ooo..",
)

CHAIR = layer(
    FURN,
    "................",
    "....oooooooo....",
    "....o444444o....",
    "....o3o33o3o....",
    "....o3o33o2o....",
    "....o3o33o2o....",
    "....o3o23o2o....",
    "...oooooooooo...",
    "...o44444444o...",
    "...o33333333o...",
    "...o22222222o...",
    "...oooooooooo...",
    "...o2osssso1o...",
    "...o1osssso0o...",
    "...ooo....ooo...",
    "................",
)

BED_L: Legend = merge(
    FURN,
    {"w": "linen3", "v": "linen2", "u": "linen1", "t": "linen0"},
    {"A": "quilt0", "B": "quilt1", "C": "quilt2", "D": "quilt3"},
)
BED_HEAD = layer(
    BED_L,
    "..oooooooooooo..",
    ".o443444444344o.",
    ".o322222222223o.",
    ".o333333333333o.",
    ".oooooooooooooo.",
    ".ouwwwwwwwwwwvo.",
    ".owvvvvvvvvvvuo.",
    ".owvvvvvvvvvvuo.",
    ".otuuuuuuuuuutto",
    ".oDDDDDDDDDDDDo.",
    ".oCDCCCCCCCCDCo.",
    ".oCCCCCBCCCCCCo.",
    ".oCCCCCCCCCCCCo.",
    ".oCCBCCCCCCBCCo.",
    ".oCCCCCCCCCCCCo.",
    ".oCCCCCCBCCCCCo.",
)
BED_FOOT = layer(
    BED_L,
    ".oCCCCCCCCCCCCo.",
    ".oCCBCCCCCCBCCo.",
    ".oCCCCCCCCCCCCo.",
    ".oCCCCCBCCCCCCo.",
    ".oCCCCCCCCCCCCo.",
    ".oCCBCCCCCCBCCo.",
    ".oCCCCCCCCCCCCo.",
    ".oCCCCCCCCCCCCo.",
    ".oBBBBBBBBBBBBo.",
    ".oAAAAAAAAAAAAo.",
    ".oooooooooooooo.",
    ".o443444444344o.",
    ".o322222222223o.",
    ".o211111111112o.",
    ".oooooooooooooo.",
    "..ssssssssssss..",
)

SOFA_L: Legend = merge(
    INK, {"0": "fabric0", "1": "fabric1", "2": "fabric2", "3": "fabric3", "4": "fabric4"}
)
SOFA_LEFT = layer(
    SOFA_L,
    "................",
    "................",
    "..oooooooooooooo",
    ".o44444444444444",
    ".o33333333333333",
    ".o33333333333333",
    "oo22222222222222",
    "o43ooooooooooooo",
    "o32o444444444444",
    "o32o333333333333",
    "o32o333333333333",
    "o21o222222222222",
    "o21ooooooooooooo",
    "o111111111111111",
    "oooooooooooooooo",
    ".sssssssssssssss",
)
SOFA_RIGHT = layer(
    SOFA_L,
    "................",
    "................",
    "oooooooooooooo..",
    "444444444444443o",
    "333333333333332o",
    "333333333333332o",
    "22222222222222oo",
    "ooooooooooooo32o",
    "44444444444o321o",
    "333333333o3o321o",
    "333333333o3o321o",
    "222222222o2o210o",
    "ooooooooooooo10o",
    "111111111111110o",
    "oooooooooooooooo",
    "sssssssssssssss.",
)

COUNTER_L: Legend = merge(
    FURN,
    {"a": "top0", "b": "top1", "c": "top2", "e": "top3"},
    {"x": "brass0", "y": "brass1", "w": "brass2"},
)
COUNTER = layer(
    COUNTER_L,
    "eeeeeeeeeeeeeeee",
    "cccccccccccccccc",
    "cccccbcccccccccc",
    "cccccccccccbcccc",
    "bbbbbbbbbbbbbbbb",
    "aaaaaaaaaaaaaaaa",
    "oooooooooooooooo",
    "3o3333333o333333",
    "2o2222y22o22y222",
    "2o2222x22o22x222",
    "2o2222222o222222",
    "2o2222222o222222",
    "1o1111111o111111",
    "1o1111111o111111",
    "oooooooooooooooo",
    "0000000000000000",
)

STOVE_L: Legend = merge(
    INK,
    {"0": "metal0", "1": "metal1", "2": "metal2", "3": "metal3", "4": "metal4"},
    {"a": "top0", "r": "quilt2", "R": "quilt3"},
)
STOVE = layer(
    STOVE_L,
    "4444444444444444",
    "3330003330003333",
    "3301110301110333",
    "3301o10301o10333",
    "3330003330003333",
    "2222222222222222",
    "oooooooooooooooo",
    "3o3r3o3R3o33oo3o",
    "2oooooooooooooo2",
    "2o000000000000o2",
    "2o011111111110o2",
    "2o000000000000o2",
    "2oooooooooooooo2",
    "1111111111111111",
    "oooooooooooooooo",
    "0000000000000000",
)

SINK_L: Legend = merge(
    COUNTER_L,
    {"m": "metal1", "n": "metal2", "p": "metal3", "q": "metal4", "W": "water2"},
)
SINK = layer(
    SINK_L,
    "eeeeeeqpqeeeeeee",
    "ccccccnpnccccccc",
    "ccoooooqoooooocc",
    "cconnnmpmmnnnocc",
    "bbonWWWWWWWmnobb",
    "aaoooooooooooooa",
    "oooooooooooooooo",
    "3333333o33333333",
    "222y222o222y2222",
    "222x222o222x2222",
    "2222222o22222222",
    "2222222o22222222",
    "1111111o11111111",
    "1111111o11111111",
    "oooooooooooooooo",
    "0000000000000000",
)

PLANT_L: Legend = merge(
    INK,
    {"a": "leaf0", "b": "leaf1", "c": "leaf2", "e": "leaf3"},
    {"f": "bloom0", "g": "bloom1", "h": "bloom2"},
    {"1": "pot0", "2": "pot1", "3": "pot2"},
)
PLANT_DROOPY = layer(
    PLANT_L,
    "................",
    "................",
    "......ooo.......",
    ".....obcbo......",
    "...oobccbbooo...",
    "..obcbbcbbcbbo..",
    ".obccbobcbobcbo.",
    ".obbo.obbo.obbo.",
    ".oao..obao.obao.",
    ".of..oo3ooo.of..",
    "..o.o3333332o...",
    "....o3333322o...",
    ".....o22221o....",
    ".....o22211o....",
    ".....oo111oo....",
    "......ssssss....",
)
PLANT_LUSH = layer(
    PLANT_L,
    "......oo.oo.....",
    "....oohgoghoo...",
    "...ogggoccoggo..",
    "..oecoeceeocecco",
    ".oceehecceheeco.",
    ".occehhhcchhhcco",
    ".obccgcbccgccbbo",
    "..obbceccecccbo.",
    "...oobbcbbcbo...",
    ".....oooooooo...",
    "....o33333332o..",
    "....o33333322o..",
    ".....o222221o...",
    ".....o222211o...",
    ".....oo1111oo...",
    "......ssssss....",
)

BOX_L: Legend = merge(
    INK,
    {"0": "box0", "1": "box1", "2": "box2", "3": "box3", "4": "box4"},
    {"t": "linen2", "T": "linen3", "a": "page0"},
)
BOXES = layer(
    BOX_L,
    "................",
    "....oooooooo....",
    "....o443T344o...",
    "....o33333332o..",
    "....o22a2a221o..",
    "....o22222221o..",
    ".ooooooooooooooo",
    ".o4444T44434444o",
    ".o3333333333333o",
    ".o3333T33333332o",
    ".oooooooooooooo2",
    ".o2222t22222221o",
    ".o2a2aa2222t221o",
    ".o1111t11111110o",
    ".ooooooooooooooo",
    "..ssssssssssssss",
)
PRESENTS_L: Legend = merge(
    INK,
    {"0": "quilt0", "1": "quilt1", "2": "quilt2", "3": "quilt3"},
    {"a": "fabric1", "b": "fabric2", "c": "fabric3", "e": "fabric4"},
    {"y": "brass0", "Y": "brass1", "w": "brass2"},
)
PRESENTS = layer(
    PRESENTS_L,
    ".......oo.oo....",
    "......oYwowYo...",
    "....ooooYYoooo..",
    "....occcYYccco..",
    "....obbbYybbbo..",
    "....obbbYybbao..",
    ".ooooooYYoooooo.",
    ".o333333Yw33333o",
    ".o222222Yy22222o",
    ".oYYYYYYYwYYYYYo",
    ".oyyyyyyYyyyyyyo",
    ".o222222Yy22221o",
    ".o111111Yy11110o",
    ".ooooooooooooooo",
    "..sssssssssssss.",
    "................",
)

LAMP_L: Legend = merge(
    INK,
    {"0": "shade0", "1": "shade1", "2": "shade2", "3": "shade3"},
    {"m": "metal1", "n": "metal2", "a": "glow1", "b": "glow2"},
)
LAMP = layer(
    LAMP_L,
    "....aaaaaaaa....",
    "...aaooooooaa...",
    "..aao333332oaa..",
    "..ao33332221oa..",
    ".aao32222211oaa.",
    ".aoooooooooooaa.",
    "..aaabbbbbbaaa..",
    "......ono.......",
    "......ono.......",
    "......ono.......",
    "......ono.......",
    "......ono.......",
    "......ono.......",
    ".....onnmo......",
    "....onnnmmo.....",
    ".....ssssss.....",
)

ARMCHAIR = layer(
    SOFA_L,
    "................",
    "...oooooooooo...",
    "..o4444444443o..",
    "..o3333333332o..",
    "..o3333333332o..",
    ".oo2222222222oo.",
    "o43oooooooooo32o",
    "o32o44444444o21o",
    "o32o33333333o21o",
    "o32o33333333o21o",
    "o21o22222222o10o",
    "o21oooooooooo10o",
    "o111111111111110",
    "oooooooooooooooo",
    ".o1o........o0o.",
    "..ssssssssssss..",
)

RADIO_L: Legend = merge(
    FURN,
    {"a": "box1", "b": "box2", "c": "box3", "e": "box4"},
    {"y": "brass1", "w": "brass2", "g": "glow2"},
)
RADIO = layer(
    RADIO_L,
    "................",
    "....oooooooo....",
    "...o44444444o...",
    "..o3333333333o..",
    "..o3abababa33o..",
    "..o3babab3w3yo..",
    "..o3abababa33o..",
    "..o2222222222o..",
    ".oooooooooooooo.",
    ".o444444444444o.",
    ".o333333333332o.",
    ".o2oooooooooo1o.",
    ".o2o22y22y22o1o.",
    ".o1oooooooooo0o.",
    ".oo1o......o1oo.",
    "..ssssssssssss..",
)

DESK_L: Legend = merge(
    FURN,
    {"a": "metal0", "b": "metal1", "c": "metal2", "e": "metal3"},
    {"p": "page1", "q": "page2", "k": "page0", "y": "brass1"},
)
DESK = layer(
    DESK_L,
    "................",
    "...oooo.........",
    "..ocqqco..ooo...",
    ".ooeqkeooopqqo..",
    ".oaabbbaaoqkqoo.",
    "oooaccaoooqkqpoo",
    "o44oooo44oqqqpo4",
    "o3333333ooooooo3",
    "o3333333333333p3",
    "o222222222222222",
    "oooooooooooooooo",
    "o1o22y22o222o1o.",
    "o1oooooooo2oo1o.",
    "o1o22y22o222o1o.",
    "o0oooooooooooo0o",
    ".ssssssssssssss.",
)

HANGING_LAMP = layer(
    merge(LAMP_L, {"c": "glow0"}),
    ".......oo.......",
    ".......on.......",
    ".......on.......",
    "......oooo......",
    ".....o3322o.....",
    "....o332221o....",
    "...oooooooooo...",
    "...cabbbbbbac...",
    "..ccaabbbbaacc..",
    "..cccaaaaaaccc..",
    "...cccaaaaccc...",
    "....cccccccc....",
    ".....cccccc.....",
    "................",
    "................",
    "................",
)

# The same frame as the doorway's, drawn on its own over the actors: the lintel she walks under.
DOORFRAME_TOP = Layer(DOORWAY_FRAME.rows, merge(INK, FURN))

# ---------------------------------------------------------------- corridor
CFLOOR_L: Legend = {"0": "cfloor0", "1": "cfloor1", "2": "cfloor2", "3": "cfloor3"}
CORRIDOR_FLOOR = layer(
    CFLOOR_L,
    "1111211111111211",
    "1211111112111111",
    "1111111111111101",
    "1110111211111111",
    "2111111111111111",
    "1111121111011121",
    "1111111111111111",
    "1011111121111111",
    "1111111111112111",
    "1112111011111111",
    "1111111111111111",
    "2111111111211101",
    "1111101111111111",
    "1111111111111111",
    "1211111211110111",
    "1111111111111111",
)
CWALL_L: Legend = {
    "0": "cwall0",
    "1": "cwall1",
    "2": "cwall2",
    "3": "cwall3",
    "4": "cwall4",
    "a": "clight0",
    "b": "clight1",
    "o": "ink0",
}
CORRIDOR_WALL_TOP = layer(
    CWALL_L,
    "0000000000000000",
    "0000100000000000",
    "0000000000001000",
    "0100000000000000",
    "0000000100000000",
    "0000000000000000",
    "0000000000010000",
    "0010000000000000",
    "0000000001000000",
    "0000000000000010",
    "0000100000000000",
    "0000000000000000",
    "0000000010000000",
    "0100000000000000",
    "1111111111111111",
    "0000000000000000",
)
CORRIDOR_WALL_FACE = layer(
    CWALL_L,
    "0000000000000000",
    "1011110110111101",
    "2122321221223212",
    "2123321221233212",
    "1123421111234211",
    "1123421011234211",
    "1123421011234211",
    "1123421011234211",
    "1123421011234211",
    "1123321011233211",
    "1122321011223211",
    "1112221011122211",
    "0111210001112100",
    "0011110000111100",
    "0001100000011000",
    "0000000000000000",
)
CORRIDOR_DOOR = layer(
    merge(CWALL_L, DOOR_L),
    "0000000000000000",
    "1011110110111101",
    "2122bbbbbbb23212",
    "212b3333332b3212",
    "112b3222221b4211",
    "112b3211121b4211",
    "112b3211121b4211",
    "112b3222221b4211",
    "112b33333y1b4211",
    "112b3222wo1b4211",
    "112b3211x21b3211",
    "111b3211121b2211",
    "011b3222221b2100",
    "001b3222221b1100",
    "000b0000000b1000",
    "0000aaaaaaa00000",
)


# ---------------------------------------------------------------- table
def T(name: str, solid: bool, *layers: Layer, effects: tuple[tuple[str, int], ...] = ()) -> TileDef:
    return TileDef(name, solid, tuple(layers), effects)


TILES: dict[int, TileDef] = {
    0: T("floor_wood", False, FLOOR_WOOD),
    1: T("floor_wood_alt", False, FLOOR_WOOD_ALT),
    2: T("floor_wood_shadow", False, FLOOR_WOOD, effects=(("shade_top", 6),)),
    3: T("floor_tile", False, FLOOR_TILE),
    4: T("floor_tile_shadow", False, FLOOR_TILE, effects=(("shade_top", 6),)),
    5: T("rug", False, RUG),
    6: T("doormat", False, FLOOR_WOOD, DOORMAT),
    7: T("void", True, VOID),
    8: T("wall_top", True, WALL_TOP),
    9: T("wall_face", True, WALL_FACE),
    10: T("wall_face_window", True, WALL_FACE, WINDOW_GLASS_REAL, WINDOW_FRAME),
    11: T("wall_face_little_door", True, WALL_FACE, LITTLE_DOOR),
    12: T("wall_face_picture", True, WALL_FACE, PICTURE_REAL, PICTURE_FRAME),
    13: T("wall_face_shelf", True, WALL_FACE, SHELF),
    14: T("wall_face_mirror", True, WALL_FACE, MIRROR),
    15: T("doorway", False, DOORWAY_FLOOR, DOORWAY_FRAME),
    16: T("table_left", True, TABLE_L),
    17: T("table_right", True, TABLE_R),
    18: T("chair", True, CHAIR),
    19: T("bed_head", True, BED_HEAD),
    20: T("bed_foot", True, BED_FOOT),
    21: T("sofa_left", True, SOFA_LEFT),
    22: T("sofa_right", True, SOFA_RIGHT),
    23: T("counter", True, COUNTER),
    24: T("stove", True, STOVE),
    25: T("sink", True, SINK),
    26: T("plant", True, PLANT_DROOPY),
    27: T("boxes", True, BOXES),
    28: T("lamp", True, LAMP),
    29: T("armchair", True, ARMCHAIR),
    30: T("radio", True, RADIO),
    31: T("desk", True, DESK),
    32: T("hanging_lamp", False, HANGING_LAMP),
    33: T("doorframe_top", False, DOORFRAME_TOP),
    34: T("floor_wood_dark", False, FLOOR_WOOD, effects=(("darken", 45),)),
    35: T("rain_puddle", False, FLOOR_WOOD, PUDDLE),
    40: T("corridor_floor", False, CORRIDOR_FLOOR),
    41: T("corridor_wall_top", True, CORRIDOR_WALL_TOP),
    42: T("corridor_wall_face", True, CORRIDOR_WALL_FACE),
    43: T("corridor_door_face", True, CORRIDOR_DOOR),
    44: T("corridor_floor_shadow", False, CORRIDOR_FLOOR, effects=(("shade_top", 6),)),
}


def _with(tile_id: int, *layers: Layer) -> TileDef:
    base = TILES[tile_id]
    return TileDef(base.name, base.solid, tuple(layers), base.effects)


OVERRIDES: dict[str, dict[int, TileDef]] = {
    "real": {},
    "other": {
        10: _with(10, WALL_FACE, WINDOW_GLOW_OTHER, WINDOW_GLASS_OTHER, WINDOW_FRAME),
        12: _with(12, WALL_FACE, PICTURE_OTHER, PICTURE_FRAME),
        16: _with(16, TABLE_FEAST_L_OTHER),
        17: _with(17, TABLE_FEAST_R_OTHER),
        26: _with(26, PLANT_LUSH),
        27: _with(27, PRESENTS),
        35: _with(35, FLOOR_WOOD, SHEEN),
    },
    "between": {},
}


def _join() -> None:
    """Add the other parts' tiles; an id given twice is a mistake, not an override."""
    from . import tiles_attic, tiles_grounds, tiles_hunt, tiles_venues

    for part in (tiles_grounds, tiles_venues, tiles_attic, tiles_hunt):
        for tile_id, tile in part.TILES.items():
            if tile_id in TILES:
                raise ValueError(f"tile id {tile_id} is defined twice")
            TILES[tile_id] = tile
        for palette, overrides in part.OVERRIDES.items():
            OVERRIDES[palette].update(overrides)
        ANIMATIONS.update(part.ANIMATIONS)


# Animated tiles: tile id -> ((frame tile id, milliseconds), ...), written to the .tsx.
ANIMATIONS: dict[int, tuple[tuple[int, int], ...]] = {}
_join()

# The solid ids of the contract (tests check the generated TSX against it).
SOLID_IDS: frozenset[int] = frozenset(i for i, t in TILES.items() if t.solid)
COLUMNS = 8
ROWS = 21
TILE_SIZE = 16


def tile_for(palette: str, tile_id: int) -> TileDef | None:
    return OVERRIDES.get(palette, {}).get(tile_id) or TILES.get(tile_id)
