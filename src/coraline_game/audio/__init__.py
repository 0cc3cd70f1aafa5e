"""The audio layer: music, ambience and effects, played from what the simulation shows."""
