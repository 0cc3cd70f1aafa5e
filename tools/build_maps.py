"""Author the shipped Tiled maps from ASCII room plans: the flat and the corridor here,
the grounds and the venues in tools/places/.

The .tmx files in maps/ are the source modders edit in Tiled; this script is
how the studio drew the first versions of them: `python tools/build_maps.py`.
Tile ids follow the tile table shared by assets/tiles/{real,other,between}.tsx.
"""

from __future__ import annotations

import sys

from places import attic, grounds, venues
from places.writer import EVERY_EYE, MAPS, TILE, Obj, at, mark, weathered, write_map

# Ground-layer letters -> tile id.
GROUND = {
    "#": 8,
    "W": 9,
    "N": 10,
    "D": 11,
    "P": 12,
    "S": 13,
    "M": 14,
    "d": 15,
    ".": 0,
    "k": 3,
    "r": 5,
    "m": 6,
    "V": 7,
    "_": 34,
    # the corridor
    "=": 41,
    "H": 42,
    "O": 43,
    ":": 40,
}
SHADOWED = {0: 2, 1: 2, 3: 4, 40: 44}  # floor tile -> its variant under a wall face
WALL_FACES = {9, 10, 11, 12, 13, 14, 42, 43}
# Furniture-layer letters -> tile ids (two-tile pieces take two letters).
FURNITURE = {
    "t": 16,
    "u": 17,
    "c": 18,
    "b": 19,
    "e": 20,
    "s": 21,
    "z": 22,
    "C": 23,
    "O": 24,
    "K": 25,
    "p": 26,
    "x": 27,
    "l": 28,
    "a": 29,
    "R": 30,
    "T": 31,
}
OVERHEAD = {"L": 32, "^": 33}
SNOW_GLOBE_TILE = 162  # tools/art/tiles_hunt.py
HUNT_UNTIL_HOME = "found_parents !door_closed_on_hand"  # from the trick until the door shuts

WIDTH, HEIGHT = 30, 20


def _flat_plan() -> list[list[str]]:
    """Coraline's flat: her room, the study and the kitchen above; living room and hall below."""
    rows = [["#"] * WIDTH for _ in range(HEIGHT)]
    top_faces = "WWNWWWNWW#WWNWWWS#WWNWWWWNWW"  # columns 1..28
    for column, ch in enumerate(top_faces, 1):
        rows[1][column] = ch
    for row in range(2, 8):
        for column in range(1, 29):
            if column not in (10, 18):
                rows[row][column] = "k" if column >= 19 else "."
    rows[4][18] = "."  # study to kitchen
    for row in (4, 5):
        for column in (3, 4, 5, 6, 13, 14, 15):
            rows[row][column] = "r"
    for column in range(1, 29):
        rows[9][column] = "W" if column != 19 else "#"
    for column, ch in ((5, "d"), (14, "d"), (24, "d"), (9, "P"), (11, "D"), (17, "S"), (27, "M")):
        rows[9][column] = ch
        if ch == "d":
            rows[8][column] = "."
    for row in range(10, 19):
        for column in range(1, 29):
            if column != 19:
                rows[row][column] = "."
    rows[13][19] = rows[14][19] = "."  # living room to hall
    for row in range(12, 16):
        for column in range(4, 10):
            rows[row][column] = "r"
    rows[18][24] = "m"
    return rows


# (column, row, letters): pieces laid left to right from that cell.
FLAT_FURNITURE = [
    (1, 2, "b"),
    (1, 3, "e"),
    (8, 2, "xx"),
    (9, 3, "x"),
    (1, 7, "p"),
    (9, 7, "l"),
    (12, 2, "T"),
    (15, 2, "T"),
    (12, 3, "c"),
    (15, 3, "c"),
    (17, 6, "x"),
    (17, 7, "x"),
    (11, 7, "p"),
    (19, 2, "CCCCOKC"),
    (26, 2, "R"),
    (22, 5, "ctuc"),
    (28, 7, "p"),
    (5, 16, "sz"),
    (10, 13, "a"),
    (1, 10, "R"),
    (1, 11, "l"),
    (18, 10, "p"),
    (14, 13, "ctu"),
    (16, 17, "xx"),
    (17, 18, "x"),
    (1, 18, "p"),
    (20, 10, "p"),
    (28, 10, "p"),
    (28, 17, "l"),
    (20, 17, "x"),
    (20, 18, "x"),
    (26, 12, "a"),
]
FLAT_OVERHEAD = [
    (5, 4, "L"),
    (14, 4, "L"),
    (24, 3, "L"),
    (8, 13, "L"),
    (24, 14, "L"),
    (5, 8, "^"),
    (14, 8, "^"),
    (24, 8, "^"),
]


