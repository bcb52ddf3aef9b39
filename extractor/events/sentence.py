"""The events of one sentence: every trigger read with its frame, then what the sentence as a whole says.

Triggers are read in order (:mod:`extractor.events.build`); the sentence then joins what belongs together:
an establishment on the basis of a merge (``thành lập C trên cơ sở hợp nhất A và B``), a merge fronted
by basis words (``Trên cơ sở sáp nhập 7 trung tâm, tỉnh thành lập C``), a counted establishment a merge is
done for, the bodies established one by one, lines that go on listing an event, and units raised a level.
"""

from __future__ import annotations

import functools
import itertools

from extractor.events.anaphora import result_anaphor
from extractor.events.build import build_event, is_event, shape_event
from extractor.events.chains import paired_events, rejoined_parts, renamed_in_turn, renamed_pairs, shared_subject
from extractor.events.clause import Arg, Clause, bare_unit, words, written_mention
from extractor.events.counts import bracketed_members, further_counts, members_after
from extractor.events.elevation import elevations
from extractor.events.former_names import former_names
from extractor.events.founding import after_founding_date, founded_body, founding_name, fronted_founding, predecessor
from extractor.events.frames import basis_sources, boundary_sources, brand_before, list_members
from extractor.events.new_units import (
    bare_founding,
    bracketed_bare_merges,
    bracketed_unit_merges,
    named_unit_merges,
    new_unit_merges,
)
from extractor.events.triggers import bounds, coordinated_start, find_triggers, negated
from extractor.events.unit_ranks import unit_rank
from extractor.lang.vi import load
from extractor.recognize.org_grammar import head_at
from extractor.recognize.organizations import name_key

__all__ = ["sentence_events"]

_BASIS_REACH = 12  # tokens from a founding to the basis words of what it re-formed


def sentence_events(clause: Clause, continuing: str | None, listing: bool = False) -> list[dict]:
    """The events of one sentence in trigger order; ``continuing`` is the type of a list opened before it, and
    ``listing`` says that the sentence before ended by opening it with a colon (``... sau đây:``)."""
    events: list[dict] = []
    consumed: set[int] = set()
    triggers = find_triggers(clause)
    trigger_starts = {t for t, _, _ in triggers}
    last_establish: dict | None = None
    for k, phrase, kind in triggers:
        if k in consumed or _heading_of_a_plan(clause, k, phrase):
            continue
        lo, hi = bounds(clause, k)
        if negated(clause, k, lo):
            continue
        event = build_event(clause, k, phrase, kind, lo, hi, consumed)
        # "A được nâng cấp thành bệnh viện 100 giường": founded on A, its name not told and not to be sought
        founding = kind == "establish" and not (event is not None and event.get("kind_only"))
        founded = founded_body(clause, k, phrase) if founding else None
        if founded is None and founding and (event is None or event["result"] is None):
            founded = fronted_founding(clause, k)  # "Được người Pháp thành lập để ..., Cơ xưởng A là ..."
        if founded is None and founding and clause.phrase(k + len(phrase), "founding_dates") and (
                event is None or event["result"] is None):
            founded = predecessor(clause, 0, len(clause.tokens))  # "Được thành lập năm 1998, tiền thân là B"
            founded = None if founded is not None and _bracketed_after(clause, founded, k) else founded
            if founded is None and (event is None or (event["result"] is None and event["count"] is None)):
                founded = brand_before(clause, k, lo)  # "NXBGD được thành lập ngày 1/6/1957": known by its acronym
        if founded is None and founding and (event is None or (
                event["result"] is None and event["count"] is None and not event["participants"])):
            founded = founding_name(clause, k + len(phrase), hi)  # "Trường này được thành lập năm 1970 với tên B"
        if founded is None and founding and (event is None or event["result"] is None):
            founded = _receiver_of_founding(clause, k, lo)  # "Trường A nhận quyết định thành lập"
        if founded is not None and (event is None or (event["result"] is None and event["count"] is None)):
            event = shape_event(kind, [], founded, None, clause, k, phrase, lo)  # "Trường A (thành lập năm 1990)"
        if kind == "dissolve" and (event is None or not (event["participants"] or event["count"])) and (
                ended := _receiver_of_founding(clause, k, lo)) is not None:
            event = shape_event(kind, [ended], None, None, clause, k, phrase, lo)  # "Báo A nhận quyết định giải thể"
        if event is None:
            continue
        # "Ngân hàng A được thành lập năm 1991": a founding told with its date is an event of its own
        event["dated"] = kind == "establish" and _founding_year(clause, event["k_end"])
        if kind == "establish" and event["result"] is not None and not event["participants"] and (
                first_name := founding_name(clause, event["k_end"], hi)) is not None:
            event["result"] = first_name  # "Bệnh viện A được thành lập năm 1951 có tên là Bệnh viện B": B is founded
        elif (event["dated"] or _founding_day(clause, event["k_end"])) and event["result"] is not None and not (
                event["participants"]) and (before := predecessor(clause, 0, len(clause.tokens))) is not None and (
                not _bracketed_after(clause, before, k)):
            # "A, tiền thân là B, được thành lập năm 1964": what was founded then is B ("A được thành lập năm 2000
            # (tiền thân là B)": A was, the bracket after its date tells what it grew from)
            event["result"] = before
        # "C được thành lập năm 2011, sau khi tách ra từ B": the body established is the part split off
        split_off = kind == "split" and event["result"] is None and bool(event["participants"]) and (
            last_establish is not None and last_establish["result"] is not None and not last_establish["participants"]
            and name_key(last_establish["result"].name) != name_key(event["participants"][0].name))
        based = last_establish is not None and last_establish["lo"] == lo and (
            _basis_before(clause, k, last_establish["k_end"]) or split_off)
        if kind == "split" and based and not event["participants"]:
            # "thành lập C trên cơ sở tách chức năng ... từ Sở B": functions, no named part, taken from B found C
            origin = _functions_from(clause, k + len(phrase), hi)
            if origin is not None:
                last_establish["participants"] = [origin]
            continue
        if kind in ("merge", "rename", "split") and based and (kind != "rename" or event["participants"]):
            event["result"] = last_establish["result"] or event["result"]  # the body established is what comes out
            if kind == "rename" and phrase in words("basis_conversions"):
                event["type"] = "establish"  # "thành lập C trên cơ sở chuyển đổi A": C is founded out of A
            if event["result"] is None:
                event["result_anaphor"] = last_establish.get("result_anaphor")
            if split_off:
                # "thành lập A và B, được tách từ C": C is split into every body the founding lists, none alone
                founded_too = [e for e in events if e is not last_establish and e["type"] == "establish" and (
                    e["k"] == last_establish["k"]) and not e["participants"]]
                if founded_too:
                    event["result"] = None
                    for other in founded_too:
                        events.remove(other)
            if last_establish in events:
                events.remove(last_establish)
        if event["type"] == "establish" and event["result"] is None and event["count"] is None and not event.get(
                "kind_only"):
            # "Ban Quản lý này được thành lập trên cơ sở ...": the body founded was named before
            event["result_anaphor"] = result_anaphor(clause, k, lo)
        if event["type"] == "establish" and not event["participants"] and (
                event["result"] is not None or event.get("result_anaphor")):
            event["participants"] = _establish_sources(clause, event, lo, hi, trigger_starts)
            if event["result"] is not None and (_reformed_together(clause, event) or _formed_from_whole(clause, event)):
                event["type"] = "merge"
            elif event["result"] is not None and not event["participants"] and (
                    reformed := _reformed_count(clause, event["k_end"], hi)) is not None:
                # "thành lập C trên cơ sở tổ chức lại 9 trường", "... 3 trung tâm: A, B và C" (each named)
                count, noun_at = reformed
                listed = bracketed_members(clause, noun_at, hi)
                members = listed[0] if listed is not None and len(listed[0]) == count else []
                event |= {"type": "merge", "count": count, "participants": members}
        elif event["type"] == "establish" and not event["participants"] and event["count"] and (
                len(sources := basis_sources(clause, event["k_end"], hi, trigger_starts)) == event["count"]):
            event["participants"] = sources  # "thành lập 5 công an phường trên cơ sở Công an xã A, B, C, D và E"
        # "A xin đổi tên trường, bỏ chữ B": A drops a word, not itself; "A kết thúc hoạt động và chuyển 9 công ty
        # về ...": A hands over a count of others
        lends = phrase not in words("after_only") and event["count"] is None
        if lends and (rejoined := rejoined_parts(clause, event, events, lo, hi)):
            event["participants"] = rejoined  # "A tách thành B và C, đến năm 1987 lại nhập thành D": B and C merge
        elif lends and (lent := shared_subject(clause, event, events, lo)) is not None:
            # "A được chuyển giao về B, đổi tên thành C": A is renamed; "A được tách khỏi B và điều chuyển sang C": A
            # is moved to C
            event["participants"] = [lent, *event["participants"]]
        if kind == "rename" and event["result"] is None and (former := _renamed_from(clause, event, lo, hi)):
            event["participants"], event["result"] = former  # "A được đổi tên từ B": B was the name, A is
        if kind == "rename" and not event["participants"] and event["result"] is not None and (
                before := predecessor(clause, 0, k)) is not None and name_key(before.name) != name_key(
                event["result"].name):
            event["participants"] = [before]  # "..., tiền thân là A, năm 2003 được đổi tên thành B": A is renamed
        if (paired := paired_events(clause, event, lo, hi)) is not None:
            events.extend(paired)  # "A và B lần lượt đổi tên thành C và D"
            continue
        if kind == "dissolve" and event["participants"] and (
                formed := _formed_on_basis(clause, k, lo, last_establish)) is not None:
            # "tổ chức lại Thanh tra tỉnh trên cơ sở kết thúc hoạt động của A, B": A and B go into it
            event = event | {"type": "merge", "result": formed, "count": None}
            if last_establish in events and last_establish["result"] == formed:
                events.remove(last_establish)
        if is_event(event, phrase, clause):
            _name_counted_subject(clause, event, hi)
            # "thành lập Tòa án, Viện kiểm sát huyện A trên cơ sở Tòa án và Viện kiểm sát huyện B": one each
            sources = _paired_sources(clause, event, hi, trigger_starts)
            events.extend(_one_per_body(clause, event, sources))
            events.extend(further_counts(clause, event, hi))
            events.extend(renamed_pairs(clause, event, len(clause.tokens)))  # "đổi tên A thành B, C thành D"
            if event["type"] == "establish":
                last_establish = event
    events.extend(renamed_in_turn(clause, events))  # "sau đó lần lượt đổi tên thành B, C và D"
    _ended_into(clause, events, triggers)
    _renamed_to_object(clause, events)
    _fold_renamed_results(clause, events)
    _join_fronted_basis(clause, events)
    _join_basis_merges(clause, events)
    _founded_after_merging(clause, events)
    _passive_reformed(clause, events)
    _join_split_purpose(clause, events)
    _founded_on_taken_out(events)
    _counted_purpose(clause, events, triggers)
    _join_split_into_merge(clause, events)
    _named_before_its_merge(clause, events)
    _drop_founding_of_merged(events)
    _merge_then_founding(clause, events)
    _handover_to_found(clause, events)
    _part_taken_to_found(clause, events)
    _split_off_to_another(clause, events)
    _founded_out_of(clause, events)
    _drop_counted_outcomes(clause, events)
    _drop_joined_counts(clause, events)
    _counted_founders(clause, events)
    _sources_told_with_their_founding(clause, events)
    _merges_pair_by_pair(clause, events)
    for event in events:
        if event["type"] == "establish" and event["result"] is not None and _units_of_its_level(clause, event):
            event["type"] = "merge"
    events.extend(_founded_in_lower_case(clause, triggers, events))
    events.extend(elevations(clause, 0, len(clause.tokens)))
    _add_new_units(clause, events)
    events.extend(former_names(clause))  # "Ngân hàng A (nay là Ngân hàng B)"
    if continuing or events:
        taken = {a.start for e in events for a in e["participants"]}
        # "thành lập 3 chi bộ gồm: Sở A; Sở B": the bodies an event of the sentence names as its result are no new ones
        named = {a.start for e in events for a in [*(e.get("established") or ()), e["result"]] if a is not None}
        events.extend(list_members(clause, triggers, events[-1]["type"] if events else continuing, taken,
                                   introduced=listing and not events, named=frozenset(named)))
    return sorted(events, key=lambda e: e["k"])


