"""Rules on parts and wholes: a part larger than its whole, listed parts that miss their total,
shares that add to more than 100%.

``189 TTHC, trong đó có 96 TTHC liên thông``: the 96 is part of the 189 (``part_of``), and may overlap
with other parts. ``535 TTHC, gồm 120 + 200 + 168``: the parts are all of the 535 and must add up to it.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from typing import Any

from extractor.check.context import ArticleContext
from extractor.check.figures import (
    TOLERANCE,
    bounds,
    is_percent,
    make_check,
    overlap,
    same_unit,
    total_bounds,
)
from extractor.check.messages import quoted_list

__all__ = ["part_not_larger_than_whole", "parts_sum_to_total", "shares_at_most_100"]

Fact = dict[str, Any]
Check = dict[str, Any]


def _wholes_and_parts(facts: list[Fact], context: ArticleContext) -> list[tuple[Fact, list[Fact]]]:
    """Each whole with its parts, in text order; parts whose whole is not among ``facts``, or whose words
    no longer tie them to it, are left out."""
    by_id = {fact["id"]: fact for fact in facts}
    parts: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        whole = by_id.get(fact.get("part_of") or "")
        if whole is None or whole is fact or context.link_is_stated(whole, fact) is False:
            continue
        # "1/3 giá", "17/30": the number after the slash scales the one before it; it is no part or whole
        if context.is_denominator(whole) or context.is_denominator(fact) or _inside_another(fact, facts):
            continue
        parts[whole["id"]].append(fact)
    return [(by_id[whole_id], sorted(found, key=lambda f: f["span"][0])) for whole_id, found in parts.items()]


def _inside_another(fact: Fact, facts: list[Fact]) -> bool:
    """Whether the figure's span lies within a longer figure's (the ``30`` of ``607-800/30``)."""
    start, end = fact["span"]
    return any(
        other is not fact and other["span"][0] <= start and end <= other["span"][1] and other["span"] != fact["span"]
        for other in facts
    )


def part_not_larger_than_whole(facts: list[Fact], context: ArticleContext) -> list[Check]:
    """``500 hộ, trong đó có 620 hộ nghèo`` fails: a part cannot be larger than its whole."""
    checks = []
    for whole, parts in _wholes_and_parts(facts, context):
        for part in parts:
            if not same_unit(part, whole):
                continue
            larger = bounds(part)[0] > bounds(whole)[1]
            checks.append(
                make_check(
                    "part_not_larger_than_whole",
                    "fail" if larger else "pass",
                    [whole, part],
                    part=part["text"],
                    whole=whole["text"],
                )
            )
    return checks


def _listings(whole: Fact, parts: list[Fact], context: ArticleContext) -> list[tuple[str | None, list[Fact]]]:
    """The breakdowns of one whole, each with its relation (``"exhaustive"``, ``"subset"`` or ``None``).

    ``2.268 thủ tục gồm 1.833 cấp tỉnh, 301 cấp huyện và 134 cấp xã; trong đó mức độ 3 là 1.089 ...``
    holds two: a new clause starts another. A ``trong đó`` inside a listing introduces a part of the part
    before it (``120 TTHC cấp tỉnh (trong đó 50 TTHC liên thông)``), which is left out of the sums.
    """
    if not parts:
        return []
    listings = [(context.parts_relation(whole, parts[0]), [parts[0]])]
    for previous, part in pairwise(parts):
        step = context.starts_listing(previous, part)
        if step == "new":
            listings.append((context.listing_relation(previous, part), [part]))
        elif step != "sub":
            listings[-1][1].append(part)
    return listings


def parts_sum_to_total(facts: list[Fact], context: ArticleContext) -> list[Check]:
    """``535 TTHC, gồm 120 TTHC cấp tỉnh, 200 TTHC cấp huyện và 168 TTHC cấp xã`` fails: 488 ≠ 535.

    Parts after ``trong đó`` may overlap, so they only warn when they add to more than the total.
    """
    checks = []
    for whole, parts in _wholes_and_parts(facts, context):
        if is_percent(whole):
            continue
        for relation, listing in _listings(whole, parts, context):
            listed = [part for part in listing if same_unit(part, whole)]
            if len(listed) >= 2:
                complete = relation == "exhaustive" and context.lists_every_item(whole, listed) is not False
                checks.extend(_sum_check(whole, listed, relation, complete))
    return checks


def _sum_check(whole: Fact, listed: list[Fact], relation: str | None, complete: bool) -> list[Check]:
    """Listed parts against their total: all of it (gồm) must match, some of it (trong đó) must not exceed.

    A miss fails only where the text says the parts are all of the total (``gồm``), every item carries a
    figure, every figure is exact and every unit is written out the same; otherwise the parts can only
    be said to exceed the total.
    """
    total = total_bounds(listed)
    values = {"whole": whole["text"], "parts": quoted_list([p["text"] for p in listed]), "total": total[0]}
    used = [whole, *listed]
    exceeds = total[0] > bounds(whole)[1]
    if relation == "exhaustive" and complete:
        if overlap(total, bounds(whole)):
            return [make_check("parts_sum_to_total", "pass", used, **values)]
        certain = all((f.get("approx") or "exact") == "exact" and f.get("unit") == whole.get("unit") for f in used)
        return [make_check("parts_sum_to_total", "fail" if certain and whole.get("unit") else "warn", used, **values)]
    if exceeds:
        return [make_check("parts_sum_to_total", "warn", used, **values)]
    return []


def _share_groups(facts: list[Fact], context: ArticleContext) -> list[tuple[list[Fact], bool | None]]:
    """Percentages that are shares of one whole, and whether they are listed as all of it.

    A group is the percent parts of one whole (``part_of``), or the percentages of one sentence that are
    stated as shares (``nông nghiệp chiếm 40%, công nghiệp chiếm 35%``).
    """
    groups: list[tuple[list[Fact], bool | None]] = []
    for whole, parts in _wholes_and_parts(facts, context):
        for relation, listing in _listings(whole, parts, context):
            shares = [p for p in listing if is_percent(p) and not p.get("change")]
            if len(shares) >= 2:
                groups.append((shares, relation == "exhaustive"))
    by_sentence: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    previous: Fact | None = None
    for fact in sorted(facts, key=lambda f: f["span"][0]):
        if not is_percent(fact) or fact.get("part_of") or fact.get("change"):
            continue
        listed_after_share = previous is not None and bool(context.continues_list(previous, fact))
        if context.is_share(fact) or listed_after_share:
            by_sentence[tuple(fact.get("sentence") or (0, 0))].append(fact)
            previous = fact
        else:
            previous = None
    for shares in by_sentence.values():
        if len(shares) >= 2:
            groups.append((shares, context.lists_exhaustively(shares[0])))
    return groups


def shares_at_most_100(facts: list[Fact], context: ArticleContext) -> list[Check]:
    """``Cơ cấu kinh tế gồm nông nghiệp chiếm 40%, công nghiệp 35%, dịch vụ 30%`` fails: 105% > 100%.

    Shares that are not said to be all of one whole (nữ chiếm 60%, dân tộc thiểu số chiếm 45%) may overlap,
    so their sum over 100% is a warning.
    """
    checks = []
    for shares, exhaustive in _share_groups(facts, context):
        total = total_bounds(shares)
        values = {"parts": quoted_list([s["text"] for s in shares]), "total": total[0]}
        if total[0] <= 100 + TOLERANCE:
            checks.append(make_check("shares_at_most_100", "pass", shares, **values))
        else:
            checks.append(make_check("shares_at_most_100", "fail" if exhaustive else "warn", shares, **values))
    return checks
