"""Reading gold and prediction files: JSONL, one record per line, keyed by ``doc_id``."""

from __future__ import annotations

from pathlib import Path

from extractor.errors import ExtractorError
from extractor.io.record_files import iter_json_objects

__all__ = ["RecordFileError", "load_records"]


class RecordFileError(ExtractorError, ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line."""


def load_records(path: str | Path) -> dict[str, dict]:
    """Records of a JSONL file by ``doc_id`` (a string); blank lines skipped, a later duplicate wins."""
    return {str(record.get("doc_id")): record for record in iter_json_objects(path, RecordFileError)}
