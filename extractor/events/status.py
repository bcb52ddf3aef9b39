"""Status, authority and proposer of a restructuring event, read from the words before its trigger.

The nearest status word before the trigger tells how far the event has gone (``events/status.yaml``:
``tham mưu`` proposed, ``sẽ`` planned, ``ban hành quyết định`` approved, ``đã`` done). A body followed
by a deciding verb (``UBND tỉnh ban hành ...``) or named as the addressee of a proposal
(``tham mưu UBND tỉnh``) is the authority; a body followed by a proposing verb is the proposer.
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause

__all__ = ["status_and_roles"]


def status_and_roles(clause: Clause, k: int) -> tuple[str | None, Arg | None, Arg | None]:
    """How far the event at trigger ``k`` has gone, who decides it and who asked for it.

    ``Sở Nội vụ tham mưu UBND tỉnh sáp nhập ...`` -> ("proposed", UBND tỉnh, Sở Nội vụ).
    """
    status = None
    for j in range(k - 1, -1, -1):
        for name in ("proposed", "planned", "approved", "done"):
            if clause.phrase(j, name):
                status = name
                break
        if status:
            break
    authority = proposer = None
    for match in clause.names:
        if match.last > k:
            break
        after = clause.skip(match.last, "left_fillers", k)
        if _addressee_of_proposal(clause, match.first) or clause.phrase(after, "authority_verbs"):
            authority = Arg(match.name, match.start, match.end)
        elif clause.phrase(after, "proposer_verbs"):
            proposer = Arg(match.name, match.start, match.end)
    return status, authority, proposer


def _addressee_of_proposal(clause: Clause, first: int) -> bool:
    """``tham mưu UBND tỉnh``, ``trình Bộ ...``: the body a proposal goes to is the one that decides."""
    for size in (1, 2, 3):
        j = first - size
        if j >= 0 and clause.phrase(j, "proposer_verbs") and len(
                clause.phrase(j, "proposer_verbs")) == size:
            return True
        if j >= 0 and clause.phrase(j, "proposal_linkers"):
            continue
    return False
