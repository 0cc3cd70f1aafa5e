"""The colours of the story's people (sprites in people.py, portraits in portraits.py).

A person's palette is a set of ramps written darkest first, like the worlds' palettes:
``"top": "#2e3a2e #465844 #5e7458 #7a8e70"`` defines the roles top0 .. top3. The real
people wear the muted colours of rainy Oregon; their Others the same shapes in warm,
saturated, too perfect colours. Ramps a person leaves out come from ``COMMON``.

Ramp names:
    skin  face and hands (3)        blush cheeks, rouge (1)       lips  mouth (1)
    eye   eyes (1)                  hair  hair, beard (3)         top   shirt, sweater, dress (4)
    top2  second colour of the top: stripes, shirt, sash, trim (3)
    bottom trousers, skirt, legs (3) shoe  shoes, slippers (3)    hat   helmet, hat, bow, bonnet (4)
    acc   accessory: pearls, gloves, gold buttons, sequins (3)    glass glasses frame, lens (2)
    bag   tired shadows under the eyes (1)                      line  the outline (1)
    shine the glint in an eye (1)   button the Others' button eyes: black, rim, glint, thread (4)
"""

from __future__ import annotations

from .palettes import RGBA, hexc

COMMON: dict[str, str] = {
    "line": "#1a1220",
    "eye": "#1a1220",
    "shine": "#fff6ee",
    "blush": "#dc9a88",
    "lips": "#b06a60",
    "bag": "#b4887e",
    "glass": "#2a2028 #b8c8d4",
    # button eyes: black, rim, highlight, the cross-stitch thread
    "button": "#050407 #26222c #dcdae6 #9c8ea0",
    "hat": "#2a2624 #6a645a #9a9484 #c8c2b0",
    "acc": "#6a6a74 #a8a8b4 #e8e8f0",
    "top2": "#6c7886 #9aa6b2 #c0c8d0",
    "shoe": "#241c1c #3e3232 #5a4a48",
}

