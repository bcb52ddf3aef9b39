"""Numeric facts: every stated amount in an article, normalised, with its unit and change.

A sentence is only looked at closely when it holds a numeral. Each numeral is
first tested against what it may be instead of an amount (a date or period, a
code, a rank, a fixed expression); ranges (``3-5 ngày``) and pairs
(``461/465 hồ sơ``) are joined; then the unit, the change, the precision and the
context (period, part_of, baseline, subject) are read around it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from extractor.extraction import units
from extractor.extraction.abbreviations import abbreviation_map, find_abbreviations
from extractor.extraction.amounts import is_amount
from extractor.extraction.changes import read_approx, read_change, read_compared_to, read_listed_change
from extractor.extraction.measures import read_measure
from extractor.extraction.not_facts import (
    is_document_number,
    is_fixed_expression,
    is_identifier,
    is_phone,
    is_rank,
    is_rank_group,
    is_vague,
)
from extractor.extraction.part_whole import link_parts
from extractor.extraction.scores import is_score, score_head_before, score_unit
from extractor.extraction.units import (
    NO_WORDS,
    CountedUnit,
    is_countable,
    read_unit,
    unit_named_before,
    unit_of_count_word,
)
from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load
from extractor.recognize.numbers import NumberMention, find_numbers
from extractor.recognize.periods import find_time_expressions, in_time_expression, period_of

__all__ = ["find_facts"]

_DIGIT = regex.compile(r"\d")
_CLAUSE_BREAK = regex.compile(r"[;:.!?]")
_OPEN_BRACKET_GAP = regex.compile(r"\s*\(\s*")
_AFTER_TOTAL = regex.compile(r"\s*[,(]\s*\S+(?:\s\S+)?\s*")
_UNIT_AFTER = regex.compile(r"\s?\p{L}")
# Characters of the text before a sentence that may say a change is in view ("sau sắp xếp: ...").
_CONTEXT_CHARS = 400
_KIND_OF_UNIT = {"count", "duration", "money", "percent", "area", "length", "mass", "volume", "ratio"}


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str


class _SentenceWords:
    """A sentence's words as ``_Word`` at offsets from ``shift`` (sentence-relative), read on demand.

    Most figures find their unit (``%``, ``triệu đồng``, a date) without reading words, and
    segmenting is the costliest step of reading a sentence: the document segments only the
    stretches of the sentence that are read (:mod:`extractor.text.stretches`). Words that start
    before ``shift`` are left out: a clause's words are the sentence's words from its start.
    """

    def __init__(self, doc: Any, sentence: Any, shift: int = 0) -> None:
        self._doc = doc
        self._sentence = sentence
        self._origin = sentence.start + shift

    def after(self, position: int) -> Iterator[_Word]:
        origin = self._origin
        for w in self._doc.words_after(self._sentence, origin + position):
            if w.start >= origin:
                yield _Word(w.start - origin, w.end - origin, w.text)

    def clause(self, shift: int) -> _SentenceWords:
        """The words of the clause starting ``shift`` characters into the sentence, at offsets from there."""
        return _SentenceWords(self._doc, self._sentence, shift)


@dataclass
class _Figure:
    """A numeral (or the two ends of a range) that reads as an amount, sentence-relative."""

    start: int
    end: int
    value: float | int
    value_max: float | int | None
    mention: NumberMention
    pair_first: bool = False
    upper_scaled: bool = False  # "40-45 triệu": the upper bound carries the scale word


@functools.cache
def _tables():
    data = load("facts")
    joiners = _alt(data["range_joiners"])
    approx = _alt(data["approximators"])
    joiners_list = _alt(data["list_joiners"])
    and_word = _alt(data["list_and"])
    return {
        "list_gap": regex.compile(rf"\s*(?:{joiners_list})\s*", regex.I),
        "share_gap": regex.compile(rf"\s+(?:{_alt(data['share_of_next'])})\s+", regex.I),
        "identifier_range": regex.compile(rf"\s*(?:{joiners})\s*", regex.I),
        "shared_by_change": regex.compile(rf"[^,;:()\d]{{0,40}}\s(?:{and_word})\s+", regex.I),
        "range": regex.compile(rf"\s*(?:{joiners})\s*(?:(?:{approx})\s+)?$", regex.I),
        "range_from": regex.compile(rf"(?:^|\s){regex.escape(data['range_from'])}\s+(?:(?:{approx})\s+)?$", regex.I),
        "dash": regex.compile(r"\s*[-–—]\s*$"),
        "year": regex.compile(r"(?:19|20)\d{2}"),
        "half": frozenset(load("numbers")["half"]),
    }


def find_facts(
    doc: Any, organizations: list[dict] | None = None, abbreviations: list[dict] | None = None
) -> list[dict]:
    """Facts of ``doc`` (a :class:`extractor.text.document.Document`), in text order.

    ``Sở đã giải quyết 739 hồ sơ, tăng 319 hồ sơ`` gives 739 hồ sơ and 319 hồ sơ
    (increase by, baseline 420). ``abbreviations`` (from :func:`find_abbreviations`) are
    found here when the caller has not found them already.
    """
    if abbreviations is None:
        abbreviations = find_abbreviations(doc)
    expansions = abbreviation_map(abbreviations)
    facts: list[dict] = []
    for sentence in doc.sentences:
        if not _DIGIT.search(sentence.text) and not find_numbers(sentence.text):
            continue
        facts.extend(_sentence_facts(doc, sentence, expansions, organizations or []))
    for number, fact in enumerate(facts, 1):
        fact["id"] = f"f{number}"
    link_parts(doc.text, facts)
    return facts


def _figures(text: str, mentions: list[NumberMention]) -> list[_Figure]:
    """Mentions that may be amounts, ranges joined; dates, codes and set phrases dropped."""
    times = find_time_expressions(text)
    list_gap = _tables()["list_gap"]
    figures: list[_Figure] = []
    skip_next_identifier = False
    previous_end = -1
    for m in mentions:
        in_time = any(x.start <= m.start and m.end <= x.end for x in times) or (
            m.in_words and in_time_expression(text, m.start, m.end, m.value))
        between = text[previous_end:m.start] if previous_end >= 0 else ""
        # "lớp 6, 7 và 8", "lớp 10 đến 12": the numbers after an identifier's are identifiers too
        continues_list = skip_next_identifier and bool(
            list_gap.fullmatch(between or "x") or _tables()["identifier_range"].fullmatch(between or "x"))
        previous_end = m.end
        if in_time or continues_list or is_document_number(text, m.start, m.end) or is_phone(text, m.start, m.end):
            skip_next_identifier = bool(continues_list)
            continue
        if is_identifier(text, m.start) and not _has_measure_unit(text, m.end):
            skip_next_identifier = True
            continue
        skip_next_identifier = False
        if is_rank_group(text, m.start, m.end):
            skip_next_identifier = True
            continue
        if is_vague(text, m.start) or is_fixed_expression(text, m.start, m.end):
            continue
        if figures and figures[-1].mention is not m and _joins_range(text, figures[-1], m):
            _close_range(figures[-1], m)
            continue
        pair_second = m.start > 0 and text[m.start - 1] == "/" and figures and figures[-1].end == m.start - 1
        if pair_second:
            figures[-1].pair_first = True
            if is_rank(text, figures[-1].start):
                figures.pop()
        figures.append(_Figure(m.start, m.end, m.value, None, m))
    return figures


def _has_measure_unit(text: str, end: int) -> bool:
    unit = read_unit(text, end, NO_WORDS, {})
    return unit is not None and unit.kind in {"percent", "money", "area", "length", "mass", "volume"}


def _close_range(first: _Figure, m: NumberMention) -> None:
    """A range shares the scale written only after its upper bound: ``từ 12 đến 36 triệu`` is 12 to 36 million."""
    first.value_max = m.value
    first.end = m.end
    first.upper_scaled = m.scaled
    if m.scale > 1 and not first.mention.scaled and first.value * m.scale <= m.value:
        scaled = Decimal(str(first.value)) * m.scale
        first.value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)


def _share_scale(figure: _Figure, following: _Figure) -> None:
    """``12, 13 triệu đồng``: a bare figure listed before a scaled one takes its scale."""
    m = following.mention
    if m.scale > 1 and not figure.mention.scaled and figure.value_max is None and figure.value * m.scale <= m.value:
        scaled = Decimal(str(figure.value)) * m.scale
        figure.value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)


def _joins_range(text: str, first: _Figure, m: NumberMention) -> bool:
    """``3-5``, ``từ 3 đến 5``, ``7% – 7,5%``: the second numeral closes the first one's range."""
    t = _tables()
    if first.value_max is not None or first.mention.in_words != m.in_words:
        return False
    between = text[first.end:m.start]
    unit = read_unit(text, first.end, NO_WORDS, {})
    if unit is not None and unit.kind != "count":
        between = text[unit.end:m.start]
    if t["dash"].fullmatch(between):
        return not (t["year"].fullmatch(text[first.start:first.end]) and t["year"].fullmatch(text[m.start:m.end]))
    if t["range"].fullmatch(between) and not t["dash"].fullmatch(between):
        # "từ 3 đến 5 ngày"; without "từ" only a bare figure whose unit comes after the second: "cộng 1 đến 2 điểm"
        return bool(t["range_from"].search(text[max(0, first.start - 30):first.start])
                    or (unit is None and _UNIT_AFTER.match(text, m.end)))
    return False


