"""The words of one sentence, segmented a stretch at a time and only where asked.

A figure's unit is read from the few words after it, and a POS tag from a few words around
one word; segmenting a whole long sentence for that costs most of the time spent on words.
A sentence is therefore cut into stretches at commas, semicolons, colons, brackets and
quotes, and a stretch is segmented when a word of it is first asked for. underthesea's
segmenter (a CRF) reads two syllables either side of each syllable, so a stretch is
segmented with a margin of one piece of text on each side and keeps only the words
inside it: the words are the ones the whole sentence gives (no difference over the 6,541
sentences of 200 bulk articles and the dev and sectors corpora, with a margin of three,
two or even one piece; with one piece instead of two, the records of the 405 bulk articles,
the dev, sectors and own corpora and 1,434 sample articles stayed the same, and 9% fewer
syllables are segmented, the segmenter's cost growing with them). Should a word still cross
a stretch's edge, the whole sentence is segmented at once instead.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import regex

__all__ = ["SentenceWords"]

Span = tuple[int, int]

# A stretch ends after ",", ";" or ":" that a space follows, after an opening bracket or quote that a space
# precedes, and after a closing one that a space (or the end) follows; "1,5" and "12:30" are not cut.
_CUT = regex.compile(r"(?<=\S)[,;:](?=\s)|(?<=\s)[(“\"]|[)”\"](?=\s|$)")
# Pieces of text (runs without spaces) segmented on each side of a stretch as context.
_MARGIN_PIECES = 1
_PIECE = regex.compile(r"\S+")


class SentenceWords:
    """Word spans of one sentence (document offsets), segmented stretch by stretch on demand.

    ``segment(text, offset)`` is the segmenter: it returns the word spans of ``text`` shifted by ``offset``.
    """

    def __init__(self, text: str, offset: int, segment: Callable[[str, int], list[Span]]) -> None:
        self._text = text
        self._offset = offset
        self._segment = segment
        cuts = [0, *(m.end() for m in _CUT.finditer(text)), len(text)]
        self._bounds = [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]
        self._stretches: dict[int, list[Span]] = {}
        self._whole: list[Span] | None = None

    def all(self) -> list[Span]:
        """Every word span of the sentence, in order."""
        if self._whole is not None:
            return self._whole
        return [span for index in range(len(self._bounds)) for span in self._stretch(index)]

    def after(self, position: int) -> Iterator[Span]:
        """The spans that end after ``position`` (a document offset), in order, segmenting as they are read."""
        first = self._index_at(position - self._offset)
        for index in range(first, len(self._bounds)):
            for span in self._stretch(index):
                if span[1] > position:
                    yield span

    def before(self, position: int) -> Iterator[Span]:
        """The spans that end at or before ``position``, last first, segmenting as they are read."""
        last = self._index_at(position - self._offset)
        for index in range(min(last, len(self._bounds) - 1), -1, -1):
            for span in reversed(self._stretch(index)):
                if span[1] <= position:
                    yield span

    def around(self, start: int, reach: int) -> tuple[list[Span], int | None]:
        """Spans around the word starting at ``start``, at least ``reach`` either side where the sentence has them,
        and that word's index among them (None when no word starts there)."""
        first = last = self._index_at(start - self._offset)
        if first >= len(self._bounds):
            return [], None
        spans = list(self._stretch(first))
        index = next((i for i, span in enumerate(spans) if span[0] == start), None)
        if index is None:
            return spans, None
        while index < reach and first > 0:
            first -= 1
            earlier = self._stretch(first)
            spans[:0] = earlier
            index += len(earlier)
        while len(spans) - index - 1 < reach and last + 1 < len(self._bounds):
            last += 1
            spans.extend(self._stretch(last))
        return spans, index

    def _index_at(self, relative: int) -> int:
        """The stretch holding the character at ``relative`` (sentence offset); the next one in a gap."""
        return next((i for i, (_, b) in enumerate(self._bounds) if relative < b), len(self._bounds))

    def _stretch(self, index: int) -> list[Span]:
        if self._whole is not None:
            a, b = self._bounds[index]
            return [span for span in self._whole if a + self._offset <= span[0] < b + self._offset]
        if index not in self._stretches:
            a, b = self._bounds[index]
            low = self._margin_start(a)
            high = self._margin_end(b)
            spans = self._segment(self._text[low:high], self._offset + low)
            inside = [s for s in spans if a + self._offset <= s[0] and s[1] <= b + self._offset]
            crossing = any(s[0] < a + self._offset < s[1] or s[0] < b + self._offset < s[1] for s in spans)
            if crossing:
                self._whole = self._segment(self._text, self._offset)
                return self._stretch(index)
            self._stretches[index] = inside
        return self._stretches[index]

    def _margin_start(self, a: int) -> int:
        pieces = [m.start() for m in _PIECE.finditer(self._text, 0, a)]
        return pieces[-_MARGIN_PIECES] if len(pieces) >= _MARGIN_PIECES else 0

    def _margin_end(self, b: int) -> int:
        ends = [m.end() for m in _PIECE.finditer(self._text, b)][:_MARGIN_PIECES]
        return ends[-1] if len(ends) == _MARGIN_PIECES else len(self._text)
