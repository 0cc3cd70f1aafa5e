"""load_map_set: a folder of maps, checked together."""

from __future__ import annotations

from pathlib import Path

import pytest

from coraline_game.maps.mapset import load_map_set
from coraline_game.maps.problems import MapError
from tests.maps.fixtures import content_copy, csv_layer, small_map


def test_maps_by_file_stem(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    (root / "maps" / "cellar.tmx").write_text(small_map(csv_layer("ground", 3, 2)))
    maps = load_map_set(root / "maps")
    assert sorted(maps) == ["cellar", "good"]
    assert maps["cellar"].width == 3


def test_every_problem_of_every_map_at_once(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    maps = root / "maps"
    door = """<object id="2" type="Door" x="0" y="0" width="8" height="8"><properties>
   <property name="target_map" type="file" value="good.tmx"/>
   <property name="target_spawn" value="attic"/></properties></object>"""
    (maps / "cellar.tmx").write_text(small_map(csv_layer("ground", 3, 2), extra=door))
    (maps / "attic.tmx").write_text(small_map(csv_layer("ground", 3, 2, gid=99)))
    with pytest.raises(MapError) as error:
        load_map_set(maps)
    messages = sorted(f"{p.file.name}: {p.message}" for p in error.value.problems)
    assert messages == [
        "attic.tmx: the cell at column 0, row 0 holds tile 99, which none of the map's tilesets"
        " has (6 cells hold unknown tiles)",
        "cellar.tmx: the door leads to spawn 'attic' of 'good.tmx', which has no such Spawn"
        " (it has back, front)",
    ]


def test_door_targets_stay_in_the_folder(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    good = root / "maps" / "good.tmx"
    good.write_text(good.read_text().replace('value="good.tmx"', 'value="../maps/good.tmx"'))
    with pytest.raises(MapError, match=r"target_map '\.\./maps/good\.tmx' must name a \.tmx"):
        load_map_set(root / "maps")