_FOUNDING_ASIDE_REACH = 20  # words of the founding told of a merged body before the next body of the list


def _sources_told_with_their_founding(clause: Clause, events: list[dict]) -> None:
    """``hợp nhất Ban A đã được thành lập theo Quyết định số 12 và Ban B đã được thành lập theo ...``: each body
    merged is told with when it was founded; the list of what merges goes on past those words, and the foundings are
    no events of their own (the bodies were there before the merge)."""
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is not None and e["participants"]]:
        while True:
            last = name_key(merge["participants"][-1].name)
            aside = next((e for e in events if e["type"] == "establish" and not e["participants"]
                          and e["result"] is not None and e["k"] > merge["k"] and name_key(e["result"].name) == last
                          and clause.token_after(e["result"]) <= e["k"] and not any(
                              clause.tokens[j].text in {",", ";", ".", "("}
                              for j in range(clause.token_after(merge["participants"][-1]), e["k"]))
                          # the decision it was founded by, not the year a history tells of it
                          and clause.phrase(e["k_end"], "founding_documents")), None)
            if aside is None:
                break
            events.remove(aside)
            more = next((j + 1 for j in range(aside["k_end"], min(len(clause.tokens) - 1,
                                                                 aside["k_end"] + _FOUNDING_ASIDE_REACH))
                         if clause.tokens[j].text in {"và", ","} and j + 1 in clause.name_at), None)
            if more is None or any(clause.tokens[j].text in {";", "."} for j in range(aside["k_end"], more)):
                break
            members, _ = clause.org_list(more, len(clause.tokens))
            merge["participants"] = [*merge["participants"], *members[:1]]


def _merges_pair_by_pair(clause: Clause, events: list[dict]) -> None:
    """``sáp nhập A và B; C và D; E và F``: one merge of each group the semicolons part, when every group joins two
    bodies or more; the list read at once would merge them all."""
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is None and e["count"] is None
                  and len(e["participants"]) >= 4]:
        groups: list[list[Arg]] = [[merge["participants"][0]]]
        for before, body in itertools.pairwise(merge["participants"]):
            gap = clause.text[before.end - clause.offset:body.start - clause.offset] if (
                before.end is not None and body.start is not None) else ""
            if ";" in gap:
                groups.append([])
            groups[-1].append(body)
        if len(groups) < 2 or any(len(group) < 2 for group in groups):
            continue
        events.remove(merge)
        events.extend(merge | {"participants": group} for group in groups)


def _establish_sources(clause: Clause, event: dict, lo: int, hi: int, trigger_starts: set[int]) -> list[Arg]:
    """The bodies an establishment comes out of, where the sentence names them.

    ``thành lập phường A trên cơ sở ... của xã A`` (one body established on a basis; several when the basis
    lists several: ``trên cơ sở các huyện A, B, C``), or ``điều chỉnh địa giới huyện A để thành lập B và C``
    (every body established out of a redrawn unit).
    """
    if len(event.get("established") or ()) <= 1:
        result = event["result"]
        after = event["k_end"] if result is None else max(event["k_end"], clause.token_after(result))
        sources = basis_sources(clause, after, hi, trigger_starts)
        if sources:
            return sources
    result = event["result"]
    after = clause.token_after(result) if result is not None and result.end is not None else None
    if after is not None and after + 1 < hi and clause.tokens[after].text == "(":
        after += 1  # "thành lập phường A (từ xã A)": where it comes from, in brackets
    if after is not None and after < hi and clause.phrase(after, "establish_sources") and (
            (listed := clause.skip(after + 1, "fillers", hi)) in clause.name_at):
        return clause.org_list(listed, hi)[0]  # "thành lập xã C từ một phần các xã A, B": C's sources
    sources = boundary_sources(clause, lo, event["k"])
    if len(sources) > 1 and len(sources) == len(event.get("established") or ()):
        return []  # "... huyện A, huyện B để thành lập thị xã A, thị xã B": one each, paired later
    return sources


