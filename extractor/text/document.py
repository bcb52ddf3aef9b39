"""The article as every later stage sees it: normalised text, lines, sentences, words.

A :class:`Document` is built once per article. Words are computed lazily, a
stretch of a sentence at a time (:mod:`extractor.text.stretches`), and POS tags
word by word (:meth:`Document.pos_at`),
because tagging costs about ten times the segmentation and most sentences
carry no figure and no restructuring.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

import regex

from extractor.metadata import Metadata, read_metadata
from extractor.text.boilerplate import LineKind, classify_lines, furniture_start, repeat_key, wrapped_lines
from extractor.text.normalize import as_written, normalize_text
from extractor.text.pos import tag_segmented
from extractor.text.segment import split_sentences, split_words
from extractor.text.stretches import SentenceWords
from extractor.text.truecase import recase_shouted_lines

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Document", "Line", "Sentence", "Word"]

# Captions are article text (a figure in a caption counts); furniture, residue and bylines are not.
CONTENT_KINDS = frozenset({LineKind.BODY, LineKind.TITLE, LineKind.CAPTION})
# A sentence at least this long that repeats an earlier one word for word is a scraper's double print.
_MIN_REPEAT_CHARS = 20
_LETTER = regex.compile(r"\p{L}")
# Lines at the top of a text where a headline given apart from it may already stand.
_TITLE_SEARCH_LINES = 12
# Words either side of a word whose POS tag is wanted (see Document.pos_at).
_POS_WINDOW = 5


def _quote_as_written(metadata: Metadata, raw: str) -> None:
    """The title and the bylines with the tone placement the page wrote them in: they are quoted, not read."""
    if metadata.title:
        metadata.title = as_written(metadata.title, raw)
    metadata.authors = [replace(a, name=as_written(a.name, raw)) for a in metadata.authors]


@dataclass(frozen=True)
class Line:
    """One line of the normalised text and what it is."""

    start: int
    end: int
    kind: LineKind


@dataclass(frozen=True)
class Sentence:
    """A sentence of article text; ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str
    is_title: bool = False


@dataclass(frozen=True)
class Word:
    """An underthesea word (one or more syllables) at exact offsets, with its POS tag if tagged."""

    start: int
    end: int
    text: str
    pos: str | None = None


@dataclass
class Document:
    """Normalised article text with its structure; see the module docstring."""

    text: str
    lines: list[Line]
    sentences: list[Sentence]
    metadata: Metadata
    _words: dict[tuple[int, int], SentenceWords] = field(default_factory=dict, repr=False)
    _tags: dict[int, str | None] = field(default_factory=dict, repr=False)

    @classmethod
    def from_text(
        cls,
        raw: str,
        *,
        published_at: datetime | str | None = None,
        title: str | None = None,
        authors: list[str] | None = None,
    ) -> Document:
        """Normalise ``raw``, mark its lines, read its metadata and split its sentences.

        ``published_at`` (from a news-please record, say) wins over a date found in the text.
        """
        text = normalize_text(raw)
        if title:
            title = " ".join(normalize_text(title).split())
            if title and title not in text.split("\n")[:_TITLE_SEARCH_LINES]:
                # A feed gives the headline apart from the body; the headline is article text
                # too (its figures count), so it becomes the first line that spans point into.
                text = f"{title}\n\n{text}"
        line_texts = text.split("\n")
        kinds = classify_lines(line_texts)
        metadata = read_metadata(line_texts, kinds, published_at=published_at, title=title, authors=authors)
        _quote_as_written(metadata, raw)
        # the metadata keeps a headline as written; the later stages read a shouted line in the case of running text
        recased = recase_shouted_lines(line_texts, [kind in CONTENT_KINDS for kind in kinds])
        if recased is not line_texts:
            line_texts, text = recased, "\n".join(recased)
        lines: list[Line] = []
        sentences: list[Sentence] = []
        seen: set[str] = set()
        start = 0
        wrapped = wrapped_lines(line_texts, kinds)
        for index, (line_text, kind) in enumerate(zip(line_texts, kinds)):
            end = start + len(line_text)
            lines.append(Line(start, end, kind))
            if index in wrapped:
                start = end + 1
                continue  # read with the line it goes on from
            block_end = end
            following = index + 1
            while following in wrapped:  # a paragraph hard-wrapped over several lines is read as one
                block_end += 1 + len(line_texts[following])
                following += 1
            if kind in CONTENT_KINDS:
                for s, e in split_sentences(text[start:block_end], start):
                    cut = furniture_start(text[s:e])
                    if cut is not None:
                        e = s + len(text[s : s + cut].rstrip(" .,;:-–—|…"))
                        if e <= s or not _LETTER.search(text, s, e):
                            continue
                    key = repeat_key(text[s:e])
                    if len(key) >= _MIN_REPEAT_CHARS and key in seen:
                        continue
                    seen.add(key)
                    sentences.append(Sentence(s, e, text[s:e], is_title=kind is LineKind.TITLE))
            start = end + 1
        return cls(text=text, lines=lines, sentences=sentences, metadata=metadata)

    @property
    def published_at(self) -> datetime | None:
        return self.metadata.published_datetime

    def words(self, sentence: Sentence) -> list[Word]:
        """underthesea words of ``sentence`` at exact offsets (computed once, then cached)."""
        return [self._word(span) for span in self._sentence_words(sentence).all()]

    def words_after(self, sentence: Sentence, position: int) -> Iterator[Word]:
        """The words of ``sentence`` that end after ``position``, in order; only the stretches read are segmented."""
        return (self._word(span) for span in self._sentence_words(sentence).after(position))

    def word_before(self, sentence: Sentence, position: int) -> Word | None:
        """The last word of ``sentence`` that ends at or before ``position``."""
        span = next(self._sentence_words(sentence).before(position), None)
        return None if span is None else self._word(span)

    def pos_at(self, sentence: Sentence, start: int) -> str | None:
        """The POS tag of the word of ``sentence`` that starts at ``start`` (None if no word does).

        Tagging a whole long sentence to learn one word's tag is the costliest step of
        a batch; underthesea's tagger looks two words either side (and three tags
        back), so a window of a few words around the word gives it the same evidence.
        Each word is tagged at most once per document.
        """
        if start not in self._tags:
            spans, index = self._sentence_words(sentence).around(start, _POS_WINDOW)
            if index is None:
                self._tags[start] = None
            else:
                low, high = max(0, index - _POS_WINDOW), index + _POS_WINDOW + 1
                self._tags[start] = tag_segmented([self.text[s:e] for s, e in spans[low:high]])[index - low]
        return self._tags[start]

    def _sentence_words(self, sentence: Sentence) -> SentenceWords:
        key = (sentence.start, sentence.end)
        if key not in self._words:
            self._words[key] = SentenceWords(sentence.text, sentence.start, split_words)
        return self._words[key]

    def _word(self, span: tuple[int, int]) -> Word:
        return Word(span[0], span[1], self.text[span[0]:span[1]])

    @functools.cached_property
    def spacy_doc(self) -> Doc:
        """A spaCy ``Doc`` over the whole text whose tokens are the words of the sentences."""
        from extractor.text.spacy_doc import build_doc

        spans: list[tuple[int, int]] = []
        for sentence in self.sentences:
            spans.extend((w.start, w.end) for w in self.words(sentence))
        return build_doc(self.text, spans, [(s.start, s.end) for s in self.sentences])
