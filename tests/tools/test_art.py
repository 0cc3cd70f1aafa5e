"""The art generator reproduces assets/ byte for byte; the tilesets keep the contract."""

from __future__ import annotations

import importlib.util
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"

SOLID = {
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    27,
    28,
    29,
    30,
    31,
    41,
    42,
    43,
}
NOT_SOLID = {0, 1, 2, 3, 4, 5, 6, 15, 32, 33, 34, 35, 40, 44}

# The story's people (tools/art/people.py): frame sizes of their 4x4 sheets.
CHILD, ADULT, WIDE = (16, 24), (16, 32), (24, 32)
PEOPLE = {
    "mom": ADULT,
    "dad": ADULT,
    "wybie": CHILD,
    "spink": ADULT,
    "forcible": WIDE,
    "bobinsky": WIDE,
    "other_mother": ADULT,
    "other_father": ADULT,
    "other_wybie": CHILD,
    "other_spink": ADULT,
    "other_forcible": WIDE,
    "other_bobinsky": WIDE,
    "beldam": (24, 40),
    "ghost_1": CHILD,
    "ghost_2": CHILD,
    "ghost_3": CHILD,
    "rat": (16, 16),
}
PORTRAITS = (
    "coraline",
    "mom",
    "dad",
    "wybie",
    "cat",
    "spink",
    "forcible",
    "bobinsky",
    "other_mother",
    "beldam",
    "other_father",
    "other_wybie",
    "other_spink",
    "other_forcible",
    "other_bobinsky",
    "ghosts",
)


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_art", ROOT / "tools" / "make_art.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_art"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("assets")
    _load_generator().generate(out)
    return out


def test_generator_reproduces_assets_byte_for_byte(generated: Path) -> None:
    made = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    assert made, "generator wrote nothing"
    for rel in made:
        committed = ASSETS / rel
        assert committed.is_file(), f"{rel} is generated but missing from assets/"
        assert committed.read_bytes() == (generated / rel).read_bytes(), (
            f"assets/{rel} differs from its source: run python tools/make_art.py"
        )


@pytest.mark.parametrize("name", ["real", "other", "between"])
def test_tileset_contract(name: str) -> None:
    root = ET.parse(ASSETS / "tiles" / f"{name}.tsx").getroot()
    assert root.tag == "tileset"
    assert root.get("name") == name
    assert (root.get("tilewidth"), root.get("tileheight")) == ("16", "16")
    assert root.get("tilecount") == "168" and root.get("columns") == "8"
    image = root.find("image")
    assert image is not None
    assert image.get("source") == f"{name}.png"
    assert (image.get("width"), image.get("height")) == ("128", "336")
    solid = set()
    for tile in root.findall("tile"):
        for prop in tile.iter("property"):
            if prop.get("name") == "solid" and prop.get("value") == "true":
                assert prop.get("type") == "bool"
                solid.add(int(tile.get("id", "-1")))
    # The house's tiles keep their contract; the others are checked against their source.
    assert {i for i in solid if i < 48} == SOLID
    assert not solid & NOT_SOLID
    _load_generator()
    from art.tiles import SOLID_IDS

    assert solid == SOLID_IDS


@pytest.mark.parametrize(
    ("path", "size", "alpha"),
    [
        ("tiles/real.png", (128, 336), True),
        ("tiles/other.png", (128, 336), True),
        ("tiles/between.png", (128, 336), True),
        ("sprites/coraline.png", (64, 96), True),
        ("sprites/cat.png", (64, 64), True),
        ("sprites/mouse.png", (64, 64), True),
        ("sprites/hand.png", (64, 64), True),
        ("ui/title.png", (320, 180), False),
        *((f"sprites/{name}.png", (4 * w, 4 * h), True) for name, (w, h) in PEOPLE.items()),
        *((f"portraits/{name}.png", (48, 48), True) for name in PORTRAITS),
    ],
)
def test_image_sizes(path: str, size: tuple[int, int], alpha: bool) -> None:
    import pygame

    image = pygame.image.load(str(ASSETS / path))
    assert image.get_size() == size
    assert bool(image.get_flags() & pygame.SRCALPHA) == alpha


def test_sprite_frames_are_used_and_grounded() -> None:
    import pygame

    frames = {"coraline": (16, 24), "cat": (16, 16), "mouse": (16, 16), "hand": (16, 16), **PEOPLE}
    for name, (fw, fh) in frames.items():
        sheet = pygame.image.load(str(ASSETS / "sprites" / f"{name}.png"))
        for row in range(4):
            for col in range(4):
                frame = sheet.subsurface((col * fw, row * fh, fw, fh))
                rect = frame.get_bounding_rect()
                assert rect.width > 0, f"{name} frame {col},{row} is empty"
                assert rect.bottom >= fh - 2, f"{name} frame {col},{row} floats"


# The eye hunt's and the ending's pieces (tools/art/tiles_hunt.py): walkable, animated.
HUNT_TILES = {160: "ghost_eye", 161: "ghost_eye_glint", 162: "snow_globe", 163: "snow_globe_glint"}
HUNT_ANIMATIONS = {160: [(160, 400), (161, 400)], 162: [(162, 400), (163, 400)]}


@pytest.mark.parametrize("name", ["real", "other", "between"])
def test_hunt_tiles(name: str) -> None:
    import pygame

    root = ET.parse(ASSETS / "tiles" / f"{name}.tsx").getroot()
    tiles = {int(t.get("id", "-1")): t for t in root.findall("tile")}
    sheet = pygame.image.load(str(ASSETS / "tiles" / f"{name}.png"))
    for tile_id, tile_name in HUNT_TILES.items():
        props = {p.get("name"): p.get("value") for p in tiles[tile_id].iter("property")}
        assert props.get("name") == tile_name
        assert "solid" not in props, f"{tile_name} should be walkable"
        x, y = (tile_id % 8) * 16, (tile_id // 8) * 16
        rect = sheet.subsurface((x, y, 16, 16)).get_bounding_rect()
        assert rect.width > 0 and rect.bottom >= 14, f"{tile_name} is empty or floats"
    for tile_id, frames in HUNT_ANIMATIONS.items():
        anim = tiles[tile_id].find("animation")
        assert anim is not None
        got = [(int(f.get("tileid", "-1")), int(f.get("duration", "0"))) for f in anim]
        assert got == frames
