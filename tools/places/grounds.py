"""The grounds of the Pink Palace, Real and Other, and the Other Father's garden.

Each map is an ASCII plan, one character a cell; `LEGEND` says what a character
paints on the ground layer and on the furniture layer. Some pieces are bigger than a
cell or reach above it, and are placed by rule:

    O   the old well, 2x2: the four O cells are its four quarters
    P   the "PINK PALACE" sign, 2x1: its left and right halves
    T   a fir's trunk; its middle and top go on the overhead layer, one and two rows up
    @   deep mist: a mist tile on the furniture layer and another on the overhead one

Tile ids are those of tools/art/tiles_grounds.py (48..87). Plain grass ('.') is
sprinkled with its leafy variant (the Other World's daisies) by a fixed rule, and so
is long grass (',') with toadstools now and then, so the plans stay readable.
"""

from __future__ import annotations

from .writer import EVERY_EYE, TILE, Obj, at, eye, hint, mark, write_map

GRASS, GRASS_B, LONG, MUD, GRAVEL, BED, PUDDLE, HEDGE = 48, 49, 50, 51, 52, 53, 54, 55
FENCE, STONES, WELL, FIR_TOP, FIR_MID, FIR_TRUNK, WOODS = 56, 57, 58, 62, 63, 64, 65
ROOF, CLAP, WINDOW, DOOR_FLAT, DOOR_GROUND, STAIRS, PORCH, STEPS = 66, 67, 68, 69, 70, 71, 72, 73
SIGN, MAILBOX, LANTERN, BIRDBATH, MIST, GATE = 74, 76, 77, 79, 81, 82
HAIR, SKIN, YELLOW, RED, WHITE = 83, 84, 85, 86, 87
NONE = -1

# character -> (ground tile, furniture tile)
LEGEND: dict[str, tuple[int, int]] = {
    ".": (GRASS, NONE),
    ",": (LONG, NONE),
    "m": (MUD, NONE),
    ":": (GRAVEL, NONE),
    "b": (BED, NONE),
    "p": (PUDDLE, NONE),
    "H": (HEDGE, NONE),
    "W": (WOODS, NONE),
    "R": (ROOF, NONE),
    "C": (CLAP, NONE),
    "N": (WINDOW, NONE),
    "F": (DOOR_FLAT, NONE),
    "G": (DOOR_GROUND, NONE),
    "S": (STAIRS, NONE),
    "=": (PORCH, NONE),
    "_": (STEPS, NONE),
    "K": (GATE, NONE),
    "f": (GRASS, FENCE),
    "j": (LONG, FENCE),
    "x": (GRASS, STONES),
    "X": (LONG, STONES),
    "O": (LONG, WELL),
    "T": (GRASS, FIR_TRUNK),
    "t": (LONG, FIR_TRUNK),
    "P": (GRASS, SIGN),
    "M": (GRASS, MAILBOX),
    "L": (GRASS, LANTERN),
    "l": (PORCH, LANTERN),
    "B": (GRASS, BIRDBATH),
    "~": (GRASS, MIST),
    "@": (GRASS, MIST),
    # the portrait garden's beds; 'd' is a walk of dark earth (mud, in the Other World)
    "h": (HAIR, NONE),
    "s": (SKIN, NONE),
    "y": (YELLOW, NONE),
    "r": (RED, NONE),
    "w": (WHITE, NONE),
    "d": (MUD, NONE),
}

Layers = list[tuple[str, list[list[int]], dict[str, object]]]


def _scatter(x: int, y: int) -> int:
    """A fixed, unpatterned number for a cell (so variants do not line up in stripes)."""
    n = (x * 374761393 + y * 668265263) & 0xFFFFFFFF
    n = ((n ^ (n >> 13)) * 1274126177) & 0xFFFFFFFF
    return n ^ (n >> 16)


