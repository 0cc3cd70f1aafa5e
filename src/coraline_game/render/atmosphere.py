"""Each world's mood as one pre-rendered overlay, so it costs one blit a frame.

Real World: a cold grey-blue wash and a soft vignette (rain light).
Other World: a warm golden wash, brighter in the middle: too perfect.
Between: darkness, with a small pool of light that travels with Coraline.
Real at night, and the dark: the same pool, wider or narrower.
Sunlit: the Real World after the rain, warm and clear (the garden party).

A map picks its mood with its `mood` property (its world's by default); at night a
mood named `<mood>_night` replaces it where there is one.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from coraline_game.render.overlay import display_ready
from coraline_game.render.weather import Motes, Rain
from coraline_game.screen import SCREEN_SIZE


def _radial(
    size: tuple[int, int], colour: tuple[int, int, int], alpha_at: Callable[[float], float]
) -> pygame.Surface:
    """A radial gradient: alpha_at(distance) with distance 0 at the centre, 1 at the corners.

    Computed per pixel on a quarter-size grid (a few thousand pixels, once) and
    smooth-scaled up, which also softens it.
    """
    small = (size[0] // 4, size[1] // 4)
    surface = pygame.Surface(small, pygame.SRCALPHA)
    cx, cy = (small[0] - 1) / 2, (small[1] - 1) / 2
    for y in range(small[1]):
        for x in range(small[0]):
            distance = math.hypot((x - cx) / cx, (y - cy) / cy) / math.sqrt(2)
            surface.set_at((x, y), (*colour, round(max(0.0, min(1.0, alpha_at(distance))) * 255)))
    return pygame.transform.smoothscale(surface, size)


def _vignette(colour: tuple[int, int, int], strength: float) -> pygame.Surface:
    return _radial(SCREEN_SIZE, colour, lambda d: strength * max(0.0, (d - 0.35) / 0.65) ** 1.5)


def _wash(colour: tuple[int, int, int], alpha: int) -> pygame.Surface:
    surface = pygame.Surface(SCREEN_SIZE, pygame.SRCALPHA)
    surface.fill((*colour, alpha))
    return surface


def _light_pool(
    radius: float, darkness: float, colour: tuple[int, int, int] = (8, 4, 20)
) -> pygame.Surface:
    """Darkness twice the view's size, with a soft pool of light in the middle."""
    size = (SCREEN_SIZE[0] * 2, SCREEN_SIZE[1] * 2)
    corner = math.hypot(*SCREEN_SIZE)  # distance 1 in _radial, in pixels
    return _radial(size, colour, lambda d: darkness * min(1.0, d * corner / radius) ** 2)


class _Washed:
    """A wash and vignette over the view, with a weather layer drawn under it."""

    def __init__(self, overlay: pygame.Surface, weather: Rain | Motes) -> None:
        self.overlay = overlay
        self.weather = weather

    def draw(
        self, target: pygame.Surface, focus: tuple[int, int], tick: int, camera: tuple[int, int]
    ) -> None:
        self.weather.draw(target, tick, camera)
        target.blit(self.overlay, (0, 0))


class _LightPool:
    """Darkness, with a pool of light that travels with Coraline."""

    def __init__(self, pool: pygame.Surface) -> None:
        self.pool = pool

    def draw(
        self, target: pygame.Surface, focus: tuple[int, int], tick: int, camera: tuple[int, int]
    ) -> None:
        target.blit(self.pool, (focus[0] - SCREEN_SIZE[0], focus[1] - SCREEN_SIZE[1]))


Mood = _Washed | _LightPool


def _real() -> Mood:
    real = _wash((70, 90, 120), 46)
    real.blit(_vignette((10, 14, 26), 0.6), (0, 0))
    # Rain running down the windows throws faint moving shadows into the rooms.
    return _Washed(
        display_ready(real), Rain((14, 22, 44, 44), count=80, length=26, speed=1, seed=7)
    )


def _other() -> Mood:
    other = _wash((255, 170, 60), 22)
    other.blit(_vignette((60, 14, 4), 0.45), (0, 0))
    # The Other World's still, golden air has dust floating in it instead.
    return _Washed(display_ready(other), Motes((255, 226, 150, 150), count=26, seed=11))


def _sunlit() -> Mood:
    sun = _wash((255, 226, 160), 20)
    sun.blit(_vignette((60, 40, 20), 0.25), (0, 0))
    # The rain has stopped: warm light, and seeds drifting on the air of the garden.
    return _Washed(display_ready(sun), Motes((255, 250, 220, 170), count=30, seed=23))


# Each mood by the name a map's `mood` (or `world`) property gives: a new mood is an entry
# here, not a branch in drawing. Each is made the first time it is shown: a start that
# draws only the rain does not wait for every gradient.
_MOODS: dict[str, Callable[[], Mood]] = {
    "real": _real,
    "other": _other,
    "between": lambda: _LightPool(display_ready(_light_pool(90, 0.93))),
    # Night in the Real World: the house asleep, only a little light around her.
    "real_night": lambda: _LightPool(display_ready(_light_pool(130, 0.78, (6, 10, 30)))),
    "sunlit": _sunlit,
    # The room behind the mirror: hardly any light at all.
    "dark": lambda: _LightPool(display_ready(_light_pool(56, 0.96))),
}
MOOD_NAMES = tuple(_MOODS)


class Atmosphere:
    def __init__(self) -> None:
        self._moods: dict[str, Mood] = {}

    @staticmethod
    def mood_of(mood: str, time: str) -> str:
        """The mood shown: its night version at night, where it has one."""
        night = f"{mood}_night"
        return night if time == "night" and night in _MOODS else mood

    def draw(
        self,
        target: pygame.Surface,
        world: str,
        focus: tuple[int, int],
        tick: int,
        camera: tuple[int, int],
    ) -> None:
        """Overlay the mood named `world`; `focus` is Coraline's position on screen."""
        mood = self._moods.get(world)
        if mood is None and world in _MOODS:
            mood = self._moods[world] = _MOODS[world]()
        if mood is not None:
            mood.draw(target, focus, tick, camera)
