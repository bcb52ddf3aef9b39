"""Where the description of an organization name ends, and the place that may close it.

After the head (``Sở``, ``Trường``, ``UBND``) a name goes on with capitalised words, fields of work joined
by ``,``/``-``/``và``, an abbreviation in brackets, the body it belongs to in brackets, lower-case words up
to a limit, and a place (``tỉnh Bình Phước``, ``TP. Vinh``, ``quận 11``). It stops at a word that follows
names in sentences (``name_breakers``), at a document named after it (``Đề án``), or where a new head
starts. :mod:`extractor.recognize.org_grammar` calls :func:`description_end` for every head it finds.
"""

from __future__ import annotations

import regex

from extractor.recognize.org_tokens import (
    HYPHENS,
    Token,
    ends_place,
    head_at,
    is_capitalised,
    is_word,
    lexicon,
    match_phrase,
    phrase_before,
)

__all__ = ["NUMBER_LIST", "day_month_name", "description_end", "ends_with", "is_count", "place_end"]

_PLUS_NUMBER = regex.compile(r"\d+\+\d+")  # "10+2": a training programme's years, one word
# Lower-case words of a trade a company names before its own capitalised name ("xây dựng công trình").
_TRADE_WORDS = 2
_TASK_WORDS = 6  # lower-case words of what a body does, right after its head, before its own name


# numbers of units of one kind written packed, each after a comma: "xóm 5,6,7,8" (two digits at most each)
NUMBER_LIST = regex.compile(r"\d{1,2}(?:,\d{1,2})+")


def place_end(tokens: list[Token], j: int) -> int:
    """End of a place name starting at ``j``: capitalised words, hyphenated parts, a trailing number."""
    n = len(tokens)
    if j < n and tokens[j].text.isdecimal():
        # "phường 12", "Quận 7"; never "tỉnh 2025" (a year) or a number that opens a date
        return j if len(tokens[j].text) > 3 or _opens_a_date(tokens, j) else j + 1
    if j < n and NUMBER_LIST.fullmatch(tokens[j].text):
        return j + 1  # "xóm 5,6,7,8": units of one kind known by their numbers, written packed
    if j + 1 < n and tokens[j].low == lexicon()["number_marker"] and _house_number(tokens[j + 1].text):
        return j + 2  # "tổ dân phố số 5a", "khu phố số 3": a unit known by its number
    own_head = head_at(tokens, j) if j < n else None
    if own_head is not None and len(own_head[0]) >= 2 and not is_capitalised(tokens[j + 1]) and not match_phrase(
            tokens, j, lexicon()["place_compounds"]):
        return j  # "khi sáp nhập tỉnh Quốc hội quyết định": a body of two words in lower case after the first, no place
    k = j
    while k < n:
        compound = is_capitalised(tokens[k]) and match_phrase(tokens, k, lexicon()["place_compounds"])
        if compound:  # "Quân khu 1": a region whose second word is in lower case
            k += len(compound)
            continue
        # the first word of a place may look like a head: "xã Bản Công", "phường Đội Cấn"
        word = is_word(tokens[k]) and is_capitalised(tokens[k]) and (
            k == j or not _starts_new_name(tokens, k) or head_at(tokens, k)[1] == "village"
            or _second_syllable(tokens, j, k)) and (
            k == j or not match_phrase(tokens, k, lexicon()["name_enders"]))  # "tỉnh A Quyết định ..."
        # "Quảng Nam - Đà Nẵng", not "Trung ương - Nhà hát B": a dash before a head starts another name
        hyphen = tokens[k].text in HYPHENS and k > j and k + 1 < n and is_capitalised(tokens[k + 1]) and (
            head_at(tokens, k + 1) is None) and not (k + 2 < n and tokens[k + 2].text == ":") and not (  # "A - Ảnh: B"
            # "tỉnh A - Cơ hội mở ra": a headline goes on after the dash, in a word whose next syllable is in lower
            # case; a place's syllables are capitalised, and a verb may follow it ("Thừa Thiên - Huế sáp nhập")
            k + 2 < n and is_word(tokens[k + 2]) and not is_capitalised(tokens[k + 2])
            and tokens[k + 2].low not in lexicon()["breakers_first"])
        # "xã Hòa-bình", "huyện Hoàng-su-phì": the syllables of a place joined by hyphens, as old decrees write
        glued_syllable = tokens[k].text in HYPHENS and k > j and k + 1 < n and not hyphen and (
            tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start and is_word(tokens[k + 1])
            and (head_at(tokens, k + 1) is None or tokens[k + 1].low in lexicon()["lowercase_only_heads"]))
        # "xã Ch'ơm", "huyện Ea H'Leo": an apostrophe glued inside a syllable of a minority language's name
        # "huyện M’ Drăk": a scraper's space after the apostrophe of a one-letter syllable, the name going on
        glued = tokens[k].text in _APOSTROPHES and k > j and k + 1 < n and tokens[k - 1].end == tokens[k].start and (
            tokens[k].end == tokens[k + 1].start or (
                len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper() and is_capitalised(tokens[k + 1])
                and head_at(tokens, k + 1) is None)) and is_word(tokens[k + 1])
        # "thị trấn Đạ m'ri": such a syllable written in lower case, its apostrophe glued inside it
        glued_lower = k > j and k + 2 < n and is_word(tokens[k]) and tokens[k].text.islower() and (
            tokens[k + 1].text in _APOSTROPHES and tokens[k].end == tokens[k + 1].start == tokens[k + 2].start - 1
            and is_word(tokens[k + 2]))
        # ... or read as one token, the apostrophe inside it
        glued_inside = k > j and is_word(tokens[k]) and any(a in tokens[k].text for a in _APOSTROPHES)
        if word or hyphen or glued_inside:
            k += 1
        elif glued or glued_syllable:
            k += 2
        elif glued_lower:
            k += 3
        else:
            break
    if k > j and k < n and tokens[k].text.isdecimal() and len(tokens[k].text) <= 2 and not _opens_a_date(tokens, k):
        k += 1
    return k