def _formed_from_whole(clause: Clause, event: dict) -> bool:
    """``thành lập xã C từ xã A và xã B``: a body formed out of two or more whole bodies is a merge into it (out of
    parts of them, ``từ một phần các xã A, B``, it is founded on them)."""
    if len(event["participants"]) < 2 or (first := clause.token_starting(event["participants"][0].start)) is None:
        return False
    if any(clause.phrase(j, "establish_basis") for j in range(event["k"], first)):
        return False  # "trên cơ sở toàn bộ diện tích ... từ 10 xã": founded on them
    k = first - 1
    while k > event["k"] and not clause.phrase(k, "establish_sources"):
        if clause.phrase(k, "part_markers"):
            return False  # "từ một phần các xã A, B": founded on parts of them
        k -= 1
    return k > event["k"] and bool(clause.phrase(k, "establish_sources"))


def _units_of_its_level(clause: Clause, event: dict) -> bool:
    """``thành lập phường C trên cơ sở toàn bộ diện tích ... của xã A và thị trấn B``: a local unit founded on two or
    more whole units of its own level takes them in, a merge into it; of a lower level (``thành lập huyện C trên cơ
    sở 10 xã``), they stay units of their own inside it, and C is founded on them. Units whose bounds are redrawn
    (``trên cơ sở điều chỉnh địa giới xã A và xã B``), parts of units and land moved out of them (``điều chỉnh 3.000
    ha ... của xã A``) give C land, not themselves."""
    if len(event["participants"]) < 2 or (rank := unit_rank(event["result"].name)) is None:
        return False
    first = clause.token_starting(event["participants"][0].start)
    if first is None or clause.first_phrase("establish_basis", event["k_end"], first) is None:
        return False  # the units named before the verb, or after no basis
    if any(clause.phrase(j, "boundary_markers") or clause.phrase(j, "part_markers")
           or clause.phrase(j, "land_moving_words") for j in range(event["k_end"], first)):
        return False
    return all(unit_rank(p.name) == rank for p in event["participants"])


def _reformed_together(clause: Clause, event: dict) -> bool:
    """``thành lập C, trên cơ sở tổ chức lại A, B``: two or more bodies re-formed as one are merged into it."""
    if len(event["participants"]) < 2 or (first := clause.token_starting(event["participants"][0].start)) is None:
        return False
    return clause.phrase_ending(first, "reforming_bases", event["k_end"]) is not None


def _reformed_count(clause: Clause, j: int, hi: int) -> tuple[int, int] | None:
    """``... trên cơ sở sắp xếp lại 9 trường đại học`` after a founding that ends at ``j``: the count of the bodies
    re-formed into the one founded (two or more) and where their noun starts, or None."""
    for at in range(j, min(hi, j + _BASIS_REACH)):
        basis = clause.phrase(at, "basis")
        if not basis:
            continue
        # the verb of re-forming inside the basis words ("trên cơ sở tổ chức lại") or right after them
        verb_at = next((v for v in range(at + 1, at + len(basis) + 1) if clause.phrase(v, "reforming_bases")), None)
        if verb_at is None:
            return None  # "trên cơ sở hợp nhất ...": read by the merge trigger itself
        after = verb_at + len(clause.phrase(verb_at, "reforming_bases") or ())
        n = clause.number(after)
        return (n, after + 1) if n is not None and n >= 2 and clause.unit_noun(after + 1) else None
    return None


def _formed_on_basis(clause: Clause, k: int, lo: int, last_establish: dict | None) -> Arg | None:
    """The body founded or re-formed right before the basis words that end before trigger ``k``, if any.

    ``thành lập C trên cơ sở giải thể A`` (C founded just before), ``tổ chức lại C trên cơ sở kết thúc hoạt động
    của A`` (C named right after a verb of forming).
    """
    start = _basis_start(clause, k, lo)
    if start is None:
        return None
    if last_establish is not None and last_establish["lo"] == lo and last_establish["result"] is not None and (
            last_establish["k_end"] <= start):
        return last_establish["result"]
    match = clause.name_before(start, lo)
    if match is None or clause.phrase_ending(match.first, "forming_verbs", lo) is None:
        return None
    return Arg(match.name, match.start, match.end)


def _basis_start(clause: Clause, k: int, lower: int) -> int | None:
    """Index where basis words (``trên cơ sở``, ``từ việc``) ending right before token ``k`` start, if any; before
    the first of two triggers joined by a comma too (``trên cơ sở hợp nhất, sáp nhập A và B``; but in ``trên cơ sở
    tổ chức lại và đổi tên từ A`` the second verb is an act of its own)."""
    if k > 0 and clause.tokens[k - 1].text == ",":
        k = coordinated_start(clause, k, lower)
    found = clause.phrase_ending(k, "basis", lower, range(1, 8))
    return k - len(found) if found else None


def _join_fronted_basis(clause: Clause, events: list[dict]) -> None:
    """``Trên cơ sở sáp nhập 7 trung tâm, TP.HCM đã thành lập C``: the merge fronted by basis words forms C.

    The establishment after it in the same clause names what the merge comes to; the two are one merge.
    """
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is None]:
        start = _basis_start(clause, merge["k"], merge["lo"])
        if start is None or start > merge["lo"] + 1:
            continue  # the basis words must open the clause
        founded = next((e for e in events if e["type"] == "establish" and e["k"] > merge["k"] and e["lo"] == merge["lo"]
                        and e["result"] is not None and not e["participants"] and e["count"] is None), None)
        if founded is not None:
            merge["result"] = founded["result"]
            events.remove(founded)


def _passive_reformed(clause: Clause, events: list[dict]) -> None:
    """``Sở A được tổ chức lại trên cơ sở hợp nhất B và C``: the body re-formed before the basis is what the merge
    forms."""
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is None and len(e["participants"]) >= 2]:
        start = _basis_start(clause, merge["k"], merge["lo"])
        forming = clause.phrase_ending(start, "forming_verbs", merge["lo"]) if start is not None else None
        if forming is None:
            continue
        j = clause.before_passive(start - len(forming), merge["lo"])
        match = clause.name_before(j, merge["lo"])
        if match is not None and j < start - len(forming):  # a passive marker stood between the body and the verb
            merge["result"] = Arg(match.name, match.start, match.end)


def _join_basis_merges(clause: Clause, events: list[dict]) -> None:
    """``C được thành lập trên cơ sở nâng cấp A, sáp nhập B và D``: the basis goes on with a merge; A, B and D
    together make C, one merge."""
    for founded in [e for e in events if e["type"] == "establish" and e["participants"] and e["result"]]:
        after = max(clause.token_after(p) for p in founded["participants"])
        merge = next((e for e in events if e["type"] == "merge" and e["result"] is None and e["lo"] == founded["lo"]
                      and e["k"] > founded["k"] and after <= e["k"]
                      and all(t.text == "," or t.low == "và" for t in clause.tokens[after:e["k"]])), None)
        if merge is not None and after < merge["k"]:
            merge["participants"] = [*founded["participants"], *merge["participants"]]
            merge["result"] = founded["result"]
            events.remove(founded)


def _heading_of_a_plan(clause: Clause, k: int, phrase: tuple[str, ...]) -> bool:
    """``Phương án sắp xếp: thành lập xã C trên cơ sở ...``: a plan's name with its colon heads what it plans; the
    verb inside the name states nothing, the sentence after the colon does."""
    after = k + len(phrase)
    return after < len(clause.tokens) and clause.tokens[after].text == ":" and k > 0 and (
        clause.phrase_ending(k, "policy_nouns", 0) is not None)


_LOWER_FIELD_WORDS = 6  # lower-case words of a founded body's field ("Viện nghiên cứu đông y")


