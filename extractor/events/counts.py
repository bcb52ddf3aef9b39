"""Counts of units in restructuring events, and the bodies a count points back to.

``8 trường sáp nhập thành 4 trường`` counts the merged units before the trigger; ``37 xã sau sắp xếp``
does not (the trigger names a state). ``hợp nhất 2 cơ quan này`` points back to the two bodies named
before it, and ``hai sở Du lịch, Thông tin`` shares one counted head between the bodies listed after it.
"""

from __future__ import annotations

from extractor.events.clause import (
    Arg,
    Clause,
    numbered_units,
    split_conjoined,
    split_counted,
    split_dashed_units,
    words,
)
from extractor.events.new_units import unit_rank
from extractor.events.triggers import coordinated_start, find_triggers
from extractor.recognize.org_description import NUMBER_LIST
from extractor.recognize.org_grammar import NameMatch, head_at
from extractor.recognize.org_tokens import lexicon, match_phrase

__all__ = [
    "bodies_of_places",
    "bracketed_subject",
    "count_before",
    "count_end",
    "headed_by_level",
    "named_before",
    "outcome_after",
    "places_of_a_kind",
    "split_first",
    "state_before",
    "year_phrase_start",
]


_COUNT_REACH = 8  # tokens from a count to the trigger after it
_PLACED_REACH = 20  # the same when the counted units are placed under a body ("trực thuộc Sở A")
_LISTED_REACH = 40  # the same when their members are listed after "gồm" before the trigger


def count_before(clause: Clause, k: int, lo: int) -> int | None:
    """``8 trường sáp nhập thành 4 trường``: a number a few words before the trigger.

    Not where the trigger names a state (``37 xã sau sắp xếp``, ``140 trường thuộc diện sắp xếp``): the
    number then counts what exists before or after, not what is merged.
    """
    k = coordinated_start(clause, k, lo)
    if state_before(clause, k, lo):
        return None
    if k > lo and clause.tokens[k - 1].text == "," and not any(
            clause.phrase(j, "result_markers") for j in range(k + 1, min(len(clause.tokens), k + _OUTCOME_REACH))):
        # "có 603 phòng giao dịch, 8.749 điểm giao dịch, thành lập ...": what a subject has, listed before its next
        # act; "có 12 trường, sáp nhập thành 6 trường" still merges the 12
        return None
    # "30 cao đẳng, trung cấp dự kiến được sắp xếp": words of time and voice do not part a count from it
    k = before_left_fillers(clause, k, lo)
    others = [(t, t + len(phrase)) for t, phrase, _ in find_triggers(clause) if t < k]
    # "7 đơn vị bảo hiểm xã hội cơ sở trực thuộc Bảo hiểm xã hội tỉnh sẽ ngừng hoạt động": whom the counted
    # units belong to may stand between them and the trigger
    placed = any(clause.phrase(j, "placers") or clause.phrase(j, "locatives")
                 for j in range(max(lo, k - _PLACED_REACH), k))
    reach = _PLACED_REACH if placed else _COUNT_REACH
    # "7 phường thuộc thị xã A, gồm: B, C, D, ... được thành lập": the members listed between the count and the verb
    listed = any(clause.phrase(j, "list_introducers") for j in range(max(lo, k - _LISTED_REACH), k))
    reach = _LISTED_REACH if listed else reach
    # "443 trạm y tế xã, phường, đặc khu được tổ chức lại": the levels the counted units are of, listed
    level_words = words("level_suffixes", "org_heads")
    levels = sum(1 for j in range(max(lo, k - _PLACED_REACH), k) if clause.tokens[j].text == "," and (
        match_phrase(clause.tokens, j + 1, level_words)))
    reach = max(reach, _COUNT_REACH + 2 * levels)
    for j in range(max(lo, k - reach), k):
        n = clause.number(j)
        part_of = clause.phrase(j + 1, "of_total") if n is not None else None
        if part_of and n == 1 and j > lo and clause.phrase_ending(j, "copulas", lo):
            continue  # "Bộ A là một trong số 13 bộ được thành lập đầu tiên": one of them, the subject
        if part_of and clause.number(j + 1 + len(part_of)) is not None and clause.unit_noun(j + 2 + len(part_of)):
            return n  # "25 trong số 38 trung tâm đã chấm dứt hoạt động": 25 end
        if n is not None and clause.fraction_bar(j + 1) and clause.unit_noun(j + 3):
            return n  # "3/8 đảng ủy xã đã thành lập chi bộ": 3 of the 8
        if n is None or n < 2 or j in clause.inside or not clause.unit_noun(j + 1):
            continue
        if _year_before_a_name(clause, j):
            continue  # "2007 Trường Trung cấp Y tế A được thành lập": a history's year, not 2007 schools
        if j > lo and (clause.phrase_ending(j, "time_units", lo) or clause.tokens[j - 1].text in {"/", "-", "."}
                       or clause.phrase(j - 1, "ordinal_markers")):
            continue  # "Năm 1975 tỉnh A ...", "ngày 25/02/ 2016 Trung tâm ...", "lần thứ hai": no count
        if j > lo and clause.phrase(j - 1, "told_before_counts"):
            return None  # "cả hai ngân hàng đã đồng ý việc sáp nhập": both, named elsewhere
        if j > lo and clause.phrase(j - 1, "owner_markers"):
            return None  # "nhân sự của 2 đơn vị sáp nhập": whose staff, the units merged told before
        if j > lo and clause.phrase_ending(j, "total_markers", lo):
            continue  # "Trong số 84 thành phố có một số mới thành lập": a total, not the count founded
        if j > lo and (placer := clause.phrase_ending(j, "placers", lo)):
            # "10 thôn, làng thuộc 03 xã A, B, C được sáp nhập": the communes place the villages, which are counted
            owner_count = _count_before_placer(clause, j - len(placer), lo)
            if owner_count is not None:
                return owner_count
            continue
        if j > lo and clause.phrase_ending(j, "net_changes", lo):
            return None  # "giảm 19 ấp, khu phố khi sáp nhập": by how many the units fell, not how many merged
        if any(j < t or (0 <= j - end <= 2 and not any(clause.tokens[i].text == "," for i in range(end, j)))
               for t, end in others):
            # "sáp nhập 14 chi cục, giải thể 1 chi cục": the number is the other trigger's ("5 thôn không dồn
            # ghép, có 13 thôn sắp xếp lại": after a comma it opens a clause of its own)
            continue
        if _owned_units_between(clause, j + 2, k):
            return None  # "4 xã có số thôn phải sáp nhập": the hamlets of the communes merge
        between = clause.tokens[j + 1:k]
        if any(clause.phrase(i, "demonstratives") and not clause.phrase(i, "locatives") for i in range(j + 1, k)):
            return None  # "hai ngân hàng này sáp nhập": told before, by name ("trên địa bàn" is a place)
        if 0 < len(between) < reach and all(t.text[:1].isalpha() or t.text == "," or (listed and t.text == ":")
                                            for t in between):
            return n
    return None


