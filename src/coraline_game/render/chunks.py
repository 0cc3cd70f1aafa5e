"""Map layers baked into chunk surfaces: a band below the actors and a band above.

Drawing single tiles every frame is bound by Python call overhead; a baked
chunk costs one blit. Chunks are baked the first time the camera sees them.
The lower band is opaque (the fastest blit); the upper band keeps per-pixel
alpha and is skipped wherever it is empty.
"""

from __future__ import annotations

import pygame

from coraline_game.maps.model import GameMap, Layer, TileLayer
from coraline_game.render.layers import draw_layer

CHUNK = 256  # pixels; a 320x180 view touches at most 4 chunks
# Maps of at most this many chunks are baked whole when first shown (a few ms, hidden by
# the door's fade); larger ones bake as the camera nears them.
BAKE_WHOLE_CHUNKS = 16


def _is_overhead(layer: Layer) -> bool:
    return isinstance(layer, TileLayer) and layer.overhead


class ChunkedMap:
    def __init__(self, game_map: GameMap, background: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.map = game_map
        self._background = game_map.background_color or background
        self._below = [layer for layer in game_map.layers if not _is_overhead(layer)]
        self._above = [layer for layer in game_map.layers if _is_overhead(layer)]
        self._chunks: dict[tuple[int, int, bool], pygame.Surface | None] = {}
        width, height = game_map.pixel_size
        self._columns, self._rows = -(-width // CHUNK), -(-height // CHUNK)
        if self._columns * self._rows <= BAKE_WHOLE_CHUNKS:
            self.prefetch(pygame.Rect(0, 0, width, height), budget=2 * self._columns * self._rows)

    def _bake(self, cx: int, cy: int, above: bool) -> pygame.Surface | None:
        origin = (cx * CHUNK, cy * CHUNK)
        if above:
            surface = pygame.Surface((CHUNK, CHUNK), pygame.SRCALPHA)
            for layer in self._above:
                draw_layer(surface, self.map, layer, origin)
            if surface.get_bounding_rect().width == 0:
                return None
            return surface.convert_alpha() if pygame.display.get_surface() else surface
        surface = pygame.Surface((CHUNK, CHUNK))
        surface.fill(self._background)
        for layer in self._below:
            draw_layer(surface, self.map, layer, origin, decor_only=True)
        return surface.convert() if pygame.display.get_surface() else surface

    def _chunk(self, cx: int, cy: int, above: bool) -> pygame.Surface | None:
        key = (cx, cy, above)
        if key not in self._chunks:
            self._chunks[key] = self._bake(cx, cy, above)
        return self._chunks[key]

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
                    if (cx, cy, above) not in self._chunks:
                        self._chunk(cx, cy, above)
                        budget -= 1
                        if budget <= 0:
                            return

    def draw_band(self, target: pygame.Surface, view: pygame.Rect, above: bool) -> None:
        blits = self.blits(view, above)
        if blits:
            target.fblits(blits)
