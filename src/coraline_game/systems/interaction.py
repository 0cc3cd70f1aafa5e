"""What Coraline faces gets a prompt; using it or stepping into a trigger raises an event."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import (
    SUBPIXELS,
    Area,
    Heading,
    Hidden,
    Position,
    Trigger,
    Usable,
)
from coraline_game.input.actions import Action
from coraline_game.sim.context import TickContext
from coraline_game.sim.events import Entered, Used

INTERACT = int(Action.INTERACT)  # plain int: IntFlag arithmetic is slow in per-tick code
REACH = 12 * SUBPIXELS  # how far in front of her feet she can reach
HAND = 6 * SUBPIXELS  # half the width of what she reaches with


def reach_area(position: Position, heading: Heading) -> Area:
    """The square in front of Coraline's feet that she can touch."""
    fx, fy = heading.facing.vector
    cx = position.x + fx * REACH
    cy = position.y + fy * REACH - (4 * SUBPIXELS if fy == 0 else 0)
    return Area(cx - HAND, cy - HAND, cx + HAND, cy + HAND)


class InteractionSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        place = ctx.place
        place.prompt.entity, place.prompt.text = 0, ""
        if not place.player or ctx.player_frozen:
            return
        position = esper.component_for_entity(place.player, Position)
        heading = esper.component_for_entity(place.player, Heading)
        hand = reach_area(position, heading)
        left, top, right, bottom = hand.left, hand.top, hand.right, hand.bottom
        best, best_overlap = 0, 0
        unseen = set() if ctx.looking else {e for e, _h in esper.get_component(Hidden)}
        for entity, (usable, area) in esper.get_components(Usable, Area):
            if entity in unseen:
                continue
            # The overlap of two rectangles, inline: this loop runs for every usable every tick.
            w = min(right, area.right) - max(left, area.left)
            h = min(bottom, area.bottom) - max(top, area.top)
            if w <= 0 or h <= 0:
                continue
            overlap = w * h
            if overlap > best_overlap or (overlap == best_overlap and entity < best):
                best, best_overlap = entity, overlap
                place.prompt.text = usable.prompt
        place.prompt.entity = best
        if best and ctx.pressed & INTERACT:
            ctx.events.append(Used(best))


class TriggerSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        place = ctx.place
        if not place.player:
            return
        feet = esper.component_for_entity(place.player, Position)
        for entity, (trigger, area) in esper.get_components(Trigger, Area):
            if not trigger.fired and ctx.here >= trigger.after and area.contains(feet.x, feet.y):
                trigger.fired = True
                ctx.events.append(Entered(entity))
