"""Turns the held move actions into Coraline's wanted motion."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import Motion, PlayerControlled, Walker
from coraline_game.input.actions import direction
from coraline_game.sim.context import TickContext

# 181/256 is 1/sqrt(2) to within 0.1%: diagonal steps cover the same distance.
DIAGONAL_NUMERATOR = 181
DIAGONAL_DENOMINATOR = 256


def step(dx: int, dy: int, speed: int) -> tuple[int, int]:
    """A motion of `speed` subpixels in direction (dx, dy), each in -1..1."""
    if dx and dy:
        speed = speed * DIAGONAL_NUMERATOR // DIAGONAL_DENOMINATOR
    return dx * speed, dy * speed


# Looking through the seeing stone costs: she walks at this share of her pace.
LOOKING_PACE_NUMERATOR, LOOKING_PACE_DENOMINATOR = 1, 2


class PlayerIntentSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        dx, dy = (0, 0) if ctx.player_frozen else direction(ctx.frame)
        for _entity, (motion, walker, _tag) in esper.get_components(
            Motion, Walker, PlayerControlled
        ):
            speed = walker.speed
            if ctx.looking:
                speed = speed * LOOKING_PACE_NUMERATOR // LOOKING_PACE_DENOMINATOR
            motion.dx, motion.dy = step(dx, dy, speed)
