"""How the animals move: the cat wanders and keeps near Coraline; the mouse scurries and
leads; a patrol walks its round; a pursuer comes after her. Nobody moves on their own
while a cutscene plays."""

from __future__ import annotations

import esper

from coraline_game.ecs.components import (
    SUBPIXELS,
    CatBrain,
    CatMood,
    Motion,
    MouseBrain,
    Position,
    Pursuer,
    Walker,
)
from coraline_game.ecs.random_stream import RandomStream
from coraline_game.sim.context import TickContext
from coraline_game.systems.intent import step
from coraline_game.systems.route import TILE

# Distances in pixels, squared where compared.
CAT_FOLLOW_BEYOND = 88  # the cat comes after Coraline once she is this far away
CAT_SETTLE_WITHIN = 40  # and stops once it is this close
MOUSE_SCARED_WITHIN = 56  # the mouse runs to its next waypoint when Coraline comes this close
MOUSE_ARRIVED = 2


def _toward(from_x: int, from_y: int, to_x: int, to_y: int, slack: int) -> tuple[int, int]:
    """An 8-way direction from one point toward another, 0 on an axis within `slack`."""
    dx, dy = to_x - from_x, to_y - from_y
    return (
        (dx > slack) - (dx < -slack),
        (dy > slack) - (dy < -slack),
    )


def _distance_squared(a: Position, b: Position) -> int:
    dx = (a.x - b.x) // SUBPIXELS
    dy = (a.y - b.y) // SUBPIXELS
    return dx * dx + dy * dy


def _random_direction(rng: RandomStream) -> tuple[int, int]:
    return rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)))


def _player_position(ctx: TickContext) -> Position | None:
    player = ctx.place.player
    return esper.component_for_entity(player, Position) if player else None


class CatSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        if ctx.scripted:
            return
        target = _player_position(ctx)
        for entity, (brain, position, motion, walker) in esper.get_components(
            CatBrain, Position, Motion, Walker
        ):
            far = target is not None and _distance_squared(position, target) > (
                CAT_FOLLOW_BEYOND**2 if brain.mood != CatMood.FOLLOW else CAT_SETTLE_WITHIN**2
            )
            if far and target is not None:
                brain.mood = CatMood.FOLLOW
                dx, dy = _toward(position.x, position.y, target.x, target.y, 4 * SUBPIXELS)
                motion.dx, motion.dy = step(dx, dy, walker.speed)
                continue
            if brain.mood == CatMood.FOLLOW or brain.timer <= 0:
                _next_cat_mood(brain, esper.component_for_entity(entity, RandomStream))
            brain.timer -= 1
            if brain.mood == CatMood.WANDER:
                motion.dx, motion.dy = step(*brain.direction, walker.speed // 2)


def _next_cat_mood(brain: CatBrain, rng: RandomStream) -> None:
    """Sit a while or stroll a little, for a random but seeded time."""
    if brain.mood != CatMood.IDLE:
        brain.mood = CatMood.IDLE
        brain.timer = rng.randrange(60, 240)
    else:
        brain.mood = CatMood.WANDER
        brain.direction = _random_direction(rng)
        brain.timer = rng.randrange(20, 70)


class MouseSystem(esper.Processor):
    def process(self, ctx: TickContext) -> None:
        if ctx.scripted:
            return
        target = _player_position(ctx)
        for entity, (brain, position, motion, walker) in esper.get_components(
            MouseBrain, Position, Motion, Walker
        ):
            if brain.path:
                _lead(brain, position, motion, walker, target)
            else:
                _scurry(brain, motion, walker, esper.component_for_entity(entity, RandomStream))


def _lead(
    brain: MouseBrain, position: Position, motion: Motion, walker: Walker, player: Position | None
) -> None:
    """Wait at a waypoint until Coraline comes near, then dash to the next one."""
    if brain.next_point >= len(brain.path):
        if not brain.loop:
            return  # the end of the way: it waits there
        brain.next_point = 0
    goal_x, goal_y = brain.path[brain.next_point]
    dx, dy = _toward(position.x, position.y, goal_x, goal_y, MOUSE_ARRIVED * SUBPIXELS)
    if (dx, dy) == (0, 0):
        brain.next_point += 1
        brain.timer = 0
        return
    running = brain.timer > 0 or brain.next_point == 0 or not brain.waits
    if not running and player is not None:
        running = _distance_squared(position, player) < MOUSE_SCARED_WITHIN**2
    if running:
        brain.timer = 1
        motion.dx, motion.dy = step(dx, dy, walker.speed)


def _scurry(brain: MouseBrain, motion: Motion, walker: Walker, rng: RandomStream) -> None:
    """Short quick dashes between still moments."""
    if brain.timer <= 0:
        moving = brain.direction == (0, 0)
        brain.direction = _random_direction(rng) if moving else (0, 0)
        brain.timer = rng.randrange(8, 24) if moving else rng.randrange(30, 120)
    brain.timer -= 1
    motion.dx, motion.dy = step(*brain.direction, walker.speed)


class PursuitSystem(esper.Processor):
    """The guardians who chase: after her, the shortest way round walls, at their own pace:
    tile by tile down the place's flow field to her tile, then straight at her."""

    def process(self, ctx: TickContext) -> None:
        her = _player_position(ctx)
        if ctx.scripted or ctx.player_frozen or her is None:
            return
        goal = (her.x // SUBPIXELS // TILE, her.y // SUBPIXELS // TILE)
        for _entity, (_brain, position, motion, walker) in esper.get_components(
            Pursuer, Position, Motion, Walker
        ):
            here = (position.x // SUBPIXELS // TILE, position.y // SUBPIXELS // TILE)
            nxt = ctx.place.flows.toward(here, goal) if here != goal else None
            if nxt is None:
                tx, ty = her.x, her.y
            else:
                tx = (nxt[0] * TILE + TILE // 2) * SUBPIXELS
                ty = (nxt[1] * TILE + TILE // 2) * SUBPIXELS
            dx, dy = _toward(position.x, position.y, tx, ty, SUBPIXELS)
            if (dx, dy) != (0, 0):
                motion.dx, motion.dy = step(dx, dy, walker.speed)
