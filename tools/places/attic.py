"""The attic maps (written by tools/build_maps.py): Mr. Bobinsky's attic, the Other attic
and the Other Bobinsky's mouse circus.

Each map is an ASCII plan: the ground layer letter by letter, then furniture and overhead
pieces laid out on plans of their own ('.' = nothing). The legends below map letters to tile
ids (the house tiles 0..47 and the attic's 124..159, see tools/art/tiles_attic.py). The Real
and the Other attic share one room: the same walls, doors and furniture places, with the
Other's own pieces where it improves on the real one.
"""

from __future__ import annotations

from places.writer import TILE, Obj, at, eye, hint, mark, weathered, write_map

# Ground-layer letters -> tile id.
GROUND = {
    "#": 8,  # wall top
    "S": 124,  # roof slope
    "K": 125,  # skylight in the roof slope (animated)
    "w": 128,  # knee wall
    "P": 129,  # knee wall, poster: a mouse on a ball
    "Q": 130,  # knee wall, poster: a mouse through a hoop
    "C": 131,  # knee wall, the curtain (a blanket in the real attic)
    "=": 141,  # the stairs down
    ".": 0,  # floor boards
    "_": 34,  # dark, dusty boards
    "r": 5,  # rug
    "m": 6,  # doormat
    "~": 143,  # confetti boards
    ":": 142,  # sawdust
    "T": 152,  # striped tent wall
    "B": 154,  # bleachers
    "n": 144,  # ring curb, top
    "s": 145,  # ring curb, bottom
    "(": 146,  # ring curb, left
    ")": 147,  # ring curb, right
    "1": 148,  # ring curb, top-left corner
    "2": 149,  # ring curb, top-right corner
    "3": 150,  # ring curb, bottom-left corner
    "4": 151,  # ring curb, bottom-right corner
}
SHADOWED = {0: 2, 1: 2}  # floor -> its variant under a wall face
WALL_FACES = {128, 129, 130, 131}
# Furniture-layer letters -> tile id.
FURNITURE = {
    "b": 138,  # cot head (over "e")
    "e": 139,  # cot foot
    "v": 140,  # samovar
    "<": 136,  # mouse stage, left half
    ">": 137,  # mouse stage, right half
    "c": 132,  # beet crate
    "k": 133,  # beet sack
    "u": 134,  # pull-up bar
    "x": 27,  # boxes (presents in the Other World)
    "l": 28,  # floor lamp
    "a": 29,  # armchair
    "t": 16,  # table, left
    "y": 17,  # table, right
    "h": 18,  # chair
    "R": 30,  # radio
    "T": 31,  # desk
    "O": 24,  # stove
    "K": 25,  # sink
    "C": 23,  # counter
    "s": 21,  # sofa, left
    "z": 22,  # sofa, right
    "p": 26,  # plant
    "L": 157,  # spotlight (animated)
    "|": 153,  # tent pole
    "H": 155,  # trapeze ladder
    "&": 159,  # cotton-candy cart
    "B": 154,  # bleachers
}
# Overhead letters -> tile id (drawn above the characters).
RAFTERS_SEEN_THROUGH = 0.4  # the ceiling's rafters must not hide her as she walks under
OVERHEAD = {
    "|": 127,  # rafter
    "o": 135,  # exercise rings
    "L": 32,  # hanging lamp
    "P": 156,  # trapeze platform
}


def _grid(plan: str, table: dict[str, int], shade: bool = False) -> list[list[int]]:
    rows = plan.strip("\n").splitlines()
    assert len({len(row) for row in rows}) == 1, "every row of a plan has the same width"
    ids = [[table.get(ch, -1) for ch in row] for row in rows]
    return weathered(ids, WALL_FACES, SHADOWED) if shade else ids


def _layers(
    ground: str, furniture: str, overhead: str, overhead_opacity: float = 1.0
) -> list[tuple[str, list[list[int]], dict[str, object]]]:
    """`overhead_opacity` below 1: what hangs overhead lets Coraline show through it."""
    above: dict[str, object] = {"overhead": True}
    if overhead_opacity < 1:
        above["opacity"] = overhead_opacity
    return [
        ("ground", _grid(ground, GROUND, shade=True), {}),
        ("furniture", _grid(furniture, FURNITURE), {}),
        ("overhead", _grid(overhead, OVERHEAD), above),
    ]


