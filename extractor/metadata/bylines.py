"""Who signed the article: bylines at the foot, under the title, or on the date line.

Vietnamese pages sign articles in many ways: ``Minh Châu – Thu Hà`` at the
foot, ``Sùng Văn Páo (Giám đốc Sở Nội vụ)`` with a role, ``NGUYỄN VĂN BÁCH``
in capitals, pen names with initials (``N.Yên``, ``P. Thành``), ``Tin, ảnh:
...`` with a prefix, a desk (``Trung tâm Tin tức``), and on the date line
itself (``13/05/2015 13:58 Ngọc Quang``). Wire copy names an agency or
outlet instead (``Theo TTXVN``, ``Nguồn: Báo X``): that is the source of a
reprint, kept as the publisher, never an author. Page buttons that look
like short capitalised names (``In``, ``Top``, ``Bình luận``) are not names.
The word lists are in ``bylines.yaml``.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import load
from extractor.metadata.model import Author
from extractor.metadata.titles import is_outlet
from extractor.text.glue import is_syllable

__all__ = ["Byline", "given_authors", "is_name_title", "office_after", "parse_byline", "without_glued_label",
           "without_photo_credit", "without_tags"]

_MAX_BYLINE_WORDS = 8
_LONGEST_SYLLABLE = 7  # letters of the longest Vietnamese syllable ("nghiêng")
_MAX_BYLINE_NAMES = 5  # writers one byline names at most
_MAX_BYLINE_CHARS = 200
_MAX_OFFICE_WORDS = 12  # words of a writer's office after a comma ("A, Bí thư chi bộ, Hiệu trưởng nhà trường")
_GLUED_DASH = regex.compile(r"(?<=\p{L})-\s+(?=\S)")
# "Nhật Duy-Thị Lài", "Q.Như-N.Phương", "Đ.TRANG-P.LOAN": two writers joined by a dash with no space, the second
# name capitalised
_JOINED_NAMES = regex.compile(r"(?<=\p{Ll})-(?=\p{Lu})|(?<=\p{Lu}\.\p{Lu}+)-(?=\p{Lu}\.\p{Lu})")
# "PC07", "K02": letters and a number (a name in capitals has none)
_UNIT_CODE = regex.compile(r"(?=[A-Z]*\d)[A-Z\d]{2,8}")
_ROLE = regex.compile(r"\((?P<role>[^()]{1,160})\)\s*\.?$")
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
_SIGNED_INITIALS = regex.compile(r"\p{Lu}\.(?:\p{Lu}\.?){1,3}")
# "H'Loan", "H’Hen": names of the Central Highlands peoples keep an apostrophe after their first letter
_NAME_WORD = regex.compile(r"^(?:\p{Lu}(?:[\p{L}.]|['’](?=\p{L}))*|\p{Lu}\.)$")
# A role this short and without a space is an outlet's tag: "Minh Anh (TTXVN)".
_GLUED_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+$")
# A paper's marks of where each author works, glued to the end of a name: "Lê Thị An1, Trần Văn Bình2*".
_AFFILIATION_MARKS = regex.compile(r"(?<=\p{Ll})\d{1,2}\*?(?=\s*(?:,|;|$|\s(?:và|and)\s))")
_MAX_TAG_CHARS = 15
_BRACKET_AT_END = regex.compile(r"\((?P<inside>[^()]{3,60})\)\s*$")
_MIN_FULL_NAME_WORDS = 3  # "Lê Văn Hòa": a person's full name, family name first, as a repost credits its writer
_MAX_FULL_NAME_WORDS = 4  # "Tôn Nữ Thị Hà"
_TAG = regex.compile(r"^\p{Lu}{3,6}$")
# Initials written with full stops, the last one included: "H.A.", "T.N.A."
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,4}")
# "Tin- ảnh:", "Bài -ảnh:": a credit whose dash the page glued to one side, spaced as the word lists write it
_CREDIT_DASH = regex.compile(r"^(tin|bài|ảnh)\s*([-–/,])\s*(ảnh|tin|bài|video)\b", regex.IGNORECASE)

Byline = tuple[list[Author], str | None]


@functools.cache
def _words() -> dict:
    return load("bylines")


def without_glued_label(text: str) -> str:
    """``text`` without a furniture label or button run onto its end (``Phùng HảiTAG:`` → ``Phùng Hải``)."""
    return _glued_label().sub("", text).strip()


@functools.cache
def _glued_label() -> regex.Pattern[str]:
    """A label of the page's furniture, with its colon, or a button, run onto the end of a byline after a lower-case
    letter (``Phùng HảiTAG:``, ``Phạm Thu HàXem thêm``)."""
    labels = "|".join(regex.escape(label) for label in _words()["glued_labels"])
    buttons = "|".join(regex.escape(button) for button in _words()["glued_buttons"])
    # the normaliser may have spaced what the scraper glued: "Phùng Hải TAG:", "Phạm Thu Hà Xem thêm"
    return regex.compile(rf"(?<=\p{{Ll}})\s?(?:(?:{labels})\s*:|(?:{buttons}))\s*$")


@functools.cache
def _photo_credit() -> regex.Pattern[str]:
    """A photo credit after the writer's name and a mark: `` - Ảnh: Như Lan``, ``; ảnh: Q.T``."""
    labels = "|".join(regex.escape(label) for label in _words()["photo_credit_labels"])
    return regex.compile(rf"(?<=\S)\s*[-–—,;|/]\s*(?:{labels})\s*:.*$", regex.IGNORECASE)


