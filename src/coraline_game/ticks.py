"""The simulation's fixed rate, alone in a module: the replay reader and the window's
first checks need it before the simulation itself is imported."""

TICK_RATE = 60
