"""The map contract: the classes, members and properties the game reads from Tiled maps.

This module is data and the single source of truth: the loader fills in defaults from it
(Tiled leaves out properties equal to their class default), `coraline-game check` holds
maps to it, and `tiled_project` turns it into the Tiled project modders open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from coraline_game.ecs.catalogue import actor_names, catalogue_path
from coraline_game.maps.model import PropertyValue


class Facing(StrEnum):
    DOWN = "down"
    UP = "up"
    LEFT = "left"
    RIGHT = "right"


# The people and animals of the actor catalogue (assets/actors.toml): a new kind is an entry
# there. A catalogue that cannot be read gives none, and `check` says why.
ActorKind = StrEnum(  # type: ignore[misc]
    "ActorKind", [(name.upper(), name) for name in actor_names(catalogue_path())]
)


class World(StrEnum):
    REAL = "real"
    OTHER = "other"
    BETWEEN = "between"


class Floor(StrEnum):
    """What footsteps sound like (assets/audio/effects/step_FLOOR_N.ogg)."""

    WOOD = "wood"
    CARPET = "carpet"
    GRAVEL = "gravel"


ENUMS: tuple[type[StrEnum], ...] = (Facing, ActorKind, World, Floor)

# Tiled's property types, as the game reads them.
Kind = Literal["string", "bool", "int", "float", "file", "object"]

SHAPES = frozenset({"rectangle", "ellipse", "point", "polygon", "polyline", "tile", "text"})


@dataclass(frozen=True)
class Member:
    name: str
    kind: Kind
    doc: str
    default: PropertyValue | None = None  # None: required, it must be set and not be empty
    enum: type[StrEnum] | None = None  # for string members that take one of its values

    @property
    def required(self) -> bool:
        return self.default is None

    @property
    def type_name(self) -> str:
        return self.enum.__name__ if self.enum else self.kind


@dataclass(frozen=True)
class ClassSpec:
    name: str
    doc: str
    color: str  # how Tiled draws its objects, so each class is told apart at a glance
    members: tuple[Member, ...] = ()
    shapes: frozenset[str] = SHAPES
    rotatable: bool = True


FACING = Member("facing", "string", "which way it faces at first", "down", Facing)
WHEN = Member(
    "when",
    "string",
    "present only while this story condition holds: terms that must all hold, such as"
    " 'met_wybie !night' (flag, !flag, has:item, !has:item, day, night); empty: always",
    "",
)
TALK = Member("talk", "string", "the dialogue topic played when used (story/dialogue)", "")
HIDDEN = Member(
    "hidden",
    "bool",
    "seen, and usable, only through the seeing stone (the ghosts' eyes, hidden ways)",
    False,
)

SPAWN = ClassSpec(
    "Spawn",
    "A place where Coraline appears: when a game starts here, or through a door.",
    "#2e9d4a",
    (
        Member("spawn", "string", "the spawn's id, unique in its map; doors name it"),
        Member(
            "default",
            "bool",
            "where Coraline appears when no door names a spawn; exactly one per map"
            " (a map's only Spawn is its default anyway)",
            False,
        ),
        FACING,
    ),
)
DOOR = ClassSpec(
    "Door",
    "A way to another map, or to another spot of this one, taken with the interact action.",
    "#b5651d",
    (
        Member(
            "target_map",
            "file",
            "the map it leads to: a .tmx file in the same folder, e.g. other_flat.tmx",
        ),
        Member("target_spawn", "string", "the id of a Spawn in the target map"),
        Member("prompt", "string", "the word shown over the door", "Open"),
        Member("flag", "string", "a story flag set when the door is used (empty: none)", ""),
        WHEN,
        HIDDEN,
    ),
)
COLLISION = ClassSpec(
    "Collision",
    "A solid, unrotated rectangle nobody walks through.",
    "#d03030",
    shapes=frozenset({"rectangle"}),
    rotatable=False,
)
TRIGGER = ClassSpec(
    "Trigger",
    "An area that plays a topic (or sets a flag) when Coraline steps in while it is present.",
    "#e0b020",
    (
        TALK,
        Member("flag", "string", "a story flag it sets (empty: none)", ""),
        Member("text", "string", "a line shown when Coraline steps in (empty: none)", ""),
        Member(
            "after",
            "int",
            "ticks she must have spent in this place (since she came in, or was sent back)"
            " before it fires: a wait she must survive (0: at once)",
            0,
        ),
        WHEN,
    ),
)
ACTOR = ClassSpec(
    "Actor",
    "Where a character starts out.",
    "#3070d0",
    (
        Member("actor", "string", "which character", enum=ActorKind),
        Member(
            "path",
            "object",
            "a Path the actor follows (0: none; the cat roams, the mouse scurries)",
            0,
        ),
        FACING,
        TALK,
        WHEN,
    ),
)
ITEM = ClassSpec(
    "Item",
    "Something Coraline can take.",
    "#c040c0",
    (
        Member("item", "string", "the id of the item she takes"),
        Member("flag", "string", "a story flag set when she takes it (empty: none)", ""),
        Member("prompt", "string", "the word shown over it", "Take"),
        Member("text", "string", "a line shown when she takes it (empty: none)", ""),
        WHEN,
        HIDDEN,
    ),
)
INSPECT = ClassSpec(
    "Inspect",
    "Something Coraline can look at.",
    "#20b0b0",
    (
        Member("text", "string", "the line shown when she looks (or give a talk topic)", ""),
        Member("prompt", "string", "the word shown over it", "Look"),
        TALK,
        WHEN,
        HIDDEN,
    ),
)
MARK = ClassSpec(
    "Mark",
    "A named spot cutscenes walk people to and point the camera at.",
    "#f0f0f0",
    (Member("mark", "string", "the mark's id, unique in its map; cutscenes name it"),),
    rotatable=False,
)
PATH = ClassSpec(
    "Path",
    "A route for actors: a polyline, or a polygon walked round and round.",
    "#808080",
    shapes=frozenset({"polyline", "polygon"}),
)

MOOD = ClassSpec(
    "Mood",
    "While present, the light over the whole place is this mood instead of the map's own.",
    "#404060",
    (
        Member("mood", "string", "the light: real, other, between, dark or sunlit"),
        WHEN,
    ),
    rotatable=False,
)

HAZARD = ClassSpec(
    "Hazard",
    "An area swept on a beat: warned of, then dangerous, then safe, round and round."
    " Caught in it while it strikes, Coraline is sent back to where she came in.",
    "#c03070",
    (
        Member("period", "int", "ticks from one strike to the next (60 a second)", 180),
        Member("offset", "int", "ticks into the period its warning begins", 0),
        Member("warn", "int", "ticks it is shown coming before it strikes", 45),
        Member("strike", "int", "ticks it is dangerous", 30),
        Member("caught", "string", "the line shown when it catches her", "Caught!"),
        WHEN,
    ),
    shapes=frozenset({"rectangle"}),
    rotatable=False,
)

OBJECT_CLASSES: Mapping[str, ClassSpec] = {
    spec.name: spec
    for spec in (SPAWN, DOOR, COLLISION, TRIGGER, ACTOR, ITEM, INSPECT, PATH, MARK, MOOD, HAZARD)
}

# The lights a map may ask for with `mood` (render/atmosphere.py draws each).
MOODS = ("real", "other", "between", "dark", "sunlit")

# The class of every map (Tiled: Map > Map Properties > Class).
PLACE = ClassSpec(
    "Place",
    "A map of the game.",
    "#a0a0a4",
    (
        Member("world", "string", "the world the map belongs to", enum=World),
        Member("title", "string", "the place's name, shown on arrival (empty: none)", ""),
        Member(
            "mood",
            "string",
            "the light over it: real, other, between, dark, sunlit (empty: its world's);"
            " at night real becomes real_night",
            "",
        ),
        Member(
            "drains",
            "string",
            "the story flags (space-separated: the ghosts' eyes) whose setting drains this"
            " place of colour, each its share (empty: it never drains)",
            "",
        ),
        Member("floor", "string", "what her footsteps sound on", "wood", Floor),
        Member(
            "music",
            "string",
            "its music theme in assets/audio/cues.toml (empty: its world's)",
            "",
        ),
        Member(
            "ambience",
            "string",
            "its ambience theme in assets/audio/cues.toml (empty: its world's)",
            "",
        ),
    ),
)

# Custom properties of tile layers, and of tiles in a tileset.
TILE_LAYER_MEMBERS: tuple[Member, ...] = (
    Member("overhead", "bool", "drawn above the characters (roofs, tree tops)", False),
    Member("collision", "bool", "every tile painted on this layer is solid", False),
)
TILE_MEMBERS: tuple[Member, ...] = (
    Member("solid", "bool", "nobody walks on this tile, on whichever layer it is painted", False),
)