def places_of_a_kind(clause: Clause, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` say where, of places of a kind (``tại các đơn vị hành chính sau``): the list after
    them names places, no bodies."""
    for j in range(lo, hi):
        where = clause.phrase(j, "where_words")
        if where and clause.phrase(j + len(where), "plural_determiners"):
            return True
    return False


_OUTCOME_REACH = 4  # words from a trigger to the word that says what the units come to ("sáp nhập thành")
_PLACED_NOUN_WORDS = 6  # words of the counted noun between its number and the word that places it


def _year_before_a_name(clause: Clause, j: int) -> bool:
    """A year written in four digits before a capitalised head: units counted in thousands are written with a dot
    (``1.250 trường``) and their noun in lower case."""
    token, following = clause.tokens[j].text, clause.tokens[j + 1].text
    return len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100 and following[:1].isupper()


def _count_before_placer(clause: Clause, placer: int, lo: int) -> int | None:
    """The count of units right before the placer at token ``placer`` (``10 thôn, làng`` before ``thuộc``)."""
    for j in range(max(lo, placer - _PLACED_NOUN_WORDS), placer):
        n = clause.number(j)
        if n is not None and n >= 2 and clause.unit_noun(j + 1) and all(
                t.text[:1].isalpha() or t.text == "," for t in clause.tokens[j + 1:placer]):
            return n
    return None


def _owned_units_between(clause: Clause, start: int, k: int) -> bool:
    """Whether ``có`` and a noun of units stand in ``[start, k)``: the counted bodies have the units that act."""
    for i in range(start, k):
        verb = clause.phrase(i, "owning_verbs")
        if not verb:
            continue
        j = i + len(verb)
        j += len(clause.phrase(j, "owned_counters") or ())
        if j < k and clause.unit_noun(j):
            return True
    return False


def state_before(clause: Clause, k: int, lo: int) -> bool:
    """``sau khi sáp nhập``, ``thuộc diện sắp xếp``: words before the trigger that make it name a state or a time;
    before the first of two joined triggers too (``Sau sắp xếp, sáp nhập: ...``)."""
    return clause.phrase_ending(coordinated_start(clause, k, lo), "state_before", lo) is not None


def bracketed_subject(clause: Clause, k: int, lo: int) -> tuple[int, list[Arg]] | None:
    """``4 phường hiện tại (A, B, C, D) sẽ nhập lại thành phường E``: the counted subject of trigger ``k`` with its
    members in brackets right before the verb; returns the count and the members (as many as counted), else None."""
    k = before_left_fillers(clause, k, lo)
    if k - 1 <= lo or clause.tokens[k - 1].text != ")":
        return None
    for j in range(max(lo, k - _BRACKETED_SUBJECT_REACH), k - 1):
        n = clause.number(j)
        if n is None or n < 2 or not clause.unit_noun(j + 1):
            continue
        listed = bracketed_members(clause, j + 1, k)
        if listed is not None and len(listed[0]) == n and listed[1] >= k - 1:
            return n, listed[0]
    return None


_BRACKETED_SUBJECT_REACH = 40  # tokens from a counted subject to its verb across the bracket of its members


def before_left_fillers(clause: Clause, k: int, lo: int) -> int:
    """Index where the run of ``left_fillers`` (``dự kiến``, ``được``) and years (``vào năm 1981``: ``Ngân hàng vào năm
    1981 đổi tên thành B``) that ends at ``k`` starts."""
    moved = True
    while moved:
        moved = False
        year = year_phrase_start(clause, k, lo)
        if year is not None:
            k, moved = year, True
            continue
        for size in (3, 2, 1):
            found = clause.phrase(k - size, "left_fillers") if k - size >= lo else None
            if found and len(found) == size and clause.tokens[k - size].text not in {"(", ")"}:
                k, moved = k - size, True
                break
    return k


def year_phrase_start(clause: Clause, k: int, lo: int) -> int | None:
    """Where ``(vào) năm 1981`` ending right before token ``k`` starts, else None."""
    if k - 2 < lo or not clause.year_at(k - 2):
        return None
    start = k - 2
    opener = clause.phrase_ending(start, "year_openers", lo, (1,))
    return start - 1 if opener else start


def outcome_after(clause: Clause, j: int, hi: int) -> bool:
    """``..., còn 19 trường``, ``thành 4 chi cục``: what a counted re-arrangement comes to, a few words on."""
    for i in range(j, min(hi, j + 4)):
        marker = clause.phrase(i, "outcome_markers")
        if marker and clause.number(i + len(marker)) is not None:
            return True
    return False


_COUNTED_SUBJECT_REACH = 8  # words of a counted noun before its trigger ("7 bảo hiểm xã hội cơ sở ngừng ...")


def members_after(clause: Clause, event: dict, hi: int) -> list[Arg]:
    """``7 bảo hiểm xã hội cơ sở ngừng hoạt động là: A, B, ...``: the bare names a counted subject lists after
    its verb, each the counted noun of that place; [] unless there are as many as the count."""
    count, k = event["count"], event["k"]
    first = next((j for j in range(k - 1, max(event["lo"], k - _COUNTED_SUBJECT_REACH) - 1, -1)
                  if clause.number(j) == count), None)
    if first is None or not clause.unit_noun(first + 1):
        return []
    noun_end = before_left_fillers(clause, k, first + 1)
    r = event["k_end"]
    introducer = clause.phrase(r, "list_introducers")
    r += len(introducer) if introducer else 0
    if r >= hi or clause.tokens[r].text != ":" or noun_end <= first + 1:
        return []
    noun = clause.span_text(first + 1, noun_end)
    closing = _colon_list_end(clause, r + 1, min(hi, r + 1 + _BRACKET_REACH), count)
    members = _bare_members(clause, noun, r + 1, closing) or []
    return members if len(members) == count else []


_OUTCOME_REACH = 16  # words after a counted trigger in which what the re-arrangement comes to is said


def comes_to(clause: Clause, j: int, hi: int) -> bool:
    """``sắp xếp 9 chi cục thuế thành 4 chi cục``, ``... thành Trường C``, ``..., còn 20 trường``: what a
    re-arrangement comes to is said after it, before the clause ends."""
    for i in range(j, min(hi, j + _OUTCOME_REACH)):
        if clause.tokens[i].text in {";", "."}:
            return False
        marker = clause.phrase(i, "outcome_markers")
        if marker and (clause.number(i + len(marker)) is not None or i + len(marker) in clause.name_at):
            return True
    return False


def named_before(clause: Clause, k: int, lo: int, count: int, counted: int | None = None) -> list[Arg]:
    """``Báo A và Đài B ... hợp nhất 2 cơ quan này``: the last ``count`` bodies named before the trigger.

    Where the counted noun is a head (``hợp nhất hai Bộ này``), the bodies of that head are meant, not the
    body the plan was sent to in between (``Bộ A và Bộ B trình Chính phủ đề án hợp nhất hai Bộ này``).
    """
    names = [m for m in clause.names if m.first >= lo and m.last <= k]
    noun = _counted_noun(clause, counted) if counted is not None else None
    if noun:
        same = [m for m in names if m.head.lower() == " ".join(noun)]
        # a generic noun ("2 cơ quan này") may stand for bodies of any head; a specific one ("hai hiệp hội
        # này") only for bodies of its own, or the bodies were named in an earlier sentence
        generic = noun in words("generic_unit_nouns")
        names = same if len(same) >= count or not generic else names
    if len(names) < count:
        return []
    return [Arg(m.name, m.start, m.end) for m in names[-count:]]


def counted_before(clause: Clause, k: int, lo: int, count: int, counted: int) -> list[Arg]:
    """The bodies a count after the trigger stands for, when exactly that many of its head are named before.

    ``Hội A, Hội B, Hội C và Hội D đã thống nhất việc sáp nhập 4 hội`` gives the four; any other number of
    such names before the trigger gives none, since the count may then mean other bodies.
    """
    noun = _counted_noun(clause, counted)
    if not noun:
        return []
    # the head may carry the legal form after the noun counted: "Công ty CP A và Công ty CP B ... hợp nhất hai Công ty"
    written = " ".join(noun)
    same = [m for m in clause.names if m.first >= lo and m.last <= k and (
        m.head.lower() == written or m.head.lower().startswith(written + " "))]
    return [Arg(m.name, m.start, m.end) for m in same] if len(same) == count else []


def _counted_noun(clause: Clause, counted: int) -> tuple[str, ...] | None:
    """The noun a count counts, at token ``counted``: an organization head, else a unit noun (``hiệp hội``)."""
    head = head_at(clause.tokens, counted)
    return head[0] if head is not None else clause.phrase(counted, "unit_nouns")


def split_first(clause: Clause, participants: list[Arg], count: int) -> list[Arg]:
    """``hai sở Du lịch, Thông tin``: a counted head shared by the bodies listed after it."""
    match = clause.match_of(participants[0])
    if match is None:
        return participants
    members = split_counted(participants[0], match.head, count - len(participants) + 1)
    if len(members) == 1 and len(participants) == 1:
        # "sáp nhập 2 xã A - B": two communes joined by a dash, as the count says
        dashed = split_dashed_units(participants[0], match, minimum=count)
        members = dashed if len(dashed) == count else members
    if len(members) == 1:
        members = split_conjoined(participants[0], match.head, match.administrative)
    return members + participants[1:]


_NOUN_TO_COLON = 16  # words from a counted noun to the colon of its places ("3 chi hội tại 3 xã cũ của huyện A là:")


_LEVEL_REACH = 6  # words from a counted noun to the level that says what kind of unit it counts


def headed_by_level(clause: Clause, counted: int, members: list[Arg]) -> list[Arg]:
    """``3 đơn vị hành chính cấp xã gồm: A, B, C``: bare names counted as units of a level are units of that level
    (``xã A``); names with a head of their own stay."""
    level = next((found for j in range(counted, min(len(clause.tokens), counted + _LEVEL_REACH))
                  if (found := clause.phrase(j, "unit_levels"))), None)
    if level is None or len(level) < 2:
        return members
    unit = level[-1]
    out = []
    for arg in members:
        match = clause.match_of(arg)
        first = arg.name.split()[0].lower() if arg.name else ""
        bare = (match is None or not match.administrative) and first != unit and not first.startswith(unit)
        out.append(Arg(f"{unit} {arg.name}", arg.start, arg.end) if bare and arg.name[:1].isupper() else arg)
    return out


_OWNED_NOUN_REACH = 6  # words of a counted noun that names bodies by their owner ("chi hội luật gia")


def named_by_count(clause: Clause, counted: int, members: list[Arg]) -> list[Arg]:
    """``sáp nhập 4 trạm y tế: thị trấn A, xã B ...``: the counted noun names each place listed after a colon.

    The members are places, so each is the counted body of that place (``trạm y tế thị trấn A``). Members
    that are bodies of their own, or a counted noun that is itself a place (``3 xã: A, B, C``), stay.
    """
    owned = clause.phrase(counted, "owner_named_heads")
    count = clause.number(counted - 1) if counted > 0 else None
    if owned and members and count == len(members) and all(a.start not in _places_at(clause) for a in members) and (
            members[0].start != clause.tokens[counted].start):  # "2 Chi bộ A và chi bộ B": the first named in full
        # "sáp nhập 2 chi bộ đảng là Bệnh viện A và Trung tâm B": each is the party cell of that body
        written = clause.span_text(counted, counted + len(owned))
        # "4 chi hội luật gia gồm: Chi hội luật gia A, B, C": the first member shows how far the counted noun goes
        for end in range(counted + len(owned) + 1, min(len(clause.tokens), counted + _OWNED_NOUN_REACH)):
            longer = clause.span_text(counted, end)
            if members[0].name.lower().startswith(longer.lower() + " "):
                written = longer
        head = written[:1].upper() + written[1:]
        return [a if a.name.lower().startswith(written.lower()) else Arg(f"{head} {a.name}", a.start, a.end)
                for a in members]
    if clause.phrase(counted, "local_unit_nouns") and members and all(unit_rank(a.name) is not None for a in members):
        # "2 đơn vị cơ sở mới, gồm: phường A và phường B", "9 xã cũ bao gồm các xã A, B": units named with their level
        # word need no other noun
        return members
    end = min(len(clause.tokens), counted + _NOUN_TO_COLON)
    colon = next((j for j in range(counted, end) if clause.tokens[j].text == ":"), None)
    if colon is None and (owned_by := _owned_by_places(clause, counted, members, count)) is not None:
        return owned_by  # "hợp nhất ba CDC của TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu": the centre of each
    head = head_at(clause.tokens, counted)
    if colon is None or colon == counted or (head is not None and head[2]):
        return members
    if places_of_a_kind(clause, counted, colon):
        return []  # "thành lập 3 phòng công chứng tại các đơn vị hành chính sau: A; B; C": where, one each, unnamed
    places = {m.start for m in clause.names if m.administrative} | {m.start for m in clause.place_at.values()}
    if not members or any(a.start not in places for a in members):
        return members
    noun_end = colon
    while noun_end > counted + 1 and (introducer := clause.phrase_ending(noun_end, "list_introducers", counted + 1)):
        noun_end -= len(introducer)  # "3 đơn vị hành chính gồm: A, B": the introducer names nothing
    # "3 chi hội tại 3 địa phương của xã A là: B, C, D": where the bodies lie is not part of their noun
    noun_end = next((j for j in range(counted + 1, noun_end) if clause.phrase(j, "attached") or clause.phrase(
        j, "locatives") or j in clause.name_at), noun_end)
    unit = clause.phrase(counted, "local_unit_nouns")
    level = (clause.phrase(counted + len(unit), "unit_levels") if unit else None) or ()
    if unit and counted + len(unit) + len(level) >= noun_end:
        # "thành lập 3 đơn vị hành chính (cấp xã) gồm: xã A, xã B": the units are the places themselves
        return members
    noun = clause.span_text(counted, noun_end)
    return [Arg(f"{noun} {a.name}", a.start, a.end) for a in members]


def _owned_by_places(clause: Clause, counted: int, members: list[Arg], count: int | None) -> list[Arg] | None:
    """``ba CDC của TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu``: as many places as bodies counted, after ``của``,
    each owning one of them; None when the words do not read so."""
    places = _places_at(clause)
    if not members or count != len(members) or any(
            a.start not in places and unit_rank(a.name) is None for a in members):
        return None
    first = clause.token_starting(members[0].start)
    unit = clause.phrase(counted, "unit_nouns")
    if first is None or not unit or clause.phrase(counted, "local_unit_nouns"):
        return None
    noun_end = counted + len(unit)
    while noun_end < first and clause.tokens[noun_end].text[:1].isupper() and clause.tokens[noun_end].text.isupper():
        noun_end += 1  # "hai trường THCS của các xã A và B": the level written after the noun
    owner = clause.phrase(noun_end, "owner_markers")
    if not owner:
        return None
    between = first - noun_end - len(owner)
    region = clause.phrase(noun_end + len(owner), "plural_determiners") or clause.phrase(
        noun_end + len(owner), "regions") or ()
    if between != len(region):
        return None
    noun = clause.span_text(counted, noun_end)
    return [Arg(f"{noun} {a.name}", a.start, a.end) for a in members]


def _places_at(clause: Clause) -> set[int]:
    """Offsets where a local unit or a bare province is named."""
    return {m.start for m in clause.names if m.administrative} | {m.start for m in clause.place_at.values()}


_FURTHER_REACH = 30  # words after a counted dissolution or establishment in which its list of counts goes on


def further_counts(clause: Clause, event: dict, hi: int) -> list[dict]:
    """``giải thể 3 tòa án cấp cao, 29 tòa án cấp tỉnh và 693 tòa án cấp huyện``: one event per count.

    Only dissolutions and establishments of counted bodies list further counts after their first one; a
    counted merge adds its groups up into one merge. The list stops at another trigger or a clause mark.
    """
    if event["type"] not in ("dissolve", "establish") or event["count"] is None or event["participants"]:
        return []
    starts = {t for t, _, _ in find_triggers(clause)}
    first = next((j for j in range(event["k_end"], hi) if clause.number(j) == event["count"]), None)
    if first is None:
        return []
    found = []
    j = count_end(clause, first) + 1
    while j < min(hi, first + _FURTHER_REACH):
        if j in starts or clause.tokens[j].text in {";", ".", ":", "("}:
            break
        if clause.phrase(j, "establish_basis") or clause.phrase(j, "further_count_stops"):
            # "thành lập 11 phường trên cơ sở 2 thị trấn và 9 xã": the counts after it are the sources; "... tại 17
            # doanh nghiệp, 8 HTX": where they were founded
            break
        joined = clause.tokens[j - 1].text == "," or bool(clause.phrase(j - 1, "joiners"))
        # "xóa 6 tổng cục và hơn 60 cục": a round figure bounded from one side counts its bodies too
        at = clause.skip(j, "approximations", hi) if joined else j
        n = clause.number(at)
        if n is not None and n >= 2 and joined and clause.unit_noun(count_end(clause, at) + 1) and (
                at not in clause.inside):
            found.append({**event, "count": n, "result": None, "k": at})
            j = count_end(clause, at) + 1
            continue
        elif joined and found and j in clause.name_at:
            # "kết thúc hoạt động 7 Đảng đoàn, 3 Ban cán sự đảng, Đảng ủy khối A": a body named after the counts
            match = clause.name_at[j]
            body = Arg(match.name, match.start, match.end)
            named = {"participants": [body], "result": None} if event["type"] == "dissolve" else {
                "participants": [], "result": body}
            found.append({**event, **named, "count": None, "k": j})
            j = match.last
            continue
        j += 1
    return found


def count_end(clause: Clause, j: int) -> int:
    """Index of the last number of the count at ``j``: the upper bound of its range (``từ 3 đến 4 trường``, ``5 - 6
    trường``, ``4 – 5 viện``), which counts no bodies of its own, as a range counts its lower bound; else ``j``."""
    if j + 2 < len(clause.tokens) and clause.phrase(j + 1, "range_markers") and clause.number(j + 2) is not None:
        return j + 2
    return j


_BRACKET_REACH = 40  # tokens a bracketed list of counted members may take
_FIELD_REACH = 8  # words of a field after the counted noun, before its list opens ("3 Tổng công ty Điện lực:",
# "9 trung tâm GDNN-GDTX trực thuộc các huyện:")
_MEMBER_LEAD_WORDS = 3  # lower-case words a bare member may open with ("miền Bắc", "khu vực 2")
_FIELD_MEMBER_WORDS = 6  # words of a bare member that is a field written with one capital
_LIST_MARKS = frozenset({"(", ":"})  # marks that open the list of a counted noun's members
_LIST_CLOSERS = ("result_markers", "into_markers", "placers", "locatives", "owner_markers")


def bracketed_members(clause: Clause, counted: int, hi: int) -> tuple[list[Arg], int] | None:
    """The places or fields a noun for units names right after it: each is that unit of the place.

    ``sáp nhập 3 phường (Đa Kao, Tân Định, Bến Nghé)`` in a bracket, ``của các xã: Quỳnh Trang, Quỳnh Bảo``
    after a colon, ``3 Tổng công ty Điện lực: miền Bắc, miền Trung và miền Nam`` with the field before the
    colon. Returns the members and the index after them, or None when no list of bare names follows (a list
    of full names, ``gồm: Trường A, Trường B``, is read as names).
    """
    head = head_at(clause.tokens, counted)
    noun = len(head[0]) if head is not None else len(clause.phrase(counted, "unit_nouns") or ())
    if not noun:
        return None
    named = clause.name_at.get(counted)
    if named is not None and named.administrative and named.last > counted + noun and not (
            counted > 0 and (clause.number(counted - 1) is not None or clause.phrase_ending(
                counted, "plural_determiners"))):
        return None  # "thành lập tỉnh A (gồm B và châu C)": one unit named in full, what it is made of in brackets
    opening = _list_opening(clause, counted + noun, hi)
    if opening is None:
        return None
    # "3 Kho bạc Nhà nước quận, gồm: Quận 2, Quận 9 và Thủ Đức": a body of each local unit listed
    of_places = head is not None and not head[2] and opening + 1 in clause.name_at and (
        clause.name_at[opening + 1].administrative)
    if opening + 1 in clause.name_at and not of_places and not _field_head(clause.name_at[opening + 1]):
        return None
    where = next((i for i in range(counted + noun, opening) if clause.phrase(i, "where_words")
                  and not clause.phrase_ending(i + 1, "time_not_place")), None)
    introduced = clause.tokens[opening].text not in _LIST_MARKS
    if where is not None and not (introduced and clause.tokens[where + 1].text[:1].isupper()):
        return None  # "3 chi nhánh tại các tỉnh: A, B và C": the places the units are in
    # "3 Tổng công ty là A, B và C": the introducer itself opens the list, no colon after it
    # "3 huyện tại Lâm Đồng là A, B và C": where the units lie stands between them and their names
    noun_end = where if where is not None else opening if not introduced else opening + 1
    while noun_end > counted + noun and clause.phrase_ending(noun_end, "list_introducers", counted + noun):
        noun_end -= len(clause.phrase_ending(noun_end, "list_introducers", counted + noun))
    if noun_end > counted + noun and clause.tokens[noun_end - 1].text == ",":
        noun_end -= 1
    while noun_end > counted + noun and (current := clause.phrase_ending(noun_end, "time_not_place", counted + noun)
                                         or clause.phrase_ending(noun_end, "counted_asides", counted + noun)
                                         or clause.phrase_ending(noun_end, "level_descriptors", counted + noun)):
        # "4 phường hiện tại (A, B)", "8 phường cũ lân cận gồm: A, B", "3 huyện phía nam của tỉnh gồm A, B, C": the
        # wards as they are now or where they lie, no part of their names
        noun_end -= len(current)
    if clause.tokens[opening].text == "(":
        closing = next((j for j in range(opening + 1, min(hi, opening + _BRACKET_REACH))
                        if clause.tokens[j].text == ")"), None)
    else:
        count = clause.number(counted - 1) if counted > 0 else None
        closing = _colon_list_end(clause, opening + 1, min(hi, opening + _BRACKET_REACH), count)
    if closing is None:
        return None
    if clause.tokens[opening].text == "(" and named is not None and not named.administrative and (
            named.last > counted + noun):
        ranks = [unit_rank(m.name) for j, m in clause.name_at.items() if opening < j < closing and m.administrative]
        if len(ranks) >= 2 and len(set(ranks)) == len(ranks):
            return None  # "Công ty A (xã B, huyện C, tỉnh D)": a body named in full, and its address
    # "9 trung tâm GDNN-GDTX trực thuộc các huyện: A, B, C": the centre of each district listed
    owned_level = _owned_by_level(clause, counted + noun, noun_end)
    if owned_level is not None and unit_rank(f"{clause.span_text(counted, counted + noun)} _") is not None:
        return None  # "thành lập xã thuộc các huyện: A, B": the districts say where new communes lie, none each
    if owned_level is not None:
        noun_end, level = owned_level
    else:
        # "3 Tổng cục trực thuộc Bộ gồm: Kiểm lâm, Thủy sản", "9 xã của huyện A: B, C": whose bodies they are
        # names none of them
        placed = next((i for i in range(counted + noun, noun_end) if clause.phrase(i, "placers")
                       or clause.phrase(i, "owner_markers")), None)
        noun_end = placed if placed is not None else noun_end
    word = clause.span_text(counted, noun_end)
    if owned_level is not None:
        word = f"{word} {level}"
    start, repeated = _past_bracket_introducer(clause, opening, counted, noun)
    # "6 xã (gồm các xã: A, B)": the noun said again before the list may make each member a name of its own already
    members = _bare_members(clause, word, start, closing, of_places or repeated)
    if members is None:
        return None
    if match_phrase(clause.tokens, counted, words("local_units_in_general")) or (
            _noun_spans(clause, counted, noun_end, "bodies_in_general")):
        # "thành lập 2 đơn vị hành chính cơ sở gồm A và B": the units are the places, known by their names alone;
        # "hợp nhất 3 tổ chức: A, B và C": a noun for any body names none of them
        members = [Arg(clause.text[m.start - clause.offset:m.end - clause.offset], m.start, m.end) for m in members]
    after = closing + 1 if clause.tokens[opening].text == "(" else closing
    return (members, after) if len(members) >= 2 else None


def _past_bracket_introducer(clause: Clause, opening: int, counted: int, noun: int) -> tuple[int, bool]:
    """(where the members start after ``opening``, whether the counted noun was said again): past ``gồm các xã:``
    that opens a bracket (``6 xã (gồm các xã: A, B)``), the introducer, a plural word and the noun; right after
    ``opening`` otherwise."""
    j = opening + 1
    if clause.tokens[opening].text != "(" or not (introducer := clause.phrase(j, "list_introducers")):
        return j, False
    j += len(introducer)
    j += len(clause.phrase(j, "plural_determiners") or ())
    repeated = [t.low for t in clause.tokens[j:j + noun]] == [t.low for t in clause.tokens[counted:counted + noun]]
    j += noun if repeated else 0
    return (j + 1 if j < len(clause.tokens) and clause.tokens[j].text == ":" else j), repeated


def _noun_spans(clause: Clause, j: int, end: int, key: str) -> bool:
    """Whether a phrase of word list ``key`` spans tokens ``j`` to ``end`` exactly."""
    return any(tuple(t.low for t in clause.tokens[j:end]) == phrase for phrase in words(key))


def bodies_of_places(clause: Clause, body: Arg, r: int, hi: int) -> tuple[list[Arg], int, int] | None:
    """``Hội Nhà báo 3 tỉnh: A, B và C``, ``Sở Tài chính hai tỉnh A và B``: one body of each place listed.

    ``body`` is a name without its place, written right before token ``r``; a count of local units and their
    bare names follow. Returns the bodies (``Hội Nhà báo tỉnh A``, ...), the count and the index after the list,
    no bodies when no place is named (``Bộ Chỉ huy A 6 tỉnh``), or None when fewer or more places than the
    count are listed.
    """
    if r < hi and clause.phrase(r, "owner_markers") and clause.number(r + 1) is not None:
        r += 1  # "Hội Nông dân của ba đơn vị hành chính cũ là A, B và C"
    n = clause.number(r)
    unit = clause.phrase(r + 1, "local_unit_nouns") or clause.phrase(r + 1, "served_unit_nouns") if (
        n is not None and n >= 2) else None
    if not unit:
        return None
    start = r + 1 + len(unit)
    # "Hội Nông dân 3 phường, xã gồm: A, B và C": places of several levels, or units in general ("đơn vị hành
    # chính"): each member is the body and the place's name, no level said for it
    plain = _noun_spans(clause, r + 1, start, "units_in_general")
    while start + 1 < hi and clause.tokens[start].text in {",", "và"} and (
            more := clause.phrase(start + 1, "local_unit_nouns")):
        start += 1 + len(more)
        plain = True
    start = clause.skip(start, "count_modifiers", hi)
    introducer = clause.phrase(start, "list_introducers") if start < hi else None
    after = start + len(introducer or ())
    if introducer and after < hi and (clause.tokens[after].text == ":" or clause.tokens[after].text[:1].isupper()):
        start = after
    if start < hi and clause.tokens[start].text == ":":
        start += 1
    if start >= hi or not clause.tokens[start].text[:1].isupper():
        # "giải thể Bộ Chỉ huy A 6 tỉnh, thành phố", "các Hội A 3 tỉnh cũ thành ...": so many bodies, not named
        return [], n, clause.skip(start, "count_modifiers", hi)
    end = _colon_list_end(clause, start, min(hi, start + _BRACKET_REACH), n)
    unit_text = clause.span_text(r + 1, r + len(unit) + 1)
    members = _bare_members(clause, body.name if plain else f"{body.name} {unit_text}", start, end)
    if members is None or len(members) != n:
        return None
    return members, n, end


def _bare_members(clause: Clause, noun: str, start: int, closing: int, places: bool = False) -> list[Arg] | None:
    """The bare members between ``start`` and ``closing``, each named ``noun`` + its words; None when a member
    is not bare (``(sáp nhập Chi cục Thuế A và B)``: names of their own).

    With ``places``, members may be local units named with their level (``Quận 2``), which then stands for the
    level word ending ``noun`` (``Kho bạc Nhà nước quận`` + ``Quận 2`` is ``Kho bạc Nhà nước Quận 2``).
    """
    members: list[Arg] = []
    local_rank = unit_rank(f"{noun} _")
    local = local_rank is not None
    asides = _now_named_asides(clause, start, closing)
    for j in range(start, closing + 1):
        if j in asides:
            continue  # "hai tỉnh Nam Hà (nay là Hà Nam và Nam Định) và Ninh Bình": what the member is now
        if j == closing or clause.tokens[j].text == "," or clause.phrase(j, "member_separators"):
            chunk = [clause.tokens[i] for i in range(start, j) if i not in asides]
            # "2 công ty là Điện lực A và Điện lực B": a head that is also a field names the counted body's field
            # "3 phường: 1, 9 và Trường An": under a local unit's noun a place that opens like a head is a place,
            # and a unit written with its own level ("các phường: A, B và xã C") is a member as written
            written = clause.text[chunk[0].start - clause.offset:chunk[-1].end - clause.offset] if chunk else ""
            # ... unless that level is above the counted one: "3 xã: Tân An, Phủ Lý và C" names a commune Phủ Lý
            leveled = local and (rank := unit_rank(written)) is not None and rank <= local_rank
            named = [i for i in range(start, j) if i in clause.name_at and i not in asides
                     and not _field_head(clause.name_at[i])
                     and not (local and clause.name_at[i].last <= j and (
                         not clause.name_at[i].administrative or leveled
                         or _bare_under_level(clause.name_at[i], local_rank)))]
            if not (_bare_member(chunk) or leveled) or any(
                    not places or not clause.name_at[i].administrative for i in named):
                return None
            if leveled:
                members.append(Arg(written, chunk[0].start, chunk[-1].end))
            elif len(chunk) == 1 and NUMBER_LIST.fullmatch(written):
                # "các phường: 1,2,3, Thắng Nhì": units known by their numbers, packed with no space
                members.extend(numbered_units(noun, written, chunk[0].start))
            else:
                members.append(Arg(f"{_without_level(noun, chunk[0].low)} {written}", chunk[0].start, chunk[-1].end))
            start = j + 1
    return members


def _bare_under_level(match: NameMatch, rank: int | None) -> bool:
    """Whether a unit's name in a list under a counted level of ``rank`` is a bare member after all: capitalised and
    opening with a level above it or one of old (``Phủ Lý`` under ``xã``: the head is a syllable of the place's
    name)."""
    own = unit_rank(match.name)
    return rank is not None and match.name[:1].isupper() and (own is None or own > rank)


def _now_named_asides(clause: Clause, start: int, closing: int) -> set[int]:
    """Tokens of the brackets between ``start`` and ``closing`` that tell what a member is called now
    (``(nay là A và B)``), brackets included."""
    tokens: set[int] = set()
    for j in range(start, closing):
        if clause.tokens[j].text == "(" and clause.phrase(j + 1, "new_name_markers"):
            close = next((i for i in range(j + 1, closing) if clause.tokens[i].text == ")"), None)
            if close is not None:
                tokens.update(range(j, close + 1))
    return tokens


def _field_head(match: NameMatch) -> bool:
    """Whether ``match``'s head is also a field of work (``Điện lực A``): under a counted noun it names the counted
    body's field, not a body of its own."""
    return tuple(match.head.lower().split()) in lexicon()["field_heads"]


def _without_level(noun: str, first: str) -> str:
    """``noun`` without its last word when the member opens with that word (its level, written again)."""
    head, _, last = noun.rpartition(" ")
    return head if head and last.lower() == first else noun


def _owned_by_level(clause: Clause, start: int, end: int) -> tuple[int, str] | None:
    """(where the counted noun ends, the level) when ``trực thuộc các huyện`` stands in ``[start, end)``: the
    counted units belong one to each unit of that level listed after it."""
    for j in range(start, end):
        placer = clause.phrase(j, "placers")
        if not placer:
            continue
        plural = clause.phrase(j + len(placer), "plural_determiners")
        at = j + len(placer) + len(plural or ())
        if plural and at + 1 == end and at < len(clause.tokens):
            return j, clause.tokens[at].text
        return None
    return None


def _list_opening(clause: Clause, j: int, hi: int) -> int | None:
    """Index of the ``(`` or ``:`` that opens the list of a counted noun whose field may run on to it, or of the
    last word of an introducer right before a capitalised member (``3 Tổng công ty là A, B và C``)."""
    limit = min(hi, j + _FIELD_REACH + 1)
    k = j
    while k < limit:
        text = clause.tokens[k].text
        if text in _LIST_MARKS:
            return k
        introducer = clause.phrase(k, "list_introducers")
        after = k + len(introducer or ())
        if introducer and after < hi and clause.tokens[after].text[:1].isupper():
            return after - 1
        address = clause.name_at.get(k + 1) if text == "," and k > j else None
        if address is not None and address.administrative and address.last < hi:
            # "3 phường thuộc thị xã A, tỉnh B gồm: ...": the address goes on after the comma
            limit = min(hi, limit + address.last - k)
            k = address.last
            continue
        if text == "," and k + 1 < hi and clause.phrase(k + 1, "list_introducers"):
            k += 1
            continue  # "3 Kho bạc Nhà nước quận, gồm: ..."
        if text in {"-", "–"} and k > j:
            k += 1
            continue  # "trung tâm GDNN-GDTX": a hyphen inside the noun's field
        if not text[:1].isalpha() or clause.number(k) is not None:
            return None
        k += 1
    return None


def _colon_list_end(clause: Clause, j: int, limit: int, count: int | None) -> int:
    """Index after a colon list of bare members: capitalised names, their separators and a few lower-case
    words (``miền Bắc``, ``Thương mại``). It ends at ``thành``, ``vào``, a clause mark, a run of lower-case
    words, or after the ``count``-th member (``3 Sở: A, B, C, UBND tỉnh ...``)."""
    members, lower, capitals, first = 1, 0, 0, j
    while j < limit:
        text = clause.tokens[j].text
        if text == "," or clause.phrase(j, "member_separators"):
            if count is not None and members == count:
                return j
            members, lower, capitals, first = members + 1, 0, 0, j + len(clause.phrase(j, "member_separators") or (1,))
        elif _named_or_numbered(text):
            lower, capitals = 0, capitals + 1
        elif not text[:1].isalpha() or any(clause.phrase(j, key) for key in _LIST_CLOSERS):
            return j  # "A, B thuộc thành phố C", "A, B thành xã D": the list has ended
        elif count is not None and members == count and capitals >= 2 and not _shapes_earlier(clause, first, j) and (
                not clause.phrase_ending(j + 1, "half_capitalised", j - 1)):
            return j  # "3 xã: A, B và Thanh Hưng sẽ hình thành ...": the last name is whole, a verb follows
        else:
            lower += 1
            # a member opened by a capital may be a field in lower case after it ("Chăm sóc sức khỏe sinh sản")
            field = capitals == 1 and lower == j - first  # one capital opened the member, then lower case only
            if lower > (_FIELD_MEMBER_WORDS - 1 if field else _MEMBER_LEAD_WORDS):
                return j - lower + 1
        j += 1
    return j


def _shapes_earlier(clause: Clause, first: int, j: int) -> bool:
    """Whether the last member's words up to token ``j`` open an earlier member of the same list as well
    (``Cảng Hàng không miền Bắc, ..., Cảng Hàng không miền Trung``): its lower-case word is its own."""
    words = [t.low for t in clause.tokens[first:j + 1]]
    size = len(words)
    starts = (i for i in range(max(1, first - _BRACKET_REACH), first) if clause.tokens[i - 1].text in {",", ":", "("}
              or clause.phrase(i - 1, "member_separators") or clause.phrase_ending(i, "list_introducers"))
    return any([t.low for t in clause.tokens[i:i + size]] == words for i in starts)


def _named_or_numbered(text: str) -> bool:
    """Whether a word of a bare list names a member: a capital (``Đa Kao``), a number (``2``) or numbers packed with
    commas (``1,2,3``)."""
    return text[:1].isupper() or text.isdecimal() or NUMBER_LIST.fullmatch(text) is not None


def _bare_member(chunk: list) -> bool:
    """A member of a bare list: capitalised words and numbers (``Đa Kao``, ``Khu vực 2``), a field written with
    one capital (``Thương mại``), or a few lower-case words before capitals (``miền Bắc``, ``khu vực 2``)."""
    if not chunk:
        return False
    capitals = [_named_or_numbered(t.text) for t in chunk]
    if all(capitals):
        return True
    if chunk[0].text[:1].isupper():
        # a field written with one capital: "Thú y", "Bảo vệ thực vật", "Chăm sóc sức khỏe sinh sản"
        return len(chunk) <= _FIELD_MEMBER_WORDS
    first = capitals.index(True) if True in capitals else None
    return first is not None and first <= _MEMBER_LEAD_WORDS and all(capitals[first:])