def without_photo_credit(text: str) -> str:
    """``Đào Minh - Ảnh: Như Lan`` → ``Đào Minh``; a credit of words and photos alike (``Tin, ảnh: Q. Hùng``) stays."""
    match = _photo_credit().search(text)
    if match is None or text[: match.start()].strip().lower() in _words()["byline_prefixes"]:
        return text
    return text[: match.start()]


def without_printed_in(text: str) -> str:
    """``(Minh Anh – Bài đăng trong cuốn A)`` → ``Minh Anh``: a writer's credit that says, after a dash, where the
    text was first printed (data ``printed_in_markers``); the brackets around such a credit go with it."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    for dash in (" – ", " - ", " — "):
        head, _, note = inner.partition(dash)
        if note and head.strip() and note.lower().startswith(tuple(_words()["printed_in_markers"])):
            return head.strip()
    return text


def bracketed_writer(title: str) -> Author | None:
    """The writer a headline names in brackets at its end (``Hồi ức một thời (Lê Văn Hòa)``): a person's full name,
    three or four words opening with a family name (data ``family_names``), so that a place in brackets
    (``Trường A (Hà Đông)``) or what a body is (``Tây Hồ (quận)``) is none."""
    match = _BRACKET_AT_END.search(title)
    if match is None or match.start() == 0:
        return None
    name = match["inside"].strip()
    words = name.split()
    if not _MIN_FULL_NAME_WORDS <= len(words) <= _MAX_FULL_NAME_WORDS or words[0].lower() not in _family_names():
        return None
    return Author(name) if _is_name(name) else None


@functools.cache
def _family_names() -> frozenset[str]:
    return frozenset(name.lower() for name in _words()["family_names"])


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(_words()["agencies"])


def _is_source(text: str) -> bool:
    """An agency or an outlet, which signs wire copy but is no person."""
    lowered = " ".join(text.lower().split())
    return lowered in _agencies() or is_outlet(text)


def _is_tag(text: str) -> bool:
    """``TBTC``, ``HNV``: capitals that read as no Vietnamese syllable (``THUẦN`` does), a tag or initials."""
    return _TAG.match(text) is not None and not is_syllable(text)


def without_tags(authors: list[Author]) -> tuple[list[Author], str | None]:
    """The writers less an outlet's tag signed beside them, and the tag.

    ``Minh Anh - Quốc Bảo`` and below it ``TBTC``: the capitals are the outlet's tag. Alone at the foot,
    ``HNV`` is a writer's initials.
    """
    named = [a for a in authors if not _is_tag(a.name)]
    if not named or len(named) == len(authors):
        return authors, None
    return named, next(a.name for a in authors if _is_tag(a.name))


def _opens_with_slashed_prefix(text: str) -> bool:
    """``T/h: Lệ Quyên``, ``Bài/ảnh: Minh``: a credit whose own slash parts no writer from an outlet."""
    lowered = text.lower()
    return any(lowered.startswith((prefix + " ", prefix + ":")) for prefix in _words()["byline_prefixes"]
               if "/" in prefix)


def _strip_prefix(text: str) -> tuple[str, str | None]:
    """``Tin, ảnh: P. Thành`` → (``P. Thành``, ``tin, ảnh``); the prefix is None when there is none."""
    lowered = text.lower()
    for prefix in sorted(_words()["byline_prefixes"], key=len, reverse=True):
        if lowered.startswith((prefix + " ", prefix + ":")):
            return text[len(prefix) :].lstrip(" :"), prefix
    return text, None


@functools.cache
def _places() -> frozenset[str]:
    data = load("places")
    return frozenset(name.lower() for key in data if key.startswith("provinces") for name in data[key])


def _is_name(name: str) -> bool:
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        # "Việt Nam Việt Nam": a label the scraper printed twice
        name = " ".join(words[:half])
    lowered = name.lower()
    # "Hà Nội" on a date line or at the foot names where, not who
    place = regex.sub(r"^(?:tp\.?|thành phố)\s*", "", lowered)
    if lowered in _words()["not_a_name"] or _is_source(name) or place in _places():
        return False
    if any(lowered == s or lowered.startswith(s + " ") for s in _words()["not_a_name_start"]):
        return False
    if len(name) == 1:
        return False  # "B": a lone letter left of a cut-off line
    if any(_INNER_CAPITAL.search(w) for w in words):
        return False  # "LuatVietnam", "VnExpress": a brand written in one word, not a person
    if len(words) > 1 and len(words[-1]) == 1:
        return False  # "Ở Đ": a line cut off after a letter
    # "G.Nguyên": an initial glued to the name is no syllable of its own length
    if any(len(w.rsplit(".", 1)[-1]) > _LONGEST_SYLLABLE and not w.isupper() for w in words):
        return False  # "Mobifone và Vinaphone": brands; no Vietnamese syllable is that long
    if any(w in _words()["never_in_names"] for w in lowered.split()):
        return False  # "ĐỒNG HÀNH CÙNG DOANH NGHIỆP": a slogan in capitals
    return 0 < len(words) <= _MAX_BYLINE_WORDS and all(_NAME_WORD.match(w) for w in words)


def spaced_credit(text: str) -> str:
    """``Tin- ảnh: A`` as ``Tin - ảnh: A``, ``Tin,ảnh: A`` as ``Tin, ảnh: A``: the credit spaced as the word lists
    write it."""
    def spaced(m: regex.Match[str]) -> str:
        if m[2] == ",":
            return f"{m[1]}, {m[3]}"
        return f"{m[1]} {'-' if m[2] in '-–' else '/'} {m[3]}"

    return _CREDIT_DASH.sub(spaced, text)


def parse_byline(line: str) -> Byline | None:
    """Authors and the source/publisher named beside them if ``line`` is a byline, else None.

    >>> parse_byline("Theo Ngọc Lan - Hải Yến/Tiền Phong")
    ([Author(name='Ngọc Lan', role=None), Author(name='Hải Yến', role=None)], 'Tiền Phong')
    """
    text = _without_counter(spaced_credit(line.strip(" -–—•|*")))
    text = _GLUED_ADDRESS.sub("", text).strip()  # "TIẾN HẠNHhttps://binhduongtimes.com/": the site's address run on
    text = _AFFILIATION_MARKS.sub("", text)  # "Lê Thị An1, Trần Văn Bình2*": a paper's marks for where each works
    text = without_glued_label(text)  # "Phùng HảiTAG:": the label of the tags below, run onto the name
    text = without_photo_credit(text)  # "Đào Minh - Ảnh: Như Lan": who took the photos, after the writer
    text = without_printed_in(text)  # "(Minh Anh – Bài đăng trong cuốn A)": where the text was first printed
    text, coded = _without_outlet_code(text)  # "KHÁNH AN LDO": the outlet's code printed after its writer's name
    if (reprint := _writer_of_a_reprint(text)) is not None:
        return reprint  # "Minh Triết theo Vnexpress": who wrote it up, and the outlet it was taken from
    if len(text) > _MAX_BYLINE_CHARS:
        return None
    if text.startswith("(") and text.endswith(")") and len(text) <= 40:
        text = text[1:-1].strip()
        if (source := _source_part(text)) is not None:
            return [], source  # "(Theo Mực Tím)": in brackets, the outlet a reprint comes from, never a writer
    written = " ".join(text.lower().split())
    if written in _words()["desk_bylines"]:
        return [Author(text)], None
    role = publisher = None
    if " + " in text:
        return None  # "Tuyên Quang (Hà Giang + Tuyên Quang)": units added up, no byline ("Vietnam+" is an outlet)
    if written in _words()["not_a_name"]:
        return None  # "Tin Tức": a section's label, though it opens with a byline's "Tin"
    match = _ROLE.search(text)
    if match:
        role = match["role"].strip()
        text = text[: match.start()].strip()
        if role.lower() in _words()["compiled_markers"]:
            role = None
        elif len(role) <= _MAX_TAG_CHARS and " " not in role:
            publisher, role = role, None
    text = _without_compiled_note(text)  # "P.Cường tổng hợp": compiled by the writer, no part of the name
    if "/" in text and not _opens_with_slashed_prefix(text):
        # "Minh Quân/Báo Lạng Sơn", "THU HÀ // TRUNG TÂM TIN TỨC": the desk or outlet after the slash
        text, _, publisher = (part.strip(" /") for part in text.rpartition("/"))
    text, prefix = _strip_prefix(text)
    text = _without_titles(text)
    text, office = office_after(text)
    role = role or office
    if not text:
        return None
    initials = _SIGNED_INITIALS.fullmatch(text) is not None  # "Theo Q.T": a writer signing with initials
    if prefix in _words()["source_prefixes"] and not publisher and not initials and (
            len(text.split()) == 1 or _is_source(text)):
        # "Theo Infonet", "Nguồn: Báo Tuổi Trẻ": the source of a reprint, not a person
        return [], text
    if _is_source(text) and not initials:
        return [], text
    text, unit = _unit_after(text)  # "Lệ Thanh - Văn phòng HĐND và UBND huyện": the unit's own "và" parts no names
    publisher = publisher or unit
    names = [_JOINED_NAMES.sub(" - ", _GLUED_DASH.sub(" - ", text))]  # "Thục Anh- PC07", "Nhật Duy-Thị Lài"
    for separator in _words()["author_separators"]:
        names = [_trimmed(part) for name in names for part in name.split(separator)]
    # "GS, TS. Phùng Hữu A* - TS. Nguyễn Hồng B**": degrees before each name, marks of the notes after it
    names = [_without_titles(name.rstrip("*").strip()) for name in names]
    names = [_once(name) for name in names if name and not is_name_title(name)]
    if len(names) >= 2 and (source := _source_part(names[-1])) is not None:
        *names, _ = names  # "Phương Nhung- Nguồn Hiephoa.gov": where the article came from, after the writer
        publisher = publisher or source
    if len(names) >= 2 and _is_unit(names[-1]) and all(_is_name(name) for name in names[:-1]):
        # "Hải Minh - Đài TT Thanh Ba", "Thục Anh - PC07": the writer's unit after the names
        *names, unit = names
        publisher = publisher or unit
    if not names or len(names) > _MAX_BYLINE_NAMES or not all(_is_name(name) for name in names):
        return None  # "Cầu Giấy, Nghĩa Đô, Yên Hòa, Tây Tựu, ...": a list of places in a table, no byline
    return [Author(name, role if len(names) == 1 else None) for name in names], publisher or coded


_MAX_SOURCE_WORDS = 4


@functools.cache
def _reprint() -> regex.Pattern[str]:
    prefixes = "|".join(regex.escape(p) for p in _words()["source_prefixes"])
    return regex.compile(rf"^(?P<name>[^()]+?)\s+\(?(?:{prefixes}):?\s+(?P<source>[^()]+?)\)?$", regex.IGNORECASE)


def _writer_of_a_reprint(text: str) -> Byline | None:
    """``Minh Triết theo Vnexpress``, ``Thu Hà (theo Dân trí)``: a writer, then the outlet the article is taken from
    after a source prefix (``source_prefixes``); None for any other line."""
    match = _reprint().match(text)
    if match is None:
        return None
    name, source = match["name"].strip(), match["source"].strip()
    if len(source.split()) > _MAX_SOURCE_WORDS or not source[:1].isupper() or not _is_name(name) or (
            _strip_prefix(name)[1] is not None):
        return None  # "Minh theo dõi sát": an outlet's name is capitalised
    return [Author(name)], source


def _without_outlet_code(text: str) -> tuple[str, str | None]:
    """``text`` without an outlet's code in capitals after the name (``KHÁNH AN LDO``), and the code; else as it is."""
    words = text.split()
    rest = " ".join(words[:-1])
    # "Theo TTXVN": after a prefix the code is the outlet the article comes from, read as a source
    prefixed = rest.lower() in _words()["byline_prefixes"] or _strip_prefix(rest)[1] is not None
    if len(words) >= 2 and words[-1] in _words()["outlet_codes"] and not prefixed:
        return rest, words[-1]
    return text, None


