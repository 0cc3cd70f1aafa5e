"""Write Tiled .tmx maps from Python data: the authoring tools' one TMX writer.

Every place module (tools/places/*.py, tools/build_maps.py) describes its layers as
grids of tile ids and its objects as `Obj`; `write_map` turns them into the map file
modders then edit in Tiled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

MAPS = Path(__file__).resolve().parents[2] / "maps"
TILE = 16
HIDDEN_CLASSES = ("Mark", "Mood")
EYE_TILE = 160  # a ghost's eye (tools/art/tiles_hunt.py)
EVERY_EYE = "eye_garden eye_theater eye_circus"  # what drains the places all three share


@dataclass
class Obj:
    cls: str
    x: float
    y: float
    w: float = TILE
    h: float = TILE
    name: str = ""
    props: dict[str, object] = field(default_factory=dict)
    polyline: list[tuple[float, float]] | None = None
    point: bool = False  # a Tiled point object (a Mark): no size
    tile: int = -1  # a tile object: the tileset's tile id it shows (an eye, a snow globe)


ENUMS = {"facing": "Facing", "actor": "ActorKind", "world": "World", "floor": "Floor"}

# How each place sounds (the Place class's floor, music and ambience): what her feet walk
# on, and the sound themes of assets/audio/cues.toml when not its world's.
SOUNDS: dict[str, dict[str, object]] = {
    "real_flat": {"floor": "wood", "ambience": "house"},
    "real_attic": {"floor": "wood", "ambience": "house"},
    "real_spink_forcible": {"floor": "carpet", "ambience": "house"},
    "real_grounds": {"floor": "gravel"},
    "other_flat": {"floor": "carpet"},
    "other_attic": {"floor": "wood"},
    "other_spink_forcible": {"floor": "carpet"},
    "other_grounds": {"floor": "gravel"},
    "other_garden": {"floor": "gravel", "music": "garden"},
    "other_theater": {"floor": "wood", "music": "theater"},
    "other_circus": {"floor": "wood", "music": "circus"},
    "mirror_room": {"floor": "wood", "music": "mirror"},
    "corridor": {"floor": "carpet"},
}


def _prop(name: str, value: object) -> str:
    if isinstance(value, bool):
        kind, text = "bool", "true" if value else "false"
    elif isinstance(value, int):
        kind, text = ("object" if name == "path" else "int"), str(value)
    else:
        kind, text = ("file" if name == "target_map" else "string"), str(value)
    typed = "" if kind == "string" else f' type="{kind}"'
    enum = f' propertytype="{ENUMS[name]}"' if name in ENUMS else ""
    return f'    <property name="{name}"{typed}{enum} value={quoteattr(text)}/>\n'


def _properties(props: dict[str, object], indent: str = "   ") -> str:
    if not props:
        return ""
    body = "".join(indent[:-3] + _prop(k, v) for k, v in props.items())
    return f"{indent}<properties>\n{body}{indent}</properties>\n"


def weathered(
    ids: list[list[int]], wall_faces: set[int], shadowed: dict[int, int]
) -> list[list[int]]:
    """Floors as they wear: a worn plank (tile 1) now and then among planks (tile 0), and
    under a wall face the floor's shadowed variant. Changes `ids` in place and returns it."""
    for y, row in enumerate(ids):
        for x, tile in enumerate(row):
            if tile == 0 and (x * 7 + y * 13) % 11 == 0:
                row[x] = 1
            if y > 0 and ids[y - 1][x] in wall_faces and row[x] in shadowed:
                row[x] = shadowed[row[x]]
    return ids


def csv_rows(ids: list[list[int]]) -> str:
    return ",\n".join(",".join(str(i + 1 if i >= 0 else 0) for i in row) for row in ids)


