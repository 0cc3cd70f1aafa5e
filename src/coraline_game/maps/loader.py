"""load_map: a Tiled map file in, the game's GameMap out, or every problem found in it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypedDict
from xml.etree.ElementTree import Element

import pygame

from coraline_game.maps.colors import parse_argb, parse_colour_key
from coraline_game.maps.conformance import conform, conform_map, conform_object
from coraline_game.maps.contract import TILE_LAYER_MEMBERS
from coraline_game.maps.images import cut_tile
from coraline_game.maps.layer_tree import LayerEntry, flatten_layers
from coraline_game.maps.model import (
    GameMap,
    ImageLayer,
    Layer,
    MapObject,
    ObjectLayer,
    PropertyValue,
    TileLayer,
)
from coraline_game.maps.objects import read_objects
from coraline_game.maps.problems import MapError
from coraline_game.maps.properties import read_properties
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.solidity import solid_cells, solid_tile_gids
from coraline_game.maps.tile_images import TileImages, load_tile_images
from coraline_game.maps.tmx_source import TmxSource, read_tmx
from coraline_game.maps.xml_values import read_flag

DIAGONAL_FLIP = 0x20000000  # Tiled's diagonal flip bit in a gid


def load_map(path: Path, *, contract: bool = True) -> GameMap:
    """Load a .tmx map; raises MapError naming every problem found.

    With `contract=False` any Tiled map loads (e.g. to render it): classes and properties are
    not held to the map contract, but every safety check still applies.
    """
    report = Reporter(path)
    source = read_tmx(path, report)
    if source is None:
        raise MapError(report.problems)
    rules = report if contract else Reporter(path)  # a loose map's contract problems are dropped
    parts = _read_parts(source, report, rules)
    if report.problems:
        raise MapError(report.problems)
    try:
        return _assemble(source, parts, load_tile_images(source))
    except Exception as error:  # pytmx and pygame raise anything at all: name it, never crash
        report(f"the map could not be read: {type(error).__name__}: {error}")
        raise MapError(report.problems) from error


@dataclass(frozen=True)
class _Parts:
    """What the loader reads from the XML itself, before pytmx sees it."""

    entries: list[LayerEntry]
    properties: dict[str, PropertyValue]
    objects: dict[Element, list[MapObject]]  # by <objectgroup>; tile objects' gids still raw
    roles: dict[Element, tuple[bool, bool]]  # by tile <layer>: (overhead, collision)
    repeats: dict[Element, tuple[bool, bool]]  # by <imagelayer>: (repeatx, repeaty)
    solid_gids: set[int]
    background: tuple[int, int, int, int] | None


def _read_parts(source: TmxSource, report: Reporter, rules: Reporter) -> _Parts:
    """Read in the file's order: map properties, tilesets, then layers and their objects."""
    root = source.root
    properties = conform_map(root.get("class", ""), read_properties(root, rules, "map"), rules)
    background = _background(root, report)
    solid_gids = solid_tile_gids(source.tilesets, rules)
    entries = flatten_layers(root, report, rules)
    objects: dict[Element, list[MapObject]] = {}
    roles: dict[Element, tuple[bool, bool]] = {}
    repeats: dict[Element, tuple[bool, bool]] = {}
    for entry in entries:
        if entry.element.tag == "layer":
            roles[entry.element] = _tile_layer_roles(entry, rules)
        elif entry.element.tag == "imagelayer":
            repeats[entry.element] = _repeats(entry, report)
        elif entry.element.tag == "objectgroup":
            found = read_objects(entry, source.tilesets, report, rules)
            objects[entry.element] = [conform_object(obj, rules) for obj in found]
    return _Parts(entries, properties, objects, roles, repeats, solid_gids, background)


class _Look(TypedDict):
    visible: bool
    opacity: float
    offset: tuple[float, float]


