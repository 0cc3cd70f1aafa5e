"""What the story's parts say of each other: every name they use must exist, beats in order."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from coraline_game.input.labels import PLACEHOLDERS, unknown_placeholders
from coraline_game.maps.problems import Problem, brief, named
from coraline_game.paths import assets_dir, file_in
from coraline_game.story.conditions import Condition
from coraline_game.story.model import Effects, Story

KNOWN = ", ".join(f"{{{name}}}" for name in sorted(PLACEHOLDERS))


def reference_problems(
    story: Story,
    folder: Path,
    topic_files: Mapping[str, Path],
    cutscene_files: Mapping[str, Path],
) -> list[Problem]:
    """`topic_files`, `cutscene_files`: the file each topic and cutscene was read from."""
    problems: list[Problem] = []
    main = folder / "story.toml"

    def report(path: Path, place: str, message: str) -> None:
        problems.append(Problem(path, message, place))

    flags = set(story.beats) | story.facts

    def condition(path: Path, place: str, when: Condition) -> None:
        for flag in sorted(when.flags - flags):
            report(
                path,
                place,
                f"the condition names {brief(flag)}, which is no beat or fact of story.toml",
            )
        for item in sorted(when.items - set(story.items)):
            report(
                path, place, f"the condition names the item {brief(item)}, which items.toml lacks"
            )

    def effects(path: Path, place: str, done: Effects, when: Condition | None) -> None:
        for flag in done.set:
            if flag not in flags:
                report(
                    path, place, f"it sets {brief(flag)}, which is no beat or fact of story.toml"
                )
            elif when is not None and flag in story.prerequisites:
                missing = story.prerequisites[flag] - when.needs
                # Requiring a later beat implies the earlier ones.
                if missing and not any(
                    story.prerequisites.get(n, frozenset()) >= missing for n in when.needs
                ):
                    first = min(missing, key=story.beats.index)
                    report(
                        path,
                        place,
                        f"it sets {brief(flag)} but its condition does not need {brief(first)}:"
                        " the beat could come out of order",
                    )
        for item in (*done.give, *done.take):
            if item not in story.items:
                report(path, place, f"it names the item {brief(item)}, which items.toml lacks")
        if done.talk and done.talk not in story.topics:
            report(
                path, place, f"it leads to the topic {brief(done.talk)}, which no dialogue file has"
            )
        if done.cutscene and done.cutscene not in story.cutscenes:
            report(
                path,
                place,
                f"it plays the cutscene {brief(done.cutscene)}, which no cutscene file has",
            )
        if done.chapter and done.chapter not in story.chapter_index:
            report(
                path, place, f"it starts the chapter {brief(done.chapter)}, which story.toml lacks"
            )
        if done.go and done.go.count(":") != 1:
            report(path, place, f'go should read "map:spawn", found {brief(done.go)}')

    for index, objective in enumerate(story.objectives):
        condition(main, f"objective {index + 1}", objective.when)
    for chapter in story.chapters:
        place = f"chapter {named(chapter.name)}"
        if chapter.after and chapter.after not in story.beats:
            report(main, place, f"after should name a beat, found {brief(chapter.after)}")
        for item in chapter.items:
            if item not in story.items:
                report(
                    main, place, f"it starts with the item {brief(item)}, which items.toml lacks"
                )
        start = story.beats_until(chapter.after) if chapter.after in story.beats else ()
        effects(main, place, chapter.effects, Condition(frozenset(start)))
    for name, speaker in story.speakers.items():
        portraits = assets_dir() / "portraits"
        if speaker.portrait and file_in(portraits, speaker.portrait, ".png") is None:
            report(
                folder / "speakers.toml",
                f"speaker {named(name)}",
                f"its portrait {brief(speaker.portrait + '.png')} is not in assets/portraits",
            )
    for topic, pages in story.topics.items():
        path = topic_files[topic]
        for page in pages:
            place = f"topic {named(topic)}, page {page.index + 1}"
            condition(path, place, page.when)
            for line in page.lines:
                if line.speaker not in story.speakers:
                    report(
                        path,
                        place,
                        f"{brief(line.speaker)} speaks, but speakers.toml does not list them",
                    )
                for name in unknown_placeholders(line.text):
                    shown = brief("{" + name + "}")
                    report(path, place, f"the placeholder {shown} names no action: {KNOWN}")
            effects(path, place, page.effects, page.when)
            for choice in page.choices:
                effects(path, f"{place}, choice {brief(choice.text)}", choice.effects, page.when)
    for name, cutscene in story.cutscenes.items():
        path = cutscene_files[name]
        for index, step in enumerate(cutscene.steps):
            place = f"cutscene {named(name)}, step {index + 1}"
            if step.kind == "say":
                said = story.topics.get(step.topic)
                if said is None:
                    report(
                        path,
                        place,
                        f"it says the topic {brief(step.topic)}, which no dialogue file has",
                    )
                elif any(page.choices or page.effects.goes_on for page in said):
                    report(
                        path,
                        place,
                        f"the topic {brief(step.topic)} offers a choice or leads on:"
                        " a cutscene can only say plain lines",
                    )
            elif step.kind == "do":
                effects(path, place, step.effects, None)
                if (
                    step.effects.goes_on
                    and index != len(cutscene.steps) - 1
                    and not step.effects.go
                ):
                    report(
                        path, place, "a talk, cutscene or chapter must be the cutscene's last step"
                    )
    return problems
