"""Holding properties and objects to the map contract, filling in the defaults Tiled leaves out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from coraline_game.maps.contract import OBJECT_CLASSES, PLACE, Member
from coraline_game.maps.model import MapObject, PropertyValue
from coraline_game.maps.objects import object_place
from coraline_game.maps.properties import FilePath, ObjectRef
from coraline_game.maps.xml_values import Report

_KIND_LABELS = {
    "string": "a string",
    "bool": "a bool",
    "int": "an int",
    "float": "a number",
    "file": "a file path",
    "object": "an object reference",
}


def conform(
    members: Sequence[Member],
    properties: Mapping[str, PropertyValue],
    report: Report,
    place: str,
) -> dict[str, PropertyValue]:
    """The properties with defaults filled in; properties the contract does not name pass as
    they are (modders may keep their own)."""
    filled = dict(properties)
    for member in members:
        value = properties.get(member.name)
        if value is None or (member.required and value == ""):
            if member.default is None:
                report(
                    f"missing required property {member.name!r} ({member.type_name}): {member.doc}",
                    place,
                )
            else:
                filled[member.name] = member.default
            continue
        mistake = _mistake(member, value)
        if mistake:
            report(mistake, place)
    return filled


def conform_object(obj: MapObject, report: Report) -> MapObject:
    """Objects without a class pass untouched: the game ignores them."""
    if not obj.cls:
        return obj
    place = object_place(obj.id, obj.cls, obj.name)
    spec = OBJECT_CLASSES.get(obj.cls)
    if spec is None:
        report(
            f"unknown class {obj.cls!r}: the game knows {', '.join(OBJECT_CLASSES)}"
            " (leave the class empty for objects the game should ignore)",
            place,
        )
        return obj
    if obj.shape not in spec.shapes:
        shapes = " or ".join(_a(shape) for shape in sorted(spec.shapes))
        report(f"{_a(spec.name)} must be {shapes}, not {_a(obj.shape)}", place)
    elif obj.rotation and not spec.rotatable:
        report(f"{_a(spec.name)} must not be rotated", place)
    return replace(obj, properties=conform(spec.members, obj.properties, report, place))


def conform_map(
    cls: str, properties: Mapping[str, PropertyValue], report: Report
) -> dict[str, PropertyValue]:
    if cls not in ("", PLACE.name):
        report(f"the map's class should be {PLACE.name}, found {cls[:40]!r}", "map")
    return conform(PLACE.members, properties, report, "map")


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _mistake(member: Member, value: PropertyValue) -> str | None:
    if member.enum is not None:
        values = [item.value for item in member.enum]
        if value in values and isinstance(value, str):
            return None
        expected = f"one of {', '.join(values)}"
    elif _has_kind(member.kind, value):
        return None
    else:
        expected = _KIND_LABELS[member.kind]
    return f"property {member.name!r} should be {expected}, found {_describe(value)}"


def _has_kind(kind: str, value: PropertyValue) -> bool:
    """Tiled's declared type must match: an `object` or `file` property is what the game
    follows to another object or map, so a plain int or string cannot stand in for it."""
    if isinstance(value, bool):
        return kind == "bool"
    if isinstance(value, ObjectRef):
        return kind == "object"
    if isinstance(value, int):
        return kind in ("int", "float")
    if isinstance(value, float):
        return kind == "float"
    if isinstance(value, FilePath):
        return kind == "file"
    return kind == "string"


def _describe(value: PropertyValue) -> str:
    if isinstance(value, bool):
        return f"bool {str(value).lower()}"
    if isinstance(value, ObjectRef):
        return f"object {int(value)}"
    if isinstance(value, FilePath):
        return f"file {value[:40]!r}"
    if isinstance(value, int):
        return f"int {value}"
    if isinstance(value, float):
        return f"number {value:g}"
    return f"string {value[:40]!r}"
