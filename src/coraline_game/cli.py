"""`coraline-game`: play (the default), check, render-map, verify, bench."""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coraline_game import __version__

if TYPE_CHECKING:
    from coraline_game.speedrun.replay import Replay

COMMANDS = ("play", "check", "render-map", "verify", "bench")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coraline-game",
        description="Coraline: The Other World. With no command, plays the game.",
    )
    parser.add_argument("--version", action="version", version=f"coraline-game {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", help="play the game (the default)")
    play.add_argument(
        "--scale", type=int, default=None, help="window scale, a whole number (the settings')"
    )
    play.add_argument("--fullscreen", action="store_true", help="start in fullscreen (F11 toggles)")
    play.add_argument("--seed", type=int, default=0, help="seed of the run's randomness (0)")
    play.add_argument(
        "--map", help="try one map by name, outside the story (for modders); no saving"
    )
    play.add_argument(
        "--chapter", help="start at a chapter's beginning, by name (day1, night1, ...)"
    )
    play.add_argument(
        "--save-folder",
        type=Path,
        metavar="DIR",
        help="where the game saves (the user's data folder)",
    )
    play.add_argument("--record", type=Path, metavar="FILE", help="write a replay of the run")
    play.add_argument("--replay", type=Path, metavar="FILE", help="watch a replay, then play on")
    play.add_argument("--skip-title", action="store_true", help="start playing at once")
    play.add_argument("--max-ticks", type=int, help="quit after this many ticks (for tests)")
    play.add_argument("--mute", action="store_true", help="play without sound")

    check = commands.add_parser("check", help="check maps against the map contract")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=".tmx files or folders")

    render = commands.add_parser("render-map", help="draw a whole Tiled map into a PNG")
    render.add_argument(
        "map", type=Path, metavar="MAP", help="a .tmx file, or a shipped map's name"
    )
    render.add_argument("out", type=Path, metavar="OUT.png")

    verify = commands.add_parser("verify", help="re-run a replay and report whether it holds")
    verify.add_argument("replay", type=Path, metavar="REPLAY")

    bench = commands.add_parser("bench", help="measure rendering and simulation speed")
    bench.add_argument("--quick", action="store_true", help="fewer frames, for a smoke test")
    return parser


def _headless() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def main(argv: Sequence[str] | None = None) -> int:
    # pygame greets on stdout at import; the commands' stdout is for their output (JSON).
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    if args_list and not args_list[0].startswith("-") and args_list[0] not in COMMANDS:
        parser.error(f"unknown command {args_list[0]!r} (choose from {', '.join(COMMANDS)})")
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help", "--version"):
        args_list.insert(0, "play")  # no command, or only play's options: play
    args = parser.parse_args(args_list)
    if args.command == "check":
        _headless()
        from coraline_game.maps.check import check_command

        return int(check_command(args.paths, sys.stdout))
    if args.command == "render-map":
        _headless()
        return _render_map(args.map, args.out)
    if args.command == "verify":
        _headless()
        return _verify(args.replay)
    if args.command == "bench":
        _headless()
        from coraline_game.bench import run_bench

        print(json.dumps(run_bench(quick=args.quick)))
        return 0
    return _play(args)


