"""``extractor batch``: one record per input article whatever the input, crash-safe output, resume.

The articles are made-up sentences written into ``tmp_path``; the bulk corpus in
``../shared`` is used for a slice when it is there. Most tests run the batch in
this process (``--workers 1``); those about the process pool use 2 workers.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from extractor import settings
from extractor.batch import extract_partition, run_batch
from extractor.batch.command import batch, tables
from extractor.batch.local import LocalEngine
from extractor.batch.progress import Progress, count_articles
from extractor.batch.resume import repair_and_scan
from extractor.batch.work import BatchAborted, ChunkResult, PipelineUnavailable, ReadFailure, extract_chunk
from extractor.io.records import ArticleInput

ROOT = Path(__file__).resolve().parent.parent

# Short made-up articles: a figure, an organization, a restructuring trigger, in varying order.
ARTICLES = [
    "Năm 2024, huyện Yên Bình đã giảm 7 đơn vị hành chính cấp xã sau khi sắp xếp.",
    "Sở Nội vụ cho biết tỉnh sẽ sáp nhập 3 trường tiểu học thành 1 trường liên cấp.",
    "Tỷ lệ hồ sơ nộp trực tuyến tăng 25% so với cùng kỳ năm trước.",
    "Thành phố thành lập Trung tâm Phục vụ hành chính công với 40 cán bộ.",
    "Xã Tân Lập được đổi tên thành xã Tân Phú từ ngày 1/7/2025.",
    "Hơn 1.200 thủ tục hành chính được cắt giảm, tiết kiệm khoảng 2,5 tỷ đồng mỗi năm.",
]
BULK = ROOT.parent / "shared" / "corpora" / "bulk" / "education-news.jsonl"


def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(batch)
    app.command()(tables)
    return app


def invoke(*args: str):
    return CliRunner().invoke(cli(), [str(a) for a in args])


def write_jsonl(path: Path, records: list[dict], extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_records(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the output ends with a cut-off line"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A byte limit small enough to exceed without writing megabytes (read in the driver)."""
    monkeypatch.setattr(settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, max_input_bytes=30_000))


# --- mixed input: exactly one record per article ------------------------------------------------

# (file name, content, expected {doc_id: error kind or None})
MIXED = [
    ("bai-viet.txt", ARTICLES[0].encode("utf-8"), {"bai-viet": None}),
    ("utf16.txt", ("\n".join(ARTICLES[1:3])).encode("utf-16"), {"utf16": None}),
    ("trang.html", f"<html><body><h1>Tin</h1><p>{ARTICLES[3]}</p><p>{ARTICLES[4]}</p></body></html>".encode(),
     {"trang": None}),
    ("rong.txt", b"", {"rong": "empty"}),
    ("nhieu.txt", random.Random(11).randbytes(2_000), {"nhieu": "unreadable"}),
    ("qua-lon.txt", ("Văn bản dài. " * 3_000).encode("utf-8"), {"qua-lon": "too_large"}),
    ("rong.jsonl", b"\n\n", {"rong": "empty"}),
    ("tu-dien.json", json.dumps({"id": "np-1", "maintext": ARTICLES[5], "title": "Tin"}).encode(), {"np-1": None}),
]
JSONL_GOOD = [{"id": f"j{i}", "text": text} for i, text in enumerate(ARTICLES)]
JSONL_BAD = [
    '{"id": "cut", "text": "Huyện giảm 3',           # cut off mid-record
    "[1, 2, 3]",                                      # not an object
    '{"id": "so", "text": 42}',                       # text is not a string
    '{"id": "khong-co", "title": "Không có nội dung"}',  # no text at all
    '{"id": "dai", "text": "' + "x" * 40_000 + '"}',   # over the byte limit
]
JSONL_BAD_EXPECTED = {"mixed:7": "bad_json", "mixed:8": "bad_json", "so": "not_text",
                      "khong-co": "missing_text", "mixed:11": "too_large"}


