"""Read an article's metadata from its lines, and mark the lines it came from.

Scraped Vietnamese news puts metadata on short lines of their own: the title
(maybe printed twice, once with ``- Báo X``), a date line (``Thứ Hai,
18/06/2018, 16:07 (GMT+7)``), a byline at the foot or on the date line, and
a source tag opening the lead (``BHG -``, ``(TTXVN) -``). Each is read by its
own module (:mod:`titles`, :mod:`date_lines`, :mod:`bylines`); this one runs
them in order (the title first, since the date line is sought under it) and
applies what a feed already gave (news-please's title, date and authors).
Two page forms carry several of them at once and are read here: a scraper's
ISO stamp run into the first line (``date 2025-10-16 Tiêu đề``) and an archive
page's item on one line (``Tiêu đề bởi Minh Anh 21 Tháng 9, 2025 Tỉnh A ...``).
"""

from __future__ import annotations

import functools
from datetime import datetime

import regex

from extractor.lang.vi import alternation, load
from extractor.metadata.bylines import (
    bracketed_writer,
    given_authors,
    is_name_title,
    office_after,
    parse_byline,
    spaced_credit,
    without_glued_label,
    without_photo_credit,
    without_printed_in,
    without_tags,
)
from extractor.metadata.date_lines import date_line_segments, is_date_line, leading_stamp, read_date
from extractor.metadata.dates import DateTimeMention, find_date_times, parse_iso_datetime
from extractor.metadata.model import Author, Metadata
from extractor.metadata.titles import (
    catalogue_record,
    clean_title,
    credit_line,
    entry_name,
    find_title,
    signed_title,
    source_dateline,
    stamp_and_counter,
    without_section_label,
)
from extractor.text.boilerplate import LineKind, is_furniture, wrapped_lines

__all__ = ["read_metadata"]

_HEAD_LINES = 12
_FOOT_LINES = 3
_MIN_PROSE_WORDS = 15  # words of a paragraph of the article's text, under which its byline stands
_RESUMED_WORDS = 12  # words of a line that shows the article going on below a box of links
# Words of an office printed over a signature ("KT. BỘ TRƯỞNG", "PHÓ CHỦ TỊCH THƯỜNG TRỰC").
_MAX_OFFICE_WORDS = 6
# A byline near the title or the date line is short: "Anh Minh", "- Văn Duy", "CHÂU NỮ |".
_MAX_HEAD_BYLINE_WORDS = 5
_MAX_LABEL_WORDS = 4  # words of a box's label ending in a colon: "Tháng hiện tại:"
_HEAD_BYLINE_REACH = 2
# "Tin liên quan", "Có thể bạn quan tâm": a box opener is a short label.
_MAX_OPENER_CHARS = 40
_SENTENCE_END = (".", ":", ";", "?", "!")
_TEASER_ENDS = ("…", "...")
# "... có 6 chi cục hải quan. L.LONG": a pen name in capitals closing the last paragraph
_TRAILING_BYLINE = regex.compile(r"(?<=[.!?…\"”)]\s+)(?P<byline>\p{Lu}[\p{Lu}\p{M}.\s–-]{1,40})$")
# "... trực thuộc Sở Y tế.Hy Uyên": a byline the scraper glued onto the last sentence, with no space
_GLUED_BYLINE = regex.compile(r"(?<=\p{Ll}[.!?…])(?P<byline>\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})$")
# "... các đơn vị sự nghiệp trực thuộc. Hoàng Diên": a writer's name, each word capitalised, after the last full stop
# ("... trong năm nay./. Hoàng Diên": the "./" that closes an official text's last paragraph)
_NAME_AFTER_LAST_STOP = regex.compile(
    r"(?<=\p{Ll}(?:[.!?…]|\./\.|/\.)\s)(?P<byline>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}"
    # "... như Lào Cai. Vũ Thắng/THQH": the outlet's code after a slash
    r"(?:\s?/\s?\p{Lu}[\p{Lu}\d+.]{1,15})?)$")
_MIN_LISTED_HEADLINE_WORDS = 3
_ROLE_LINE = regex.compile(r"^\((?P<role>[^()]{3,120})\)\.?$")


