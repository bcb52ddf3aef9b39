"""Reading the extractor's own JSONL output (or gold in the same shape) back, line by line.

Evaluation, export and anything else that reads records share this one loop,
so a broken file gets the same message everywhere: the file, the line, and
what is wrong with it. Each caller names the error class its users expect.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["iter_json_objects"]


def iter_json_objects(path: str | Path, error: type[Exception]) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file in order, blank lines skipped; problems raise ``error``."""
    try:
        handle = Path(path).open(encoding="utf-8")  # noqa: SIM115 - closed below; the open error is worded here
    except OSError as problem:
        raise error(f"{path}: cannot open: {problem.strerror or problem}") from problem
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as problem:
                    raise error(f"{path}:{number}: not JSON ({problem.msg})") from problem
                if not isinstance(record, dict):
                    raise error(f"{path}:{number}: a record must be a JSON object")
                yield record
        except UnicodeDecodeError as problem:
            raise error(f"{path}: not UTF-8 text") from problem
