"""The compiled validator (jsonschema-rs) and the reference (jsonschema) give the same verdict.

One valid record holds every kind of item; each case of the table changes one
place of it, and every rule of the schema is broken by at least one case.
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest

from extractor import schema
from extractor.formats import is_date, is_date_time, is_uri

DELETE = object()

VALID: dict[str, Any] = {
    "schema_version": "1.0.0",
    "doc_id": "vd-1",
    "metadata": {
        "title": "Tỉnh sáp nhập hai trường cao đẳng",
        "publisher": "Báo Tỉnh",
        "published_at": "2024-03-05T08:30:00+07:00",
        "authors": [{"name": "Lê Văn An", "role": "Phóng viên"}],
        "dateline": "HN",
    },
    "abbreviations": [{"short": "UBND", "long": "Ủy ban nhân dân", "source": "lexicon"}],
    "organizations": [
        {"id": "o1", "name": "UBND tỉnh", "kind": "ubnd", "aliases": ["Ủy ban"], "mentions": [[0, 9]]}
    ],
    "facts": [
        {
            "id": "f1",
            "value": 12,
            "value_max": None,
            "approx": "exact",
            "unit": "đơn vị",
            "unit_text": "đơn vị",
            "quantity_kind": "count",
            "measure": None,
            "change": {"direction": "decrease", "type": "by", "compared_to": "năm 2023"},
            "span": [20, 29],
            "text": "12 đơn vị",
            "sentence": [0, 40],
            "subject": "o1",
            "period": {"text": "năm 2024", "start": "2024-01-01", "end": "2024-12-31"},
            "part_of": None,
            "baseline": 30.5,
        }
    ],
    "events": [
        {
            "id": "e1",
            "type": "merge",
            "participants": [{"name": "Trường A", "org": None, "span": [50, 58]}],
            "result": {"name": "Trường C", "org": None, "span": None},
            "count": 2,
            "trigger": "sáp nhập",
            "trigger_span": [41, 49],
            "authority": {"name": "UBND tỉnh", "org": "o1", "span": [0, 9]},
            "proposer": None,
            "status": "approved",
            "span": [41, 70],
            "sentence": [41, 71],
            "official_check": {
                "verdict": "consistent",
                "level": "commune",
                "note": "khớp bản đồ 2025",
                "official": [{"name": "xã An Hòa", "becomes": ["xã Hòa Bình"], "readings": 1}],
                "source": "underthesea",
            },
        }
    ],
    "checks": [
        {"rule": "sum", "status": "pass", "facts": ["f1"], "message": {"vi": "Tổng khớp.", "en": "The sum matches."}}
    ],
    "warnings": ["một cảnh báo"],
}
ERROR_RECORD = {"schema_version": "1.0.0", "doc_id": "x", "error": {"kind": "empty", "message": "no text"}}

# (case, path into the record, new value or DELETE)
VALID_CHANGES = [
    ("as built", "", None),
    ("date only", "metadata/published_at", "2024-03-05"),
    ("no date", "metadata/published_at", None),
    ("fraction of a second, Z", "metadata/published_at", "2024-03-05T08:30:00.250Z"),
    ("lower-case t and z", "metadata/published_at", "2024-03-05t08:30:00z"),
    ("29 February of a leap year", "metadata/published_at", "2024-02-29T00:00:00-01:00"),
    ("text and source", "text", "Một văn bản."),
    ("source", "source", {"url": "https://vd.vn/a"}),
    ("value as a float", "facts/0/value", 1.5),
    ("no change", "facts/0/change", None),
    ("no period", "facts/0/period", None),
    ("open period", "facts/0/period/start", None),
    ("optional fact field left out", "facts/0/sentence", DELETE),
    ("event status null", "events/0/status", None),
    ("no result", "events/0/result", None),
    ("kind left out", "organizations/0/kind", DELETE),
    ("no role", "metadata/authors/0/role", None),
]

INVALID_CHANGES = [
    # the record
    ("schema_version missing", "schema_version", DELETE),
    ("doc_id missing", "doc_id", DELETE),
    ("schema_version other", "schema_version", "0.9"),
    ("doc_id not a string", "doc_id", 7),
    ("doc_id empty", "doc_id", ""),
    ("text not a string", "text", ["văn bản"]),
    ("source not an object", "source", "nguồn"),
    ("unknown field", "extra", 1),
    ("abbreviations not an array", "abbreviations", {}),
    ("organizations not an array", "organizations", None),
    ("facts not an array", "facts", "f1"),
    ("events not an array", "events", 3),
    ("checks not an array", "checks", {}),
    ("warnings not an array", "warnings", "cảnh báo"),
    ("warning not a string", "warnings/0", 1),
    ("error beside facts", "error", {"kind": "internal", "message": "lỗi"}),
    ("metadata missing", "metadata", DELETE),
    ("abbreviations missing", "abbreviations", DELETE),
    ("organizations missing", "organizations", DELETE),
    ("facts missing", "facts", DELETE),
    ("events missing", "events", DELETE),
    ("checks missing", "checks", DELETE),
    ("warnings missing", "warnings", DELETE),
    # metadata
    ("metadata not an object", "metadata", []),
    ("title missing", "metadata/title", DELETE),
    ("publisher missing", "metadata/publisher", DELETE),
    ("published_at missing", "metadata/published_at", DELETE),
    ("authors missing", "metadata/authors", DELETE),
    ("dateline missing", "metadata/dateline", DELETE),
    ("title a number", "metadata/title", 1),
    ("publisher a list", "metadata/publisher", ["Báo"]),
    ("date-time in Vietnamese order", "metadata/published_at", "05/03/2024 08:30"),
    ("date-time without seconds", "metadata/published_at", "2024-03-05T08:30+07:00"),
    ("date-time without offset", "metadata/published_at", "2024-03-05T08:30:00"),
    ("date-time on 30 February", "metadata/published_at", "2024-02-30T08:30:00+07:00"),
    ("date-time at hour 24", "metadata/published_at", "2024-03-05T24:00:00+07:00"),
    ("date-time with a space", "metadata/published_at", "2024-03-05 08:30:00+07:00"),
    ("date of 29 February, common year", "metadata/published_at", "2023-02-29"),
    ("date in year 0", "metadata/published_at", "0000-01-01"),
    ("published_at a number", "metadata/published_at", 20240305),
    ("authors not an array", "metadata/authors", "Lê Văn An"),
    ("author not an object", "metadata/authors/0", "Lê Văn An"),
    ("author without role", "metadata/authors/0/role", DELETE),
    ("author without name", "metadata/authors/0/name", DELETE),
    ("author name empty", "metadata/authors/0/name", ""),
    ("author name a number", "metadata/authors/0/name", 1),
    ("author role a number", "metadata/authors/0/role", 3),
    ("author extra field", "metadata/authors/0/email", "a@b.vn"),
    ("dateline a number", "metadata/dateline", 1),
    ("metadata extra field", "metadata/url", "https://vd.vn"),
    # abbreviations
    ("abbreviation not an object", "abbreviations/0", "UBND"),
    ("abbreviation without short", "abbreviations/0/short", DELETE),
    ("abbreviation without long", "abbreviations/0/long", DELETE),
    ("abbreviation without source", "abbreviations/0/source", DELETE),
    ("abbreviation short empty", "abbreviations/0/short", ""),
    ("abbreviation long empty", "abbreviations/0/long", ""),
    ("abbreviation short a number", "abbreviations/0/short", 1),
    ("abbreviation long a list", "abbreviations/0/long", ["Ủy ban"]),
    ("abbreviation source unknown", "abbreviations/0/source", "guess"),
    ("abbreviation extra field", "abbreviations/0/count", 2),
    # organizations
    ("organization not an object", "organizations/0", "UBND tỉnh"),
    ("organization without id", "organizations/0/id", DELETE),
    ("organization without name", "organizations/0/name", DELETE),
    ("organization without aliases", "organizations/0/aliases", DELETE),
    ("organization without mentions", "organizations/0/mentions", DELETE),
    ("organization id pattern", "organizations/0/id", "org1"),
    ("organization name empty", "organizations/0/name", ""),
    ("organization kind a number", "organizations/0/kind", 1),
    ("alias not a string", "organizations/0/aliases/0", None),
    ("aliases not an array", "organizations/0/aliases", "Ủy ban"),
    ("mentions not an array", "organizations/0/mentions", "0-9"),
    ("organization id a number", "organizations/0/id", 1),
    ("organization name a number", "organizations/0/name", 1),
    ("organization extra field", "organizations/0/type", "ubnd"),
    # spans
    ("span not an array", "organizations/0/mentions/0", "0-9"),
    ("span of one offset", "organizations/0/mentions/0", [0]),
    ("span of three offsets", "organizations/0/mentions/0", [0, 9, 12]),
    ("span with a negative start", "organizations/0/mentions/0", [-1, 9]),
    ("span with a negative end", "facts/0/span", [20, -1]),
    ("span with a float", "facts/0/span", [20.5, 29]),
    ("span with a string", "facts/0/span", ["20", 29]),
    ("span end a string", "facts/0/span", [20, "29"]),
    # facts
    ("fact not an object", "facts/0", 12),
    ("fact without id", "facts/0/id", DELETE),
    ("fact without value", "facts/0/value", DELETE),
    ("fact without unit", "facts/0/unit", DELETE),
    ("fact without unit_text", "facts/0/unit_text", DELETE),
    ("fact without change", "facts/0/change", DELETE),
    ("fact without span", "facts/0/span", DELETE),
    ("fact without text", "facts/0/text", DELETE),
    ("fact id pattern", "facts/0/id", "fact1"),
    ("fact id a number", "facts/0/id", 1),
    ("value a word", "facts/0/value", "mười hai"),
    ("value true", "facts/0/value", True),
    ("value_max a string", "facts/0/value_max", "15"),
    ("approx unknown", "facts/0/approx", "roughly"),
    ("unit a number", "facts/0/unit", 1),
    ("unit_text a list", "facts/0/unit_text", ["đơn vị"]),
    ("quantity_kind unknown", "facts/0/quantity_kind", "people"),
    ("measure a number", "facts/0/measure", 1),
    ("text a number", "facts/0/text", 12),
    ("subject a number", "facts/0/subject", 1),
    ("part_of a list", "facts/0/part_of", ["f2"]),
    ("baseline a string", "facts/0/baseline", "30"),
    ("fact extra field", "facts/0/confidence", 0.9),
    # changes
    ("change a string", "facts/0/change", "giảm"),
    ("change without direction", "facts/0/change/direction", DELETE),
    ("change without type", "facts/0/change/type", DELETE),
    ("change without compared_to", "facts/0/change/compared_to", DELETE),
    ("change direction unknown", "facts/0/change/direction", "down"),
    ("change type unknown", "facts/0/change/type", "from"),
    ("compared_to a number", "facts/0/change/compared_to", 2023),
    ("change extra field", "facts/0/change/amount", 3),
    # periods
    ("period a string", "facts/0/period", "năm 2024"),
    ("period without text", "facts/0/period/text", DELETE),
    ("period without start", "facts/0/period/start", DELETE),
    ("period without end", "facts/0/period/end", DELETE),
    ("period text a number", "facts/0/period/text", 2024),
    ("period start not a date", "facts/0/period/start", "đầu năm"),
    ("period end a date-time", "facts/0/period/end", "2024-12-31T00:00:00Z"),
    ("period end in month 13", "facts/0/period/end", "2024-13-01"),
    ("period start a number", "facts/0/period/start", 2024),
    ("period end a list", "facts/0/period/end", ["2024-12-31"]),
    ("period extra field", "facts/0/period/year", 2024),
    # the official check of local-unit events
    ("official check not an object", "events/0/official_check", "khớp"),
    ("official check without verdict", "events/0/official_check/verdict", DELETE),
    ("official check verdict other", "events/0/official_check/verdict", "maybe"),
    ("official check level other", "events/0/official_check/level", "village"),
    ("official check note not a string", "events/0/official_check/note", 1),
    ("official check official not an array", "events/0/official_check/official", {}),
    ("official unit not an object", "events/0/official_check/official/0", "xã An Hòa"),
    ("official unit without name", "events/0/official_check/official/0/name", DELETE),
    ("official unit name not a string", "events/0/official_check/official/0/name", 3),
    ("official unit becomes not an array", "events/0/official_check/official/0/becomes", "xã Hòa Bình"),
    ("official unit becomes item not a string", "events/0/official_check/official/0/becomes/0", 5),
    ("official unit readings not an integer", "events/0/official_check/official/0/readings", 1.5),
    ("official unit readings zero", "events/0/official_check/official/0/readings", 0),
    ("official unit extra field", "events/0/official_check/official/0/extra", 1),
    ("official check source not a string", "events/0/official_check/source", 2),
    ("official check extra field", "events/0/official_check/extra", 1),
    # events and parties
    ("event not an object", "events/0", "sáp nhập"),
    ("event without id", "events/0/id", DELETE),
    ("event without type", "events/0/type", DELETE),
    ("event without participants", "events/0/participants", DELETE),
    ("event without result", "events/0/result", DELETE),
    ("event without count", "events/0/count", DELETE),
    ("event without span", "events/0/span", DELETE),
    ("event id pattern", "events/0/id", "e-1"),
    ("event id a number", "events/0/id", 1),
    ("event type unknown", "events/0/type", "absorb"),
    ("participants not an array", "events/0/participants", {"name": "Trường A"}),
    ("participant not an object", "events/0/participants/0", "Trường A"),
    ("participant without name", "events/0/participants/0/name", DELETE),
    ("participant name empty", "events/0/participants/0/name", ""),
    ("participant name a number", "events/0/participants/0/name", 1),
    ("participant org a number", "events/0/participants/0/org", 1),
    ("participant span a string", "events/0/participants/0/span", "50-58"),
    ("participant extra field", "events/0/participants/0/role", "bị sáp nhập"),
    ("result a string", "events/0/result", "Trường C"),
    ("count negative", "events/0/count", -1),
    ("count a float", "events/0/count", 2.5),
    ("count a string", "events/0/count", "hai"),
    ("trigger a number", "events/0/trigger", 1),
    ("trigger_span short", "events/0/trigger_span", [41]),
    ("authority a list", "events/0/authority", ["UBND tỉnh"]),
    ("proposer without name", "events/0/proposer", {"org": "o1"}),
    ("status unknown", "events/0/status", "rumoured"),
    ("event sentence a string", "events/0/sentence", "41-71"),
    ("event extra field", "events/0/place", "Hà Nội"),
    # checks
    ("check not an object", "checks/0", "sum"),
    ("check without rule", "checks/0/rule", DELETE),
    ("check without status", "checks/0/status", DELETE),
    ("check without facts", "checks/0/facts", DELETE),
    ("check without message", "checks/0/message", DELETE),
    ("check rule empty", "checks/0/rule", ""),
    ("check rule a number", "checks/0/rule", 1),
    ("check status unknown", "checks/0/status", "ok"),
    ("check facts not an array", "checks/0/facts", "f1"),
    ("check fact id a number", "checks/0/facts/0", 1),
    ("message a string", "checks/0/message", "Tổng khớp."),
    ("message without vi", "checks/0/message/vi", DELETE),
    ("message without en", "checks/0/message/en", DELETE),
    ("message vi a number", "checks/0/message/vi", 1),
    ("message en a list", "checks/0/message/en", ["ok"]),
    ("message extra field", "checks/0/message/fr", "ok"),
    ("check extra field", "checks/0/level", 1),
]

# Error records: (case, record)
ERROR_CASES = [
    ("error record", ERROR_RECORD, True),
    ("error record with source", {**ERROR_RECORD, "source": {"url": "https://vd.vn"}}, True),
    ("error record with empty lists but no facts/events", {**ERROR_RECORD, "warnings": []}, True),
    ("record not an object", ["x"], False),
    ("error not an object", {**ERROR_RECORD, "error": "lỗi"}, False),
    ("error without kind", {**ERROR_RECORD, "error": {"message": "lỗi"}}, False),
    ("error without message", {**ERROR_RECORD, "error": {"kind": "empty"}}, False),
    ("error kind unknown", {**ERROR_RECORD, "error": {"kind": "broken", "message": "lỗi"}}, False),
    ("error message empty", {**ERROR_RECORD, "error": {"kind": "empty", "message": ""}}, False),
    ("error message a number", {**ERROR_RECORD, "error": {"kind": "empty", "message": 1}}, False),
    ("error extra field", {**ERROR_RECORD, "error": {"kind": "empty", "message": "lỗi", "line": 3}}, False),
    ("error beside events", {**ERROR_RECORD, "events": []}, False),
]


def changed(path: str, value: object) -> dict[str, Any]:
    """VALID with the value at ``path`` (keys and list indexes joined by '/') replaced or deleted."""
    record = copy.deepcopy(VALID)
    if not path:
        return record
    *parents, last = path.split("/")
    target: Any = record
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    key: Any = int(last) if isinstance(target, list) else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return record


def verdicts(record: Any) -> tuple[bool, bool]:
    """(reference verdict, compiled verdict): True when the record is valid."""
    compiled = schema.compiled_validator()
    if compiled is None:
        pytest.skip("jsonschema-rs is not installed here")
    return schema.reference_validator().is_valid(record), compiled.is_valid(record)


CASES = (
    [(name, changed(path, value), True) for name, path, value in VALID_CHANGES]
    + [(name, changed(path, value), False) for name, path, value in INVALID_CHANGES]
    + ERROR_CASES
)


@pytest.mark.parametrize(("name", "record", "valid"), CASES, ids=[case[0] for case in CASES])
def test_both_validators_give_the_expected_verdict(name: str, record: Any, valid: bool) -> None:
    assert verdicts(record) == (valid, valid)


def test_every_rule_of_the_schema_is_broken_by_some_case() -> None:
    """Each keyword that can reject a value, in each (sub)schema of the file, fails some invalid case.

    A rule of a ``$defs`` entry (a span, say) counts once, wherever it is referenced from.
    """
    validator = schema.reference_validator()
    broken: set[tuple[int, str]] = set()
    for _, record, valid in CASES:
        if not valid:
            for error in validator.iter_errors(record):
                broken.update(_broken_rules(error))
    rules = _schema_rules(schema.load_schema(), "")
    missing = [where for rule, where in rules.items() if rule not in broken]
    assert not missing, missing


def _broken_rules(error: Any) -> set[tuple[int, str]]:
    """The rule an error breaks, and those its alternatives (in ``anyOf``) broke, at any depth."""
    rules = {(id(error.schema), str(error.validator))}
    for inner in error.context or ():
        rules |= _broken_rules(inner)
    return rules


_ASSERTIONS = {
    "type", "enum", "const", "required", "additionalProperties", "minLength", "minimum", "minItems",
    "maxItems", "pattern", "format", "not",
}  # fmt: skip


def _schema_rules(node: Any, where: str) -> dict[tuple[int, str], str]:
    """Every asserting keyword of the schema, keyed as jsonschema's errors name it: (subschema, keyword)."""
    rules: dict[tuple[int, str], str] = {}
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("properties", "$defs"):  # names, not keywords
                for name, sub in value.items():
                    rules.update(_schema_rules(sub, f"{where}/{key}/{name}"))
            elif key in _ASSERTIONS:
                rules[(id(node), key)] = f"{where}/{key}"
            elif key != "if":  # "if" only chooses between "then" and "else"
                rules.update(_schema_rules(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            rules.update(_schema_rules(value, f"{where}/{index}"))
    return rules


FORMAT_CASES = [
    (is_date, "2024-02-29", True),
    (is_date, "2023-02-29", False),
    (is_date, "2024-04-31", False),
    (is_date, "2024-4-1", False),
    (is_date, "05/03/2024", False),
    (is_date, "2024-03-05\n", False),
    (is_date, "2024-03-05T00:00:00Z", False),
    (is_date, "٢٠٢٤-٠٣-٠٥", False),
    (is_date, 2024, True),
    (is_date_time, "2018-06-18T16:07:00+07:00", True),
    (is_date_time, "2018-06-18T16:07:00.5-03:30", True),
    (is_date_time, "2018-06-18t16:07:00z", True),
    (is_date_time, "2018-06-18T16:07:60Z", False),
    (is_date_time, "2018-06-18T16:07Z", False),
    (is_date_time, "2018-06-18T16:07:00", False),
    (is_date_time, "2018-06-18T16:07:00+7:00", False),
    (is_date_time, "2018-06-31T16:07:00Z", False),
    (is_date_time, "18/06/2018 16:07", False),
    (is_uri, "https://json-schema.org/draft/2020-12/schema", True),
    (is_uri, "urn:isbn:0451450523", True),
    (is_uri, "https://vd.vn/tin%20t%E1%BB%A9c?id=1#a", True),
    (is_uri, "schemas/article.schema.json", False),
    (is_uri, "https://vd.vn/tin tức", False),
    (is_uri, "https://vd.vn/%zz", False),
]


@pytest.mark.parametrize(("check", "value", "valid"), FORMAT_CASES)
def test_formats(check, value: object, valid: bool) -> None:
    assert check(value) is valid


def test_the_reference_takes_over_without_the_compiled_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "compiled_validator", lambda: None)
    assert schema.record_problems(VALID) == []
    assert [p.split(":")[0] for p in schema.record_problems(changed("facts/0/span", [20]))] == ["facts/0/span"]


def test_problems_name_the_place_with_either_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = changed("events/0/type", "absorb")
    fast = schema.record_problems(broken)
    monkeypatch.setattr(schema, "compiled_validator", lambda: None)
    assert [problem.split(":")[0] for problem in fast] == ["events/0/type"]
    assert [problem.split(":")[0] for problem in schema.record_problems(broken)] == ["events/0/type"]


def test_no_compiled_validator_where_jsonschema_rs_cannot_be_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # what `import` sees when the package is missing
    schema.compiled_validator.cache_clear()
    try:
        assert schema.compiled_validator() is None
        assert [p.split(":")[0] for p in schema.record_problems(changed("doc_id", ""))] == ["doc_id"]
    finally:
        schema.compiled_validator.cache_clear()
