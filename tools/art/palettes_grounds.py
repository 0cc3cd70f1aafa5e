"""Colour ramps of the grounds tiles, per world (see palettes.py for the ramp format).

Every world names the same roles; the corridor's ("between") may reuse the real ones.
All of this part's ramps start with ``g_`` so they never meet another part's names.

    g_lawn   grass                      g_long   long grass
    g_soil   mud / garden soil          g_grit   gravel
    g_stone  the well's stones, steps   g_moss   moss, ivy
    g_plank  weathered wood: well cover, fence, porch, stairs
    g_clap   the pink clapboard         g_trim   white trim, sign board, window frames
    g_roof   roof shingles              g_doora  Coraline's front door
    g_doorb  the ladies' door           g_fir    fir needles, the woods
    g_bark   trunks                     g_hedge  hedge leaves
    g_dead   dry stalks, dead leaves    g_lamp   lantern glass and flame
    g_iron   lantern and gate metal     g_pool   water in the birdbath, puddles
    g_mist   the Other World's unravelling edge (with alpha)
    g_fhair g_fskin g_fyel g_fred g_fwhite   the portrait garden's flower beds
"""

from __future__ import annotations

_REAL: dict[str, str] = {
    "g_lawn": "#1f2b1f #2a3828 #354532 #42533c #5a6b55",
    "g_long": "#242e22 #323e2c #434f38 #5a6448",
    "g_soil": "#1c1614 #2a211d #3a2e27 #4b3d33 #5e4f43",
    "g_grit": "#3a3a3f #4e4e54 #636368 #7b7a7c #97958f",
    "g_stone": "#25262c #373940 #4b4e56 #62656c #7f8286",
    "g_moss": "#26362a #3a4e36",
    "g_plank": "#2a2524 #3b3331 #4e4541 #625752 #786c64",
    "g_clap": "#47343b #5f464d #77595f #8d6c70 #a48486",
    "g_trim": "#4a4d55 #6c7077 #8d9196 #aeb0b1",
    "g_roof": "#191a22 #23252f #2f323e #3e4252",
    "g_doora": "#1e2529 #2c3940 #3d4e58 #526571",
    "g_doorb": "#291c22 #402935 #573846 #6c4b58",
    "g_fir": "#0d1510 #132018 #1b2b20 #26392b #334833",
    "g_bark": "#1d1614 #2d221d #413128",
    "g_hedge": "#121a13 #19231a #233121 #2f3f2a #3d5036",
    "g_dead": "#3a3126 #544731 #6c5f45",
    "g_lamp": "#34352f #4b4b43 #64635a #7d7b70",
    "g_iron": "#1c1d22 #2e3036 #474a52",
    "g_pool": "#1d242e #2c3846 #455468 #71849a #a8b8c8",
    "g_mist": "#a6a8b4/150 #c8cad2/210 #e4e6ea",
    "g_fhair": "#1f1419 #2d1d21 #3d2a2b #4e3a37",
    "g_fskin": "#6e5550 #86685f #9c7d70 #b09382",
    "g_fyel": "#5e5432 #7a6d3e #94864e #aa9d66",
    "g_fred": "#4a2428 #64323a #7d464b #925c5c",
    "g_fwhite": "#6a6e76 #858990 #a2a5aa #bcbfc0",
}

_OTHER: dict[str, str] = {
    "g_lawn": "#0a4420 #116028 #1a7c32 #2b9a3e #6cd064",
    "g_long": "#0d4a22 #1a6c2e #30903c #6cc454",
    "g_soil": "#24100c #361a12 #4a2618 #5e3422 #74442c",
    "g_grit": "#7a4e2e #9e6e3c #c09052 #deb06c #f6d898",
    "g_stone": "#4a2a2a #744639 #9a6a50 #c2946c #ecc88e",
    "g_moss": "#157a32 #40b046",
    "g_plank": "#4a1a0e #722e14 #93421a #b45a24 #d27c34",
    "g_clap": "#76183c #a42e58 #cc4e76 #ec7c9e #ffb6cc",
    "g_trim": "#b08262 #e2c49c #fbe8c6 #fffaee",
    "g_roof": "#3a0c1c #571428 #761e3a #9a3050",
    "g_doora": "#083a3c #0e5e5c #17887e #38b49c",
    "g_doorb": "#560a1a #8a1a2a #ba2e36 #e85a48",
    "g_fir": "#063020 #0b482a #126634 #228840 #44ac50",
    "g_bark": "#3e1c0e #643016 #8c4a22",
    "g_hedge": "#03241a #063a26 #0b5232 #15703e #2e9450",
    "g_dead": "#4e7a1e #7caa2c #b4d84a",
    "g_lamp": "#d0561c #ff9c32 #ffd862 #fffac8",
    "g_iron": "#6a3a0e #c08a26 #ffe48a",
    "g_pool": "#0a3a4a #0e5e6e #1a8c98 #56c8c8 #d8fff4",
    "g_mist": "#eae6f2/140 #f6f4fa/200 #ffffff",
    "g_fhair": "#180a14 #2e1424 #48203a #66304c",
    "g_fskin": "#c46c56 #e8967a #fabc98 #ffdcc2",
    "g_fyel": "#a86808 #e2a418 #fcd43a #fff18c",
    "g_fred": "#680a18 #b01a28 #e63c34 #ff7e5c",
    "g_fwhite": "#a2a6ba #d2d6e4 #f2f2fa #ffffff",
}

RAMPS: dict[str, dict[str, str]] = {
    "real": _REAL,
    "other": _OTHER,
    "between": dict(_REAL),
}
