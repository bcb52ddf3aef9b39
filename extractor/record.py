"""The output record of one article, and the error record that stands in for an unreadable one."""

from __future__ import annotations

import hashlib
from typing import Any

from extractor.schema import SCHEMA_VERSION

__all__ = ["article_record", "content_doc_id", "error_record"]


def content_doc_id(text: str) -> str:
    """A stable id for an article given without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def error_record(doc_id: str, kind: str, message: str, source: dict[str, Any] | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc_id,
        "error": {"kind": kind, "message": message},
    }
    if source:
        record["source"] = source
    return record


def article_record(
    doc_id: str,
    *,
    metadata: dict[str, Any],
    abbreviations: list[dict[str, Any]],
    organizations: list[dict[str, Any]],
    facts: list[dict[str, Any]],
    events: list[dict[str, Any]],
    checks: list[dict[str, Any]],
    warnings: list[str],
    text: str | None = None,
    source: dict[str, Any] | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc_id,
        "metadata": metadata,
        "abbreviations": abbreviations,
        "organizations": organizations,
        "facts": facts,
        "events": events,
        "checks": checks,
        "warnings": warnings,
    }
    if text is not None:
        record["text"] = text
    if source:
        record["source"] = source
    return record
