"""The publication date: which date line of the page says when the article came out.

A page carries many dates: the date line under the title (``Thứ Hai,
17/03/2025 - 08:15``), a revision stamp (``Cập nhật: 18/03/2025``), dates in
the body (``Ngày 24/10, ...``) and in boxes of related articles at the foot.
Only short lines made of a date, a clock time and a few known words
(``dates.yaml``) count as date lines, and among them a line labelled as the
publication beats one labelled as a revision.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import alternation, load
from extractor.metadata.bylines import parse_byline
from extractor.metadata.dates import DateTimeMention, find_date_times
from extractor.metadata.titles import credit_line, names_a_document, trailing_stamp
from extractor.text.boilerplate import LineKind

__all__ = ["date_line_segments", "is_date_line", "leading_stamp", "publication_mention", "read_date"]

# Letters a date line may carry besides its known words: room for a short byline ("Ngọc Quang").
_MAX_OTHER_LETTERS = 20
_MAX_DATE_LINE_CHARS = 120
_SENTENCE_WORDS = 3  # words after a date and a comma, up to a full stop, that make the line a sentence
# A section's name after the date line's bar: "| Văn bản quy phạm pháp luật".
_MAX_SECTION_WORDS = 7
_MAX_FOOT_DATE_LINE_CHARS = 60
_HEAD_LINES = 12
_FOOT_LINES = 3
# A date line counts as the title's own when it stands this many lines under it at most.
_UNDER_TITLE_LINES = 3


@functools.cache
def _known_words() -> regex.Pattern[str]:
    data = load("dates")
    words = data["weekdays"] + data["date_line_words"] + data["published_labels"] + data["updated_labels"]
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(words)})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _clock_marker() -> regex.Pattern[str]:
    """The half of the day right after a clock time: the start of the stretch that follows one."""
    return regex.compile(rf"^\s*(?:{alternation(load('dates')['clock_markers'])})(?!\p{{L}})", regex.IGNORECASE)


@functools.cache
def _labels() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load("dates")
    published = regex.compile(rf"(?<!\p{{L}})(?:{alternation(data['published_labels'])})(?!\p{{L}})", regex.IGNORECASE)
    updated = regex.compile(rf"(?<!\p{{L}})(?:{alternation(data['updated_labels'])})(?!\p{{L}})", regex.IGNORECASE)
    return published, updated


@functools.cache
def _stamp() -> regex.Pattern[str]:
    labels = alternation(load("dates")["stamp_labels"])
    return regex.compile(
        rf"^(?:(?P<label>{labels})\s*:?\s*)?(?:19|20)\d\d-[01]\d(?P<day>-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?)?)?"
        r"(?:Z|[+-][01]\d:?\d\d)?(?![\p{L}\d/.:-])\s*",
        regex.IGNORECASE,
    )


def leading_stamp(line: str) -> tuple[DateTimeMention | None, str] | None:
    """The ISO stamp a scraper ran into the start of ``line`` (None if it gives no day) and the text after it.

    >>> leading_stamp("date 2025-10-16 Tỉnh A hợp nhất hai trường")[1]
    'Tỉnh A hợp nhất hai trường'
    """
    match = _stamp().match(line)
    if match is None or not (match["label"] or match["day"]):
        # "2025-10 ..." without a label may be anything; a full ISO date at the start of a line is a stamp
        return None
    mentions = find_date_times(line[: match.end()])
    return (mentions[0] if mentions else None), line[match.end() :]


_OFFSET = regex.compile(r"\(?\s*(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d\d)?)?\s*\)?", regex.IGNORECASE)
_GAP = "\x00"


def date_line_segments(line: str, bylines: bool = False) -> list[str]:
    """The stretches of a date line that are not dates, times, zones or date-line words.

    With ``bylines``, only the stretches that may be a byline: not one that a comma joins to the date before it
    (``Ngày 11 tháng 11 năm 2002, Chín...``: a sentence of the article that opens with a date, cut off).

    >>> date_line_segments("13/05/2015 13:58 Ngọc Quang")
    ['Ngọc Quang']
    """
    stretches: list[str] = []
    cursor, joined = 0, False
    for mention in find_date_times(line):
        if not joined:
            stretches.append(line[cursor : mention.start])
        joined = bylines and line[mention.end :].lstrip(" ").startswith(",")
        cursor = mention.end
    if not joined:
        stretches.append(line[cursor:])
    pieces = []
    for number, stretch in enumerate(stretches):
        if number:  # a stretch after a date or time: "SA" next to it is the morning
            stretch = _clock_marker().sub(_GAP, stretch)
        rest = _known_words().sub(_GAP, _OFFSET.sub(_GAP, stretch))
        pieces += [_balanced(piece.strip(" |•·,:;()[]-–—/")) for piece in rest.split(_GAP)]
    return [piece for piece in pieces if regex.search(r"\p{L}", piece)]


def _balanced(piece: str) -> str:
    """``piece`` with the closing bracket the strip took back when it opened one (``Đ.H (th)``)."""
    return piece + ")" if piece.count("(") > piece.count(")") else piece


def is_date_line(line: str) -> bool:
    """A short line that is a date (with its time and label), maybe beside a short byline or a section.

    ``06/03/2023 - 10:47 | Văn bản quy phạm pháp luật``: the section's name stands after a bar.
    """
    found = find_date_times(line) if len(line) <= _MAX_DATE_LINE_CHARS else []
    if not found or names_a_document(line):
        return False
    if _opens_a_sentence(line, found[0]) or _dates_another_event(line, found[0]) or _labelled_list_item(
            line, found[0]):
        return False  # "Ngày 20-4-1978, thành lập xã A.": the article's sentence, dated
    if len(found) >= 2 and _SPAN_JOINER.fullmatch(line[found[0].end:found[1].start]):
        return False  # "20/10/1930 - 20/10/2023": the years an anniversary spans, no date the page was published
    if _other_letters(line) <= _MAX_OTHER_LETTERS:
        return True
    if found[0].start == 0 and found[0].clock is not None and _section_after_clock(line[found[0].end :].strip()):
        return True  # "19/09/2021 - 12:03 Văn hóa nghệ thuật": the date and time, then the section with no bar
    head, bar, section = line.rpartition(" | ")
    if bar and _section_beside(head, section):
        return True
    # "Chuyên mục: Thông tin giáo dục | Đăng ngày: 04/10/2017": the section first
    section, bar, tail = line.partition(" | ")
    if bar and _section_beside(tail, section):
        return True
    # "TS Nguyễn Văn A - Giám đốc Học viện B| 28/03/2016 06:00": the writer and his office, then the date alone
    writer, bar, dated = line.rpartition("|")
    return bool(bar) and found[0].start >= len(writer) and _other_letters(dated) <= _MAX_OTHER_LETTERS and (
        parse_byline(writer) is not None)


_SPAN_JOINER = regex.compile(r"\s*(?:[-–—]|đến)\s*")


def _dates_another_event(line: str, first: DateTimeMention) -> bool:
    """Whether the words before the line's first date say it is when something else happened (``Thành lập24/8/2011``
    in an encyclopedia's box, ``Ngày hiệu lực: 01/7/2025``): no date the article was published."""
    before = " ".join(line[: first.start].lower().replace(":", " ").split())
    return bool(before) and any(before == label or before.endswith(" " + label)
                                for label in load("dates")["event_date_labels"])


