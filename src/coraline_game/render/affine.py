"""What resampling shares with the code that plans it, without numpy: importing numpy is a
third of the game's start, and the game itself resamples only unusual maps."""

from __future__ import annotations

BAND_PIXELS = 1 << 18  # pixels per band: some 100 bytes each in flight, about 25 MB at most

# Output pixel centre (x, y) -> source point: (a*x + b*y + c, d*x + e*y + f).
Affine = tuple[float, float, float, float, float, float]