def _once(name: str) -> str:
    """A name printed twice in a row, as a page shows its writer's avatar caption and then the name (``Việt Phú Việt
    Phú``), once."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:] else name


def _without_counter(text: str) -> str:
    """``text`` without a count of comments or views printed after the byline (``Đăng bởi Minh 0 Bình luận``)."""
    return _counter_after().sub("", text)


@functools.cache
def _counter_after() -> regex.Pattern[str]:
    counters = "|".join(regex.escape(c) for c in sorted(_words()["byline_counters"], key=len, reverse=True))
    return regex.compile(rf"\s+\d+\s+(?:{counters})\s*$", regex.IGNORECASE)


def _without_compiled_note(text: str) -> str:
    """``text`` without a note written after the name, unbracketed, that says it was compiled or translated
    (``Minh Anh tổng hợp``); one-word notes that may end a name (``dịch``, ``th``) are left."""
    lowered = text.lower()
    for marker in _unbracketed_notes():
        if lowered.endswith(" " + marker) and text[:-len(marker)].strip():
            return text[:-len(marker)].rstrip(" ,-–")
    return text


@functools.cache
def _unbracketed_notes() -> tuple[str, ...]:
    """The compiled markers of more than one word (or with a slash), longest first."""
    markers = (m for m in _words()["compiled_markers"] if " " in m or "/" in m)
    return tuple(sorted(markers, key=len, reverse=True))


def _source_part(part: str) -> str | None:
    """``Nguồn Hiephoa.gov``, ``Theo: Báo A``: the source named in one part of a byline, else None."""
    first, _, rest = part.partition(" ")
    if first.rstrip(":").lower() not in _words()["source_prefixes"] or not rest.strip(" :"):
        return None
    return rest.strip(" :")


def is_name_title(text: str) -> bool:
    """``GS``, ``TS.``: a degree written alone, before a name or left of it after a comma."""
    lowered = text.lower().rstrip(".")
    return any(lowered == title.rstrip(".") for title in _words()["name_titles"])


def _without_titles(text: str) -> str:
    """``ThS. BS. Tôn Thất A`` → ``Tôn Thất A``: the degrees written before a name."""
    titles = sorted(_words()["name_titles"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        lowered = text.lower()
        for title in titles:
            if lowered.startswith(title + " ") or (title.endswith(".") and lowered.startswith(title)):
                text, changed = text[len(title):].lstrip(), True
                break
    return text


def office_after(text: str) -> tuple[str, str | None]:
    """``Tôn Thất A - GĐ Bệnh viện B`` → (``Tôn Thất A``, ``GĐ Bệnh viện B``): a writer's office after a dash or a
    comma (``DƯƠNG VĂN A, Bí thư chi bộ, Hiệu trưởng``)."""
    for dash in (" - ", " – ", " — ", ", "):
        head, _, office = text.partition(dash)
        if dash == ", " and len(office.split()) > _MAX_OFFICE_WORDS:
            continue  # "Thượng tá A, Phó trưởng Phòng B cho biết, ...": a sentence of the article, no byline
        if office and office.lower().startswith(tuple(o + " " for o in _words()["role_openers"])):
            return head.strip(), office.strip()
    return text, None


def _unit_after(text: str) -> tuple[str, str | None]:
    """``Lệ Thanh - Văn phòng HĐND và UBND huyện`` → (``Lệ Thanh``, the unit): a writer's unit after the last dash,
    cut off before the names are split, since a unit's name may hold a separator of names."""
    for dash in (" - ", " – ", " — "):
        head, _, tail = text.rpartition(dash)
        if head.strip() and " và " in tail and _is_unit(tail.strip()):
            return head.strip(), tail.strip()
    return text, None


def _is_unit(text: str) -> bool:
    """A writer's unit or outlet after a byline's names: a code in capitals (``PC07``) or a body's head word."""
    if _UNIT_CODE.fullmatch(text) or _is_source(text):
        return True
    lowered = text.lower()
    return any(lowered.startswith(head + " ") for head in _words()["unit_heads"])


def _trimmed(part: str) -> str:
    """A name without the spaces and full stop around it; initials keep theirs (``H.A.``, ``T.N.``)."""
    part = part.strip(" ")
    if _INITIALS.fullmatch(part):
        return part
    return part.strip(" .")


def given_authors(names: list[str]) -> list[Author]:
    """The authors a feed or a page's markup names, less the agencies, outlets and page buttons among them.

    Feeds are trusted on the form of a name (``nguyễn văn a`` stays), not on what it names.
    """
    authors: list[Author] = []
    for name in names:
        name = " ".join(name.split())
        lowered = name.lower()
        if not name or lowered in _words()["not_a_name"] or _is_source(name):
            continue
        if Author(name) not in authors:
            authors.append(Author(name))
    return authors
