"""Verbs that share one subject, and lists paired member by member.

- ``Ngân hàng A được chuyển giao về B, đổi tên thành C``: the second verb has no subject of its own; after
  a comma (or ``và``, ``rồi``) it speaks of the subject of the verb before it, so A is renamed C.
- ``A và B lần lượt đổi tên thành C và D``: ``lần lượt`` (respectively) pairs two lists of the same length,
  so A is renamed C and B is renamed D, two events.
- ``đổi tên A thành B, C thành D và E thành F``: after a renaming, each further pair ``C thành D`` is one
  more renaming by the same verb.
"""

from __future__ import annotations

import itertools

from extractor.events.clause import Arg, Clause, agent_of_passive
from extractor.events.founding import after_founding_date
from extractor.events.frames import is_brand_word
from extractor.events.triggers import ends_before_new_name, find_triggers

__all__ = ["before_owner", "paired_events", "rejoined_parts", "renamed_in_turn", "renamed_pairs", "shared_subject"]

# Events whose subject a verb before them can lend: each takes one body, or a body and where it goes.
_LENT_TO = ("rename", "dissolve", "split", "transfer", "merge")
_RECEIVING = ("transfer", "merge")  # events whose receiver is a participant too
# Events a respective list can pair: one body in, one body out.
_PAIRED = ("rename", "merge", "transfer")
_RESPECTIVE_REACH = 4


def shared_subject(clause: Clause, event: dict, earlier: list[dict], lo: int) -> Arg | None:
    """The subject an earlier verb of the sentence lends to ``event``, which has no body of its own.

    The trigger must open its part of the sentence (only words like ``vừa được`` between the joint and it),
    and the earlier event must have its first body written before its own trigger, as a subject.
    """
    own = [p for p in event["participants"] if event["type"] not in _RECEIVING or p != event["result"]]
    if event["type"] not in _LENT_TO or own:
        return None  # a transfer or a merge that names only where the body goes borrows the body moved
    k = event["k"]
    joint = next((j for j in range(k - 1, lo - 1, -1) if clause.phrase(j, "predicate_joints")
                  and _opens_part(clause, j + len(clause.phrase(j, "predicate_joints")), k)), None)
    if joint is None:
        return None
    lenders = [e for e in earlier if e["k"] < joint and e["lo"] == lo and e["participants"]
               and e["participants"][0].start is not None and e["participants"][0].start < e["trigger"][0]]
    # "A được tách khỏi B và điều chuyển sang C": the part taken out, the split's subject, is what moves on
    parts = [e for e in earlier if e["k"] < joint and e["lo"] == lo and e["type"] == "split" and e["result"]
             is not None and e["result"].start is not None and e["result"].start < e["trigger"][0]]
    if parts and (not lenders or parts[-1]["k"] > lenders[-1]["k"]):
        return parts[-1]["result"]
    # "A ra đời, sau đổi tên thành B": the body founded, written before its verb, is renamed
    founded = [e for e in earlier if e["k"] < joint and e["lo"] == lo and e["type"] == "establish"
               and e["result"] is not None and e["result"].start is not None and e["result"].start < e["trigger"][0]]
    # "A đổi tên thành B, năm 1990 đổi tên thành C", "đổi A thành B, sau lại đổi thành C": the name a step gave is
    # the one the next step changes, whether the step before wrote its body as subject or as object
    renamed = [e for e in earlier if e["k"] < joint and e["lo"] == lo and e["type"] == "rename"
               and e["result"] is not None]
    if event["type"] == "rename" and founded and (not lenders or founded[-1]["k"] > lenders[-1]["k"]) and not (
            renamed and renamed[-1]["k"] > founded[-1]["k"]):
        return founded[-1]["result"]  # ("A thành lập năm 1960, năm 1974 đổi tên thành B và năm 2008 ...": B)
    if event["type"] == "rename" and renamed and (not lenders or renamed[-1]["k"] >= lenders[-1]["k"]):
        return renamed[-1]["result"]
    if lenders and lenders[-1]["type"] == "merge" and lenders[-1]["result"] is not None and event["type"] in (
            "rename", "split"):
        # "A sáp nhập vào B, năm 2005 đổi tên thành C": B, which A went into, is renamed; "A và B sáp nhập thành C,
        # sau đó được tách ra làm hai": C is split
        return lenders[-1]["result"]
    if lenders:
        return lenders[-1]["participants"][0]
    taken_over = _taken_over(earlier, joint, lo)
    if event["type"] == "rename" and taken_over is not None:
        return taken_over  # "Bộ A tiếp quản Viện B, đổi tên thành C": the body taken over is renamed, not its new owner
    if event["type"] == "rename":
        # "Trung tâm A được kiện toàn, đổi tên thành B": the passive verb before is no event of its own, its subject
        # still is the one renamed
        for t, _, _ in find_triggers(clause):
            passive = any(clause.phrase(j, "passive_markers") for j in range(max(lo, t - 2), t))
            if lo <= t < joint and passive:
                subject, _ = clause.left_list(t, lo)
                if len(subject) == 1:
                    return subject[0]
    return None


