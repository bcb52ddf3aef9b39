"""Should date lines be read by ``dateparser`` (its Vietnamese data) instead of our own reader?

    python bench/bench_date_lines.py

Reads every date-line form of the outlets table in ``tests/test_metadata_forms.py``
both ways and reports, for each reader, how many it gets right (same instant, or
same day where the line gives no time), the time per line, and dateparser's
import and first-call cost (it loads its language data lazily). dateparser is
asked the way that suits it best here: ``search_dates`` with Vietnamese only,
day-first order and the Vietnam offset, and the first date it finds is taken (ours
takes the date its label marks as the publication, as the metadata stage does).
The last line is a JSON object with the figures.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.metadata.date_lines import publication_mention  # noqa: E402
from extractor.metadata.dates import find_date_times  # noqa: E402
from tests.test_metadata_forms import DATE_LINES  # noqa: E402

_ROUNDS = 20


def _expected(value: str) -> datetime | date:
    return date.fromisoformat(value) if "T" not in value else datetime.fromisoformat(value)


def _ours(line: str) -> datetime | date | None:
    if not find_date_times(line):
        return None
    chosen = publication_mention(line)[0]
    return chosen.as_datetime() if chosen.clock is not None else chosen.day


def _right(found: datetime | date | None, expected: datetime | date) -> bool:
    if found is None:
        return False
    if isinstance(expected, datetime):
        return isinstance(found, datetime) and found == expected
    return (found.date() if isinstance(found, datetime) else found) == expected


def _time_per_line(read, lines: list[str]) -> float:
    started = time.perf_counter()
    for _ in range(_ROUNDS):
        for line in lines:
            read(line)
    return (time.perf_counter() - started) / (_ROUNDS * len(lines))


def main() -> None:
    cases = [(param.values[0], _expected(param.values[1])) for param in DATE_LINES]
    lines = [line for line, _ in cases]

    started = time.perf_counter()
    from dateparser.search import search_dates

    import_seconds = time.perf_counter() - started
    settings = {"DATE_ORDER": "DMY", "TIMEZONE": "+0700", "RETURN_AS_TIMEZONE_AWARE": True}

    def theirs(line: str) -> datetime | None:
        found = search_dates(line, languages=["vi"], settings=settings)
        return found[0][1] if found else None

    started = time.perf_counter()
    theirs(lines[0])
    first_call_seconds = time.perf_counter() - started

    ours_right = sum(_right(_ours(line), expected) for line, expected in cases)
    theirs_right = 0
    for line, expected in cases:
        found = theirs(line)
        ok = _right(found, expected)
        theirs_right += ok
        if not ok:
            print(f"dateparser: {line!r} -> {found}", file=sys.stderr)
    report = {
        "forms": len(cases),
        "ours_right": ours_right,
        "dateparser_right": theirs_right,
        "ours_ms_per_line": round(_time_per_line(_ours, lines) * 1000, 3),
        "dateparser_ms_per_line": round(_time_per_line(theirs, lines[:10]) * 1000, 3),
        "dateparser_import_s": round(import_seconds, 3),
        "dateparser_first_call_s": round(first_call_seconds, 3),
    }
    print(
        f"our reader: {ours_right}/{len(cases)} right, {report['ours_ms_per_line']} ms a line; "
        f"dateparser: {theirs_right}/{len(cases)} right, {report['dateparser_ms_per_line']} ms a line "
        f"(+{report['dateparser_import_s']} s import, {report['dateparser_first_call_s']} s first call)"
    )
    print(json.dumps(report))


if __name__ == "__main__":
    main()
