"""The headline: which line it is, and what the site appended to it.

Scraped pages print the headline first, often twice (once as the page's
title bar with ``- Báo X`` or ``| Cổng thông tin ...``), sometimes with the
date glued on (``... 17/03/2025 08:15``), sometimes run into the lead with no
line break, and some content systems repeat it as photo alt text
(``<headline> - Ảnh 1``). A `` - `` may also stand inside the real headline
(``Bộ Lao động - Thương binh và Xã hội ...``), so a tail is cut only when it
names an outlet and does not finish a dashed name (``Đài Phát thanh - Truyền
hình X``; ``titles.yaml``). A heading-like line below the lead is a subheading.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable

import regex

from extractor.lang.vi import alternation, load
from extractor.metadata.dates import DateTimeMention, find_date_times
from extractor.text.boilerplate import LineKind

__all__ = [
    "clean_title", "credit_line", "entry_name", "find_title", "is_outlet", "names_a_document", "signed_title",
    "source_dateline", "stamp_and_counter", "trailing_stamp", "without_section_label",
]

_MAX_TITLE_CHARS = 250
_MIN_TITLE_WORDS = 3
_MAX_ENTRY_WORDS = 6  # words of an encyclopedia entry's heading (a place, a body)
_MAX_ENTRY_CHARS = 60  # characters of a name printed twice as an entry's heading
_ENTRY_COPULA_REACH = 3  # words from an entry's name to the copula of its first sentence ("hiện nay là")
_TEMPLATE_CHARS = 80  # characters of a wiki template's name run in front of an entry's first sentence
_ENTRY_LEAD_LINES = 3  # lines from an entry's heading to its first sentence, a description and a redirect between
_BYLINE_AND_DATE_LINES = 4  # lines from a headline down to its date line, bylines between
_LEADING_OUTLET_WORDS = 3  # words of a site's short name printed before its headline ("VNPT | ...")
_MIN_TITLE_SCORE = 0.35
_MAX_KICKER_WORDS = 12  # words of a kicker ("Sáp nhập A, B và C:"); a longer colon line with a comma opens a list
_HEAD_LINES = 12
# Later lines are less likely to be the headline: each line down costs this much score.
_TITLE_POSITION_PENALTY = 0.05
# The first line of an article is where the headline stands when there is one (a site banner
# such as "BỘ NỘI VỤ" is shorter than this many words).
_FIRST_LINE_BONUS = 0.25
_MIN_FIRST_LINE_WORDS = 6
# Share of a line's words found elsewhere in the article that makes it content, not page furniture.
_CONTENT_OVERLAP = 0.5
# A document's own headings in capitals stand within this many lines under the line that names it.
_DOCUMENT_HEADING_REACH = 3
_NEAR_DATE_BONUS = 0.2
# A lead that opens with the outlet's dateline ("(Dân trí) - ...", "TTO - ...") stands right under the headline,
# or under the headline and a line of summary.
_ABOVE_DATELINE_BONUS = 0.2
# A history or "about us" page's own heading ("Lịch sử hình thành") shares few words with its text.
_ABOUT_HEADING_BONUS = 0.4
# A kicker ending in a colon over a heading says what the heading, often figurative, is about.
_UNDER_KICKER_BONUS = 0.1
# A heading right over a date line right over the lead is the article's header even far down a page of furniture.
_OVER_DATE_AND_LEAD_BONUS = 0.2
# A short first line right over the lead is the headline even with few words to share with it ("A sắp phá sản").
_FIRST_OVER_LEAD_BONUS = 0.2
_DATELINE = regex.compile(
    r"^(?:\((?P<paren>\p{L}[^()]{1,29})\)|(?P<caps>\p{Lu}[\p{Lu}\d.]{1,11}))\s*[-–—]\s+(?=\p{L}|\p{N}|\")"
)
# a full stop after a short abbreviation ("Tp. Phan Rang", "TX. Sơn Tây", "Q. 1") opens no sentence
_LIST_NUMBER = regex.compile(r"^\d{1,3}\.\s+(?=\p{Lu}\p{Ll})")
_SENTENCE_BREAK = regex.compile(r"(?<!(?<![\p{L}.])\p{Lu}\p{Ll}?)\p{Ll}[.!?] +\p{Lu}")
# A lead run into the headline restates the headline's first words this far in, at least.
_MIN_GLUED_TITLE_WORDS = 5
_GLUED_ECHO_WORDS = 3
# A lead paragraph: this many words at least, closed like a sentence.
_MIN_LEAD_WORDS = 15
# A question closes headlines ("... sẽ thế nào?") far more often than leads, so it marks no lead.
_LEAD_ENDS = (".", "!", "…")
# The headline printed again as photo alt text, maybe shortened: this share of the copy's words at least.
_MIN_CAPTION_OVERLAP = 0.75


@functools.cache
def _data() -> dict:
    return load("titles")


@functools.cache
def _image_caption() -> regex.Pattern[str]:
    return regex.compile(_data()["image_caption"])


@functools.cache
def _about_heading() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in _data()["about_headings"]), regex.IGNORECASE)


@functools.cache
def _lead_opener() -> regex.Pattern[str]:
    openers = [*_data()["time_lead_openers"], *_data()["lead_openers"]]
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in openers) + ")", regex.IGNORECASE)


@functools.cache
def _time_lead_opener() -> regex.Pattern[str]:
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in _data()["time_lead_openers"]) + ")", regex.IGNORECASE)


@functools.cache
def _glued_lead_opener() -> regex.Pattern[str]:
    return regex.compile("^(?:" + "|".join(f"(?:{p})" for p in _data()["glued_lead_openers"]) + ")")


@functools.cache
def _site_address() -> regex.Pattern[str]:
    return regex.compile(_data()["site_address"], regex.IGNORECASE)


def is_outlet(tail: str) -> bool:
    """``Báo Hà Giang điện tử``, ``VnExpress``, ``baoxyz.vn``, ``Quảng Ninh Online``: a site's name."""
    data = _data()
    lowered = " ".join(tail.lower().split())
    if not lowered or len(lowered.split()) > data["max_outlet_words"]:
        return False
    return (
        lowered in data["outlet_names"]
        or any(lowered == head or lowered.startswith(head + " ") for head in data["publisher_heads"])
        or any(lowered.endswith(" " + end) for end in data["outlet_endings"])
        or _site_address().match(lowered) is not None
    )


