"""The last tests a figure passes once its unit is known: is it an amount at all?

Numerals in words are the hard case: ``một`` is both "one" and the article "a",
``năm`` both "five" and "year". ``một`` counts after a word that asks for an
amount (``tăng một hạng``), in a list right after another figure of the same
unit (``hai em đội Toán, một em đội Văn``), or as a stretch of time after a verb
or a word that measures time (``sau một ngày``, ``kéo dài một năm``); it stays
an article elsewhere (``trở thành một bác sĩ``, ``20 triệu đồng một năm``).
Words come from ``lang/vi/facts.yaml``.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from extractor.extraction.changes import read_change
from extractor.extraction.not_facts import looks_like_date
from extractor.extraction.units import CountedUnit, is_countable
from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load
from extractor.recognize.numbers import is_compound_words

__all__ = ["is_amount"]

_NOT_NOUN_TAGS = {"V", "E", "C", "R"}
_NOUN_TAGS = {"N", "Nc"}
_VERB_TAGS = {"V"}


@functools.cache
def _tables() -> dict[str, Any]:
    data = load("facts")
    and_word = _alt(data["list_and"])
    return {
        "after_figure": regex.compile(rf"[^,;:.()\d]{{0,40}}(?:,|\s(?:{and_word}))\s*", regex.I),
        "ambiguous_not_after": regex.compile(rf"(?:^|\s)(?:{_alt(data['ambiguous_count_not_after'])})\s+$", regex.I),
        "ambiguous": frozenset(data["ambiguous_numerals"]),
        "ambiguous_after": regex.compile(rf"(?:^|\s)(?:{_alt(data['ambiguous_count_after'])})\s+$", regex.I),
        "count_vouch": regex.compile(rf"(?:^|\s)(?:{_alt(data['ambiguous_count_vouch'])})\s+$", regex.I),
        "duration_not_before": regex.compile(
            rf"\s+(?:{_alt(data['ambiguous_duration_not_before'])})(?!\p{{L}})", regex.I),
        "duration_after": regex.compile(rf"(?:^|\s)(?:{_alt(data['ambiguous_duration_after'])})\s+$", regex.I),
        "not_duration_verbs": frozenset(data["ambiguous_duration_not_after_verbs"]),
        "year": regex.compile(r"(?:19|20)\d{2}"),
    }


def is_amount(doc: Any, sentence: Any, figure: Any, unit: CountedUnit, inferred: bool, previous: Any) -> bool:
    """Last tests that need the unit: numerals in words, bare years, dates read as pairs, verbs read as nouns.

    ``figure`` is the sentence-relative figure (start, end, mention, pair_first); ``previous`` the
    (figure, unit, fact) read just before it in the sentence, or None.
    """
    t = _tables()
    text = sentence.text
    literal = text[figure.start:figure.end]
    if figure.mention.in_words:
        if inferred and read_change(text, figure.start, figure.end) is None:
            return False
        first = literal.split()[0].lower()
        ambiguous_word = first in t["ambiguous"] and len(literal.split()) == 1
        after_figure = previous is not None and bool(t["after_figure"].fullmatch(text, previous[1].end, figure.start))
        left = text[max(0, figure.start - 20):figure.start]
        # "tăng một hạng", "hai em ..., một em": a word asking for an amount, or a list, vouches for the noun
        vouched = (after_figure and previous[1].unit == unit.unit) or bool(t["count_vouch"].search(left))
        if not inferred and not is_countable(unit) and not is_compound_words(literal) and not vouched and not (
                first not in t["ambiguous"] and _names_a_noun(doc, sentence, unit)):
            return False
        if ambiguous_word:
            if t["ambiguous_not_after"].search(left):
                return False
            if not after_figure and not t["ambiguous_after"].search(left) and not _is_stretch(
                    doc, sentence, figure, unit, left):
                return False
    if t["year"].fullmatch(literal) and (inferred or (unit.unit_text or "x")[0].isupper()):
        return False
    in_pair = figure.pair_first or text[figure.start - 1:figure.start] == "/"
    if inferred and in_pair and looks_like_date(text, figure.start, figure.end):
        return False
    # a lower-case word the lexicon does not know as countable may be a verb or adjective
    unknown_head = unit.kind == "count" and not inferred and not is_countable(unit) and unit.unit_text[:1].islower()
    return not (unknown_head and doc.pos_at(sentence, sentence.start + unit.start) in _NOT_NOUN_TAGS)


def _is_stretch(doc: Any, sentence: Any, figure: Any, unit: CountedUnit, left: str) -> bool:
    """``sau một ngày``, ``kéo dài một năm``, ``đình chỉ một năm``: ``một`` measuring time after a word
    that asks for a duration or after a verb (tagged only here, where it is needed); not after a noun
    (``20 triệu đồng một năm`` is a rate) nor after ``là`` (``là một giờ mất cơ hội``)."""
    t = _tables()
    if unit.kind != "duration" or t["duration_not_before"].match(sentence.text, unit.end):
        return False
    if t["duration_after"].search(left):
        return True
    position = sentence.start + figure.start
    word = doc.word_before(sentence, position)
    if word is None or doc.text[word.end:position].strip() or not word.text.islower() \
            or word.text.lower() in t["not_duration_verbs"]:
        return False
    return doc.pos_at(sentence, word.start) in _VERB_TAGS


def _names_a_noun(doc: Any, sentence: Any, unit: CountedUnit) -> bool:
    """``ba trụ cột``, ``hai bằng cấp``: a numeral in words before a lower-case noun the lexicon does not list."""
    if unit.kind != "count" or not unit.unit_text or not unit.unit_text[:1].islower() or unit.start < 0:
        return False
    return doc.pos_at(sentence, sentence.start + unit.start) in _NOUN_TAGS
