"""What the maps and the story say of each other: conditions, topics, items, marks, places."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from coraline_game.maps.model import GameMap
from coraline_game.maps.objects import object_place
from coraline_game.maps.problems import Problem
from coraline_game.story.conditions import ConditionError, parse_condition
from coraline_game.story.model import Effects, Story

_TOPIC_CLASSES = ("Actor", "Inspect", "Trigger", "Door")


def story_map_problems(
    story: Story, maps: Mapping[str, GameMap], folder: Path, complete: bool = True
) -> list[Problem]:
    """`complete`: `maps` are all the game's maps, so a place the story names must be among
    them (a modder checking one map is not told the others are missing)."""
    problems: list[Problem] = []
    flags = set(story.beats) | story.facts
    for game_map in maps.values():
        problems += _map_problems(story, game_map, flags)
    main = folder / "story.toml"
    for chapter in story.chapters:
        reason = _spot_problem(maps, chapter.place, chapter.spawn, complete)
        if reason:
            problems.append(Problem(main, reason, f"chapter {chapter.name}"))
    places = _effect_places(story)
    for where, effects in places:
        if effects.go:
            target, _, spawn = effects.go.partition(":")
            reason = _spot_problem(maps, target, spawn, complete)
            if reason:
                problems.append(Problem(folder, reason, where))
    for name, cutscene in story.cutscenes.items():
        path = folder / "cutscenes"
        scene_map = maps.get(cutscene.place)
        if scene_map is None:
            if not complete:
                continue
            problems.append(
                Problem(
                    path, f"it plays in {cutscene.place!r}, which is no map", f"cutscene {name}"
                )
            )
            continue
        marks = {str(o.properties["mark"]) for o in scene_map.objects_of("Mark")}
        kinds = {str(o.properties["actor"]) for o in scene_map.objects_of("Actor")}
        for index, step in enumerate(cutscene.steps):
            where = f"cutscene {name}, step {index + 1}"
            if step.kind == "do" and step.effects.go:
                break  # the steps after a change of place play in the next one
            if step.mark and step.mark != "coraline" and step.mark not in marks:
                reason = f"{cutscene.place} has no Mark {step.mark!r}"
                problems.append(Problem(path, reason, where))
            if step.who and step.who != "coraline" and step.who not in kinds:
                reason = f"{cutscene.place} has no Actor {step.who!r}"
                problems.append(Problem(path, reason, where))
    return problems


def _map_problems(story: Story, game_map: GameMap, flags: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    marks: set[str] = set()
    for flag in str(game_map.properties.get("drains", "")).split():
        if flag not in flags:
            problems.append(
                Problem(
                    game_map.path,
                    f"it drains with {flag!r}, which is no beat or fact of the story",
                    "map property drains",
                )
            )
    for obj in game_map.objects:
        where = object_place(obj.id, obj.cls, obj.name)

        def report(message: str, where: str = where) -> None:
            problems.append(Problem(game_map.path, message, where))

        when = str(obj.properties.get("when", ""))
        try:
            condition = parse_condition(when)
        except ConditionError as error:
            report(f"its condition {when!r} cannot be read: {error}")
        else:
            for flag in sorted(condition.flags - flags):
                report(f"its condition names {flag!r}, which is no beat or fact of the story")
            for item in sorted(condition.items - set(story.items)):
                report(f"its condition names the item {item!r}, which the story lacks")
        talk = str(obj.properties.get("talk", ""))
        if obj.cls in _TOPIC_CLASSES and talk and talk not in story.topics:
            report(f"it plays the topic {talk!r}, which no dialogue file has")
        if obj.cls == "Item" and str(obj.properties["item"]) not in story.items:
            report(f"it gives the item {obj.properties['item']!r}, which the story lacks")
        if obj.cls == "Inspect" and not (talk or obj.properties.get("text")):
            report("it has neither a text nor a talk topic: looking at it would say nothing")
        if obj.cls == "Mark":
            mark = str(obj.properties["mark"])
            if mark in marks:
                report(f"the mark {mark!r} is used twice in this map")
            marks.add(mark)
    return problems


def _spot_problem(maps: Mapping[str, GameMap], place: str, spawn: str, complete: bool) -> str:
    game_map = maps.get(place)
    if game_map is None:
        return f"it goes to {place!r}, which is no map" if complete else ""
    spawns = {str(o.properties["spawn"]) for o in game_map.objects_of("Spawn")}
    if spawn not in spawns:
        return f"{place} has no Spawn {spawn!r}"
    return ""


def _effect_places(story: Story) -> list[tuple[str, Effects]]:
    """Every set of effects with where it is written."""
    found: list[tuple[str, Effects]] = [(f"chapter {c.name}", c.effects) for c in story.chapters]
    for topic, pages in story.topics.items():
        for page in pages:
            where = f"topic {topic}, page {page.index + 1}"
            found.append((where, page.effects))
            found += [(f"{where}, choice {c.text!r}", c.effects) for c in page.choices]
    for name, cutscene in story.cutscenes.items():
        found += [
            (f"cutscene {name}, step {i + 1}", s.effects) for i, s in enumerate(cutscene.steps)
        ]
    return found
