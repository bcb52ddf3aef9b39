"""Align the words a segmenter returns back onto the exact text they came from.

underthesea may rewrite what it returns (NFC, ``ð`` → ``đ``, syllables re-joined
by single spaces), so its strings cannot be trusted as offsets. Each word is
matched syllable by syllable against the text; where a rewrite makes the
exact match fail, a character-level alignment of the whole stretch decides.
"""

from __future__ import annotations

import difflib

__all__ = ["align_words"]


def align_words(text: str, words: list[str], offset: int = 0) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets in ``text`` (shifted by ``offset``) for each word.

    Every returned span is non-empty and spans never overlap; a word that cannot
    be placed at all is dropped from the result rather than given a wrong span.
    """
    spans = _align_exact(text, words)
    if spans is None:
        spans = _align_fuzzy(text, words)
    return [(start + offset, end + offset) for start, end in spans]


def _align_exact(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    spans: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if word and not word[0].isspace() and not word[-1].isspace() and text.startswith(word, pos):
            # the word as written, spaces and all (nearly always): syllable by syllable would end alike
            spans.append((pos, pos + len(word)))
            pos += len(word)
            continue
        start = None
        for syllable in word.split():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if not text.startswith(syllable, pos):
                return None
            if start is None:
                start = pos
            pos += len(syllable)
        if start is not None:
            spans.append((start, pos))
    return spans


def _align_fuzzy(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Map word characters onto text characters with difflib, ignoring whitespace."""
    text_chars = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    word_chars: list[tuple[int, str]] = []
    for index, word in enumerate(words):
        word_chars.extend((index, ch) for ch in word if not ch.isspace())
    matcher = difflib.SequenceMatcher(
        None, [ch for _, ch in word_chars], [ch for _, ch in text_chars], autojunk=False
    )
    # For each word, the text positions its characters map to (matched or replaced).
    positions: dict[int, list[int]] = {}
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "insert":
            continue
        for k in range(a0, a1):
            if tag == "delete":
                continue
            j = b0 + min(k - a0, b1 - b0 - 1) if tag == "replace" else b0 + (k - a0)
            positions.setdefault(word_chars[k][0], []).append(text_chars[j][0])
    spans: list[tuple[int, int]] = []
    last_end = 0
    for index in range(len(words)):
        mapped = positions.get(index)
        if not mapped:
            continue
        start, end = max(min(mapped), last_end), max(mapped) + 1
        if start >= end:
            continue
        spans.append((start, end))
        last_end = end
    return spans
