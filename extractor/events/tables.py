"""Renames listed in a table pasted into the text: a header ``Tên cũ | Tên mới``, then one row per body.

Scraped tables reach the text in two shapes: one cell per line (``|1``, ``|Bệnh viện A huyện X``,
``|Bệnh viện A X``), or a row per line with its cells run together (``1Bệnh viện A huyện XBệnh viện A X``,
which the normaliser splits back into words). No trigger word stands in a row; the header says that the
first name of a row is the old name and the second the new one. A wide table repeats the two columns
(``Tên cũ | Tên mới | Tên cũ | Tên mới``): each row then holds as many pairs, read left to right. The table
ends at the first line that is neither a cell with a name nor a bare row number. A table flattened into one line
(``Tên cũ Tên mới Bệnh viện A Bệnh viện B Bệnh viện C Bệnh viện D``) holds its rows after the header on that line.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from typing import Any

import regex

from extractor.events.clause import Arg, Clause, written_mention
from extractor.lang.vi import event_lexicon
from extractor.recognize.org_grammar import NameMatch, names_in
from extractor.recognize.organizations import name_key

__all__ = ["table_renames"]

_HEADER_SPAN = 4  # sentences a header may be spread over ("|STT", "|Tên cũ", "|Tên mới")
_MAX_HEADING = 80  # characters of a heading line; longer lines are prose
_LABEL_WORDS = 4  # words of a row's label ("Bà Rịa - Vũng Tàu")


def table_renames(sentences: list[Any]) -> list[tuple[dict, tuple[Clause, Any]]]:
    """(event, (clause, sentence)) for every row of every old-name/new-name table among ``sentences``."""
    found = []
    index = 0
    while index < len(sentences):
        header_end = _header_end(sentences, index)
        if header_end is None:
            rows = _inline_rows(sentences[index])
            index += 1
        else:
            rows, index = _rows(sentences, header_end, _pairs_per_row(sentences[index:header_end]))
        for (old, old_sentence), (new, _) in rows:
            if name_key(old.name) == name_key(new.name):
                continue  # a row that keeps the name: nothing renamed
            clause = Clause(old_sentence.text, old_sentence.start)
            k = clause.token_starting(old.start) or 0
            found.append((written_mention("rename", [Arg(old.name, old.start, old.end)],
                                          Arg(new.name, new.start, new.end), clause, k, trigger=(old.start, old.end)),
                          (clause, old_sentence)))
    return found


def _header_end(sentences: list[Any], index: int) -> int | None:
    """Index of the first sentence after a header that starts at ``index``, or None."""
    old_words, new_words = _columns("table_old_columns"), _columns("table_new_columns")
    if len(sentences[index].text) > _MAX_HEADING or not any(
            word in _squeezed(sentences[index].text) for word in old_words):
        return None  # a heading is a short line
    if not _old_before_new(_squeezed(" ".join(s.text for s in sentences[index:index + _HEADER_SPAN]))):
        return None
    for offset in range(_HEADER_SPAN):
        header = sentences[index:index + offset + 1]
        if any(names_in(s.text, s.start) for s in header):
            return None  # "Tên đơn vị cũ: Xã A": a field of an info page, not the heading of a table
        if any(word in _squeezed(" ".join(s.text for s in header)) for word in new_words):
            return index + offset + 1
    return None


def _inline_rows(sentence: Any) -> list[tuple]:
    """The rows of a table whose header and body a scraper ran into one line: the names after the header, taken
    two by two while nothing but cell marks and row numbers stands between them (a last name without its
    partner, cut off with the page, is dropped)."""
    found = [m for m in names_in(sentence.text, sentence.start) if not m.short]
    if len(found) < 2:
        return []
    header = _squeezed(sentence.text[:found[0].start - sentence.start])
    if len(header) > _MAX_HEADING or not _old_before_new(header):
        return []
    if any(label in header for label in _columns("table_label_columns")):
        # "STT | Khu vực | Tên cũ | Tên mới": each row opens with the province or city it lies in, no cell of a pair
        found = [m for m in found if not (m.administrative and m.kind in ("province", "city"))]
    run = found[:1]
    for before, match in itertools.pairwise(found):
        between = sentence.text[before.end - sentence.start:match.start - sentence.start]
        if any(ch.isalpha() for ch in between) and not _only_a_label(between):
            break
        run.append(match)
    return [((old, sentence), (new, sentence)) for old, new in zip(run[::2], run[1::2])]


def _only_a_label(between: str) -> bool:
    """Whether the words between two cells are a row's number and a province's or city's short name only (``2 TP.HCM``):
    the label column of a row, read as no name."""
    return _place_label([w for w in between.split() if not w.isdecimal()])


def _place_label(words: list[str]) -> bool:
    """Whether ``words`` are a province's or city's short name, maybe with the word that says which of its forms is
    meant (``TPHCM``, ``Bình Dương cũ``: the province as it was before the merge of provinces)."""
    words = words[:-1] if words and words[-1].lower() in _label_tails() else words
    return 0 < len(words) <= _LABEL_WORDS and all(w[:1].isupper() for w in words)


@functools.cache
def _label_tails() -> frozenset[str]:
    """Words after a row's place label that say which of its forms is meant (``TPHCM cũ``)."""
    return frozenset(w.lower() for w in event_lexicon()["table_label_tails"])