def _assemble(source: TmxSource, parts: _Parts, tiles: TileImages) -> GameMap:
    images = list(tiles.images)
    offsets = [_tile_offset(source, gid) for gid in tiles.tiled_gids]
    layers: list[Layer] = []
    tile_layers: list[tuple[TileLayer, bool]] = []
    for entry in parts.entries:
        look = _Look(visible=entry.visible, opacity=entry.opacity, offset=entry.offset)
        if entry.element.tag == "layer":
            overhead, collision = parts.roles[entry.element]
            tile_layer = TileLayer(
                entry.name, tiles.cells[entry.element], overhead=overhead, **look
            )
            tile_layers.append((tile_layer, collision))
            layers.append(tile_layer)
        elif entry.element.tag == "objectgroup":
            placed = tuple(_with_image_index(obj, tiles) for obj in parts.objects[entry.element])
            order = entry.element.get("draworder", "topdown")
            colour = _layer_colour(entry.element.get("color"))
            layers.append(ObjectLayer(entry.name, placed, **look, draw_order=order, colour=colour))
        else:
            image = _layer_image(entry, source)
            if image is not None:
                images.append(image)
                offsets.append((0, 0))
            repeat_x, repeat_y = parts.repeats[entry.element]
            index = len(images) - 1 if image else 0
            layers.append(
                ImageLayer(entry.name, index, **look, repeat_x=repeat_x, repeat_y=repeat_y)
            )
    solid_images = [gid in parts.solid_gids for gid in tiles.tiled_gids]
    return GameMap(
        path=source.path,
        width=source.width,
        height=source.height,
        tile_width=source.tile_size[0],
        tile_height=source.tile_size[1],
        layers=tuple(layers),
        tile_images=images,
        tile_offsets=offsets,
        solid=solid_cells(source.width, source.height, tile_layers, solid_images),
        properties=parts.properties,
        background_color=parts.background,
        tile_animations=tiles.animations,
    )


def _tile_layer_roles(entry: LayerEntry, rules: Reporter) -> tuple[bool, bool]:
    """(overhead, collision) from the layer's properties."""
    own = read_properties(entry.element, rules, entry.place)
    properties = conform(TILE_LAYER_MEMBERS, own, rules, entry.place)
    return properties["overhead"] is True, properties["collision"] is True


def _background(root: Element, report: Reporter) -> tuple[int, int, int, int] | None:
    text = root.get("backgroundcolor")
    if text is None:
        return None
    try:
        return parse_argb(text)
    except ValueError:
        report(f"backgroundcolor {text[:40]!r} is not a colour like #RRGGBB or #AARRGGBB")
        return None


def _layer_colour(text: str | None) -> tuple[int, int, int] | None:
    """An object layer's colour; it only tints how shapes are drawn, so a bad one is dropped."""
    if text is None:
        return None
    try:
        red, green, blue, _alpha = parse_argb(text)
    except ValueError:
        return None
    return red, green, blue


def _tile_offset(source: TmxSource, tiled_gid: int) -> tuple[int, int]:
    found = source.tilesets.find(tiled_gid) if tiled_gid else None
    return found[0].offset if found else (0, 0)


def _with_image_index(obj: MapObject, tiles: TileImages) -> MapObject:
    if not obj.gid:
        return obj
    return replace(obj, gid=tiles.index_of(obj.gid), diagonal=bool(obj.gid & DIAGONAL_FLIP))


def _repeats(entry: LayerEntry, report: Reporter) -> tuple[bool, bool]:
    element, place = entry.element, entry.place
    return (
        read_flag(element, "repeatx", report, place, False),
        read_flag(element, "repeaty", report, place, False),
    )


def _layer_image(entry: LayerEntry, source: TmxSource) -> pygame.Surface | None:
    node = entry.element.find("image")
    if node is None or not node.get("source"):
        return None  # Tiled allows an image layer without an image
    trans = node.get("trans")
    key = parse_colour_key(trans) if trans else None
    return cut_tile(source.images.surfaces[node.get("source", "")], None, None, key)
