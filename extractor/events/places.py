"""Province names written without a head noun, for the argument lists of restructuring triggers.

``sáp nhập Hà Giang và Tuyên Quang``, ``hợp nhất với Bình Dương``: the grammar of names needs a head
(``tỉnh``, ``Sở``), so these bare names come from a gazetteer (``lang/vi/places.yaml``: the 63 provinces
before the 2025 reorganisation and the 34 after it). The event grammar reads them only where a trigger
takes its participants, never as organizations of the article, so a place alone makes no event.
"""

from __future__ import annotations

import functools

from extractor.lang.vi import province_names
from extractor.recognize.org_grammar import NameMatch, Token
from extractor.recognize.org_tokens import HYPHENS

__all__ = ["PLACE_KIND", "bare_places", "fold", "is_place", "strip_place"]

PLACE_KIND = "bare_place"  # not "province": that is the kind of "tỉnh A", which has a head
_MAX_WORDS = 6  # "Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu" with its hyphen


def fold(text: str) -> str:
    """A place name compared without case, hyphens or spacing: ``Bà Rịa-Vũng Tàu`` = ``bà rịa vũng tàu``."""
    for hyphen in HYPHENS:
        text = text.replace(hyphen, " ")
    return " ".join(text.lower().split())


@functools.cache
def _gazetteer() -> frozenset[str]:
    return frozenset(fold(str(name)) for name in province_names())


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0].split(".")[0] for name in _gazetteer())


def is_place(text: str) -> bool:
    """Whether ``text`` is a province or centrally-run city as written without a head."""
    return fold(text) in _gazetteer()


def strip_place(name: str) -> str | None:
    """``sở GD-ĐT TP.HCM`` → ``sở GD-ĐT``: a name without the province it ends in, or None."""
    words = name.split()
    for size in range(min(_MAX_WORDS, len(words) - 1), 0, -1):
        if is_place(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return None


def bare_places(text: str, tokens: list[Token], offset: int, taken: set[int]) -> list[NameMatch]:
    """Provinces of a sentence that stand outside any organization name (token indices in ``taken``).

    The longest gazetteer entry wins at each token; a place must start and end on a capitalised word.
    """
    found: list[NameMatch] = []
    first_words = _first_words()
    i = 0
    while i < len(tokens):
        if i in taken or not tokens[i].text[:1].isupper() or tokens[i].low.split(".")[0] not in first_words:
            i += 1
            continue
        end = None
        for size in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            span = tokens[i:i + size]
            if any(j in taken for j in range(i, i + size)) or not span[-1].text[:1].isupper():
                continue
            written = text[span[0].start - offset:span[-1].end - offset]
            if is_place(written):
                end = i + size
                break
        if end is None:
            i += 1
            continue
        start, stop = tokens[i].start, tokens[end - 1].end
        name = " ".join(text[start - offset:stop - offset].split())
        found.append(NameMatch(i, end, start, stop, name, PLACE_KIND, "", True))
        i = end
    return found
