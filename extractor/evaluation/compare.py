"""How gold and predicted items are compared: names, numbers and units, exactly as the referee does.

The referee scorer (``../shared/eval/score.py``) defines the evaluation; these
comparisons follow its rules so that ``extractor eval`` and the referee never
disagree: lower case, NFC, folded whitespace and dashes, the old tone placement
on ``oa``/``oe``/``uy`` moved to the first vowel, and a name similarity of at
least 0.88 (``difflib`` ratio) for names that are not equal.
"""

from __future__ import annotations

import difflib
import math
import unicodedata
from collections.abc import Iterable
from typing import Any

from extractor.lang.vi.tones import TONE_MARKS

__all__ = ["NAME_SIMILARITY", "PRF", "normalize_for_match", "prf", "same_name", "same_value", "unit_accepted"]

NAME_SIMILARITY = 0.88

# Vowel pairs whose tone the old convention puts on the second vowel.
_PAIRS = (("o", "a"), ("u", "y"), ("o", "e"))


def _tone_folds() -> tuple[tuple[str, str], ...]:
    """``oà`` → ``òa`` and the like, generated from the combining marks rather than listed."""
    folds = []
    for first, second in _PAIRS:
        for tone in sorted(TONE_MARKS):
            old = first + unicodedata.normalize("NFC", second + tone)
            new = unicodedata.normalize("NFC", first + tone) + second
            folds.append((old, new))
    return tuple(folds)


_FOLDS = _tone_folds()
# Scraped text often writes the Icelandic eth for the Vietnamese d with stroke.
_ETH, _D_STROKE = "\u00f0", "\u0111"
_DASHES = {"\u2013": "-", "\u2014": "-"}


def normalize_for_match(text: Any) -> str:
    """The form in which two names or units are compared; ``None`` becomes ``""``."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFC", str(text)).lower()
    for old, new in _FOLDS:
        folded = folded.replace(old, new)
    folded = folded.replace(_ETH, _D_STROKE)
    for dash, plain in _DASHES.items():
        folded = folded.replace(dash, plain)
    return " ".join(folded.split())


def same_value(gold: Any, pred: Any) -> bool:
    """Numbers equal up to float rounding; anything that is not a number never matches."""
    try:
        a, b = float(gold), float(pred)
    except (TypeError, ValueError):
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_name(gold: str | None, pred: str | None) -> bool:
    """Equal after normalisation, or similar enough (``Trường THPT Hòa An`` ~ ``trường THPT Hoà An``)."""
    a, b = normalize_for_match(gold), normalize_for_match(pred)
    if not a or not b:
        return False
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def unit_accepted(gold_fact: dict, pred_fact: dict) -> bool:
    """The prediction's ``unit`` (or one of them) or its ``unit_text`` is one of the gold's accepted units."""
    gold_units = gold_fact.get("unit")
    accepted: Iterable[Any] = [gold_units] if isinstance(gold_units, str) else (gold_units or [])
    allowed = {normalize_for_match(u) for u in accepted}
    said = [*_as_list(pred_fact.get("unit")), pred_fact.get("unit_text")]
    return any(normalize_for_match(u) in allowed for u in said)


PRF = dict[str, float | int]


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """Precision, recall, F1 (rounded to 4 places); an empty side that should be empty scores 1."""
    precision = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold,
            "p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}
