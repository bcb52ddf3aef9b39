"""Sentences that report a restructuring only as a rumour, or deny it: they state no event.

``Thông tin sáp nhập Trường A với Trường B là không chính xác``, ``Theo thông tin lan truyền, A và B hợp
thành C``, ``Bộ bác bỏ thông tin hợp nhất tỉnh A và tỉnh B``: the merge did not happen. A denial that
points back (``Trường A sẽ sáp nhập vào Trường B. Thông tin này là sai sự thật.``) takes back the
sentence before it. Words come from ``triggers.yaml`` (``hearsay_markers``, ``hearsay_back_references``).
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import event_lexicon
from extractor.text.caseless import CaselessSearch

__all__ = ["hearsay_sentences"]


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
