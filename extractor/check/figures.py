"""Small arithmetic on fact dicts shared by the rules: bounds of a figure, unit kinds, the check dict."""

from __future__ import annotations

import math
from typing import Any

from extractor.check.messages import message
from extractor.lang.vi import load

__all__ = [
    "TOLERANCE",
    "bounds",
    "is_percent",
    "make_check",
    "overlap",
    "same_unit",
    "states_percent",
    "total_bounds",
]

Fact = dict[str, Any]

# Rounded shares (33,3% + 33,3% + 33,3%) must not fail: sums may be off by this much.
TOLERANCE = 0.5
# "khoảng 500" is taken to mean 500 give or take this fraction.
_ABOUT = 0.1
# "hơn 500" is more than 500: the lowest value it can be is just above it.
_JUST_ABOVE = 1e-9


def bounds(fact: Fact) -> tuple[float, float]:
    """The lowest and highest value a figure can mean: "khoảng 100" → (90, 110), "3-5 ngày" → (3, 5)."""
    low = float(fact["value"])
    high = float(fact.get("value_max") or low)
    approx = fact.get("approx") or "exact"
    if approx == "about":
        return low * (1 - _ABOUT), high * (1 + _ABOUT)
    if approx == "more_than":
        return low + max(abs(low), 1.0) * _JUST_ABOVE, math.inf
    if approx == "at_least":
        return low, math.inf
    if approx == "less_than":
        return -math.inf, high - max(abs(high), 1.0) * _JUST_ABOVE
    if approx == "at_most":
        return -math.inf, high
    return low, high


def total_bounds(facts: list[Fact]) -> tuple[float, float]:
    """Bounds of the sum of several figures."""
    lows, highs = zip(*(bounds(fact) for fact in facts))
    return sum(lows), sum(highs)


def overlap(first: tuple[float, float], second: tuple[float, float], tolerance: float = 0.0) -> bool:
    """Whether two ranges of values can be the same number."""
    return first[0] <= second[1] + tolerance and second[0] <= first[1] + tolerance


def is_percent(fact: Fact) -> bool:
    return fact.get("unit") == "percent" or fact.get("quantity_kind") == "percent"


def states_percent(fact: Fact) -> bool:
    """Whether the figure is written as a percentage (``150%``, ``5 phần trăm``), not only given the unit."""
    written = (fact.get("text") or "").lower()
    return any(sign.lower() in written for sign in load("checks")["markers"]["percent_sign"])


def same_unit(first: Fact, second: Fact) -> bool:
    """Whether two figures count or measure the same thing; a missing unit is taken as the other's."""
    if is_percent(first) != is_percent(second):
        return False
    if first.get("unit") is None or second.get("unit") is None:
        return first.get("quantity_kind") == second.get("quantity_kind") or None in (
            first.get("quantity_kind"),
            second.get("quantity_kind"),
        )
    return first["unit"] == second["unit"]


def make_check(rule: str, status: str, facts: list[Fact], key: str | None = None, **values: Any) -> dict[str, Any]:
    """One item of a record's ``checks`` (schema ``$defs/check``)."""
    return {
        "rule": rule,
        "status": status,
        "facts": [fact["id"] for fact in facts],
        "message": message(rule, key or status, **values),
    }
