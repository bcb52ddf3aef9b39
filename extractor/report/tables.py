"""The tables behind the report, as Parquet and CSV: what a chart shows, an analyst can load in pandas.

``articles``, ``series`` (one row per series), ``points`` (one row per figure of a series, with
its ``series_id``), ``conflicts`` (one row per pair, both sides), ``events`` (with the official
verdict) and ``errors``. Lists are joined with ``"; "``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.report.collect import Corpus
from extractor.report.series import Conflict, Series

__all__ = ["write_report_tables"]

_JOIN = "; "


def write_report_tables(corpus: Corpus, series: list[Series], conflicts: list[Conflict], out_dir: Path) -> list[str]:
    """Write every table under ``out_dir/tables`` and return their names."""
    folder = out_dir / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[dict[str, Any]]] = {
        "articles": corpus.articles,
        "series": [_series_row(s) for s in series],
        "points": [{"series_id": s.id, **point} for s in series for point in s.points],
        "conflicts": [_conflict_row(c) for c in conflicts],
        "events": [_event_row(e) for e in corpus.events],
        "errors": corpus.errors,
    }
    for name, rows in tables.items():
        _write(folder, name, rows)
    return list(tables)


def _series_row(series: Series) -> dict[str, Any]:
    return {
        "series_id": series.id,
        "subject": series.subject,
        "subject_key": series.key[0],
        "unit": series.unit,
        "measure": series.measure,
        "change": series.change,
        "points": len(series.points),
        "articles": series.articles,
    }


def _conflict_row(conflict: Conflict) -> dict[str, Any]:
    row: dict[str, Any] = {
        "series_id": conflict.series.id,
        "subject": conflict.series.subject,
        "unit": conflict.series.unit,
        "gap": round(conflict.gap, 4),
        "period_start": conflict.first["period_start"],
        "period_end": conflict.first["period_end"],
    }
    for side, point in (("a", conflict.first), ("b", conflict.second)):
        for column in ("doc_id", "outlet", "value", "approx", "figure", "quote", "published_at"):
            row[f"{side}_{column}"] = point[column]
    return row


def _event_row(event: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: v for k, v in event.items() if k not in ("participants", "official")},
        "participants": _JOIN.join(event["participants"]),
        "official": _JOIN.join(f"{o['name']} → {' | '.join(o['becomes'])}" for o in event["official"]),
    }


def _write(folder: Path, name: str, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows) if rows else pa.table({"empty": pa.array([], pa.string())})
    pq.write_table(table, folder / f"{name}.parquet")
    pacsv.write_csv(table, folder / f"{name}.csv")