def write_map(
    name: str,
    world: str,
    title: str,
    tileset: str,
    layers: list[tuple[str, list[list[int]], dict[str, object]]],
    objects: list[Obj],
    mood: str = "",
    drains: str = "",
) -> None:
    """`mood`: the light over the place, when not its world's; `drains`: the flags (the
    eyes) that drain it (see the Place class)."""
    height, width = len(layers[0][1]), len(layers[0][1][0])
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<map version="1.10" tiledversion="1.10.2" class="Place" orientation="orthogonal" '
        f'renderorder="right-down" width="{width}" height="{height}" tilewidth="{TILE}" '
        f'tileheight="{TILE}" infinite="0" backgroundcolor="#000000" '
        f'nextlayerid="{len(layers) + 2}" nextobjectid="{len(objects) + 1}">\n',
        _properties(
            {"world": world, "title": title}
            | ({"mood": mood} if mood else {})
            | ({"drains": drains} if drains else {})
            | SOUNDS.get(name, {}),
            " ",
        ),
        f' <tileset firstgid="1" source="../assets/tiles/{tileset}.tsx"/>\n',
    ]
    for index, (layer_name, ids, props) in enumerate(layers, 1):
        # A layer's opacity, Tiled's own attribute, rides in its properties here.
        opacity = props.pop("opacity", None)
        shade = f' opacity="{opacity}"' if opacity is not None else ""
        out.append(
            f' <layer id="{index}" name="{layer_name}" width="{width}" height="{height}"{shade}>\n'
        )
        out.append(_properties(props, "  "))
        out.append(f'  <data encoding="csv">\n{csv_rows(ids)}\n</data>\n </layer>\n')
    out.append(f' <objectgroup id="{len(layers) + 1}" name="objects">\n')
    ids = {o.name: oid for oid, o in enumerate(objects, 1)}
    for o in objects:
        o.props = {
            k: ids[v[1:]] if isinstance(v, str) and v.startswith("@") else v
            for k, v in o.props.items()
        }
    for oid, o in enumerate(objects, 1):
        size = "" if o.polyline or o.point else f' width="{o.w:g}" height="{o.h:g}"'
        # Marks and moods are for the story's scripts, not to look at: hidden in Tiled's
        # view (and in render-map's) until a modder shows them.
        size += ' visible="0"' if o.cls in HIDDEN_CLASSES else ""
        # Tiled anchors a tile object at its bottom-left corner; Obj keeps the top-left.
        y = o.y + o.h if o.tile >= 0 else o.y
        size += f' gid="{o.tile + 1}"' if o.tile >= 0 else ""
        out.append(
            f'  <object id="{oid}" name={quoteattr(o.name)} type="{o.cls}" x="{o.x:g}" y="{y:g}"{size}>\n'
        )
        out.append(_properties(o.props))
        if o.point:
            out.append("   <point/>\n")
        if o.polyline:
            points = " ".join(f"{px:g},{py:g}" for px, py in o.polyline)
            out.append(f'   <polyline points="{points}"/>\n')
        out.append("  </object>\n")
    out.append(" </objectgroup>\n</map>\n")
    (MAPS / f"{name}.tmx").write_text("".join(out), encoding="utf-8")


def at(column: float, row: float) -> tuple[float, float]:
    return column * TILE, row * TILE


def mark(name: str, x: float, y: float) -> Obj:
    """A Mark: a named point (pixels) cutscenes walk people to and point the camera at."""
    return Obj("Mark", x, y, name=name, point=True, props={"mark": name})


def eye(part: str, column: float, row: float, text: str) -> Obj:
    """A ghost's eye on the floor of `part` (garden, theater, circus), seen only through the
    seeing stone once the game for the eyes has begun; taking it sets eye_PART."""
    return Obj(
        "Item",
        *at(column, row),
        name="eye",
        tile=EYE_TILE,
        props={
            "item": f"{part}_eye",
            "flag": f"eye_{part}",
            "prompt": "Take the eye",
            "text": text,
            "hidden": True,
            "when": "challenge_accepted",
        },
    )


def hint(part: str, column: float, row: float, w: float, h: float) -> Obj:
    """Where Coraline, coming into `part` during the hunt, says where its eye will be and
    what its guardian does (the topic hint_PART): once a visit, until the eye is hers."""
    return Obj(
        "Trigger",
        *at(column, row),
        w=w * TILE,
        h=h * TILE,
        name=f"{part} hint",
        props={"talk": f"hint_{part}", "when": f"challenge_accepted !eye_{part}"},
    )
