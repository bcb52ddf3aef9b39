"""Errors a user can cause, and how they are reported.

Hierarchy::

    ExtractorError            base of everything the tool raises on purpose
    ├── InputError            an article that cannot be read; becomes an error record
    │     kind: "unreadable"     bytes that are binary or in no supported encoding
    │           "empty"          nothing but whitespace
    │           "bad_json"       a JSONL line or JSON file that does not parse
    │           "missing_text"   a record without "text", "html" or "maintext"
    │           "not_text"       a text field that is not a string
    │           "too_large"      over ``Settings.max_input_chars``
    │           "not_found"      a path that does not exist
    ├── InvalidRecord         an output record that fails the schema: a bug in the
    │                         extractor, raised in tests, an error record in production
    ├── BatchUsageError       (batch.runner) a batch asked for something impossible, e.g. an
    │                         output file that is also an input; exit status 2
    ├── BatchAborted          (batch.work) workers keep dying or cannot start; exit status 3
    ├── RecordFileError       (evaluation.records) a gold or prediction file that cannot be read
    ├── ExportError           (export.reading) records that cannot be exported, e.g. without text
    └── ReportInputError      (report.collect) a records file for ``extractor report`` that cannot be read

In a batch nothing raises past the reader: every ``InputError`` becomes one
record with ``doc_id`` and ``error: {kind, message}``.
"""

from __future__ import annotations

__all__ = ["INPUT_ERROR_KINDS", "ExtractorError", "InputError", "InvalidRecord"]

INPUT_ERROR_KINDS = ("unreadable", "empty", "bad_json", "missing_text", "not_text", "too_large", "not_found")


class ExtractorError(Exception):
    """Base class for every error the extractor raises on purpose."""


class InputError(ExtractorError):
    """An article that cannot be read; ``kind`` says why in one word."""

    def __init__(self, kind: str, message: str, *, doc_id: str | None = None) -> None:
        if kind not in INPUT_ERROR_KINDS:
            raise ValueError(f"unknown input error kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.doc_id = doc_id


class InvalidRecord(ExtractorError):
    """An output record that does not validate against the schema (a bug, never the user's fault)."""

    def __init__(self, doc_id: str, problems: list[str]) -> None:
        super().__init__(f"record {doc_id!r} does not validate: " + "; ".join(problems))
        self.doc_id = doc_id
        self.problems = problems