@functools.cache
def _section_label() -> regex.Pattern[str]:
    labels = sorted(_data()["section_labels"], key=len, reverse=True)
    labels_pattern = "|".join(r"\s+".join(map(regex.escape, label.split())) for label in labels)
    return regex.compile(r"^\s*(?:" + labels_pattern + r")\s+(?=\p{Lu})", regex.IGNORECASE)


_MIN_STAMPED_HEADING_WORDS = 2


def _headed_stamp(line: str) -> bool:
    """Whether a date line is a heading with its stamp in brackets after it (``Huyện A (15:37 12/02/2018)``), as a
    portal prints its headline: the words before the bracket are the headline."""
    stamp = trailing_stamp(line)
    if stamp is None:
        return False
    head = line[:stamp.start].rstrip()
    return head.endswith("(") and len(head[:-1].split()) >= _MIN_STAMPED_HEADING_WORDS and _plain_heading(
        head[:-1].strip())


def _only_section_labels(line: str) -> bool:
    """Whether ``line`` names only sections of a site, one or several joined by dashes (``CHÍNH TRỊ-KINH TẾ``)."""
    labels = {" ".join(label.split()) for label in _data()["section_labels"]}
    whole = " ".join(line.lower().split())
    parts = [" ".join(part.split()) for part in regex.split(r"[-–|/]", whole)]
    return whole in labels or all(part in labels for part in parts)


def source_dateline(line: str) -> str | None:
    """The outlet or place a lead opens with: ``(Dân trí) - Chiều 13/8, ...`` → ``Dân trí``; ``TTO - ...`` → ``TTO``."""
    match = _DATELINE.match(line)
    return (match["paren"] or match["caps"]).strip() if match else None


def without_section_label(text: str) -> str:
    """``Chính trị Hợp nhất các hội ...`` → ``Hợp nhất các hội ...``: the section a scraper ran in front of a headline.

    Only a label that a capitalised word follows is taken off; the label alone is left as it is.
    """
    match = _section_label().match(text)
    return text[match.end() :] if match else text


def trailing_stamp(text: str) -> DateTimeMention | None:
    """The date stamp closing a title line, set apart from the headline's words, or None.

    ``Tiêu đề 21/10/2025 06:08`` and ``Tiêu đề (21/10/2025)`` close with a stamp;
    ``... từ ngày 21/7 đến 20/8/2021`` closes with the headline's own date.
    """
    mentions = find_date_times(text)
    if not mentions or mentions[-1].end < len(text.rstrip(" )")) - 1:
        return None
    head = text[: mentions[-1].start]
    if len(mentions) >= 2 and mentions[-2].clock is None and mentions[-1].clock is None and regex.fullmatch(
            r"\s*[-–—]\s*", text[mentions[-2].end : mentions[-1].start]):
        return None  # "Kỷ niệm 35 năm thành lập Đảng bộ A (16/7/1987 - 16/7/2022)": a span of years, the headline's
    set_apart = mentions[-1].clock is not None or head.rstrip().endswith(("-", "–", "—", "|", "(", ","))
    # "Tiêu đề ... đến nay 24/06/2014": a padded stamp that no word of time governs, printed after the headline
    printed = text[mentions[-1].start:mentions[-1].end]
    word_before = (head.split() or [""])[-1].lower()
    set_apart = set_apart or (_PADDED_DATE.fullmatch(printed) is not None
                              and word_before not in _data()["date_governing_words"])
    if not set_apart or len(head.rstrip(" -–—|,(").split()) < _MIN_TITLE_WORDS:
        return None
    return mentions[-1]


_PADDED_DATE = regex.compile(r"\d\d/\d\d/\d{4}")


def _strip_trailing_date(text: str) -> str:
    """``Tiêu đề 21/10/2025 06:08`` or ``Tiêu đề - 21/10/2025`` → ``Tiêu đề``."""
    stamp = trailing_stamp(text)
    return text if stamp is None else text[: stamp.start].rstrip(" -–—|,(")


def clean_title(line: str) -> tuple[str, str | None]:
    """The headline of a title line and the outlet named after it (or None).

    >>> clean_title("Huyện A giảm 5 đầu mối - Báo Hà Giang điện tử")
    ('Huyện A giảm 5 đầu mối', 'Báo Hà Giang điện tử')
    """
    data = _data()
    title = _once(_bare(line))
    title = _piped_clock().sub("", title, count=1)  # "Thứ Năm | 18 | 07 | 2013 | (GMT+7)Tiêu đề": the site's clock
    title = _LIST_NUMBER.sub("", title)  # "52. Sự kiện thành lập huyện A": the number of an item in a series
    match = _image_caption().match(title)
    if match:
        title = match["title"]
    publisher = None
    title, publisher = _without_leading_outlet(title, data["strong_separators"])
    while True:
        before = title
        title = _strip_trailing_date(title)
        for separator in data["strong_separators"] + data["weak_separators"]:
            if separator not in title:
                continue
            head, tail = (part.strip() for part in title.rsplit(separator, 1))
            strong = separator in data["strong_separators"]
            if not strong and _joins_a_name(head, tail):
                continue
            if len(head.split()) >= _MIN_TITLE_WORDS and (is_outlet(tail) or (strong and len(tail.split()) <= 8)):
                title = head
                publisher = publisher or tail
                break
        if title == before:
            return _without_full_stop(_without_buttons(title)), publisher


