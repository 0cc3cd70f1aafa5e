"""Play Night 4's way through the little door in real time, the game's sound going to SDL's
disk driver: run by test_recording.py in a process of its own (SDL_AUDIODRIVER=disk).

Prints one JSON line: for each place she was in, the second (since the sound opened) she
came in and the music then asked for.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame

from coraline_game.app import App
from coraline_game.audio.library import open_audio
from coraline_game.content import load_content
from coraline_game.input.actions import ActionFrame
from coraline_game.input.autopilot import Autopilot
from coraline_game.paths import assets_dir
from coraline_game.render.font import default_font
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.window import Window
from coraline_game.save import SaveSlot
from coraline_game.scenes.base import PlayOptions, Services
from coraline_game.scenes.world import WorldScene
from coraline_game.sim.simulation import TICK_RATE
from coraline_game.story.library import default_story
from coraline_game.story.start import chapter_start

AFTER_SECONDS = 3.5  # heard on in the Other World, past the crossfade


def main(saves: str) -> int:
    pygame.init()
    options = PlayOptions(start=chapter_start(default_story(), "night4"))
    services = Services(
        load_content(),
        SpriteBank(assets_dir() / "sprites"),
        default_font(),
        options,
        assets_dir(),
        SaveSlot(Path(saves)),
    )
    services.audio, problem = open_audio()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    world = WorldScene()
    app = App(services, Window(scale=1), world)
    opened = time.perf_counter()
    places: list[tuple[float, str, str]] = []
    paced = [opened, 0]  # real time kept from this moment and tick on

    def step(frame: ActionFrame) -> None:
        """One tick as the game runs it, at 60 a second of real time (in the corridor, as
        fast as it goes: only the worlds on either side are listened to)."""
        app.input.next_frame = lambda: frame  # type: ignore[method-assign]
        app.tick()
        now, name = time.perf_counter(), world.sim.place.map.name
        if not places or places[-1][1] != name:
            places.append((now - opened, name, services.audio.mixer.playing["music"]))
            paced[:] = [now, app.ticks]
        if name == "corridor":
            return
        behind = paced[0] + (app.ticks - paced[1]) / TICK_RATE - now
        if behind > 0:
            time.sleep(behind)

    pilot = Autopilot(world.sim, step)
    pilot.run(["read", "use little door", "use far door"])
    pilot.idle(int(AFTER_SECONDS * TICK_RATE))
    pygame.quit()
    print(json.dumps({"places": places, "seconds": time.perf_counter() - opened}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