def _feet(column: float, row: float) -> tuple[float, float]:
    """Pixels of a point given in tiles (e.g. 4.5, 3.6 = the middle of a tile, low)."""
    return column * TILE, row * TILE


def _actor(name: str, column: float, row: float, props: dict[str, object]) -> Obj:
    """An Actor whose feet stand at (column, row) in tiles: a 16x16 box, bottom-centre."""
    fx, fy = _feet(column, row)
    return Obj("Actor", fx - TILE / 2, fy - TILE, name=name, props=props)


def _loop(name: str, points: list[tuple[float, float]]) -> Obj:
    """A closed Path through points given in tiles: a polyline back to its first point."""
    x0, y0 = _feet(*points[0])
    line = [(px * TILE - x0, py * TILE - y0) for px, py in points] + [(0.0, 0.0)]
    return Obj("Path", x0, y0, name=name, polyline=line)


def _rotated(points: list[tuple[float, float]], start: int) -> list[tuple[float, float]]:
    return points[start:] + points[:start]


def _spawn(spawn: str, column: int, row: int, facing: str, default: bool = False) -> Obj:
    """A Spawn whose feet stand low in the tile (column, row), not on the tile below."""
    props: dict[str, object] = {"spawn": spawn, "facing": facing}
    if default:
        props["default"] = True
    x, y = at(column, row)
    return Obj("Spawn", x, y - TILE / 4, name=spawn.replace("_", " "), props=props)


def _inspect(name: str, column: float, row: float, text: str, w: float = 1, h: float = 1) -> Obj:
    return Obj("Inspect", *at(column, row), w=w * TILE, h=h * TILE, name=name, props={"text": text})


# ---------------------------------------------------------------- the attic (22 x 14)
# The roof slope with two skylights over the knee wall (posters, the curtained crawl
# space at column 13); the stairs down at the bottom-left.
ATTIC_REAL = """
#SSSSSSKSSSSSSSSSKSSS#
#wwPwwwwwQwwwCwwwwPww#
#_...................#
#_...................#
#_...............rrr.#
#................rrr.#
#....................#
#....................#
#....................#
#..................._#
#..................__#
#_................___#
#__................__#
##=###################
"""
ATTIC_OTHER = """
#SSSSSSKSSSSSSSSSKSSS#
#wwPwwwwwQwwwCwwwwPww#
#....................#
#..~~~~~.....~.......#
#..~~~~~~...~~~..rrr.#
#...~~~~.....~...rrr.#
#.......rrrr.........#
#.......rrrr.........#
#.......rrrr.........#
#....................#
#....................#
#....................#
#.m..................#
##=###################
"""
ATTIC_FURNITURE_REAL = """
......................
......................
.bv.l<>x..OKC...R..u..
.e....................
......................
..c.................a.
.............sz..T....
.p......hty......h..l.
......................
..xx.......cck........
..x.........c......cc.
.c.................kc.
.c..............k.ccc.
......................
"""
ATTIC_FURNITURE_OTHER = """
......................
......................
.bv.L<>L..OKC.&.R..u..
.e....................
......................
..x..BB.............a.
.............sz..T....
.p......hty......h..l.
......................
..xx.......cck........
..x.........c......cc.
.x.................kc.
.x..............k.ccc.
......................
"""
ATTIC_OVERHEAD_REAL = """
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|.o....
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
......................
"""
ATTIC_OVERHEAD_OTHER = """
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|.o....
....|.....|....|......
....|.....|....|......
....|L....|....|......
....|.....|....|......
....|.....|..L.|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
....|.....|....|......
......................
"""

# The mice of the real attic run two loops around their stage (tiles 5 and 6 of row 2).
STAGE_LOOP_NEAR = [(4.5, 3.6), (7.5, 3.6), (7.5, 4.6), (4.5, 4.6)]
STAGE_LOOP_FAR = [(8.5, 5.6), (3.5, 5.6), (3.5, 3.6), (8.5, 3.6)]


