"""Sentences that report a restructuring only as a rumour, deny it, or ask about it: they state no event.

``Thông tin sáp nhập Trường A với Trường B là không chính xác``, ``Theo thông tin lan truyền, A và B hợp
thành C``, ``Bộ bác bỏ thông tin hợp nhất tỉnh A và tỉnh B``: the merge did not happen. A denial that
points back (``Trường A sẽ sáp nhập vào Trường B. Thông tin này là sai sự thật.``) takes back the
sentence before it. A question that asks which body or when (``Tỉnh nào được tách ra từ tỉnh A?``) states none
either. Words come from ``triggers.yaml`` (``hearsay_markers``, ``hearsay_back_references``, ``question_words``).
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import event_lexicon
from extractor.text.caseless import CaselessSearch

__all__ = ["asked_sentences", "hearsay_sentences"]


@functools.cache
def _pattern(key: str) -> CaselessSearch:
    words = [r"\s+".join(map(regex.escape, w.split())) for w in event_lexicon()[key]]
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return CaselessSearch(regex.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", regex.IGNORECASE))


def hearsay_sentences(texts: list[str]) -> set[int]:
    """Indices of the sentences in ``texts`` whose events are rumoured or denied.

    >>> sorted(hearsay_sentences(["Thông tin sáp nhập Trường A với Trường B là sai.", "Trường C mở cửa."]))
    [0]
    """
    marked = _pattern("hearsay_markers")
    back = _pattern("hearsay_back_references")
    found: set[int] = set()
    for index, text in enumerate(texts):
        if not marked(text):
            continue
        found.add(index)
        if index > 0 and back(text):
            found.add(index - 1)
    return found


def asked_sentences(texts: list[str]) -> set[int]:
    """Indices of the sentences in ``texts`` that ask which body or when, ending in a question mark.

    A question after a comma asks about its own clause: ``Sáp nhập A và B, đặt tên thế nào?`` states the merge.

    >>> sorted(asked_sentences(["Huyện nào được sáp nhập vào tỉnh A?", "Vì sao sáp nhập Trường B?"]))
    [0]
    """
    asked = _pattern("question_words")
    return {index for index, text in enumerate(texts) if text.rstrip().endswith("?") and "," not in text and asked(
        text)}
