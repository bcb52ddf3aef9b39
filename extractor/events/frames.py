"""Argument patterns of single event types that the general list grammar does not cover.

- ``tách bộ phận A ra khỏi Văn phòng B để tái lập Phòng C``: a split names the part taken away in plain
  words; the body it is taken from follows ``ra khỏi`` (``split_sources``).
- ``1.250 doanh nghiệp thành lập mới``: a count of newly founded businesses is a registration figure,
  not the establishment of a public body (``registration_units``).
- ``giảm từ 120 xuống còn 45``: a merge may count its units as a number brought down to another.
- ``Trường A sẽ thành lập trường sư phạm``: a plain noun after an active trigger makes the body before it
  the founder, not the founded.
- ``Trường A sáp nhập với Trường B``: the subject merges with the body after ``với`` (``with_markers``).
- ``Xã C được thành lập từ 3 xã A, B và D``: an establishment out of named bodies is a merge into C.
- ``Ngân hàng A được chuyển giao về MB``: in the receiving slot, a one-word acronym or brand written with
  inner capitals (``MB``, ``HDBank``) names the receiver even without a head noun.
- ``nhập toàn bộ 3,5 km2 diện tích tự nhiên, 4.019 người của phường A vào phường B``: a merge of land and
  people names its bodies after ``của`` (``measure_words``, ``owner_markers``).
- ``thành lập phường C trên cơ sở toàn bộ diện tích tự nhiên và dân số của xã A``: the body a new one is
  built on is its source (``establish_basis``); a merge trigger after the basis makes it a merge instead.
- ``A thành B; C thành D`` and bulleted lines after ``... sáp nhập như sau:`` go on listing an event's
  members without repeating the trigger.
"""

from __future__ import annotations

import functools

from extractor.events.clause import Arg, Clause, bare_unit, bullet_marks, capitalised_end, words
from extractor.events.counts import before_left_fillers, bracketed_members, places_of_a_kind, state_before
from extractor.events.founding import after_founding_date, capitalised_run
from extractor.events.triggers import agent_clause, bounds, find_triggers, negated
from extractor.lang.vi import event_lexicon
from extractor.recognize.org_grammar import NameMatch, head_at
from extractor.recognize.org_tokens import lexicon

__all__ = [
    "after_colon",
    "bare_sources",
    "bare_target",
    "basis_source",
    "boundary_sources",
    "brand_at",
    "brands_at",
    "from_sources",
    "is_brand_word",
    "list_members",
    "list_opener",
    "measured_body",
    "member_of",
    "more_measured_bodies",
    "names_a_class",
    "plain_object",
    "reduced_to",
    "registration_count",
    "result_after",
    "split_source",
    "whole_unit_taken",
    "with_partner",
]

_SPLIT_REACH = 8  # words a split's taken-away part may take before "ra khỏi"
_MEASURE_REACH = 26  # words of a measure of land and people before "của" and the body it belongs to
_BASIS_REACH = 30  # words between "trên cơ sở" and the source body ("toàn bộ 12,5 km2 diện tích ... của xã A")
_BASIS_TRIGGER_GAP = 3  # words between "trên cơ sở" and a merge trigger that makes the basis a merge
_LINE_ENDS = frozenset({".", ",", ";"})
_LIST_OPENING_WORDS = 12  # words before the colon of a line that opens the list of an event told before


def split_source(clause: Clause, r: int, hi: int) -> int:
    """Index of the body a split takes a part from (after ``ra khỏi``), or ``r`` when none is written."""
    for j in range(r, min(hi, r + _SPLIT_REACH)):
        if j in clause.name_at or clause.tokens[j].text in {",", ";", ".", ":"}:
            return r
        marker = clause.phrase(j, "split_sources")
        if marker and marker in words("near_split_sources") and j != r:
            continue  # "từ" marks where a part comes from only right after the trigger or its part
        if marker and j + len(marker) in clause.name_at:
            return j + len(marker)
    return r


def brand_split(clause: Clause, r: int, hi: int) -> tuple[Arg, Arg] | None:
    """(part, body) of ``tách MobiFone ra khỏi VNPT``: a part known by its brand taken out of a body (named, or
    known by its brand too), or None."""
    if r >= hi or r in clause.inside or not is_brand_word(clause.tokens[r].text):
        return None
    part = Arg(clause.tokens[r].text, clause.tokens[r].start, clause.tokens[r].end)
    marker = clause.phrase(r + 1, "split_sources")
    if not marker or marker in words("near_split_sources"):
        return None
    body_k = r + 1 + len(marker)
    if body_k in clause.name_at:
        body = clause.name_at[body_k]
        return part, Arg(body.name, body.start, body.end)
    brand = brand_at(clause, body_k, hi)
    return (part, brand) if brand is not None else None


def reduced_to(clause: Clause, j: int) -> bool:
    """``(giảm từ 63) xuống còn 34`` at token ``j``: a number of units brought down to another number."""
    marker = clause.phrase(j, "reduced_to")
    return marker is not None and clause.number(j + len(marker)) is not None


_REGISTER_REACH_BEFORE = 10  # words from a count of businesses to the verb: "8 HTX, THT tại xã A đã ngừng hoạt động"
_REGISTER_REACH_AFTER = 6


def registration_count(clause: Clause, k: int, lo: int, hi: int, units: str = "registration_units") -> bool:
    """Whether a number right before or after the trigger at ``k`` counts businesses registered (of word list
    ``units``)."""
    for j in range(max(lo, k - _REGISTER_REACH_BEFORE), min(hi, k + _REGISTER_REACH_AFTER)):
        if clause.number(j) is None:
            continue
        if (unit := clause.phrase(j + 1, units)):
            after = j + 1 + len(unit)
            # "thành lập mới 3 HTX (HTX A; HTX B; HTX C)": the bodies named, each founded, no register's figure
            return not (after + 1 < len(clause.tokens) and clause.tokens[after].text == "(" and (
                after + 1 in clause.name_at))
        if clause.phrase(j + 1, "registration_companions") and not _branch_owner(clause, lo, hi, j + 1):
            return True
    return False


def _branch_owner(clause: Clause, lo: int, hi: int, unit: int) -> bool:
    """Whether the clause tells of a bank or a company (by a word for one or by its name), besides the counted
    ``unit`` itself, whose branches or companies a count founded are; else they are figures of businesses
    registered."""
    if any(i != unit and clause.phrase(i, "branch_owners") for i in range(lo, hi)):
        return True
    return any(lo <= i < hi and m.kind == "company" for i, m in clause.name_at.items())


def list_opener(clause: Clause) -> str | None:
    """The event type of a sentence that announces a list (``... sáp nhập như sau:``), from its last trigger."""
    kinds = [kind for k, _, kind in find_triggers(clause) if not negated(clause, k, bounds(clause, k)[0])]
    return kinds[-1] if kinds else None


def _bulleted(clause: Clause, lo: int, first: int) -> bool:
    """A line that starts with a list mark (``+``, ``-``, ``•``) right before its first name."""
    return first == lo + 1 and lo == 0 and clause.tokens[lo].text in bullet_marks()