def _founded_in_lower_case(clause: Clause, triggers: tuple, events: list[dict]) -> list[dict]:
    """``Nay thành lập Viện nghiên cứu đông y trực thuộc Bộ Y tế.``: decrees of the past write a founded body's
    field in lower case, so no name is read; a capitalised head right after a founding verb, then only lower-case
    words up to where the clause goes on (a comma, ``trực thuộc``, the end), is the body founded, where the verb
    opens a decree's formula (``Nay thành lập``) or the head is an institute, a school or a hospital."""
    told = {e["k"] for e in events}
    found = []
    for k, phrase, kind in triggers:
        j = k + len(phrase)
        if kind != "establish" or k in told or phrase not in words("lower_case_founding_verbs") or j in clause.name_at:
            continue
        head = head_at(clause.tokens, j) if j < len(clause.tokens) and clause.tokens[j].text[:1].isupper() else None
        if head is None or head[2]:
            continue
        # "Nay thành lập ...": a decree's formula
        decreed = k > 0 and clause.phrase(k - 1, "decree_openers") is not None
        if not decreed and tuple(w.lower() for w in head[0]) not in words("lower_case_institution_heads"):
            continue  # "thành lập Hội đồng sai quy định": a plain noun and what is said of it
        end = clause.lower_case_run_end(j, j + len(head[0]), len(clause.tokens), _LOWER_FIELD_WORDS,
                                        "lower_case_body_enders")
        if end is None:
            continue
        body = Arg(clause.span_text(j, end), clause.tokens[j].start, clause.tokens[end - 1].end)
        found.append(written_mention("establish", [], body, clause, k, lo=k, k_end=j,
                                     trigger=(clause.tokens[k].start, clause.tokens[j - 1].end)))
    return found


def _founded_after_merging(clause: Clause, events: list[dict]) -> None:
    """``Thành lập phường C sau khi sáp nhập 4 phường gồm: A, B, D, E``: the merge told after the founding, as what came
    first, forms the body founded; one merge into C. The body must be of the kind merged (a local unit from local
    units, a school from schools): ``thành lập Ban Chỉ đạo sau khi sáp nhập các xã`` founds a board beside a merge."""
    for founded in [e for e in events if e["type"] == "establish" and not e["participants"] and e["result"]]:
        after = clause.token_after(founded["result"])
        words_after = clause.phrase(after, "founded_after_words") if after < len(clause.tokens) else None
        merge = next((e for e in events if e["type"] == "merge" and e["result"] is None and words_after
                      and e["k"] == after + len(words_after) and (e["participants"] or e["count"])), None)
        if merge is None or not _of_one_kind(founded["result"], merge["participants"]):
            continue
        merge["result"] = founded["result"]
        events.remove(founded)


def _of_one_kind(body: Arg, members: list[Arg]) -> bool:
    """Whether ``members`` are of ``body``'s kind: local units (of any level) for a local unit, else the same head
    word; a count with no names says nothing against it."""
    if unit_rank(body.name) is not None:
        return all(unit_rank(m.name) is not None for m in members)
    head = body.name.split()[0].lower()
    return all(m.name.split()[0].lower() == head for m in members)


def _ended_into(clause: Clause, events: list[dict], triggers: tuple) -> None:
    """``giải thể Công an xã A và B, nhập vào Công an xã C``: the bodies ended go into C, one merge; ``bỏ A, đổi
    thành B``: A goes on as B, a renaming."""
    merge_at = {t: phrase for t, phrase, kind in triggers if kind == "merge"}
    by_trigger: dict[int, list[dict]] = {}
    for event in events:
        if event["type"] == "dissolve" and event["participants"]:
            by_trigger.setdefault(event["k"], []).append(event)
    rename_at = {t: phrase for t, phrase, kind in triggers if kind == "rename"}
    for ended in by_trigger.values():
        bodies = [p for e in ended for p in e["participants"]]
        last = max(clause.token_after(p) for p in bodies)
        renamed = rename_at.get(last + 1) if last < len(clause.tokens) and clause.tokens[last].text == "," else None
        new_name = clause.name_at.get(last + 1 + len(renamed)) if renamed and renamed[-1] == "thành" else None
        if len(bodies) == 1 and new_name is not None:
            # "bỏ Tổng cục Dân số, đổi thành Cục Dân số": the body goes on under a new name
            ended[0].update(type="rename", result=Arg(new_name.name, new_name.start, new_name.end))
            continue
        j = _past_time_and_purpose(clause, last)
        phrase = merge_at.get(j)
        # "giải thể xã A, nhập địa bàn vào xã B": the land it hands on, then where it goes
        taken = clause.skip(j + len(phrase), "ceded_lands", len(clause.tokens)) if phrase else j
        into = clause.phrase(taken, "into_markers") if phrase else None
        target = clause.name_at.get(taken + len(into)) if into else None
        if j == last or target is None:
            continue
        receiver = Arg(target.name, target.start, target.end)
        first = ended[0]
        events[events.index(first)] = {**first, "type": "merge", "result": receiver, "count": None,
                                       "participants": [*bodies, receiver]}
        for e in ended[1:]:
            events.remove(e)


_TIME_AND_PURPOSE_REACH = 10  # words between bodies ended and the merge they go into: "từ ngày 1/10/2025 để"


def _past_time_and_purpose(clause: Clause, j: int) -> int:
    """Index past the joints, a date and a purpose word after token ``j`` (``, từ ngày 1/10/2025 để``)."""
    end = min(len(clause.tokens), j + _TIME_AND_PURPOSE_REACH)
    while j < end:
        token = clause.tokens[j]
        if token.text == "," or token.low == "và" or token.text[:1].isdecimal():
            j += 1
        elif joint := clause.phrase(j, "date_joints"):
            j += len(joint)
        elif purpose := clause.phrase(j, "purpose_markers"):
            j += len(purpose)
        else:
            break
    return j


def _renamed_to_object(clause: Clause, events: list[dict]) -> None:
    """``thành lập Công ty A năm 1975, rồi đổi tên Công ty B năm 1981``: after the body an earlier verb of the
    sentence formed, ``đổi tên`` with one name and no ``thành`` gives the new name, not the body renamed."""
    for rename in [e for e in events if e["type"] == "rename" and len(e["participants"]) == 1
                   and e["result"] is None and e["count"] is None]:
        named = rename["participants"][0]
        if clause.token_starting(named.start) != rename["k_end"]:
            continue
        before = [e for e in events if e["k"] < rename["k"] and e["result"] is not None and e is not rename]
        if before:
            rename["participants"], rename["result"] = [before[-1]["result"]], named


def _fold_renamed_results(clause: Clause, events: list[dict]) -> None:
    """``sáp nhập A vào B, đổi tên B thành C``: a merge that also renames the body it forms is one merge into C.
    A rename told as a later step, after a date of its own (``... hợp nhất A và B và đến năm 1983, B được đổi tên
    thành C``), is a rename of its own."""
    for rename in [e for e in events if e["type"] == "rename" and len(e["participants"]) == 1 and e["result"]]:
        renamed = name_key(rename["participants"][0].name)
        merge = next((e for e in events if e["type"] == "merge" and e["k"] < rename["k"] and e["lo"] == rename["lo"]
                      and e["result"] is not None and name_key(e["result"].name) == renamed), None)
        if merge is not None and not _later_step(clause, merge["k_end"], rename["k"]):
            merge["result"] = rename["result"]
            events.remove(rename)


def _later_step(clause: Clause, j: int, k: int) -> bool:
    """Whether a new step of a history opens in ``[j, k)``: a comma or ``và`` and then a date (``, năm 1983``, ``và
    đến ngày 2/6/1983``), the date's own words passed over (``đến``, ``sau đó``), or a word that says "later"."""
    for i in range(j, k - 1):
        if clause.tokens[i].low not in _STEP_JOINERS:
            continue
        if clause.phrase(i + 1, "later_step_markers"):
            return True  # ", sau đổi tên thành C": a later step, told without its date
        at = i + 1 + len(clause.phrase(i + 1, "step_lead_ins") or ())
        opener = clause.phrase(at, "history_line_openers") if at < k else None
        if opener and clause.number(at + len(opener)) is not None:
            return True
    return False


_STEP_JOINERS = frozenset({",", "và", "rồi"})


