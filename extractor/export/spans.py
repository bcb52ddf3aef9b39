"""What the text exports mark in an article: facts and organization mentions as labelled spans.

Every span is ``[start, end)`` into the record's normalised ``text``. One
scheme serves every format: facts are labelled ``FACT`` (their value, unit,
change and kind travel as attributes where the format has room), organization
mentions ``ORG``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

__all__ = ["FACT", "ORG", "LabelledSpan", "body_sentences", "fact_spans", "nlp", "org_spans", "to_tokens"]

FACT = "FACT"
ORG = "ORG"


@dataclass(frozen=True)
class LabelledSpan:
    """A character span with its label and the attributes an annotation tool may show."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def fact_spans(record: dict[str, Any]) -> list[LabelledSpan]:
    """The record's facts, in text order."""
    spans = []
    for fact in record.get("facts") or []:
        start, end = fact["span"]
        change = fact.get("change")
        attrs = {
            "id": fact.get("id"),
            "value": fact.get("value"),
            "unit": fact.get("unit"),
            "quantity_kind": fact.get("quantity_kind"),
            "change": change.get("direction") if isinstance(change, dict) else None,
        }
        spans.append(LabelledSpan(start, end, FACT, attrs))
    return sorted(spans, key=lambda s: (s.start, s.end))


def org_spans(record: dict[str, Any]) -> list[LabelledSpan]:
    """Every mention of every organization, in text order."""
    spans = [
        LabelledSpan(start, end, ORG, {"org": org.get("id"), "name": org.get("name")})
        for org in record.get("organizations") or []
        for start, end in org.get("mentions") or []
    ]
    return sorted(spans, key=lambda s: (s.start, s.end))


@cache
def nlp() -> Language:
    """The project's tokenizer pipeline, built once per process."""
    from extractor.text.spacy_doc import make_nlp

    return make_nlp()


def to_tokens(doc: Doc, spans: list[LabelledSpan]) -> list[Span]:
    """spaCy spans over whole tokens (expanded where a span cuts a token); overlaps keep the longest."""
    out = []
    for span in spans:
        token_span = doc.char_span(span.start, span.end, label=span.label, alignment_mode="expand")
        if token_span is not None and len(token_span):
            out.append(token_span)
    return sorted(filter_spans(out), key=lambda s: s.start)


def body_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of the article body, as the extractor segments it (boilerplate lines left out).

    The record's text is already normalised, so segmenting it again gives the
    same offsets; if it ever does not, each non-empty line is one sentence.
    """
    from extractor.text.document import Document

    document = Document.from_text(text)
    if document.text == text:
        return [(s.start, s.end) for s in document.sentences]
    lines, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines
