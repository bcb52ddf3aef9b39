"""A new unit named first, then the units it is made of: ``Phường A mới gồm các phường B, C và D``.

When local units are merged, news lists the outcome unit by unit: the new unit, the word ``mới`` (new),
then what it takes in (``gồm``, ``bao gồm``, ``hợp nhất từ``, ``được hình thành từ``). No trigger word may
be written, yet each line states a merge of the members into the new unit. ``mới`` is required: without
it, ``phường A gồm 12 tổ dân phố`` only describes what a unit holds.
"""

from __future__ import annotations

import functools

import regex

from extractor.events.clause import Arg, Clause, bare_unit, capitalised_end, written_mention
from extractor.events.unit_ranks import unit_rank
from extractor.lang.vi import alternation, event_lexicon
from extractor.recognize.organizations import name_key

__all__ = ["bare_founding", "bracketed_bare_merges", "bracketed_unit_merges", "listed_unit_line", "named_unit_merges",
           "new_unit_merges", "new_unit_prefilter", "unit_rank"]

_MIN_MEMBERS = 2


@functools.cache
def new_unit_prefilter() -> regex.Pattern:
    """``mới`` and, a few words on, a word that lists members, or a bracket that lists members and naming words after
    it: a sentence it does not match names no new unit."""
    listed = alternation(event_lexicon()["list_introducers"])
    naming = alternation(event_lexicon()["naming_markers"])
    return regex.compile(r"(?<!\w)(?:" + alternation(event_lexicon()["new_markers"]) + r")(?!\w)[^.;]{0,20}?(?<!\w)(?:"
                         + alternation(event_lexicon()["new_unit_members"]) + r")(?!\w)"
                         + rf"|\(\s*(?:{listed})(?!\w)[^()]{{0,200}}\)[^.;()]{{0,30}}?(?<!\w)(?:{naming})(?!\w)",
                         regex.IGNORECASE)


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


def listed_unit_line(clause: Clause) -> dict | None:
    """``Phường 3, gồm: phường A, B và xã C.``: in a list of merges, a line that names a unit, the word that lists what
    it holds and a colon, then two or more units of its level or below, and nothing else: the merge told without its
    verb. Only read after a merge (the caller's part): alone, such a line may describe what a unit holds."""
    match = next((m for m in clause.names if m.first <= _LINE_LEAD), None)
    if match is None or not match.administrative or any(
            clause.tokens[j].text[:1].isalnum() for j in range(match.first)):
        return None
    j = match.last + (match.last < len(clause.tokens) and clause.tokens[match.last].text == ",")
    opener = clause.phrase(j, "list_introducers")
    colon = j + len(opener) if opener else j
    if not opener or colon >= len(clause.tokens) or clause.tokens[colon].text != ":":
        return None
    first = clause.skip(colon + 1, "fillers", len(clause.tokens))
    members, end = clause.org_list(first, len(clause.tokens), places=True) if _listed(clause, first) else ([], 0)
    rank = unit_rank(match.name, highest=True)
    if len(members) < _MIN_MEMBERS or rank is None or any((r := unit_rank(a.name)) is None or r > rank
                                                            for a in members):
        return None
    if end < len(clause.tokens) and clause.tokens[end].text not in {".", ";"}:
        return None  # the line goes on: a description, not a list of what the unit was formed from
    return written_mention("merge", members, Arg(match.name, match.start, match.end), clause, j, k_end=colon + 1)


_LINE_LEAD = 2  # marks of a list line before the unit's name ("- ", "+ ")


def _listed(clause: Clause, k: int) -> bool:
    """Whether a body or a bare place starts at token ``k``."""
    return k in clause.name_at or k in clause.place_at


def named_unit_merges(clause: Clause) -> list[dict]:
    """``phường A 1 (gồm các phường: B, C, D) dự kiến đặt tên là phường A``: a unit planned from the units its
    bracket lists, then the name it will take. The members must be of its level or below, and the naming words
    must follow the bracket (a bracket alone may only describe a unit that stays)."""
    events = []
    n = len(clause.tokens)
    for match in clause.names:
        k = match.last
        if not match.administrative or k + 1 >= n or clause.tokens[k].text != "(":
            continue
        first = k + 1 + len(clause.phrase(k + 1, "list_introducers") or ())
        if first == k + 1:
            continue
        members, end = clause.org_list(first, n, places=True) if _listed(clause, first) else ([], 0)
        if len(members) < _MIN_MEMBERS or end >= n or clause.tokens[end].text != ")":
            continue
        j = end + 1 + (end + 1 < n and clause.tokens[end + 1].text == ",")
        j = clause.skip(j, "naming_modals", n)
        marker = clause.phrase(j, "naming_markers") if j < n else None
        name = _unit_named_at(clause, j + len(marker)) if marker else None
        rank = unit_rank(match.name, highest=True)
        if name is None or rank is None or any((r := unit_rank(a.name)) is None or r > rank for a in members):
            continue
        token = clause.tokens[j]
        events.append({"type": "merge", "participants": members, "result": name, "count": None, "k": j,
                       "trigger": (token.start, token.end), "lo": 0, "k_end": j + len(marker)})
    return events


def _without_trailing_address(members: list[Arg], rank: int | None) -> list[Arg]:
    """``(từ xã A và phường B TP C)``: units of a higher level than the one formed, ending the list, only say where
    the last member lies."""
    while rank is not None and len(members) > _MIN_MEMBERS and (last := unit_rank(members[-1].name)) is not None and (
            last > rank):
        members = members[:-1]
    return members