def _join_split_purpose(clause: Clause, events: list[dict]) -> None:
    """``tách thôn A khỏi xã B để thành lập xã C``: the villages taken out are how B is split, C what comes out;
    so ``xóm A sáp nhập với xóm B để thành lập xóm C``: C is what the merge forms."""
    for split in [e for e in events if e["participants"] and (
            e["type"] == "split" or (e["type"] == "merge" and e["result"] is None))]:
        # "tỉnh A được chia để tái thành lập 2 tỉnh B và C": the bodies the split forms, counted
        founded = next((e for e in events if e["type"] == "establish" and e["k"] > split["k"] and e["lo"] == split["lo"]
                        and (e["result"] is not None or (split["type"] == "split" and e["count"] is not None
                                                         and not _kinds_after(clause, split["k_end"], e["k"])))
                        and not e["participants"] and e["k"] > 0
                        and clause.phrase(e["k"] - 1, "purpose_markers")), None)
        if founded is not None:
            # one founding per body named ("để thành lập 2 tỉnh A và B"): all of them are what the split forms
            told = [e for e in events if e["type"] == "establish" and e["k"] == founded["k"] and not e["participants"]]
            if len(told) == 1:
                split["result"] = founded["result"] or split["result"]
                if split["type"] == "split" and founded["result"] is not None and _land_taken_out(clause, split):
                    # "2.900 ha diện tích tự nhiên của xã A được tách ra để thành lập B": land taken out founds B on A
                    split["type"] = "establish"
                    split["participants"] = split["participants"][:1]
            for e in told:
                events.remove(e)


def _land_taken_out(clause: Clause, split: dict) -> bool:
    """Whether what a split takes out of its body is told as land or people (``2.900 ha diện tích tự nhiên của xã
    A``) before the body, not as units of it (``thôn A``)."""
    first = clause.token_starting(split["participants"][0].start)
    return first is not None and first < split["k"] and any(
        clause.phrase(j, "measure_words") for j in range(split["lo"], first))


def _founded_on_taken_out(events: list[dict]) -> None:
    """``cắt các huyện A, B, C để thành lập phủ D``, ``tách xã A, xã B thành huyện C``: several units taken, from no
    whole named, to form one body are what it is founded on; a split keeps one body, the whole it is taken from."""
    for split in events:
        taken_out = split.get("taken_out") or []
        if split["type"] == "split" and split["result"] is not None and len(split["participants"]) == 1 and (
                len(taken_out) > 1 and split["participants"][0] == taken_out[0]):
            split["type"], split["participants"] = "establish", list(taken_out)


def _kinds_after(clause: Clause, j: int, hi: int) -> bool:
    """Whether bodies of a kind (``các tổ dân phố``) follow a trigger that ends at ``j``: see
    :func:`_counted_purpose`."""
    after = clause.skip(j, "fillers", hi)  # fillers take "các" in too
    return any(clause.phrase(i, "plural_determiners") for i in range(j, min(after + 1, hi)))


def _counted_purpose(clause: Clause, events: list[dict], triggers: list[tuple]) -> None:
    """``sáp nhập các tổ dân phố nhỏ để thành lập 4 tổ dân phố mới``: bodies of a kind, none named, merged (or split)
    to form a count of new ones; the count belongs to the merge (split), and the body before the first verb is who
    re-arranges, not what is split. So ``hợp nhất các tổ chức bảo hiểm xã hội, thành lập Bảo hiểm xã hội C``: the
    bodies of a kind merge into the body founded."""
    for founded in [e for e in events if e["type"] == "establish" and not e["participants"] and (
            e["count"] is not None or e["result"] is not None) and _after_purpose_or_comma(clause, e["k"])]:
        verb = next(((t, phrase, kind) for t, phrase, kind in reversed(triggers)
                     if founded["lo"] <= t < founded["k"] and kind in ("merge", "split")), None)
        if verb is None:
            continue
        t, phrase, kind = verb
        after = clause.skip(t + len(phrase), "fillers", founded["k"])
        if not _kinds_after(clause, t + len(phrase), founded["k"]) or after in clause.name_at:
            continue
        founded["type"] = kind
        events[:] = [e for e in events if e is founded or e["k"] != t]


_FUNCTIONS_REACH = 24  # words of the functions taken away before "từ" and the body that held them


def _functions_from(clause: Clause, j: int, hi: int) -> Arg | None:
    """The body after ``từ`` that the functions named after a split trigger are taken from (``tách chức năng quản lý
    nhà nước về quy hoạch từ Sở Xây dựng``), when no name stands between; else None."""
    for i in range(j, min(hi, j + _FUNCTIONS_REACH)):
        if i in clause.name_at:
            return None
        origin = clause.phrase(i, "origin_markers")
        if origin and i + len(origin) in clause.name_at:
            match = clause.name_at[i + len(origin)]
            return Arg(match.name, match.start, match.end)
    return None


def _after_purpose_or_comma(clause: Clause, k: int) -> bool:
    """Whether the trigger at ``k`` follows ``để``/``nhằm`` or a comma: it tells what the verb before it is for."""
    return k > 0 and (bool(clause.phrase(k - 1, "purpose_markers")) or clause.tokens[k - 1].text == ",")


def _join_split_into_merge(clause: Clause, events: list[dict]) -> None:
    """``tách xã A và xã B của huyện C để (, và) sáp nhập vào huyện D``: the bodies taken out are merged into D; the
    taking out is how the merge is done, not a split of its own."""
    for split in [e for e in events if e["type"] == "split" and e["result"] is None and len(e["participants"]) <= 1]:
        # "tách hai quận A, B nhập vào tỉnh C", "cắt xã A chuyển về thị xã B": the bodies taken out are the ones the
        # merge or handover after it moves
        if any(e["type"] in ("merge", "transfer") and e["k"] > split["k"] and e["lo"] == split["lo"]
               and e["result"] is not None and _moves_what_was_taken(split, e)
               and not _parted_from(clause, split["k"], e["k"]) for e in events):
            events.remove(split)
    for split in [e for e in events if e["type"] == "split" and e.get("taken_out") and e["result"] is None]:
        lent = [*split["participants"][:1]]  # "tách xã A và sáp nhập vào huyện B": the merge borrowed A
        merge = next((e for e in events if e["type"] == "merge" and e["k"] > split["k"] and e["lo"] == split["lo"]
                      and e["result"] is not None and e["count"] is None and e["k"] > 0 and (
                          (e["participants"] in ([e["result"]], [*lent, e["result"]]) and (
                              clause.phrase(e["k"] - 1, "purpose_markers")
                              or clause.tokens[e["k"] - 1].text in {",", "và"}))
                          or _moves_the_taken_out(split, e))),
                     None)
        if merge is not None:
            # "5 xã A, B, C, D, E của huyện F": the district after "của" only says whose they were
            moved = [a for a in split["taken_out"] if not _owner_named(clause, a)]
            merge["participants"] = [*moved, merge["result"]]
            merge["count"] = split["count"]
            events.remove(split)


def _parted_from(clause: Clause, start: int, end: int) -> bool:
    """Whether the split between tokens ``start`` and ``end`` says what the body leaves (``tách khỏi Tập đoàn A và
    điều chuyển sang B``): parting from its owner is told as an act of its own."""
    return any(clause.phrase(j, "parting_markers") for j in range(start, end))


def _moves_what_was_taken(split: dict, move: dict) -> bool:
    """Whether ``move`` moves what ``split`` took out: the one body it names, or as many bodies as it counted."""
    moved = [p for p in move["participants"] if p != move["result"]]
    if split["participants"]:
        return split["participants"][0] in moved
    return bool(split["count"]) and split["count"] in (move["count"], len(moved))


def _named_before_its_merge(clause: Clause, events: list[dict]) -> None:
    """``Bộ A sau khi hợp nhất giữa Bộ A và Bộ B``: a body named right before ``sau khi`` and among the bodies the merge
    after it joins is what the merge came to."""
    for event in events:
        if event["type"] != "merge" or event["result"] is not None or len(event["participants"]) < 2:
            continue
        marker = clause.phrase_ending(event["k"], "after_merge_markers", event["lo"], sizes=(2, 1))
        before = event["k"] - len(marker or ())
        named = next((m for m in clause.names if m.last == before), None) if marker else None
        if named is not None and name_key(named.name) in {name_key(p.name) for p in event["participants"]} and all(
                p.start is not None and p.start > named.end for p in event["participants"]):
            event["result"] = Arg(named.name, named.start, named.end)


