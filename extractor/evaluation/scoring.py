"""Scores a set of predicted records against gold: totals, a per-article breakdown, and the errors.

The totals have the same keys and the same numbers as the referee's
``score.py --json`` report (``value``, ``value_unit``, ``events``,
``change_accuracy``, ``event_participants_f1``, ``event_result_accuracy``,
``metadata_accuracy``, ``docs``, ``docs_missing``). Articles are joined by
``doc_id``; a gold article without a usable prediction (absent, or an error
record without facts) scores as an empty prediction and counts in
``docs_missing``. Predictions for articles that have no gold are ignored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from extractor.evaluation.compare import normalize_for_match, prf, same_name
from extractor.evaluation.matching import (
    Matching,
    change_direction,
    match_events,
    match_facts,
    name_f1,
    names_of,
    result_name,
)

__all__ = ["Evaluation", "evaluate"]

METADATA_FIELDS = ("published_at", "title", "authors")


@dataclass
class _Tally:
    """Running counts over all articles."""

    counts: dict[str, list[int]] = field(
        default_factory=lambda: {key: [0, 0, 0] for key in ("value", "value_unit", "events")}
    )
    ratios: Counter = field(default_factory=Counter)
    metadata: dict[str, list[int]] = field(default_factory=lambda: {key: [0, 0] for key in METADATA_FIELDS})

    def add(self, key: str, matching: Matching) -> None:
        tp = len(matching.pairs)
        self.counts[key][0] += tp
        self.counts[key][1] += tp + len(matching.extra)
        self.counts[key][2] += tp + len(matching.missed)


@dataclass
class Evaluation:
    """The outcome of :func:`evaluate`: referee-compatible totals, per-article rows, and errors."""

    totals: dict[str, Any]
    articles: list[dict[str, Any]]
    errors: list[dict[str, Any]]


def _ratio(hits: float, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def _same_instant(gold: Any, pred: Any) -> bool:
    if not gold or not pred:
        return gold == pred
    try:
        return datetime.fromisoformat(gold) == datetime.fromisoformat(pred)
    except ValueError:
        return gold == pred


def _score_metadata(tally: _Tally, gold: dict, pred: dict) -> None:
    """Only the fields the gold states are counted."""
    checks = {
        "published_at": lambda: _same_instant(gold["published_at"], pred.get("published_at")),
        "title": lambda: normalize_for_match(gold["title"]) == normalize_for_match(pred.get("title")),
        "authors": lambda: name_f1(names_of(gold["authors"]), names_of(pred.get("authors"))) == 1.0,
    }
    for key in METADATA_FIELDS:
        if key in gold:
            tally.metadata[key][1] += 1
            tally.metadata[key][0] += bool(checks[key]())


def _score_events(tally: _Tally, matching: Matching) -> None:
    for gold, pred in matching.pairs:
        gold_names = names_of(gold.get("participants"))
        pred_names = names_of(pred.get("participants"))
        tally.ratios["participants_sum"] += name_f1(gold_names, pred_names) if gold_names else 1.0
        tally.ratios["participants_n"] += 1
        gold_result, pred_result = result_name(gold), result_name(pred)
        tally.ratios["result_ok"] += (not gold_result and not pred_result) or bool(
            gold_result and pred_result and same_name(gold_result, pred_result)
        )
        tally.ratios["result_n"] += 1


def _errors(doc_id: str, facts: Matching, events: Matching) -> list[dict[str, Any]]:
    """Misses and extras, in a form both people and scripts can read."""
    rows: list[dict[str, Any]] = []
    for kind, items in (("missed", facts.missed), ("extra", facts.extra)):
        for fact in items:
            rows.append({"doc_id": doc_id, "item": "fact", "kind": kind, "value": fact.get("value"),
                         "unit": fact.get("unit"), "change": change_direction(fact),
                         "quote": fact.get("quote", fact.get("text"))})
    for kind, items in (("missed", events.missed), ("extra", events.extra)):
        for event in items:
            rows.append({"doc_id": doc_id, "item": "event", "kind": kind, "type": event.get("type"),
                         "participants": names_of(event.get("participants")), "result": result_name(event),
                         "count": event.get("count")})
    for gold, pred in facts.pairs:
        if change_direction(gold) != change_direction(pred):
            rows.append({"doc_id": doc_id, "item": "fact", "kind": "wrong_change", "value": gold.get("value"),
                         "unit": gold.get("unit"), "change": change_direction(pred),
                         "expected_change": change_direction(gold), "quote": gold.get("quote")})
    return rows


def _usable(pred: dict | None) -> bool:
    return pred is not None and not ("error" in pred and not pred.get("facts"))


def evaluate(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> Evaluation:
    """Score ``pred_docs`` against ``gold_docs`` (both keyed by ``doc_id``)."""
    tally = _Tally()
    articles: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    missing = 0
    for doc_id, gold in gold_docs.items():
        pred = pred_docs.get(doc_id)
        usable = _usable(pred)
        if not usable:
            missing += 1
            pred = {}
        gold_facts, pred_facts = gold.get("facts", []), pred.get("facts", []) or []  # type: ignore[union-attr]
        if gold_facts is None:  # events-only gold ("facts": null): the article's facts are not scored
            facts = Matching([], [], [])
        else:
            tally.add("value", match_facts(gold_facts, pred_facts, need_unit=False))
            facts = match_facts(gold_facts, pred_facts, need_unit=True)
            tally.add("value_unit", facts)
        for g, p in facts.pairs:
            tally.ratios["change_n"] += 1
            tally.ratios["change_ok"] += change_direction(g) == change_direction(p)
        events = match_events(gold.get("events", []), pred.get("events", []) or [])
        tally.add("events", events)
        _score_events(tally, events)
        _score_metadata(tally, gold.get("metadata", {}), pred.get("metadata", {}) or {})
        articles.append(_article_row(doc_id, facts, events, missing=not usable))
        errors.extend(_errors(doc_id, facts, events))
    totals: dict[str, Any] = {key: prf(*counts) for key, counts in tally.counts.items()}
    r = tally.ratios
    totals["change_accuracy"] = _ratio(r["change_ok"], r["change_n"])
    totals["event_participants_f1"] = _ratio(r["participants_sum"], r["participants_n"])
    totals["event_result_accuracy"] = _ratio(r["result_ok"], r["result_n"])
    totals["metadata_accuracy"] = {key: _ratio(hit, n) for key, (hit, n) in tally.metadata.items()}
    totals["docs"] = len(gold_docs)
    totals["docs_missing"] = missing
    return Evaluation(totals=totals, articles=articles, errors=errors)


def _article_row(doc_id: str, facts: Matching, events: Matching, *, missing: bool) -> dict[str, Any]:
    def counts(matching: Matching) -> dict[str, Any]:
        tp = len(matching.pairs)
        return prf(tp, tp + len(matching.extra), tp + len(matching.missed))

    return {"doc_id": doc_id, "missing": missing, "facts": counts(facts), "events": counts(events)}
