"""The CLI on hostile input: one valid record per article, errors flagged, exit 0 unless --strict."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.schema import record_problems
from tests.encodings import cp1258_bytes

runner = CliRunner()
ARTICLE = "Năm 2024, huyện Mường Khương đã sáp nhập 4 trường tiểu học, giảm 2 đầu mối.\n"


def _run(*args: str, stdin: str | None = None) -> tuple[int, list[dict]]:
    result = runner.invoke(app, list(args), input=stdin)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    for record in records:
        assert record_problems(record) == [], record
    return result.exit_code, records


HOSTILE = [
    # file name, bytes, expected error kind or None for a readable article
    ("empty.txt", b"", "empty"),
    ("random.txt", bytes(range(256)) * 8, "unreadable"),
    ("utf16.txt", ARTICLE.encode("utf-16"), None),
    ("utf8bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), None),
    ("legacy.txt", None, None),  # Windows-1258, written by cp1258_bytes
    ("script.html", (
        "<html><head><title>Tin</title><script>alert('x')</script></head><body><article>"
        f"<p>{ARTICLE}</p><p>Huyện còn 12 trường học sau sắp xếp.</p></article></body></html>"
    ).encode(), None),
]


@pytest.mark.parametrize(("name", "data", "error"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_each_hostile_file_gives_one_valid_record(tmp_path: Path, name: str, data: bytes | None, error) -> None:
    path = tmp_path / name
    path.write_bytes(data if data is not None else cp1258_bytes(ARTICLE))
    code, records = _run("extract", str(path))
    assert code == 0
    assert len(records) == 1
    assert records[0]["doc_id"] == path.stem
    if error:
        assert records[0]["error"]["kind"] == error
    else:
        assert "error" not in records[0]
        assert "alert" not in json.dumps(records[0], ensure_ascii=False)


def test_a_five_megabyte_file_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE * (5_000_000 // len(ARTICLE.encode("utf-8"))), encoding="utf-8")
    assert os.path.getsize(path) > 4_900_000
    code, records = _run("extract", str(path))
    assert code == 0
    assert [r["error"]["kind"] for r in records] == ["too_large"]


def test_jsonl_mixing_good_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "title": "x"}),
        json.dumps({"id": "d", "text": 42}),
        "",
        json.dumps({"id": "e", "text": ARTICLE, "lang": "vi"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, records = _run("extract", str(path))
    assert code == 0
    assert [r["doc_id"] for r in records] == ["a", "mixed:2", "c", "d", "e"]
    assert [r.get("error", {}).get("kind") for r in records] == [None, "bad_json", "missing_text", "not_text", None]
    assert records[4]["source"] == {"lang": "vi"}
    strict_code, _ = _run("extract", "--strict", str(path))
    assert strict_code == 1


def test_stdin_and_include_text() -> None:
    code, records = _run("extract", "--include-text", "-", stdin=ARTICLE)
    assert code == 0
    assert records[0]["doc_id"] == "stdin"
    assert records[0]["text"] == ARTICLE.strip()


def test_missing_file_is_an_error_record_not_a_traceback(tmp_path: Path) -> None:
    code, records = _run("extract", str(tmp_path / "khong-co.txt"))
    assert code == 0
    assert records[0]["error"]["kind"] == "not_found"


def test_seed_metadata(seed_path: Path) -> None:
    code, records = _run("extract", str(seed_path))
    assert code == 0
    meta = records[0]["metadata"]
    assert records[0]["doc_id"] == "000_b90e50cb51102e60"
    assert meta["title"] == "Sở Lao động - Thương binh và Xã hội tăng cường thực hiện cải cách hành chính"
    assert meta["publisher"] == "Báo Hà Giang điện tử"
    assert meta["published_at"] == "2018-06-18T16:07:00+07:00"
    assert meta["authors"] == [{"name": "Sùng Đại Hùng", "role": "Tỉnh ủy viên - Giám đốc Sở Lao động - TBXH"}]
    assert meta["dateline"] == "BHG"


def test_help_names_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.stdout


def test_a_stage_that_raises_costs_one_article_in_extract(tmp_path: Path, failing_stage: str) -> None:
    for name in (failing_stage, "ok"):
        (tmp_path / f"{name}.txt").write_text("Huyện sáp nhập 2 trường tiểu học.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "boom.txt"), str(tmp_path / "ok.txt")])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["doc_id"] for r in records] == ["boom", "ok"]
    assert records[0]["error"]["kind"] == "internal" and "IndexError" in records[0]["error"]["message"]
    assert "error" not in records[1] and not record_problems(records[0])
