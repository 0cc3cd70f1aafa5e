"""Screenshots of every place, Real and Other side by side, drawn by the game's own renderer.

    python tools/screenshots.py [OUT_DIR]     (default: docs/screenshots/)

Each place is shown at a moment of the story when its people are in it (story/showcase.py),
with Coraline at a spawn of the place; the world goes on for a few seconds before the
frame is taken, at 3x.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from coraline_game.content import load_content
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.paths import assets_dir
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.world_view import WorldView
from coraline_game.screen import SCREEN_SIZE
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.story.library import default_story
from coraline_game.story.showcase import showcase_start
from coraline_game.ui.dialogue_box import Portraits
from coraline_game.ui.hud import Hud

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SCALE = 3

# (picture, [(place, spawn), ...]): one frame, or a Real/Other pair side by side.
SHOTS = [
    ("grounds", [("real_grounds", "from_flat"), ("other_grounds", "from_flat")]),
    ("flat", [("real_flat", "start"), ("other_flat", "start")]),
    ("kitchen", [("real_flat", "bed"), ("other_flat", "from_grounds")]),
    ("ladies", [("real_spink_forcible", "from_grounds"), ("other_spink_forcible", "from_grounds")]),
    ("attic", [("real_attic", "from_grounds"), ("other_attic", "from_grounds")]),
    ("garden", [("other_garden", "from_grounds")]),
    ("theater", [("other_theater", "from_foyer")]),
    ("circus", [("other_circus", "from_attic")]),
    ("mirror_room", [("mirror_room", "inside")]),
    ("corridor", [("corridor", "from_real")]),
]


def frame(maps: dict[str, GameMap], place: str, spawn: str) -> pygame.Surface:
    start = showcase_start(default_story(), maps[place], spawn)
    sim = Simulation(maps, seed=5, start=start)
    Autopilot(sim).idle(CARD_TICKS + 90)
    sim.conversation = None  # a chapter's waking words are not the picture
    screen = pygame.Surface(SCREEN_SIZE)
    view = WorldView(SpriteBank(assets_dir() / "sprites"))
    camera = view.draw(screen, sim)
    Hud(default_font(), Portraits(assets_dir() / "portraits")).draw(screen, sim, camera)
    sim.close()
    return pygame.transform.scale_by(screen, SCALE)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    maps = load_content()
    for name, moments in SHOTS:
        frames = [frame(maps, *moment) for moment in moments]
        gap = 8 if len(frames) > 1 else 0
        width = sum(f.get_width() for f in frames) + gap * (len(frames) - 1)
        picture = pygame.Surface((width, frames[0].get_height()))
        picture.fill((12, 10, 18))
        x = 0
        for image in frames:
            picture.blit(image, (x, 0))
            x += image.get_width() + gap
        pygame.image.save(picture, str(out / f"{name}.png"))
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
