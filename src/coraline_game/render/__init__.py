"""Drawing: map chunks, sprites, mood and integer scaling. It reads the world, never changes it."""
