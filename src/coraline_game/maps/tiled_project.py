"""The Tiled project modders open (maps/coraline.tiled-project), generated from the contract.

Run `python -m coraline_game.maps.tiled_project` after changing the contract.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coraline_game.maps.contract import ENUMS, OBJECT_CLASSES, PLACE, ClassSpec, Member
from coraline_game.paths import maps_dir

PROJECT_NAME = "coraline.tiled-project"

# What Tiled shows for a required member until the modder sets it.
_UNSET: dict[str, object] = {
    "string": "",
    "file": "",
    "bool": False,
    "int": 0,
    "float": 0.0,
    "object": 0,
}


def project_json() -> str:
    """The project file's text, formatted as Tiled 1.10 writes it."""
    types: list[dict[str, Any]] = [
        {
            "name": enum.__name__,
            "storageType": "string",
            "type": "enum",
            "values": [item.value for item in enum],
            "valuesAsFlags": False,
        }
        for enum in ENUMS
    ]
    types += [_class_type(spec, "object") for spec in OBJECT_CLASSES.values()]
    types.append(_class_type(PLACE, "map"))
    for type_id, entry in enumerate(types, start=1):
        entry["id"] = type_id
    project = {
        "automappingRulesFile": "",
        "commands": [],
        "compatibilityVersion": 1100,
        "extensionsPath": "extensions",
        "folders": [".", "../assets"],
        "properties": [],
        "propertyTypes": types,
    }
    return json.dumps(project, indent=4, sort_keys=True) + "\n"


def _class_type(spec: ClassSpec, use_as: str) -> dict[str, Any]:
    return {
        "color": "#ff" + spec.color.removeprefix("#"),  # Tiled writes #AARRGGBB
        "drawFill": True,
        "members": [_member(member) for member in spec.members],
        "name": spec.name,
        "type": "class",
        "useAs": [use_as],
    }


def _member(member: Member) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": member.name,
        "type": member.kind,
        "value": _UNSET[member.kind] if member.default is None else member.default,
    }
    if member.enum is not None:
        entry["propertyType"] = member.enum.__name__
    return entry


def write_project(folder: Path) -> Path:
    path = folder / PROJECT_NAME
    path.write_text(project_json(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write_project(maps_dir())}")