def _render_map(map_path: Path, out: Path) -> int:
    if out.suffix.lower() != ".png":
        print(f"{out}: error: the image is written as PNG: name it something.png", file=sys.stderr)
        return 2

    from coraline_game.maps.loader import load_map
    from coraline_game.maps.problems import MapError
    from coraline_game.paths import maps_dir
    from coraline_game.render.layers import map_image
    from coraline_game.render.map_budget import render_refusal
    from coraline_game.render.png_file import write_png

    shipped = maps_dir() / f"{map_path}.tmx"
    if not map_path.suffix and not map_path.exists() and shipped.is_file():
        map_path = shipped  # a shipped map by its name, as `play --map` takes it
    try:
        game_map = load_map(map_path, contract=False)
    except MapError as error:
        print(error, file=sys.stderr)
        return 1
    refusal = render_refusal(game_map)
    if refusal:
        print(f"{map_path}: error: {refusal}", file=sys.stderr)
        return 1
    try:
        write_png(map_image(game_map), out)
    except OSError as error:
        print(f"{out}: error: cannot write the image: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


def _verify(replay: Path) -> int:
    from coraline_game.content import load_content
    from coraline_game.maps.problems import MapError
    from coraline_game.speedrun.verify import verify_replay

    try:
        maps = load_content()  # maps, people and the story, checked before anyone is made
    except MapError as error:
        print(error, file=sys.stderr)
        return 1
    result = verify_replay(replay, maps)
    print(json.dumps(result))
    return 0 if result["ok"] else 1


def _unwritable(record: Path, replay: Path | None) -> str:
    """Why a replay could not be recorded at `record`, or "" — found without truncating it."""
    if replay is not None and record.resolve() == replay.resolve():
        return "the replay being watched would be overwritten: record to another file"
    existed = record.exists()
    try:
        record.open("a", encoding="utf-8").close()
    except OSError as error:
        return f"cannot write the replay: {error.strerror}"
    if not existed:
        record.unlink()
    return ""


def _refused(args: argparse.Namespace, names: set[str]) -> tuple[int, Replay | None]:
    """What can be refused from names alone, before a window opens: (exit code, or 0 to
    play on; the replay to watch). Each check imports only what it needs."""
    if args.map is not None and args.map not in names:
        maps = ", ".join(sorted(names))
        print(f"error: no map named {args.map!r}; the maps are: {maps}", file=sys.stderr)
        return 2, None
    if args.chapter is not None:
        from coraline_game.story.library import default_story
        from coraline_game.story.loader import StoryError

        try:
            chapters = default_story().chapter_index
        except StoryError as error:
            print(error, file=sys.stderr)
            return 1, None
        if args.chapter not in chapters:
            known = ", ".join(chapters)
            print(
                f"error: no chapter named {args.chapter!r}; the chapters are: {known}",
                file=sys.stderr,
            )
            return 2, None
    replay = None
    if args.replay is not None:
        from coraline_game.speedrun.playable import unplayable
        from coraline_game.speedrun.replay import ReplayError, read_replay

        try:
            replay = read_replay(args.replay)
        except ReplayError as error:
            print(error, file=sys.stderr)
            return 1, None
        problem = unplayable(args.replay, replay.header, names)
        if problem:  # e.g. a start map this game lacks
            print(problem, file=sys.stderr)
            return 1, None
    if args.record is not None:
        problem = _unwritable(args.record, args.replay)
        if problem:
            print(f"{args.record}: error: {problem}", file=sys.stderr)
            return 1, None
    return 0, replay


def _play(args: argparse.Namespace) -> int:
    # Only what the first checks and the first frame need is imported before it: the rest
    # of the game loads while the window already shows the title's picture.
    import pygame

    from coraline_game.paths import assets_dir, maps_dir
    from coraline_game.render.sprites import SpriteBank
    from coraline_game.render.window import NoDisplay, Window
    from coraline_game.settings import SettingsFile, default_settings_folder

    code, replay = _refused(args, {path.stem for path in maps_dir().glob("*.tmx")})
    if code:
        return code
    pygame.init()
    # The window opens as the player left it, unless told otherwise here; with a save
    # folder of its own, a run keeps its settings there too. Read once pygame has started:
    # the key names of the player's own bindings are checked against it.
    settings_file = SettingsFile(args.save_folder or default_settings_folder())
    remembered = settings_file.read()
    settings = remembered.settings
    pygame.display.set_caption("Coraline: The Other World")
    sprites = SpriteBank(assets_dir() / "sprites")
    pygame.display.set_icon(sprites.frame("coraline", 0, 0))
    try:
        scale = settings.window_scale if args.scale is None else args.scale
        window = Window(scale=max(1, scale), fullscreen=args.fullscreen or settings.fullscreen)
    except NoDisplay as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except pygame.error as error:
        print(f"error: cannot open a window: {error}", file=sys.stderr)
        return 1
    # The first frame is the title's picture, while the maps are read and checked.
    window.splash(assets_dir() / "ui" / "title.png")
    from coraline_game.app import App
    from coraline_game.content import load_content
    from coraline_game.maps.problems import MapError
    from coraline_game.render.font import default_font
    from coraline_game.save import SaveSlot, default_save_folder
    from coraline_game.scenes.base import PlayOptions, Scene, Services
    from coraline_game.scenes.title import TitleScene
    from coraline_game.scenes.world import WorldScene
    from coraline_game.story.library import default_story
    from coraline_game.story.start import chapter_start

    try:
        maps = load_content()  # maps, people and the story, checked before anyone is made
    except MapError as error:
        pygame.quit()
        print(error, file=sys.stderr)
        return 1
    options = PlayOptions(
        seed=args.seed,
        start_map=args.map,
        start=chapter_start(default_story(), args.chapter) if args.chapter else None,
        record=args.record,
        replay=replay,
    )
    saves = SaveSlot(args.save_folder or default_save_folder())
    services = Services(
        maps, sprites, default_font(), options, assets_dir(), saves, settings_file, settings, window
    )
    if remembered.message:
        print(f"warning: {remembered.message}", file=sys.stderr)
        services.settings_message = remembered.message  # and on the title, for the player
    from coraline_game.audio.library import open_audio

    services.audio, silent = open_audio(enabled=not args.mute)
    if silent:
        print(f"warning: {silent}", file=sys.stderr)
    skip = args.skip_title or args.replay or args.chapter or args.map
    first: Scene = WorldScene() if skip else TitleScene()
    app = App(services, window, first)
    signal.signal(signal.SIGTERM, lambda _signal, _frame: app.request_quit())
    # Everything loaded so far lives as long as the game: keep the collector off it, which
    # removes most slow frames (see docs/ARCHITECTURE.md).
    gc.collect()
    gc.freeze()
    app.run(max_ticks=args.max_ticks)
    pygame.quit()
    return 0
