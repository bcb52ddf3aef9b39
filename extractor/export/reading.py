"""Reading extractor output for export, and the one error an export can raise.

Exports read the JSONL that ``extractor extract`` or ``extractor batch`` wrote.
Text formats (spaCy, CoNLL-U, sentence examples) rebuild tokens from the
record's ``text``, which is only there when the records were made with
``--include-text``; without it the export stops with :class:`ExportError`
saying so, rather than writing spans that point into nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extractor.errors import ExtractorError
from extractor.io.record_files import iter_json_objects

__all__ = ["ExportError", "article_records", "iter_records", "require_text"]


class ExportError(ExtractorError):
    """An export that cannot be made from the given records; the message says what to do."""


def iter_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Every record of a JSONL file, error records included, in file order."""
    return iter_json_objects(path, ExportError)


def article_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records that describe an article (error records have no text or spans to export)."""
    return (record for record in iter_records(path) if "error" not in record)


def require_text(record: dict[str, Any]) -> str:
    """The record's normalised text, or an :class:`ExportError` naming the missing option."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ExportError(
            f"record {record.get('doc_id')!r} has no 'text': this format rebuilds tokens from the article "
            "text, so make the records with `extractor extract --include-text` (or batch --include-text)"
        )
    return text
