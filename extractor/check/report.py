"""The terminal report of ``extractor check``: each figure in its words, the checks, the claim verdict."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.check.claim import quote_of
from extractor.check.messages import format_number, label

__all__ = ["print_report", "report_data"]

_STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red"}
_VERDICT_STYLE = {"supported": "bold green", "contradicted": "bold red", "not_mentioned": "yellow"}
_FIGURE_STYLE = "bold black on yellow"


def _highlighted_quote(record: dict[str, Any], fact: dict[str, Any]) -> Text:
    """The clause of the figure with the figure itself highlighted."""
    quote = quote_of(record, fact)
    line = Text(quote)
    at = quote.find(fact["text"])
    if at >= 0:
        line.stylize(_FIGURE_STYLE, at, at + len(fact["text"]))
    return line


def _value(fact: dict[str, Any]) -> str:
    value = format_number(fact["value"], "vi")
    if fact.get("value_max") is not None:
        value += "–" + format_number(fact["value_max"], "vi")
    approx = fact.get("approx") or "exact"
    return value if approx == "exact" else f"{value} ({approx})"


def _change(fact: dict[str, Any]) -> str:
    change = fact.get("change")
    if not change:
        return ""
    words = f"{label(change['direction'], 'vi')} ({change['type']})"
    return f"{words}, {label('compared_to', 'vi')} {change['compared_to']}" if change.get("compared_to") else words


def _period(fact: dict[str, Any]) -> str:
    period = fact.get("period")
    if not period:
        return ""
    dates = " – ".join(day for day in (period.get("start"), period.get("end")) if day)
    return f"{period['text']} ({dates})" if dates else period["text"]


def _figures_table(record: dict[str, Any]) -> Table:
    table = Table(title=f"{label('figures', 'vi')} / {label('figures', 'en')}", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("value", no_wrap=True)
    for column in ("unit", "change", "period"):
        table.add_column(column, ratio=1)
    table.add_column("quote", ratio=4)
    for fact in record.get("facts", []):
        table.add_row(
            fact["id"],
            _value(fact),
            fact.get("unit") or "",
            _change(fact),
            _period(fact),
            _highlighted_quote(record, fact),
        )
    return table


def _checks_table(checks: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{label('checks', 'vi')} / {label('checks', 'en')}", expand=True)
    for column in ("status", "rule", "facts", "message"):
        table.add_column(column, no_wrap=column != "message")
    for check in checks:
        message = Text(check["message"]["vi"])
        message.append("\n" + check["message"]["en"], style="dim")
        status = Text(check["status"], style=_STATUS_STYLE.get(check["status"], ""))
        table.add_row(status, check["rule"], ", ".join(check["facts"]), message)
    return table


def _claim_panel(verdict: dict[str, Any]) -> Panel:
    style = _VERDICT_STYLE.get(verdict["verdict"], "")
    heading = Text(f"{label(verdict['verdict'], 'vi')} / {label(verdict['verdict'], 'en')}", style=style)
    lines: list[Any] = [heading, Text(verdict["message"]["vi"]), Text(verdict["message"]["en"], style="dim")]
    title = f"{label('claim', 'vi')}: “{verdict['claim']}”"
    return Panel(Group(*lines), title=title, border_style=style.split()[-1] if style else "")


def print_report(record: dict[str, Any], claim: dict[str, Any] | None = None, console: Console | None = None) -> None:
    """Print the report of one article's record (with ``text``) and, if given, the claim verdict."""
    console = console or Console()
    title = (record.get("metadata") or {}).get("title") or ""
    console.rule(f"[bold]{record['doc_id']}[/bold] {title}".strip())
    if "error" in record:
        console.print(Text(f"{record['error']['kind']}: {record['error']['message']}", style="bold red"))
        return
    console.print(_figures_table(record))
    checks = record.get("checks", [])
    if checks:
        console.print(_checks_table(checks))
    else:
        console.print(Text(f"{label('no_checks', 'vi')} / {label('no_checks', 'en')}", style="dim"))
    if claim is not None:
        console.print(_claim_panel(claim))


def report_data(record: dict[str, Any], claim: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the report shows, as JSON (``extractor check --json``); each fact gains its ``quote``."""
    if "error" in record:
        return {"doc_id": record["doc_id"], "error": record["error"]}
    facts = [{**fact, "quote": quote_of(record, fact)} for fact in record.get("facts", [])]
    return {
        "doc_id": record["doc_id"],
        "metadata": record.get("metadata"),
        "facts": facts,
        "events": record.get("events", []),
        "checks": record.get("checks", []),
        "claim": claim,
    }
