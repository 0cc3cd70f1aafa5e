"""Guards that see: within reach, within the spread of where they face, and with no wall
between. Decided in whole numbers, so a route that slips past does so on every machine."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import COS_SCALE, SUBPIXELS, Heading, Position, Watcher
from coraline_game.sim.context import TickContext
from coraline_game.sim.events import Seen
from coraline_game.systems.collision import CollisionField

SIGHT_STEP = 4 * SUBPIXELS  # how finely the line of sight is walked


def sees(
    field: CollisionField, watcher: Watcher, at: Position, facing: tuple[int, int], her: Position
) -> bool:
    dx, dy = her.x - at.x, her.y - at.y
    distance_squared = dx * dx + dy * dy
    if distance_squared > watcher.reach * watcher.reach:
        return False
    ahead = dx * facing[0] + dy * facing[1]  # her distance along where it faces
    if ahead <= 0:
        return False
    # cos(angle to her) >= cos(spread), squared to stay in whole numbers.
    if ahead * ahead * COS_SCALE * COS_SCALE < watcher.cos_spread**2 * distance_squared:
        return False
    return clear_line(field, at.x, at.y, her.x, her.y)


def clear_line(field: CollisionField, x0: int, y0: int, x1: int, y1: int) -> bool:
    """No wall on the straight line between two points (ends excluded)."""
    steps = max(abs(x1 - x0), abs(y1 - y0)) // SIGHT_STEP
    for index in range(1, steps):
        x = x0 + (x1 - x0) * index // steps
        y = y0 + (y1 - y0) * index // steps
        if field.point_blocked(x, y):
            return False
    return True


class WatchSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        player = ctx.place.player
        if not player or ctx.player_frozen or ctx.scripted:
            return
        her = esper.component_for_entity(player, Position)
        field = ctx.place.collision
        for entity, (watcher, at, heading) in esper.get_components(Watcher, Position, Heading):
            if sees(field, watcher, at, heading.facing.vector, her):
                ctx.events.append(Seen(entity))
                return  # one guard is enough
