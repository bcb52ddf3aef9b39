"""Every argument frame in ``lang/vi/events/frames.yaml`` is exercised by its own examples.

The frames file is where a linguist adds a shape of Vietnamese restructuring sentences; its examples are the
contract: each sentence, run through the whole extractor, states exactly the events listed under it.
"""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.lang.vi import EVENT_FILES, event_lexicon, load

FRAMES: dict = load("events/frames")
CASES = [pytest.param(example, id=f"{name}-{number}")
         for name, frame in FRAMES.items() for number, example in enumerate(frame["examples"], start=1)]


def _shape(event: dict) -> dict:
    """The scored fields of an extracted event, names as written."""
    result = event["result"]
    return {"type": event["type"], "participants": [p["name"] for p in event["participants"]],
            "result": result["name"] if result else None, "count": event["count"]}


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_every_frame_is_documented_and_exercised(name: str) -> None:
    frame = FRAMES[name]
    assert frame["frame"] and frame["means"] and frame["words"], name
    assert frame["examples"], f"frame {name} has no example sentence"


@pytest.mark.parametrize("example", CASES)
def test_frame_example_states_its_events(example: dict) -> None:
    events = [_shape(e) for e in extract(example["text"], doc_id="frame")["events"]]
    assert events == example["events"]


def test_frames_give_their_words_to_the_event_lexicon() -> None:
    lexicon = event_lexicon()
    for name, frame in FRAMES.items():
        assert lexicon[name] == frame["words"]


def test_event_word_lists_are_defined_once() -> None:
    keys = [key for name in EVENT_FILES for key in load(name)]
    assert len(keys) == len(set(keys))
