"""One-to-one matching of gold items with predicted items, as the referee does it.

Both matchers are greedy in gold order, so a result depends only on the two
lists, never on a global optimum: that is what makes the numbers reproducible
and identical to ``../shared/eval/score.py``.

- Facts match on value; with ``need_unit`` the unit must also be accepted.
  Without it, a candidate whose unit is accepted is still preferred.
- Events match when their fit (:func:`event_fit`) is at least 0.5; the best
  fit wins, and among equal fits the later prediction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractor.evaluation.compare import prf, same_name, same_value, unit_accepted

__all__ = [
    "Matching",
    "change_direction",
    "event_fit",
    "match_events",
    "match_facts",
    "name_f1",
    "names_of",
    "result_name",
]

EVENT_MATCH_THRESHOLD = 0.5


@dataclass
class Matching:
    """Matched (gold, pred) pairs and what was left on each side."""

    pairs: list[tuple[dict, dict]]
    missed: list[dict]
    extra: list[dict]


def _matching(gold: list[dict], pred: list[dict], chosen: dict[int, int]) -> Matching:
    """Build the result from ``chosen``: gold index -> pred index."""
    pairs = [(gold[g], pred[p]) for g, p in chosen.items()]
    used = set(chosen.values())
    return Matching(
        pairs=pairs,
        missed=[g for i, g in enumerate(gold) if i not in chosen],
        extra=[p for i, p in enumerate(pred) if i not in used],
    )


def match_facts(gold: list[dict], pred: list[dict], *, need_unit: bool) -> Matching:
    """Pair each gold fact with the first unused prediction of the same value (unit-accepted first)."""
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for g_index, g in enumerate(gold):
        first_any: int | None = None
        first_with_unit: int | None = None
        for p_index, p in enumerate(pred):
            if p_index in used or not same_value(g.get("value"), p.get("value")):
                continue
            if unit_accepted(g, p):
                first_with_unit = p_index
                break
            if first_any is None and not need_unit:
                first_any = p_index
        pick = first_with_unit if first_with_unit is not None else first_any
        if pick is not None:
            used.add(pick)
            chosen[g_index] = pick
    return _matching(gold, pred, chosen)


def change_direction(fact: dict) -> str | None:
    """``increase``/``decrease``/``None`` from a predicted change object or a gold direction string."""
    change = fact.get("change")
    return change.get("direction") if isinstance(change, dict) else change


def names_of(items: Any) -> list[str]:
    """Non-empty names from a list of ``{"name": ...}`` objects or plain strings."""
    found = (item.get("name") if isinstance(item, dict) else item for item in items or [])
    return [name for name in found if name]


def name_f1(gold_names: list[str], pred_names: list[str]) -> float:
    """F1 of two name lists, each gold name taking the first unused similar prediction."""
    taken: set[int] = set()
    for g in gold_names:
        hit = next((i for i, p in enumerate(pred_names) if i not in taken and same_name(g, p)), None)
        if hit is not None:
            taken.add(hit)
    return float(prf(len(taken), len(pred_names), len(gold_names))["f1"])


def result_name(event: dict) -> str | None:
    """The resulting organization's name, from ``{"name": ...}`` or a plain string."""
    result = event.get("result")
    return result.get("name") if isinstance(result, dict) else result


def event_fit(gold: dict, pred: dict) -> float:
    """How well ``pred`` fits ``gold``: participants where gold names them, else result, else count."""
    if gold.get("type") != pred.get("type"):
        return 0.0
    gold_names = names_of(gold.get("participants"))
    if gold_names:
        return name_f1(gold_names, names_of(pred.get("participants")))
    gold_result = result_name(gold)
    if gold_result:
        pred_result = result_name(pred)
        return 1.0 if pred_result and same_name(gold_result, pred_result) else 0.0
    count = gold.get("count")
    return 1.0 if count is not None and count == pred.get("count") else 0.0


def match_events(gold: list[dict], pred: list[dict]) -> Matching:
    """Pair each gold event with the best-fitting unused prediction (fit >= 0.5; ties go to the later one)."""
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for g_index, g in enumerate(gold):
        best: tuple[float, int] | None = None
        for p_index, p in enumerate(pred):
            if p_index in used:
                continue
            fit = event_fit(g, p)
            if fit >= EVENT_MATCH_THRESHOLD and (best is None or (fit, p_index) > best):
                best = (fit, p_index)
        if best is not None:
            used.add(best[1])
            chosen[g_index] = best[1]
    return _matching(gold, pred, chosen)
