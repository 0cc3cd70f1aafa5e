"""Applies each body's wanted motion, one axis at a time, sliding along what blocks it."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import (
    SUBPIXELS,
    Area,
    AreaAroundFeet,
    Body,
    Facing,
    Heading,
    Motion,
    Position,
)
from coraline_game.sim.context import TickContext
from coraline_game.systems.collision import body_box


class AreaFollowSystem(esper.Processor):
    """Moves the usable area of actors that walk (the cat can be petted wherever it is)."""

    def process(self, ctx: TickContext) -> None:
        for _entity, (around, area, position) in esper.get_components(
            AreaAroundFeet, Area, Position
        ):
            area.left, area.right = position.x - around.half_width, position.x + around.half_width
            area.top, area.bottom = position.y - around.height, position.y + SUBPIXELS


class MovementSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        field = ctx.place.collision
        for _entity, (position, motion, body, heading) in esper.get_components(
            Position, Motion, Body, Heading
        ):
            heading.facing = Facing.of_motion(motion.dx, motion.dy, heading.facing)
            moved_x = field.slide_x(body_box(position, body), motion.dx)
            position.x += moved_x
            moved_y = field.slide_y(body_box(position, body), motion.dy)
            position.y += moved_y
            motion.moved = bool(moved_x or moved_y)
            motion.dx = motion.dy = 0
