"""The words of organization names: tokens at exact offsets, the head-noun lexicon and phrase lookup.

The grammar in :mod:`extractor.recognize.org_grammar` reads names over these tokens. Words come from
``lang/vi/org_heads.yaml``; phrase lists are indexed by their first word, because the grammar looks
them up at almost every token of every sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

import regex

from extractor.lang.vi import event_lexicon, load, province_names
from extractor.text.caseless import CaselessSearch

__all__ = ["HYPHENS", "Token", "brand_end", "ends_place", "glued_unit", "head_at", "is_capitalised",
           "is_word", "levels", "lexicon", "match_phrase", "may_hold_name", "phrase_before", "phrase_list",
           "tokenize"]

# "TP.HCM", "HIV/AIDS" and "GD&ĐT", "LĐ-TB&XH" (an ampersand between capitals) are one word each
# "tổ dân phố số 5a": a number with one letter after it is one word
# "10+2": a training programme's name (years of schooling plus years of training) is one word
# "Ea H’đinh", "Đạ P’loa": an apostrophe inside a syllable of a minority language's place name keeps it one word
_TOKEN = regex.compile(r"\d+\+\d+(?!\w)|\d+(?:[.,]\d+)*(?:[a-z](?!\w))?"
                       r"|\w+(?:(?:[./’']|(?<=\p{Lu})&(?=\p{Lu}))\w+)*|[^\w\s]")
HYPHENS = frozenset({"-", "–", "—"})


class Token:
    """One token of a sentence at exact offsets into the document text.

    A plain slotted class: every sentence with a head word builds one per word, so construction is
    kept to four attribute stores.
    """

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        # lower-cased once: the grammar compares it millions of times on a large batch
        self.low = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


@functools.lru_cache(maxsize=512)
def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words, numbers and punctuation marks of ``text``; ``TP.HCM`` and ``HIV/AIDS`` stay whole.

    Cached: the names of a sentence and then its events read the same tokens; nobody changes them. An ampersand
    between words reads as the word for "and" (``Thương binh & Xã hội``), as written it stays in the names.
    """
    tokens = [Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]
    if "&" in text:
        for token in tokens:
            if token.text == "&":
                token.low = lexicon()["and"]
    return tokens


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def phrase_list(words) -> tuple[tuple[str, ...], ...]:
    """A data file's word list as phrases of lower-case words, longest first, each once (for :func:`match_phrase`)."""
    return tuple(sorted({tuple(str(w).lower().split()) for w in words}, key=len, reverse=True))


