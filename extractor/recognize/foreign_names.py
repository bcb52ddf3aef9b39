"""Foreign firms named with no head noun: ``Toshiba``, ``Credit Suisse``, ``T-Mobile US Inc``.

Vietnamese business news writes a foreign company by its own name alone. Its words are Latin words that
are no Vietnamese syllable (``Suisse``, ``Mobile``; ``Kia`` or ``Long`` could be Vietnamese, ``Việt`` is),
with capitals, acronyms and joining words (``of``, ``&``, a hyphen) among them. Such words also name
people, places and products, so a run of them is a firm only where ``lang/vi/foreign_names.yaml`` says the
words around it make it one: a company word inside it (``Corp``, ``Airlines``), a lower-case word for a
firm before it (``hãng bia``, ``nhà mạng``), a verb of restructuring right before it, a few words after
it (``sáp nhập``, ``thành lập``) or fronted with its date (``Ra đời năm 1994, A``), or a firm it is paired
with (``A và B``, ``tách A ra khỏi B``); and no word for a person or a thing before it (``ông``,
``đạo luật``), nor for a place (``tại``) unless a company word is inside it, nor ``của``, which makes it
the owner of what a verb after it is told of.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import load
from extractor.recognize.org_tokens import Token, match_phrase, phrase_before, phrase_list
from extractor.text.caseless import CaselessSearch
from extractor.text.glue import is_syllable, is_vietnamese

__all__ = ["abbreviated_firm_words", "foreign_name_end", "may_name_foreign_firm"]

_LONGEST_RUN = 6  # tokens of the longest firm's name looked back for before a joining word


@functools.cache
def _lexicon() -> dict:
    data = load("foreign_names")
    phrases = phrase_list

    return {
        "corporate": frozenset(w.lower() for w in data["corporate_words"] if " " not in w),
        "corporate_phrases": phrases(data["corporate_words"]),
        "abbreviated": frozenset(w.lower() for w in data["abbreviated_corporate_words"]),
        "firm_words": phrases(data["firm_words"]),
        "verbs": phrases(data["firm_verbs"]),
        "fillers": phrases(data["words_before_verb"]),
        "joiners": phrases(data["joiners"]),
        "objects": phrases(data["words_before_object"]),
        "reach": int(data["max_words_before_verb"]),
        "person": phrases(data["person_before"]),
        "thing": phrases(data["thing_before"]),
        "place": phrases(data["place_before"]),
        "local": phrases(data["local_suffixes"]),
        "owner": phrases(data["owner_before"]),
        "date_words": frozenset(w.lower() for w in data["date_words"]),
        "inner": frozenset(str(w).lower() for w in data["inner_words"]),
    }


def abbreviated_firm_words() -> frozenset[str]:
    """Company words written with a full stop that is part of them (``Co.``, ``Inc.``), lower-cased."""
    return _lexicon()["abbreviated"]


def may_name_foreign_firm(text: str) -> bool:
    """Whether ``text`` has a word that could make foreign words a firm (the prefilter of a sentence)."""
    return _prefilter()(text)


@functools.cache
def _prefilter() -> CaselessSearch:
    lex = _lexicon()
    phrases = sorted({r"\s+".join(map(regex.escape, p)) for p in (*lex["verbs"], *lex["corporate_phrases"],
                                                                 *lex["firm_words"])}, key=len, reverse=True)
    return CaselessSearch(regex.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)", regex.IGNORECASE))


def _latin(token: Token) -> bool:
    return token.text.isalpha() and not is_vietnamese(token.text)


def _foreign_word(token: Token) -> bool:
    """A capitalised Latin word that is no Vietnamese syllable: ``Toshiba``, ``Suisse``, ``Inc``; not capitals
    alone, which are as often a Vietnamese body's initials (``UBND``, ``HTX``)."""
    return _latin(token) and token.text[:1].isupper() and not token.text.isupper() and not is_syllable(token.text)


def _acronym(token: Token) -> bool:
    """Capitals only (``UBS``, ``X``, ``AT&T``, ``U.S``): a firm's initials, or a Vietnamese body's, so a firm alone
    only with an ampersand or joined to a firm (:func:`_run_end`)."""
    text = token.text.replace("&", "").replace(".", "")
    return text.isascii() and text.isalpha() and text.isupper()


