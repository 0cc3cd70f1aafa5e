"""Hard limits on what a map may ask of the loader.

They keep loading bounded in time and memory whatever the files hold: each is far above
what the game's maps need (40x30 tiles, a handful of layers, one 256 px tileset) and far
below what would stall the game or exhaust memory.
"""

from __future__ import annotations

MAX_XML_BYTES = 16 * 1024 * 1024  # one .tmx or .tsx file
MAX_XML_ELEMENTS = 250_000  # elements of one file: each costs memory, whatever its size
MAX_IMAGE_BYTES = 32 * 1024 * 1024  # one image file (PNG, JPEG or GIF)
MAX_IMAGE_SIDE = 4096  # pixels, either side of any image
MAX_IMAGE_FILES = 4096  # distinct image files of one map: each is opened and decoded
MAX_IMAGE_PIXELS = 16_777_216  # all distinct images of one map together (64 MiB as RGBA)
MAX_TILE_PIXELS = 16_777_216  # all tile images the map's cells and objects use, each flip a copy
MAX_TILE_IMAGES = 65_536  # those tile images counted: each is cut and kept on its own
MAX_TILE_SIZE = 1024  # pixels, either side of the map's grid or a tileset's tiles
MAX_MAP_CELLS = 1_048_576  # width * height (e.g. 1024 x 1024)
MAX_TOTAL_CELLS = 4_194_304  # cells of all tile layers together
MAX_LAYERS = 64  # layers of every kind, groups included
MAX_GROUP_DEPTH = 16  # groups inside groups
MAX_TILESETS = 64
MAX_TILES = 65_536  # tiles of all tilesets together
MAX_ANIMATION_FRAMES = 1024  # frames of one tile's animation
MAX_OBJECTS = 4096  # each is an entity to simulate or a shape to draw; a place holds a few hundred
# render-map's whole image, offsets included: 128 MB as RGBA, drawn and written in bands, so
# that with the map's own images render-map stays within 300 MB and about 2 seconds.
MAX_RENDER_PIXELS = 32_000_000
# Pixels of that image the visible objects reach, added up over every object: what shapes
# and scaled tile objects cost by the pixel (a quarter of the largest image: about 0.3 s).
MAX_RENDER_COVER = 8_000_000
