"""The end of the story: the credits roll, then the mice go round, then it is over.

Simulation state like a chapter card, so a replay of the whole story ends where the
credits end; a press skips the roll to the mice, and a press there ends it.
"""

from __future__ import annotations

from dataclasses import dataclass

from coraline_game.input.actions import Action, ActionFrame

LINE_TICKS = 75  # a credits line rises one line height in this long
EPILOGUE_TICKS = 600  # the mice go round for ten seconds
MIN_TICKS = 30  # no press skips before this: the press that ended the party must not
ANY_BUTTON = int(Action.INTERACT | Action.CANCEL)


@dataclass
class Credits:
    lines: int  # how many lines roll
    ticks: int = 0

    @property
    def roll_ticks(self) -> int:
        return (self.lines + 8) * LINE_TICKS  # until the last line has left the screen

    @property
    def in_epilogue(self) -> bool:
        return self.ticks >= self.roll_ticks

    def step(self, pressed: ActionFrame) -> bool:
        """One tick; True once it is all over."""
        self.ticks += 1
        pressed_now = bool(pressed & ANY_BUTTON)
        if not self.in_epilogue:
            if pressed_now and self.ticks >= MIN_TICKS:
                self.ticks = self.roll_ticks
            return False
        into = self.ticks - self.roll_ticks
        return into >= EPILOGUE_TICKS or (pressed_now and into >= MIN_TICKS)