def list_members(clause: Clause, triggers: tuple, kind: str | None, taken: frozenset[int] | set[int] = frozenset(),
                 introduced: bool = False, named: frozenset[int] = frozenset()) -> list[dict]:
    """Lines like ``A và B thành C; D thành E`` that go on listing the members of an event.

    A bulleted line of a merge list may name only the bodies merged (``+ Sở A với Sở B``). After a dissolution
    or an establishment, a line that is only names goes on listing the bodies (``giải thể A; B; C``). A line
    whose first body already takes part in an event of the sentence (at offset in ``taken``) lists nothing new.
    ``introduced``: the sentence before ended by opening a list (``Thành lập các viện sau đây:``). A body at an offset
    in ``named`` is already what an event of the sentence came to, so no line founds it again.
    """
    starts = {k for k, _, _ in triggers}
    found = []
    lo = 0
    opened = kind
    bounds = [i for i, t in enumerate(clause.tokens) if t.text in {";", ":"}] + [len(clause.tokens)]
    # "Cụ thể, các hội gồm: A; B; C" after the event, or a line after "Thành lập các viện sau đây:": the lines list
    # its bodies
    bordering = False  # "... giáp huyện A; tỉnh B; tỉnh C": the lines list neighbours, not bodies
    placing = False  # "... tại các đơn vị hành chính sau: A; B": the lines list places
    composed = False  # "A được thành lập ... với 7 đơn vị hành chính: B, C": what the new body is made of
    for hi in bounds:
        segment = range(lo, hi)
        # a line goes on with the event of the nearest trigger before it, else with the list opened before
        # "Sau khi thành lập, thị xã A có 10 xã: B, C": a trigger that names a time lists nothing
        # "thành lập 8 Công an phường, gồm A (sáp nhập B và C); D, E": a verb in brackets tells one member's story
        kind = next((t_kind for k, _, t_kind in reversed(triggers) if k < lo and not agent_clause(
            clause, k, 0) and not state_before(clause, k, 0) and not _in_brackets(clause, k)), None)
        if kind is None:
            # "Sau khi thành lập, thị xã A có 16 xã, gồm: ...": what a body has, not a list going on; a trigger
            # of an event after the state ("Sau sắp xếp: A sáp nhập với B thành C; D và E thành F") goes on
            state = any(k < lo and state_before(clause, k, 0) for k, _, _ in triggers)
            kind = None if state else opened
        if kind not in ("merge", "rename", "dissolve", "establish"):
            lo = hi + 1
            continue
        first = next((j for j in segment if j in clause.name_at), None)
        if first is not None and clause.name_at[first].start in taken:
            first = None
        if kind == "merge" and first is not None and first - lo > 0 and not any(j in starts for j in segment):
            bare = _bare_line(clause, lo, first, hi)  # "Quỳnh Lôi và Bạch Mai thành phường Bạch Mai"
            if bare is not None:
                found.append(bare)
                lo = hi + 1
                continue
        if first is not None and first - lo <= 2 and not any(j in starts for j in segment):
            args, end = clause.org_list(first, hi)
            into = clause.phrase(end, "into_markers") if kind == "merge" and end < hi else None
            target = clause.name_at.get(end + len(into)) if into else None
            if target is not None:
                # "...; xã A vào xã B thành xã C": a line of a merge list with the body the others go into
                args, end = [*args, Arg(target.name, target.start, target.end)], target.last
                if end >= hi or clause.tokens[end].low != "thành":
                    tok = clause.tokens[first]
                    found.append({"type": kind, "participants": args, "result": args[-1], "count": None,
                                  "k": first, "trigger": (tok.start, tok.end), "lo": lo, "k_end": end})
                    lo = hi + 1
                    continue
            line_marker = clause.phrase(end, "list_result_markers") if end < hi else None
            if line_marker:
                result = result_after(clause, end + len(line_marker), hi)
                if result is not None:
                    participants = args[:1] if kind == "rename" else args
                    tok = clause.tokens[end]
                    # "tổ chức lại A, B thành C; D thành E": one body re-formed as another is E founded on D
                    line_kind = "establish" if kind == "merge" and len(participants) == 1 and _reforming_before(
                        clause, triggers, lo) else kind
                    found.append({"type": line_kind, "participants": participants, "result": result, "count": None,
                                  "k": first, "trigger": (tok.start, tok.end), "lo": lo,
                                  "k_end": end + len(line_marker)})
                    if kind == "rename":
                        found.extend(_more_renamed_pairs(clause, result, lo, hi))
            elif kind == "merge" and len(args) >= 2 and (end >= hi or clause.tokens[end].text in _LINE_ENDS) and (
                    _bulleted(clause, lo, first) or (any(k < lo for k in starts) and _paired(clause, first, end))):
                # "+ Sở A với Sở B", or "sáp nhập A với B; C với D": each line names the bodies merged
                tok = clause.tokens[lo]
                found.append({"type": kind, "participants": args, "result": None, "count": None,
                              "k": first, "trigger": (tok.start, tok.end), "lo": lo, "k_end": first})
            elif kind == "establish" and any(k < lo for k in starts) and (
                    based := _founded_on_bases(clause, first, hi, starts)):
                found.extend(based)  # "...; xã B, thuộc huyện C trên cơ sở ... của xã D": each line founds on its own
            elif kind in ("dissolve", "establish") and (any(k < lo for k in starts) or introduced) and (
                    held := _holding_after(clause, first, hi, starts)) is not None:
                # "Đảng bộ phường A, gồm các phường: B, C": the body listed, then what it is made of
                args = [a for a in args if (at := clause.token_starting(a.start)) is not None and at < held]
                if args and not bordering and not placing and not composed:
                    found.extend(_listed_line_events(clause, kind, args, first, lo, named))
                composed = True
            elif kind in ("dissolve", "establish") and args and not bordering and not placing and not composed and (
                    any(k < lo for k in starts) or introduced) and (
                    _names_only(clause, clause.located_aside(end, hi), hi) or _placed_after(clause, args[-1])
            ) and not any(names_a_class(a.name) for a in args) and not clause.title_before(first, lo):
                # ("Bộ trưởng Bộ A; Thứ trưởng Bộ B": the members of a board named by their offices, no bodies)
                found.extend(_listed_line_events(clause, kind, args, first, lo, named))
        # without a verb of its own, a line opens the list of an event told before only in a few words ("Cụ thể,
        # các hội gồm:"); a long clause ending in "gồm:" lists something else of its own
        introduced = introduced or (opened is not None and hi < len(clause.tokens) and clause.tokens[hi].text == ":"
                                    and hi > lo and _introduces(clause, lo, hi)
                                    and (bool(starts) or hi - lo <= _LIST_OPENING_WORDS)
                                    and not _describes_parts(clause, lo, hi, starts))
        bordering = bordering or any(clause.phrase(j, "boundary_words") for j in segment)
        composed = composed or _composition_before(clause, lo, hi, starts)
        # "thành lập 3 văn phòng tại các đơn vị hành chính sau: A; B; C": the lines say where, they found no body
        placing = placing or (hi < len(clause.tokens) and clause.tokens[hi].text == ":" and places_of_a_kind(
            clause, lo, hi))
        lo = hi + 1
    return found


def _more_renamed_pairs(clause: Clause, result: Arg, lo: int, hi: int) -> list[dict]:
    """``A thành B, C thành D, E thành F``: a line of a list of renames that goes on, pair after pair, parted by
    commas; each pair one rename."""
    found = []
    j = clause.token_after(result)
    while j + 1 < hi and clause.tokens[j].text == "," and (old := clause.name_at.get(j + 1)) is not None and (
            old.last < hi and clause.tokens[old.last].low == "thành"):
        new = result_after(clause, old.last + 1, hi)
        if new is None:
            break
        tok = clause.tokens[old.last]
        found.append({"type": "rename", "participants": [Arg(old.name, old.start, old.end)], "result": new,
                      "count": None, "k": j + 1, "trigger": (tok.start, tok.end), "lo": lo, "k_end": old.last + 1})
        j = clause.token_after(new)
    return found


def _reforming_before(clause: Clause, triggers: tuple, lo: int) -> bool:
    """Whether the nearest trigger before ``lo`` re-forms bodies (``tổ chức lại``, ``sắp xếp lại``)."""
    before = [phrase for k, phrase, _ in triggers if k < lo]
    return bool(before) and before[-1] in words("counted_only")


