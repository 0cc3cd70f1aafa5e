"""Tiles of the venues (see tiles.py for the id ranges and the grid format)."""

from __future__ import annotations

from .tiles import TileDef

TILES: dict[int, TileDef] = {}
OVERRIDES: dict[str, dict[int, TileDef]] = {"real": {}, "other": {}, "between": {}}
ANIMATIONS: dict[int, tuple[tuple[int, int], ...]] = {}
