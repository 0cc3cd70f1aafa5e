"""Speedrun support: replays and their verification."""
