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
from dataclasses import dataclass

from extractor.recognize.org_tokens import (
    HYPHENS,
    Token,
    brand_end,
    ends_place,
    glued_unit,
    head_at,
    head_prefilter,
    is_capitalised,
    is_word,
    levels,
    lexicon,
    match_phrase,
    tokenize,
)

__all__ = ["NameMatch", "Token", "description_end", "head_at", "is_capitalised", "levels", "match_phrase",
           "names_in", "place_end", "scan_names", "tokenize"]


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


def place_end(tokens: list[Token], j: int) -> int:
    """End of a place name starting at ``j``: capitalised words, hyphenated parts, a trailing number."""
    n = len(tokens)
    if j < n and tokens[j].text.isdigit():
        return j + 1
    k = j
    while k < n:
        # the first word of a place may look like a head: "xã Bản Công", "phường Đội Cấn"
        word = is_word(tokens[k]) and is_capitalised(tokens[k]) and (
            k == j or not _starts_new_name(tokens, k) or head_at(tokens, k)[1] == "village") and (
            k == j or not match_phrase(tokens, k, lexicon()["name_enders"]))  # "tỉnh A Quyết định ..."
        hyphen = tokens[k].text in HYPHENS and k > j and k + 1 < n and is_capitalised(tokens[k + 1])
        if word or hyphen:
            k += 1
        else:
            break
    if k > j and k < n and tokens[k].text.isdigit() and len(tokens[k].text) <= 2:
        k += 1
    return k


def _parenthesised_abbreviation(tokens: list[Token], j: int) -> int:
    """Index after ``( ABBR )`` at ``j`` (``(PT-TH)``, ``(UBKT)``), else ``j``."""
    k = j + 1
    while k < len(tokens) and (tokens[k].text.isupper() or tokens[k].text in HYPHENS):
        k += 1
    if tokens[j].text == "(" and k > j + 1 and k < len(tokens) and tokens[k].text == ")":
        return k + 1
    return j


def _parenthesised_owner(tokens: list[Token], j: int) -> int:
    """Index after ``(Đại học Huế)`` at ``j``: the body a unit belongs to, written as part of its name."""
    if j + 1 >= len(tokens) or not is_capitalised(tokens[j + 1]) or not head_at(tokens, j + 1):
        return 0
    for k in range(j + 2, min(len(tokens), j + 10)):
        if tokens[k].text == ")":
            return k + 1
        if not is_word(tokens[k]) and tokens[k].text not in HYPHENS:
            return 0
    return 0


