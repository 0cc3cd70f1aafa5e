"""Story files are read whole and held to what the game needs: every problem named with its
file, its place in the file and a plain sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from coraline_game.story.loader import StoryError, load_story
from tests.story.fixtures import (
    CUTSCENES,
    DIALOGUE,
    ITEMS,
    SPEAKERS,
    STORY,
    small_story,
    write_story,
)


def test_a_line_may_name_an_actions_key_as_a_placeholder(tmp_path: Path) -> None:
    dialogue = DIALOGUE.replace("Hello yourself.", "Hold {stone}, then {interact}.")
    story = load_story(write_story(tmp_path, dialogue=dialogue))
    assert story.topics["friend"][0].lines[1].text == "Hold {stone}, then {interact}."


def test_the_test_story_reads_clean(tmp_path: Path) -> None:
    story = small_story(tmp_path)
    assert story.beats == ("arrived", "met_friend", "opened_box", "seen_a", "seen_b", "done")
    assert story.prerequisites["seen_b"] == {"arrived", "met_friend", "opened_box"}
    assert story.prerequisites["done"] >= {"seen_a", "seen_b"}
    assert [page.index for page in story.topics["friend"]] == [0, 1, 2]
    assert story.chapter("evening").items == ("key",)
    assert story.objective(frozenset({"met_friend"}), frozenset(), "day") == "Open the box."


def _problems(tmp_path: Path, **files: str) -> list[str]:
    with pytest.raises(StoryError) as caught:
        load_story(write_story(tmp_path, **files))
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("files", "where", "says"),
    [
        (
            {"dialogue": DIALOGUE.replace('"friend: Nice day."', '"frend: Nice day."')},
            "dialogue/talk.toml:topic friend, page 3",
            "'frend' speaks, but speakers.toml does not list them",
        ),
        (
            {"dialogue": DIALOGUE.replace("Hello yourself.", "Hold {stoen} to look.")},
            "dialogue/talk.toml:topic friend, page 1",
            "the placeholder '{stoen}' names no action: {cancel}, {down}",
        ),
        (
            {"dialogue": DIALOGUE.replace('when = "arrived !met_friend"', 'when = "arived"')},
            "dialogue/talk.toml:topic friend, page 1",
            "names 'arived', which is no beat or fact",
        ),
        (
            {"dialogue": DIALOGUE.replace('when = "arrived !met_friend"', 'when = "!met_friend"')},
            "dialogue/talk.toml:topic friend, page 1",
            "sets 'met_friend' but its condition does not need 'arrived'",
        ),
        (
            {
                "dialogue": DIALOGUE.replace(
                    'then = { talk = "friend" }', 'then = { talk = "frend" }'
                )
            },
            "dialogue/talk.toml:topic refusal, page 1",
            "leads to the topic 'frend', which no dialogue file has",
        ),
        (
            {"dialogue": DIALOGUE.replace('give = "key"', 'give = "lamp"')},
            "choice 'Yes.'",
            "names the item 'lamp', which items.toml lacks",
        ),
        (
            {"dialogue": DIALOGUE.replace('"friend: Hello there."', '"Hello there."')},
            "dialogue/talk.toml:topic friend, page 1",
            'a line should read "speaker: what they say"',
        ),
        (
            {
                "dialogue": DIALOGUE.replace(
                    'chapter = "evening"', 'chapter = "evening", talk = "friend"'
                )
            },
            "dialogue/talk.toml:topic knock, page 1",
            "more than one way on",
        ),
        (
            {"dialogue": DIALOGUE + "\n[oops]\nlines = 3\n"},
            "dialogue/talk.toml:topic oops",
            "should be one or more pages",
        ),
        (
            {"dialogue": "[[friend]\nlines = ["},
            "dialogue/talk.toml",
            "is not valid TOML",
        ),
        (
            {"cutscenes": CUTSCENES.replace("{ wait = 20 }", "{ wait = -3 }")},
            "cutscenes/scenes.toml:cutscene stroll, step 3",
            "ticks should be a whole number from 0 to 3600",
        ),
        (
            {"cutscenes": CUTSCENES.replace('{ say = "walk_lines" }', '{ say = "friend" }')},
            "cutscenes/scenes.toml:cutscene stroll, step 4",
            "offers a choice or leads on",
        ),
        (
            {
                "cutscenes": CUTSCENES.replace(
                    '{ face = "friend", to = "up" }', '{ dance = "friend" }'
                )
            },
            "cutscenes/scenes.toml:cutscene stroll, step 2",
            "exactly one of walk, face, wait, say, camera, fade, do",
        ),
        (
            {"cutscenes": CUTSCENES.replace("zoom = 2", "zoom = 5")},
            "cutscenes/scenes.toml:cutscene stroll, step 5",
            "zoom should be 1, 2 or 3",
        ),
        (
            {"story": STORY.replace('after = "opened_box"', 'after = "opened_bax"')},
            "story.toml:chapter evening",
            "after should name a beat",
        ),
        (
            {"story": STORY.replace('time = "night"', 'time = "dusk"')},
            "story.toml:chapter 2",
            "time should be day or night",
        ),
        (
            {"story": STORY.replace('facts = ["knocked"]', 'facts = ["knocked", "done"]')},
            "story.toml:facts",
            "'done' is a beat already",
        ),
    ],
)
def test_a_broken_story_names_file_place_and_reason(
    tmp_path: Path, files: dict[str, str], where: str, says: str
) -> None:
    problems = _problems(tmp_path, **files)
    assert any(where in p and says in p for p in problems), problems


_NO_CHAPTERS = STORY.split("[[chapter]]")[0] + "[[objective]]" + STORY.split("[[objective]]", 1)[1]


# Found by fuzzing (tools/fuzzing/): each was an exception, a library's words, a problem
# naming the dialogue folder rather than its file, a problem of two lines, thousands of
# characters long, or a story that loaded and could not start a game.
@pytest.mark.parametrize(
    ("files", "says"),
    [
        (
            {"items": ITEMS + "deep = " + "[" * 1000 + "]" * 1000 + "\n"},
            "items.toml: error: is not valid TOML: arrays or tables nest too deep to be read"
            " (at line 5, more than 100 deep)",
        ),
        (
            {"items": ITEMS + "big = 1" + "0" * 5000 + "\n"},
            "items.toml: error: is not valid TOML: a number has more than 4300 digits (at line 5)",
        ),
        (
            {"dialogue": DIALOGUE + '\n[[ odd ]]\nlines = ["nobody: hi"]\n'},
            "dialogue/talk.toml:topic odd, page 1: error: 'nobody' speaks",
        ),
        (
            {"dialogue": DIALOGUE + '\n["two\\nlines"]\nlines = 3\n'},
            "dialogue/talk.toml:topic 'two\\nlines': error: should be one or more pages",
        ),
        (
            {"story": STORY.replace('time = "night"', 'time = "' + "n" * 5000 + '"')},
            "story.toml:chapter 2: error: time should be day or night, found 'nnnnnnnn",
        ),
        (
            {"speakers": SPEAKERS + 'portrait = "' + "p" * 5000 + '"\n'},
            "speakers.toml:speaker friend: error: its portrait 'pppppppp",
        ),
        (
            {"dialogue": DIALOGUE.replace("choices = [", "choices = 1\nunused = [")},
            "dialogue/talk.toml:topic friend, page 2: error: choices should be a list of tables",
        ),
        (
            {"story": _NO_CHAPTERS, "dialogue": DIALOGUE.replace(', chapter = "evening"', "")},
            "story.toml:chapter: error: there is no [[chapter]]: a new game starts the first",
        ),
    ],
)
def test_what_fuzzing_found_is_a_short_line_naming_file_and_place(
    tmp_path: Path, files: dict[str, str], says: str
) -> None:
    problems = _problems(tmp_path, **files)
    assert any(says in problem for problem in problems), problems
    assert all("\n" not in problem and len(problem) < 600 for problem in problems), problems


def test_a_portrait_is_only_ever_one_of_assets_portraits(tmp_path: Path) -> None:
    """There is a file there, but up and out of the folder: it is not one of the portraits."""
    problems = _problems(tmp_path, speakers=SPEAKERS + 'portrait = "../portraits/coraline"\n')
    says = "speakers.toml:speaker friend: error: its portrait '../portraits/coraline.png' is not"
    assert any(says in problem for problem in problems), problems