_YEAR_DIGITS = 4
_LEVEL_LIST_MARKS = frozenset({",", "-", "–"})  # between the levels of a school: "cấp 1, 2", "cấp 2-3", "PTC1,2"
_MAX_LEVEL = 3  # school levels run 1 to 3 ("cấp 3"); a larger number after a comma is a count or a date


def _level_list_end(tokens: list[Token], k: int) -> int:
    """Index after the further levels of a school listed after the level at ``k`` (``2`` of ``cấp 2, 3``, or the
    acronym ``PTC1``), when a capitalised name follows them; else ``k``."""
    level = tokens[k].text
    packed = NUMBER_LIST.fullmatch(level)  # "cấp 2,3": the levels written with no space, one token
    if packed and all(1 <= int(part) <= _MAX_LEVEL for part in level.split(",")):
        after = k + 1
        return after if after < len(tokens) and is_word(tokens[after]) and is_capitalised(tokens[after]) else k
    if not (level.isdecimal() or (level[-1:].isdecimal() and level[:-1].isupper() and len(level) > 1)):
        return k
    if not 1 <= int(level[-1]) <= _MAX_LEVEL:
        return k
    j = k + 1
    while j + 1 < len(tokens) and tokens[j].text in _LEVEL_LIST_MARKS and tokens[j + 1].text.isdecimal() and (
            1 <= int(tokens[j + 1].text) <= _MAX_LEVEL if len(tokens[j + 1].text) == 1 else False):
        j += 2
    if j == k + 1 or j >= len(tokens) or not (is_word(tokens[j]) and is_capitalised(tokens[j])):
        return k
    return j


def _opens_a_date(tokens: list[Token], k: int) -> bool:
    """``Bắc Giang 19/12/2016``: the number after a place starts a date, not the place's number."""
    return k + 2 < len(tokens) and tokens[k + 1].text in {"/", "-", "."} and tokens[k + 2].text.isdecimal()


_DAY_MONTH_MARKS = frozenset({"-", "/"})
_MAX_DAY = 31  # the day and month a body may be named after ("Công ty 7/5")
_MAX_MONTH = 12


def day_month_name(tokens: list[Token], k: int) -> bool:
    """Whether tokens from ``k`` are a day and a month alone (``30-4``, ``19/5``), not a whole date: bodies are named
    after a day to remember."""
    if k + 2 >= len(tokens) or tokens[k + 1].text not in _DAY_MONTH_MARKS or not tokens[k + 2].text.isdecimal():
        return False
    if not (1 <= int(tokens[k].text) <= _MAX_DAY and 1 <= int(tokens[k + 2].text) <= _MAX_MONTH):
        return False
    return not _opens_a_date(tokens, k + 2)


def _house_number(text: str) -> bool:
    """``3``, ``13b``: a number, maybe with a letter, that names a village-level unit."""
    return text[:1].isdecimal() and text.isalnum() and len(text) <= 4


def _parenthesised_abbreviation(tokens: list[Token], j: int) -> int:
    """Index after ``( ABBR )`` at ``j`` (``(PT-TH)``, ``(UBKT)``), else ``j``."""
    k = j + 1
    while k < len(tokens) and (tokens[k].text.isupper() or tokens[k].text in HYPHENS):
        k += 1
    if tokens[j].text == "(" and k > j + 1 and k < len(tokens) and tokens[k].text == ")":
        return k + 1
    return j


def _parenthesised_owner(tokens: list[Token], j: int, own_head: tuple[str, ...] = (),
                         own_words: frozenset[str] = frozenset()) -> int:
    """Index after ``(Đại học Huế)`` at ``j``: the body a unit belongs to, written as part of its name.

    A ministry or a council in brackets (``Tổng cục A (Bộ B)``) only says whose the unit is; an army unit in
    brackets (``Quân đoàn 3 (Binh đoàn Tây Nguyên)``) is its other name. A head in brackets with only the name's
    own words and acronyms after it (``Cục Quản lý xây dựng công trình (Cục Quản lý XDCT)``, ``CTCP A (Công ty
    A)``) opens its short name, no owner.
    """
    head = head_at(tokens, j + 1) if j + 1 < len(tokens) and is_capitalised(tokens[j + 1]) else None
    if head is None or head[1] in ("ministry", "government", "military") or head[0] in lexicon()["owner_asides"]:
        return 0  # "Trung tâm Xúc tiến thương mại (Sở Công Thương)": whose the centre is, as with a ministry
    close = next((k for k in range(j + 1, min(len(tokens), j + 10)) if tokens[k].text == ")"), None)
    own_head_again = bool(own_head) and close is not None and tuple(w.lower() for w in head[0]) == own_head
    if own_head_again and any(t.low == lexicon()["and"] or t.text == "," for t in tokens[j + 1:close]):
        return 0  # "2 TYT (TYT Sơn Diệm và TYT Sơn Quang)": bodies of the name's own head listed, no owner
    rest = tokens[j + 1 + len(head[0]):close] if close is not None else []
    if rest and all(t.low in own_words or (t.text.isupper() and len(t.text) > 1) for t in rest):
        # "Cục Quản lý xây dựng công trình (Cục Quản lý XDCT)", "CTCP Bất động sản A (Công ty A)": a head, of the
        # name's kind or a shorter one, with only the name's own words: its short name
        return 0
    if tokens[j + 1].text.isupper() and j + 2 < len(tokens) and tokens[j + 2].text == ")":
        return 0  # "Trường cao đẳng (CĐ) Y tế Huế": one word in capitals is the name's abbreviation, not its owner
    after = j + 1 + len(head[0])
    if after + 1 < len(tokens) and tokens[after].text.isupper() and len(tokens[after].text) > 1 and (
            tokens[after + 1].text == ")"):
        return 0  # "Tập đoàn Bưu chính Viễn thông Việt Nam (Tập đoàn VNPT)": a head and an acronym, its short name
    for k in range(j + 2, min(len(tokens), j + 10)):
        if tokens[k].text == ")":
            return k + 1
        if not is_word(tokens[k]) and tokens[k].text not in HYPHENS:
            return 0
    return 0