def _taken_over(earlier: list[dict], joint: int, lo: int) -> Arg | None:
    """The one body a transfer just before hands to a receiver written as its subject (``A tiếp nhận B``), or None."""
    transfers = [e for e in earlier if e["k"] < joint and e["lo"] == lo and e["type"] == "transfer"]
    if not transfers:
        return None
    last = transfers[-1]
    receiver, moved = last["result"], [p for p in last["participants"] if p != last["result"]]
    if receiver is None or receiver.start is None or receiver.start > last["trigger"][0] or len(moved) != 1:
        return None
    return moved[0] if moved[0].start is not None and moved[0].start > last["trigger"][0] else None


def rejoined_parts(clause: Clause, event: dict, earlier: list[dict], lo: int, hi: int) -> list[Arg]:
    """``A tách thành B và C, đến năm 1987 lại nhập thành D``: the parts a split just before made, which a merge with
    no bodies of its own joins again; [] when the merge is not such a one."""
    if event["type"] != "merge" or event["participants"] or event["count"] is not None:
        return []
    if shared_subject(clause, event, earlier, lo) is None:
        return []  # the merge must open its part of the sentence, as a verb joined to the one before
    splits = [e for e in earlier if e["k"] < event["k"] and e["lo"] == lo and e["type"] == "split"
              and e["result"] is not None and e["result"].start is not None]
    if not splits:
        return []
    first = clause.token_starting(splits[-1]["result"].start)
    parts = clause.org_list(first, hi)[0] if first is not None else []
    return parts if len(parts) >= 2 else []


def _opens_part(clause: Clause, j: int, k: int) -> bool:
    """Whether only words of voice and time, and a date, stand between ``j`` and the trigger at ``k``:
    ``..., đến năm 2000 đổi tên thành B``."""
    j = clause.skip(j, "left_fillers", k)
    j = clause.skip(after_founding_date(clause, j), "left_fillers", k)
    # "..., sau đó được Bộ B đổi tên thành C": who acts in the passive stands between the joint and the verb
    return j == k or agent_of_passive(clause, j, k)


def paired_events(clause: Clause, event: dict, lo: int, hi: int) -> list[dict] | None:
    """``A và B lần lượt đổi tên thành C và D``: one event per pair, or None when the lists do not pair."""
    if event["type"] not in _PAIRED or event["result"] is None or event["result"].start is None:
        return None
    k = event["k"]
    # "chuyển giao bắt buộc lần lượt về C và D": the marker may follow the verb's manner
    marker = next((j for j in range(max(lo, k - _RESPECTIVE_REACH), min(hi, event["k_end"] + _RESPECTIVE_REACH))
                   if clause.phrase(j, "respective_markers")), None)
    listed: list[Arg] = []
    if marker is None:
        # "chuyển đổi 3 khối phố A, B, C lần lượt thành các thôn A, B, C": the marker after the bodies listed
        at = clause.skip(event["k_end"], "fillers", hi)
        at += 1 if at < hi and clause.number(at) is not None else 0
        listed, end = clause.org_list(at, hi) if at in clause.name_at else ([], at)
        marker = end if len(listed) >= 2 and end < hi and clause.phrase(end, "respective_markers") else None
    if marker is None and event["type"] == "rename":
        # "chuyển A và B thành C và D", "A và B được đổi tên thành C và D": each body becomes one of its own
        return _paired_objects(clause, event, hi) or _paired_subjects(clause, event, lo, hi)
    if marker is None and event["type"] == "transfer" and (paired := _paired_receivers(clause, event, hi)):
        return paired  # "chuyển giao A và B cho C và D": as many receivers as bodies, each body to its own
    if marker is None:
        return _owned_respectively(clause, event, hi)
    sources, _ = clause.left_list(min(marker, k), lo) if not listed else (listed, None)
    if len(sources) < 2 and marker > k:
        sources, _ = clause.org_list(clause.skip(event["k_end"], "fillers", hi), hi)
    if len(sources) < 2:  # bodies known by their brands, which the event has read already
        sources = [p for p in event["participants"] if p != event["result"]]
    first = clause.token_starting(event["result"].start)
    if first is None or len(sources) < 2:
        return None
    results, _ = clause.org_list(first, hi)
    if len(results) != len(sources):
        results = _brand_list(clause, first, hi)  # "lần lượt về MB và Vietcombank": banks known by their brands
    if len(results) != len(sources):
        return None
    one_in = event["type"] == "rename"
    # each pair is one body's event: the count of the list is told by the pairs
    return [{**event, "participants": [source] if one_in else [source, result], "result": result, "count": None,
             "established": None} for source, result in zip(sources, results)]


