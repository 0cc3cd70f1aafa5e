"""The contract's checks, and the modding guide that documents it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coraline_game.maps.conformance import conform
from coraline_game.maps.contract import (
    OBJECT_CLASSES,
    PLACE,
    TILE_LAYER_MEMBERS,
    TILE_MEMBERS,
    Facing,
    Member,
)
from coraline_game.maps.model import PropertyValue
from coraline_game.maps.properties import FilePath, ObjectRef

MODDING = Path(__file__).resolve().parents[2] / "docs" / "MODDING.md"


def check(
    member: Member, value: PropertyValue | None
) -> tuple[dict[str, PropertyValue], list[str]]:
    problems: list[str] = []
    given = {} if value is None else {member.name: value}
    filled = conform([member], given, lambda message, place: problems.append(message), "here")
    return filled, problems


@pytest.mark.parametrize(
    ("member", "value", "problem"),
    [
        (
            Member("n", "bool", "", False),
            "yes",
            "property 'n' should be a bool, found string 'yes'",
        ),
        (Member("n", "int", "", 0), True, "property 'n' should be an int, found bool true"),
        (Member("n", "int", "", 0), 1.5, "property 'n' should be an int, found number 1.5"),
        (Member("n", "string", "", ""), 3, "property 'n' should be a string, found int 3"),
        (
            Member("n", "object", "", 0),
            "9",
            "property 'n' should be an object reference, found string '9'",
        ),
        (
            Member("n", "string", "", "down", Facing),
            2,
            "property 'n' should be one of down, up, left, right, found int 2",
        ),
        (
            Member("n", "object", "", 0),
            4,
            "property 'n' should be an object reference, found int 4",
        ),
        (
            Member("n", "file", "", ""),
            "other_flat.tmx",
            "property 'n' should be a file path, found string 'other_flat.tmx'",
        ),
        (
            Member("n", "string", "", ""),
            FilePath("x.tmx"),
            "property 'n' should be a string, found file 'x.tmx'",
        ),
        (Member("n", "int", "", 0), ObjectRef(3), "property 'n' should be an int, found object 3"),
        (Member("n", "string", "the id"), None, "missing required property 'n' (string): the id"),
        (Member("n", "file", "the map"), "", "missing required property 'n' (file): the map"),
    ],
)
def test_mistakes_are_named(member: Member, value: PropertyValue | None, problem: str) -> None:
    assert check(member, value)[1] == [problem]


@pytest.mark.parametrize(
    ("member", "value"),
    [
        (Member("n", "float", "", 0.0), 2),
        (Member("n", "string", "", "down", Facing), "right"),
        (Member("n", "file", "", ""), FilePath("other_flat.tmx")),
        (Member("n", "object", "", 0), ObjectRef(4)),
    ],
)
def test_fitting_values_pass(member: Member, value: PropertyValue) -> None:
    assert check(member, value) == ({"n": value}, [])


def test_defaults_fill_what_is_missing() -> None:
    assert check(Member("n", "string", "", "Open"), None) == ({"n": "Open"}, [])


def default_text(member: Member) -> str:
    if member.default is None:
        return "required"
    if isinstance(member.default, bool):
        return f"`{str(member.default).lower()}`"
    return f"`{member.default}`" if member.default != "" else '`""`'


def test_the_modding_guide_documents_every_member() -> None:
    guide = MODDING.read_text(encoding="utf-8")
    for spec in [*OBJECT_CLASSES.values(), PLACE]:
        assert f"### {spec.name}\n\n{spec.doc}" in guide or spec is PLACE
        for member in spec.members:
            row = (
                f"| `{member.name}` | {member.type_name} | {default_text(member)} | {member.doc} |"
            )
            assert row in guide, row
    for member in (*TILE_LAYER_MEMBERS, *TILE_MEMBERS):
        assert f"| `{member.name}` | bool | `false` | {member.doc} |" in guide
