"""The string formats the record schema asserts, written out so no format library is loaded.

jsonschema's ``format-nongpl`` extra checks these through ``rfc3339-validator``
and, for ``uri``, builds a lark grammar of RFC 3987 at import time, which cost a
one-article run more than a second. The schema needs three formats only:

- ``date``: an RFC 3339 ``full-date`` (``2018-06-18``) that exists in the calendar;
- ``date-time``: an RFC 3339 ``date-time`` with seconds and an offset
  (``2018-06-18T16:07:00+07:00``); no leap second, as in ``rfc3339-validator``;
- ``uri``: an absolute RFC 3986 URI (the schema's own ``$id`` and ``$schema``).

Both validators (the compiled one and the jsonschema reference) are handed these
same functions, so they cannot disagree on a format.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

__all__ = ["FORMATS", "is_date", "is_date_time", "is_uri"]

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)",
    re.ASCII,
)
# scheme ":" then only characters a URI may hold, every "%" starting an escape of two hex digits.
_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*", re.ASCII
)


def _real_day(year: str, month: str, day: str) -> bool:
    y, m, d = int(year), int(month), int(day)
    return y >= 1 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def is_date(value: object) -> bool:
    """``2018-02-28`` yes; ``2018-02-30``, ``18/06/2018`` and ``2018-6-1`` no. Non-strings pass (as in JSON Schema)."""
    if not isinstance(value, str):
        return True
    match = _DATE.fullmatch(value)
    return match is not None and _real_day(*match.groups())


def is_date_time(value: object) -> bool:
    """``2018-06-18T16:07:00+07:00`` yes; without seconds or offset, or on 30 February, no."""
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.fullmatch(value)
    return match is not None and _real_day(*match.groups()[:3])


def is_uri(value: object) -> bool:
    """``https://json-schema.org/draft/2020-12/schema`` yes; a relative ``schemas/a.json`` or a space, no."""
    if not isinstance(value, str):
        return True
    return _URI.fullmatch(value) is not None


FORMATS: dict[str, Callable[[object], bool]] = {"date": is_date, "date-time": is_date_time, "uri": is_uri}