def _without_leading_outlet(title: str, separators: list[str]) -> tuple[str, str | None]:
    """``VNPT | VNPT chuyển giao A về B``: a site's short name printed before its headline, which the headline
    repeats or which reads as an outlet, left out (the headline and the name)."""
    for separator in separators:
        head, found, tail = title.partition(separator)
        if not found or len(head.split()) > _LEADING_OUTLET_WORDS or len(tail.split()) < _MIN_TITLE_WORDS:
            continue
        if tail.lower().startswith(head.lower() + " ") or is_outlet(head):
            return tail.strip(), head.strip()
    return title, None


def signed_title(title: str) -> tuple[str, str] | None:
    """``Thành lập thành phố A bởi Minh Quang`` → (the headline, the byline run on after it), else None."""
    match = _signed_title().match(title)
    return (match["title"], match["byline"]) if match else None


@functools.cache
def _signed_title() -> regex.Pattern[str]:
    return regex.compile(_data()["signed_title"])


def _without_buttons(title: str) -> str:
    """``Tiêu đề Chia sẻ`` → ``Tiêu đề``: a page button glued to the end of the headline."""
    lowered = title.lower()
    for button in _data()["trailing_buttons"]:
        head = title[: -len(button)].rstrip()
        if lowered.endswith(" " + button) and len(head.split()) >= _MIN_TITLE_WORDS:
            return head
    return title


def _without_full_stop(title: str) -> str:
    """A headline printed with a full stop (``Sáp nhập A vào B.``) without it: headlines take none, and an
    ellipsis (``...``) stays."""
    return title[:-1].rstrip() if title.endswith(".") and not title.endswith("..") else title


def _once(title: str) -> str:
    """A headline the page printed twice in a row, the second time with its site after it, once: ``Tiêu đề A
    Tiêu đề A - Tỉnh B - site.net`` gives ``Tiêu đề A``."""
    words = title.split()
    for size in range(_MIN_TITLE_WORDS, len(words) // 2 + 1):
        if words[:size] == words[size:2 * size]:
            return " ".join(words[:size])
    return title


def _joins_a_name(head: str, tail: str) -> bool:
    """``... Đài Phát thanh`` and ``Truyền hình Quảng Bình``: the dash stands inside one name."""
    head, tail = " ".join(head.lower().split()), " ".join(tail.lower().split())
    for compound in _data()["dash_compounds"]:
        first, second = compound.split(" - ", 1)
        if (head == first or head.endswith(" " + first)) and (tail == second or tail.startswith(second + " ")):
            return True
    return False


@functools.cache
def _document_heading() -> regex.Pattern[str]:
    heads = alternation(_data()["document_heads"])
    return regex.compile(rf"^(?:{heads})\s+(?:số\s*)?\d", regex.IGNORECASE)


def names_a_document(line: str) -> bool:
    """``Quyết định số 12/QĐ-UBND ngày 03/04/2020``: a line that opens with a document and its number."""
    return bool(_document_heading().match(line))


@functools.cache
def _catalogue_record() -> regex.Pattern[str]:
    return regex.compile(_data()["catalogue_record"])


def catalogue_record(line: str) -> tuple[str, str, str] | None:
    """``(headline, byline, outlet)`` of a library's record of an article, or None.

    >>> catalogue_record("Tỉnh A lập trung tâm mới / MINH AN // baoxyz.vn. - ngày 3/5/2020")
    ('Tỉnh A lập trung tâm mới', 'MINH AN', 'baoxyz.vn')
    """
    match = _catalogue_record().match(line)
    return (match["title"].strip(), match["byline"].strip(), match["source"].strip()) if match else None


@functools.cache
def _document_part() -> regex.Pattern[str]:
    return regex.compile(_data()["document_part"])


@functools.cache
def _numbered_section() -> regex.Pattern[str]:
    return regex.compile(_data()["numbered_section"])


def stamp_and_counter(line: str) -> str | None:
    """The date stamp and view counter a page runs in front of its headline (``19/11/2024 | lượt xem: 20 ``), or
    None."""
    match = _stamp_and_counter().match(line)
    return match.group() if match else None


@functools.cache
def _piped_clock() -> regex.Pattern[str]:
    weekdays = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in _data()["weekday_words"])
    return regex.compile(rf"^(?:{weekdays})\s*\|\s*\d{{1,2}}\s*\|\s*\d{{1,2}}\s*\|\s*\d{{4}}\s*(?:\|\s*)?"
                         rf"(?:\(GMT\s*[+-]\s*\d{{1,2}}\)\s*)?(?=\p{{Lu}})", regex.IGNORECASE)


@functools.cache
def _stamp_and_counter() -> regex.Pattern[str]:
    labels = "|".join(regex.escape(label) for label in _data()["view_counter_labels"])
    return regex.compile(
        rf"^\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s+\d{{1,2}}:\d{{2}})?\s*\|\s*(?:{labels})\s*:?\s*[\d.,]+\s+(?=\p{{Lu}})",
        regex.IGNORECASE)


@functools.cache
def _chapter_heading() -> regex.Pattern[str]:
    return regex.compile(_data()["chapter_heading"])


