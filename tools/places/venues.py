"""The venues maps (written by tools/build_maps.py).

Miss Spink and Miss Forcible's ground-floor flat, Real and Other (one plan: the Other
World's tiles turn the same parlour into a theater foyer), the Other theater behind
the foyer's grand doors, and the cold little room behind the mirror.

Every map is drawn as ASCII plans, one per layer, with one legend for the part:
`GROUND` (floors and walls), `FURNITURE` (pieces standing on the floor) and `OVERHEAD`
(drawn above the characters). Tile ids: tools/art/tiles.py (house) and
tools/art/tiles_venues.py (88..123).
"""

from __future__ import annotations

from places.writer import TILE, Obj, at, eye, hint, mark, weathered, write_map

# Ground letters -> tile id.
GROUND = {
    "V": 7,  # void
    "#": 8,  # top of a wall
    "=": 41,  # top of a wall, the corridor's stone
    "w": 9,  # the house wallpaper (the kitchenette)
    "N": 10,  # window
    "S": 13,  # shelf
    "W": 88,  # the ladies' wallpaper (the Other: damask)
    "P": 89,  # theatre poster (the Other: in lights)
    "Q": 90,  # poster of a diva
    "G": 91,  # framed dog portrait
    "C": 92,  # heavy curtains over a window
    "B": 104,  # back door, left leaf (the Other: the grand doors)
    "b": 105,  # back door, right leaf
    "d": 15,  # doorway
    ".": 0,  # floorboards
    "-": 34,  # floorboards in the dark (the auditorium)
    ",": 103,  # parlour carpet (the Other: the foyer's)
    "k": 3,  # kitchen tiles
    "m": 6,  # doormat
    "_": 106,  # stage boards
    "E": 107,  # stage edge with footlights
    "A": 113,  # aisle carpet
    "H": 117,  # cell wall
    "h": 118,  # cell wall with its tiny window
    ":": 119,  # cell floor
    "M": 123,  # the back of the mirror
}
# Furniture letters -> tile id ("." and " " are empty).
FURNITURE = {
    "h": 93,  # chaise, head end
    "H": 94,  # chaise, foot end
    "t": 95,  # tea table (the Other: ticket booth), left
    "u": 96,  # tea table, right
    "j": 97,  # costume trunk
    "y": 98,  # taffy jar
    "c": 99,  # candle (the Other: candelabra), animated
    "g": 101,  # gramophone
    "n": 102,  # stuffed dog on a cushion
    "a": 29,  # armchair
    "s": 21,  # sofa, left
    "z": 22,  # sofa, right
    "x": 27,  # boxes (the Other: presents)
    "p": 26,  # plant (the Other: in bloom)
    "l": 28,  # standard lamp
    "R": 30,  # wireless set
    "q": 18,  # chair
    "[": 16,  # table, left
    "]": 17,  # table, right
    "C": 23,  # counter
    "O": 24,  # stove
    "K": 25,  # sink
    "(": 109,  # stage curtain, left
    ")": 110,  # stage curtain, right
    "=": 112,  # a pair of seats
    "|": 114,  # proscenium, left
    "!": 115,  # proscenium, right
    "X": 116,  # a box at the theater's side
    "o": 121,  # old toy
    "*": 122,  # chalk marks
}
OVERHEAD = {
    "L": 32,  # hanging lamp
    "^": 33,  # door frame she walks under
    "~": 111,  # the stage's valance
    "w": 120,  # cobweb
}
WALL_FACES = {9, 10, 11, 12, 13, 14, 88, 89, 90, 91, 92, 104, 105}
SHADOWED = {0: 2, 1: 2, 3: 4}  # floor tile -> its variant under a wall face


def _rows(plan: str) -> list[str]:
    rows = plan.strip("\n").splitlines()
    widths = {len(row) for row in rows}
    assert len(widths) == 1, f"every row of a plan has the same width, not {sorted(widths)}"
    return rows


def _ground(plan: str) -> list[list[int]]:
    ids = [[GROUND[ch] for ch in row] for row in _rows(plan)]
    return weathered(ids, WALL_FACES, SHADOWED)


