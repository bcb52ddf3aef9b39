"""Small charts drawn as inline SVG, so the report needs no script and no network to show them.

Every piece of text that goes into a chart (a value, a date, an outlet's name) passes
through ``markupsafe.escape``; the functions return ``Markup`` that the template inserts
as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from extractor.check.messages import format_number

__all__ = ["bar_chart", "series_chart"]

_WIDTH, _HEIGHT, _PAD = 320, 120, 24


def series_chart(points: Sequence[dict[str, Any]], dates: Sequence[str]) -> Markup:
    """A line through a series' values in time order, one dot per figure with its date and value as a tooltip."""
    values = [p["value"] for p in points]
    low, high = min(values), max(values)
    span = (high - low) or abs(high) or 1.0
    low, high = low - span * 0.1, high + span * 0.1
    step = (_WIDTH - 2 * _PAD) / max(len(points) - 1, 1)

    def xy(i: int, value: float) -> tuple[float, float]:
        x = _PAD + i * step if len(points) > 1 else _WIDTH / 2
        return round(x, 1), round(_HEIGHT - _PAD - (value - low) / (high - low) * (_HEIGHT - 2 * _PAD), 1)

    coords = [xy(i, v) for i, v in enumerate(values)]
    parts = [
        f'<svg class="chart series-chart" viewBox="0 0 {_WIDTH} {_HEIGHT}" width="{_WIDTH}" height="{_HEIGHT}" '
        f'role="img" aria-label="{escape(f"{len(points)} figures")}">',
        f'<line class="axis" x1="{_PAD}" y1="{_HEIGHT - _PAD}" x2="{_WIDTH - _PAD}" y2="{_HEIGHT - _PAD}"/>',
    ]
    if len(coords) > 1:
        parts.append('<polyline class="line" points="' + " ".join(f"{x},{y}" for x, y in coords) + '"/>')
    for (x, y), point, date in zip(coords, points, dates, strict=True):
        tip = f"{date}: {format_number(point['value'], 'vi')} ({point['outlet']})"
        parts.append(f'<circle class="dot" cx="{x}" cy="{y}" r="4"><title>{escape(tip)}</title></circle>')
    parts.append(_label(_PAD, _HEIGHT - 6, dates[0], "start"))
    if len(dates) > 1:
        parts.append(_label(_WIDTH - _PAD, _HEIGHT - 6, dates[-1], "end"))
    parts.append(_label(2, 12, format_number(max(values), "vi"), "start"))
    if min(values) != max(values):
        parts.append(_label(2, _HEIGHT - _PAD - 4, format_number(min(values), "vi"), "start"))
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(counts: Sequence[tuple[str, int]], width: int = 360) -> Markup:
    """Horizontal bars, one per label, longest count first as given."""
    row, label_width = 18, 150
    height = row * len(counts) + 4
    most = max((n for _label_text, n in counts), default=1) or 1
    parts = [
        f'<svg class="chart bar-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(f"{len(counts)} bars")}">'
    ]
    for i, (name, count) in enumerate(counts):
        y = 2 + i * row
        length = max(1.0, (width - label_width - 50) * count / most)
        parts.append(_label(label_width - 6, y + 13, name[:28], "end"))
        parts.append(
            f'<rect class="bar" x="{label_width}" y="{y + 2}" width="{length:.1f}" height="{row - 5}">'
            f"<title>{escape(f'{name}: {count}')}</title></rect>"
        )
        parts.append(_label(label_width + length + 4, y + 13, str(count), "start"))
    parts.append("</svg>")
    return Markup("".join(parts))


def _label(x: float, y: float, text: str, anchor: str) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(text)}</text>'