def _owned_respectively(clause: Clause, event: dict, hi: int) -> list[dict] | None:
    """``sáp nhập A và B vào Trường C, lần lượt thuộc Đại học X và Đại học Y``: two schools of one name, each owned
    by its own body, so A goes into the C of X and B into the C of Y; one event per source, or None."""
    match = clause.match_of(event["result"])
    j = match.last if match is not None else None
    if j is None or event["type"] == "rename" or not (j + 1 < hi and clause.tokens[j].text == ","):
        return None
    marker = clause.phrase(j + 1, "respective_markers")
    placer = clause.phrase(j + 1 + len(marker), "placers") if marker else None
    if not placer or (owners_at := j + 1 + len(marker) + len(placer)) not in clause.name_at:
        return None
    owners, _ = clause.org_list(owners_at, hi)
    sources = [p for p in event["participants"] if p != event["result"]]
    if len(sources) < 2 or len(owners) != len(sources):
        return None
    return [{**event, "participants": [source, event["result"]], "established": None} for source in sources]


def _brand_list(clause: Clause, j: int, hi: int) -> list[Arg]:
    """Bodies known by their brands or named in full, joined by commas or ``và``, from token ``j``."""
    found: list[Arg] = []
    while j < hi:
        if j in clause.name_at:
            match = clause.name_at[j]
            found.append(Arg(match.name, match.start, match.end))
            j = match.last
        elif is_brand_word(clause.tokens[j].text) and j not in clause.inside:
            found.append(Arg(clause.tokens[j].text, clause.tokens[j].start, clause.tokens[j].end))
            j += 1
        else:
            break
        joiner = clause.phrase(j, "member_separators") if j < hi else None
        if not joiner:
            break
        j += len(joiner)
    return found


def _paired_objects(clause: Clause, event: dict, hi: int) -> list[dict] | None:
    """``chuyển A và B thành C và D``: as many bodies after the trigger as bodies after ``thành``, one renaming
    each; None unless the results follow the objects right after the result marker."""
    pairs = _object_pairs(clause, event, hi, "result_markers")
    return None if pairs is None else [{**event, "participants": [source], "result": result, "established": None}
                                       for source, result in pairs]


def _paired_subjects(clause: Clause, event: dict, lo: int, hi: int) -> list[dict] | None:
    """``A và B được đổi tên thành C và D``: as many bodies before the renaming trigger as names after it, one
    renaming each; None unless both lists are as long, two or more."""
    sources = before_owner(clause, clause.left_list(event["k"], lo)[0])
    first = clause.token_starting(event["result"].start)
    if first is None or len(sources) < 2:
        return None
    results, _ = clause.org_list(first, hi)
    if len(results) != len(sources):
        return None
    return [{**event, "participants": [source], "result": result, "established": None}
            for source, result in zip(sources, results)]


def before_owner(clause: Clause, bodies: list[Arg]) -> list[Arg]:
    """``bodies`` up to an owner written after ``của`` (``các thôn 1, 2 của xã A``: the villages, not the
    commune)."""
    owned = next((i for i, body in enumerate(bodies) if i and (at := clause.token_starting(body.start)) is not None
                  and clause.phrase_ending(at, "owner_markers")), None)
    return bodies[:owned] if owned is not None else bodies


def _paired_receivers(clause: Clause, event: dict, hi: int) -> list[dict] | None:
    """``chuyển giao bắt buộc A và B cho C và D``: as many receivers after the marker as bodies before it, one
    transfer each; None unless the receivers follow the bodies right after the marker."""
    pairs = _object_pairs(clause, event, hi, "into_markers", brands=True)
    return None if pairs is None else [
        {**event, "participants": [source, receiver], "result": receiver, "count": None, "established": None}
        for source, receiver in pairs]


