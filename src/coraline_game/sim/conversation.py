"""A conversation being read: typewriter text, the next line on a press, then a choice.

Its whole state is counted in ticks since the line began, so it is part of the simulation
(a replay presses on the same tick with the same effect) and says nothing of the clock.
How fast the letters come is the player's text speed, so a replay names it (its header,
then a record for each change).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.story.model import NO_EFFECTS, Effects, Line, Page


class TextSpeed(StrEnum):
    SLOW = "slow"
    NORMAL = "normal"
    FAST = "fast"
    INSTANT = "instant"  # the whole line at once: the first press goes on


# Letters a tick as (numerator, denominator), whole numbers so a replay re-runs exactly.
# Normal, 40 a second, is quick enough to keep up with and slow enough to feel spoken.
LETTERS_PER_TICK = {TextSpeed.SLOW: (1, 3), TextSpeed.NORMAL: (2, 3), TextSpeed.FAST: (4, 3)}
ADVANCE = int(Action.INTERACT | Action.CANCEL)
CONFIRM = int(Action.INTERACT)
_UP, _DOWN = int(Action.UP), int(Action.DOWN)


@dataclass
class Conversation:
    page: Page
    # The current line's: a line keeps the speed it began with, so a change of setting
    # shows from the next line and never takes letters back.
    speed: TextSpeed = TextSpeed.NORMAL
    line: int = 0
    ticks: int = 0  # since the line began
    revealed: bool = False  # a press showed the whole line at once
    choice: int = 0  # the choice the cursor is on, once the lines are read

    @property
    def current(self) -> Line | None:
        lines = self.page.lines
        return lines[self.line] if self.line < len(lines) else None

    @property
    def letters(self) -> int:
        """How many letters of the current line show."""
        line = self.current
        if line is None:
            return 0
        rate = LETTERS_PER_TICK.get(self.speed)
        if self.revealed or rate is None:
            return len(line.text)
        numerator, denominator = rate
        return min(len(line.text), self.ticks * numerator // denominator)

    @property
    def choosing(self) -> bool:
        return self.current is None and bool(self.page.choices)

    def step(self, pressed: ActionFrame, speed: TextSpeed) -> Effects | None:
        """One tick; returns the effects once the conversation is over, else None.
        `speed`: the player's text speed now, which the next line takes."""
        if self.choosing:
            count = len(self.page.choices)
            if pressed & _UP:
                self.choice = (self.choice - 1) % count
            elif pressed & _DOWN:
                self.choice = (self.choice + 1) % count
            elif pressed & CONFIRM:
                return self.page.choices[self.choice].effects
            return None
        line = self.current
        if line is None:
            return self.page.effects
        self.ticks += 1
        if pressed & ADVANCE:
            if self.letters < len(line.text):
                self.revealed = True
            else:
                self.line, self.ticks, self.revealed = self.line + 1, 0, False
                self.speed = speed
                if self.current is None and not self.page.choices:
                    return self.page.effects
        return None

    def skipped(self) -> Effects:
        """What reading it to the end gives, for a skipped cutscene (which never offers choices)."""
        return self.page.effects if not self.page.choices else NO_EFFECTS
