"""How a figure changed and how precise it is, read from the words around it.

``tăng 319 hồ sơ`` is an increase by 319; ``giảm xuống còn 13 ngày`` a decrease
to 13; in ``từ 30 ngày xuống còn 25 ngày`` the 30 is the old value and carries no
change; ``còn 40 hồ sơ chưa giải quyết`` is what remains, not a decrease.
Words come from ``lang/vi/changes.yaml`` and ``lang/vi/facts.yaml``.
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import alternation as _alt
from extractor.lang.vi import load

__all__ = ["is_old_value", "read_approx", "read_change", "read_compared_to", "read_listed_change"]

_CLAUSE_END = regex.compile(r"[,;:.()\[\]“”\"!?]")
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}&]*\s*\(?\s*$")



def _suffix(words) -> regex.Pattern[str]:
    return regex.compile(rf"(?:^|(?<=[\s(]))({_alt(words)})\s*$", regex.I)


@functools.cache
def _tables():
    data = load("changes")
    facts = load("facts")
    return {
        "triggers": {k.lower(): tuple(v) for k, v in data["triggers"].items()},
        "trigger_suffix": _suffix(data["triggers"]),
        "filler_suffix": _suffix(data["fillers"]),
        "still_suffix": _suffix(data["still_before"]),
        "remaining_word": data["remaining_word"].lower(),
        "only_suffix": _suffix(data["only_before"]),
        "stock_subject": regex.compile(rf"(?<!\p{{L}})(?:{_alt(data['stock_subjects'])})(?:\s+[^\s,;:.()]+){{0,4}}\s*$",
                                       regex.I),
        "change_context": regex.compile(rf"(?<!\p{{L}})(?:{_alt(data['change_context'])})(?!\p{{L}})", regex.I),
        "remaining": regex.compile(rf"(?<!\p{{L}})(?:{_alt(data['remaining_after'])})(?!\p{{L}})", regex.I),
        "passive": regex.compile(rf"\s*(?:{_alt(data['passive_markers'])})\s+({_alt(data['triggers'])})(?!\p{{L}})",
                                 regex.I),
        "from_suffix": _suffix([data["from_word"]]),
        "to_prefix": regex.compile(
            rf"\s*(?:(?:{_alt(facts['approximators'])})\s+)?(?:{_alt(data['to_words'])})\s+"
            rf"(?:(?:{_alt(facts['approximators'])})\s+)?\d", regex.I),
        "compare": regex.compile(rf"(?<!\p{{L}})(?:{_alt(data['comparison_openers'])})\s+([^,;.()]+)", regex.I),
        "approx_suffix": _suffix(facts["approximators"]),
        "any_trigger": regex.compile(rf"(?<!\p{{L}})({_alt(data['triggers'])})(?!\p{{L}})", regex.I),
        "approx": {k.lower(): v for k, v in facts["approximators"].items()},
    }


def read_approx(text: str, start: int) -> str:
    """``approx`` of the figure starting at ``start``: ``hơn 100`` → more_than."""
    t = _tables()
    m = t["approx_suffix"].search(text[max(0, start - 30):start])
    return t["approx"][m.group(1).lower()] if m else "exact"


def is_old_value(text: str, start: int, end: int) -> bool:
    """True for A in ``từ A xuống còn B``: the value before the change."""
    t = _tables()
    left = text[max(0, start - 40):start]
    if not t["from_suffix"].search(left):
        return False
    return bool(t["to_prefix"].match(text[end:end + 40]))


# Characters before a bare "còn" searched for a change in view (see _bare_remaining).
_CONTEXT_WINDOW = 200


def read_change(text: str, start: int, unit_end: int, context: str = "") -> dict[str, str] | None:
    """``{"direction", "type"}`` for the figure at ``start`` (its unit ends at ``unit_end``), or None.

    ``context`` is the text just before the sentence: ``còn 5 xã`` after a sentence about a
    merger is a decrease, ``toàn tỉnh còn 312 điểm trường`` on its own is not.
    """
    t = _tables()
    if is_old_value(text, start, unit_end):
        return None
    left = text[max(0, start - 80):start]
    while left:
        if m := t["trigger_suffix"].search(left):
            word = m.group(1).lower()
            direction, kind = t["triggers"][word]
            before = left[:m.start()]
            if word == t["remaining_word"] and (_remains(text, before, unit_end)
                                                or _bare_remaining(text, before, start, context)):
                return None
            if kind == "to" and word.endswith(t["remaining_word"]) and _remains(text, before, unit_end):
                return None
            return {"direction": direction, "type": kind}
        m = t["filler_suffix"].search(left)
        if not m:
            break
        left = left[:m.start()]
    if m := t["passive"].match(text[unit_end:]):
        direction, _ = t["triggers"][m.group(1).lower()]
        return {"direction": direction, "type": "by"}
    return None


def _remains(text: str, before_trigger: str, unit_end: int) -> bool:
    """``còn`` meaning "remaining": ``vẫn còn``, or ``còn N X chưa ...``/``... được giữ nguyên``."""
    t = _tables()
    if t["still_suffix"].search(before_trigger):
        return True
    after = text[unit_end:unit_end + 80]
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    head = " ".join(clause.split()[:5])
    return bool(t["remaining"].search(head))


def _bare_remaining(text: str, before_trigger: str, start: int, context: str) -> bool:
    """A bare ``còn N X`` with no change in view (no ``chỉ`` before it, no change word near): what remains."""
    t = _tables()
    if t["only_suffix"].search(before_trigger):
        return False
    near = text[max(0, start - _CONTEXT_WINDOW):start]
    if t["change_context"].search(near):
        return False
    return bool(t["stock_subject"].search(before_trigger)) or not t["change_context"].search(context)


def read_compared_to(text: str, unit_end: int) -> str | None:
    """What the change is measured against: ``so với cùng kỳ năm 2017`` → "cùng kỳ năm 2017"."""
    t = _tables()
    clause = _CLAUSE_END.split(text[unit_end:], maxsplit=1)[0]
    if m := t["compare"].search(clause):
        words = m.group(1).split()[:8]
        return " ".join(words) or None
    return None


def read_listed_change(text: str, start: int) -> dict[str, str] | None:
    """A share listed after a name, ``giảm mạnh như: Tỉnh A 92%, Tỉnh B 44%`` or ``Sở X (33%)``:
    it shares the direction of the last change stated before it in the sentence."""
    t = _tables()
    if not _NAME_BEFORE.search(text, 0, start):
        return None
    for m in reversed(list(t["any_trigger"].finditer(text, 0, start))):
        direction, kind = t["triggers"][m.group(1).lower()]
        if kind == "by":
            return {"direction": direction, "type": kind}
    return None
