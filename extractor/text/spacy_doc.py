"""The spaCy side of segmentation: a ``Doc`` over the normalised text, and a registered tokenizer.

``spacy.blank("vi")`` needs pyvi; instead :class:`VietnameseTokenizer` is
registered as ``extractor.VietnameseTokenizer.v1`` and segments with
underthesea, so ``nlp = spacy.blank("xx", config=...)`` or :func:`make_nlp`
gives a pipeline whose tokens are Vietnamese words at exact offsets.
"""

from __future__ import annotations

import functools
import json

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["TOKENIZER_NAME", "VietnameseTokenizer", "build_doc", "make_nlp"]

TOKENIZER_NAME = "extractor.VietnameseTokenizer.v1"
_NON_SPACE = regex.compile(r"\S+")


def _cover(text: str, word_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word spans plus whitespace-split pieces for every stretch no word covers."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end in sorted(word_spans):
        if start < pos:
            continue
        spans.extend(m.span() for m in _NON_SPACE.finditer(text, pos, start))
        spans.append((start, end))
        pos = end
    spans.extend(m.span() for m in _NON_SPACE.finditer(text, pos))
    return spans


def build_doc(
    text: str,
    word_spans: list[tuple[int, int]],
    sentence_spans: list[tuple[int, int]] | None = None,
    vocab: Vocab | None = None,
) -> Doc:
    """A ``Doc`` whose text is exactly ``text`` and whose tokens start at the given words."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []

    def add_gap(gap: str) -> None:
        # one space after a token is its trailing space; any other whitespace is a token of its own
        if gap.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            starts.append(False)

    pos = 0
    sentence_starts = {start for start, _ in sentence_spans or []}
    for start, end in _cover(text, word_spans):
        add_gap(text[pos:start])
        words.append(text[start:end])
        spaces.append(False)
        starts.append(start in sentence_starts or "\n" in text[max(0, pos - 1) : start] or not words[:-1])
        pos = end
    add_gap(text[pos:])
    doc = Doc(vocab or _shared_vocab(), words=words, spaces=spaces)
    for token, is_start in zip(doc, starts):
        token.is_sent_start = bool(is_start) or token.i == 0
    return doc


@functools.cache
def _shared_vocab() -> Vocab:
    return make_nlp().vocab


class VietnameseTokenizer:
    """spaCy tokenizer that segments each line into underthesea words."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from extractor.text.segment import split_sentences, split_words

        spans: list[tuple[int, int]] = []
        sentences: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            for s, e in split_sentences(line, start):
                sentences.append((s, e))
                spans.extend(split_words(text[s:e], s))
            start += len(line) + 1
        return build_doc(text, spans, sentences, self.vocab)

    # The tokenizer has no settings of its own; these make nlp.to_disk / from_disk work.
    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return json.dumps({"name": TOKENIZER_NAME}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> VietnameseTokenizer:
        if json.loads(data.decode("utf-8")).get("name") != TOKENIZER_NAME:
            raise ValueError(f"these bytes are not a serialised {TOKENIZER_NAME}")
        return self

    def to_disk(self, path, *, exclude: tuple[str, ...] = ()) -> None:
        from pathlib import Path

        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path, *, exclude: tuple[str, ...] = ()) -> VietnameseTokenizer:
        from pathlib import Path

        return self.from_bytes(Path(path).read_bytes())


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_vietnamese_tokenizer():
    """Factory spaCy calls when a config names ``extractor.VietnameseTokenizer.v1``."""

    def make(nlp: Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


def make_nlp() -> Language:
    """A blank multi-language pipeline using the Vietnamese tokenizer."""
    return spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