def _prints_a_document_line(line: str) -> bool:
    """``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``, ``Điều 1. ...``: a line of a legal document's own print."""
    return " ".join(line.lower().split()) in _data()["document_furniture"] or bool(_document_part().match(line))


def _bare(line: str) -> str:
    """The line without the marks around a headline that are no part of it: a list mark or a media label before
    it (``• ``, ``[Ảnh] ``), a separator left after it once the outlet's name was dropped (``Tiêu đề |``)."""
    data = _data()
    text = line.strip().lstrip(data["leading_marks"] + " ").strip()
    text = _PLACEHOLDER.sub("", text)  # "{title} Tiêu đề": a template's field printed unfilled
    tag = next((t for t in data["media_tags"] if text.startswith(t)), None)
    if tag is not None:
        text = text[len(tag):].strip()
    if text.endswith(" |"):
        text = text[:-2].rstrip()
    text = _without_home_crumb(text)
    return _TRAILING_STARS.sub("", text)  # "Tiêu đề "*"": a mark a site prints after a headline


_PLACEHOLDER = regex.compile(r"^\{[a-z_]{2,20}\}\s+")
# "[2.19] Diễn biến ...", "[Tên chuyên mục – 2021] 60 năm ...": a section's or a series' tag in brackets before a
# headline, which the headline keeps as the page prints it
_BRACKETED_TAG = regex.compile(r"^\[[^\[\]]{1,80}\]\s+(?=[\p{Lu}\d])")
_TRAILING_STARS = regex.compile(r"\s+[\"“”]?\*+[\"“”]?$")


def _without_home_crumb(text: str) -> str:
    """``Trang chủ Tin tức Tiêu đề``: a breadcrumb run into the headline, the home link and the sections after it,
    left out where a capitalised headline follows."""
    home = _home_crumb().match(text)
    if home is None:
        return text
    rest = text[home.end():]
    while (label := _section_label().match(rest)) is not None:
        rest = rest[label.end():]
    return rest if rest[:1].isupper() and len(rest.split()) >= _MIN_TITLE_WORDS else text


@functools.cache
def _home_crumb() -> regex.Pattern[str]:
    crumbs = "|".join(r"\s+".join(map(regex.escape, c.split())) for c in _data()["home_crumbs"])
    # "Trang chủviblogTIÊU ĐỀ": a section's slug glued between the home link and the headline
    return regex.compile(r"^(?:" + crumbs + r")(?:\s+|(?-i:\p{Ll}+)\s*)(?=(?-i:\p{Lu}))", regex.IGNORECASE)


# "(TTV) Đảng bộ Khối ...": a headline opened by its outlet's tag in brackets, with no dash after it as a lead has
_OUTLET_TAG_OPENING = regex.compile(r"\(\p{Lu}{2,8}\) \p{Lu}")


def _looks_like_heading(line: str) -> bool:
    line = _BRACKETED_TAG.sub("", _bare(line), count=1)
    first = line[:1]
    return (
        not _prints_a_document_line(line)
        and not _numbered_section().match(line)  # "I. CHỦ TRƯƠNG ...": a part of the text, under the headline
        and len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) >= _MIN_TITLE_WORDS
        and (first.isupper() or first.isdecimal() or first in "\"“'‘’”«" or _OUTLET_TAG_OPENING.match(line) is not None)
        and not line.endswith((".", ";", ",", ":", "|", "…", "\ufffd"))  # "\ufffd": a line the scraper cut
        and not _breaks_sentence(line)
        and not _lead_opener().match(line)
    )


def _breaks_sentence(line: str) -> bool:
    """A full stop (or a question) inside the line, before a capital: a paragraph, not a headline.

    A headline may ask two questions (``Xã A mới tên gì? Các xã thay đổi ra sao?``): a question inside a
    line that ends with one does not break it.
    """
    return any(m.group()[1] != "?" or not line.rstrip().endswith("?") for m in _SENTENCE_BREAK.finditer(line))


def _syllables(text: str) -> set[str]:
    return {w for w in regex.findall(r"[\p{L}\p{N}]+", text.lower()) if len(w) > 1 or w.isdecimal()}


def _glued_headline(line: str) -> str | None:
    """The headline of a first line that runs on into the lead, which opens with the headline's words.

    ``Tỉnh A hợp nhất 3 trường Tỉnh A vừa quyết định hợp nhất ...`` → ``Tỉnh A hợp nhất 3 trường``;
    or with a capital no headline has there: ``... 3 trường Ông Nguyễn Văn B, Giám đốc ...``.
    """
    words = line.split()
    opening = [w.lower() for w in words[:_GLUED_ECHO_WORDS]]
    for cut in range(_MIN_GLUED_TITLE_WORDS, min(len(words) - _GLUED_ECHO_WORDS, 60)):
        if words[cut - 1].endswith((".", "!", "?", ":", ";")):
            return None
        if not (words[cut][:1].isupper() or words[cut].startswith("(")):
            continue  # a capital, or the bracket of a dateline "(YBO) - ...", may open the lead
        echo = [w.lower() for w in words[cut : cut + _GLUED_ECHO_WORDS]] == opening or _tail_echoed(words, cut)
        rest = " ".join(words[cut:])
        # "... Đà Nẵng ĐNO - Chiều 13/8, ...": the lead opens with a sentence opener or the outlet's dateline
        # (the headline may end with a figure: "... tháng 3/2018 Nhằm khơi dậy ...")
        end = words[cut - 1][-1:]
        opener = (end.islower() or end.isdecimal()) and (
            _glued_lead_opener().match(rest) or (end.islower() and _DATELINE.match(rest)))
        if echo or opener:
            return _without_outlet(words[:cut])
    return None


