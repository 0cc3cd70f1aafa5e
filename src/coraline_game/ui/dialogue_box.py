"""The dialogue box: who speaks (name and portrait), their line typed out, then choices.

Large text (a setting) draws the letters twice as large; the box grows to the rows the
line wraps to, so the longest question and its choices still fit on the screen."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pygame

from coraline_game.input.labels import revealed
from coraline_game.paths import file_in
from coraline_game.render.font import PixelFont
from coraline_game.settings import TextSize
from coraline_game.sim.conversation import Conversation
from coraline_game.story.model import Line, Speaker

INK = (240, 232, 214)
PAPER = (20, 16, 30)
EDGE = (150, 130, 170)
DIM = (150, 140, 160)
PORTRAIT = 48
MARGIN = 6
# Large letters are 14 px of ink; 4 px between rows (not twice the 3) keeps the longest
# question (four rows) and its three choices on the screen at once.
LARGE_LINE_HEIGHT = 18
# The blinking "more" arrow in the box's bottom right corner, by text size: its half
# width, its tip's distance from the box's right and bottom, and the room the text leaves
# it (large text wraps short of it, so it stands apart from the words and the frame).
ARROW = {TextSize.NORMAL: (2, 8, 6), TextSize.LARGE: (4, 12, 8)}
ARROW_ROOM = {TextSize.NORMAL: 0, TextSize.LARGE: 16}


class Portraits:
    """Portraits by name from assets/portraits, loaded once; a missing one is no portrait."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._images: dict[str, pygame.Surface | None] = {}

    def get(self, name: str) -> pygame.Surface | None:
        if name not in self._images:
            path = file_in(self._folder, name, ".png")
            image = None
            if path is not None:
                try:
                    image = pygame.image.load(path)
                    if pygame.display.get_surface() is not None:
                        image = image.convert_alpha()
                except (pygame.error, OSError):
                    image = None  # check names it; the game goes on without it
            self._images[name] = image
        return self._images[name]


@dataclass(frozen=True)
class _Layout:
    """Where a line's parts go in its box, the box's left and top aside."""

    speaker: Speaker
    portrait: pygame.Surface | None
    text_left: int
    rows: list[str]
    height: int