def read_metadata(
    lines: list[str],
    kinds: list[LineKind],
    *,
    published_at: datetime | str | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
) -> Metadata:
    """Read metadata from the lines and mark the lines it came from (``kinds`` is updated).

    ``published_at``, ``title`` and ``authors`` come from a feed and win over what the text says.
    """
    meta = Metadata()
    lines, stamp = _split_stamp(lines, kinds)
    body = [i for i, k in enumerate(kinds) if k is LineKind.BODY]
    atop = _writers_atop(lines, body)
    if atop is not None:
        # "LÊ VĂN A & TRẦN THỊ B" over the paper: its writers, no headline
        kinds[body[0]] = LineKind.BYLINE
        body = body[1:]
    page_title = next((i for i, k in enumerate(kinds) if k is LineKind.PAGE_TITLE), None)
    given = next((i for i in body[:_HEAD_LINES] if title and lines[i] == title), None)
    if given is not None:
        # a feed's or a page's headline may still carry the site's name: "Tiêu đề - Báo X"
        kinds[given] = LineKind.TITLE
        meta.title, meta.publisher = clean_title(title)
    elif page_title is not None and body:
        # "Tiêu đề - Báo X" and then "Tiêu đề": the first is the page's title bar
        kinds[body[0]] = LineKind.TITLE
        meta.title = lines[body[0]]
        tail = lines[page_title][len(lines[body[0]]) :].strip(" -–—|")
        meta.publisher = clean_title(lines[page_title])[1] or tail or None
    else:
        _, meta.title, meta.publisher = find_title(lines, kinds, body, is_date_line)
    signed = signed_title(meta.title) if meta.title else None
    if signed is not None:
        # "Thành lập thành phố A bởi Minh Quang": who posted it, run on after the headline
        meta.title, byline = signed
        _add(meta, *(parse_byline(byline) or ([], None)))
    writer = bracketed_writer(meta.title) if meta.title else None
    if writer is not None:
        # "HỒI ỨC MỘT THỜI (Lê Văn Hòa)": a repost's headline with its writer in brackets; the headline keeps them
        _add(meta, [writer], None)
    record = catalogue_record(meta.title) if meta.title else None
    if record is not None:
        # "Tiêu đề / TÁC GIẢ // Tên báo. - Ngày ...": a library's record of the article it keeps
        meta.title, byline, source = record
        _add(meta, *(parse_byline(byline) or ([], None)))
        meta.publisher = meta.publisher or source
    # the item's whole line may have been taken for the headline: it runs on into its byline, date and excerpt
    listed = _read_listing_item(lines[body[0]], meta) if body and (
        not meta.title or lines[body[0]].strip().startswith(meta.title)) else None
    # a date line has no letters to speak of, so the line classifier may have called it residue
    dated = [i for i, k in enumerate(kinds) if k in (LineKind.BODY, LineKind.TITLE, LineKind.RESIDUE)]
    # dates in a box of related articles at the foot belong to those articles
    end = _related_box(lines, body)
    mention = read_date(lines, kinds, [i for i in dated if end is None or i < end])
    # the scraper's stamp comes from the page's own record of the article, which beats any line of its text
    mention = _with_clock(stamp, mention) or listed
    if mention is None and body and (counted := stamp_and_counter(lines[body[0]])) is not None:
        # "19/11/2024 | lượt xem: 20 Tiêu đề ...": the page's own stamp, run in front of its headline
        mention = next(iter(find_date_times(counted)), None)
    if mention is not None:
        meta.published_at = mention.isoformat()
        meta.published_datetime = mention.as_datetime()
    _read_bylines(lines, kinds, meta)
    if atop is not None:
        meta.authors[:0] = [a for a in atop if a not in meta.authors]
    _read_dateline(lines, kinds, meta)
    meta.title = _without_dateline_tag(meta.title, meta.dateline)
    if title and not meta.title:
        meta.title = clean_title(title)[0]
    if authors and not meta.authors:
        meta.authors = given_authors(authors)
    if published_at is not None:
        _use_given_date(published_at, meta)
    return meta


def _without_dateline_tag(title: str | None, dateline: str | None) -> str | None:
    """``VNTB – Thành lập Quân đoàn 12`` when the lead opens ``(VNTB) –``: the outlet's tag the headline repeats,
    left out."""
    if not title or not dateline:
        return title
    for dash in (" – ", " - ", " — ", ": "):
        if title.startswith(dateline + dash) and len(title) > len(dateline + dash):
            return title[len(dateline + dash):].strip()
    return title


