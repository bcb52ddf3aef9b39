"""What a figure counts or measures: the unit after it.

Percent, currencies, measures and units of time are read from the text after the
figure; anything else is the counted noun, taken from the underthesea words so
that ``2 đơn vị sự nghiệp`` counts ``đơn vị`` and not ``đơn``. Abbreviations are
expanded (``189 TTHC`` → ``thủ tục hành chính``). Word lists: ``lang/vi/units.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import regex

from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load

__all__ = [
    "NO_WORDS", "CountedUnit", "Words", "is_countable", "is_money_noun", "read_unit", "unit_named_before",
    "unit_of_count_word",
]


class _WordLike(Protocol):
    start: int
    end: int
    text: str


class Words(Protocol):
    """A sentence's words, read from a position on (so that only what is read need be segmented)."""

    def after(self, position: int) -> Iterable[_WordLike]:
        """The words that end after ``position`` (sentence offsets), in order."""


class _NoWords:
    """No words at all: for the units that never need them (``%``, currencies, measures)."""

    def after(self, position: int) -> Iterable[_WordLike]:
        return ()


NO_WORDS: Words = _NoWords()


@dataclass(frozen=True)
class CountedUnit:
    """The unit of a figure; ``end`` is where its written form stops (sentence offsets)."""

    unit: str | None
    unit_text: str | None
    kind: str
    end: int
    start: int = -1


_SYLLABLE = regex.compile(r"\S+")



@functools.cache
def _tables():
    data = load("units")
    boundary = r"(?![\p{L}\d])"
    percent = regex.compile(rf"\s*({_alt(data['percent']['written'])}){boundary}", regex.I)
    currency = regex.compile(rf"\s*(?!(?:{_alt(data['currency_compounds'])}){boundary})({_alt(data['currencies'])})"
                             rf"{boundary}", regex.I)
    measures = regex.compile(rf"\s*({_alt(data['measures'])}){boundary}", regex.I)
    durations = regex.compile(rf"\s*({_alt(data['durations'])}){boundary}"
                              rf"(?!\s+(?:{_alt(data['durations_not_before'])}){boundary})", regex.I)
    ratios = regex.compile(rf"\s*({_alt(data['ratio_words'])}){boundary}", regex.I)
    heads = regex.compile(rf"\s*({_alt(data['multiword_heads'])}){boundary}", regex.I)
    measure_words = regex.compile(rf"\s*({_alt(data['measure_words'])}){boundary}", regex.I)
    return {
        "data": data,
        "percent": percent,
        "currency": currency,
        "measures": measures,
        "durations": durations,
        "ratios": ratios,
        "heads": heads,
        "measure_words": measure_words,
        "not_nouns": frozenset(w.lower() for w in data["not_nouns"]),
        "countable": frozenset(w.lower() for w in data["countable_heads"]),
        "classifiers": frozenset(w.lower() for w in data["classifiers"]),
        "money_nouns": frozenset(w.lower() for w in data["money_nouns"]),
        "share_of": regex.compile(rf" (?:{_alt(data['share_of'])}) (?=\p{{Ll}})"),
        "head_prefixes": frozenset(w.lower() for w in data["head_prefixes"]),
        "coefficient": regex.compile(rf"(?<!\p{{L}})({_alt(data['coefficients'])})(?!\p{{L}})", regex.I),
        "so_compound": regex.compile(rf"(?<!\p{{L}})(?:{_alt(load('facts')['so_compounds'])})\s+$", regex.I),
        "count_of": regex.compile(rf"(?<!\p{{L}})(?:{_alt(load('facts')['count_of'])})\s+", regex.I),
        "unit_before": regex.compile(
            rf"(?<!\p{{L}})({_alt(data['units_before_figure'])})\s+(?:(?:{_alt(load('facts')['approximators'])})\s+)?$",
            regex.I),
    }


def _expand(head: str, abbreviations: dict[str, str]) -> str:
    long = abbreviations.get(head)
    return (long or head).lower()


def read_unit(
    text: str,
    pos: int,
    words: Words,
    abbreviations: dict[str, str],
    *,
    scaled: bool = False,
) -> CountedUnit | None:
    """The unit written right after position ``pos`` of sentence ``text``, or None.

    ``words`` are the sentence's words with sentence-relative offsets. A scaled figure
    with no unit after it (``thu về 177 tỷ``) is money in the default currency.
    """
    t = _tables()
    data = t["data"]
    rest = text[pos:]
    if m := t["percent"].match(rest):
        return CountedUnit(data["percent"]["unit"], "%", "percent", pos + m.end())
    if m := t["currency"].match(rest):
        code = data["currencies"][m.group(1).lower()]
        return CountedUnit(code, m.group(1), "money", pos + m.end())
    if m := t["measures"].match(rest):
        unit, kind = data["measures"][m.group(1).lower()]
        return CountedUnit(unit, m.group(1), kind, pos + m.end())
    if m := t["durations"].match(rest):
        return CountedUnit(m.group(1).lower(), m.group(1), "duration", pos + m.end())
    if m := t["ratios"].match(rest):
        return CountedUnit(m.group(1).lower(), m.group(1), "ratio", pos + m.end())
    if m := t["measure_words"].match(rest):
        return _measured_noun(text, pos + m.start(1), pos + m.end(1), words, abbreviations)
    if m := t["share_of"].match(rest):
        # "1/4 số du học sinh": a share of the noun after "số", which is no thing counted itself
        pos += m.end()
    noun = _counted_noun(text, pos, words, abbreviations)
    if noun is None and scaled:
        return CountedUnit(data["default_currency"], None, "money", pos)
    return noun


