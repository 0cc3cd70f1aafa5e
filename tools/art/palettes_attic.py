"""Colour ramps of the attic tiles, per world (see palettes.py for the ramp format).

Every world names the same roles; the corridor's ("between") may reuse the real ones.
The ramps all start with "bb" (Bobinsky), so they never meet another part's names:

    bbroof    roof boards, rafters, knee-wall planks      bbbeet   beets
    bbleaf    beet tops                                    bbred    red stripes, paint
    bbcream   cream / gold stripes                         bbsaw    sawdust
    bbconf    confetti (five colours)                      bbspot   spotlight glow (alpha)
    bbsky     sky through the skylight                     bbstar   raindrops / stars
    bbcanvas  canvas, blankets, old paper                  bbfelt   little stage curtains
    bbcandy   cotton candy
"""

from __future__ import annotations

REAL: dict[str, str] = {
    "bbroof": "#1c1a20 #2a272d #39353b #4a454a #5e575a",
    "bbbeet": "#2a1622 #45222f #613444 #7e5060",
    "bbleaf": "#263022 #3a4632 #536046",
    "bbred": "#3a2b30 #56404a #725a62",
    "bbcream": "#55555a #737476 #929290",
    "bbsaw": "#3c3730 #534b40 #6a6152 #827866",
    "bbconf": "#5c4c58 #4c5a68 #6a6a52 #6e5252 #84888e",
    "bbspot": "#c8d2de/24 #c8d2de/48 #e6eef6/96",
    "bbsky": "#1e252e #2b3541 #404c59 #5c6a78",
    "bbstar": "#7e8c9c #b6c2ce",
    "bbcanvas": "#34342f #4a4a43 #62625a #7c7c72",
    "bbfelt": "#2c1e24 #433039 #5a454f",
    "bbcandy": "#5e5058 #7a6a72 #988a90",
}

OTHER: dict[str, str] = {
    "bbroof": "#3a1010 #5e1c16 #86301e #ae4c28 #d8743a",
    "bbbeet": "#5a0630 #9a1250 #d8307a #ff94c2",
    "bbleaf": "#0c5a2c #20a042 #7ae25a",
    "bbred": "#7a0a1a #c2182c #f24a3c",
    "bbcream": "#c8861a #f6c43c #fff3b4",
    "bbsaw": "#9a6424 #c88e3a #e6b558 #fcdc8c",
    "bbconf": "#ff4a6a #36d0c0 #ffd63a #9a5cff #fffaf0",
    "bbspot": "#fff2b8/44 #fff0a0/88 #ffffe6/190",
    "bbsky": "#0a0826 #141446 #22226c #34389a",
    "bbstar": "#ffe27a #ffffff",
    "bbcanvas": "#9a5e30 #d09a58 #f2cc8a #fff2d4",
    "bbfelt": "#64081e #b0183c #ec4468",
    "bbcandy": "#e2609e #ff9ccc #ffd8ee",
}

RAMPS: dict[str, dict[str, str]] = {"real": REAL, "other": OTHER, "between": dict(REAL)}
