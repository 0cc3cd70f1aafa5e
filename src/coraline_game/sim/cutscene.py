"""A cutscene playing: its steps one after another, each watched tick by tick or skipped.

Skipping runs every remaining step to its end at once (a walk is walked out without the
world ticking, a line's effects are applied unread), so a skipped cutscene leaves the
world exactly as a watched one: nobody else moves while one plays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import esper

from coraline_game.ecs.components import (
    Area,
    AreaAroundFeet,
    Facing,
    Heading,
    Motion,
    Name,
    Position,
    ScriptedWalk,
    WalkCycle,
    Walker,
    px,
)
from coraline_game.story.model import Cutscene, Step
from coraline_game.systems.movement import around_feet
from coraline_game.systems.scripted import walk_toward

if TYPE_CHECKING:
    from coraline_game.sim.simulation import Simulation


@dataclass
class CutsceneRun:
    cutscene: Cutscene
    step: int = 0
    timer: int = 0  # ticks into the current step
    started: bool = False  # the current step has begun
    fade_from: int = 0

    @property
    def current(self) -> Step | None:
        steps = self.cutscene.steps
        return steps[self.step] if self.step < len(steps) else None


def advance(run: CutsceneRun, sim: Simulation) -> None:
    """One tick of the cutscene; steps that take no time run in the same tick."""
    while (step := run.current) is not None:
        if not run.started:
            run.started, run.timer, run.fade_from = True, 0, sim.veil
            _begin(step, sim)
        if not _finished(run, step, sim):
            run.timer += 1
            return
        run.step, run.started = run.step + 1, False
        if sim.cutscene is not run:  # its last step led on (a chapter, another cutscene)
            return


def skip(run: CutsceneRun, sim: Simulation) -> None:
    """Every remaining step at once, ending as watching it would."""
    while (step := run.current) is not None:
        if not run.started:
            run.started, run.fade_from = True, sim.veil
            _begin(step, sim)
        _finish_now(step, sim)
        run.step, run.started = run.step + 1, False
        if sim.cutscene is not run:
            return


def _begin(step: Step, sim: Simulation) -> None:
    # A person or mark the place lacks (check reports it) leaves the step with nothing to do.
    if step.kind == "walk":
        entity, spot = actor(sim, step.who), mark(sim, step.mark)
        if entity and spot is not None:
            speed = esper.component_for_entity(entity, Walker).speed
            esper.add_component(entity, ScriptedWalk(*spot, speed))
    elif step.kind == "face":
        entity = actor(sim, step.who)
        if entity:
            esper.component_for_entity(entity, Heading).facing = Facing.named(step.facing)
    elif step.kind == "say":
        sim.conversation = sim.conversation_for(step.topic)
    elif step.kind == "camera":
        sim.focus = None if step.mark == "coraline" else mark(sim, step.mark)
        sim.zoom = step.zoom
    elif step.kind == "do":
        sim.apply(step.effects, scripted=True)


def _finished(run: CutsceneRun, step: Step, sim: Simulation) -> bool:
    if step.kind == "walk":
        entity = actor(sim, step.who)
        return not entity or not esper.has_component(entity, ScriptedWalk)
    if step.kind == "say":
        return sim.conversation is None
    if step.kind == "fade":
        ticks = max(step.ticks, 1)
        progress = min(run.timer + 1, ticks)
        sim.veil = run.fade_from + (step.level - run.fade_from) * progress // ticks
        return progress >= ticks
    if step.kind in ("wait", "camera"):
        return run.timer >= step.ticks
    return True


def _finish_now(step: Step, sim: Simulation) -> None:
    if step.kind == "walk":
        entity = actor(sim, step.who)
        if not entity or not esper.has_component(entity, ScriptedWalk):
            return
        target = esper.component_for_entity(entity, ScriptedWalk)
        position = esper.component_for_entity(entity, Position)
        heading = esper.component_for_entity(entity, Heading)
        while not walk_toward(position, heading, target):
            pass
        esper.remove_component(entity, ScriptedWalk)
        # Where a watched walk leaves what she can use of them: round their feet.
        if esper.has_component(entity, AreaAroundFeet):
            around = esper.component_for_entity(entity, AreaAroundFeet)
            around_feet(esper.component_for_entity(entity, Area), around, position)
        # As the tick after a watched walk leaves them: standing.
        esper.component_for_entity(entity, Motion).moved = False
        cycle = esper.component_for_entity(entity, WalkCycle)
        cycle.frame = cycle.timer = 0
    elif step.kind == "say":
        conversation = sim.conversation
        sim.conversation = None
        if conversation is not None:
            sim.apply(conversation.skipped(), scripted=True)
    elif step.kind == "fade":
        sim.veil = step.level


def actor(sim: Simulation, who: str) -> int:
    """The entity a step names in the shown place: Coraline, or the first actor of a kind
    (0 when none is present)."""
    if who == "coraline":
        return sim.place.player
    return next((e for e, name in sorted(esper.get_component(Name)) if name.actor == who), 0)


def mark(sim: Simulation, name: str) -> tuple[int, int] | None:
    for obj in sim.place.map.objects_of("Mark"):
        if obj.properties["mark"] == name:
            x, y = obj.feet
            return px(x), px(y)
    return None