def _layer(plan: str, table: dict[str, int]) -> list[list[int]]:
    return [[table.get(ch, -1) for ch in row] for row in _rows(plan)]


def _layers(
    ground: str, furniture: str, overhead: str
) -> list[tuple[str, list[list[int]], dict[str, object]]]:
    layers = [
        ("ground", _ground(ground), {}),
        ("furniture", _layer(furniture, FURNITURE), {}),
        ("overhead", _layer(overhead, OVERHEAD), {"overhead": True}),
    ]
    size = {(len(ids), len(ids[0])) for _, ids, _ in layers}
    assert len(size) == 1, f"a map's plans differ in size: {size}"
    return layers


def _look(name: str, column: float, row: float, text: str, w: float = 1, h: float = 1) -> Obj:
    return Obj("Inspect", *at(column, row), w=w * TILE, h=h * TILE, name=name, props={"text": text})


# ---------------------------------------------------------------- the ladies' flat
# A parlour (top left), the kitchenette (top right), and a short hall down to the
# front door. The Other foyer is this same plan: the wallpaper turns to damask, the
# back doors to the theater's grand doors, the tea table to a ticket booth.
SPINK_GROUND = """
########################
#WGWPWCWWBbWWCWQGW#SwNw#
#.................#kkkk#
#..,,,,,,,,,,,,,..#kkkk#
#..,,,,,,,,,,,,,..#kkkk#
#..,,,,,,,,,,,,,..#kkkk#
#..,,,,,,,,,,,,,..#kkkk#
#..,,,,,,,,,,,,,..kkkkk#
#.................kkkkk#
#.................######
########WWdWW#####VVVVVV
VVVVVVV#.....#VVVVVVVVVV
VVVVVVV#.....#VVVVVVVVVV
VVVVVVV#.....#VVVVVVVVVV
VVVVVVV#..m..#VVVVVVVVVV
VVVVVVV###d###VVVVVVVVVV
"""
REAL_SPINK_FURNITURE = """
........................
........................
.c.n.hHy...cj.g..p.COKC.
.................x......
..j.....qq..........q...
.l....a.tu.a....R...[]..
................n.....y.
...n........sz........x.
.jx.............jj......
.p..c..x.....c...p......
........................
........p...l...........
........n...............
............j...........
........................
........................
"""
OTHER_SPINK_FURNITURE = """
........................
........................
.c.n.hHy...cj.g..p.COKC.
.................p......
.cj..............c......
.l....a.tu.a....p...yy..
................n.......
.p.n........hH........c.
.c..............jc....p.
.p..c........c...p......
........................
........c...c...........
........p...............
............p...........
........................
........................
"""
REAL_SPINK_OVERHEAD = """
........................
.w.................w....
........................
........................
........................
........................
........................
........................
........................
........................
..........^.............
........................
........................
........................
........................
........................
"""
OTHER_SPINK_OVERHEAD = """
........................
........................
........................
....L.......L...........
........................
........................
....................L...
.........L..............
........................
........................
..........^.............
........................
..........L.............
........................
........................
........................
"""


def _spink_common(world: str) -> list[Obj]:
    real = world == "real"
    return [
        Obj(
            "Spawn",
            *at(10, 13.5),
            name="from grounds",
            props={"spawn": "from_grounds", "default": True, "facing": "up"},
        ),
        Obj(
            "Door",
            *at(10, 15),
            name="front door",
            props={
                "target_map": "real_grounds.tmx" if real else "other_grounds.tmx",
                "target_spawn": "from_spink",
                "prompt": "Go outside",
            },
        ),
        # The front door's frame is open floor in the tiles; nobody walks out through it.
        Obj("Collision", *at(10, 15), name="front door frame"),
    ]


