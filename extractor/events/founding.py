"""The body an establishing trigger dates, where the sentence writes it away from the trigger.

A founding date (``thành lập năm 1990``) tells the history of a body the sentence is about, which
stands where the subject of the clause stands, not right before the trigger:

- ``Thành lập năm 1990, Trường A là ...``: a fronted participle speaks of the body after its comma;
- ``Trường A thuộc Hệ thống B, thành lập năm 1990.``: a participle after a comma speaks of the body
  that opens the sentence;
- ``Trường A (..., được thành lập năm 1990)``: a bracket speaks of the body right before it.
"""

from __future__ import annotations

from extractor.events.clause import Arg, Clause
from extractor.recognize.org_grammar import NameMatch

__all__ = ["after_founding_date", "capitalised_run", "founded_body", "founding_name", "fronted_founding", "predecessor"]

_OPENERS = {",", "("}
_CLAUSE_ENDS = frozenset({".", ",", ";", ")"})
_DATE_JOINERS = {"/", "-", "."}


def after_founding_date(clause: Clause, j: int) -> int:
    """Index after a founding date at ``j`` (``năm 1975``, ``ngày 1/4/1990``), or ``j`` when there is none."""
    date = clause.phrase(j, "founding_dates")
    if date is None or (clause.number(j + len(date)) is None and not _is_date(clause, j + len(date))):
        return j
    end = j + len(date) + 1
    while end + 1 < len(clause.tokens) and clause.tokens[end].text in _DATE_JOINERS and _is_date(clause, end + 1):
        end += 2  # "tháng 7/1951", "ngày 1-4-1990": the rest of the date
    return end


def founding_name(clause: Clause, j: int, hi: int) -> Arg | None:
    """The name a body was founded under, after the trigger's end ``j`` and its date: ``... có tên là B``
    (``được thành lập lần đầu năm 1966, với tên gọi ban đầu là B``: an adverb may stand before the date)."""
    j = clause.skip(j, "founding_adverbs", hi)
    j = _past_founding_document(clause, after_founding_date(clause, j), hi)
    if j < hi and clause.tokens[j].text == ",":
        j += 1
    marker = clause.phrase(j, "founding_names") if j < hi else None
    match = clause.name_at.get(j + len(marker)) if marker else None
    if match is None and marker:
        return capitalised_run(clause, j + len(marker), hi)  # "với tên gọi ban đầu là Collège de Nha Trang"
    return Arg(match.name, match.start, match.end) if match else None


_DOCUMENT_REACH = 30  # words of "theo quyết định số 205 NN/QĐ ngày 27/04/1962 của Tổng cục A" before its comma


def _past_founding_document(clause: Clause, j: int, hi: int) -> int:
    """Index of the comma that closes the document a founding is told by at ``j`` (``theo quyết định số 205 ngày
    27/4/1962 của Bộ A, với tên gọi ban đầu là B``), or ``j`` when there is none."""
    if not clause.phrase(j, "founding_documents"):
        return j
    return next((k for k in range(j, min(hi, j + _DOCUMENT_REACH)) if clause.tokens[k].text == ","), j)


_MIN_RUN_WORDS = 2


def capitalised_run(clause: Clause, j: int, hi: int) -> Arg | None:
    """A name with no head the grammar knows, after words that say it is a name (``tên là``): its capitalised
    words, with the small words of a foreign name between them (``École de Médecine de Hanoi``)."""
    end = j
    k = j
    while k < hi:
        token = clause.tokens[k]
        if token.text[:1].isupper() and token.text.isalpha():
            k = end = k + 1
        elif clause.phrase(k, "foreign_name_connectors") and (
                k + 1 < hi and clause.tokens[k + 1].text[:1].isupper()) and end > j:
            k += 1
        else:
            break
    if end - j < _MIN_RUN_WORDS:
        return None
    return Arg(clause.span_text(j, end), clause.tokens[j].start, clause.tokens[end - 1].end)


def predecessor(clause: Clause, lo: int, hi: int) -> Arg | None:
    """``A, tiền thân là B, được thành lập năm 1964``, ``Tiền thân của A là B``: the body named as the predecessor
    in the clause."""
    found = clause.name_after_marker("predecessor_markers", lo, hi)
    if found is not None:
        return found
    for j in range(lo, hi):
        marker = clause.phrase(j, "predecessor_of_markers")
        successor = clause.name_at.get(j + len(marker)) if marker else None
        copula = clause.phrase(successor.last, "predecessor_copulas") if successor is not None else None
        match = clause.name_at.get(successor.last + len(copula)) if copula else None
        if match is not None and match.last <= hi:
            return Arg(match.name, match.start, match.end)
    return None


def _is_date(clause: Clause, j: int) -> bool:
    return j < len(clause.tokens) and clause.tokens[j].text[:1].isdecimal()


_FRONTED_REACH = 25  # words of a fronted passive clause before the comma that closes it


