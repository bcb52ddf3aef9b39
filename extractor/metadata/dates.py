"""Calendar dates and clock times as Vietnamese pages write them.

``18/06/2018``, ``5-3-2024``, ``29 / 04 / 2022``, ``ngày 5 tháng 3 năm 2024``, ``28 Tháng Ba 2012``, ``Tháng Ba 22,
2012``, ``2024-03-05``,
``18/09/20 08:15`` (a two-digit year, beside a clock or alone on its line), ``16:07``, ``16h07``,
``04:07 PM``, ``3:03 Chiều``, ``(GMT+7)``. Used for the publication
date; the numbers found here are time references, never facts. A page built
on an English template may write the month first (``2/29/2020``): that order
is read only where the day-first one is not a valid date.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

import regex

from extractor.lang.vi import load

__all__ = ["DateTimeMention", "find_date_times", "parse_iso_datetime", "vietnam_timezone"]

_DATE_NUMERIC = regex.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*(?P<sep>[/.-]|\s\|)\s*(?P<m>[0-3]?\d)\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
# "ngày 5 tháng 3 năm 2024", "05 Tháng 03, 2024", "5 tháng 3 2024", "25 Th5, 2019" (a template's short month),
# "10 thg 9, 2011" (a blog platform's short month)
_DATE_WORDS = regex.compile(
    r"(?<![\d\p{L}])(?:ngày\s+)?(?P<d>[0-3]?\d)\s+(?:tháng\s+|thg\s+|th\s*)(?P<m>[01]?\d)(?:\s+năm|\s*,)?\s+"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)
# "18/09/20 08:15": a two-digit year, read only beside a clock time or on a line of its own, as date lines write
# it; inside a sentence it could be a fraction or a document number
_DATE_SHORT_YEAR = regex.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d\d)(?![\d/.-])"
)
_SHORT_YEAR_REACH = 12  # characters between a two-digit-year date and the clock that vouches for it
# "2025-10-16", "2025-10-16T08:15:00": machine-written, from a scraper or a page's markup
_DATE_ISO = regex.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/.-])")
# "9:1'": a clock written with the minute mark, one digit and all
_TIME = regex.compile(
    r"(?<![\d:])(?P<h>[0-2]?\d)\s*(?:[:h]|giờ)\s*(?P<min>[0-5]\d|\d(?=['’′]))['’′]?(?::(?P<s>[0-5]\d))?(?![\d:/])"
    r"(?:\s*(?P<half>[AaPp]\.?[Mm]\.?|SA|CH)(?!\p{L}))?"
)
_OFFSET = regex.compile(r"(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?", regex.IGNORECASE)
# "2025-04-15T22:32:32-04:00": the zone a machine-written stamp gives, right after its clock
_ISO_OFFSET = regex.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?P<sign>[+-])(?P<h>\d\d):?(?P<m>\d\d)(?!\d)")


@functools.cache
def _day_parts() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The part of the day written after a clock (``3:03 Chiều`` is 15:03): the words, and the half each gives."""
    parts = {word.lower(): half.upper() for word, half in load("dates")["day_part_words"].items()}
    words = "|".join(regex.escape(w) for w in sorted(parts, key=len, reverse=True))
    return regex.compile(rf"\s*(?P<part>{words})(?!\p{{L}})", regex.IGNORECASE), parts


@functools.cache
def _english_dates() -> regex.Pattern[str]:
    """``Sep 30, 2025`` or ``30 September 2025``: a date line in English month names."""
    months = "|".join(sorted(load("dates")["english_months"], key=len, reverse=True))
    return regex.compile(
        rf"(?<!\p{{L}})(?:(?P<mon>{months})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
        rf"|(?P<d2>[0-3]?\d)\s+(?P<mon2>{months})\.?,?\s+(?P<y2>(?:19|20)\d\d))(?!\d)",
        regex.IGNORECASE,
    )


@functools.cache
def _month_word_dates() -> regex.Pattern[str]:
    """``28 Tháng Ba 2012``: a date line with the month's name written out (``month_words``)."""
    months = "|".join(regex.escape(m) for m in sorted(load("dates")["month_words"], key=len, reverse=True))
    return regex.compile(
        rf"(?<![\d\p{{L}}])(?:(?:ngày\s+)?(?P<d>[0-3]?\d)\s+tháng\s+(?P<mon>{months})(?:\s+năm|\s*,)?\s+"
        rf"(?P<y>(?:19|20)\d\d)"
        # "Tháng Ba 22, 2012": a blog template's month first, then the day
        rf"|tháng\s+(?P<mon2>{months})\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>(?:19|20)\d\d))(?!\d)",
        regex.IGNORECASE,
    )


@functools.cache
def _month_stems() -> tuple[str, ...]:
    """The three letters every English month name starts with (``sep`` for ``Sep``, ``sept``, ``September``)."""
    return tuple(sorted({name[:3] for name in load("dates")["english_months"]}))


@functools.cache
def vietnam_timezone() -> timezone:
    return timezone(timedelta(hours=int(load("dates")["default_utc_offset_hours"])))


