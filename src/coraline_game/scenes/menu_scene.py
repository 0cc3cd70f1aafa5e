"""What the title and the pause screen share: a menu, the stack, and ways to leave."""

from __future__ import annotations

from collections.abc import Callable

from coraline_game.input.actions import Action, ActionFrame
from coraline_game.scenes.base import Scene
from coraline_game.scenes.stack import SceneStack
from coraline_game.ui.menu import Menu


class MenuScene:
    opaque = True
    backs_out = False  # pause or cancel closes it (a menu over another scene), back to that

    def __init__(self, choices: list[tuple[str, Callable[[], None]]]) -> None:
        self._stack: SceneStack | None = None
        self.menu = Menu(choices)

    @property
    def stack(self) -> SceneStack:
        assert self._stack is not None, "the scene is on a stack once entered"
        return self._stack

    def enter(self, stack: SceneStack) -> None:
        self._stack = stack

    def exit(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def tick(self, frame: ActionFrame, pressed: ActionFrame) -> None:
        if self.backs_out and pressed & (Action.PAUSE | Action.CANCEL):
            self.stack.pop()
            return
        chosen = self.menu.selected
        self.menu.tick(pressed)
        self.menu_sounds(pressed, chosen)

    def menu_sounds(self, pressed: ActionFrame, chosen: int) -> None:
        """A tick for a move through the menu, a chime for a choice."""
        if self.menu.selected != chosen:
            self.stack.services.audio.effect("menu_move")
        elif pressed & Action.INTERACT:
            self.stack.services.audio.effect("menu_select")

    def fade_to_scene(self, make: Callable[[], Scene]) -> None:
        """Replace the whole stack with a new scene, behind a fade."""
        stack = self.stack
        stack.fade_to(lambda: stack.replace(make()))

    def quit_game(self) -> None:
        self.stack.quit()
