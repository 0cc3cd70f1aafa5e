"""Components: plain data. Positions and speeds are integers in subpixels.

Integer subpixels (1/256 px) keep the simulation exact on every machine, so a
replay reproduces the same checksum wherever it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

SUBPIXELS = 256


def px(value: float) -> int:
    """Pixels to subpixels."""
    return round(value * SUBPIXELS)


class Facing(IntEnum):
    """Row order of every sprite sheet."""

    DOWN = 0
    LEFT = 1
    RIGHT = 2
    UP = 3

    @classmethod
    def named(cls, name: str) -> Facing:
        return cls[name.upper()]

    @property
    def vector(self) -> tuple[int, int]:
        return _VECTORS[self]

    @classmethod
    def of_motion(cls, dx: int, dy: int, current: Facing) -> Facing:
        """Horizontal wins on diagonals unless the current facing still fits."""
        if dx == 0 and dy == 0:
            return current
        if dx and dy and current.vector in ((0, _sign(dy)), (_sign(dx), 0)):
            return current
        if dx:
            return cls.RIGHT if dx > 0 else cls.LEFT
        return cls.DOWN if dy > 0 else cls.UP


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


_VECTORS = {
    Facing.DOWN: (0, 1),
    Facing.LEFT: (-1, 0),
    Facing.RIGHT: (1, 0),
    Facing.UP: (0, -1),
}


@dataclass(slots=True)
class Position:
    """The point between an actor's feet, in subpixels."""

    x: int
    y: int


@dataclass(slots=True)
class Motion:
    """Displacement wanted this tick, in subpixels; movement consumes it and notes if it moved."""

    dx: int = 0
    dy: int = 0
    moved: bool = False
    # Where and how a walk into a wall last found no way round: pressing on in the same
    # spot finds none again, so the search is skipped.
    stuck: tuple[int, int, int, int] = (0, 0, 0, 0)


@dataclass(slots=True)
class Body:
    """The collision box around the feet, half extents in subpixels.

    `settled` is set once the body is known to stand clear of walls; from then on
    movement's sweeps keep it clear, so only new bodies need checking.
    """

    half_width: int
    half_height: int
    settled: bool = False


@dataclass(slots=True)
class Heading:
    facing: Facing = Facing.DOWN


@dataclass(slots=True)
class Walker:
    speed: int  # subpixels per tick


@dataclass(slots=True)
class WalkCycle:
    """Which frame of the 4-frame walk cycle shows; advanced by the animation system."""

    frame: int = 0
    timer: int = 0


@dataclass(slots=True)
class Appearance:
    """What the renderer draws: a sprite sheet by name, or one map tile image."""

    sheet: str = ""  # sprite sheet name under assets/sprites/
    tile: int = 0  # index into the map's tile images, for tile objects


@dataclass(slots=True)
class PlayerControlled:
    pass


@dataclass(slots=True)
class Name:
    """Which actor this is and the Tiled object it came from (0 for Coraline)."""

    actor: str
    object_id: int = 0


class CatMood(IntEnum):
    IDLE = 0
    WANDER = 1
    FOLLOW = 2


@dataclass(slots=True)
class CatBrain:
    mood: CatMood = CatMood.IDLE
    timer: int = 0
    direction: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class MouseBrain:
    path: tuple[tuple[int, int], ...]  # waypoints in subpixels
    loop: bool = False  # a closed Path (polygon): after the last point, the first again
    waits: bool = True  # waits at each point for Coraline to come near (a patrol does not)
    next_point: int = 0
    timer: int = 0
    direction: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class Area:
    """A rectangle in subpixels: what an interactable or trigger covers."""

    left: int
    top: int
    right: int
    bottom: int

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.right and self.top <= y < self.bottom

    def overlap(self, other: Area) -> int:
        w = min(self.right, other.right) - max(self.left, other.left)
        h = min(self.bottom, other.bottom) - max(self.top, other.top)
        return w * h if w > 0 and h > 0 else 0


@dataclass(slots=True)
class AreaAroundFeet:
    """Keeps an actor's Area on it as it moves: half width and height above the feet."""

    half_width: int
    height: int


class UseKind(IntEnum):
    DOOR = 0
    ITEM = 1
    INSPECT = 2
    ACTOR = 3  # a person or an animal: talked to, or petted


@dataclass(slots=True)
class Usable:
    """Something Coraline can use when she faces it; the prompt names the verb."""

    kind: UseKind
    prompt: str
    object_id: int
    text: str = ""
    flag: str = ""
    target_map: str = ""
    target_spawn: str = ""
    talk: str = ""  # a dialogue topic played when used
    item: str = ""  # what taking it gives


@dataclass(slots=True)
class Trigger:
    flag: str
    text: str = ""
    talk: str = ""
    after: int = 0  # ticks she must have spent in the place first (ctx.here)
    fired: bool = False


@dataclass(slots=True)
class Hazard:
    """A swept area's beat, in ticks of the run's clock: warned, then striking."""

    period: int
    offset: int
    warn: int
    strike: int
    caught: str

    def phase(self, tick: int) -> str:
        """ "warn", "strike" or "" (safe) at this tick."""
        at = (tick - self.offset) % self.period
        if at < self.warn:
            return "warn"
        return "strike" if at < self.warn + self.strike else ""


@dataclass(slots=True)
class Pursuer:
    """Chases Coraline the shortest way round walls (systems/behaviour.PursuitSystem)."""


COS_SCALE = 1024  # a Watcher's cosine is a whole number of 1/1024ths


@dataclass(slots=True)
class Watcher:
    """A guard's sight, in whole numbers: reach in subpixels, and the cosine of its
    half-spread times 1024, so that seeing is decided the same on every machine."""

    reach: int
    cos_spread: int
    caught: str


@dataclass(slots=True)
class Hidden:
    """Only the seeing stone shows it, and only then can Coraline use it."""


@dataclass(slots=True)
class Light:
    """A Mood object present in the place: the light drawn over it."""

    mood: str


@dataclass(slots=True)
class Obstacle:
    """Someone who stands their ground: Coraline walks round them, not through them."""


@dataclass(slots=True)
class ScriptedWalk:
    """A cutscene walks this actor to a spot, through anything, at its own pace."""

    x: int
    y: int
    speed: int