def mixed_inputs(folder: Path) -> tuple[list[str], Counter]:
    """A folder of mixed files plus a JSONL with broken lines; returns (inputs, expected error kinds)."""
    expected: Counter = Counter()
    files = folder / "files"
    files.mkdir()
    for name, content, outcome in MIXED:
        (files / name).write_bytes(content)
        expected.update({(doc_id, kind) for doc_id, kind in outcome.items()})
    write_jsonl(folder / "mixed.jsonl", JSONL_GOOD, JSONL_BAD)
    expected.update({(r["id"], None) for r in JSONL_GOOD})
    expected.update(JSONL_BAD_EXPECTED.items())
    with gzip.open(folder / "nen.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "gz-1", "text": ARTICLES[2]}, ensure_ascii=False) + "\n")
        handle.write('{"id": "gz-2", "text": ' + "\n")
    expected.update([("gz-1", None), ("nen:2", "bad_json")])
    inputs = [str(files), str(folder / "mixed.jsonl"), str(folder / "*.jsonl.gz")]
    if BULK.is_file():
        head = BULK.read_text(encoding="utf-8").splitlines()[:4]
        (folder / "bulk-head.jsonl").write_text("\n".join(head) + "\n", encoding="utf-8")
        inputs.append(str(folder / "bulk-head.jsonl"))
        expected.update((json.loads(line)["id"], None) for line in head)
    return inputs, expected


def outcomes(records: list[dict]) -> Counter:
    return Counter((r["doc_id"], r["error"]["kind"] if "error" in r else None) for r in records)


@pytest.mark.parametrize("workers", [1, 2])
def test_mixed_input_gives_exactly_one_record_per_article(tmp_path: Path, small_limits: None, workers: int) -> None:
    inputs, expected = mixed_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    result = invoke("batch", *inputs, "-o", out, "--workers", workers)
    assert result.exit_code == 0, result.output
    records = read_records(out)
    assert outcomes(records) == expected
    errors = sum(1 for kind in expected.elements() if kind[1])
    assert f"{len(records)} articles ({errors} errors)" in result.output
    assert "facts" in result.output and "articles/s" in result.output


def test_strict_fails_on_error_records_only(tmp_path: Path, small_limits: None) -> None:
    inputs, _ = mixed_inputs(tmp_path)
    assert invoke("batch", *inputs, "-o", tmp_path / "a.jsonl", "--workers", 1, "--strict").exit_code == 1
    clean = write_jsonl(tmp_path / "clean.jsonl", JSONL_GOOD)
    assert invoke("batch", clean, "-o", tmp_path / "b.jsonl", "--workers", 1, "--strict").exit_code == 0


def test_records_match_the_extract_command(tmp_path: Path) -> None:
    """Same bytes per article as ``extractor extract`` (which keeps input order; batch does not)."""
    from extractor.io.readers import iter_inputs
    from extractor.io.writers import write_record
    from extractor.pipeline import extract_input

    source = write_jsonl(tmp_path / "in.jsonl", JSONL_GOOD, JSONL_BAD[:2])
    expected = io.StringIO()
    for item in iter_inputs([str(source)]):
        write_record(extract_input(item), expected)
    run_batch([str(source)], tmp_path / "out.jsonl", workers=1, progress=Progress(enabled=False))
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert sorted(written.splitlines()) == sorted(expected.getvalue().splitlines())


def test_tables_option_writes_the_tables(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", JSONL_GOOD)
    result = invoke("batch", source, "-o", tmp_path / "out.jsonl", "--workers", 1, "--tables", tmp_path / "t")
    assert result.exit_code == 0, result.output
    names = {p.name for p in (tmp_path / "t").iterdir()}
    tables = ("articles", "facts", "events", "organizations")
    assert names == {f"{table}.{ext}" for table in tables for ext in ("parquet", "csv")}


def test_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", JSONL_GOOD[:1])
    result = invoke("batch", source, "-o", tmp_path / "o.jsonl", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2


# --- the unit of work ---------------------------------------------------------------------------

PARTITION_ITEMS = [
    # (item, doc_id or None for a content hash, error kind or None)
    (json.dumps({"id": "dong-1", "text": ARTICLES[0]}, ensure_ascii=False), "dong-1", None),
    (json.dumps({"id": "dong-2", "text": ARTICLES[1]}).encode(), "dong-2", None),
    ({"id": "dict-1", "maintext": ARTICLES[2], "title": "Tin"}, "dict-1", None),
    ({"text": ARTICLES[3]}, None, None),
    ('{"id": "hong", "text": ', None, "bad_json"),
    (b"\xff\xfe{", None, "unreadable"),
    ('"chỉ là chuỗi"', None, "bad_json"),
    ({"id": "rong", "text": "   "}, "rong", "empty"),
    (ArticleInput(doc_id="ai-1", text=ARTICLES[4]), "ai-1", None),
    (ReadFailure("rf-1", "unreadable", "made-up failure"), "rf-1", "unreadable"),
    (42, "unknown", "bad_json"),
]


def test_extract_partition_gives_one_line_per_item_in_order() -> None:
    items = [item for item, _, _ in PARTITION_ITEMS]
    lines = list(extract_partition([items[0], "", b"  \n", *items[1:], "\n"]))  # blank lines are no articles
    assert len(lines) == len(PARTITION_ITEMS)
    for line, (_, doc_id, kind) in zip(lines, PARTITION_ITEMS):
        assert "\n" not in line
        record = json.loads(line)
        if doc_id is not None:
            assert record["doc_id"] == doc_id
        assert (record["error"]["kind"] if "error" in record else None) == kind


def test_a_stage_that_raises_costs_one_article(failing_stage: str) -> None:
    items = [ArticleInput("ok-1", ARTICLES[0]), ArticleInput(failing_stage, ARTICLES[1]),
             ArticleInput("ok-2", ARTICLES[2])]
    result = extract_chunk(items)
    records = [json.loads(line) for line in result.lines]
    assert [r["doc_id"] for r in records] == ["ok-1", "boom", "ok-2"]
    assert records[1]["error"]["kind"] == "internal" and "IndexError" in records[1]["error"]["message"]
    assert result.errors == 1


def dies_on_poison(items: list, include_text: bool = False) -> ChunkResult:
    """A task for the pool whose worker dies on the article with id ``poison``, like a native crash."""
    if any(item.doc_id == "poison" for item in items):
        os._exit(13)
    return extract_chunk(items, include_text)


def test_a_worker_that_dies_costs_only_its_article() -> None:
    items = [ArticleInput(f"a{i}", ARTICLES[i % len(ARTICLES)]) for i in range(12)]
    items.insert(5, ArticleInput("poison", ARTICLES[0]))
    chunks = [items[i : i + 3] for i in range(0, len(items), 3)]
    engine = LocalEngine(2, task=dies_on_poison)
    records = [json.loads(line) for result in engine.run(chunks) for line in result.lines]
    assert sorted(r["doc_id"] for r in records) == sorted(item.doc_id for item in items)
    failed = {r["doc_id"]: r["error"]["kind"] for r in records if "error" in r}
    assert failed == {"poison": "internal"}


def always_dies(items: list, include_text: bool = False) -> ChunkResult:
    os._exit(13)


def cannot_load(items: list, include_text: bool = False) -> ChunkResult:
    raise PipelineUnavailable("the extraction pipeline does not load: made-up ImportError")


@pytest.mark.parametrize(("task", "error"), [(always_dies, BatchAborted), (cannot_load, PipelineUnavailable)])
def test_a_batch_that_cannot_go_on_stops_instead_of_failing_every_article(task, error) -> None:
    items = [ArticleInput(f"a{i}", ARTICLES[0]) for i in range(20)]
    with pytest.raises(error):
        list(LocalEngine(2, task=task).run([items[i : i + 2] for i in range(0, 20, 2)]))


# --- resume -------------------------------------------------------------------------------------


def record_line(doc_id: str) -> str:
    return json.dumps({"schema_version": "1.0.0", "doc_id": doc_id, "error": {"kind": "empty", "message": "x"}})


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        ("", []),
        ("{a}\n{b}\n", ["a", "b"]),
        ('{a}\n{b}\n{"schema_version": "1.0', ["a", "b"]),   # cut off mid-record
        ("{a}\n{b}\n{c", ["a", "b"]),                         # cut off just before the end
        ('{a}\n{"doc_id": "b", "er\n', ["a"]),                # a newline, but not the record before it
    ],
)
def test_repair_cuts_only_the_unfinished_last_line(tmp_path: Path, content: str, kept: list) -> None:
    path = tmp_path / "out.jsonl"
    for name in "abc":
        content = content.replace("{" + name + "}", record_line(name))
    content = content.replace("{c", record_line("c")[:-8])
    path.write_text(content, encoding="utf-8")
    state = repair_and_scan(path)
    expected = "".join(record_line(name) + "\n" for name in kept)
    assert sorted(state.done.elements()) == kept
    assert state.repaired_bytes == len(content) - len(expected)
    assert path.read_text(encoding="utf-8") == expected


def test_resume_skips_what_is_done_and_repairs(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [*JSONL_GOOD, JSONL_GOOD[0]])  # j0 twice: two records due
    out = tmp_path / "out.jsonl"
    out.write_text(record_line("j0") + "\n" + record_line("j3") + "\n" + record_line("j4")[:30], encoding="utf-8")
    result = invoke("batch", source, "-o", out, "--workers", 1, "--resume")
    assert result.exit_code == 0, result.output
    assert "2 already in the output, skipped" in result.output and "cut-off last line" in result.output
    assert Counter(r["doc_id"] for r in read_records(out)) == Counter({**{f"j{i}": 1 for i in range(6)}, "j0": 2})
    # --strict also counts the error records the earlier run left
    assert invoke("batch", source, "-o", out, "--workers", 1, "--resume", "--strict").exit_code == 1


def test_without_resume_the_output_is_replaced(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", JSONL_GOOD[:2])
    out = tmp_path / "out.jsonl"
    out.write_text(record_line("old") + "\n", encoding="utf-8")
    assert invoke("batch", source, "-o", out, "--workers", 1).exit_code == 0
    assert sorted(r["doc_id"] for r in read_records(out)) == ["j0", "j1"]


def test_sigkill_then_resume_gives_every_article_exactly_once(tmp_path: Path) -> None:
    many = [{"id": f"n{i:04d}", "text": " ".join(ARTICLES[j % len(ARTICLES)] for j in range(i, i + 3))}
            for i in range(600)]
    source = write_jsonl(tmp_path / "many.jsonl", many)
    out = tmp_path / "out.jsonl"
    code = "import typer; from extractor.batch.command import batch; typer.run(batch)"
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(source), "-o", str(out), "--workers", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and out.read_bytes().count(b"\n") >= 30):
            assert process.poll() is None, "the batch ended before it could be killed"
            assert time.monotonic() < deadline, "the batch wrote nothing in 60 s"
            time.sleep(0.02)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers: a crash of the whole job
        process.wait(timeout=30)
    written = out.read_bytes().count(b"\n")
    assert 30 <= written < len(many), "the kill did not land part way"
    result = invoke("batch", source, "-o", out, "--workers", 1, "--resume")
    assert result.exit_code == 0, result.output
    records = read_records(out)
    assert Counter(r["doc_id"] for r in records) == Counter(r["id"] for r in many)
    assert all("error" not in r for r in records)


# --- progress -----------------------------------------------------------------------------------


def test_progress_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream=stream, every_seconds=0)
    progress.set_total(10)
    progress.advance(4, errors=1)
    line = stream.getvalue().strip()
    assert line.startswith("batch: 4/10 articles (40.0%)")
    assert "articles/s" in line and "ETA" in line and "1 errors" in line


def test_count_articles_for_the_eta(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "a.jsonl", JSONL_GOOD)
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}')  # no final newline
    (tmp_path / "c.json").write_text(json.dumps([{"text": "x"}] * 3), encoding="utf-8")
    (tmp_path / "d.txt").write_text(ARTICLES[0], encoding="utf-8")
    paths = [str(jsonl), str(tmp_path / "b.jsonl.gz"), str(tmp_path / "c.json"), str(tmp_path / "d.txt")]
    assert count_articles(paths) == len(JSONL_GOOD) + 2 + 3 + 1
    assert count_articles([*paths, "-"]) is None


def test_the_output_is_never_read_as_an_input(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    write_jsonl(folder / "in.jsonl", JSONL_GOOD[:2])
    out = folder / "out.jsonl"
    out.write_text(record_line("old") + "\n", encoding="utf-8")
    assert invoke("batch", folder, "-o", out, "--workers", 1, "--resume").exit_code == 0
    assert sorted(r["doc_id"] for r in read_records(out)) == ["j0", "j1", "old"]
    refused = invoke("batch", out, "-o", out, "--workers", 1)
    assert refused.exit_code == 2 and "both an input and the output" in refused.output
