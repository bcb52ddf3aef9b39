"""The five Vietnamese tone marks, and taking them off a word.

Normalisation, the glued-word splitter, legacy-encoding detection and the
evaluation all need to see a syllable without its tone (``ế`` → ``ê``); they
share this one definition instead of each spelling the marks out.
"""

from __future__ import annotations

import unicodedata

__all__ = ["TONE_MARKS", "count_tones", "strip_tones"]

# As combining characters: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng).
TONE_MARKS = frozenset({"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})


def strip_tones(text: str) -> str:
    """``text`` without tone marks, vowel shapes and case kept: ``Việt`` → ``Viêt``."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))


def count_tones(text: str) -> int:
    """How many tone marks ``text`` carries (a well-formed syllable has at most one)."""
    return sum(1 for ch in unicodedata.normalize("NFD", text) if ch in TONE_MARKS)
