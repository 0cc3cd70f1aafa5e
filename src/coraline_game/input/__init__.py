"""Input as actions: devices and replays become per-tick action frames."""
