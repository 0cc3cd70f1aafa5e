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
    Obstacle,
    Position,
)
from coraline_game.sim.context import TickContext
from coraline_game.systems.collision import CollisionField, body_box


class AreaFollowSystem(esper.Processor):
    """Moves the usable area of actors that walk (the cat can be petted wherever it is)."""

    def process(self, ctx: TickContext) -> None:
        for _entity, (around, area, position) in esper.get_components(
            AreaAroundFeet, Area, Position
        ):
            around_feet(area, around, position)


def around_feet(area: Area, around: AreaAroundFeet, position: Position) -> None:
    """Put a walking actor's usable area where its feet are."""
    area.left, area.right = position.x - around.half_width, position.x + around.half_width
    area.top, area.bottom = position.y - around.height, position.y + SUBPIXELS


# How far off an opening she may aim and still be guided into it: most of a doorway's frame.
CORNER_SLACK = 6 * SUBPIXELS


class MovementSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        field = ctx.place.collision
        player = ctx.place.player
        people = [
            body_box(at, body)
            for _e, (at, body, _o) in esper.get_components(Position, Body, Obstacle)
        ]
        for entity, (position, motion, body, heading) in esper.get_components(
            Position, Motion, Body, Heading
        ):
            if not (motion.dx or motion.dy):
                motion.moved = False  # standing still: nothing to sweep
                continue
            heading.facing = Facing.of_motion(motion.dx, motion.dy, heading.facing)
            moved_x = field.slide_x(body_box(position, body), motion.dx) if motion.dx else 0
            position.x += moved_x
            if entity == player and moved_x and _walks_into(people, position, body, moved_x, 0):
                position.x -= moved_x
                moved_x = 0
            moved_y = field.slide_y(body_box(position, body), motion.dy) if motion.dy else 0
            position.y += moved_y
            if entity == player and moved_y and _walks_into(people, position, body, 0, moved_y):
                position.y -= moved_y
                moved_y = 0
            if not (moved_x or moved_y) and bool(motion.dx) != bool(motion.dy):
                attempt = (position.x, position.y, motion.dx, motion.dy)
                if attempt != motion.stuck:
                    moved_x, moved_y = _round_the_corner(field, position, body, motion)
                    if not (moved_x or moved_y):
                        motion.stuck = attempt
            motion.moved = bool(moved_x or moved_y)
            motion.dx = motion.dy = 0


def _walks_into(
    people: list[tuple[int, int, int, int]], position: Position, body: Body, dx: int, dy: int
) -> bool:
    """Whether this step took her into someone she was not already touching."""
    left, top, right, bottom = body_box(position, body)
    for p_left, p_top, p_right, p_bottom in people:
        if left < p_right and p_left < right and top < p_bottom and p_top < bottom:
            was = (left - dx < p_right and p_left < right - dx) and (
                top - dy < p_bottom and p_top < bottom - dy
            )
            if not was:
                return True
    return False


def _round_the_corner(
    field: CollisionField, position: Position, body: Body, motion: Motion
) -> tuple[int, int]:
    """Walking straight into the edge of an opening (a doorway a few pixels to one side)
    slides her sideways toward it, as if she had aimed true: no snagging on door frames."""
    speed = abs(motion.dx or motion.dy)
    box = body_box(position, body)
    for shift in range(SUBPIXELS, CORNER_SLACK + 1, SUBPIXELS):
        for side in (-1, 1):
            offset = side * shift
            if motion.dx:  # blocked going sideways: look above and below
                shifted = (box[0], box[1] + offset, box[2], box[3] + offset)
                clear = not field.blocked(shifted) and field.slide_x(shifted, motion.dx) != 0
            else:  # blocked going up or down: look left and right
                shifted = (box[0] + offset, box[1], box[2] + offset, box[3])
                clear = not field.blocked(shifted) and field.slide_y(shifted, motion.dy) != 0
            if not clear:
                continue
            step = side * min(speed, shift)
            if motion.dx:
                moved = field.slide_y(box, step)
                position.y += moved
                return 0, moved
            moved = field.slide_x(box, step)
            position.x += moved
            return moved, 0
    return 0, 0
