"""Conditions: when a Tiled object is present, a page of dialogue plays, an objective shows.

A condition is space-separated terms that must all hold:
``flag`` / ``!flag`` (a story flag or fact is set / not set), ``has:ITEM`` / ``!has:ITEM``
(Coraline holds / does not hold an item), ``day`` / ``night`` (the chapter's time).
The empty condition always holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from coraline_game.maps.problems import brief

TIMES = ("day", "night")


class ConditionError(ValueError):
    """A condition that cannot be read; the message is a plain sentence."""


@dataclass(frozen=True)
class Condition:
    needs: frozenset[str] = frozenset()
    refuses: frozenset[str] = frozenset()
    holds_items: frozenset[str] = frozenset()
    lacks_items: frozenset[str] = frozenset()
    time: str = ""  # "" for any time

    def holds(self, flags: frozenset[str], items: frozenset[str], time: str) -> bool:
        return (
            self.needs <= flags
            and not self.refuses & flags
            and self.holds_items <= items
            and not self.lacks_items & items
            and (not self.time or self.time == time)
        )

    @property
    def flags(self) -> frozenset[str]:
        return self.needs | self.refuses

    @property
    def items(self) -> frozenset[str]:
        return self.holds_items | self.lacks_items


ALWAYS = Condition()


@cache
def parse_condition(text: str) -> Condition:
    """Read a condition; raises ConditionError saying which term is wrong and why."""
    needs: set[str] = set()
    refuses: set[str] = set()
    holds: set[str] = set()
    lacks: set[str] = set()
    times: set[str] = set()
    for term in text.split():
        negated = term.startswith("!")
        word = term[1:] if negated else term
        if word in TIMES:
            if negated:
                raise ConditionError(f"{term!r}: say {_other_time(word)!r} rather than not {word}")
            times.add(word)
        elif word.startswith("has:"):
            item = word[4:]
            if not _is_name(item):
                raise ConditionError(f"{brief(term)} should name an item, as in has:key")
            (lacks if negated else holds).add(item)
        elif _is_name(word):
            (refuses if negated else needs).add(word)
        else:
            raise ConditionError(
                f"{brief(term)} is not a term: use flag, !flag, has:item, !has:item, day or night"
            )
    if len(times) > 1:
        raise ConditionError("it asks for both day and night, so it never holds")
    if needs & refuses or holds & lacks:
        raise ConditionError("it asks for something and its opposite, so it never holds")
    return Condition(
        frozenset(needs),
        frozenset(refuses),
        frozenset(holds),
        frozenset(lacks),
        next(iter(times), ""),
    )


def _other_time(time: str) -> str:
    return "night" if time == "day" else "day"


def _is_name(word: str) -> bool:
    return bool(word) and word.replace("_", "a").isalnum() and word.isascii()
