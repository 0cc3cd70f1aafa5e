"""Swept areas: each strikes on its own beat of the run's clock, after its warning, so the
way through is a matter of timing, the same every time."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import Area, Hazard, Position
from coraline_game.sim.context import TickContext
from coraline_game.sim.events import Struck


class HazardSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        player = ctx.place.player
        if not player or ctx.player_frozen or ctx.scripted:
            return
        feet = esper.component_for_entity(player, Position)
        for entity, (hazard, area) in esper.get_components(Hazard, Area):
            if hazard.phase(ctx.tick) == "strike" and area.contains(feet.x, feet.y):
                ctx.events.append(Struck(entity))
                return