def attic_objects(world: str) -> list[Obj]:
    real = world == "real"
    objs = [
        _spawn("from_grounds", 2, 12, "up", default=True),
        Obj(
            "Door",
            *at(2, 13),
            name="stairs",
            props={
                "target_map": "real_grounds.tmx" if real else "other_grounds.tmx",
                "target_spawn": "from_attic",
                "prompt": "Go downstairs",
            },
        ),
    ]
    if real:
        objs += [
            _actor(
                "bobinsky", 18.5, 4.9, {"actor": "bobinsky", "facing": "down", "talk": "bobinsky"}
            ),
            _actor(
                "mouse", 4.5, 3.6, {"actor": "mouse", "path": "@mouse loop near", "facing": "right"}
            ),
            _loop("mouse loop near", STAGE_LOOP_NEAR),
            _actor(
                "mouse", 8.5, 5.6, {"actor": "mouse", "path": "@mouse loop far", "facing": "left"}
            ),
            _loop("mouse loop far", STAGE_LOOP_FAR),
            mark("mouse_stage", *_feet(6.0, 3.5)),
            _inspect(
                "mouse stage",
                5,
                2,
                "A shoebox stage with a thimble drum. Mr. B says the mice aren't ready yet.",
                w=2,
            ),
            _inspect(
                "beets",
                11,
                9,
                "Crates of beets. The whole attic smells like a salad that gave up.",
                w=3,
            ),
            _inspect(
                "beet pile",
                18,
                10,
                "More beets. Either he loves them, or he's expecting a very long winter.",
                w=3,
                h=3,
            ),
            _inspect(
                "poster ball",
                3,
                1,
                "An old circus bill, half torn off. The mouse on the ball looks very brave.",
            ),
            _inspect(
                "poster hoop",
                9,
                1,
                "A mouse jumping through a hoop, in faded ink. It doesn't know it's famous.",
            ),
            _inspect(
                "poster corner",
                18,
                1,
                "Another mouse-on-a-ball. Somebody down here was a star once.",
            ),
            _inspect(
                "skylight",
                7,
                0,
                "Rain drums on the skylight. It sounds like tiny feet marching in circles.",
                h=2,
            ),
            _inspect(
                "skylight far",
                17,
                0,
                "Grey sky, grey rain, a grey pigeon looking in at me. Even it looks bored.",
                h=2,
            ),
            _inspect(
                "cot", 1, 2, "A narrow army cot. The blanket is thin enough to read through.", h=2
            ),
            _inspect(
                "samovar",
                2,
                2,
                "A dented samovar. He must like his tea strong enough to stand a spoon in.",
            ),
            _inspect(
                "crawl space",
                13,
                1,
                "A blanket nailed over a hole under the eaves. Something small rustles behind it.",
            ),
            _inspect(
                "pull-up bar",
                19,
                2,
                "His pull-up bar. The paint is worn off exactly where his hands go.",
            ),
            _inspect(
                "kitchen",
                10,
                2,
                "A two-ring stove and a tiny sink. Every pot up here has had beets in it.",
                w=3,
            ),
        ]
    else:
        objs += [
            _spawn("from_circus", 13, 2, "down"),
            Obj(
                "Door",
                *at(13, 1),
                name="circus curtain",
                props={
                    "target_map": "other_circus.tmx",
                    "target_spawn": "from_attic",
                    "prompt": "Step into the circus",
                },
            ),
            # In the hunt, the way on is easy to miss: she says where it is as she comes up.
            Obj(
                "Trigger",
                *at(1, 10),
                w=3 * TILE,
                h=3 * TILE,
                name="which way",
                props={
                    "text": "The circus is through the curtain, up at the back of the attic.",
                    "when": "challenge_accepted !eye_circus",
                },
            ),
            _inspect(
                "theatre",
                5,
                2,
                "The shoebox is a real theatre now: velvet, footlights, and tiny seats.",
                w=2,
            ),
            _inspect(
                "seats",
                5,
                5,
                "Seats for mice, polished and empty. Somebody saved every single one.",
                w=2,
            ),
            _inspect(
                "beets",
                11,
                9,
                "The beets here are candied and tied with ribbon. They smell like birthdays.",
                w=3,
            ),
            _inspect(
                "cotton candy",
                14,
                2,
                "A cotton-candy cart, in an attic. Nobody here asks why.",
            ),
            _inspect(
                "poster ball",
                3,
                1,
                "The same poster, brand new. The mouse on the ball is smiling. Mice don't smile.",
            ),
            _inspect(
                "poster hoop",
                9,
                1,
                "Now the hoop is on fire and the mouse looks delighted about it.",
            ),
            _inspect(
                "skylight",
                7,
                0,
                "No rain. Stars, very close, arranged a little too neatly.",
                h=2,
            ),
            _inspect(
                "skylight far",
                17,
                0,
                "A shooting star goes by. Then exactly the same one goes by again.",
                h=2,
            ),
            _inspect(
                "cot",
                1,
                2,
                "A plush bed with gold stars on the quilt. Nobody has ever slept in it.",
                h=2,
            ),
            _inspect(
                "samovar",
                2,
                2,
                "The samovar gleams. It's humming a tune to itself.",
            ),
            _inspect(
                "pull-up bar",
                19,
                2,
                "A gold bar with a medal hanging from it. A medal for what?",
            ),
            _inspect(
                "kitchen",
                10,
                2,
                "The stove bakes by itself here. Something sweet is always nearly ready.",
                w=3,
            ),
        ]
    return objs


