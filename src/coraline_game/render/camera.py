"""Where the view looks: presentation, drawn from the simulation's state, never part of it.

The simulation does not know the view's size, so changing the window, the view or the
camera's feel never changes a checksum or breaks a replay.
"""

from __future__ import annotations

import esper

from coraline_game.ecs.components import SUBPIXELS, Position
from coraline_game.sim.place import Place

# Coraline's feet sit a little below the middle of the view: more room to see ahead.
FEET_DROP = 12


def clamp_axis(target: int, view: int, world: int) -> int:
    """Keep the view inside the map; a map smaller than the view sits in its middle."""
    if world <= view:
        return -((view - world) // 2)
    return max(0, min(target, world - view))


def camera_position(place: Place, view: tuple[int, int]) -> tuple[int, int]:
    """The map pixel at the view's top-left, following Coraline. Call with `place` active."""
    world_w, world_h = place.map.pixel_size
    if not place.player:
        return clamp_axis(0, view[0], world_w), clamp_axis(0, view[1], world_h)
    position = esper.component_for_entity(place.player, Position)
    x = position.x // SUBPIXELS - view[0] // 2
    y = position.y // SUBPIXELS - view[1] // 2 - FEET_DROP
    return clamp_axis(x, view[0], world_w), clamp_axis(y, view[1], world_h)