def _placed(pieces: list[tuple[int, int, str]], table: dict[str, int]) -> list[list[int]]:
    ids = [[-1] * WIDTH for _ in range(HEIGHT)]
    for column, row, letters in pieces:
        for offset, ch in enumerate(letters):
            ids[row][column + offset] = table[ch]
    return ids


# The corridor: long enough to grow. Early on she enters near its far end; as the story
# turns the little door lets her in further back (see the flat's doors), and it darkens.
CORRIDOR = "\n".join(["=======", "==HOH=="] + ["==:::=="] * 37 + ["===O==="])


def _ground_ids(rows: list[str] | list[list[str]]) -> list[list[int]]:
    assert len({len(row) for row in rows}) == 1, "every row of a plan has the same width"
    ids = [[GROUND[ch] for ch in row] for row in rows]
    return weathered(ids, WALL_FACES, SHADOWED)


def flat_objects(world: str) -> list[Obj]:
    """The objects both flats share (spawns, doors, marks), then each one's own."""
    real = world == "real"
    objs = [
        Obj(
            "Spawn",
            *at(6, 13),
            name="start",
            props={"spawn": "start", "default": True, "facing": "down"},
        ),
        Obj(
            "Spawn",
            *at(11, 10),
            name="little door",
            props={"spawn": "little_door", "facing": "down"},
        ),
        Obj(
            "Spawn",
            *at(24, 17),
            name="from grounds",
            props={"spawn": "from_grounds", "facing": "up"},
        ),
        Obj("Spawn", *at(2, 3), name="bed", props={"spawn": "bed", "facing": "right"}),
        Obj("Spawn", *at(20, 6), name="kitchen", props={"spawn": "kitchen", "facing": "up"}),
        mark("mom_desk", 12.5 * TILE, 5 * TILE),
        mark("kitchen_way", 24.5 * TILE, 7.75 * TILE),
        mark("kitchen_door", 24.5 * TILE, 10.75 * TILE),
        mark("study_door", 14.5 * TILE, 9.5 * TILE),
        mark("hall_spot", 14.5 * TILE, 10.75 * TILE),
        mark("little_door", 11.5 * TILE, 10.75 * TILE),
    ]
    if real:
        objs += [
            # The little door: wallpaper, then bricks, then locked, then open at night.
            Obj(
                "Inspect",
                *at(11, 9),
                name="little door",
                props={"talk": "little_door", "prompt": "Look", "when": "!followed_mouse"},
            ),
            Obj(
                "Inspect",
                *at(11, 9),
                name="little door locked",
                props={
                    "talk": "little_door",
                    "prompt": "Try the door",
                    "when": "followed_mouse !has:key",
                },
            ),
            Obj(
                "Inspect",
                *at(11, 9),
                name="little door by day",
                props={
                    "talk": "little_door",
                    "prompt": "Open",
                    "when": "followed_mouse has:key day",
                },
            ),
            *(
                Obj(
                    "Door",
                    *at(11, 9),
                    name="little door",
                    props={
                        "target_map": "corridor.tmx",
                        "target_spawn": spawn,
                        "prompt": "Open the little door",
                        "when": f"followed_mouse has:key night {when}",
                    },
                )
                # The further the story, the further back the corridor lets her in.
                for spawn, when in (
                    ("from_real_short", "!toured_other_world"),
                    ("from_real_mid", "toured_other_world !escaped_mirror"),
                    ("from_real", "escaped_mirror"),
                )
            ),
            Obj(
                "Trigger",
                *at(10, 10),
                w=3 * TILE,
                h=2 * TILE,
                name="bricks gone",
                props={"talk": "mouse_at_door", "when": "found_small_door night !followed_mouse"},
            ),
            Obj(
                "Item",
                *at(19, 2),
                w=3 * TILE,
                name="key",
                props={
                    "item": "key",
                    "prompt": "Take the key",
                    "text": "The key, on its hook by the stove. Cold as a coin.",
                    "when": "followed_mouse night",
                },
            ),
            Obj("Inspect", *at(1, 3), name="bed", props={"talk": "bed", "prompt": "Sleep"}),
            Obj(
                "Door",
                *at(24, 19),
                name="front door",
                props={
                    "target_map": "real_grounds.tmx",
                    "target_spawn": "from_flat",
                    "prompt": "Go outside",
                    "when": "day",
                },
            ),
            Obj(
                "Inspect",
                *at(24, 19),
                name="front door at night",
                props={"text": "Chained for the night. Dad checks it twice.", "when": "night"},
            ),
            Obj(
                "Actor",
                *at(12, 4),
                name="mom",
                props={
                    "actor": "mom",
                    "facing": "down",
                    "talk": "mom",
                    "when": "day !escaped_mirror",
                },
            ),
            Obj(
                "Actor",
                *at(15, 4),
                name="dad",
                props={
                    "actor": "dad",
                    "facing": "down",
                    "talk": "dad",
                    "when": "day !escaped_mirror",
                },
            ),
            *(
                Obj(
                    "Actor",
                    *at(column, 4),
                    name=f"{who} home again",
                    props={
                        "actor": who,
                        "facing": "down",
                        "talk": who,
                        "when": "door_closed_on_hand day",
                    },
                )
                for who, column in (("mom", 12), ("dad", 15))
            ),
            # Through the little door with the Other Mother at her heels: shut it.
            Obj(
                "Trigger",
                *at(10, 10),
                w=3 * TILE,
                h=2 * TILE,
                name="home through the door",
                props={"talk": "door_shut_cue", "when": "found_parents !door_closed_on_hand"},
            ),
            Obj(
                "Inspect",
                *at(3, 1),
                name="window",
                props={
                    "text": "Rain again. It has rained every day since we came to the Pink Palace."
                },
            ),
            Obj(
                "Inspect",
                *at(9, 2),
                name="boxes",
                props={"text": "Moving boxes. Nobody has had time to unpack them."},
            ),
            Obj(
                "Inspect",
                *at(9, 9),
                name="picture",
                props={"text": "A painting of a boy holding a plum. He looks as bored as I am."},
            ),
            Obj("Inspect", *at(27, 9), name="mirror", props={"talk": "hall_mirror"}),
            Obj(
                "Inspect",
                *at(24, 2),
                name="stove",
                props={"text": "Dad's cooking pot. Something grey is glued to the bottom."},
            ),
            Obj(
                "Actor",
                *at(15, 15),
                name="cat",
                props={"actor": "cat", "facing": "left", "when": "day"},
            ),
            Obj(
                "Actor",
                *at(5, 4),
                name="mouse",
                props={"actor": "mouse", "path": "@mouse run", "facing": "down", "when": "day"},
            ),
            Obj(
                "Path",
                5.5 * TILE,
                5 * TILE,
                name="mouse run",
                polyline=[(0, 0), (0, 6 * TILE), (6 * TILE, 6 * TILE), (6 * TILE, 5.5 * TILE)],
            ),
            # The night the mouse comes: it waits by her bed and leads her to the little door.
            Obj(
                "Actor",
                *at(3, 4),
                name="night mouse",
                props={
                    "actor": "mouse",
                    "path": "@night mouse run",
                    "facing": "right",
                    "when": "found_small_door night !followed_mouse !mouse_went_under",
                },
            ),
            Obj(
                "Path",
                3.5 * TILE,
                5 * TILE,
                name="night mouse run",
                polyline=[(0, 0), (2 * TILE, 0), (2 * TILE, 5.5 * TILE), (8 * TILE, 5.5 * TILE)],
            ),
        ]
    else:
        objs += [
            Obj(
                "Trigger",
                *at(9, 10),
                w=5 * TILE,
                h=2 * TILE,
                name="arrival",
                props={
                    "text": "The same room. But warmer, brighter, and somewhere a kettle is singing.",
                    "when": "!visited_other_world",
                },
            ),
            Obj(
                "Door",
                *at(11, 9),
                name="little door",
                props={
                    "target_map": "corridor.tmx",
                    "target_spawn": "from_other",
                    "prompt": "Go home",
                    "when": "!found_parents",
                },
            ),
            Obj(
                "Inspect",
                *at(11, 9),
                name="little door shut",
                props={"talk": "little_door_shut", "when": "found_parents"},
            ),
            # Her parents, in the snow globe: hidden until every eye is found.
            Obj(
                "Item",
                *at(12, 16),
                name="snow globe",
                tile=SNOW_GLOBE_TILE,
                props={
                    "item": "snow_globe",
                    "flag": "found_parents",
                    "prompt": "Take the snow globe",
                    "text": "A snow globe. Inside, tiny in the snow: Mom and Dad! I've found you.",
                    "hidden": True,
                    "when": "eye_garden eye_theater eye_circus",
                },
            ),
            Obj(
                "Door",
                *at(24, 19),
                name="front door",
                props={
                    "target_map": "other_grounds.tmx",
                    "target_spawn": "from_flat",
                    "prompt": "Go outside",
                },
            ),
            Obj(
                "Actor",
                *at(21, 4),
                name="other mother",
                props={
                    "actor": "other_mother",
                    "facing": "down",
                    "talk": "other_mother",
                    "when": "!refused_buttons",
                },
            ),
            Obj(
                "Actor",
                *at(21, 4),
                name="other mother waiting",
                props={
                    "actor": "other_mother",
                    "facing": "down",
                    "talk": "other_mother",
                    "when": "got_seeing_stone",
                },
            ),
            Obj(
                "Actor",
                *at(21, 4),
                name="her true form",
                props={
                    "actor": "beldam",
                    "facing": "down",
                    "when": "refused_buttons !met_ghosts",
                },
            ),
            Obj(
                "Inspect",
                *at(24, 14),
                name="trail of light",
                props={
                    "text": "Through the stone: small footprints of light, going out of the front door.",
                    "hidden": True,
                    "when": "got_seeing_stone",
                },
            ),
            Obj(
                "Actor",
                *at(15, 4),
                name="other father",
                props={
                    "actor": "other_father",
                    "facing": "down",
                    "talk": "other_father",
                    "when": "!refused_buttons",
                },
            ),
            Obj(
                "Inspect",
                *at(3, 1),
                name="window",
                props={"text": "No rain here. The sky is the colour of honey."},
            ),
            Obj(
                "Inspect",
                *at(9, 9),
                name="picture",
                props={"text": "The boy with the plum is smiling now. His eyes are buttons."},
            ),
            Obj(
                "Inspect",
                *at(27, 9),
                name="mirror",
                props={"text": "The mirror shows the room, but not quite me."},
            ),
            Obj(
                "Inspect",
                *at(1, 3),
                name="bed",
                props={"text": "My bed, but softer. The sheets smell of cake."},
            ),
            Obj("Actor", *at(4, 15), name="mouse", props={"actor": "mouse", "facing": "right"}),
            Obj("Actor", *at(24, 12), name="mouse", props={"actor": "mouse", "facing": "left"}),
        ]
    return objs


