"""Surfaces drawn over the view every frame, made once in the display's pixel format."""

from __future__ import annotations

import pygame


def display_ready(surface: pygame.Surface) -> pygame.Surface:
    """In the display's pixel format when there is one: a format the blit need not convert,
    pixel by pixel, every frame."""
    return surface.convert_alpha() if pygame.display.get_surface() is not None else surface


def clear_overlay(size: tuple[int, int]) -> pygame.Surface:
    """A transparent surface of `size` to draw on and blit over the view."""
    return display_ready(pygame.Surface(size, pygame.SRCALPHA))
