"""Settings (what settings.py promises): `SettingsFile.read` always returns LoadedSettings,
never raises, and never loses the file: either it is still there as it was, or, when some
values were out of range, written back corrected (its good values used, those out of range
replaced by the defaults, with a message saying which), or it is kept aside as
settings.json.damaged, byte for byte, with the defaults and a message saying so. A message
is one line naming the file (checks/sentences.py). The settings returned are usable: every
value in range, the bindings mapped to keys and buttons, and written back they read the
same."""

from __future__ import annotations

import dataclasses
import json
import warnings

from coraline_game.input.bindings import DEFAULT_KEYS, DEFAULT_PAD, key_map, pad_map, with_own
from coraline_game.settings import (
    SCALES,
    SETTINGS_FORMAT,
    SETTINGS_VERSION,
    VOLUME_STEPS,
    LoadedSettings,
    Settings,
    SettingsFile,
)
from fuzzing.checks.sentences import message_findings
from fuzzing.findings import Finding
from fuzzing.seeds import Seed


def check(seed: Seed, variant: bytes) -> list[Finding]:
    """The host is the settings' folder."""
    with warnings.catch_warnings():
        # Key names are looked up without pygame started (the game starts it first).
        warnings.filterwarnings("ignore", "pygame.init.. has not been called")
        return _check(seed, variant)


def _check(seed: Seed, variant: bytes) -> list[Finding]:
    store = SettingsFile(seed.host)
    store.damaged.unlink(missing_ok=True)  # an earlier variant's
    loaded = store.read()
    if not isinstance(loaded, LoadedSettings) or not isinstance(loaded.settings, Settings):
        return [Finding("bad_output", f"SettingsFile.read returned {type(loaded)}")]
    found = message_findings(loaded.message, store.path) if loaded.message else []
    if store.damaged.exists():
        if store.damaged.read_bytes() != variant:
            found.append(Finding("bad_output", "the file kept aside is not the file read"))
        if store.damaged.name not in loaded.message:
            found.append(Finding("bad_output", "the file was kept aside without a word"))
        if loaded.settings != Settings():
            found.append(Finding("bad_output", "a file kept aside, yet not the defaults"))
    elif not store.path.exists():
        found.append(Finding("bad_output", "the file is gone, and not kept aside"))
    elif store.path.read_bytes() != variant and store.read() != LoadedSettings(loaded.settings):
        found.append(Finding("bad_output", "the file is changed, yet not to what was read"))
    return found + _usable(loaded.settings, seed)


def _usable(settings: Settings, seed: Seed) -> list[Finding]:
    volumes = (settings.master_volume, settings.music_volume, settings.effects_volume)
    if not all(
        type(volume) is int and 0 <= volume <= VOLUME_STEPS
        for volume in (*volumes, settings.ambience_volume)
    ) or not (type(settings.window_scale) is int and settings.window_scale in SCALES):
        return [Finding("bad_output", "a volume or the window scale out of range")]
    key_map(with_own(DEFAULT_KEYS, settings.keys))  # an exception here is a finding, as any
    pad_map(with_own(DEFAULT_PAD, settings.pad_buttons))
    # Written back as SettingsFile.write does (without its sync to disk, which is slow).
    again = SettingsFile(seed.host / "again")
    again.path.parent.mkdir(exist_ok=True)
    data = {"format": SETTINGS_FORMAT, "version": SETTINGS_VERSION}
    again.path.write_text(json.dumps(data | dataclasses.asdict(settings), indent=1))
    if again.read() != LoadedSettings(settings):
        return [Finding("bad_output", "the settings read, written back, do not read the same")]
    return []
