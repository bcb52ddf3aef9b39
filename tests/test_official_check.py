"""The official check of local-unit events against the 2025 map that underthesea ships: tables of events and verdicts.

The communes, towns and provinces below are real units of the official map (the map is public data), chosen
among those no corpus article mentions; the events are our own, some true to the map and some deliberately not.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extractor.check.official import add_official_checks, official_verdict
from extractor.check.official_map import official_map, parse_unit
from extractor.schema import record_problems
from tests.report_records import article, event

# (event type, participants, result, published_at)
CONSISTENT = [
    ("merge", ["thị trấn Thới Lai", "xã Thới Tân", "xã Trường Thắng"], "xã Thới Lai", None),
    ("merge", ["phường Thọ Quang", "phường Nại Hiên Đông", "phường Mân Thái"], "phường Sơn Trà", None),
    ("merge", ["tỉnh Kon Tum", "tỉnh Quảng Ngãi"], "tỉnh Quảng Ngãi", "2025-07-02T08:00:00+07:00"),
    ("merge", ["tỉnh Sóc Trăng", "Hậu Giang", "TP Cần Thơ"], "thành phố Cần Thơ", None),
    ("merge", ["Bà Rịa-Vũng Tàu", "TP. HCM"], None, None),
    ("merge", ["xã Hòa An", "thị trấn Phước An", "xã Ea Yông"], "xã Krông Pắc", None),  # Hòa An: nine readings
    ("merge", ["phường Lê Bình, thành phố Cần Thơ", "phường Ba Láng (Cần Thơ)"], "phường Cái Răng", None),
    ("merge", ["phường An Khê", "phường Hòa Phát", "phường Hòa An"], "phường An Khê", None),
    ("rename", ["phường An Khê"], "phường An Khê", None),
    ("establish", [], "đặc khu Lý Sơn", None),
    ("merge", ["xã Thới Tân", "Trường Thắng"], None, None),  # "Trường Thắng" takes the head of the list
    ("merge", ["thị trấn Thới Lai", "xã Thới Tân"], "thị trấn Thới Lai", None),  # towns became communes in 2025
]
ABBREVIATED = [
    ("merge", ["TT. Thới Lai", "X. Thới Tân"], "xã Thới Lai", None),
    ("merge", ["TT.Thới Lai", "xã Trường Thắng"], "X. Thới Lai", None),
    ("merge", ["P. Thọ Quang", "P.Mân Thái"], "phường Sơn Trà", None),
    ("merge", ["T.T. Phước An", "X. Ea Yông"], "xã Krông Pắc", None),
    ("merge", ["TP. HCM", "BR-VT"], "Thành phố Hồ Chí Minh", None),
]
INCONSISTENT = [
    ("merge", ["tỉnh Kon Tum", "tỉnh Quảng Ngãi"], "tỉnh Kon Tum", None),  # the map keeps Quảng Ngãi
    ("merge", ["xã Thới Tân", "xã Trường Thắng"], "xã Thới Tân", None),  # the map names it Thới Lai
    ("merge", ["tỉnh Kon Tum", "tỉnh Sóc Trăng"], None, None),  # different 2025 provinces
    ("merge", ["xã Thới Tân", "phường Thọ Quang"], "xã Thới Lai", None),  # each has one reading, far apart
    ("merge", ["xã Hòa An", "xã Thới Tân", "xã Trường Thắng"], "xã Thới Lai", None),  # Cần Thơ's Hòa An goes elsewhere
    ("merge", ["TT. Thới Lai", "X. Thới Tân"], "xã Thới Xuân", None),
]
NOT_COVERED = [
    ("merge", ["xã Thới Tân", "xã Sông Mây Ngàn"], "xã Thới Lai", None),  # a commune the map does not know
    ("merge", ["huyện Thới Lai", "huyện Cờ Đỏ"], "huyện Thới Lai", None),  # districts: no successors in the map
    ("merge", ["TX. Kiến Tường", "TX. Cai Lậy"], None, None),  # "TX." is a district-level town
    ("merge", ["xã Thới Tân", "xã Trường Thắng"], "xã Thới Lai", "2019-10-01T08:00:00+07:00"),  # an earlier round
    ("establish", [], "phường Hoa Mai Trắng", None),
    ("merge", ["tỉnh Kon Tum"], None, None),  # one unit and no result: nothing to compare
    ("merge", ["xã Hòa An", "phường Thọ Quang"], None, None),  # several readings, no province has both
]
NOT_LOCAL = [
    ("merge", ["Trường Cao đẳng Y tế A", "Trường Đại học Y B"], "Trường Đại học Y B", None),
    ("merge", ["Sở Y tế TP Cần Thơ", "Sở Y tế Hậu Giang"], None, None),
    ("dissolve", ["xã Thới Tân"], None, None),  # only merges, establishments and renames are checked
]


def _verdict(kind: str, participants: list[str], result: str | None, published: str | None) -> dict | None:
    return official_verdict(event(kind, participants, result), published_at=published)


@pytest.mark.parametrize(("kind", "participants", "result", "published"), CONSISTENT + ABBREVIATED)
def test_consistent_with_the_map(kind, participants, result, published) -> None:
    verdict = _verdict(kind, participants, result, published)
    assert verdict["verdict"] == "consistent", verdict["note"]


@pytest.mark.parametrize(("kind", "participants", "result", "published"), INCONSISTENT)
def test_inconsistent_says_what_the_map_says(kind, participants, result, published) -> None:
    verdict = _verdict(kind, participants, result, published)
    assert verdict["verdict"] == "inconsistent", verdict["note"]
    assert verdict["official"] and all(item["becomes"] for item in verdict["official"])


@pytest.mark.parametrize(("kind", "participants", "result", "published"), NOT_COVERED)
def test_not_covered(kind, participants, result, published) -> None:
    assert _verdict(kind, participants, result, published)["verdict"] == "not_covered"


@pytest.mark.parametrize(("kind", "participants", "result", "published"), NOT_LOCAL)
def test_events_not_about_local_units_get_no_verdict(kind, participants, result, published) -> None:
    assert _verdict(kind, participants, result, published) is None


# name as written -> (level, head, folded name) or None
UNITS = [
    ("TT. Thới Lai", ("commune", "thị trấn", "thới lai")),
    ("T.T. Thới Lai", ("commune", "thị trấn", "thới lai")),
    ("P.Thọ Quang", ("commune", "phường", "thọ quang")),
    ("X. Thới Tân", ("commune", "xã", "thới tân")),
    ("Thị trấn Thới Lai", ("commune", "thị trấn", "thới lai")),
    ("TX. Kiến Tường", ("district", "thị xã", "kiến tường")),
    ("TX Kiến Tường", ("district", "thị xã", "kiến tường")),
    ("H. Thới Lai", ("district", "huyện", "thới lai")),
    ("Q. Sơn Trà", ("district", "quận", "sơn trà")),
    ("thành phố Thủ Đức", ("district", "thành phố", "thủ đức")),
    ("TP.HCM", ("province", "thành phố", "hồ chí minh")),
    ("TP HCM", ("province", "thành phố", "hồ chí minh")),
    ("Thành phố Hồ Chí Minh", ("province", "thành phố", "hồ chí minh")),
    ("tỉnh Thừa Thiên - Huế", ("province", "tỉnh", "huế")),
    ("Hậu Giang", ("province", "", "hậu giang")),
    ("Trường THPT Thới Lai", None),
    ("Sở Giáo dục và Đào tạo", None),
]


@pytest.mark.parametrize(("written", "expected"), UNITS)
def test_unit_names_and_their_abbreviations(written: str, expected) -> None:
    unit = parse_unit(written, official_map())
    assert (unit and (unit.level, unit.head, unit.name)) == expected


def test_record_with_verdicts_validates_against_the_schema() -> None:
    record = article(
        "vd-1",
        events=[
            event("merge", ["xã Thới Tân", "xã Trường Thắng"], "xã Thới Lai"),
            event("merge", ["Trường A", "Trường B"], "Trường B"),
        ],
    )
    add_official_checks(record)
    assert record["events"][0]["official_check"]["verdict"] == "consistent"
    assert "official_check" not in record["events"][1]
    assert record_problems(record) == []


def test_extract_adds_the_verdict_only_when_asked(tmp_path) -> None:
    from extractor.cli import app

    source = tmp_path / "vd.txt"
    source.write_text(
        "Tin địa phương\n\nThành phố đã sáp nhập xã Thới Tân và xã Trường Thắng thành xã Thới Lai.\n", encoding="utf-8"
    )
    runner = CliRunner()
    plain = json.loads(runner.invoke(app, ["extract", str(source)]).stdout)
    checked = json.loads(runner.invoke(app, ["extract", "--official-check", str(source)]).stdout)
    assert all("official_check" not in e for e in plain["events"])
    verdicts = [e["official_check"]["verdict"] for e in checked["events"] if "official_check" in e]
    assert verdicts == ["consistent"]
    assert record_problems(checked) == []


def test_every_event_of_the_dev_gold_gets_a_valid_verdict_or_none(shared_dir) -> None:
    """The hand-annotated events of ../shared: the check never fails, and its verdicts fit the schema."""
    import jsonschema

    from extractor.schema import load_schema

    schema = load_schema()
    verdict_schema = {"$defs": schema["$defs"], **schema["$defs"]["official_check"]}
    checked = 0
    for line in (shared_dir / "eval" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        for gold in json.loads(line)["events"]:
            verdict = official_verdict(event(gold["type"], gold["participants"], gold["result"]))
            if verdict is not None:
                jsonschema.validate(verdict, verdict_schema)
                checked += 1
    assert checked > 0
