"""Events systems raise during a tick; the simulation handles them after the systems ran."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Used:
    """Coraline used the entity she faced."""

    entity: int


@dataclass(frozen=True)
class Entered:
    """Coraline stepped into a trigger."""

    entity: int


@dataclass(frozen=True)
class Seen:
    """A guard saw Coraline."""

    entity: int


@dataclass(frozen=True)
class Struck:
    """A swept area struck while Coraline stood in it."""

    entity: int


Event = Used | Entered | Seen | Struck
