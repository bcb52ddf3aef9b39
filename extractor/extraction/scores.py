"""Scores: marks written with no unit after them.

``điểm chuẩn từ 15 đến 28,61``, ``Ngưỡng nhận hồ sơ là 17``, ``IELTS 5.5 trở lên``,
``GPA 3.8/4``: an annotator counts each as an amount of ``điểm``, but the text never
writes the unit after the figure. The cue that makes it a score stands before it, in
its clause; an English decimal (``8.0``, ``6.5``) is a score when a cue is anywhere
near. Word lists: ``score`` in ``lang/vi/facts.yaml``.
"""

from __future__ import annotations

import functools

import regex

from extractor.extraction.units import CountedUnit
from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load

__all__ = ["is_score", "score_head_before", "score_unit"]

# Characters of the clause before a figure searched for a cue: a score names its test close by.
_CLAUSE_WINDOW = 90
_CLAUSE_BREAK = regex.compile(r"[;!?]|\.(?!\d)")
# "8.0", "6.5", "3.67": a decimal point, never a Vietnamese thousands separator (those take three digits).
_ENGLISH_DECIMAL = regex.compile(r"\d{1,2}\.\d{1,2}")
_ANY_DECIMAL = regex.compile(r"\d{1,3}[.,]\d{1,2}")
_YEAR = regex.compile(r"(?:19|20)\d{2}")


@functools.cache
def _tables():
    data = load("facts")["score"]
    edge_before, edge_after = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"
    return {
        "unit": data["unit"],
        "cue": regex.compile(rf"{edge_before}(?:{_alt(data['cues'])}){edge_after}", regex.I),
        "not_cue": regex.compile(rf"{edge_before}(?:{_alt(data['not_cues'])}){edge_after}", regex.I),
        "head": regex.compile(rf"{edge_before}(?:{_alt(data['heads'])})\s+$", regex.I),
        "max": float(data["max_value"]),
    }


def score_unit(end: int) -> CountedUnit:
    """The unit a score takes: ``điểm``, unwritten."""
    return CountedUnit(_tables()["unit"], None, "score", end)


def _has_cue(text: str, start: int, end: int) -> bool:
    t = _tables()
    masked = [(m.start(), m.end()) for m in t["not_cue"].finditer(text, start, end)]
    return any(not any(a <= m.start() < b for a, b in masked) for m in t["cue"].finditer(text, start, end))


def _plausible(literal: str, value: float) -> bool:
    return 0 < value <= _tables()["max"] and not _YEAR.fullmatch(literal)


def score_head_before(text: str, start: int, literal: str, value: float) -> bool:
    """``đạt điểm 9``, ``điểm 9.0``: the word right before the figure says it is a mark."""
    left = text[max(0, start - 25):start]
    m = _tables()["head"].search(left)
    if m is None or not _plausible(literal, value):
        return False
    return not _tables()["not_cue"].search(left, max(0, m.start() - 10))


def is_score(
    text: str, start: int, literal: str, value: float, context: str = "", *, before_name: bool = False
) -> bool:
    """A figure with no unit of its own that is a mark (``điểm chuẩn khoảng 23,3-28,61``).

    ``context`` is the text before the sentence, where an English decimal's test may be named
    (``... đạt 9.0 IELTS. Nữ sinh đạt 9.0 ở ba kỹ năng``). ``before_name``: the figure is a fraction
    followed by a capitalised name, which it cannot count (``Học viện A:17,25-25,5 Vùng tuyển sinh``
    in a list of cut-off marks): any decimal is then a mark when a cue is near.
    """
    if not _plausible(literal, value):
        return False
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    if _has_cue(text, max(clause_start, start - _CLAUSE_WINDOW), start):
        return True
    decimal = _ANY_DECIMAL.fullmatch(literal) if before_name else _ENGLISH_DECIMAL.fullmatch(literal)
    if not decimal or (not before_name and float(literal) > 10):
        return False
    return _has_cue(text, 0, len(text)) or _has_cue(context, 0, len(context))
