"""Merges listed in a table pasted into the text: each row names the units merged and the unit they form.

The 2025 reorganisation was reported with tables such as ``STT | Xã, phường hiện nay | Xã, phường sau sáp
nhập`` or ``STT | Tên xã mới | Tên các xã cũ sáp nhập | Trụ sở``. No trigger word stands in a row: the heading
says which cell holds the merged units and which the unit they form. Scraped tables reach the text in two
shapes, both read here:

- one cell per line: the heading's cells on lines of their own, then each row as its number on a line and
  then its cells, in the heading's order (a cell of another column, such as the seat, is passed over);
- a row per line with its cells run together (``1 xã A, B và C xã C``): only under a heading of the two name
  columns alone, whose order says whether the merged units come first or last.

A row that names one unit only (kept, or renamed) is no merge. The table ends at the first line that is not
a row. Heading words: ``merge_table_*_columns`` in ``lang/vi/events/arguments.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

from extractor.events.clause import Arg, Clause, written_mention
from extractor.lang.vi import event_lexicon

__all__ = ["table_merges"]

_MAX_HEADING = 80  # characters of a heading cell or line; longer lines are prose
_MAX_CELLS = 6  # heading cells after the row-number cell
_ROW_NUMBER = regex.compile(r"^\s*\|?\s*(\d{1,3})\.?\s*\|?\s*$")
_ROW_START = regex.compile(r"^\s*\|?\s*\d{1,3}\.?\s+(?=\S)")
_NUMBER_HEADINGS = ("stt", "tt", "số tt", "số thứ tự")

OLD, NEW, OTHER = "old", "new", "other"


@dataclass(frozen=True)
class _Row:
    """One row of a table: the sentence of its merged units and, one cell a line, the sentence of its new unit;
    a row a line holds both, in ``order``."""

    merged: Any
    formed: Any | None = None
    order: tuple[str, str] = (OLD, NEW)


def table_merges(sentences: list[Any], text: str) -> list[tuple[dict, tuple[Clause, Any]]]:
    """(event, (clause, sentence)) for every row of every merged-units/new-unit table among ``sentences`` of
    the article ``text`` (a row number on a line of its own is no sentence: it is looked for between them)."""
    found = []
    index = 0
    while index < len(sentences):
        line = sentences[index].text.strip(" |").lower()
        if line in _NUMBER_HEADINGS:
            roles = _cell_roles(sentences, text, index + 1)
            if roles is not None:
                rows, index = _cell_rows(sentences, text, index + 1 + len(roles), roles)
                found.extend(event for row in rows if (event := _merge(row)) is not None)
                continue
        elif (order := _line_order(line)) is not None:
            rows, index = _line_rows(sentences, index + 1, order)
            found.extend(event for row in rows if (event := _merge(row)) is not None)
            continue
        index += 1
    return found


def _role(cell: str) -> str | None:
    """What a heading cell holds: another column (checked first: ``Trụ sở cấp xã mới`` is a seat), the new
    units, the merged ones, or None for no heading at all."""
    lowered = cell.strip(" |").lower()
    if not lowered or len(lowered) > _MAX_HEADING:
        return None
    for role in (OTHER, NEW, OLD):
        if _columns(role).search(lowered):
            return role
    return None


def _cell_roles(sentences: list[Any], text: str, index: int) -> list[str] | None:
    """The roles of the heading cells written one a line from ``index``, when they are one new-unit cell, one
    merged-units cell and maybe others; None otherwise."""
    roles: list[str] = []
    while index < len(sentences) and len(roles) <= _MAX_CELLS and not _ROW_NUMBER.match(sentences[index].text) \
            and not (roles and _numbered_before(sentences, text, index)):
        role = _role(sentences[index].text)
        if role is None:
            return None
        roles.append(role)
        index += 1
    return roles if roles.count(NEW) == 1 and roles.count(OLD) == 1 else None


def _line_order(text: str) -> tuple[str, str] | None:
    """``stt xã, phường hiện nay xã, phường sau sáp nhập``: a heading on one line naming the two columns alone,
    and their order; None for any other line."""
    if len(text) > _MAX_HEADING or not text.startswith(_NUMBER_HEADINGS):
        return None
    others = [m for m in _columns(OTHER).finditer(text) if m.start() > 0]
    if others:
        return None  # a third column would run into the names
    new = _columns(NEW).search(text)
    if new is None:
        return None
    old = next((m for m in _columns(OLD).finditer(text) if m.end() <= new.start() or m.start() >= new.end()), None)
    if old is None:
        return None
    return (OLD, NEW) if old.start() < new.start() else (NEW, OLD)


def _cell_rows(sentences: list[Any], text: str, index: int, roles: list[str]) -> tuple[list[_Row], int]:
    """The rows written one cell a line; returns them and where the table ends. A row opens with its number, a
    sentence of its own or a line between sentences."""
    rows = []
    while index < len(sentences):
        if _ROW_NUMBER.match(sentences[index].text):
            index += 1
        elif not _numbered_before(sentences, text, index):
            break
        cells = sentences[index:index + len(roles)]
        if len(cells) < len(roles) or any(
                _ROW_NUMBER.match(s.text) or _numbered_before(sentences, text, index + i)
                for i, s in enumerate(cells) if i):
            break
        by_role = dict(zip(roles, cells, strict=True))
        rows.append(_Row(by_role[OLD], by_role[NEW]))
        index += len(roles)
    return rows, index


def _numbered_before(sentences: list[Any], text: str, index: int) -> bool:
    """Whether a line holding a row number alone stands between sentence ``index`` and the one before it."""
    if not text or index == 0:
        return False
    gap = text[sentences[index - 1].end:sentences[index].start]
    return any(_ROW_NUMBER.match(line) for line in gap.split("\n") if line.strip())


def _line_rows(sentences: list[Any], index: int, order: tuple[str, str]) -> tuple[list[_Row], int]:
    """The rows written one a line; returns them and where the table ends."""
    rows = []
    while index < len(sentences) and _ROW_START.match(sentences[index].text):
        rows.append(_Row(sentences[index], order=order))
        index += 1
    return rows, index


def _merge(row: _Row) -> tuple[dict, tuple[Clause, Any]] | None:
    """The merge one row tells: the units of its merged-units cell (or part of its line) into its new unit."""
    clause = Clause(row.merged.text, row.merged.start)
    starts = sorted({*clause.name_at, *clause.place_at})
    if not starts:
        return None
    if row.formed is not None:
        formed = _first(Clause(row.formed.text, row.formed.start))
        merged, _ = clause.org_list(starts[0], len(clause.tokens), places=True)
        k = starts[0]
    elif row.order == (OLD, NEW):
        last = max(clause.name_at, default=None)
        if last is None or last == starts[0]:
            return None
        formed = _arg(clause, last)
        merged, _ = clause.org_list(starts[0], last, places=True)
        k = starts[0]
    else:
        formed = _arg(clause, starts[0])
        after = [s for s in starts if s >= _match(clause, starts[0]).last]
        if not after:
            return None
        merged, _ = clause.org_list(after[0], len(clause.tokens), places=True)
        k = after[0]
    if formed is None or len(merged) < 2:
        return None
    return written_mention("merge", merged, formed, clause, k), (clause, row.merged)


def _first(clause: Clause) -> Arg | None:
    starts = sorted({*clause.name_at, *clause.place_at})
    return _arg(clause, starts[0]) if starts else None


def _match(clause: Clause, k: int) -> Any:
    return clause.name_at.get(k) or clause.place_at[k]


def _arg(clause: Clause, k: int) -> Arg:
    match = _match(clause, k)
    return Arg(match.name, match.start, match.end)


@functools.cache
def _columns(role: str) -> regex.Pattern:
    """The heading words of a role as one pattern, longest first, bounded by non-letters."""
    phrases = sorted(event_lexicon()[f"merge_table_{role}_columns"], key=len, reverse=True)
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?!\p{L})")