def _read_listing_item(line: str, meta: Metadata) -> DateTimeMention | None:
    """The headline and writer of an archive page's item printed on one line, and its date.

    ``Tỉnh A hợp nhất hai trường bởi Minh Anh 21 Tháng 9, 2025 Tỉnh A vừa ...``
    """
    for mention in find_date_times(line):
        match = _listing_byline().search(line[: mention.start])
        if match is None or not line[mention.end :].lstrip(" ,-–|")[:1].isupper():
            continue
        headline = line[: match.start()].strip()
        parsed = parse_byline(match["name"])
        # "... bị xử phạt bởi Sở Y tế 21 tháng 9, 2025 ..." in a lead names no writer
        if parsed is None or not parsed[0] or len(headline.split()) < _MIN_LISTED_HEADLINE_WORDS:
            continue
        meta.title = headline
        _add(meta, *parsed)
        return mention
    return None


@functools.cache
def _listing_byline() -> regex.Pattern[str]:
    words = alternation(load("bylines")["listing_byline_words"])
    return regex.compile(rf"\s(?:{words})\s+(?P<name>\S.{{0,40}}?)\s*[,|-]?\s*$", regex.IGNORECASE)


def _split_stamp(lines: list[str], kinds: list[LineKind]) -> tuple[list[str], DateTimeMention | None]:
    """The lines with a scraper's ISO stamp taken off the first one (``date 2025-10-16 Tiêu đề``), and its date.

    The headline or the lead the stamp was run into is then read like any first line.
    """
    first = next((i for i, k in enumerate(kinds) if k is not LineKind.BLANK), None)
    found = None if first is None else leading_stamp(lines[first])
    if found is None:
        return lines, None
    mention, rest = found
    rest = without_section_label(rest)  # "date 2025-08-13 Chính trị Tiêu đề ..."
    if not rest:
        return lines, mention
    return [*lines[:first], rest, *lines[first + 1 :]], mention


def _with_clock(stamp: DateTimeMention | None, line: DateTimeMention | None) -> DateTimeMention | None:
    """The scraper's stamp, or the date line when it gives the stamp's day with a time (``08/08/2025 12:25``)."""
    if stamp is None:
        return line
    if line is not None and stamp.clock is None and line.clock is not None and line.day == stamp.day:
        return line
    return stamp


def _use_given_date(value: datetime | str, meta: Metadata) -> None:
    """A date given beside the text (a feed, a page's markup) wins over the text's, except that a day alone yields
    to the text's date line when that gives the same day with its time (``11:24 28/12/2013``)."""
    parsed = value if isinstance(value, datetime) else parse_iso_datetime(str(value))
    if parsed is None:
        return
    day_only = isinstance(value, str) and "T" not in value and ":" not in value
    known = meta.published_datetime
    if day_only and known is not None and known.date() == parsed.date() and ":" in (meta.published_at or ""):
        return
    if parsed.tzinfo is None:
        parsed = parse_iso_datetime(parsed.isoformat())
    meta.published_datetime = parsed
    meta.published_at = parsed.isoformat()


def _writers_atop(lines: list[str], body: list[int]) -> list[Author] | None:
    """The writers of a paper whose first line names them and nothing else (``LÊ VĂN A & TRẦN THỊ B``): two names
    or more joined by ``&``, ``và`` or a dash, no sentence, and no row of a list under it."""
    if len(body) < 2:
        return None
    line = lines[body[0]].strip()
    # "Nghĩa Lợi, Nghĩa Lộ": an encyclopedia's heading that tells a place by its district, not two writers
    if line.endswith(_SENTENCE_END) or "," in line or _is_row(lines[body[1]].strip()):
        return None
    parsed = parse_byline(line)
    if parsed is None or len(parsed[0]) < 2 or parsed[1] is not None:
        return None
    return parsed[0]


