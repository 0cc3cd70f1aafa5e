"""People and animals are data: a new kind is a catalogue entry, and a broken entry is a
sentence naming the file and the actor, before anyone is made."""

from __future__ import annotations

from pathlib import Path

import esper
import pytest

from coraline_game.ecs.catalogue import CatalogueError, default_catalogue, load_catalogue
from coraline_game.ecs.components import Name, Position, Usable
from coraline_game.paths import assets_dir
from coraline_game.sim.simulation import Simulation
from tests.synthetic import ROOM, obj, plan_map

SPRITES = assets_dir() / "sprites"


def test_the_games_catalogue_loads_and_names_what_maps_use() -> None:
    catalogue = default_catalogue()
    assert {"cat", "mouse"} <= set(catalogue)
    assert catalogue["cat"].use is not None and catalogue["mouse"].use is None


def test_a_new_kind_needs_an_entry_and_no_code(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        '[neighbour]\nsheet = "cat"\nspeed = 0.5\nbody = [4, 2]\nbehaviour = "lead_or_scurry"\n'
        '[neighbour.use]\nprompt = "Say hello"\ntext = "Hello."\nreach = [8, 14]\n'
    )
    catalogue = load_catalogue(path, SPRITES)
    room = plan_map(
        "room",
        ROOM,
        [
            obj("Spawn", 1, 5, 1, spawn="start", default=True),
            obj("Actor", 6, 3, 7, actor="neighbour"),
        ],
    )
    sim = Simulation({"room": room}, seed=4, start_map="room", catalogue=catalogue)
    try:
        sim.step(0)
        made = [
            (name, esper.component_for_entity(entity, Usable).prompt)
            for entity, (name, _position) in esper.get_components(Name, Position)
            if name.actor == "neighbour"
        ]
        assert made == [(Name("neighbour", 7), "Say hello")]
    finally:
        sim.close()


@pytest.mark.parametrize(
    ("entry", "sentence"),
    [
        (
            'sheet = "ghost"\nspeed = 1\nbody = [2, 2]\nbehaviour = "lead_or_scurry"',
            "its sprite sheet ghost.png is not in",
        ),
        (
            'sheet = "cat"\nspeed = true\nbody = [2, 2]\nbehaviour = "lead_or_scurry"',
            "speed should be a number, found True",
        ),
        (
            'sheet = "cat"\nspeed = 1\nbody = [2]\nbehaviour = "lead_or_scurry"',
            "body should be two numbers",
        ),
        (
            'sheet = "cat"\nspeed = 1\nbody = [2, 2]\nbehaviour = "dance"',
            "behaviour should be one of wander_and_follow, lead_or_scurry, lead_or_stand,"
            " stand, patrol, pursue, found 'dance'",
        ),
        (
            'sheet = "../x"\nspeed = 1\nbody = [2, 2]\nbehaviour = "lead_or_scurry"',
            "sheet should name a sprite sheet in assets/sprites",
        ),
        (
            'sheet = "cat"\nspeed = 1\nbody = [2, 2]\nbehaviour = "lead_or_scurry"\nwings = 2',
            "'wings' is not something an actor has",
        ),
    ],
)
def test_a_broken_entry_is_named_with_its_file_and_actor(
    tmp_path: Path, entry: str, sentence: str
) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(f"[ghost]\n{entry}\n")
    with pytest.raises(CatalogueError) as error:
        load_catalogue(path, SPRITES)
    (problem,) = error.value.problems
    assert problem.file == path and problem.place == "actor ghost"
    assert sentence in problem.message


def test_a_catalogue_that_is_not_toml_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text("[cat\n")
    with pytest.raises(CatalogueError, match="the actor catalogue is not valid TOML"):
        load_catalogue(path, SPRITES)
