"""`coraline-game bench`: rendering, loading and simulation speed, measured in one run.

Parts, each timed with `perf_counter_ns` and reported as median and p99 in ms:

- stress: a generated 200x200-tile map with four tile layers, 200 actors and a moving
  camera, drawn by the game's chunk renderer, by naive per-tile pytmx blits and by
  pyscroll, over the same frames;
- play: every shipped map walked by a scripted player (simulate, draw, scale) at a moment
  of act one when its people are in it, against a floor of fill + scale; the busiest
  place (most entities) is named and compared on its own;
- load: each shipped map's load time;
- sim: headless simulation ticks per second on the busiest place;
- hunt: the three guardians' places walked with the stone held and half drained, against
  the same floor, and simulated headless with the guardians running (bench_hunt.py);
- cold start: process start to the first frame, beside a bare pygame-ce program
  (bench_game.py);
- memory: the peak while act one's replay plays with every frame drawn (bench_game.py);
- limits: maps as large as the loader's limits allow, checked and rendered in child
  processes, against the 2 s and 300 MB budget (bench_limits.py).

Only the step being measured is timed: sprite movement, camera paths and action frames
are made before the clock starts. Each timed loop starts from a collected, frozen heap,
so garbage left by setup never triggers a collection mid-run (ENGINEERING.md: that is
where p99 spikes came from).
"""

from __future__ import annotations

import gc
import math
import os
import platform
import random
import shutil
import statistics
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import esper
import pygame
import pytmx.util_pygame
from defusedxml import ElementTree

from coraline_game.bench_game import act_one_memory, cold_start
from coraline_game.bench_hunt import hunt_bench
from coraline_game.bench_limits import run_limits_bench
from coraline_game.bench_timing import ms, ratio, stats, timed
from coraline_game.content import load_content
from coraline_game.ecs.components import Facing
from coraline_game.input.actions import Action, ActionFrame
from coraline_game.maps.loader import load_map
from coraline_game.maps.model import GameMap
from coraline_game.paths import assets_dir, maps_dir
from coraline_game.render.chunks import ChunkedMap
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.window import LOGICAL
from coraline_game.render.world_view import WorldView, y_sorted
from coraline_game.sim.simulation import CARD_TICKS, Simulation
from coraline_game.story.library import default_story
from coraline_game.story.showcase import showcase_start

T = TypeVar("T")
Sprite = tuple[int, pygame.Surface, tuple[int, int]]  # feet y, image, screen position
StressFrame = tuple[tuple[int, int], list[Sprite]]  # camera (view top-left in map px), sprites
Draw = Callable[[StressFrame], None]

DISPLAY = (1280, 720)
STRESS_VIEW = (640, 360)
STRESS_TILES = 200  # map side, in tiles
STRESS_ACTORS = 200
STRESS_SEED = 1234
# A brisk walk's pace: under a tile a frame, so no renderer is forced into full redraws.
CAMERA_SPEED = 3  # px a frame
SHEETS = ("coraline", "cat", "mouse")
# Stress layers over the real tileset: name, tile names, share of cells filled, overhead.
STRESS_LAYERS: tuple[tuple[str, tuple[str, ...], float, bool], ...] = (
    (
        "ground",
        ("floor_wood", "floor_wood_alt", "floor_tile", "rug", "floor_wood_dark"),
        1.0,
        False,
    ),
    (
        "furniture",
        (
            "table_left",
            "table_right",
            "chair",
            "sofa_left",
            "sofa_right",
            "plant",
            "boxes",
            "armchair",
        ),
        0.2,
        False,
    ),
    ("clutter", ("lamp", "radio", "desk", "counter", "rain_puddle"), 0.08, False),
    ("overhead", ("hanging_lamp", "doorframe_top"), 0.03, True),
)
# The eight headings clockwise from up, WALK_LEG ticks each: sliding along walls, this
# scrolls the camera over most of every shipped map. A CANCEL tap each second dismisses
# any dialogue, which would otherwise freeze the player and the camera.
WALK = (
    Action.UP,
    Action.UP | Action.RIGHT,
    Action.RIGHT,
    Action.RIGHT | Action.DOWN,
    Action.DOWN,
    Action.DOWN | Action.LEFT,
    Action.LEFT,
    Action.LEFT | Action.UP,
)
WALK_LEG = 75


