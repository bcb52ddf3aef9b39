"""Whether a sentence holds one of many words, case aside: the question every prefilter asks of every sentence.

``regex`` answers it with IGNORECASE over a large alternation in tens of microseconds a sentence; stdlib
``re`` over the lower-cased sentence, in a fifth of that. The two answer alike on a *plain* text, one
written only with the characters of :data:`PLAIN_TEXT` (ASCII, the Latin letters Vietnamese uses, common
punctuation and spaces): on those, ``re`` and ``regex`` agree on what is a word character and what is a
space, and lower-casing a character gives exactly the letters ``regex`` matches it with, case aside
(``tests/test_caseless.py`` checks both, character by character). Any other text, with a ``²``, a
combining mark, a Greek letter or a long ``ſ``, is searched with the ``regex`` pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

__all__ = ["PLAIN_TEXT", "CaselessSearch", "is_plain"]

# Characters on which stdlib re over lower-cased text and regex with IGNORECASE agree. Left out:
# superscripts and fractions (²³¹¼½¾, word characters to re only), µ and the Latin letters whose case
# regex folds otherwise than lower() (İ ı ſ), combining marks and everything beyond these blocks.
PLAIN_TEXT = re.compile(
    "[\t\n\x20-\x7e\xa0-\xb1\xb4\xb6-\xb8\xba\xbb\xbf-\u012f\u0132-\u017e\u0180-\u024f"
    "\u1ea0-\u1ef9\u2000-\u200a\u2010-\u2027\u2030-\u203e\u20ab\u20ac]*"
)


def is_plain(text: str) -> bool:
    """True when ``text`` holds only characters of :data:`PLAIN_TEXT`."""
    return PLAIN_TEXT.fullmatch(text) is not None


class CaselessSearch:
    """``exact.search(text) is not None`` for a ``regex`` pattern compiled with IGNORECASE, answered faster.

    The pattern must hold no more than literal words, ``\\s``, groups, alternation, and ``\\w`` and
    ``\\p{L}`` lookarounds: the syntax stdlib ``re`` reads alike. One written with characters beyond
    plain text's, or with another ``\\p`` property, is always searched as it is.
    """

    def __init__(self, exact: regex.Pattern) -> None:
        if not exact.flags & regex.IGNORECASE:
            raise ValueError("a caseless search stands in for a pattern compiled with IGNORECASE")
        self.exact = exact
        self._fast = _plain_pattern(exact.pattern)

    def __call__(self, text: str) -> bool:
        if self._fast is not None and is_plain(text):
            return self._fast.search(text.lower()) is not None
        return self.exact.search(text) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
        """The exact pattern's matches in ``text``: their spans are the same; on plain text, their
        groups are lower-cased."""
        if self._fast is not None and is_plain(text):
            return self._fast.finditer(text.lower())
        return self.exact.finditer(text)


def _plain_pattern(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` for stdlib ``re`` over lower-cased plain text, or None where it cannot be written so.

    A letter lookaround (``(?<!\\p{L})``) becomes one of "a word character but a digit or ``_``", which on
    plain text is a letter.
    """
    if not is_plain(pattern):
        return None
    written = pattern.lower().replace(r"(?<!\p{l})", r"(?<![^\W\d_])").replace(r"(?!\p{l})", r"(?![^\W\d_])")
    if "\\p" in written:
        return None
    return re.compile(written)