# ---------------------------------------------------------------- the circus (27 x 22)
# The ring in the middle (columns 8..18, rows 6..13, its gate at the bottom, column 13),
# bleachers all round it but for the aisle, the entrance at the bottom.
CIRCUS = """
###########################
#TTTTTTTTTTTTTTTTTTTTTTTTT#
#BBBBBBBBBBBBBBBBBBBBBBBBB#
#BBBBBBBBBBBBBBBBBBBBBBBBB#
#BBBB~~~~~~~~~~~~~~~~~BBBB#
#BBBB~~~~~~~~~~~~~~~~~BBBB#
#BBBB~~~1nnnnnnnnn2~~~BBBB#
#BBBB~~~(:::::::::)~~~BBBB#
#BBBB~~~(:::::::::)~~~BBBB#
#BBBB~~~(:::::::::)~~~BBBB#
#BBBB~~~(:::::::::)~~~BBBB#
#BBBB~~~(:::::::::)~~~BBBB#
#BBBB~~~(:::::::::)~~~BBBB#
#BBBB~~~3ssss:ssss4~~~BBBB#
#BBBB~~~~~~~rrr~~~~~~~BBBB#
#BBBB~~~~~~~rrr~~~~~~~BBBB#
#BBBBBBBB~~~rrr~~~BBBBBBBB#
#BBBBBBBB~~~rrr~~~BBBBBBBB#
#~~~~~~~~~~~rrr~~~~~~~~~~~#
#~~~~~~~~~~~rrr~~~~~~~~~~~#
#~~~~~~~~~~~rrr~~~~~~~~~~~#
#############m#############
"""
CIRCUS_FURNITURE = """
...........................
...........................
...........................
...........................
.....|...............|.....
.......L...........L.......
...........................
...........................
......H.............H......
......H.............H......
...........................
...........................
...........................
...........................
.......L...........L.......
.....|...............|.....
...........................
...........................
...&....|.........|....&...
..x.......L.....L.......x..
.xx.....................xx.
...........................
"""
CIRCUS_OVERHEAD = """
...........................
...........................
...........................
...........................
..........L.....L..........
...........................
...........................
......P.............P......
...........................
...........................
...........................
...........................
......L.............L......
...........................
...........................
...........................
.............L.............
...........................
...........................
...........................
...........................
...........................
"""
# The parade: one loop inside the ring, clockwise; the mice start at five of its points.
PARADE = [
    (9.5, 7.6),
    (12.5, 7.6),
    (15.5, 7.6),
    (17.5, 7.6),
    (17.5, 10.1),
    (17.5, 12.6),
    (14.5, 12.6),
    (11.5, 12.6),
    (9.5, 12.6),
    (9.5, 10.1),
]
# Who marches where: the Other Bobinsky's "mice" are mostly rats in costume, and a rat
# patrols its round without stopping.
PARADE_MICE = [
    (0, "right", "rat"),
    (2, "right", "mouse"),
    (4, "down", "rat"),
    (6, "left", "rat"),
    (8, "up", "mouse"),
]


