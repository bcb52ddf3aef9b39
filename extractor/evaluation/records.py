"""Reading gold and prediction files: JSONL, one record per line, keyed by ``doc_id``."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.errors import ExtractorError

__all__ = ["RecordFileError", "load_records"]


class RecordFileError(ExtractorError, ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line."""


def load_records(path: str | Path) -> dict[str, dict]:
    """Records of a JSONL file by ``doc_id`` (a string); blank lines skipped, a later duplicate wins."""
    records: dict[str, dict] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise RecordFileError(f"{path}: cannot open: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise RecordFileError(f"{path}: not UTF-8 text") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RecordFileError(f"{path}:{number}: not JSON: {error.msg}") from error
        if not isinstance(record, dict):
            raise RecordFileError(f"{path}:{number}: a record must be a JSON object")
        records[str(record.get("doc_id"))] = record
    return records
