"""The logical screen every scene draws on, in pixels; the window scales it by whole numbers."""

from __future__ import annotations

SCREEN_SIZE = (320, 180)
