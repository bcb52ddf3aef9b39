"""CoNLL-U: one sentence block per body sentence, facts and organizations as BIO tags in MISC.

Each token line has ``_`` in every column except ID, FORM and MISC; MISC holds
``Fact=B-FACT|I-FACT|O`` and ``Org=B-ORG|I-ORG|O``, plus ``SpaceAfter=No``
where no space follows, so the sentence text can be rebuilt. Comments give
``sent_id`` (``doc_id-N``), ``doc_id`` (on the first sentence of each article),
``text``, and ``char_offset``: where the sentence starts in the record's text.
Tokens are the project's Vietnamese words; as in the Vietnamese UD treebank, a
FORM may contain spaces (``thủ tục``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from extractor.export.reading import require_text
from extractor.export.spans import FACT, ORG, body_sentences, fact_spans, nlp, org_spans, to_tokens

__all__ = ["record_blocks", "write_conllu"]


def _bio(doc: Doc, spans: list[Span]) -> list[str]:
    tags = ["O"] * len(doc)
    for span in spans:
        tags[span.start] = f"B-{span.label_}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label_}"
    return tags


def _clean(form: str) -> str:
    # A FORM cannot hold a tab or newline; other whitespace is kept as in the text.
    return " ".join(form.split()) or "_"


def record_blocks(record: dict[str, Any]) -> Iterator[str]:
    """The CoNLL-U sentence blocks of one article (each ends with a blank line)."""
    text = require_text(record)
    doc = nlp()(text)
    layers = {
        FACT: _bio(doc, to_tokens(doc, fact_spans(record))),
        ORG: _bio(doc, to_tokens(doc, org_spans(record))),
    }
    doc_id = record.get("doc_id")
    for number, (start, end) in enumerate(body_sentences(text), 1):
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None:
            continue
        tokens = [t for t in sentence if not t.is_space]
        if not tokens:
            continue
        lines = [f"# sent_id = {doc_id}-{number}"]
        if number == 1:
            lines.append(f"# doc_id = {doc_id}")
        lines += [f"# text = {_clean(text[start:end])}", f"# char_offset = {start}"]
        for index, token in enumerate(tokens, 1):
            misc = [f"Fact={layers[FACT][token.i]}", f"Org={layers[ORG][token.i]}"]
            if not token.whitespace_ and token is not tokens[-1] and not doc[token.i + 1].is_space:
                misc.append("SpaceAfter=No")
            lines.append("\t".join([str(index), _clean(token.text), *["_"] * 7, "|".join(misc)]))
        yield "\n".join(lines) + "\n\n"


def write_conllu(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write every article of ``records`` to ``path``; returns the number of sentences."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            for block in record_blocks(record):
                out.write(block)
                count += 1
    return count