def layers(plan: str) -> Layers:
    """The ground, furniture and overhead layers a plan describes."""
    rows = plan.splitlines()
    width, height = len(rows[0]), len(rows)
    for y, row in enumerate(rows):
        if len(row) != width:
            raise ValueError(f"plan row {y} is {len(row)} wide, not {width}: {row!r}")
    ground = [[NONE] * width for _ in range(height)]
    furniture = [[NONE] * width for _ in range(height)]
    overhead = [[NONE] * width for _ in range(height)]
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            floor, piece = LEGEND[ch]
            if floor == GRASS and _scatter(x, y) % 7 == 0:
                floor = GRASS_B
            if ch == "," and _scatter(x, y) % 29 == 3:
                piece = STONES
            ground[y][x] = floor
            if ch == "O":  # which quarter of the well: count the O cells left and above
                left = x > 0 and row[x - 1] == "O" and (x < 2 or row[x - 2] != "O")
                up = y > 0 and rows[y - 1][x] == "O" and (y < 2 or rows[y - 2][x] != "O")
                piece = WELL + (1 if left else 0) + (2 if up else 0)
            elif ch == "P":
                left = x > 0 and row[x - 1] == "P" and (x < 2 or row[x - 2] != "P")
                piece = SIGN + (1 if left else 0)
            elif ch in "Tt":
                for dy, part in ((1, FIR_MID), (2, FIR_TOP)):
                    if y - dy >= 0:
                        overhead[y - dy][x] = part
            elif ch == "@":
                overhead[y][x] = MIST
            furniture[y][x] = piece
    return [
        ("ground", ground, {}),
        ("furniture", furniture, {}),
        ("overhead", overhead, {"overhead": True}),
    ]


def walkable(plan: str) -> set[tuple[int, int]]:
    """Cells with no solid tile (used by the tests of the plans below)."""
    from art.tiles import SOLID_IDS

    out = set()
    for y, row in enumerate(plan.splitlines()):
        for x, ch in enumerate(row):
            floor, piece = LEGEND[ch]
            if floor not in SOLID_IDS and piece not in SOLID_IDS:
                out.add((x, y))
    return out


def spawn(name: str, column: float, row: float, facing: str, default: bool = False) -> Obj:
    props: dict[str, object] = {"spawn": name, "facing": facing}
    if default:
        props["default"] = True
    return Obj("Spawn", *at(column, row), name=name.replace("_", " "), props=props)


def door(name: str, column: float, row: float, target: str, spawn_id: str, prompt: str) -> Obj:
    return Obj(
        "Door",
        *at(column, row),
        name=name,
        props={"target_map": target, "target_spawn": spawn_id, "prompt": prompt},
    )


def inspect(
    name: str, column: float, row: float, w: float = 1, h: float = 1, **props: object
) -> Obj:
    return Obj("Inspect", *at(column, row), w=w * TILE, h=h * TILE, name=name, props=dict(props))


def actor(name: str, kind: str, column: float, row: float, facing: str, **props: object) -> Obj:
    return Obj(
        "Actor",
        *at(column, row),
        name=name,
        props={"actor": kind, "facing": facing} | dict(props),
    )


def centre_mark(name: str, column: float, row: float) -> Obj:
    """A Mark at the centre of cell (column, row)."""
    return mark(name, (column + 0.5) * TILE, (row + 0.5) * TILE)


# ---------------------------------------------------------------- the Pink Palace, real
# The house across the top: Miss Spink and Miss Forcible's door (G), Coraline's front
# door up the porch (F), the outside stair to the attic (S, two flights). A gravel
# path from the drive to the porch; Mom's dead garden beds either side; the old well
# in the long grass at the bottom left, by the edge of the woods.
REAL_GROUNDS = """\
WWWWWRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRWWWWW
WWWWWRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRWWWWW
WWWWWCCNCCCCCNCCCCCNCCCCCNCCCCCSCCCWWWWW
WWWWWCCNCCNCCNCCNCCNCCNCCNCCNCSCCNCWWWWW
WWWWWCCNCCGCCNCCNCCFCCNCCNCCCSCCNCCWWWWW
WW...HHHH.:.HHH.=======.HHHH.:..HHHWWWWW
WW........:.....L.___.L......:...x.WWWWW
WW.......::::::::::::::::::::::....WWWWW
WWT...............:::..............WWWWW
WW....p.....bbbbb.:::.bbbbb........WWWWW
WW..........bbbbb.:::.bbbbb........WWWWW
WW.........mmmmmmm:::mmmmmmm..x....WWWWW
WW..x.......bbbbb.:::.bbbbb........WWWWW
WWT,,,,.....bbbbb.:::.bbbbb......T.WWWWW
WW.,,,,,..........:::..............WWWWW
WW..,,..........p.:::...B..,,,,....WWWWW
WWffffff..ffff....:::.....,,,,,,...WWWWW
WW,,,,,,,,,,,,....:::.....,,t,,,..TWWWWW
WWt,,,,,,,,,,,....:::......,,,,....WWWWW
WW,,,,,,,,,,,,....:::...p.....x..WWWWWWW
WW,,,,OO,,,,,,....:::.........TWWWWWWWWW
WW,,,,OO,,,,,,....:::........TWWWWWWWWWW
WW,,,,,,,X,,,,....:::....T.WWWWWWWWWWWWW
WWt,,,,,,,,,,,PP..:::...WWWWWWWWWWWWWWWW
WW,,,,,,,,,,,,...M:::..WWWWWWWWWWWWWWWWW
WW,,,,,,,,,,,,:::m:::m:WWWWWWWWWWWWWWWWW
WW,,,,,,,,,,,,:::m:::m:WWWWWWWWWWWWWWWWW
WWjjjjjjjjjjjj:::m:::m:WWWWWWWWWWWWWWWWW
"""

