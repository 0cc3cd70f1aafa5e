"""The blinking "more" arrow at the end of a line: clear of the words and of the frame, in
normal and in large text, for every line of the story."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.paths import assets_dir
from coraline_game.render.font import default_font
from coraline_game.settings import TextSize
from coraline_game.sim.conversation import Conversation
from coraline_game.story.library import default_story
from coraline_game.story.model import Page
from coraline_game.ui.dialogue_box import EDGE, INK, DialogueBox, Portraits


def _inked(screen: pygame.Surface, colour: tuple[int, int, int]) -> pygame.mask.Mask:
    return pygame.mask.from_threshold(screen, colour, (1, 1, 1, 255))


# The arrow's clear space, at least, in pixels all round, and its width: large text's is
# as large as its letters, and has as much more room.
@pytest.mark.parametrize(
    ("size", "room", "width"), [(TextSize.NORMAL, 3, 5), (TextSize.LARGE, 6, 9)]
)
def test_the_more_arrow_has_room_round_it(size: TextSize, room: int, width: int) -> None:
    story = default_story()
    box = DialogueBox(default_font(), Portraits(assets_dir() / "portraits"))
    box.text_size = size
    screen = pygame.Surface((320, 180))
    lines = {line for pages in story.topics.values() for page in pages for line in page.lines}
    assert lines
    for line in sorted(lines, key=lambda line: (line.speaker, line.text)):
        talk = Conversation(Page("", 0, (line,)))
        talk.revealed = True  # the whole line shows
        frames = []
        for tick in (0, 20):  # the arrow blinks: off, then on
            screen.fill((90, 90, 90))
            box.draw(screen, talk, story.speakers, tick=tick)
            frames.append(_inked(screen, INK))
        edge = _inked(screen, EDGE)
        arrow = frames[1].copy()
        arrow.erase(frames[0], (0, 0))
        found = arrow.get_bounding_rects()
        assert found, line.text
        assert found[0].width >= width, line.text
        around = found[0].inflate(2 * room, 2 * room)
        clear = pygame.mask.Mask(around.size, fill=True)
        assert frames[0].overlap_area(clear, around.topleft) == 0, line.text  # no letter
        assert edge.overlap_area(clear, around.topleft) == 0, line.text  # nor the frame
