"""Dates and periods: time expressions that are never facts, and the period a fact covers.

``18/06/2018``, ``tháng 6``, ``năm 2017``, ``quý I``, ``6 tháng đầu năm`` and
``giai đoạn 2021-2025`` place a report in time; their numbers are not amounts.
The same expressions, resolved against the publication date, give a fact its
``period`` (``6 tháng đầu năm`` in June 2018 → 2018-01-01..2018-06-30).
Words come from ``lang/vi/periods.yaml``.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date, datetime

import regex

from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load

__all__ = ["TimeExpression", "find_time_expressions", "in_time_expression", "period_of", "resolve_period"]

# Characters looked at on each side of a numeral written in words (see in_time_expression).
_WORDS_WINDOW = 30


@dataclass(frozen=True)
class TimeExpression:
    """A time expression in a sentence; ``kind`` is date, month, year, quarter, span, months or clock."""

    start: int
    end: int
    kind: str



@functools.cache
def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    d = load("periods")
    num = r"\d{1,2}"
    day, month = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
    year = r"(?:19|20)\d{2}"
    roman = _alt(list(d["quarters"]))
    tails = _alt(d["period_tails_after_months"])
    spans = _alt(d["span_heads"])
    points = _alt(d["point_heads"])
    clock = _alt(d["clock_words"])
    bare = regex.escape(d["clock_word_bare"])
    hour = r"(?:[01]?\d|2[0-4])"
    b, e = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"
    raw = [
        # a real day and month, one separator: "8.75/10" and "9.05/10" are marks out of ten
        # ((?=\d) first: regex then tries the pattern only at digits, four times faster)
        ("date", rf"(?=\d){b}{day}\s*([/.\-])\s*{month}\s*\1\s*(?:{year}|\d{{2}}){e}"),
        ("month", rf"{b}{num}\s*/\s*{year}{e}"),
        ("span", rf"{b}(?:{spans})\s+(?:{year})\s*[-–—]\s*(?:{year}){e}"),
        ("span", rf"{b}{year}\s*[-–—]\s*{year}{e}"),
        ("span", rf"{b}(?:{_alt(d['span_from'])})\s+{year}\s+(?:{_alt(d['span_to'])})\s+{year}{e}"),
        ("date", rf"(?<![\p{{L}}\d])(?:{_alt(d['date_context_before'])})\s+{num}\s*/\s*{num}{e}"),
        ("date", rf"(?<![\p{{L}}\d])(?:{_alt(d['date_context_before'])})\s+\(?{num}\.{num}{e}(?!\.\d)"),
        ("months", rf"{b}\d{{1,2}}\s+(?:{_alt(d['stretch_units'])})\s+(?:(?:{_alt(d['stretch_tails'])}){e}"
                   rf"(?!\s+(?:{_alt(d['stretch_tails_not_before'])}){e})"
                   rf"|(?:{_alt(d['span_from'])})\s+{year}{e}|{year}\s*[-–—]\s*{year}{e})"),
        ("months", rf"{b}\d{{1,2}}\s+{d['months_word']}\s+(?:{tails})(?:\s+{year})?{e}"),
        ("quarter", rf"{b}{d['quarter_word']}\s+(?:{roman}|[1-4])(?:\s*[/.\-]\s*{year})?{e}"),
        ("date", rf"{b}{d['day_word']}\s+{num}(?:\s*[/.\-]\s*{num})?(?:\s*[/.\-]\s*{year})?{e}"),
        ("clock", rf"{b}\d{{1,2}}\s*(?::\d{{2}}|(?:{clock})\s*\d{{1,2}}|(?:{_alt(d['clock_words_alone'])}){e}){e}"),
        ("clock", rf"(?<=(?<![\p{{L}}\d])(?:{_alt(d['clock_before'])})\s+){hour}(?:\s*[-–]\s*{hour})?\s*{bare}{e}"),
        ("clock", rf"{b}{hour}\s*{bare}(?=\s+(?:{_alt(d['clock_after'])}){e})"),
        ("clock", rf"(?<=\d\s*(?:{clock})(?:\s*\d{{1,2}})?\s*(?:{_alt(d['clock_list_joiners'])})\s*)"
                  rf"{hour}\s*{bare}{e}"),
        ("month", rf"{b}{d['months_word']}\s+{num}(?:\s*[/.\-]\s*{year}|\s+{d['year_word']}\s+{year})?{e}"),
        ("year", rf"{b}{d['year_word']}\s+{year}{e}"),
        ("point", rf"{b}(?:{points})\s+(?:{year}|{num}){e}(?!\s+(?:{_alt(d['point_heads_not_before'])}){e})"
                  rf"(?:\s*[/.\-]\s*{year})?"),
    ]
    return [(kind, regex.compile(p, regex.IGNORECASE)) for kind, p in raw]


_DIGIT = regex.compile(r"\d")


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Time expressions in ``text`` (one sentence), longest first where they overlap."""
    return list(_time_expressions(text))


