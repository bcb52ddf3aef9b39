"""Vietnamese and English messages of checks and claims, filled from the templates in checks.yaml."""

from __future__ import annotations

from typing import Any

from extractor.lang.vi import load

__all__ = ["format_number", "label", "message", "quoted_list"]


def format_number(value: float, language: str) -> str:
    """A figure as a reader of ``language`` writes it: 1.234,5 in Vietnamese, 1,234.5 in English."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "vi":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def quoted_list(texts: list[str]) -> str:
    """Figures as written, each in quotes: “120 TTHC”, “200 TTHC”."""
    return ", ".join(f"“{text}”" for text in texts)


def _fill(template: str, values: dict[str, Any], language: str) -> str:
    ready = {
        name: format_number(value, language) if isinstance(value, int | float) else value
        for name, value in values.items()
    }
    return template.format(**ready)


def message(section: str, key: str, **values: Any) -> dict[str, str]:
    """``{"vi": ..., "en": ...}`` from ``messages.<section>.<key>`` (or ``<section>.<key>`` for claims)."""
    data = load("checks")
    templates = data["messages"][section][key] if section in data["messages"] else data[section][key]
    return {language: _fill(templates[language], values, language) for language in ("vi", "en")}


def label(name: str, language: str) -> str:
    """A word of the report or the page in ``language``."""
    return load("checks")["labels"][name][language]
