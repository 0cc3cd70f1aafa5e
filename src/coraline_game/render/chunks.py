"""Map layers baked into chunk surfaces: a band below the actors and a band above.

Drawing single tiles every frame is bound by Python call overhead; a baked
chunk costs one blit. Chunks are baked the first time the camera sees them.
The lower band is opaque (the fastest blit); the upper band keeps per-pixel
alpha and is skipped wherever it is empty.

A chunk holding animated tiles is baked once per combination of their frames (the phase),
in Tiled's layer order like any other, and the last few phases are kept: an animation's
cycle costs a bake a frame change the first time round, a blit after.

A drained place (render/drain.py) is baked drained: when its drain step changes, the
chunks are baked again at the new step as the camera sees them.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Iterable

import pygame

from coraline_game.maps.model import GameMap, Layer, TileLayer
from coraline_game.render.drain import EdgeThreads, drained
from coraline_game.render.layers import Phase, draw_layer

CHUNK = 256  # pixels; a 320x180 view touches at most 4 chunks
# Maps of at most this many chunks are baked whole when first shown (a few ms, hidden by
# the door's fade); larger ones bake as the camera nears them.
BAKE_WHOLE_CHUNKS = 16
ANIMATED_CHUNKS_KEPT = 48  # baked phases of animated chunks, newest kept: 12 MB at most

ChunkKey = tuple[int, int, bool]


def frame_at(frames: tuple[tuple[int, int], ...], clock_ms: int) -> int:
    """Which frame an animation shows at `clock_ms`, looping; frames of 0 ms never show."""
    total = sum(duration for _, duration in frames)
    if total <= 0:
        return 0
    moment = clock_ms % total
    for number, elapsed in enumerate(itertools.accumulate(d for _, d in frames)):
        if moment < elapsed:
            return number
    return 0


def _is_overhead(layer: Layer) -> bool:
    return isinstance(layer, TileLayer) and layer.overhead


class ChunkedMap:
    def __init__(self, game_map: GameMap, background: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.map = game_map
        self._background = game_map.background_color or background
        self._below = [layer for layer in game_map.layers if not _is_overhead(layer)]
        self._above = [layer for layer in game_map.layers if _is_overhead(layer)]
        self._chunks: dict[ChunkKey, pygame.Surface | None] = {}
        self._phased: OrderedDict[tuple[ChunkKey, tuple[int, ...]], pygame.Surface | None] = (
            OrderedDict()
        )
        self._animated = self._animated_chunks()
        self.clock_ms = 0  # the time animations are drawn at; the view sets it each frame
        self._drain = 0  # the drain step the chunks are baked at (set_drain)
        self._threads: EdgeThreads | None = None
        width, height = game_map.pixel_size
        self._columns, self._rows = -(-width // CHUNK), -(-height // CHUNK)
        if self._columns * self._rows <= BAKE_WHOLE_CHUNKS:
            self.prefetch(pygame.Rect(0, 0, width, height), budget=2 * self._columns * self._rows)

    def set_drain(self, step: int) -> None:
        """Bake from now on at this drain step (render/drain.STEPS: all drained)."""
        if step != self._drain:
            self._drain = step
            self._chunks.clear()
            self._phased.clear()

    def _animated_chunks(self) -> dict[ChunkKey, tuple[int, ...]]:
        """The animated image indices each chunk shows, by band; most chunks have none."""
        animations = self.map.tile_animations
        found: dict[ChunkKey, set[int]] = {}
        if not animations:
            return {}
        tw, th = self.map.tile_width, self.map.tile_height
        for layer in self.map.layers:
            if not isinstance(layer, TileLayer):
                continue
            for row, gids in enumerate(layer.gids):
                for index in animations.keys() & set(gids):
                    columns = [c for c, gid in enumerate(gids) if gid == index]
                    for key in self._reached(index, columns, row, tw, th, layer.overhead):
                        found.setdefault(key, set()).add(index)
        return {key: tuple(sorted(indices)) for key, indices in found.items()}

    def _reached(
        self, index: int, columns: Iterable[int], row: int, tw: int, th: int, above: bool
    ) -> set[ChunkKey]:
        """Chunks a tile's cells reach: a tile grows right and up from its cell's corner."""
        image = self.map.tile_images[index]
        width, height = image.get_size() if image is not None else (tw, th)
        dx, dy = self.map.tile_offsets[index]
        keys = set()
        for column in columns:
            left, bottom = column * tw + dx, (row + 1) * th + dy
            for cx in range(left // CHUNK, (left + width - 1) // CHUNK + 1):
                for cy in range((bottom - height) // CHUNK, (bottom - 1) // CHUNK + 1):
                    keys.add((cx, cy, above))
        return keys

    def _bake(self, cx: int, cy: int, above: bool, phase: Phase) -> pygame.Surface | None:
        origin = (cx * CHUNK, cy * CHUNK)
        if above:
            surface = pygame.Surface((CHUNK, CHUNK), pygame.SRCALPHA)
            for layer in self._above:
                draw_layer(surface, self.map, layer, origin, phase=phase)
            if surface.get_bounding_rect().width == 0:
                return None
            drained(surface, self._drain)
            return surface.convert_alpha() if pygame.display.get_surface() else surface
        surface = pygame.Surface((CHUNK, CHUNK))
        surface.fill(self._background)
        for layer in self._below:
            draw_layer(surface, self.map, layer, origin, decor_only=True, phase=phase)
        if self._drain:
            drained(surface, self._drain)
            if self._threads is None:
                self._threads = EdgeThreads(self.map.pixel_size)
            self._threads.draw(surface, origin, self._drain)
        return surface.convert() if pygame.display.get_surface() else surface

    def _chunk(self, cx: int, cy: int, above: bool) -> pygame.Surface | None:
        key = (cx, cy, above)
        animated = self._animated.get(key)
        if animated is None:
            if key not in self._chunks:
                self._chunks[key] = self._bake(cx, cy, above, {})
            return self._chunks[key]
        frames = self.map.tile_animations
        phase = {index: frame_at(frames[index], self.clock_ms) for index in animated}
        phased = (key, tuple(phase[index] for index in animated))
        if phased in self._phased:
            self._phased.move_to_end(phased)
        else:
            self._phased[phased] = self._bake(cx, cy, above, phase)
            while len(self._phased) > ANIMATED_CHUNKS_KEPT:
                self._phased.popitem(last=False)
        return self._phased[phased]

    def blits(self, view: pygame.Rect, above: bool) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """(chunk, screen position) pairs covering `view` (in map pixels) for one band."""
        width, height = self.map.pixel_size
        first_x, first_y = max(view.left, 0) // CHUNK, max(view.top, 0) // CHUNK
        last_x = (min(view.right, width) - 1) // CHUNK
        last_y = (min(view.bottom, height) - 1) // CHUNK
        out = []
        for cy in range(first_y, last_y + 1):
            for cx in range(first_x, last_x + 1):
                chunk = self._chunk(cx, cy, above)
                if chunk is not None:
                    out.append((chunk, (cx * CHUNK - view.left, cy * CHUNK - view.top)))
        return out

    def prefetch(self, view: pygame.Rect, budget: int = 1) -> None:
        """Bake up to `budget` missing chunks around `view`, so that crossing into a new
        chunk costs a blit, not a bake, in the frame it happens."""
        near = view.inflate(CHUNK, CHUNK)
        first_x, first_y = max(near.left, 0) // CHUNK, max(near.top, 0) // CHUNK
        last_x = min((near.right - 1) // CHUNK, self._columns - 1)
        last_y = min((near.bottom - 1) // CHUNK, self._rows - 1)
        for cy in range(first_y, last_y + 1):
            for cx in range(first_x, last_x + 1):
                for above in (False, True):
                    key = (cx, cy, above)
                    if key not in self._chunks and key not in self._animated:
                        self._chunk(cx, cy, above)
                        budget -= 1
                        if budget <= 0:
                            return

    def draw_band(self, target: pygame.Surface, view: pygame.Rect, above: bool) -> None:
        blits = self.blits(view, above)
        if blits:
            target.fblits(blits)
