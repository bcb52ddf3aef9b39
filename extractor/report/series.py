"""Figures tracked across articles (series) and figures that disagree (conflicts).

A series is every figure about the same subject, in the same unit, of the same measure and
the same kind (a level, or an increase or decrease by an amount), whatever article it
comes from; see :mod:`extractor.report.names` for when two subjects are the same. Its points
are ordered by the end of their period, else by the article's publication date.

A conflict is two figures of one series, from two articles, for the same period, whose
values cannot be the same number. Each figure stands for a range: ``khoảng 500`` is 450-550,
``hơn 500`` anything above 500, ``3-5`` is 3 to 5, and an exact figure is widened by the
rounding its trailing zeros allow (``1.200.000`` may be 1.150.000-1.250.000), at most 5%.
Conflicts are ranked by how far apart the two ranges are, relative to the larger value.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from extractor.check.figures import bounds, overlap

__all__ = ["Conflict", "Series", "find_conflicts", "group_series"]

_MAX_ROUNDING = 0.05
_NO_DATE = "9999"


@dataclass
class Series:
    """The figures of one subject, unit, measure and kind, in time order."""

    key: tuple[str, str, str, str]
    subject: str
    unit: str
    measure: str | None
    change: str
    points: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "s" + hashlib.sha1("\x1f".join(self.key).encode("utf-8")).hexdigest()[:10]

    @property
    def articles(self) -> int:
        return len({point["article"] for point in self.points})


@dataclass
class Conflict:
    """Two figures for the same subject, unit and period that cannot be the same number."""

    series: Series
    first: dict[str, Any]
    second: dict[str, Any]
    gap: float  # distance between the two ranges, relative to the larger value (0.25 = 25%)


def when(point: dict[str, Any]) -> str:
    """The date a point is ordered by: its period's end, else its start, else the publication date."""
    return point.get("period_end") or point.get("period_start") or (point.get("published_at") or _NO_DATE)[:10]


def group_series(points: list[dict[str, Any]]) -> list[Series]:
    """Series of every point that has a subject, most articles first; single-article series included."""
    grouped: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for point in points:
        if point["subject_key"]:
            key = (point["subject_key"], point["unit"], (point["measure"] or "").casefold(), point["change"])
            grouped[key].append(point)
    series = []
    for key, members in grouped.items():
        members.sort(key=lambda p: (when(p), p["article"], p["fact_id"] or ""))
        written = max(
            {p["subject"] for p in members}, key=lambda name: (sum(p["subject"] == name for p in members), len(name))
        )
        series.append(Series(key, written, key[1], members[0]["measure"], key[3], members))
    series.sort(key=lambda s: (-s.articles, -len(s.points), s.key))
    return series


def rounded_bounds(point: dict[str, Any]) -> tuple[float, float]:
    """The range a figure may stand for, exact figures widened by the rounding their digits allow."""
    low, high = bounds(point)
    if point["approx"] != "exact" or point["value_max"] is not None:
        return low, high
    slack = min(_rounding(point["value"]), abs(point["value"]) * _MAX_ROUNDING)
    return low - slack, high + slack


def _rounding(value: float) -> float:
    if not value:
        return 0.0
    if not float(value).is_integer():
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return 0.5 * 10**-decimals
    whole = int(abs(value))
    zeros = len(str(whole)) - len(str(whole).rstrip("0"))
    return 0.5 * 10**zeros if zeros else 0.0


def find_conflicts(series: list[Series]) -> list[Conflict]:
    """Every pair of disagreeing figures for one period, from two articles, the widest gap first."""
    found = []
    for one in series:
        by_period: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for point in one.points:
            if point["period_start"] and point["period_end"]:
                by_period[(point["period_start"], point["period_end"])].append(point)
        for members in by_period.values():
            seen: set[tuple[int, int]] = set()
            for first, second in combinations(members, 2):
                pair = (first["article"], second["article"])
                if first["article"] == second["article"] or pair in seen:
                    continue
                a, b = rounded_bounds(first), rounded_bounds(second)
                if overlap(a, b):
                    continue
                seen.add(pair)
                found.append(Conflict(one, first, second, _gap(a, b, first["value"], second["value"])))
    found.sort(key=lambda c: (-c.gap, c.series.key, c.first["article"], c.second["article"]))
    return found


def _gap(a: tuple[float, float], b: tuple[float, float], x: float, y: float) -> float:
    distance = max(a[0] - b[1], b[0] - a[1])
    scale = max(abs(x), abs(y)) or 1.0
    return distance / scale if math.isfinite(distance) else 1.0
