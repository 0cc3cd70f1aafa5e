"""The seeing stone's view: the world narrowed to a ring around Coraline, and what hides
in it outlined, by shape (a traced outline, a dashed frame) and not by colour alone."""

from __future__ import annotations

import math

import esper
import pygame

from coraline_game.ecs.components import SUBPIXELS, Appearance, Area, Hidden, Position
from coraline_game.render.overlay import display_ready
from coraline_game.screen import SCREEN_SIZE

RING_RADIUS = 64  # pixels of the world the stone shows
GLOW = (236, 244, 255)
DASH = 3


def _ring() -> pygame.Surface:
    """Darkness twice the screen's size with a clear round hole and a thin pale rim."""
    size = (SCREEN_SIZE[0] * 2, SCREEN_SIZE[1] * 2)
    surface = pygame.Surface(size, pygame.SRCALPHA)
    surface.fill((4, 2, 10, 235))
    centre = (size[0] // 2, size[1] // 2)
    pygame.draw.circle(surface, (0, 0, 0, 0), centre, RING_RADIUS)
    pygame.draw.circle(surface, (*GLOW, 150), centre, RING_RADIUS, 1)
    pygame.draw.circle(surface, (*GLOW, 60), centre, RING_RADIUS + 2, 1)
    return display_ready(surface)


class StoneView:
    def __init__(self) -> None:
        self._ring: pygame.Surface | None = None
        self._outlines: dict[int, list[tuple[int, int]]] = {}  # tile image id -> outline
        self.bold = False  # the high-visibility setting: thick, full-bright outlines

    def draw(
        self,
        target: pygame.Surface,
        images: list[pygame.Surface | None],
        camera: tuple[int, int],
        her: tuple[int, int],
        tick: int,
    ) -> None:
        """Over the drawn world, with the current place's ECS world active."""
        if self._ring is None:
            self._ring = _ring()
        target.blit(self._ring, (her[0] - SCREEN_SIZE[0], her[1] - SCREEN_SIZE[1]))
        pulse = 1.0 if self.bold else 0.5 + 0.5 * math.sin(tick / 9)
        colour = tuple(round(c * (0.6 + 0.4 * pulse)) for c in GLOW)
        for entity, (_hidden, area) in esper.get_components(Hidden, Area):
            look = esper.try_component(entity, Appearance)
            position = esper.try_component(entity, Position)
            if look is not None and look.tile and position is not None:
                self._trace(target, images, look.tile, position, camera, colour)
            else:
                self._frame(target, area, camera, colour, tick)

    def _trace(
        self,
        target: pygame.Surface,
        images: list[pygame.Surface | None],
        tile: int,
        position: Position,
        camera: tuple[int, int],
        colour: tuple[int, ...],
    ) -> None:
        """A thing's own outline: the eyes show their round shape through the dark."""
        image = images[tile]
        if image is None:
            return
        if tile not in self._outlines:
            self._outlines[tile] = pygame.mask.from_surface(image).outline()
        w, h = image.get_size()
        x = position.x // SUBPIXELS - camera[0] - w // 2
        y = position.y // SUBPIXELS - camera[1] - h
        points = [(x + px, y + py) for px, py in self._outlines[tile]]
        if len(points) > 1:
            pygame.draw.lines(target, colour, True, points, 2 if self.bold else 1)

    def _frame(
        self,
        target: pygame.Surface,
        area: Area,
        camera: tuple[int, int],
        colour: tuple[int, ...],
        tick: int,
    ) -> None:
        """A hidden way: a dashed frame that crawls round it."""
        rect = pygame.Rect(
            area.left // SUBPIXELS - camera[0],
            area.top // SUBPIXELS - camera[1],
            (area.right - area.left) // SUBPIXELS,
            (area.bottom - area.top) // SUBPIXELS,
        )
        edge = [*_side(rect.topleft, rect.topright), *_side(rect.topright, rect.bottomright)]
        edge += [*_side(rect.bottomright, rect.bottomleft), *_side(rect.bottomleft, rect.topleft)]
        shift = tick // 4 % (2 * DASH)
        for index, point in enumerate(edge):
            if (index + shift) % (2 * DASH) < DASH:
                if self.bold:
                    target.fill(colour, (point, (2, 2)))
                else:
                    target.set_at(point, colour)


def _side(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    steps = max(abs(end[0] - start[0]), abs(end[1] - start[1]), 1)
    return [
        (start[0] + (end[0] - start[0]) * i // steps, start[1] + (end[1] - start[1]) * i // steps)
        for i in range(steps)
    ]