def main() -> int:
    MAPS.mkdir(exist_ok=True)
    flat_layers = [
        ("ground", _ground_ids(_flat_plan()), {}),
        ("furniture", _placed(FLAT_FURNITURE, FURNITURE), {}),
        ("overhead", _placed(FLAT_OVERHEAD, OVERHEAD), {"overhead": True}),
    ]
    write_map("real_flat", "real", "Coraline's Flat", "real", flat_layers, flat_objects("real"))
    write_map(
        "other_flat",
        "other",
        "The Other Flat",
        "other",
        flat_layers,
        flat_objects("other"),
        drains=EVERY_EYE,
    )
    corridor = [("ground", _ground_ids(CORRIDOR.splitlines()), {})]
    corridor_objects = [
        Obj(
            "Spawn",
            *at(3, 37),
            name="from real",
            props={"spawn": "from_real", "default": True, "facing": "up"},
        ),
        Obj(
            "Spawn",
            *at(3, 21),
            name="from real mid",
            props={"spawn": "from_real_mid", "facing": "up"},
        ),
        Obj(
            "Spawn",
            *at(3, 9),
            name="from real short",
            props={"spawn": "from_real_short", "facing": "up"},
        ),
        # Darker once she has refused the buttons; on the escape its own light again, to
        # see who comes after her.
        Obj(
            "Mood",
            *at(0, 0),
            name="darker",
            props={"mood": "dark", "when": "refused_buttons !found_parents"},
        ),
        # The escape: she comes after Coraline down a corridor tearing apart at the seams.
        Obj(
            "Actor",
            *at(3, 1.5),
            name="her true form",
            props={"actor": "beldam_pursuing", "facing": "down", "when": HUNT_UNTIL_HOME},
        ),
        *(
            Obj(
                "Hazard",
                *at(1, row),
                w=5 * TILE,
                h=TILE,
                name=f"tear {row}",
                props={
                    "period": 100,
                    "offset": offset,
                    "warn": 40,
                    "strike": 20,
                    "caught": "The floor rips open under her. She lands back at the far end.",
                    "when": HUNT_UNTIL_HOME,
                },
            )
            for row, offset in ((12, 0), (22, 50), (31, 25))
        ),
        Obj("Spawn", *at(3, 2), name="from other", props={"spawn": "from_other", "facing": "down"}),
        Obj("Spawn", *at(3, 5), name="escape", props={"spawn": "escape", "facing": "down"}),
        Obj(
            "Door",
            *at(3, 1),
            name="far door",
            props={
                "target_map": "other_flat.tmx",
                "target_spawn": "little_door",
                "prompt": "Go through",
                "flag": "through_the_door",
            },
        ),
        Obj(
            "Door",
            *at(3, 39),
            name="near door",
            props={
                "target_map": "real_flat.tmx",
                "target_spawn": "little_door",
                "prompt": "Go back",
            },
        ),
    ]
    write_map("corridor", "between", "The Corridor", "between", corridor, corridor_objects)
    grounds.build()
    venues.build()
    attic.build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
