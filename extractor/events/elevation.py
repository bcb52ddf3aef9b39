"""Local units raised a level: ``xã A lên thị trấn``, ``đưa 3 xã lên phường, gồm: A, B và C``.

Vietnamese writes the raising of a commune to a ward or town, or a district to a town, with ``lên`` and
the bare level word. The new unit keeps the place name, so the event is an establishment whose source is
the old unit and whose result is the level word with the same place name (``xã A`` → ``thị trấn A``). The
level must stand alone after ``lên`` (``lên thị trấn``); ``lên thị trấn A`` names a place to go to.
"""

from __future__ import annotations

import functools

import regex

from extractor.events.clause import Arg, Clause, words
from extractor.events.triggers import bounds
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
        if (raised := _raised_in_brackets(clause, j, lo)) is not None:
            events.append(raised)
            continue
        level_k, level = _level_after(clause, j)
        if level is None:
            continue
        level_word = " ".join(t.text for t in clause.tokens[level_k:level_k + len(level[0])])
        for source in _sources(clause, lo, j, level_k + len(level[0]), hi):
            result = Arg(f"{level_word} {_place_name(source)}", None, None)
            tok = clause.tokens[j]
            events.append({"type": "establish", "participants": [Arg(source.name, source.start, source.end)],
                           "result": result, "count": None, "k": j, "trigger": (tok.start, tok.end),
                           "lo": lo, "k_end": level_k + len(level[0])})
    return events


def _raised_in_brackets(clause: Clause, j: int, lo: int) -> dict | None:
    """``các xã A (lên phường A), B``: a unit raised to the level its bracket names, with its own place name; the
    establishment of that unit on the old one. None unless a marker opens a bracket right after a unit's name and a
    unit of the same place closes it."""
    marker = clause.phrase(j, "elevation_markers") if j - 1 > lo and clause.tokens[j - 1].text == "(" else None
    raised = clause.name_at.get(j + len(marker)) if marker else None
    source = next((m for m in clause.names if m.last == j - 1 and m.administrative), None)
    if raised is None or source is None or not raised.administrative or raised.last >= len(clause.tokens) or (
            clause.tokens[raised.last].text != ")") or _place_name(raised) != _place_name(source):
        return None
    tok = clause.tokens[j]
    return {"type": "establish", "participants": [Arg(source.name, source.start, source.end)],
            "result": Arg(raised.name, raised.start, raised.end), "count": None, "k": j,
            "trigger": (tok.start, tok.end), "lo": lo, "k_end": raised.last}


@functools.cache
def _marker_first_words() -> frozenset[str]:
    return frozenset(marker[0] for marker in words("elevation_markers"))


def _level_after(clause: Clause, j: int) -> tuple[int, tuple | None]:
    """The bare level word after a marker at ``j`` (``lên thị trấn``, ``lên thành thị trấn``), if any."""
    if clause.tokens[j].low not in _marker_first_words():
        return j, None  # asked at every token of a clause that raises a unit: most start no marker
    for marker in words("elevation_markers"):
        if tuple(t.low for t in clause.tokens[j:j + len(marker)]) != marker:
            continue
        level_k = j + len(marker)
        level = head_at(clause.tokens, level_k)
        if level is not None and level[2] and not _named(clause, level_k):
            return level_k, level
    return j, None


def _named(clause: Clause, level_k: int) -> bool:
    """Whether the level word at ``level_k`` starts a place name (``lên thị trấn A``)."""
    return level_k in clause.name_at and clause.name_at[level_k].administrative


def _units(clause: Clause, names: list[NameMatch]) -> list[NameMatch]:
    """The units of a list, of the level of its last one, without those that only place others.

    ``xã A thuộc huyện B và xã C thuộc huyện D, tỉnh E`` gives ``xã A`` and ``xã C``.
    """
    ends = {m.last for m in clause.names}
    units = [m for m in names if m.administrative and not clause.phrase(m.first - 1, "placers")
             and not (clause.tokens[m.first - 1].text == "," and m.first - 1 in ends)]
    return [m for m in units if m.head.lower() == units[-1].head.lower()] if units else []


def _sources(clause: Clause, lo: int, j: int, after: int, hi: int) -> list[NameMatch]:
    """The units raised: the names just before ``lên``, or the members listed after ``gồm``."""
    lo = bounds(clause, j)[0]
    before = _units(clause, [m for m in clause.names if lo <= m.first and m.last <= j])
    if before and j - before[-1].last <= _REACH_BACK * 2:
        return before
    k = after
    while k < hi and clause.tokens[k].text in {",", ":"}:
        k += 1
    intro = clause.phrase(k, "list_introducers")
    if not intro:
        return []
    k += len(intro)
    while k < hi and clause.tokens[k].text == ":":
        k += 1
    if k in clause.name_at:  # "... lên thị trấn gồm: xã A thuộc huyện B; xã C ..."
        return _units(clause, [m for m in clause.names if m.first >= k])
    counted = _counted_head(clause, lo, j)
    return _bare_members(clause, k, hi, counted) if counted is not None else []


def _bare_members(clause: Clause, k: int, hi: int, counted: str) -> list[NameMatch]:
    """``gồm: A, B và C`` after ``đưa 3 xã lên phường``: each capitalised run is a unit of the counted level."""
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
