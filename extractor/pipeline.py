"""One article through every stage: read → normalise → segment → recognise → relate → check → record.

:func:`extract` is the public entry point; :func:`extract_input` is what the
CLI and the batch engines call for each input item. Neither lets a bad
article raise: an unreadable one becomes an error record.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from extractor.check.rules import run_checks
from extractor.errors import InputError, InvalidRecord
from extractor.events import find_events
from extractor.extraction.abbreviations import find_abbreviations
from extractor.extraction.facts import find_facts
from extractor.recognize.organizations import find_organizations
from extractor.record import article_record, content_doc_id, error_record
from extractor.schema import record_problems
from extractor.settings import SETTINGS
from extractor.text.document import Document

__all__ = ["extract", "extract_document", "extract_input"]

log = logging.getLogger(__name__)


def extract_document(document: Document) -> dict[str, list[dict[str, Any]]]:
    """The recognition and relation stages over one document."""
    abbreviations = find_abbreviations(document)
    organizations = find_organizations(document)
    facts = find_facts(document, organizations, abbreviations)
    events = find_events(document, organizations)
    return {
        "abbreviations": abbreviations,
        "organizations": organizations,
        "facts": facts,
        "events": events,
        "checks": run_checks(facts, document.text),
    }


def _check_text(text: object, doc_id: str) -> str:
    if not isinstance(text, str):
        raise InputError("not_text", f"the article text is a {type(text).__name__}, not a string", doc_id=doc_id)
    if len(text) > SETTINGS.max_input_chars:
        raise InputError(
            "too_large",
            f"the article has {len(text):,} characters, over the limit of {SETTINGS.max_input_chars:,} "
            "(set EXTRACTOR_MAX_INPUT_CHARS to raise it)",
            doc_id=doc_id,
        )
    if not text.strip():
        raise InputError("empty", "the article has no text", doc_id=doc_id)
    return text


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    html: bool = False,
    published_at: datetime | str | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
    include_text: bool = False,
    source: dict[str, Any] | None = None,
    validate: bool = True,
) -> dict[str, Any]:
    """Extract the record of one article (SPEC section 2); never raises for bad input.

    >>> extract("Tỉnh đã cắt giảm 603 ngày giải quyết.")["doc_id"]  # doctest: +SKIP
    '3f1c...'
    """
    if doc_id is None:
        doc_id = content_doc_id(text) if isinstance(text, str) else "unknown"
    try:
        if html:
            from extractor.io.html import html_to_text

            text, hints = html_to_text(_check_text(text, doc_id))
            title = title or hints.get("title")
            published_at = published_at or hints.get("published_at")
            authors = authors or hints.get("authors") or None
        document = Document.from_text(
            _check_text(text, doc_id), published_at=published_at, title=title, authors=authors
        )
    except InputError as error:
        return error_record(doc_id, error.kind, error.message, source)
    parts = extract_document(document)
    record = article_record(
        doc_id,
        metadata=document.metadata.as_json(),
        warnings=[],
        text=document.text if include_text else None,
        source=source,
        **parts,
    )
    if validate:
        problems = record_problems(record)
        if problems:
            log.error("record %s does not validate: %s", doc_id, problems)
            raise InvalidRecord(doc_id, problems)
    return record


def extract_input(item: Any, *, include_text: bool = False) -> dict[str, Any]:
    """The record for one item of :func:`extractor.io.readers.iter_inputs` (an article or an error)."""
    if isinstance(item, InputError):
        return error_record(item.doc_id or "unknown", item.kind, item.message)
    try:
        return extract(
            item.text,
            doc_id=item.doc_id,
            published_at=item.published_at,
            title=item.title,
            authors=item.authors or None,
            include_text=include_text,
            source=item.source or None,
        )
    except InvalidRecord as error:
        # A bug of ours must not lose the article: report it in its place.
        return error_record(item.doc_id, "invalid_record", str(error))
    except Exception as error:  # a bug in one stage must cost one article, not the run
        log.exception("article %s: extraction failed", item.doc_id)
        return error_record(item.doc_id or "unknown", "internal", f"extraction failed: {type(error).__name__}: {error}")
