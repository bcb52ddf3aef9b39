"""Load ``schemas/article.schema.json`` once and validate records against it.

Every record is validated before it is written, so validation sits on the hot
path: it runs on ``jsonschema-rs`` (a compiled validator, several times faster
than pure Python), built once per process. ``jsonschema`` is the reference:
the tests check that both give the same verdict on a table of records breaking
every rule, and it takes over when ``jsonschema_rs`` cannot be imported (a
platform without a wheel). Neither is imported until the first record is
validated, and both check formats with the same functions
(:mod:`extractor.formats`), so no format library is loaded at all.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from extractor.errors import InvalidRecord
from extractor.formats import FORMATS

__all__ = [
    "SCHEMA_VERSION",
    "compiled_validator",
    "load_schema",
    "record_problems",
    "reference_validator",
    "validate_record",
]

SCHEMA_VERSION = "1.0.0"


@functools.cache
def load_schema() -> dict[str, Any]:
    """The article schema as a dict (shipped inside the package as ``extractor/schemas``)."""
    resource = resources.files("extractor").joinpath("schemas", "article.schema.json")
    with resource.open("r", encoding="utf-8") as handle:
        return json.load(handle)


@functools.cache
def reference_validator() -> Any:
    """A ``jsonschema`` Draft 2020-12 validator asserting the schema's formats."""
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    schema = load_schema()
    Draft202012Validator.check_schema(schema, format_checker=checker)
    return Draft202012Validator(schema, format_checker=checker)


@functools.cache
def compiled_validator() -> Any | None:
    """A ``jsonschema-rs`` validator asserting the same formats, or None where it is not installed."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.Draft202012Validator(load_schema(), validate_formats=True, formats=FORMATS)


def record_problems(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` breaks the schema, as readable one-line messages (empty when valid)."""
    compiled = compiled_validator()
    if compiled is not None:
        if compiled.is_valid(record):
            return []
        errors = [(list(error.instance_path), error.message) for error in compiled.iter_errors(record)]
    else:
        errors = [(list(error.absolute_path), error.message) for error in reference_validator().iter_errors(record)]
    problems = []
    for path, message in sorted(errors, key=lambda error: [(isinstance(part, str), part) for part in error[0]]):
        where = "/".join(str(part) for part in path) or "(record)"
        problems.append(f"{where}: {message}")
    return problems


def validate_record(record: dict[str, Any]) -> None:
    """Raise :class:`InvalidRecord` if ``record`` does not validate."""
    problems = record_problems(record)
    if problems:
        raise InvalidRecord(str(record.get("doc_id", "?")), problems)
