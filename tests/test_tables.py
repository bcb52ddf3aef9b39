"""Flat tables from records: one row per item, doc_id and spans on every row, Parquet and CSV alike.

The records are written by hand (schema-valid, made-up Vietnamese names) so the
expected rows can be read off the table below each one.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from extractor.batch import write_tables
from extractor.batch.command import tables
from extractor.batch.tables import TABLES
from extractor.schema import record_problems

ARTICLE = {
    "schema_version": "1.0.0",
    "doc_id": "bai-1",
    "metadata": {
        "title": "Huyện Yên Bình sắp xếp đơn vị hành chính",
        "publisher": None,
        "published_at": "2025-03-05T08:15:00+07:00",
        "authors": [{"name": "Lê Văn An", "role": None}, {"name": "Trần Thị Bình", "role": "ảnh"}],
        "dateline": None,
    },
    "abbreviations": [],
    "organizations": [
        {"id": "o1", "name": "huyện Yên Bình", "kind": "district", "aliases": ["Yên Bình"],
         "mentions": [[10, 24], [80, 88]]},
        {"id": "o2", "name": "xã Tân Lập", "kind": "commune", "aliases": [], "mentions": [[120, 130]]},
        {"id": "o3", "name": "xã Tân Phú", "kind": "commune", "aliases": [], "mentions": [[135, 145]]},
    ],
    "facts": [
        {"id": "f1", "value": 7, "value_max": None, "approx": "exact", "unit": "đơn vị hành chính",
         "unit_text": "đơn vị hành chính cấp xã", "quantity_kind": "count", "measure": None,
         "change": {"direction": "decrease", "type": "by", "compared_to": None},
         "span": [33, 52], "text": "7 đơn vị hành chính", "sentence": [0, 77], "subject": "o1",
         "period": {"text": "năm 2024", "start": "2024-01-01", "end": "2024-12-31"},
         "part_of": None, "baseline": None},
        {"id": "f2", "value": 2.5, "value_max": None, "approx": "about", "unit": "VND", "unit_text": "tỷ đồng",
         "quantity_kind": "money", "measure": None, "change": None, "span": [90, 105],
         "text": "khoảng 2,5 tỷ đồng", "sentence": [78, 110], "subject": None, "period": None,
         "part_of": None, "baseline": None},
    ],
    "events": [
        {"id": "e1", "type": "merge",
         "participants": [{"name": "xã Tân Lập", "org": "o2", "span": [120, 130]},
                          {"name": "xã Tân Phú", "org": "o3", "span": [135, 145]}],
         "result": {"name": "xã Tân Lập Phú", "org": None, "span": None}, "count": 2,
         "trigger": "sáp nhập", "trigger_span": [111, 119],
         "authority": {"name": "huyện Yên Bình", "org": "o1", "span": [80, 88]}, "proposer": None,
         "status": "approved", "span": [111, 160], "sentence": [111, 170]},
    ],
    "checks": [],
    "warnings": [],
}
ERROR = {"schema_version": "1.0.0", "doc_id": "hong", "error": {"kind": "bad_json", "message": "line 3 is cut"}}
EMPTY = {**ARTICLE, "doc_id": "bai-2", "organizations": [], "facts": [], "events": []}

# (table, row index, column, expected value)
EXPECTED_CELLS = [
    ("articles", 0, "doc_id", "bai-1"),
    ("articles", 0, "authors", "Lê Văn An; Trần Thị Bình"),
    ("articles", 0, "facts", 2),
    ("articles", 0, "organizations", 3),
    ("articles", 1, "error_kind", "bad_json"),
    ("articles", 1, "title", None),
    ("articles", 2, "facts", 0),
    ("facts", 0, "start", 33),
    ("facts", 0, "end", 52),
    ("facts", 0, "change_direction", "decrease"),
    ("facts", 0, "subject_name", "huyện Yên Bình"),
    ("facts", 0, "period_start", "2024-01-01"),
    ("facts", 1, "value", 2.5),
    ("facts", 1, "change_type", None),
    ("events", 0, "participants", "xã Tân Lập; xã Tân Phú"),
    ("events", 0, "participant_orgs", "o2; o3"),
    ("events", 0, "result_name", "xã Tân Lập Phú"),
    ("events", 0, "authority_org", "o1"),
    ("events", 0, "trigger_start", 111),
    ("events", 0, "count", 2),
    ("organizations", 0, "aliases", "Yên Bình"),
    ("organizations", 0, "mention_count", 2),
    ("organizations", 2, "first_start", 135),
]
ROWS = {"articles": 3, "facts": 2, "events": 1, "organizations": 3}


@pytest.fixture
def records_path(tmp_path: Path) -> Path:
    path = tmp_path / "out.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in (ARTICLE, ERROR, EMPTY)]
    path.write_text("\n".join(lines) + '\n{"doc_id": "cut-off', encoding="utf-8")  # a crash's last line
    return path


def test_the_hand_written_records_are_valid() -> None:
    assert record_problems(ARTICLE) == [] and record_problems(ERROR) == [] and record_problems(EMPTY) == []


def test_parquet_rows(records_path: Path, tmp_path: Path) -> None:
    counts = write_tables(records_path, tmp_path / "t")
    assert counts.rows == ROWS
    frames = {name: pq.read_table(tmp_path / "t" / f"{name}.parquet").to_pylist() for name in TABLES}
    assert {name: len(rows) for name, rows in frames.items()} == ROWS
    for table, index, column, value in EXPECTED_CELLS:
        assert frames[table][index][column] == value, (table, index, column)
    fact = frames["facts"][0]
    assert ARTICLE["facts"][0]["text"] == fact["text"] and fact["doc_id"] == "bai-1"


def test_csv_matches_parquet(records_path: Path, tmp_path: Path) -> None:
    write_tables(records_path, tmp_path / "t")
    for name, columns in TABLES.items():
        with (tmp_path / "t" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == ROWS[name]
        assert list(rows[0]) == list(columns)
    with (tmp_path / "t" / "facts.csv").open(encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert (first["start"], first["end"], first["text"]) == ("33", "52", "7 đơn vị hành chính")


def test_empty_tables_keep_their_columns(tmp_path: Path) -> None:
    path = tmp_path / "only-errors.jsonl"
    path.write_text(json.dumps(ERROR) + "\n", encoding="utf-8")
    write_tables(path, tmp_path / "t")
    for name, columns in TABLES.items():
        table = pq.read_table(tmp_path / "t" / f"{name}.parquet")
        assert table.column_names == list(columns)
        assert table.num_rows == (1 if name == "articles" else 0)


def test_tables_command(records_path: Path, tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(tables)
    app.command(name="noop")(lambda: None)  # two commands, so the command name is part of the call
    result = CliRunner().invoke(app, ["tables", str(records_path), str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    assert "2 facts" in result.output and (tmp_path / "t" / "events.parquet").is_file()
    missing = CliRunner().invoke(app, ["tables", str(tmp_path / "none.jsonl"), str(tmp_path / "t")])
    assert missing.exit_code == 2
