"""Text speed: how fast a line types out decides what a press does (reveal or go on)."""

from __future__ import annotations

import pytest

from coraline_game.input.actions import Action
from coraline_game.sim.conversation import Conversation, TextSpeed
from coraline_game.sim.simulation import Simulation
from coraline_game.story.model import Line, Page
from tests.synthetic import two_rooms

LONG = "A long line of words, long enough to take a while to type out at any speed but one."
PRESS = int(Action.INTERACT)


def talking(speed: TextSpeed) -> Simulation:
    sim = Simulation(two_rooms(), seed=1, start_map="a", text_speed=speed)
    sim.say(LONG)
    return sim


def ticks_to_type(speed: TextSpeed) -> int:
    """Ticks until the whole line shows, nobody pressing."""
    sim = talking(speed)
    assert sim.conversation is not None
    while sim.conversation.letters < len(LONG):
        sim.step(0)
    return sim.tick


def test_instant_text_shows_the_whole_line_at_once_and_one_press_goes_on() -> None:
    sim = talking(TextSpeed.INSTANT)
    assert sim.conversation is not None and sim.conversation.letters == len(LONG)
    sim.step(0)
    assert sim.conversation.letters == len(LONG)  # on the first tick too
    sim.step(PRESS)
    assert sim.conversation is None  # the first press goes on, with nothing to reveal


def test_at_the_normal_speed_the_first_press_reveals_and_the_next_goes_on() -> None:
    sim = talking(TextSpeed.NORMAL)
    sim.step(0)
    sim.step(PRESS)
    assert sim.conversation is not None and sim.conversation.letters == len(LONG)
    sim.step(0)
    sim.step(PRESS)
    assert sim.conversation is None


def test_slow_types_longer_than_normal_and_fast_shorter() -> None:
    slow, normal, fast = (
        ticks_to_type(s) for s in (TextSpeed.SLOW, TextSpeed.NORMAL, TextSpeed.FAST)
    )
    letters = len(LONG)
    assert normal == -(-letters * 3 // 2)  # 40 letters a second, as before the setting
    assert slow == letters * 3 and fast == -(-letters * 3 // 4)  # 20 and 80 a second
    assert fast < normal < slow


@pytest.mark.parametrize("now", [TextSpeed.SLOW, TextSpeed.INSTANT])
def test_a_change_of_speed_shows_from_the_next_line_and_never_takes_letters_back(
    now: TextSpeed,
) -> None:
    page = Page("", 0, (Line("narrator", LONG), Line("narrator", LONG)))
    talk = Conversation(page, TextSpeed.FAST)
    for _ in range(30):
        talk.step(0, now)
    assert talk.letters == 40  # still fast: 4 letters every 3 ticks
    talk.step(PRESS, now)  # reveal
    talk.step(PRESS, now)  # the next line, at the new speed
    assert talk.line == 1 and talk.speed is now
    assert talk.letters == (len(LONG) if now is TextSpeed.INSTANT else 0)