@dataclass(frozen=True)
class DateTimeMention:
    """A date, with its time of day where one stands next to it, found in a line."""

    start: int
    end: int
    day: date
    clock: time | None
    tz: timezone

    def isoformat(self) -> str:
        """``2018-06-18T16:07:00+07:00``, or ``2018-06-18`` when the page gives no time."""
        if self.clock is None:
            return self.day.isoformat()
        return datetime.combine(self.day, self.clock, self.tz).isoformat()

    def as_datetime(self) -> datetime:
        return datetime.combine(self.day, self.clock or time(0, 0), self.tz)


def _valid_date(y: str, m: str, d: str) -> date | None:
    """The date, day first; month first only when day first cannot be a date (``2/29/2020``)."""
    for month, day in ((m, d), (d, m)):
        try:
            return date(int(y), int(month), int(day))
        except ValueError:
            continue
    return None


def _full_year(two_digits: int) -> int:
    """``20`` is 2020 and ``98`` is 1998: a date line is never more than a few years ahead of today."""
    century = 2000 if two_digits <= date.today().year % 100 + 1 else 1900
    return century + two_digits


def _clock(match: regex.Match[str]) -> time | None:
    """``04:07 PM`` is 16:07; ``SA``/``CH`` (sáng/chiều) are the Vietnamese locale's AM/PM, and the part of the day
    written out after the clock (``3:03 Chiều``) says the same."""
    hour, minute = int(match["h"]), int(match["min"])
    half = (match["half"] or "").replace(".", "").upper()
    pattern, parts = _day_parts()
    if not half and (part := pattern.match(match.string, match.end())) is not None:
        half = parts[part["part"].lower()]
    if (half and hour == 0) or (half in ("AM", "SA") and hour > 12):
        return None
    if hour > 12:
        half = ""  # "15:35 PM": a 24-hour clock with the mark printed anyway
    if half in ("PM", "CH") and hour < 12:
        hour += 12
    elif half in ("AM", "SA") and hour == 12:
        hour = 0
    return time(hour, minute, int(match["s"] or 0)) if hour < 24 else None


def find_date_times(line: str) -> list[DateTimeMention]:
    """Every full date in ``line``, each joined with the nearest clock time and UTC offset."""
    dates = []
    for pattern in (_DATE_NUMERIC, _DATE_WORDS, _DATE_ISO):
        for match in pattern.finditer(line):
            found = _valid_date(match["y"], match["m"], match["d"])
            if found:
                dates.append((match.start(), match.end(), found))
    english = _month_stems()
    lowered = line.lower()
    # a paragraph rarely holds an English month: the cheap look for one spares the pattern's scan of it
    for match in _english_dates().finditer(line) if any(stem in lowered for stem in english) else ():
        name, day, year = (match["mon"], match["d"], match["y"]) if match["mon"] else (
            match["mon2"], match["d2"], match["y2"])
        month = load("dates")["english_months"][name.lower()]
        found = _valid_date(year, str(month), day)
        if found:
            dates.append((match.start(), match.end(), found))
    for match in _month_word_dates().finditer(line) if "tháng" in lowered else ():
        month, day, year = (match["mon"], match["d"], match["y"]) if match["mon"] else (
            match["mon2"], match["d2"], match["y2"])
        found = _valid_date(year, str(load("dates")["month_words"][" ".join(month.lower().split())]), day)
        if found:
            dates.append((match.start(), match.end(), found))
    short = [] if dates else [(m.start(), m.end(), m) for m in _DATE_SHORT_YEAR.finditer(line)]
    if not dates and not short:
        return []
    times = []
    for match in _TIME.finditer(line):
        if any(s <= match.start() < e for s, e, _ in dates) or any(s <= match.start() < e for s, e, _ in short):
            continue
        clock = _clock(match)
        if clock is not None:
            times.append((match.start(), match.end(), clock))
    for start, end, match in short:
        # a clock beside it, or a line of its own (a page header's "18/09/20" under the byline)
        vouched = line.strip() == match.group() or any(
            min(abs(t_start - end), abs(start - t_end)) <= _SHORT_YEAR_REACH for t_start, t_end, _ in times)
        found = _valid_date(str(_full_year(int(match["y"]))), match["m"], match["d"]) if vouched else None
        if found:
            dates.append((start, end, found))
    if not dates:
        return []
    tz = vietnam_timezone()
    offset = _OFFSET.search(line) or _ISO_OFFSET.search(line)
    if offset:
        sign = 1 if offset["sign"] == "+" else -1
        tz = timezone(sign * timedelta(hours=int(offset["h"]), minutes=int(offset["m"] or 0)))
    mentions = []
    for start, end, day in sorted(dates):
        nearest = min(times, key=lambda t: min(abs(t[0] - end), abs(start - t[1])), default=None)
        clock = None
        if nearest and min(abs(nearest[0] - end), abs(start - nearest[1])) <= 25:
            clock = nearest[2]
            start, end = min(start, nearest[0]), max(end, nearest[1])
        mentions.append(DateTimeMention(start, end, day, clock, tz))
    return mentions


def parse_iso_datetime(value: str) -> datetime | None:
    """A date from a feed (``2018-06-18 16:07:00``, ISO with or without zone); Vietnam time if naive."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=vietnam_timezone())
