"""Colour ramps of the grounds tiles, per world (see palettes.py for the ramp format).

Every world names the same roles; the corridor's ("between") may reuse the real ones.
"""

from __future__ import annotations

RAMPS: dict[str, dict[str, str]] = {"real": {}, "other": {}, "between": {}}
