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


def camera_position(
    place: Place, view: tuple[int, int], focus: tuple[int, int] | None = None
) -> tuple[int, int]:
    """The map pixel at the view's top-left, on a cutscene's `focus` (subpixels) or else
    following Coraline. Call with `place` active."""
    world_w, world_h = place.map.pixel_size
    if focus is not None:
        x, y = focus[0] // SUBPIXELS - view[0] // 2, focus[1] // SUBPIXELS - view[1] // 2
        return clamp_axis(x, view[0], world_w), clamp_axis(y, view[1], world_h)
    if not place.player:
        return clamp_axis(0, view[0], world_w), clamp_axis(0, view[1], world_h)
    position = esper.component_for_entity(place.player, Position)
    x = position.x // SUBPIXELS - view[0] // 2
    y = position.y // SUBPIXELS - view[1] // 2 - FEET_DROP
    return clamp_axis(x, view[0], world_w), clamp_axis(y, view[1], world_h)


PAN_SHARE = 10  # a pan covers a tenth of the way left each frame: quick, then gentle


class Camera:
    """Follows Coraline tightly; glides to a cutscene's focus and back again."""

    def __init__(self) -> None:
        self._at: tuple[int, int] | None = None
        self._place: Place | None = None
        self._gliding = False

    def look(
        self, place: Place, view: tuple[int, int], focus: tuple[int, int] | None
    ) -> tuple[int, int]:
        target = camera_position(place, view, focus)
        if place is not self._place or self._at is None:
            self._place, self._at = place, target  # a new place: no pan across it
            return target
        self._gliding = self._gliding or focus is not None
        if self._gliding:
            dx, dy = target[0] - self._at[0], target[1] - self._at[1]
            if abs(dx) <= 1 and abs(dy) <= 1:
                self._gliding = focus is not None
                self._at = target
            else:
                self._at = (self._at[0] + _share(dx), self._at[1] + _share(dy))
        else:
            self._at = target
        return self._at


def _share(distance: int) -> int:
    step = distance // PAN_SHARE if distance > 0 else -(-distance // PAN_SHARE)
    return step or (1 if distance > 0 else -1 if distance < 0 else 0)
