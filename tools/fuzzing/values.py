"""Hostile values the edits put in, whatever the syntax: numbers past every limit, wrong
types, control and bidirectional characters, long text; and how much an edit may grow a file."""

from __future__ import annotations

INTERESTING = [
    *("", "-1", "0", "1", "x", " ", "1.5", "0x10", "-0", "true", "#ff00ff", "\u202e"),
    *("99999999999999999999", "4294967295", "2147483648", "65536", "1025", "1e999", "-1e999"),
    *("nan", "inf", "a" * 5000, "%s%n", "\x00"),
]
# How many bytes more an edit that repeats something may add.
GROWTH = 2 * 1024 * 1024