def real_spink_objects() -> list[Obj]:
    return [
        *_spink_common("real"),
        Obj(
            "Actor",
            *at(7, 5),
            name="spink",
            props={"actor": "spink", "facing": "right", "talk": "spink"},
        ),
        Obj(
            "Actor",
            *at(10, 5),
            name="forcible",
            props={"actor": "forcible", "facing": "left", "talk": "forcible"},
        ),
        Obj(
            "Inspect",
            *at(8, 5),
            w=2 * TILE,
            name="tea cups",
            props={
                "talk": "tea_leaves",
                "prompt": "Look",
                "when": "visited_other_world !tea_read",
            },
        ),
        mark("tea_table", *at(9, 5.5)),
        _look(
            "poster",
            4,
            1,
            "A theatre bill, gone the colour of weak tea: two young ladies, one star, no dates.",
        ),
        _look(
            "diva poster",
            15,
            1,
            "Miss Forcible, arms up, mid-song. The damp has eaten the top note.",
        ),
        _look("dog portrait", 2, 1, "A terrier in a gilt frame. A little brass plate says: ANGUS."),
        _look(
            "dog portrait",
            16,
            1,
            "Another dog, another frame. This one was called Jock, and he looks it.",
        ),
        _look(
            "taffy jar",
            7,
            2,
            "Salt-water taffy, older than me. The wrappers have all stuck together for good.",
        ),
        _look(
            "candle",
            1,
            2,
            "Candles burning in the middle of the day. It's that dark in here.",
        ),
        _look("candle", 11, 2, "Wax drips all the way down to the carpet. Nobody minds."),
        _look(
            "trunk",
            12,
            2,
            "A trunk of old costumes: feathers, sequins, a wig. It smells of mothballs and applause.",
        ),
        _look(
            "chaise",
            5,
            2,
            "A fainting couch. Miss Spink says a lady of the stage must always have one handy.",
            w=2,
        ),
        _look(
            "gramophone",
            14,
            2,
            "The gramophone is stuck on the same scratchy aria. It has been for years.",
        ),
        _look(
            "stuffed dog",
            3,
            2,
            "A dog on a cushion, very still. Oh. It's stuffed. Still wearing its collar.",
        ),
        _look(
            "dog bed",
            8,
            12,
            "A dog bed with a real, live, snoring terrier in it, for once.",
        ),
        _look(
            "back door",
            9,
            1,
            "Their back room. Miss Forcible says it's where they keep the past.",
            w=2,
        ),
        _look("curtains", 13, 1, "Heavy velvet curtains, drawn against the rain and the daylight."),
        _look("stove", 20, 2, "Something sugary burnt onto the stove. Taffy, probably. Years ago."),
    ]


def other_spink_objects() -> list[Obj]:
    return [
        *_spink_common("other"),
        Obj(
            "Spawn",
            *at(9.5, 2),
            name="from theater",
            props={"spawn": "from_theater", "facing": "down"},
        ),
        Obj(
            "Door",
            *at(9, 1),
            w=2 * TILE,
            name="theater doors",
            props={
                "target_map": "other_theater.tmx",
                "target_spawn": "from_foyer",
                "prompt": "Enter the theater",
            },
        ),
        _look(
            "ticket booth",
            8,
            5,
            "A ticket booth where the tea table should be. Every ticket says: ADMIT CORALINE.",
            w=2,
        ),
        _look(
            "poster",
            4,
            1,
            "The same old bill, but new, in lights. Both ladies are young, and their eyes are buttons.",
        ),
        _look(
            "diva poster",
            15,
            1,
            "TONIGHT ONLY, and every night. The bulbs around it never flicker.",
        ),
        _look("dog portrait", 2, 1, "Angus again, with shiny black buttons for eyes."),
        _look("dog portrait", 16, 1, "Jock has button eyes too. He seems pleased about it."),
        _look(
            "taffy jar",
            7,
            2,
            "The taffy jar is full to overflowing. The sweets hum, very faintly.",
        ),
        _look(
            "candelabra",
            1,
            2,
            "The candles here never burn down. I checked. Twice.",
        ),
        _look(
            "trunk",
            12,
            2,
            "The costume trunk is open and everything in it sparkles. Nothing smells of mothballs.",
        ),
        _look(
            "stuffed dog",
            3,
            2,
            "A dog on a velvet cushion, wearing a crown. It winks at me. I'm almost sure.",
        ),
        _look(
            "gramophone",
            14,
            2,
            "The gramophone plays the aria perfectly, with no record on it.",
        ),
        _look(
            "concessions",
            19,
            5,
            "Taffy for sale, in every colour, at no price at all.",
            w=2,
        ),
    ]