def _object_pairs(clause: Clause, event: dict, hi: int, markers: str,
                  brands: bool = False) -> list[tuple[Arg, Arg]] | None:
    """The bodies listed right after the trigger paired one to one with those listed right after a marker of word
    list ``markers`` (``A và B thành C và D``, ``A và B cho C và D``); None unless both lists are as long, two or
    more. With ``brands``, the second list may name banks by their brands (``cho Vietcombank và MB``)."""
    sources, end = clause.org_list(clause.skip(event["k_end"], "fillers", hi), hi)
    marker = clause.phrase(end, markers) if end < hi else None
    first = clause.token_starting(event["result"].start)
    if len(sources) < 2 or marker is None or first != end + len(marker):
        return None
    others, _ = clause.org_list(first, hi)
    if brands and len(others) != len(sources):
        others = _brand_list(clause, first, hi)
    return list(zip(sources, others)) if len(others) == len(sources) else None


def renamed_pairs(clause: Clause, event: dict, hi: int) -> list[dict]:
    """The further pairs that follow a renaming ``A thành B`` (``C thành D``), or a merge or a transfer ``A vào B``
    (``C vào D``: ``sáp nhập xã A vào xã B, xã C vào xã D``), each one more event of the same verb."""
    if event["type"] == "split":
        return _split_pairs(clause, event, hi)
    if event["type"] not in ("rename", "merge", "transfer") or event["result"] is None:
        return []
    match = clause.match_of(event["result"])
    if match is None:
        return _bare_renamed_pairs(clause, event, hi)
    key = "pair_markers"
    formed = False  # "sáp nhập A với B thành C, D với E thành F": each pair forms a body of its own
    if event["type"] != "rename":
        key = "into_markers"
        if clause.phrase_ending(match.first, key, event["k_end"]) is None:
            if event["type"] != "merge" or len(event["participants"]) < 2 or clause.phrase_ending(
                    match.first, "pair_markers", event["k_end"]) is None:
                return []  # "hợp nhất A và B thành C": one body out of several, no pair
            key, formed = "pair_markers", True
    found: list[dict] = []
    j = _past_owner_bracket(clause, match.last, hi)
    while j < hi:
        gap = clause.skip(j, "pair_separators", hi)
        if gap == j or gap not in clause.name_at:
            break
        sources, end = clause.org_list(gap, hi)
        marker = clause.phrase(end, key) if end < hi else None
        one = len(sources) == 1 or event["type"] != "rename"
        target = clause.name_at.get(end + len(marker)) if marker and sources and one else None
        if target is None or (formed and len(sources) < 2):
            break
        result = Arg(target.name, target.start, target.end)
        moved = sources if event["type"] == "rename" or formed else [*sources, result]
        found.append({**event, "participants": moved, "result": result, "established": None})
        j = _past_owner_bracket(clause, target.last, hi)
    return found


def _bare_renamed_pairs(clause: Clause, event: dict, hi: int) -> list[dict]:
    """``Đổi tên xã A thành B, C thành D, E thành F``: after a local unit renamed to a bare name, each further pair
    of bare names is one more unit of the same kind renamed (``xã C`` to ``xã D``)."""
    first = clause.match_of(event["participants"][0]) if event["type"] == "rename" and event["participants"] else None
    if first is None or not first.administrative:
        return []
    found: list[dict] = []
    j = clause.token_after(event["result"])
    while 0 < j < hi:
        gap = clause.skip(j, "pair_separators", hi)
        old_end = _bare_name_end(clause, gap, hi)
        marker = clause.phrase(old_end, "pair_markers") if gap < old_end < hi else None
        new_end = _bare_name_end(clause, old_end + len(marker), hi) if marker else old_end
        if gap == j or not marker or new_end == old_end + len(marker):
            break
        renamed, result = (Arg(f"{first.head} {clause.span_text(a, b)}", clause.tokens[a].start,
                               clause.tokens[b - 1].end) for a, b in ((gap, old_end), (old_end + len(marker), new_end)))
        found.append({**event, "participants": [renamed], "result": result, "established": None})
        j = new_end
    return found


