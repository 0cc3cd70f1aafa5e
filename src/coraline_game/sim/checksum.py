"""A short digest of everything the simulation decides, to prove two runs agree."""

from __future__ import annotations

import hashlib

import esper

from coraline_game.sim.conversation import TextSpeed
from coraline_game.sim.place import Place
from coraline_game.sim.simulation import Simulation


def state_checksum(sim: Simulation, clock: bool = True) -> str:
    """`clock=False` leaves out the tick count, to compare states reached in different
    times: a cutscene watched and skipped, a chapter played to and continued."""
    digest = hashlib.blake2b(digest_size=8)
    talk = sim.conversation
    # A conversation by where it stands, not by its page's repr: that holds frozensets,
    # whose order changes with Python's hash seed from one process to the next.
    reading: tuple[object, ...] | None = None
    if talk is not None:
        reading = (
            talk.page.topic,
            talk.page.index,
            talk.page.lines[0],
            talk.line,
            talk.ticks,
            talk.revealed,
            talk.choice,
        )
        if talk.speed is not TextSpeed.NORMAL:  # normal adds nothing: older runs' sums hold
            reading += (talk.speed.value,)
    story = (sim.flags, sim.items, sim.chapter, sim.time, reading, sim.card, sim.drain.state())
    ending = (sim.credits, sim.finished)
    run = sim.cutscene
    scene = (run.cutscene.name, run.step, run.timer, run.started) if run else None
    view = (
        sim.place.map.name,
        sim.previous_frame,
        sim.transition,
        sim.focus,
        sim.veil,
        sim.looking,
        sim.zoom,
        sim.entered_at,
        sim.here if clock else 0,  # a clock too: the ticks since she came in
    )
    digest.update(repr((sim.tick if clock else 0, story, scene, view, ending)).encode())
    active = esper.current_world
    for name in sorted(sim.places):
        place = sim.places[name]
        shown = place is sim.place
        if shown or place.digest is None:
            place.digest = _place_digest(name, place)
        digest.update(place.digest)
        if shown:
            place.digest = None  # the place being played changes every tick
    esper.switch_world(active)
    return digest.hexdigest()


def _place_digest(name: str, place: Place) -> bytes:
    """Everything in one place. A place not shown does not tick, so its digest is made once
    after Coraline leaves it: a checkpoint costs the shown place, not every place visited."""
    digest = hashlib.blake2b(digest_size=8)
    place.activate()
    digest.update(repr((name, place.player, place.prompt)).encode())
    for entity in sorted(esper.get_entities()):
        components: list[object] = sorted(
            esper.components_for_entity(entity), key=lambda c: type(c).__name__
        )
        digest.update(repr((entity, components)).encode())
    return digest.digest()
