"""The words around figures that decide whether a rule applies: is a list of parts the whole of a total,
is a percentage a share of something, does it compare with a plan?

The rules get the facts and, when available, the article text their spans point into. Without the
text every question here answers ``None`` (unknown), and the rules fall back to their cautious status.
"""

from __future__ import annotations

import functools
from itertools import pairwise
from typing import Any

import regex

from extractor.lang.vi import load

__all__ = ["ArticleContext"]

# A clause ends at punctuation that separates listed items or asides.
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]]")
# Words and other figures that identify a statement, and how many on each side of the figure.
_WORD = regex.compile(r"\p{L}+|\d+(?:[.,]\d+)*")
_STATEMENT_WORDS_BEFORE = 8
_STATEMENT_WORDS_AFTER = 3
# A breakdown's opening word must follow its total with no bracket or clause break between: a "gồm"
# behind one belongs to something else (a list of provinces inside a bracket).
_OPENER_GAP_BREAK = regex.compile(r"[;()\[\]]")
_BRACKETED = regex.compile(r"\([^()]*\)?|\[[^\[\]]*\]?")
# Where the items of a listing stop, and the marks that say more items were left out.
_LISTING_END = regex.compile(r"[;:.!?]\s|[;:!?]|\.$")
_ELLIPSIS = regex.compile(r"\.\.\.|…|\bv\.v\b")
_PAIR_SLASH_BEFORE = regex.compile(r"\d\s*/\s*$")


@functools.cache
def _marker_pattern(kind: str) -> regex.Pattern[str]:
    words = sorted(load("checks")["markers"][kind], key=len, reverse=True)
    alternatives = "|".join(regex.escape(word) for word in words)
    return regex.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", regex.IGNORECASE)


def has_marker(segment: str, kind: str) -> bool:
    """Whether ``segment`` holds one of the ``kind`` markers of checks.yaml as whole words."""
    return _marker_pattern(kind).search(segment) is not None


@functools.cache
def _ending_pattern(kind: str) -> regex.Pattern[str]:
    words = sorted(load("checks")["markers"][kind], key=len, reverse=True)
    alternatives = "|".join(regex.escape(word) for word in words)
    return regex.compile(rf"(?:^|(?<=[\s\d]))(?:{alternatives})\s*$", regex.IGNORECASE)


def _item_separators(segment: str) -> int:
    """How many list separators (commas, ``và``) a stretch of text holds, bracketed asides left out."""
    plain = _BRACKETED.sub(" ", segment)
    return plain.count(",") + len(_marker_pattern("item_separator").findall(plain))


