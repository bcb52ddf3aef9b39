"""A body received without its head noun: ``Đại học A sẽ tiếp nhận Kỹ thuật y tế B``.

Lists of schools often drop the level the reader already knows (``Cao đẳng``, ``Trường``). After a
receiving trigger whose subject is a named body, a run of words that opens with a capital and closes
with one (the place) is the received body, of the subject's kind.
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause

__all__ = ["headless_object"]

_MAX_WORDS = 8  # longer runs are a clause, not a name
_NOT_RECEIVERS = {"government"}  # "UBND tỉnh tiếp nhận Hồ sơ ...": a council receives papers, not bodies


def headless_object(clause: Clause, r: int, hi: int, k: int, lo: int) -> list[Arg]:
    """The body written from token ``r`` without a head, as the one participant, or none."""
    left, first = clause.left_list(k, lo)
    if not left or first is None or clause.name_at[first].kind in _NOT_RECEIVERS:
        return []
    tokens = clause.tokens
    end = r
    while end < min(hi, r + _MAX_WORDS + 1) and tokens[end].text[:1].isalpha() and end not in clause.name_at:
        if end > r and clause.phrase(end, "name_breakers", "org_heads"):
            break
        end += 1
    if end == r or end - r > _MAX_WORDS or not tokens[r].text[:1].isupper() or not tokens[end - 1].text[:1].isupper():
        return []
    if end < hi and tokens[end].text[:1].isalpha() and not clause.phrase(end, "name_breakers", "org_heads"):
        return []  # the run goes on into a name or too far: no name of its own
    start, stop = tokens[r].start, tokens[end - 1].end
    return [Arg(clause.text[start - clause.offset:stop - clause.offset], start, stop)]
