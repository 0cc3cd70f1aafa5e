"""The game as a player meets it, for `coraline-game bench`: how soon the first frame is
drawn, beside a bare pygame-ce program opening its window, and how much memory playing
act one takes. Each is measured in child processes, so nothing the bench itself loaded
counts."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from coraline_game.paths import content_root
from coraline_game.render.window import FIRST_FRAME_MARK

# The bare program: what any pygame-ce game pays before its first frame.
_BARE = """
import os
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame
pygame.init()
screen = pygame.display.set_mode((320, 180))  # the size the game opens at --scale 1
screen.fill((0, 0, 0))
pygame.display.flip()
print("first frame", flush=True)
pygame.quit()
"""

# Act one's replay run with every frame drawn, as playing it would; prints the peak memory.
_PLAY_ACT_ONE = """
import json, resource, sys
import pygame
from coraline_game.content import load_content
from coraline_game.paths import assets_dir
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.world_view import WorldView
from coraline_game.speedrun.replay import read_replay
from coraline_game.speedrun.verify import replay_simulation
from coraline_game.ui.dialogue_box import Portraits
from coraline_game.ui.hud import Hud
from coraline_game.render.font import default_font
pygame.init()
display = pygame.display.set_mode((1280, 720))
logical = pygame.Surface((320, 180)).convert()
replay = read_replay(sys.argv[1])
sim = replay_simulation(replay.header, load_content())
view = WorldView(SpriteBank(assets_dir() / "sprites"))
hud = Hud(default_font(), Portraits(assets_dir() / "portraits"))
limit = int(sys.argv[2])
for tick, frame in enumerate(replay.frames()):
    if tick >= limit:
        break
    sim.step(frame)
    hud.draw(logical, sim, view.draw(logical, sim))
    pygame.transform.scale(logical, display.get_size(), display)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"ticks": sim.tick, "peak_mib": round(peak, 1), "beats": len(sim.beats)}))
"""


def _child_env() -> dict[str, str]:
    """The bench's own video driver for its children; with no screen at all, SDL's dummy
    one, for the game and the bare program alike."""
    env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    if not any(env.get(name) for name in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")):
        env["SDL_VIDEODRIVER"] = "dummy"
    return env


def _to_first_frame(command: list[str]) -> float:
    """Seconds from starting the process to its "first frame" line; then it is let finish."""
    env = {**_child_env(), FIRST_FRAME_MARK: "1"}
    start = time.perf_counter_ns()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == b"first frame":
                seconds = (time.perf_counter_ns() - start) / 1e9
                break
        else:
            raise RuntimeError(f"{command[:4]} ended without drawing a frame")
        child.stdout.read()
        child.wait(timeout=120)
    return seconds


def cold_start(runs: int) -> dict[str, object]:
    """Process start to the first frame drawn, the game beside a bare pygame-ce program
    opening its window, alternating so that both see the same machine."""
    with tempfile.TemporaryDirectory() as saves:
        game = [sys.executable, "-m", "coraline_game", "play"]
        game += ["--max-ticks", "1", "--scale", "1", "--save-folder", saves]
        bare = [sys.executable, "-c", _BARE]
        _to_first_frame(game)  # once first: compiled bytecode is written, as after installing
        game_s, bare_s = [], []
        for _ in range(runs):
            game_s.append(_to_first_frame(game))
            bare_s.append(_to_first_frame(bare))
    game_median, bare_median = statistics.median(game_s), statistics.median(bare_s)
    return {
        "game_ms": round(game_median * 1000, 1),
        "bare_pygame_ms": round(bare_median * 1000, 1),
        "ratio": round(game_median / bare_median, 2),
        "runs": runs,
        "note": "median time from starting the process to its first frame on screen: the game"
        " (its window showing the title picture while it reads and checks every map and the"
        " story) beside a bare pygame-ce program opening a window",
    }


def act_one_memory(ticks: int) -> dict[str, object]:
    """Peak resident memory while act one's replay plays with every frame drawn."""
    replay = content_root() / "replays" / "act_one.replay"
    done = subprocess.run(
        [sys.executable, "-c", _PLAY_ACT_ONE, str(replay), str(ticks)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
        env=_child_env(),
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