# ---------------------------------------------------------------- the Pink Palace, other
# The same house and garden, perfect: the beds bloom, lanterns line the path, and where
# the woods were a flowered avenue leads to the gate of the Other Father's garden.
# Past the lawn's edges there is nothing: the world unravels into white threads.
OTHER_GROUNDS = """\
@@@@@RRRRRRRRRRRRRRRRRRRRRRRRRRRRRR~@@@@
@@@@~RRRRRRRRRRRRRRRRRRRRRRRRRRRRRR~@@@@
@@@@~CCNCCCCCNCCCCCNCCCCCNCCCCCSCCC~@@@@
@@@@~CCNCCNCCNCCNCCNCCNCCNCCNCSCCNC~@@@@
@@@@~CCNCCGCCNCCNCCFCCNCCNCCCSCCNCC~@@@@
@~...HHHH.:.HHH.=======.HHHH.:..HHH~@@@@
@~........:.....L.___.L......:...x.~@@@@
@~.......::::::::::::::::::::::....~@@@@
@~T.....L.........:::.........L....~@@@@
@~....p.....bbbbbL:::Lbbbbb........~@@@@
@~..........bbbbb.:::.bbbbb........~@@@@
@~.........mmmmmmm:::mmmmmmm..x....~@@@@
@~..x.......bbbbb.:::.bbbbb........~@@@@
@~T,,,,.....bbbbbL:::Lbbbbb......T.~@@@@
@~.,,,,,..........:::..............~@@@@
@~..,,..........p.:::...B..........~@@@@
@~ffffff..ffff...L:::L.............~@@@@
@~,,,,,,,,,,,,....:::......bbbbb..T~@@@@
@~t,,,,,,,,,,,....:::.L...L...L...H~@@@@
@~,,,,,,,,,,,,....::::::::::::::::H~@@@@
@~,,,,OO,,,,,,....:::.bbbbbbbb:bbbH~@@@@
@~,,,,OO,,,,,,...L:::LbbbbbbbL:LbbH~@@@@
@~,,,,,,,X,,,,....:::.HHHHHHHHKHHHH~@@@@
@~t,,,,,,,,,,,PP..:::.~~~~~~~~~~~~~~@@@@
@~,,,,,,,,,,,,...M:::.~@@@@@@@@@@@@@@@@@
@~,,,,,,,,,,,,:::::::~@@@@@@@@@@@@@@@@@@
@~,,,,,,,,,,,,~~~~~~~@@@@@@@@@@@@@@@@@@@
@@~~~~~~~~~~~~@@@@@@@@@@@@@@@@@@@@@@@@@@
"""

