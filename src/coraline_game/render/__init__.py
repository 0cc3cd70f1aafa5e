"""Drawing: chunked map layers, sprites, effects and integer scaling. Reads the world, never changes it."""
