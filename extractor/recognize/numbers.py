"""Vietnamese numerals, in digits or in words: reading them and finding them in text.

Digits follow the Vietnamese convention (``1.234`` is a thousand and more,
``96,6`` a decimal), with English separators accepted where they cannot be
read the Vietnamese way (``92.54``, ``1,234,567``). Words are read with the
colloquial shortenings speakers use (``hai mốt`` = 21, ``một trăm mốt`` = 110,
``năm ngàn rưỡi`` = 5500). Every word list lives in ``lang/vi/numbers.yaml``.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from extractor.lang.vi import load

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


@dataclass(frozen=True)
class _Lexicon:
    digits: dict[str, int]
    inside_only: frozenset[str]
    zero_tens: frozenset[str]
    ten: str
    tens_marker: frozenset[str]
    hundred: frozenset[str]
    scales: dict[str, int]
    half_after: frozenset[str]
    half: frozenset[str]
    fraction_word: str
    percent_words: tuple[str, ...]
    noun_when_last: frozenset[str]
    shortened_unit_not: frozenset[str]
    shortened_head_needs_inside: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load("numbers")
    return _Lexicon(
        digits={_fold(k): int(v) for k, v in data["digits"].items()},
        inside_only=frozenset(_fold(w) for w in data["digits_inside_only"]),
        zero_tens=frozenset(_fold(w) for w in data["zero_tens"]),
        ten=_fold(data["ten"]),
        tens_marker=frozenset(_fold(w) for w in data["tens_marker"]),
        hundred=frozenset(_fold(w) for w in data["hundred"]),
        scales={_fold(k): int(v) for k, v in data["scales"].items()},
        half_after=frozenset(_fold(w) for w in data["half_after"]),
        half=frozenset(_fold(w) for w in data["half"]),
        fraction_word=_fold(data["fraction_word"]),
        percent_words=tuple(_fold(w) for w in data["percent_words"]),
        noun_when_last=frozenset(_fold(w) for w in data["noun_when_last"]),
        shortened_unit_not=frozenset(_fold(w) for w in data["shortened_tens"]["unit_not"]),
        shortened_head_needs_inside=frozenset(_fold(w) for w in data["shortened_tens"]["head_needs_inside_only"]),
    )


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().strip()


def _as_number(value: Decimal) -> Number:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# --- digits ---------------------------------------------------------------------------------

_VI_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")
_VI_DECIMAL = regex.compile(r"\d+,\d+")
_EN_DECIMAL = regex.compile(r"\d+\.(?:\d{1,2}|\d{4,})")
_PLAIN = regex.compile(r"\d+")
_DIGIT_LITERAL = regex.compile(r"[\d.,]+")
_NON_SPACE = regex.compile(r"\S+")


def _digits_decimal(literal: str) -> Decimal | None:
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


def parse_digits(literal: str) -> Number | None:
    """Read a numeral written in digits: ``"1.234,5"`` → 1234.5, ``"06"`` → 6, ``"92.54"`` → 92.54."""
    value = _digits_decimal(literal.strip())
    return None if value is None else _as_number(value)


# --- words ----------------------------------------------------------------------------------


def _tens(tokens: list[str]) -> Decimal | None:
    """0..99 from words, or a digit literal standing where a digit word would."""
    lex = _lexicon()
    if not tokens:
        return Decimal(0)
    if len(tokens) == 1:
        token = tokens[0]
        if token in lex.digits:
            return Decimal(lex.digits[token])
        if token == lex.ten:
            return Decimal(10)
        return _digits_decimal(token)
    head, rest = tokens[0], tokens[1:]
    if head == lex.ten:
        unit = _unit(rest)
        return None if unit is None else 10 + unit
    if head in lex.digits and rest[0] in lex.tens_marker:
        unit = _unit(rest[1:]) if rest[1:] else Decimal(0)
        return None if unit is None else lex.digits[head] * 10 + unit
    if head in lex.digits and lex.digits[head] > 1 and len(rest) == 1 and _closes_shortened_tens(head, rest[0]):
        return Decimal(lex.digits[head] * 10 + lex.digits[rest[0]])  # colloquial "hai mốt"
    return None


def _closes_shortened_tens(head: str, unit: str) -> bool:
    """``hai mốt`` is 21, but ``mỗi năm một lần`` is once a year and ``sinh viên năm hai`` a second-year student."""
    lex = _lexicon()
    if unit not in lex.digits or unit in lex.shortened_unit_not:
        return False
    return head not in lex.shortened_head_needs_inside or unit in lex.inside_only


def _unit(tokens: list[str]) -> Decimal | None:
    lex = _lexicon()
    if len(tokens) == 1 and tokens[0] in lex.digits:
        return Decimal(lex.digits[tokens[0]])
    return None


def _hundreds(tokens: list[str]) -> Decimal | None:
    """0..999 (or a digit literal times a hundred)."""
    lex = _lexicon()
    for i, token in enumerate(tokens):
        if token in lex.hundred:
            left = _tens(tokens[:i]) if i else Decimal(1)
            rest = tokens[i + 1:]
            if left is None:
                return None
            if not rest:
                return left * 100
            if rest[0] in lex.zero_tens:
                unit = _unit(rest[1:])
                return None if unit is None else left * 100 + unit
            if len(rest) == 1 and rest[0] in lex.half_after:
                return left * 100 + 50
            if len(rest) == 1 and rest[0] in lex.digits:
                return left * 100 + lex.digits[rest[0]] * 10  # colloquial "trăm mốt" = 110
            tail = _tens(rest)
            return None if tail is None else left * 100 + tail
    return _tens(tokens)


def _scaled(tokens: list[str]) -> Decimal | None:
    """Any size: split at the first occurrence of the largest scale word present."""
    lex = _lexicon()
    present = [(lex.scales[t], i) for i, t in enumerate(tokens) if t in lex.scales]
    if not present:
        return _hundreds(tokens)
    largest = max(scale for scale, _ in present)
    index = next(i for scale, i in present if scale == largest)
    # consecutive scales multiply: "nghìn tỷ"
    start = index
    while start > 0 and tokens[start - 1] in lex.scales:
        start -= 1
    multiplier = Decimal(1)
    for token in tokens[start:index + 1]:
        multiplier *= lex.scales[token]
    left = _scaled(tokens[:start]) if start else Decimal(1)
    rest = tokens[index + 1:]
    if left is None:
        return None
    if not rest:
        return left * multiplier
    if len(rest) == 1 and rest[0] in lex.half_after:
        return left * multiplier + multiplier / 2
    if len(rest) == 1 and rest[0] in lex.digits and multiplier >= 1000:
        return left * multiplier + lex.digits[rest[0]] * multiplier / 10  # "hai triệu mốt"
    tail = _scaled(rest)
    return None if tail is None else left * multiplier + tail


def _words_decimal(text: str) -> Decimal | None:
    lex = _lexicon()
    tokens = _fold(text).split()
    if not tokens:
        return None
    if tokens[-1] in lex.half and len(tokens) <= 2:
        if len(tokens) == 1 or _unit(tokens[:1]) == 1:
            return Decimal("0.5")
        return None
    if lex.fraction_word in tokens:
        i = tokens.index(lex.fraction_word)
        numerator, denominator = _scaled(tokens[:i]), _scaled(tokens[i + 1:])
        if numerator is None or not denominator:
            return None
        return numerator / denominator
    if tokens[0] in lex.zero_tens and len(tokens) == 1:
        return None
    return _scaled(tokens)


def parse_words(text: str) -> Number | None:
    """Read a numeral written in words (digits allowed before scale words): ``"hai mươi lăm"`` → 25."""
    value = _words_decimal(text)
    return None if value is None else _as_number(value.normalize())


def parse_number(text: str) -> Number | None:
    """Read a whole Vietnamese numeral, in digits or words; None when ``text`` is not one.

    ``"1.234,5"`` → 1234.5, ``"2,5 triệu"`` → 2500000, ``"một trăm linh năm"`` → 105,
    ``"một nửa"`` → 0.5, ``"3/4"`` → 0.75, ``"25%"`` and ``"hai lăm phần trăm"`` → 25.
    """
    lex = _lexicon()
    folded = " ".join(_fold(text).split())
    if not folded:
        return None
    folded = folded.removesuffix("%").strip()
    for word in lex.percent_words:
        if folded.endswith(" " + word):
            folded = folded[: -len(word) - 1].strip()
            break
    if "/" in folded:
        parts = folded.split("/")
        if len(parts) != 2:
            return None
        numerator, denominator = parse_number(parts[0]), parse_number(parts[1])
        if numerator is None or not denominator:
            return None
        return _as_number((Decimal(str(numerator)) / Decimal(str(denominator))).normalize())
    try:
        value = _digits_decimal(folded) if _DIGIT_LITERAL.fullmatch(folded) else _words_decimal(folded)
    except InvalidOperation:
        return None
    return None if value is None else _as_number(value.normalize())


def is_compound_words(literal: str) -> bool:
    """True for a numeral in words built with a tens, hundred or scale word (``mười hai``,
    ``một trăm linh tám``, ``hai nghìn``): unlike a lone ``hai`` or ``ba``, it reads as nothing else."""
    lex = _lexicon()
    tokens = _fold(literal).split()
    structural = {lex.ten} | lex.tens_marker | lex.hundred | set(lex.scales) | lex.zero_tens
    return len(tokens) > 1 and any(token in structural for token in tokens)


# --- finding numerals in text ----------------------------------------------------------------


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    lex = _lexicon()
    scale = "|".join(sorted(map(regex.escape, lex.scales), key=len, reverse=True))
    half_after = "|".join(map(regex.escape, lex.half_after))
    glued = "|".join(sorted(map(regex.escape, load("numbers")["glued_units"]), key=len, reverse=True))
    # a unit written against the figure ("50kg") ends the numeral; otherwise scale words may follow
    digits = regex.compile(
        rf"(?<![\p{{L}}\d.,]|\p{{L}}-)\d+(?:[.,]\d+)*(?:(?=(?:{glued})(?![\p{{L}}\d]))|(?![\p{{L}}\d])"
        rf"(?:\s+(?:{scale}))*(?:\s+(?:{half_after}))?(?!\p{{L}}))",
        regex.IGNORECASE,
    )
    vocabulary = (set(lex.digits) | {lex.ten} | lex.tens_marker | lex.hundred | set(lex.scales) | lex.half_after
                  | lex.half)
    word = "|".join(sorted(map(regex.escape, vocabulary), key=len, reverse=True))
    words = regex.compile(rf"(?<!\p{{L}})(?:{word})(?:\s+(?:{word}))*(?!\p{{L}})", regex.IGNORECASE)
    return digits, words


def find_numbers(text: str) -> list[NumberMention]:
    """Numerals in ``text`` (one sentence), in order, offsets relative to ``text``.

    A run of number words is trimmed from the right until it reads as one numeral,
    so ``"năm 2020"`` gives nothing in words and ``"hai trường"`` gives 2.
    """
    lex = _lexicon()
    digits, words = _patterns()
    openers_not = lex.inside_only | lex.hundred | set(lex.scales) | lex.tens_marker | lex.half_after | lex.half
    found: list[NumberMention] = []
    for match in digits.finditer(text):
        tokens = match.group().split()
        value = parse_words(" ".join(tokens)) if len(tokens) > 1 else parse_digits(tokens[0])
        if value is not None:
            scale = _trailing_scale(tokens)
            found.append(NumberMention(match.start(), match.end(), value, False, len(tokens) > 1, scale))
    taken = [(m.start, m.end) for m in found]
    for match in words.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        spans = [(m.start(), m.end()) for m in _NON_SPACE.finditer(match.group())]
        folded = [_fold(match.group()[s:e]) for s, e in spans]
        if len(spans) > 1 and folded[-1] in lex.noun_when_last and folded[-2] not in lex.zero_tens:
            spans = spans[:-1]
        while spans:
            if _fold(text[match.start() + spans[0][0]: match.start() + spans[0][1]]) in openers_not:
                spans = spans[1:]
                continue
            start, end = match.start() + spans[0][0], match.start() + spans[-1][1]
            value = parse_words(text[start:end])
            if value is not None:
                tokens = [_fold(text[match.start() + s: match.start() + e]) for s, e in spans]
                scaled = any(token in lex.scales for token in tokens)
                found.append(NumberMention(start, end, value, True, scaled, _trailing_scale(tokens)))
                break
            spans = spans[:-1]
    found.sort(key=lambda m: m.start)
    return found


def _trailing_scale(tokens: list[str]) -> int:
    """The product of the scale words closing a numeral, a trailing "rưỡi" aside: ``36 triệu`` → 10**6."""
    lex = _lexicon()
    folded = [_fold(t) for t in tokens]
    if folded and folded[-1] in lex.half_after:
        folded = folded[:-1]
    scale = 1
    for token in reversed(folded):
        if token not in lex.scales:
            break
        scale *= lex.scales[token]
    return scale
