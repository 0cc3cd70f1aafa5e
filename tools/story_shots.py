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
from coraline_game.input.actions import Action
from coraline_game.input.autopilot import Autopilot
from coraline_game.maps.model import GameMap
from coraline_game.paths import assets_dir, content_root
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.world_view import WorldView
from coraline_game.screen import SCREEN_SIZE
from coraline_game.sim.drain import FULL
from coraline_game.sim.simulation import Simulation
from coraline_game.speedrun.replay import read_replay
from coraline_game.speedrun.verify import replay_simulation
from coraline_game.story.library import default_story
from coraline_game.story.start import StartState
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


def garden_chase(maps: dict[str, GameMap]) -> Simulation:
    """The fast route never lets him near: this run walks up the side path to meet him."""
    beats = default_story().beats_until("challenge_accepted")
    start = StartState("hunt", beats, ("key", "seeing_stone"), "other_garden", "from_grounds")
    sim = Simulation(maps, seed=5, start=start)
    pilot = Autopilot(sim)
    pilot.read_all()
    pilot.press(Action.LEFT, 40)
    for _ in range(3000):
        if _nearest(sim, Pursuer) < 60:
            break
        pilot.press(Action.UP | Action.LEFT if pilot.feet()[0] > 6 * 16 else Action.UP)
    return sim


class Camera:
    """Draws what the game shows at a moment, and saves it at 3x."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.screen = pygame.Surface(SCREEN_SIZE)
        sprites = SpriteBank(assets_dir() / "sprites")
        self.view = WorldView(sprites)
        self.hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
        self.credits = CreditsView(default_font(), sprites)

    def take(self, name: str, sim: Simulation) -> None:
        if sim.credits is not None:
            self.credits.draw(self.screen, sim.credits, sim.story.credits)
        else:
            camera = self.view.draw(self.screen, sim)
            self.hud.draw(self.screen, sim, camera)
        path = self.out / f"{name}.png"
        pygame.image.save(pygame.transform.scale_by(self.screen, SCALE), str(path))
        print(path, "at tick", sim.tick)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    maps = load_content()
    camera = Camera(out)
    chase = garden_chase(maps)
    camera.take("hunt_garden_chase", chase)
    chase.close()
    replay = read_replay(REPLAY)
    sim = replay_simulation(replay.header, maps)
    waiting = dict(MOMENTS)
    for frame in replay.frames():
        sim.step(frame)
        if not waiting:
            break
        taken = [name for name, moment in waiting.items() if sim.place.player and moment(sim)]
        for name in taken[:1]:  # one a tick: the renderer draws one frame at a time
            camera.take(name, sim)
            del waiting[name]
    for name in waiting:
        print(f"{name}: the replay never came to it", file=sys.stderr)
    return 1 if waiting else 0


if __name__ == "__main__":
    sys.exit(main())
