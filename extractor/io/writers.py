"""Writing records out: one record as one JSON line, the same bytes from every command.

``extractor extract``, ``extractor batch`` and the engines' partition function all
write through :func:`record_line`, so a record is spelled identically whichever
command produced it.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

__all__ = ["record_line", "write_record"]


def record_line(record: dict[str, Any]) -> str:
    """``record`` as one JSON line, newline included.

    Lone surrogates (from a broken UTF-16 input) cannot be written as UTF-8, so a
    record holding one is written with ASCII escapes instead.
    """
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True, separators=(",", ":"))
    return line + "\n"


def write_record(record: dict[str, Any], stream: TextIO | None = None) -> None:
    """Write ``record`` as one JSON line to ``stream`` (standard output by default)."""
    (stream or sys.stdout).write(record_line(record))
