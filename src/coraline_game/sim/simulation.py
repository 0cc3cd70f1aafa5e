"""The whole game state and its fixed-tick step: places, the story, dialogue, cutscenes.

Nothing here reads the clock, the keyboard or the screen; a step takes one
action frame. That is what lets a replay re-run a game tick for tick.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import esper

from coraline_game.ecs import prefabs
from coraline_game.ecs.catalogue import ActorSpec, default_catalogue
from coraline_game.ecs.components import (
    Facing,
    Hazard,
    Heading,
    Position,
    Pursuer,
    Trigger,
    Usable,
    UseKind,
    Watcher,
)
from coraline_game.input.actions import Action, ActionFrame, newly_pressed
from coraline_game.maps.model import GameMap
from coraline_game.sim import cutscene
from coraline_game.sim.context import TickContext
from coraline_game.sim.conversation import Conversation, TextSpeed
from coraline_game.sim.credits import Credits
from coraline_game.sim.drain import Drain
from coraline_game.sim.events import Entered, Event, Seen, Struck, Used
from coraline_game.sim.place import Place, Prompt
from coraline_game.story.library import default_story
from coraline_game.story.model import Effects, Line, Page, Story
from coraline_game.story.start import StartState, new_game
from coraline_game.ticks import TICK_RATE

__all__ = ["TICK_RATE", "Simulation"]  # TICK_RATE read here by the rest of the game

FADE_TICKS = 24  # each half of a door transition: out to black, then in
CARD_TICKS = 150  # a chapter card shows this long, unless a press moves on
CARD_MIN_TICKS = 30  # ...but not before this: the key that led here must not skip it
SKIP = int(Action.CANCEL)
LOOK = int(Action.STONE)
SEEING_STONE = "seeing_stone"  # the item that lets her look
ANY_BUTTON = int(Action.INTERACT | Action.CANCEL)


@dataclass
class Transition:
    target_map: str
    target_spawn: str
    timer: int = 0
    arrived: bool = False  # False while fading out, True while fading in

    @property
    def darkness(self) -> int:
        """0 (clear) to 255 (black), for the presentation layer."""
        progress = FADE_TICKS - self.timer if self.arrived else self.timer
        return 255 * progress // FADE_TICKS


@dataclass
class Card:
    """A chapter's card ("Night 1 — The Mouse"), shown over the start of the chapter."""

    text: str
    ticks: int = 0


