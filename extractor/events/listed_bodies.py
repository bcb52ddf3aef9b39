"""The bodies a counted transfer moves, listed in the sentence after it.

``Thủ tướng quyết định chuyển nguyên trạng 10 trường cao đẳng về Bộ B. Danh sách gồm: Trường A; Trường C; ...``
tells one transfer: the ten schools and the ministry that receives them, as the referee's gold writes a transfer
whose bodies are listed (``chuyển 6 tập đoàn gồm A, B, ... về Ủy ban C``).
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause

__all__ = ["bodies_listed", "counted_receiver"]

_OPENING_WORDS = 8  # words before the colon of a list line ("Danh sách các trường gồm:")


def counted_receiver(event: dict) -> Arg | None:
    """The receiver of a counted transfer that names no body moved (``chuyển 10 trường về Bộ B``), else None."""
    if event["type"] != "transfer" or event["count"] is None or event["result"] is None:
        return None
    moved = [p for p in event["participants"] if p.name != event["result"].name]
    return event["result"] if not moved else None


def bodies_listed(clause: Clause, count: int | None) -> list[Arg]:
    """The names listed after ``gồm:`` opening ``clause``; [] unless there are two or more (``count`` of them when
    the transfer gave a count)."""
    colon = next((j for j, t in enumerate(clause.tokens[:_OPENING_WORDS + 1]) if t.text == ":"), None)
    if colon is None or not clause.phrase_ending(colon, "list_introducers"):
        return []
    names = [Arg(m.name, m.start, m.end) for m in clause.names if m.first > colon]
    if len(names) < 2 or (count is not None and len(names) != count):
        return []
    return names