_LIST_MARKS = ("-", "+", "•", "*")


def _labelled_list_item(line: str, first: DateTimeMention) -> bool:
    """Whether the line is an item of a list whose label says when something else happens (``- Thời gian di dời:
    ngày 19-11-2023``): a list mark, then a label and a colon before the first date that is no label of the
    publication."""
    stripped = line.lstrip()
    if not stripped.startswith(_LIST_MARKS):
        return False
    label, colon, _ = line[: first.start].partition(":")
    label = " ".join(label.strip().lstrip("".join(_LIST_MARKS)).lower().split())
    data = load("dates")
    return bool(colon) and bool(label) and label not in data["published_labels"] + data["updated_labels"]


def _opens_a_sentence(line: str, first: DateTimeMention) -> bool:
    """Whether a date (``first``, the line's first) opens a sentence of the article: a comma after it, then words up
    to a full stop."""
    rest = line[first.end :].lstrip()
    words = rest[1:].split() if rest.startswith(",") else []
    return len(words) >= _SENTENCE_WORDS and line.rstrip().endswith(".") and not find_date_times(rest)


def _section_beside(dated: str, section: str) -> bool:
    """Whether ``dated`` is a date with little else and ``section`` a short section name with no digit."""
    return (
        bool(find_date_times(dated))
        and _other_letters(dated) <= _MAX_OTHER_LETTERS
        and len(section.split()) <= _MAX_SECTION_WORDS
        and not regex.search(r"\d", section)
    )


