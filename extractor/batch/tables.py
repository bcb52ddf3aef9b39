"""Flat tables for analysts: articles, facts, events and organizations, as Parquet and CSV.

One row per item, each with its ``doc_id`` and its spans as ``start``/``end``
columns, so pandas, DuckDB or a spreadsheet read them without knowing the JSON
record. Nested parts are spread into columns (``change_direction``,
``period_start``); lists of names are joined with ``"; "`` and also kept whole
as JSON (``participants_json``) for whoever needs them exact.

The records are streamed: rows are written in row groups of a few thousand, so
a million-article output needs no more memory than a small one. Every table has
a fixed schema and is written even when empty, so scripts can rely on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["TABLES", "TableCounts", "arrow_schema", "write_tables"]

_ROWS_PER_GROUP = 5_000
_JOIN = "; "

# Column name -> Arrow type name; the order is the column order of the files.
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "doc_id": "string", "title": "string", "publisher": "string", "published_at": "string",
        "authors": "string", "dateline": "string", "facts": "int64", "events": "int64",
        "organizations": "int64", "warnings": "int64", "error_kind": "string", "error_message": "string",
    },
    "facts": {
        "doc_id": "string", "fact_id": "string", "value": "float64", "value_max": "float64",
        "approx": "string", "unit": "string", "unit_text": "string", "quantity_kind": "string",
        "measure": "string", "change_direction": "string", "change_type": "string",
        "change_compared_to": "string", "start": "int64", "end": "int64", "text": "string",
        "sentence_start": "int64", "sentence_end": "int64", "subject": "string", "subject_name": "string",
        "period_text": "string", "period_start": "string", "period_end": "string", "part_of": "string",
        "baseline": "float64",
    },
    "events": {
        "doc_id": "string", "event_id": "string", "type": "string", "status": "string", "count": "int64",
        "trigger": "string", "trigger_start": "int64", "trigger_end": "int64",
        "participants": "string", "participant_orgs": "string", "participants_json": "string",
        "result_name": "string", "result_org": "string", "authority_name": "string", "authority_org": "string",
        "proposer_name": "string", "proposer_org": "string",
        "start": "int64", "end": "int64", "sentence_start": "int64", "sentence_end": "int64",
    },
    "organizations": {
        "doc_id": "string", "org_id": "string", "name": "string", "kind": "string", "aliases": "string",
        "mention_count": "int64", "first_start": "int64", "first_end": "int64", "mentions_json": "string",
    },
}


@dataclass
class TableCounts:
    """Rows written per table."""

    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))


def write_tables(records_path: Path, out_dir: Path, *, formats: tuple[str, ...] = ("parquet", "csv")) -> TableCounts:
    """Write ``<table>.parquet`` and ``<table>.csv`` under ``out_dir`` from a JSONL of records.

    Lines that are not JSON records (a cut-off last line) are skipped: the
    tables describe what the output holds, and ``extractor batch --resume``
    is what repairs an output.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {name: _TableWriter(out_dir, name, arrow_schema(name), formats) for name in TABLES}
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    counts = TableCounts()
    try:
        for record in _records(records_path):
            for name, rows in _rows(record).items():
                buffers[name].extend(rows)
                counts.rows[name] += len(rows)
                if len(buffers[name]) >= _ROWS_PER_GROUP:
                    writers[name].write(buffers[name])
                    buffers[name] = []
        for name, rows in buffers.items():
            writers[name].write(rows)
    finally:
        for writer in writers.values():
            writer.close()
    return counts


def arrow_schema(table: str) -> Any:
    """The fixed Arrow schema of one table (the same whatever the records hold)."""
    import pyarrow as pa

    return pa.schema([(column, getattr(pa, kind)()) for column, kind in TABLES[table].items()])


class _TableWriter:
    """One table's Parquet and CSV files, appended row group by row group."""

    def __init__(self, out_dir: Path, name: str, schema: Any, formats: tuple[str, ...]) -> None:
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        self.schema = schema
        self.writers: list[Any] = []
        if "parquet" in formats:
            self.writers.append(pq.ParquetWriter(out_dir / f"{name}.parquet", schema))
        if "csv" in formats:
            self.writers.append(pacsv.CSVWriter(out_dir / f"{name}.csv", schema))

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if not rows:
            return
        table = pa.Table.from_pylist(rows, schema=self.schema)
        for writer in self.writers:
            writer.write_table(table)

    def close(self) -> None:
        for writer in self.writers:
            writer.close()


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as handle:
        for raw in handle:
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("doc_id"), str):
                yield record