# ---------------------------------------------------------------- the Other Father's garden
# A walled garden; from the terrace at the top its beds are a portrait of Coraline:
# dark hair (h) with a dragonfly clip, a peach face (s), two eyes, a red smile, a yellow
# raincoat collar (y), on white (w). Walks of dark earth (d) trace her face and the
# neck of her coat, so she can walk into her own picture.
PORTRAIT = """\
.......wwwwwhhhhhhwwwww.......
.....wwwwhhhhhhhhhhhhwwww.....
....wwwhhhhhhhhhhhhhhhhwww....
...wwwhhhhhhhhhhhhhhhhhhwww...
..wwwhhhhhhhhhhhhhhhhhyhhwww..
.wwwhhhhhhhhhhhhhhhhhyryhhwww.
.wwhhhhhhhhhhhhhhhhhhhyhhhhww.
wwwhhhhhhhhhhhhhhhhhhhhhhhhwww
wwwhhhhddddddddddddddddhhhhwww
wwwhhhddssssssssssssssddhhhwww
wwwhhhdssssssssssssssssdhhhwww
wwhhhhdssssssssssssssssdhhhhww
wwhhhhdsswhhwsssswhhwssdhhhhww
wwhhhhdsswhhwsssswhhwssdhhhhww
wwwhhhdssssssssssssssssdhhhwww
wwwhhhdssrssssssssssrssdhhhwww
wwwwhhdssssssssssssssssdhhwwww
wwwwhhdddssrssssssrssdddhhwwww
wwwwwhhdssssrrrrrrssssdhhwwwww
.wwwwwwdddssssssssssdddwwwwww.
.wwwwwwwdddssssssssdddwwwwwww.
..wwwwyyyddddssssddddyyywwww..
...wyyyyyyydddssdddyyyyyyyw...
..yyyyyyyyyyddddddyyyyyyyyyy..
yyyyyyyyyyyyyddddyyyyyyyyyyyyy
yyyyyyyyyyyyyyddyyyyyyyyyyyyyy
"""
PORTRAIT_AT = (9, 8)  # its top-left cell in the garden


def _garden_plan() -> str:
    """The garden, 48x40: the terrace, the portrait on its lawn, the gate at the bottom."""
    width, height = 48, 40
    rows = [list("H" + "." * (width - 2) + "H") for _ in range(height)]
    rows[0] = list("H" * width)
    rows[height - 1] = list("H" * width)
    top = [
        "Hbbbb.L....bbl====================lbb....L.bbbbH",
        "Hbbbb......bb======================bb......bbbbH",
        "H.....H....bb======================bb....H.....H",
        "H..L..H....bbl====================lbb....H..L..H",
        "H.....H....bbfffffffff____fffffffffbb....H.....H",
        "H::::::::::::::::::::::::::::::::::::::::::::::H",
    ]
    for y, line in enumerate(top, 1):
        rows[y] = list(line)
    # gravel walks round the portrait and down to the gate
    for y in range(6, 37):
        rows[y][2] = rows[y][3] = ":"
        rows[y][44] = rows[y][45] = ":"
    for x in range(2, 46):
        rows[36][x] = ":"
    for y in range(34, 39):
        rows[y][23] = rows[y][24] = ":"
    rows[39][23] = "K"
    # the portrait
    px, py = PORTRAIT_AT
    for dy, line in enumerate(PORTRAIT.splitlines()):
        for dx, ch in enumerate(line):
            if ch != ".":
                rows[py + dy][px + dx] = ch
    # lanterns along the side walks, fountains by the gate, beds and topiary in the corners
    for y in range(9, 34, 6):
        rows[y][4] = rows[y][43] = "L"
    for x, y, ch in (
        (16, 37, "B"),
        (31, 37, "B"),
        (21, 38, "L"),
        (26, 38, "L"),
        (6, 35, "L"),
        (41, 35, "L"),
    ):
        rows[y][x] = ch
    for x0 in (1, 43):
        for y in (37, 38):
            for x in range(x0, x0 + 4):
                rows[y][x] = "b"
    for x, y in ((6, 8), (41, 8), (6, 30), (41, 30)):
        rows[y][x] = "H"
    rows[20][6] = rows[20][41] = "B"
    return "\n".join("".join(r) for r in rows) + "\n"


OTHER_GARDEN = _garden_plan()