_TAIL_ECHO_WORDS = 4  # words of a headline's end that a lead run into it may open with
_TAIL_ECHO_NAME_WORDS = 2  # ... or fewer, a name in capitals, after a short headline
_SHORT_GLUED_TITLE_WORDS = 8


def _tail_echoed(words: list[str], cut: int) -> bool:
    """Whether the words from ``cut`` open with the last words before it: ``Bộ A thành lập Trung tâm B Trung tâm B đã
    chính thức được thành lập``, a lead that opens with what its headline ends with."""
    lowered = [w.lower() for w in words]
    # a short headline ending with a name the lead opens with: "Nguồn gốc tên gọi Vĩnh Phúc Vĩnh Phúc được ..."
    shortest = _TAIL_ECHO_NAME_WORDS if cut <= _SHORT_GLUED_TITLE_WORDS else _TAIL_ECHO_WORDS
    return any(lowered[start:cut] == lowered[cut:2 * cut - start] and (
        cut - start >= _TAIL_ECHO_WORDS or all(w[:1].isupper() for w in words[start:cut]))
               for start in range(_MIN_GLUED_TITLE_WORDS - 1, cut - shortest + 1))


def _without_outlet(words: list[str]) -> str:
    """The headline words without an outlet's name the page printed between them and the lead (``... VnExpress``)."""
    for size in range(min(3, len(words) - _MIN_TITLE_WORDS), 0, -1):
        if is_outlet(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return " ".join(words)


def _is_lead(line: str) -> bool:
    return len(line.split()) >= _MIN_LEAD_WORDS and line.rstrip(" \"”'’)").endswith(_LEAD_ENDS)


def credit_line(line: str) -> bool:
    """Whether ``line`` opens with a writer's credit and its colon (``Tác giả: A``, ``Tin, ảnh: B``)."""
    lowered = line.lower()
    return any(lowered.startswith((f"{prefix}:", f"{prefix} :")) for prefix in load("bylines")["byline_prefixes"])


def _trailing_off(lines: list[str], head: list[int]) -> bool:
    """``Cho những mùa vàng ấm no...`` over a longer paragraph: a feature's headline that trails off, not a teaser cut
    short (a teaser stands among others, under a headline of its own)."""
    first = lines[head[0]]
    stem = first.rstrip(".… ")
    return (
        len(head) > 1
        and first.endswith(("...", "…"))
        and len(stem) < len(first)
        and _looks_like_heading(stem)
        and len(lines[head[1]]) > 2 * len(first)
    )


def _full_stop_over_dated_lead(lines: list[str], head: list[int], pos: int) -> bool:
    """``Tiêu đề.`` as the first line, over a lead that opens with its day (``Chiều 15/11/2023, ...``): a headline
    printed with a full stop."""
    line = lines[head[pos]]
    return (
        pos == 0
        and len(head) > 1
        and line.endswith(".")
        and not line.endswith("..")
        and _looks_like_heading(line[:-1])
        and _time_lead_opener().match(lines[head[1]]) is not None
    )


def _heading_above_date(line: str, pos: int, dates: list[int]) -> bool:
    """``Tiêu đề.`` right above the date line: a headline printed with a full stop."""
    return (
        pos + 1 in dates
        and line.endswith(".")
        and not line.endswith("..")
        and _looks_like_heading(line[:-1])
    )


def _same_headline(line: str, copy: str) -> bool:
    """``line`` is the headline that ``copy`` (photo alt text) repeats, maybe shortened (``CĐ``) or with more after
    it (``<headline>, "lời bình" - Ảnh 1``: the printed headline is the line)."""
    if copy.startswith(line.strip()):
        return True
    words = _syllables(copy)
    return bool(words) and len(words & _syllables(line)) / len(words) >= _MIN_CAPTION_OVERLAP


def find_title(
    lines: list[str], kinds: list[LineKind], body: list[int], is_date_line: Callable[[str], bool]
) -> tuple[int | None, str | None, str | None]:
    """``(line index, headline, outlet)`` of the headline among the body lines, or Nones.

    The headline is the heading-like line near the top whose words the article
    goes on to use; the first line wins ties. ``is_date_line`` tells date lines
    (a line just above one is likely the headline). The chosen line is marked
    ``TITLE`` unless the headline was cut out of a line that also holds the lead.
    """
    first = lines[body[0]] if body else ""
    # "19/11/2024 | lượt xem: 20 Tiêu đề Ngày 19/11, ...": the page's stamp and view counter run in front
    first = _stamp_and_counter().sub("", first, count=1)
    glued = None if not first or _looks_like_heading(first) else _glued_headline(first)
    if glued is not None:
        # "Tiêu đề Sáng 13/8, ...": the headline runs into the lead; a heading below the lead is a subheading
        return None, *clean_title(glued)
    if len(body) < 2:
        return None, None, None
    if _prints_a_document(lines, body) or _chapter_heading().match(first.strip()):
        # "Chương V: Thời kỳ đổi mới": a book's chapter put on a page of its own is titled by its heading
        kinds[body[0]] = LineKind.TITLE
        return body[0], *clean_title(first)
    # "Ô Môn" / "Quận nội thành thuộc thành phố A" / "(Đổi hướng từ Quận Ô Môn)" / "Ô Môn là một quận ...": the entry's
    # short description and a redirect may stand between its heading and its first sentence
    first = _LEADING_SYMBOLS.sub("", first)  # "✨Phường 8, thành phố A": an emoji a copying site put first
    entry = _opens_entry(first, [lines[i] for i in body[1:1 + _ENTRY_LEAD_LINES]])
    if entry or _over_infobox(lines, body) or _over_tagline(lines, body) or (
            _printed_twice(lines, body)) or _over_entry_box(lines, body):
        # "Huổi Mí" over "Huổi Mí là một xã ...", or over a box of "Tỉnh | Điện Biên |" rows: an encyclopedia's entry
        kinds[body[0]] = LineKind.TITLE
        return body[0], _without_home_crumb(first.strip()), None  # "Trang chủ" glued before a heading printed twice
    if len(body) > 2 and (is_date_line(lines[body[0]]) or len(lines[body[0]].split()) == 1) and _opens_entry(
            lines[body[1]], [lines[i] for i in body[2:2 + _ENTRY_LEAD_LINES]]):
        # "Wednesday, April 4, 2012" / "Bắc Giang" / "Bắc Giang là một tỉnh ...": a blog's post of an entry, under
        # its date or under the site's one-word label ("Wiki")
        kinds[body[1]] = LineKind.TITLE
        return body[1], lines[body[1]].strip(), None
    head = body[:_HEAD_LINES]
    dates = [pos for pos, i in enumerate(head) if is_date_line(lines[i])]
    # a page that prints a legal document under the national header: its lines in capitals are the document's
    # own headings (its kind, who issued it), not the page's headline
    printed = any(_prints_a_document_line(lines[i]) for i in head)
    # "Tiêu đề." over "Tác giả: A": a headline printed with a full stop over its credit line
    credits = [pos for pos, i in enumerate(head) if credit_line(lines[i])]
    # "Lịch sử phát triển" over "LỊCH SỬ THỐNG KÊ TỈNH A": a heading printed in capitals below is the page's own
    about = {pos for pos, i in enumerate(head) if _about_heading().fullmatch(lines[i].strip()) and not (
        pos + 1 < len(head) and lines[head[pos + 1]].isupper())}
    items = _list_items(lines, head)
    headings = [
        pos for pos, i in enumerate(head)
        if pos not in items
        and (pos not in dates or _headed_stamp(lines[i]))
        and (_looks_like_heading(lines[i]) or _heading_above_date(lines[i], pos, dates + credits)
             or (pos == 0 and _trailing_off(lines, head)) or pos in about
             or _full_stop_over_dated_lead(lines, head, pos))
        and not (printed and lines[i].isupper())
    ]
    # a heading above the lead is the headline; a heading further down is one of the article's subheadings
    lead = next((pos for pos, i in enumerate(head) if _is_lead(lines[i])), None)
    if lead is not None and any(pos < lead for pos in headings):
        headings = [pos for pos in headings if pos < lead]
    best, best_score = None, _MIN_TITLE_SCORE
    dated = False
    vocabulary = _Vocabulary(lines, body)
    rank = _content_ranks(lines, head, vocabulary)
    for pos, index in enumerate(head):
        if pos not in headings or not vocabulary.words[index]:
            continue
        overlap = vocabulary.shared(index, copies_too=True)
        # above the lead, only lines of content push the headline down; below it, every line does
        place = rank[pos] if lead is None or pos < lead else pos
        score = overlap * min(len(lines[index].split()), 10) / 10 - _TITLE_POSITION_PENALTY * place
        if any(0 < d - pos <= 2 for d in dates) or _beside_date_line(lines, index, is_date_line) or pos in dates:
            score += _NEAR_DATE_BONUS  # (a heading in dates carries its own stamp: "Huyện A (15:37 12/02/2018)")
        if lead is not None and 0 < lead - pos <= 2 and _DATELINE.match(lines[head[lead]]):
            score += _ABOVE_DATELINE_BONUS
        if pos in about:
            score += _ABOUT_HEADING_BONUS  # "Lịch sử hình thành": a history page's heading, its words its own
        if pos > 0 and lines[head[pos - 1]].rstrip().endswith(":") and pos - 1 not in dates:
            score += _UNDER_KICKER_BONUS  # "Sáp nhập A và B:" over "Xuôi trên nhưng chưa thuận dưới": a kicker
        dated_below = lead == pos + 1 and any(is_date_line(lines[i]) for i in range(index + 1, head[lead]))
        if (lead == pos + 2 and pos + 1 in dates) or dated_below:
            score += _OVER_DATE_AND_LEAD_BONUS  # heading, date line, lead: an article's own header, below the site's
        if pos == 0 and lead == 1 and len(lines[index].split()) < _MIN_FIRST_LINE_WORDS:
            score += _FIRST_OVER_LEAD_BONUS  # "Vinashinlines sắp phá sản" over "Trước đó, ...": a short headline
        # the first line, longer lines after it or a date line right below it: the page's header
        if (
            pos == 0
            and len(lines[index].split()) >= _MIN_FIRST_LINE_WORDS
            and len(head) > 1
            and (len(lines[head[1]]) > len(lines[index]) or _beside_date_line(lines, index, is_date_line)
                 or (lead == 2 and 1 in headings))
        ):
            # (a heading, another and the lead: the headline over its subheading, "Tiêu đề" / "Tổng quan về A" / ...)
            score += _FIRST_LINE_BONUS
        if score > best_score:
            best, best_score = index, score
            # "Tiêu đề / Tác giả / 16/10/2025 16:25": a heading set over its byline and date line is the headline
            dated = any(0 < d - pos <= _BYLINE_AND_DATE_LINES for d in dates)
    caption = _caption_title(lines)
    if best is None or (caption is not None and best != body[0] and not dated and not _same_headline(
            lines[best], caption)):
        if caption is not None:
            return None, caption, None
        return None, None, None
    kinds[best] = LineKind.TITLE
    # "LỊCH SỬ THỐNG KÊ TỈNH A" over "BẢY MƯỜI NĂM HÌNH THÀNH VÀ PHÁT TRIỂN": a headline in capitals set on two lines
    other = next((i for i in (best + 1, best - 1) if _shouted_pair(lines, body, best, i, is_date_line)), None)
    if other is not None:
        kinds[other] = LineKind.TITLE
        first, second = sorted((best, other))
        return first, *clean_title(" ".join(f"{lines[first]} {lines[second]}".split()))
    return best, *clean_title(lines[best])


_RUN_ON_WORDS = 14  # most words of either line of a headline set in capitals on two lines


_INFOBOX_LINES = 10  # lines under an entry's heading read for its box of facts
_INFOBOX_ROWS = 4  # rows of cells ("Quốc gia | Việt Nam |") among them that make a box
_MAX_INFOBOX_HEADING_WORDS = 12  # words of the heading over a box: a body's full name may be long


def _over_infobox(lines: list[str], body: list[int]) -> bool:
    """Whether the first line is the heading of an encyclopedia's entry over its box of facts: a few words with no
    cell mark, then rows of cells (``Tỉnh | Điện Biên |``) right under it."""
    first = lines[body[0]].strip()
    if "|" in first or not first[:1].isupper() or len(first.split()) > _MAX_INFOBOX_HEADING_WORDS or first.endswith(
            (".", ":", ";")):
        return False
    below = [lines[i] for i in body[1:1 + _INFOBOX_LINES]]
    return sum("|" in line for line in below) >= _INFOBOX_ROWS and "|" in "".join(below[:3])


_LEADING_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}]+\s*")
_NO_HEADING_ENDS = (".", ";", ",", ":", "|", "…")  # marks a heading does not end with