def _bare_name_end(clause: Clause, j: int, hi: int) -> int:
    """End of a run of capitalised words from ``j`` that no organization name covers (``Cửa Việt``), else ``j``."""
    k = j
    while k < hi and k not in clause.name_at and k not in clause.inside and clause.tokens[k].text[:1].isupper() and (
            clause.tokens[k].text.isalpha()):
        k += 1
    return k


_BRACKET_REACH = 12  # words of a bracket that names whose a body is ("(Tổng cục Hậu cần)")


def _past_owner_bracket(clause: Clause, j: int, hi: int) -> int:
    """Index after a bracket at ``j`` that only says whose the body before it is (``Bệnh viện B (Cục C)``), so that
    the pairs go on after it; ``j`` when there is none."""
    if j >= hi or clause.tokens[j].text != "(":
        return j
    close = next((i for i in range(j + 1, min(hi, j + _BRACKET_REACH)) if clause.tokens[i].text == ")"), None)
    if close is None or j + 1 not in clause.name_at or any(clause.phrase(i, "pair_markers") for i in range(j, close)):
        return j
    return close + 1


def _split_pairs(clause: Clause, event: dict, hi: int) -> list[dict]:
    """The further splits that follow ``A chia thành B và C`` with the verb left out (``; D thành E và F``),
    as histories of provinces write them: one more split of each body named before ``thành``.

    The list after a ``thành`` runs on over the semicolon into the next body split; a member that a ``thành``
    follows, after a semicolon or a comma, is that next body."""
    if len(event["participants"]) != 1:
        return []
    start = event["k_end"]
    if start < hi and clause.phrase(start, "pair_markers") is None:
        _, start = clause.org_list(start, hi, places=True)  # "chia A thành B và C": A before the marker
    marker = clause.phrase(start, "pair_markers") if start < hi else None
    found: list[dict] = []
    source = None
    while marker is not None:
        targets, end = clause.org_list(start + len(marker), hi, places=True)
        marker = clause.phrase(end, "pair_markers") if end < hi else None
        following = targets.pop() if marker is not None and len(targets) >= 2 and _parted(
            clause, targets[-2], targets[-1]) else None
        if source is not None and targets:
            result = targets[0] if len(targets) == 1 else None  # several new bodies: none is the result
            found.append({**event, "participants": [source], "result": result, "established": None})
        if following is None:
            break
        source, start = following, end
    return found


def _parted(clause: Clause, before: Arg, after: Arg) -> bool:
    """Whether a semicolon or a comma alone stands between two members of a list."""
    if before.end is None or after.start is None:
        return False
    return clause.text[before.end - clause.offset:after.start - clause.offset].strip() in (";", ",")


def renamed_in_turn(clause: Clause, events: list[dict]) -> list[dict]:
    """``Trường A ..., sau đó lần lượt đổi tên thành B, C và D``: the names a body took one after another, each the
    renaming of the one before. The first renames the body the verb speaks of: the one the renaming already read has,
    else the one named right before the verb, else the last body an event of the sentence came to before it."""
    found: list[dict] = []
    for t, phrase, kind in find_triggers(clause):
        in_turn = clause.phrase_ending(t, "in_turn_markers")
        if kind != "rename" or in_turn is None:
            continue
        j = t + len(phrase)
        if not ends_before_new_name(phrase):  # "đổi tên" before "thành"
            marker = clause.phrase(j, "result_markers") if j < len(clause.tokens) else None
            j += len(marker) if marker else len(clause.tokens)
        if j not in clause.name_at:
            continue
        names, _ = clause.org_list(j, len(clause.tokens))
        if len(names) < 2:
            continue
        told_here = [e for e in events if e["k"] == t and e["type"] == "rename"]
        if len(told_here) > 1:
            continue  # "Hai xã A và B lần lượt đổi tên thành C và D": each in turn, paired already
        told = told_here[0] if told_here else None
        token = clause.tokens[t]
        shape = {"type": "rename", "count": None, "k": t, "trigger": (token.start, token.end), "lo": 0,
                 "k_end": t + len(phrase)}
        if told is not None:
            told["result"] = names[0]
        else:
            # the body before the verb ("Trường A lần lượt đổi tên thành ..."), else the last an event came to
            left = clause.left_list(t - len(in_turn), 0)[0]
            before = left if len(left) == 1 else [e["result"] for e in events if e["result"] is not None and e["k"] < t]
            if before:
                found.append(shape | {"participants": [before[-1]], "result": names[0]})
        found.extend(shape | {"participants": [old], "result": new} for old, new in itertools.pairwise(names))
    return found
