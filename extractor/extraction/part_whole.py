"""Which figure is part of which: ``189 TTHC, trong đó có 96 TTHC liên thông`` makes 96 part of 189.

Read after the facts of an article are found, over the normalised text, so the
links can cross from one figure's clause into the bracket or list that breaks it down.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import alternation, load

__all__ = ["link_parts"]

# Characters looked back from a figure for the bracket it stands in.
_BRACKET_WINDOW = 120


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The words that open a breakdown ("trong đó"), and the marks that end a clause."""
    openers = alternation(load("facts")["part_of_openers"])
    return (
        regex.compile(rf"(?<!\p{{L}})(?:{openers})(?!\p{{L}})", regex.I),
        regex.compile(r"[;:.!?()]"),
    )


def link_parts(text: str, facts: list[dict]) -> None:
    """``189 TTHC, trong đó có 96 TTHC liên thông (46 TTHC ...)``: 96 is part of 189, 46 part of 96.

    A breakdown opened by "trong đó" runs to the next ";" (a figure after it belongs to a
    parallel statement); a figure in brackets right after a figure of the same unit is part of it.
    """
    openers, clause_end = _patterns()
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for fact in facts:
        by_sentence.setdefault(tuple(fact["sentence"]), []).append(fact)
    for (s_start, s_end), group in by_sentence.items():
        for opener in openers.finditer(text, s_start, s_end):
            stop = text.find(";", opener.end(), s_end)
            stop = s_end if stop < 0 else stop
            for fact in group:
                if not opener.end() <= fact["span"][0] < stop or fact["change"] is not None:
                    continue
                whole = _whole_before(group, fact, opener.start())
                if whole is not None:
                    fact["part_of"] = whole["id"]
        for fact in group:
            bracket = _open_bracket(text, max(s_start, fact["span"][0] - _BRACKET_WINDOW), fact["span"][0])
            if bracket < 0 or fact["change"] is not None:
                continue
            whole = _whole_before(group, fact, bracket)
            if whole is not None and not clause_end.search(text, whole["span"][1], bracket):
                fact["part_of"] = whole["id"]


def _whole_before(group: list[dict], part: dict, position: int) -> dict | None:
    """The last figure before ``position`` with the part's unit, no change and no smaller value."""
    for whole in reversed(group):
        if whole["span"][1] > position or whole is part:
            continue
        if whole["unit"] == part["unit"] and whole["change"] is None and whole["value"] >= part["value"]:
            return whole
    return None


def _open_bracket(text: str, start: int, end: int) -> int:
    """Offset of the "(" still open at ``end`` (looking back no further than ``start``), or -1."""
    depth = 0
    for position in range(end - 1, start - 1, -1):
        char = text[position]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                return position
            depth -= 1
    return -1
