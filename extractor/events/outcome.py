"""The body that comes out of a merge where the sentence writes it away from the trigger, or runs it on.

- ``Được thành lập năm 2010 trên cơ sở sáp nhập Trường A và Trường B, cơ sở vật chất của Trường C ...``:
  a fronted participle speaks of the first body of the same kind after it, C;
- ``... nhận quà của Báo D Xã C được thành lập từ 3 xã A, B, E``: a caption ran into the next sentence,
  and the new commune starts at its capitalised head inside the name read before the trigger.
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause
from extractor.recognize.org_grammar import head_at, is_capitalised
from extractor.recognize.organizations import name_key

__all__ = ["settle_results"]


def settle_results(clause: Clause, events: list[dict]) -> list[dict]:
    """``events`` of ``clause`` with the results of the two shapes above read again."""
    for event in events:
        if event["type"] != "merge" or not event["participants"]:
            continue
        if event["result"] is None:
            event["result"] = _fronted_subject(clause, event)
        elif event["result"].start is not None:
            event["result"] = _run_on_trimmed(clause, event)
    return events


def _kind_of(clause: Clause, arg: Arg) -> str | None:
    match = clause.match_of(arg)
    return match.kind if match is not None else None


def _fronted_subject(clause: Clause, event: dict) -> Arg | None:
    """``Được thành lập ... trên cơ sở sáp nhập A và B, ... C``: nothing names a body before the trigger."""
    lo, k = event["lo"], event["k"]
    if not clause.phrase(lo, "passive_markers") or any(m.first < k for m in clause.names if m.first >= lo):
        return None
    kind = _kind_of(clause, event["participants"][0])
    last_end = max((p.end for p in event["participants"] if p.end is not None), default=None)
    if kind is None or last_end is None:
        return None
    comma = next((i for i, t in enumerate(clause.tokens) if t.start >= last_end and t.text in {",", ";"}), None)
    if comma is None or clause.tokens[comma].text == ";":
        return None
    taken = {name_key(p.name) for p in event["participants"]}
    after = (m for m in clause.names if m.first > comma and m.kind == kind and name_key(m.name) not in taken)
    found = next(after, None)
    return Arg(found.name, found.start, found.end) if found else None


def _run_on_trimmed(clause: Clause, event: dict) -> Arg:
    """The result cut to start at a capitalised head of the participants' kind inside it."""
    result = event["result"]
    # members written under one shared head ("3 xã A, B, E") are no names of their own: the first one tells
    kinds = {kind for p in event["participants"] if (kind := _kind_of(clause, p)) is not None}
    match = next((m for m in clause.names if m.start == result.start and m.end == result.end), None)
    if match is None or len(kinds) != 1 or match.kind in kinds:
        return result
    kind = kinds.pop()
    tokens = clause.tokens
    for i in range(match.first + 1, match.last):
        found = head_at(tokens, i)
        if found and found[1] == kind and is_capitalised(tokens[i]) and is_capitalised(tokens[i - 1]):
            start = tokens[i].start
            return Arg(clause.text[start - clause.offset:result.end - clause.offset], start, result.end)
    return result
