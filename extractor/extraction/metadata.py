"""Article metadata from the page itself: title, publisher, date, authors, dateline.

Scraped Vietnamese news puts these on their own short lines: the title (maybe
printed twice, once with ``- Báo X``), a date line (``Thứ Hai, 18/06/2018,
16:07 (GMT+7)``), a byline at the foot (``Sùng Đại Hùng (Giám đốc Sở ...)``,
``Theo Việt Chung - Hoàng Thùy/VnExpress``), and a source tag opening the
lead (``BHG -``, ``(TTXVN) -``). Lines recognised here are marked so that
they produce no facts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime

import regex

from extractor.lang.vi import load
from extractor.recognize.dates import find_date_times, parse_iso_datetime
from extractor.text.boilerplate import LineKind

__all__ = ["Author", "Metadata", "read_metadata"]

_MAX_TITLE_CHARS = 250
_MAX_DATE_LINE_LETTERS = 40
_MAX_BYLINE_WORDS = 8
_MAX_HEAD_BYLINE_WORDS = 5
_HEAD_LINES = 6
_MIN_TITLE_WORDS = 3
_MIN_TITLE_SCORE = 0.35
# Later lines are less likely to be the headline: each line down costs this much score.
_TITLE_POSITION_PENALTY = 0.05
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?] +\p{Lu}")
_FOOT_LINES = 3
_DATELINE = regex.compile(
    r"^(?:\((?P<paren>[^()]{2,30})\)|(?P<caps>\p{Lu}[\p{Lu}\d.]{1,11}))\s*[-–—]\s+(?=\p{L}|\p{N}|\")"
)
_ROLE = regex.compile(r"\((?P<role>[^()]{2,160})\)\s*$")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}.]*|\p{Lu}\.)$")


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None = None


@dataclass
class Metadata:
    """What the page says about the article; ``published_at`` is ISO 8601 text."""

    title: str | None = None
    publisher: str | None = None
    published_at: str | None = None
    published_datetime: datetime | None = None
    authors: list[Author] = field(default_factory=list)
    dateline: str | None = None

    def as_json(self) -> dict:
        return {
            "title": self.title,
            "publisher": self.publisher,
            "published_at": self.published_at,
            "authors": [{"name": a.name, "role": a.role} for a in self.authors],
            "dateline": self.dateline,
        }


@functools.cache
def _words() -> dict:
    return load("bylines")


def read_metadata(
    lines: list[str],
    kinds: list[LineKind],
    *,
    published_at: datetime | str | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
) -> Metadata:
    """Read metadata from the lines and mark the lines it came from (``kinds`` is updated)."""
    meta = Metadata()
    content = [i for i, k in enumerate(kinds) if k in (LineKind.BODY, LineKind.PAGE_TITLE)]
    page_title = next((i for i in content if kinds[i] is LineKind.PAGE_TITLE), None)
    body = [i for i in content if kinds[i] is LineKind.BODY]
    given = next((i for i in body[: _HEAD_LINES * 2] if title and lines[i] == title), None)
    if given is not None:
        # the feed named the headline: trust it over the guess
        kinds[given] = LineKind.TITLE
        meta.title = title
    else:
        _read_title(lines, kinds, body, page_title, meta)
    # a date line has no letters, so the line classifier may have called it residue
    dated = [i for i, k in enumerate(kinds) if k in (LineKind.BODY, LineKind.TITLE, LineKind.RESIDUE)]
    _read_date(lines, kinds, dated, meta)
    body = [i for i in body if kinds[i] is LineKind.BODY]
    _read_bylines(lines, kinds, body, meta)
    _read_dateline(lines, kinds, meta)
    if title and not meta.title:
        meta.title = title
    if authors and not meta.authors:
        meta.authors = [Author(name) for name in authors if name.strip()]
    if published_at is not None:
        _use_given_date(published_at, meta)
    return meta


def _use_given_date(value: datetime | str, meta: Metadata) -> None:
    parsed = value if isinstance(value, datetime) else parse_iso_datetime(str(value))
    if parsed is None:
        return
    if parsed.tzinfo is None:
        parsed = parse_iso_datetime(parsed.isoformat())
    meta.published_datetime = parsed
    meta.published_at = parsed.isoformat()


def _is_date_line(line: str) -> bool:
    mentions = find_date_times(line)
    if not mentions:
        return False
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + rest[mention.end :]
    letters = regex.sub(r"[^\p{L} ]", " ", rest.lower())
    for word in sorted(load("dates")["weekdays"] + load("dates")["date_line_words"], key=len, reverse=True):
        letters = regex.sub(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", " ", letters)
    return len(letters.replace(" ", "")) <= _MAX_DATE_LINE_LETTERS // 2


def _set_date(meta: Metadata, line: str) -> None:
    mention = find_date_times(line)[0]
    meta.published_at = mention.isoformat()
    meta.published_datetime = mention.as_datetime()


def _read_date(lines: list[str], kinds: list[LineKind], body: list[int], meta: Metadata) -> None:
    """The page's date: a date line just under the title, else the first in the head, else the foot."""
    head = body[:_HEAD_LINES * 2]
    date_lines = [i for i in head if len(lines[i]) <= 120 and _is_date_line(lines[i])]
    title = next((i for i, k in enumerate(kinds) if k is LineKind.TITLE), None)
    chosen = None
    if title is not None:
        chosen = next((i for i in date_lines if 0 < body.index(i) - _position(body, title) <= 3), None)
    if chosen is None and date_lines:
        chosen = date_lines[0]
    if chosen is None:
        chosen = next((i for i in body[-_FOOT_LINES:] if len(lines[i]) <= 60 and _is_date_line(lines[i])), None)
    for index in date_lines + ([chosen] if chosen is not None else []):
        kinds[index] = LineKind.DATE
    if chosen is not None:
        _set_date(meta, lines[chosen])
    elif title is not None:
        mentions = find_date_times(lines[title])
        if mentions and mentions[-1].clock is not None and mentions[-1].end == len(lines[title]):
            _set_date(meta, lines[title][mentions[-1].start :])