def _bracketed_after(clause: Clause, arg: Arg, k: int) -> bool:
    """Whether ``arg`` stands inside a bracket opened after token ``k``."""
    first = clause.token_starting(arg.start)
    return first is not None and first > k and clause.bracket_open(k + 1, first)


def _moves_the_taken_out(split: dict, merge: dict) -> bool:
    """Whether the bodies ``merge`` moves, written before it with no word between, are among those ``split`` takes
    out (``cắt các xã A, B của huyện C sáp nhập vào huyện D``: the merge read only the last of them)."""
    moved = [p for p in merge["participants"] if p != merge["result"]]
    taken = split["taken_out"]
    return bool(moved) and taken[0].start is not None and all(
        p.start is not None and taken[0].start <= p.start and p.end <= taken[-1].end for p in moved)


def _owner_named(clause: Clause, arg: Arg) -> bool:
    """Whether ``arg`` is written right after ``của``: whose the bodies before it are."""
    first = clause.token_starting(arg.start)
    return first is not None and first > 0 and bool(clause.phrase(first - 1, "owner_markers"))


def _drop_founding_of_merged(events: list[dict]) -> None:
    """``Báo A, hợp nhất bởi B và C, ra đời năm 2008``: the body a merge forms, said to come into being in the same
    sentence, is the merge told again, not a founding of its own."""
    formed = {name_key(e["result"].name) for e in events if e["type"] == "merge" and e["result"] is not None}
    events[:] = [e for e in events if not (
        e["type"] == "establish" and not e["participants"] and e["count"] is None and e["result"] is not None
        and name_key(e["result"].name) in formed)]


_HANDOVER_REACH = 12  # words from the body split off to the body it goes to ("tách A khỏi B về trực thuộc C")


def _split_off_to_another(clause: Clause, events: list[dict]) -> None:
    """``tách Công ty A về Bộ B``, ``tách Trường A khỏi Phòng C về trực thuộc Sở B``: a body taken out of its owner and
    put under another is transferred to it (a unit of land split off stays a split)."""
    for event in [e for e in events if e["type"] == "split"]:
        moved = event["result"] if event["result"] is not None else (
            event["participants"][0] if len(event["participants"]) == 1 else None)
        match = clause.match_of(moved) if moved is not None else None
        if match is None or match.administrative:
            continue  # "tách thôn A về xã B": a unit of land, split off as the referee reads it
        start = max(clause.token_after(moved), event["k_end"])
        others = {k for k, _, _ in find_triggers(clause) if k > event["k"]}
        for t in range(start, min(len(clause.tokens), start + _HANDOVER_REACH)):
            marker = clause.phrase(t, "handover_markers")
            receiver = clause.name_at.get(t + len(marker)) if marker else None
            if receiver is not None:
                to = Arg(receiver.name, receiver.start, receiver.end)
                event.update({"type": "transfer", "participants": [moved, to], "result": to})
                break
            if clause.tokens[t].text in {",", ";", "."} or t in others:
                break  # "tách A khỏi B, sáp nhập vào C": another verb's object


def _founded_out_of(clause: Clause, events: list[dict]) -> None:
    """``Huyện B được tách ra từ huyện A``, ``Giáo xứ B, tách từ giáo xứ A``: the body named before the verb comes out
    of the one after ``từ``, so B is founded out of A, as ``trên cơ sở tách ra từ A`` tells it; a founding told
    first (``Tỉnh B chính thức ra đời ..., tách từ tỉnh A``) takes A as its source. ``tách khỏi`` stays a split."""
    for event in [e for e in events if e["type"] == "split" and len(e["participants"]) == 1]:
        after = clause.skip(event["k_end"], "split_particles", len(clause.tokens))
        if not clause.phrase(after, "origin_markers"):
            continue
        # the founding told before the verb, or after it of the body named before it ("A, tách từ B, được thành lập")
        told = next((e for e in events if e["type"] == "establish" and not e["participants"] and e["result"] is not None
                     and e["count"] is None and (e["k"] < event["k"] or (
                         e["result"].start is not None and e["result"].start < clause.tokens[event["k"]].start))),
                    None)
        if told is not None and event["result"] in (None, told["result"]):
            told["participants"] = list(event["participants"])
            events.remove(event)
            continue
        founded = event["result"]
        if founded is None:
            left = clause.left_list(event["k"], event["lo"])[0]
            founded = left[-1] if len(left) == 1 else None
        if founded is None and event["k"] > 1 and clause.tokens[event["k"] - 1].text == ",":
            # "1. Giáo xứ B, tách từ giáo xứ A, thuộc giáo hạt C": the body the line names, then where it came from
            before = next((m for m in clause.names if m.last == event["k"] - 1), None)
            founded = Arg(before.name, before.start, before.end) if before is not None else None
        if founded is not None and founded.start is not None and founded.start < clause.tokens[event["k"]].start:
            event.update({"type": "establish", "result": founded, "established": None})
        elif founded is None and (bare := _bare_units_before(clause, event)):
            # "lập các xã mới: A, B tách từ xã C": bare names of units of the origin's kind, each founded out of it
            events.remove(event)
            events.extend(event | {"type": "establish", "result": unit, "established": None} for unit in bare)


def _bare_units_before(clause: Clause, event: dict) -> list[Arg]:
    """The bare names right before a split's verb (``A, B tách từ xã C``), back to the colon, semicolon or clause
    start before them, named with the level of the unit they come from; [] unless that unit is one of land and every
    word before the verb is a capitalised name or a joiner."""
    origin = clause.name_at.get(clause.token_starting(event["participants"][0].start) or -1)
    if origin is None or not origin.administrative:
        return []
    level = origin.name.split()[0].lower()
    units: list[Arg] = []
    end = j = event["k"]
    while j > event["lo"] and clause.tokens[j - 1].text not in {":", ";"}:
        token = clause.tokens[j - 1]
        if token.text == "," or token.low == "và":
            if end == j:
                return []
            units.append(bare_unit(clause, j, end, level))
            end = j - 1
        elif not (token.text[:1].isupper() and token.text.isalpha()) or j - 1 in clause.inside:
            return []
        j -= 1
    if end == j or (j == event["lo"] and j > 0 and clause.tokens[j - 1].text not in {":", ";"}):
        return []
    units.append(bare_unit(clause, j, end, level))
    return units[::-1]


def _merge_then_founding(clause: Clause, events: list[dict]) -> None:
    """``hợp nhất Sở A với Sở B, thành lập Sở C``: the body founded right after a merge that names none is what the
    merge forms; one merge into it, no founding of its own."""
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is None and len(e["participants"]) >= 2]:
        founded = next((e for e in events if e["type"] == "establish" and e["k"] > merge["k"]), None)
        if founded is None or founded["participants"] or founded["result"] is None or founded["count"] is not None:
            continue
        between = clause.tokens[merge["k"]:founded["k"]]
        commas = [t for t in between if t.text == ","]
        last = clause.token_starting(merge["participants"][-1].end) or 0
        if commas and all(t.text[:1].isalpha() or t.text in {",", "-", "–"} for t in between) and clause.tokens[
                founded["k"] - 1].text == "," and founded["k"] - 1 >= last:
            merge["result"] = founded["result"]
            events.remove(founded)
    _counted_merge_then_founding(clause, events)


_COUNTED_MERGE_GAP = 12  # words from a counted merge ("nhập bảy xã của tổng A vào") to the founding verb
_BEFORE_FOUNDING = frozenset({"vào", "lại"})  # "nhập 7 xã vào thành lập", "nhập 3 thôn lại thành lập"