def _run_end(tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """Where the run of foreign words from ``i`` ends, and whether a company word is inside it; None where the run
    holds no foreign word (initials alone, company words alone)."""
    lex = _lexicon()
    if not (_foreign_word(tokens[i]) or _acronym(tokens[i])):
        return None
    j, end, foreign, corporate = i, i, False, False
    if len(tokens[i].text) == 1 and not (i + 1 < len(tokens) and (_foreign_word(tokens[i + 1]) or (
            tokens[i + 1].text in lex["inner"] and tokens[i + 1].start == tokens[i].end))):
        return None  # a letter opens a firm's name only before a foreign word or a hyphen: "X Corp", "T-Mobile"
    while j < len(tokens):
        token = tokens[j]
        if (token.low in lex["inner"] or token.text in lex["inner"]) and j > i and j + 1 < len(tokens) and (
                _foreign_word(tokens[j + 1]) or _acronym(tokens[j + 1])):
            j += 1  # "Board of Trade", "Johnson & Johnson", "T-Mobile"
            continue
        if token.text == "." and j > i and "." in tokens[j - 1].text and tokens[j - 1].end == token.start and (
                j + 1 < len(tokens) and _foreign_word(tokens[j + 1])):
            j += 1  # "U.S. News": the full stop of dotted initials
            continue
        if _foreign_word(token) or _acronym(token) or (j > i and token.low in lex["corporate"]):
            foreign = foreign or _foreign_word(token)
            corporate = corporate or token.low in lex["corporate"]
            j += 1
            end = j
            if token.low in lex["abbreviated"] and j < len(tokens) and tokens[j].text == "." and (
                    tokens[j].start == token.end):
                end = j + 1  # "Device Co.": the full stop is the word's
                break
            continue
        break
    end = _past_vietnamese_words(tokens, end)
    if end == i or not (foreign or (end == i + 1 and "&" in tokens[i].text) or (
            len(tokens[i].text) > 1 and _joined_to_firm(tokens, i))):
        # "AT&T" is a firm's, so is "B" in "tách A ra khỏi B"; "UBS", "CDC" alone may be anybody's initials
        return None
    if all(t.low in lex["corporate"] or t.low in lex["inner"] or t.text == "." for t in tokens[i:end]):
        return None  # "Group", "Bank" alone name no firm
    local = match_phrase(tokens, end, lex["local"])
    if local and is_vietnamese(" ".join(local)) and tokens[end].text[:1].isupper():
        end += len(local)  # "Holcim Việt Nam"
    return end, corporate


def _past_vietnamese_words(tokens: list[Token], end: int) -> int:
    """``end``, or past the capitalised Vietnamese words after it when a foreign word closes them: "Sunrise Hòa Vân
    Club" is one name; "Toshiba Nhật Bản" ends at "Toshiba"."""
    k, last = end, end
    while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k += 1
        if _foreign_word(tokens[k - 1]):
            last = k
    return last


def _verb_after(tokens: list[Token], end: int) -> bool:
    """A verb of restructuring a few words after ``end``, past other firms joined to this one and the
    adverbs and dates that stand before a verb: "A và B mới đây đã chính thức chấp thuận sáp nhập"."""
    lex = _lexicon()
    j, read = end, 0
    while j < len(tokens) and read <= lex["reach"]:
        if match_phrase(tokens, j, lex["verbs"]):
            return True
        step = match_phrase(tokens, j, lex["fillers"]) or match_phrase(tokens, j, lex["joiners"])
        if step:
            j += len(step)
        elif tokens[j].text.isdecimal() or tokens[j].text == "/":
            j += 1
        else:
            other = _run_end(tokens, j)
            if other is None:
                return False
            j = other[0]
        read += 1
    return False


def foreign_name_end(tokens: list[Token], i: int) -> int | None:
    """End of a foreign firm's name that starts at token ``i``, or None (no such name, or nothing says it is a firm).

    >>> from extractor.recognize.org_tokens import tokenize
    >>> tokens = tokenize("Credit Suisse sáp nhập vào UBS")
    >>> " ".join(t.text for t in tokens[:foreign_name_end(tokens, 0)])
    'Credit Suisse'
    """
    lex = _lexicon()
    if _inside_run(tokens, i):
        return None  # inside a longer run of foreign words, which starts the name if anything does
    run = _run_end(tokens, i)
    if run is None:
        return None
    end, corporate = run
    first = _list_start(tokens, i)  # "tại Tokyo, Osaka và Nagoya": what stands before a list is said of all of it
    if phrase_before(tokens, first, lex["person"]) or phrase_before(tokens, first, lex["thing"]):
        return None  # "ông Elon Musk", "Đạo luật Bayh-Dole": a person, or a thing with a name of its own
    if corporate:
        return end  # "tại Vantorra Corp": a company word makes it a firm wherever it is
    if phrase_before(tokens, first, lex["place"]):
        return None
    if phrase_before(tokens, i, lex["firm_words"]) or _after_verb(tokens, i) or _after_fronted_founding(tokens, i):
        return end
    if _joined_to_firm(tokens, i):
        return end
    if phrase_before(tokens, first, lex["owner"]):
        return None  # "bảng xếp hạng của A ra đời": the owner of what the verb is told of, not its subject
    return end if _verb_after(tokens, end) else None


def _list_start(tokens: list[Token], i: int) -> int:
    """The first token of a list of runs of foreign words joined to the one at ``i`` by commas or "và"."""
    lex = _lexicon()
    first = i
    while True:
        joined = phrase_before(tokens, first, lex["joiners"])
        earlier = _run_ending(tokens, first - len(joined)) if joined else None
        if earlier is None:
            return first
        first = earlier


def _run_ending(tokens: list[Token], end: int) -> int | None:
    """The start of a run of foreign words that ends right before token ``end``, if one does."""
    for start in range(max(0, end - _LONGEST_RUN), end):
        if start > 0 and _inside_run(tokens, start):
            continue
        run = _run_end(tokens, start)
        if run is not None and run[0] == end:
            return start
    return None


def _inside_run(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` goes on a run of foreign words: after one, or after one and a joining word or a full stop
    ("Kestrel-Marlow", "U.S. News")."""
    lex = _lexicon()
    before = i - 1
    if before > 0 and (tokens[before].text in lex["inner"] or tokens[before].text == ".") and (
            tokens[before].end == tokens[before + 1].start or tokens[before].start == tokens[before - 1].end):
        before -= 1
    return before >= 0 and (_foreign_word(tokens[before]) or _acronym(tokens[before]))


def _joined_to_firm(tokens: list[Token], i: int) -> bool:
    """The second firm of a pair whose first is one: "sáp nhập A và B", "tách A ra khỏi B"."""
    lex = _lexicon()
    joined = phrase_before(tokens, i, lex["joiners"]) or phrase_before(tokens, i, lex["objects"])
    return bool(joined) and _firm_before(tokens, i - len(joined))


def _after_fronted_founding(tokens: list[Token], i: int) -> bool:
    """A verb and its date told before the firm and a comma: "Được thành lập năm 1995, A", "Ra đời năm 1994, A"."""
    lex = _lexicon()
    j = i - 1
    if j < 1 or tokens[j].text != ",":
        return False
    while j > 0 and (tokens[j - 1].text.isdecimal() or tokens[j - 1].text in {"/", "-"} or (
            tokens[j - 1].low in lex["date_words"])):
        j -= 1
    return j < i - 1 and phrase_before(tokens, j, lex["verbs"]) is not None


def _after_verb(tokens: list[Token], i: int) -> bool:
    """A verb of restructuring right before token ``i``, or before a word that takes its object: "sáp nhập A",
    "hợp nhất với A", "tách khỏi A", "đổi tên thành A"."""
    lex = _lexicon()
    if phrase_before(tokens, i, lex["verbs"]):
        return True
    linked = phrase_before(tokens, i, lex["objects"])
    return bool(linked) and phrase_before(tokens, i - len(linked), lex["verbs"]) is not None


def _firm_before(tokens: list[Token], end: int) -> bool:
    """Whether a foreign firm's name, itself read as one, ends right before token ``end``."""
    start = _run_ending(tokens, end)
    if start is None:
        return False
    lex = _lexicon()
    corporate = _run_end(tokens, start)[1]
    return corporate or bool(phrase_before(tokens, start, lex["firm_words"]) or phrase_before(
        tokens, start, lex["verbs"]))
