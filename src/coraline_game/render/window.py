"""The window: a 320x180 logical screen scaled by a whole number and letterboxed."""

from __future__ import annotations

import os
from pathlib import Path

import pygame

from coraline_game.screen import SCREEN_SIZE

LOGICAL = SCREEN_SIZE


def integer_fit(window: tuple[int, int], logical: tuple[int, int] = LOGICAL) -> pygame.Rect:
    """The largest whole-number scale of `logical` that fits `window`, centred.

    A window dragged smaller than the logical screen gets it shrunk to fit instead: blurry
    pixels beat a picture cut off (and no fraction of it ever falls outside the window).
    """
    scale = min(window[0] // logical[0], window[1] // logical[1])
    if scale >= 1:
        size = (logical[0] * scale, logical[1] * scale)
    else:
        shrink = min(window[0] / logical[0], window[1] / logical[1])
        size = (max(1, int(logical[0] * shrink)), max(1, int(logical[1] * shrink)))
    rect = pygame.Rect((0, 0), size)
    rect.center = (window[0] // 2, window[1] // 2)
    return rect


HEADLESS_DRIVERS = ("dummy", "offscreen")


# Set by `coraline-game bench` in the games it starts: the first frame is then announced on
# standard output, so the time to it is measured, not the time to load and quit.
FIRST_FRAME_MARK = "CORALINE_FIRST_FRAME_MARK"


class NoDisplay(Exception):
    """SDL found no screen and fell back to drawing nowhere."""


def fitting_scale(requested: int, desktop: tuple[int, int]) -> int:
    """The requested scale, lowered until the window fits the desktop (at least 1)."""
    largest = min(desktop[0] // LOGICAL[0], desktop[1] // LOGICAL[1])
    return max(1, min(requested, largest))


class Window:
    def __init__(self, scale: int = 4, fullscreen: bool = False) -> None:
        driver = pygame.display.get_driver()
        if driver in HEADLESS_DRIVERS and os.environ.get("SDL_VIDEODRIVER") != driver:
            raise NoDisplay(
                f"no display to show the game on (SDL fell back to its {driver} driver):"
                " run it on a desktop, or set SDL_VIDEODRIVER=dummy to run it headless on purpose"
            )
        self.logical = pygame.Surface(LOGICAL)
        desktop = max(pygame.display.get_desktop_sizes(), default=(1920, 1080))
        scale = fitting_scale(scale, desktop)
        self._windowed_size = (LOGICAL[0] * scale, LOGICAL[1] * scale)
        self.fullscreen = fullscreen
        self._display = self._open()
        self.logical = self.logical.convert()

    def _open(self) -> pygame.Surface:
        # Re-created rather than switched in place: toggling modes on a live display is
        # where SDL misbehaves. Scaling is ours, so no SCALED flag.
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        # pygame reads this at every set_mode: leaving fullscreen, the window comes back
        # centred instead of at the screen's corner.
        os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
        return pygame.display.set_mode(self._windowed_size, pygame.RESIZABLE)

    @property
    def scale(self) -> int:
        """The whole-number scale the window shows the screen at, out of fullscreen: what
        `--scale` or the settings asked for, or what a window resized by hand fits."""
        width, height = self._windowed_size
        return max(1, min(width // LOGICAL[0], height // LOGICAL[1]))

    def set_scale(self, scale: int) -> None:
        """A new whole-number scale for the window (it still fits the desktop)."""
        desktop = max(pygame.display.get_desktop_sizes(), default=(1920, 1080))
        scale = fitting_scale(scale, desktop)
        self._windowed_size = (LOGICAL[0] * scale, LOGICAL[1] * scale)
        if not self.fullscreen:
            self._display = self._open()

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self._display = self._open()

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Resizes and the fullscreen keys; True when the event was the window's alone."""
        if event.type == pygame.VIDEORESIZE and not self.fullscreen:
            self._windowed_size = (max(event.w, LOGICAL[0]), max(event.h, LOGICAL[1]))
            self._display = pygame.display.get_surface() or self._open()
        elif event.type == pygame.KEYDOWN and (
            event.key == pygame.K_F11
            or (event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT)
        ):
            self.toggle_fullscreen()
            return True
        return False

    def splash(self, picture: Path) -> None:
        """Show a picture at once, as the first frame, while the game still loads."""
        try:
            image = pygame.image.load(picture)
        except (pygame.error, OSError):
            return  # only a picture: the game loads the same without it
        self.logical.blit(image, (0, 0))
        self.present()
        if os.environ.get(FIRST_FRAME_MARK):
            print("first frame", flush=True)  # for the bench's cold-start measure

    def present(self) -> None:
        display = self._display
        target = integer_fit(display.get_size())
        if target.size != display.get_size():
            display.fill((0, 0, 0))
        pygame.transform.scale(self.logical, target.size, display.subsurface(target))
        pygame.display.flip()