def fronted_founding(clause: Clause, k: int) -> Arg | None:
    """``Được người Pháp thành lập để ..., Cơ xưởng A là ...``: a sentence that opens with the passive founding,
    its agent and purpose, then names the body founded right after the comma; else None."""
    tokens = clause.tokens
    if not tokens or not clause.phrase(0, "passive_markers") or any(t.text == "," for t in tokens[:k]):
        return None
    comma = next((j for j in range(k + 1, min(len(tokens), k + _FRONTED_REACH)) if tokens[j].text == ","), None)
    if comma is None or any(j in clause.name_at for j in range(k + 1, comma)):
        return None  # "Được thành lập Trường A, ...": the body founded is the object, not the subject after
    match = clause.name_at.get(comma + 1)
    return Arg(match.name, match.start, match.end) if match is not None else None


def founded_body(clause: Clause, k: int, phrase: tuple[str, ...]) -> Arg | None:
    """The body the founding date after trigger ``k`` speaks of, or None when the trigger is no date."""
    after = k + len(phrase)
    told = clause.phrase(after, "founding_dates")  # a date, or the document it was founded by
    if told is None or clause.number(after + len(told)) is None:
        told = clause.phrase(after, "founding_documents")  # "được thành lập theo Nghị định 444-TTg"
        if told is None:
            return None
    j = k
    while j > 0 and (found := clause.phrase_ending(j, "passive_markers") or clause.phrase_ending(
            j, "founding_adverbs")):
        j -= len(found)  # "được thành lập năm 1990", "được chính thức thành lập"
    match = _subject(clause, j, after + len(told))
    return Arg(match.name, match.start, match.end) if match else None


def _subject(clause: Clause, j: int, date_end: int) -> NameMatch | None:
    tokens = clause.tokens
    if j == 0 or tokens[j].text[:1].isupper():  # "Ảnh: A Thành lập năm 1990, ...": a caption ran in
        # "Được thành lập năm 2003 tại khu A (quận 7, TP.HCM), đây là ...": a comma inside brackets only places it
        comma = next((i for i in range(date_end, len(tokens)) if tokens[i].text in {",", ";", ")"}
                      and not clause.bracket_open(date_end, i)), None)
        if comma is None or tokens[comma].text != ",":
            return None
        return clause.name_at.get(comma + 1) or _subject_past_time(clause, comma)
    opener = tokens[j - 1].text
    if opener not in _OPENERS:
        return None
    if opener == "(":
        return _owned_before(clause, j - 1)
    bracket = next((i for i in range(j - 1, -1, -1) if tokens[i].text in {"(", ")"}), None)
    if bracket is not None and tokens[bracket].text == "(":
        return _owned_before(clause, bracket)  # "A (tổ chức phi chính phủ, được thành lập năm 1990)"
    if 0 in clause.name_at:
        return clause.name_at[0]
    # "Tiền thân của nó là Bảo tàng A, thành lập từ năm 1985.": the body named right before the comma, when the
    # founding ends the clause ("Ông A, Giám đốc Sở B, thành lập năm 2010 một quỹ": B founds nothing)
    closed = date_end + 1 >= len(tokens) or tokens[date_end + 1].text in _CLAUSE_ENDS
    before = clause.name_before(j - 1, 0)
    return before if closed and before is not None and before.last == j - 1 else None


_TIME_PHRASES = 2  # phrases of time between a fronted founding and the main clause's subject


def _subject_past_time(clause: Clause, comma: int) -> NameMatch | None:
    """``Thành lập năm 1952, trong suốt 70 năm xây dựng, đến nay Nhà hát A đã có ...``: past phrases of time set off
    by commas, and the words that open the main clause (``đến nay``), the body the sentence is about; None where
    a phrase names a body of its own."""
    tokens = clause.tokens
    for _ in range(_TIME_PHRASES):
        lead = clause.phrase(comma + 1, "subject_lead_ins")
        if lead and (match := clause.name_at.get(comma + 1 + len(lead))) is not None:
            return match
        following = next((i for i in range(comma + 1, len(tokens)) if tokens[i].text in _CLAUSE_ENDS), None)
        if following is None or tokens[following].text != "," or any(
                i in clause.name_at for i in range(comma + 1, following)):
            return None
        comma = following
        if (match := clause.name_at.get(comma + 1)) is not None:
            return match
    return None


def _owned_before(clause: Clause, j: int) -> NameMatch | None:
    """The name that ends before token ``j``, past the body it belongs to: ``Bệnh viện A trực thuộc Sở Y tế (được
    thành lập ...)`` speaks of the hospital, not of the department."""
    match = clause.name_before(j, 0)
    if match is not None and match.first > 0 and (placer := clause.phrase_ending(match.first, "placers")):
        return clause.name_before(match.first - len(placer), 0)  # None: the owned body is not read as a name
    return match
