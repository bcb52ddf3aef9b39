"""Read records once, as a stream, and keep only the small rows the report is made of.

A record can be large (its facts, organizations and, with ``--include-text``, the whole
article); the report needs a few fields of each. So each record is read, turned into an
article row, fact rows (points), event rows and, for an error record, an error row, and
dropped: memory grows with the number of facts, not with the size of the records.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from extractor.check.official import CHECKED_TYPES, official_verdict
from extractor.check.official_map import official_map
from extractor.errors import ExtractorError
from extractor.report.names import province_of, subject_key

__all__ = ["Corpus", "ReportInputError", "collect"]

_QUOTE_CHARS = 320
UNDATED = "undated"


class ReportInputError(ExtractorError):
    """A records file for ``extractor report`` that does not exist or cannot be read."""


@dataclass
class Corpus:
    """Everything the report shows, as rows; ``articles`` are indexed by their position."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    fact_kinds: Counter = field(default_factory=Counter)
    skipped_lines: int = 0


def collect(paths: list[Path]) -> Corpus:
    """Rows of every record in ``paths`` (JSONL from ``extract`` or ``batch``), in file order."""
    corpus = Corpus()
    for path in paths:
        if not path.is_file():
            raise ReportInputError(f"{path}: no such file (give the JSONL written by `extractor batch -o`)")
        for record in _records(path, corpus):
            _add(corpus, record)
    return corpus


def _records(path: Path, corpus: Corpus) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    corpus.skipped_lines += 1
                    continue
                if isinstance(record, dict) and "doc_id" in record:
                    yield record
                else:
                    corpus.skipped_lines += 1
    except OSError as error:
        raise ReportInputError(f"{path}: cannot be read ({error.strerror or error})") from None


def outlet_of(record: dict[str, Any]) -> str:
    """Who published the article: the publisher, else the site it came from, else its source tag."""
    metadata = record.get("metadata") or {}
    source = record.get("source") or {}
    for candidate in (metadata.get("publisher"), source.get("source_domain"), source.get("sitename")):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip().removeprefix("www.")
    url = source.get("url")
    if isinstance(url, str) and urlparse(url).hostname:
        return urlparse(url).hostname.removeprefix("www.")
    return metadata.get("dateline") or "unknown"


def _add(corpus: Corpus, record: dict[str, Any]) -> None:
    metadata = record.get("metadata") or {}
    published = metadata.get("published_at") if isinstance(metadata.get("published_at"), str) else None
    source = record.get("source") or {}
    article = {
        "index": len(corpus.articles),
        "doc_id": str(record["doc_id"]),
        "title": metadata.get("title") or source.get("title") or str(record["doc_id"]),
        "outlet": outlet_of(record),
        "published_at": published,
        "month": published[:7] if published else UNDATED,
        "url": _web_address(source.get("url")),
        "facts": len(record.get("facts") or ()),
        "events": len(record.get("events") or ()),
        "error_kind": None,
    }
    corpus.articles.append(article)
    error = record.get("error")
    if isinstance(error, dict):
        article["error_kind"] = error.get("kind") or "unknown"
        corpus.errors.append(
            {"doc_id": article["doc_id"], "kind": article["error_kind"], "message": str(error.get("message") or "")}
        )
        return
    names = {org.get("id"): org.get("name") for org in record.get("organizations") or () if isinstance(org, dict)}
    text = record.get("text") if isinstance(record.get("text"), str) else None
    for fact in record.get("facts") or ():
        corpus.fact_kinds[fact.get("quantity_kind") or "other"] += 1
        subject = names.get(fact.get("subject"))
        point = _point(article, fact, subject, text) if subject else None
        if point is not None:  # only figures with a subject can join a series
            corpus.points.append(point)
    organizations = [o for o in record.get("organizations") or () if isinstance(o, dict)]
    provinces = [o["name"] for o in organizations if o.get("kind") in ("province", "city") and o.get("name")]
    for event in record.get("events") or ():
        corpus.events.append(_event_row(article, event, provinces))


def _web_address(url: Any) -> str | None:
    """Only http(s) addresses become links: a ``javascript:`` one in a record must not."""
    return url if isinstance(url, str) and urlparse(url).scheme in ("http", "https") else None


def _point(article: dict[str, Any], fact: dict[str, Any], subject: str, text: str | None) -> dict | None:
    if not isinstance(fact.get("value"), int | float) or not fact.get("unit"):
        return None
    period = fact.get("period") or {}
    change = fact.get("change") or {}
    quote = fact.get("text") or ""
    sentence = fact.get("sentence")
    if text and isinstance(sentence, list) and len(sentence) == 2:
        quote = text[sentence[0] : sentence[1]].strip()
        if len(quote) > _QUOTE_CHARS:
            quote = quote[: _QUOTE_CHARS - 1].rstrip() + "…"
    return {
        "article": article["index"],
        "doc_id": article["doc_id"],
        "fact_id": fact.get("id"),
        "value": float(fact["value"]),
        "value_max": float(fact["value_max"]) if isinstance(fact.get("value_max"), int | float) else None,
        "approx": fact.get("approx") or "exact",
        "unit": fact["unit"],
        "measure": fact.get("measure"),
        "change": f"{change['direction']} {change['type']}" if change.get("type") == "by" else "level",
        "figure": fact.get("text") or "",
        "quote": quote,
        "subject": subject,
        "subject_key": subject_key(subject),
        "period_text": period.get("text"),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "published_at": article["published_at"],
        "outlet": article["outlet"],
    }


def _event_row(article: dict[str, Any], event: dict[str, Any], provinces: list[str]) -> dict[str, Any]:
    verdict = event.get("official_check")
    if verdict is None and event.get("type") in CHECKED_TYPES:
        verdict = official_verdict(event, published_at=article["published_at"])
    participants = [p.get("name", "") for p in event.get("participants") or ()]
    result = (event.get("result") or {}).get("name")
    return {
        "article": article["index"],
        "doc_id": article["doc_id"],
        "event_id": event.get("id"),
        "type": event.get("type"),
        "status": event.get("status"),
        "participants": participants,
        "result": result,
        "count": event.get("count"),
        "trigger": event.get("trigger"),
        "month": article["month"],
        "province": province_of([*participants, *([result] if result else [])], verdict, provinces, official_map()),
        "verdict": verdict["verdict"] if verdict else None,
        "verdict_note": verdict["note"] if verdict else None,
        "official": verdict["official"] if verdict else [],
    }
