"""Vietnamese numerals, in digits or in words: reading them and finding them in text.

Digits follow the Vietnamese convention (``1.234`` is a thousand and more,
``96,6`` a decimal), with English separators accepted where they cannot be
read the Vietnamese way (``92.54``, ``1,234,567``). Words are read by the grammar
of :mod:`extractor.recognize.number_grammar`, with the colloquial shortenings
speakers use (``hai mốt`` = 21, ``một trăm mốt`` = 110, ``năm ngàn rưỡi`` = 5500,
``ba phẩy năm`` = 3.5, ``âm hai mươi`` = -20). Every word list lives in
``lang/vi/numbers.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

import regex

from extractor.lang.vi import alternation, load
from extractor.recognize.number_grammar import digits_decimal, fold, lexicon, read_numeral
from extractor.text.caseless import CaselessSearch

__all__ = ["NumberMention", "find_numbers", "is_compound_words", "parse_digits", "parse_number", "parse_words"]

Number = int | float


@dataclass(frozen=True)
class NumberMention:
    """A numeral found in a sentence: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    value: Number
    in_words: bool
    scaled: bool  # carries a scale word (triệu, tỷ, ...)
    scale: int = 1  # the scale words it ends with multiplied ("36 triệu" → 10**6): what a range's lower bound shares


_DIGIT_LITERAL = regex.compile(r"[\d.,]+")
_SIGNED_LITERAL = regex.compile(r"([-−–+])\s*(?=\d)")
_SPACED_THOUSANDS = regex.compile(r"[-−–+]?\s*\d{1,3}(?: \d{3})+(?:,\d+)?")
_NON_SPACE = regex.compile(r"\S+")


def _as_number(value: Decimal) -> Number:
    value = value.normalize()
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(literal: str) -> Number | None:
    """Read a numeral written in digits: ``"1.234,5"`` → 1234.5, ``"06"`` → 6, ``"92.54"`` → 92.54."""
    value = digits_decimal(literal.strip())
    return None if value is None else _as_number(value)


# --- words ----------------------------------------------------------------------------------


def parse_words(text: str) -> Number | None:
    """Read a numeral written in words (digits allowed before scale words): ``"hai mươi lăm"`` → 25."""
    try:
        value = read_numeral(fold(text).split())
    except InvalidOperation:
        return None
    return None if value is None else _as_number(value)


def parse_number(text: str) -> Number | None:
    """Read a whole Vietnamese numeral, in digits or words; None when ``text`` is not one.

    ``"1.234,5"`` → 1234.5, ``"2,5 triệu"`` → 2500000, ``"một trăm linh năm"`` → 105,
    ``"hai nghìn tư"`` → 2400, ``"không phẩy không năm"`` → 0.05, ``"âm hai mươi"`` → -20,
    ``"một nửa"`` → 0.5, ``"3/4"`` → 0.75, ``"25%"`` and ``"hai lăm phần trăm"`` → 25.
    """
    lex = lexicon()
    folded = " ".join(fold(text).split())
    folded = folded.removesuffix("%").strip()
    for word in lex.percent_words:
        if folded.endswith(" " + word):
            folded = folded[: -len(word) - 1].strip()
            break
    if not folded:
        return None
    if "/" in folded:
        parts = folded.split("/")
        if len(parts) != 2:
            return None
        numerator, denominator = parse_number(parts[0]), parse_number(parts[1])
        if numerator is None or not denominator:
            return None
        return _as_number(Decimal(str(numerator)) / Decimal(str(denominator)))
    if _SPACED_THOUSANDS.fullmatch(folded):
        folded = folded.replace(" ", "")  # "1 250 000"
    sign = 1
    if signed := _SIGNED_LITERAL.match(folded):
        sign = -1 if signed.group(1) != "+" else 1
        folded = folded[signed.end():]
    try:
        value = digits_decimal(folded) if _DIGIT_LITERAL.fullmatch(folded) else read_numeral(folded.split())
    except InvalidOperation:
        return None
    return None if value is None else _as_number(sign * value)


def is_compound_words(literal: str) -> bool:
    """True for a numeral in words built with a tens, hundred, scale or point word (``mười hai``,
    ``một trăm linh tám``, ``hai nghìn``, ``ba phẩy năm``): unlike a lone ``hai`` or ``ba``, it reads as
    nothing else."""
    lex = lexicon()
    tokens = fold(literal).split()
    structural = {lex.ten} | lex.tens_marker | lex.hundred | set(lex.scales) | lex.zero_tens | lex.point
    return len(tokens) > 1 and any(token in structural for token in tokens)


# --- finding numerals in text ----------------------------------------------------------------


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], CaselessSearch, regex.Pattern[str]]:
    lex = lexicon()
    scale = alternation(set(lex.scales) - lex.not_in_running_text)
    half_after = alternation(lex.half_after)
    glued = alternation(load("numbers")["glued_units"])
    # a unit written against the figure ("50kg") ends the numeral; otherwise scale words may follow
    digits = regex.compile(
        rf"(?<![\p{{L}}\d.,]|\p{{L}}-)\d+(?:[.,]\d+)*(?:(?=(?:{glued})(?![\p{{L}}\d]))|(?![\p{{L}}\d])"
        rf"(?:\s+(?:{scale}))*(?:\s+(?:{half_after}))?(?!\p{{L}}))",
        regex.IGNORECASE,
    )
    vocabulary = (set(lex.digits) | {lex.ten} | lex.tens_marker | lex.hundred | set(lex.scales) | lex.half_after
                  | lex.half | lex.point_in_text) - lex.not_in_running_text
    # searched in every sentence: fast on plain text (extractor.text.caseless)
    words = CaselessSearch(regex.compile(
        rf"(?<!\p{{L}})(?:{alternation(vocabulary)})(?:\s+(?:{alternation(vocabulary)}))*(?!\p{{L}})",
        regex.IGNORECASE))
    not_after = alternation(load("numbers")["negative_not_after"])
    minus = alternation(lex.negative_in_text)
    sign = regex.compile(rf"(?<![\p{{L}}\d])(?<!(?<!\p{{L}})(?:{not_after})\s+)(?:{minus})\s+$", regex.IGNORECASE)
    return digits, words, sign


