"""The good fixture map loads exactly as Tiled shows it."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import BinaryIO

import pygame
import pytest

from coraline_game.maps.loader import load_map
from coraline_game.maps.model import GameMap, ImageLayer, MapObject, ObjectLayer, TileLayer
from coraline_game.maps.problems import MapError
from tests.data.make_images import TILE_COLOURS
from tests.maps.fixtures import GOOD_MAP, content_copy, csv_layer, marker, small_map


@pytest.fixture(scope="module")
def good() -> GameMap:
    return load_map(GOOD_MAP)


def layer(game_map: GameMap, name: str) -> TileLayer | ObjectLayer | ImageLayer:
    return next(layer for layer in game_map.layers if layer.name == name)


def tile_layer(game_map: GameMap, name: str) -> TileLayer:
    found = layer(game_map, name)
    assert isinstance(found, TileLayer)
    return found


def obj(game_map: GameMap, object_id: int) -> MapObject:
    """An object as written in the file, on its layer."""
    return next(
        o
        for layer in game_map.layers
        if isinstance(layer, ObjectLayer)
        for o in layer.objects
        if o.id == object_id
    )


def placed(game_map: GameMap, object_id: int) -> MapObject:
    """An object where it stands in the map (its layer's offset applied)."""
    return next(o for o in game_map.objects if o.id == object_id)


def test_map_size_properties_and_background(good: GameMap) -> None:
    assert (good.width, good.height, good.tile_width, good.tile_height) == (6, 4, 8, 8)
    assert good.properties == {
        "world": "real",
        "title": "Test House",
        "mood": "",
        "drains": "",
        "floor": "wood",
        "music": "",
        "ambience": "",
    }
    assert good.background_color == (0x11, 0x22, 0x33, 0x80)


def test_layers_keep_tiled_draw_order_with_groups_flattened(good: GameMap) -> None:
    kinds = [(type(layer).__name__, layer.name) for layer in good.layers]
    assert kinds == [
        ("TileLayer", "ground"),
        ("TileLayer", "walls"),
        ("ObjectLayer", "things"),
        ("TileLayer", "secret"),
        ("ImageLayer", "sky"),
        ("TileLayer", "roof"),
        ("TileLayer", "blockers"),
        ("ObjectLayer", "actors"),
    ]


def test_groups_pass_on_visibility_opacity_and_offsets(good: GameMap) -> None:
    walls, things, secret = layer(good, "walls"), layer(good, "things"), layer(good, "secret")
    assert (walls.visible, walls.opacity, walls.offset) == (True, 0.25, (5.5, 2.0))
    assert (things.opacity, things.offset) == (0.5, (4.0, 2.0))
    assert secret.visible is False  # its own flag says visible; its group is hidden
    assert layer(good, "blockers").visible is False
    sky = layer(good, "sky")
    assert isinstance(sky, ImageLayer) and sky.offset == (3.0, 4.0)


def test_overhead_comes_from_the_layer_property(good: GameMap) -> None:
    overhead = {
        layer.name for layer in good.layers if isinstance(layer, TileLayer) and layer.overhead
    }
    assert overhead == {"roof"}


def test_tiles_are_cut_on_tileds_grid_despite_margin_spacing_and_spare_pixels(
    good: GameMap,
) -> None:
    ground = tile_layer(good, "ground")
    cells = [*ground.gids[0], *ground.gids[1][:2]]  # the tileset's eight tiles in order
    for tile_index, image_index in enumerate(cells):
        image = good.tile_images[image_index]
        assert image is not None and image.get_size() == (8, 8)
        assert image.get_at((4, 4))[:3] == TILE_COLOURS[tile_index]
        assert marker(image) == [(1, 0)]


def test_flips_are_applied_diagonal_first(good: GameMap) -> None:
    flipped = tile_layer(good, "ground").gids[2][:4]  # H, V, D and H+V+D of tile 0
    markers = [marker(good.tile_images[index]) for index in flipped]  # type: ignore[arg-type]
    assert markers == [[(6, 0)], [(1, 7)], [(0, 1)], [(7, 6)]]


def test_image_collection_tiles_keep_their_size_and_flips(good: GameMap) -> None:
    cell = tile_layer(good, "secret").gids[3][5]  # big.png, flipped horizontally
    image = good.tile_images[cell]
    assert image is not None and image.get_size() == (16, 24)
    assert marker(image) == [(14, 0)]


def test_colour_key_is_transparent_and_tile_offset_kept(good: GameMap) -> None:
    cell = tile_layer(good, "ground").gids[3][0]  # the keyed tileset's first tile
    image = good.tile_images[cell]
    assert image is not None
    backdrop = pygame.Surface((8, 8))
    backdrop.fill((0, 255, 0))
    backdrop.blit(image, (0, 0))
    assert backdrop.get_at((0, 0))[:3] == (0, 0, 255)  # the blue square
    assert backdrop.get_at((7, 7))[:3] == (0, 255, 0)  # key colour: see-through
    assert good.tile_offsets[cell] == (2, -3)
    assert good.tile_offsets[tile_layer(good, "ground").gids[0][0]] == (0, 0)


def test_image_layer_image(good: GameMap) -> None:
    sky = layer(good, "sky")
    assert isinstance(sky, ImageLayer)
    image = good.tile_images[sky.image]
    assert image is not None and image.get_size() == (4, 4)
    assert image.get_at((0, 0))[:3] == (120, 170, 230)


def test_image_layers_repeat_as_the_file_says(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "repeats.tmx"
    image = '<image source="../assets/sky.png" width="4" height="4"/>'
    path.write_text(
        small_map(
            f'<imagelayer name="across" repeatx="1">{image}</imagelayer>'
            f'<imagelayer name="both" repeatx="1" repeaty="1">{image}</imagelayer>'
            f'<imagelayer name="still" repeaty="0">{image}</imagelayer>'
        )
    )
    repeats = [
        (found.repeat_x, found.repeat_y)
        for found in load_map(path).layers
        if isinstance(found, ImageLayer)
    ]
    assert repeats == [(True, False), (True, True), (False, False)]
    path.write_text(small_map(f'<imagelayer name="sky" repeatx="yes">{image}</imagelayer>'))
    with pytest.raises(MapError) as error:
        load_map(path)
    assert [p.message for p in error.value.problems] == ["repeatx should be 0 or 1, found 'yes'"]


def test_solid_cells_from_solid_tiles_and_collision_layers(good: GameMap) -> None:
    solid = {(c, r) for r in range(good.height) for c in range(good.width) if good.is_solid(c, r)}
    # ground and walls paint the solid tile; the hidden collision layer blocks (5, 0).
    assert solid == {(1, 0), (0, 1), (5, 0)}
    assert good.is_solid(-1, 0) and good.is_solid(0, good.height)


def test_object_classes_from_type_and_class_attributes(good: GameMap) -> None:
    classes = {o.id: o.cls for o in good.objects}
    assert classes == {
        1: "Spawn",  # type="Spawn" (Tiled 1.8, 1.10)
        2: "Spawn",  # class="Spawn" (Tiled 1.9)
        3: "Door",
        4: "Collision",
        5: "Trigger",
        6: "Item",
        7: "Inspect",
        8: "",
        9: "Path",
        10: "Actor",
        11: "Actor",
    }


def test_object_shapes(good: GameMap) -> None:
    shapes = {o.id: o.shape for o in good.objects}
    assert shapes == {
        1: "point",
        2: "rectangle",
        3: "rectangle",
        4: "rectangle",
        5: "ellipse",
        6: "rectangle",
        7: "polygon",
        8: "text",
        9: "polyline",
        10: "tile",
        11: "tile",
    }
    # As written in the file, on their layers ...
    assert obj(good, 7).points == ((24.0, 8.0), (32.0, 8.0), (28.0, 14.0))
    assert obj(good, 9).points == ((0.0, 0.0), (16.0, 0.0), (16.0, 8.0))
    # ... and where they stand in the map: layer "things" is offset (4, 2), "actors" (-8, 8).
    assert placed(good, 7).points == ((28.0, 10.0), (36.0, 10.0), (32.0, 16.0))
    assert placed(good, 9).points == ((-8.0, 8.0), (8.0, 8.0), (8.0, 16.0))
    assert (placed(good, 7).x, placed(good, 7).y) == (obj(good, 7).x + 4, obj(good, 7).y + 2)


def test_contract_defaults_fill_what_tiled_leaves_out(good: GameMap) -> None:
    assert obj(good, 1).properties == {"spawn": "front", "default": True, "facing": "down"}
    assert obj(good, 2).properties == {"spawn": "back", "default": False, "facing": "left"}
    assert obj(good, 3).properties == {
        "target_map": "good.tmx",
        "target_spawn": "back",
        "prompt": "Open",
        "flag": "found_small_door",
        "when": "",
        "hidden": False,
    }
    assert obj(good, 5).properties == {
        "talk": "",
        "flag": "arrived",
        "text": "",
        "after": 0,
        "when": "",
    }
    assert obj(good, 7).properties == {
        "text": "An old well.\nIt smells of rain.",
        "prompt": "Look",
        "talk": "",
        "when": "",
        "hidden": False,
    }
    assert obj(good, 10).properties == {
        "actor": "cat",
        "path": 9,
        "facing": "down",
        "talk": "",
        "when": "",
    }
    assert obj(good, 8).properties == {}


def test_modders_own_properties_are_kept(good: GameMap) -> None:
    assert obj(good, 6).properties["sparkle"] == 3


def test_objects_are_positioned_as_in_the_file_and_move_with_their_layer(good: GameMap) -> None:
    assert (obj(good, 3).x, obj(good, 3).y, obj(good, 3).layer) == (32.0, 0.0, "things")
    assert layer(good, "actors").offset == (-8.0, 8.0)


def test_tile_objects_are_top_left_with_an_image_index(good: GameMap) -> None:
    cat = obj(good, 10)
    assert (cat.x, cat.y, cat.width, cat.height) == (16.0, -8.0, 16.0, 24.0)
    image = good.tile_images[cat.gid]
    assert image is not None and image.get_size() == (16, 24) and marker(image) == [(1, 0)]
    mouse = obj(good, 11)  # no size in the file: the tile's own, and flipped
    assert (mouse.x, mouse.y, mouse.width, mouse.height) == (40.0, 0.0, 8.0, 8.0)
    flipped = good.tile_images[mouse.gid]  # the keyed tileset's blue square, now top-right
    assert flipped is not None
    assert flipped.get_at((6, 0))[:3] == (0, 0, 255) and flipped.get_at((1, 0))[:3] == (255, 0, 255)


def test_tileset_images_are_decoded_once_and_never_handed_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = content_copy(tmp_path)
    calls: list[str] = []
    real_load = pygame.image.load

    def counting_load(file: BinaryIO, name: str) -> pygame.Surface:
        calls.append(name)
        return real_load(file, name)

    monkeypatch.setattr(pygame.image, "load", counting_load)
    first = load_map(root / "maps" / "good.tmx")
    assert sorted(calls) == ["big.png", "keyed.png", "sky.png", "tiles.png"]
    second = load_map(root / "maps" / "good.tmx")
    assert len(calls) == 4
    assert first.tile_images[1] is not second.tile_images[1]
    tiles = root / "assets" / "tiles.png"
    os.utime(tiles, ns=(tiles.stat().st_atime_ns, tiles.stat().st_mtime_ns + 10**9))
    load_map(root / "maps" / "good.tmx")
    assert calls[-1] == "tiles.png" and len(calls) == 5


def test_contract_off_loads_any_tiled_map_but_stays_safe(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    loose = root / "maps" / "loose.tmx"
    loose.write_text(
        small_map(csv_layer("ground", 3, 2), extra='<object id="2" type="Lamp" x="0" y="0"/>')
        .replace('class="Place"', "")
        .replace('<property name="world" propertytype="World" value="real"/>', "")
    )
    with pytest.raises(MapError) as error:
        load_map(loose)
    assert [p.message.split(":")[0] for p in error.value.problems] == [
        "missing required property 'world' (World)",
        "unknown class 'Lamp'",
    ]
    assert [o.cls for o in load_map(loose, contract=False).objects] == ["Spawn", "Lamp"]
    loose.write_text(loose.read_text().replace("../assets/tiles.tsx", "../../../tiles.tsx"))
    with pytest.raises(MapError, match="outside the content folder"):
        load_map(loose, contract=False)


def test_a_40_by_30_map_with_three_layers_loads_in_a_few_milliseconds(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "big.tmx"
    layers = "\n".join(csv_layer(name, 40, 30, gid) for gid, name in enumerate("abc", start=1))
    path.write_text(small_map(layers, width=40, height=30))
    load_map(path)  # the first load decodes the tileset image
    timings = []
    for _ in range(7):
        start = time.perf_counter()
        load_map(path)
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[3] < 0.020
