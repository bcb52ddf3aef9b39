"""Sentence-level examples for annotation tools (Prodigy, Label Studio, doccano after a rename).

One JSON object per body sentence::

    {"text": "Huyện đã rút ngắn 12 ngày giải quyết.",
     "spans": [{"start": 18, "end": 25, "label": "FACT", "value": 12, "unit": "ngày", ...}],
     "meta": {"doc_id": "001", "sentence": [812, 849]}}

``start``/``end`` are offsets into the example's ``text``; ``meta.sentence``
places the sentence in the record's text. Sentences without any span are kept:
they are the negative examples a model needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extractor.export.reading import require_text
from extractor.export.spans import body_sentences, fact_spans, org_spans

__all__ = ["record_examples", "write_examples"]


def record_examples(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The examples of one article, in text order."""
    text = require_text(record)
    spans = sorted(fact_spans(record) + org_spans(record), key=lambda s: (s.start, s.end))
    for start, end in body_sentences(text):
        inside = [s for s in spans if start <= s.start and s.end <= end]
        yield {
            "text": text[start:end],
            "spans": [
                {"start": s.start - start, "end": s.end - start, "label": s.label,
                 **{k: v for k, v in s.attrs.items() if v is not None}}
                for s in inside
            ],
            "meta": {"doc_id": record.get("doc_id"), "sentence": [start, end]},
        }


def write_examples(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write the examples of every article of ``records`` to ``path``; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            for example in record_examples(record):
                out.write(json.dumps(example, ensure_ascii=False) + "\n")
                count += 1
    return count
