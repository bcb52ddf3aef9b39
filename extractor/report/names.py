"""Names that should meet across articles: ``UBND tỉnh X`` and ``Ủy ban nhân dân tỉnh X`` are one subject.

Outlets write the same body in several ways: abbreviated (``UBND``, ``Bộ GD-ĐT``, ``Trường ĐH``),
with or without a leading ``Trường``, with different tone-mark placement or case. A subject's key
is its name folded (normalised, lower case, letters and digits only) after every abbreviation of
the lexicons (``abbreviations.yaml`` and the report's ``admin_units.yaml``) is spelt out.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

import regex

from extractor.check.official_map import OfficialMap, fold
from extractor.lang.vi import alternation, load

__all__ = ["province_of", "subject_key"]


@functools.cache
def _expansions() -> tuple[regex.Pattern[str], dict[str, str]]:
    table = {**load("abbreviations")["lexicon"], **load("admin_units")["name_words"]}
    folded = {short.casefold(): long for short, long in table.items()}
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(" + alternation(table) + r")(?![\p{L}\p{N}])", regex.IGNORECASE)
    return pattern, folded


@functools.cache
def subject_key(name: str) -> str:
    """The key under which a subject's figures are tracked.

    >>> subject_key("UBND tỉnh Hà Giang") == subject_key("Ủy ban nhân dân tỉnh Hà Giang")
    True
    """
    pattern, table = _expansions()
    spelt = pattern.sub(lambda m: " " + table.get(m.group(1).casefold(), m.group(1)) + " ", name)
    key = fold(spelt)
    for word in load("admin_units")["optional_leading_words"]:
        key = key.removeprefix(word + " ")
    return key


def province_of(names: list[str], verdict: dict[str, Any] | None, context: list[str], places: OfficialMap) -> str:
    """The 2025 province an event happens in: from its own names, the official map's answer, else the article's.

    A name ending in a province's name places it there: ``Trường Cao đẳng Y tế Cà Mau`` → Tỉnh Cà Mau.
    """
    for name in names:
        found = _province_in(name, places)
        if found is not None:
            return found
    if verdict:
        provinces = {becomes.rsplit(", ", 1)[-1] for item in verdict["official"] for becomes in item["becomes"]}
        if len(provinces) == 1:
            return provinces.pop()
    counted = Counter(found for found in (_province_in(name, places) for name in context) if found)
    return counted.most_common(1)[0][0] if counted else "unknown"


def _province_in(name: str, places: OfficialMap) -> str | None:
    words = fold(name).split()
    for start in range(len(words)):
        found = places.province_successor(" ".join(words[start:]))
        if found is not None:
            return found.new_province
    return None
