"""Tiled's colour notations."""

from __future__ import annotations


def _channels(text: str, digits: tuple[int, ...]) -> tuple[int, ...]:
    hex_digits = text.removeprefix("#")
    if len(hex_digits) not in digits or any(c not in "0123456789abcdefABCDEF" for c in hex_digits):
        raise ValueError(f"{text[:40]!r} is not a colour")
    return tuple(int(hex_digits[i : i + 2], 16) for i in range(0, len(hex_digits), 2))


def parse_colour_key(text: str) -> tuple[int, int, int]:
    """An image's `trans` colour: RRGGBB, with or without '#'."""
    red, green, blue = _channels(text, (6,))
    return red, green, blue


def parse_argb(text: str) -> tuple[int, int, int, int]:
    """A map's background colour, #RRGGBB or #AARRGGBB, as (red, green, blue, alpha)."""
    channels = _channels(text, (6, 8))
    if len(channels) == 3:
        return channels[0], channels[1], channels[2], 255
    alpha, red, green, blue = channels
    return red, green, blue, alpha
