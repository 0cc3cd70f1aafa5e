"""What each guard can see, drawn where it looks: a fan cut short by walls, with a bright
edge, so its shape tells the rule (not its colour alone)."""

from __future__ import annotations

import math

import esper
import pygame

from coraline_game.ecs.components import COS_SCALE, SUBPIXELS, Heading, Position, Watcher
from coraline_game.systems.collision import CollisionField
from coraline_game.systems.watch import clear_line

RAYS = 9
FILL = (170, 20, 40, 80)  # a warning red, dim enough to see the floor through
EDGE = (255, 240, 210)


def draw_sight(target: pygame.Surface, field: CollisionField, camera: tuple[int, int]) -> None:
    """Every guard's fan in the current place (its ECS world active)."""
    overlay: pygame.Surface | None = None
    for _entity, (watcher, at, heading) in esper.get_components(Watcher, Position, Heading):
        fx, fy = heading.facing.vector
        spread = math.acos(max(-1.0, min(1.0, watcher.cos_spread / COS_SCALE)))
        facing = math.atan2(fy, fx)
        points = [(at.x // SUBPIXELS - camera[0], at.y // SUBPIXELS - camera[1])]
        for ray in range(RAYS):
            angle = facing - spread + 2 * spread * ray / (RAYS - 1)
            points.append(_reach(field, at, watcher.reach, angle, camera))
        if overlay is None:
            overlay = pygame.Surface(target.get_size(), pygame.SRCALPHA)
        pygame.draw.polygon(overlay, FILL, points)
        pygame.draw.lines(overlay, EDGE, True, points, 1)
    if overlay is not None:
        target.blit(overlay, (0, 0))


def _reach(
    field: CollisionField, at: Position, reach: int, angle: float, camera: tuple[int, int]
) -> tuple[int, int]:
    """How far one ray goes before a wall, on screen."""
    length = reach
    while length > 0:
        x = at.x + round(math.cos(angle) * length)
        y = at.y + round(math.sin(angle) * length)
        if clear_line(field, at.x, at.y, x, y):
            break
        length -= 4 * SUBPIXELS
    x = at.x + round(math.cos(angle) * length)
    y = at.y + round(math.sin(angle) * length)
    return x // SUBPIXELS - camera[0], y // SUBPIXELS - camera[1]
