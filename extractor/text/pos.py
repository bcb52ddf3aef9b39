"""POS tags for words already segmented, with underthesea's CRF model and our own feature extraction.

``underthesea.pos_tag`` segments its input again before tagging; handing the
tagger the words we already hold halves the cost and keeps one segmentation.
Its feature extraction is the other half: for every word and every template
it re-parses the template with a regular expression and rebuilds the columns
of the whole sentence. :func:`features` computes the very same feature strings
(the tests compare them with underthesea's on a table of sentences) from
templates parsed once, so tags are identical at a fraction of the cost.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from extractor.text.underthesea_parts import load_parts

__all__ = ["features", "tag_segmented"]

# underthesea's template syntax: T[i] or T[i,j], an optional column [c], an optional .function
_TEMPLATE = re.compile(r"T\[(?P<index1>-?\d+)(,(?P<index2>-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")
# The tagger reads (word, label) rows; the label column holds this placeholder when predicting.
_PLACEHOLDER_LABEL = "X"


def _is_title(word: str) -> bool:
    # True when every space-separated syllable starts with a title-case letter; an empty syllable
    # (two spaces) makes underthesea's version raise and answer False, and so does this one.
    syllables = word.split(" ")
    return bool(word) and all(s and s[0].istitle() for s in syllables)


_FUNCTIONS: dict[str, Callable[[str], object]] = {"lower": str.lower, "istitle": _is_title}


@functools.cache
def _parsed(template: tuple[str, ...]) -> list[tuple[str, int, int | None, int, Callable | None]]:
    parsed = []
    for syntax in template:
        match = _TEMPLATE.match(syntax)
        if match is None:
            raise ValueError(f"not a feature template: {syntax!r}")
        index2 = match.group("index2")
        function = match.group("function")
        parsed.append((
            f"{syntax}=",
            int(match.group("index1")),
            int(index2) if index2 else None,
            int(match.group("column") or 0),
            _FUNCTIONS[function] if function else None,
        ))
    return parsed


def features(words: list[str], template: tuple[str, ...]) -> list[list[str]]:
    """The feature strings of each word, exactly as underthesea's ``TaggedTransformer`` writes them."""
    columns = (words, [_PLACEHOLDER_LABEL] * len(words))
    size = len(words)
    rows = []
    for i in range(size):
        row = []
        for prefix, index1, index2, column, function in _parsed(template):
            first = i + index1
            if first < 0:
                row.append(f"{prefix}BOS")
                continue
            if first >= size or (index2 is not None and i + index2 >= size):
                row.append(f"{prefix}EOS")
                continue
            value = columns[column][first] if index2 is None else " ".join(columns[column][first : i + index2 + 1])
            row.append(f"{prefix}{function(value) if function else value}")
        rows.append(row)
    return rows


def tag_segmented(words: list[str]) -> list[str]:
    """POS tags for words already segmented, one tag a word (``["Tỉnh", "sáp nhập"]`` → ``["N", "V"]``)."""
    if not words:
        return []
    model, template = _pos_model()
    return model.tag(features(words, template))


@functools.cache
def _pos_model() -> tuple[Any, tuple[str, ...]]:
    """underthesea's CRF POS model and its feature template, loaded once per process on first use."""
    load_parts()
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    predictor = CRFPOSTagPredictor.Instance()
    return predictor.model, tuple(predictor.transformer.template)
