"""A body's names in a row: ``qua bốn lần đổi tên, từ A (1968) thành B (1969), rồi đến C, và nay là D``.

A history page sums up how often a body was renamed, then lists its names in the order it bore them: after
a colon or ``như``, parted by commas or semicolons, each with the year it took the name, or joined by ``thành``
and ``rồi đến``. No verb stands between two names; the words that count the renamings (``lần đổi tên``) say
that each name gave way to the next, one renaming each. The list may stand in the sentence after the one
that counts the renamings (``Nông trường qua 6 lần đổi tên. Từ A; B; C và nay là D.``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from extractor.events.clause import Arg, Clause, bullet_marks, written_mention

__all__ = ["dated_name_lines", "name_history_renames"]

_MIN_NAMES = 3  # names a list must give to be the body's names in a row (two would be one renaming, told plainly)


def name_history_renames(sentences: list[Any]) -> list[tuple[dict, tuple[Clause, Any]]]:
    """(event, (clause, sentence)) for each pair of names in a row after words that count a body's renamings."""
    found = []
    for index, sentence in enumerate(sentences):
        if not any(w in sentence.text.lower() for w in ("đổi tên", "tên gọi")):
            continue
        clause = Clause(sentence.text, sentence.start)
        opener = clause.first_phrase("renaming_counts", 0)
        if opener is None:
            continue
        names = _listed_after(clause, opener + len(clause.phrase(opener, "renaming_counts")))
        if len(names) < _MIN_NAMES and index + 1 < len(sentences):
            following = sentences[index + 1]
            clause = Clause(following.text, following.start)
            names = _names_in_row(clause, 0)
            sentence = following
        if len(names) < _MIN_NAMES:
            continue
        for old, new in pairwise(names):
            k = clause.token_starting(new.start) or 0
            found.append((written_mention("rename", [old], new, clause, k), (clause, sentence)))
    return found


def _listed_after(clause: Clause, start: int) -> list[Arg]:
    """The names in a row right after the words that count the renamings, or after the first colon that follows
    them (``nhiều lần đổi tên cho phù hợp với ... như: A (1952), B (1955), ...``)."""
    names = _names_in_row(clause, start)
    if len(names) >= _MIN_NAMES:
        return names
    colon = next((j for j in range(start, len(clause.tokens)) if clause.tokens[j].text == ":"), None)
    return _names_in_row(clause, colon + 1) if colon is not None else []


def _names_in_row(clause: Clause, start: int) -> list[Arg]:
    """The names listed from token ``start`` on, in order: bodies joined only by list marks, years in brackets
    and the words that lead from one name to the next (``thành``, ``rồi đến``, ``và nay là``); [] when anything
    else stands between two of them."""
    names: list[Arg] = []
    j = start
    size = len(clause.tokens)
    while j < size:
        match = clause.name_at.get(j)
        if match is not None:
            end, j = match.end, match.last
            owner = clause.phrase(j, "placers") if j < size else None
            if owner and j + len(owner) in clause.name_at:
                # "Phòng A thuộc Viện B (1955)": a department is named with the body it then belonged to
                end, j = clause.name_at[j + len(owner)].end, clause.name_at[j + len(owner)].last
            names.append(Arg(clause.text[match.start - clause.offset:end - clause.offset], match.start, end))
            continue
        step = clause.phrase(j, "name_row_links")
        if step:
            j += len(step)
            continue
        if clause.tokens[j].text == "(":
            close = next((i for i in range(j + 1, min(size, j + 6)) if clause.tokens[i].text == ")"), None)
            if close is not None and all(clause.tokens[i].text.isdecimal() or clause.phrase(i, "name_row_links")
                                         for i in range(j + 1, close)):
                j = close + 1  # "(1968)", "(năm 1968)": when the body took the name
                continue
        if clause.tokens[j].text.isdecimal() and len(clause.tokens[j].text) == 4:
            j += 1  # "từ năm 1987 là D": the year the last name was taken
            continue
        break
    return names


def dated_name_lines(sentences: list[Any]) -> list[tuple[dict, tuple[Clause, Any]]]:
    """(event, (clause, sentence)) for each pair of names in a run of dated lines, one name a line: ``- Từ ngày 15
    tháng 4 năm 1945: Trường A;``, ``- Từ tháng 2 năm 1948: Trường B;``, ``- Từ tháng 12 năm 1950: Trường C``. Three
    lines or more in a row, each a date, a colon and one body's name closing it, are the names a body bore, each the
    renaming of the one before."""
    found: list[tuple[dict, tuple[Clause, Any]]] = []
    run: list[tuple[Arg, Clause, Any]] = []
    for sentence in [*sentences, None]:
        named = _dated_line_name(sentence) if sentence is not None else None
        if named is not None:
            run.append(named)
            continue
        if len(run) >= _MIN_NAMES:
            for (old, _, _), (new, clause, line) in pairwise(run):
                k = clause.token_starting(new.start) or 0
                found.append((written_mention("rename", [old], new, clause, k), (clause, line)))
        run = []
    return found


def _dated_line_name(sentence: Any) -> tuple[Arg, Clause, Any] | None:
    """(the name, the clause, the sentence) of a line ``- Từ năm 1945: Trường A;``: a bullet, words of time before a
    colon, then one body's name and nothing after it but the line's closing mark; None for any other line."""
    text = sentence.text.strip()
    if not text or text[0] not in bullet_marks() or ":" not in text:
        return None
    clause = Clause(sentence.text, sentence.start)
    colon = next((j for j, t in enumerate(clause.tokens) if t.text == ":"), None)
    if colon is None or not clause.phrase(1, "dated_line_openers") or not any(
            t.text.isdecimal() for t in clause.tokens[1:colon]):
        return None
    match = clause.name_at.get(colon + 1)
    rest = clause.tokens[match.last:] if match is not None else None
    if match is None or match.administrative or any(t.text not in {".", ";", ","} for t in rest):
        return None
    return Arg(match.name, match.start, match.end), clause, sentence
