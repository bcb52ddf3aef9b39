"""spaCy training data: a ``DocBin`` with facts as the span group ``facts`` and organizations as ``doc.ents``.

Load it for training or inspection with::

    from spacy.tokens import DocBin
    from extractor.text.spacy_doc import make_nlp
    docs = list(DocBin().from_disk("records.spacy").get_docs(make_nlp().vocab))
    docs[0].spans["facts"]      # FACT spans;  docs[0].ents: ORG spans
    docs[0].user_data["facts"]  # value, unit, change and kind of each fact, by position

Tokens are the project's Vietnamese words (``extractor.VietnameseTokenizer.v1``);
a span that cuts a token is widened to whole tokens.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from extractor.export.reading import require_text
from extractor.export.spans import fact_spans, nlp, org_spans, to_tokens

__all__ = ["FACTS_GROUP", "record_doc", "write_docbin"]

FACTS_GROUP = "facts"


def record_doc(record: dict[str, Any]) -> Doc:
    """One article as a spaCy ``Doc`` carrying its facts, organizations and ``doc_id``."""
    doc = nlp()(require_text(record))
    facts = fact_spans(record)
    fact_tokens = [doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand") for f in facts]
    doc.spans[FACTS_GROUP] = [span for span in fact_tokens if span is not None and len(span)]
    doc.ents = to_tokens(doc, org_spans(record))
    doc.user_data["doc_id"] = record.get("doc_id")
    doc.user_data["facts"] = [
        {"start": f.start, "end": f.end, **{k: v for k, v in f.attrs.items() if v is not None}} for f in facts
    ]
    return doc


def write_docbin(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write the articles of ``records`` to ``path``; returns how many docs were written."""
    docbin = DocBin(store_user_data=True)
    for record in records:
        docbin.add(record_doc(record))
    docbin.to_disk(path)
    return len(docbin)
