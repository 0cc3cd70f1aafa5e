"""On-screen text over the world: the use prompt, dialogue lines and the place's name."""

from __future__ import annotations

import esper
import pygame

from coraline_game.ecs.components import SUBPIXELS, Area, Position
from coraline_game.render.font import PixelFont
from coraline_game.sim.simulation import Simulation

INK = (240, 232, 214)
PAPER = (20, 16, 30)
EDGE = (150, 130, 170)
WARNING = (255, 170, 120)
TITLE_TICKS = 150
HER_HALF_WIDTH, HER_HEIGHT = 7, 26  # her sprite's extent around her feet, in pixels


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

    def draw(self, target: pygame.Surface, sim: Simulation, camera: tuple[int, int]) -> None:
        """`camera`: the map pixel at the screen's top-left, as the world was drawn."""
        place = sim.place
        place.activate()
        if sim.lines:
            self._dialogue(target, sim.lines[0], sim.tick)
        elif place.prompt.entity and sim.transition is None:
            self._prompt(target, sim, camera)
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

    def _prompt(self, target: pygame.Surface, sim: Simulation, camera: tuple[int, int]) -> None:
        place = sim.place
        area = esper.component_for_entity(place.prompt.entity, Area)
        label = self._font.render(place.prompt.text, INK)
        thing = pygame.Rect(
            area.left // SUBPIXELS - camera[0],
            area.top // SUBPIXELS - camera[1],
            (area.right - area.left) // SUBPIXELS,
            (area.bottom - area.top) // SUBPIXELS,
        )
        box = _prompt_box(label.get_size(), thing, _her_on_screen(sim, camera), target.get_rect())
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


def _her_on_screen(sim: Simulation, camera: tuple[int, int]) -> pygame.Rect | None:
    """Where Coraline's sprite is drawn, roughly: the prompt must never hide her."""
    if not sim.place.player:
        return None
    feet = esper.component_for_entity(sim.place.player, Position)
    x, y = feet.x // SUBPIXELS - camera[0], feet.y // SUBPIXELS - camera[1]
    return pygame.Rect(x - HER_HALF_WIDTH, y - HER_HEIGHT, 2 * HER_HALF_WIDTH, HER_HEIGHT)


def _prompt_box(
    size: tuple[int, int], thing: pygame.Rect, her: pygame.Rect | None, screen: pygame.Rect
) -> pygame.Rect:
    """Above the thing; below it when above would cover her (she stands above it); beside
    her head as the last resort. Always inside the screen."""
    box = pygame.Rect(0, 0, size[0] + 8, size[1] + 4)
    inside = screen.inflate(-4, -4)
    candidates = [
        ("midbottom", (thing.centerx, thing.top - 2)),
        ("midtop", (thing.centerx, thing.bottom + 2)),
    ]
    if her is not None:
        candidates += [
            ("midbottom", (her.centerx, her.top - 2)),
            ("midleft", (her.right + 4, her.centery)),
            ("midright", (her.left - 4, her.centery)),
        ]
    for anchor, point in candidates:
        spot = box.copy()
        setattr(spot, anchor, point)
        spot.clamp_ip(inside)
        if her is None or not spot.colliderect(her):
            return spot
    return box.clamp(inside)
