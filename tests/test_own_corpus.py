"""The project's own corpus (corpora/own): well-formed gold, an up-to-date dataset card, and a score floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.evaluation import evaluate, load_records
from extractor.evaluation.command import predict

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "corpora" / "own"
GOLD = OWN / "gold.jsonl"

# ---------------------------------------------------------------------------------------------
# SCORE FLOOR: first set when facts and events were wired together (value+unit F1 0.938, events
# F1 0.830); raised when the error classes those scores showed were fixed by general rules (all
# scores 1.000 on 2026-11-26). The floors sit a few points below today's numbers so that one
# article's worth of noise does not fail the suite but a real regression does. These articles have
# since been read while fixing errors, so they are no longer an unseen test: the dev corpus and
# new articles are. Raise the floors when the extractor improves; never lower them to pass a change.
THRESHOLDS = {"facts_value_unit_f1": 0.97, "facts_value_f1": 0.97, "events_f1": 0.93, "change_accuracy": 0.97}
# ---------------------------------------------------------------------------------------------

FACT_KEYS = {"value", "unit", "change", "quote"}
EVENT_KEYS = {"type", "participants", "result", "count", "quote"}
EVENT_TYPES = {"merge", "rename", "dissolve", "establish", "split", "transfer"}


def _gold_lines() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_at_least_thirty_articles_each_with_gold() -> None:
    texts = {p.stem for p in OWN.glob("*.txt")}
    gold_ids = [g["doc_id"] for g in _gold_lines()]
    assert len(texts) >= 30
    assert sorted(gold_ids) == sorted(texts)
    assert len(set(gold_ids)) == len(gold_ids)


@pytest.mark.parametrize("gold", _gold_lines(), ids=lambda g: g["doc_id"])
def test_gold_follows_the_shared_format(gold: dict) -> None:
    text = (OWN / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
    assert set(gold) == {"doc_id", "metadata", "facts", "events"}
    assert set(gold["metadata"]) <= {"title", "published_at", "authors"}
    for fact in gold["facts"]:
        assert set(fact) == FACT_KEYS
        assert isinstance(fact["value"], int | float) and isinstance(fact["unit"], list) and fact["unit"]
        assert fact["change"] in (None, "increase", "decrease")
        assert fact["quote"] in text
    for event in gold["events"]:
        assert set(event) == EVENT_KEYS and event["type"] in EVENT_TYPES
        assert event["participants"] or event["result"] or event["count"]
        assert event["quote"] in text
        assert all(name in text for name in event["participants"] + [event["result"] or ""])


def test_dataset_card_counts_are_current() -> None:
    spec = importlib.util.spec_from_file_location("phenomena", ROOT / "corpora" / "phenomena.py")
    phenomena = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(phenomena)
    assert phenomena.readme_table() == phenomena.table(), "run: python corpora/phenomena.py, paste into README"


@pytest.fixture(scope="module")
def own_scores() -> dict:
    return evaluate(load_records(GOLD), predict(sorted(str(p) for p in OWN.glob("*.txt")))).totals


def test_extractor_scores_above_the_floor(own_scores: dict) -> None:
    today = {
        "facts_value_unit_f1": own_scores["value_unit"]["f1"],
        "facts_value_f1": own_scores["value"]["f1"],
        "events_f1": own_scores["events"]["f1"],
        "change_accuracy": own_scores["change_accuracy"],
    }
    below = {k: (today[k], floor) for k, floor in THRESHOLDS.items() if today[k] < floor}
    assert not below, f"scores on corpora/own fell below the floor (today, floor): {below}"
    assert own_scores["docs_missing"] == 0
