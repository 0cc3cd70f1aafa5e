"""Where the map fixtures live, and small helpers shared by the map tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame

from tests.data.make_images import MARKER

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "maps" / "good"
GOOD_MAP = GOOD / "maps" / "good.tmx"
BROKEN = DATA / "broken_maps"


def marker(image: pygame.Surface) -> list[tuple[int, int]]:
    """Where the white marker pixel went."""
    width, height = image.get_size()
    return [
        (x, y) for x in range(width) for y in range(height) if image.get_at((x, y))[:3] == MARKER
    ]


def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the good fixture's content folder (maps/ and assets/)."""
    root = tmp_path / "content"
    shutil.copytree(GOOD, root)
    return root


def small_map(layers: str, *, width: int = 3, height: int = 2, extra: str = "") -> str:
    """A valid map text on the fixture tileset, for a content copy's maps/ folder."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" class="Place" orientation="orthogonal" width="{width}" height="{height}"
     tilewidth="8" tileheight="8" infinite="0">
 <properties><property name="world" propertytype="World" value="real"/></properties>
 <tileset firstgid="1" source="../assets/tiles.tsx"/>
{layers}
 <objectgroup id="90" name="objects">
  <object id="1" type="Spawn" x="0" y="0"><properties>
   <property name="spawn" value="start"/></properties><point/></object>
{extra}
 </objectgroup>
</map>
"""


def csv_layer(name: str, width: int, height: int, gid: int = 1) -> str:
    rows = ",\n".join(",".join([str(gid)] * width) for _ in range(height))
    size = f'width="{width}" height="{height}"'
    return f' <layer name="{name}" {size}><data encoding="csv">\n{rows}\n</data></layer>'
