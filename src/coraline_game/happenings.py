"""What happened in the simulation this tick, as the presentation hears and feels it.

The simulation raises no events for sound or shaking: these are read off its state, tick by
tick, as drawing reads it (a door's fade beginning, a flag set, a step of the walk cycle, a
few more letters of a line). Reading never changes anything, so whatever listens (the audio
layer, the camera's shake) can never change what a replay does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import esper

from coraline_game.ecs.components import SUBPIXELS, Motion, Name, Position, WalkCycle
from coraline_game.sim.conversation import Conversation
from coraline_game.sim.simulation import Simulation

LETTERS_PER_BLIP = 3  # a voice's blip every few letters a line shows
STEP_FRAMES = (1, 3)  # the walk cycle's frames a foot comes down on
EARSHOT = 180  # pixels: the people farther from Coraline than this are not heard


@dataclass(frozen=True)
class Happening:
    """`kind` is one of: door (name "little" for the little door), caught, flag (name: the
    flag), item (the item), stone, card, step (the floor), voice (the speaker: a few more
    letters), line (the speaker: a line begins), moves (an actor's kind: it walks in earshot;
    `started` when it was standing the tick before)."""

    kind: str
    name: str = ""
    started: bool = False


@dataclass
class _Seen:
    """What the last tick showed, to tell what changed."""

    chapters: int = -1
    transition: bool = False
    flags: int = 0
    items: frozenset[str] = frozenset()
    looking: bool = False
    card: bool = False
    conversation: Conversation | None = None  # the one read last tick, and its line
    line: int = -1
    letters: int = 0
    step_frame: int = 0
    moving: set[int] = field(default_factory=set)  # actors that walked last tick


class Happenings:
    def __init__(self) -> None:
        self._seen = _Seen()

    def observe(self, sim: Simulation) -> list[Happening]:
        """What changed since the last tick observed."""
        seen = self._seen
        happened: list[Happening] = []
        if sim.chapters_started != seen.chapters:  # a chapter starts afresh: nothing is news
            self._seen = seen = _Seen(chapters=sim.chapters_started, flags=len(sim.flags))
            seen.items = frozenset(sim.items)
        happened += self._doors(sim, seen)
        happened += [Happening("flag", flag) for flag in sim.flags[seen.flags :]]
        seen.flags = len(sim.flags)
        items = frozenset(sim.items)
        happened += [Happening("item", item) for item in sorted(items - seen.items)]
        seen.items = items
        if sim.looking and not seen.looking:
            happened.append(Happening("stone"))
        seen.looking = sim.looking
        if sim.card is not None and not seen.card:
            happened.append(Happening("card"))
        seen.card = sim.card is not None
        happened += self._speech(sim, seen)
        happened += self._walking(sim, seen)
        return happened

    @staticmethod
    def _doors(sim: Simulation, seen: _Seen) -> list[Happening]:
        transition = sim.transition
        begun = transition is not None and not seen.transition
        seen.transition = transition is not None
        here = sim.place.map
        if not begun or transition is None:
            return []
        if transition.target_map == here.name:
            return [Happening("caught")]
        there = sim.maps.get(transition.target_map)
        worlds = {here.properties.get("world"), there and there.properties.get("world")}
        between = "between" in worlds
        return [Happening("door", "little" if between else "")]

    @staticmethod
    def _speech(sim: Simulation, seen: _Seen) -> list[Happening]:
        conversation = sim.conversation
        line = conversation.current if conversation is not None else None
        if conversation is None or line is None:
            seen.conversation, seen.line, seen.letters = None, -1, 0
            return []
        happened = []
        if conversation is not seen.conversation or conversation.line != seen.line:
            seen.conversation, seen.line, seen.letters = conversation, conversation.line, 0
            happened.append(Happening("line", line.speaker))
        letters = conversation.letters
        if letters // LETTERS_PER_BLIP > seen.letters // LETTERS_PER_BLIP or (
            letters and not seen.letters
        ):
            shown = line.text[max(0, letters - 1)] if letters else " "
            if not shown.isspace():
                happened.append(Happening("voice", line.speaker))
        seen.letters = letters
        return happened

    @staticmethod
    def _walking(sim: Simulation, seen: _Seen) -> list[Happening]:
        place = sim.place
        if not place.player:
            return []
        place.activate()
        happened = []
        her = esper.component_for_entity(place.player, Position)
        cycle = esper.try_component(place.player, WalkCycle)
        if cycle is not None and cycle.frame != seen.step_frame and cycle.frame in STEP_FRAMES:
            happened.append(Happening("step", str(place.map.properties.get("floor", "wood"))))
        seen.step_frame = cycle.frame if cycle is not None else 0
        moving: set[int] = set()
        reach = EARSHOT * SUBPIXELS
        for entity, (name, motion, position) in esper.get_components(Name, Motion, Position):
            if entity == place.player or not motion.moved:
                continue
            if abs(position.x - her.x) > reach or abs(position.y - her.y) > reach:
                continue
            moving.add(entity)
            happened.append(Happening("moves", name.actor, entity not in seen.moving))
        seen.moving = moving
        return happened
