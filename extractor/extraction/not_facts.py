"""Numbers that are not amounts: codes, ordinals, ranks, fixed expressions, vague multiples, phones.

``Quyết định số 1234/QĐ-UBND``, ``lần thứ 3``, ``xếp thứ 16/63`` (the 16),
``một số``, ``một cửa``, ``chính quyền địa phương 2 cấp``, ``hàng trăm`` and
``0912 345 678`` all contain numerals and none is a fact. Dates and periods are
recognised in :mod:`extractor.recognize.periods`. Words: ``lang/vi/facts.yaml``.
"""

from __future__ import annotations

import functools

import regex

from extractor.extraction.units import NO_WORDS, read_unit
from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load

__all__ = [
    "is_document_number",
    "is_fixed_expression",
    "is_identifier",
    "is_phone",
    "is_rank",
    "is_rank_group",
    "is_vague",
    "looks_like_date",
]


# Characters looked at on each side of a number when matching fixed expressions.
_FIXED_WINDOW = 80
_LONG_CODE = regex.compile(r"\d{9,}")
_PHONE_LITERAL = regex.compile(r"0\d{3,}(?:\.\d+)*|0\d[\d.]{6,}")
_PHONE_GROUPS_AFTER = regex.compile(r"[\s.]\d{2,4}[\s.]\d{2,4}")
_MASKED_PHONE = regex.compile(r"\d{3,}\*{2,}$")
_CODE_AFTER = regex.compile(r"/\s*(?:\d+\s*/\s*)?\p{Lu}|/\d{4}\s*/")
_NUMBER_SLASH_BEFORE = regex.compile(r"\d+\s*/\s*$")
_SLASH_AFTER = regex.compile(r"\s*/")
_CODE_LETTERS_BEFORE = regex.compile(r"\p{Lu}[\p{Lu}Đ]*\s*[-/]\s*$")
_DAY_MONTH_BEFORE = regex.compile(r"(?<![\d.,])(\d{1,2})/(\d{1,2})$")
_DAY_MONTH_AFTER = regex.compile(r"(\d{1,2})/(\d{1,2})(?!\d)")



@functools.cache
def _tables():
    data = load("facts")
    before = r"(?:^|(?<=[\s(\"“;,]))"
    fixed = []
    for phrase in data["fixed_expressions"]:
        left, _, right = phrase.partition("#") if "#" in phrase else ("", "", phrase)
        if "#" not in phrase:
            left, right = "", phrase
        fixed.append(_fixed_patterns(left.strip(), right.strip(), "#" in phrase))
    exceptions = [_fixed_patterns(*(part.strip() for part in phrase.split("#", 1)), True)
                  for phrase in data["fixed_expression_exceptions"]]
    return {
        "identifier": regex.compile(rf"{before}(?:{_alt(data['identifier_heads'])})\s*$", regex.I),
        "rank": regex.compile(rf"{before}(?:{_alt(data['rank_words'])})\s*$", regex.I),
        "vague": regex.compile(rf"{before}(?:{_alt(data['vague_before'])})\s+$", regex.I),
        "phone": regex.compile(rf"(?<!\p{{L}})(?:{_alt(data['phone_markers'])})\s*[:.]?\s*$", regex.I),
        "fixed": fixed,
        "fixed_exceptions": exceptions,
        "rank_group_head": regex.compile(rf"{before}(?:{_alt(data['rank_group_heads'])})\s*$", regex.I),
        "rank_group_tail": regex.compile(
            rf"(?:\s*[-–—]\s*\d|[^,;:.()\d]{{0,40}}?(?<!\p{{L}})(?:{_alt(data['rank_group_tails'])})(?!\p{{L}}))",
            regex.I,
        ),
        "each": regex.compile(
            rf"{before}(?:{_alt(data['identifier_not_after'])})\s+(?:{_alt(data['identifier_heads'])})\s*$", regex.I),
        "quantity_so": regex.compile(
            rf"{before}(?:{_alt(data['quantity_nouns_with_so'] + data['identifier_exceptions'])})\s*$", regex.I),
    }


