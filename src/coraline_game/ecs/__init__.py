"""Entities: components as plain data and prefabs built from Tiled objects."""
