"""Keeps the view on Coraline and inside the map (centred when the map is smaller)."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import SUBPIXELS, Position
from coraline_game.sim.context import TickContext

VIEW = (320, 180)
# Coraline's feet sit a little below the middle of the view: more room to see ahead.
FEET_DROP = 12


def clamp_axis(target: int, view: int, world: int) -> int:
    if world <= view:
        return -((view - world) // 2)
    return max(0, min(target, world - view))


class CameraSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        place = ctx.place
        if not place.player:
            return
        position = esper.component_for_entity(place.player, Position)
        world_w, world_h = place.map.pixel_size
        x = position.x // SUBPIXELS - VIEW[0] // 2
        y = position.y // SUBPIXELS - VIEW[1] // 2 - FEET_DROP
        place.camera = (clamp_axis(x, VIEW[0], world_w), clamp_axis(y, VIEW[1], world_h))