# ---------------------------------------------------------------- objects
def real_objects() -> list[Obj]:
    return [
        spawn("arrival", 19, 26, "up", default=True),
        # Mom and Dad at the drive as the day begins; inside once she has met Wybie.
        actor("mom", "mom", 17, 25, "right", talk="mom", when="arrived !met_wybie"),
        actor("dad", "dad", 21, 25, "left", talk="dad", when="arrived !met_wybie"),
        spawn("from_flat", 19, 5, "down"),
        spawn("from_spink", 10, 5, "down"),
        spawn("from_attic", 29, 5, "down"),
        door("flat_door", 19, 4, "real_flat.tmx", "from_grounds", "Go inside"),
        door("spink_door", 10, 4, "real_spink_forcible.tmx", "from_grounds", "Knock"),
        door("attic_stairs", 29, 4, "real_attic.tmx", "from_grounds", "Climb the stairs"),
        actor("wybie", "wybie", 9, 20, "left", talk="wybie", when="day !door_closed_on_hand"),
        *the_hand_at_the_well(),
        *garden_party(),
        actor("cat", "cat", 5, 23, "right"),
        inspect("well", 6, 20, 2, 2, talk="well", prompt="Look"),
        inspect(
            "sign",
            14,
            23,
            2,
            1,
            text="The Pink Palace. Pink, yes. A palace, if you squint through the rain.",
        ),
        inspect(
            "woods",
            34,
            9,
            1,
            4,
            text="The woods. Dark, dripping, and full of things that are probably just trees.",
        ),
        inspect(
            "dead garden",
            22,
            9,
            5,
            5,
            text="Mom's garden. Everything in it is dead, or brown, or pretending to be mud.",
        ),
        inspect(
            "dead garden (west)",
            12,
            9,
            5,
            5,
            text="Dead stalks in rows. Someone planted these once and then gave up. I get it.",
        ),
        inspect(
            "ruts",
            21,
            25,
            1,
            3,
            text="The moving van's ruts, full of rain. The van got to leave.",
        ),
        inspect(
            "puddle",
            16,
            15,
            text="A puddle. If I stare long enough, it's a lake and I'm an explorer.",
        ),
        inspect(
            "birdbath",
            24,
            15,
            text="A birdbath full of rain and no birds. Even they have more sense.",
        ),
        inspect("mailbox", 17, 24, text="Our mailbox. Nothing in it but rain and a soggy flyer."),
        inspect(
            "lamp",
            16,
            6,
            text="A porch lamp nobody has lit since about the Stone Age.",
        ),
        centre_mark("well", 8, 21),
        centre_mark("path_end", 19, 24),
    ]


HAND_LOOSE = "door_closed_on_hand !hand_destroyed"


def the_hand_at_the_well() -> list[Obj]:
    """The ending's dodge: the hand comes after her from the well, and after a fair while
    (the trigger's `after`) Wybie comes out of the long grass and smashes it."""
    return [
        actor("the hand", "hand", 8, 23, "up", when=HAND_LOOSE),
        Obj(
            "Trigger",
            *at(17, 6),
            w=5 * TILE,
            h=3 * TILE,
            name="the hand comes",
            props={"talk": "the_hand_comes", "when": HAND_LOOSE},
        ),
        Obj(
            "Trigger",
            *at(2, 5),
            w=33 * TILE,
            h=23 * TILE,
            name="wybie comes",
            props={"talk": "wybie_comes", "after": 900, "when": HAND_LOOSE},
        ),
        actor(
            "wybie at the well",
            "wybie",
            9,
            20,
            "left",
            talk="wybie",
            when="hand_destroyed !key_in_well",
        ),
    ]


# Who comes to the garden party, where they stand, which way they face.
PARTY = [
    ("mom", 25, 15, "right"),
    ("dad", 31, 15, "left"),
    ("spink", 25, 18, "right"),
    ("forcible", 26, 19, "up"),
    ("bobinsky", 31, 18, "left"),
    ("wybie", 28, 19, "up"),
]


def garden_party() -> list[Obj]:
    guests = [
        actor(
            f"{who} at the party", who, column, row, facing, talk=f"party_{who}", when="key_in_well"
        )
        for who, column, row, facing in PARTY
    ]
    after_the_rain = Obj(
        "Mood", 0, 0, name="after the rain", props={"mood": "sunlit", "when": "key_in_well"}
    )
    return [*guests, centre_mark("party", 28, 17), after_the_rain]


