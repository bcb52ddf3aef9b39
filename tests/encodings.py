"""Test helpers that write text the way legacy Vietnamese software does."""

from __future__ import annotations

import unicodedata

from extractor.lang.vi.tones import TONE_MARKS


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: vowel shapes precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        marks = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + marks)
    return "".join(out).encode("cp1258")
