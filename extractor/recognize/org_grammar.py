"""A grammar of Vietnamese organization names over the tokens of one sentence.

A name is a head noun (``Sở``, ``trường``, ``huyện``, from ``lang/vi/org_heads.yaml``) followed by the
words that tell it apart. Administrative units take a capitalised place (``tỉnh Bình Phước``,
``phường 12``); other bodies take a description that starts capitalised and may carry lower-case
words, ``và``, hyphens and abbreviations (``Sở Lao động - Thương binh và Xã hội``, ``Đài PT-TH``,
``Trường Trung cấp Nghề dân tộc nội trú Bắc Quang``). The description ends at punctuation, at a
function word or verb that follows names in sentences (``name_breakers``), or where a new head starts.
Plain regex tokens keep every span exact and need no tagger.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractor.recognize.foreign_names import abbreviated_firm_words, foreign_name_end, may_name_foreign_firm
from extractor.recognize.org_description import day_month_name, description_end, ends_with, is_count, place_end
from extractor.recognize.org_tokens import (
    HYPHENS,
    Token,
    brand_end,
    glued_unit,
    head_at,
    is_capitalised,
    is_word,
    levels,
    lexicon,
    match_phrase,
    may_hold_name,
    tokenize,
)

__all__ = ["NameMatch", "Token", "description_end", "head_at", "is_capitalised", "levels", "match_phrase",
           "names_in", "place_end", "scan_names", "shouted", "shouted_end", "tokenize"]


_SHOUTED_LETTERS = 12  # characters a sentence needs before its capitals count as shouting


@dataclass(frozen=True)
class NameMatch:
    """An organization name found in a sentence: tokens ``[first, last)`` and what kind it is."""

    first: int
    last: int
    start: int
    end: int
    name: str
    kind: str
    head: str
    administrative: bool
    short: bool = False
    abbreviation: str | None = None


_QUOTE_PAIRS = {"“": "”", '"': '"'}
_MAX_QUOTED_TAIL = 4  # words of a quoted name past where the grammar would end it ("“Ủy ban A tự do”")


def _quoted_end(tokens: list[Token], i: int, end: int) -> int:
    """``end``, or the closing quote's index when the name opens a quotation that closes a few words on: the quotes
    say where the name ends, though a word of it (``do``, ``và``) would end a name elsewhere."""
    closing = _QUOTE_PAIRS.get(tokens[i - 1].text) if i > 0 else None
    if closing is None:
        return end
    for q in range(end, min(len(tokens), end + _MAX_QUOTED_TAIL + 1)):
        if tokens[q].text == closing:
            return q
        if not tokens[q].text.isalpha():
            return end
    return end


def _name_text(text: str, offset: int, start: int, end: int, abbr: tuple[int, int] | None) -> str:
    """The name as written, without a parenthesised abbreviation inside it."""
    name = text[start - offset:end - offset]
    if abbr and abbr[1] < end:
        inner = text[abbr[0] - 1 - offset:abbr[1] + 1 - offset]
        name = name.replace(" " + inner, "").replace(inner, "")
    return " ".join(name.split())


@functools.lru_cache(maxsize=4096)
def names_in(text: str, offset: int = 0) -> tuple[NameMatch, ...]:
    """The names of one sentence, cached: organizations and then events read the same sentences.

    A sentence without any head word (:func:`may_hold_name`) holds no name and is never tokenised.
    """
    if not may_hold_name(text) and not may_name_foreign_firm(text):
        return ()
    return tuple(scan_names(text, offset))


def scan_names(text: str, offset: int = 0, tokens: list[Token] | None = None) -> list[NameMatch]:
    """Every organization name in one sentence ``text`` starting at document offset ``offset``.

    >>> [m.name for m in scan_names("Sở Nội vụ tỉnh Hà Giang họp với huyện Bắc Quang")]
    ['Sở Nội vụ tỉnh Hà Giang', 'huyện Bắc Quang']
    """
    lex = lexicon()
    tokens = tokens if tokens is not None else tokenize(text, offset)
    found: list[NameMatch] = []
    head_first = lex["head_first"]
    # every cue that makes foreign words a firm is a word the prefilter finds: without one, no run is asked
    firms = may_name_foreign_firm(text)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.low not in head_first and not token.text[:1].isupper() and "." not in token.text:
            i += 1  # most words: no head word, no capital for a brand, no full stop for a glued unit head
            continue
        glued = glued_unit(token)
        if glued is not None:  # "TP.Huế", "Q.Thủ Đức", "P.7": a unit's abbreviated head written onto its name
            end = place_end(tokens, i + 1)
            found.append(_match(text, offset, tokens, i, end, glued[1], (glued[0].lower() + ".",), True, None))
            i = end
            continue
        head = head_at(tokens, i)
        if head is not None and _in_document_number(tokens, i):
            i += 1  # "Quyết định số 4318/QĐ-UBND": the issuer's code in a document number is no mention
            continue
        if head is None:
            brand = brand_end(tokens, i)
            # "Credit Suisse sáp nhập vào ...", "X Holdings II": a foreign firm by its own name (see foreign_names)
            foreign = foreign_name_end(tokens, i) if firms else None
            if foreign is not None and (brand is None or foreign > brand):
                brand = foreign
            if brand is not None:  # "Sacombank", "Southern Bank": a bank known by its brand alone
                found.append(_match(text, offset, tokens, i, brand, "company", (tokens[i].low,), False, None))
                i = brand
                continue
            i += 1
            continue
        phrase, kind, administrative = head
        j = i + len(phrase)
        if administrative:
            end = place_end(tokens, j)
            new_unit = end == j and j + 1 < len(tokens) and tokens[j].low in lex["new_unit_words"] and (
                is_capitalised(tokens[j + 1]))
            if new_unit and (end := place_end(tokens, j + 1)) > j + 1:
                # "Phường mới Thành Sen": the new unit's name after the word that says it is new, read without it
                match = _match(text, offset, tokens, i, end, kind, phrase, True, None)
                head_text = " ".join(t.text for t in tokens[i:j])
                place = _name_text(text, offset, tokens[j + 1].start, match.end, None)
                found.append(replace(match, name=f"{head_text} {place}"))
                i = end
                continue
            if end == j and (quoted := _quoted_place_end(tokens, j)):
                # 'xã "Minh Đức"': a new unit's name written in quotes; the name is read without them
                match = _match(text, offset, tokens, i, quoted, kind, phrase, True, None)
                found.append(replace(match, name=" ".join(match.name.translate(_NO_QUOTES).split())))
                i = quoted
                continue
            if end == j and j + 1 < len(tokens) and tokens[j].low in lex["new_unit_words"] and (
                    quoted := _quoted_place_end(tokens, j + 1)):
                # 'phường mới “Sơn Trà 2”': the new unit's name in quotes after the word that says it is new
                match = _match(text, offset, tokens, i, quoted, kind, phrase, True, None)
                head_text = " ".join(t.text for t in tokens[i:j])
                place = _name_text(text, offset, tokens[j + 2].start, tokens[quoted - 2].end, None)
                found.append(replace(match, name=f"{head_text} {place}"))
                i = quoted
                continue
            if end == j:
                i += 1
                continue
            match = _match(text, offset, tokens, i, end, kind, phrase, True, None)
            found.append(match)
            i = end
            continue
        counted = i > 0 and is_count(tokens[i - 1]) and not is_capitalised(tokens[i])
        named_head = head_at(tokens, j) if counted and j < len(tokens) else None
        # "2 công ty Điện lực A và Điện lực B": a head that is also a field is the counted body's field
        if counted and j < len(tokens) and is_capitalised(tokens[j]) and (
                (named_head and named_head[0] not in lex["field_heads"]) or brand_end(tokens, j) is not None):
            # "hai trường Cao đẳng Y tế A và B", "hai ngân hàng OceanBank và CB": what is counted, then the names
            i = j
            continue
        if kind == "school" and phrase not in lex["level_heads"]:
            level = match_phrase(tokens, j, lex["levels"])
            if level:
                j += len(level)
        paired = j + 1 < len(tokens) and tokens[j].low == lex["and"] and head_at(tokens, j + 1)
        if paired and kind == "school" and j > i + len(phrase) and tuple(w.lower() for w in paired[0]) == tuple(
                w.lower() for w in phrase):
            paired = None  # "Trường Cao đẳng nghề và Trường Cao đẳng Y tế A": the head again opens another school
        if paired and len(phrase) > 1 and paired[0][0].lower() == phrase[0].lower() and is_capitalised(tokens[j + 1]):
            paired = None  # "Ban Chỉ đạo và Ban Điều phối": a committee's head word again opens another committee
        if paired:
            j += 1 + len(paired[0])
        numbered = not paired and _body_number(tokens, j) and (is_capitalised(tokens[i]) or (
            j + 1 < len(tokens) and is_word(tokens[j + 1]) and is_capitalised(tokens[j + 1]))
            or phrase in lex["numbered_lowercase_heads"])  # "chi bộ 6": party cells are known by a number
        if numbered:
            j += 1  # "Bệnh viện 74 Trung ương", "Quân khu 7": a body known by its number
            j += 2 if day_month_name(tokens, j - 1) else 0  # "Công ty 7/5", "Trường THPT 30-4": named after a day
        # a committee head's own lower-case words ("Ban chỉ đạo") count towards the run of its description
        head_low = sum(not is_capitalised(t) for t in tokens[i + 1:j]) if phrase in lex["standalone"] else 0
        end, has_cap, abbr = description_end(tokens, j, counted, kind == "government", head_low, head_low > 0,
                                             trade=kind == "company" and is_capitalised(tokens[i]),
                                             head=tuple(w.lower() for w in phrase))
        capital_head = is_capitalised(tokens[i])
        if capital_head and not paired and not numbered and _numbered_after_field(tokens, j, end):
            end, numbered = end + 1, True  # "Bệnh viện Quân y 103", "Sư đoàn bộ binh 324": a field, then its number
            end = _place_after(tokens, end)  # "Trung tâm Cấp cứu 115 Thành phố Hồ Chí Minh"
        # "Bệnh viện quận 11": a numbered unit closes a description as a capitalised place would
        # "Bệnh viện dã chiến số 2": a capitalised head whose lower-case kind ends in its number
        has_cap = has_cap or numbered or any(is_capitalised(t) for t in tokens[j:end]) or (
            capital_head and end > j and tokens[end - 1].text.isdecimal() and (
                match_phrase(tokens, j, lex["inner"]) or (end - 2 > j and tokens[end - 2].low == lex["number_marker"])))
        level_cap = any(is_capitalised(t) for t in tokens[i + 1:j])
        # "Công an cấp tỉnh", "Thanh tra cấp huyện": the bodies of one level, named by it
        level_suffix = match_phrase(tokens, j, lex["level_suffixes"]) if is_capitalised(tokens[i]) and not (
            i > 0 and is_count(tokens[i - 1])) else None
        after = j + len(level_suffix) if level_suffix else j
        if level_suffix and after + 1 < len(tokens) and tokens[after].text in {",", "/"} | {lex["and"]} and (
                match_phrase(tokens, after + 1, lex["level_suffixes"])):
            level_suffix = None  # "Công an huyện, thị xã, thành phố": the bodies of several kinds of unit, none named
        if level_suffix and end >= j + len(level_suffix) and not has_cap:
            has_cap, end = True, j + len(level_suffix)  # lower-case words after the level are the sentence's
        government = kind == "government" or phrase in lex["standalone"]
        level_cap = level_cap and capital_head
        kind_words = match_phrase(tokens, j, lex["lowercase_kinds"]) if capital_head and not has_cap and not (
            government or counted) else None
        if kind_words and _ends_a_kind(tokens, j + len(kind_words)):
            # "Đoàn chèo", "Trung tâm dạy nghề": a body named by a kind of its own, in lower case, and its place
            last = _place_after(tokens, j + len(kind_words))
            found.append(_match(text, offset, tokens, i, last, kind, phrase, False, None))
            i = last
            continue
        spelled = _spelled_by_acronym(tokens, i, j) if capital_head and not has_cap and not government else None
        if spelled is not None:  # "Trung tâm kiểm chuẩn chất lượng xét nghiệm y học (TTKCCLXNYH)"
            found.append(_match(text, offset, tokens, i, spelled, kind, phrase, False, None))
            i = spelled
            continue
        written_head = " ".join(t.text for t in tokens[i:i + len(phrase)])
        if end == j and tuple(w.lower() for w in phrase) in lex["founding_task_heads"] and (
                task := task_end(tokens, j)) > j:
            # "Ban vận động thành lập Hội A": the task, a verb that ends other names, is this board's name
            found.append(_match(text, offset, tokens, i, task, kind, phrase, False, None))
            i = task
            continue
        if end > j and (has_cap or level_cap or government or (capital_head and tokens[j].text.isupper())):
            if phrase in lex["topic_heads"]:
                end = topic_end(tokens, end)  # "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"
            elif ends_with(tokens, end, lex["topic_fields"]):
                end = _field_topic_end(tokens, end)  # "Cục Cảnh sát điều tra tội phạm về ma túy"
            if written_head in lex["task_heads"]:
                end = task_end(tokens, end)  # "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính"
            end = _quoted_end(tokens, i, end)
            found.append(_match(text, offset, tokens, i, end, kind, phrase, False, abbr))
            i = end
            continue
        sector = _sector_end(tokens, j) if capital_head and not paired else None
        if sector is not None:  # "Công đoàn ngành giáo dục": a body of a sector, named in lower case
            found.append(_match(text, offset, tokens, i, sector, kind, phrase, False, None))
            i = sector
            continue
        numbered_cell = numbered and phrase in lex["numbered_lowercase_heads"]
        if j > i + len(phrase) and (level_cap or capital_head or numbered_cell) and not paired:
            found.append(_match(text, offset, tokens, i, j, kind, phrase, False, None))
            i = j
            continue
        topic = topic_end(tokens, j) if capital_head and phrase in lex["topic_heads"] else j
        if topic > j:  # "Ban Chỉ đạo về phòng, chống tham nhũng": the topic is the description
            found.append(_match(text, offset, tokens, i, topic, kind, phrase, False, None))
            i = topic
            continue
        if capital_head and not paired and not government and not counted and (described := _described_alongside(
                tokens, found, i, j, end, tuple(w.lower() for w in phrase))) is not None:
            # "hợp nhất Tổng công ty thép và Tổng công ty kim khí": a description in lower case, closed by another
            # body of the same head named alongside it
            found.append(_match(text, offset, tokens, i, described, kind, phrase, False, None))
            i = described
            continue
        if capital_head:
            match = _match(text, offset, tokens, i, i + len(phrase), kind, phrase, False, None)
            found.append(NameMatch(**{**match.__dict__, "short": phrase not in lex["standalone"]}))
        i += len(phrase)
    found = _join_brand_branches(text, offset, tokens, _join_converged_media(text, offset, tokens, found))
    found = _join_branches_after_comma(text, offset, tokens, found)
    found = _join_seats(text, offset, tokens, found)
    found = _join_party_bodies(text, offset, tokens, found)
    found = _join_seated_levels(text, offset, tokens, found)
    found = _join_units_of_forces(text, offset, tokens, found)
    found = _join_units_of_ministries(text, offset, tokens, found)
    found = _with_national_force(text, offset, tokens, found)
    found = _join_editorial_boards(text, offset, tokens, found)
    found = _join_owned_units(text, offset, tokens, found)
    found = _with_sites(text, offset, tokens, found)
    found = _with_legal_form(text, offset, tokens, _with_quoted_brand(text, offset, tokens, found))
    found = _members_of_university_systems(text, offset, tokens, found)
    found = _paper_and_stations(text, offset, tokens, found)
    return _cut_shouted(text, offset, tokens, found) if shouted(text) else found


def shouted(text: str) -> bool:
    """Whether a sentence is written in capitals throughout (a headline): case no longer tells where names end.

    ``str.isupper`` looks at every cased letter in C, so the common sentence costs next to nothing.
    """
    return len(text) >= _SHOUTED_LETTERS and text.isupper()


def _cut_shouted(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``THÀNH LẬP THỊ TRẤN TÂN BÌNH THUỘC HUYỆN A``: in capitals, a name ends at a word that ends names in
    lower case (``thuộc``, ``và``, verbs), which the capital letter hides."""
    cut: list[NameMatch] = []
    for match in found:
        start = match.first + len(match.head.split())
        end = shouted_end(tokens, start, match.last)
        if end == match.last or end == start:
            cut.append(match)
            continue
        cut.append(_match(text, offset, tokens, match.first, end, match.kind, tuple(match.head.split()),
                          match.administrative, None))
    return cut