def other_objects() -> list[Obj]:
    return [
        spawn("from_flat", 19, 5, "down", default=True),
        spawn("from_spink", 10, 5, "down"),
        spawn("from_attic", 29, 5, "down"),
        spawn("from_garden", 30, 20, "up"),
        door("flat_door", 19, 4, "other_flat.tmx", "from_grounds", "Go inside"),
        door("spink_door", 10, 4, "other_spink_forcible.tmx", "from_grounds", "Go in"),
        door("attic_stairs", 29, 4, "other_attic.tmx", "from_grounds", "Climb the stairs"),
        door("garden_gate", 30, 22, "other_garden.tmx", "from_grounds", "Enter the garden"),
        actor(
            "other wybie",
            "other_wybie",
            22,
            15,
            "left",
            talk="other_wybie",
            when="visited_other_world !escaped_mirror",
            path="@way to the garden",
        ),
        # Other Wybie's lead: along the lawn, round the hedge, down the avenue to the gate.
        Obj(
            "Path",
            22.5 * TILE,
            16 * TILE,
            name="way to the garden",
            polyline=[
                (0, 0),
                (11 * TILE, 0),
                (11 * TILE, 3.5 * TILE),
                (8 * TILE, 3.5 * TILE),
                (8 * TILE, 5.5 * TILE),
            ],
        ),
        actor("cat", "cat", 27, 8, "down", talk="cat_other", when="toured_other_world"),
        inspect(
            "well",
            6,
            20,
            2,
            2,
            text="The same old well, but its cover shines as if someone polishes it every hour.",
        ),
        inspect("edge of the world", 1, 10, 1, 6, talk="world_edge", prompt="Look"),
        inspect("edge of the lane", 14, 26, 7, 1, talk="world_edge", prompt="Look"),
        inspect(
            "lanterns",
            17,
            9,
            text="Lanterns lit in broad daylight. Somebody wants me to see everything.",
        ),
        inspect(
            "flowers",
            22,
            9,
            5,
            2,
            text="Flowers as big as my fist, and every single one is turned to face me.",
        ),
        inspect(
            "flowered gate",
            22,
            20,
            7,
            2,
            text="An avenue of flowers where the woods should be. The woods never looked so tidy.",
        ),
        centre_mark("well", 8, 21),
        centre_mark("gate", 30, 21),
    ]


def garden_objects() -> list[Obj]:
    px, py = PORTRAIT_AT
    return [
        spawn("from_grounds", 23, 37, "up", default=True),
        door("gate", 23, 39, "other_grounds.tmx", "from_garden", "Leave the garden"),
        actor(
            "other father",
            "other_father",
            18,
            3,
            "down",
            talk="other_father_garden",
            when="visited_other_world !challenge_accepted",
        ),
        # Once the game for the eyes has begun, he keeps the garden: he comes after her.
        actor(
            "twisted father", "twisted_father", 24, 4, "down", when="challenge_accepted !eye_garden"
        ),
        # A ghost's eye in the portrait's brow, far inside the planting.
        eye(
            "garden", 23.5, 16, "A ghost's eye! The flowers wilt to grey. The face of me unravels."
        ),
        hint("garden", 21, 36, 5, 3),
        # The way in, shown through the stone: the chin, then the channel up the cheek.
        *(
            Obj(
                "Inspect",
                *at(column, row),
                w=w * TILE,
                h=h * TILE,
                name="hidden way",
                props={
                    "text": "Footprints of light, small ones, going into the planting.",
                    "hidden": True,
                    "when": "challenge_accepted !eye_garden",
                },
            )
            for column, row, w, h in ((21, 31, 6, 2), (15, 18, 1, 7))
        ),
        Obj(
            "Trigger",
            *at(22, 2),
            w=3 * TILE,
            h=2 * TILE,
            name="overlook",
            props={
                "talk": "garden_portrait",
                "when": "visited_other_world !saw_garden !challenge_accepted",
            },
        ),
        inspect(
            "fountain",
            16,
            37,
            text="A fountain that sparkles on purpose, like it's showing off.",
        ),
        inspect(
            "flowers",
            px + 3,
            py + 24,
            4,
            2,
            text="Yellow flowers, exactly the yellow of my raincoat. That's not a coincidence.",
        ),
        centre_mark("portrait_center", px + 14.5, py + 12.5),
        centre_mark("overlook", 23, 3),
    ]


def build() -> None:
    """Write this part's maps into maps/."""
    write_map(
        "real_grounds", "real", "The Pink Palace", "real", layers(REAL_GROUNDS), real_objects()
    )
    write_map(
        "other_grounds",
        "other",
        "The Other Pink Palace",
        "other",
        layers(OTHER_GROUNDS),
        other_objects(),
        drains=EVERY_EYE,
    )
    write_map(
        "other_garden",
        "other",
        "The Other Father's Garden",
        "other",
        layers(OTHER_GARDEN),
        garden_objects(),
        drains="eye_garden",
    )
