"""On-screen text over the world: the use prompt, dialogue, the place's name, the
objective and the chapter card."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import esper
import pygame

from coraline_game.ecs.components import SUBPIXELS, Appearance, Area, Position
from coraline_game.render.font import PixelFont
from coraline_game.settings import TextSize
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.ui.dialogue_box import DialogueBox, Portraits

INK = (240, 232, 214)
PAPER = (20, 16, 30)
EDGE = (150, 130, 170)
WARNING = (255, 170, 120)
OBJECTIVE = (246, 214, 130)
TITLE_TICKS = 150
TITLE_FADE = 12  # the place's name fades in and out quickly: it is read at full strength
TITLE_TOP = 7  # its band's distance from the top (or the bottom) of the screen
OBJECTIVE_TICKS = 300  # a new objective, or one asked for, shows this long
CARD_FADE = 30
DIALOGUE_ROOM = 10  # what the box covers beyond its height: its margin and a little more
HER_HALF_WIDTH, HER_HEIGHT = 7, 26  # her sprite's extent around her feet, in pixels


class Hud:
    def __init__(self, font: PixelFont, portraits: Portraits) -> None:
        self._font = font
        self._dialogue = DialogueBox(font, portraits)
        self._title_map = ""
        self._title_since = 0
        self._title_low: bool | None = None  # the place's name at the bottom; None: not yet chosen
        self._objective = ""
        # Ticks the objective line has still to show, counted only while it can be seen (a
        # card, a cutscene or a conversation hides it): a new one waits for them to end.
        self._objective_left = 0
        self._objective_tick = 0  # the simulation's tick at the line's last look
        self._surfaces: dict[tuple[str, str], pygame.Surface] = {}  # a few cards and titles

    @property
    def text_size(self) -> TextSize:
        """The dialogue's letters (a setting, which the scene passes on)."""
        return self._dialogue.text_size

    @text_size.setter
    def text_size(self, size: TextSize) -> None:
        self._dialogue.text_size = size

    @property
    def labels(self) -> Mapping[str, str]:
        """The keys and buttons a line's placeholders name (the scene passes them on)."""
        return self._dialogue.labels

    @labels.setter
    def labels(self, labels: Mapping[str, str]) -> None:
        self._dialogue.labels = labels

    def show_objective(self, sim: Simulation) -> None:
        """The player asked what to do."""
        self._objective, self._objective_left = sim.objective, OBJECTIVE_TICKS

    def draw(self, target: pygame.Surface, sim: Simulation, camera: tuple[int, int]) -> None:
        """`camera`: the map pixel at the screen's top-left, as the world was drawn."""
        place = sim.place
        place.activate()
        if sim.card is not None:
            self._card(target, sim.card.text, sim.card.ticks)
            self._objective_showing(sim)  # hidden, but a change under the card is seen
            return
        dialogue = ""  # where the dialogue box is, if one shows: "top" or "bottom"
        if sim.conversation is not None:
            her = _her_on_screen(sim, camera)
            speakers = sim.story.speakers
            height = self._dialogue.height(target.get_width(), sim.conversation, speakers)
            low = her is not None and _better_at_top(her, height, target.get_height())
            self._dialogue.draw(target, sim.conversation, speakers, sim.tick, at_top=low)
            dialogue = "top" if low else "bottom"
        elif place.prompt.entity and not sim.player_frozen:
            self._prompt(target, sim, camera)
        objective = self._objective_box(sim) if self._objective_showing(sim) else None
        self._place_title(target, sim, camera, dialogue, objective)
        if objective is not None:
            self._objective_line(target, objective)

    def _card(self, target: pygame.Surface, text: str, ticks: int) -> None:
        target.fill((0, 0, 0))
        label = self._made(
            ("card", text), lambda: pygame.transform.scale_by(self._font.render(text, INK), 2)
        )
        label.set_alpha(min(ticks, CARD_TICKS - ticks, CARD_FADE) * 255 // CARD_FADE)
        target.blit(label, label.get_rect(center=target.get_rect().center))

    def _made(self, key: tuple[str, str], make: Callable[[], pygame.Surface]) -> pygame.Surface:
        """A card or a title made once, not every frame it shows."""
        if key not in self._surfaces:
            self._surfaces[key] = make()
        return self._surfaces[key]

    def _title_band(self, title: str) -> pygame.Surface:
        """The place's name on a framed dark band: it reads on the brightest floor."""
        label = self._font.render(title, INK)
        band = pygame.Surface((label.get_width() + 12, label.get_height() + 6))
        band.fill(PAPER)
        pygame.draw.rect(band, EDGE, band.get_rect(), 1)
        band.blit(label, (6, 3))
        return band

    def _objective_showing(self, sim: Simulation) -> bool:
        """Whether the objective line shows: for a while when it changes and when asked
        for, that while running only when nothing hides it (a card, a cutscene, a
        conversation, a door, the credits), so a new one is seen for all of it once they
        are over. Presentation only: the simulation never knows."""
        objective = sim.objective
        elapsed, self._objective_tick = sim.tick - self._objective_tick, sim.tick
        hidden = sim.player_frozen
        if objective != self._objective:
            self._objective, self._objective_left = objective, OBJECTIVE_TICKS
        elif not hidden:
            self._objective_left = max(0, self._objective_left - max(0, elapsed))
        return bool(objective) and self._objective_left > 0 and not hidden

    def _objective_box(self, sim: Simulation) -> pygame.Rect:
        width, height = self._font.size(sim.objective)
        return pygame.Rect(4, 4, width + 8, height + 4)

    def _objective_line(self, target: pygame.Surface, box: pygame.Rect) -> None:
        """At the top left, in its box."""
        pygame.draw.rect(target, PAPER, box)
        pygame.draw.rect(target, EDGE, box, 1)
        objective = self._objective
        line = self._made(("objective", objective), lambda: self._font.render(objective, OBJECTIVE))
        target.blit(line, (box.left + 4, box.top + 2))

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

    def _place_title(
        self,
        target: pygame.Surface,
        sim: Simulation,
        camera: tuple[int, int],
        dialogue: str,
        objective: pygame.Rect | None,
    ) -> None:
        """The place's name as she arrives, at the top, or at the bottom when at the top it
        would cover more of the people standing there or the objective line (never where
        the dialogue box is)."""
        name = sim.place.map.name
        if name != self._title_map:
            self._title_map, self._title_since, self._title_low = name, sim.tick, None
        age = sim.tick - self._title_since
        title = str(sim.place.map.properties.get("title", ""))
        if not title or age >= TITLE_TICKS or sim.transition is not None:
            return
        band = self._made(("title", title), lambda: self._title_band(title))
        band.set_alpha(min(age, TITLE_TICKS - age, TITLE_FADE) * 255 // TITLE_FADE)
        spot = band.get_rect(midtop=(target.get_width() // 2, TITLE_TOP))
        low = spot.copy()
        low.bottom = target.get_height() - TITLE_TOP
        if self._title_low is None:  # chosen as it first shows, then kept: it never jumps
            people = _people_on_screen(sim, camera)
            her = _her_on_screen(sim, camera)
            if her is not None:
                people += [her] * 3  # covering her counts four times as much as anyone
            if objective is not None:
                people.append(objective)
            self._title_low = _covered(low, people) < _covered(spot, people)
        if dialogue != "bottom" and (dialogue == "top" or self._title_low):
            spot = low
        target.blit(band, spot)


def _her_on_screen(sim: Simulation, camera: tuple[int, int]) -> pygame.Rect | None:
    """Where Coraline's sprite is drawn, roughly: the prompt must never hide her."""
    if not sim.place.player:
        return None
    feet = esper.component_for_entity(sim.place.player, Position)
    x, y = feet.x // SUBPIXELS - camera[0], feet.y // SUBPIXELS - camera[1]
    return pygame.Rect(x - HER_HALF_WIDTH, y - HER_HEIGHT, 2 * HER_HALF_WIDTH, HER_HEIGHT)


def _people_on_screen(sim: Simulation, camera: tuple[int, int]) -> list[pygame.Rect]:
    """Where everyone drawn as a sprite stands on screen, roughly, with a hat's room."""
    people = []
    for _entity, (feet, look) in esper.get_components(Position, Appearance):
        if look.sheet:
            x, y = feet.x // SUBPIXELS - camera[0], feet.y // SUBPIXELS - camera[1]
            people.append(
                pygame.Rect(
                    x - HER_HALF_WIDTH, y - HER_HEIGHT - 4, 2 * HER_HALF_WIDTH, HER_HEIGHT + 4
                )
            )
    return people


def _covered(box: pygame.Rect, people: list[pygame.Rect]) -> int:
    """How much of the people a box would cover, in pixels."""
    return sum(box.clip(person).width * box.clip(person).height for person in people)


def _better_at_top(her: pygame.Rect, box_height: int, screen_height: int) -> bool:
    """The dialogue goes over the top when at the bottom it would cover her, unless at the
    top it covers more of her (a box of large text may cover some of her either way)."""
    room = box_height + DIALOGUE_ROOM
    below = her.clip(pygame.Rect(her.left, screen_height - room, her.width, room)).height
    above = her.clip(pygame.Rect(her.left, 0, her.width, room)).height
    return below > above


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
