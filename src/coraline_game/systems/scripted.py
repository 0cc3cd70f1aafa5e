"""Cutscene walks: an actor goes straight to its spot at its own pace, through anything.

Straight and unblocked, so a cutscene always ends where it was written to end, and
skipping it (walking every remaining step at once) leaves the same world.
"""

from __future__ import annotations

import esper

from coraline_game.ecs.components import Facing, Heading, Motion, Position, ScriptedWalk
from coraline_game.sim.context import TickContext


def walk_toward(position: Position, heading: Heading, target: ScriptedWalk) -> bool:
    """One tick of a scripted walk; True once the actor stands on its spot."""
    speed = target.speed
    dx = max(-speed, min(speed, target.x - position.x))
    dy = max(-speed, min(speed, target.y - position.y))
    heading.facing = Facing.of_motion(dx, dy, heading.facing)
    position.x += dx
    position.y += dy
    return position.x == target.x and position.y == target.y


class ScriptedWalkSystem(esper.Processor):
    """Runs after movement, which has already settled everyone else this tick."""

    def process(self, ctx: TickContext) -> None:
        for entity, (target, position, heading, motion) in esper.get_components(
            ScriptedWalk, Position, Heading, Motion
        ):
            motion.moved = True
            if walk_toward(position, heading, target):
                esper.remove_component(entity, ScriptedWalk)
