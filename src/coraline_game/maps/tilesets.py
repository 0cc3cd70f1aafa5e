"""A map's tilesets: external .tsx files inlined, image paths made absolute and confined.

After this, the map's XML holds everything pytmx needs, so pytmx never opens a file itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from coraline_game.maps.images import MapImages
from coraline_game.maps.limits import MAX_IMAGE_SIDE, MAX_TILES, MAX_TILESETS, MAX_XML_BYTES
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.safe_io import Refused, confine, parse_xml, read_bounded
from coraline_game.maps.xml_values import read_int

FLIP_BITS = 0xE0000000  # Tiled's horizontal, vertical and diagonal flip flags in a gid
MAX_TILE_GID = 0x1FFFFFFF


@dataclass(frozen=True)
class Tileset:
    firstgid: int
    place: str  # "tileset ../assets/x.tsx", or "tileset NAME" when embedded
    tile_size: tuple[int, int]
    offset: tuple[int, int]  # Tiled's tileoffset, in pixels
    ids: range | frozenset[int]  # the tile ids it holds
    tiles: Mapping[int, Element]  # tile id -> its <tile> element (properties, own image)
    image_sizes: Mapping[int, tuple[int, int]]  # image-collection tiles: their own sizes

    def size_of(self, tile_id: int) -> tuple[int, int]:
        return self.image_sizes.get(tile_id, self.tile_size)

    @property
    def end(self) -> int:
        """One past its highest gid."""
        if not self.ids:
            return self.firstgid
        last = self.ids[-1] if isinstance(self.ids, range) else max(self.ids)
        return self.firstgid + last + 1


class TilesetTable:
    """Finds the tileset holding a gid, as Tiled does: the one with the highest firstgid <= gid."""

    def __init__(self, tilesets: list[Tileset], complete: bool) -> None:
        self.tilesets = sorted(tilesets, key=lambda t: t.firstgid)
        self._firstgids = [t.firstgid for t in self.tilesets]
        self.complete = complete  # False when some tileset could not be read

    def find(self, gid: int) -> tuple[Tileset, int] | None:
        """The tileset and tile id for a gid, flip bits already masked off; None if no tile."""
        index = bisect.bisect_right(self._firstgids, gid) - 1
        if index < 0:
            return None
        tileset = self.tilesets[index]
        tile_id = gid - tileset.firstgid
        return (tileset, tile_id) if tile_id in tileset.ids else None


def read_tilesets(
    root: Element, map_dir: Path, images: MapImages, report: Reporter
) -> TilesetTable:
    """Read every top-level <tileset>, replacing external references by their content."""
    positions = [index for index, element in enumerate(root) if element.tag == "tileset"]
    if len(positions) > MAX_TILESETS:
        report(f"the map has {len(positions)} tilesets, more than the limit of {MAX_TILESETS}")
        return TilesetTable([], complete=False)
    tilesets: list[Tileset] = []
    tiles_left = MAX_TILES
    for index in positions:
        tileset = _read_tileset(root, index, map_dir, images, tiles_left, report)
        if tileset is not None:
            tilesets.append(tileset)
            tiles_left -= len(tileset.ids)
    complete = len(tilesets) == len(positions)
    # A file named anywhere else would make pytmx open it, with an unsafe parser.
    top_level = {id(root[index]) for index in positions}
    for stray in root.iter("tileset"):
        if id(stray) not in top_level and stray.get("source") is not None:
            report(f"a <tileset> nested where Tiled never writes one: {stray.get('source')!r}")
            complete = False
    table = TilesetTable(tilesets, complete)
    for before, after in zip(table.tilesets, table.tilesets[1:], strict=False):
        if before.end > after.firstgid:
            report(f"firstgid {after.firstgid} overlaps the tiles of {before.place}", after.place)
    return table


def _read_tileset(
    root: Element, index: int, map_dir: Path, images: MapImages, tiles_left: int, report: Reporter
) -> Tileset | None:
    reference = root[index]
    source = reference.get("source")
    place = f"tileset {source if source is not None else reference.get('name', '')}"
    problems_before = len(report.problems)
    firstgid = read_int(reference, "firstgid", report, place, 0, 1, MAX_TILE_GID)
    element, base_dir = reference, map_dir
    if source is not None:
        loaded = _load_external(source, map_dir, images.content_root, report, place)
        if loaded is None:
            return None
        element, base_dir = loaded
        element.set("firstgid", str(firstgid))
        root[index] = element
    tile_width = read_int(element, "tilewidth", report, place, 0, 1, MAX_IMAGE_SIDE)
    tile_height = read_int(element, "tileheight", report, place, 0, 1, MAX_IMAGE_SIDE)
    margin = read_int(element, "margin", report, place, 0, 0, MAX_IMAGE_SIDE)
    spacing = read_int(element, "spacing", report, place, 0, 0, MAX_IMAGE_SIDE)
    offset_node = element.find("tileoffset")
    offset = (0, 0)
    if offset_node is not None:
        offset = (
            read_int(offset_node, "x", report, place, 0, -MAX_IMAGE_SIDE, MAX_IMAGE_SIDE),
            read_int(offset_node, "y", report, place, 0, -MAX_IMAGE_SIDE, MAX_IMAGE_SIDE),
        )
    tiles = _tile_elements(element, report, place)
    if tile_width == 0 or tile_height == 0:
        report("tilewidth and tileheight must be set", place)
    if len(report.problems) > problems_before:
        return None

    image = element.find("image")
    ids: range | frozenset[int]
    image_sizes: dict[int, tuple[int, int]] = {}
    if image is not None:
        size = images.adopt(image, base_dir, report, place)
        if size is None:
            return None
        # Tiled's own count: the margin is taken once, whatever is left over on the right.
        columns = (size[0] - margin + spacing) // (tile_width + spacing)
        rows = (size[1] - margin + spacing) // (tile_height + spacing)
        if columns < 1 or rows < 1:
            report(f"its image ({size[0]} x {size[1]}) is smaller than one tile", place)
            return None
        ids = range(columns * rows)
        if len(ids) > tiles_left:
            report(f"the map's tilesets hold more than {MAX_TILES} tiles", place)
            return None
        # pytmx walks the grid up to the image's width minus one tile, margin not subtracted:
        # give it the extent Tiled's count implies, so both agree on every tile.
        image.set("width", str((columns - 1) * (tile_width + spacing) + tile_width))
        image.set("height", str((rows - 1) * (tile_height + spacing) + tile_height))
    else:
        own_images = {tile_id: tile.find("image") for tile_id, tile in tiles.items()}
        if len(own_images) > tiles_left:
            report(f"the map's tilesets hold more than {MAX_TILES} tiles", place)
            return None
        for tile_id, own in own_images.items():
            if own is None:
                continue
            tile_place = f"{place}, tile {tile_id}"
            size = images.adopt(own, base_dir, report, tile_place)
            if size is None:
                return None
            image_sizes[tile_id] = size
        ids = frozenset(image_sizes)
    return Tileset(firstgid, place, (tile_width, tile_height), offset, ids, tiles, image_sizes)


def _load_external(
    source: str, map_dir: Path, content_root: Path, report: Reporter, place: str
) -> tuple[Element, Path] | None:
    if source.lower().endswith((".tsj", ".json")):
        report(
            "JSON tilesets cannot be read: save the tileset as .tsx (Tiled: File > Save As),"
            " or embed it in the map",
            place,
        )
        return None
    if not source.lower().endswith(".tsx"):
        report("a tileset file must be a .tsx file", place)
        return None
    try:
        path = confine(source, map_dir, content_root)
        element = parse_xml(read_bounded(path, MAX_XML_BYTES))
    except Refused as refused:
        report(refused.sentence("the tileset file"), place)
        return None
    if element.tag != "tileset":
        report(f"the tileset file holds a <{element.tag[:40]}>, not a <tileset>", place)
        return None
    return element, path.parent


def _tile_elements(element: Element, report: Reporter, place: str) -> dict[int, Element]:
    tiles = {}
    for tile in element.findall("tile"):
        if tile.get("id") is None:
            report("a <tile> has no id", place)
        tile_id = read_int(tile, "id", report, place, -1, 0, MAX_TILE_GID)
        if tile_id >= 0:
            tiles[tile_id] = tile
    return tiles