# ---------------------------------------------------------------- the Other theater
# The stage at the top, framed by gilt pillars and velvet; boxes at its sides; five
# rows of seats with a carpeted aisle up the middle; the doors back to the foyer below.
THEATER_GROUND = """
##########################
#WWPWWWWWWWWWWWWWWWWWWQWW#
#----________________----#
#----________________----#
#----________________----#
#----________________----#
#----________________----#
#----_EEEEEEEEEEEEEE_----#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
#-----------AA-----------#
############dd############
"""
THEATER_FURNITURE = """
..........................
..........................
.XX.|((............))!.XX.
....|((............))!....
.c..|((............))!..c.
....|((............))!....
.p..|................!..p.
....|................!....
..........................
...=========..=========...
..........................
...=========..=========...
..........................
...=========..=========...
..........................
...=========..=========...
..........................
...=========..=========...
..........................
.c......................c.
.p........c....c........p.
..........................
"""
THEATER_OVERHEAD = """
..........................
....~~~~~~~~~~~~~~~~~~....
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
......L............L......
..........................
..........................
..........................
..........................
..........................
..........................
..........................
..........................
............^^............
..........................
"""


def theater_objects() -> list[Obj]:
    return [
        Obj(
            "Spawn",
            *at(12.5, 19.5),
            name="from foyer",
            props={"spawn": "from_foyer", "default": True, "facing": "up"},
        ),
        Obj(
            "Door",
            *at(12, 21),
            w=2 * TILE,
            name="doors",
            props={
                "target_map": "other_spink_forcible.tmx",
                "target_spawn": "from_theater",
                "prompt": "Leave the theater",
            },
        ),
        Obj("Collision", *at(12, 21), w=2 * TILE, name="door frames"),
        Obj(
            "Actor",
            *at(10, 4),
            name="other spink",
            props={
                "actor": "other_spink",
                "facing": "down",
                "talk": "other_spink",
                "when": "visited_other_world",
            },
        ),
        Obj(
            "Actor",
            *at(15, 4),
            name="other forcible",
            props={
                "actor": "other_forcible",
                "facing": "down",
                "talk": "other_forcible",
                "when": "visited_other_world",
            },
        ),
        Obj(
            "Trigger",
            *at(11, 8),
            w=4 * TILE,
            name="front row",
            props={
                "talk": "theater_show",
                "when": "visited_other_world !saw_theater !challenge_accepted",
            },
        ),
        mark("stage_center", *at(13, 5)),
        # A ghost's eye, on the stage between the two who are one.
        hint("theater", 11, 19, 4, 2),
        eye(
            "theater",
            12.5,
            2.5,
            "A ghost's eye! The lights gutter, and the velvet fades to the grey of dust.",
        ),
        mark("front_row", *at(13, 8.5)),
        # Once the game for the eyes has begun, the two who are now one sweep the rows in
        # turn: each band is warned of, then strikes, on its own beat.
        *(
            Obj(
                "Hazard",
                *at(1, row),
                w=24 * TILE,
                h=TILE,
                name=f"sweep {row}",
                props={
                    "period": 150,
                    "offset": offset,
                    "warn": 45,
                    "strike": 30,
                    "caught": "A great sequinned sweep of arms knocks her back down the aisle.",
                    "when": "challenge_accepted !eye_theater",
                },
            )
            for row, offset in ((14, 0), (12, 50), (10, 100))
        ),
        _look(
            "footlights",
            8,
            7,
            "The footlights breathe brighter and dimmer, like something asleep.",
        ),
        _look(
            "seats",
            3,
            17,
            "Row on row of red velvet seats, all empty, all turned towards the stage. Waiting.",
        ),
        _look(
            "box",
            1,
            2,
            "An empty box with a little lamp. The best seats, saved for someone.",
            w=2,
        ),
        _look(
            "box",
            23,
            2,
            "The other box. A pair of opera glasses, left on the rail, still warm.",
            w=2,
        ),
        _look("poster", 3, 1, "SPINK & FORCIBLE, FOREVER YOUNG. Forever is underlined."),
        _look(
            "poster", 22, 1, "A poster of the show I am about to see. I'm in it, in the front row."
        ),
        _look(
            "curtain", 5, 2, "Red velvet, heavy as a wet coat. It doesn't sway at all.", w=2, h=4
        ),
    ]


