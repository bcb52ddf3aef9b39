"""The human-readable report of an :class:`~extractor.evaluation.scoring.Evaluation`.

The summary lines follow the referee's layout, and the last line is the same
headline (``facts F1=… events F1=…``), so scripts that read the last line work
with either tool.
"""

from __future__ import annotations

from typing import Any

from extractor.evaluation.scoring import Evaluation

__all__ = ["render_errors", "render_report"]


def _prf_line(name: str, row: dict[str, Any]) -> str:
    return (f"{name:12s} P={row['p']:.3f} R={row['r']:.3f} F1={row['f1']:.3f}  "
            f"(tp={row['tp']} pred={row['pred']} gold={row['gold']})")


def _article_lines(articles: list[dict[str, Any]]) -> list[str]:
    header = f"  {'doc_id':24s} {'tp':>4s} {'pred':>4s} {'gold':>4s} {'F1':>6s} | "
    lines = ["", "per article (facts value+unit | events):", header + f"{'tp':>3s} {'pred':>4s} {'gold':>4s}"]
    for row in articles:
        f, e = row["facts"], row["events"]
        note = "  (no usable prediction)" if row["missing"] else ""
        lines.append(f"  {row['doc_id']:24s} {f['tp']:4d} {f['pred']:4d} {f['gold']:4d} {f['f1']:6.3f} | "
                     f"{e['tp']:3d} {e['pred']:4d} {e['gold']:4d}{note}")
    return lines


def render_errors(errors: list[dict[str, Any]]) -> list[str]:
    """One line per missed, extra or wrongly-directed item."""
    lines = []
    for row in errors:
        label = f"[{row['doc_id']}] {row['kind'].upper():12s} {row['item']}"
        if row["item"] == "fact":
            detail = f"{row['value']} {row['unit']} {row['quote']!r}"
            if row["kind"] == "wrong_change":
                detail += f" change={row['change']} expected={row['expected_change']}"
        else:
            detail = f"{row['type']} {row['participants']} -> {row['result']} count={row['count']}"
        lines.append(f"{label} {detail}")
    return lines


def render_report(evaluation: Evaluation, *, errors: bool = False, per_article: bool = True) -> str:
    """The report as text; the headline is the last line."""
    t = evaluation.totals
    lines = [_prf_line(key, t[key]) for key in ("value", "value_unit", "events")]
    lines.append(f"change direction accuracy on matched facts: {t['change_accuracy']}")
    lines.append(f"event participants F1 on matched events: {t['event_participants_f1']}; "
                 f"result accuracy: {t['event_result_accuracy']}")
    lines.append(f"metadata accuracy: {t['metadata_accuracy']}")
    lines.append(f"docs: {t['docs']}, without a usable prediction: {t['docs_missing']}")
    if per_article:
        lines.extend(_article_lines(evaluation.articles))
    if errors:
        lines.extend(["", "errors:", *render_errors(evaluation.errors)])
    lines.extend(["", f"facts F1={t['value_unit']['f1']:.3f} events F1={t['events']['f1']:.3f}"])
    return "\n".join(lines)
