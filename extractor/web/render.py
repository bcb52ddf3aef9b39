"""The article text cut into plain and marked pieces, so that the page can highlight every figure,
organization and event word without ever treating article text as HTML (the templates escape it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Piece", "marked_pieces"]


@dataclass(frozen=True)
class Piece:
    """A run of the article text; ``kind`` is ``None`` for plain text, else what the run is."""

    text: str
    kind: str | None = None
    css: str = ""
    ref: str = ""
    note: str = ""


def _marks(record: dict[str, Any]) -> list[tuple[int, int, str, str, str, str]]:
    """(start, end, kind, css classes, id, note), figures first: where marks overlap, the earlier one wins."""
    marks = []
    for fact in record.get("facts", []):
        kind = fact.get("quantity_kind") or "other"
        start, end = fact["span"]
        marks.append((start, end, "fact", f"fact kind-{kind}", fact["id"], f"{fact['id']}: {fact.get('unit') or ''}"))
    for organization in record.get("organizations", []):
        kind = organization.get("kind") or "other"
        for start, end in organization.get("mentions", []):
            marks.append((start, end, "organization", f"org org-{kind}", organization["id"], organization["name"]))
    for event in record.get("events", []):
        start, end = event["trigger_span"]
        marks.append((start, end, "trigger", f"trigger event-{event['type']}", event["id"], event["type"]))
    return marks


def marked_pieces(record: dict[str, Any]) -> list[Piece]:
    """``record["text"]`` as pieces in order; joined, their texts give back the text exactly."""
    text = record.get("text") or ""
    taken = [False] * len(text)
    chosen = []
    for start, end, kind, css, ref, note in _marks(record):
        if not 0 <= start < end <= len(text) or any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        chosen.append((start, end, kind, css, ref, note))
    pieces, position = [], 0
    for start, end, kind, css, ref, note in sorted(chosen):
        if position < start:
            pieces.append(Piece(text[position:start]))
        pieces.append(Piece(text[start:end], kind, css, ref, note))
        position = end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return pieces
