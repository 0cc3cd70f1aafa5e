"""Each actor draws from its own stream: the seed reaches every actor, and adding one leaves
the others' moves as they were."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import Name, Position
from coraline_game.ecs.random_stream import RandomStream
from coraline_game.maps.model import MapObject
from coraline_game.sim.checksum import state_checksum
from coraline_game.sim.simulation import Simulation
from tests.synthetic import ROOM, obj, plan_map

CAT = obj("Actor", 6, 4, 20, actor="cat")
MOUSE = obj("Actor", 2, 2, 21, actor="mouse")
ANOTHER_MOUSE = obj("Actor", 7, 2, 22, actor="mouse")
SPAWN = obj("Spawn", 1, 5, 1, spawn="start", default=True)
TICKS = 900


def _tracks(objects: list[MapObject], seed: int) -> tuple[dict[int, list[tuple[int, int]]], str]:
    """Where each actor stood every tick, by Tiled object id; and the final checksum."""
    sim = Simulation({"room": plan_map("room", ROOM, [SPAWN, *objects])}, seed, start_map="room")
    tracks: dict[int, list[tuple[int, int]]] = {}
    try:
        for _ in range(TICKS):
            sim.step(0)
            for _entity, (name, position) in esper.get_components(Name, Position):
                tracks.setdefault(name.object_id, []).append((position.x, position.y))
        return tracks, state_checksum(sim)
    finally:
        sim.close()


def test_the_seed_reaches_every_actor() -> None:
    first, first_sum = _tracks([CAT, MOUSE], seed=1)
    again, again_sum = _tracks([CAT, MOUSE], seed=1)
    other, other_sum = _tracks([CAT, MOUSE], seed=2)
    assert (first, first_sum) == (again, again_sum)
    assert first[CAT.id] != other[CAT.id] and first[MOUSE.id] != other[MOUSE.id]
    assert first_sum != other_sum


def test_adding_an_actor_leaves_the_others_moves_alone() -> None:
    """Actors do not push each other, so the others' tracks stay the same to the tick."""
    before, _ = _tracks([CAT, MOUSE], seed=5)
    after, _ = _tracks([CAT, MOUSE, ANOTHER_MOUSE], seed=5)
    assert len(set(after[ANOTHER_MOUSE.id])) > 1  # the newcomer moves too
    assert after[CAT.id] == before[CAT.id]
    assert after[MOUSE.id] == before[MOUSE.id]


def test_streams_are_derived_from_seed_place_and_object() -> None:
    draws = {
        key: [RandomStream.derived(*key).randrange(0, 1000) for _ in range(1)]
        for key in ((1, "room", 20), (1, "room", 21), (1, "hall", 20), (2, "room", 20))
    }
    assert len({tuple(value) for value in draws.values()}) == 4
    stream = RandomStream.derived(1, "room", 20)
    same = RandomStream.derived(1, "room", 20)
    assert [stream.next() for _ in range(5)] == [same.next() for _ in range(5)]
    assert all(0 <= stream.randrange(3, 9) - 3 < 6 for _ in range(200))
