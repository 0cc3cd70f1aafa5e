"""The story's data, as the loader reads it from story/*.toml: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field

from coraline_game.story.conditions import ALWAYS, Condition


@dataclass(frozen=True)
class Effects:
    """What happens after a page, a choice or a step: in this order."""

    set: tuple[str, ...] = ()  # story flags and facts
    give: tuple[str, ...] = ()  # items
    take: tuple[str, ...] = ()
    # At most one way on: a conversation, a cutscene, a place ("map:spawn"), a chapter,
    # or the end of the story (the credits).
    talk: str = ""
    cutscene: str = ""
    go: str = ""
    chapter: str = ""
    credits: bool = False

    @property
    def goes_on(self) -> bool:
        return bool(self.talk or self.cutscene or self.go or self.chapter or self.credits)


NO_EFFECTS = Effects()


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str


@dataclass(frozen=True)
class Choice:
    text: str
    effects: Effects = NO_EFFECTS


@dataclass(frozen=True)
class Page:
    """One version of a conversation; a topic plays its first page whose condition holds."""

    topic: str
    index: int
    lines: tuple[Line, ...]
    when: Condition = ALWAYS
    choices: tuple[Choice, ...] = ()
    effects: Effects = NO_EFFECTS


@dataclass(frozen=True)
class Step:
    """One step of a cutscene. `kind` names it; the other fields are its arguments."""

    kind: str  # walk, face, wait, say, camera, fade, do
    who: str = ""  # an actor kind in the place, or "coraline"
    mark: str = ""  # a Mark in the place (walk to, camera on); "coraline" for the camera
    facing: str = ""
    ticks: int = 0
    topic: str = ""
    level: int = 0  # fade: 0 clear .. 255 black
    zoom: int = 1  # camera: how many screens' worth of the place the view takes in
    effects: Effects = NO_EFFECTS


@dataclass(frozen=True)
class Cutscene:
    name: str
    place: str  # the map it plays in: its actors and marks are checked there
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Chapter:
    name: str
    card: str  # "Day 1 — The Pink Palace"
    time: str  # day or night
    place: str
    spawn: str
    after: str  # the beat that ends the chapter before it ("" for the first)
    items: tuple[str, ...] = ()  # what Coraline holds as it starts
    effects: Effects = NO_EFFECTS  # what happens as it starts


@dataclass(frozen=True)
class Speaker:
    name: str
    shown: str  # the name in the dialogue box ("" for narration)
    portrait: str = ""  # assets/portraits/NAME.png, or none
    color: tuple[int, int, int] = (236, 228, 212)


@dataclass(frozen=True)
class Item:
    name: str
    shown: str
    text: str


@dataclass(frozen=True)
class Objective:
    when: Condition
    text: str


@dataclass(frozen=True)
class Story:
    beats: tuple[str, ...]  # the flags of the design, in order
    facts: frozenset[str]  # lesser flags, forgotten at each chapter start
    chapters: tuple[Chapter, ...]
    speakers: dict[str, Speaker]
    items: dict[str, Item]
    topics: dict[str, tuple[Page, ...]]
    cutscenes: dict[str, Cutscene]
    objectives: tuple[Objective, ...]
    credits: tuple[str, ...] = ()  # the lines the credits roll, after the last beat
    chapter_index: dict[str, int] = field(default_factory=dict)
    prerequisites: dict[str, frozenset[str]] = field(default_factory=dict)  # beat -> beats before

    def chapter(self, name: str) -> Chapter:
        return self.chapters[self.chapter_index[name]]

    def beats_until(self, beat: str) -> tuple[str, ...]:
        """The beats up to and including `beat` (none for "")."""
        return self.beats[: self.beats.index(beat) + 1] if beat else ()

    def objective(self, flags: frozenset[str], items: frozenset[str], time: str) -> str:
        for objective in self.objectives:
            if objective.when.holds(flags, items, time):
                return objective.text
        return ""