def _founded_on_bases(clause: Clause, first: int, hi: int, starts: set[int]) -> list[dict]:
    """``...; thị trấn B trên cơ sở xã B thuộc huyện C và thị trấn D trên cơ sở xã D``: after an establishment,
    lines that leave out its verb, each a body and the body it is founded on."""
    found = []
    j = first
    while j in clause.name_at and j < hi:
        body = clause.name_at[j]
        at = _past_placed_in(clause, body.last, hi)  # "xã B, thuộc huyện C trên cơ sở ...": where the new body lies
        basis = clause.phrase(at, "establish_basis")
        source = basis_source(clause, at, hi, starts) if basis else None
        if source is None or source.start is None:
            break
        tok = clause.tokens[j]
        found.append({"type": "establish", "participants": [source], "result": Arg(body.name, body.start, body.end),
                      "count": None, "k": j, "trigger": (tok.start, tok.end), "lo": first, "k_end": j})
        j = clause.token_after(source)  # "A trên cơ sở khoa a, B trên cơ sở khoa b": the next body of the list
        placer = clause.phrase(j, "placers") if j < hi else None
        if placer and j + len(placer) in clause.name_at:
            j = clause.name_at[j + len(placer)].last  # "thuộc huyện An Phú": where the source lies
        j += len(clause.phrase(j, "joiners") or ()) if j < hi else 0
    return found


def _past_placed_in(clause: Clause, j: int, hi: int) -> int:
    """Index past ``(,) thuộc huyện C`` at ``j``, the unit a body lies in, or ``j`` where none stands there."""
    at = j + 1 if j < hi and clause.tokens[j].text == "," else j
    placer = clause.phrase(at, "placers") if at < hi else None
    if placer and at + len(placer) in clause.name_at and clause.name_at[at + len(placer)].administrative:
        return clause.name_at[at + len(placer)].last
    return j


def _in_brackets(clause: Clause, k: int) -> bool:
    """Whether token ``k`` stands inside a bracket opened before it and not yet closed."""
    depth = 0
    for tok in clause.tokens[:k]:
        depth += (tok.text == "(") - (tok.text == ")")
    return depth > 0


_COUNTED_REACH = 8  # words from a count of bodies to the founding verb after it ("3 hợp tác xã (HTX) thành lập")


def _listed_line_events(clause: Clause, kind: str, args: list[Arg], first: int, lo: int,
                        named: frozenset[int]) -> list[dict]:
    """The events a line of a list of endings or foundings tells: one ending of all the bodies it names, or one
    founding each (but of a body an event of the sentence already came to, at an offset in ``named``)."""
    tok = clause.tokens[first]
    shape = {"count": None, "k": first, "trigger": (tok.start, tok.end), "lo": lo, "k_end": first}
    if kind == "dissolve":
        return [{"type": kind, "participants": args, "result": None, **shape}]
    return [{"type": kind, "participants": [], "result": a, **shape} for a in args if a.start not in named]


def _holding_after(clause: Clause, first: int, hi: int, starts: set[int]) -> int | None:
    """Index of a holding marker (``gồm``, ``bao gồm``) right after the body a line of a list opens with, before
    ``hi``, in a line with no verb of its own (``Đảng bộ phường A, gồm các phường: B, C``); else None."""
    if first not in clause.name_at or any(first <= k < hi for k in starts):
        return None
    j = clause.name_at[first].last
    j += 1 if j < hi and clause.tokens[j].text == "," else 0
    return j if j < hi and clause.phrase(j, "holding_markers") else None


def _composition_before(clause: Clause, lo: int, hi: int, starts: set[int]) -> bool:
    """``Thị xã A được thành lập có ... và 7 đơn vị hành chính:``, ``tỉnh B được tái lập gồm 5 huyện:``: after the
    trigger of the part before the colon, a word of holding and a count of units: what follows lists the parts of
    the body the trigger speaks of, none of them founded or ended."""
    last = max((k for k in starts if lo <= k < hi), default=None)
    holding = clause.first_phrase("composition_words", last + 1, hi) if (
        last is not None) else None
    if holding is None:
        return False
    if any(m.last == holding and m.first > last for m in clause.names):
        return True  # "thành lập Đạo A gồm: châu B, châu C": the body founded, named, then what it is made of
    if not any(lo <= m.first and m.last <= last for m in clause.names):
        return False  # the body the trigger speaks of is named before it ("Các điểm đóng cửa gồm 2 PGD:" lists them)
    # "Tỉnh A được thành lập ngày 10/10/1895 gồm phủ B ...; phủ C với các châu: ...": its parts, listed on
    # ("thành lập 3 trường thành viên, gồm: A; B; C", "3 HTX thành lập mới gồm A, B; C": the bodies the founding
    # counts, each founded)
    counted_before = clause.counts_bodies(max(lo, last - _COUNTED_REACH), holding)
    return clause.counts_bodies(holding + 1, hi - 1) or not (
        counted_before or any(j in clause.name_at for j in range(last + 1, holding)))


def _describes_parts(clause: Clause, lo: int, hi: int, starts: set[int]) -> bool:
    """``Trung tâm có ban lãnh đạo và 6 phòng, đội, gồm: ...``: a body's own parts are listed, none founded now.

    The words before the colon say what a body has (``possession_words``) and hold no trigger of their own.
    """
    return not any(lo <= k < hi for k in starts) and any(clause.phrase(j, "possession_words") for j in range(lo, hi))


def _introduces(clause: Clause, lo: int, hi: int) -> bool:
    """Whether the words before a colon at ``hi`` end in a word that opens a list (``gồm``, ``bao gồm``)."""
    return clause.phrase_ending(hi, "list_introducers", lo) is not None


def bare_target(clause: Clause, source: Arg, j: int, hi: int) -> tuple[Arg, int] | None:
    """``nhập phường A vào Bách Khoa``: a bare place after ``vào`` is a unit of the source's kind.

    Returns the unit (with the source's head) and the index after it, or None when the words at ``j`` are not
    a run of capitalised words ending the clause or the line, or the source is not an administrative unit.
    """
    match = clause.match_of(source)
    if match is None or not match.administrative or j >= hi or j in clause.inside:
        return None
    end = capitalised_end(clause, j, hi)
    if end == j or (end < hi and clause.tokens[end].text not in _LINE_ENDS | {"."} and not clause.phrase(
            end, "result_markers")):
        return None
    if (head := head_at(clause.tokens, j)) is not None and j + len(head[0]) >= end:
        return None  # "đổi tên thành Phường, xã mới A": a head alone names no unit
    return bare_unit(clause, j, end, match.head), end


def bare_sources(clause: Clause, lo: int, k: int, j: int, hi: int) -> tuple[list[Arg], int] | None:
    """``Phường A mới từ sáp nhập B và C``: bare places listed after the trigger at ``k`` (from ``j``) are units of the
    kind of the unit named before it, which they form.

    Returns the units (with that unit's head) and the index after them, or None unless two or more runs of
    capitalised words, joined by commas or ``và``, end the clause or the line, and an administrative unit stands
    between ``lo`` and the trigger.
    """
    formed = next((m for m in reversed(clause.names) if lo <= m.first and m.last <= k and m.administrative), None)
    if formed is None or j >= hi or j in clause.name_at or j in clause.inside:
        return None
    units: list[Arg] = []
    end = j
    while end < hi:
        start, end = end, capitalised_end(clause, end, hi)
        if end == start:
            return None
        units.append(bare_unit(clause, start, end, formed.head.lower()))
        joiner = clause.phrase(end, "member_separators") if end < hi else None
        if not joiner:
            break
        end += len(joiner)
    closed = end >= hi or clause.tokens[end].text in _LINE_ENDS | {"."}
    return (units, end) if len(units) >= 2 and closed else None


