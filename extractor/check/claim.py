"""Does the article support a figure someone quoted? ``cắt giảm 603 ngày`` against an article's facts.

The claim is read by the same extractor as the article, so ``cắt giảm 603 ngày`` becomes a fact
(603, ngày, decrease by) and is compared with the article's facts on unit, change and value:

- supported: a fact with the same unit and direction of change whose value can be the claimed one;
- contradicted: a fact of the same measure (same unit and direction) with another value, or the same
  value changing the other way;
- not_mentioned: nothing in the article measures the same thing.
"""

from __future__ import annotations

from typing import Any

from extractor.check.figures import bounds, overlap, same_unit
from extractor.check.messages import message

__all__ = ["check_claim", "quote_of"]

Fact = dict[str, Any]

# A quote longer than this is cut around the figure.
_QUOTE_CHARS = 240
# Clauses of a long sentence start and end at these; the quote is the clause or aside holding the figure.
_CLAUSE_STARTS = ";("
_CLAUSE_ENDS = ";)"


def quote_of(record: dict[str, Any], fact: Fact) -> str:
    """The words of the article that state ``fact``: its clause, or the figure alone without the text."""
    text = record.get("text")
    if not text or not fact.get("sentence"):
        return fact["text"]
    start, end = fact["sentence"]
    figure_start, figure_end = fact["span"]
    for index in range(figure_start - 1, start - 1, -1):
        if text[index] in _CLAUSE_STARTS:
            start = index + 1
            break
    for index in range(figure_end, end):
        if text[index] in _CLAUSE_ENDS:
            end = index
            break
    if end - start > _QUOTE_CHARS:
        start = max(start, figure_start - _QUOTE_CHARS // 2)
        end = min(end, figure_end + _QUOTE_CHARS // 2)
    return text[start:end].strip(" ,.;:()").strip()


def _subject_name(record: dict[str, Any], fact: Fact) -> str | None:
    names = {org["id"]: org["name"].lower() for org in record.get("organizations", [])}
    return names.get(fact.get("subject") or "")


def _same_measure(claim_record: dict, claimed: Fact, record: dict, stated: Fact) -> bool:
    """Whether ``stated`` measures what ``claimed`` does, leaving the value and the direction aside."""
    if not same_unit(claimed, stated):
        return False
    if claimed.get("unit") and stated.get("unit") is None:
        return False
    if claimed.get("measure") and stated.get("measure") and claimed["measure"].lower() != stated["measure"].lower():
        return False
    claimed_subject, stated_subject = _subject_name(claim_record, claimed), _subject_name(record, stated)
    if claimed_subject and stated_subject and claimed_subject != stated_subject:
        return False
    claimed_change, stated_change = claimed.get("change"), stated.get("change")
    if claimed_change and not stated_change:
        return False
    return not (claimed_change and stated_change and claimed_change["type"] != stated_change["type"])


def _judge_figure(claim_record: dict, claimed: Fact, record: dict) -> dict[str, Any]:
    """The verdict on one figure of the claim, with the article's fact that decided it."""
    supporting, contradicting = [], []
    for stated in record.get("facts", []):
        if not _same_measure(claim_record, claimed, record, stated):
            continue
        same_value = overlap(bounds(claimed), bounds(stated))
        claimed_change, stated_change = claimed.get("change"), stated.get("change")
        same_direction = not claimed_change or claimed_change["direction"] == stated_change["direction"]
        other_value = same_direction and bool(claimed_change) == bool(stated_change)
        if same_value and same_direction:
            supporting.append(stated)
        elif other_value or same_value:
            # Same measure with another value, or the same value changing the other way.
            contradicting.append(stated)
    if supporting:
        verdict, evidence = "supported", supporting[0]
    elif contradicting:
        verdict = "contradicted"
        evidence = min(contradicting, key=lambda f: abs(float(f["value"]) - float(claimed["value"])))
    else:
        verdict, evidence = "not_mentioned", None
    return {
        "text": claimed["text"],
        "verdict": verdict,
        "fact": evidence["id"] if evidence else None,
        "quote": quote_of(record, evidence) if evidence else None,
        "span": evidence["span"] if evidence else None,
    }


def _overall(figures: list[dict[str, Any]]) -> str:
    verdicts = {figure["verdict"] for figure in figures}
    if "contradicted" in verdicts:
        return "contradicted"
    if verdicts == {"supported"}:
        return "supported"
    return "not_mentioned"


def check_claim(record: dict[str, Any], claim_text: str, claim_record: dict[str, Any] | None = None) -> dict[str, Any]:
    """Whether the article of ``record`` supports ``claim_text``, with the quote that shows it.

    ``record`` should carry ``text`` (``include_text=True``) for a quote longer than the figure.
    ``claim_record`` is the claim already extracted; by default it is extracted here.

    >>> check_claim(record, "cắt giảm 603 ngày")["verdict"]  # doctest: +SKIP
    'supported'
    """
    if claim_record is None:
        from extractor.pipeline import extract

        claim_record = extract(claim_text, validate=False)
    claimed_facts = claim_record.get("facts", [])
    figures = [_judge_figure(claim_record, claimed, record) for claimed in claimed_facts]
    verdict = _overall(figures) if figures else "not_mentioned"
    if not figures:
        text = message("claim", "no_figure")
    else:
        decisive = next((f for f in figures if f["verdict"] == verdict), figures[0])
        text = message("claim", verdict, quote=decisive["quote"] or "")
    return {"claim": claim_text, "verdict": verdict, "message": text, "figures": figures}
