"""The consistency checks of one article (SPEC section 5): what its own figures imply, and whether it holds.

Each rule takes the facts (schema ``$defs/fact``) and the text around them, and returns check dicts
``{"rule", "status": "pass"|"fail"|"warn", "facts": [ids], "message": {"vi", "en"}}``. A rule only
reports where it applies: a fail where the figures cannot all be true, a warn where they can be only
under a reading the text does not state, a pass where a relation was checked and holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractor.check.context import ArticleContext
from extractor.check.parts import part_not_larger_than_whole, parts_sum_to_total, shares_at_most_100
from extractor.check.values import baseline_not_negative, consistent_repeats, percent_at_most_100

__all__ = ["RULES", "run_checks"]

Rule = Callable[[list[dict[str, Any]], ArticleContext], list[dict[str, Any]]]

# Rule names are part of the output: scripts filter on them, so they are never renamed.
RULES: dict[str, Rule] = {
    "part_not_larger_than_whole": part_not_larger_than_whole,
    "shares_at_most_100": shares_at_most_100,
    "percent_at_most_100": percent_at_most_100,
    "baseline_not_negative": baseline_not_negative,
    "consistent_repeats": consistent_repeats,
    "parts_sum_to_total": parts_sum_to_total,
}


def run_checks(facts: list[dict[str, Any]], text: str | None = None) -> list[dict[str, Any]]:
    """All checks of one article, in rule order.

    ``text`` is the normalised article text the fact spans point into; with it the rules can tell
    ``gồm`` (the parts are all of the total) from ``trong đó`` (some of it), and a share (``chiếm 60%``)
    from a comparison (``120% kế hoạch``). Without it they stay cautious.
    """
    context = ArticleContext(text)
    checks: list[dict[str, Any]] = []
    for rule in RULES.values():
        checks.extend(rule(facts, context))
    return checks
