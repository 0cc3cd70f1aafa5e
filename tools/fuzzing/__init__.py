"""Mutation fuzzing of maps, tilesets and replays: shared by tests/fuzz and tools/fuzz.py."""
