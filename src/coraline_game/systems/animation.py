"""Advances walk cycles: a new frame every few ticks while moving, standing still otherwise."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import Motion, WalkCycle
from coraline_game.sim.context import TickContext

TICKS_PER_FRAME = 8
FRAMES = 4


class AnimationSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        for _entity, (cycle, motion) in esper.get_components(WalkCycle, Motion):
            if motion.moved:
                cycle.timer += 1
                # Start on a step, not on the standing frame, so a tap shows movement.
                cycle.frame = (1 + cycle.timer // TICKS_PER_FRAME) % FRAMES
            else:
                cycle.timer = 0
                cycle.frame = 0
