"""Abbreviations an article uses, with what they stand for.

Articles define their own short forms in brackets (``thủ tục hành chính (TTHC)``);
those win. Short forms used without a definition are looked up in the lexicon of
common administrative abbreviations (``lang/vi/abbreviations.yaml``). Units of
facts are expanded through the result (``189 TTHC`` counts ``thủ tục hành chính``).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

import regex

from extractor.lang.vi import load

__all__ = ["abbreviation_map", "find_abbreviations", "matches_initials"]

_WORD = regex.compile(r"[\p{L}\d]+")
_JOINERS = {"&", "-"}


@functools.cache
def _data() -> tuple[dict[str, str], regex.Pattern[str]]:
    data = load("abbreviations")
    short = data["short_form"]
    definition = regex.compile(rf"\(\s*({short})\s*\)")
    return dict(data["lexicon"]), definition


@functools.cache
def _lexicon_pattern(short: str) -> regex.Pattern[str]:
    """A lexicon short form standing as a word of its own, compiled once and only for a text that holds it: the
    lexicon's eighty patterns compiled at once cost some 40 ms of reading one article from cold."""
    return regex.compile(rf"(?<![\p{{L}}\d&\-]){regex.escape(short)}(?![\p{{L}}\d&])")


def _initial(word: str) -> str:
    """First letter without tone or vowel marks, keeping đ apart from d."""
    first = word[0].lower()
    if first == "đ":
        return first
    return unicodedata.normalize("NFD", first)[0]


def _letters(short: str) -> list[str]:
    return [_initial(ch) for ch in short if ch.isalpha()]


def matches_initials(short: str, words: list[str]) -> bool:
    """True when ``words`` spell ``short`` by their initials, one or more letters per word.

    ``"GD&ĐT"`` matches ``["Giáo", "dục", "và", "Đào", "tạo"]``; a short form with
    ``&`` or ``-`` may skip the linking word ``và``.
    """
    letters = _letters(short)
    initials = [_initial(w) for w in words]
    return _align(letters, initials, words)


def _align(letters: list[str], initials: list[str], words: list[str]) -> bool:
    if not letters:
        return not initials
    if not initials:
        return False
    if letters[0] == initials[0] and _align(letters[1:], initials[1:], words[1:]):
        return True
    # linking words ("và", "của") may be left out of the short form
    return len(words[0]) <= 3 and words[0].islower() and _align(letters, initials[1:], words[1:])


_CHARS_PER_LETTER = 40


def _long_form_before(text: str, end: int, short: str) -> str | None:
    """The words right before ``end`` whose initials spell ``short``, shortest first."""
    letters = len(_letters(short))
    # a long form has at most two words a letter; looking further back would only cost time
    words = list(_WORD.finditer(text, max(0, end - _CHARS_PER_LETTER * letters), end))
    for count in range(max(1, letters - 2), min(len(words), letters * 2) + 1):
        chosen = words[len(words) - count:]
        if matches_initials(short, [m.group() for m in chosen]):
            return text[chosen[0].start(): chosen[-1].end()]
    return None


def _defined_in_text(text: str) -> dict[str, str]:
    _, definition = _data()
    found: dict[str, str] = {}
    for match in definition.finditer(text):
        short = match.group(1)
        if short in found or len(_letters(short)) < 2:
            continue
        long = _long_form_before(text, match.start(), short)
        if long:
            found[short] = long
    return found


def find_abbreviations(doc: Any) -> list[dict[str, str]]:
    """Short forms used in ``doc`` with their long forms, defined in the text or from the lexicon."""
    text = doc.text
    defined = _defined_in_text(text)
    result = [{"short": s, "long": long, "source": "text"} for s, long in defined.items()]
    lexicon, _ = _data()
    for short, long in lexicon.items():
        # the substring test is cheap and rules out most of the lexicon before any pattern is compiled or run
        if short not in defined and short in text and _lexicon_pattern(short).search(text):
            result.append({"short": short, "long": long, "source": "lexicon"})
    return result


def abbreviation_map(abbreviations: list[dict[str, str]]) -> dict[str, str]:
    """short form -> long form, for expanding units."""
    lexicon, _ = _data()
    mapping = dict(lexicon)
    mapping.update({a["short"]: a["long"] for a in abbreviations})
    return mapping
