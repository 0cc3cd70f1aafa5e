"""A map's tilesets, read and checked: external .tsx files confined and parsed safely, every
image decoded within limits, every number and animation frame checked.

What pytmx later gets is built from these checked values alone (see tile_images.py), so it
never sees a stranger's attribute, path or file.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from coraline_game.maps.images import AdoptedImage, MapImages
from coraline_game.maps.limits import (
    MAX_ANIMATION_FRAMES,
    MAX_IMAGE_SIDE,
    MAX_TILES,
    MAX_TILESETS,
    MAX_XML_BYTES,
)
from coraline_game.maps.reporter import Reporter
from coraline_game.maps.safe_io import Refused, confine, parse_xml, read_bounded
from coraline_game.maps.xml_values import read_int

FLIP_BITS = 0xE0000000  # Tiled's horizontal, vertical and diagonal flip flags in a gid
MAX_TILE_GID = 0x1FFFFFFF
INT32_MAX = 2**31 - 1

Frames = tuple[tuple[int, int], ...]  # (tile id, duration in ms) of one tile's animation


@dataclass(frozen=True)
class Tileset:
    firstgid: int
    place: str  # "tileset ../assets/x.tsx", or "tileset NAME" when embedded
    tile_size: tuple[int, int]
    offset: tuple[int, int]  # Tiled's tileoffset, in pixels
    ids: range | frozenset[int]  # the tile ids it holds
    tiles: Mapping[int, Element]  # tile id -> its <tile> element (properties, own image)
    margin: int
    spacing: int
    sheet: AdoptedImage | None  # the image its tiles are cut from; None for a collection
    own_images: Mapping[int, AdoptedImage]  # image-collection tiles: their own images
    animations: Mapping[int, Frames]  # tile id -> its frames, each frame a tile it holds

    def size_of(self, tile_id: int) -> tuple[int, int]:
        own = self.own_images.get(tile_id)
        return own.size if own else self.tile_size

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
    sheet = None
    own_images: dict[int, AdoptedImage] = {}
    if image is not None:
        sheet = images.adopt(image, base_dir, report, place)
        if sheet is None:
            return None
        width, height = sheet.size
        # Tiled's own count: the margin is taken once, whatever is left over on the right.
        columns = (width - margin + spacing) // (tile_width + spacing)
        rows = (height - margin + spacing) // (tile_height + spacing)
        if columns < 1 or rows < 1:
            report(f"its image ({width} x {height}) is smaller than one tile", place)
            return None
        ids = range(columns * rows)
        if len(ids) > tiles_left:
            report(f"the map's tilesets hold more than {MAX_TILES} tiles", place)
            return None
    else:
        if len(tiles) > tiles_left:
            report(f"the map's tilesets hold more than {MAX_TILES} tiles", place)
            return None
        for tile_id, tile in tiles.items():
            own = tile.find("image")
            if own is None:
                continue
            adopted = images.adopt(own, base_dir, report, f"{place}, tile {tile_id}")
            if adopted is None:
                return None
            own_images[tile_id] = adopted
        ids = frozenset(own_images)
    animations = _animations(tiles, ids, report, place)
    if len(report.problems) > problems_before:
        return None
    return Tileset(
        firstgid,
        place,
        (tile_width, tile_height),
        offset,
        ids,
        tiles,
        margin,
        spacing,
        sheet,
        own_images,
        animations,
    )


def _animations(
    tiles: Mapping[int, Element], ids: range | frozenset[int], report: Reporter, place: str
) -> dict[int, Frames]:
    """Each animated tile's frames; a frame must show a tile of the same tileset."""
    animations = {}
    for tile_id, tile in tiles.items():
        animation = tile.find("animation")
        if animation is None or tile_id not in ids:
            continue
        tile_place = f"{place}, tile {tile_id}"
        nodes = animation.findall("frame")
        if len(nodes) > MAX_ANIMATION_FRAMES:
            report(
                f"the animation has {len(nodes)} frames, more than {MAX_ANIMATION_FRAMES}",
                tile_place,
            )
            continue
        frames = []
        for node in nodes:
            frame = read_int(node, "tileid", report, tile_place, -1, 0, MAX_TILE_GID)
            duration = read_int(node, "duration", report, tile_place, 0, 0, INT32_MAX)
            if node.get("tileid") is None:
                report("an animation <frame> has no tileid", tile_place)
            elif frame >= 0 and frame not in ids:
                report(
                    f"an animation frame shows tile {frame}, which the tileset lacks", tile_place
                )
            else:
                frames.append((frame, duration))
        if frames:
            animations[tile_id] = tuple(frames)
    return animations


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
    if not source.lower().endswith((".tsx", ".xml")):
        report("a tileset file must be a .tsx (or .xml) file", place)
        return None
    try:
        path = confine(source, map_dir, content_root)
        element = _parsed(path)
    except Refused as refused:
        report(refused.sentence("the tileset file"), place)
        return None
    if element.tag != "tileset":
        report(f"the tileset file holds a <{element.tag[:40]}>, not a <tileset>", place)
        return None
    if element.get("source") is not None:
        # Only a map's reference names a tileset file; a file naming another is an attempt
        # to reach past the checks.
        report(
            f"the tileset file's <tileset> itself names a file"
            f" ({element.get('source', '')[:80]!r}), which Tiled never writes: refused",
            place,
        )
        return None
    return element, path.parent


# Every map of a game names the same few tileset files: each is parsed once while it stays
# the same file (a modder's edit changes its size or time, and it is read again).
_PARSED: dict[tuple[Path, int, int], Element] = {}
_PARSED_KEPT = 16


def _parsed(path: Path) -> Element:
    try:
        status = path.stat()
    except OSError:
        status = None
    key = (path, status.st_mtime_ns, status.st_size) if status else None
    if key is not None and key in _PARSED:
        return _PARSED[key]
    element = parse_xml(read_bounded(path, MAX_XML_BYTES))
    if key is not None:
        if len(_PARSED) >= _PARSED_KEPT:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[key] = element
    return element


def _tile_elements(element: Element, report: Reporter, place: str) -> dict[int, Element]:
    tiles = {}
    for tile in element.findall("tile"):
        if tile.get("id") is None:
            report("a <tile> has no id", place)
        tile_id = read_int(tile, "id", report, place, -1, 0, MAX_TILE_GID)
        if tile_id >= 0:
            tiles[tile_id] = tile
    return tiles