def _bare_line(clause: Clause, lo: int, result_k: int, hi: int) -> dict | None:
    """``A và B thành phường C`` in a list of merges: bare place names before ``thành`` share C's head.

    The line must hold nothing but capitalised names joined by ``và`` or commas, ``thành`` and the unit that
    comes out, and that unit must be administrative, whose head the bare names take.
    """
    result = clause.name_at[result_k]
    marker = result_k - 1
    ends_line = result.last >= hi or clause.tokens[result.last].text in _LINE_ENDS | {"."}
    if not result.administrative or clause.tokens[marker].low != "thành" or not ends_line:
        return None
    members: list[Arg] = []
    start = lo
    for j in range(lo, marker + 1):
        if j == marker or clause.tokens[j].text == "," or clause.phrase(j, "member_separators"):
            chunk = clause.tokens[start:j]
            if not chunk or not all(t.text[:1].isupper() and t.text.isalpha() for t in chunk) or any(
                    i in clause.inside for i in range(start, j)):
                return None
            text = clause.text[chunk[0].start - clause.offset:chunk[-1].end - clause.offset]
            members.append(Arg(f"{result.head} {text}", chunk[0].start, chunk[-1].end))
            start = j + 1
    if len(members) < 2:
        return None
    tok = clause.tokens[marker]
    return {"type": "merge", "participants": members, "result": Arg(result.name, result.start, result.end),
            "count": None, "k": lo, "trigger": (tok.start, tok.end), "lo": lo, "k_end": marker + 1}


def bare_places_before(clause: Clause, k: int, lo: int, result: Arg) -> list[Arg]:
    """``Thanh Xuân Nam và Thanh Xuân Bắc sáp nhập thành phường Thanh Xuân Bắc``: bare names before a merge
    trigger whose result is a local unit are units of the result's kind.

    The names must open the clause (or follow a comma) and be nothing but capitalised words joined by ``và``
    or commas; there must be two or more.
    """
    match = clause.match_of(result)
    if match is None or not match.administrative:
        return []
    j = before_left_fillers(clause, k, lo)
    members: list[Arg] = []
    end = j
    i = j - 1
    while i >= lo:
        tok = clause.tokens[i]
        if tok.text == "," or (tok.low,) in words("member_separators"):
            if end - (i + 1) < 1:
                return []
            members.insert(0, bare_unit(clause, i + 1, end, match.head))
            end = i
        elif not (tok.text[:1].isupper() and tok.text.isalpha()) or i in clause.inside:
            break
        i -= 1
    if end - (i + 1) >= 1:
        members.insert(0, bare_unit(clause, i + 1, end, match.head))
    # the names open the clause, or follow a comma or colon ("Cụ thể, A và B sáp nhập ...")
    opens = i < lo or clause.tokens[i].text in {",", ":", "("} or bool(clause.phrase(i, "left_fillers")) or (
        end == i + 1 and clause.tokens[end].text in {",", ":"})
    return members if len(members) >= 2 and opens else []


def _paired(clause: Clause, first: int, end: int) -> bool:
    """Whether a line from ``first`` to ``end`` joins its bodies with ``với`` (``A với B``)."""
    return any(clause.phrase(j, "with_markers") for j in range(first, end) if j not in clause.inside)


def _names_only(clause: Clause, end: int, hi: int) -> bool:
    """Whether a line holds nothing after its names but a closing mark or a few plain words (``hiện hành``)."""
    rest = [t for t in clause.tokens[end:hi] if t.text not in _LINE_ENDS and t.text != "."]
    return len(rest) <= 2 and all(t.text.islower() for t in rest)


def _placed_after(clause: Clause, body: Arg) -> bool:
    """``Phòng giao dịch A trực thuộc chi nhánh B tại tỉnh C``: the words after a listed body say whose or where
    it is, so the line still lists that body."""
    match = clause.match_of(body)
    if match is None:
        return False
    # "Quỹ tín dụng nhân dân xã A, tại xã A, huyện B;": where it is, after a comma
    after = match.last + 1 if match.last < len(clause.tokens) and clause.tokens[match.last].text == "," else match.last
    return clause.says_whose_or_where(after)


def result_after(clause: Clause, k: int, hi: int) -> Arg | None:
    """The first name within a few words after a result marker (``thành tỉnh mới có tên gọi là X``)."""
    if (one := _one_unit_named(clause, k, hi)) is not None:
        return one
    if k < hi and k not in clause.name_at and _opens_with_letters(clause.tokens[k].text) and clause.phrase_ending(
            k, "naming_markers", sizes=(4, 3, 2, 1)) and (run := capitalised_run(clause, k, hi)) is not None:
        # "sáp nhập, mang tên mới là PC Hà Sơn": words that say a name follows, then a company's name with no head,
        # opened by its letters (a bare place name takes the unit's noun: "với tên mới là Hòa Thịnh" is "xã Hòa Thịnh")
        return run
    if k + 1 < hi and clause.number(k) == 1 and (one := clause.name_at.get(k + 1)) is not None:
        return Arg(one.name, one.start, one.end)  # "sáp nhập lại thành 1 tỉnh Vĩnh An": one unit, named
    if clause.phrase_ending(k, "naming_markers") and (described := _described_to_the_end(clause, k, hi)) is not None:
        return described
    for j in range(k, min(hi, k + 8)):
        if j in clause.name_at:
            match = clause.name_at[j]
            return Arg(match.name, match.start, match.end)
        if clause.number(j) is not None or clause.tokens[j].text in {".", ";", "(", ","}:
            return None  # "với tên mới là Tân Minh, Chủ tịch Hội xã Tân Minh là ...": a name past a comma is another's
        if j > k and clause.phrase(j, "placers"):
            return None  # "thành trường tiểu học thuộc huyện A": the body after "thuộc" only owns or places it
    return None


_DESCRIBED_WORDS = 6  # lower-case words of a new name's field after its bare head


def _described_to_the_end(clause: Clause, j: int, hi: int) -> Arg | None:
    """``lấy tên là Phòng cảnh sát cơ động.``: a bare head after the words that give a name, its field written in
    lower case up to the end of the clause; the whole is the new name. None for a unit of land (``xã`` is no field)
    or where other words follow."""
    head = head_at(clause.tokens, j) if j < hi and clause.tokens[j].text[:1].isupper() else None
    if head is None or head[2] or (j in clause.name_at and clause.name_at[j].last != j + len(head[0])):
        return None
    start = end = j + len(head[0])
    while end < hi and end - start < _DESCRIBED_WORDS and clause.tokens[end].text.isalpha() and (
            clause.tokens[end].text.islower()):
        end += 1
    if end == start or (end < hi and clause.tokens[end].text not in {".", ",", ";", ")"}):
        return None
    return Arg(clause.span_text(j, end), clause.tokens[j].start, clause.tokens[end - 1].end)