def _byline_candidates(lines: list[str], kinds: list[LineKind]) -> list[int]:
    """Lines where a byline may stand: the foot first, then just under the title and around the date line."""
    body = [i for i, k in enumerate(kinds) if k is LineKind.BODY]
    # "Tin, ảnh: P. Thành" at the foot reads like a photo credit to the line classifier
    foot = [i for i, k in enumerate(kinds) if k is LineKind.BODY or (k is LineKind.CAPTION and _credits_text(lines[i]))]
    end = _related_box(lines, body)
    # a visitor counter's labels ("Hôm nay:", "Tổng:") and a page's buttons ("TOP") below the byline take no place of it
    foot = [i for i in foot if not _foot_furniture(lines[i])]
    # "Đồng" over "thời Tặng Bằng khen ...": a word of a sentence hard-wrapped onto its own line, no writer
    cut = {i - 1 for i in wrapped_lines(lines, kinds)}
    foot = [i for i in foot if i not in cut]
    candidates = foot[-_FOOT_LINES:][::-1]
    # the byline stands right under the article's last paragraph, whatever boxes of links the page prints below it
    prose = [i for i in foot if len(lines[i].split()) >= _MIN_PROSE_WORDS and lines[i].rstrip().endswith(_SENTENCE_END)]
    under_prose = next((i for i in foot if prose and i > prose[-1]), None)
    if under_prose is not None and under_prose not in candidates and (end is None or under_prose < end):
        candidates.append(under_prose)
    if end is not None:
        # the article ends above a box of links to other articles, and its byline with it; a line below the box is
        # a byline only where the article goes on after it ("Tin liên quan / Đọc thêm / Xã hội / Hà": a link cut)
        candidates = [i for i in foot if i < end][-_FOOT_LINES:][::-1] + [
            i for i in candidates if i < end or _resumed(lines, kinds, end, i)]
    title = next((i for i, k in enumerate(kinds) if k is LineKind.TITLE), None)
    if title is not None:
        # a text credit under the title ("Tin, ảnh: Hải Yến") reads like a photo credit to the classifier too
        under_title = [i for i in foot if i > title][:_HEAD_BYLINE_REACH]
        candidates += [
            i for i in under_title
            if lines[i].startswith(("- ", "– "))
            # "THU HÀ - MINH ANH // TRUNG TÂM TIN TỨC": the names before the desk are few
            or _head_byline_words(lines[i]) <= _MAX_HEAD_BYLINE_WORDS
        ]
    date = next((i for i, k in enumerate(kinds) if k is LineKind.DATE), None)
    if date is not None:
        near = [i for i in body if i < date][-_HEAD_BYLINE_REACH:] + [i for i in body if i > date][:_HEAD_BYLINE_REACH]
        if title is not None and title < date:
            # "Sống" / headline / "Quỳnh Như 16/10/2023": a word alone over the headline is the site's section; a
            # writer over it gives a name ("Lê Văn A" / office / date, where the office was taken for the headline)
            near = [i for i in near if i > title or len(lines[i].split()) > 1]
        candidates += [i for i in near if i < date or len(lines[i].split()) <= _MAX_HEAD_BYLINE_WORDS]
    # "Tác giả: TS. A" atop the page, over the writer's office and the headline: a credit says what it is anywhere
    candidates += [i for i in body[:_HEAD_LINES] if credit_line(lines[i])]
    return list(dict.fromkeys(candidates))


def _head_byline_words(line: str) -> int:
    """Words of the names a line under the title may hold: before a desk after a slash (``THU HÀ // TRUNG TÂM
    TIN TỨC``), without the marks between names (``PHƯƠNG GIANG - A LĂNG |``), a degree before them (``TS.``) or an
    office after a dash (``Võ Minh Tú – Trưởng khoa``): a byline is short however it is dressed."""
    names, _ = office_after(without_printed_in(without_photo_credit(line)).split("/")[0])
    words = [w for w in names.split() if any(c.isalpha() for c in w)]
    if words and is_name_title(words[0]):
        words = words[1:]
    return len(words)


def _foot_furniture(line: str) -> bool:
    """A label of a box below the article (``Tháng hiện tại:``) or a page button or section label (``TOP``, ``BÀI MỚI
    ĐĂNG``): no line of the article nor its byline."""
    text = line.strip()
    # "Phùng HảiTAG:": a byline the tags' label was run onto is no label
    label = text.endswith(":") and len(text.split()) <= _MAX_LABEL_WORDS and without_glued_label(text) == text
    # "Ý kiến ()", "0 / 500 ký tự": a comment box's labels, read without their counts and brackets
    letters = " ".join(regex.sub(r"[^\p{L}\s]", " ", text).lower().split())
    button = letters in load("bylines")["not_a_name"] and parse_byline(text) is None
    return label or button


