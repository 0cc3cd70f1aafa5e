"""The names players read for their controls follow their own bindings and the device they
used last: on the title's band, in story text that names a key ("{stone}"), in the menu."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pygame

from coraline_game.app import App
from coraline_game.input.bindings import DEFAULT_KEYS, DEFAULT_PAD
from coraline_game.input.labels import action_labels, labels_for, revealed, with_keys
from coraline_game.render.font import default_font
from coraline_game.render.window import Window
from coraline_game.scenes.base import PlayOptions
from coraline_game.scenes.title import HINT, TitleScene, controls_line
from coraline_game.settings import Settings
from tests.driving import small_services, tap, ticks, world


def test_each_action_is_named_by_its_first_key_or_button_as_printed() -> None:
    keys = action_labels(DEFAULT_KEYS, DEFAULT_PAD, "keyboard")
    assert keys == {
        "up": "Up",
        "down": "Down",
        "left": "Left",
        "right": "Right",
        "interact": "Z",
        "stone": "X",
        "pause": "Esc",
        "cancel": "Q",
        "objective": "Tab",
        "inventory": "I",
    }
    pad = action_labels(DEFAULT_KEYS, DEFAULT_PAD, "pad")
    assert pad["up"] == "D-pad up" and pad["interact"] == "A" and pad["inventory"] == "RB"
    assert (pad["objective"], pad["pause"], pad["cancel"]) == ("Back", "Start", "B")
    own_keys, own_pad = (("INTERACT", ("return", "space")),), (("STONE", ("leftshoulder",)),)
    assert labels_for(own_keys, own_pad, "pad")["stone"] == "LB"
    assert labels_for(own_keys, own_pad, "keyboard")["interact"] == "Enter"


def test_a_placeholder_typed_out_part_way_shows_whole_or_not_at_all() -> None:
    labels = {"stone": "Left Shift"}
    text = "Hold {stone} to look; {nothing} stays."
    whole = with_keys(text, labels)
    assert whole == "Hold Left Shift to look; {nothing} stays."
    counts = []
    for letters in range(len(text) + 1):
        line, count = revealed(text, letters, labels)
        assert line == whole and "{stone" not in whole[:count]
        assert whole[:count] == with_keys(text[:letters], labels)  # what has been typed
        counts.append(count)
    assert counts[5:13] == [5] * 7 + [15]  # "Hold " until "}" is typed, then the label whole
    assert counts == sorted(counts) and counts[-1] == len(whole)


def _app(tmp_path: Path, settings: Settings) -> App:
    pygame.init()
    services = small_services(tmp_path, PlayOptions(start_map="a"))
    services.settings = settings
    return App(services, Window(scale=1), TitleScene())


def _band(app: App) -> set[tuple[int, int]]:
    """Where the band's words are (their colour, over the rain)."""
    ticks(app, 1)
    screen = app.window.logical
    spots = ((x, y) for x in range(320) for y in range(164, 180))
    return {spot for spot in spots if screen.get_at(spot)[:3] == HINT}


def test_the_titles_band_follows_the_bindings_and_the_device(tmp_path: Path) -> None:
    font = default_font()
    keys = action_labels(DEFAULT_KEYS, DEFAULT_PAD, "keyboard")
    line = "Arrows walk  Z use  Q skip / back  Tab objective  I pockets  Esc pause"
    assert controls_line(keys, "keyboard", font) == line
    pad = action_labels(DEFAULT_KEYS, DEFAULT_PAD, "pad")
    line = "Stick walk  A use  B skip / back  Back objective  RB pockets  Start pause"
    assert controls_line(pad, "pad", font) == line
    wasd = dict(keys, up="W", left="A", down="S", right="D", interact="Enter")
    assert controls_line(wasd, "keyboard", font).startswith("WASD walk  Enter use  ")
    app = _app(tmp_path, Settings())
    before = _band(app)
    own = (("INTERACT", ("k", "e", "space", "return")),)
    app.services.settings = dataclasses.replace(app.services.settings, keys=own)
    after = _band(app)  # made again for the new keys
    assert before and after != before
    app.services.settings = Settings()
    assert _band(app) == before
    pygame.quit()


def _said(tmp_path: Path, text: str, settings: Settings, device: str = "keyboard") -> bytes:
    """The screen once `text` is said in room a and shown whole by a press."""
    app = _app(tmp_path, settings)
    tap(app, pygame.K_RETURN)  # Begin
    ticks(app, 45)
    app.services.device = device
    world(app).sim.say(text)
    tap(app, pygame.K_z)  # the whole line at once
    app.services.device = device  # the press was the keyboard's
    ticks(app, 1)
    screen = pygame.image.tobytes(app.window.logical, "RGB")
    pygame.quit()
    return screen


def test_a_line_names_the_stones_key_as_the_player_bound_it(tmp_path: Path) -> None:
    own = Settings(keys=(("STONE", ("k", "c")),), pad_buttons=(("STONE", ("leftshoulder",)),))
    said = _said(tmp_path / "1", "Hold {stone} to look.", own)
    assert said == _said(tmp_path / "2", "Hold K to look.", own)
    assert said != _said(tmp_path / "3", "Hold X to look.", own)
    on_pad = _said(tmp_path / "4", "Hold {stone} to look.", own, "pad")
    assert on_pad == _said(tmp_path / "5", "Hold LB to look.", own, "pad")