def _old_before_new(heading: str) -> bool:
    """Whether a squeezed heading names an old-name column and, after it, a new-name column."""
    olds = [heading.find(word) for word in _columns("table_old_columns") if word in heading]
    news = [heading.find(word) for word in _columns("table_new_columns") if word in heading]
    return bool(olds) and bool(news) and min(news) >= min(olds)


def _pairs_per_row(header: list[Any]) -> int:
    """How many old-name/new-name pairs the header repeats side by side (1 for most tables)."""
    text = _squeezed(" ".join(s.text for s in header))
    olds = max(text.count(word) for word in _columns("table_old_columns"))
    news = max(text.count(word) for word in _columns("table_new_columns"))
    return max(1, min(olds, news))


def _squeezed(text: str) -> str:
    """Lower case without spaces: a heading run together (``STTTên cũTên mới``) reads like a spaced one."""
    return "".join(text.lower().split())


@functools.cache
def _columns(key: str) -> tuple[str, ...]:
    return tuple(_squeezed(word) for word in event_lexicon()[key])


def _rows(sentences: list[Any], index: int, per_row: int = 1) -> tuple[list[tuple], int]:
    """Pairs of (name, sentence) read from the table body at ``index``, up to ``per_row`` pairs on one line;
    returns them and where the table ends."""
    names: list[tuple[NameMatch, Any]] = []
    pairs = []
    while index < len(sentences):
        sentence = sentences[index]
        every = _without_label(sentence, [m for m in names_in(sentence.text, sentence.start) if not m.short])
        found = _without_seats(sentence, every)
        cell = sentence.text.strip(" |")
        if not found:
            if cell.isdecimal() or _row_label(cell):
                names.clear()  # a row number, or the region a row belongs to ("TPHCM"), starts a new row
                index += 1
                continue
            break
        wide = len(found) > 2 and len(found) % 2 == 0 and len(found) <= 2 * per_row and not names
        if (len(found) > 2 and not wide) or (not wide and len(found) + len(names) > 2) or not _only_names(
                sentence, every):
            break  # a row holds names and a number; a sentence of prose after the table ends it
        names.extend((m, sentence) for m in found)
        while len(names) >= 2:
            pairs.append((names[0], names[1]))
            names = names[2:]
        index += 1
    return pairs, index


def _without_label(sentence: Any, found: list[NameMatch]) -> list[NameMatch]:
    """The names of a row without the city or province that opens it as its group's label (``TP.HCM (17 bệnh viện)
    Bệnh viện A Bệnh viện B``)."""
    if len(found) > 2 and found[0].administrative and found[0].kind in ("province", "city") and _row_label(
            sentence.text[:found[1].start - sentence.start].strip(" |")):
        return found[1:]
    return found


def _without_seats(sentence: Any, found: list[NameMatch]) -> list[NameMatch]:
    """The names of a row with the unit a comma places a body in read as part of its cell (``Trường A, huyện B |
    Trường C``): the district is where the school is, no cell of its own."""
    kept: list[NameMatch] = []
    for match in found:
        between = sentence.text[kept[-1].end - sentence.start:match.start - sentence.start] if kept else ""
        if kept and match.administrative and not kept[-1].administrative and between.strip() == ",":
            seated = kept[-1]
            kept[-1] = dataclasses.replace(seated, last=match.last, end=match.end, name=sentence.text[
                seated.start - sentence.start:match.end - sentence.start])
            continue
        kept.append(match)
    return kept


def _only_names(sentence: Any, found: list[NameMatch]) -> bool:
    """Whether the sentence holds nothing but its names, a row number and cell marks, and maybe a row label
    before them (``TPHCM Bệnh viện Quận 1 Bệnh viện đa khoa Tân Định``)."""
    first = min(m.start for m in found) - sentence.start
    label, rest = sentence.text[:first], sentence.text[first:]
    if any(ch.isalpha() for ch in label) and not _row_label(label.strip(" |")):
        return False
    for match in sorted(found, key=lambda m: m.start, reverse=True):
        a, b = match.start - sentence.start - first, match.end - sentence.start - first
        rest = rest[:a] + rest[b:]
    return not any(ch.isalpha() for ch in rest)


def _row_label(cell: str) -> bool:
    """A short capitalised cell with no digit, the group a row belongs to: ``TPHCM``, ``Bình Dương (cũ)``; a count of
    the group's rows may follow it in brackets (``TP.HCM (17 bệnh viện)``)."""
    cell = _GROUP_COUNT.sub("", cell)
    return _place_label(cell.split()) and not any(ch.isdigit() for ch in cell)


_GROUP_COUNT = regex.compile(r"\s*\(\d+[^()\d]*\)\s*$")