def _resumed(lines: list[str], kinds: list[LineKind], start: int, index: int) -> bool:
    """Whether line ``index`` follows the link line ``start`` right away, or a sentence of the article stands
    between them (the article goes on below the box)."""
    between = [j for j in range(start + 1, index) if lines[j].strip()]
    return not between or any(kinds[j] is LineKind.BODY and len(lines[j].split()) >= _RESUMED_WORDS and (
        lines[j].rstrip().endswith(_SENTENCE_END)) for j in between)


def _related_box(lines: list[str], body: list[int]) -> int | None:
    """The first line after the lead that opens a box of related articles, if any."""
    if not body:
        return None
    words = load("bylines")
    openers = tuple(words["related_box_openers"])
    marks = tuple(words["related_link_marks"])
    for index in range(body[0] + 1, len(lines)):
        lowered = lines[index].lower().strip(" *•").rstrip(" :»>")  # "* Các tin liên quan": a bulleted opener
        if lowered.startswith(openers) and len(lowered) <= _MAX_OPENER_CHARS:
            return index
        if lines[index].startswith(marks):
            return index
    # no opener, but a run of teasers cut short: "Tỉnh Yên Bình mở thêm ba trạm y tế…"
    run = [i for i in body if i > body[0]]
    for k in range(len(run) - words["min_teaser_run"] + 1):
        if all(lines[i].endswith(_TEASER_ENDS) for i in run[k : k + words["min_teaser_run"]]):
            return run[k]
    return None


def _credits_text(line: str) -> bool:
    """A credit line that names who wrote the text, not only who took the photo (``Tin, ảnh: A``, ``A - Ảnh: B``)."""
    return spaced_credit(line).lower().startswith(tuple(load("bylines")["text_credit_prefixes"])) or (
        without_photo_credit(line) != line)


def _read_bylines(lines: list[str], kinds: list[LineKind], meta: Metadata) -> None:
    for index in _byline_candidates(lines, kinds):
        line = without_glued_label(lines[index])
        if meta.title and line.strip() in (meta.title, entry_name(meta.title)):
            continue  # "Huổi Mí" again in an encyclopedia's box ("Cà Mau" under "Cà Mau (huyện)"): no writer
        if line.rstrip().endswith(_SENTENCE_END) and not line.endswith(").") and len(line.split()) > 2:
            continue
        if _under_signature_office(lines, index):
            continue  # "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Nguyễn Văn A": who signed a document printed in the page
        parsed = parse_byline(line)
        if parsed is None and (joined := _office_below(lines, kinds, index)) is not None:
            parsed, kinds[joined[0]] = joined[1], LineKind.BYLINE  # "Trịnh Văn A," over "Phó Trưởng Ban B"
        if parsed is None:
            _read_trailing_byline(line, meta)
            continue
        if len(parsed[0]) >= 2 and _row_of_a_list(lines, index):
            continue  # "Trực Chính, Phương Định" under "Trung Đông, Trực Tuấn ...": rows of a table, no writers
        kinds[index] = LineKind.BYLINE
        _add(meta, *parsed)
        _read_role_below(lines, kinds, index, meta)
    for index, kind in enumerate(kinds):
        if kind is LineKind.DATE:
            # "13/05/2015 13:58 Ngọc Quang", "Kim Xuân, Thanh Long Cập nhật 12:30 ngày 22/08/2017"
            for piece in date_line_segments(lines[index], bylines=True):
                parsed = parse_byline(piece)
                if parsed is not None:
                    _add(meta, *parsed)
    meta.authors, tag = without_tags(meta.authors)
    meta.publisher = meta.publisher or tag
    unnamed = frozenset(load("bylines")["unnamed_reporters"])
    if any(a.name.lower() not in unnamed for a in meta.authors):
        # "Đặng Thu Hằng" above and "PV" at the foot: the paper's unnamed reporter adds no writer to a named one
        meta.authors = [a for a in meta.authors if a.name.lower() not in unnamed]


_MIN_ROW_ITEMS = 2  # capitalised items parted by commas that make a line a row of a list of places or bodies


def _row_of_a_list(lines: list[str], index: int) -> bool:
    """Whether the nearest written line above line ``index`` is a row of the same kind: capitalised items parted by
    commas, and no sentence (a byline of several writers stands under the article's last sentence)."""
    return _is_row(_written_line_above(lines, index))


