"""Draws the place the simulation is in: map bands, y-sorted actors, mood, and the fade."""

from __future__ import annotations

from collections import OrderedDict

import esper
import pygame

from coraline_game.ecs.components import (
    SUBPIXELS,
    Appearance,
    Heading,
    Hidden,
    Light,
    Position,
    WalkCycle,
)
from coraline_game.render.atmosphere import Atmosphere
from coraline_game.render.camera import Camera
from coraline_game.render.chunks import ChunkedMap
from coraline_game.render.drain import drain_step
from coraline_game.render.hazards import draw_hazards
from coraline_game.render.sight_cones import SightCones
from coraline_game.render.sprites import SpriteBank
from coraline_game.render.stone_view import StoneView
from coraline_game.screen import SCREEN_SIZE
from coraline_game.sim.drain import FULL
from coraline_game.sim.simulation import TICK_RATE, Simulation

Blit = tuple[pygame.Surface, tuple[int, int]]
BAKED_PLACES = 2  # the place shown and the one before it, for a step back through a door


def y_sorted(sprites: list[tuple[int, pygame.Surface, tuple[int, int]]]) -> list[Blit]:
    """Sprites as (feet y, image, position), nearest the bottom of the screen drawn last."""
    sprites.sort(key=lambda s: s[0])
    return [(image, position) for _y, image, position in sprites]


class WorldView:
    def __init__(self, sprites: SpriteBank) -> None:
        self._sprites = sprites
        # Baked chunks of the places shown last, newest at the end: going back through a door
        # finds them ready, and memory stays bounded however many places a run visits.
        self._maps: OrderedDict[str, ChunkedMap] = OrderedDict()
        self._atmosphere = Atmosphere()
        self._shadow = pygame.Surface((12, 5), pygame.SRCALPHA)
        pygame.draw.ellipse(self._shadow, (0, 0, 0, 90), self._shadow.get_rect())
        self._black = pygame.Surface(SCREEN_SIZE)
        self._camera = Camera()
        self._stone = StoneView()
        self.reduced_flashing = False  # the player's settings, as the scene sets them
        self.bold_outlines = False
        self._sight = SightCones()
        self._wide: pygame.Surface | None = None  # a zoomed-out view, drawn before shrinking
        self._wide_camera = Camera()

    def _chunked(self, sim: Simulation) -> ChunkedMap:
        game_map = sim.place.map
        key = f"{game_map.path}"
        if key in self._maps:
            self._maps.move_to_end(key)
        else:
            self._maps[key] = ChunkedMap(game_map)
            while len(self._maps) > BAKED_PLACES:
                self._maps.popitem(last=False)
        return self._maps[key]

    def player_on_screen(self, sim: Simulation, camera: tuple[int, int]) -> tuple[int, int]:
        place = sim.place
        if not place.player:
            return (SCREEN_SIZE[0] // 2, SCREEN_SIZE[1] // 2)
        position = esper.component_for_entity(place.player, Position)
        return (
            position.x // SUBPIXELS - camera[0],
            position.y // SUBPIXELS - camera[1] - 8,
        )

    def actor_blits(self, sim: Simulation, camera: tuple[int, int]) -> list[Blit]:
        camera_x, camera_y = camera
        images = sim.place.map.tile_images
        sprites: list[tuple[int, pygame.Surface, tuple[int, int]]] = []
        unseen = set() if sim.looking else {e for e, _h in esper.get_component(Hidden)}
        for entity, (position, look) in esper.get_components(Position, Appearance):
            if entity in unseen:
                continue
            fx = position.x // SUBPIXELS - camera_x
            fy = position.y // SUBPIXELS - camera_y
            if look.tile:
                image = images[look.tile]
                if image is not None:
                    w, h = image.get_size()
                    sprites.append((fy, image, (fx - w // 2, fy - h)))
                continue
            heading = esper.try_component(entity, Heading)
            cycle = esper.try_component(entity, WalkCycle)
            image = self._sprites.frame(
                look.sheet, heading.facing if heading else 0, cycle.frame if cycle else 0
            )
            w, h = image.get_size()
            sprites.append((fy - 1, self._shadow, (fx - 6, fy - 3)))
            sprites.append((fy, image, (fx - w // 2, fy - h + 1)))
        return y_sorted(sprites)

    def _world(self, target: pygame.Surface, sim: Simulation, camera: tuple[int, int]) -> None:
        """The map's bands and the people between them, seen from `camera`."""
        chunked = self._chunked(sim)
        view = pygame.Rect(camera, target.get_size())
        chunked.clock_ms = sim.tick * 1000 // TICK_RATE  # tile animations keep the game's time
        chunked.set_drain(drain_step(sim.drain.level(chunked.map), FULL))
        map_w, map_h = chunked.map.pixel_size
        if view.left < 0 or view.top < 0 or view.right > map_w or view.bottom > map_h:
            target.fill((0, 0, 0))
        chunked.draw_band(target, view, above=False)
        target.fblits(self.actor_blits(sim, camera))
        chunked.draw_band(target, view, above=True)
        chunked.prefetch(view)

    def _wide_surface(self, size: tuple[int, int]) -> pygame.Surface:
        if self._wide is None or self._wide.get_size() != size:
            wide = pygame.Surface(size)
            self._wide = wide.convert() if pygame.display.get_surface() else wide
        return self._wide

    def draw(self, target: pygame.Surface, sim: Simulation) -> tuple[int, int]:
        """Draw the place; returns the camera it was drawn from, for what goes on top."""
        sim.place.activate()
        size = target.get_size()
        if sim.zoom > 1:  # a cutscene takes in more of the place: drawn large, shown small
            wide = self._wide_surface((size[0] * sim.zoom, size[1] * sim.zoom))
            far = self._wide_camera.look(sim.place, wide.get_size(), sim.focus)
            self._world(wide, sim, far)
            pygame.transform.smoothscale(wide, size, target)
            camera = (far[0] // sim.zoom, far[1] // sim.zoom)
        else:
            camera = self._camera.look(sim.place, size, sim.focus)
            self._world(target, sim, camera)
        properties = self._chunked(sim).map.properties
        lights = sorted(esper.get_component(Light))  # a Mood object present wins
        own = str(properties.get("mood") or properties.get("world", "real"))
        mood = lights[0][1].mood if lights else own
        player = self.player_on_screen(sim, camera)
        self._atmosphere.draw(
            target, self._atmosphere.mood_of(mood, sim.time), player, sim.tick, camera
        )
        # What warns of danger shows through any darkness; no guard acts in a cutscene, when
        # the view zooms.
        if sim.zoom == 1:
            draw_hazards(target, camera, sim.tick, self.reduced_flashing)
            self._sight.draw(target, sim.place.collision, camera)
        if sim.looking:
            self._stone.bold = self.bold_outlines
            self._stone.draw(target, sim.place.map.tile_images, camera, player, sim.tick)
        darkness = max(sim.veil, sim.transition.darkness if sim.transition else 0)
        if darkness:
            self._black.set_alpha(darkness)
            target.blit(self._black, (0, 0))
        return camera
