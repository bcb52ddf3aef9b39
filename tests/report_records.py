"""Records built by hand for the report tests: small, readable, and only the fields the report reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def fact(
    value: float,
    unit: str,
    *,
    subject: str | None = "o1",
    text: str | None = None,
    approx: str = "exact",
    value_max: float | None = None,
    measure: str | None = None,
    period: tuple[str, str] | None = None,
    change: str | None = None,
) -> dict[str, Any]:
    """One fact; ``change`` is ``"increase"`` or ``"decrease"`` (by an amount)."""
    return {
        "value": value,
        "value_max": value_max,
        "approx": approx,
        "unit": unit,
        "unit_text": unit,
        "quantity_kind": "count",
        "measure": measure,
        "change": {"direction": change, "type": "by", "compared_to": None} if change else None,
        "span": [0, 1],
        "text": text or f"{value:g} {unit}",
        "sentence": [0, 1],
        "subject": subject,
        "period": {"text": "năm", "start": period[0], "end": period[1]} if period else None,
        "part_of": None,
        "baseline": None,
    }


def event(kind: str, participants: list[str], result: str | None) -> dict[str, Any]:
    return {
        "type": kind,
        "participants": [{"name": name} for name in participants],
        "result": {"name": result} if result else None,
        "count": None,
        "span": [0, 1],
    }


def article(
    doc_id: str,
    *,
    title: str = "Tin giáo dục",
    published: str | None = "2025-08-01T08:00:00+07:00",
    subject: str = "Sở Giáo dục và Đào tạo",
    facts: list[dict[str, Any]] = (),
    events: list[dict[str, Any]] = (),
    outlet: str = "vidu.vn",
    organizations: list[dict[str, Any]] = (),
) -> dict[str, Any]:
    """A record with ids filled in; the subject of every fact is ``o1``, named ``subject``."""
    return {
        "schema_version": "1.0.0",
        "doc_id": doc_id,
        "metadata": {"title": title, "publisher": None, "published_at": published, "authors": [], "dateline": None},
        "abbreviations": [],
        "organizations": [
            {"id": "o1", "name": subject, "kind": "department", "aliases": [], "mentions": [[0, 1]]},
            *organizations,
        ],
        "facts": [{"id": f"f{i}", **item} for i, item in enumerate(facts, 1)],
        "events": [{"id": f"e{i}", **item} for i, item in enumerate(events, 1)],
        "checks": [],
        "warnings": [],
        "source": {"source_domain": outlet},
    }


def write_records(path: Path, records: list[dict[str, Any]], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path