def _is_row(line: str) -> bool:
    """Whether ``line`` is a row of a list: capitalised items parted by commas (or ``và``), no sentence."""
    if not line or line.endswith((".", "!", "?", ":", ";")):
        return False
    items = [item for item in regex.split(r",\s*|\s+và\s+", line) if item]
    return sum(1 for item in items if item[:1].isupper()) >= _MIN_ROW_ITEMS


def _written_line_above(lines: list[str], index: int) -> str:
    """The nearest line above line ``index`` that holds any text, stripped ("" when there is none)."""
    return next((lines[j].strip() for j in range(index - 1, -1, -1) if lines[j].strip()), "")


def _under_signature_office(lines: list[str], index: int) -> bool:
    """Whether the nearest written line above line ``index`` is an office printed over a signature."""
    above = _written_line_above(lines, index)
    # an office line is short and no sentence: "Giám đốc Sở phát biểu tại hội nghị." above a byline is text
    return len(above.split()) <= _MAX_OFFICE_WORDS and not above.endswith((".", "!", "?")) and (
        above.lower().startswith(tuple(load("bylines")["signature_offices"])))


def _read_trailing_byline(line: str, meta: Metadata) -> None:
    """A byline in capitals run into the end of the last paragraph, or glued onto its last full stop; the line
    stays article text."""
    match = _TRAILING_BYLINE.search(line)
    if match is None or regex.search(r"\p{Ll}", match["byline"]):
        match = _GLUED_BYLINE.search(line.rstrip()) or _name_after_last_stop(line.rstrip())
    if match is None or is_furniture(match["byline"]):  # "... của Hội đồng.Show Buttons": a widget's button
        return
    parsed = parse_byline(match["byline"])
    if parsed is not None:
        _add(meta, *parsed)


def _name_after_last_stop(line: str) -> regex.Match[str] | None:
    """A name after the paragraph's last full stop, none of its words opening an office (``... Bốn Phó`` is a
    sentence cut short, ``Phó Giám đốc ...``) nor a credit."""
    match = _NAME_AFTER_LAST_STOP.search(line)
    if match is None:
        return None
    offices, credits = _name_blockers()
    written = [w.lower() for w in match["byline"].split()]
    # "... hai huyện. Theo Minh Anh": a word of a credit opens a sentence, which a bare name does not
    return None if written[0] in credits or any(w in offices for w in written) else match


@functools.cache
def _name_blockers() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of offices and of credits: a name after the last full stop holds none of the first, and
    opens with none of the second."""
    data = load("bylines")
    return (frozenset(office.split()[0] for office in data["signature_offices"]),
            frozenset(prefix.split()[0] for prefix in data["byline_prefixes"]))


def _office_below(lines: list[str], kinds: list[LineKind], index: int) -> tuple[int, tuple] | None:
    """``Trịnh Văn A,`` and, on the next line, the office the comma leads to (``Phó Trưởng Ban Nội chính Tỉnh ủy``):
    the line below and the byline the two make, else None."""
    below = index + 1
    if not lines[index].rstrip().endswith(",") or below >= len(lines) or kinds[below] is LineKind.BLANK:
        return None
    joined = parse_byline(f"{lines[index].rstrip()} {lines[below].strip()}")
    return (below, joined) if joined is not None and any(a.role for a in joined[0]) else None


def _read_role_below(lines: list[str], kinds: list[LineKind], index: int, meta: Metadata) -> None:
    """``Nguyễn Minh Anh`` and, on the next line, ``(Trung tâm Y tế huyện)``: read as one byline."""
    below = next((i for i in range(index + 1, len(lines)) if kinds[i] is not LineKind.BLANK), None)
    if below is None or kinds[below] is not LineKind.BODY or _ROLE_LINE.match(lines[below]) is None:
        return
    joined = parse_byline(f"{lines[index]} {lines[below]}")
    if joined is None:
        return
    kinds[below] = LineKind.BYLINE
    for author in joined[0]:
        meta.authors = [author if known.name == author.name else known for known in meta.authors]
    if joined[1] and not meta.publisher:
        meta.publisher = joined[1]


def _add(meta: Metadata, authors: list[Author], publisher: str | None) -> None:
    meta.authors.extend(a for a in authors if a not in meta.authors)
    if publisher and not meta.publisher:
        meta.publisher = publisher


def _read_dateline(lines: list[str], kinds: list[LineKind], meta: Metadata) -> None:
    for line, kind in zip(lines, kinds):
        if kind is LineKind.BODY:
            meta.dateline = source_dateline(line)
            return