def _placed_after(tokens: list[Token], k: int, lex: dict) -> bool:
    """Whether a level or region in lower case and a capitalised place start at ``k`` (``tỉnh A``, ``miền Nam``)."""
    level = match_phrase(tokens, k, lex["inner"])
    return bool(level) and k + len(level) < len(tokens) and is_capitalised(tokens[k + len(level)])


def _apposition_after_dash(tokens: list[Token], k: int, lex: dict) -> bool:
    """Whether the dash at ``k`` sets off words about a body whose name ended before it: a capitalised word before
    the dash and a lower-case word after it that is no field of work (``Văn hóa - thể thao`` goes on)."""
    if not (0 < k < len(tokens) - 1 and is_word(tokens[k + 1])):
        return False
    after = tokens[k + 1]
    if after.low in lex["dash_captions"] and (k + 2 == len(tokens) or not is_word(tokens[k + 2])):
        return True  # "Trường A - Ảnh 1", "Trường B - Ảnh: C": a photo's caption run onto the name
    if not is_capitalised(tokens[k - 1]):
        return False
    if len(match_phrase(tokens, k + 1, lex["breakers"]) or ()) > 1:
        return True  # "Trại A - Trực thuộc Bộ B": a capitalised phrase that ends names
    return after.text.islower() and after.low not in lex["media_fields"] and (
        not match_phrase(tokens, k + 1, lex["fields"]))


