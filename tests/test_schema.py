"""The schema itself: valid records pass, each kind of breakage is caught, formats are checked."""

from __future__ import annotations

import copy

import pytest

from extractor import extract
from extractor.errors import InvalidRecord
from extractor.record import error_record
from extractor.schema import load_schema, record_problems, validate_record


@pytest.fixture(scope="module")
def record() -> dict:
    return extract("Năm 2024 tỉnh Hòa Bình giảm 12 đơn vị sự nghiệp công lập.", doc_id="mau")


BREAKAGES = [
    ("bad date-time", lambda r: r["metadata"].__setitem__("published_at", "18/06/2018 16:07")),
    ("impossible date", lambda r: r["metadata"].__setitem__("published_at", "2018-02-30T10:00:00+07:00")),
    ("unknown field", lambda r: r.__setitem__("extra", 1)),
    ("missing facts", lambda r: r.pop("facts")),
    ("wrong version", lambda r: r.__setitem__("schema_version", "0.9")),
    ("bad fact", lambda r: r["facts"].append({"id": "f1", "value": "nhiều"})),
    ("bad event type", lambda r: r["events"].append({"id": "e1", "type": "absorb", "participants": [],
                                                       "result": None, "count": None, "span": [0, 1]})),
]


def test_schema_is_draft_2020_12_with_defs() -> None:
    schema = load_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["$id"]
    assert {"fact", "event", "organization", "check", "error"} <= set(schema["$defs"])


def test_an_extracted_record_validates(record: dict) -> None:
    assert record_problems(record) == []


@pytest.mark.parametrize(("name", "breaks"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_broken_records_are_rejected(record: dict, name: str, breaks) -> None:
    broken = copy.deepcopy(record)
    breaks(broken)
    with pytest.raises(InvalidRecord):
        validate_record(broken)


def test_error_records_validate() -> None:
    assert record_problems(error_record("x", "bad_json", "line 3 is not JSON")) == []
    assert record_problems(error_record("x", "no_such_kind", "?")) != []