def _plain_heading(text: str) -> bool:
    """Whether ``text`` reads as a heading, not a sentence: capitalised, no full stop inside, no mark at its end."""
    return text[:1].isupper() and not _breaks_sentence(text) and not text.endswith(_NO_HEADING_ENDS)


def _over_entry_box(lines: list[str], body: list[int]) -> bool:
    """Whether the first line is an entry's heading over its box of facts printed without cells: the name again,
    what the entry is on a line of its own (``Lạc Bình (huyện)`` / ``Lạc Bình``, ``Yên Sơn`` / ``Huyện``), or the
    entry's first section heading (``Huyện Lạc Bình`` / ``Địa lý``)."""
    name = entry_name(lines[body[0]])
    if not name or len(name.split()) > _MAX_ENTRY_WORDS or not _plain_heading(name) or len(body) < 2:
        return False
    # "(Đổi hướng từ A, B)": the redirect that led to the entry stands between its heading and its box
    following = [i for i in body[1:] if not lines[i].strip().lower().startswith(_data()["entry_redirect_prefix"])]
    if not following:
        return False
    below = " ".join(lines[following[0]].split()).lower()
    return below == name.lower() or below in {k.lower() for k in (*_data()["entry_kind_lines"],
                                                                *_data()["entry_section_lines"])}


