"""Colour ramps of the eye hunt's and the ending's tiles, per world (see palettes.py).

Every world names the same roles. The ramps start with "hu" (hunt), so they never meet
another part's names:

    hueye   a ghost child's glass eye: rim, shade, white, bright white
    huiris  its iris (light, dark)               hupupil its pupil
    huglint the glint on the glass (last: its soft halo, alpha)
    huglow  the faint light an eye gives off (alpha)
    huglass a snow globe's dome: rim, tint, highlight (alpha)
    huwater the water inside the globe           husnow  snow: the mound and the flecks
    hubase  the globe's wooden base              hutrim  its little brass plate
    hufig   the two tiny figures: his coat, her dress, their faces, his hair, hers

The lost eyes stay cold and pale in every world, so they stand out on the Other
World's warm floors; the globe's base is dark wood in the Real World and red lacquer
in the Other, dim violet in the corridor's light.
"""

from __future__ import annotations

REAL: dict[str, str] = {
    "hueye": "#4a5262 #8e98a6 #c6ccd4 #eaeef2",
    "huiris": "#5e8aa0 #3c5c70",
    "hupupil": "#0a0a10",
    "huglint": "#ffffff #ffffff/120",
    "huglow": "#c8d8e8/26 #dce8f4/54",
    "huglass": "#8e9cac/170 #b4c4d4/70 #f2f8ff/220",
    "huwater": "#3a4858 #4c5c70 #627488",
    "husnow": "#b8c0c8 #f2f6f8",
    "hubase": "#120d0e #201818 #322624 #4a3a34",
    "hutrim": "#5a4a32 #9a8660",
    "hufig": "#36281e #8a4656 #f0c4a4 #140c0a #7a3a22",
}

OTHER: dict[str, str] = {
    "hueye": "#465a7c #aabcd2 #dee8f2 #ffffff",
    "huiris": "#3cb4b4 #1c6e7c",
    "hupupil": "#0a0812",
    "huglint": "#ffffff #ffffff/150",
    "huglow": "#b8f0ff/34 #d8faff/72",
    "huglass": "#ffd890/170 #ffe8b0/60 #fffbe8/230",
    "huwater": "#1a5660 #226a72 #32848a",
    "husnow": "#f0e2cc #ffffff",
    "hubase": "#2a0608 #4e0c12 #7a1a1a #a8321e",
    "hutrim": "#b07a14 #f4c848",
    "hufig": "#2a160e #c8303a #ffd0aa #1a0a08 #8a3a16",
}

# The corridor's world: everything dim and violet, the eyes a faint cold blue.
BETWEEN: dict[str, str] = {
    "hueye": "#26264a #62669a #a0a6d0 #d4d8f4",
    "huiris": "#5a6ab8 #343c7a",
    "hupupil": "#04030a",
    "huglint": "#f4f4ff #e0e0ff/120",
    "huglow": "#a8a0ff/28 #c8c0ff/56",
    "huglass": "#5a5490/170 #6a64a8/60 #c8c4f4/210",
    "huwater": "#1a1c40 #22265a #2e3470",
    "husnow": "#7a7ca8 #c0c2e8",
    "hubase": "#06040c #0e0a18 #1a1428 #2a2040",
    "hutrim": "#2e2a40 #5a5480",
    "hufig": "#08060e #643a78 #a8a2d4 #04030a #2e1c40",
}

RAMPS: dict[str, dict[str, str]] = {"real": REAL, "other": OTHER, "between": BETWEEN}
