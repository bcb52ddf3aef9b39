"""Restructuring events: which organizations merge, are renamed, dissolved, established, split or moved.

A trigger word (``triggers.yaml``) opens an event; its arguments are read from the organization names
around it (:mod:`extractor.extraction.event_args`):

- ``sáp nhập A với B và đổi tên thành C``: one merge of A and B whose result is C;
- ``sáp nhập A vào B`` / ``A nhập vào B``: a merge of A and B whose result is B;
- ``thành lập C trên cơ sở hợp nhất A và B``, ``C (sáp nhập A, B)``: a merge whose result is C;
- ``sắp xếp 9 chi cục thuế thành 4 chi cục``: a merge of a count of units;
- ``đổi tên A thành B``, ``giải thể A``, ``thành lập A``, ``chuyển A về B``.

A negated trigger (``không sáp nhập``) or one with neither names nor a count (``xem xét sáp nhập các
trường có quy mô nhỏ``) states no event. Only sentences that contain a trigger are parsed.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from extractor.extraction.event_args import Arg, Clause, split_conjoined, words
from extractor.lang.vi import load

__all__ = ["find_events"]

_LIST_MEMBER_WINDOW = 4  # sentences after an event in which "A thành B" lines continue its list


@functools.cache
def _triggers() -> list[tuple[tuple[str, ...], str]]:
    pairs = [(tuple(w.lower().split()), kind) for kind, ws in load("triggers")["events"].items() for w in ws]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@functools.cache
def _prefilter() -> regex.Pattern:
    phrases = sorted({" ".join(p) for p, _ in _triggers()}, key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, phrases)) + r")(?!\w)", regex.IGNORECASE)


def find_events(doc: Any, organizations: list[dict] | None = None) -> list[dict]:
    """Events of ``doc`` in text order, each linked to ``organizations`` by span where it can be.

    >>> # "sáp nhập Trường A với Trường B và đổi tên thành Trường C" -> one merge, result Trường C
    """
    org_by_span = {tuple(span): org["id"] for org in organizations or [] for span in org["mentions"]}
    events: list[dict] = []
    recent: tuple[str, int] | None = None
    seen_sentences: set[str] = set()
    for index, sentence in enumerate(doc.sentences):
        if sentence.text in seen_sentences:
            continue  # a line the scraper printed twice states its events once
        seen_sentences.add(sentence.text)
        triggered = bool(_prefilter().search(sentence.text))
        continuing = recent is not None and index - recent[1] <= _LIST_MEMBER_WINDOW
        if not triggered and not continuing:
            continue
        clause = Clause(sentence.text, sentence.start)
        found = _sentence_events(clause, recent[0] if continuing and recent else None)
        for event in found:
            events.append(_record(event, clause, sentence, org_by_span, len(events) + 1))
        if found:
            recent = (found[-1]["type"], index)
    return events


def _find_triggers(clause: Clause) -> list[tuple[int, tuple[str, ...], str]]:
    data = load("triggers")
    not_after = {w.lower() for w in data["not_after"]}
    found = []
    k = 0
    tokens = clause.tokens
    while k < len(tokens):
        if k in clause.inside:
            k += 1
            continue
        hit = next(((p, kind) for p, kind in _triggers()
                    if k + len(p) <= len(tokens) and all(tokens[k + i].low == w for i, w in enumerate(p))),
                   None)
        if hit is None:
            k += 1
            continue
        phrase, kind = hit
        after = k + len(phrase)
        lower_after = after < len(tokens) and not tokens[after].text[:1].isupper()
        if (k > 0 and tokens[k - 1].low in not_after) or (lower_after and clause.phrase(after, "not_before")):
            k += 1
            continue
        found.append((k, phrase, kind))
        k = after
    return found


def _bounds(clause: Clause, k: int) -> tuple[int, int]:
    """The clause around token ``k``: between semicolons."""
    lo, hi = 0, len(clause.tokens)
    for i, tok in enumerate(clause.tokens):
        if tok.text == ";":
            if i < k:
                lo = i + 1
            elif i > k:
                hi = i
                break
    return lo, hi


def _negated(clause: Clause, k: int, lo: int) -> bool:
    for size in (1, 2, 3, 4):
        if k - size >= lo and clause.phrase(k - size, "negators") and k - size + len(
                clause.phrase(k - size, "negators")) >= k - 1:
            return True
    return False


def _sentence_events(clause: Clause, continuing: str | None) -> list[dict]:
    events: list[dict] = []
    consumed: set[int] = set()
    triggers = _find_triggers(clause)
    last_establish: dict | None = None
    for k, phrase, kind in triggers:
        if k in consumed:
            continue
        lo, hi = _bounds(clause, k)
        if _negated(clause, k, lo):
            continue
        event = _build(clause, k, phrase, kind, lo, hi, consumed)
        if event is None:
            continue
        if kind == "merge" and last_establish is not None and last_establish["lo"] == lo and _basis_before(
                clause, k, last_establish["k_end"]):
            event["result"] = event["result"] or last_establish["result"]
            if last_establish in events:
                events.remove(last_establish)
        if _valid(event, phrase):
            events.extend(_one_per_body(event))
            if event["type"] == "establish":
                last_establish = event
    if continuing or events:
        events.extend(_list_members(clause, triggers, events[-1]["type"] if events else continuing))
    return sorted(events, key=lambda e: e["k"])


def _one_per_body(event: dict) -> list[dict]:
    """``thành lập thị trấn A, thị trấn B và thị trấn C``: each body is established on its own."""
    bodies = event.pop("established", None)
    if event["type"] != "establish" or not bodies or len(bodies) < 2:
        return [event]
    return [{**event, "result": body} for body in bodies]


def _basis_before(clause: Clause, k: int, establish_end: int) -> bool:
    """``thành lập C, trên cơ sở sáp nhập ...``: only basis words stand between the two triggers."""
    j = establish_end
    while j < k:
        found = clause.phrase(j, "basis")
        if found:
            return True
        j += 1
    return False


def _build(clause: Clause, k: int, phrase: tuple[str, ...], kind: str, lo: int, hi: int,
           consumed: set[int]) -> dict | None:
    r = clause.skip(k + len(phrase), "fillers", hi)
    count = None
    n = clause.number(r)
    if n is not None and n >= 2 and r + 1 < hi and clause.unit_noun(r + 1):
        count = n
        r += 1
        steps = 0
        while r < hi and r not in clause.name_at and steps < 8 and not clause.phrase(r, "count_stops"):
            r += 1
            steps += 1
    if r not in clause.name_at:
        r = _after_colon(clause, r, hi)
    participants: list[Arg] = []
    if r in clause.name_at:
        participants, r = clause.org_list(r, hi)
    if phrase in words("result_markers") and participants:
        return _with_left(clause, k, phrase, kind, lo, participants[0], count)
    result: Arg | None = None
    into = clause.phrase(r, "into_markers")
    if into and kind in ("merge", "transfer"):
        target_k = clause.skip(r + len(into), "fillers", hi)
        if target_k in clause.name_at:
            targets, r = clause.org_list(target_k, hi)
            participants += targets[:1]
            result = targets[0]
    marker = clause.phrase(r, "result_markers")
    if marker and kind != "transfer":
        consumed.update(range(r, r + len(marker)))
        found = _result_after(clause, r + len(marker), hi)
        if found is not None:
            result = found
    left: list[Arg] = []
    right_establish = kind == "establish" and participants
    if not right_establish and (not participants or (into and len(participants) == 1)
                                or phrase == ("tiếp", "nhận")):
        left, _ = clause.left_list(k, lo)
    if phrase == ("tiếp", "nhận") and left:
        participants, result = participants + left[:1], left[0]
    elif left:
        participants = left + participants
    if count is None and not participants:
        count = _count_before(clause, k, lo)
    if result is None and kind == "merge":
        result = _result_before(clause, k, lo)
    return _shape(kind, participants, result, count, clause, k, phrase, lo)


def _with_left(clause: Clause, k: int, phrase: tuple[str, ...], kind: str, lo: int, result: Arg | None,
               count: int | None) -> dict | None:
    """``A, B và C hợp thành D``: the trigger itself says "into", so the participants stand before it."""
    left, _ = clause.left_list(k, lo)
    if count is None and not left:
        count = _count_before(clause, k, lo)
    return _shape(kind, left, result, count, clause, k, phrase, lo)


def _after_colon(clause: Clause, r: int, hi: int) -> int:
    """``trên cơ sở hợp nhất các đơn vị: A, B``: the list comes after a colon a few words on."""
    for j in range(r, min(hi, r + 6)):
        if clause.tokens[j].text == ":" and j + 1 in clause.name_at:
            return j + 1
        if j in clause.name_at or clause.number(j) is not None or clause.phrase(j, "result_markers"):
            return r
    return r


def _shape(kind: str, participants: list[Arg], result: Arg | None, count: int | None, clause: Clause,
           k: int, phrase: tuple[str, ...], lo: int) -> dict | None:
    established = None
    if kind == "establish":
        heads = {m.start: m.head.lower() for m in clause.names}
        first_head = heads.get(participants[0].start) if participants else None
        # the bodies established together share a head; "thuộc huyện A, tỉnh B" only places them
        established = [p for p in participants if heads.get(p.start, first_head) == first_head]
        result = result or (participants[0] if participants else _establish_left(clause, k, lo))
        participants = []
    elif kind in ("rename", "split"):
        participants = participants[:1]
    elif kind == "transfer" and result is None:
        return None
    if (kind == "merge" and len(participants) == 1 and result is None) or (
            kind == "merge" and len(participants) == 1 and count and count > 1):
        heads = {m.start: m for m in clause.names}
        match = heads.get(participants[0].start)
        if match is not None:
            participants = split_conjoined(participants[0], match.head, match.administrative)
    single = len(participants) == 1 and participants[0].start is not None
    if kind == "merge" and result is not None and single:
        match = next((m for m in clause.names if m.start == participants[0].start), None)
        if match is not None:
            participants = split_conjoined(participants[0], match.head, match.administrative)
    if count and len(participants) == 1 and count > 1:
        participants = []  # "giải thể 26 Ban Chỉ huy Quân sự huyện": a class of bodies, not one body
    tokens = clause.tokens
    return {"type": kind, "participants": participants, "result": result, "count": count, "k": k,
            "trigger": (tokens[k].start, tokens[k + len(phrase) - 1].end), "lo": lo, "k_end": k + len(phrase),
            "established": established}


def _valid(event: dict, phrase: tuple[str, ...]) -> bool:
    counted_only = words("counted_only")
    if phrase in counted_only:
        return (event["count"] is not None and not event["participants"]) or len(event["participants"]) >= 2
    if phrase in words("needs_object") and not event["participants"]:
        return False
    if event["type"] == "establish":
        return event["result"] is not None or event["count"] is not None
    return bool(event["participants"]) or event["count"] is not None


def _result_after(clause: Clause, k: int, hi: int) -> Arg | None:
    """The first name within a few words after a result marker (``thành tỉnh mới có tên gọi là X``)."""
    for j in range(k, min(hi, k + 8)):
        if j in clause.name_at:
            match = clause.name_at[j]
            return Arg(match.name, match.start, match.end)
        if clause.number(j) is not None or clause.tokens[j].text in {".", ";", "("}:
            return None
    return None


def _result_before(clause: Clause, k: int, lo: int) -> Arg | None:
    """``Xã A (sáp nhập ...)``, ``Phường A: Sáp nhập ...``, ``A được hình thành từ việc sáp nhập ...``."""
    j = k
    for size in range(5, 0, -1):
        basis = clause.phrase(j - size, "basis") if j - size >= lo else None
        if basis and len(basis) == size:
            j -= size
            break
    marked = j < k
    while j > lo and clause.tokens[j - 1].text in {"(", ":", ","}:
        marked = marked or clause.tokens[j - 1].text in {"(", ":"}
        j -= 1
    if not marked:
        return None
    for size in (3, 2, 1):
        if j - size >= lo and clause.phrase(j - size, "result_before_fillers") and len(
                clause.phrase(j - size, "result_before_fillers")) == size:
            j -= size
            break
    match = clause.name_before(j, lo)
    return Arg(match.name, match.start, match.end) if match else None


def _establish_left(clause: Clause, k: int, lo: int) -> Arg | None:
    """``C được thành lập``: the name right before the trigger, across ``được``/``đã``."""
    left, _ = clause.left_list(k, lo)
    return left[0] if left else None


def _count_before(clause: Clause, k: int, lo: int) -> int | None:
    """``8 trường sáp nhập thành 4 trường``: a number a few words before the trigger."""
    for j in range(max(lo, k - 8), k):
        n = clause.number(j)
        if n is None or n < 2 or j in clause.inside or not clause.unit_noun(j + 1):
            continue
        between = clause.tokens[j + 1:k]
        if 0 < len(between) <= 7 and all(t.text[:1].isalpha() or t.text == "," for t in between):
            return n
    return None


def _list_members(clause: Clause, triggers: list, kind: str | None) -> list[dict]:
    """Lines like ``A và B thành C; D thành E`` that go on listing the members of an event."""
    if kind not in ("merge", "rename"):
        return []
    starts = {k for k, _, _ in triggers}
    found = []
    lo = 0
    bounds = [i for i, t in enumerate(clause.tokens) if t.text in {";", ":"}] + [len(clause.tokens)]
    for hi in bounds:
        segment = range(lo, hi)
        first = next((j for j in segment if j in clause.name_at), None)
        if first is not None and first - lo <= 2 and not any(j in starts for j in segment):
            args, end = clause.org_list(first, hi)
            if end < hi and clause.tokens[end].low == "thành":
                result = _result_after(clause, end + 1, hi)
                if result is not None:
                    participants = args[:1] if kind == "rename" else args
                    tok = clause.tokens[end]
                    found.append({"type": kind, "participants": participants, "result": result, "count": None,
                                  "k": first, "trigger": (tok.start, tok.end), "lo": lo, "k_end": end + 1})
        lo = hi + 1
    return found


def _status_and_roles(clause: Clause, k: int) -> tuple[str | None, Arg | None, Arg | None]:
    status = None
    for j in range(k - 1, -1, -1):
        for name in ("proposed", "planned", "approved", "done"):
            if clause.phrase(j, name, "status"):
                status = name
                break
        if status:
            break
    authority = proposer = None
    for match in clause.names:
        if match.last > k:
            break
        after = clause.skip(match.last, "left_fillers", k)
        if _addressee_of_proposal(clause, match.first) or clause.phrase(after, "authority_verbs", "status"):
            authority = Arg(match.name, match.start, match.end)
        elif clause.phrase(after, "proposer_verbs", "status"):
            proposer = Arg(match.name, match.start, match.end)
    return status, authority, proposer


def _addressee_of_proposal(clause: Clause, first: int) -> bool:
    """``tham mưu UBND tỉnh``, ``trình Bộ ...``: the body a proposal goes to is the one that decides."""
    for size in (1, 2, 3):
        j = first - size
        if j >= 0 and clause.phrase(j, "proposer_verbs", "status") and len(
                clause.phrase(j, "proposer_verbs", "status")) == size:
            return True
        if j >= 0 and clause.tokens[j].low in {"cho", "với", "lên"}:
            continue
    return False


def _record(event: dict, clause: Clause, sentence: Any, org_by_span: dict, number: int) -> dict:
    clause_text = sentence.text
    status, authority, proposer = _status_and_roles(clause, event["k"])

    def arg(a: Arg | None) -> dict | None:
        if a is None:
            return None
        span = [a.start, a.end] if a.start is not None and a.end is not None else None
        return {"name": a.name, "org": org_by_span.get((a.start, a.end)), "span": span}

    spans = [event["trigger"]] + [(a.start, a.end) for a in event["participants"] if a.start is not None]
    if event["result"] is not None and event["result"].start is not None:
        spans.append((event["result"].start, event["result"].end))
    start, end = event["trigger"]
    trigger_text = clause_text[start - sentence.start:end - sentence.start]
    return {
        "id": f"e{number}",
        "type": event["type"],
        "participants": [arg(a) for a in event["participants"]],
        "result": arg(event["result"]),
        "count": event["count"],
        "trigger": trigger_text,
        "trigger_span": [start, end],
        "authority": arg(authority),
        "proposer": arg(proposer),
        "status": status,
        "span": [min(s for s, _ in spans), max(e for _, e in spans)],
        "sentence": [sentence.start, sentence.end],
    }
