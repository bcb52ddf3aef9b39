"""Continue a batch where it stopped: repair the output's last line, and list what is already done.

A batch appends whole lines and flushes after every finished task, so a crash
(even SIGKILL) can leave at most one cut-off line, at the very end. Repair
drops that line; the article it held is simply done again. What is done is
counted per ``doc_id`` (a multiset), so an input that repeats an id still gets
one record per occurrence.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ResumeState", "repair_and_scan"]

log = logging.getLogger(__name__)

_BLOCK = 1 << 16


@dataclass
class ResumeState:
    """What an existing output already holds."""

    done: Counter[str] = field(default_factory=Counter)
    # Error records among them: ``--strict`` fails on those as well as on new ones.
    errors: int = 0
    # Bytes cut from the end of the file: a line a crash left unfinished.
    repaired_bytes: int = 0
    # Complete lines that are not a JSON record with a doc_id (never written by a batch; kept as they are).
    foreign_lines: int = 0

    @property
    def records(self) -> int:
        return sum(self.done.values())

    def take(self, doc_id: str) -> bool:
        """True (and one occurrence consumed) when an article with this id is already in the output."""
        if self.done[doc_id] > 0:
            self.done[doc_id] -= 1
            return True
        return False


def repair_and_scan(path: Path) -> ResumeState:
    """Truncate ``path`` after its last complete record, then count the records per ``doc_id``.

    A missing file is an empty output. A last line is complete when it ends in a
    newline and parses; anything after the last such line is cut.
    """
    state = ResumeState()
    if not path.exists():
        return state
    state.repaired_bytes = _truncate_partial_tail(path)
    with path.open("rb") as handle:
        for raw in handle:
            record = _record(raw)
            if record is None:
                state.foreign_lines += raw.strip() != b""
            else:
                state.done[record["doc_id"]] += 1
                state.errors += "error" in record
    if state.foreign_lines:
        log.warning("%s: %d line(s) are not records; they are left as they are", path, state.foreign_lines)
    return state


def _truncate_partial_tail(path: Path) -> int:
    """Cut an unterminated last line, and a terminated last line that does not parse; return bytes cut."""
    size = path.stat().st_size
    keep = _end_of_last_newline(path, size)
    if keep > 0:
        start = _end_of_last_newline(path, keep - 1)
        with path.open("rb") as handle:
            handle.seek(start)
            last = handle.read(keep - start)
        if last.strip() and _record(last) is None:
            keep = start  # a newline written, the bytes before it not: only possible on a crash mid-write
    if keep < size:
        with path.open("r+b") as handle:
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
    return size - keep


def _end_of_last_newline(path: Path, limit: int) -> int:
    """Offset just past the last ``\\n`` before ``limit`` (0 when there is none)."""
    with path.open("rb") as handle:
        position = limit
        while position > 0:
            start = max(0, position - _BLOCK)
            handle.seek(start)
            block = handle.read(position - start)
            index = block.rfind(b"\n")
            if index >= 0:
                return start + index + 1
            position = start
    return 0


def _record(raw: bytes) -> dict | None:
    """The record on one line, when it is one (a dict with a string ``doc_id``)."""
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("doc_id"), str):
        return record
    return None