def _opens_with_letters(word: str) -> bool:
    """``PC``, ``EVN``: a word of two or more capital letters, the way a company's short name opens."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def new_name_after(clause: Clause, r: int, hi: int) -> Arg | None:
    """The name the bodies listed before token ``r`` take, told in a clause of its own after a comma:
    ``, tên ngân hàng mới sẽ là D``, ``, trường mới lấy tên là D``, ``, dự kiến lấy tên là D``.

    The clause must say the name is new: a noun for names with a unit noun and ``mới``, a unit noun with ``mới``
    before a naming marker, or words of time before a naming marker."""
    if not (r + 1 < hi and clause.tokens[r].text == ","):
        return None
    j = r + 1
    opener = clause.phrase(j, "forming_openers")
    j += len(opener or ())
    name_noun = clause.phrase(j, "name_nouns")
    j += len(name_noun or ())
    noun = clause.phrase(j, "unit_nouns") if j < hi else None
    if noun:
        j += len(noun)
        new = clause.phrase(j, "new_words") if j < hi else None
        if not new:
            return None
        j += len(new)
    elif name_noun:
        return None
    j = clause.skip(j, "naming_modals", hi)
    marker = clause.phrase(j, "naming_markers") if j < hi else None
    if marker is None and name_noun and noun:
        marker = clause.phrase(j, "name_copulas") if j < hi else None
    if marker is None and opener and noun and j < hi and clause.tokens[j].text == ":":
        marker = (":",)  # ", hình thành đơn vị hành chính mới: C": the new unit, then its name
    if marker is None or (j == r + 1):
        return None  # a bare naming marker after a comma is read by the caller
    return result_after(clause, j + len(marker), hi)


def _one_unit_named(clause: Clause, k: int, hi: int) -> Arg | None:
    """``thành 1 huyện, lấy tên là Đạ Hòa``: one unit, then its name after a naming marker (a bare name takes the
    unit's noun as its head: ``huyện Đạ Hòa``)."""
    counted = True
    if k < hi and clause.number(k) == 1:
        k += 1
    elif not (k > 0 and clause.number(k - 1) == 1):  # "thành một" may be the marker itself
        counted = False  # "thành đơn vị hành chính cấp xã có tên gọi là A": one unit, its level, then its name
    noun = clause.phrase(k, "local_unit_nouns") or clause.phrase(k, "unit_nouns") if k < hi else None
    if not noun:
        return None
    j = k + len(noun)
    level = clause.phrase(j, "unit_level_words") if j < hi else None
    j += len(level or ())
    new = clause.phrase(j, "new_words") if j < hi else None
    if not counted and not level and not new:
        return None  # "thành đơn vị hành chính mới và lấy tên là A": a new unit is one unit too
    j += len(new or ())
    j += 1 if j < hi and clause.tokens[j].text in {",", "và"} else 0
    marker = clause.phrase(j, "naming_markers") if j < hi else None
    if not marker:
        return None
    t = j + len(marker)
    if t in clause.name_at:
        match = clause.name_at[t]
        return Arg(match.name, match.start, match.end)
    end = t
    while end < hi and (clause.tokens[end].text[:1].isupper() or (end > t and clause.tokens[end].text.isdecimal())):
        end += 1
    if end == t:
        return None
    first, last = clause.tokens[t], clause.tokens[end - 1]
    noun_text = clause.span_text(k, k + len(noun))
    written = clause.text[first.start - clause.offset:last.end - clause.offset]
    return Arg(f"{noun_text} {written}", first.start, last.end)


def plain_object(clause: Clause, j: int) -> bool:
    """A noun for bodies, not a name, right after a trigger (across ``, kiện toàn``): the trigger's object.

    A comma is crossed only before a verb joined to the trigger: in ``A kết thúc hoạt động, các chi bộ được
    chuyển về B`` the plural after the comma starts a clause of its own."""
    for _ in range(3):
        if j >= len(clause.tokens) or j in clause.name_at:
            return False
        if clause.tokens[j].text == "," and clause.phrase(j + 1, "coordinated_verbs"):
            j += 1
            continue
        if clause.tokens[j].text == ",":
            return False
        verb = clause.phrase(j, "coordinated_verbs")
        if not verb:
            break
        j += len(verb)
    determiner = clause.phrase(j, "plural_determiners") if j < len(clause.tokens) else None
    if determiner:
        return j + len(determiner) not in clause.name_at  # "A thành lập các đoàn kiểm tra"
    rough = clause.phrase(j, "approximations") if j < len(clause.tokens) else None
    if rough and j + len(rough) < len(clause.tokens) and (clause.number(j + len(rough)) is not None or clause.phrase(
            j + len(rough), "round_number_words")):
        j += len(rough) + 1  # "A đóng cửa gần trăm phòng giao dịch": bodies counted roughly, A closes them
    return j < len(clause.tokens) and j not in clause.name_at and clause.unit_noun(j)


def with_partner(clause: Clause, r: int, hi: int, places: bool) -> int | None:
    """Index of the first body after ``với`` at ``r`` (``A sáp nhập với B``), or None."""
    marker = clause.phrase(r, "with_markers")
    if not marker:
        return None
    j = clause.skip(r + len(marker), "fillers", hi)
    return j if j in clause.name_at or (places and j in clause.place_at) else None


def from_sources(clause: Clause, j: int) -> bool:
    """Whether an establishing trigger ending at ``j`` goes on with ``từ`` + its sources (``thành lập từ``).

    A founding date may come first: ``được thành lập năm 1975 từ tỉnh A và tỉnh B``.
    """
    return bool(clause.phrase(j, "establish_sources") or clause.phrase(after_founding_date(clause, j),
                                                                         "establish_sources"))


def names_a_class(name: str) -> bool:
    """``Viện Kiểm sát nhân dân cấp tỉnh``: a name that ends in a level stands for every body of that level."""
    tail = tuple(name.lower().split())
    return any(tail[-len(p):] == p for p in words("class_endings"))


_PLAIN_COLON_REACH = 6  # words from the object's place to the colon of its list
_COLON_REACH = 8  # the same when a word that opens a list stands before the colon ("gồm:")
_INTRODUCED_REACH = 24  # the same when bodies of a kind are described at length before "gồm:"


def after_colon(clause: Clause, r: int, hi: int) -> int:
    """``trên cơ sở hợp nhất các đơn vị: A, B``, ``chấm dứt hoạt động chi nhánh, phòng giao dịch gồm: A; B``: the
    list comes after a colon a few words on."""
    start = r + len(clause.phrase(r, "plural_determiners") or ())  # "một số chi nhánh gồm: A; B"
    # "hợp nhất về tổ chức bộ máy, biên chế các cơ quan thông tin, báo chí của tỉnh, gồm: A, B": a longer description
    # of the bodies reaches its list when "gồm:" opens it and nothing in it says what a body has
    # "hợp nhất các Trung tâm thuộc lĩnh vực A, bao gồm: ...": a head alone after the plural is the kind of the bodies
    kind_at = start if clause.phrase_ending(start, "plural_determiners") and start in clause.name_at and (
        clause.name_at[start].name.lower() == clause.name_at[start].head) else None
    for j in range(start, min(hi, start + _INTRODUCED_REACH)):
        if clause.tokens[j].text == ":" and (j + 1 in clause.name_at or j + 1 in clause.place_at) and (
                j - start < _PLAIN_COLON_REACH or (j - start < _COLON_REACH and _nouns_introduced(clause, start, j))
                or _described_then_introduced(clause, start, j)):
            return j + 1
        if (j in clause.name_at and j != kind_at) or clause.number(j) is not None or clause.phrase(
                j, "result_markers") or clause.phrase(j, "basis"):
            return r
    return r


def _described_then_introduced(clause: Clause, start: int, colon: int) -> bool:
    """``... các cơ quan thông tin, báo chí của tỉnh, gồm:``: bodies of a kind described in words, then ``gồm:``
    (not ``... có 6 phòng gồm:``, the parts a body has)."""
    j = colon - 1
    if clause.tokens[j].text == ",":
        j -= 1
    introducer = clause.phrase_ending(j + 1, "list_introducers", start)
    plural = any(clause.phrase(i, "plural_determiners") for i in range(start - 1, j))
    return introducer is not None and plural and not any(clause.phrase(i, "owning_verbs") for i in range(start, j))


def _nouns_introduced(clause: Clause, start: int, colon: int) -> bool:
    """``chi nhánh, phòng giao dịch gồm:``: only nouns for units, joined, and a word that opens a list before the
    colon (not ``có tổ chức bộ máy gồm:``, which lists the parts of a body)."""
    introducer = clause.phrase_ending(colon, "list_introducers", start)
    if introducer is None:
        return False
    j, end = start, colon - len(introducer)
    while j < end:
        step = clause.phrase(j, "unit_nouns") or clause.phrase(j, "joiners")
        if not step:
            return False
        j += len(step)
    return j == end


def whole_unit_taken(clause: Clause, j: int, hi: int) -> bool:
    """Whether one local unit named right at ``j`` is taken out whole, with no other unit to go into or be formed
    (``thành lập huyện C trên cơ sở tách xã A thuộc huyện B``): the founding reads it as its source."""
    match = clause.name_at.get(j)
    if match is None or not match.administrative:
        return False
    end = clause.past_address(Arg(match.name, match.start, match.end), match.last, hi)
    return end >= hi or clause.tokens[end].text in {".", ";", ","} or not (
        clause.phrase(end, "result_markers") or clause.phrase(end, "into_markers") or clause.phrase(end, "joiners"))


def basis_source(clause: Clause, start: int, hi: int, trigger_starts: set[int]) -> Arg | None:
    """The body a new one is established on: the first name after ``trên cơ sở`` from token ``start``.

    ``thành lập thị xã C trên cơ sở nguyên trạng huyện C`` gives ``huyện C``. The basis belongs to the
    establishment only up to the next trigger; a trigger right after it (``trên cơ sở hợp nhất A và B``)
    states a merge, read by its own frame. A body after ``thuộc`` only places the source.
    """
    j = start
    while j < hi and not clause.phrase(j, "establish_basis"):
        if j in trigger_starts:
            return None
        j += 1
    if j >= hi:
        return None
    j += len(clause.phrase(j, "establish_basis"))
    # "thành lập xã C trên cơ sở tách một phần diện tích ... của xã A": the part taken out founds C, A is its source
    split = clause.phrase(j, "basis_splits") if j < hi else None
    if split and clause.phrase(j + len(split), "part_markers"):  # a part, not the whole ("chia tách A" splits A)
        j += len(split)
    elif split and (origin := clause.phrase(j + len(split), "basis_split_origins")):
        j += len(split) + len(origin)  # "trên cơ sở tách ra từ huyện A": where the founded body comes from
    elif split and whole_unit_taken(clause, j + len(split), hi):
        j += len(split)  # "trên cơ sở tách xã A thuộc huyện B": the whole unit taken out is the source
    if any(t in trigger_starts for t in range(j, min(hi, j + _BASIS_TRIGGER_GAP))):
        return None
    if j < hi and clause.phrase(j, "policy_bases"):
        return None  # "trên cơ sở thực hiện chủ trương của Chính phủ": a policy carried out, no body it grows from
    if j < hi and clause.phrase(j, "document_objects"):
        return None  # "trên cơ sở Quyết định số 12 của Thủ tướng": a decision, and who issued it, no body
    if (lower := _lower_case_basis(clause, j, hi)) is not None:
        return lower  # "Trường Kinh tế trên cơ sở khoa kinh tế, ...": a unit named in lower case
    for t in range(j, min(hi, j + _BASIS_REACH)):
        if t in trigger_starts:
            return None
        if t > j and clause.tokens[t - 1].text in {",", ";"} and t in clause.name_at:
            return None  # "... trên cơ sở khoa A, Trường B trên cơ sở ...": the next line of a list, not the basis
        match = clause.name_at.get(t) or clause.place_at.get(t)
        if match is not None and clause.phrase_ending(t, "where_words", j):
            continue  # "trên cơ sở tổ chức lại các trường trên địa bàn thành phố A": where unnamed sources lie
        if match is not None and (not clause.phrase(t - 1, "placers") or _units_of_whole(clause, t)):
            return Arg(match.name, match.start, match.end)
    return None


_LOWER_BASIS_WORDS = 6  # words of a unit named in lower case as a basis ("khoa công nghệ thông tin")
_PART_NOUN_WORDS = 5  # words from a counted part to the word that names whose it is ("2 xã thuộc", "4 tổng của")


def _lower_case_basis(clause: Clause, j: int, hi: int) -> Arg | None:
    """``khoa kinh tế`` right after ``trên cơ sở``, up to a comma or the end: a unit of a body named in lower case by
    a head that may start a name so (``lowercase_heads``); None unless only lower-case words follow the head."""
    head = head_at(clause.tokens, j) if j < hi and clause.tokens[j].text[:1].islower() else None
    if head is None or head[2] or j in clause.name_at or tuple(head[0]) not in lexicon()["lowercase_heads"]:
        return None
    end = clause.lower_case_run_end(j, j + len(head[0]), hi, _LOWER_BASIS_WORDS)
    if end is None:
        return None
    return Arg(clause.span_text(j, end), clause.tokens[j].start, clause.tokens[end - 1].end)


def _units_of_whole(clause: Clause, t: int) -> bool:
    """Whether the placer before token ``t`` follows the words for a unit's own units (``... và các đơn vị hành chính
    trực thuộc thị xã A``): the body after it is the whole the basis takes, not where it lies."""
    placer = clause.phrase_ending(t, "placers", 0)
    return placer is not None and clause.phrase_ending(t - len(placer), "whole_units", 0, (6, 5, 4, 3)) is not None


def basis_sources(clause: Clause, start: int, hi: int, trigger_starts: set[int]) -> list[Arg]:
    """Every body listed after ``trên cơ sở`` (``... trên cơ sở kế thừa Tòa án A và Viện kiểm sát A``)."""
    if givers := _givers_of_counted_parts(clause, start, hi):
        return givers
    first = basis_source(clause, start, hi, trigger_starts)
    if first is None or first.start is None:
        # "... của các phường: A, B, ..., K và xã L": a long list of bare units, its first name out of reach
        return _plural_members_before(clause, start, min(hi, start + _BASIS_REACH), hi, whole=True)
    k = clause.token_starting(first.start)
    if k is not None and (plural := _plural_members_before(clause, start, k, hi)):
        return plural
    if k is None or k not in clause.name_at:
        return [first]
    if (owner := _owner_of_a_located_part(clause, k)) is not None:
        return [owner]
    listed = clause.org_list(k, hi)[0]
    # "các huyện A, B, C của tỉnh D cũ": the body after "của" owns the sources, it is none of them
    owned = next((i for i, a in enumerate(listed) if i and (j := clause.token_starting(a.start)) is not None
                  and clause.phrase(j - 1, "owner_markers")), len(listed))
    return _measured_after(clause, listed[:owned])


def _givers_of_counted_parts(clause: Clause, start: int, hi: int) -> list[Arg]:
    """``trên cơ sở tách 2 xã thuộc huyện A, 4 xã thuộc huyện B và 2 xã của huyện C``: counted units taken out of
    several units, each giving its part; the units that give are the sources ([] where the basis is not so)."""
    basis = clause.first_phrase("establish_basis", start, min(hi, start + _BASIS_REACH))
    if basis is None:
        return []
    j = basis + len(clause.phrase(basis, "establish_basis"))
    split = clause.phrase(j, "basis_splits") if j < hi else None
    if not split:
        return []
    j += len(split)
    givers: list[Arg] = []
    while j + 2 < hi and clause.number(j) is not None and clause.unit_noun(j + 1):
        giver = _whose_part(clause, j + 2, min(hi, j + _PART_NOUN_WORDS))
        if giver is None:
            return []
        givers.append(Arg(giver.name, giver.start, giver.end))
        j = giver.last
        if j < hi and clause.tokens[j].low in {",", lexicon()["and"]}:
            j += 1
    return givers


def _whose_part(clause: Clause, lo: int, hi: int) -> NameMatch | None:
    """The local unit named after the first ``thuộc`` or ``của`` in ``[lo, hi)``: the unit a counted part is
    taken from; None where there is none."""
    for i in range(lo, hi):
        marker = clause.phrase(i, "placers") or clause.phrase(i, "owner_markers")
        if marker:
            giver = clause.name_at.get(i + len(marker))
            return giver if giver is not None and giver.administrative else None
    return None


def _plural_members_before(clause: Clause, start: int, k: int, hi: int, whole: bool = False) -> list[Arg]:
    """``... của các phường: A, B, C và xã D``: the units a plural head lists before the first name of the basis at
    ``k``, then that name and the list it opens; [] when no such list stands there. With ``whole``, no name was found
    and ``k`` only bounds where the plural head may stand: the list is taken as it is."""
    if whole:
        basis = clause.first_phrase("establish_basis", start, k)
        if basis is None or any(t in clause.name_at for t in range(basis, k)):
            return []
        start = basis
    for t in range(start, k):
        plural = clause.phrase(t, "plural_determiners")
        listed = bracketed_members(clause, t + len(plural), hi) if plural else None
        if listed is None or not listed[0]:
            continue
        members, end = listed
        if whole:
            return members
        if end < k and clause.tokens[end].low == lexicon()["and"] and end + 1 == k:
            members = members + clause.org_list(k, hi)[0]  # the list goes on with a unit of another level
        # the list must run up to the first name, or take it in; else it lists something else
        reached = end >= k or (members[-1].end is not None and clause.token_after(members[-1]) >= k)
        return members if reached else []
    return []


def _owner_of_a_located_part(clause: Clause, k: int) -> Arg | None:
    """``trên cơ sở điểm học tại xã A của Trường B``: a part of B that lies in commune A; B is the source, A only
    where the part lies."""
    place = clause.name_at[k]
    if not place.administrative or k == 0 or not clause.phrase(k - 1, "locatives"):
        return None
    owner = clause.name_at.get(place.last + 1) if clause.phrase(place.last, "owner_markers") else None
    return Arg(owner.name, owner.start, owner.end) if owner is not None and not owner.administrative else None


def _measured_after(clause: Clause, sources: list[Arg]) -> list[Arg]:
    """``... 3.125 nhân khẩu của xã A và 2.800 ha diện tích tự nhiên, 1.276 nhân khẩu của xã B``, parts parted by
    ``và`` or semicolons: the land and people of each unit listed after the first, each unit a source."""
    if not sources or sources[-1].end is None:
        return sources
    j = clause.token_after(sources[-1])
    while j < len(clause.tokens) and (clause.tokens[j].text in {";", ","} or clause.phrase(j, "member_separators")):
        nxt = j + len(clause.phrase(j, "member_separators") or (1,))
        body = measured_body(clause, nxt, clause.part_end(nxt))
        if body is None or body not in clause.name_at:
            break
        match = clause.name_at[body]
        sources = [*sources, Arg(match.name, match.start, match.end)]
        j = match.last
    return sources


def brands_at(clause: Clause, j: int, hi: int) -> tuple[list[Arg], int]:
    """``HBB và SHB``: two or more one-word acronyms joined by commas or ``và`` at token ``j``, the last ending its
    phrase as :func:`brand_at` wants; ([], j) when there are none."""
    found: list[Arg] = []
    start = j
    while j < hi and (brand := _listed_brand(clause, j)) is not None:
        found.append(brand)
        joiner = clause.phrase(j + 1, "member_separators")
        nxt = j + 1 + len(joiner or ())
        if joiner and nxt < hi and _listed_brand(clause, nxt) is not None:
            j = nxt
            continue
        last_ends = brand_at(clause, j, hi) is not None or j in clause.name_at
        return (found, j + 1) if len(found) >= 2 and last_ends else ([], start)
    return [], start


def _listed_brand(clause: Clause, j: int) -> Arg | None:
    """A one-word brand at token ``j``: an acronym, or a name of one word read by its suffix (``Ficombank``) that
    an acronym's list takes in (``SCB, Ficombank và TinNghiaBank``)."""
    token = clause.tokens[j]
    match = clause.name_at.get(j)
    one_word = match is not None and match.end == token.end and token.text[:1].isupper() and token.text.isalpha()
    if one_word or (j not in clause.inside and is_brand_word(token.text)):
        return Arg(token.text, token.start, token.end)
    return None


def brand_at(clause: Clause, j: int, hi: int) -> Arg | None:
    """A one-word acronym or inner-capital brand at token ``j`` that ends its phrase (``MB``, ``VPBank``)."""
    if j >= hi or j in clause.inside:
        return None
    token = clause.tokens[j]
    word = token.text
    if not is_brand_word(word):
        return None
    after = clause.tokens[j + 1] if j + 1 < len(clause.tokens) else None
    if after is not None and after.text not in _LINE_ENDS and after.text not in {".", "(", ")"} and not (
            clause.phrase(j + 1, "result_markers") or clause.phrase(j + 1, "left_fillers")
            or clause.phrase(j + 1, "into_markers")  # "sáp nhập MHB vào BIDV"
            or clause.phrase(j + 1, "brand_phrase_followers")):  # "về SCIC theo quy định"
        return None
    return Arg(word, token.start, token.end)


def brand_before(clause: Clause, k: int, lo: int, anywhere: bool = False) -> Arg | None:
    """A one-word brand that is the subject of the trigger at ``k`` (``MB tiếp nhận``, ``VPBank sẽ tiếp nhận``).

    Only words of voice and time (``left_fillers``) may stand between, and the brand must open its clause,
    follow a comma or follow the owner's rights over it; ``anywhere`` lets it follow any word but an owner's
    (``chấp thuận cho MHB sáp nhập vào BIDV``, not ``cổ đông của MHB sáp nhập``).
    """
    b = before_left_fillers(clause, k, lo) - 1
    free = anywhere and b > lo and not clause.phrase(b - 1, "owner_markers")
    if b < lo or b in clause.inside or (b > lo and clause.tokens[b - 1].text != "," and not free and not (
            clause.under_ownership_rights(b, lo))):  # "quyền đại diện chủ sở hữu của MobiFone được chuyển giao"
        return None
    word = clause.tokens[b].text
    return Arg(word, clause.tokens[b].start, clause.tokens[b].end) if is_brand_word(word) else None


def is_brand_word(word: str) -> bool:
    """An acronym or a word with an inner capital: ``MB``, ``VPBank``, ``OceanBank``; not the abbreviation of a
    noun for bodies (``HTX``, ``ĐVSNCL``: "giải thể HTX" ends cooperatives in general, none named)."""
    return len(word) >= 2 and word[0].isupper() and word.isalpha() and (
        word.isupper() or any(c.isupper() for c in word[1:])) and word.lower() not in _unit_abbreviations()


@functools.cache
def _unit_abbreviations() -> frozenset[str]:
    """Nouns for bodies written as one word in capitals (``HTX``, ``TTYT``, ``ĐVSNCL``), lower-cased."""
    return frozenset(w.lower() for w in event_lexicon()["unit_nouns"] if w.isupper() and " " not in w)


_PART_NAME_WORDS = 4  # words of a part's own name before its body: "Khoa Phụ sản Bệnh viện A"


def measured_body(clause: Clause, r: int, hi: int, holdings: bool = False) -> int | None:
    """Index of the body after ``của`` when a measure of it (land, people) comes first, else None.

    ``sáp nhập 61 hộ, 267 nhân khẩu của bản A ...`` gives the index of ``bản A``. A name, a clause end or
    the receiving marker before ``của`` means the words are not such a measure.
    """
    measured = parted = False
    if holdings and clause.number(r) is not None and clause.phrase(r + 1, "people_counted"):
        return None  # "chuyển giao 4 công chức của Văn phòng A về B": so many staff move, the body stays
    starts = {t for t, _, _ in find_triggers(clause)}
    for j in range(r, min(hi, r + _MEASURE_REACH)):
        if j in starts:
            return None  # "sáp nhập, đổi tên các thôn ...": another trigger's words
        if j in clause.name_at:
            # "nhập toàn bộ diện tích tự nhiên và dân số xã A vào ...": the owner marker may be left out
            unit = clause.name_at[j].administrative and not clause.phrase(j - 1, "placers")
            # "sáp nhập Khoa Phụ sản Bệnh viện A": a named part of a body, the body right after its name
            part = clause.phrase(r, "part_words")
            named_part = bool(part) and 0 < j - r - len(part) <= _PART_NAME_WORDS and (
                clause.tokens[r + len(part)].text[:1].isupper()) and all(
                t.text[:1].isalpha() for t in clause.tokens[r + len(part):j])
            # "bàn giao nguyên trạng tổ chức, đoàn viên Công đoàn A về B": what a body holds, then the body
            held = holdings and measured
            return j if (measured and unit) or named_part or held else None
        if clause.tokens[j].text in {";", ".", ":"} or clause.phrase(j, "into_markers"):
            return None
        measured = measured or bool(clause.phrase(j, "measure_words"))  # numbers alone may be a decision's
        measured = measured or (holdings and bool(clause.phrase(j, "holding_words")))  # "bộ máy, tài sản của A"
        parted = parted or bool(clause.phrase(j, "part_words"))  # "khoa sản của Bệnh viện A" stands for it
        owner = clause.phrase(j, "owner_markers")
        if owner:
            after = j + len(owner)
            after += len(clause.phrase(after, "plural_determiners") or ())  # "của các phường A, B"
            if clause.number(after) is not None and after + 1 in clause.name_at:
                after += 1  # "của 2 phường A và B"
            listed = after + 1 < hi and clause.tokens[after + 1].text == ":" and head_at(clause.tokens, after)
            named = after in clause.name_at or after in clause.place_at or bool(listed)  # "của các xã: A, B"
            # "tài sản, nguồn vốn của 7 công ty gồm: A, B, ...": a count of bodies, listed after it
            counted = clause.number(after) is not None and clause.unit_noun(after + 1)
            return after if (measured or parted) and (named or counted) else None
    return None


def more_measured_bodies(clause: Clause, participants: list[Arg], r: int, hi: int,
                         places: bool) -> tuple[list[Arg], int]:
    """``của bản A và 74 hộ, 367 nhân khẩu của bản B``: the list goes on through further measures."""
    while r < hi:
        joiner = clause.phrase(r, "joiners")
        if joiner and clause.phrase(r + len(joiner), "establish_basis"):
            break  # "thành lập xã A, trên cơ sở ... của xã B": what follows is the founding's basis
        owner = measured_body(clause, r + len(joiner), hi) if joiner else None
        if owner is None:
            break
        more, r = clause.org_list(owner, hi, places)
        participants = participants + more
    return participants, r


def boundary_sources(clause: Clause, lo: int, k: int) -> list[Arg]:
    """``điều chỉnh địa giới hành chính huyện A và huyện B để thành lập ...``: the units whose bounds are redrawn.

    The units follow the boundary words (``boundary_markers``); a purpose word (``để``), a comma or nothing joins
    them to the establishing trigger at ``k`` (``điều chỉnh địa giới hành chính huyện A, thành lập thị xã B``).
    """
    for j in range(lo, k):
        marker = clause.phrase(j, "boundary_markers")
        if not marker:
            continue
        t = j + len(marker)
        match = clause.name_at.get(t)
        if match is None or not match.administrative:
            return []
        units, end = clause.org_list(t, k)
        return units if _joined_for_purpose(clause, end, k) else []
    if k < 2 or not clause.phrase(k - 1, "purpose_markers"):
        return []  # the sources below are told only where the founding is what they are for ("để thành lập")
    return _measured_part_source(clause, lo, k) or _dissolved_source(clause, lo, k)


def _joined_for_purpose(clause: Clause, end: int, k: int) -> bool:
    """Whether tokens ``[end, k)`` join an act to the founding at ``k``: nothing, a comma or a purpose word
    (``, để``), or a purpose word and another verb joined to the founding (``để mở rộng và thành lập``)."""
    between = clause.tokens[end:k]
    if not between:
        return True
    purposes = {w for (w,) in words("purpose_markers")}
    if len(between) > _BOUNDARY_GAP:
        return False
    return between[-1].low in purposes | {","} or (
        between[-1].low == "và" and any(t.low in purposes for t in between[:-1]))


def _dissolved_source(clause: Clause, lo: int, k: int) -> list[Arg]:
    """``giải thể phường A để thành lập xã A``: the units ended for the founding at ``k`` (after a purpose word) are
    what it is founded on."""
    for t, phrase, kind in find_triggers(clause):
        if kind == "dissolve" and lo <= t < k and t + len(phrase) in clause.name_at:
            units, end = clause.org_list(t + len(phrase), k)
            return units if units and end == k - 1 else []
    return []


def _measured_part_source(clause: Clause, lo: int, k: int) -> list[Arg]:
    """``điều chỉnh 2.900 ha diện tích tự nhiên và 813 nhân khẩu của xã A để thành lập xã B``: the unit whose land and
    people, measured, go to the body founded for that purpose (the purpose word right before ``k``)."""
    # "... của huyện A cũ để thành lập huyện B": a word that only dates the unit may close it
    unit = next((m for m in clause.names if clause.skip(m.last, "name_modifiers", k) == k - 1 and m.administrative
                 and m.first > lo), None)
    # "một phần đất của xã A", "một phần đất phía tây châu A": whose the part is, or which side of it
    if unit is None or not (clause.phrase(unit.first - 1, "owner_markers") or clause.phrase_ending(
            unit.first, "level_descriptors", lo)) or not any(
            clause.number(j) is not None for j in range(lo, unit.first)):
        return []
    return [Arg(unit.name, unit.start, unit.end)]


_BOUNDARY_GAP = 4  # words between the redrawn units and the founding verb ("để", ", để", "nhằm")


_MEMBER_REACH = 8  # words of "thành (các) cơ sở (3)", "trở thành trường đại học thành viên" before the owner marker


def member_of(clause: Clause, r: int, hi: int) -> int | None:
    """Index of the body after ``thành ... của|thuộc`` at ``r`` (``thành cơ sở 3 của Bệnh viện B``), or None.

    The words between name what the merged body becomes inside the other (``member_nouns``): a campus,
    a member unit, a teaching hospital; a number may count or label them.
    """
    if r >= hi or not clause.phrase(r, "member_openers"):
        return None
    noun = False
    for j in range(r + 1, min(hi, r + _MEMBER_REACH)):
        if j in clause.name_at:
            return None
        owner = clause.phrase(j, "placers") or clause.phrase(j, "owner_markers")
        if owner and noun:
            after = j + len(owner)
            return after if after in clause.name_at else None
        if clause.phrase(j, "member_nouns"):
            noun = True
        elif not (clause.number(j) is not None or clause.phrase(j, "plural_determiners")
                  or clause.tokens[j].text.islower()):
            return None
    return None
