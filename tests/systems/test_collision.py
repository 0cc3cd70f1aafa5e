from __future__ import annotations

from coraline_game.ecs.components import SUBPIXELS, Body, Position
from coraline_game.systems.collision import CollisionField, body_box
from tests.synthetic import ROOM, obj, plan_map

S = SUBPIXELS


def field(objects: list | None = None) -> CollisionField:  # type: ignore[type-arg]
    return CollisionField(plan_map("room", ROOM, objects or []))


def test_moving_right_stops_flush_against_the_wall() -> None:
    f = field()
    # A 10 px wide box whose right edge is 3 px short of the wall at x = 144.
    box = (131 * S, 30 * S, 141 * S, 36 * S)
    assert f.slide_x(box, 8 * S) == 3 * S
    assert f.slide_x(box, 2 * S) == 2 * S


def test_moving_left_and_up_stop_at_walls() -> None:
    f = field()
    box = (20 * S, 20 * S, 30 * S, 26 * S)  # wall cells end at x = 16 and y = 16
    assert f.slide_x(box, -10 * S) == -4 * S
    assert f.slide_y(box, -10 * S) == -4 * S


def test_the_pillar_in_the_middle_blocks_from_below() -> None:
    f = field()
    # Pillar cells (4,3) and (5,3) span x 64..96, y 48..64.
    box = (70 * S, 66 * S, 80 * S, 72 * S)
    assert f.slide_y(box, -5 * S) == -2 * S


def test_collision_rectangles_block_like_walls() -> None:
    f = field([obj("Collision", 6, 4, 1, w=8, h=8)])  # x 96..104, y 64..72
    box = (80 * S, 66 * S, 90 * S, 70 * S)
    assert f.slide_x(box, 10 * S) == 6 * S
    assert f.blocked((95 * S, 66 * S, 97 * S, 70 * S))
    assert not f.blocked((80 * S, 66 * S, 90 * S, 70 * S))


def test_outside_the_map_counts_as_solid() -> None:
    f = field()
    assert f.blocked(body_box(Position(-4 * S, 40 * S), Body(2 * S, 2 * S)))


DOORWAY = [
    "#########",
    "#.......#",
    "#.......#",
    "####.####",  # a one-cell opening at column 4: x 64..80
    "#.......#",
    "#.......#",
    "#########",
]


def _walk_up_from(x: int) -> tuple[int, int]:
    from coraline_game.input.actions import Action
    from coraline_game.input.autopilot import Autopilot
    from coraline_game.sim.simulation import Simulation

    room = plan_map("doorway", DOORWAY, [obj("Spawn", x / 16, 4, 1, spawn="s", default=True)])
    sim = Simulation({"doorway": room}, seed=1, start_map="doorway")
    pilot = Autopilot(sim)
    pilot.press(Action.UP, 50)
    feet = pilot.feet()
    sim.close()
    return feet


def test_aiming_a_little_off_a_doorway_still_goes_through() -> None:
    # Her feet must be within 69..75 for her 10 px body to fit the opening (x 64..80).
    for feet_x in (64, 78):  # 8 px left of the opening's middle (72), and 6 px right
        x, y = _walk_up_from(feet_x - 8)  # a spawn's feet stand at its box's bottom centre
        assert y < 48, f"from x={feet_x} she should be through the doorway, is at {(x, y)}"
        assert 69 <= x <= 75


def test_aiming_well_off_a_doorway_stays_blocked() -> None:
    x, y = _walk_up_from(24)  # feet at x = 32: a whole 40 px off the opening
    assert y >= 67 and x == 32