_MAX_SECTION_AFTER_CLOCK = 10  # words of a section's name printed after a date line's time with no bar


def _section_after_clock(rest: str) -> bool:
    """Whether what follows a date and its time is a section's name: a few capitalised words, no digit, no
    punctuation of a sentence."""
    return bool(rest) and rest[:1].isupper() and len(rest.split()) <= _MAX_SECTION_AFTER_CLOCK and not regex.search(
        r"[\d.,;:!?]", rest)


def _other_letters(line: str) -> int:
    """Letters of the line that are neither dates nor date-line words; a writer's labelled credit (``Tác giả:
    Nguyễn Thị Phương Thảo``) is expected on a date line, so its name does not count, however long."""
    return sum(len(regex.sub(r"[^\p{L}]", "", piece)) for piece in date_line_segments(line)
               if not _labelled_credit(piece))


def _labelled_credit(piece: str) -> bool:
    """``Tác giả: Nguyễn Thị Phương Thảo``: a credit's label, its colon, then a byline."""
    return credit_line(piece) and parse_byline(piece.partition(":")[2].strip(" .")) is not None


def _label_of(line: str, mention: DateTimeMention) -> str | None:
    """``published`` or ``updated`` when the nearest label before the date says so."""
    published, updated = _labels()
    before = line[: mention.start]
    last = {"published": -1, "updated": -1}
    for name, pattern in (("published", published), ("updated", updated)):
        for match in pattern.finditer(before):
            last[name] = match.end()
    if last["published"] < 0 and last["updated"] < 0:
        return None
    return "published" if last["published"] > last["updated"] else "updated"


def publication_mention(line: str) -> tuple[DateTimeMention, str | None]:
    """The mention of ``line`` that dates the publication and the label it carries."""
    mentions = find_date_times(line)
    labelled = [(m, _label_of(line, m)) for m in mentions]
    for mention, label in labelled:
        if label == "published":
            return mention, label
    for mention, label in labelled:
        if label is None:
            return mention, label
    return labelled[0]


