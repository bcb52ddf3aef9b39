"""Abbreviated heads of local units (``TP.``, ``TX.``, ``H.``, ``P.``) written out.

``Tp.Bến Cát`` and ``thành phố Bến Cát``, ``Công an TX.Phong Điền`` and ``Công an thị xã Phong Điền`` name
the same bodies: names are compared, and units looked up, with their heads written in full.
The table is ``abbreviated_heads`` in ``admin_units.yaml``.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import load

__all__ = ["expand_head", "expand_heads", "written_out_head"]

_NAME_FOLLOWS = r"(?=(?-i:\p{Lu}))"  # a capital, matched with case: "P. trưởng" is no ward


@functools.cache
def _abbreviated_heads() -> list[tuple[regex.Pattern[str], str]]:
    table = load("admin_units")["abbreviated_heads"]
    patterns = []
    for short in sorted(table, key=len, reverse=True):
        # "TP.HCM", "P.Thọ Quang": a dotted head may touch the name; an undotted one must be a word of its own.
        follow = r"\s*" if short.endswith(".") else r"\s+"
        pattern = regex.compile(regex.escape(short) + follow + _NAME_FOLLOWS, regex.IGNORECASE)
        patterns.append((pattern, table[short]))
    return patterns


def expand_head(written: str) -> str:
    """``TT. Thới Lai`` → ``thị trấn Thới Lai``: the head a unit's name opens with, written out."""
    for pattern, head in _abbreviated_heads():
        if pattern.match(written):
            return pattern.sub(head + " ", written, count=1)
    return written


@functools.cache
def _anywhere() -> regex.Pattern[str]:
    shorts = sorted(load("admin_units")["abbreviated_heads"], key=len, reverse=True)
    alternation = "|".join(regex.escape(s) + (r"\s*" if s.endswith(".") else r"\s+") for s in shorts)
    return regex.compile(r"(?<![\p{L}.])(?:" + alternation + r")" + _NAME_FOLLOWS, regex.IGNORECASE)


def expand_heads(name: str) -> str:
    """``Công an TX.Phong Điền`` → ``Công an thị xã Phong Điền``: every abbreviated head written out."""
    return _anywhere().sub(lambda m: _written_out_heads()[_short_key(m.group())] + " ", name)


def written_out_head(short: str) -> str | None:
    """``TP``, ``tp.``, ``T.T.`` → the head they stand for (``thành phố``, ``thị trấn``); None for any other word."""
    return _written_out_heads().get(_short_key(short))


@functools.cache
def _written_out_heads() -> dict[str, str]:
    """Each abbreviated head by its key (lower case, no dots: ``TP.`` and ``TP`` alike), and the head it stands for."""
    return {_short_key(short): head for short, head in load("admin_units")["abbreviated_heads"].items()}


def _short_key(short: str) -> str:
    return short.strip().lower().replace(".", "")
