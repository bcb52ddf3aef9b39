"""Rules on single figures and repeated ones: a percentage over 100 where it cannot be, a change whose
implied earlier value is below zero, the same measure stated twice with different values.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from extractor.check.context import ArticleContext
from extractor.check.figures import TOLERANCE, bounds, is_percent, make_check, overlap, states_percent

__all__ = ["baseline_not_negative", "consistent_repeats", "percent_at_most_100"]

Fact = dict[str, Any]
Check = dict[str, Any]

# Two statements match when at least this many words before their figures agree.
_MIN_SHARED_WORDS = 4


def percent_at_most_100(facts: list[Fact], context: ArticleContext) -> list[Check]:
    """``Tỷ lệ hồ sơ đúng hạn đạt 120%`` fails (a share); ``giảm 120%`` fails (less than nothing);
    ``đạt 120% kế hoạch`` and ``tăng 150%`` are fine; a bare ``120%`` is a warning.
    """
    checks = []
    for fact in facts:
        # "khoảng 10.000 trong số 43.000" given "%" by a neighbour is no percentage: only a figure written
        # with its percent sign is judged
        if not is_percent(fact) or not states_percent(fact):
            continue
        change = fact.get("change")
        over = bounds(fact)[0] > 100 + TOLERANCE
        if change:
            if over and change["direction"] == "decrease" and change["type"] == "by":
                checks.append(make_check("percent_at_most_100", "fail", [fact], "fail_decrease", figure=fact["text"]))
            continue
        if context.compares(fact) or context.multiplies(fact):
            continue
        share = bool(fact.get("part_of")) or bool(context.is_rate(fact))
        if over:
            checks.append(make_check("percent_at_most_100", "fail" if share else "warn", [fact], figure=fact["text"]))
        elif share:
            checks.append(make_check("percent_at_most_100", "pass", [fact], figure=fact["text"]))
    return checks


def baseline_not_negative(facts: list[Fact], context: ArticleContext) -> list[Check]:
    """``100 hồ sơ, tăng 150 hồ sơ`` fails: a year earlier there would have been -50."""
    checks = []
    for fact in facts:
        baseline = fact.get("baseline")
        if baseline is None:
            continue
        status = "fail" if baseline < 0 else "pass"
        checks.append(make_check("baseline_not_negative", status, [fact], figure=fact["text"], baseline=baseline))
    return checks


def _change_key(fact: Fact) -> tuple | None:
    change = fact.get("change")
    return (change["direction"], change["type"]) if change else None


def _repeat_key(fact: Fact) -> tuple | None:
    """What two figures must share to be the same measure stated twice; ``None`` when too vague to tell.

    With a ``measure`` (thời gian giải quyết) the measure names it. Without one, only a change is specific
    enough, and then only if stated in the same words (see :func:`_same_statement`): two bare counts of
    ``hồ sơ`` are usually different files.
    """
    if fact.get("unit") is None:
        return None
    if fact.get("measure"):
        return ("measure", fact["measure"].lower(), fact["unit"], _change_key(fact))
    if fact.get("change"):
        return ("wording", fact["unit"], _change_key(fact))
    return None


def _same_statement(first: Fact, second: Fact, context: ArticleContext) -> bool:
    """Whether two figures of different sentences are stated in the same words, other figures included.

    ``thời gian giải quyết được cắt giảm 603 ngày`` and ``Tính chung, thời gian giải quyết được cắt giảm
    630 ngày`` are; ``doanh thu tăng 50%`` and ``lợi nhuận tăng 30%`` are not, nor are the parallel items of
    one sentence (PAR INDEX tăng 26 bậc, PAPI tăng 34 bậc).
    """
    if first.get("sentence") == second.get("sentence"):
        return False
    first_words, second_words = context.statement(first), context.statement(second)
    if first_words is None or second_words is None or first_words[1] != second_words[1]:
        return False
    shared = min(len(first_words[0]), len(second_words[0]))
    return shared >= _MIN_SHARED_WORDS and first_words[0][-shared:] == second_words[0][-shared:]


def _differ(first: Fact, second: Fact, name: str) -> bool:
    return first.get(name) is not None and second.get(name) is not None and first[name] != second[name]


def _period(fact: Fact) -> tuple | None:
    period = fact.get("period")
    if not period or (period.get("start") is None and period.get("end") is None):
        return None
    return (period.get("start"), period.get("end"))


def _comparable(first: Fact, second: Fact) -> bool:
    """Same subject, period and comparison point, where both state them; one a part of the other is not.

    Two figures of one sentence are never one measure stated twice: a sentence lists parallel items
    (``94 ngày đối với A và 171 ngày với B``, ``mức độ 3 là 1.089, mức độ 4 là 450``), it does not restate
    its own figure with another value.
    """
    if first["id"] == second.get("part_of") or second["id"] == first.get("part_of"):
        return False
    if first.get("sentence") is not None and first.get("sentence") == second.get("sentence"):
        return False
    spans_overlap = first["span"][0] < second["span"][1] and second["span"][0] < first["span"][1]
    if spans_overlap or _differ(first, second, "subject"):
        return False
    first_period, second_period = _period(first), _period(second)
    if first_period and second_period and first_period != second_period:
        return False
    first_change, second_change = first.get("change") or {}, second.get("change") or {}
    return not _differ(first_change, second_change, "compared_to")


def _restates(first: Fact, second: Fact, key: tuple, context: ArticleContext) -> bool:
    """Whether the second figure may state the first one's measure again.

    A named measure alone is too common a word (``mức thu``, ``tổng kinh phí``, ``tỷ lệ``) to tie two
    figures: it also takes the same subject, or a stated change (``thời gian giải quyết cắt giảm``), or the
    same words around both figures. Without a named measure only the same words do.
    """
    if context.is_denominator(first) or context.is_denominator(second):
        return False
    if key[0] != "measure":
        return _same_statement(first, second, context)
    same_subject = first.get("subject") is not None and first.get("subject") == second.get("subject")
    return same_subject or key[3] is not None or _same_statement(first, second, context)


def consistent_repeats(facts: list[Fact], context: ArticleContext) -> list[Check]:
    """``cắt giảm 603 ngày`` in one sentence and ``cắt giảm 630 ngày`` in another for the same period fails.

    It fails when the measure, subject and period are all stated and equal; when some are unknown
    (no measure named, no subject or period found) it is a warning.
    """
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in sorted(facts, key=lambda f: f["span"][0]):
        key = _repeat_key(fact)
        if key is not None:
            groups[key].append(fact)
    checks = []
    for key, group in groups.items():
        for index, second in enumerate(group):
            earlier = [
                f
                for f in reversed(group[:index])
                if _comparable(f, second) and _restates(f, second, key, context)
            ]
            first = earlier[0] if earlier else None
            if first is None:
                continue
            values = {"first": first["text"], "second": second["text"]}
            if overlap(bounds(first), bounds(second)):
                checks.append(make_check("consistent_repeats", "pass", [first, second], **values))
                continue
            certain = (
                key[0] == "measure"
                and first.get("subject") is not None
                and first.get("subject") == second.get("subject")
                and _period(first) is not None
                and _period(first) == _period(second)
            )
            checks.append(make_check("consistent_repeats", "fail" if certain else "warn", [first, second], **values))
    return checks
