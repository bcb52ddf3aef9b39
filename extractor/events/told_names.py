"""The name of a merge's new unit told after the merge: ``...; tên gọi của xã mới là xã C``.

Reports on the re-arrangement of communes and wards (the voters' consultations above all) state the merge
first and leave the new unit unnamed (``nhập xã A và xã B thành một xã mới``, ``thành lập phường mới trên cơ
sở ... của các xã: A, B``), then name it in the next clause or the next sentence: ``tên gọi của xã mới là xã
C``, ``Về tên phường sau khi thành lập là phường C``, ``Xã mới có tên gọi là xã C``. That name is the merge's
result. A naming phrase must say that the unit is the new one (``mới``, ``sau sáp nhập``): a bare ``tên gọi
là`` may name anything. The words are data: the frame ``told_name_words`` and the lists ``told_name_*``.
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause
from extractor.recognize.org_tokens import head_at

__all__ = ["told_name"]

_UNIT_WORDS = 3  # words of the head noun between "tên gọi của" and "mới" ("đơn vị hành chính")


def told_name(clause: Clause, start: int = 0, stop: int | None = None) -> Arg | None:
    """The new unit's name told by a naming phrase in tokens ``[start, stop)`` of ``clause``, else None.

    >>> # "Tên gọi của xã mới là xã Hòa Phong." -> Arg("xã Hòa Phong", ...)
    """
    stop = len(clause.tokens) if stop is None else stop
    for k in range(start, stop):
        at = _named_at(clause, k)
        if at is not None and at < stop and (name := clause.name_at.get(at)) is not None:
            return Arg(name.name, name.start, name.end)
    return None


def _named_at(clause: Clause, k: int) -> int | None:
    """Where the name starts after a naming phrase at token ``k``: ``tên gọi (của) (xã) mới là``, or ``xã mới (dự
    kiến) có tên là``; None where no naming phrase of a new unit stands at ``k``."""
    opener = clause.phrase(k, "told_name_words")
    if opener:
        j = _after_new_unit(clause, k + len(opener), unit_required=False)
        copula = clause.phrase(j, "told_name_copulas") if j is not None else None
        return j + len(copula) if copula else None
    if k in clause.inside:
        return None
    j = _after_new_unit(clause, k, unit_required=True)
    verb = clause.phrase(j, "told_name_verbs") if j is not None else None
    return j + len(verb) if verb else None


def _after_new_unit(clause: Clause, j: int, *, unit_required: bool) -> int | None:
    """The token after a new unit's head and the word that says it is new (``xã mới``, ``phường sau khi thành
    lập``, ``đơn vị hành chính mới``); the head may be left out after ``tên gọi`` (``tên gọi mới là``)."""
    unit = clause.phrase(j, "unit_nouns")
    head = head_at(clause.tokens, j) if j < len(clause.tokens) else None
    size = max(len(unit or ()), len(head[0]) if head else 0)
    if size > _UNIT_WORDS or (size == 0 and unit_required):
        return None
    marker = clause.phrase(j + size, "told_name_new_markers")
    return j + size + len(marker) if marker else None