def _counted_merge_then_founding(clause: Clause, events: list[dict]) -> None:
    """``nhập bảy xã của tổng A vào thành lập xã B``, ``hợp nhất 3 thôn để thành lập thôn C``: counted bodies, none
    named, merged for a body founded right after them: one merge of the count into that body. After a comma the
    founding may be news of its own (``sáp nhập 20 trường, thành lập Trường C``)."""
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is None and not e["participants"]
                  and (e["count"] or 0) > 1]:
        founded = next((e for e in events if e["k"] > merge["k"]), None)
        if founded is None or founded["type"] != "establish" or founded["participants"] or (
                founded["result"] is None or founded["count"] is not None):
            continue
        k = founded["k"]
        between = clause.tokens[merge["k_end"]:k]
        if len(between) <= _COUNTED_MERGE_GAP and not any(t.text in {";", ".", ":"} for t in between) and (
                between and (between[-1].low in _BEFORE_FOUNDING or clause.phrase(k - 1, "purpose_markers"))):
            merge["result"] = founded["result"]
            events.remove(founded)


_TAKEN_OUT_GAP = 4  # words from "tách (ra)" to the founding verb after "để"


def _part_taken_to_found(clause: Clause, events: list[dict]) -> None:
    """``một phần diện tích của xã A được tách ra để thành lập thị trấn B``: the part taken out founds B, which the
    founding tells with A as its source; the taking out is no split of its own."""
    for split in [e for e in events if e["type"] == "split" and e["result"] is None and e["participants"]]:
        taken = {name_key(p.name) for p in split["participants"]}
        founded = next((e for e in events if e["type"] == "establish" and e["k"] > split["k"]
                        and {name_key(p.name) for p in e["participants"]} == taken), None)
        if founded is not None and clause.phrase(founded["k"] - 1, "purpose_markers") and (
                founded["k"] - split["k"] <= _TAKEN_OUT_GAP):
            events.remove(split)


def _handover_to_found(clause: Clause, events: list[dict]) -> None:
    """``chuyển Ban A về Ban B để thành lập Ban C``: a body handed to another so that the two form a third is a merge
    of both into the third, the founding its outcome."""
    for handover in [e for e in events if e["type"] == "transfer" and e["result"] is not None
                     and len(e["participants"]) >= 2 and e["result"].end is not None]:
        after = clause.token_after(handover["result"])
        founded = next((e for e in events if e["type"] == "establish" and e["k"] > handover["k"]), None)
        if founded is None or founded["participants"] or founded["result"] is None or founded["count"] is not None:
            continue
        purpose = clause.phrase(after, "purpose_markers") if after < len(clause.tokens) else None
        if purpose and after + len(purpose) == founded["k"]:
            handover.update(type="merge", result=founded["result"])
            events.remove(founded)


def _drop_counted_outcomes(clause: Clause, events: list[dict]) -> None:
    """``hợp nhất 401 chi cục để thành lập 190 chi cục``: the counted establishment is what the merge comes to."""
    for founded in [e for e in events if e["type"] == "establish" and e["count"] is not None and e["result"] is None]:
        purpose = founded["k"] > 0 and clause.phrase(founded["k"] - 1, "purpose_markers")
        merged = any(e["type"] == "merge" and e["k"] < founded["k"] and e["lo"] == founded["lo"] for e in events)
        if purpose and merged:
            events.remove(founded)


def _name_counted_subject(clause: Clause, event: dict, hi: int) -> None:
    """``7 bảo hiểm xã hội cơ sở ngừng hoạt động là: A, B, ...``: the counted bodies, named after the verb."""
    if event["count"] is None or event["participants"] or event["result"] is not None:
        return
    members = members_after(clause, event, hi)
    if not members:
        return
    if event["type"] == "establish":
        event["established"] = members
    else:
        event["participants"] = members


_FOUNDERS_REACH = 12  # words from a count of provinces to the founding verb ("34 tỉnh, thành phố đã quyết định")


def _counted_founders(clause: Clause, events: list[dict]) -> None:
    """``đã có 34 tỉnh, thành phố thành lập Ban Chỉ đạo A``: a body of its kind founded by each of a count of units,
    so the count says how many were founded."""
    for event in [e for e in events if e["type"] == "establish" and e["count"] is None and not e["participants"]
                  and e["result"] is not None and not _proper_after_head(e["result"].name)]:
        k = event["k"]
        for j in range(max(event["lo"], k - _FOUNDERS_REACH), k):
            n = clause.number(j)
            founders = clause.phrase(j + 1, "founding_units") if n is not None and n > 1 else None
            if founders and clause.skip(j + 1 + len(founders), ("founders_between", "founding_units"), k) == k:
                event["count"] = n
                break


def _proper_after_head(name: str) -> bool:
    """Whether a name holds a capitalised word after its first three (``Hợp tác xã Nông nghiệp Tân An``): it names
    one body, not a kind of body that each of several units founds (``Ban Chỉ đạo cấp tỉnh về ...``)."""
    return any(word[:1].isupper() for word in name.split()[3:])


def _drop_joined_counts(clause: Clause, events: list[dict]) -> None:
    """``giải thể, sáp nhập 43 phòng giao dịch``: two verbs joined over one counted object tell one event, the first."""
    counted = [e for e in events if e["count"] is not None and not e["participants"] and e["result"] is None]
    for first, second in itertools.pairwise(counted):
        between = clause.tokens[first["k_end"]:second["k"]]
        if first["count"] == second["count"] and all(t.text == "," or clause.phrase(i, "joiners") for i, t in
                                                     enumerate(between, start=first["k_end"])):
            events.remove(second)


def _paired_sources(clause: Clause, event: dict, hi: int, trigger_starts: set[int]) -> list[Arg]:
    """The bodies after ``trên cơ sở`` (or redrawn before the verb), when an establishment of several bodies names one
    source for each, or one source for all."""
    bodies = event.get("established") or ()
    if event["type"] != "establish" or len(bodies) < 2 or event["participants"]:
        return []
    after = max(event["k_end"], *(clause.token_after(body) for body in bodies))
    if after >= hi:  # "thành lập ba xã là xã A; xã B và xã C trên cơ sở ...": the list ran past a semicolon
        hi = clause.part_end(after)
    sources = basis_sources(clause, after, hi, trigger_starts)
    if len(sources) == 1:
        # "thành lập xã A, xã B và xã C trên cơ sở điều chỉnh diện tích ... của xã D": each comes out of D
        return sources * len(bodies)
    if len(sources) != len(bodies):
        sources = boundary_sources(clause, event["lo"], event["k"])  # "huyện A, huyện B để thành lập thị xã A, B"
    return sources if len(sources) == len(bodies) else []


def _one_per_body(clause: Clause, event: dict, sources: list[Arg] | None = None) -> list[dict]:
    """``thành lập thị trấn A, thị trấn B và thị trấn C``: one event per body founded.

    Each body established is an event of its own; a merge or a transfer joins its bodies. Bodies ended in one
    list are one dissolution (``giải thể Hội A và Hội B``, ``kết thúc hoạt động của Thanh tra huyện, Thanh tra sở
    và Thanh tra tỉnh``), as the referee's gold has it; a list parted by semicolons tells one ending per part
    (``kết thúc hoạt động của Đảng bộ A; Đảng bộ B; Ban C``).
    """
    bodies = event.pop("established", None)
    if event["type"] == "dissolve" and len(event["participants"]) >= 2:
        parts = _semicolon_parts(clause, event["participants"])
        if len(parts) == 1:
            return [event]
        # the count they were told with stays known, so the counted mention is theirs
        return [{**event, "participants": part, "count": None, "listed_count": event["count"]} for part in parts]
    if event["type"] != "establish" or not bodies or len(bodies) < 2:
        return [event]
    if event.get("after_state") and not sources and _comma_closes_clause(clause, bodies):
        return [{**event, "result": bodies[0]}]  # "Sau khi thành lập xã A, xã B còn lại ...": B is what is left
    if not sources or len(sources) != len(bodies) or len({source.start for source in sources}) < len(sources):
        # no source for each: the unit of the same name in the basis, where every body has one
        sources = _same_named_sources(clause, event, bodies) or sources
    if sources:
        return [{**event, "result": body, "participants": [source]} for body, source in zip(bodies, sources)]
    return [{**event, "result": body} for body in bodies]


