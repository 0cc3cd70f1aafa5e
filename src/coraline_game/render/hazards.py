"""Swept areas as the player reads them: a flickering frame with hatching while it is
coming (the warning), a filled glare while it strikes, nothing while it is safe."""

from __future__ import annotations

import esper
import pygame

from coraline_game.ecs.components import SUBPIXELS, Area, Hazard

WARN = (255, 214, 120)
STRIKE = (255, 90, 60, 110)
HATCH = 6  # pixels between the warning's hatch lines


_glares: dict[tuple[int, int], pygame.Surface] = {}  # by size: a place has a few


def _glare(size: tuple[int, int]) -> pygame.Surface:
    if size not in _glares:
        glare = _glares[size] = pygame.Surface(size, pygame.SRCALPHA)
        glare.fill(STRIKE)
    return _glares[size]


def draw_hazards(
    target: pygame.Surface, camera: tuple[int, int], tick: int, steady: bool = False
) -> None:
    """Every hazard of the current place (its ECS world active), in its phase at `tick`;
    `steady`: the warning shown without blinking (the reduced-flashing setting)."""
    for _entity, (hazard, area) in esper.get_components(Hazard, Area):
        phase = hazard.phase(tick)
        if not phase:
            continue
        rect = pygame.Rect(
            area.left // SUBPIXELS - camera[0],
            area.top // SUBPIXELS - camera[1],
            (area.right - area.left) // SUBPIXELS,
            (area.bottom - area.top) // SUBPIXELS,
        )
        if phase == "strike":
            target.blit(_glare(rect.size), rect)
            pygame.draw.rect(target, STRIKE[:3], rect, 2)
        elif steady or tick // 12 % 2:  # the warning blinks, under three times a second
            pygame.draw.rect(target, WARN, rect, 1)
            clip = target.get_clip()
            target.set_clip(rect.clip(clip))
            for x in range(rect.left - rect.height, rect.right, HATCH):
                pygame.draw.line(target, WARN, (x, rect.bottom), (x + rect.height, rect.top))
            target.set_clip(clip)