def _parade(index: int) -> list[Obj]:
    """Performer `index` of the parade and its loop, starting where it stands. The show
    is over once the game for the eyes has begun: the rats are guards then."""
    start, facing, kind = PARADE_MICE[index]
    points = _rotated(PARADE, start)
    name = f"parade {index + 1}"
    props = {"actor": kind, "path": f"@{name}", "facing": facing, "when": "!challenge_accepted"}
    return [_actor(kind, *points[0], props), _loop(name, points)]


def _guard(start: int, facing: str) -> list[Obj]:
    """A rat on guard, round the parade's loop from point `start`."""
    points = _rotated(PARADE, start)
    name = f"guard round {start}"
    props = {
        "actor": "guard_rat",
        "path": f"@{name}",
        "facing": facing,
        "when": "challenge_accepted !eye_circus",
    }
    return [_actor("guard rat", *points[0], props), _loop(name, points)]


def circus_objects() -> list[Obj]:
    objs = [
        _spawn("from_attic", 13, 20, "up", default=True),
        Obj(
            "Door",
            *at(13, 21),
            name="exit",
            props={
                "target_map": "other_attic.tmx",
                "target_spawn": "from_circus",
                "prompt": "Leave the circus",
            },
        ),
        _actor(
            "other bobinsky",
            13.5,
            10.4,
            {
                "actor": "other_bobinsky",
                "facing": "down",
                "talk": "other_bobinsky",
                "when": "visited_other_world",
            },
        ),
        # On guard once the game for the eyes has begun: three rats round the ring.
        *_guard(0, "right"),
        *_guard(3, "down"),
        *_guard(6, "left"),
        # A ghost's eye, in the sawdust of the ring, inside the rats' round.
        eye(
            "circus", 11, 9, "A ghost's eye! The band stops. The tent sags, grey as old newspaper."
        ),
        hint("circus", 11, 19, 5, 2),
    ]
    for index in range(len(PARADE_MICE)):
        objs += _parade(index)
    objs += [
        Obj(
            "Trigger",
            *at(11.5, 14),
            w=4 * TILE,
            h=TILE,
            name="ringside",
            props={
                "talk": "circus_show",
                "when": "visited_other_world !saw_circus !challenge_accepted",
            },
        ),
        mark("ring_center", *_feet(13.5, 10.0)),
        mark("ringside", *_feet(13.5, 14.5)),
        _inspect(
            "bleachers",
            10,
            3,
            "Row on row of seats, every one polished, every one empty. They're saved.",
            w=7,
        ),
        _inspect(
            "ladder",
            6,
            9,
            "A ladder up to the trapeze. The rungs are warm, as if someone just climbed down.",
        ),
        _inspect(
            "ladder right",
            20,
            9,
            "Another ladder, another trapeze. I'm not climbing either. Probably.",
        ),
        _inspect(
            "spotlight",
            10,
            19,
            "The spotlight swings after me when I move. I'm nearly sure of it.",
        ),
        _inspect(
            "cotton candy",
            3,
            18,
            "Cotton candy, pink as a promise. It melts before it reaches my tongue.",
        ),
        _inspect(
            "tent pole",
            5,
            4,
            "A striped pole going up and up. This tent is taller than the whole house.",
        ),
    ]
    return objs


def build() -> None:
    """Write this part's maps into maps/."""
    write_map(
        "real_attic",
        "real",
        "Mr. Bobinsky's Attic",
        "real",
        _layers(ATTIC_REAL, ATTIC_FURNITURE_REAL, ATTIC_OVERHEAD_REAL, RAFTERS_SEEN_THROUGH),
        attic_objects("real"),
    )
    write_map(
        "other_attic",
        "other",
        "The Other Attic",
        "other",
        _layers(ATTIC_OTHER, ATTIC_FURNITURE_OTHER, ATTIC_OVERHEAD_OTHER, RAFTERS_SEEN_THROUGH),
        attic_objects("other"),
        drains="eye_circus",
    )
    write_map(
        "other_circus",
        "other",
        "The Mouse Circus",
        "other",
        _layers(CIRCUS, CIRCUS_FURNITURE, CIRCUS_OVERHEAD),
        circus_objects(),
        drains="eye_circus",
    )
