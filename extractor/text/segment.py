"""Split text into sentences and words with underthesea, at exact character offsets.

underthesea returns rewritten strings, so every unit it returns is aligned
back onto the text (:mod:`extractor.text.align`). ``use_token_normalize`` is
switched off so that the words stay as close to the text as possible.
"""

from __future__ import annotations

from underthesea import pos_tag, sent_tokenize, word_tokenize

from extractor.text.align import align_words

__all__ = ["split_sentences", "split_words", "tag_words"]


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, shifted by ``offset``."""
    if not text.strip():
        return []
    return align_words(text, sent_tokenize(text), offset)


def split_words(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Word spans of one sentence, shifted by ``offset`` (a word may hold several syllables)."""
    if not text.strip():
        return []
    return align_words(text, word_tokenize(text, use_token_normalize=False), offset)


def tag_words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Word spans with their underthesea POS tag (``N``, ``V``, ``M``, ``Np``, ...)."""
    if not text.strip():
        return []
    tagged = pos_tag(text)
    spans = align_words(text, [word for word, _ in tagged], offset)
    if len(spans) != len(tagged):
        # A word that could not be placed: fall back to positional tags on the words we have.
        return [(start, end, "X") for start, end in spans]
    return [(start, end, tag) for (start, end), (_, tag) in zip(spans, tagged)]
