"""The shipped Tiled project is the one the contract generates."""

from __future__ import annotations

import json

from coraline_game.maps.contract import OBJECT_CLASSES, PLACE
from coraline_game.maps.tiled_project import PROJECT_NAME, project_json
from coraline_game.paths import maps_dir


def test_shipped_project_is_up_to_date() -> None:
    shipped = (maps_dir() / PROJECT_NAME).read_text(encoding="utf-8")
    assert shipped == project_json(), "run: python -m coraline_game.maps.tiled_project"


def test_project_holds_the_contract() -> None:
    project = json.loads(project_json())
    assert project["folders"] == [".", "../assets"]
    types = {entry["name"]: entry for entry in project["propertyTypes"]}
    assert types["Facing"]["values"] == ["down", "up", "left", "right"]
    assert types["World"]["storageType"] == "string"
    assert types["Place"]["useAs"] == ["map"]
    for name in OBJECT_CLASSES:
        assert types[name]["useAs"] == ["object"]
    colours = [types[name]["color"] for name in [*OBJECT_CLASSES, PLACE.name]]
    assert len(set(colours)) == len(colours)
    assert len({entry["id"] for entry in project["propertyTypes"]}) == len(types)
    door = {member["name"]: member for member in types["Door"]["members"]}
    assert door["target_map"] == {"name": "target_map", "type": "file", "value": ""}
    assert door["prompt"]["value"] == "Open"
    actor = {member["name"]: member for member in types["Actor"]["members"]}
    assert actor["facing"] == {
        "name": "facing",
        "propertyType": "Facing",
        "type": "string",
        "value": "down",
    }
    assert actor["path"] == {"name": "path", "type": "object", "value": 0}
