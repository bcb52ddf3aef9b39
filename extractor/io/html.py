"""Main text and metadata hints of an HTML page, through trafilatura.

Regex stripping keeps menus, comments and ``<script>`` bodies, all of which
would produce false facts; trafilatura parses the page, drops boilerplate and
keeps one line per paragraph. Its metadata (title, date, authors) are only
hints: the metadata stage weighs them against what the text itself says.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

__all__ = ["html_to_text"]

# trafilatura and htmldate log parse failures ("discarding data: None") that the
# reader already reports as an error record. underthesea calls logging.basicConfig
# on import, so anything propagating to the root logger lands on stderr in the
# middle of CLI output: keep these two libraries' records to themselves.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).propagate = False

# Ask htmldate for the original publication date with its time, not only the day.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
# Detection only (does the string hold a whole page?); nothing is stripped with it.
_FULL_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


def html_to_text(html: str) -> tuple[str, dict]:
    """Return ``(text, hints)`` for one page.

    ``text`` has one paragraph per line and never holds script or style content;
    it is ``""`` when the page has no readable text. ``hints`` has ``title``,
    ``published_at`` (ISO 8601; no offset when the page gave none, a date alone
    when the page gave no time), ``authors`` (list), ``url`` and ``sitename``,
    each ``None`` or empty when the page does not say.
    """
    if "<" not in html:
        # No markup at all (a JSONL "html" field holding plain text): it is its own text.
        return html.strip(), _hints(None)
    if _FULL_PAGE.search(html) is None:
        # trafilatura only parses whole documents; a JSONL "html" field is often a fragment.
        html = f"<html><body>{html}</body></html>"
    document = _extract(html, favor_recall=False)
    if document is None or not (document.text or "").strip():
        # Short pages fall under trafilatura's minimum article size; recall mode keeps them.
        document = _extract(html, favor_recall=True) or document
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        import trafilatura

        # Last resort, still parser-based and script-free, but one line for the whole page.
        text = trafilatura.html2txt(html)
    return text.strip(), _hints(document)


def _extract(html: str, *, favor_recall: bool) -> Any:
    import trafilatura  # on first use: its import costs more than a tenth of a second

    return trafilatura.bare_extraction(
        html,
        favor_recall=favor_recall,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )


def _hints(document: Any) -> dict:
    return {
        "title": _clean(getattr(document, "title", None)),
        "published_at": _iso_date(getattr(document, "date", None)),
        "authors": _split_authors(getattr(document, "author", None)),
        "url": _clean(getattr(document, "url", None)),
        "sitename": _clean(getattr(document, "sitename", None)),
    }


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _iso_date(value: str | None) -> str | None:
    """``2024-03-05T08:15:00+0700`` -> ``2024-03-05T08:15:00+07:00``; a bare midnight means "no time"."""
    value = _clean(value)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    if parsed.tzinfo is None and (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0):
        return parsed.date().isoformat()
    return parsed.isoformat()


def _split_authors(value: str | None) -> list[str]:
    """trafilatura joins several authors with ``; ``."""
    return [name.strip() for name in (value or "").split(";") if name.strip()]