def shouted_end(tokens: list[Token], start: int, end: int) -> int:
    """Where a name written in capitals from ``start`` ends before ``end``: at the first word that ends names in
    lower case (``VÀO``, ``THUỘC``), unless a head starts there (``THÀNH PHỐ CẦN THƠ``, not ``THÀNH``)."""
    breakers = lexicon()["breakers"]
    return next((t for t in range(start, end) if match_phrase(tokens, t, breakers) and (
        head_at(tokens, t) is None)), end)


def _join_converged_media(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Đài Phát thanh - Truyền hình và Báo A``: a station named by its kind alone, joined to the paper after it.

    A station's kind (``media_fields``) is no name of its own, so the two heads make one converged body.
    """
    fields = lexicon()["media_fields"]
    joined: list[NameMatch] = []
    i = 0
    while i < len(found):
        match = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        generic = match.kind == "media" and match.last - match.first > 1 and all(
            t.low in fields for t in tokens[match.first + 1:match.last])
        if generic and nxt is not None and nxt.kind == "media" and nxt.first == match.last + 1 and (
                tokens[match.last].low == lexicon()["and"]):
            joined.append(_match(text, offset, tokens, match.first, nxt.last, "media",
                                 tuple(match.head.split()), False, None))
            i += 2
            continue
        joined.append(match)
        i += 1
    return joined


_PLACE_WORDS = 4  # capitalised words of the place after a converged body's kinds


def _paper_and_stations(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Báo và Phát thanh, Truyền hình Sơn Hà``: a paper joined to broadcasting by ``và`` is one body.

    The broadcasting words (``media_fields``) hold no head, so the grammar reads no name there; the body runs
    from the paper's head through those words to its place.
    """
    fields = lexicon()["media_fields"]
    starts = [i for i, t in enumerate(tokens[:-2]) if t.text == "Báo" and tokens[i + 1].low == lexicon()["and"]
              and tokens[i + 2].low in fields and tokens[i + 2].low not in HYPHENS]
    for i in starts:
        if any(m.first < i < m.last for m in found):
            continue  # "Cơ quan Báo và Phát thanh, Truyền hình A": read whole already
        j = i + 2
        while j < len(tokens) and (tokens[j].low in fields or tokens[j].text == ","):
            j += 1
        at = next((m for m in found if m.first == j), None)
        end = at.last if at is not None else j
        while at is None and end < len(tokens) and end - j < _PLACE_WORDS and is_capitalised(tokens[end]) and (
                is_word(tokens[end])):
            end += 1
        if end == j:
            continue
        body = _match(text, offset, tokens, i, end, "media", ("Báo",), False, None)
        found = sorted([m for m in found if m.last <= i or m.first >= end] + [body], key=lambda m: m.first)
    return found


def _sector_end(tokens: list[Token], j: int) -> int | None:
    """End of ``ngành`` and a field of work in lower case after a head (``ngành y tế tỉnh A``), with the place
    that may follow; None when the words at ``j`` are not that."""
    lex = lexicon()
    if j >= len(tokens) or tokens[j].low != lex["sector_marker"]:
        return None
    field = match_phrase(tokens, j + 1, lex["fields"])
    if field is None:
        return None
    end = j + 1 + len(field)
    while end < len(tokens) and tokens[end].low == lex["and"] and (
            more := match_phrase(tokens, end + 1, lex["fields"])):
        end += 1 + len(more)  # "ngành nông nghiệp và phát triển nông thôn"
    unit = head_at(tokens, end)
    if unit is not None and unit[2]:
        end = max(end + len(unit[0]), place_end(tokens, end + len(unit[0])))  # "... tỉnh", "... tỉnh Thái Bình"
    return end


def _join_brand_branches(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Agribank Chi nhánh Thành Đô``: a bank's brand right before one of its branches names the branch."""
    branches = lexicon()["branch_heads"]
    joined: list[NameMatch] = []
    for match in found:
        before = joined[-1] if joined else None
        if before is not None and before.kind == "company" and before.last == match.first and (
                before.last - before.first == 1) and tuple(match.head.lower().split()) in branches:
            joined[-1] = _match(text, offset, tokens, before.first, match.last, "company", tuple(match.head.split()),
                                False, None)
            continue
        joined.append(match)
    return joined


_COMMA_BRANCH_WORDS = 6  # words of a branch's own name after the comma ("chi nhánh Thành phố Hồ Chí Minh")


def _join_branches_after_comma(text: str, offset: int, tokens: list[Token], found: list[NameMatch]
                               ) -> list[NameMatch]:
    """``Ngân hàng TMCP Nam Á, chi nhánh Nghệ An``: a bank or company, a comma, then one of its branches by the
    place it serves: the branch's name. The branch's name ends with its place."""
    branches = lexicon()["branch_heads"]

    def branch_end(match: NameMatch, after: NameMatch) -> int | None:
        own_head = tuple(match.head.lower().split())
        company = own_head not in branches and (
            match.kind == "company" or any(head_at(tokens, j) is not None and head_at(tokens, j)[1] == "company"
                                           for j in range(match.first, match.last)))
        if not (company and after.first == match.last + 1 and tokens[match.last].text == "," and (
                tuple(after.head.lower().split()) in branches)):
            return None
        named_from = after.first + len(after.head.split())
        end = place_end(tokens, named_from)
        return end if named_from < end <= after.first + _COMMA_BRANCH_WORDS else None

    return _joined_where(text, offset, tokens, found, branch_end)


def _join_party_bodies(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Đảng bộ Chi nhánh Ngân hàng A``, ``Đảng bộ Trường Cao đẳng B``: a party body is named by the body it is in,
    whose head the grammar read as the party body's description; the two names make one. So is a trade union
    (``CĐCS Trường THPT A``)."""

    def in_body(match: NameMatch, body: NameMatch) -> bool:
        own = match.first + len(match.head.split())
        named_by_body = match.kind == "party" or match.head.lower() in lexicon()["named_by_their_body"]
        inner = head_at(tokens, own) if named_by_body and own < match.last else None
        return inner is not None and own + len(inner[0]) == match.last and not body.administrative

    return _join_with_next(text, offset, tokens, found, in_body)


def _with_sites(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Bệnh viện A – cơ sở 2``, ``Trung tâm Y tế quận B - cơ sở Linh Tây``: one site of a body, set off by a dash,
    is a body of its own whose name is the body's and the site's (``site_words``)."""

    def site_end(_: int, match: NameMatch) -> int | None:
        k = match.last
        site = match_phrase(tokens, k + 1, lexicon()["site_words"]) if (
            k + 1 < len(tokens) and tokens[k].text in HYPHENS) else None
        end = place_end(tokens, k + 1 + len(site)) if site else k
        return end if site and end > k + 1 + len(site) else None

    return _extended(text, offset, tokens, found, site_end)


_MAX_QUOTED_BRAND = 5  # words of a trade name in quotes after a body's description: "Công ty Vận tải “Sao Mai”"


def _with_quoted_brand(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Công ty Thương mại “Sao Mai”``, ``Hợp tác xã “Tân Tiến”``: a body's trade name in quotes right after its
    description is the end of its name; a quotation in lower case (``Công ty A “bắt tay” B``) is not."""

    def brand_end(_: int, match: NameMatch) -> int | None:
        k = match.last
        if match.administrative or k + 2 >= len(tokens) or tokens[k].text not in _OPENING_QUOTES or not (
                is_capitalised(tokens[k + 1])):
            return None
        for q in range(k + 1, min(len(tokens), k + 2 + _MAX_QUOTED_BRAND)):
            if tokens[q].text in _CLOSING_QUOTES:
                return q + 1 if q > k + 1 else None
            if not is_word(tokens[q]) and not tokens[q].text.isdecimal():
                return None
        return None

    return _extended(text, offset, tokens, found, brand_end)


def _with_legal_form(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Tổng công ty A – CTCP``: a company's legal form after a dash (``legal_form_suffixes``) ends its name."""

    def form_end(_: int, match: NameMatch) -> int | None:
        k = match.last
        if match.kind != "company" or k + 1 >= len(tokens) or tokens[k].text not in HYPHENS:
            return None
        form = match_phrase(tokens, k + 1, lexicon()["legal_form_suffixes"])
        return k + 1 + len(form) if form else None

    return _extended(text, offset, tokens, found, form_end)


def _members_of_university_systems(text: str, offset: int, tokens: list[Token],
                                   found: list[NameMatch]) -> list[NameMatch]:
    """``Trường Đại học Y - Dược, Đại học Huế``: a member of a university made of schools is named with it after a
    comma, as after a bracket (``university_systems``); two such universities listed stay two."""
    systems, members = lexicon()["university_systems"], lexicon()["university_member_kinds"]

    def system_end(match: NameMatch, owner: NameMatch) -> int | None:
        if owner.first != match.last + 1 or tokens[match.last].text != "," or match.kind not in members:
            return None
        joined = " ".join(owner.name.lower().split())
        return owner.last if joined in systems and " ".join(match.name.lower().split()) not in systems else None

    return _joined_where(text, offset, tokens, found, system_end)


_MAX_OWNED_KIND_WORDS = 4  # lower-case words of a unit's kind between its head and "thuộc": "Phòng khám đa khoa"


def _join_owned_units(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Phòng khám đa khoa thuộc Trung tâm Y tế huyện A``, ``Phòng Giao dịch trực thuộc Kho bạc B``: a unit named
    by its kind alone (a capitalised head, then only field or lower-case words) is known by the body it belongs
    to, which is part of its name; a unit with a name of its own (``Phòng khám đa khoa Tân Lập``) is not.

    Heads of one body per place (``owned_units_not_joined``: ``Sở``, ``Bộ``) are named well enough by their kind.
    """
    lex = lexicon()

    def owned_end(n: int, match: NameMatch) -> int | None:
        owner = found[n + 1] if n + 1 < len(found) else None
        end = _owned_kind_end(tokens, match) if owner is not None else None
        if end is None:
            return None
        bracket = tokens[end].text == "("  # "Phòng khám đa khoa (thuộc Trung tâm Y tế A)"
        end += 1 if bracket else 0
        marker = match_phrase(tokens, end, lex["owned_unit_markers"])
        generic_owner = any(t.low in lex["owned_units_not_after"] or t.low == lex["level_word"]
                            for t in tokens[owner.first:owner.last])
        if marker in lex["placing_markers"] and not generic_owner and any(
                is_capitalised(t) for t in tokens[match.first + len(match.head.split()):end]):
            # "Khoa Du lịch trực thuộc Đại học A": a unit named by its field is only placed under its owner; under
            # the councils of a level ("trực thuộc UBND cấp xã") it is the unit of each, its owner part of its name
            return None
        last = owner.last + 1 if bracket else owner.last
        closed = not bracket or (last - 1 < len(tokens) and tokens[last - 1].text == ")")
        return last if marker and owner.first == end + len(marker) and not owner.administrative and closed else None

    return _extended(text, offset, tokens, found, owned_end)


def _extended(text: str, offset: int, tokens: list[Token], found: list[NameMatch],
              end_of: Callable[[int, NameMatch], int | None]) -> list[NameMatch]:
    """``found`` with each match that ``end_of`` extends (to a token index past its end) run on to there, the
    matches inside the longer name dropped; the first match's kind, head and level kept."""
    out: list[NameMatch] = []
    skip_to = -1
    for n, match in enumerate(found):
        if match.first < skip_to:
            continue
        last = end_of(n, match)
        if last is not None and last > match.last:
            out.append(_match(text, offset, tokens, match.first, last, match.kind, tuple(match.head.split()),
                              match.administrative, None))
            skip_to = last
        else:
            out.append(match)
    return out


def _owned_kind_end(tokens: list[Token], match: NameMatch) -> int | None:
    """Where the kind of a unit named by its kind alone ends (its head, field words, lower-case words), else None."""
    lex = lexicon()
    if match.administrative or not is_capitalised(tokens[match.first]) or (
            match.head.lower() in lex["owned_units_not_joined"]) or (
            match.first > 0 and (is_count(tokens[match.first - 1]) or tokens[match.first - 1].low in lex[
                "owned_units_not_after"])):
        return None  # "các Ban Quản lý rừng phòng hộ trực thuộc Sở A": units of a kind, none named
    k = match.first + len(match.head.split())
    while k < match.last:
        field = match_phrase(tokens, k, lex["fields"])
        if field:
            k += len(field)
        elif is_word(tokens[k]) and not is_capitalised(tokens[k]) and head_at(tokens, k) is None:
            k += 1
        else:
            return None  # a name of its own, or a place or a level ("Cục A cấp tỉnh"): the units of every place
    kind_words = 0
    while k < len(tokens) and is_word(tokens[k]) and not is_capitalised(tokens[k]) and kind_words <= (
            _MAX_OWNED_KIND_WORDS) and not match_phrase(tokens, k, lex["owned_unit_markers"]):
        if match_phrase(tokens, k, lex["breakers"]) or match_phrase(tokens, k, lex["soft_breakers"]) or (
                head_at(tokens, k) is not None):
            return None
        k += 1
        kind_words += 1
    return k if k < len(tokens) and kind_words <= _MAX_OWNED_KIND_WORDS else None


def _join_with_next(text: str, offset: int, tokens: list[Token], found: list[NameMatch],
                    joins: Callable[[NameMatch, NameMatch], bool]) -> list[NameMatch]:
    """``found`` with each match joined to the one right after it (nothing between) where ``joins`` says the two
    are one name, the first match's kind and head kept."""
    return _joined_where(text, offset, tokens, found, lambda match, after: after.last if (
        after.first == match.last and joins(match, after)) else None)


def _joined_where(text: str, offset: int, tokens: list[Token], found: list[NameMatch],
                  end_of: Callable[[NameMatch, NameMatch], int | None]) -> list[NameMatch]:
    """``found`` with each match joined to the next one where ``end_of`` gives where the joined name ends, the first
    match's kind and head kept."""
    joined: list[NameMatch] = []
    skip_to = -1
    for n, match in enumerate(found):
        if match.first < skip_to:
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        end = end_of(match, after) if after is not None else None
        if end is not None:
            joined.append(_match(text, offset, tokens, match.first, end, match.kind, tuple(match.head.split()),
                                 False, None))
            skip_to = after.last
        else:
            joined.append(match)
    return joined


def _join_seated_levels(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Tòa án nhân dân cấp cao tại Hà Nội``: a name that ends in a level (``seated_levels``) is one body by the
    place after ``tại``, which belongs to its name."""
    lex = lexicon()
    joined: list[NameMatch] = []
    skip_to = -1
    for match in found:
        if match.first < skip_to:
            continue
        words = tuple(w.lower() for w in match.name.split())
        seated = any(words[-len(level):] == level for level in lex["seated_levels"])
        marker = match_phrase(tokens, match.last, lex["seat_place_markers"]) if match.last < len(tokens) else None
        if seated and marker:
            start = match.last + len(marker)
            place = next((m for m in found if m.first == start and m.administrative), None)
            end = place.last if place is not None else place_end(tokens, start)
            if end > start:
                joined.append(_match(text, offset, tokens, match.first, end, match.kind,
                                     tuple(match.head.split()), False, None))
                skip_to = end
                continue
        joined.append(match)
    return joined


def _join_units_of_forces(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Đội Cảnh sát phòng cháy chữa cháy Công an huyện A``: a unit written right before the force it belongs to
    (``force_heads``), with nothing between, is named with it."""
    lex = lexicon()

    def of_force(unit: NameMatch, force: NameMatch) -> bool:
        return not unit.administrative and tuple(force.head.lower().split()) in lex["force_heads"] and tuple(
            unit.head.lower().split()) in lex["force_unit_heads"]

    return _join_with_next(text, offset, tokens, found, of_force)


def _join_units_of_ministries(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Trung tâm Dữ liệu Bộ Quốc phòng``, ``Viện Chiến lược Bộ Tài chính``: a ministry's unit
    (``ministry_unit_heads``) with a field of its own, written right before the ministry, is named with it."""
    lex = lexicon()

    def of_ministry(unit: NameMatch, ministry: NameMatch) -> bool:
        head = tuple(unit.head.lower().split())
        field = unit.first + len(head)
        return (not unit.administrative and head in lex["ministry_unit_heads"] and field < unit.last
                and is_capitalised(tokens[unit.first]) and is_capitalised(tokens[field])
                and all(head_at(tokens, t) is None for t in range(field, unit.last))  # no owner named already
                and not tokens[unit.last - 1].text[:1].isdigit()  # "Bệnh viện Quân y 105": named by its number
                and ministry.kind == "ministry" and tuple(ministry.head.lower().split()) not in lex["force_heads"])

    return _join_with_next(text, offset, tokens, found, of_ministry)


def _with_national_force(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân``: the armed forces as a whole (``national_forces``) right
    after a body's name end it; the grammar reads them as a body of their own."""
    lex = lexicon()

    def force_end(n: int, match: NameMatch) -> int | None:
        if match.administrative or match.last >= len(tokens):
            return None
        force = match_phrase(tokens, match.last, lex["national_forces"])
        return match.last + len(force) if force else None

    return _extended(text, offset, tokens, found, force_end)


def _join_editorial_boards(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Hội đồng Biên tập Tạp chí A``, ``Ban Biên tập Báo B``: a publication's board (``editorial_boards``) written
    right before the publication (``published_bodies``) is named with it."""
    lex = lexicon()

    def of_publication(board: NameMatch, body: NameMatch) -> bool:
        return board.name.lower() in lex["editorial_boards"] and body.head.lower() in lex["published_bodies"]

    return _join_with_next(text, offset, tokens, found, of_publication)


def _join_seats(text: str, offset: int, tokens: list[Token], found: list[NameMatch]) -> list[NameMatch]:
    """``Phân hiệu (của) Trường Đại học A tại tỉnh B``: a seat of a body elsewhere is named by the body (right after
    it or after ``của``) and by the place after ``tại``."""
    lex = lexicon()

    def seat_end(n: int, match: NameMatch) -> int | None:
        last = match.last
        # "Đảng bộ Khối Doanh nghiệp Trung ương tại Thành phố Hồ Chí Minh": central bodies of a region are named by it
        central = last >= 2 and (tokens[last - 2].low, tokens[last - 1].low) == lex["central_words"] and any(
            tokens[t].low in lex["bloc_words"] for t in range(match.first, last))
        if tuple(match.head.lower().split()) not in lex["seat_heads"] and not central:
            return None
        parent = match_phrase(tokens, last, lex["seat_parent_markers"]) if last < len(tokens) else None
        start = last + len(parent or ())
        body = next((m for m in found[n + 1:] if m.first == start and not m.administrative), None)
        if body is None and not is_capitalised(tokens[match.first]):
            return None  # a seat in lower case is one only of the body named after it: "phân hiệu Trường A"
        if body is not None:
            last = body.last
        marker = match_phrase(tokens, last, lex["seat_place_markers"]) if last < len(tokens) else None
        if marker:
            place = next((m for m in found[n + 1:] if m.first == last + len(marker) and m.administrative), None)
            end = place.last if place is not None else place_end(tokens, last + len(marker))
            last = end if end > last + len(marker) else last
        return last

    return _extended(text, offset, tokens, found, seat_end)


def _in_document_number(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` ends a document number such as ``12/QĐ-UBND`` or ``35/NQ-HĐND``."""
    return i >= 3 and tokens[i - 1].text in HYPHENS and tokens[i - 2].text.isupper() and tokens[i - 3].text == "/"


_FIELD_BEFORE_NUMBER = 5  # words of a field between a head and the number that names the body


def _ends_a_kind(tokens: list[Token], k: int) -> bool:
    """Whether the words of a body's kind end at ``k``: punctuation, a joiner, a place or a word that ends names
    follows, not more lower-case words of a longer description (``Trung tâm dạy nghề cho người khuyết tật``)."""
    if k >= len(tokens) or not is_word(tokens[k]) or is_capitalised(tokens[k]):
        return True
    lex = lexicon()
    head = head_at(tokens, k)
    return (head is not None and head[2]) or tokens[k].low in lex["pair_joiners"] or tokens[k].low in lex[
        "breakers_first"]


_MAX_SPELLED_WORDS = 16  # words of a name in lower case that the acronym in brackets after it spells out
_MIN_SPELLED_LETTERS = 4  # letters of the shortest acronym taken to spell a name out


def _spelled_by_acronym(tokens: list[Token], i: int, j: int) -> int | None:
    """End of a name whose words after the head ``tokens[i:j]`` are in lower case, where an acronym in brackets
    right after spells the initials of every word (``Trung tâm kỹ thuật bảo vệ rừng (TTKTBVR)``): the writer's own
    short name says where the name ends. None where no such acronym follows."""
    k = j
    while k < len(tokens) and k - i <= _MAX_SPELLED_WORDS and is_word(tokens[k]) and not is_capitalised(tokens[k]):
        k += 1
    if k == j or k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return None
    acronym = "".join(ch for ch in tokens[k + 1].text if ch.isalpha())
    if len(acronym) < _MIN_SPELLED_LETTERS or not acronym.isupper():
        return None
    words = [t.text for t in tokens[i:k]]
    initials = "".join(w[0] for w in words).upper()
    without_and = "".join(w[0] for w in words if w.lower() != lexicon()["and"]).upper()
    return k if acronym in {initials, without_and} else None


def _place_after(tokens: list[Token], end: int) -> int:
    """End of the place that follows a name's number or its kind inside the name (``Cấp cứu 115 Thành phố Hồ Chí
    Minh``, ``Cấp cứu 115 tỉnh A``, ``Trung tâm dạy nghề huyện B``): a unit of administration with its name, or
    capitalised words that open no other body; ``end`` itself where none follows."""
    if end >= len(tokens) or not is_word(tokens[end]):
        return end
    head = head_at(tokens, end)
    if head is not None:
        after = end + len(head[0])
        return place_end(tokens, after) if head[2] and place_end(tokens, after) > after else end
    return place_end(tokens, end) if is_capitalised(tokens[end]) else end


def _numbered_after_field(tokens: list[Token], j: int, end: int) -> bool:
    """Whether the description ``tokens[j:end]`` is a few words of a field, the last in lower case, and a body's
    number follows it (``Quân y 103``, ``bộ binh 324``)."""
    counted = end + 1 < len(tokens) and tokens[end + 1].low in lexicon()["measured_after_number"]  # "3 năm qua"
    return j < end <= j + _FIELD_BEFORE_NUMBER and is_word(tokens[end - 1]) and not is_capitalised(
        tokens[end - 1]) and not counted and _body_number(tokens, end)


def _dotted_day_month(text: str) -> bool:
    """``1.5``, ``19.5``: a day and a month written with a full stop, a day a body is named after (``Công ty Cao su
    1.5``); a thousands figure has three digits after its stop."""
    day, _, month = text.partition(".")
    return day.isdecimal() and month.isdecimal() and len(month) <= 2 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _body_number(tokens: list[Token], j: int) -> bool:
    """A short number right after a capitalised head that names the body (``Bệnh viện 108``), not a count.

    The number must end the phrase or be followed by a capitalised word, never by a unit noun or a word
    of a measure (``Trường 3 tầng``).
    """
    text = tokens[j].text if j < len(tokens) else ""
    if not ((text.isdecimal() and len(text) <= 3) or _dotted_day_month(text)):
        return False  # ("năm 2025": a year has four digits)
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and match_phrase(tokens, j + 1, lexicon()["counted_body_nouns"]) and not match_phrase(
            tokens, j + 1, lexicon()["verbs_like_counted_nouns"]):
        return False  # "Ban CHQS 76 cơ quan": so many bodies counted; not "Sư đoàn 5 tổ chức lại"
    return after is None or not is_word(after) or is_capitalised(after) or after.low in lexicon()["breakers_first"] or (
        _one_unit_after(tokens, j + 1))


def _one_unit_after(tokens: list[Token], k: int) -> bool:
    """``Thuế cơ sở 3 tỉnh Hà Lâm``: one named unit after the number, which is then the body's own, not a count of
    units (``3 tỉnh A, B và C`` lists them)."""
    head = head_at(tokens, k)
    if head is None or not head[2] or tokens[k].text[:1].isupper():
        return False
    end = place_end(tokens, k + len(head[0]))
    if end == k + len(head[0]):
        return False
    return end >= len(tokens) or not (tokens[end].text == "," or tokens[end].low in lexicon()["pair_joiners"])


def topic_end(tokens: list[Token], end: int) -> int:
    """End of a committee's topic after ``về`` (``topic_markers``), which belongs to its name.

    The topic runs over lower-case words, commas between them and hyphenated compounds, and stops at a
    verb or function word that follows a name in a sentence (``topic_stops``), a clause mark or a name.
    """
    lex = lexicon()
    marker = _topic_marker(tokens, end)
    if marker is None:
        return end
    j = marker + 1
    last = marker
    while j < len(tokens) and j - end <= lex["max_topic_words"]:
        tok = tokens[j]
        head = head_at(tokens, j)
        if head is not None and head[2] and place_end(tokens, j + len(head[0])) > j + len(head[0]):
            return place_end(tokens, j + len(head[0]))  # "... về phòng, chống tham nhũng tỉnh A": its place ends it
        # a lower-case head word is part of the topic, and so is a head that opens a compound ("Chính phủ điện tử")
        named = head is not None and is_capitalised(tok) and not match_phrase(tokens, j, lex["name_compounds"])
        if match_phrase(tokens, j, lex["topic_stops"]) or named or tok.text in {".", ";", ":", "(", ")"}:
            break
        if tok.text == "," and not (j + 1 < len(tokens) and tokens[j + 1].text.islower()):
            break
        if (is_word(tok) and tok.low != "và") or tok.text in HYPHENS:
            last = j  # "và" joins two words of the topic, never ends it ("về ma túy và Cục B")
        j += 1
    return last + 1 if last > end else end


_TOPIC_JOINERS = frozenset({",", "và", "-", "–"})


def _field_topic_end(tokens: list[Token], end: int) -> int:
    """End of the topics after ``về`` that a field ends in (``tội phạm về ma túy``, ``về tham nhũng, kinh tế, buôn
    lậu``), each one of ``field_topics``; else ``end``: a free topic cannot be told from the verb after it."""
    if not (end < len(tokens) and match_phrase(tokens, end, lexicon()["topic_markers"])):
        return end
    j, last = end + 1, end
    while (topic := match_phrase(tokens, j, lexicon()["field_topics"])) is not None:
        last = j = j + len(topic)
        if j + 1 < len(tokens) and tokens[j].low in _TOPIC_JOINERS:
            j += 1
    return last


def _topic_marker(tokens: list[Token], end: int) -> int | None:
    """Where ``về`` opens a committee's topic at ``end``, or after a few lower-case words of its kind that come
    first (``Ủy ban quốc gia về ...``, ``Hội đồng thẩm định về ...``); None where no topic follows."""
    lex = lexicon()
    for k in range(end, min(end + lex["max_topic_lead"] + 1, len(tokens))):
        if match_phrase(tokens, k, lex["topic_markers"]):
            return k
        tok = tokens[k]
        if not (is_word(tok) and tok.text.islower()) or match_phrase(tokens, k, lex["topic_stops"]):
            return None
    return None


def task_end(tokens: list[Token], end: int) -> int:
    """End of a committee's task written after its head, which belongs to its name.

    ``Ban Chỉ đạo triển khai sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 do ...``: the
    task runs over lower-case words (verbs included), commas and ``và`` between them, places and the years
    of its term, and stops at a word of the sentence's own (``task_stops``: ``do``, ``vừa được``, ``có``), at
    another body's head, or at punctuation that closes a clause.
    """
    lex = lexicon()
    j = end
    last = end - 1
    # "Ban Tiếp nhận việc sáp nhập Đài A": a task named as a noun takes the body it acts on into the name
    nominal = any(0 <= n < len(tokens) and tokens[n].low in lex["task_nominalisers"] for n in (end - 1, end))
    # "Ban vận động thành lập Hội A": a board that prepares a founding is named with the body it is to found
    nominal = nominal or ends_with(tokens, end, lex["founding_task_heads"])
    acted_on = False  # the body a task named as a noun acts on has been read into the name
    while j < len(tokens) and j - end < lex["max_task_words"]:
        tok = tokens[j]
        if match_phrase(tokens, j, lex["task_stops"]) or tok.text in {".", ";", ":", "(", ")", "“", "”", '"'}:
            break
        head = head_at(tokens, j)
        if head is not None and not head[2] and is_capitalised(tok) and not nominal:
            # "Ban Chỉ đạo và Tổ giúp việc": another body; "Ban Chỉ đạo triển khai thành lập Chi cục A": a task
            # that runs into a body's name is the sentence's own words, so none of it is kept
            return end if tokens[j - 1].low != lex["and"] else max(last + 1, end)
        acted_on = acted_on or (head is not None and is_capitalised(tok))
        if (tok.text == "," or tok.low == lex["and"]) and acted_on:
            break  # "Ban vận động thành lập Hội A, Ban vận động có ...": the body named, the sentence goes on
        if tok.text == "," or tok.low == lex["and"]:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if nxt is None or not is_word(nxt) or (is_capitalised(nxt) and head_at(tokens, j + 1) is None):
                break
            j += 1
            continue
        if is_word(tok) or tok.text.isdecimal() or (tok.text in HYPHENS and last == j - 1):
            last = j
        else:
            break
        j += 1
    return max(last + 1, end)


_OPENING_QUOTES = frozenset('"“‘«')
_CLOSING_QUOTES = frozenset('"”’»')
_NO_QUOTES = str.maketrans("", "", '"“”‘’«»')


def _quoted_place_end(tokens: list[Token], j: int) -> int | None:
    """End (after the closing quote) of a place's name in quotes at ``j``: ``xã "Minh Đức"``, ``phường “An Hòa”``."""
    if j >= len(tokens) or tokens[j].text not in _OPENING_QUOTES:
        return None
    end = place_end(tokens, j + 1)
    if end > j + 1 and end < len(tokens) and tokens[end].text in _CLOSING_QUOTES:
        return end + 1
    return None


def _match(text: str, offset: int, tokens: list[Token], first: int, last: int, kind: str,
           phrase: tuple[str, ...], administrative: bool, abbr: tuple[int, int] | None) -> NameMatch:
    if last < len(tokens) and tokens[last].text == "." and tokens[last].start == tokens[last - 1].end and (
            tokens[last - 1].low in abbreviated_firm_words()):
        last += 1  # "Công ty Facebook Inc.": the full stop is the word's, whether or not a sentence ends there
    start, end = tokens[first].start, tokens[last - 1].end
    abbreviation = text[abbr[0] - offset:abbr[1] - offset] if abbr else None
    return NameMatch(first, last, start, end, _name_text(text, offset, start, end, abbr), kind,
                     " ".join(phrase), administrative, False, abbreviation)


_PARALLEL_WORDS = 8  # words of a lower-case description closed by another body ("nghiệp vụ thể dục thể thao")


def _described_alongside(tokens: list[Token], found: list[NameMatch], i: int, j: int, end: int,
                         head: tuple[str, ...]) -> int | None:
    """Where the body headed at ``i`` ends when it is named by the lower-case words from ``j`` on because a body of
    the same head stands beside it: the next one after ``và`` or a comma, or the one just found before them (``... và
    Tổng công ty kim khí thuộc Bộ A``, closed by a word that ends any name); None where none does."""
    parallel = _parallel_end(tokens, j, end, head)
    if parallel is not None:
        return parallel
    lex = lexicon()
    before = found[-1] if found and found[-1].last == i - 1 and tokens[i - 1].low in {lex["and"], ","} else None
    if before is not None and len(found) > 1 and tuple(before.head.split()) != head and _placed_by(
            tokens, found[-2], before):
        before = found[-2]  # "Ban A thuộc Sở B và Ban C": the body of the same head before the one that placed it
    if before is None or tuple(before.head.split()) != head:
        return None
    stop = _lowercase_run_end(tokens, j)
    return stop if stop is not None and stop > j and _lowercase_words(tokens, j, stop) else None


def _lowercase_run_end(tokens: list[Token], j: int) -> int | None:
    """The first hard stop (:func:`_hard_stop`) from ``j`` on, within a description's lower-case words and past the
    compounds that hold a breaker (``công trình``); None where none comes soon enough."""
    k = j
    while k <= min(len(tokens), j + _PARALLEL_WORDS):
        compound = match_phrase(tokens, k, lexicon()["name_compounds"])  # "công trình": not "trình" alone
        if compound:
            k += len(compound)
            continue
        if _hard_stop(tokens, k):
            return k
        k += 1
    return None


def _placed_by(tokens: list[Token], body: NameMatch, place: NameMatch) -> bool:
    """Whether ``place`` follows ``body`` after a word that places it (``thuộc``, ``owner_placers``) only: the owner
    that places it."""
    return tuple(t.low for t in tokens[body.last:place.first]) in lexicon()["owner_placers"]


def _parallel_end(tokens: list[Token], j: int, end: int, head: tuple[str, ...]) -> int | None:
    """Where the lower-case words from ``j`` describing the body whose head ends at ``j`` end, because another body
    of the same head, capitalised, follows them after ``và`` or a comma (``Tổng công ty thép và Tổng công ty kim
    khí``, ``Ban quản lý dự án công trình xây dựng y tế và Ban quản lý dự án ...``): the two are named alike, and the
    description may run past the usual run of lower-case words up to the joiner. A body of another head after them
    may be the sentence going on (``Trường khai giảng và Trung tâm A ...``). None where no such body follows."""
    lex = lexicon()
    close = _lowercase_run_end(tokens, j)
    if close is None or close < end or not _lowercase_words(tokens, j, close):
        return None
    joiner = _past_owner(tokens, close)
    if joiner + 1 >= len(tokens) or tokens[joiner].low not in {lex["and"], ","}:
        return None
    nxt = head_at(tokens, joiner + 1)
    if nxt is None or nxt[2] or not is_capitalised(tokens[joiner + 1]):
        return None
    return close if tuple(w.lower() for w in nxt[0]) == head else None


def _past_owner(tokens: list[Token], k: int) -> int:
    """Index after ``thuộc`` (``owner_placers``) and the capitalised owner it names at ``k`` (``thuộc Sở Giáo dục - Đào
    tạo``), or ``k`` where no owner is placed there."""
    placer = match_phrase(tokens, k, lexicon()["owner_placers"])
    j = k + len(placer) if placer else k
    owner = head_at(tokens, j) if j < len(tokens) else None
    if j == k or owner is None or not is_capitalised(tokens[j]):
        return k
    return description_end(tokens, j + len(owner[0]), head=tuple(w.lower() for w in owner[0]))[0]


def _lowercase_words(tokens: list[Token], j: int, end: int) -> bool:
    """Whether tokens ``j`` to ``end`` are a few words, all in lower case (a description no capital closes)."""
    words = tokens[j:end]
    return 0 < len(words) <= _PARALLEL_WORDS and all(t.text.isalpha() and t.text.islower() for t in words)


def _hard_stop(tokens: list[Token], end: int) -> bool:
    """Whether the sentence ends at ``end`` or goes on with punctuation or a word that ends any name (``thuộc``,
    ``thành``), not with a word that may go on in a description (``xây dựng``)."""
    lex = lexicon()
    if end >= len(tokens) or not tokens[end].text[:1].isalnum():
        return True
    breaker = match_phrase(tokens, end, lex["breakers"])
    return bool(breaker) and breaker not in lex["soft_breakers"]
