"""Conditions: what Tiled objects, pages and objectives are written with."""

from __future__ import annotations

import pytest

from coraline_game.story.conditions import ConditionError, parse_condition

HELD = (frozenset({"arrived", "met_wybie"}), frozenset({"key"}))


@pytest.mark.parametrize(
    ("text", "day", "night"),
    [
        ("", True, True),
        ("arrived", True, True),
        ("arrived !found_small_door", True, True),
        ("!met_wybie", False, False),
        ("has:key", True, True),
        ("!has:key", False, False),
        ("has:seeing_stone", False, False),
        ("night", False, True),
        ("met_wybie day", True, False),
        ("  arrived   night ", False, True),
    ],
)
def test_a_condition_holds_when_all_its_terms_do(text: str, day: bool, night: bool) -> None:
    condition = parse_condition(text)
    assert condition.holds(*HELD, "day") is day
    assert condition.holds(*HELD, "night") is night


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("met-wybie", "'met-wybie' is not a term"),
        ("has:", "should name an item"),
        ("!day", "say 'night' rather than not day"),
        ("day night", "both day and night"),
        ("arrived !arrived", "its opposite"),
        ("has:key !has:key", "its opposite"),
        ("ünïcode", "is not a term"),
    ],
)
def test_a_condition_that_cannot_hold_or_be_read_says_why(text: str, says: str) -> None:
    with pytest.raises(ConditionError, match=says):
        parse_condition(text)