def description_end(tokens: list[Token], j: int, counted: bool = False, government: bool = False,
                    low_run: int = 0, committee: bool = False) -> tuple[int, bool, tuple[int, int] | None]:
    """Parse the words after an organization head: (end index, has a capitalised word, abbreviation).

    After a counted head (``hai sở Du lịch, Thông tin``) a comma separates bodies, not fields of one.
    A council's name is its place: lower-case words after it are what the council does
    (``UBND tỉnh bãi bỏ ...``), while other bodies may run on in lower case to their place. A committee
    is named by its task (``Ban chỉ đạo triển khai``), so words of work do not end its name.
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
        if tok.text in HYPHENS:
            k += 1
            continue
        if tok.text == "(":
            after = _parenthesised_abbreviation(tokens, k)
            owner = _parenthesised_owner(tokens, k)
            if owner:
                k = end = owner
                break
            if after == k:
                break
            abbreviation = (k + 1, after - 1)
            if after < n and is_word(tokens[after]) and is_capitalised(tokens[after]):
                k = after
                continue
            break
        if tok.text == "," or tok.low == lex["and"]:
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is None or not is_word(nxt) or not has_cap:
                break
            nxt_head = head_at(tokens, k + 1)
            if nxt_head and tok.low == lex["and"] and nxt_head[1] == "government" and _government_before(tokens, k):
                k += 1 + len(nxt_head[0])
                end = k
                continue
            if tok.text == "," and not counted and _field_list_goes_on(tokens, j, k):
                k += 1
                continue
            if nxt_head or (tok.text == "," and is_capitalised(nxt)):
                break
            if not is_capitalised(nxt) and match_phrase(tokens, k + 1, lex["breakers"]):
                break
            plural = tok.low == lex["and"] and match_phrase(tokens, k + 1, lex["not_after_and"])
            # "Trường A, cơ sở vật chất ...": a lower-case word after a comma starts the sentence's own
            # words, unless it pairs with the word before ("Trung tâm Phòng, chống ...")
            paired_field = tok.text == "," and match_phrase(tokens, k + 1, lex["comma_pairs"])
            if not is_capitalised(nxt) and (plural or (tok.text == "," and not paired_field)):
                break
            k += 1
            continue
        if tok.low == lex["number_marker"] and k + 1 < n and tokens[k + 1].text.isdigit():
            k += 2
            end = k
            continue
        if tok.text.isdigit():
            prev = tokens[k - 1]
            following = tokens[k + 1] if k + 1 < n else None
            if is_capitalised(prev) and is_word(prev) and len(tok.text) <= 2 and (
                following is None or not is_word(following) or following.low in lex["pair_joiners"]
            ):
                k += 1
                end = k
            break
        if not is_word(tok):
            break
        if is_capitalised(tok):
            if match_phrase(tokens, k, lex["name_enders"]):
                break  # "trình Chính phủ Đề án ...": a document named after the body ends it
            found = head_at(tokens, k)
            after_hyphen = tokens[k - 1].text in HYPHENS
            if found and not found[2] and found[1] != "government" and has_cap and not after_hyphen:
                part_of_word = _in_person_name(tokens, k, found[0]) or ends_place(tokens, k, len(found[0]))
                after = k + len(found[0])
                # "Trường Cán bộ Thanh tra và ...": a head that is also a field of work, closing the name
                field = found[0] in lex["field_heads"] and not (
                    after < len(tokens) and is_word(tokens[after]) and is_capitalised(tokens[after]))
                if not part_of_word and not field and not _qualified_level(tokens, k, found):
                    break
                found = None
            has_cap = True
            low_run = 0
            if found and found[2] and place_end(tokens, k + len(found[0])) > k + len(found[0]):
                k = end = place_end(tokens, k + len(found[0]))  # "UBND TP. Đà Nẵng": a unit's place ends the name
                placed = True
                continue
            # a capitalised field of work is read whole, lower-case words and all ("Đổi mới sáng tạo")
            field_words = None if found else match_phrase(tokens, k, lex["fields"])
            k += len(found[0]) if found and not found[2] else len(field_words) if field_words else 1
            end = k
            continue
        inner = match_phrase(tokens, k, lex["inner"])
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
        compound = match_phrase(tokens, k, lex["name_compounds"])
        if compound and low_run + len(compound) <= lex["max_low"]:
            k = end = k + len(compound)  # "công trình": a word whose second syllable alone would end the name
            low_run += len(compound)
            continue
        breaker = match_phrase(tokens, k, lex["breakers"])
        if committee and breaker in lex["soft_breakers"]:
            k = end = k + len(breaker)
            low_run += len(breaker)
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
        if low_run > lex["max_low"]:
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
        if not is_word(tok) or is_capitalised(tok):
            return None
        inner = match_phrase(tokens, m, lex["inner"])
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
        breaker = match_phrase(tokens, m, lex["breakers"])
        if breaker and not (soft and breaker in lex["soft_breakers"]):
            return None
        if _starts_new_name(tokens, m):
            return None
        m += len(breaker) if breaker else 1
    return None


def _in_person_name(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """``Trường THPT Nguyễn Trường Tộ``: a head between two capitalised words is a syllable of a person's name."""
    lex = lexicon()
    if len(phrase) != 1 or phrase[0] not in lex["person_name_heads"] or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (is_word(before) and is_capitalised(before) and is_word(after) and is_capitalised(after)
            and not after.text.isupper() and head_at(tokens, k + 1) is None
            and match_phrase(tokens, k + 1, lex["levels"]) is None)


def _qualified_level(tokens: list[Token], k: int, found: tuple[tuple[str, ...], str, bool]) -> bool:
    """``Ủy ban Giáo dục Đại học A``: a school level right after a field of education qualifies it."""
    return found[1] == "school" and any(
        k - len(f) >= 0 and match_phrase(tokens, k - len(f), (f,)) for f in lexicon()["level_fields"])


