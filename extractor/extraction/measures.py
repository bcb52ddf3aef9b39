"""What a figure measures beyond its unit: ``thời gian giải quyết``, ``tỷ lệ hồ sơ đúng hạn``.

The text says it in one of two places: a noun phrase opened by a measure head in the clause
before the figure (``Thời gian giải quyết giảm còn 5 ngày``), or, for a share or ratio, the
noun phrase right after it (``rút ngắn 50% thời gian xử lý``). Where neither is written the
measure stays unknown (None). Words come from ``lang/vi/facts.yaml``.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load

__all__ = ["read_measure"]

# Characters looked at before the figure for a measure head, and the longest phrase kept (syllables).
_WINDOW = 80
_MAX_SYLLABLES = 10
_CLAUSE_BREAK = regex.compile(r"[,;:.!?()\[\]“”\"]")
_SYLLABLE = regex.compile(r"[^\s,;:.!?()\[\]“”\"]+")



@functools.cache
def _tables():
    data = load("facts")
    heads = _alt(data["measure_heads"])
    return {
        "head": regex.compile(rf"(?<!\p{{L}})(?:{heads})(?!\p{{L}})", regex.I),
        "head_at": regex.compile(rf"\s*(?:(?:{_alt(data['measure_links_after'])})\s+)?({heads})(?!\p{{L}})", regex.I),
        "needs_noun": frozenset(w.lower() for w in data["measure_heads_needing_noun"]),
        "ends": frozenset(w.lower() for w in data["measure_ends"]),
        "end_pairs": frozenset(w.lower() for w in data["measure_ends"] if " " in w),
    }


def read_measure(text: str, start: int, unit_end: int, unit_kind: str) -> str | None:
    """The measure of the figure at ``text[start:unit_end]`` (sentence offsets), or None."""
    t = _tables()
    if unit_kind in {"percent", "ratio"} and (m := t["head_at"].match(text, unit_end, unit_end + _WINDOW)):
        phrase = _phrase(text, m.start(1), m.end(1), unit_end + _WINDOW)
        if phrase:
            return phrase
    window_start = max(0, start - _WINDOW)
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, window_start, start)), default=window_start)
    heads = list(t["head"].finditer(text, clause_start, start))
    if not heads:
        return None
    head = heads[-1]
    return _phrase(text, head.start(), head.end(), start)


def _phrase(text: str, head_start: int, head_end: int, limit: int) -> str | None:
    """The head and the words after it up to a verb, a linking word, punctuation or a number."""
    t = _tables()
    end = head_end
    count = len(text[head_start:head_end].split())
    for syllable in _SYLLABLE.finditer(text, head_end, limit):
        word = syllable.group().lower()
        if text[end:syllable.start()].strip() or count >= _MAX_SYLLABLES:
            break
        if word in t["ends"] or not word[0].isalpha() or _pair_ends(text, syllable.start(), limit):
            break
        end = syllable.end()
        count += 1
    head = text[head_start:head_end].lower()
    if end == head_end and head in t["needs_noun"]:
        return None
    return head + text[head_end:end]


def _pair_ends(text: str, position: int, limit: int) -> bool:
    """Two-word stop phrases (``bình quân``, ``rút ngắn``) starting at ``position``."""
    pair = " ".join(text[position:min(limit, position + 24)].lower().split()[:2])
    return pair in _tables()["end_pairs"]
