"""Tiled maps: safe loading, the game's map model and the map contract."""