def bare_founding(event: dict) -> bool:
    """Whether ``event`` founds one body and says nothing of what it was formed from."""
    return event["type"] == "establish" and not event["participants"] and event["count"] is None


def _unit_named_at(clause: Clause, j: int) -> Arg | None:
    """The unit named right after naming words at ``j`` (``phường A``), or None."""
    match = clause.name_at.get(j)
    return Arg(match.name, match.start, match.end) if match is not None and match.administrative else None


def bracketed_unit_merges(clause: Clause, events: list[dict]) -> list[dict]:
    """``thành lập 4 phường, gồm phường A (sáp nhập phường B, C), phường D (phường E, xã F)``: the units each new
    unit was made of, in brackets after it.

    Once the sentence states a merge or a founding, a local unit followed by a bracket that lists two or more
    units of its level says what it was formed from; the verb is written once, if at all (``thành phố``, of two
    levels, may take units of either). Units of a higher level in brackets only place it (``xã A (huyện B, tỉnh
    C)``), and units of a lower level are what it is laid out in (``thị xã A (phường B, phường C)``).
    """
    if not any(e["type"] in ("merge", "establish") for e in events):
        return []
    # a unit founded with no source named ("Thành lập phường A (từ xã B và phường C)") takes the bracket's units
    formed = {name_key(e["result"].name) for e in events if e["result"] is not None and not bare_founding(e)}
    told = [{name_key(p.name) for p in e["participants"]} for e in events if e["type"] == "merge"]
    found = []
    for match in clause.names:
        k = match.last
        if not match.administrative or k + 1 >= len(clause.tokens) or clause.tokens[k].text != "(":
            continue
        first = clause.skip(k + 1, "fillers", len(clause.tokens))
        first += len(clause.phrase(first, "list_introducers") or ())
        members, end = clause.org_list(first, len(clause.tokens), places=True) if _listed(clause, first) else ([], 0)
        rank = unit_rank(match.name, highest=True)
        members = _without_trailing_address(members, rank)
        while members and rank is not None and (place := clause.name_at.get(end)) is not None and (
                (r := unit_rank(place.name)) is not None and r > rank):
            end = place.last  # "(từ xã A và phường B TP C)": where the last member lies
        if len(members) < _MIN_MEMBERS or end >= len(clause.tokens) or clause.tokens[end].text != ")":
            continue
        ranks = [unit_rank(a.name) for a in members]
        lowest = unit_rank(match.name)  # "thị xã A (phường B, phường C)": the wards it is laid out in, none merged
        if rank is None or name_key(match.name) in formed or any(r is None or r > rank or r < lowest for r in ranks):
            continue
        if any({name_key(a.name) for a in members} <= moved for moved in told):
            # "phường A 1 (gồm B, C) dự kiến đặt tên là phường A": the merge is told with its new name; "hợp nhất 3
            # xã của huyện A (gồm các xã: B, C, D) với huyện E": the bracket lists the communes that move
            continue
        token = clause.tokens[k]
        found.append({"type": "merge", "participants": members, "result": Arg(match.name, match.start, match.end),
                      "count": None, "k": k, "trigger": (token.start, token.end), "lo": 0, "k_end": end + 1})
    return found


_BRACKET_WORDS = 16  # words a bracket that tells a unit's merge may hold ("(Vũ Tiên sáp nhập với Thư Trì)")


def bracketed_bare_merges(clause: Clause, merge_triggers: list[tuple[int, int]]) -> list[dict]:
    """``huyện Vũ Thư (Vũ Tiên sáp nhập với Thư Trì)``: a unit followed by a bracket whose only verb merges bare
    names (``với``, ``và`` or a comma between them); each bare name is a unit of the unit's level, the unit what they
    formed. ``merge_triggers`` are the (start, end) token spans of the sentence's merge triggers."""
    found = []
    for match in clause.names:
        k = match.last
        if not match.administrative or k + 1 >= len(clause.tokens) or clause.tokens[k].text != "(":
            continue
        close = next((j for j in range(k + 1, min(len(clause.tokens), k + _BRACKET_WORDS)) if clause.tokens[j].text
                      in {")", "("}), None)
        if close is None or clause.tokens[close].text != ")":
            continue
        inside = [(t, end) for t, end in merge_triggers if k < t and end <= close]
        if len(inside) != 1:
            continue
        trigger, trigger_end = inside[0]
        level = match.name.split()[0].lower()
        runs = _bare_runs(clause, k + 1, trigger) + _bare_runs(clause, trigger_end, close)
        if len(runs) < _MIN_MEMBERS or runs[0][0] != k + 1 or runs[-1][1] != close:
            continue
        members = [bare_unit(clause, a, b, level) for a, b in runs]
        token = clause.tokens[trigger]
        found.append({"type": "merge", "participants": members, "result": Arg(match.name, match.start, match.end),
                      "count": None, "k": trigger, "trigger": (token.start, token.end), "lo": k + 1, "k_end": close})
    return found


def _bare_runs(clause: Clause, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of capitalised words in tokens ``[start, end)`` parted by ``với``, ``và`` or commas; [] when any other
    word stands there."""
    runs: list[tuple[int, int]] = []
    j = start
    while j < end:
        if clause.tokens[j].text in {",", "với", "và"}:
            j += 1
            continue
        first, j = j, capitalised_end(clause, j, end)
        if j == first:
            return []
        runs.append((first, j))
    return runs
