"""The bodies a counted event names in the sentences after it.

``Thủ tướng quyết định chuyển nguyên trạng 10 trường cao đẳng về Bộ B. Danh sách gồm: Trường A; Trường C; ...``
tells one transfer: the ten schools and the ministry that receives them, as the referee's gold writes a transfer
whose bodies are listed (``chuyển 6 tập đoàn gồm A, B, ... về Ủy ban C``). ``NHNN chấp thuận thành lập 31 PGD.
Cụ thể gồm PGD A thuộc Chi nhánh B; PGD C thuộc Chi nhánh D; ...`` founds each office listed, over as many lines
as the list takes. ``thành lập C trên cơ sở sáp nhập 6 cơ quan báo chí. 6 cơ quan được sáp nhập gồm A, B, ...``
names the six merged: one merge, told twice.
"""

from __future__ import annotations

from extractor.events.build import build_event
from extractor.events.clause import Arg, Clause, bullet_marks
from extractor.events.counts import bracketed_members
from extractor.events.frames import names_a_class
from extractor.events.triggers import bounds, find_triggers, negated
from extractor.recognize.org_grammar import head_at

__all__ = [
    "bodies_listed", "class_acted_on", "class_members", "counted_founding", "counted_receiver", "founded_listed",
    "listed_of_class", "members_of_counted",
]

_OPENING_WORDS = 8  # words before the colon of a list line ("Danh sách các trường gồm:")
_COUNT_BEFORE_TRIGGER = 7  # words from a restated count to its verb ("6 cơ quan báo chí được sáp nhập")
_FOUNDING_OPENING_WORDS = 12  # words before the first body of a founding list ("Cụ thể là các phòng giao dịch gồm")


def counted_receiver(event: dict) -> Arg | None:
    """The receiver of a counted transfer that names no body moved (``chuyển 10 trường về Bộ B``), else None."""
    if event["type"] != "transfer" or event["count"] is None or event["result"] is None:
        return None
    moved = [p for p in event["participants"] if p.name != event["result"].name]
    return event["result"] if not moved else None


def bodies_listed(clause: Clause, count: int | None) -> list[Arg]:
    """The names listed after ``gồm:`` opening ``clause``; [] unless there are two or more (``count`` of them when
    the transfer gave a count)."""
    colon = next((j for j, t in enumerate(clause.tokens[:_OPENING_WORDS + 1]) if t.text == ":"), None)
    if colon is None or not clause.phrase_ending(colon, "list_introducers"):
        return []
    names = [Arg(m.name, m.start, m.end) for m in clause.names if m.first > colon]
    if len(names) < 2 or (count is not None and len(names) != count):
        return []
    return names


def class_acted_on(clause: Clause) -> tuple[str, str] | None:
    """(kind, head) of an event a sentence tells of every body of a level (``giải thể Công an huyện, quận trực
    thuộc Công an TP A``), which names none of them; the list that may follow (``Cụ thể gồm: Công an huyện B, ...``)
    names them, each with that head."""
    for k, phrase, kind in find_triggers(clause):
        lo, hi = bounds(clause, k)
        if kind != "dissolve" or negated(clause, k, lo):
            continue
        event = build_event(clause, k, phrase, kind, lo, hi, set())
        if event is not None and event["count"] is None and event["participants"] and all(
                names_a_class(p.name) for p in event["participants"]):
            at = clause.token_starting(event["participants"][0].start)
            found = head_at(clause.tokens, at) if at is not None else None
            return (kind, " ".join(found[0])) if found is not None else None
        unnamed = event is None or not (event["participants"] or event["count"] is not None or event["result"])
        after = k + len(phrase)
        # "giải thể Công an huyện, quận": a head and the levels of its bodies, which the name grammar leaves unnamed
        if unnamed and after + 1 < hi and clause.tokens[after].text[:1].isupper() and (
                found := head_at(clause.tokens, after)) is not None and not found[2] and clause.phrase(
                after + len(found[0]), "level_suffixes", "org_heads"):
            return kind, " ".join(found[0])
    return None


def listed_of_class(clause: Clause, head: str) -> list[Arg]:
    """The bodies a line lists after ``gồm:`` (:func:`bodies_listed`), if every one has ``head``."""
    listed = bodies_listed(clause, None)
    return listed if listed and all(a.name.lower().startswith(head + " ") for a in listed) else []


def counted_founding(event: dict) -> bool:
    """A founding of a count of bodies that names none of them (``thành lập 31 PGD``)."""
    return event["type"] == "establish" and event["count"] is not None and event["result"] is None and (
        not event["participants"])


_ITEM_LABEL_CHARS = 2  # "a", "đ", "12": the label of a lettered or numbered item before its ")"


def item_mark_end(clause: Clause) -> int:
    """Index after the mark that opens a line of a list: a bullet (``-``, ``+``, ``•``) or a lettered or numbered
    item (``a)``, ``đ)``, ``3)``); 0 when the line opens with none."""
    tokens = clause.tokens
    if tokens and tokens[0].text in bullet_marks():
        return 1
    if len(tokens) > 1 and tokens[1].text == ")" and len(tokens[0].text) <= _ITEM_LABEL_CHARS and (
            tokens[0].text.isdecimal() or (tokens[0].text.isalpha() and tokens[0].text.islower())):
        return 2
    return 0


