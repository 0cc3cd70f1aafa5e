"""Tiled's tile animations play in the game: a chunk shows each animated cell's frame of the
moment, in layer order, while chunks without animations are baked once."""

from __future__ import annotations

from pathlib import Path

import pygame

from coraline_game.maps.loader import load_map
from coraline_game.maps.model import TileLayer
from coraline_game.render.chunks import ChunkedMap, frame_at
from tests.maps.fixtures import content_copy, small_map

ANIMATED_GID = 4  # the fixture tileset animates tile 3 through tiles 3 and 4, 100 ms each


def test_frames_follow_their_durations_and_loop() -> None:
    frames = ((7, 100), (8, 50), (9, 0), (10, 150))
    assert [frame_at(frames, ms) for ms in (0, 99, 100, 149, 150, 299, 300, 400)] == [
        0,
        0,
        1,
        1,
        3,
        3,
        0,
        1,
    ]
    assert frame_at(((7, 0),), 1234) == 0


def test_an_animated_cell_shows_the_frame_of_the_moment(tmp_path: Path) -> None:
    root = content_copy(tmp_path)
    path = root / "maps" / "animated.tmx"
    cells = f"{ANIMATED_GID},1,0,0,0,0"
    layer = f'<layer name="ground" width="3" height="2"><data encoding="csv">{cells}</data></layer>'
    path.write_text(small_map(layer))
    game_map = load_map(path)
    ground = game_map.layers[0]
    assert isinstance(ground, TileLayer)
    animated, still = ground.gids[0][0], ground.gids[0][1]
    (first, _), (second, _) = game_map.tile_animations[animated]
    chunked = ChunkedMap(game_map)
    view = pygame.Rect(0, 0, 24, 16)

    def cell_pixels(clock_ms: int, column: int) -> bytes:
        chunked.clock_ms = clock_ms
        screen = pygame.Surface((24, 16))
        chunked.draw_band(screen, view, above=False)
        return pygame.image.tobytes(screen.subsurface((column * 8, 0, 8, 8)), "RGB")

    def tile_pixels(index: int) -> bytes:
        image = game_map.tile_images[index]
        assert image is not None
        flat = pygame.Surface((8, 8))
        flat.blit(image, (0, 8 - image.get_height()))
        return pygame.image.tobytes(flat, "RGB")

    assert tile_pixels(first) != tile_pixels(second)
    assert cell_pixels(0, 0) == tile_pixels(first)
    assert cell_pixels(150, 0) == tile_pixels(second)
    assert cell_pixels(200, 0) == tile_pixels(first)  # round again
    assert cell_pixels(0, 1) == cell_pixels(150, 1) == tile_pixels(still)
    assert len(chunked._phased) == 2  # one bake per frame, each kept for the next cycle
