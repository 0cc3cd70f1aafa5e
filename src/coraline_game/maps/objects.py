"""Objects read from the XML itself: pytmx drops the `class` attribute and reads points and
ellipses as rectangles, so shape, class and points come from here."""

from __future__ import annotations

import math
from xml.etree.ElementTree import Element

from coraline_game.maps.layer_tree import LayerEntry
from coraline_game.maps.model import MapObject
from coraline_game.maps.properties import read_properties
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.tilesets import FLIP_BITS, TilesetTable
from coraline_game.maps.xml_values import read_flag, read_float, read_int

EXPORT_COMMAND = (
    "tiled --export-map tmx --detach-templates --embed-tilesets --resolve-types-and-properties"
    " IN.tmx OUT.tmx"
)


def object_place(object_id: object, cls: str, name: str) -> str:
    """E.g. "object 12 (Door 'little door')"."""
    label = " ".join(part for part in (cls, repr(name) if name else "") if part)
    return f"object {object_id} ({label})" if label else f"object {object_id}"


def read_objects(
    entry: LayerEntry, tilesets: TilesetTable, report: Reporter, rules: Reporter
) -> list[MapObject]:
    """The layer's objects, positioned as in the file: like a tile layer's cells, they move
    with the layer's offset (ObjectLayer.offset), which is not added here.

    A tile object's gid is still Tiled's raw gid here; the loader swaps in its image index.
    Property problems go to `rules`, which only keeps them when the contract applies.
    """
    nodes = entry.element.findall("object")
    return [_read_object(node, entry, tilesets, report, rules) for node in nodes]


def _read_object(
    node: Element, entry: LayerEntry, tilesets: TilesetTable, report: Reporter, rules: Reporter
) -> MapObject:
    # Tiled 1.9 wrote the class as `class`; 1.8 and 1.10 on write `type`.
    cls = node.get("type") or node.get("class") or ""
    name = node.get("name", "")
    object_id = read_int(node, "id", report, f"object {node.get('id', '?')[:20]}", 0, 0)
    place = object_place(object_id, cls, name)
    if node.get("template") is not None:
        report(
            f"the object comes from a template, which the game cannot read: export the map with"
            f" `{EXPORT_COMMAND}`",
            place,
        )
    x = read_float(node, "x", report, place)
    y = read_float(node, "y", report, place)
    width = read_float(node, "width", report, place)
    height = read_float(node, "height", report, place)
    gid = read_int(node, "gid", report, place, 0, 0, 2**32 - 1)
    shape, points = _shape(node, report, place)
    if gid:
        shape = "tile"
        found = tilesets.find(gid & ~FLIP_BITS)
        if found is not None and node.get("width") is None:
            width, height = (float(side) for side in found[0].size_of(found[1]))
        y -= height  # Tiled anchors tile objects at their bottom-left corner
    return MapObject(
        id=object_id,
        name=name,
        cls=cls,
        x=x,
        y=y,
        width=width,
        height=height,
        properties=read_properties(node, rules, place),
        layer=entry.name,
        points=tuple((x + px, y + py) for px, py in points),
        shape=shape,
        gid=gid,
        visible=read_flag(node, "visible", report, place, True),
        rotation=read_float(node, "rotation", report, place),
    )


def _shape(
    node: Element, report: Reporter, place: str
) -> tuple[str, tuple[tuple[float, float], ...]]:
    for tag in ("ellipse", "point", "text"):
        if node.find(tag) is not None:
            return tag, ()
    for tag in ("polygon", "polyline"):
        outline = node.find(tag)
        if outline is not None:
            try:
                return tag, _points(outline.get("points", ""))
            except ValueError:
                report(f"the {tag}'s points do not parse", place)
                return tag, ()
    return "rectangle", ()


def _points(text: str) -> tuple[tuple[float, float], ...]:
    points = []
    for pair in text.split():
        x, y = (float(part) for part in pair.split(","))
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError(pair)
        points.append((x, y))
    return tuple(points)
