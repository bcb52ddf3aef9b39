"""The report page: one ``index.html`` with its CSS and charts inline, made with jinja2 (autoescape on).

Nothing on the page is fetched: no script, no font, no image file; the charts are SVG in
the page. Article text (titles, quotes, names) reaches the page only through the template's
escaping or ``markupsafe.escape`` in :mod:`extractor.report.svg`.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractor.check.messages import format_number
from extractor.report.collect import UNDATED, Corpus
from extractor.report.series import Conflict, Series, when
from extractor.report.svg import bar_chart, series_chart

__all__ = ["render_page"]

_SHOWN_SERIES = 60
_SHOWN_CONFLICTS = 200
_MIN_ARTICLES = 2
_SHOWN_ROWS = 2_000
_LISTED_ARTICLES = 2_000


def render_page(corpus: Corpus, series: list[Series], conflicts: list[Conflict], tables: list[str]) -> str:
    """The HTML of the report."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("extractor.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["amount"] = amount
    tracked = [s for s in series if s.articles >= _MIN_ARTICLES]
    shown = tracked[:_SHOWN_SERIES]
    events = _events_view(corpus)
    listed = corpus.articles
    if len(listed) > _LISTED_ARTICLES:
        # A page listing a million articles would not open; list those the page links to (all are in the tables).
        linked = {p["article"] for s in shown for p in s.points}
        linked |= {side["article"] for c in conflicts[:_SHOWN_CONFLICTS] for side in (c.first, c.second)}
        linked |= {e["article"] for e in events["rows"]}
        listed = [a for a in corpus.articles if a["index"] in linked]
    return environment.get_template("report.html").render(
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        overview=_overview(corpus),
        series=[_series_view(s) for s in shown],
        series_total=len(tracked),
        conflicts=conflicts[:_SHOWN_CONFLICTS],
        conflicts_total=len(conflicts),
        events=events,
        articles=corpus.articles,
        listed_articles=listed,
        errors=corpus.errors[:_SHOWN_ROWS],
        errors_total=len(corpus.errors),
        tables=tables,
        skipped_lines=corpus.skipped_lines,
    )


_APPROX_SIGNS = {"about": "≈ ", "more_than": "> ", "less_than": "< ", "at_least": "≥ ", "at_most": "≤ "}


def amount(point: dict[str, Any]) -> str:
    """A point's value as the series compares it: ``≈ 1.200``, ``> 90``, ``3–5``."""
    text = format_number(point["value"], "vi")
    if point["value_max"] is not None:
        text += "–" + format_number(point["value_max"], "vi")
    return _APPROX_SIGNS.get(point["approx"], "") + text


def _top(counter: Counter, limit: int = 15) -> list[tuple[str, int]]:
    return counter.most_common(limit)


def _overview(corpus: Corpus) -> dict[str, Any]:
    months = Counter(a["month"] for a in corpus.articles)
    by_month = sorted((m, n) for m, n in months.items() if m != UNDATED) + [(UNDATED, months[UNDATED])] * (
        UNDATED in months
    )
    return {
        "articles": len(corpus.articles),
        "facts": sum(a["facts"] for a in corpus.articles),
        "events": len(corpus.events),
        "errors": len(corpus.errors),
        "outlets": bar_chart(_top(Counter(a["outlet"] for a in corpus.articles))),
        "months": bar_chart(by_month[-24:]),
        "fact_kinds": bar_chart(_top(corpus.fact_kinds)),
        "event_types": bar_chart(_top(Counter(e["type"] for e in corpus.events))),
        "error_kinds": _top(Counter(e["kind"] for e in corpus.errors)),
    }


def _series_view(series: Series) -> dict[str, Any]:
    dates = [when(p) if when(p) != "9999" else "?" for p in series.points]
    return {"series": series, "chart": series_chart(series.points, dates), "dates": dates}


def _events_view(corpus: Corpus) -> dict[str, Any]:
    events = sorted(corpus.events, key=lambda e: (e["month"], e["type"] or "", e["article"]))
    verdicts = Counter(e["verdict"] for e in events if e["verdict"])
    return {
        "rows": events[:_SHOWN_ROWS],
        "total": len(events),
        "by_type": bar_chart(_top(Counter(e["type"] for e in events))),
        "by_province": bar_chart(_top(Counter(e["province"] for e in events))),
        "by_month": bar_chart(sorted(Counter(e["month"] for e in events).items())),
        "official": [e for e in events if e["verdict"]][:_SHOWN_ROWS],
        "verdicts": sorted(verdicts.items()),
    }


def write_page(html: str, out_dir: Path) -> Path:
    """Write ``index.html`` and return its path."""
    path = out_dir / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