class ArticleContext:
    """Questions about the text around facts; every answer is ``None`` when the text is unknown."""

    def __init__(self, text: str | None) -> None:
        self.text = text

    def _sentence_start(self, fact: dict[str, Any]) -> int:
        sentence = fact.get("sentence")
        return sentence[0] if sentence else max(0, fact["span"][0] - 200)

    def _sentence_end(self, fact: dict[str, Any]) -> int:
        sentence = fact.get("sentence")
        return sentence[1] if sentence else fact["span"][1] + 200

    def clause_before(self, fact: dict[str, Any]) -> str | None:
        """The words from the last clause break up to the figure: ``hộ nghèo chiếm `` for ``chiếm 60%``."""
        if self.text is None:
            return None
        before = self.text[self._sentence_start(fact) : fact["span"][0]]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        return before[breaks[-1].end() :] if breaks else before

    def clause_after(self, fact: dict[str, Any]) -> str | None:
        """The words after the figure up to the next clause break: `` kế hoạch`` for ``đạt 120% kế hoạch``."""
        if self.text is None:
            return None
        after = self.text[fact["span"][1] : self._sentence_end(fact)]
        found = _CLAUSE_BREAK.search(after)
        return after[: found.start()] if found else after

    def sentence_before(self, fact: dict[str, Any]) -> str | None:
        """The sentence up to the figure."""
        if self.text is None:
            return None
        return self.text[self._sentence_start(fact) : fact["span"][0]]

    def parts_relation(self, whole: dict[str, Any], first_part: dict[str, Any]) -> str | None:
        """``"exhaustive"`` (gồm: the parts are all of it), ``"subset"`` (trong đó) or ``None`` (unknown)."""
        if self.text is None:
            return None
        start, end = whole["span"][1], first_part["span"][0]
        if end < start:
            return None
        between = self.text[start:end]
        if has_marker(between, "subset"):
            return "subset"
        if has_marker(between, "exhaustive") and not _OPENER_GAP_BREAK.search(between):
            return "exhaustive"
        return None

    def lists_every_item(self, whole: dict[str, Any], listed: list[dict[str, Any]]) -> bool | None:
        """Whether every item of the listing carries a figure, so the figures are all of the total.

        ``thi 5 môn gồm 2 môn chuyên ngành, một môn cơ sở ngành, ngoại ngữ và toán``: the last two items
        have no figure (one each, unwritten), so 2 + 1 says nothing about 5. Two separators between listed
        figures, one after the last, an item before the first, or ``...`` all mean an item without one.
        """
        if self.text is None or not listed:
            return None
        opener = self.text[whole["span"][1] : listed[0]["span"][0]]
        found = _marker_pattern("exhaustive").search(opener) or _marker_pattern("subset").search(opener)
        if found is not None and _item_separators(opener[found.end() :]) > 0:
            return False
        for previous, part in pairwise(listed):
            if _item_separators(self.text[previous["span"][1] : part["span"][0]]) > 1:
                return False
        tail = self.text[listed[-1]["span"][1] : self._sentence_end(listed[-1])]
        stop = _LISTING_END.search(_BRACKETED.sub(lambda m: " " * len(m.group()), tail))
        tail = tail[: stop.start()] if stop else tail
        return _item_separators(tail) == 0 and not _ELLIPSIS.search(tail)

    def is_denominator(self, fact: dict[str, Any]) -> bool | None:
        """Whether a figure is the second number of a pair (``17/30``, ``461/465 hồ sơ``): the scale or the
        whole of the first, not a figure stated on its own."""
        if self.text is None:
            return None
        return _PAIR_SLASH_BEFORE.search(self.text, max(0, fact["span"][0] - 20), fact["span"][0]) is not None

    def multiplies(self, fact: dict[str, Any]) -> bool | None:
        """Whether a percentage multiplies something: ``tiền lương 1 giờ dạy x 150%``."""
        before = self.clause_before(fact)
        if before is None:
            return None
        return _ending_pattern("multiplier").search(before) is not None

    def lists_exhaustively(self, fact: dict[str, Any]) -> bool | None:
        """Whether the sentence before ``fact`` introduces a complete breakdown (cơ cấu ... gồm)."""
        before = self.sentence_before(fact)
        if before is None:
            return None
        return has_marker(before, "exhaustive") and not has_marker(before, "subset")

    def continues_list(self, previous: dict[str, Any], fact: dict[str, Any]) -> bool | None:
        """Whether only commas and ``và`` stand between two figures: ``chiếm 40%, 35% và 25%``."""
        if self.text is None or fact["span"][0] < previous["span"][1]:
            return None
        between = _marker_pattern("connector").sub(" ", self.text[previous["span"][1] : fact["span"][0]])
        return not between.strip(" ,;\t")

    def is_share(self, fact: dict[str, Any]) -> bool | None:
        """Whether a percentage is one share of a whole, listed with its siblings (nữ chiếm 60%)."""
        before = self.clause_before(fact)
        if before is None:
            return None
        return has_marker(before, "share")

    def is_rate(self, fact: dict[str, Any]) -> bool | None:
        """Whether a percentage is a part over its whole (tỷ lệ hồ sơ đúng hạn 95%), so at most 100."""
        before = self.clause_before(fact)
        if before is None:
            return None
        return has_marker(before, "rate")

    def link_is_stated(self, whole: dict[str, Any], part: dict[str, Any]) -> bool | None:
        """Whether the words still tie ``part`` to ``whole``: after a ``;`` a new clause needs its own
        ``trong đó``/``gồm``, else it states something parallel (``11 huyện, gồm ...; 156 xã, gồm ...``)."""
        if self.text is None:
            return None
        between = self.text[whole["span"][1] : part["span"][0]]
        if ";" not in between:
            return True
        last = between.rsplit(";", 1)[1]
        return has_marker(last, "subset") or has_marker(last, "exhaustive")

    def starts_listing(self, previous: dict[str, Any], part: dict[str, Any]) -> str | None:
        """How the words between two parts of one whole relate them.

        ``"new"``: a new clause (after ``;``) starts another breakdown of the whole; ``"sub"``: a
        ``trong đó`` in the same clause makes ``part`` a part of ``previous``; ``None``: the same listing.
        """
        if self.text is None:
            return None
        between = self.text[previous["span"][1] : part["span"][0]]
        if ";" in between:
            return "new"
        return "sub" if has_marker(between, "subset") else None

    def listing_relation(self, previous: dict[str, Any], part: dict[str, Any]) -> str | None:
        """The relation stated in the words before a new listing (after its ``;``)."""
        if self.text is None:
            return None
        between = self.text[previous["span"][1] : part["span"][0]].rsplit(";", 1)[-1]
        if has_marker(between, "subset"):
            return "subset"
        return "exhaustive" if has_marker(between, "exhaustive") else None

    def statement(self, fact: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The words before and after a figure in its sentence (other figures included): what the
        sentence says the figure is.

        ``thời gian giải quyết được cắt giảm 603 ngày giải quyết`` and the same words with 630 say the same
        thing twice; ``doanh thu tăng 50%`` and ``lợi nhuận tăng 30%`` do not, nor do ``thành 90 chi cục
        (giảm 102 chi cục)`` and ``thành 64 chi cục (giảm 71 chi cục)``.
        """
        before = self.sentence_before(fact)
        if before is None or self.text is None:
            return None
        after = self.text[fact["span"][1] : self._sentence_end(fact)]
        words_before = _WORD.findall(before.lower())[-_STATEMENT_WORDS_BEFORE:]
        words_after = _WORD.findall(after.lower())[:_STATEMENT_WORDS_AFTER]
        return tuple(words_before), tuple(words_after)

    def compares(self, fact: dict[str, Any]) -> bool | None:
        """Whether a percentage compares with a plan or another time (120% kế hoạch, bằng 130% so với)."""
        after, before = self.clause_after(fact), self.clause_before(fact)
        if after is None or before is None:
            return None
        return has_marker(after, "comparison") or has_marker(before, "comparison")
