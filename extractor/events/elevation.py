"""Local units raised a level: ``xã A lên thị trấn``, ``đưa 3 xã lên phường, gồm: A, B và C``.

Vietnamese writes the raising of a commune to a ward or town, or a district to a town, with ``lên`` and
the bare level word. The new unit keeps the place name, so the event is an establishment whose source is
the old unit and whose result is the level word with the same place name (``xã A`` → ``thị trấn A``). The
level must stand alone after ``lên`` (``lên thị trấn``); ``lên thị trấn A`` names a place to go to.
"""

from __future__ import annotations

import functools

import regex

from extractor.events.clause import Arg, Clause
from extractor.lang.vi import alternation, event_lexicon, load
from extractor.recognize.org_grammar import NameMatch, head_at

__all__ = ["elevation_prefilter", "elevations"]

_REACH_BACK = 6  # words between a unit and "lên" ("xã A thuộc huyện B lên thị trấn")


@functools.cache
def elevation_prefilter() -> regex.Pattern:
    """``lên`` followed by a level word: a sentence it does not match raises no unit."""
    levels = [w for words in load("org_heads")["administrative"].values() for w in words]
    return regex.compile(r"(?<!\w)(?:" + alternation(event_lexicon()["elevation_markers"]) + r")\s+(?:"
                         + alternation(levels) + r")(?!\w)", regex.IGNORECASE)


def elevations(clause: Clause, lo: int, hi: int) -> list[dict]:
    """Establishments of ``clause`` tokens ``[lo, hi)`` written as a unit raised to a level."""
    events = []
    for j in range(lo, hi):
        marker = clause.phrase(j, "elevation_markers")
        if not marker:
            continue
        level_k = j + len(marker)
        level = head_at(clause.tokens, level_k)
        if level is None or not level[2] or level_k + len(level[0]) in clause.name_at or _named(clause, level_k):
            continue
        level_word = " ".join(t.text for t in clause.tokens[level_k:level_k + len(level[0])])
        for source in _sources(clause, lo, j, level_k + len(level[0]), hi):
            result = Arg(f"{level_word} {_place_name(source)}", None, None)
            tok = clause.tokens[j]
            events.append({"type": "establish", "participants": [Arg(source.name, source.start, source.end)],
                           "result": result, "count": None, "k": j, "trigger": (tok.start, tok.end),
                           "lo": lo, "k_end": level_k + len(level[0])})
    return events


def _named(clause: Clause, level_k: int) -> bool:
    """Whether the level word at ``level_k`` starts a place name (``lên thị trấn A``)."""
    return level_k in clause.name_at and clause.name_at[level_k].administrative


def _sources(clause: Clause, lo: int, j: int, after: int, hi: int) -> list[NameMatch]:
    """The units raised: the administrative name just before ``lên``, or the members listed after ``gồm``."""
    before = [m for m in clause.names if m.administrative and lo <= m.first and m.last <= j
              and j - m.last <= _REACH_BACK]
    if before:
        first = before[0]
        placed = [m for m in before[1:] if clause.phrase(m.first - 1, "placers")]
        return [first] if len(before) == 1 + len(placed) else []
    k = after
    while k < hi and clause.tokens[k].text in {",", ":"}:
        k += 1
    intro = clause.phrase(k, "list_introducers")
    if not intro:
        return []
    counted = _counted_head(clause, lo, j)
    if counted is None:
        return []
    k += len(intro)
    members = []
    while k < hi:
        if clause.tokens[k].text in {",", ":"} or clause.phrase(k, "joiners"):
            k += 1
            continue
        if not clause.tokens[k].text[:1].isupper():
            break
        end = k
        while end < hi and clause.tokens[end].text[:1].isupper() and clause.tokens[end].text != ",":
            end += 1
        start, stop = clause.tokens[k].start, clause.tokens[end - 1].end
        bare = clause.text[start - clause.offset:stop - clause.offset]
        members.append(NameMatch(k, end, start, stop, f"{counted} {bare}", "", counted, True))
        k = end
    return members


def _counted_head(clause: Clause, lo: int, j: int) -> str | None:
    """The level word counted before ``lên`` (``đưa 3 xã lên phường``), as written."""
    for k in range(j - 1, lo, -1):
        head = head_at(clause.tokens, k)
        if head is not None and head[2] and clause.number(k - 1) is not None:
            return " ".join(t.text for t in clause.tokens[k:k + len(head[0])])
    return None


def _place_name(source: NameMatch) -> str:
    """The place name of a unit without its level word: ``xã Hòa An`` → ``Hòa An``."""
    words = source.name.split()
    return " ".join(words[len(source.head.split()):])