PEOPLE: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- the real people
    "mom": {
        "skin": "#b47c66 #d8a68a #eac2a6",
        "hair": "#4a2418 #783c26 #9a5636",
        "top": "#2c382e #425442 #5a6e56 #728668",
        "bottom": "#36322f #4f4a45 #68625a",
        "shoe": "#221a1a #3a2e2c #54443e",
        "lips": "#a0645a",
        "bag": "#a88078",
    },
    "dad": {
        "skin": "#ad7860 #d29e82 #e6ba9c",
        "hair": "#3a2e26 #5a4a3c #7a6856",
        "top": "#3a2c22 #584432 #765e46 #8e7658",
        "top2": "#8a8478 #b8b2a4 #dcd6c8",
        "bottom": "#252a33 #383f4b #4e5664",
        "shoe": "#3a1a1e #5a2a2c #7a4040",
        "acc": "#2a2018 #4a3a2a #8a7a66",
        "glass": "#3a2a22 #aabccb",
    },
    "wybie": {
        "skin": "#84563e #aa7656 #c4926c",
        "hair": "#18120f #2a201a #42322a",
        "top": "#1c1e26 #2a2e38 #3a404c #4e5664",
        "top2": "#5a5e68 #7a7e88 #9a9ea6",
        "bottom": "#2c2822 #443c32 #5a5042",
        "shoe": "#1c1612 #32271e #48382a",
        "hat": "#2a2522 #78725f #a8a290 #d2ccb8",
        "acc": "#3a2418 #5a3a26 #7a5438",
        "lips": "#8a5444",
    },
    "spink": {
        "skin": "#bc8672 #deac94 #eec6b0",
        "hair": "#86583a #bc885a #dcae7c",
        "top": "#48323f #684a5c #86687a #a4889a",
        "bottom": "#2c1d28 #44303c #5c4454",
        "shoe": "#281c20 #423034 #5a4448",
        "acc": "#8a8890 #c6c4ca #f4f2f4",
        "blush": "#e08c88",
        "lips": "#a8444a",
    },
    "forcible": {
        "skin": "#c08870 #e2b298 #f2cab4",
        "hair": "#7a7286 #a69eb2 #cec8da",
        "top": "#76302f #aa4a44 #d2685a #ec8a76",
        "top2": "#4a1a24 #6c2834 #8c3a44",
        "bottom": "#8a6a5a #a6846e #be9c84",
        "shoe": "#864858 #b46878 #d48a98",
        "acc": "#b4a4ac #dcd0d4 #fbf0f0",
        "blush": "#e8908a",
        "lips": "#b03c4c",
    },
    "bobinsky": {
        "skin": "#b49e96 #dac4b8 #ecdcd0",
        "hair": "#443a32 #685a4c #8e7e6a",
        "top": "#8a8a92 #b4b4bc #d6d6da #eaeae6",
        "top2": "#2a344c #3c4a68 #546486",
        "bottom": "#222028 #34323c #484652",
        "shoe": "#181616 #2c2828 #423c3c",
        "acc": "#562828 #763a36 #964e46",
        "lips": "#9a6a6a",
    },
    # ---------------------------------------------------------------- the Others
    "other_mother": {
        "skin": "#d68e6e #f2b68e #ffd6b4",
        "hair": "#0a070d #18121e #3a3048",
        "top": "#3a060e #780c1c #ae1828 #de3a3a",
        "top2": "#060508 #141018 #282030",
        "bottom": "#0e0b10 #1c1620 #2c2430",
        "shoe": "#4a0a10 #881420 #be2630",
        "acc": "#8a5a10 #d8a020 #ffe070",
        "blush": "#f4947e",
        "lips": "#c41c2a",
    },
    "other_father": {
        "skin": "#d28a66 #eeae86 #ffcea6",
        "hair": "#4a2814 #743f1e #a0602c",
        "top": "#8a3010 #c64e18 #ee7628 #ffa048",
        "top2": "#0c5a5a #1a8a84 #32baa8",
        "bottom": "#3a2a1a #5a4026 #7a5a36",
        "shoe": "#6a1410 #a8241c #e0402c",
        "acc": "#a87808 #e8b018 #ffe060",
        "blush": "#f49480",
        "lips": "#b83a32",
    },
    "other_wybie": {
        "skin": "#a66842 #ce8e5e #e6ae7a",
        "hair": "#1e120c #3a2414 #5a3a22",
        "top": "#4a0c1c #78182c #a62c3c #d04a50",
        "top2": "#8a5a10 #c89020 #f0c040",
        "bottom": "#3a2a18 #5c4424 #806034",
        "shoe": "#2a1a10 #4a2e1a #6a4428",
        "hat": "#4a3418 #c6a466 #ecd298 #fff4cc",
        "acc": "#5a2a10 #8a4a1c #b86a2c",
        "lips": "#9a3a2a",
    },
    "other_spink": {
        "skin": "#da9676 #f6ba96 #ffdaba",
        "hair": "#ae5820 #e68e3a #ffc060",
        "top": "#7a4a08 #be7e10 #eeb628 #fff080",
        "bottom": "#6a3a06 #a0660c #d8a020",
        "shoe": "#7a0e20 #b81a30 #ec3a4a",
        "hat": "#6a0818 #a8102a #e03048 #ff7a80",
        "acc": "#c8a040 #fff0a0 #ffffff",
        "blush": "#ff8c88",
        "lips": "#d81e38",
    },
    "other_forcible": {
        "skin": "#de9a7a #faba9c #ffdcc4",
        "hair": "#8a4aa0 #c07ad0 #f0b8ff",
        "top": "#06403e #0a7068 #14a890 #5ae4c4",
        "top2": "#8a5a08 #d8a020 #ffe070",
        "bottom": "#c07a62 #dc9a80 #f4b89c",
        "shoe": "#8a5a08 #d8a020 #ffe070",
        "hat": "#7a1a4a #c0306a #f05a8e #ff9ac0",
        "acc": "#a8fff0 #e0fff8 #ffffff",
        "blush": "#ff8e8a",
        "lips": "#d01e50",
    },
    "other_bobinsky": {
        "skin": "#dcb4a4 #f6d6ca #fff0e8",
        "hair": "#1a0e08 #3a2212 #5e3a20",
        "top": "#5a0a10 #9a1420 #d02830 #f05040",
        "top2": "#c8c0b8 #f0e8e0 #ffffff",
        "bottom": "#100c10 #201a20 #342c34",
        "shoe": "#0c0a0c #241e24 #4a404a",
        "hat": "#0a080c #1c1822 #34303c #4e4858",
        "acc": "#8a5a08 #e0a420 #ffe070",
        "lips": "#b04a4a",
    },
    # ---------------------------------------------------------------- her true form
    "beldam": {
        "skin": "#8c8a92 #c0bec6 #e6e4ea",
        "hair": "#050406 #14101a #2c2634",
        "top": "#040305 #0e0b12 #1c1724 #2e2738",
        "top2": "#2a0a14 #4a1020 #6a1a2c",
        "bottom": "#0a080c #18141c #26202c",
        "shoe": "#050406 #100c12 #221c28",
        "acc": "#5e5e6a #a8a8b6 #ececf4",
        "line": "#3e3250",
        "lips": "#3a2a3a",
    },
    # ---------------------------------------------------------------- the ghost children
    "ghost_1": {
        "skin": "#8aa2bc #b4c8dc #d8e6f4",
        "hair": "#44587c #5e769c #7c96bc",
        "top": "#6a84a4 #8eaac8 #b4cce6 #dceafa",
        "top2": "#34466a #485e86 #6a84a8",
        "bottom": "#587090 #7890b0 #9ab2d0",
        "shoe": "#3e4e6a #546684 #6e82a0",
        "hat": "#627c9c #9ab2d0 #c6d8ee #eef6ff",
        "eye": "#141a34",
        "line": "#2e3c5c",
        "lips": "#6a7a98",
        "blush": "#a4b6d0",
    },
    "ghost_2": {
        "skin": "#8ea4be #b8cade #dce8f6",
        "hair": "#4e5a84 #6a78a4 #8e9cc6",
        "top": "#5e6a9c #7c8aba #a2aed8 #c8d0f0",
        "top2": "#9aa8cc #c4d0ea #eef4ff",
        "bottom": "#6a80a0 #8ea4c4 #b2c8e2",
        "shoe": "#42506c #586886 #7284a2",
        "hat": "#5a6c90 #7e92b8 #a6bade #d0e0f6",
        "eye": "#141a34",
        "line": "#2e3c5c",
        "lips": "#6a7a98",
        "blush": "#a8b8d2",
    },
    "ghost_3": {
        "skin": "#90a8c0 #bacce0 #deeaf8",
        "hair": "#5a7090 #7890b0 #98b0cc",
        "top": "#58849a #76a2b6 #9cc2d2 #c4e2ec",
        "top2": "#8096b4 #a6bcd8 #d0e0f4",
        "bottom": "#7088a8 #94acca #b8cce6",
        "shoe": "#46546e #5c6c88 #7688a4",
        "hat": "#8a9cba #b6c6de #dce6f4 #f6faff",
        "eye": "#141a34",
        "line": "#2e3c5c",
        "lips": "#6a7a98",
        "blush": "#aabad4",
    },
    # ---------------------------------------------------------------- Other Bobinsky's rat
    "rat": {
        "top": "#141418 #26262e #3a3a44 #56565f",
        "acc": "#9a5a66 #c87c88 #e8a2ac",
        "eye": "#d8283a",
        "line": "#0a080c",
    },
    # ---------------------------------------------------------------- the beldam's hand
    # bone-white like her true form's skin (skin: shadow .. highlight), the needle-thin
    # fingertips dark (acc: the point, the pixel above it), the cut wrist (top)
    "hand": {
        "skin": "#7a7682 #aeaab6 #d6d4dc #f4f2f6",
        "acc": "#08060a #1e1924",
        "top": "#2c2230 #4a3a4c #6a586c",
        "line": "#2a2232",
    },
    # Coraline in her portrait (her sprite's own colours live in palettes.SPRITE_COLORS)
    "coraline": {
        "skin": "#c98a6c #eeb894 #fad4b4",
        "hair": "#2e1a14 #4a2c1c #6c4228",
        "top": "#7a5210 #b5861c #ddb032 #f3d466",
        "top2": "#3c3f4a #5a5e6a #767b86",
        "acc": "#5a3a12 #7a5418 #9a6c20",
        "blush": "#e2907c",
        "lips": "#b86a5c",
    },
    # the cat in its portrait (its sprite's colours live in palettes.SPRITE_COLORS)
    "cat": {
        "top": "#0f0d15 #1d1a26 #2f2b3b #453f56",
        "acc": "#8aa86a #d6eeb0 #f2ffd8",
        "eye": "#0f0d15",
        "lips": "#6a4a5a",
        "line": "#5c5874",
    },
}


def colours(name: str) -> dict[str, RGBA]:
    """Every role of one person's palette: their ramps over the common ones."""
    ramps = dict(COMMON)
    ramps.update(PEOPLE[name])
    roles: dict[str, RGBA] = {}
    for ramp, spec in ramps.items():
        tokens = spec.split()
        for index, token in enumerate(tokens):
            colour, _, alpha = token.partition("/")
            roles[f"{ramp}{index}"] = hexc(colour, int(alpha) if alpha else 255)
        if len(tokens) == 1:
            roles[ramp] = roles[f"{ramp}0"]
    return roles