def _sentence_facts(doc: Any, sentence: Any, abbreviations: dict[str, str], organizations: list[dict]) -> list[dict]:
    text = sentence.text
    mentions = find_numbers(text)
    if not mentions:
        return []
    figures = _figures(text, mentions)
    if not figures:
        return []
    words = _SentenceWords(doc, sentence)
    context = doc.text[max(0, sentence.start - _CONTEXT_CHARS):sentence.start]
    facts: list[dict] = []
    previous: tuple[_Figure, CountedUnit, dict] | None = None
    for index, figure in enumerate(figures):
        found = _unit_for(text, figures, index, words, abbreviations, previous, context)
        if found is None:
            continue
        unit, inferred = found
        if units.is_title_word(unit) and figure.value != int(figure.value) and not figure.mention.scaled:
            # "17,66-26,05 Vùng tuyển sinh": no fraction of a name; a mark in a score context, else nothing
            if not _is_score(text, figure, context, before_name=True):
                continue
            unit = score_unit(figure.end)
        elif not is_amount(doc, sentence, figure, unit, inferred, previous):
            # "Những ngành có điểm chuẩn 15 rơi vào ...": the verb after a mark is no counted noun;
            # "cho mượn 15 triệu nhập học": nor after a sum of money
            if unit.kind == "count" and not inferred and _is_scaled(figure) and not figure.mention.in_words:
                unit = read_unit(text, figure.end, NO_WORDS, {}, scaled=True)
            elif unit.kind != "count" or inferred or not _is_score(text, figure, context):
                continue
            else:
                unit = score_unit(figure.end)
        fact = _fact(doc, sentence, figure, unit, previous, organizations)
        facts.append(fact)
        previous = (figure, unit, fact)
    return facts


