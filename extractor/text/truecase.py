"""Lines written all in capitals put back into the case of running text, letter for letter.

Decrees, portals and headlines often shout: ``THÀNH LẬP PHƯỜNG TÂN THÀNH THUỘC THỊ XÃ ĐÔNG SƠN``. The name
grammar ends a name where its capitals end, so in such a line every name runs on to the end of the line. Each
word of a shouted line is given the case that running text would give it: first the case the article itself
writes the word in after the same word (its bigram), then the case it writes the word in anywhere but at the
start of a sentence, and where the article is silent the word lists of ``lang/vi/casing.yaml``: function words,
common words and trigger words in lower case, the word after an administrative head (a place name) and every
other word with a capital, abbreviations (words no Vietnamese syllable spells: ``UBND``, ``THPT``) as written.

Only the case changes and every letter keeps its length, so offsets into the text stay right.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from extractor.lang.vi import event_lexicon, load
from extractor.text.glue import is_syllable

__all__ = ["CaseEvidence", "is_shouted", "is_syllable", "recase_line", "recase_shouted_lines"]

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_LETTER = regex.compile(r"\p{L}")
_LOWER = regex.compile(r"\p{Ll}")
# A shouted line: at least this many words, and this share of its letters in capitals.
_MIN_WORDS = 3
_MIN_UPPER_SHARE = 0.9
# What opens a sentence before a word, so that its capital says nothing about the word.
_SENTENCE_OPENERS = frozenset(".!?:;…\"“'‘([•-–—*+>")


def is_shouted(line: str) -> bool:
    """A line of at least three words whose letters are nearly all capitals."""
    if len(_LOWER.findall(line)) > (1 - _MIN_UPPER_SHARE) * len(line):
        return False  # more small letters than the whole line allows: most lines of text, told without counting
    letters = _LETTER.findall(line)
    if len(line.split()) < _MIN_WORDS or not letters:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= _MIN_UPPER_SHARE


@functools.cache
def _lists() -> dict[str, frozenset[tuple[str, ...]] | frozenset[str]]:
    data = load("casing")
    heads = load("org_heads")

    def phrases(words) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(w.lower().split()) for w in words if _WORD.fullmatch(w.replace(" ", "")))

    triggers = [w for words in event_lexicon()["events"].values() for w in words]
    admin = [w for words in heads["administrative"].values() for w in words]
    digits = load("numbers")["digits"]
    markers = frozenset(w.lower() for w in data["markers_before_names"])
    return {
        "never": phrases(data["never_in_names"]),
        "common": phrases([*data["common_words"], *digits, *(w for w in triggers if w.lower() not in markers)]),
        "admin": phrases(admin),
        "markers": markers,
        "new_words": frozenset(w.lower() for w in data["new_after_heads"]),
        "numbers": frozenset(digits),
        "heads": frozenset(w.split()[0].lower() for group in heads["organization"].values() for w in group) | {
            p[0] for p in phrases(admin)},
    }


class CaseEvidence:
    """How the article's running text writes each word: in lower case or with a capital, alone and after a word."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.words: dict[str, list[int]] = {}
        self.pairs: dict[tuple[str, str], list[int]] = {}
        for line in lines:
            if is_shouted(line):
                continue
            previous: tuple[str, int] | None = None
            for match in _WORD.finditer(line):
                word = match.group()
                before = line[:match.start()].rstrip()
                low = word.lower()
                opens = not before or before[-1] in _SENTENCE_OPENERS
                if not opens and not (len(word) > 1 and word.isupper()):
                    capital = int(word[0].isupper())
                    self.words.setdefault(low, [0, 0])[capital] += 1
                    if previous is not None and line[previous[1]:match.start()] == " ":
                        self.pairs.setdefault((previous[0], low), [0, 0])[capital] += 1
                previous = (low, match.end())

    def capital(self, previous: str | None, word: str, *, alone: bool = True) -> bool | None:
        """Whether the article writes ``word`` with a capital after ``previous`` (with ``alone``, or anywhere); None
        if it does not say (never outside the start of a sentence, or as often one way as the other)."""
        counts = self.pairs.get((previous, word)) if previous else None
        if alone and not counts:
            counts = self.words.get(word)
        if counts and counts[0] != counts[1]:
            return counts[1] > counts[0]
        return None