def _rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    doc_id = record["doc_id"]
    metadata = record.get("metadata") or {}
    error = record.get("error") or {}
    organizations = record.get("organizations") or []
    names = {org.get("id"): org.get("name") for org in organizations}
    article = {
        "doc_id": doc_id,
        "title": metadata.get("title"),
        "publisher": metadata.get("publisher"),
        "published_at": metadata.get("published_at"),
        "authors": _joined(a.get("name") for a in metadata.get("authors") or []),
        "dateline": metadata.get("dateline"),
        "facts": len(record.get("facts") or []),
        "events": len(record.get("events") or []),
        "organizations": len(organizations),
        "warnings": len(record.get("warnings") or []),
        "error_kind": error.get("kind"),
        "error_message": error.get("message"),
    }
    return {
        "articles": [article],
        "facts": [_fact_row(doc_id, fact, names) for fact in record.get("facts") or []],
        "events": [_event_row(doc_id, event) for event in record.get("events") or []],
        "organizations": [_organization_row(doc_id, org) for org in organizations],
    }


def _fact_row(doc_id: str, fact: dict[str, Any], names: dict[Any, Any]) -> dict[str, Any]:
    change = fact.get("change") or {}
    period = fact.get("period") or {}
    start, end = _span(fact.get("span"))
    sentence_start, sentence_end = _span(fact.get("sentence"))
    return {
        "doc_id": doc_id,
        "fact_id": fact.get("id"),
        "value": fact.get("value"),
        "value_max": fact.get("value_max"),
        "approx": fact.get("approx"),
        "unit": fact.get("unit"),
        "unit_text": fact.get("unit_text"),
        "quantity_kind": fact.get("quantity_kind"),
        "measure": fact.get("measure"),
        "change_direction": change.get("direction"),
        "change_type": change.get("type"),
        "change_compared_to": change.get("compared_to"),
        "start": start,
        "end": end,
        "text": fact.get("text"),
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "subject": fact.get("subject"),
        "subject_name": names.get(fact.get("subject")),
        "period_text": period.get("text"),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "part_of": fact.get("part_of"),
        "baseline": fact.get("baseline"),
    }


def _event_row(doc_id: str, event: dict[str, Any]) -> dict[str, Any]:
    participants = event.get("participants") or []
    result = event.get("result") or {}
    authority = event.get("authority") or {}
    proposer = event.get("proposer") or {}
    start, end = _span(event.get("span"))
    trigger_start, trigger_end = _span(event.get("trigger_span"))
    sentence_start, sentence_end = _span(event.get("sentence"))
    return {
        "doc_id": doc_id,
        "event_id": event.get("id"),
        "type": event.get("type"),
        "status": event.get("status"),
        "count": event.get("count"),
        "trigger": event.get("trigger"),
        "trigger_start": trigger_start,
        "trigger_end": trigger_end,
        "participants": _joined(p.get("name") for p in participants),
        "participant_orgs": _joined(p.get("org") or "" for p in participants),
        "participants_json": json.dumps(participants, ensure_ascii=False),
        "result_name": result.get("name"),
        "result_org": result.get("org"),
        "authority_name": authority.get("name"),
        "authority_org": authority.get("org"),
        "proposer_name": proposer.get("name"),
        "proposer_org": proposer.get("org"),
        "start": start,
        "end": end,
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
    }


def _organization_row(doc_id: str, org: dict[str, Any]) -> dict[str, Any]:
    mentions = org.get("mentions") or []
    first_start, first_end = _span(mentions[0] if mentions else None)
    return {
        "doc_id": doc_id,
        "org_id": org.get("id"),
        "name": org.get("name"),
        "kind": org.get("kind"),
        "aliases": _joined(org.get("aliases") or []),
        "mention_count": len(mentions),
        "first_start": first_start,
        "first_end": first_end,
        "mentions_json": json.dumps(mentions),
    }


def _span(span: Any) -> tuple[int | None, int | None]:
    if isinstance(span, (list, tuple)) and len(span) == 2:
        return span[0], span[1]
    return None, None


def _joined(values: Any) -> str | None:
    values = [str(v) for v in values if v is not None]
    return _JOIN.join(values) if values else None
