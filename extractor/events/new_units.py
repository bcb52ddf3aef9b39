"""A new unit named first, then the units it is made of: ``Phường A mới gồm các phường B, C và D``.

When local units are merged, news lists the outcome unit by unit: the new unit, the word ``mới`` (new),
then what it takes in (``gồm``, ``bao gồm``, ``hợp nhất từ``, ``được hình thành từ``). No trigger word may
be written, yet each line states a merge of the members into the new unit. ``mới`` is required: without
it, ``phường A gồm 12 tổ dân phố`` only describes what a unit holds.
"""

from __future__ import annotations

import functools

import regex

from extractor.events.clause import Arg, Clause
from extractor.lang.vi import alternation, event_lexicon

__all__ = ["new_unit_merges", "new_unit_prefilter"]

_MIN_MEMBERS = 2


@functools.cache
def new_unit_prefilter() -> regex.Pattern:
    """``mới`` and, a few words on, a word that lists members: a sentence it does not match names no new unit."""
    return regex.compile(r"(?<!\w)(?:" + alternation(event_lexicon()["new_markers"]) + r")(?!\w)[^.;]{0,20}?(?<!\w)(?:"
                         + alternation(event_lexicon()["new_unit_members"]) + r")(?!\w)", regex.IGNORECASE)


def new_unit_merges(clause: Clause) -> list[dict]:
    """Merges written as a new unit and its members, in token order."""
    events = []
    for match in clause.names:
        k = match.last
        marker = clause.phrase(k, "new_markers")
        if not marker:
            continue
        j = clause.skip(k + len(marker), "left_fillers", len(clause.tokens))
        opener = clause.phrase(j, "new_unit_members")
        if not opener:
            continue
        first = clause.skip(j + len(opener), "fillers", len(clause.tokens))
        members, _ = clause.org_list(first, len(clause.tokens), places=True) if _listed(clause, first) else ([], 0)
        if len(members) < _MIN_MEMBERS:
            continue
        start, end = clause.tokens[j].start, clause.tokens[j + len(opener) - 1].end
        events.append({"type": "merge", "participants": members, "result": Arg(match.name, match.start, match.end),
                       "count": None, "k": j, "trigger": (start, end), "lo": 0, "k_end": j + len(opener)})
    return events


def _listed(clause: Clause, k: int) -> bool:
    """Whether a body or a bare place starts at token ``k``."""
    return k in clause.name_at or k in clause.place_at