def read_date(lines: list[str], kinds: list[LineKind], candidates: list[int]) -> DateTimeMention | None:
    """The publication date; every date line found is marked ``DATE`` in ``kinds``.

    ``candidates`` are the lines that may hold it, in order (content and residue lines).
    """
    title = next((i for i, k in enumerate(kinds) if k is LineKind.TITLE), None)
    # a page of widgets (a poll, a visitor counter) may push the headline and the date line under it far down
    head = sorted({*candidates[:_HEAD_LINES], *(
        i for i in candidates if title is not None and 0 < _distance(candidates, title, i) <= _UNDER_TITLE_LINES)})
    date_lines = [i for i in head if is_date_line(lines[i])]
    chosen: tuple[DateTimeMention, str | None] | None = None
    read = {i: publication_mention(lines[i]) for i in date_lines}
    published = [i for i in date_lines if read[i][1] == "published"]
    plain = [i for i in date_lines if read[i][1] is None]
    # "Thứ năm, ngày 18 tháng 12 năm 2025" atop the page, above the site's name: today's date in the
    # header, not the article's, when the page gives another date line
    # the same lower down the header (under a widget's lines), when a date line with its time follows it
    top = plain[0] if plain and len(date_lines) > 1 and (plain[0] == head[0] or any(
        read[i][0].clock is not None for i in date_lines if i > plain[0])) else None
    # (a header's clock gives the day alone; a time beside it dates the article: "Thứ sáu, 01 Tháng 2 2013 10:00")
    clock = top if top is not None and _weekday_first(lines[top]) and read[top][0].clock is None else None
    if clock is None and top is not None and _weekday_first(lines[top]) and _dates_an_earlier_day_below(
            top, plain, head, read):
        # "Chủ Nhật, 22/07/2018 14:20" over "Thứ Năm, 21/11/2013 10:05": the header's clock of the day the page was
        # read, with its time, over the article's own, older date line
        clock = top
    plain = [i for i in plain if i != clock]
    if published:
        chosen = read[published[0]]
    elif plain:
        under_title = [
            i for i in plain if title is not None and 0 < _distance(candidates, title, i) <= _UNDER_TITLE_LINES
        ]
        chosen = read[(under_title or plain)[0]]
    elif date_lines:
        chosen = read[next(i for i in date_lines if i != clock)]
    elif (run_on := _date_run_into_lead(lines, candidates, title)) is not None:
        chosen = (run_on, None)
    else:
        foot = [
            i for i in candidates[-_FOOT_LINES:]
            if len(lines[i]) <= _MAX_FOOT_DATE_LINE_CHARS and is_date_line(lines[i])
        ]
        date_lines = foot[:1]
        if foot:
            chosen = publication_mention(lines[foot[0]])
    for index in date_lines:
        kinds[index] = LineKind.DATE
    if chosen is not None:
        return chosen[0]
    if title is not None:
        # "Tiêu đề 21/10/2025 06:08": the date printed at the end of the title line
        return trailing_stamp(lines[title])
    return None


def _dates_an_earlier_day_below(top: int, plain: list[int], head: list[int], read: dict) -> bool:
    """Whether the date line right under ``top`` (the next head line) is a plain one of an earlier day."""
    after = head.index(top) + 1
    below = head[after] if after < len(head) else None
    return below in plain and read[below][0].day < read[top][0].day


def _date_run_into_lead(lines: list[str], candidates: list[int], title: int | None) -> DateTimeMention | None:
    """``25/04/2025Ngày 24/4, Tỉnh ủy A ...`` right under the title: the page's date run into its lead, which
    opens with a capitalised word after it; the first date of the line, whole, with its year."""
    if title is None:
        return None
    for index in candidates:
        if not 0 < _distance(candidates, title, index) <= _UNDER_TITLE_LINES or not _FULL_DATE.match(lines[index]):
            continue  # the line must open with a whole date: checked first, a paragraph's scan for dates is costly
        mentions = find_date_times(lines[index])
        first = mentions[0] if mentions else None
        rest = lines[index][first.end:].lstrip() if first is not None else ""
        if first is not None and first.start == 0 and rest[:1].isupper():
            return first
    return None


_FULL_DATE = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")


def _weekday_first(line: str) -> bool:
    """Whether ``line`` opens with a day of the week (``Thứ Hai, ...``, ``Chủ nhật ...``)."""
    lowered = line.strip().lower()
    return any(lowered.startswith((day + " ", day + ",")) for day in load("dates")["weekdays"])


def _distance(candidates: list[int], title: int, index: int) -> int:
    """How many candidate lines ``index`` stands below the title."""
    return sum(1 for i in candidates if title < i <= index)