def _is_count(token: Token) -> bool:
    """A numeral before a head: ``2 sở``, ``hai trường``."""
    return token.text.isdigit() or token.low in lexicon()["number_words"]


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
    """``Văn phòng HĐND và UBND huyện``: two councils joined inside one name."""
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
    return after < len(tokens) and (is_capitalised(tokens[after]) or level is not None)


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

    A sentence without any head word (one regex search) holds no name and is never tokenised.
    """
    if not head_prefilter().search(text):
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
    i = 0
    while i < len(tokens):
        glued = glued_unit(tokens[i])
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
            if end == j:
                i += 1
                continue
            match = _match(text, offset, tokens, i, end, kind, phrase, True, None)
            found.append(match)
            i = end
            continue
        counted = i > 0 and _is_count(tokens[i - 1]) and not is_capitalised(tokens[i])
        if counted and j < len(tokens) and is_capitalised(tokens[j]) and head_at(tokens, j):
            i = j  # "hai trường Cao đẳng Y tế A và B": "trường" is what is counted, the names start after it
            continue
        if kind == "school" and phrase not in lex["level_heads"]:
            level = match_phrase(tokens, j, lex["levels"])
            if level:
                j += len(level)
        paired = j + 1 < len(tokens) and tokens[j].low == lex["and"] and head_at(tokens, j + 1)
        if paired:
            j += 1 + len(paired[0])
        numbered = is_capitalised(tokens[i]) and not paired and _body_number(tokens, j)
        if numbered:
            j += 1  # "Bệnh viện 74 Trung ương", "Quân khu 7": a body known by its number
        # a committee head's own lower-case words ("Ban chỉ đạo") count towards the run of its description
        head_low = sum(not is_capitalised(t) for t in tokens[i + 1:j]) if phrase in lex["standalone"] else 0
        end, has_cap, abbr = description_end(tokens, j, counted, kind == "government", head_low, head_low > 0)
        capital_head = is_capitalised(tokens[i])
        # "Bệnh viện quận 11": a numbered unit closes a description as a capitalised place would
        has_cap = has_cap or numbered or any(is_capitalised(t) for t in tokens[j:end]) or (
            capital_head and end > j and tokens[end - 1].text.isdigit() and match_phrase(tokens, j, lex["inner"]))
        level_cap = any(is_capitalised(t) for t in tokens[i + 1:j])
        government = kind == "government" or phrase in lex["standalone"]
        level_cap = level_cap and capital_head
        if end > j and (has_cap or level_cap or government or (capital_head and tokens[j].text.isupper())):
            if phrase in lex["topic_heads"]:
                end = topic_end(tokens, end)  # "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"
            found.append(_match(text, offset, tokens, i, end, kind, phrase, False, abbr))
            i = end
            continue
        if j > i + len(phrase) and (level_cap or capital_head) and not paired:
            found.append(_match(text, offset, tokens, i, j, kind, phrase, False, None))
            i = j
            continue
        topic = topic_end(tokens, j) if capital_head and phrase in lex["topic_heads"] else j
        if topic > j:  # "Ban Chỉ đạo về phòng, chống tham nhũng": the topic is the description
            found.append(_match(text, offset, tokens, i, topic, kind, phrase, False, None))
            i = topic
            continue
        if capital_head:
            match = _match(text, offset, tokens, i, i + len(phrase), kind, phrase, False, None)
            found.append(NameMatch(**{**match.__dict__, "short": phrase not in lex["standalone"]}))
        i += len(phrase)
    return found


def _in_document_number(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` ends a document number such as ``12/QĐ-UBND`` or ``35/NQ-HĐND``."""
    return i >= 3 and tokens[i - 1].text in HYPHENS and tokens[i - 2].text.isupper() and tokens[i - 3].text == "/"


def _body_number(tokens: list[Token], j: int) -> bool:
    """A short number right after a capitalised head that names the body (``Bệnh viện 108``), not a count.

    The number must end the phrase or be followed by a capitalised word, never by a unit noun or a word
    of a measure (``Trường 3 tầng``).
    """
    if j >= len(tokens) or not tokens[j].text.isdigit() or len(tokens[j].text) > 3:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is None or not is_word(after) or is_capitalised(after) or after.low in lexicon()["breakers_first"]


def topic_end(tokens: list[Token], end: int) -> int:
    """End of a committee's topic after ``về`` (``topic_markers``), which belongs to its name.

    The topic runs over lower-case words, commas between them and hyphenated compounds, and stops at a
    verb or function word that follows a name in a sentence (``topic_stops``), a clause mark or a name.
    """
    lex = lexicon()
    if end >= len(tokens) or not match_phrase(tokens, end, lex["topic_markers"]):
        return end
    j = end + 1
    last = end
    while j < len(tokens) and j - end <= lex["max_topic_words"]:
        tok = tokens[j]
        head = head_at(tokens, j)
        if head is not None and head[2] and place_end(tokens, j + len(head[0])) > j + len(head[0]):
            return place_end(tokens, j + len(head[0]))  # "... về phòng, chống tham nhũng tỉnh A": its place ends it
        named = head is not None and is_capitalised(tok)  # a lower-case head word is part of the topic
        if match_phrase(tokens, j, lex["topic_stops"]) or named or tok.text in {".", ";", ":", "(", ")"}:
            break
        if tok.text == "," and not (j + 1 < len(tokens) and tokens[j + 1].text.islower()):
            break
        if is_word(tok) or tok.text in HYPHENS:
            last = j
        j += 1
    return last + 1 if last > end else end


def _match(text: str, offset: int, tokens: list[Token], first: int, last: int, kind: str,
           phrase: tuple[str, ...], administrative: bool, abbr: tuple[int, int] | None) -> NameMatch:
    start, end = tokens[first].start, tokens[last - 1].end
    abbreviation = text[abbr[0] - offset:abbr[1] - offset] if abbr else None
    return NameMatch(first, last, start, end, _name_text(text, offset, start, end, abbr), kind,
                     " ".join(phrase), administrative, False, abbreviation)