def ends_with(tokens: list[Token], k: int, candidates: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``candidates`` (lower-case word tuples) ends right before index ``k``."""
    return phrase_before(tokens, k, candidates) is not None


def _sport_only(tokens: list[Token], j: int, k: int) -> bool:
    """Whether the words from ``j`` to ``k`` are a club's sport and nothing else (``Bóng đá``)."""
    sport = match_phrase(tokens, j, lexicon()["club_sports"])
    return bool(sport) and j + len(sport) == k


def _activity_pair(tokens: list[Token], j: int, k: int) -> int:
    """Words of the kind of work after the ``và`` at ``k`` that pairs it with one right before it, where that one
    opens the name's words (``j``) or is capitalised: ``Quản lý và điều hành``, ``(Công ty CP) sản xuất và kinh
    doanh``; else 0. Not ``Công ty A sản xuất và kinh doanh thép``, where the work is what the company does."""
    lex = lexicon()
    after = match_phrase(tokens, k + 1, lex["paired_activities"])
    if not after:
        return 0
    for before in lex["paired_activities"]:
        start = k - len(before)
        if start >= j and tuple(t.low for t in tokens[start:k]) == before and (
                start == j or is_capitalised(tokens[start])):
            return len(after)
    return 0


def _field_pair(tokens: list[Token], k: int, fields: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the ``và`` at ``k`` joins two fields of work: one ends right before it and one starts after it."""
    after = match_phrase(tokens, k + 1, fields)
    if not after or (k + 1 + len(after) < len(tokens) and is_capitalised(tokens[k + 1 + len(after)])):
        return False  # "... và Bưu điện Tiên Phước": a body of its own, named after its field
    return ends_with(tokens, k, fields)


_APOSTROPHES = frozenset({"'", "’"})
_GLUED_MARKS = frozenset({",", "&"})  # marks between initials written with no space ("VH,TT&DL")


def description_end(tokens: list[Token], j: int, counted: bool = False, government: bool = False,
                    low_run: int = 0, committee: bool = False, trade: bool = False, head: tuple[str, ...] = (),
                    ) -> tuple[int, bool, tuple[int, int] | None]:
    """Parse the words after an organization head: (end index, has a capitalised word, abbreviation).

    After a counted head (``hai sở Du lịch, Thông tin``) a comma separates bodies, not fields of one.
    A council's name is its place: lower-case words after it are what the council does
    (``UBND tỉnh bãi bỏ ...``), while other bodies may run on in lower case to their place. A committee
    is named by its task (``Ban chỉ đạo triển khai``), so words of work do not end its name. A company
    (``trade``) names its trade before its own name (``Công ty TNHH xây dựng Hà Sơn``).
    """
    lex = lexicon()
    n = len(tokens)
    has_cap = False
    placed = named_place = False
    abbreviation = None
    end = j
    k = j
    while k < n:
        tok = tokens[k]
        if tok.text in HYPHENS and 0 < k < n - 1 and tokens[k - 1].end == tok.start == tokens[k + 1].start - 1 and (
                tokens[k + 1].text.isdecimal() and tokens[k - 1].text.isupper()):
            k = end = k + 2  # "Bệnh viện Hồi sức COVID-19": a code glued to its number is one word
            continue
        if tok.text in _GLUED_MARKS and 0 < k < n - 1 and tokens[k - 1].end == tok.start and (
                tok.end == tokens[k + 1].start) and tokens[k - 1].text.isupper() and tokens[k + 1].text.isupper():
            k = end = k + 2  # "Sở VH,TT&DL": initials of fields joined with no space are one word
            has_cap = True
            continue
        if tok.text in HYPHENS:
            if has_cap and k + 1 < n and not is_capitalised(tokens[k + 1]) and head_at(tokens, k + 1) is not None:
                break  # "phòng giao dịch A - chi nhánh B": a body in lower case after the dash is another one
            if has_cap and len(head) > 1 and tuple(t.low for t in tokens[k + 1:k + 1 + len(head)]) == head:
                break  # "Nhà hát A - Nhà hát B": the name's own head again after the dash opens another body
            if _apposition_after_dash(tokens, k, lex):
                break  # "Tổng công ty Thép Hà Sơn - đơn vị kế thừa ...": what the body is, said after its name
            k += 1
            continue
        if tok.text == "(":
            after = _parenthesised_abbreviation(tokens, k)
            owner = _parenthesised_owner(tokens, k, head, frozenset(t.low for t in tokens[j:k]))
            if owner:
                k = end = owner
                break
            if after == k:
                break
            abbreviation = (k + 1, after - 1)
            if after < n and is_word(tokens[after]) and (
                    is_capitalised(tokens[after]) or _placed_after(tokens, after, lex) or k == j):
                # "hợp tác xã (HTX) nông nghiệp A": the head's own abbreviation, the name still to come
                k = after  # "Hội A (HA) tỉnh B", "Hội C (HC) miền Nam": the name goes on after its abbreviation
                continue
            # "Trung tâm Y tế (TTYT) huyện Núi Thành": the place may follow the abbreviation in lower case
            inner = match_phrase(tokens, after, lex["inner"]) if after < n else None
            if inner and after + len(inner) < n and is_capitalised(tokens[after + len(inner)]) and (
                    head_at(tokens, after) is not None and head_at(tokens, after)[2]):
                k = after
                continue
            break
        if tok.text in _LEVEL_LIST_MARKS and k > j and (listed := _level_list_end(tokens, k - 1)) > k:
            k = end = listed  # "Trường Phổ thông cấp 2, 3 Gia Định", "trường PTC1,2 A": the levels it teaches
            continue
        if tok.text == "," or tok.low == lex["and"]:
            nxt = tokens[k + 1] if k + 1 < n else None
            if tok.text == "," and not counted and (levels_end := _school_levels_end(tokens, j, k)):
                k = end = levels_end  # "Trường Tiểu học, THCS và THPT A": one school teaching every level listed
                has_cap = True
                continue
            if tok.low == lex["and"] and (paired := _activity_pair(tokens, j, k)):
                k = end = k + 1 + paired  # "Trung tâm Quản lý và điều hành ...", "Công ty CP sản xuất và kinh doanh A"
                continue
            # "Ban Quản lý khu công nghệ cao và các khu công nghiệp A": one board of both, even before a capital
            continued = match_phrase(tokens, k + 1, lex["and_continuations"]) if tok.low == lex["and"] else None
            if continued and not has_cap and k > j:
                k = end = k + 1 + len(continued)
                continue
            if nxt is None or not is_word(nxt) or not has_cap:
                break
            nxt_head = head_at(tokens, k + 1)
            # "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh": councils joined in one name
            if nxt_head and nxt_head[1] == "government" and _government_before(tokens, k):
                k += 1 + len(nxt_head[0])
                end = k
                continue
            if tok.low == lex["and"] and match_phrase(tokens, k + 1, lex["long_fields"]):
                k += 1  # "Phòng An ninh mạng và phòng, chống tội phạm ...": a long field after "và" ("phòng" heads)
                continue
            if tok.text == "," and not counted and _field_list_goes_on(tokens, j, k):
                k += 1
                continue
            if nxt_head and tok.low == lex["and"] and _field_pair(tokens, k, lex["fields"]):
                # "Cục Bảo vệ giao thông và Bưu điện", "Nha Hải quan và Thuế vụ": a field that opens like a head,
                # after another field, is read whole as a field
                k = end = k + 1 + len(match_phrase(tokens, k + 1, lex["fields"]))
                continue
            if nxt_head or (tok.text == "," and is_capitalised(nxt)):
                break
            if tok.low == lex["and"] and match_phrase(tokens, k + 1, lex["levels"]) and not ends_with(
                    tokens, k, lex["levels"]):
                break  # "Trường Mầm non A và Mầm non B": a second school told by its level ("Tiểu học và THCS": one)
            head_word = tokens[j - 1].text if j > 0 else ""
            if tok.low == lex["and"] and len(head_word) > 1 and head_word.isupper() and nxt.text.isupper() and (
                    nxt.text.startswith(head_word) and nxt.text != head_word):
                break  # "BCĐ Tây Nguyên và BCĐTNB": another board known by letters that open with the head's
            if not is_capitalised(nxt) and match_phrase(tokens, k + 1, lex["breakers"]) and not (
                    tok.low == lex["and"] and match_phrase(tokens, k + 1, lex["and_continuations"])):
                break
            if tok.low == lex["and"] and not is_capitalised(nxt) and k - 2 >= j and _place_closes(tokens, k) and not (
                    match_phrase(tokens, k + 1, lex["and_continuations"])):
                break  # "CLB Bóng đá Hà Tĩnh và thi đấu thành công": a place closed the name, the sentence goes on
            # "Trung tâm Y tế huyện và đội ngũ y bác sĩ": the place ends the name; lower-case words after it
            # and "và" are the sentence's own
            continued = match_phrase(tokens, k + 1, lex["and_continuations"]) if tok.low == lex["and"] else None
            if continued:  # "Ban Quản lý Khu kinh tế A và các Khu công nghiệp B": one board of both
                k = end = k + 1 + len(continued)
                continue
            placed_before = ends_with(tokens, k, lex["inner"]) and not is_capitalised(tokens[k - 1])
            plural = tok.low == lex["and"] and (match_phrase(tokens, k + 1, lex["not_after_and"]) or placed_before)
            # "Trường A, cơ sở vật chất ...": a lower-case word after a comma starts the sentence's own
            # words, unless it pairs with the word before ("Trung tâm Phòng, chống ...")
            paired_field = tok.text == "," and (match_phrase(tokens, k + 1, lex["comma_pairs"]) or (
                match_phrase(tokens, k + 1, lex["front_pairs"]) and ends_with(tokens, k, lex["front_names"])))
            if not is_capitalised(nxt) and (plural or (tok.text == "," and not paired_field)):
                break
            if paired_field:
                low_run = 0  # "phòng cháy, chữa cháy và cứu nạn, cứu hộ": each paired field is a short run of its own
            k += 1
            continue
        if tok.low == lex["number_marker"] and k + 1 < n and tokens[k + 1].text.isdecimal():
            k += 2
            end = k
            continue
        if _PLUS_NUMBER.fullmatch(tok.text) and has_cap:
            k = end = k + 1  # "Trường Trung học Sư phạm 10+2": the programme's number ends the name
            break
        if NUMBER_LIST.fullmatch(tok.text) and tokens[k - 1].low in lex["numbered_words"] and (
                listed := _level_list_end(tokens, k)) > k:
            k = end = listed  # "Trường Phổ thông cấp 2,3 Gia Định"
            continue
        if tok.text.isdecimal() and day_month_name(tokens, k) and (is_capitalised(tokens[k - 1]) or has_cap) and (
                tokens[k - 1].low not in lex["numbered_words"]):  # "cấp 2-3": two levels of a school, no day
            k = end = k + 3  # "Bệnh viện 30-4", "Xí nghiệp Cơ khí 1-5": a day to remember names the body
            break
        if tok.text.isdecimal():
            prev = tokens[k - 1]
            following = tokens[k + 1] if k + 1 < n else None
            inner = match_phrase(tokens, k + 1, lex["inner"]) if following is not None else None
            placed = inner is not None and k + 1 + len(inner) < n and is_capitalised(tokens[k + 1 + len(inner)])
            listed = _level_list_end(tokens, k) if prev.low in lex["numbered_words"] else k
            if listed > k:
                k = end = listed  # "Trường Phổ thông cấp 2-3 A": a school of two levels, then its name
                continue
            if prev.low in lex["numbered_words"] and following is not None and (is_capitalised(following) or placed):
                k += 1  # "Trường Phổ thông cấp 3 Bá Thước", "Trường Sư phạm cấp 2 miền Nam": a level, then its name
                end = k
                continue
            # "Xí nghiệp Xây lắp mặt bằng 2 sáp nhập ...": after a lower-case word, a number ends the name only
            # where the sentence's own words (a verb, a joiner) or its punctuation follow
            # "Công ty Điện lực 3 năm 1981": the measure word opens a year, so it counts nothing
            dated = following is not None and following.low in lex["year_markers"] and k + 2 < n and (
                tokens[k + 2].text.isdecimal() and len(tokens[k + 2].text) == _YEAR_DIGITS)
            ends = following is None or not is_word(following) or following.low in lex["pair_joiners"] or dated or (
                following.low in lex["breakers_first"] and following.low not in lex["measured_after_number"]
                and not match_phrase(tokens, k + 1, lex["counted_body_nouns"]))  # "Ban A 76 cơ quan": a count
            if is_word(prev) and len(tok.text) <= 2 and not _opens_a_date(tokens, k) and ends and (
                    is_capitalised(prev) or has_cap):
                k += 1
                end = k
            break
        members = _federation_members(tokens, k) if has_cap else None
        if members is not None:
            k = end = members  # "Hội đồng Liên minh các HTX tỉnh A": the bodies a federation gathers, in its name
            continue
        if not is_word(tok):
            break
        if trade and k > j and not is_capitalised(tok) and is_capitalised(tokens[k - 1]) and match_phrase(
                tokens, k, lex["paired_activities"]) and not ends_with(tokens, k, lex["fields"]):
            break  # "Công ty Hà Lâm sản xuất và kinh doanh thép": after a company's own name, its work is the verb
        if is_capitalised(tok):
            if match_phrase(tokens, k, lex["name_enders"]):
                break  # "trình Chính phủ Đề án ...": a document named after the body ends it
            if tok.low in lex["year_markers"] and k + 1 < n and tokens[k + 1].text.isdecimal() and (
                    len(tokens[k + 1].text) == _YEAR_DIGITS):
                break  # "Trường Tiểu học A1 Năm 1992 trường được thành lập": a year opens the next sentence
            if tok.low in lex["dateline_openers"] and _opens_a_date(tokens, k + 1):
                break  # "Thành lập Trung tâm A Ngày 27/8, UBND tỉnh ...": a headline glued to the lead's date
            compound = match_phrase(tokens, k, lex["place_compounds"])
            if compound:  # "Tòa án quân sự Quân khu 1": a region whose second word is in lower case
                k = end = max(place_end(tokens, k), k + len(compound))  # the compound at least: the scan moves on
                has_cap = placed = True
                continue
            long_field = match_phrase(tokens, k, lex["long_fields"])
            if long_field and has_cap:
                k = end = k + len(long_field)  # "Sở Cảnh sát Phòng cháy và Chữa cháy": a field, though "Phòng" heads
                continue
            if k > j and has_cap and match_phrase(tokens, k, lex["unshared_heads"]):
                break  # "Tập đoàn A Việt Nam Thủ tướng Chính phủ sẽ ...": an office held by one person opens a sentence
            found = head_at(tokens, k)
            after_hyphen = tokens[k - 1].text in HYPHENS
            # "Bệnh viện quận Gò Vấp Bệnh viện đa khoa A": after the place of a name, a head opens another body
            if found and not found[2] and found[1] != "government" and (has_cap or named_place) and not after_hyphen:
                # "Viện Đại Học Bách Khoa A": a head that closes a field written in capitals ("Bách Khoa", "Nhi Khoa")
                part_of_word = _in_person_name(tokens, k, found[0]) or ends_place(tokens, k, len(found[0])) or (
                    k > j and len(found[0]) == 1 and (tokens[k - 1].low, tokens[k].low) in lex["fields"])
                after = k + len(found[0])
                # "Trường Cán bộ Thanh tra và ...": a head that is also a field of work, closing the name
                # ("Viện Kinh tế Bưu điện ERIPT": an acronym after it is the name's own abbreviation)
                field = found[0] in lex["field_heads"] and not (
                    after < len(tokens) and is_word(tokens[after]) and is_capitalised(tokens[after])
                    and not tokens[after].text.isupper())
                # "Bệnh viện Đa khoa Nha Trang": an old head that is a syllable of places opens no body inside a name
                opening_only = found[0] in lex["opening_only_heads"]
                # "Câu lạc bộ Bóng đá Công an A": a club is named after the body that keeps it
                kept_club = head in lex["clubs_named_by_owner"] and _sport_only(tokens, j, k)
                if not part_of_word and not field and not opening_only and not kept_club and not _qualified_level(
                        tokens, k, found):
                    break
                found = None
            has_cap = True
            low_run = 0
            if found and found[2] and place_end(tokens, k + len(found[0])) > k + len(found[0]):
                k = end = place_end(tokens, k + len(found[0]))  # "UBND TP. Đà Nẵng": a unit's place ends the name
                placed = named_place = True  # "Sở Y tế TP Hà Nội thu ...": lower-case words after it are not its own
                continue
            # a capitalised field of work is read whole, lower-case words and all ("Đổi mới sáng tạo")
            # the longer reading wins: "Đào tạo cán bộ" (a compound) over "Đào tạo" (a field)
            field_words = None if found else max(
                (match_phrase(tokens, k, lex["fields"]) or (), match_phrase(tokens, k, lex["name_compounds"]) or ()),
                key=len) or None
            pair_field = match_phrase(tokens, k, lex["fields"]) if k > 0 and tokens[k - 1].low == lex["and"] else None
            if field_words and pair_field and match_phrase(tokens, k + len(pair_field), lex["soft_breakers"]):
                # "Bộ Giáo dục và Đào tạo quản lý": the field that closes a pair, then a verb, not a compound (but
                # "Trường Bổ túc và Đào tạo cán bộ kiểm sát")
                field_words = pair_field
            k += len(found[0]) if found and not found[2] else len(field_words) if field_words else 1
            end = k
            continue
        inner = _inner_head(tokens, k)
        if inner:
            k += len(inner)
            place = place_end(tokens, k)
            named_place = place > k
            k = place
            end = k
            low_run = 0
            placed = True
            continue
        if named_place:
            break  # "Ban Quản lý dự án tỉnh Gia Lai khởi công ...": a named place ends the name
        tail = match_phrase(tokens, k, lex["name_tails"])
        if tail:
            k = end = k + len(tail)  # "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"
            continue
        long_field = match_phrase(tokens, k, lex["long_fields"])
        if long_field:
            k = end = k + len(long_field)  # "phòng cháy chữa cháy và cứu nạn cứu hộ": a field's words, however many
            continue
        compound = match_phrase(tokens, k, lex["name_compounds"])
        limit = lex["max_low_named"] if has_cap else lex["max_low"]
        if compound and low_run + len(compound) <= limit:
            k = end = k + len(compound)  # "công trình": a word whose second syllable alone would end the name
            low_run += len(compound)
            continue
        if compound and (reach := _reach_place(tokens, k, False)) is not None:
            k = end = reach  # "Ban Quản lý dự án chuyên ngành giao thông tỉnh A": a long field that reaches its place
            low_run = 0
            continue
        breaker = match_phrase(tokens, k, lex["breakers"])
        if breaker in lex["soft_breakers"] and (committee or (
                trade and not has_cap and _trade_before_name(tokens, k + len(breaker)))):
            k = end = k + len(breaker)
            low_run += len(breaker)
            continue
        # "Xí nghiệp quản lý khai thác công trình thủy lợi Tiên Lãng": right after the head, what the body does
        # runs on to its own name
        named_at = _name_after_words(tokens, k + len(breaker or ()), _TASK_WORDS) if k == j and (
            not breaker or breaker in lex["soft_breakers"]) else None
        if named_at is not None:
            k = end = named_at
            continue
        if breaker or _starts_new_name(tokens, k) or government:
            soft = breaker in lex["soft_breakers"] and not has_cap and not government
            reach = None if placed and government else _reach_place(tokens, k, soft or government)
            if reach is None or not (soft or government):
                break
            k = end = reach
            low_run = 0
            continue
        low_run += 1
        if low_run > limit:
            reach = _reach_place(tokens, k, False)
            if reach is None:
                break
            k = end = reach
            low_run = 0
            continue
        k += 1
        end = k
    abbr_span = (tokens[abbreviation[0]].start, tokens[abbreviation[1] - 1].end) if abbreviation else None
    return end, has_cap, abbr_span


def _inner_head(tokens: list[Token], k: int) -> tuple[str, ...] | None:
    """The lower-case inner head at ``k`` (``tỉnh``, ``thành ủy``), unless its last word opens a longer head
    (``Ủy ban Giáo dục thành Ủy ban Văn hóa``: ``thành`` and the head ``Ủy ban``, no ``thành ủy``)."""
    inner = match_phrase(tokens, k, lexicon()["inner"])
    if inner and len(inner) > 1 and (head := head_at(tokens, k + len(inner) - 1)) is not None and len(head[0]) > 1:
        return None
    return inner


def _trade_before_name(tokens: list[Token], k: int) -> bool:
    """``xây dựng Hà Sơn``, ``xây dựng công trình Hà Sơn``: a company's trade words run on to its capitalised name."""
    return _name_after_words(tokens, k, _TRADE_WORDS) is not None


def _federation_members(tokens: list[Token], k: int) -> int | None:
    """Index after ``các`` and the head of the bodies a federation gathers (``Liên minh các HTX``, ``Hội đồng Trung
    ương các Hợp tác xã``), which belong to its name; None where ``các`` at ``k`` does not follow such a word."""
    lex = lexicon()
    if k + 1 >= len(tokens) or tokens[k].low not in lex["federation_plurals"]:
        return None
    before = " ".join(t.low for t in tokens[max(0, k - 2):k])
    if not any(before == word or before.endswith(" " + word) for word in lex["federation_words"]):
        return None
    head = head_at(tokens, k + 1)
    return k + 1 + len(head[0]) if head is not None and not head[2] else None


def _name_after_words(tokens: list[Token], k: int, reach: int) -> int | None:
    """Index of the capitalised word (the body's own name) that lower-case words from ``k`` run on to within
    ``reach`` words, none of them a word that ends names; or None."""
    m, end = k, min(len(tokens), k + reach + 1)
    while m < end:
        if not is_word(tokens[m]):
            return None
        if is_capitalised(tokens[m]):
            return m if not _starts_new_name(tokens, m) and head_at(tokens, m) is None else None
        compound = match_phrase(tokens, m, lexicon()["name_compounds"])  # "công trình": not "trình" alone
        if compound is None and match_phrase(tokens, m, lexicon()["breakers"]):
            return None
        m += len(compound) if compound else 1
    return None


def _reach_place(tokens: list[Token], k: int, soft: bool) -> int | None:
    """Index of the administrative word that ends a lower-case description starting at ``k``, or None.

    ``Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn huyện A``: a long description still belongs to
    the name when it runs on, without a function word, to the place of the body. With ``soft``, words
    that usually end a name but also say what a body does (``xây dựng``, ``phối hợp``) may be crossed.
    """
    lex = lexicon()
    n = len(tokens)
    m = k
    while m < min(n, k + lex["max_reach"]):
        tok = tokens[m]
        if tok.text.isupper() and _inner_head(tokens, m):
            return m  # "Ban Quản lý dự án đầu tư xây dựng TP. Thanh Hóa": an abbreviated unit is the place
        if not is_word(tok) or is_capitalised(tok):
            return None
        inner = _inner_head(tokens, m)
        if inner:
            after = m + len(inner)
            # "kinh tế xã hội" is no commune: a place word must end the words or take a place
            if after < n and is_word(tokens[after]) and not is_capitalised(tokens[after]) and not match_phrase(
                    tokens, after, lex["breakers"]):
                return None
            return m
        if tok.low == lex["and"]:
            nxt = m + 1
            if nxt >= n or not is_word(tokens[nxt]) or is_capitalised(tokens[nxt]) or match_phrase(
                    tokens, nxt, lex["breakers"]) or match_phrase(tokens, nxt, lex["not_after_and"]):
                return None
            m += 1
            continue
        compound = match_phrase(tokens, m, lex["name_compounds"])
        if compound:
            m += len(compound)  # "chuyên ngành giao thông tỉnh A": a field word whose first syllable alone would end it
            continue
        breaker = match_phrase(tokens, m, lex["breakers"])
        if breaker and not (soft and breaker in lex["soft_breakers"]):
            return None
        if _starts_new_name(tokens, m):
            return None
        m += len(breaker) if breaker else 1
    return None


def _in_person_name(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """``Trường THPT Nguyễn Trường Tộ``, ``Trung tâm Văn hóa Thể thao Hội An``: inside the capitalised words of a
    name, a head before another capitalised word is a syllable of a person's or a place's name.

    So is such a head at the end of a phrase (``Bệnh viện Khánh Hội,``) or right before another body's head
    (``Bệnh viện Khánh Hội Bệnh viện quận 6``, a table run into one line).
    """
    lex = lexicon()
    if len(phrase) != 1 or phrase[0] not in lex["person_name_heads"]:
        return False
    before = tokens[k - 1]
    if not is_word(before):
        return False
    if not is_capitalised(before):
        return _place_syllable(tokens, k, phrase)
    if k + 1 >= len(tokens) or not is_word(tokens[k + 1]):
        # "Bệnh viện Khánh Hội,": a head with nothing after it names nothing; it ends the name before it
        return True
    after = tokens[k + 1]
    if not is_capitalised(after):
        # "Công ty Cổ phần Khánh Hội sáp nhập ...": the sentence's own verb after it
        return phrase[0] in lex["place_syllable_heads"] and match_phrase(tokens, k + 1, lex["breakers"]) is not None
    if _split_letter(tokens, k + 1):
        return True  # "xã An Trường A,": the letter that tells apart the parts of a commune once split
    # a syllable between capitalised words, or the last one right before another body's head; not before an
    # acronym or a level ("Hội ĐH", "Đoàn cấp tỉnh")
    return not after.text.isupper() and match_phrase(tokens, k + 1, lex["levels"]) is None


def _place_syllable(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """``Thể thao Hội An tổ chức``, ``Trung tâm Y tế Trạm Tấu``: after a field's lower-case word, a head that is a
    syllable of places (``place_syllable_heads``) and one capitalised syllable with nothing of a compound after it
    is the place; ``Văn phòng Hội Nông dân`` (a compound noun after the head, ``Nông dân``) is the association."""
    if phrase[0] not in lexicon()["place_syllable_heads"] or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if not (is_word(after) and is_capitalised(after)) or after.text.isupper() or head_at(tokens, k + 1):
        return False
    if k + 2 >= len(tokens) or not is_word(tokens[k + 2]):
        return True
    third = tokens[k + 2]
    return is_capitalised(third) or match_phrase(tokens, k + 2, lexicon()["breakers"]) is not None


def _qualified_level(tokens: list[Token], k: int, found: tuple[tuple[str, ...], str, bool]) -> bool:
    """``Ủy ban Giáo dục Đại học A``: a school level right after a field of education qualifies it."""
    return found[1] == "school" and any(
        k - len(f) >= 0 and match_phrase(tokens, k - len(f), (f,)) for f in lexicon()["level_fields"])


def is_count(token: Token) -> bool:
    """A numeral before a head: ``2 sở``, ``hai trường``."""
    return token.text.isdecimal() or token.low in lexicon()["number_words"]


def _school_levels_end(tokens: list[Token], j: int, k: int) -> int:
    """Index after the school levels listed from the comma at ``k`` (``Tiểu học, THCS và THPT``), where a bare level
    ends right before it, only levels follow, joined by commas and at most one ``và``, and a capitalised name comes
    after them: the levels of one school, named once at the end. 0 where the comma parts two schools (``Trường Tiểu học
    A, THCS B``)."""
    levels = lexicon()["levels"]
    # the first level right after the school's head word, which it may close ("Trường Tiểu học" is read as one head)
    if not any(k - len(level) >= max(1, j - len(level)) and match_phrase(tokens, k - len(level), (level,)) and (
            tokens[k - len(level) - 1].low == lexicon()["school_word"]) and is_capitalised(tokens[k - len(level)])
            for level in levels):
        return 0
    m, joined = k, False
    while m < len(tokens) and (tokens[m].text == "," or (tokens[m].low == lexicon()["and"] and not joined)):
        joined = joined or tokens[m].text != ","
        level = match_phrase(tokens, m + 1, levels)
        if not level or not is_capitalised(tokens[m + 1]):
            return 0
        m += 1 + len(level)
    return m if m < len(tokens) and is_capitalised(tokens[m]) and head_at(tokens, m) is None else 0


def _field_list_goes_on(tokens: list[Token], j: int, k: int) -> bool:
    """``Trung tâm Văn hóa, Thông tin và Thể thao``: a comma between two fields of work stays in the name.

    A field already named in the description starts a new body instead (``Cao đẳng Kinh tế - Kỹ thuật,
    Kinh tế - Công nghệ``).
    """
    fields = lexicon()["fields"]
    after = match_phrase(tokens, k + 1, fields)
    if after is None or not any(k - len(f) >= j and match_phrase(tokens, k - len(f), (f,)) for f in fields):
        return False
    written = [t.low for t in tokens[j:k]]
    return not any(written[i:i + len(after)] == list(after) for i in range(len(written)))


def _government_before(tokens: list[Token], k: int) -> bool:
    """``Văn phòng HĐND và UBND huyện``, ``Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh``: a council's head ends right
    before the joiner at ``k``, so the councils after it are joined inside one name."""
    for size in (1, 2, 3, 4):
        if k - size >= 0:
            found = head_at(tokens, k - size)
            if found and len(found[0]) == size and found[1] == "government":
                return True
    return False


def _starts_new_name(tokens: list[Token], k: int) -> bool:
    """A lower-case head followed by a capitalised word starts another name (``và trạm Khuyến nông``)."""
    head = head_at(tokens, k)
    if head is None:
        return False
    after = k + len(head[0])
    level = match_phrase(tokens, after, lexicon()["levels"])
    if len(head[0]) >= 2 and is_capitalised(tokens[k]) and not head[2]:
        return True  # "Thành phố Thủ Đức Bệnh viện đa khoa A": a head of two words opens a body, never a place
    if _split_letter(tokens, after):
        return False  # "xã An Trường A,": a syllable of the place and the letter of one part of a split commune
    return after < len(tokens) and (is_capitalised(tokens[after]) or level is not None)


def _second_syllable(tokens: list[Token], j: int, k: int) -> bool:
    """Whether the one-word head at ``k`` is the second syllable of a place that starts at ``j`` (``xã Vĩnh Hội
    Đông``, ``phường Phú Đội``): a place of one syllable is rare, so a head of one word right after its first
    syllable goes on the place rather than opening a body of its own."""
    head = head_at(tokens, k)
    return k == j + 1 and head is not None and len(head[0]) == 1 and is_capitalised(tokens[k])


def _place_closes(tokens: list[Token], k: int) -> bool:
    """Whether the two words before ``k`` are a place's syllables, each written with one capital (``Hà Tĩnh``):
    lower-case words after it and ``và`` are no field of the name."""
    return all(tokens[i].text[:1].isupper() and tokens[i].text[1:].islower() and is_word(tokens[i])
               for i in (k - 2, k - 1))


def _split_letter(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is one capital letter closing a name (``xã Tân Thành A``, ``phường An Bình B``): the
    letter that tells apart the parts of a unit once split, not the name of a body."""
    return k < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isupper() and (
        k + 1 >= len(tokens) or not is_word(tokens[k + 1])
        or match_phrase(tokens, k + 1, lexicon()["breakers"]) is not None)  # not "Trạm Y tế"