@functools.lru_cache(maxsize=256)
def _time_expressions(text: str) -> tuple[TimeExpression, ...]:
    """Cached: a sentence is asked once for its figures and again for each fact's period."""
    found: list[TimeExpression] = []
    # every kind but a quarter ("quý II") is written with digits, and most sentences have none
    digits = _DIGIT.search(text) is not None
    for kind, pattern in _patterns():
        if not digits and kind != "quarter":
            continue
        for m in pattern.finditer(text):
            if any(t.start <= m.start() and m.end() <= t.end for t in found):
                continue
            found.append(TimeExpression(m.start(), m.end(), kind))
    found.sort(key=lambda t: t.start)
    return tuple(found)


def in_time_expression(text: str, start: int, end: int, value: float) -> bool:
    """True when the numeral in words at ``text[start:end]`` is part of a time expression
    (``Mười năm qua``, ``bảy giờ sáng``): it is read as its digits inside a bounded window."""
    if value != int(value) or not 0 <= value < 100:
        return False
    left = text[max(0, start - _WORDS_WINDOW):start]
    probe = f"{left}{int(value)}{text[end:end + _WORDS_WINDOW]}"
    position = len(left)
    return any(t.start <= position < t.end for t in _time_expressions(probe))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def resolve_period(expression: str, published_at: datetime | None) -> dict[str, str | None]:
    """``{"text", "start", "end"}`` for a period expression, dates resolved where possible.

    A year that is not written takes the publication year: ``6 tháng đầu năm`` in an
    article of June 2018 covers 2018-01-01..2018-06-30.
    """
    d = load("periods")
    p = _resolve_patterns()
    text = expression.strip()
    low = text.lower()
    written_year = _YEAR.search(low)
    year = int(written_year.group()) if written_year else (published_at.year if published_at else None)
    start = end = None
    if year is not None:
        months = p["months"].match(low)
        quarter = p["quarter"].search(text)
        span = _YEAR_SPAN.search(low)
        month = p["month"].search(low)
        if span:
            start, end = date(int(span.group(1)), 1, 1), date(int(span.group(2)), 12, 31)
        elif months and 1 <= int(months.group(1)) <= 12:
            count = int(months.group(1))
            if d["last_months"] in low:
                start, end = date(year, 13 - count, 1), date(year, 12, 31)
            else:
                start, end = date(year, 1, 1), _month_end(year, count)
        elif quarter:
            q = quarter.group(1).upper()
            n = d["quarters"].get(q) or int(q)
            start, end = date(year, 3 * n - 2, 1), _month_end(year, 3 * n)
        elif month and 1 <= int(month.group(1)) <= 12:
            m = int(month.group(1))
            start, end = date(year, m, 1), _month_end(year, m)
            if any(low.startswith(u) for u in d["until"]):
                start = date(year, 1, 1)
                if d["mid_month"] in low:
                    end = date(year, m, 20)
                elif d["early_month"] in low:
                    end = date(year, m, 10)
        elif written_year:
            start, end = date(year, 1, 1), date(year, 12, 31)
    return {
        "text": text,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }


_YEAR = regex.compile(r"(?:19|20)\d{2}")
_YEAR_SPAN = regex.compile(r"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")


@functools.cache
def _resolve_patterns() -> dict[str, regex.Pattern[str]]:
    d = load("periods")
    return {
        "months": regex.compile(rf"(\d{{1,2}})\s+{d['months_word']}"),
        "quarter": regex.compile(rf"{d['quarter_word']}\s+({_alt(list(d['quarters']))}|[1-4])\b", regex.I),
        "month": regex.compile(rf"{d['months_word']}\s+(\d{{1,2}})"),
        "comparison_before": regex.compile(rf"(?:{_alt(d['comparison_before'])})\s+(?:\S+\s+){{0,2}}$", regex.I),
        "until_before": regex.compile(rf"(?:{_alt(d['until'])})\s+(?:\S+\s+){{0,2}}$"),
    }


def period_of(sentence: str, position: int, published_at: datetime | None) -> dict[str, str | None] | None:
    """The period stated in ``sentence`` closest before ``position`` (else anywhere in it)."""
    candidates = [t for t in _time_expressions(sentence) if t.kind in {"months", "quarter", "span", "month",
                                                                           "year"}]
    if not candidates:
        return None
    p = _resolve_patterns()
    candidates = [t for t in candidates if not p["comparison_before"].search(sentence, 0, t.start)]
    if not candidates:
        return None
    before = [t for t in candidates if t.end <= position] or candidates
    chosen = max(before, key=lambda t: (t.end, -t.start)) if before is not candidates else candidates[0]
    text = sentence[chosen.start:chosen.end]
    prefix = p["until_before"].search(sentence, 0, chosen.start)
    if prefix and chosen.kind == "month":
        text = sentence[prefix.start():chosen.end]
    return resolve_period(text, published_at)