def _fixed_patterns(
    left: str, right: str, has_slot: bool
) -> tuple[bool, regex.Pattern | None, regex.Pattern | None]:
    """Patterns for the words before and after the number of one fixed expression (``#`` is the slot).

    Without a slot the expression starts at the number itself (``một số``), so only ``right`` is used,
    matched from the number's start.
    """
    flags = regex.IGNORECASE
    if not has_slot:
        return False, None, regex.compile(rf"{regex.escape(right)}(?!\p{{L}})", flags)
    before = regex.compile(rf"(?<!\S){regex.escape(left)}\s*$", flags) if left else None
    after = regex.compile(rf"\s*{regex.escape(right)}(?!\p{{L}})", flags) if right else None
    return True, before, after


def is_identifier(text: str, start: int) -> bool:
    """A number named by the word before it: ``số 15``, ``Quốc lộ 2``, ``phường 12``, ``lần thứ 3``."""
    left = text[max(0, start - 25):start]
    if not _tables()["identifier"].search(left) or _tables()["each"].search(left):
        return False
    return not _tables()["quantity_so"].search(left)


def is_rank(text: str, start: int) -> bool:
    """The rank in ``xếp thứ 16/63`` or ``đứng thứ 3``."""
    return bool(_tables()["rank"].search(text[max(0, start - 20):start]))


def is_rank_group(text: str, start: int, end: int) -> bool:
    """``thuộc nhóm 200 đại học hàng đầu``, ``top 51-100``: a place in a ranking, not a count."""
    t = _tables()
    if not t["rank_group_head"].search(text, max(0, start - 12), start):
        return False
    return bool(t["rank_group_tail"].match(text, end, min(len(text), end + 60)))


def is_vague(text: str, start: int) -> bool:
    """``hàng trăm``, ``vài chục``: a rough multiple, no figure."""
    return bool(_tables()["vague"].search(text[max(0, start - 15):start]))


def is_phone(text: str, start: int, end: int) -> bool:
    """A telephone, fax or account number: a long numeral with a leading zero, nine digits or more
    with no separator, or one after ``ĐT:``."""
    literal = text[start:end]
    if _PHONE_LITERAL.fullmatch(literal) or _MASKED_PHONE.search(text, max(0, start - 12), start):
        return True
    if _LONG_CODE.fullmatch(literal) and not _money_after(text, end):
        # an account or card number: amounts this long are written with separators, or with a currency
        return True
    if literal.startswith("0") and _PHONE_GROUPS_AFTER.match(text, end, end + 12):
        return True
    return bool(_tables()["phone"].search(text[max(0, start - 20):start]))


def _money_after(text: str, end: int) -> bool:
    unit = read_unit(text, end, NO_WORDS, {})
    return unit is not None and unit.kind == "money"


def is_document_number(text: str, start: int, end: int) -> bool:
    """``1234/QĐ-UBND``, ``107/2020/NĐ-CP``, ``01/2024/TT-BGDĐT``: a document's number."""
    after_end = min(len(text), end + 20)
    before_start = max(0, start - 12)
    return bool(
        _CODE_AFTER.match(text, end, after_end)
        or (_NUMBER_SLASH_BEFORE.search(text, before_start, start) and _SLASH_AFTER.match(text, end, after_end))
        or _CODE_LETTERS_BEFORE.search(text, before_start, start)
    )


def is_fixed_expression(text: str, start: int, end: int) -> bool:
    """``một số``, ``một cửa``, ``một trong những``, ``chính quyền địa phương 2 cấp``, ``4.0``."""
    window_start = max(0, start - _FIXED_WINDOW)
    window_end = min(len(text), end + _FIXED_WINDOW)
    if any(_slot_matches(before, after, text, start, end, window_start, window_end)
           for _, before, after in _tables()["fixed_exceptions"]):
        return False
    for has_slot, before, after in _tables()["fixed"]:
        if not has_slot:
            if after.match(text, start, window_end):
                return True
            continue
        if before is None and after is None:
            continue
        if before is not None and not before.search(text, window_start, start):
            continue
        if after is not None and not after.match(text, end, window_end):
            continue
        return True
    return False


def _slot_matches(before, after, text: str, start: int, end: int, window_start: int, window_end: int) -> bool:
    """Whether the words around the number fit one ``a # b`` phrase."""
    if before is None and after is None:
        return False
    if before is not None and not before.search(text, window_start, start):
        return False
    return after is None or bool(after.match(text, end, window_end))


def looks_like_date(text: str, start: int, end: int) -> bool:
    """``16/8`` with no unit after it: a day and a month."""
    m = _DAY_MONTH_BEFORE.search(text, 0, end) or _DAY_MONTH_AFTER.match(text, start)
    return bool(m) and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