def _counted_noun(text: str, pos: int, words: Words, abbreviations: dict[str, str]) -> CountedUnit | None:
    t = _tables()
    rest = text[pos:]
    gap = len(rest) - len(rest.lstrip(" "))
    if gap > 1 or not rest[gap:gap + 1].isalpha():
        return None
    start = pos + gap
    if m := t["heads"].match(rest):
        head_end = pos + m.end()
    else:
        # a word may straddle the figure ("12.100 trường" as one word): keep the part after it
        word = next(iter(words.after(start)), None)
        if word is None or word.start > start:
            return None
        head_end = word.end
        # a segmenter word that runs into a function word ("trường thành") stops before it
        for syllable in _SYLLABLE.finditer(text, start, word.end):
            # ... but only after a noun of its own: "thiết bị", "chứng chỉ" are single nouns
            if (syllable.start() > start and syllable.group().lower() in t["not_nouns"]
                    and text[start:syllable.start() - 1].lower() in t["countable"]):
                head_end = syllable.start() - 1
                break
    written = text[start:head_end]
    if written.lower() in t["not_nouns"] or not written[0].isalpha():
        return None
    if written.lower() in t["classifiers"] | t["head_prefixes"]:
        noun = _counted_noun(text, head_end, words, abbreviations)
        if noun is not None and noun.start == head_end + 1:
            if written.lower() in t["classifiers"]:
                return CountedUnit(noun.unit, text[start:noun.end], "count", noun.end, start)
            return CountedUnit(f"{written.lower()} {noun.unit}", text[start:noun.end], "count", noun.end, start)
    phrase_end = _phrase_end(text, head_end, words)
    return CountedUnit(_expand(written, abbreviations), text[start:phrase_end], "count", head_end, start)


def _measured_noun(
    text: str, start: int, end: int, words: Words, abbreviations: dict[str, str]
) -> CountedUnit:
    """``24.560 lượt khách``: the measure noun and the noun it measures make the unit ("lượt khách")."""
    measure = text[start:end]
    noun = _counted_noun(text, end, words, abbreviations)
    if noun is None:
        return CountedUnit(measure.lower(), measure, "count", end, start)
    written = text[start:noun.start] + (noun.unit_text or "")
    return CountedUnit(f"{measure.lower()} {noun.unit}", written, "count", noun.end, start)


def _phrase_end(text: str, head_end: int, words: Words) -> int:
    """Where the counted noun phrase stops: at punctuation, a number or a word that opens no noun."""
    t = _tables()
    end = head_end
    for word in words.after(head_end):
        if word.start < head_end:
            continue
        if text[end:word.start].strip() or word.start - end > 1:
            break
        if word.text.lower() in t["not_nouns"] or not word.text[0].isalpha() or word.end - head_end > 40:
            break
        end = word.end
    return end


def is_countable(unit: CountedUnit) -> bool:
    """True when ``unit`` names a kind of thing a number written in words may count."""
    t = _tables()
    if unit.kind != "count":
        return True  # a duration, ratio, share, sum of money or measure: "hai tỷ đồng", "ba tháng"
    written = (unit.unit_text or "").lower()
    if written.split(" ", 1)[0] in t["classifiers"]:
        return True  # "bốn cuốn sách": a classifier only ever counts
    return written in t["countable"] or (unit.unit or "") in t["countable"]


def unit_of_count_word(text: str, abbreviations: dict[str, str], words: Words) -> CountedUnit | None:
    """The noun after the last ``số``/``tổng số`` in ``text`` ("số lớp tối thiểu là" → lớp)."""
    t = _tables()
    if m := t["coefficient"].search(text):
        return CountedUnit(m.group(1).lower(), m.group(1), "ratio", m.end(), m.start())
    # "chỉ số bằng sáng chế" names an index, not a count of patents
    matches = [m for m in t["count_of"].finditer(text) if not t["so_compound"].search(text, 0, m.end())]
    if not matches:
        return None
    return _counted_noun(text, matches[-1].end(), words, abbreviations)


def is_money_noun(unit: CountedUnit) -> bool:
    """``số tiền``, ``kinh phí``: a noun that names a sum, so a scaled figure it counts is money."""
    return (unit.unit or "").lower() in _tables()["money_nouns"]


def unit_named_before(text: str, start: int, end: int) -> CountedUnit | None:
    """``ở tuổi 17``, ``tuổi đời không quá 27``: a unit written before the figure ending at ``end``."""
    t = _tables()
    m = t["unit_before"].search(text, max(0, start - 30), start)
    if m is None:
        return None
    written = m.group(1)
    return CountedUnit(t["data"]["units_before_figure"][written.lower()], written, "count", end, m.start(1))



def names_an_item(text: str, start: int, unit: CountedUnit) -> bool:
    """Whether the figure at ``start`` follows its own unit's head noun, so it names one item of a kind
    instead of counting them: ``4 cấp học (cấp 3, cấp 2, ...)``, ``Vùng 4``, ``lớp 10`` given the unit of
    the figure before. A count writes its noun after the number, never before it.
    """
    if not unit.unit or unit.kind != "count":
        return False
    before = text[max(0, start - len(unit.unit) - 2) : start].rstrip().lower()
    return before.endswith(unit.unit.lower()) and not before[: -len(unit.unit)][-1:].isalpha()


def is_title_word(unit: CountedUnit) -> bool:
    """Whether the noun after a figure is capitalised like a name or a heading (``Vùng``, ``Đại học X``),
    and not an abbreviation (``TTHC``) or a lower-case counted noun."""
    first = (unit.unit_text or "").split()[0] if unit.unit_text else ""
    return unit.kind == "count" and first[:1].isupper() and not first.isupper()