def _is_score(text: str, figure: _Figure, context: str, before_name: bool = False) -> bool:
    literal = text[figure.mention.start:figure.mention.end]
    return not figure.mention.in_words and is_score(text, figure.start, literal, figure.value, context,
                                                    before_name=before_name)


def _unit_for(text, figures, index, words, abbreviations, previous, context="") -> tuple[CountedUnit, bool] | None:
    """The figure's unit and whether it was inferred from elsewhere in the sentence."""
    figure = figures[index]
    end = figure.end
    if figure.pair_first and index + 1 < len(figures):
        end = figures[index + 1].end
    if figure.mention.in_words and text[figure.start:figure.end].split()[-1].lower() in _tables()["half"]:
        return CountedUnit("nửa", text[figure.start:figure.end], "ratio", figure.end), False
    unit = read_unit(text, end, words, abbreviations)
    if unit is None and figure.value_max is not None:
        unit = read_unit(text, figure.mention.end, words, abbreviations)
    if (unit is None or (unit.kind == "count" and not is_countable(unit))) and not figure.mention.in_words and \
            score_head_before(text, figure.start, text[figure.mention.start:figure.mention.end], figure.value):
        return score_unit(end), True
    if unit is not None:
        return unit, False
    if (named := unit_named_before(text, figure.start, end)) is not None:
        return named, False
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, figure.start)), default=0)
    counted = unit_of_count_word(text[clause_start:figure.start], abbreviations, words.clause(clause_start))
    if counted is not None:
        if _is_scaled(figure) and units.is_money_noun(counted):
            return read_unit(text, end, NO_WORDS, {}, scaled=True), True  # "số tiền ... 300 triệu"
        return CountedUnit(counted.unit, counted.unit_text, counted.kind, end), True
    # "lần lượt 10.500 và 10.350 chỉ tiêu", "34 và 40 triệu đồng": the figure shares the next one's unit
    # ... and "lần lượt là 20, 30 và 20 điểm": the last one's, through the whole list
    gap_start = end
    # ... and "7 trong 8 trường": a share of the next one's
    for following in figures[index + 1:index + 6]:
        if not (_tables()["list_gap"].fullmatch(text, gap_start, following.start)
                or (following is figures[index + 1] and figure.value != 1  # "1 trong 4" is "one of the 4"
                    and _tables()["share_gap"].fullmatch(text, end, following.start))):
            break
        unit = read_unit(text, following.end, words, abbreviations)
        if unit is not None:
            _share_scale(figure, following)
            return CountedUnit(unit.unit, unit.unit_text, unit.kind, end), True
        gap_start = following.end
    if _is_score(text, figure, context):
        return score_unit(end), True
    if previous is not None and previous[1].kind in {"count", "money", "percent"}:
        prev_figure, prev_unit, _ = previous
        if units.names_an_item(text, figure.start, prev_unit):
            return None
        # a percentage is shared only along a list ("5%, 7 và 9%"), never with a figure of its own scale
        if prev_unit.kind != "percent" or (not figure.mention.scaled and _tables()["list_gap"].fullmatch(
                text, max(prev_unit.end, prev_figure.end), figure.start)):
            return CountedUnit(prev_unit.unit, prev_unit.unit_text, prev_unit.kind, end), True
    if _is_scaled(figure):
        return read_unit(text, end, NO_WORDS, {}, scaled=True), True
    return None


