"""Colour ramps of the venues tiles, per world (see palettes.py for the ramp format).

Every world names the same roles; the corridor's ("between") may reuse the real ones.
The ramps are prefixed with "v" so they never meet another part's names:

    vflor  the ladies' wallpaper ground      vbud   its roses        vsprig its leaves
    vgilt  picture frames, gilding           vvel   velvet: chaise, curtains, seats
    vpost  poster paper and print            vink   poster lettering, silhouettes
    vflame a candle's flame (last: a halo)   vwax   candle wax
    vdog   dogs' fur                         vsweet taffy wrappers
    vchina tea cups and pot                  vlace  lace cloths
    vcarp  the parlour carpet                vstage stage boards
    vfoot  the footlights' glow (alpha)      vcell  the cell behind the mirror
    vpale  its window's cold light           vchalk chalk
    vweb   cobwebs (alpha)                   vtoy   the old toy's paint
"""

from __future__ import annotations

REAL: dict[str, str] = {
    "vflor": "#3f3a44 #4f4852 #5e5660 #6c6370 #7d7380",
    "vbud": "#6a4c55 #84626a #9c7d80",
    "vsprig": "#3d4a3c #52604c",
    "vgilt": "#3e3426 #5e5038 #7e6c4c #9c8a66",
    "vvel": "#2a2030 #3b2c40 #4e3a52 #624a64 #765e76",
    "vpost": "#5a5346 #746b5a #8c826c #a49a80 #bab095",
    "vink": "#3a2c2c #5a3e3a #7a5046",
    "vflame": "#a8582a #e0a048 #f8e0a0 #f0c07a/40",
    "vwax": "#8c8474 #a8a090 #c4bcaa",
    "vdog": "#2e2824 #443a32 #5e5244 #7a6c5a",
    "vsweet": "#7c5c66 #5e7070 #8a7c56 #a89a9a",
    "vchina": "#6e7480 #8e94a0 #b0b6be #d0d4d8",
    "vlace": "#8a8680 #a8a49c #c2beb4",
    "vcarp": "#3a2e34 #4a3a42 #5a4850 #6a5a5c #7c6c68",
    "vstage": "#3a3028 #4c3e32 #5e4e3e #72604c #86745c",
    "vfoot": "#f0d8a0/00 #f0d8a0/30 #fff0c8/70",
    "vcell": "#15161e #1d1f29 #262935 #313543 #3f4454",
    "vpale": "#5a6272 #8894a4 #b8c4d0",
    "vchalk": "#8a8e94 #c0c4c8",
    "vweb": "#b0b4bc/50 #d0d4dc/90",
    "vtoy": "#5a2c2c #844a3e #3c4a5e #a89470",
}

OTHER: dict[str, str] = {
    "vflor": "#3c0610 #560a18 #741222 #92202c #b03636",
    "vbud": "#9a5a10 #dca02a #fff0a0",
    "vsprig": "#7a4a0c #b8801c",
    "vgilt": "#6e3e06 #b07a14 #eab832 #fff3a8",
    "vvel": "#3c0410 #68081a #a01424 #d42c34 #ff6452",
    "vpost": "#c87a28 #eaa640 #f8d27a #fff0c0 #fffbe8",
    "vink": "#4a0a14 #8e1622 #1a5a6a",
    "vflame": "#ff7a1a #ffc13a #fff6c8 #ffd060/70",
    "vwax": "#e8c89a #f8e4c0 #fffaf0",
    "vdog": "#5a2c0c #94521a #cc8a34 #f4c872",
    "vsweet": "#ff3a7a #28d0c0 #ffd22a #ffffff",
    "vchina": "#2a7a80 #3cb0a8 #f4e6c8 #ffffff",
    "vlace": "#e8c070 #f8dea0 #fff6d8",
    "vcarp": "#3a0610 #5a0a18 #7c1220 #b07a14 #eab832",
    "vstage": "#6a2c0c #944414 #ba6220 #d88434 #f4aa52",
    "vfoot": "#ffd070/00 #ffd070/96 #fff4c0/200",
    "vcell": "#2a0e14 #3c141c #521c24 #6a262c #86343a",
    "vpale": "#e07a3a #ffb060 #ffe6a0",
    "vchalk": "#e0c8a0 #fff4dc",
    "vweb": "#ffe0a0/50 #fff4d0/90",
    "vtoy": "#8a1420 #d83a2c #1a6a8a #f4c040",
}

# The corridor's world: only the room behind the mirror is drawn with it, cold and dim.
BETWEEN: dict[str, str] = {
    **REAL,
    "vcell": "#08080f #0e0f19 #151725 #1e2133 #2a2e44",
    "vpale": "#34405a #5a6a8c #8ea0c4",
    "vchalk": "#6a7088 #a4aac0",
    "vweb": "#8890b0/48 #aab2d0/80",
    "vtoy": "#3a1c28 #5a3040 #222c48 #6a6478",
    "vgilt": "#1c1a2a #2e2a40 #464060 #625a80",
    "vflame": "#4a3c6a #7a6aa8 #b0a4e0 #a090ff/30",
}

RAMPS: dict[str, dict[str, str]] = {"real": REAL, "other": OTHER, "between": BETWEEN}