class Simulation:
    def __init__(
        self,
        maps: Mapping[str, GameMap],
        seed: int,
        start: StartState | None = None,
        story: Story | None = None,
        catalogue: Mapping[str, ActorSpec] | None = None,
        start_map: str | None = None,
        start_spawn: str | None = None,
        text_speed: TextSpeed = TextSpeed.NORMAL,
    ) -> None:
        """A run from a chapter's start state (New Game by default). `start_map` instead
        starts in one map outside the story's chapters: a modder trying a map."""
        self.maps = maps
        self.seed = seed
        # The player's setting, an input like the seed: it decides when a press reveals a
        # line and when it goes on. A replay names it (and its changes) to re-run the same.
        self.text_speed = text_speed
        self.story = default_story() if story is None else story
        self.catalogue = default_catalogue() if catalogue is None else catalogue
        self.tick = 0
        self.flags: list[str] = []  # beats and facts, in the order they were set
        self.items: list[str] = []
        self.chapter = ""
        self.time = "day"
        self.story_version = 0  # counts changes to flags, items and time: places follow it
        self.conversation: Conversation | None = None
        self.cutscene: cutscene.CutsceneRun | None = None
        self.card: Card | None = None
        self.focus: tuple[int, int] | None = None  # where a cutscene points the camera
        self.zoom = 1  # and how much of the place it takes in (1: one screen)
        self.veil = 0  # a cutscene's fade: 0 clear .. 255 black
        self.transition: Transition | None = None
        self.places: dict[str, Place] = {}
        self.previous_frame: ActionFrame = 0
        self.chapters_started = 0  # the presentation saves when this grows
        self.looking = False  # the seeing stone held to her eye, this tick
        self.entered_at = ""  # the spawn she came into this place by
        self.here = 0  # ticks she has been free to move since she came in (or was sent back)
        self.drain = Drain(maps)  # the parts of the Other World the taken eyes have drained
        self.credits: Credits | None = None
        self.finished = False  # the credits and the mice are over: the story has ended
        self.start: StartState | None = None
        if start_map is not None:
            self.place = self._place(start_map)
            self._put_coraline(self.place, start_spawn)
        else:
            self.begin(start or new_game(self.story))

    # -- story state -------------------------------------------------------------
    def set_flag(self, flag: str) -> None:
        """Set a flag once; a beat only after the beats before it (the story's order)."""
        if not flag or flag in self.flags:
            return
        if not self.story.prerequisites.get(flag, frozenset()) <= set(self.flags):
            return
        self.flags.append(flag)
        self.story_version += 1
        self.drain.begin(flag)

    def _give(self, item: str) -> None:
        if item and item not in self.items:
            self.items.append(item)
            self.story_version += 1

    def _take(self, item: str) -> None:
        if item in self.items:
            self.items.remove(item)
            self.story_version += 1

    @property
    def beats(self) -> list[str]:
        """The story's beats reached, in order: the flags a save, a replay and verify name."""
        return [flag for flag in self.flags if flag not in self.story.facts]

    def holds(self) -> tuple[frozenset[str], frozenset[str], str]:
        """What conditions are tested against: flags, items, the time of day."""
        return frozenset(self.flags), frozenset(self.items), self.time

    @property
    def objective(self) -> str:
        return self.story.objective(*self.holds())

    @property
    def player_frozen(self) -> bool:
        return (
            self.conversation is not None
            or self.cutscene is not None
            or self.card is not None
            or self.transition is not None
            or self.credits is not None
            or self.finished
        )

    @property
    def holding_still(self) -> bool:
        """A cutscene or a chapter card: nobody moves but whom the cutscene moves."""
        return (
            self.cutscene is not None
            or self.card is not None
            or self.credits is not None
            or self.finished
        )

    def begin(self, start: StartState) -> None:
        """Start a chapter: every place afresh, Coraline at its spawn, its card, its effects.

        Continuing a save and playing up to the chapter both come through here, so both
        leave the very same state."""
        chapter = self.story.chapter(start.chapter)
        self.close()
        self.flags = [flag for flag in start.flags if flag not in self.story.facts]
        self.drain.restart(self.flags)
        self.credits, self.finished = None, False
        self.items = list(start.items)
        self.chapter, self.time = chapter.name, chapter.time
        self.story_version += 1
        self.conversation = self.cutscene = None
        self.transition, self.focus, self.veil, self.zoom = None, None, 0, 1
        self.start = dataclasses.replace(start, flags=tuple(self.flags))
        self.place = self._place(start.place)
        self._put_coraline(self.place, start.spawn)
        self.card = Card(chapter.card)
        self.chapters_started += 1
        self.apply(chapter.effects)

    def _place(self, name: str) -> Place:
        if name not in self.places:
            self.places[name] = Place(self.maps[name], self.seed, self.catalogue)
        place = self.places[name]
        place.activate()
        place.refresh(*self.holds(), self.story_version)
        return place

    def _put_coraline(self, place: Place, spawn: str | None) -> None:
        self.entered_at = spawn or ""  # a guard that sees her sends her back here
        self.here = 0
        place.activate()
        x, y, spawn_facing = prefabs.spawn_point(place.map, spawn)
        place.player = prefabs.spawn_coraline(x, y, spawn_facing)

    # -- what happens --------------------------------------------------------------
    def conversation_for(self, topic: str) -> Conversation | None:
        """The topic's first page whose condition holds, ready to read."""
        holds = self.holds()
        for page in self.story.topics.get(topic, ()):
            if page.when.holds(*holds):
                return Conversation(page, self.text_speed)
        return None

    def say(self, text: str, speaker: str = "coraline") -> None:
        """A single line, as an object's `text` gives it."""
        if text and self.conversation is None:
            line = Page("", 0, (Line(speaker, text),))
            self.conversation = Conversation(line, self.text_speed)

    def apply(self, effects: Effects, scripted: bool = False) -> None:
        """Effects in their order: flags, items, then the one way on. In a cutscene a change
        of place is a cut (the cutscene fades itself), elsewhere a door's fade."""
        for flag in effects.set:
            self.set_flag(flag)
        for item in effects.give:
            self._give(item)
        for item in effects.take:
            self._take(item)
        if effects.talk:
            self.conversation = self.conversation_for(effects.talk)
        elif effects.cutscene and effects.cutscene in self.story.cutscenes:
            self.cutscene = cutscene.CutsceneRun(self.story.cutscenes[effects.cutscene])
        elif effects.go:
            target, spawn = effects.go.split(":", 1)
            if scripted:
                self._cross(target, spawn)
            else:
                self.transition = Transition(target, spawn)
        elif effects.chapter:
            chapter = self.story.chapter(effects.chapter)
            flags, items = tuple(self.flags), tuple(self.items)
            self.begin(StartState(chapter.name, flags, items, chapter.place, chapter.spawn))
        elif effects.credits:
            self.credits = Credits(len(self.story.credits))

    # -- the tick ----------------------------------------------------------------
    def step(self, frame: ActionFrame) -> None:
        # A plain int whatever the source: an Action flag and the same bits read back
        # from a replay must be the very same state.
        frame = int(frame)
        self.place.activate()
        pressed = newly_pressed(frame, self.previous_frame)
        self.previous_frame = frame
        self.drain.advance()
        if self.credits is not None:
            if self.credits.step(pressed):
                self.credits, self.finished = None, True
            pressed = 0
        if self.card is not None:
            self._show_card(pressed)
            pressed = 0  # the press that closed the card does nothing else
        elif self.cutscene is not None and pressed & SKIP:
            cutscene.skip(self.cutscene, self)
            if self.cutscene is not None and self.cutscene.current is None:
                self.cutscene = None
            pressed = 0
        frozen = self.player_frozen
        # The stone shows what hides only to one who holds it, and only while held.
        self.looking = bool(frame & LOOK) and not frozen and SEEING_STONE in self.items
        if self.card is None:
            self._read(pressed)
            if self.cutscene is not None:
                run = self.cutscene
                cutscene.advance(run, self)
                if self.cutscene is run and run.current is None:
                    self.cutscene = None
        self.place.refresh(*self.holds(), self.story_version)
        ctx = TickContext(
            self.tick,
            frame,
            pressed,
            self.place,
            frozen,
            scripted=self.holding_still,
            looking=self.looking,
            here=self.here,
        )
        esper.process(ctx)
        for event in ctx.events:
            self._handle(event)
        self.place.refresh(*self.holds(), self.story_version)
        self._advance_transition()
        if not self.player_frozen:
            self.here += 1
        self.tick += 1

    def _show_card(self, pressed: ActionFrame) -> None:
        card = self.card
        assert card is not None
        card.ticks += 1
        if card.ticks >= CARD_TICKS or (card.ticks >= CARD_MIN_TICKS and pressed & ANY_BUTTON):
            self.card = None

    def _read(self, pressed: ActionFrame) -> None:
        conversation = self.conversation
        if conversation is None:
            return
        effects = conversation.step(pressed, self.text_speed)
        if effects is not None:
            self.conversation = None
            self.apply(effects, scripted=self.cutscene is not None)

    def _handle(self, event: Event) -> None:
        if isinstance(event, Used):
            usable = esper.component_for_entity(event.entity, Usable)
            self.set_flag(usable.flag)
            effect = _USE_EFFECTS.get(usable.kind)
            if effect is not None:
                effect(self, event.entity, usable)
            if usable.talk:
                self.conversation = self.conversation_for(usable.talk)
            self.say(usable.text)
        elif isinstance(event, Seen):
            self._sent_back(esper.component_for_entity(event.entity, Watcher).caught)
        elif isinstance(event, Struck):
            self._sent_back(esper.component_for_entity(event.entity, Hazard).caught)
        elif isinstance(event, Entered):
            trigger = esper.component_for_entity(event.entity, Trigger)
            self.set_flag(trigger.flag)
            if trigger.talk:
                self.conversation = self.conversation_for(trigger.talk)
            self.say(trigger.text)

    def _sent_back(self, caught: str) -> None:
        """Caught: a word, and back to where she came into this place. Never more than the room."""
        if self.transition is not None:
            return
        self.say(caught, "narrator")
        spawn = prefabs.default_spawn(self.place.map, self.entered_at)
        self.transition = Transition(self.place.map.name, spawn)

    def _open_door(self, _entity: int, usable: Usable) -> None:
        self.transition = Transition(usable.target_map, usable.target_spawn)

    def _pick_up(self, entity: int, usable: Usable) -> None:
        self._give(usable.item)
        esper.delete_entity(entity, immediate=True)  # gone this tick, not next
        self.place.prompt = Prompt()  # and nothing may still point at it

    def _turn_to_coraline(self, entity: int, _usable: Usable) -> None:
        """People look at whoever talks to them."""
        if not esper.has_component(entity, Heading):
            return
        here = esper.component_for_entity(entity, Position)
        her = esper.component_for_entity(self.place.player, Position)
        dx, dy = her.x - here.x, her.y - here.y
        if abs(dx) > abs(dy):
            facing = Facing.RIGHT if dx > 0 else Facing.LEFT
        else:
            facing = Facing.DOWN if dy > 0 else Facing.UP
        esper.component_for_entity(entity, Heading).facing = facing

    def _advance_transition(self) -> None:
        transition = self.transition
        if transition is None:
            return
        if not transition.arrived:
            transition.timer += 1
            if transition.timer >= FADE_TICKS:
                self._cross(transition.target_map, transition.target_spawn)
                transition.arrived = True
        else:
            transition.timer -= 1
            if transition.timer <= 0:
                self.transition = None

    def _cross(self, target_map: str, target_spawn: str) -> None:
        """Take Coraline out of this place and into the target, which keeps its own state."""
        self.place.activate()
        esper.delete_entity(self.place.player, immediate=True)
        self.place.player = 0
        if target_map == self.place.map.name:  # sent back: whoever chased her starts over
            self.place.renew(Pursuer)
        self.place = self._place(target_map)
        self._put_coraline(self.place, target_spawn)
        self.focus, self.zoom = None, 1

    def close(self) -> None:
        for place in self.places.values():
            place.close()
        self.places.clear()


# What using a thing does beyond its flag, its line and its topic, by its kind.
_USE_EFFECTS: dict[UseKind, Callable[[Simulation, int, Usable], None]] = {
    UseKind.DOOR: Simulation._open_door,
    UseKind.ITEM: Simulation._pick_up,
    UseKind.ACTOR: Simulation._turn_to_coraline,
}