@functools.cache
def lexicon() -> dict:
    """Heads, levels and word lists of ``org_heads.yaml`` as lower-case phrases (cached)."""
    data = load("org_heads")
    phrases = phrase_list

    heads: dict[tuple[str, ...], tuple[str, bool]] = {}
    for kind, words in data["administrative"].items():
        for phrase in phrases(words):
            heads[phrase] = (kind, True)
    for kind, words in data["organization"].items():
        for phrase in phrases(words):
            heads[phrase] = (kind, False)
    for phrase in phrases(data["school_level_heads"]):
        heads[phrase] = ("school", False)
    return {
        "heads": heads,
        "head_phrases": tuple(sorted(heads, key=len, reverse=True)),
        "not_heads": phrases(data["not_heads"]),
        "standalone": frozenset(phrases(data["standalone"])),
        "levels": phrases(data["school_levels"]),
        "level_heads": frozenset(phrases(data["school_level_heads"])),
        "breakers": phrases(data["name_breakers"]),
        "breakers_first": frozenset(w.lower().split()[0] for w in data["name_breakers"]),
        "inner": phrases(data["inner_heads"]),
        "max_low": int(data["max_lowercase_run"]),
        "max_low_named": int(data["max_lowercase_run_after_capital"]),
        "lowercase_heads": frozenset(phrases(data["lowercase_heads"])),
        "generic_after_lowercase_heads": phrases(data["generic_after_lowercase_heads"]),
        "not_after_and": phrases(data["not_after_and"]),
        "and_continuations": phrases(data["and_continuations"]),
        "paired_activities": phrases(data["paired_activities"]),
        "clubs_named_by_owner": frozenset(phrases(data["clubs_named_by_owner"])),
        "club_sports": phrases(data["club_sports"]),
        "fields": phrases(data["fields"]),
        "level_fields": phrases(data["level_fields"]),
        "comma_pairs": phrases(data["comma_pairs"]),
        "front_pairs": phrases(data["front_pairs"]),
        "front_names": phrases(data["front_names"]),
        "and": str(data["and"]).lower(),
        "school_word": str(data["school_word"]).lower(),
        "level_word": str(data["level_word"]).lower(),
        "number_marker": str(data["number_marker"]).lower(),
        "sector_marker": str(data["sector_marker"]).lower(),
        "pair_joiners": frozenset(w.lower() for w in data["pair_joiners"]),
        "village_not_after": frozenset(w.lower() for w in data["village_not_after"]),
        "village_after": frozenset(phrases(data["village_after"])),
        "brand_suffixes": tuple(w.lower() for w in data["brand_suffixes"]),
        "unit_abbreviations": dict(data["unit_abbreviations"]),
        "name_compounds": phrases(data["name_compounds"]),
        "named_by_their_body": frozenset(h.lower() for h in data["named_by_their_body"]),
        "owned_unit_markers": phrases(data["owned_unit_markers"]),
        "placing_markers": frozenset(phrases(data["placing_markers"])),
        "site_words": phrases(data["site_words"]),
        "legal_form_suffixes": phrases(data["legal_form_suffixes"]),
        "dash_captions": frozenset(w.lower() for w in data["dash_captions"]),
        "university_systems": frozenset(" ".join(w.lower().split()) for w in data["university_systems"]),
        "university_member_kinds": frozenset(data["university_member_kinds"]),
        "owned_units_not_joined": frozenset(h.lower() for h in data["owned_units_not_joined"]),
        "owned_units_not_after": frozenset(h.lower() for h in data["owned_units_not_after"]),
        "long_fields": phrases(data["long_fields"]),
        "seated_levels": phrases(data["seated_levels"]),
        "force_heads": frozenset(phrases(data["force_heads"])),
        "force_unit_heads": frozenset(phrases(data["force_unit_heads"])),
        "national_forces": phrases(data["national_forces"]),
        "ministry_unit_heads": frozenset(phrases(data["ministry_unit_heads"])),
        "name_tails": phrases(data["name_tails"]),
        "media_fields": frozenset(w.lower() for w in data["media_fields"]),
        "branch_heads": frozenset(phrases(data["branch_heads"])),
        "unshared_heads": frozenset(phrases(data["unshared_heads"])),
        "seat_heads": frozenset(phrases(data["seat_heads"])),
        "seat_parent_markers": phrases(data["seat_parent_markers"]),
        "owner_placers": phrases(data["owner_placers"]),
        "seat_place_markers": phrases(data["seat_place_markers"]),
        "task_nominalisers": frozenset(w.lower() for w in data["task_nominalisers"]),
        "task_heads": frozenset(data["task_heads"]),  # as written: "Ban Chỉ đạo", not "Ban chỉ đạo"
        "founding_task_heads": phrases(data["founding_task_heads"]),
        "task_stops": phrases(data["task_stops"]),
        "max_task_words": int(data["max_task_words"]),
        "measured_after_number": frozenset(w.lower() for w in data["measured_after_number"]),
        "counted_body_nouns": phrases(data["counted_body_nouns"]),
        "verbs_like_counted_nouns": phrases(data["verbs_like_counted_nouns"]),
        "federation_words": frozenset(w.lower() for w in data["federation_words"]),
        "federation_plurals": frozenset(w.lower() for w in data["federation_plurals"]),
        "lowercase_kinds": phrases(data["lowercase_kinds"]),
        "editorial_boards": frozenset(w.lower() for w in data["editorial_boards"]),
        "published_bodies": frozenset(w.lower() for w in data["published_bodies"]),
        "year_markers": frozenset(w.lower() for w in data["year_markers"]),
        "dateline_openers": frozenset(w.lower() for w in data["dateline_openers"]),
        "owner_asides": phrases(data["owner_asides"]),
        "place_compounds": phrases(data["place_compounds"]),
        # person titles end a name as document words do: "tổng cục Thiếu tướng A"
        "name_enders": phrases([*data["name_enders"], *data["person_titles"]]),
        "person_titles": phrases(data["person_titles"]),
        "topic_heads": frozenset(phrases(data["topic_heads"])),
        "topic_fields": tuple(phrases(data["topic_fields"])),
        "field_topics": phrases(data["field_topics"]),
        "field_heads": frozenset(phrases(data["field_heads"])),
        "opening_only_heads": frozenset(phrases(data["opening_only_heads"])),
        "not_units": phrases(data["not_units"]),
        "rank_words": frozenset(w.lower() for w in data["rank_words"]),
        "top_ranks": phrases(data["top_ranks"]),
        "lowercase_only_heads": frozenset(w.lower() for w in data["lowercase_only_heads"]),
        "level_suffixes": phrases(data["level_suffixes"]),
        "numbered_words": frozenset(w.lower() for w in data["numbered_words"]),
        "numbered_lowercase_heads": frozenset(phrases(data["numbered_lowercase_heads"])),
        "topic_markers": phrases(data["topic_markers"]),
        "topic_stops": phrases(data["topic_stops"]),
        "max_topic_words": int(data["max_topic_words"]),
        "max_topic_lead": int(data["max_topic_lead"]),
        "lowercase_not_after": {head.lower(): frozenset(w.lower() for w in before)
                                for head, before in data["lowercase_heads_not_after"].items()},
        "lowercase_after": {head.lower(): frozenset(tuple(w.lower().split()) for w in after)
                            for head, after in data["lowercase_heads_after"].items()},
        "soft_breakers": frozenset(phrases(data["soft_breakers"])),
        "max_reach": int(data["max_reach_to_place"]),
        "person_name_heads": frozenset(w.lower() for w in data["person_name_heads"]),
        "place_syllable_heads": frozenset(w.lower() for w in data["place_syllable_heads"]),
        "central_words": tuple(data["central_words"].lower().split()),
        "new_unit_words": frozenset(w.lower() for w in data["new_unit_words"]),
        "bloc_words": frozenset(w.lower() for w in data["bloc_words"]),
        "number_words": frozenset(w.lower() for w in event_lexicon()["number_words"]),
        # first words of heads: most tokens of a sentence start none, and are dismissed by one set lookup
        "head_first": frozenset(phrase[0] for phrase in heads),
    }


