"""The map's layers in Tiled's draw order, groups flattened.

pytmx lists layers by type and ignores what groups pass on, so the tree is walked here:
a hidden group hides its children, opacities multiply and offsets add up.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from coraline_game.maps.limits import MAX_GROUP_DEPTH
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.xml_values import read_flag, read_float

DRAWN_TAGS = ("layer", "objectgroup", "imagelayer")


@dataclass(frozen=True)
class LayerEntry:
    element: Element  # <layer>, <objectgroup> or <imagelayer>
    name: str
    visible: bool
    opacity: float
    offset: tuple[float, float]

    @property
    def place(self) -> str:
        return f"layer {self.name}"


def flatten_layers(root: Element, report: Reporter, rules: Reporter) -> list[LayerEntry]:
    """`rules` takes the game's own demands (unique names, which its maps need to be
    addressed by name); Tiled allows duplicates, so any map may still be drawn."""
    entries: list[LayerEntry] = []
    _walk(root, LayerEntry(root, "", True, 1.0, (0.0, 0.0)), 0, entries, report)
    for name, count in Counter(entry.name for entry in entries).items():
        if count > 1:
            rules(f"{count} layers have this name; names must be unique", f"layer {name}")
    return entries


def _walk(
    parent: Element, inherited: LayerEntry, depth: int, entries: list[LayerEntry], report: Reporter
) -> None:
    for element in parent:
        if element.tag != "group" and element.tag not in DRAWN_TAGS:
            continue
        name = element.get("name", "")
        place = f"layer {name}"
        opacity = read_float(element, "opacity", report, place, 1.0)
        if not 0.0 <= opacity <= 1.0:
            report(f"opacity should be from 0 to 1, found {opacity:g}", place)
        entry = LayerEntry(
            element,
            name,
            inherited.visible and read_flag(element, "visible", report, place, True),
            inherited.opacity * min(max(opacity, 0.0), 1.0),
            (
                inherited.offset[0] + read_float(element, "offsetx", report, place),
                inherited.offset[1] + read_float(element, "offsety", report, place),
            ),
        )
        if element.tag in DRAWN_TAGS:
            entries.append(entry)
        elif depth >= MAX_GROUP_DEPTH:
            report(f"groups are nested more than {MAX_GROUP_DEPTH} deep", place)
        else:
            _walk(element, entry, depth + 1, entries, report)
