"""Scenes on a pushdown stack: title, world, pause."""