def may_hold_name(text: str) -> bool:
    """False when ``text`` holds no head word, brand suffix or glued unit head, and so no organization name."""
    words, glued = _prefilters()
    return words(text) or glued.search(text) is not None


@functools.cache
def _prefilters() -> tuple[CaselessSearch, regex.Pattern]:
    """Every head word and brand suffix, case aside (searched fast: :mod:`extractor.text.caseless`), and
    the unit heads written onto a name, in capitals."""
    lex = lexicon()
    phrases = sorted({r"\s+".join(map(regex.escape, p)) for p in lex["heads"]}, key=len, reverse=True)
    brands = "|".join(regex.escape(w) for w in lex["brand_suffixes"])
    glued = "|".join(regex.escape(w) for w in lex["unit_abbreviations"])
    words = regex.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)|\w(?:" + brands + r")(?!\w)|\s(?:" + brands
                          + r")(?!\w)", regex.IGNORECASE)
    return CaselessSearch(words), regex.compile(r"(?<!\w)(?:" + glued + r")\.\w")


_SCAN_LIMIT = 8
_BRAND_WORDS = 4  # at most three words of a brand before its suffix: "Dong A Bank", "Viet Capital Bank"
# Phrase lists indexed by their first word, keyed by the identity of the (long-lived, cached) list.
_FIRST_WORD_INDEX: dict[int, tuple[Collection, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _by_first_word(candidates: Collection[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    entry = _FIRST_WORD_INDEX.get(id(candidates))
    if entry is None or entry[0] is not candidates:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(candidates, key=len, reverse=True):
            index.setdefault(phrase[0], []).append(phrase)
        entry = (candidates, {word: tuple(phrases) for word, phrases in index.items()})
        if len(_FIRST_WORD_INDEX) > 1024:
            _FIRST_WORD_INDEX.clear()
        _FIRST_WORD_INDEX[id(candidates)] = entry
    return entry[1]


def phrase_before(tokens: list[Token], i: int, candidates) -> tuple[str, ...] | None:
    """The first phrase of ``candidates`` (lower-case word tuples, longest first from :func:`phrase_list`) that ends
    right before token ``i``; the reverse of :func:`match_phrase`."""
    for phrase in candidates:
        start = i - len(phrase)
        if start >= 0 and tuple(t.low for t in tokens[start:i]) == phrase:
            return phrase
    return None


def match_phrase(tokens: list[Token], i: int, candidates) -> tuple[str, ...] | None:
    """The longest phrase of ``candidates`` (tuples of lower-case words) starting at token ``i``.

    Called at almost every token of every sentence: the first word is compared before anything else,
    and the other words one by one, without building a tuple of the sentence's words.
    """
    size = len(tokens)
    if i >= size:
        return None
    first = tokens[i].low
    if len(candidates) <= _SCAN_LIMIT:
        # a handful of phrases (often a throw-away tuple): scanning beats indexing
        phrases = sorted(candidates, key=len, reverse=True) if not isinstance(candidates, tuple) else candidates
    else:
        entry = _FIRST_WORD_INDEX.get(id(candidates))
        index = entry[1] if entry is not None and entry[0] is candidates else _by_first_word(candidates)
        phrases = index.get(first, ())
    for phrase in phrases:
        if phrase[0] != first:
            continue
        length = len(phrase)
        if length == 1:
            return phrase
        if i + length <= size:
            for k in range(1, length):
                if tokens[i + k].low != phrase[k]:
                    break
            else:
                return phrase
    return None


def brand_end(tokens: list[Token], i: int) -> int | None:
    """End of a brand name without a head noun at token ``i``: ``Sacombank``, ``HDBank``, ``Southern Bank``.

    A capitalised word ending in a brand suffix (``brand_suffixes``), or an unaccented capitalised word
    followed by the suffix as a word of its own. Vietnamese words carry no such endings, so the names are safe.
    """
    suffixes = lexicon()["brand_suffixes"]
    word = tokens[i].text
    if not word[:1].isupper() or not word.isalpha():
        return None
    if any(word.lower().endswith(x) and len(word) > len(x) + 1 for x in suffixes):
        return i + 1
    # "Southern Bank", "Dong A Bank": a run of unaccented capitalised words before the suffix as a word
    j = i
    while j < len(tokens) and j - i < _BRAND_WORDS and tokens[j].text.isascii() and tokens[j].text.isalpha() and (
            tokens[j].text[:1].isupper()):
        if j > i and tokens[j].low in suffixes:
            return j + 1
        j += 1
    return None


def glued_unit(token: Token) -> tuple[str, str] | None:
    """``TP.Huế``, ``Q.Thủ``, ``P.7``: an abbreviated unit head written onto its name, as (head, kind).

    The abbreviations are those of ``unit_abbreviations``, in capitals; what follows the full stop must
    start with a capital letter or a digit, so that words like "v.v" are not read.
    """
    head, dot, rest = token.text.partition(".")
    if not dot or not rest or not (rest[0].isupper() or rest[0].isdecimal()):
        return None
    kind = lexicon()["unit_abbreviations"].get(head)
    return (head, kind) if kind else None


def levels() -> tuple[tuple[str, ...], ...]:
    """School levels as phrases of lower-case words, longest first."""
    return lexicon()["levels"]


_ROMAN = frozenset({"i", "ii", "iii", "iv", "v"})


def _ranked(tokens: list[Token], j: int, lex: dict) -> bool:
    """Whether a rank (``loại II``, ``hạng I``, ``hạng đặc biệt``) is all that follows a head ending before ``j``."""
    if j + 1 >= len(tokens) or tokens[j].low not in lex["rank_words"]:
        return False
    after = tokens[j + 1]
    if match_phrase(tokens, j + 1, lex["top_ranks"]):
        return True
    return after.low in _ROMAN or (after.text.isdecimal() and len(after.text) == 1)


def head_at(tokens: list[Token], i: int) -> tuple[tuple[str, ...], str, bool] | None:
    """The head noun starting at token ``i``: (phrase, kind, administrative), or None."""
    lex = lexicon()
    if i >= len(tokens) or tokens[i].low not in lex["head_first"]:
        return None
    if match_phrase(tokens, i, lex["not_units"]):
        return None  # "châu Âu": a continent, though "châu" heads the districts of old
    if tokens[i].low in lex["lowercase_only_heads"] and not tokens[i].text.islower():
        return None  # "Châu Đốc", "Châu Văn Liêm": capitalised, the first syllable of a place or a person
    blocked = match_phrase(tokens, i, lex["not_heads"])
    unit = lex["heads"].get((tokens[i].low,), (None, False))[1]
    if blocked and not (unit and len(blocked) > 1 and is_capitalised(tokens[i + 1])):
        return None  # "xã hội" is society, "xã Hội An" a commune
    phrase = match_phrase(tokens, i, lex["head_phrases"])
    if phrase is None:
        return None
    kind, administrative = lex["heads"][phrase]
    if _ranked(tokens, i + len(phrase), lex):
        return None  # "Cục loại II", "bệnh viện hạng I": a class of body, no name
    if kind == "village" and i > 0 and tokens[i - 1].low in lex["village_not_after"] and not (
            i > 1 and (tokens[i - 2].low, tokens[i - 1].low) in lex["village_after"]):
        return None  # "văn bản", "Nhật Bản"; but "toàn bộ thôn A" is the whole of it
    low = tokens[i].low
    if i > 0 and tokens[i].text.islower() and tokens[i - 1].low in lex["lowercase_not_after"].get(low, ()) and not (
            i > 1 and (tokens[i - 2].low, tokens[i - 1].low) in lex["lowercase_after"].get(low, ())):
        return None  # "cơ sở", "thị trường": the head word is the end of another word
    if phrase in lex["level_heads"] and not tokens[i].text.isupper() and not (
            len(phrase) > 1 and is_capitalised(tokens[i]) and i + len(phrase) < len(tokens)
            and is_capitalised(tokens[i + len(phrase)]) and not (i > 0 and (
                is_capitalised(tokens[i - 1]) or tokens[i - 1].low in {",", "và"}
                or (tokens[i - 1].low,) in lex["heads"]))):
        # an abbreviation in capitals, or a level written out before a capitalised place ("Tiểu học A"); after "và" or a
        # comma the level shares the head of the school before it ("Trường Tiểu học A và Tiểu học B"), and after a
        # head in lower case it is that head's ("2 trường Mầm non A và B")
        return None
    numbered = phrase in lex["numbered_lowercase_heads"] and i + len(phrase) < len(tokens) and (
        tokens[i + len(phrase)].text.isdecimal())  # "chi bộ 6": a cell known by its number
    if not administrative and not is_capitalised(tokens[i]):
        # a lower-case head longer than the head it starts with: "hạt kiểm lâm A" (while "hạt" alone is a seed),
        # "các trạm y tế A và B"
        longer = match_phrase(tokens, i, lex["lowercase_heads"])
        if longer is not None and len(longer) > len(phrase):
            return longer, kind, administrative
        if phrase not in lex["lowercase_heads"] and not numbered:
            return None
        j = i + len(phrase)
        bare = match_phrase(tokens, j, lex["generic_after_lowercase_heads"]) if j < len(tokens) else None
        after = j + len(bare) if bare else j
        if bare and (after >= len(tokens) or not (is_capitalised(tokens[after]) or match_phrase(
                tokens, after, lex["inner"]))):
            return None  # "chi bộ Đảng", "chi bộ Công ty": the cell of a body told of ("chi bộ Công an xã A" is named)
    return phrase, kind, administrative


@functools.cache
def _place_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(str(name).lower().split()) for name in province_names())


def ends_place(tokens: list[Token], k: int, size: int) -> bool:
    """Whether the ``size`` tokens from ``k`` close a province written with the words before them.

    ``Đại học Y Dược Hải Phòng``: "Phòng" heads departments, but after "Hải" it ends the city's name.
    """
    places = _place_words()
    return any(k - before >= 0 and tuple(t.low for t in tokens[k - before:k + size]) in places
               for before in (1, 2, 3))