def founded_listed(clause: Clause, opened: bool, count: int | None = None) -> list[Arg]:
    """The bodies a line lists after a counted founding: each part between semicolons opens with a name, and
    what follows it says only whose or where it is (``PGD A thuộc Chi nhánh B``); or, on the line that opens the
    list, as many names as were counted, joined by commas and ``và`` (``Đó là Trường A, Trường B và Trường C``).

    The first line must open the list (``Cụ thể là các phòng giao dịch gồm``, ``gồm:``, ``Đó là``); the lines
    after it (``opened``) go on with names alone. [] when the line is not such a list.
    """
    tokens = clause.tokens
    start = item_mark_end(clause) if opened else 0  # "- Đảng bộ Khối A ...", "a) Viện A tại B;"
    if not opened:
        start = next((j for j in range(1, min(len(tokens), _FOUNDING_OPENING_WORDS + 1))
                      if j in clause.name_at and _introduced(clause, j)), None)
        if start is None:
            return []
    first = start  # the first member, where a list joined by commas would open
    found: list[Arg] = []
    while start < len(tokens) and start in clause.name_at:
        match = clause.name_at[start]
        end = next((j for j in range(match.last, len(tokens)) if tokens[j].text == ";"), len(tokens))
        rest = tokens[match.last:end]
        # "- Đảng bộ Khối A có 18 tổ chức cơ sở đảng": a line of the list may tell what the body has
        has = opened and bool(clause.phrase(match.last, "possession_words"))
        placed = clause.says_whose_or_where(match.last) or has
        if rest and not placed and any(t.text not in {".", "…"} for t in rest):
            break  # the part goes on with words of its own: no list
        found.append(Arg(match.name, match.start, match.end))
        start = end + 1
    if not opened and not found and count is not None and count >= 2:
        listed, end = clause.org_list(first, len(tokens))
        closed = end >= len(tokens) or tokens[end].text in {".", ";", "…"} or clause.says_whose_or_where(end)
        # "... và Trường C tại phường 6, quận D": the unit where they stand is no body of the list
        units = [a for a in listed if (m := clause.match_of(a)) is not None and m.administrative]
        bodies = listed if len(units) == len(listed) else [a for a in listed if a not in units]
        return bodies if len(bodies) == count and closed else []
    return found if len(found) >= 2 or (opened and found) else []


def class_members(clause: Clause, count: int) -> list[Arg]:
    """``Sẽ thành lập 3 Tổng cục ... Đó là các Tổng cục: Thủy lợi, Thủy sản và Lâm nghiệp``: the bodies a line names
    by their shared head and a bare name each, as many as the founding before counted; else []."""
    for j in range(1, min(len(clause.tokens), _OPENING_WORDS + 1)):
        if clause.phrase_ending(j, "plural_determiners") and head_at(clause.tokens, j) is not None:
            listed = bracketed_members(clause, j, len(clause.tokens))
            return listed[0] if listed is not None and len(listed[0]) == count else []
    return []


def _introduced(clause: Clause, j: int) -> bool:
    """Whether a word that opens a list (``gồm``, ``gồm:``) stands right before token ``j``."""
    colon = clause.tokens[j - 1].text == ":"
    return clause.phrase_ending(j - 1 if colon else j, "list_introducers") is not None


def members_of_counted(clause: Clause, found: list[dict], counted: dict) -> list[dict]:
    """``found`` without the event that only lists the members of the earlier ``counted`` one, which takes them.

    ``... trên cơ sở sáp nhập 6 cơ quan báo chí. 6 cơ quan báo chí được sáp nhập gồm A, B, ...``: the same count
    before the same verb, then ``gồm`` and the names, tells who the six were, not a merge of its own.
    """
    for event in found:
        if event["type"] != counted["type"] or event["result"] is not None or len(event["participants"]) < 2:
            continue
        k = event["k"]
        restated = any(clause.number(j) == counted["count"] for j in range(max(0, k - _COUNT_BEFORE_TRIGGER), k))
        listed = any(clause.phrase(j, "list_introducers") for j in range(event["k_end"], min(
            len(clause.tokens), event["k_end"] + 2)))
        if restated and listed and len(event["participants"]) == counted["count"]:
            counted["participants"] = event["participants"]
            return [other for other in found if other is not event]
        # "... chấm dứt hoạt động của 12 phòng giao dịch. Các điểm đóng cửa gồm 7 ở A, 5 ở B, cụ thể: PGD C, ...":
        # as many offices named as were counted, with the counts of where they lie: the closure told again
        parts = [e for e in found if e["type"] == event["type"] and e["count"] and not e["participants"]]
        first = clause.token_starting(event["participants"][0].start) or 0
        introduced = any(clause.phrase(j, "list_introducers") for j in range(first))
        if event["type"] == "dissolve" and introduced and len(event["participants"]) == counted["count"] and (
                sum(e["count"] for e in parts) <= counted["count"]):
            counted["participants"] = event["participants"]
            return [other for other in found if other is not event and all(other is not e for e in parts)]
    return found
