"""Load ``schemas/article.schema.json`` once and validate records against it.

The validator is built once per process (building it compiles every ``$ref``),
with a format checker so that ``date-time`` and ``date`` are really checked;
that needs the ``jsonschema[format-nongpl]`` extra, which the package depends on.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from extractor.errors import InvalidRecord

__all__ = ["SCHEMA_VERSION", "load_schema", "record_problems", "validate_record", "validator"]

SCHEMA_VERSION = "1.0.0"


@functools.cache
def load_schema() -> dict[str, Any]:
    """The article schema as a dict (shipped inside the package as ``extractor/schemas``)."""
    resource = resources.files("extractor").joinpath("schemas", "article.schema.json")
    with resource.open("r", encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def record_problems(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` breaks the schema, as readable one-line messages (empty when valid)."""
    problems = []
    for error in sorted(validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(record)"
        problems.append(f"{where}: {error.message}")
    return problems


def validate_record(record: dict[str, Any]) -> None:
    """Raise :class:`InvalidRecord` if ``record`` does not validate."""
    problems = record_problems(record)
    if problems:
        raise InvalidRecord(str(record.get("doc_id", "?")), problems)
