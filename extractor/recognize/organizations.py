"""Organizations named in an article, each with its aliases and every mention.

Names come from the grammar in :mod:`extractor.recognize.org_grammar`, one sentence at a time. Here
the mentions of one article are tied together: the same name written twice, an abbreviated
spelling (``Sở Lao động - TBXH`` for ``Sở Lao động - Thương binh và Xã hội``), an abbreviation given
in brackets (``Đài Phát thanh và Truyền hình (PT-TH)``) and a bare head that points back to the last
full name with that head (``Sở`` after ``Sở Nội vụ``).
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from extractor.lang.vi import load
from extractor.recognize.org_grammar import NameMatch, names_in
from extractor.recognize.unit_heads import expand_heads

__all__ = ["find_organizations", "name_key"]

_ABBREVIATION = regex.compile(r"^[\p{Lu}Đ]{2,}$")
_WORD = regex.compile(r"[\w/.]+")
_JOINER = regex.compile(r"\s*[-–—]\s*|\s+và\s+")


def _conjunction() -> str:
    """The word that joins two parts of a name ("và"), left out of its initials."""
    return str(load("org_heads")["and"]).lower()


_CAPITALS_WORD = regex.compile(r"(?<![\p{L}\d&\-])\p{Lu}[\p{Lu}&\-]*\p{Lu}(?![\p{L}\d&\-])")
_LEVEL_JOINER = regex.compile(r"[&\-–+]")


@functools.lru_cache(maxsize=8192)  # the same names are compared again and again; the cache stays bounded
def name_key(name: str) -> str:
    """Case- and spacing-insensitive key of a name; hyphens compare equal however spaced.

    A hyphen and ``và`` join the fields of one name alike: ``Đài Phát thanh - Truyền hình A`` and
    ``Đài Phát thanh và Truyền hình A`` are the same body; so are ``Tp.Bến Cát`` and ``thành phố Bến Cát``, and
    ``BV Quận 2`` and ``Bệnh viện Quận 2``.
    """
    abbreviated = load("org_heads")["abbreviated_org_heads"]
    head, _, rest = name.partition(" ")
    written_out = abbreviated.get(head)
    if written_out is not None and rest:
        name = f"{written_out} {rest}"  # "BV Quận 2" is "Bệnh viện Quận 2"
    elif rest and (level := abbreviated.get(rest.split(" ", 1)[0])) is not None and " " in rest:
        name = f"{head} {level} {rest.split(' ', 1)[1]}"  # "Trường CĐ Y tế A" is "Trường Cao đẳng Y tế A"
    elif rest and " " in rest and (levels := _school_levels(rest.split(" ", 1)[0])) is not None:
        name = f"{head} {levels} {rest.split(' ', 1)[1]}"  # "Trường TH&THCS A" is "Trường Tiểu học và THCS A"
    text = _JOINER.sub(" - ", _places_written_out(_written_out(expand_heads(name))).lower())
    return " ".join(text.split())


_MIN_SPELLED = 3  # letters of an abbreviation spelled out inside a name ("UBND", "ĐBQH"; not "TH", which is ambiguous)


def _written_out(name: str) -> str:
    """``name`` with the common abbreviations inside it written out (``Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh A``
    is ``Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh A``)."""
    known = load("abbreviations")["lexicon"]

    def spelled(match: regex.Match) -> str:
        word = match.group()
        return known[word] if len(word) >= _MIN_SPELLED and word in known else word

    return _CAPITALS_WORD.sub(spelled, name)


@functools.cache
def _short_places() -> tuple[dict[str, str], regex.Pattern[str]]:
    table = load("places")["short_places"]
    alternatives = "|".join(regex.escape(short) for short in sorted(table, key=len, reverse=True))
    return table, regex.compile(rf"(?<![\p{{L}}\d&\-.])(?:{alternatives})(?![\p{{L}}\d&\-])")


def _places_written_out(name: str) -> str:
    """``Tổng công ty Chè VN`` -> ``Tổng công ty Chè Việt Nam``: the short forms of places written out."""
    table, pattern = _short_places()
    return pattern.sub(lambda match: table[match.group()], name)


def _school_levels(word: str) -> str | None:
    """``THCS`` -> ``trung học cơ sở``; ``TH&THCS`` -> ``tiểu học - trung học cơ sở``; None for any other word."""
    short = load("org_heads")["school_level_short"]
    parts = _LEVEL_JOINER.split(word)
    if not all(part in short for part in parts):
        return None
    return " - ".join(short[part] for part in parts)


def _initials(match: NameMatch) -> tuple[str, str] | None:
    """(head, initials of the description) when the name carries an abbreviation, else None.

    ``Sở Lao động - TBXH`` and ``Sở Lao động - Thương binh và Xã hội`` both give ("sở", "lđtbxh").
    """
    head_words = len(match.head.split())
    words = _WORD.findall(match.name)[head_words:]
    if not any(_ABBREVIATION.match(w) for w in words):
        return None
    letters = []
    for word in words:
        if _ABBREVIATION.match(word):
            letters.append(word.lower())
        elif word.lower() != _conjunction():
            letters.append(word[0].lower())
    return match.head.lower(), "".join(letters)


def _long_initials(match: NameMatch) -> tuple[str, str]:
    head_words = len(match.head.split())
    words = [w for w in _WORD.findall(match.name)[head_words:] if w.lower() != _conjunction()]
    return match.head.lower(), "".join(w[0].lower() for w in words)


def find_organizations(doc: Any) -> list[dict]:
    """Organizations of ``doc`` as ``{"id", "name", "kind", "aliases", "mentions"}``, in text order.

    Every mention is a ``[start, end]`` span of ``doc.text``.
    """
    orgs: list[dict] = []
    by_key: dict[str, dict] = {}
    last_by_head: dict[str, dict] = {}
    shorts: list[NameMatch] = []
    full: list[NameMatch] = []
    for sentence in doc.sentences:
        for match in names_in(sentence.text, sentence.start):
            (shorts if match.short else full).append(match)
    long_by_initials = {_long_initials(m): m for m in full if _initials(m) is None}
    for match in sorted(full + shorts, key=lambda m: m.start):
        if match.short:
            org = last_by_head.get(match.head.lower())
            if org is not None:
                _add_mention(org, match, alias=match.name)
            continue
        key = name_key(match.name)
        initials = _initials(match)
        if key not in by_key and initials in long_by_initials:
            longer = long_by_initials[initials]
            key = name_key(longer.name)
            if key not in by_key:
                by_key[key] = _new_org(orgs, longer, match.kind)
        org = by_key.get(key)
        if org is None:
            org = by_key[key] = _new_org(orgs, match, match.kind)
        alias = match.name if name_key(match.name) != name_key(org["name"]) else None
        _add_mention(org, match, alias=alias)
        if match.abbreviation and match.abbreviation not in org["aliases"]:
            org["aliases"].append(match.abbreviation)
        last_by_head[match.head.lower()] = org
    for org in orgs:
        org["mentions"].sort()
    return orgs


def _new_org(orgs: list[dict], match: NameMatch, kind: str) -> dict:
    org = {"id": f"o{len(orgs) + 1}", "name": match.name, "kind": kind, "aliases": [], "mentions": []}
    orgs.append(org)
    return org


def _add_mention(org: dict, match: NameMatch, alias: str | None) -> None:
    span = [match.start, match.end]
    if span not in org["mentions"]:
        org["mentions"].append(span)
    if alias and alias != org["name"] and alias not in org["aliases"]:
        org["aliases"].append(alias)