def _position(body: list[int], index: int) -> int:
    """Where line ``index`` stands among the body lines (the title is counted in place)."""
    return sum(1 for i in body if i < index)


def _looks_like_heading(line: str) -> bool:
    first = line[:1]
    return (
        len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) >= _MIN_TITLE_WORDS
        and (first.isupper() or first.isdigit() or first in "\"“'‘")
        and not line.endswith((".", ";", ",", ":", "|"))
        and not _SENTENCE_BREAK.search(line)
    )


def _syllables(text: str) -> set[str]:
    return {w for w in regex.findall(r"[\p{L}\p{N}]+", text.lower()) if len(w) > 1 or w.isdigit()}


def _title_score(lines: list[str], candidate: int, rest: set[str], near_date: bool) -> float:
    words = _syllables(lines[candidate])
    if not words:
        return 0.0
    overlap = len(words & rest) / len(words)
    return overlap * min(len(lines[candidate].split()), 10) / 10 + (0.2 if near_date else 0.0)


def _read_title(
    lines: list[str], kinds: list[LineKind], body: list[int], page_title: int | None, meta: Metadata
) -> None:
    """The headline: the heading-like line near the top whose words the article goes on to use."""
    if page_title is not None and body:
        heading = body[0]
        kinds[heading] = LineKind.TITLE
        meta.title = lines[heading]
        meta.publisher = lines[page_title][len(lines[heading]) :].strip(" -–—|") or None
        return
    if len(body) < 2:
        return
    head = body[:_HEAD_LINES * 2]
    dates = [pos for pos, i in enumerate(head) if len(lines[i]) <= 120 and _is_date_line(lines[i])]
    best, best_score = None, _MIN_TITLE_SCORE
    for pos, index in enumerate(head):
        if pos in dates or not _looks_like_heading(lines[index]):
            continue
        rest = set().union(*(_syllables(lines[i]) for i in body if i != index and lines[i] != lines[index]))
        near_date = any(0 < d - pos <= 2 for d in dates)
        score = _title_score(lines, index, rest, near_date) - _TITLE_POSITION_PENALTY * pos
        if score > best_score:
            best, best_score = index, score
    if best is None:
        return
    heading = lines[best]
    mentions = find_date_times(heading)
    if mentions and mentions[-1].clock is not None and mentions[-1].end == len(heading):
        # "Tiêu đề 21/10/2025 06:08": a date glued to the title by the scraper
        heading = heading[: mentions[-1].start].rstrip(" -–—|,")
    kinds[best] = LineKind.TITLE
    meta.title, meta.publisher = _split_publisher(heading)


