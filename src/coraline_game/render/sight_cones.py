"""What each guard can see, drawn where it looks: a fan cut short by walls, with a bright
edge, so its shape tells the rule (not its colour alone)."""

from __future__ import annotations

import math

import esper
import pygame

from coraline_game.ecs.components import (
    COS_SCALE,
    SUBPIXELS,
    Heading,
    Position,
    Pursuer,
    Watcher,
)
from coraline_game.render.overlay import clear_overlay
from coraline_game.systems.collision import CollisionField
from coraline_game.systems.watch import SIGHT_STEP

RAYS = 9
KEPT_FANS = 4096  # fans remembered by where their guard stands: a patrol repeats itself
FILL = (170, 20, 40, 80)  # a warning red, dim enough to see the floor through
EDGE = (255, 240, 210)


class SightCones:
    """Draws every guard's fan in the current place (its ECS world active); the overlay
    they share is kept from frame to frame."""

    def __init__(self) -> None:
        self._overlay: pygame.Surface | None = None
        # A fan's outline in world pixels, by its place, guard's pixel, facing and sight.
        self._fans: dict[tuple[CollisionField, int, int, int, int, int], list[tuple[int, int]]] = {}

    def draw(self, target: pygame.Surface, field: CollisionField, camera: tuple[int, int]) -> None:
        # A pursuer's "sight" is only the reach of its grab: the chase itself says that.
        guards = [
            guard
            for guard in esper.get_components(Watcher, Position, Heading)
            if not esper.has_component(guard[0], Pursuer)
        ]
        if not guards:
            return
        if self._overlay is None or self._overlay.get_size() != target.get_size():
            self._overlay = clear_overlay(target.get_size())
        overlay = self._overlay
        overlay.fill((0, 0, 0, 0))
        view = overlay.get_rect(topleft=camera)
        for _entity, (watcher, at, heading) in guards:
            reach = watcher.reach // SUBPIXELS
            near = pygame.Rect(0, 0, 2 * reach, 2 * reach)
            near.center = (at.x // SUBPIXELS, at.y // SUBPIXELS)
            if not view.colliderect(near):
                continue  # off screen: nothing to draw
            fan = self._fan(field, watcher, at, heading)
            points = [(x - camera[0], y - camera[1]) for x, y in fan]
            pygame.draw.polygon(overlay, FILL, points)
            pygame.draw.lines(overlay, EDGE, True, points, 1)
        target.blit(overlay, (0, 0))

    def _fan(
        self, field: CollisionField, watcher: Watcher, at: Position, heading: Heading
    ) -> list[tuple[int, int]]:
        """The fan's outline in world pixels: its guard, then where each ray stops."""
        spot = (at.x // SUBPIXELS, at.y // SUBPIXELS)
        key = (field, *spot, int(heading.facing), watcher.reach, watcher.cos_spread)
        fan = self._fans.get(key)
        if fan is None:
            if len(self._fans) >= KEPT_FANS:
                self._fans.clear()
            fx, fy = heading.facing.vector
            spread = math.acos(max(-1.0, min(1.0, watcher.cos_spread / COS_SCALE)))
            facing = math.atan2(fy, fx)
            fan = [spot]
            for ray in range(RAYS):
                angle = facing - spread + 2 * spread * ray / (RAYS - 1)
                x, y = _reach(field, at, watcher.reach, angle)
                fan.append((x // SUBPIXELS, y // SUBPIXELS))
            self._fans[key] = fan
        return fan


def _reach(field: CollisionField, at: Position, reach: int, angle: float) -> tuple[int, int]:
    """Where one ray stops: at its reach, or just before the first wall (subpixels), to the
    step the guard's own line of sight uses: walked out two steps at a time, and the
    step between looked at once a wall is found."""
    dx, dy = math.cos(angle), math.sin(angle)

    def point(length: int) -> tuple[int, int]:
        return at.x + round(dx * length), at.y + round(dy * length)

    last = 0
    for length in range(2 * SIGHT_STEP, reach + 1, 2 * SIGHT_STEP):
        if field.point_blocked(*point(length)):
            between = length - SIGHT_STEP
            return point(last if field.point_blocked(*point(between)) else between)
        last = length
    if last + SIGHT_STEP <= reach and field.point_blocked(*point(last + SIGHT_STEP)):
        return point(last)
    return point(reach)
