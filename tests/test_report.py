"""The corpus report: names that meet, series, conflicts, the page and its tables, from records built by hand."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.report import build_report
from extractor.report.collect import collect
from extractor.report.names import subject_key
from extractor.report.series import find_conflicts, group_series, rounded_bounds
from tests.conftest import ROOT
from tests.report_records import article, event, fact, write_records

SAME_SUBJECT = [
    ("UBND tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("ubnd Tỉnh Quảng Trị", "Ủy ban Nhân dân tỉnh Quảng Trị"),
    ("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Sở GD-ĐT", "Sở Giáo dục và Đào tạo"),
    ("Trường ĐH Y Hà Nội", "Trường Đại học Y Hà Nội"),
    ("Trường Đại học Y Hà Nội", "Đại học Y Hà Nội"),
    ("ĐH Quốc gia TP.HCM", "Đại học Quốc gia TP HCM"),
    ("Trường CĐ Y tế Huế", "Trường Cao đẳng Y tế Huế"),
    ("Sở Tài chính tỉnh Khánh Hoà", "Sở Tài chính tỉnh Khánh Hòa"),  # tone-mark placement
    ("Trường THPT Lê Lợi", "Trường trung học phổ thông Lê Lợi"),
]
DIFFERENT_SUBJECT = [
    ("UBND tỉnh Quảng Trị", "UBND tỉnh Quảng Ngãi"),
    ("UBND tỉnh Quảng Trị", "HĐND tỉnh Quảng Trị"),
    ("Đại học Y Hà Nội", "Đại học Y Dược Hà Nội"),
    ("Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
]


@pytest.mark.parametrize(("first", "second"), SAME_SUBJECT)
def test_names_of_one_subject_meet(first: str, second: str) -> None:
    assert subject_key(first) == subject_key(second)


@pytest.mark.parametrize(("first", "second"), DIFFERENT_SUBJECT)
def test_names_of_different_subjects_stay_apart(first: str, second: str) -> None:
    assert subject_key(first) != subject_key(second)


YEAR = ("2025-01-01", "2025-12-31")
# (first figure, second figure, do they conflict?) for one subject, unit and period in two articles
PAIRS = [
    (fact(500, "trường", period=YEAR), fact(500, "trường", period=YEAR), False),
    (fact(500, "trường", period=YEAR), fact(620, "trường", period=YEAR), True),
    (fact(500, "trường", period=YEAR, approx="about"), fact(540, "trường", period=YEAR), False),  # khoảng 500
    (fact(500, "trường", period=YEAR, approx="more_than"), fact(540, "trường", period=YEAR), False),  # hơn 500
    (fact(500, "trường", period=YEAR, approx="more_than"), fact(480, "trường", period=YEAR), True),
    (fact(1_200_000, "VND", period=YEAR), fact(1_234_000, "VND", period=YEAR), False),  # rounded to 0,1 triệu
    (fact(1_234_000, "VND", period=YEAR), fact(1_334_000, "VND", period=YEAR), True),
    (fact(3, "ngày", period=YEAR, value_max=5), fact(4, "ngày", period=YEAR), False),  # 3-5 ngày
    (fact(2.5, "percent", period=YEAR), fact(2.54, "percent", period=YEAR), False),  # 2,5% rounds 2,54%
    (fact(2.5, "percent", period=YEAR), fact(3.1, "percent", period=YEAR), True),
    (fact(500, "trường", period=YEAR), fact(620, "trường", period=("2024-01-01", "2024-12-31")), False),
    (fact(500, "trường"), fact(620, "trường"), False),  # no period: no claim about the same time
    (fact(500, "trường", period=YEAR), fact(620, "học sinh", period=YEAR), False),
    (fact(500, "trường", period=YEAR), fact(120, "trường", period=YEAR, change="increase"), False),
]


@pytest.mark.parametrize(("first", "second", "conflicting"), PAIRS)
def test_conflicts_allow_for_rounding_and_approximate_words(first, second, conflicting, tmp_path) -> None:
    records = [article("a", facts=[first], outlet="mot.vn"), article("b", facts=[second], outlet="hai.vn")]
    corpus = collect([write_records(tmp_path / "out.jsonl", records)])
    conflicts = find_conflicts(group_series(corpus.points))
    assert bool(conflicts) == conflicting
    if conflicting:
        assert {conflicts[0].first["outlet"], conflicts[0].second["outlet"]} == {"mot.vn", "hai.vn"}


# figure -> the range it stands for
BOUNDS = [
    (fact(500, "trường"), (475, 525)),  # ±50 by its zeros, at most 5%
    (fact(507, "trường"), (507, 507)),
    (fact(1_200_000, "VND"), (1_150_000, 1_250_000)),
    (fact(100, "trường"), (95, 105)),  # rounding is at most 5% of the value
    (fact(2.5, "percent"), (2.45, 2.55)),
]


@pytest.mark.parametrize(("figure", "expected"), BOUNDS)
def test_an_exact_figure_stands_for_what_its_rounding_allows(figure, expected, tmp_path) -> None:
    corpus = collect([write_records(tmp_path / "out.jsonl", [article("a", facts=[figure])])])
    assert rounded_bounds(corpus.points[0]) == pytest.approx(expected)


def test_series_meet_across_spellings_and_are_ordered_by_period(tmp_path) -> None:
    records = [
        article("late", subject="UBND tỉnh Quảng Trị", facts=[fact(30, "trường", period=("2025-01-01", "2025-06-30"))]),
        article(
            "early",
            subject="Ủy ban nhân dân tỉnh Quảng Trị",
            facts=[fact(20, "trường", period=("2024-01-01", "2024-12-31"))],
        ),
        article("undated", subject="UBND tỉnh Quảng Trị", published=None, facts=[fact(25, "trường")]),
        article("other", subject="UBND tỉnh Quảng Trị", facts=[fact(25, "trường", measure="số lượng")]),
    ]
    series = group_series(collect([write_records(tmp_path / "out.jsonl", records)]).points)
    tracked = [s for s in series if s.articles >= 2]
    assert len(tracked) == 1
    assert [p["doc_id"] for p in tracked[0].points] == ["early", "late", "undated"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_report_writes_the_page_and_its_tables(tmp_path) -> None:
    records = [
        article(
            "a",
            title="Tuyển sinh năm 2025",
            facts=[fact(500, "chỉ tiêu", period=YEAR, text="500 chỉ tiêu")],
            outlet="mot.vn",
        ),
        article(
            "b",
            facts=[fact(650, "chỉ tiêu", period=YEAR, text="650 chỉ tiêu")],
            outlet="hai.vn",
            events=[event("merge", ["xã Thới Tân", "xã Trường Thắng"], "xã Thới Xuân")],
        ),
        {"schema_version": "1.0.0", "doc_id": "hong", "error": {"kind": "empty", "message": "the article has no text"}},
    ]
    source = write_records(tmp_path / "out.jsonl", records, extra_lines=('{"cut off',))
    summary = build_report([source], tmp_path / "report")
    assert (summary.articles, summary.series, summary.conflicts, summary.events) == (3, 1, 1, 1)
    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert "Tuyển sinh năm 2025" in page and "<svg" in page
    for name in ("articles", "series", "points", "conflicts", "events", "errors"):
        assert (tmp_path / "report" / "tables" / f"{name}.parquet").is_file()
    conflict = _rows(tmp_path / "report" / "tables" / "conflicts.csv")[0]
    assert {conflict["a_outlet"], conflict["b_outlet"]} == {"mot.vn", "hai.vn"}
    assert {conflict["a_quote"], conflict["b_quote"]} == {"500 chỉ tiêu", "650 chỉ tiêu"}
    checked = _rows(tmp_path / "report" / "tables" / "events.csv")[0]
    assert checked["verdict"] == "inconsistent" and "Xã Thới Lai" in checked["official"]
    assert _rows(tmp_path / "report" / "tables" / "errors.csv")[0]["kind"] == "empty"
    assert "1 line(s) of the input were not records" in page


def test_a_large_corpus_lists_only_the_articles_the_page_links_to(tmp_path) -> None:
    linked = [article(name, facts=[fact(n, "hồ sơ")]) for name, n in (("x", 10), ("y", 12))]
    others = [article(f"n{i}", subject="Sở Tài chính", facts=[]) for i in range(2_001)]
    summary = build_report([write_records(tmp_path / "out.jsonl", [*others, *linked])], tmp_path / "report")
    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert summary.articles == 2_003
    assert page.count('<tr id="a') == 2
    assert "all 2003 are in <code>tables/articles</code>" in page
    assert len(_rows(tmp_path / "report" / "tables" / "articles.csv")) == 2_003


def test_a_missing_records_file_is_a_clear_error(tmp_path) -> None:
    from extractor.cli import app

    result = CliRunner().invoke(app, ["report", str(tmp_path / "nowhere.jsonl"), "-o", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert "nowhere.jsonl: no such file" in result.stderr


def test_report_over_a_small_batch_run(tmp_path) -> None:
    """The own corpus through ``batch --official-check`` and then ``report``: records as the tool writes them."""
    env_python = [sys.executable, "-m", "extractor.cli"]
    out = tmp_path / "own.jsonl"
    inputs = sorted(str(p) for p in (ROOT / "corpora" / "own").glob("00*.txt"))
    subprocess.run(
        [*env_python, "batch", *inputs, "-o", str(out), "--workers", "1", "--official-check"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(inputs)
    subprocess.run(
        [*env_python, "report", str(out), "-o", str(tmp_path / "report")], check=True, capture_output=True, cwd=ROOT
    )
    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert page.count('<tr id="a') == len(inputs)
    assert len(_rows(tmp_path / "report" / "tables" / "articles.csv")) == len(inputs)