def find_numbers(text: str) -> list[NumberMention]:
    """Numerals in ``text`` (one sentence), in order, offsets relative to ``text``.

    A run of number words is trimmed from the right until it reads as one numeral, so
    ``"năm 2020"`` gives nothing in words, ``"hai trường"`` gives 2 and ``"hai nghìn tư hồ sơ"``
    2400. Scaled digit groups join (``1 tỷ 200 triệu``); a sign word before (``âm 5``) makes it negative.
    """
    digits, words, _ = _patterns()
    found: list[NumberMention] = []
    for match in digits.finditer(text):
        spans = [(match.start() + m.start(), match.start() + m.end()) for m in _NON_SPACE.finditer(match.group())]
        if (mention := _longest_reading(text, spans, in_words=False)) is not None:
            if found and _continues(text, found[-1], mention):
                first = found.pop()
                mention = replace(mention, start=first.start,
                                  value=_as_number(Decimal(str(first.value)) + Decimal(str(mention.value))))
            found.append(mention)
    taken = [(m.start, m.end) for m in found]
    for match in words.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        spans = [(match.start() + m.start(), match.start() + m.end()) for m in _NON_SPACE.finditer(match.group())]
        if (mention := _longest_reading(text, _words_run(text, spans), in_words=True)) is not None:
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return [_signed(text, m) for m in found]


def _continues(text: str, first: NumberMention, second: NumberMention) -> bool:
    """``1 tỷ 200 triệu``: a scaled group right after a whole one of a larger scale adds to it."""
    if not (first.scaled and second.scaled and first.scale > second.scale and second.value < first.scale):
        return False
    return not text[first.end:second.start].strip() and Decimal(str(first.value)) % first.scale == 0


def _words_run(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a run that may make a numeral: no opener that only continues one (``trăm``, ``lăm``),
    no closing ``năm`` that is the noun "year" (``hai mươi năm``, but ``ba phẩy năm`` is 3.5), and
    no two plain digits side by side, a rough range (``hai ba người``) rather than ``hai mươi ba``."""
    lex = lexicon()
    folded = [fold(text[s:e]) for s, e in spans]
    for i in range(1, len(folded)):
        if folded[i - 1] in lex.point_in_text:
            break
        if lex.digits.get(folded[i - 1]) and folded[i] in lex.digits and folded[i] not in lex.inside_only:
            spans, folded = spans[:i], folded[:i]
            break
    if len(spans) > 1 and folded[-1] in lex.noun_when_last and lex.digits.get(folded[-2]) != 0 \
            and folded[-2] not in lex.point_in_text:
        spans, folded = spans[:-1], folded[:-1]
    openers_not = (lex.inside_only | lex.hundred | set(lex.scales) | lex.tens_marker | lex.half_after | lex.half
                   | lex.point_in_text)
    # "nửa tỷ" is half a billion, "không phẩy năm" is 0.5
    kept = len(folded) > 1 and ((folded[0] in lex.half and folded[1] in lex.scales)
                                or (lex.digits.get(folded[0]) == 0 and folded[1] in lex.point_in_text))
    while spans and folded[0] in openers_not and not kept:
        spans, folded = spans[1:], folded[1:]
    return spans


def _longest_reading(text: str, spans: list[tuple[int, int]], in_words: bool) -> NumberMention | None:
    """The longest prefix of ``spans`` that reads as one numeral."""
    lex = lexicon()
    while spans:
        start, end = spans[0][0], spans[-1][1]
        tokens = [fold(text[s:e]) for s, e in spans]
        value = parse_words(" ".join(tokens)) if len(tokens) > 1 or in_words else parse_digits(tokens[0])
        if value is not None:
            scaled = any(token in lex.scales for token in tokens)
            return NumberMention(start, end, value, in_words, scaled, _trailing_scale(tokens))
        spans = spans[:-1]
    return None


def _signed(text: str, mention: NumberMention) -> NumberMention:
    """``âm 5 độ``, ``tăng trưởng âm hai phẩy năm phần trăm``: the sign word joins the numeral."""
    sign = _patterns()[2].search(text, 0, mention.start)
    if sign is None:
        return mention
    return replace(mention, start=sign.start(), value=-mention.value)


def _trailing_scale(tokens: list[str]) -> int:
    """The product of the scale words closing a numeral, a trailing "rưỡi" aside: ``36 triệu`` → 10**6."""
    lex = lexicon()
    folded = [fold(t) for t in tokens]
    if folded and folded[-1] in lex.half_after:
        folded = folded[:-1]
    scale = 1
    for token in reversed(folded):
        if token not in lex.scales:
            break
        scale *= lex.scales[token]
    return scale
