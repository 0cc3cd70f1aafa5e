"""The HUD on screen: the prompt over what she faces, dialogue, the place's name, notices."""

from __future__ import annotations

import pygame
import pytest

from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.paths import assets_dir
from coraline_game.render.camera import camera_position
from coraline_game.render.font import default_font
from coraline_game.settings import TextSize
from coraline_game.sim.conversation import Conversation
from coraline_game.sim.simulation import Simulation
from coraline_game.story.library import default_story
from coraline_game.story.model import Line, Page
from coraline_game.ui.dialogue_box import MARGIN, DialogueBox, Portraits
from coraline_game.ui.hud import EDGE, INK, PAPER, TITLE_TICKS, Hud
from tests.synthetic import ROOM, obj, plan_map, two_rooms


@pytest.fixture
def screen() -> pygame.Surface:
    surface = pygame.Surface((320, 180))
    surface.fill((90, 90, 90))
    return surface


def paper_rows(screen: pygame.Surface, x: int) -> list[int]:
    return [y for y in range(180) if screen.get_at((x, y))[:3] == PAPER]


def at_the_door() -> Simulation:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    pilot = Autopilot(sim)
    pilot.walk_to(88, 16)
    pilot.press(Action.UP)
    return sim


def test_the_prompt_box_sits_over_what_she_faces(screen: pygame.Surface) -> None:
    sim = at_the_door()
    camera = camera_position(sim.place, screen.get_size())
    Hud(default_font(), Portraits(assets_dir() / "portraits")).draw(screen, sim, camera)
    door_x = 88 - camera[0]  # the door's centre on screen
    rows = paper_rows(screen, door_x)
    assert rows, "a box is drawn over the door"
    door_top = 0 - camera[1]
    assert max(rows) < door_top + 16  # above (or at the top of) the door, not below her
    assert EDGE in {screen.get_at((x, min(rows) - 1))[:3] for x in range(door_x - 10, door_x + 10)}


def test_no_prompt_when_nothing_is_faced(screen: pygame.Surface) -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")
    sim.step(0)
    hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
    hud.draw(screen, sim, (0, 0))
    before = screen.copy()
    sim.step(0)
    screen.fill((90, 90, 90))
    hud.draw(screen, sim, (0, 0))
    assert not any(
        screen.get_at((x, y))[:3] == PAPER for x in range(0, 320, 4) for y in range(0, 180, 4)
    )
    del before


def test_a_dialogue_line_is_boxed_at_the_bottom(screen: pygame.Surface) -> None:
    sim = at_the_door()
    sim.say("A long line of words that must wrap onto a second line of the box to fit inside it.")
    for _ in range(3):
        sim.step(int(Action.INTERACT) * (_ % 2))  # a press shows the whole line at once
    Hud(default_font(), Portraits(assets_dir() / "portraits")).draw(screen, sim, (0, 0))
    rows = paper_rows(screen, 40)
    assert rows and max(rows) > 150 and min(rows) > 100  # at the bottom of the screen
    assert max(rows) - min(rows) > 2 * default_font().line_height  # two lines of text
    ink = {screen.get_at((x, y))[:3] for x in range(10, 310) for y in range(min(rows), max(rows))}
    assert INK in ink  # words were written in it


def test_the_place_name_fades_in_and_out(screen: pygame.Surface) -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")  # the synthetic map's title is "a"
    hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))

    def title_pixels() -> int:
        screen.fill((0, 0, 0))
        hud.draw(screen, sim, (0, 0))
        return sum(
            1 for x in range(100, 220) for y in range(8, 20) if screen.get_at((x, y))[0] > 60
        )

    shown = []
    for _ in range(TITLE_TICKS + 5):
        shown.append(title_pixels())
        sim.step(0)
    assert shown[0] == 0  # fading in from nothing
    assert max(shown) > 0  # visible for a while
    assert shown[-1] == 0  # and gone again


def test_a_notice_is_shown_at_the_top(screen: pygame.Surface) -> None:
    Hud(default_font(), Portraits(assets_dir() / "portraits")).notice(
        screen, "recording stopped at tick 90: No space left on device"
    )
    assert PAPER in {screen.get_at((x, 4))[:3] for x in range(0, 320, 2)}


@pytest.mark.parametrize(("facing", "column", "row"), [(Action.DOWN, 4, 4), (Action.RIGHT, 5, 3)])
def test_the_prompt_never_covers_her(
    screen: pygame.Surface, facing: Action, column: int, row: int
) -> None:
    """A thing below or beside her gets its prompt where she is not."""
    room = plan_map(
        "room",
        ROOM,
        [
            obj("Spawn", 4, 3, 1, spawn="start", default=True),
            obj("Inspect", column, row, 2, prompt="Look at the box", text="A box."),
        ],
    )
    sim = Simulation({"room": room}, seed=1, start_map="room")
    pilot = Autopilot(sim)
    pilot.press(facing)
    assert sim.place.prompt.entity, "she faces the thing"
    camera = camera_position(sim.place, screen.get_size())
    screen.fill((0, 0, 0))
    Hud(default_font(), Portraits(assets_dir() / "portraits")).draw(screen, sim, camera)
    feet_x, feet_y = pilot.feet()
    her = pygame.Rect(feet_x - camera[0] - 7, feet_y - camera[1] - 26, 14, 26)
    box = [
        (x, y) for x in range(320) for y in range(180) if screen.get_at((x, y))[:3] in (PAPER, EDGE)
    ]
    assert box, "the prompt is drawn"
    assert not any(her.collidepoint(point) for point in box)