class DialogueBox:
    def __init__(self, font: PixelFont, portraits: Portraits) -> None:
        self._fonts = {TextSize.NORMAL: font, TextSize.LARGE: font.scaled(2, LARGE_LINE_HEIGHT)}
        self._portraits = portraits
        self.text_size = TextSize.NORMAL  # the player's setting, as the scene last gave it
        self.labels: Mapping[str, str] = {}  # the keys a line's "{stone}" names, as given
        self._wrapped: tuple[str, int, TextSize, list[str]] = ("", 0, TextSize.NORMAL, [])

    @property
    def _font(self) -> PixelFont:
        return self._fonts[self.text_size]

    def height(self, width: int, conversation: Conversation, speakers: dict[str, Speaker]) -> int:
        """How tall the box is on a screen `width` wide for what shows now (0: nothing)."""
        showing = _showing(conversation, self.labels)
        return self._layout(width, showing[0], speakers).height if showing else 0

    def draw(
        self,
        target: pygame.Surface,
        conversation: Conversation,
        speakers: dict[str, Speaker],
        tick: int,
        at_top: bool = False,
    ) -> None:
        """`at_top`: over the top of the screen, when at the bottom it would hide Coraline."""
        showing = _showing(conversation, self.labels)
        if showing is None:
            return
        line, shown = showing
        box = self._line(
            target, line, shown, speakers, -1 if conversation.choosing else tick, at_top
        )
        if conversation.choosing:
            self._choices(target, conversation, box, at_top)

    def _layout(self, width: int, line: Line, speakers: dict[str, Speaker]) -> _Layout:
        speaker = speakers.get(line.speaker, Speaker(line.speaker, ""))
        portrait = self._portraits.get(speaker.portrait)
        text_left = 6 if portrait is None else PORTRAIT + 10
        room = ARROW_ROOM[self.text_size]
        rows = self._wrap(line.text, width - 2 * MARGIN - text_left - 6 - room)
        font = self._font
        name = font.line_height + 1 if speaker.shown else 0
        height = max(PORTRAIT + 8, 8 + name + len(rows) * font.line_height)
        return _Layout(speaker, portrait, text_left, rows, height)

    def _line(
        self,
        target: pygame.Surface,
        line: Line,
        shown: int,
        speakers: dict[str, Speaker],
        tick: int,
        at_top: bool,
    ) -> pygame.Rect:
        layout = self._layout(target.get_width(), line, speakers)
        font, speaker = self._font, layout.speaker
        box = pygame.Rect(MARGIN, MARGIN, target.get_width() - 2 * MARGIN, layout.height)
        if not at_top:
            box.bottom = target.get_height() - MARGIN
        pygame.draw.rect(target, PAPER, box)
        pygame.draw.rect(target, EDGE, box, 1)
        if layout.portrait is not None:
            target.blit(layout.portrait, (box.left + 4, box.top + 4))
        text_left = box.left + layout.text_left
        y = box.top + 4
        if speaker.shown:
            target.blit(font.render(speaker.shown, speaker.color), (text_left, y))
            y += font.line_height + 1
        left = shown
        for row in layout.rows:
            if left <= 0:
                break
            target.blit(font.render(row[:left], INK), (text_left, y))
            left -= len(row) + 1  # the space the wrap took
            y += font.line_height
        if shown >= len(line.text) and tick >= 0 and tick // 20 % 2:  # tick -1: choosing
            half, right, bottom = ARROW[self.text_size]  # blinking: press to go on
            x, y = box.right - right, box.bottom - bottom
            pygame.draw.polygon(target, INK, [(x - half, y - half), (x + half, y - half), (x, y)])
        return box

    def _wrap(self, text: str, width: int) -> list[str]:
        """Wrapped once per line (and text size), not every frame."""
        if self._wrapped[:3] != (text, width, self.text_size):
            self._wrapped = (text, width, self.text_size, self._font.wrap(text, width))
        return self._wrapped[3]

    def _choices(
        self,
        target: pygame.Surface,
        conversation: Conversation,
        question: pygame.Rect,
        at_top: bool,
    ) -> None:
        """The answers, beside the question: under it at the top, over it at the bottom."""
        font = self._font
        labels = [
            ("> " if index == conversation.choice else "  ") + choice.text
            for index, choice in enumerate(conversation.page.choices)
        ]
        widest = max(font.line_width(label) for label in labels) + 16
        width = min(max(target.get_width() - 8 * MARGIN, widest), target.get_width() - 2 * MARGIN)
        box = pygame.Rect(0, 0, width, len(labels) * font.line_height + 8)
        box.centerx = target.get_width() // 2
        if at_top:
            box.top = question.bottom + 2
        else:
            box.bottom = question.top - 2
        pygame.draw.rect(target, PAPER, box)
        pygame.draw.rect(target, EDGE, box, 1)
        y = box.top + 4
        for index, label in enumerate(labels):
            chosen = index == conversation.choice
            target.blit(font.render(label, INK if chosen else DIM), (box.left + 8, y))
            y += font.line_height


def _showing(conversation: Conversation, labels: Mapping[str, str]) -> tuple[Line, int] | None:
    """The line the box shows, with the keys its placeholders name, and how many of its
    letters; the question stays while it is answered; None once there is nothing to show."""
    line = conversation.current
    if line is not None:
        shown = conversation.letters
    elif conversation.choosing:
        line = conversation.page.lines[-1]
        shown = len(line.text)
    else:
        return None
    text, shown = revealed(line.text, shown, labels)
    return dataclasses.replace(line, text=text), shown
