"""Safe reading of a .tmx file: whatever could hang, exhaust or crash the loader is checked here.

Afterwards every file the map names is confined to the content folder (the parent of the
map's folder) and read, every image decoded within limits, and every tile layer decoded once
into `TmxSource.cells` and checked against the tilesets. Later stages read the XML's values
through the typed readers; pytmx never sees this XML (see tile_images.py).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from coraline_game.maps.images import MapImages
from coraline_game.maps.limits import (
    MAX_LAYERS,
    MAX_MAP_CELLS,
    MAX_OBJECTS,
    MAX_TILE_IMAGES,
    MAX_TILE_PIXELS,
    MAX_TILE_SIZE,
    MAX_TOTAL_CELLS,
    MAX_XML_BYTES,
)
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.safe_io import Refused, parse_xml, read_bounded
from coraline_game.maps.tile_data import TileDataError, decode_cells
from coraline_game.maps.tilesets import FLIP_BITS, TilesetTable, read_tilesets
from coraline_game.maps.xml_values import read_int

LAYER_TAGS = ("layer", "objectgroup", "imagelayer", "group")


@dataclass(frozen=True)
class TmxSource:
    path: Path
    root: Element
    width: int  # tiles
    height: int
    tile_size: tuple[int, int]
    tilesets: TilesetTable
    images: MapImages
    cells: dict[Element, array[int]]  # by tile <layer>: its raw gids, flip bits included
    used: frozenset[int]  # every raw gid the cells, tile objects and animations show


def read_tmx(path: Path, report: Reporter) -> TmxSource | None:
    """The map, safe to go on with; None when it cannot be read at all.

    Problems that leave the rest readable are reported and reading goes on, so one run
    names as many of them as it can.
    """
    try:
        root = parse_xml(read_bounded(path, MAX_XML_BYTES))
    except Refused as refused:
        report(refused.sentence("the map file"))
        return None
    if root.tag != "map":
        report(f"the file holds a <{root.tag[:40]}>, not a Tiled <map>")
        return None
    grid = _read_grid(root, report)
    if not _within_counts(root, report):
        return None
    images = MapImages(path.resolve().parent.parent)
    tilesets = read_tilesets(root, path.parent, images, report)
    for layer in root.iter("imagelayer"):
        image = layer.find("image")
        if image is not None and image.get("source"):
            images.adopt(image, path.parent, report, f"layer {layer.get('name', '')}")
    cells: dict[Element, array[int]] = {}
    if grid is not None:
        cells = _read_cells(root, grid[0], grid[1], tilesets, report)
    used: set[int] = set()
    for layer_cells in cells.values():
        used.update(layer_cells)
    used.discard(0)
    used |= _tile_object_gids(root, tilesets, report)
    used |= _animation_frames(used, tilesets)
    _check_tile_pixels(used, tilesets, report)
    width, height, tile_width, tile_height = grid or (0, 0, 0, 0)
    return TmxSource(
        path,
        root,
        width,
        height,
        (tile_width, tile_height),
        tilesets,
        images,
        cells,
        frozenset(used),
    )


def _read_grid(root: Element, report: Reporter) -> tuple[int, int, int, int] | None:
    """Width, height and tile size, or None when tile layers cannot be read on that grid."""
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        report(f"the map is {orientation[:40]}; the game reads orthogonal maps only")
    infinite = root.get("infinite") == "1"
    if infinite:
        report("infinite maps cannot be read: in Tiled, untick Map > Map Properties > Infinite")
    width = read_int(root, "width", report, "", 0, 1, MAX_MAP_CELLS)
    height = read_int(root, "height", report, "", 0, 1, MAX_MAP_CELLS)
    tile_width = read_int(root, "tilewidth", report, "", 0, 1, MAX_TILE_SIZE)
    tile_height = read_int(root, "tileheight", report, "", 0, 1, MAX_TILE_SIZE)
    if any(root.get(name) is None for name in ("width", "height", "tilewidth", "tileheight")):
        report("the map needs a width, height, tilewidth and tileheight")
        return None
    if 0 in (width, height, tile_width, tile_height):
        return None  # already reported
    if width * height > MAX_MAP_CELLS:
        report(f"the map is {width} x {height} tiles, more than the limit of {MAX_MAP_CELLS} cells")
        return None
    return None if infinite else (width, height, tile_width, tile_height)


def _within_counts(root: Element, report: Reporter) -> bool:
    layers = sum(len(root.findall(f".//{tag}")) for tag in LAYER_TAGS)
    if layers > MAX_LAYERS:
        report(f"the map has {layers} layers, more than the limit of {MAX_LAYERS}")
        return False
    objects = len(root.findall(".//object"))
    if objects > MAX_OBJECTS:
        report(f"the map has {objects} objects, more than the limit of {MAX_OBJECTS}")
        return False
    return True


def _read_cells(
    root: Element, width: int, height: int, tilesets: TilesetTable, report: Reporter
) -> dict[Element, array[int]]:
    """Decode and check every tile layer."""
    cells = width * height
    layers = root.findall(".//layer")
    if len(layers) * cells > MAX_TOTAL_CELLS:
        report(f"the map's tile layers hold more than the limit of {MAX_TOTAL_CELLS} cells")
        return {}
    decoded = {}
    for layer in layers:
        place = f"layer {layer.get('name', '')}"
        size = (layer.get("width"), layer.get("height"))
        if size != (str(width), str(height)):
            report(f"the layer is {size[0]} x {size[1]} tiles, the map {width} x {height}", place)
            continue
        data = layer.find("data")
        if data is None:
            report("the layer has no <data>", place)
            continue
        if data.find("chunk") is not None:
            report("the layer is stored in chunks, as infinite maps are", place)
            continue
        try:
            gids = decode_cells(data, cells)
        except TileDataError as error:
            report(f"the layer {error}", place)
            continue
        decoded[layer] = gids
        if tilesets.complete:
            _check_known(gids, set(gids), width, tilesets, report, place)
    return decoded


def _check_known(
    gids: array[int],
    distinct: set[int],
    width: int,
    tilesets: TilesetTable,
    report: Reporter,
    place: str,
) -> None:
    unknown = {gid for gid in distinct if gid and tilesets.find(gid & ~FLIP_BITS) is None}
    if not unknown:
        return
    first = next(index for index, gid in enumerate(gids) if gid in unknown)
    count = sum(gid in unknown for gid in gids)
    more = f" ({count} cells hold unknown tiles)" if count > 1 else ""
    row, column = divmod(first, width)
    report(
        f"the cell at column {column}, row {row} holds tile {gids[first] & ~FLIP_BITS},"
        f" which none of the map's tilesets has{more}",
        place,
    )


def _tile_object_gids(root: Element, tilesets: TilesetTable, report: Reporter) -> set[int]:
    used = set()
    for element in root.iter("object"):
        try:
            gid = int(element.get("gid", "0"))
        except ValueError:
            continue  # the object reader names the bad value
        if not gid:
            continue
        used.add(gid)
        if tilesets.complete and tilesets.find(gid & ~FLIP_BITS) is None:
            report(
                f"the object shows tile {gid & ~FLIP_BITS}, which none of the map's tilesets has",
                f"object {element.get('id', '?')[:20]}",
            )
    return used


def _animation_frames(used: set[int], tilesets: TilesetTable) -> set[int]:
    """The raw gids an animated tile's frames are drawn with: each frame with the cell's flips,
    as Tiled draws them."""
    frames = set()
    for gid in used:
        found = tilesets.find(gid & ~FLIP_BITS)
        if found is None or found[1] not in found[0].animations:
            continue
        tileset, tile_id = found
        frames |= {
            (tileset.firstgid + tile) | (gid & FLIP_BITS) for tile, _ in tileset.animations[tile_id]
        }
    return frames


def _check_tile_pixels(used: set[int], tilesets: TilesetTable, report: Reporter) -> None:
    if len(used) > MAX_TILE_IMAGES:
        report(f"the map shows more than {MAX_TILE_IMAGES} distinct tiles (each flip counts)")
        return
    pixels = 0
    for gid in used:
        found = tilesets.find(gid & ~FLIP_BITS)
        if found is not None:
            width, height = found[0].size_of(found[1])
            pixels += width * height
    if pixels > MAX_TILE_PIXELS:
        report(f"the tiles the map uses take more than the limit of {MAX_TILE_PIXELS} pixels")