def _phrase_at(words: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` at word ``i`` (0 if none)."""
    for length in range(min(5, len(words) - i), 0, -1):
        if tuple(words[i:i + length]) in phrases:
            return length
    return 0


def _number_after(line: str, matches: list, i: int) -> bool:
    """Whether a number follows word ``i`` (``NĂM 2020``): the word is then no part of the name before it."""
    return line[matches[i].end():].lstrip()[:1].isdecimal()


def recase_line(line: str, evidence: CaseEvidence | None = None) -> str:
    """``line`` with each word in the case running text gives it (see the module docstring)."""
    lists = _lists()
    matches = list(_WORD.finditer(line))
    words = [m.group().lower() for m in matches]
    cases: list[str | None] = [None] * len(words)  # "lower", "capital" or "keep"
    i = 0
    while i < len(words):
        length = _phrase_at(words, i, lists["never"])
        if length:
            cases[i:i + length] = ["lower"] * length
            i += length
            continue
        if not is_syllable(matches[i].group()):
            cases[i] = "keep"
        i += 1
    in_place = -1  # words of a place's name so far, after its head: "XÃ TÂN LẬP", "PHƯỜNG QUẢNG THÀNH" (-1: none)
    i = 0
    while i < len(words):
        if cases[i] is not None:
            in_place = -1
            i += 1
            continue
        joined = i > 0 and line[matches[i - 1].end():matches[i].start()] == " "
        in_place = in_place if joined else -1
        told = evidence.capital(words[i - 1] if joined else None, words[i], alone=False) if evidence else None
        following = words[i + 1] if i + 1 < len(words) else ""
        common = _phrase_at(words, i, lists["common"])
        admin = _phrase_at(words, i, lists["admin"])
        if told is not None:
            cases[i] = "capital" if told else "lower"
            if not told and admin == 1:
                in_place = 0  # "sáp nhập xã" as the article writes it: a place's name follows
                i += 1
                continue
        elif in_place == 0 and words[i] in lists["new_words"] and i + 1 < len(words) and cases[i + 1] == "lower":
            cases[i] = "lower"  # "CÁC PHƯỜNG MỚI THUỘC THỊ XÃ A": the units are new, no name ("HUYỆN CHỢ MỚI" is one)
        elif in_place == 0:
            cases[i] = "capital"  # "XÃ HỢP THÀNH": the first word after a place's head is its name
        elif common > 1:
            cases[i:i + common] = ["lower"] * common
            i += common
            in_place = -1
            continue
        elif admin:
            cases[i:i + admin] = ["lower"] * admin
            i += admin
            in_place = 0
            continue
        elif words[i] in lists["markers"]:
            cases[i] = "lower" if following in lists["heads"] or following in lists["numbers"] or (
                following[:1].isdecimal()) else "capital"
        elif in_place > 0 and not (common and _number_after(line, matches, i)):
            cases[i] = "capital"
        elif common:
            cases[i] = "lower"
        else:
            told = evidence.capital(None, words[i]) if evidence else None
            cases[i] = "lower" if told is False else "capital"
        in_place = in_place + 1 if in_place >= 0 and cases[i] == "capital" else -1
        i += 1
    out = list(line)
    for match, case in zip(matches, cases):
        word = match.group()
        if case == "keep":
            continue
        cased = word.lower() if case == "lower" else word[:1] + word[1:].lower()
        if len(cased) == len(word):
            out[match.start():match.end()] = cased
    recased = "".join(out)
    first = _WORD.search(recased)
    if first is not None and first.group()[:1].islower():
        recased = recased[:first.start()] + first.group()[:1].upper() + recased[first.start() + 1:]
    return recased


def recase_shouted_lines(lines: list[str], content: Sequence[bool]) -> list[str]:
    """``lines`` with each shouted line of article content recased; the others as they are (``lines`` itself, the
    same list, when no line shouts)."""
    shouting = [flag and is_shouted(line) for line, flag in zip(lines, content)]
    if not any(shouting):
        return lines
    evidence = CaseEvidence([line for line, flag in zip(lines, content) if flag])
    return [recase_line(line, evidence) if shouts else line for line, shouts in zip(lines, shouting)]
