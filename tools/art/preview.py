"""Preview sheets for looking at the art (not used by the game).

    python tools/art/preview.py [OUT_DIR]      (default /tmp)

Writes preview_tiles_<palette>.png (each tileset, 4x, on a checker so transparency
shows), preview_room_<palette>.png (a mock room built from the tiles with Coraline,
the cat and the mouse, 4x), preview_hunt_<palette>.png (the lost eyes, the snow globe
and the beldam's hand on a few floors, 4x) and preview_sprites.png. Reads the generated assets/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

ASSETS = Path(__file__).resolve().parents[2] / "assets"

# Mock room, 20 x 11 tiles: ground layer, object layer, overhead layer (-1: none).
GROUND = [
    "8 8 8 8 8 8 8 8 8 8 8 8 8 8 8 8 8 8 8 7",
    "9 10 9 12 9 11 9 14 9 8 9 13 10 9 9 9 24 25 8 7",
    "2 2 2 2 2 2 2 2 2 8 15 2 2 2 2 4 4 4 8 7",
    "0 1 0 0 1 0 0 1 0 8 0 0 1 0 0 3 3 3 8 7",
    "1 0 5 5 5 5 0 0 1 8 0 1 0 0 1 3 3 3 8 7",
    "0 0 5 5 5 5 1 0 0 8 1 0 0 1 0 3 3 3 8 7",
    "0 1 5 5 5 5 0 0 0 9 0 0 1 0 0 3 3 3 8 7",
    "34 0 0 1 0 0 0 1 0 15 0 1 0 0 0 3 3 3 8 7",
    "34 34 0 0 0 1 0 0 35 0 0 0 0 1 0 3 3 3 8 7",
    "8 8 8 8 8 8 8 6 8 8 8 8 8 8 8 8 8 8 8 7",
    "7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7",
]
OBJECTS = [
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1",
    "28 21 22 26 -1 -1 -1 30 29 -1 -1 31 18 -1 27 23 -1 -1 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 27 -1 -1 -1 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 16 17 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 19 -1 -1 -1 18 -1 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 20 -1 -1 -1 -1 -1 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1",
    "-1 29 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 26 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1",
    "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1",
]
OVERHEAD = {(5, 4): 32, (13, 3): 32, (10, 2): 33, (9, 7): 33}

CORRIDOR = [
    "41 41 41 41 41 41 41 41 41 41 41 41",
    "42 42 42 42 42 42 42 42 42 42 42 43",
    "44 44 44 44 44 44 44 44 44 44 44 44",
    "40 40 40 40 40 40 40 40 40 40 40 40",
    "41 41 41 41 41 41 41 41 41 41 41 41",
]


def _tiles(sheet: pygame.Surface) -> list[pygame.Surface]:
    count = 8 * (sheet.get_height() // 16)
    return [sheet.subsurface(((i % 8) * 16, (i // 8) * 16, 16, 16)) for i in range(count)]


def _frame(sheet: pygame.Surface, w: int, h: int, col: int, row: int) -> pygame.Surface:
    return sheet.subsurface((col * w, row * h, w, h))


def _checker(w: int, h: int) -> pygame.Surface:
    s = pygame.Surface((w, h))
    for y in range(0, h, 8):
        for x in range(0, w, 8):
            s.fill((70, 70, 80) if (x // 8 + y // 8) % 2 else (100, 100, 110), (x, y, 8, 8))
    return s


def room(name: str) -> pygame.Surface:
    tiles = _tiles(pygame.image.load(str(ASSETS / "tiles" / f"{name}.png")))
    surf = pygame.Surface((320, 176))
    for layer in (GROUND, OBJECTS):
        for ty, line in enumerate(layer):
            for tx, tok in enumerate(line.split()):
                if int(tok) >= 0:
                    surf.blit(tiles[int(tok)], (tx * 16, ty * 16))
    cor = pygame.image.load(str(ASSETS / "sprites" / "coraline.png"))
    cat = pygame.image.load(str(ASSETS / "sprites" / "cat.png"))
    mouse = pygame.image.load(str(ASSETS / "sprites" / "mouse.png"))
    surf.blit(_frame(cor, 16, 24, 0, 0), (96, 72))
    surf.blit(_frame(cor, 16, 24, 1, 2), (120, 100))
    surf.blit(_frame(cat, 16, 16, 0, 1), (150, 120))
    surf.blit(_frame(cat, 16, 16, 0, 0), (210, 60))
    surf.blit(_frame(mouse, 16, 16, 1, 2), (60, 124))
    surf.blit(_frame(cor, 16, 24, 0, 3), (40, 100))
    for (tx, ty), tid in OVERHEAD.items():
        surf.blit(tiles[tid], (tx * 16, ty * 16))
    return surf


def corridor() -> pygame.Surface:
    tiles = _tiles(pygame.image.load(str(ASSETS / "tiles" / "between.png")))
    surf = pygame.Surface((192, 80))
    for ty, line in enumerate(CORRIDOR):
        for tx, tok in enumerate(line.split()):
            surf.blit(tiles[int(tok)], (tx * 16, ty * 16))
    cor = pygame.image.load(str(ASSETS / "sprites" / "coraline.png"))
    surf.blit(_frame(cor, 16, 24, 1, 2), (100, 34))
    mouse = pygame.image.load(str(ASSETS / "sprites" / "mouse.png"))
    surf.blit(_frame(mouse, 16, 16, 0, 2), (140, 44))
    return surf


# The eye hunt's and the ending's pieces (160..163) on floors of the places they lie in,
# with the beldam's hand walking by and Coraline for scale.
HUNT_FLOORS = (0, 103, 106, 119, 142, 40)
HUNT_PIECES = (160, 161, 162, 163)


def hunt(name: str) -> pygame.Surface:
    tiles = _tiles(pygame.image.load(str(ASSETS / "tiles" / f"{name}.png")))
    hand = pygame.image.load(str(ASSETS / "sprites" / "hand.png"))
    cor = pygame.image.load(str(ASSETS / "sprites" / "coraline.png"))
    surf = pygame.Surface((16 * 10, 16 * len(HUNT_FLOORS)))
    for row, floor in enumerate(HUNT_FLOORS):
        y = row * 16
        for col in range(10):
            surf.blit(tiles[floor], (col * 16, y))
        for col, piece in enumerate(HUNT_PIECES):
            surf.blit(tiles[piece], (col * 16, y))
        surf.blit(_frame(hand, 16, 16, row % 4, (0, 2, 1, 3, 0, 2)[row]), (4 * 16 + 4, y))
        surf.blit(_frame(hand, 16, 16, (row + 1) % 4, row % 4), (5 * 16 + 8, y))
    surf.blit(_frame(cor, 16, 24, 0, 0), (7 * 16, 8))
    surf.blit(tiles[162], (8 * 16, 16))
    surf.blit(tiles[160], (8 * 16 + 4, 40))
    surf.blit(_frame(cor, 16, 24, 0, 2), (7 * 16 + 4, 56))
    return surf


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp")
    for name in ("real", "other", "between"):
        sheet = pygame.image.load(str(ASSETS / "tiles" / f"{name}.png"))
        rows = sheet.get_height() // 16
        bg = _checker(128 + 7 * 2, rows * 16 + (rows - 1) * 2)
        for i, t in enumerate(_tiles(sheet)):
            bg.blit(t, ((i % 8) * 18, (i // 8) * 18))
        pygame.image.save(pygame.transform.scale_by(bg, 4), str(out / f"preview_tiles_{name}.png"))
        r = room(name)
        pygame.image.save(pygame.transform.scale_by(r, 4), str(out / f"preview_room_{name}.png"))
        h = hunt(name)
        pygame.image.save(pygame.transform.scale_by(h, 4), str(out / f"preview_hunt_{name}.png"))
    pygame.image.save(pygame.transform.scale_by(corridor(), 4), str(out / "preview_corridor.png"))
    sprites = _checker(64 * 4 + 24, 96)
    x = 0
    for fname in ("coraline", "cat", "mouse", "hand"):
        img = pygame.image.load(str(ASSETS / "sprites" / f"{fname}.png"))
        sprites.blit(img, (x, 0))
        x += 72
    pygame.image.save(pygame.transform.scale_by(sprites, 6), str(out / "preview_sprites.png"))
    title = pygame.image.load(str(ASSETS / "ui" / "title.png"))
    pygame.image.save(pygame.transform.scale_by(title, 3), str(out / "preview_title.png"))
    font_png = pygame.image.load(str(ASSETS / "font" / "pixel.png"))
    pygame.image.save(pygame.transform.scale_by(font_png, 4), str(out / "preview_font.png"))


if __name__ == "__main__":
    main()
