"""The official check of local-unit events against the 2025 map that underthesea ships: tables of events and verdicts.

The communes, towns and provinces below are real units of the official map (the map is public data); the
events are sentences of our own, some true to the map and some deliberately not.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extractor.check.official import add_official_checks, official_verdict
from extractor.check.official_map import official_map, parse_unit
from extractor.schema import record_problems
from tests.report_records import article, event

# (event type, participants, result, published_at, verdict)
CONSISTENT = [
    ("merge", ["xã Cam Chính", "xã Cam Nghĩa", "xã Cam Thành"], "xã Cam Lộ", None),
    ("merge", ["tỉnh Hà Giang", "tỉnh Tuyên Quang"], "tỉnh Tuyên Quang", None),
    ("merge", ["Bà Rịa - Vũng Tàu", "Bình Dương", "TP.HCM"], "TP HCM", "2025-07-02T08:00:00+07:00"),
    ("merge", ["Bà Rịa- -Vũng Tàu", "Bình Dương"], None, None),
    ("merge", ["phường An Phú", "phường Bình Chuẩn"], "phường An Phú", None),  # two readings of An Phú
    ("merge", ["xã Cam Chính, tỉnh Quảng Trị", "xã Cam Nghĩa (Quảng Trị)"], "xã Cam Lộ", None),
    ("rename", ["P. An Phú"], "phường An Phú", None),
    ("establish", [], "đặc khu Phú Quốc", None),
    ("merge", ["xã Cam Nghĩa", "Cam Chính"], None, None),  # "Cam Chính" takes the head of the list
    ("merge", ["xã Cam Chính", "Cam Nghĩa", "Cam Thành"], "xã Cam Lộ", None),
]
ABBREVIATED = [
    ("merge", ["TT. Cam Lộ", "X. Cam Chính"], "xã Cam Lộ", None),
    ("merge", ["TT.Cam Lộ", "xã Cam Thành"], "X. Cam Lộ", None),
    ("merge", ["P. Tân Phước Khánh", "P.Thái Hòa"], "phường Tân Khánh", None),
    ("merge", ["TP. HCM", "tỉnh Bình Dương"], "Thành phố Hồ Chí Minh", None),
]
INCONSISTENT = [
    ("merge", ["tỉnh Hà Giang", "tỉnh Tuyên Quang"], "tỉnh Hà Giang", None),  # the map keeps Tuyên Quang
    ("merge", ["xã Cam Chính", "xã Cam Nghĩa"], "xã Cam Chính", None),  # the map names it Cam Lộ
    ("merge", ["tỉnh Hà Giang", "tỉnh Bình Dương"], None, None),  # different 2025 provinces
    ("merge", ["xã Cam Chính", "phường Tân Phước Khánh"], "xã Cam Lộ", None),
    ("merge", ["TT. Cam Lộ", "X. Cam Chính"], "xã Cam Hiếu", None),
]
NOT_COVERED = [
    ("merge", ["xã Cam Chính", "xã Sông Mây Ngàn"], "xã Cam Lộ", None),  # a commune the map does not know
    ("merge", ["huyện Cam Lộ", "huyện Đakrông"], "huyện Cam Lộ", None),  # districts: no successors in the map
    ("merge", ["TX. Thuận An", "TX. Dĩ An"], None, None),  # "TX." is a district-level town
    ("merge", ["xã Cam Chính", "xã Cam Nghĩa"], "xã Cam Lộ", "2019-10-01T08:00:00+07:00"),  # an earlier round
    ("establish", [], "phường Hoa Mai Trắng", None),
    ("merge", ["tỉnh Quảng Nam"], None, None),  # one unit and no result: nothing to compare
]
NOT_LOCAL = [
    ("merge", ["Trường Cao đẳng Y tế A", "Trường Đại học Y B"], "Trường Đại học Y B", None),
    ("merge", ["sở GD-ĐT TP.HCM", "sở GD-ĐT Bình Dương"], None, None),
    ("dissolve", ["xã Cam Chính"], None, None),  # only merges, establishments and renames are checked
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
    ("TT. Cam Lộ", ("commune", "thị trấn", "cam lộ")),
    ("T.T. Cam Lộ", ("commune", "thị trấn", "cam lộ")),
    ("P.An Phú", ("commune", "phường", "an phú")),
    ("X. Cam Chính", ("commune", "xã", "cam chính")),
    ("Thị trấn Cam Lộ", ("commune", "thị trấn", "cam lộ")),
    ("TX. Thuận An", ("district", "thị xã", "thuận an")),
    ("TX Thuận An", ("district", "thị xã", "thuận an")),
    ("H. Cam Lộ", ("district", "huyện", "cam lộ")),
    ("Q. Ba Đình", ("district", "quận", "ba đình")),
    ("thành phố Thủ Đức", ("district", "thành phố", "thủ đức")),
    ("TP.HCM", ("province", "thành phố", "hồ chí minh")),
    ("TP HCM", ("province", "thành phố", "hồ chí minh")),
    ("Thành phố Hồ Chí Minh", ("province", "thành phố", "hồ chí minh")),
    ("tỉnh Thừa Thiên - Huế", ("province", "tỉnh", "huế")),
    ("Bình Dương", ("province", "", "bình dương")),
    ("Trường THPT Cam Lộ", None),
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
            event("merge", ["xã Cam Chính", "xã Cam Nghĩa"], "xã Cam Lộ"),
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
        "Tin địa phương\n\nTỉnh đã sáp nhập xã Cam Chính và xã Cam Nghĩa thành xã Cam Lộ.\n", encoding="utf-8"
    )
    runner = CliRunner()
    plain = json.loads(runner.invoke(app, ["extract", str(source)]).stdout)
    checked = json.loads(runner.invoke(app, ["extract", "--official-check", str(source)]).stdout)
    assert all("official_check" not in e for e in plain["events"])
    verdicts = [e["official_check"]["verdict"] for e in checked["events"] if "official_check" in e]
    assert verdicts == ["consistent"]
    assert record_problems(checked) == []