@dataclass(frozen=True)
class Sizes:
    stress_frames: int
    play_frames: int  # per shipped map
    warm_loads: int  # per shipped map, after the cold one
    sim_ticks: int  # on the busiest place
    cold_starts: int  # of the game and of a bare pygame-ce program, each
    act_one_ticks: int  # of act one's replay played and drawn, for its memory


FULL = Sizes(600, 600, 10, 20_000, cold_starts=9, act_one_ticks=10**9)
QUICK = Sizes(60, 60, 3, 2_000, cold_starts=1, act_one_ticks=600)


# -- the stress map ------------------------------------------------------------------------
def _tile_gids(tileset: Any) -> dict[str, int]:
    """Global ids (first gid 1) of the tileset's tiles, by their `name` property."""
    return {
        prop.get("value"): int(tile.get("id")) + 1
        for tile in tileset.iter("tile")
        for prop in tile.iter("property")
        if prop.get("name") == "name"
    }


def _grid(rng: random.Random, gids: Sequence[int], filled: float) -> list[list[int]]:
    return [
        [rng.choice(gids) if rng.random() < filled else 0 for _column in range(STRESS_TILES)]
        for _row in range(STRESS_TILES)
    ]


def _layer_xml(layer_id: int, name: str, overhead: bool, grid: list[list[int]]) -> str:
    props = (
        '  <properties><property name="overhead" type="bool" value="true"/></properties>\n'
        if overhead
        else ""
    )
    csv = ",\n".join(",".join(map(str, row)) for row in grid)
    return (
        f' <layer id="{layer_id}" name="{name}" width="{STRESS_TILES}" height="{STRESS_TILES}">\n'
        f'{props}  <data encoding="csv">\n{csv}\n</data>\n </layer>\n'
    )


def _tmx_text(tsx: Path, tileset: Any, layers: Sequence[tuple[str, bool, list[list[int]]]]) -> str:
    size = f'width="{STRESS_TILES}" height="{STRESS_TILES}"'
    cell = f'tilewidth="{tileset.get("tilewidth")}" tileheight="{tileset.get("tileheight")}"'
    body = "".join(_layer_xml(i, *layer) for i, layer in enumerate(layers, start=1))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" orientation="orthogonal" renderorder="right-down" {size} {cell}'
        f' infinite="0" nextlayerid="{len(layers) + 1}" nextobjectid="1">\n'
        f' <tileset firstgid="1" source="{tsx.name}"/>\n{body}</map>\n'
    )


def _write_stress_map(folder: Path) -> Path:
    """A 200x200 map over a copy of the real tileset, referenced as an external .tsx."""
    for name in ("real.tsx", "real.png"):
        shutil.copy(assets_dir() / "tiles" / name, folder / name)
    tsx = folder / "real.tsx"
    tileset = ElementTree.parse(tsx).getroot()
    gids = _tile_gids(tileset)
    rng = random.Random(STRESS_SEED)
    layers = [
        (name, overhead, _grid(rng, [gids[tile] for tile in tiles], filled))
        for name, tiles, filled, overhead in STRESS_LAYERS
    ]
    path = folder / "stress.tmx"
    path.write_text(_tmx_text(tsx, tileset, layers), encoding="utf-8")
    return path