def entry_name(line: str) -> str:
    """An entry's heading without what it is in brackets: ``Vàm Cỏ (huyện)`` is ``Vàm Cỏ``."""
    return regex.sub(r"\s*\([^()]*\)\s*$", "", line.strip())


def _over_tagline(lines: list[str], body: list[int]) -> bool:
    """Whether the first line stands over an encyclopedia's tagline (``Bách khoa toàn thư mở Wikipedia``), as an
    entry's heading does; the tagline is furniture, so it sits between the first two lines of the body."""
    name = entry_name(lines[body[0]])
    if not name or len(name.split()) > _MAX_ENTRY_WORDS:
        return False
    taglines = {" ".join(t.split()) for t in _data()["entry_taglines"]}
    if any(" ".join(lines[i].split()).lower() in taglines for i in range(body[0] + 1, body[1])):
        return True
    # "Quận nội thành thuộc thành phố A From Wikipedia, the free encyclopedia": the tagline run on after the entry's
    # short description, right under the heading
    below = " ".join(lines[body[1]].split()).lower()
    return any(below.endswith(" " + tagline) for tagline in taglines)


def _printed_twice(lines: list[str], body: list[int]) -> bool:
    """Whether the first line is printed again right under it, as a page prints its title and then the article's
    heading (``Giai đoạn 1978 – 1984`` twice): a heading, not a sentence of the article."""
    first = " ".join(lines[body[0]].split())
    # a place's or a body's name alone is short, but printed twice it is an entry's heading ("Đắc Sơn")
    short_name = 0 < len(first) <= _MAX_ENTRY_CHARS and _plain_heading(first)
    return first == " ".join(lines[body[1]].split()) and (_looks_like_heading(first) or short_name)


def _opens_entry(heading: str, below: list[str]) -> bool:
    """Whether ``heading`` is an encyclopedia entry's heading over its first sentence, one of the ``below`` lines
    (a short description or a redirect may stand between them)."""
    return any(_entry_heading(heading, line) for line in below)


def _entry_heading(first: str, second: str) -> bool:
    """Whether ``first`` is the heading of an encyclopedia's entry: a few words (maybe with what they are in
    brackets, ``Vàm Cỏ (huyện)``) that the next line opens with and says what they are (``Vàm Cỏ là một huyện``)."""
    name = entry_name(first)
    if not name or len(name.split()) > _MAX_ENTRY_WORDS or not name[:1].isupper():
        return False
    rest = second.strip()
    prefix = _data()["entry_template_prefix"]
    if rest.startswith(prefix) and (at := rest.find(f" {name} ", 0, _TEMPLATE_CHARS)) > 0:
        rest = rest[at + 1:]  # "Template:Thông tin đơn vị hành chính Việt Nam Vị Thủy là ...": the template's name
    if not rest.startswith(name + " "):
        return False
    after = rest[len(name) + 1:]
    if after.startswith("(") and ")" in after:
        after = after[after.index(")") + 1:]  # "Hãng phim A (gọi tắt: Phim A) hiện nay là ...": its short name aside
    # "Vàm Cỏ là", "Hãng phim A ... hiện nay là": the copula right after the name, or after a word of time
    return any(word in _data()["entry_copulas"] for word in after.split()[:_ENTRY_COPULA_REACH])


