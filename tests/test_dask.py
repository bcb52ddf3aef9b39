"""The Dask engine on a LocalCluster of 2 single-threaded worker processes gives the local engine's records.

Input: the articles of the bundled corpus (``corpora/**/*.txt``) plus a small JSONL of made-up articles
with a few bad lines, cut into partitions of 4 so both workers get work.
Everything runs under a bounded timeout so a stuck cluster fails the test
instead of hanging CI.
"""

from __future__ import annotations

import dataclasses
import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

pytest.importorskip("distributed")

import extractor.batch.runner as runner
from extractor.batch import extract_partition, run_batch
from extractor.batch.command import batch
from extractor.batch.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
TIMEOUT_SECONDS = 120

ARTICLES = [
    "Năm 2025, tỉnh Hòa Sơn giảm 15 đơn vị hành chính cấp xã, còn 102 xã, phường.",
    "Ủy ban nhân dân huyện Bình Lâm đề xuất sáp nhập xã Tân Mỹ và xã Tân Hòa thành xã Tân Mỹ Hòa.",
    "Trường Tiểu học Kim Đồng được đổi tên thành Trường Tiểu học Đoàn Kết.",
    "Có 86,4% hồ sơ được giải quyết trước hạn, tăng 12 điểm phần trăm so với năm 2023.",
    "Thành phố giải thể 4 ban quản lý dự án, tiết kiệm gần 3 tỷ đồng mỗi năm.",
]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    records = [{"id": f"d{i}", "text": f"{ARTICLES[i % 5]} {ARTICLES[(i + 2) % 5]}"} for i in range(14)]
    bad = ['{"id": "hong", "text": ', '{"id": "so", "text": 1}']
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + bad
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(CORPUS / "**" / "*.txt"), str(path)]


@pytest.fixture
def small_partitions(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = dataclasses.replace(runner.SETTINGS, batch_partition_size=4, batch_connect_timeout_seconds=60.0)
    monkeypatch.setattr(runner, "SETTINGS", settings)


def bounded(function, *args, **kwargs):
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(function, *args, **kwargs).result(timeout=TIMEOUT_SECONDS)


def test_dask_engine_gives_the_local_engine_records(inputs: list[str], tmp_path: Path, small_partitions: None) -> None:
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(inputs, local_out, workers=1, progress=Progress(enabled=False))
    app = typer.Typer()
    app.command()(batch)
    result = bounded(
        CliRunner().invoke, app, [*inputs, "-o", str(dask_out), "--engine", "dask", "--workers", "2", "--strict"]
    )
    assert result.exit_code == 1, result.output  # two bad lines: error records, so --strict fails
    local_lines = sorted(local_out.read_text(encoding="utf-8").splitlines())
    dask_lines = sorted(dask_out.read_text(encoding="utf-8").splitlines())
    assert dask_lines == local_lines
    doc_ids = [json.loads(line)["doc_id"] for line in dask_lines]
    assert len(doc_ids) == len(set(doc_ids)) == 14 + 2 + len(list(CORPUS.rglob("*.txt")))
    # "16 articles" as a count, not the tail of a rate ("38.16 articles/s")
    assert not re.search(r"(?<![\d.])16 articles(?!/s)", result.output) and "errors" in result.output


def test_the_unit_of_work_runs_as_dask_bag_map_partitions(tmp_path: Path) -> None:
    """The documented scale-out recipe: read_text → map_partitions(extract_partition) → lines."""
    import dask
    import dask.bag as db

    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": f"b{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(ARTICLES)) + "\n",
        encoding="utf-8",
    )
    bag = db.read_text(str(path)).map_partitions(extract_partition)
    with dask.config.set(scheduler="synchronous"):
        lines = bounded(bag.compute)
    assert sorted(json.loads(line)["doc_id"] for line in lines) == [f"b{i}" for i in range(5)]


def test_the_unit_of_work_runs_under_spark_map_partitions(tmp_path: Path) -> None:
    pyspark = pytest.importorskip("pyspark")
    spark = pyspark.sql.SparkSession.builder.master("local[2]").appName("extractor-test").getOrCreate()
    try:
        rows = [json.dumps({"id": f"s{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(ARTICLES)]
        lines = spark.sparkContext.parallelize(rows, 2).mapPartitions(extract_partition).collect()
    finally:
        spark.stop()
    assert sorted(json.loads(line)["doc_id"] for line in lines) == [f"s{i}" for i in range(5)]
