"""The grammar of a Vietnamese numeral written in words, over the word lists of ``lang/vi/numbers.yaml``.

Speakers shorten numerals by position, so the reader is a small recursive grammar rather than a
table or a regex: the same ``tư`` is 4 in ``hai mươi tư``, 40 in ``hai trăm tư`` and 400 in
``hai nghìn tư``; ``rưỡi`` is half of whatever scale it follows. In upper case the word classes
of the data file (``DIGIT``, ``TENS`` for ``mươi``/``chục``, ``ZERO`` for ``linh``/``lẻ``, ...)::

    numeral   := SIGN? (quantity FRACTION quantity | quantity)       "âm hai mươi", "hai phần ba"
    quantity  := "một"? HALF | decimal | cardinal | small HALF_AFTER  "một nửa", "hai rưỡi" = 2.5
    decimal   := cardinal? POINT digits SCALE*                       "ba phẩy năm", "hai phẩy năm tỷ"
    digits    := DIGIT+ | "không"* cardinal                          "không năm" = .05, "hai mươi lăm" = .25
    cardinal  := (HALF | cardinal)? SCALE+ remainder | hundreds      "mười lăm nghìn tỷ", "nửa triệu"
    remainder := ∅ | HALF_AFTER | DIGIT | ZERO cardinal | empty remainder | cardinal   smaller than the scale before
    empty     := "không" HUNDRED? SCALE                               "không nghìn", "không trăm triệu"
    hundreds  := small? HUNDRED (∅ | ZERO DIGIT | HALF_AFTER | DIGIT | small) | DIGIT small | small
    small     := TEN DIGIT? | TENS_ALONE | DIGIT TENS (DIGIT | HALF_AFTER)? | CONTRACTED DIGIT | DIGIT DIGIT | DIGIT

A digit literal may stand where a number word does (``3 triệu rưỡi``, ``1 tỷ 200 triệu``).
Values are :class:`~decimal.Decimal` so that ``2,5 tỷ`` is exactly 2 500 000 000.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import regex

from extractor.lang.vi import load

__all__ = ["Lexicon", "digits_decimal", "fold", "lexicon", "read_numeral"]


@dataclass(frozen=True)
class Lexicon:
    """The word classes of ``numbers.yaml``, folded (NFC, lower case)."""

    digits: dict[str, int]
    inside_only: frozenset[str]
    zero_tens: frozenset[str]
    ten: str
    tens_marker: frozenset[str]
    tens_alone: frozenset[str]
    contracted_tens: dict[str, int]
    hundred: frozenset[str]
    scales: dict[str, int]
    half_after: frozenset[str]
    half: frozenset[str]
    negative: frozenset[str]
    negative_in_text: frozenset[str]
    point: frozenset[str]
    point_in_text: frozenset[str]
    fraction_words: frozenset[str]
    percent_words: tuple[str, ...]
    noun_when_last: frozenset[str]
    not_in_running_text: frozenset[str]
    shortened_unit_not: frozenset[str]
    shortened_head_needs_inside: frozenset[str]


def fold(text: str) -> str:
    """NFC, lower case, trimmed: how number words are compared."""
    return unicodedata.normalize("NFC", text).lower().strip()


def _words(values) -> frozenset[str]:
    return frozenset(fold(w) for w in values)


@functools.cache
def lexicon() -> Lexicon:
    """The number words, loaded once."""
    data = load("numbers")
    return Lexicon(
        digits={fold(k): int(v) for k, v in data["digits"].items()},
        inside_only=_words(data["digits_inside_only"]),
        zero_tens=_words(data["zero_tens"]),
        ten=fold(data["ten"]),
        tens_marker=_words(data["tens_marker"]),
        tens_alone=_words(data["tens_alone"]),
        contracted_tens={fold(k): int(v) for k, v in data["contracted_tens"].items()},
        hundred=_words(data["hundred"]),
        scales={fold(k): int(v) for k, v in data["scales"].items()},
        half_after=_words(data["half_after"]),
        half=_words(data["half"]),
        negative=_words(data["negative"]),
        negative_in_text=_words(data["negative_in_text"]),
        point=_words(data["decimal_point"]),
        point_in_text=_words(data["decimal_point_in_text"]),
        fraction_words=_words(data["fraction_words"]),
        percent_words=tuple(fold(w) for w in data["percent_words"]),
        noun_when_last=_words(data["noun_when_last"]),
        not_in_running_text=_words(data["not_in_running_text"]),
        shortened_unit_not=_words(data["shortened_tens"]["unit_not"]),
        shortened_head_needs_inside=_words(data["shortened_tens"]["head_needs_inside_only"]),
    )


# --- digit literals --------------------------------------------------------------------------

_VI_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")
_VI_DECIMAL = regex.compile(r"\d+,\d+")
_EN_DECIMAL = regex.compile(r"\d+\.(?:\d{1,2}|\d{4,})")
_PLAIN = regex.compile(r"\d+")


def digits_decimal(literal: str) -> Decimal | None:
    """A numeral in digits, Vietnamese separators first (``1.234,5``), English ones where only they fit."""
    if _PLAIN.fullmatch(literal):
        return Decimal(literal)
    if _VI_THOUSANDS.fullmatch(literal):
        return Decimal(literal.replace(".", "").replace(",", "."))
    if _EN_THOUSANDS.fullmatch(literal):
        return Decimal(literal.replace(",", ""))
    if _VI_DECIMAL.fullmatch(literal):
        return Decimal(literal.replace(",", "."))
    if _EN_DECIMAL.fullmatch(literal):
        return Decimal(literal)
    return None


# --- the grammar -----------------------------------------------------------------------------


def read_numeral(tokens: list[str]) -> Decimal | None:
    """The value of folded ``tokens`` read as one whole numeral, or None: ``["âm", "hai", "mươi"]`` → -20."""
    lex = lexicon()
    sign = 1
    if tokens and tokens[0] in lex.negative:
        sign, tokens = -1, tokens[1:]
    if not tokens:
        return None
    for i, token in enumerate(tokens):
        if token in lex.fraction_words and 0 < i < len(tokens) - 1:
            numerator, denominator = _quantity(tokens[:i]), _quantity(tokens[i + 1:])
            if numerator is None or not denominator:
                return None
            return sign * numerator / denominator
    value = _quantity(tokens)
    return None if value is None else sign * value


def _quantity(tokens: list[str]) -> Decimal | None:
    lex = lexicon()
    if tokens[-1] in lex.half and len(tokens) <= 2:
        return Decimal("0.5") if len(tokens) == 1 or _digit(tokens[0]) == 1 else None
    points = [i for i, token in enumerate(tokens) if token in lex.point]
    if points:
        return _decimal(tokens, points[0]) if len(points) == 1 else None
    if len(tokens) == 1 and tokens[0] in lex.zero_tens:
        return None
    value = _cardinal(tokens)
    if value is None and len(tokens) > 1 and tokens[-1] in lex.half_after:
        small = _small(tokens[:-1])  # "hai rưỡi" = 2.5: half of one, not of a scale
        return None if small is None else small + Decimal("0.5")
    return value


def _decimal(tokens: list[str], point: int) -> Decimal | None:
    lex = lexicon()
    integer = _cardinal(tokens[:point]) if point else Decimal(0)
    after = tokens[point + 1:]
    first_scale = next((i for i, token in enumerate(after) if token in lex.scales), len(after))
    scales = after[first_scale:]
    digits = _fraction_digits(after[:first_scale])
    if integer is None or digits is None or integer != integer.to_integral_value():
        return None
    if any(token not in lex.scales for token in scales):
        return None
    value = Decimal(f"{int(integer)}.{digits}")
    for token in scales:
        value *= lex.scales[token]
    return value


def _fraction_digits(tokens: list[str]) -> str | None:
    """The digits after the point: read one by one (``không năm`` = 05) or as a whole (``hai mươi lăm``)."""
    lex = lexicon()
    if not tokens:
        return None
    if all(token in lex.digits for token in tokens):
        return "".join(str(lex.digits[token]) for token in tokens)
    if len(tokens) == 1 and _PLAIN.fullmatch(tokens[0]):
        return tokens[0]
    zeros = 0
    while zeros < len(tokens) and lex.digits.get(tokens[zeros]) == 0:
        zeros += 1
    whole = _cardinal(tokens[zeros:]) if zeros < len(tokens) else None
    if whole is None or whole != whole.to_integral_value():
        return None
    return "0" * zeros + str(int(whole))


def _cardinal(tokens: list[str]) -> Decimal | None:
    """Any size: split at the first occurrence of the largest scale word present."""
    lex = lexicon()
    if not tokens:
        return None
    present = [(lex.scales[t], i) for i, t in enumerate(tokens) if t in lex.scales]
    if not present:
        return _hundreds(tokens)
    largest = max(scale for scale, _ in present)
    index = next(i for scale, i in present if scale == largest)
    start = index  # consecutive scales multiply: "nghìn tỷ", "tỷ tỷ"
    while start > 0 and tokens[start - 1] in lex.scales:
        start -= 1
    while index + 1 < len(tokens) and tokens[index + 1] in lex.scales:
        index += 1
    multiplier = Decimal(1)
    for token in tokens[start:index + 1]:
        multiplier *= lex.scales[token]
    left = _left_of_scale(tokens[:start]) if start else Decimal(1)
    if left is None or left <= 0:
        return None
    rest = _remainder(tokens[index + 1:], multiplier)
    return None if rest is None else left * multiplier + rest


def _left_of_scale(tokens: list[str]) -> Decimal | None:
    if len(tokens) == 1 and tokens[0] in lexicon().half:
        return Decimal("0.5")  # "nửa triệu"
    return _cardinal(tokens)


def _remainder(rest: list[str], multiplier: Decimal) -> Decimal | None:
    """What follows a scale word; smaller than it, or it would be a second numeral."""
    lex = lexicon()
    if not rest:
        return Decimal(0)
    if len(rest) == 1 and rest[0] in lex.half_after:
        return multiplier / 2
    if len(rest) == 1 and multiplier >= 1000 and _digit(rest[0]):
        return _digit(rest[0]) * multiplier / 10  # "hai nghìn tư" = 2400, "1 triệu 2" = 1 200 000
    empty = _empty_group(rest)
    if empty:  # "năm triệu không nghìn không trăm linh một": a scale's group read out as zero
        scale = lex.scales[rest[empty - 1]]
        tail = _remainder(rest[empty:], scale) if scale < multiplier else None
        return tail if tail is not None and tail < scale else None
    if rest[0] in lex.zero_tens:
        tail = _cardinal(rest[1:])  # "hai nghìn lẻ chín" = 2009: an empty hundreds place
        return tail if tail is not None and 0 < tail < multiplier / 10 else None
    tail = _cardinal(rest)
    return tail if tail is not None and tail < multiplier else None


def _empty_group(tokens: list[str]) -> int:
    """How many words open ``tokens`` with a group read out as zero before its scale (``không nghìn``, ``không
    trăm triệu``), as careful readers say every group of a long number; 0 where none does."""
    lex = lexicon()
    if not tokens or lex.digits.get(tokens[0], -1) != 0:
        return 0
    k = 2 if len(tokens) > 1 and tokens[1] in lex.hundred else 1
    return k + 1 if len(tokens) > k and tokens[k] in lex.scales else 0


def _hundreds(tokens: list[str]) -> Decimal | None:
    """0..999 (or a digit literal times a hundred)."""
    lex = lexicon()
    index = next((i for i, token in enumerate(tokens) if token in lex.hundred), None)
    if index is None:
        if len(tokens) > 2 and _digit(tokens[0]) and tokens[0] in lex.digits and (
                tokens[1] == lex.ten or tokens[2] in lex.tens_marker):
            tail = _small(tokens[1:])  # "ba bốn mươi hai" = 342: "trăm" dropped in quick speech
            return None if tail is None else _digit(tokens[0]) * 100 + tail
        return _small(tokens)
    left = _small(tokens[:index]) if index else Decimal(1)
    rest = tokens[index + 1:]
    if left is None:
        return None
    if not rest:
        return left * 100
    if rest[0] in lex.zero_tens:
        unit = _digit(rest[1]) if len(rest) == 2 else None
        return None if not unit else left * 100 + unit  # "một trăm linh năm" = 105
    if len(rest) == 1 and rest[0] in lex.half_after:
        return left * 100 + 50
    if len(rest) == 1 and _digit(rest[0]) and rest[0] in lex.digits:
        return left * 100 + _digit(rest[0]) * 10  # "một trăm mốt" = 110, "hai trăm tư" = 240
    tail = _small(rest, after_hundred=True)
    return None if tail is None or tail >= 100 else left * 100 + tail


def _small(tokens: list[str], after_hundred: bool = False) -> Decimal | None:
    """0..99 from words, or a digit literal standing where a digit word would.

    ``after_hundred``: the words follow ``trăm``, where ``năm sáu`` can only be 56 (on its own it may be a year
    and a count: ``năm sáu`` is also "year six").
    """
    lex = lexicon()
    if not tokens:
        return None
    head, rest = tokens[0], tokens[1:]
    if not rest:
        if head in lex.digits:
            return Decimal(lex.digits[head])
        return Decimal(10) if head == lex.ten or head in lex.tens_alone else digits_decimal(head)
    if head == lex.ten:
        unit = _digit(rest[0]) if len(rest) == 1 and rest[0] in lex.digits else None
        return None if not unit else Decimal(10 + unit)
    if head in lex.contracted_tens:
        unit = _digit(rest[0]) if len(rest) == 1 and rest[0] in lex.digits else None
        return None if unit is None else Decimal(lex.contracted_tens[head] * 10 + unit)
    tens = _digit(head)
    if tens and rest[0] in lex.tens_marker:
        if len(rest) == 1:
            return Decimal(tens * 10)
        if len(rest) == 2 and rest[1] in lex.half_after:
            return Decimal(tens * 10 + 5)  # "hai chục rưỡi" = 25
        unit = _digit(rest[1]) if len(rest) == 2 and rest[1] in lex.digits else None
        return None if unit is None else Decimal(tens * 10 + unit)
    if head in lex.digits and tens > 1 and len(rest) == 1 and _closes_shortened_tens(head, rest[0], after_hundred):
        return Decimal(tens * 10 + lex.digits[rest[0]])  # colloquial "hai mốt"
    return None


def _digit(token: str) -> int:
    """1..9 for a digit word or a one-digit literal, else 0."""
    lex = lexicon()
    if token in lex.digits:
        return lex.digits[token]
    return int(token) if len(token) == 1 and token.isdecimal() else 0


def _closes_shortened_tens(head: str, unit: str, after_hundred: bool = False) -> bool:
    """``hai mốt`` is 21, but ``mỗi năm một lần`` is once a year and ``sinh viên năm hai`` a second-year student;
    after ``trăm`` (``không trăm năm sáu``) the position leaves no such reading."""
    lex = lexicon()
    if unit not in lex.digits or unit in lex.shortened_unit_not or not lex.digits[unit]:
        return False
    return after_hundred or head not in lex.shortened_head_needs_inside or unit in lex.inside_only