def _shouted_pair(
    lines: list[str], body: list[int], best: int, other: int, is_date_line: Callable[[str], bool]
) -> bool:
    """Whether the headline at ``best`` is in capitals and the line right next to it (``other``) is more of it."""
    if other not in body or not lines[best].isupper() or not lines[other].isupper() or _only_section_labels(
            lines[other]):
        return False  # "CHÍNH TRỊ-KINH TẾ" over the headline: the site's sections, no words of it
    return all(len(lines[i].split()) <= _RUN_ON_WORDS and not is_date_line(lines[i]) for i in (best, other))


class _Vocabulary:
    """The words of the body lines, read once: which of a line's words the other lines use too."""

    def __init__(self, lines: list[str], body: list[int]) -> None:
        self.lines = lines
        self.words = {i: _syllables(lines[i]) for i in body}
        self._spread = Counter(w for words in self.words.values() for w in words)  # lines holding each word
        self._copies = Counter(lines[i] for i in body)

    def shared(self, index: int, copies_too: bool) -> float:
        """Share of line ``index``'s words found in other body lines; with ``copies_too``, lines of the very
        same text do not count as others (a headline printed twice does not vouch for itself)."""
        words = self.words[index]
        if not words:
            return 0.0
        itself = self._copies[self.lines[index]] if copies_too else 1
        return sum(self._spread[w] > itself for w in words) / len(words)


def _list_items(lines: list[str], head: list[int]) -> set[int]:
    """Positions in ``head`` of the items a sentence introduces with its colon (``Huyện A có vị trí như sau:`` over
    ``Phía đông giáp huyện B`` on the lines right below): short lines that look like headings but are the sentence's
    list. A kicker (``Sáp nhập A và B:``) names what the headline under it is about and is no such sentence: the
    sentence ends with words that open a list (``như sau:``, data ``list_openers``) or runs on past a kicker's length
    with a clause set off by a comma."""
    items: set[int] = set()
    for pos, index in enumerate(head[:-1]):
        intro = lines[index].strip()
        if not intro.endswith(":"):
            continue
        opens_list = intro.rstrip(": ").lower().endswith(_list_opener_ends())
        if not (opens_list or ("," in intro and len(intro.split()) > _MAX_KICKER_WORDS)):
            continue
        items.add(pos + 1)  # the first item may stand a blank line below the sentence
        for nxt in range(pos + 2, len(head)):
            if head[nxt] != head[nxt - 1] + 1:
                break  # the items run on, line after line, until a blank line ends the list
            items.add(nxt)
    return items


@functools.cache
def _list_opener_ends() -> tuple[str, ...]:
    """The words that end a sentence opening a list (data ``list_openers``), each after a space."""
    return tuple(f" {words}" for words in _data()["list_openers"])


def _content_ranks(lines: list[str], head: list[int], vocabulary: _Vocabulary) -> list[int]:
    """For each head line, how many lines above it share most of their words with the article.

    A portal's menu labels and visit counters (``LIÊN KẾT WEBSITE``, ``• Hôm nay: 10``) share few or none: they
    do not push the headline down the page.
    """
    ranks: list[int] = []
    seen = 0
    for index in head:
        ranks.append(seen)
        if _is_lead(lines[index]) or vocabulary.shared(index, copies_too=False) >= _CONTENT_OVERLAP:
            seen += 1
    return ranks


def _prints_a_document(lines: list[str], body: list[int]) -> bool:
    """The first line names a document (``Quyết định số 12/QĐ-UBND ...``) and the page goes on to print it with
    its own headings in capitals (``QUYẾT ĐỊNH``, ``VỀ VIỆC ...``): the page's title is the first line, not them."""
    if not names_a_document(lines[body[0]]):
        return False
    below = [lines[i] for i in body[1 : 1 + _DOCUMENT_HEADING_REACH]]
    return any(line.isupper() for line in below)


def _beside_date_line(lines: list[str], index: int, is_date_line: Callable[[str], bool]) -> bool:
    """Whether the nearest written line above or below line ``index`` is a date line, among the page's lines
    (a date line the boilerplate pass set aside still stands next to the headline it dates)."""
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and (not lines[j].strip() or _empty_label(lines[j])):
            j += step  # "Người đăng:" / "Ngày đăng:" with nothing after them: the page's empty fields
        if 0 <= j < len(lines) and is_date_line(lines[j]):
            return True
    return False


_EMPTY_LABEL_WORDS = 3  # words of a page's field label left with no value ("Người đăng:")


def _empty_label(line: str) -> bool:
    """A field label with nothing after its colon: ``Người đăng:``, ``Ngày đăng:``."""
    text = line.strip()
    return text.endswith(":") and 0 < len(text[:-1].split()) <= _EMPTY_LABEL_WORDS


def _caption_title(lines: list[str]) -> str | None:
    """The headline a content system repeated as photo alt text (``<headline> - Ảnh 1``)."""
    for line in lines:
        match = _image_caption().match(line.lstrip(_data()["leading_marks"] + " "))
        if match:
            return match["title"].strip()
    return None