# -- the stress script: actors and camera ---------------------------------------------------
@dataclass
class Walker:
    """An actor wandering inside the view, so that all of them are drawn every frame."""

    x: float  # feet, in view pixels
    y: float
    vx: float
    vy: float
    sheet: str
    phase: int

    def move(self) -> None:
        self.x += self.vx
        self.y += self.vy
        if not 8 <= self.x <= STRESS_VIEW[0] - 8:
            self.vx = -self.vx
        if not 24 <= self.y <= STRESS_VIEW[1]:
            self.vy = -self.vy

    def facing(self) -> Facing:
        if abs(self.vx) >= abs(self.vy):
            return Facing.RIGHT if self.vx > 0 else Facing.LEFT
        return Facing.DOWN if self.vy > 0 else Facing.UP

    def sprite(self, bank: SpriteBank, tick: int) -> Sprite:
        image = bank.frame(self.sheet, self.facing(), (tick // 8 + self.phase) % 4)
        w, h = image.get_size()
        feet_x, feet_y = round(self.x), round(self.y)
        return feet_y, image, (feet_x - w // 2, feet_y - h)


def _walkers(rng: random.Random) -> list[Walker]:
    return [
        Walker(
            x=rng.uniform(8, STRESS_VIEW[0] - 8),
            y=rng.uniform(24, STRESS_VIEW[1]),
            vx=rng.uniform(-2, 2),
            vy=rng.uniform(-2, 2),
            sheet=rng.choice(SHEETS),
            phase=rng.randrange(4),
        )
        for _ in range(STRESS_ACTORS)
    ]


def _camera(tick: int, map_size: tuple[int, int]) -> tuple[int, int]:
    """The view's top-left on a circle around the map's middle, kept inside the map."""
    (map_w, map_h), (view_w, view_h) = map_size, STRESS_VIEW
    radius = min(map_w - view_w, map_h - view_h) // 2
    angle = tick * CAMERA_SPEED / radius
    return (
        round(map_w / 2 + radius * math.cos(angle) - view_w / 2),
        round(map_h / 2 + radius * math.sin(angle) - view_h / 2),
    )


def _stress_script(frames: int, map_size: tuple[int, int], bank: SpriteBank) -> list[StressFrame]:
    walkers = _walkers(random.Random(STRESS_SEED))
    script = []
    for tick in range(frames):
        for walker in walkers:
            walker.move()
        script.append((_camera(tick, map_size), [w.sprite(bank, tick) for w in walkers]))
    return script


def _replay(script: Sequence[StressFrame]) -> Iterator[StressFrame]:
    """The script with fresh sprite lists: y_sorted sorts in place, and a sorted list
    would flatter whichever renderer came second."""
    for camera, sprites in script:
        yield camera, list(sprites)


# -- the three stress renderers ---------------------------------------------------------------
def _game_draw(game_map: GameMap, target: pygame.Surface) -> Draw:
    chunked = ChunkedMap(game_map)
    size = target.get_size()

    def draw(frame: StressFrame) -> None:
        camera, sprites = frame
        view = pygame.Rect(camera, size)
        chunked.draw_band(target, view, above=False)
        target.fblits(y_sorted(sprites))
        chunked.draw_band(target, view, above=True)
        chunked.prefetch(view)  # as the game does: bake ahead, at most one chunk a frame

    return draw


def _tile_layers(tmx: Any) -> tuple[list[int], list[int]]:
    """pytmx layer indices drawn below the actors, and those drawn above."""
    below: list[int] = []
    above: list[int] = []
    for index in tmx.visible_tile_layers:
        (above if tmx.layers[index].properties.get("overhead") else below).append(index)
    return below, above


def _naive_draw(tmx: Any, target: pygame.Surface) -> Draw:
    below, above = _tile_layers(tmx)
    tw, th = tmx.tilewidth, tmx.tileheight
    view_w, view_h = target.get_size()

    def tiles(layers: list[int], camera: tuple[int, int]) -> None:
        left, top = camera
        columns = range(left // tw, min((left + view_w - 1) // tw + 1, tmx.width))
        for layer in layers:
            for y in range(top // th, min((top + view_h - 1) // th + 1, tmx.height)):
                for x in columns:
                    image = tmx.get_tile_image(x, y, layer)
                    if image:
                        target.blit(image, (x * tw - left, y * th - top))

    def draw(frame: StressFrame) -> None:
        camera, sprites = frame
        tiles(below, camera)
        for image, position in y_sorted(sprites):
            target.blit(image, position)
        tiles(above, camera)

    return draw


def _pyscroll_draw(tmx: Any, target: pygame.Surface, pyscroll: Any) -> Draw:
    renderer = pyscroll.BufferedRenderer(pyscroll.data.TiledMapData(tmx), target.get_size())
    half_w, half_h = target.get_width() // 2, target.get_height() // 2
    # Tiles on layers above the actors' layer are redrawn over them: put the actors on the
    # top layer below the overhead band.
    layer = max(_tile_layers(tmx)[0])
    area = target.get_rect()

    def draw(frame: StressFrame) -> None:
        (left, top), sprites = frame
        renderer.center((left + half_w, top + half_h))
        surfaces = [
            (image, image.get_rect(topleft=position), layer)
            for image, position in y_sorted(sprites)
        ]
        renderer.draw(target, area, surfaces=surfaces)

    return draw


def _import_pyscroll() -> tuple[Any, str]:
    """pyscroll, or None and why not: it is an optional comparison point."""
    try:
        import pyscroll
    except ImportError as error:
        return None, f"pyscroll cannot be imported ({error}); pip install 'coraline-game[bench]'"
    return pyscroll, ""


def _stress_draws(
    game_map: GameMap, path: Path, target: pygame.Surface, pyscroll: Any
) -> dict[str, Draw]:
    draws = {
        "game": _game_draw(game_map, target),
        "naive": _naive_draw(pytmx.util_pygame.load_pygame(str(path)), target),
    }
    if pyscroll is not None:
        # Its own copy: pyscroll converts the map's images in place.
        tmx = pytmx.util_pygame.load_pygame(str(path))
        draws["pyscroll"] = _pyscroll_draw(tmx, target, pyscroll)
    return draws


def _stress_setup(sizes: Sizes) -> dict[str, object]:
    return {
        "map_tiles": [STRESS_TILES, STRESS_TILES],
        "tile_layers": len(STRESS_LAYERS),
        "actors": STRESS_ACTORS,
        "view": list(STRESS_VIEW),
        "frames": sizes.stress_frames,
        "camera_px_per_frame": CAMERA_SPEED,
        # Every frame counts: first chunk bakes and pyscroll's first full redraw land in p99.
        "warmup_frames": 0,
    }


def _stress(sizes: Sizes, bank: SpriteBank) -> dict[str, object]:
    pyscroll, missing = _import_pyscroll()
    target = pygame.Surface(STRESS_VIEW).convert()
    with tempfile.TemporaryDirectory() as folder:
        path = _write_stress_map(Path(folder))
        game_map = load_map(path, contract=False)
        draws = _stress_draws(game_map, path, target, pyscroll)
    script = _stress_script(sizes.stress_frames, game_map.pixel_size, bank)
    samples = {name: timed(draw, _replay(script)) for name, draw in draws.items()}
    report: dict[str, object] = {name: stats(times) for name, times in samples.items()}
    if pyscroll is None:
        report.update(pyscroll=None, pyscroll_missing=missing)
    report["ratio_game_vs_naive"] = ratio(samples["game"], samples["naive"])
    report["ratio_game_vs_pyscroll"] = (
        None if pyscroll is None else ratio(samples["game"], samples["pyscroll"])
    )
    report["setup"] = _stress_setup(sizes)
    return report


# -- play, load and sim ----------------------------------------------------------------------
def _walk(ticks: int) -> list[ActionFrame]:
    return [
        int(WALK[tick // WALK_LEG % len(WALK)]) | (Action.CANCEL if tick % 60 == 0 else 0)
        for tick in range(ticks)
    ]


def _play_map(
    maps: Mapping[str, GameMap],
    name: str,
    view: WorldView,
    logical: pygame.Surface,
    display: pygame.Surface,
    frames: int,
) -> list[int]:
    sim = _lived_in(maps, name)

    def frame(action: ActionFrame) -> None:
        sim.step(action)
        view.draw(logical, sim)
        pygame.transform.scale(logical, display.get_size(), display)

    try:
        return timed(frame, _walk(frames))
    finally:
        sim.close()


def _lived_in(maps: Mapping[str, GameMap], name: str) -> Simulation:
    """A run in the place at a moment of act one when its people are there, card gone."""
    sim = Simulation(maps, seed=0, start=showcase_start(default_story(), maps[name]))
    for _ in range(CARD_TICKS):
        sim.step(0)
    sim.conversation = None  # waking words would hold her still; the bench walks
    return sim


def _busiest(maps: Mapping[str, GameMap]) -> str:
    """The place with the most people and things in it at its lived-in moment."""
    counts = {}
    for name in maps:
        sim = _lived_in(maps, name)
        sim.place.activate()
        counts[name] = sum(1 for _entity in esper.get_entities())
        sim.close()
    return max(sorted(counts), key=lambda name: counts[name])


def _play(
    sizes: Sizes, maps: Mapping[str, GameMap], bank: SpriteBank, display: pygame.Surface
) -> dict[str, object]:
    logical = pygame.Surface(LOGICAL).convert()
    view = WorldView(bank)
    by_map = {
        name: _play_map(maps, name, view, logical, display, sizes.play_frames)
        for name in sorted(maps)
    }
    frames = [sample for samples in by_map.values() for sample in samples]

    def floor(_frame: int) -> None:
        logical.fill((40, 30, 50))
        pygame.transform.scale(logical, display.get_size(), display)

    floor_samples = timed(floor, range(len(frames)))
    busiest = _busiest(maps)
    hunt = hunt_bench(maps, view, display, _walk(sizes.play_frames), floor_samples, sizes.sim_ticks)
    return {
        "hunt": hunt,
        "frame_ms": stats(frames),
        "frame_ms_by_map": {name: stats(samples) for name, samples in by_map.items()},
        "floor_ms": ms(statistics.median(floor_samples)),
        "frame_vs_floor": ratio(frames, floor_samples),
        "busiest_place": busiest,
        "busiest_frame_vs_floor": ratio(by_map[busiest], floor_samples),
    }


def _loads(warm_loads: int) -> dict[str, object]:
    cold, warm = {}, {}
    for path in sorted(maps_dir().glob("*.tmx")):
        samples = timed(load_map, [path] * (1 + warm_loads))
        cold[path.stem] = ms(samples[0])
        warm[path.stem] = ms(statistics.median(samples[1:]))
    return {
        "load_ms": warm,
        "load_cold_ms": cold,
        "load_note": f"load_ms: median of {warm_loads} loads after the cold one; load_cold_ms:"
        " each map's first load in this process, run before anything else loads",
    }


def _sim_rate(maps: Mapping[str, GameMap], name: str, ticks: int) -> int:
    sim = _lived_in(maps, name)
    try:
        elapsed = sum(timed(sim.step, _walk(ticks)))
    finally:
        sim.close()
    return round(ticks * 1e9 / elapsed)


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _machine() -> dict[str, object]:
    return {
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sdl": ".".join(map(str, pygame.get_sdl_version())),
        **{name: _version(name) for name in ("pygame-ce", "pytmx", "esper", "pyscroll")},
    }


def run_bench(quick: bool = False) -> dict[str, object]:
    """Every measurement, in one run; JSON-ready."""
    sizes = QUICK if quick else FULL
    opened = pygame.display.get_surface() is None
    # A display, so that surfaces are convert()ed as in the real game.
    display = pygame.display.set_mode(DISPLAY)
    try:
        report: dict[str, object] = {"quick": quick, "machine": _machine()}
        report.update(_loads(sizes.warm_loads))  # first, so that cold loads are cold
        bank = SpriteBank(assets_dir() / "sprites")
        report["stress_render_ms"] = _stress(sizes, bank)
        maps = load_content()
        report.update(_play(sizes, maps, bank, display))
        report["sim_ticks_per_s"] = _sim_rate(maps, str(report["busiest_place"]), sizes.sim_ticks)
        report["cold_start"] = cold_start(sizes.cold_starts)
        report["act_one_memory"] = act_one_memory(sizes.act_one_ticks)
        report["limits"] = run_limits_bench(quick)
        return report
    finally:
        gc.unfreeze()
        if opened:
            pygame.display.quit()
