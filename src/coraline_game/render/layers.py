"""Draw map layers the way Tiled draws them, into any target surface.

Shared by the chunk baker (the game) and the whole-map image (`render-map`):
tiles are anchored at the bottom-left of their cell, shifted by the tileset's
tile offset and the layer's offset; a layer with opacity is drawn whole onto a
scratch surface and blended once.
"""

from __future__ import annotations

import pygame

from coraline_game.maps.model import GameMap, ImageLayer, Layer, ObjectLayer, TileLayer


def _tile_blits(
    game_map: GameMap,
    layer: TileLayer,
    origin: tuple[int, int],
    cells: pygame.Rect,
) -> list[tuple[pygame.Surface, tuple[int, int]]]:
    """(image, position) pairs for the layer's tiles in `cells`, relative to `origin` pixels."""
    tw, th = game_map.tile_width, game_map.tile_height
    ox = round(layer.offset[0]) - origin[0]
    oy = round(layer.offset[1]) - origin[1]
    images, offsets = game_map.tile_images, game_map.tile_offsets
    blits = []
    for row in range(max(cells.top, 0), min(cells.bottom, game_map.height)):
        gids = layer.gids[row]
        for column in range(max(cells.left, 0), min(cells.right, game_map.width)):
            gid = gids[column]
            if not gid:
                continue
            image = images[gid]
            if image is None:
                continue
            dx, dy = offsets[gid]
            blits.append(
                (image, (column * tw + ox + dx, (row + 1) * th - image.get_height() + oy + dy))
            )
    return blits


def _object_blits(
    game_map: GameMap, layer: ObjectLayer, origin: tuple[int, int], decor_only: bool
) -> list[tuple[pygame.Surface, tuple[int, int]]]:
    """Tile objects, scaled to their box as Tiled does. `decor_only` skips classed objects,
    which the game turns into entities of their own."""
    blits = []
    for obj in layer.objects:
        if not obj.gid or not obj.visible or (decor_only and obj.cls):
            continue
        image = game_map.tile_images[obj.gid]
        if image is None:
            continue
        size = (round(obj.width), round(obj.height))
        if size != image.get_size() and size[0] > 0 and size[1] > 0:
            image = pygame.transform.scale(image, size)
        x = round(obj.x + layer.offset[0]) - origin[0]
        y = round(obj.y + layer.offset[1]) - origin[1]
        blits.append((image, (x, y)))
    return blits


def draw_layer(
    target: pygame.Surface,
    game_map: GameMap,
    layer: Layer,
    origin: tuple[int, int] = (0, 0),
    *,
    decor_only: bool = False,
) -> None:
    """Draw one visible layer into `target`, whose top-left is map pixel `origin`."""
    if not layer.visible or layer.opacity <= 0:
        return
    width, height = target.get_size()
    if isinstance(layer, TileLayer):
        tw, th = game_map.tile_width, game_map.tile_height
        # One cell of margin on each side catches tiles taller or wider than the grid.
        margin = 1 + max((i.get_height() // th for i in game_map.tile_images if i), default=0)
        ox, oy = origin[0] - round(layer.offset[0]), origin[1] - round(layer.offset[1])
        cells = pygame.Rect(
            ox // tw - margin,
            oy // th - 1,
            width // tw + 2 * margin + 1,
            height // th + margin + 2,
        )
        blits = _tile_blits(game_map, layer, origin, cells)
    elif isinstance(layer, ObjectLayer):
        blits = _object_blits(game_map, layer, origin, decor_only)
    else:
        blits = _image_blits(game_map, layer, origin)
    if not blits:
        return
    if layer.opacity >= 1:
        target.fblits(blits)
        return
    scratch = pygame.Surface((width, height), pygame.SRCALPHA)
    scratch.fblits(blits)
    scratch.set_alpha(round(layer.opacity * 255))
    target.blit(scratch, (0, 0))


def _image_blits(
    game_map: GameMap, layer: ImageLayer, origin: tuple[int, int]
) -> list[tuple[pygame.Surface, tuple[int, int]]]:
    image = game_map.tile_images[layer.image]
    if image is None:
        return []
    return [(image, (round(layer.offset[0]) - origin[0], round(layer.offset[1]) - origin[1]))]


def map_image(game_map: GameMap) -> pygame.Surface:
    """The whole map as one image, every visible layer in Tiled's order."""
    surface = pygame.Surface(game_map.pixel_size, pygame.SRCALPHA)
    if game_map.background_color is not None:
        surface.fill(game_map.background_color)
    for layer in game_map.layers:
        draw_layer(surface, game_map, layer)
    return surface
