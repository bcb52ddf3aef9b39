"""One JSON record or HTML page -> one :class:`ArticleInput`, or the :class:`InputError` saying why not.

Kept apart from the readers (which find and stream the records) because the
rules here are the JSONL contract of SPEC section 7: ``{"id","text"}``,
``{"id","html"}`` or news-please records (``title``, ``maintext``,
``date_publish``, ``authors``, ``url``), with every other key carried into
``source``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from extractor import settings
from extractor.errors import InputError
from extractor.io.html import html_to_text

__all__ = ["ArticleInput", "article_from_html", "article_from_record", "checked_text"]

# Keys a JSON record's text may live under, in order of preference (news-please uses "maintext").
_TEXT_KEYS = ("text", "maintext", "html")
_CONSUMED_KEYS = frozenset({"id", *_TEXT_KEYS, "title", "date_publish", "authors", "url"})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class ArticleInput:
    """One article as read, before normalisation; metadata fields are hints from the source."""

    doc_id: str
    text: str
    title: str | None = None
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    source: dict = field(default_factory=dict)


def article_from_record(record: dict, *, fallback_id: str, where: str) -> ArticleInput:
    """``{"id","text"}``, ``{"id","html"}`` or a news-please record; other keys go to ``source``."""
    doc_id = _record_id(record) or fallback_id
    try:
        key = next((k for k in _TEXT_KEYS if record.get(k) is not None), None)
        if key is None:
            present = ", ".join(sorted(map(str, record))) or "none"
            raise InputError(
                "missing_text",
                f'{where}: has no "text", "html" or "maintext" (null or absent; keys: {present})',
            )
        value = record[key]
        if not isinstance(value, str):
            raise InputError("not_text", f'{where}: "{key}" is a JSON {_json_type(value)}, not a string')
        if key == "html":
            page = article_from_html(value, doc_id=doc_id, where=where)
        else:
            page = ArticleInput(doc_id=doc_id, text=checked_text(_scrub(value), where))
    except InputError as error:
        error.doc_id = doc_id
        raise
    # The record's own fields win over what trafilatura guessed from the page.
    return ArticleInput(
        doc_id=doc_id,
        text=page.text,
        title=_string(record.get("title")) or page.title,
        published_at=_iso(_string(record.get("date_publish"))) or page.published_at,
        authors=_authors(record.get("authors")) or page.authors,
        url=_string(record.get("url")) or page.url,
        source={**page.source, **_scrub({k: v for k, v in record.items() if k not in _CONSUMED_KEYS})},
    )


def article_from_html(html: str, *, doc_id: str, where: str) -> ArticleInput:
    """The page's main text, with trafilatura's metadata as hints (its ``sitename`` goes to ``source``)."""
    text, hints = html_to_text(_scrub(html))
    if not text.strip():
        raise InputError("empty", f"{where}: is an HTML page with no readable text", doc_id=doc_id)
    return ArticleInput(
        doc_id=doc_id,
        text=checked_text(text, where),
        title=hints["title"],
        published_at=hints["published_at"],
        authors=hints["authors"],
        url=hints["url"],
        source={"sitename": hints["sitename"]} if hints["sitename"] else {},
    )


def checked_text(text: str, where: str) -> str:
    """``text`` unchanged, or ``empty``/``too_large``: the limit is on characters, what segmentation pays for."""
    if not text.strip():
        raise InputError("empty", f"{where}: the article text is empty or whitespace only")
    limit = settings.SETTINGS.max_input_chars
    if len(text) > limit:
        raise InputError(
            "too_large",
            f"{where}: {len(text):,} characters, over the limit of {limit:,} per article "
            "(raise it with the EXTRACTOR_MAX_INPUT_CHARS environment variable)",
        )
    return text


def _record_id(record: dict) -> str | None:
    value = record.get("id")
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.strip()):
        return _scrub(str(value).strip())
    return None


def _string(value: Any) -> str | None:
    return _scrub(value.strip()) or None if isinstance(value, str) else None


def _authors(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [name for name in (_string(v) for v in value) if name]


def _iso(value: str | None) -> str | None:
    """news-please writes ``2024-03-05 08:15:00``; downstream wants ISO 8601 (no offset means local time)."""
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return value


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", bool: "boolean", int: "number", float: "number"}.get(
        type(value), type(value).__name__
    )


def _scrub(value: Any) -> Any:
    """Replace lone surrogates (legal in JSON escapes, unencodable in UTF-8) so records can be written."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value
