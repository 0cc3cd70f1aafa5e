"""Screenshots of the story's moments, taken from the shipped full-story replay as it
plays: the seeing stone on an eye, each guardian at work, the world half drained, the
escape, the hand at the well, the party, the credits and the mice.

    python tools/story_shots.py [OUT_DIR]     (default: docs/screenshots/)

A moment is the first tick of the replay its test holds for; each is drawn by the
game's own renderer and HUD, at 3x.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import esper
import pygame

from coraline_game.content import load_content
from coraline_game.ecs.components import SUBPIXELS, Hazard, Position, Pursuer, Watcher
from coraline_game.paths import assets_dir, content_root
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.world_view import WorldView
from coraline_game.screen import SCREEN_SIZE
from coraline_game.sim.drain import FULL
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.replay import read_replay
from coraline_game.speedrun.verify import replay_simulation
from coraline_game.ui.credits_view import CreditsView
from coraline_game.ui.dialogue_box import Portraits
from coraline_game.ui.hud import Hud

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
REPLAY = content_root() / "replays" / "full_story.replay"
SCALE = 3


def _playing(sim: Simulation, place: str) -> bool:
    return sim.place.map.name == place and not sim.player_frozen


def _nearest(sim: Simulation, component: type) -> int:
    """Pixels from her feet to the nearest entity with `component` (a big number if none)."""
    sim.place.activate()
    her = esper.component_for_entity(sim.place.player, Position)
    return min(
        (
            (abs(p.x - her.x) + abs(p.y - her.y)) // SUBPIXELS
            for _e, (_c, p) in esper.get_components(component, Position)
        ),
        default=10**6,
    )


def _striking(sim: Simulation) -> bool:
    sim.place.activate()
    return any(h.phase(sim.tick) == "strike" for _e, h in esper.get_component(Hazard))


# The moments, each taken the first tick it holds.
MOMENTS: list[tuple[str, Callable[[Simulation], bool]]] = [
    (
        "hunt_garden_chase",
        lambda s: _playing(s, "other_garden") and _nearest(s, Pursuer) < 120,
    ),
    (
        "hunt_stone_eye",
        lambda s: s.looking and s.place.map.name == "other_garden" and bool(s.place.prompt.entity),
    ),
    ("hunt_theater_sweeps", lambda s: _playing(s, "other_theater") and _striking(s)),
    (
        "hunt_circus_rats",
        lambda s: _playing(s, "other_circus") and _nearest(s, Watcher) < 90,
    ),
    (
        "hunt_half_drained",
        lambda s: _playing(s, "other_grounds") and s.drain.level(s.place.map) >= FULL * 2 // 3,
    ),
    ("hunt_snow_globe", lambda s: s.looking and s.place.map.name == "other_flat"),
    (
        "hunt_escape",
        lambda s: (
            _playing(s, "corridor") and "found_parents" in s.flags and _nearest(s, Pursuer) < 64
        ),
    ),
    ("ending_hand", lambda s: _playing(s, "real_grounds") and _nearest(s, Pursuer) < 70),
    ("ending_party", lambda s: s.cutscene is not None and s.zoom > 1 and "garden_party" in s.flags),
    ("ending_credits", lambda s: s.credits is not None and s.credits.ticks == 900),
    (
        "ending_mice",
        lambda s: s.credits is not None and s.credits.ticks == s.credits.roll_ticks + 200,
    ),
]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    maps = load_content()
    replay = read_replay(REPLAY)
    sim = replay_simulation(replay.header, maps)
    screen = pygame.Surface(SCREEN_SIZE)
    view = WorldView(SpriteBank(assets_dir() / "sprites"))
    hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
    credits = CreditsView(default_font(), SpriteBank(assets_dir() / "sprites"))
    waiting = dict(MOMENTS)
    for frame in replay.frames():
        sim.step(frame)
        if not waiting:
            break
        taken = [name for name, moment in waiting.items() if sim.place.player and moment(sim)]
        for name in taken[:1]:  # one a tick: the renderer draws one frame at a time
            if sim.credits is not None:
                credits.draw(screen, sim.credits, sim.story.credits)
            else:
                camera = view.draw(screen, sim)
                hud.draw(screen, sim, camera)
            pygame.image.save(pygame.transform.scale_by(screen, SCALE), str(out / f"{name}.png"))
            print(out / f"{name}.png", "at tick", sim.tick)
            del waiting[name]
    for name in waiting:
        print(f"{name}: the replay never came to it", file=sys.stderr)
    return 1 if waiting else 0


if __name__ == "__main__":
    sys.exit(main())
