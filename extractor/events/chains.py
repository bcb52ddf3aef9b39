"""Verbs that share one subject, and lists paired member by member.

- ``Ngân hàng A được chuyển giao về B, đổi tên thành C``: the second verb has no subject of its own; after
  a comma (or ``và``, ``rồi``) it speaks of the subject of the verb before it, so A is renamed C.
- ``A và B lần lượt đổi tên thành C và D``: ``lần lượt`` (respectively) pairs two lists of the same length,
  so A is renamed C and B is renamed D, two events.
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause

__all__ = ["paired_events", "shared_subject"]

# Events whose subject a verb before them can lend: each takes one body, or a body and where it goes.
_LENT_TO = ("rename", "dissolve", "split", "transfer")
# Events a respective list can pair: one body in, one body out.
_PAIRED = ("rename", "merge", "transfer")
_RESPECTIVE_REACH = 4


def shared_subject(clause: Clause, event: dict, earlier: list[dict], lo: int) -> Arg | None:
    """The subject an earlier verb of the sentence lends to ``event``, which has no body of its own.

    The trigger must open its part of the sentence (only words like ``vừa được`` between the joint and it),
    and the earlier event must have its first body written before its own trigger, as a subject.
    """
    if event["type"] not in _LENT_TO or event["participants"]:
        return None
    k = event["k"]
    joint = next((j for j in range(k - 1, lo - 1, -1) if clause.phrase(j, "predicate_joints")
                  and clause.skip(j + len(clause.phrase(j, "predicate_joints")), "left_fillers", k) == k), None)
    if joint is None:
        return None
    lenders = [e for e in earlier if e["k"] < joint and e["lo"] == lo and e["participants"]
               and e["participants"][0].start is not None and e["participants"][0].start < e["trigger"][0]]
    return lenders[-1]["participants"][0] if lenders else None


def paired_events(clause: Clause, event: dict, lo: int, hi: int) -> list[dict] | None:
    """``A và B lần lượt đổi tên thành C và D``: one event per pair, or None when the lists do not pair."""
    if event["type"] not in _PAIRED or event["result"] is None or event["result"].start is None:
        return None
    k = event["k"]
    marker = next((j for j in range(max(lo, k - _RESPECTIVE_REACH), event["k_end"] + 1)
                   if clause.phrase(j, "respective_markers")), None)
    if marker is None:
        return None
    sources, _ = clause.left_list(min(marker, k), lo)
    if len(sources) < 2 and marker > k:
        sources, _ = clause.org_list(clause.skip(event["k_end"], "fillers", hi), hi)
    first = clause.token_starting(event["result"].start)
    if first is None or len(sources) < 2:
        return None
    results, _ = clause.org_list(first, hi)
    if len(results) != len(sources):
        return None
    one_in = event["type"] == "rename"
    return [{**event, "participants": [source] if one_in else [source, result], "result": result,
             "established": None} for source, result in zip(sources, results)]