def _split_publisher(heading: str) -> tuple[str, str | None]:
    for separator in (" - ", " | ", " – "):
        if separator in heading:
            head, tail = heading.rsplit(separator, 1)
            if any(tail.lower().startswith(word) for word in _words()["publisher_heads"]):
                return head.strip(), tail.strip()
    return heading, None


def _parse_byline(line: str) -> tuple[list[Author], str | None] | None:
    """Authors (and the publisher after ``/``) if ``line`` is a byline, else None."""
    text = line.strip(" -–—•|")
    if text.startswith("(") and text.endswith(")") and len(text) <= 40:
        text = text[1:-1]
    role = None
    match = _ROLE.search(text)
    publisher = None
    if match:
        role = match["role"].strip()
        text = text[: match.start()].strip()
        if len(role) <= 15 and " " not in role:
            publisher, role = role, None
    if "/" in text:
        text, publisher = (part.strip() for part in text.rsplit("/", 1))
    lowered = text.lower()
    for prefix in sorted(_words()["byline_prefixes"], key=len, reverse=True):
        if lowered.startswith((prefix + " ", prefix + ":")):
            text = text[len(prefix) :].lstrip(" :")
            if prefix in _words()["source_prefixes"] and len(text.split()) == 1 and not publisher:
                # "Theo Infonet": the source of a reprint, not a person
                return [], text
            break
    if not text or text.lower() in _words()["not_a_name"]:
        return None
    names = [text]
    for separator in _words()["author_separators"]:
        names = [part.strip() for name in names for part in name.split(separator)]
    names = [name for name in names if name]
    starts = _words()["not_a_name_start"]
    for name in names:
        words = name.split()
        if any(name.lower() == s or name.lower().startswith(s + " ") for s in starts):
            return None
        if not words or len(words) > _MAX_BYLINE_WORDS or not all(_NAME_WORD.match(w) for w in words):
            return None
    return [Author(name, role if len(names) == 1 else None) for name in names], publisher


def _read_bylines(lines: list[str], kinds: list[LineKind], body: list[int], meta: Metadata) -> None:
    candidates = body[-_FOOT_LINES:][::-1]
    title = next((i for i, k in enumerate(kinds) if k is LineKind.TITLE), None)
    if title is not None:
        # "- Văn Duy" or "CHÂU NỮ |" just under the title
        under_title = [i for i in body if i > title][:2]
        candidates += [
            i for i in under_title
            if lines[i].startswith(("- ", "– ")) or len(lines[i].split()) <= _MAX_HEAD_BYLINE_WORDS
        ]
    for index in candidates:
        line = lines[index]
        if len(line) > 200 or (line.rstrip().endswith((".", ":", ";", "?", "!")) and not line.endswith(").")) :
            continue
        parsed = _parse_byline(line)
        if parsed is None:
            continue
        authors, publisher = parsed
        kinds[index] = LineKind.BYLINE
        meta.authors.extend(a for a in authors if a not in meta.authors)
        if publisher and not meta.publisher:
            meta.publisher = publisher


def _read_dateline(lines: list[str], kinds: list[LineKind], meta: Metadata) -> None:
    for line, kind in zip(lines, kinds):
        if kind is LineKind.BODY:
            match = _DATELINE.match(line)
            if match:
                meta.dateline = (match["paren"] or match["caps"]).strip()
            return
