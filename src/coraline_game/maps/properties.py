"""Custom properties as Tiled writes them, turned into typed values."""

from __future__ import annotations

import math
from collections.abc import Callable
from xml.etree.ElementTree import Element

from coraline_game.maps.model import PropertyValue
from coraline_game.maps.xml_values import Report


class ObjectRef(int):
    """An `object` property: the id of an object of the same map (0 for none). An int to
    everything that reads it; kept apart so the contract can tell it from a plain int."""

    __slots__ = ()


class FilePath(str):
    """A `file` property: a path relative to the map, kept apart from a plain string."""

    __slots__ = ()


def _bool(raw: str) -> bool:
    if raw not in ("true", "false"):
        raise ValueError(raw)
    return raw == "true"


def _float(raw: str) -> float:
    value = float(raw)
    if not math.isfinite(value):
        raise ValueError(raw)
    return value


# Enums arrive as strings or ints with a `propertytype` naming the enum; their values are
# checked against the contract, not here.
_READERS: dict[str, Callable[[str], PropertyValue]] = {
    "string": str,
    "file": FilePath,
    "color": str,
    "int": int,
    "object": ObjectRef,
    "float": _float,
    "bool": _bool,
}


def read_properties(element: Element, report: Report, place: str) -> dict[str, PropertyValue]:
    """The element's own <properties>; values that cannot be typed are reported and left out."""
    properties: dict[str, PropertyValue] = {}
    holder = element.find("properties")
    if holder is None:
        return properties
    for node in holder.findall("property"):
        name = node.get("name", "")
        kind = node.get("type", "string")
        raw = node.get("value")
        if raw is None:
            raw = node.text or ""  # Tiled writes multi-line strings as the element's text
        reader = _READERS.get(kind)
        if reader is None:
            report(
                f"property {name!r} has type {kind[:40]!r}, which the game cannot read"
                " (use string, int, float, bool, color, file or object)",
                place,
            )
            continue
        try:
            properties[name] = reader(raw)
        except ValueError:
            report(f"property {name!r} is declared {kind} but holds {raw[:40]!r}", place)
    return properties