def test_dialogue_moves_to_the_top_rather_than_hide_her(screen: pygame.Surface) -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")  # her feet at (40, 80)
    hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
    sim.say("Where am I standing?")
    screen.fill((90, 90, 90))
    hud.draw(screen, sim, (0, -90))  # a camera that puts her near the bottom of the screen
    assert PAPER in {screen.get_at((160, y))[:3] for y in range(6, 40)}
    assert PAPER not in {screen.get_at((160, y))[:3] for y in range(130, 170)}
    screen.fill((90, 90, 90))
    hud.draw(screen, sim, (0, 0))  # she stands high on the screen: the box sits low
    assert PAPER in {screen.get_at((160, y))[:3] for y in range(130, 170)}


def _box(size: TextSize) -> DialogueBox:
    box = DialogueBox(default_font(), Portraits(assets_dir() / "portraits"))
    box.text_size = size
    return box


def _read(line: Line) -> Conversation:
    talk = Conversation(Page("", 0, (line,)))
    talk.revealed = True  # the whole line shows
    return talk


def test_large_text_draws_every_letter_twice_as_large_in_a_taller_box(
    screen: pygame.Surface,
) -> None:
    line = Line("narrator", "Rain on the windows, and the house creaking all round, as at night.")
    inked, boxed = {}, {}
    for size in TextSize:
        screen.fill((90, 90, 90))
        _box(size).draw(screen, _read(line), default_story().speakers, tick=0)  # no blink
        inked[size] = sum(screen.get_at((x, y))[:3] == INK for x in range(320) for y in range(180))
        boxed[size] = len(paper_rows(screen, MARGIN + 2))  # left of the text
    assert inked[TextSize.NORMAL] > 0
    assert inked[TextSize.LARGE] == 4 * inked[TextSize.NORMAL]  # each pixel now 2x2
    assert boxed[TextSize.LARGE] > boxed[TextSize.NORMAL]


def test_large_text_keeps_the_portrait(screen: pygame.Surface) -> None:
    portrait = Portraits(assets_dir() / "portraits").get("coraline")
    assert portrait is not None
    line = Line("coraline", "Where does this little door go?")
    for size in TextSize:
        screen.fill((90, 90, 90))
        _box(size).draw(screen, _read(line), default_story().speakers, tick=0)
        paper = paper_rows(screen, 8)
        shown = screen.subsurface((MARGIN + 4, min(paper) + 3, *portrait.get_size())).copy()
        expected = shown.copy()
        expected.blit(portrait, (0, 0))
        assert pygame.image.tobytes(shown, "RGB") == pygame.image.tobytes(expected, "RGB")


@pytest.mark.parametrize("at_top", [False, True])
def test_every_line_and_question_of_the_story_fits_the_screen_in_large_text(
    screen: pygame.Surface, at_top: bool
) -> None:
    story = default_story()
    box = _box(TextSize.LARGE)
    pages = [page for pages in story.topics.values() for page in pages]
    for page in pages:
        talk = Conversation(page)
        talk.line = len(page.lines) - 1 if not page.choices else len(page.lines)  # the last
        talk.revealed = True
        screen.fill((90, 90, 90))
        box.draw(screen, talk, story.speakers, tick=0, at_top=at_top)
        edge_row = 179 if at_top else 0  # the far end from where the box sits
        assert screen.get_at((160, edge_row))[:3] == (90, 90, 90), (page.topic, page.index)
        rows = paper_rows(screen, 160)
        assert rows and (min(rows) > 1 and max(rows) < 178), (page.topic, page.index)


def test_a_large_box_stays_low_when_she_stands_in_the_middle(screen: pygame.Surface) -> None:
    sim = Simulation(two_rooms(), seed=1, start_map="a")  # her feet at (40, 80)
    hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
    hud.text_size = TextSize.LARGE
    sim.say("Where am I standing? " * 4, "coraline")  # four rows: the box covers her feet
    screen.fill((90, 90, 90))
    hud.draw(screen, sim, (0, -12))  # her feet mid-screen: at the top the box would hide her
    assert PAPER in {screen.get_at((160, y))[:3] for y in range(150, 170)}
    assert PAPER not in {screen.get_at((160, y))[:3] for y in range(6, 40)}