def _is_scaled(figure: _Figure) -> bool:
    return figure.mention.scaled or figure.upper_scaled


def _fact(doc, sentence, figure: _Figure, unit: CountedUnit, previous, organizations) -> dict:
    text = sentence.text
    base = sentence.start
    unit_end = max(unit.end, figure.end)
    change = read_change(text, figure.start, unit_end, doc.text[max(0, base - _CONTEXT_CHARS):base])
    if change is None and previous is not None and previous[2]["change"] is not None:
        change = _inherited_change(text, previous, figure)
    if change is None and unit.kind == "percent":
        change = read_listed_change(text, figure.start)
    if change is not None:
        change = dict(change, compared_to=read_compared_to(text, unit_end))
    start, end = base + figure.start, base + unit_end
    kind = unit.kind if unit.kind in _KIND_OF_UNIT else "other"
    fact = {
        "id": "",
        "value": figure.value,
        "value_max": figure.value_max,
        "approx": read_approx(text, figure.start),
        "unit": unit.unit,
        "unit_text": unit.unit_text,
        "quantity_kind": kind,
        "measure": read_measure(text, figure.start, unit_end, unit.kind),
        "change": change,
        "span": [start, end],
        "text": doc.text[start:end],
        "sentence": [sentence.start, sentence.end],
        "subject": _subject(organizations, sentence.start, start),
        "period": period_of(text, figure.start, doc.published_at),
        "part_of": None,
        "baseline": _baseline(text, previous, figure, unit, change),
    }
    return fact


def _inherited_change(text: str, previous, figure: _Figure) -> dict | None:
    """``tăng 2% (40 tỷ đồng)`` and ``giảm 203 X và 2.458 Y``: the second figure shares the change."""
    prev_figure, prev_unit, prev_fact = previous
    between = text[max(prev_unit.end, prev_figure.end):figure.start]
    if _OPEN_BRACKET_GAP.fullmatch(between):
        return dict(prev_fact["change"])
    if _tables()["shared_by_change"].fullmatch(between) and prev_fact["change"]["type"] == "by":
        return dict(prev_fact["change"])
    return None


def _baseline(text: str, previous, figure: _Figure, unit: CountedUnit, change: dict | None) -> float | int | None:
    """``739 hồ sơ, tăng 319 hồ sơ`` → 420: the value before a change stated right after a total."""
    if change is None or change["type"] != "by" or previous is None or unit.kind == "percent":
        return None
    prev_figure, prev_unit, prev_fact = previous
    if prev_fact["change"] is not None or prev_unit.unit != unit.unit:
        return None
    if not _AFTER_TOTAL.fullmatch(text, prev_unit.end, figure.start):
        return None
    value = prev_figure.value - figure.value if change["direction"] == "increase" else prev_figure.value + figure.value
    return round(value, 6) if isinstance(value, float) else value


def _subject(organizations: list[dict], sentence_start: int, position: int) -> str | None:
    """The organization named last before the figure in its sentence."""
    best: tuple[int, str] | None = None
    for org in organizations:
        for start, end in org.get("mentions", []):
            if sentence_start <= start and end <= position and (best is None or start > best[0]):
                best = (start, org["id"])
    return best[1] if best else None
