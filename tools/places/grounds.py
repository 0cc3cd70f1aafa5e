"""The grounds maps (written by tools/build_maps.py)."""

from __future__ import annotations


def build() -> None:
    """Write this part's maps into maps/."""