def _same_named_sources(clause: Clause, event: dict, bodies: list[Arg]) -> list[Arg] | None:
    """``thành lập 9 phường (A, B, ...) trên cơ sở ... của 2 thị trấn (A, B) và 7 xã (C, ...)``: each new unit is
    founded on the unit of the same name its basis lists, of another level; None unless every one has such a source."""
    start = clause.first_phrase("establish_basis", event["k_end"])
    if start is None:
        return None
    listed: dict[str, Arg] = {}
    for j in range(start, len(clause.tokens)):
        match = clause.name_at.get(j)
        if match is not None and match.administrative:
            # "xã Phú Thọ, Phú Hòa": the bare members of a list share the head of the first
            for member in clause.org_list(j, len(clause.tokens))[0]:
                listed.setdefault(_unit_place(member.name), member)
        members = bracketed_members(clause, j, len(clause.tokens)) if clause.tokens[j].text[:1].isalpha() else None
        for member in members[0] if members is not None else ():
            listed.setdefault(_unit_place(member.name), member)
    sources = [listed.get(_unit_place(body.name)) for body in bodies]
    if any(source is None or name_key(source.name) == name_key(body.name) for source, body in zip(sources, bodies)):
        return None
    return sources


def _unit_place(name: str) -> str:
    """A local unit's name without its head (``phường Tân An`` → ``tân an``), case aside."""
    low = " ".join(name.lower().split())
    head = next((h for h in _unit_heads() if low.startswith(h + " ")), None)
    return low[len(head) + 1:] if head else low


@functools.cache
def _unit_heads() -> tuple[str, ...]:
    """The heads of local units, lower case, longest first."""
    return tuple(sorted({h.lower() for level in load("admin_units")["heads"].values() for h in level}, key=len,
                        reverse=True))


def _comma_closes_clause(clause: Clause, bodies: list[Arg]) -> bool:
    """Whether bodies listed after ``sau khi`` are parted by commas alone (no ``và`` closes the list): the comma
    after the first closes the time clause, and the next body opens the sentence's own."""
    between = []
    for before, after in itertools.pairwise(bodies):
        if before.end is None or after.start is None:
            return False
        between.append(clause.text[before.end - clause.offset:after.start - clause.offset].strip())
    return all(gap == "," for gap in between)


def _semicolon_parts(clause: Clause, bodies: list[Arg]) -> list[list[Arg]]:
    """The bodies of a list in the parts its semicolons make (a body written without a place in the text stays
    with the one before it)."""
    parts: list[list[Arg]] = [[bodies[0]]]
    for before, body in itertools.pairwise(bodies):
        between = clause.text[before.end - clause.offset:body.start - clause.offset] if (
            before.end is not None and body.start is not None and body.start >= before.end) else ""
        if ";" in between:
            parts.append([body])
        else:
            parts[-1].append(body)
    return parts


def _basis_before(clause: Clause, k: int, establish_end: int) -> bool:
    """``thành lập C, trên cơ sở sáp nhập ...``: basis words stand right before the merge trigger.

    ``C (nâng cấp từ A) và D (sáp nhập ...)``: a basis word inside the first event's words is not one.
    """
    return _basis_start(clause, k, establish_end) is not None


def _add_new_units(clause: Clause, events: list[dict]) -> None:
    """``Phường A mới hợp nhất từ các phường B, C``: the new unit and its members, over a trigger inside the words."""
    for merge in [*new_unit_merges(clause), *named_unit_merges(clause)]:
        events[:] = [e for e in events if not merge["k"] <= e["k"] < merge["k_end"]]
        events.append(merge)
    for merge in bracketed_unit_merges(clause, events):  # "phường A (sáp nhập B, C), phường D (E, F)"
        formed = name_key(merge["result"].name)
        events[:] = [e for e in events if not (bare_founding(e) and name_key(e["result"].name) == formed)]
        events.append(merge)
    merging = [(k, k + len(phrase)) for k, phrase, kind in find_triggers(clause) if kind == "merge"]
    for merge in bracketed_bare_merges(clause, merging):  # "huyện A (B sáp nhập với C)": B and C formed A
        events[:] = [e for e in events if not merge["lo"] <= e["k"] < merge["k_end"]]
        events.append(merge)
    _drop_founding_told_by_merges(events)
    _drop_merges_told_again(events)


def _drop_merges_told_again(events: list[dict]) -> None:
    """``sáp nhập 5 xã: A, B, C, D, E thuộc huyện F sáp nhập vào huyện G``: the verb said twice over one list; the
    merge without an outcome is the one with it, told in part."""
    for merge in [e for e in events if e["type"] == "merge" and e["result"] is None and e["participants"]]:
        own = {name_key(p.name) for p in merge["participants"]}
        if any(other is not merge and other["type"] == "merge" and other["result"] is not None and own <= {
                name_key(p.name) for p in other["participants"]} for other in events):
            events.remove(merge)


def _drop_founding_told_by_merges(events: list[dict]) -> None:
    """``thành lập 2 phường, gồm phường A (sáp nhập B, C), phường D (E, F)``: the counted founding is told again
    by as many merges after it, each naming a unit it forms; they are the events, as a founding named once and
    again as a merge is the merge."""
    for founding in [e for e in events if e["type"] == "establish" and e["count"] and not e["participants"]
                     and e["result"] is None]:
        told = [e for e in events if e["type"] == "merge" and e["result"] is not None and e["k"] > founding["k"]]
        if len(told) == founding["count"]:
            events.remove(founding)


def _receiver_of_founding(clause: Clause, k: int, lo: int) -> Arg | None:
    """``Trường A nhận quyết định thành lập``, ``Báo B nhận được quyết định ngưng hoạt động``: the body right before
    the words of receiving the decision that founds or ends it."""
    receipt = clause.phrase_ending(k, "founding_receipts", lo, sizes=(6, 5, 4, 3, 2))
    if receipt is None:
        return None
    match = clause.name_before(k - len(receipt), lo)
    return Arg(match.name, match.start, match.end) if match is not None else None


def _founding_year(clause: Clause, j: int) -> bool:
    """Whether a founding year follows token ``j`` (``năm 1991``), not a day the decision takes effect."""
    end = after_founding_date(clause, j)
    # "năm 1991", "từ năm 1964", "vào năm 1975": the year, after a preposition or none
    return end != j and "năm" in (t.low for t in clause.tokens[j:min(end, j + 2)]) and len(
        clause.tokens[end - 1].text) == 4


def _founding_day(clause: Clause, j: int) -> bool:
    """Whether a full date follows token ``j`` (``ngày 06/02/1960``): with a predecessor named (``A, trước đây là
    B, được thành lập ngày ...``), the day B was founded."""
    end = after_founding_date(clause, j)
    return end != j and clause.tokens[j].low == "ngày" and clause.tokens[end - 1].text[-4:].isdecimal()


_FORMER_REACH = 12  # words after a renaming in which "từ" gives the former name ("từ ngày 1/2/2018 từ Công ty B")


def _renamed_from(clause: Clause, event: dict, lo: int, hi: int) -> tuple[list[Arg], Arg] | None:
    """``A được đổi tên (từ ngày X) từ B``: ([B], A): the name after ``từ`` is the body's former name and the
    subject its new one; None unless both are named."""
    k_end = event["k_end"]
    at = next((j + 1 for j in range(k_end, min(hi, k_end + _FORMER_REACH))
               if clause.phrase(j, "renamed_from_markers") and j + 1 in clause.name_at), None)
    if at is None or any(clause.tokens[j].text in {",", ";"} for j in range(k_end, at)):
        return None
    left, _ = clause.left_list(event["k"], lo)
    before = [p for p in event["participants"] if p.start < clause.tokens[event["k"]].start]
    if len(left) != 1 and len(before) == 1:
        left = before  # "A được đổi tên từ B và C được đổi tên từ D": C, not "B và C", is the second subject
    if len(left) != 1:
        return None
    match = clause.name_at[at]
    former = Arg(match.name, match.start, match.end)
    return ([former], left[0]) if name_key(former.name) != name_key(left[0].name) else None
