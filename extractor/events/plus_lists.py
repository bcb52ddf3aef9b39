"""Units joined with plus signs: ``Thành phố Cần Thơ (Sóc Trăng + Hậu Giang + TP. Cần Thơ)``.

Lists of the 2025 reorganisation write each new unit with the units it is made of in brackets, joined by
``+``, either on the same line or on the line after the new unit's name (a table pasted one cell per line).
No trigger word stands there: the plus signs say that the bracketed units went into the one named before
them, one merge each.
"""

from __future__ import annotations

from typing import Any

import regex

from extractor.events.clause import Arg, Clause, written_mention

__all__ = ["plus_merges"]

_MAX_WORDS = 7  # words of one unit's name, or of the new unit's
# a bracket of two or more capitalised parts joined by "+", and what stands before it on its line
_BRACKET = regex.compile(r"^(?P<before>[^()+]*?)\s*\((?P<parts>[^()+]+(?:\+[^()+]+)+)\)\s*$")
_PART = regex.compile(r"[^+]+")


def plus_merges(sentences: list[Any]) -> list[tuple[dict, tuple[Clause, Any]]]:
    """(event, (clause, sentence)) for every bracket of units joined by ``+`` after the unit they formed."""
    found = []
    for index, sentence in enumerate(sentences):
        if "+" not in sentence.text:
            continue
        match = _BRACKET.match(sentence.text)
        if match is None:
            continue
        parts = [_arg(sentence, part.start() + match.start("parts"), part.group())
                 for part in _PART.finditer(match.group("parts"))]
        if not all(parts):
            continue
        if match.group("before").strip():
            formed = _arg(sentence, match.start("before"), match.group("before"))
        elif index > 0:
            formed = _arg(sentences[index - 1], 0, sentences[index - 1].text)
        else:
            formed = None
        if formed is None:
            continue
        clause = Clause(sentence.text, sentence.start)
        k = next(i for i, t in enumerate(clause.tokens) if t.text == "+")  # the sign that joins them is the trigger
        found.append((written_mention("merge", parts, formed, clause, k),
                      (clause, sentence)))
    return found


def _arg(sentence: Any, at: int, written: str) -> Arg | None:
    """The unit named by ``written`` at ``at`` in ``sentence``: a few words that open and end with a capital
    (``Thành phố Cần Thơ``, ``Bà Rịa - Vũng Tàu``), else None."""
    name = written.strip()
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    start = sentence.start + at + (len(written) - len(written.lstrip()))
    return Arg(name, start, start + len(name))
