"""The simulation: places (one ECS world per map), fixed ticks, story flags, checksums."""
