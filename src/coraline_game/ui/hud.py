"""On-screen text over the world: the use prompt, dialogue lines and the place's name."""

from __future__ import annotations

import esper
import pygame

from coraline_game.ecs.components import SUBPIXELS, Area
from coraline_game.render.font import PixelFont
from coraline_game.sim.simulation import Simulation

INK = (240, 232, 214)
PAPER = (20, 16, 30)
EDGE = (150, 130, 170)
WARNING = (255, 170, 120)
TITLE_TICKS = 150


def framed_text(
    target: pygame.Surface, font: PixelFont, lines: list[str], rect: pygame.Rect
) -> None:
    """Text in a dark box with a thin light edge."""
    pygame.draw.rect(target, PAPER, rect)
    pygame.draw.rect(target, EDGE, rect, 1)
    y = rect.top + 4
    for line in lines:
        target.blit(font.render(line, INK), (rect.left + 6, y))
        y += font.line_height


class Hud:
    def __init__(self, font: PixelFont) -> None:
        self._font = font
        self._title_map = ""
        self._title_since = 0

    def draw(self, target: pygame.Surface, sim: Simulation) -> None:
        place = sim.place
        if sim.lines:
            self._dialogue(target, sim.lines[0], sim.tick)
        elif place.prompt.entity and sim.transition is None:
            self._prompt(target, sim)
        self._place_title(target, sim)

    def notice(self, target: pygame.Surface, text: str) -> None:
        """A line at the top of the screen for something the player must know."""
        label = self._font.render(text, WARNING)
        box = pygame.Rect(
            0, 0, min(label.get_width() + 8, target.get_width() - 4), label.get_height() + 4
        )
        box.midtop = (target.get_width() // 2, 2)
        pygame.draw.rect(target, PAPER, box)
        target.blit(label, (box.left + 4, box.top + 2))

    def _prompt(self, target: pygame.Surface, sim: Simulation) -> None:
        place = sim.place
        area = esper.component_for_entity(place.prompt.entity, Area)
        label = self._font.render(place.prompt.text, INK)
        w, h = label.get_size()
        cx = (area.left + area.right) // 2 // SUBPIXELS - place.camera[0]
        top = area.top // SUBPIXELS - place.camera[1] - h - 8
        box = pygame.Rect(0, 0, w + 8, h + 4)
        box.midtop = (cx, max(2, top))
        box.clamp_ip(target.get_rect().inflate(-4, -4))
        pygame.draw.rect(target, PAPER, box)
        pygame.draw.rect(target, EDGE, box, 1)
        target.blit(label, (box.left + 4, box.top + 2))

    def _dialogue(self, target: pygame.Surface, text: str, tick: int) -> None:
        rect = pygame.Rect(8, 0, target.get_width() - 16, 0)
        lines = self._font.wrap(text, rect.width - 12)
        rect.height = len(lines) * self._font.line_height + 8
        rect.bottom = target.get_height() - 6
        framed_text(target, self._font, lines, rect)
        if tick // 20 % 2:  # a blinking mark: press to go on
            x, y = rect.right - 8, rect.bottom - 6
            pygame.draw.polygon(target, INK, [(x - 2, y - 2), (x + 2, y - 2), (x, y)])

    def _place_title(self, target: pygame.Surface, sim: Simulation) -> None:
        name = sim.place.map.name
        if name != self._title_map:
            self._title_map, self._title_since = name, sim.tick
        age = sim.tick - self._title_since
        title = str(sim.place.map.properties.get("title", ""))
        if not title or age >= TITLE_TICKS or sim.transition is not None:
            return
        label = self._font.render(title, INK)
        fade = min(age, TITLE_TICKS - age, 30) * 255 // 30
        label.set_alpha(fade)
        x = (target.get_width() - label.get_width()) // 2
        target.blit(label, (x, 10))
        label.set_alpha(None)