# ---------------------------------------------------------------- behind the mirror
# A bare cell with one tiny high window; the mirror is a dim pane in its bottom wall,
# the flat beyond it seen as if through deep water.
MIRROR_GROUND = """
===========
=HHHHhHHHH=
=:::::::::=
=:::::::::=
=:::::::::=
=:::::::::=
=:::::::::=
=:::::::::=
=====M=====
"""
MIRROR_FURNITURE = """
...........
...........
...........
..*........
...........
.......*...
........o..
...........
...........
"""
MIRROR_OVERHEAD = """
...........
.w.........
...........
...........
...........
...........
...........
...........
...........
"""


def mirror_objects() -> list[Obj]:
    return [
        Obj(
            "Spawn",
            *at(5, 5),
            name="inside",
            props={"spawn": "inside", "default": True, "facing": "up"},
        ),
        Obj("Actor", *at(1, 2), name="ghost 1", props={"actor": "ghost_1", "talk": "ghosts"}),
        Obj(
            "Actor",
            *at(9, 2),
            name="ghost 2",
            props={"actor": "ghost_2", "facing": "left", "talk": "ghosts"},
        ),
        Obj(
            "Actor",
            *at(1, 6.5),
            name="ghost 3",
            props={"actor": "ghost_3", "facing": "right", "talk": "ghosts"},
        ),
        Obj(
            "Actor",
            *at(6, 6.5),
            name="other wybie",
            props={
                "actor": "other_wybie",
                "facing": "left",
                "talk": "other_wybie_rescue",
                "when": "met_ghosts !escaped_mirror",
            },
        ),
        mark("mirror", *at(5.5, 7.75)),
        mark("center", *at(5.5, 5)),
        _look("window", 5, 1, "A window the size of a letterbox, too high to reach. No stars."),
        _look(
            "chalk marks",
            2,
            3,
            "Tally marks in chalk. Somebody counted days in here. Lots of them.",
        ),
        _look("chalk heart", 7, 5, "A little chalk heart, rubbed half away by small fingers."),
        _look(
            "old toy",
            8,
            6,
            "A wooden horse with the paint worn off. Nobody has played with it in a hundred years.",
        ),
        _look(
            "mirror",
            5,
            8,
            "The back of the mirror. Through it, dimly, the hall of the flat. So close.",
        ),
    ]


def build() -> None:
    """Write this part's maps into maps/."""
    write_map(
        "real_spink_forcible",
        "real",
        "Miss Spink and Miss Forcible's",
        "real",
        _layers(SPINK_GROUND, REAL_SPINK_FURNITURE, REAL_SPINK_OVERHEAD),
        real_spink_objects(),
    )
    write_map(
        "other_spink_forcible",
        "other",
        "The Other Ladies' Foyer",
        "other",
        _layers(SPINK_GROUND, OTHER_SPINK_FURNITURE, OTHER_SPINK_OVERHEAD),
        other_spink_objects(),
        drains="eye_theater",
    )
    write_map(
        "other_theater",
        "other",
        "The Theater",
        "other",
        _layers(THEATER_GROUND, THEATER_FURNITURE, THEATER_OVERHEAD),
        theater_objects(),
        drains="eye_theater",
    )
    write_map(
        "mirror_room",
        "other",
        "Behind the Mirror",
        "between",
        _layers(MIRROR_GROUND, MIRROR_FURNITURE, MIRROR_OVERHEAD),
        mirror_objects(),
        mood="dark",
    )
