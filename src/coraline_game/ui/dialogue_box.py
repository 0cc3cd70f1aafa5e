"""The dialogue box: who speaks (name and portrait), their line typed out, then choices."""

from __future__ import annotations

from pathlib import Path

import pygame

from coraline_game.render.font import PixelFont
from coraline_game.sim.conversation import Conversation
from coraline_game.story.model import Line, Speaker

INK = (240, 232, 214)
PAPER = (20, 16, 30)
EDGE = (150, 130, 170)
DIM = (150, 140, 160)
PORTRAIT = 48
MARGIN = 6


class Portraits:
    """Portraits by name from assets/portraits, loaded once; a missing one is no portrait."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._images: dict[str, pygame.Surface | None] = {}

    def get(self, name: str) -> pygame.Surface | None:
        if name not in self._images:
            path = self._folder / f"{name}.png"
            image = None
            if name and path.is_file():
                try:
                    image = pygame.image.load(path)
                    if pygame.display.get_surface() is not None:
                        image = image.convert_alpha()
                except (pygame.error, OSError):
                    image = None  # check names it; the game goes on without it
            self._images[name] = image
        return self._images[name]


class DialogueBox:
    def __init__(self, font: PixelFont, portraits: Portraits) -> None:
        self._font = font
        self._portraits = portraits
        self._wrapped: tuple[str, int, list[str]] = ("", 0, [])

    def draw(
        self,
        target: pygame.Surface,
        conversation: Conversation,
        speakers: dict[str, Speaker],
        tick: int,
        at_top: bool = False,
    ) -> None:
        """`at_top`: over the top of the screen, when at the bottom it would hide Coraline."""
        line = conversation.current
        shown = conversation.letters
        if line is None:
            if not conversation.choosing:
                return
            line = conversation.page.lines[-1]  # the question stays while it is answered
            shown = len(line.text)
        box = self._line(
            target, line, shown, speakers, -1 if conversation.choosing else tick, at_top
        )
        if conversation.choosing:
            self._choices(target, conversation, box, at_top)

    def _line(
        self,
        target: pygame.Surface,
        line: Line,
        shown: int,
        speakers: dict[str, Speaker],
        tick: int,
        at_top: bool,
    ) -> pygame.Rect:
        speaker = speakers.get(line.speaker, Speaker(line.speaker, ""))
        portrait = self._portraits.get(speaker.portrait)
        box = pygame.Rect(MARGIN, MARGIN, target.get_width() - 2 * MARGIN, PORTRAIT + 8)
        if not at_top:
            box.bottom = target.get_height() - MARGIN
        pygame.draw.rect(target, PAPER, box)
        pygame.draw.rect(target, EDGE, box, 1)
        text_left = box.left + 6
        if portrait is not None:
            target.blit(portrait, (box.left + 4, box.top + 4))
            text_left = box.left + PORTRAIT + 10
        y = box.top + 4
        if speaker.shown:
            target.blit(self._font.render(speaker.shown, speaker.color), (text_left, y))
            y += self._font.line_height + 1
        width = box.right - text_left - 6
        left = shown
        for row in self._wrap(line.text, width):
            if left <= 0:
                break
            target.blit(self._font.render(row[:left], INK), (text_left, y))
            left -= len(row) + 1  # the space the wrap took
            y += self._font.line_height
        if shown >= len(line.text) and tick >= 0 and tick // 20 % 2:  # tick -1: choosing
            x, y = box.right - 8, box.bottom - 6  # blinking: press to go on
            pygame.draw.polygon(target, INK, [(x - 2, y - 2), (x + 2, y - 2), (x, y)])
        return box

    def _wrap(self, text: str, width: int) -> list[str]:
        """Wrapped once per line, not every frame."""
        if self._wrapped[:2] != (text, width):
            self._wrapped = (text, width, self._font.wrap(text, width))
        return self._wrapped[2]

    def _choices(
        self,
        target: pygame.Surface,
        conversation: Conversation,
        question: pygame.Rect,
        at_top: bool,
    ) -> None:
        """The answers, beside the question: under it at the top, over it at the bottom."""
        choices = conversation.page.choices
        height = len(choices) * self._font.line_height + 8
        box = pygame.Rect(MARGIN * 4, 0, target.get_width() - 8 * MARGIN, height)
        if at_top:
            box.top = question.bottom + 2
        else:
            box.bottom = question.top - 2
        pygame.draw.rect(target, PAPER, box)
        pygame.draw.rect(target, EDGE, box, 1)
        y = box.top + 4
        for index, choice in enumerate(choices):
            chosen = index == conversation.choice
            label = ("> " if chosen else "  ") + choice.text
            target.blit(self._font.render(label, INK if chosen else DIM), (box.left + 8, y))
            y += self._font.line_height
