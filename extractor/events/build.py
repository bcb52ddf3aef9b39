"""One trigger with the argument frame it takes: the event it states, or None.

A trigger word (``events/triggers.yaml``) opens an event; its arguments are read from the organization names
around it (:mod:`extractor.events.clause`):

- ``sáp nhập A với B và đổi tên thành C``: one merge of A and B whose result is C;
- ``sáp nhập A vào B`` / ``A nhập vào B``: a merge of A and B whose result is B;
- ``thành lập C trên cơ sở hợp nhất A và B``, ``C (sáp nhập A, B)``: a merge whose result is C;
- ``sắp xếp 9 chi cục thuế thành 4 chi cục``: a merge of a count of units;
- ``đổi tên A thành B``, ``giải thể A``, ``thành lập A``, ``chuyển A về B``.

A negated trigger (``không sáp nhập``) or one with neither names nor a count (``xem xét sáp nhập các
trường có quy mô nhỏ``) states no event. Only sentences that contain a trigger are parsed.
"""

from __future__ import annotations

from extractor.events.anaphora import object_anaphor, points_back
from extractor.events.chains import before_owner
from extractor.events.clause import (
    Arg,
    Clause,
    agent_of_passive,
    bodies_moved,
    load_kinds,
    split_conjoined,
    split_dashed_units,
    words,
)
from extractor.events.counts import (
    before_left_fillers,
    bodies_of_places,
    bracketed_members,
    bracketed_subject,
    comes_to,
    count_before,
    count_end,
    counted_before,
    headed_by_level,
    named_before,
    named_by_count,
    outcome_after,
    split_first,
    state_before,
)
from extractor.events.founding import after_founding_date, capitalised_run, predecessor
from extractor.events.frames import (
    after_colon,
    bare_places_before,
    bare_sources,
    bare_target,
    brand_at,
    brand_before,
    brand_split,
    brands_at,
    from_sources,
    is_brand_word,
    measured_body,
    member_of,
    more_measured_bodies,
    names_a_class,
    new_name_after,
    plain_object,
    reduced_to,
    registration_count,
    result_after,
    split_source,
    whole_unit_taken,
    with_partner,
)
from extractor.events.headless import headless_object
from extractor.events.places import PLACE_KIND
from extractor.events.triggers import agentive, coordinated_end, ends_before_new_name, find_triggers
from extractor.events.unit_ranks import unit_rank
from extractor.lang.vi import event_lexicon
from extractor.recognize.org_grammar import NameMatch, head_at
from extractor.recognize.org_tokens import HYPHENS, lexicon
from extractor.recognize.organizations import name_key

__all__ = ["build_event", "is_event", "shape_event"]

# Words of the body that a body handed over belonged to, between it and where it goes.
_OWNER_REACH = 14
_COUNT_STEPS = 8  # words read past a counted noun for the list of its members
_THRESHOLD_REACH = 5  # words of a counted noun before "trở lên" that makes the count a threshold
_LIST_REACH = 32  # the same when "gồm" and the list come within this many words
_ONE_NAMED_REACH = 4  # words from the noun of one counted body to what names it ("1 đơn vị sự nghiệp là A")
_MAX_BODIES_COUNTED = 20000  # more bodies than any one act restructures (the communes of the country are ~10,000)
_YEAR_LIKE = 1800  # a number after a founding from this on is its year ("thành lập 1990"), not a count
_OWNED_NOUN_WORDS = 6  # words of a plain noun before "của" and the body that owns it ("các phòng chuyên môn của")

def build_event(clause: Clause, k: int, phrase: tuple[str, ...], kind: str, lo: int, hi: int,
           consumed: set[int]) -> dict | None:
    if kind == "establish" and k > lo and _within_basis(clause, k, lo) and any(
            lo <= t < k - 1 and t_kind == "establish" for t, _, t_kind in find_triggers(clause)):
        # "A được thành lập theo quyết định của Bộ B trên cơ sở nâng cấp C": the upgrade is what A was founded on,
        # told by the founding; B, who decided, is founded by nothing
        return None
    if phrase in words("upgrade_triggers"):
        return _upgrade(clause, k, phrase, lo, hi)
    if phrase in words("member_only"):
        return _becomes_part(clause, k, phrase, lo, hi)
    if phrase in words("comes_under_triggers"):
        return _comes_under(clause, k, phrase, lo, hi)
    r = clause.skip(k + len(phrase), "fillers", hi)
    if kind == "rename" and (kind_word := clause.phrase(r, "unit_nouns")) and (origin := clause.phrase(
            r + len(kind_word), "origin_markers")) and clause.tokens[r].text.islower() and (
            r + len(kind_word) + len(origin)) in clause.name_at:
        r += len(kind_word) + len(origin)  # "đổi tên phường từ A thành B": the kind of unit renamed, then the old name
    if kind == "transfer" and (conversion := clause.phrase(r, "conversion_markers")) and (
            new := clause.name_at.get(clause.skip(r + len(conversion), "conversion_joints", hi))) is not None and len(
            subject := clause.left_list(k, lo)[0]) == 1:
        # "Nông trường A chuyển sang mô hình Công ty TNHH MTV B": the body takes a new form under a new name
        event = shape_event("rename", subject, Arg(new.name, new.start, new.end), None, clause, k, phrase, lo)
        return None if event is None else event | {"left_only": False, "count_after": False}
    if kind == "split" and k > 0 and clause.phrase_ending(k, "establish_basis", lo) is not None and (
            phrase in words("basis_splits")) and (clause.phrase(k + len(phrase), "part_markers") or clause.phrase(
            k + len(phrase), "basis_split_origins") or whole_unit_taken(clause, k + len(phrase), hi)):
        # "thành lập xã C trên cơ sở tách ... của xã A", "... trên cơ sở tách ra từ huyện A": the founding reads
        # the part taken out
        return None
    if kind in ("merge", "transfer") and _work_of_a_body(clause, k, lo):
        return None  # "Công việc của Sở A sẽ được ghép vào Văn phòng B": the work moves, no body merges
    if kind == "dissolve" and r < hi and r not in clause.name_at and clause.phrase(r, "document_objects"):
        return None  # "Chủ tịch UBND tỉnh đã bãi bỏ quyết định số 12": a paper is repealed, no body ends
    if kind == "transfer" and (managed := _managed_after_receiver(clause, k, phrase, r, lo, hi)) is not None:
        return managed  # "chuyển giao Công an tỉnh A quản lý Cơ sở B, Cơ sở C": the receiver first
    if kind == "transfer" and (placer := clause.phrase(r, "placers")) and r + len(placer) in clause.name_at and any(
            clause.phrase(j, "holding_words") for j in range(k + len(phrase), r)):
        r += len(placer)  # "chuyển giao tổ chức đảng và đảng viên thuộc Đảng bộ A về B": what A holds, then A
    if kind != "merge":
        # "thành lập các đơn vị trực thuộc Sở A": new units of A; only a merge takes A through its units
        units_of = clause.first_phrase("merged_units_of", k + len(phrase), r)
        r = units_of if units_of is not None else r
    if kind == "rename" and (joined := clause.phrase(r, "rename_joined_verbs")) and r + len(joined) in clause.name_at:
        r += len(joined)  # "đổi tên và chuyển giao A thành B": the body both verbs take
    if r + 1 < hi and clause.phrase(r, "single_articles") and r + 1 in clause.name_at:
        r += 1  # "lập ra một Sở Thuế quan": one body, named ("một số chi nhánh" counts some)
    if clause.phrase(k + len(phrase), "copulas") and clause.number(r) is not None:
        return None  # "huyện trước sáp nhập là 37 cơ sở hội": how many there were, no act
    # "được chuyển giao quyền đại diện chủ sở hữu từ B về C": the fillers may stand before the origin
    between = range(k + len(phrase), clause.skip(k + len(phrase), "fillers", hi) + 1)
    from_body = next((found for j in between if (found := _origin_only(clause, j, hi)) is not None),
                     None) if kind == "transfer" else None
    received_from = None  # "tiếp nhận từ Ủy ban A ...": A is where what is received comes from
    if from_body is None and phrase in words("receiver_triggers"):
        received_from = from_body = next((found for j in between if (found := _past_origin(clause, j)) is not None),
                                         None)
    if from_body is not None:
        r = from_body  # "Tạp chí A được chuyển cơ quan chủ quản từ B về C": B lets A go, A is the subject
    # what stops follows an intransitive trigger only as a list ("dừng hoạt động gồm các báo A, B"), a count
    # ("dừng hoạt động 26 trạm y tế") or after "đối với" ("dừng hoạt động đối với Trung tâm A")
    if phrase in words("intransitive") and not clause.phrase(k + len(phrase), "intransitive_objects") and not (
            clause.phrase(k + len(phrase), "list_introducers")) and not (
            clause.phrase(k + len(phrase), "act_subject_markers") and clause.phrase_ending(
                k, "act_nouns", lo)) and not (
            clause.number(r) is not None and clause.unit_noun(r + 1)) and not _named_object(clause, k + len(phrase)):
        r = hi
    if kind == "establish" and from_sources(clause, k + len(phrase)):
        r = clause.skip(after_founding_date(clause, k + len(phrase)), "fillers", hi)  # "thành lập năm 1975 từ A"
    if kind == "establish" and r in clause.name_at and (
            clause.name_at[r].administrative or clause.name_at[r].kind == "government") and any(
            clause.phrase(j, "owner_markers") for j in range(k + len(phrase), r)):
        # "02 chi bộ được thành lập của huyện A": whose the bodies founded are, not a unit founded; "thẩm quyền quyết
        # định thành lập của Chính phủ": who founds
        r = hi
    shared = _object_of_next_verb(clause, r, ("dissolve", "merge")) if kind in ("dissolve", "merge") else None
    if shared is not None and clause.number(shared) is not None:
        r = shared  # "giải thể, sáp nhập 43 phòng giao dịch": both verbs take the count
    # "A được hợp nhất từ B và C", "A, hợp nhất bởi B và C": the bodies after the marker make A
    # ("tiếp nhận từ B": where what is received comes from, no source of a merge)
    sourced = clause.phrase(k + len(phrase), "merge_source_markers") if kind == "merge" and (
        received_from is None) else None
    sources_at = clause.skip(k + len(phrase) + len(sourced), "fillers", hi) if sourced else None
    if sources_at in clause.name_at:
        r = sources_at
    elif not (sources_at is not None and clause.number(sources_at) is not None and clause.unit_noun(sources_at + 1)):
        sourced = None  # "A được sáp nhập từ 2 trạm (B và C)": a count of the bodies that make A is a source too
    coordinated = False  # the object follows a verb joined to the trigger
    founded_next = _object_of_next_verb(clause, r, ("establish",)) if kind == "establish" else None
    if founded_next is not None and founded_next in clause.name_at:
        r = founded_next  # "quyết định thành lập, ra mắt Công an đặc khu A": the founding names the body
    elif kind == "establish" and (shared_at := _past_coordinated(clause, r, hi)) != r:
        r, coordinated = shared_at, True  # "thành lập, chỉ định nhân sự của 4 Đảng bộ ...": "của" owns no count
    elif kind == "merge" and (shared_at := _past_coordinated(clause, r, hi, "merge_coordinated_verbs")) != r:
        r = shared_at  # "trên cơ sở sáp nhập và phát triển Khoa A và khoa B": the bodies both verbs act on
    count = None
    counted: int | None = None  # index of the counted noun ("4 trạm y tế: ...")
    introduced = False  # the counted noun is followed by "gồm" and the list of its members
    anaphoric = False
    holdings = kind == "transfer" or bool(clause.phrase(k + len(phrase), "transfer_manners"))
    measured_count = kind != "establish" and clause.number(r) is None and r not in clause.name_at and (
        owner := measured_body(clause, r, hi, holdings=holdings)) is not None and clause.number(owner) is not None
    if measured_count:
        r = owner  # "hợp nhất nguyên trạng tài sản, nguồn vốn của 7 công ty gồm: ...": the count of bodies
    opener = clause.phrase(r, "count_openers") if r < hi else None
    if opener and clause.number(r + len(opener)) is not None:
        r += len(opener)  # "đã chấm dứt hoạt động tới 95 điểm giao dịch": how many, stressed
    n = clause.number(r)
    if n is not None and n > _MAX_BODIES_COUNTED:
        n = None  # "dừng hoạt động 557079 CLB futsal": a page's picture number run in, no count of bodies
    if kind == "establish" and n is not None and any(clause.phrase(j, "list_introducers") for j in range(
            k + len(phrase), r)) and _establish_left(clause, k, lo, k + len(phrase)):
        n = None  # "Tỉnh A được tái lập gồm 5 đơn vị hành chính": what A is made of, no bodies founded
    if n is not None:
        r = count_end(clause, r)  # "hợp nhất từ 3 đến 4 trường": a range counts its lower bound
    if n is None and kind == "merge" and (reduced := _reduction_after(clause, r, hi)) is not None:
        r, n = reduced, clause.number(reduced)  # "sắp xếp lại hệ thống tổ chức, giảm từ 22 xuống còn 15 chi cục"
    if n is not None and n >= 2 and reduced_to(clause, r + 1) and kind == "merge":
        # "số xã được sắp xếp để giảm từ 120 xuống còn 45": the units were named before the trigger
        return shape_event(kind, [], None, n, clause, k, phrase, lo) | {"left_only": False, "count_after": True}
    # one body counted in digits is a count too ("chuyển giao 1 tổ chức đảng"); "một" is mostly an article
    counted_one = n == 1 and clause.tokens[r].text.isdigit() and kind in ("transfer", "establish", "dissolve")
    # "giải thể 1 đơn vị là Trung tâm A": one body counted, then named
    counted_one = counted_one or (n == 1 and _one_named(clause, r + 1, hi))
    # "sự hợp nhất của ba tỉnh A, B và C": the act named as a noun, "của" opens what it acts on
    acted_on = clause.phrase_ending(k, "act_nouns", lo) is not None
    # "01 phường và 02 xã": one unit counted, and more of another level
    counted_one = counted_one or (n == 1 and kind == "merge" and _more_units_counted(clause, r + 1, hi) is not None)
    if n is not None and (n >= 2 or counted_one) and r + 1 < hi and clause.unit_noun(r + 1) and (
            measured_count or coordinated or acted_on or phrase in words("object_after_owner") or not (
                clause.phrase(r - 1, "owner_before_count"))):
        if any(clause.phrase(j, "threshold_markers") for j in range(r + 2, min(hi, r + 2 + _THRESHOLD_REACH))):
            return None  # "hợp nhất từ 3 đầu mối cấp vụ trở lên thì ...": a threshold of a rule, no bodies counted
        # "quá trình sáp nhập giữa 2 ngân hàng": the two are named elsewhere, as after "này"
        anaphoric = bool(clause.phrase_ending(r, "told_before_counts", k))
        count = n
        r += 1
        counted = r
        while kind == "merge" and (more := _more_units_counted(clause, r, hi)) is not None:
            # "của 01 phường và 02 xã (phường A, xã B, xã C)": local units of two levels counted together
            added, r = more
            count += added
            counted = r
        steps = 0
        # "3 chi hội tại 3 địa phương trước sáp nhập của xã A là: ...": a trigger that names a time opens nothing
        others = {t for t, _, _ in find_triggers(clause) if t > k and not state_before(clause, t, k)}
        # "hợp nhất 15 hội do Đảng, Nhà nước giao nhiệm vụ ... thuộc tỉnh A và B, gồm: ...": a long description may
        # stand between the counted noun and the list of its members
        long_list = _introducer_within(clause, r, hi, others)
        reach = _LIST_REACH if long_list else _COUNT_STEPS
        while r < hi and steps < reach and clause.tokens[r].text != ":" and r not in others:
            # "7 phường còn lại thành ...": "còn" is no outcome here (the counted noun itself is no modifier)
            kept = clause.phrase(r, "count_modifiers") if r != counted else None
            if kept:
                r += len(kept)
                continue
            joined = clause.phrase(r, "people_joiners")
            n_at = clause.skip(r + len(joined), "approximations", hi) if joined else r + 1
            people = clause.phrase(n_at + 1, "people_counted") if clause.number(n_at) is not None else None
            if people and joined:
                # "57 công đoàn cơ sở và 3.499 đoàn viên", "19 cơ sở Đoàn với hơn 20.000 đoàn viên": their people
                r = n_at + 1 + len(people)
                continue
            if r != counted and clause.tokens[r - 1].text == "," and clause.phrase(r, "further_count_stops"):
                break  # "giải thể 12 trường, trong đó 5 trường mầm non": a breakdown, "đó" points at the count itself
            if clause.phrase(r, "count_stops") or clause.phrase(r, "establish_basis") or (
                    kind == "establish" and clause.phrase(r, "origin_markers")):
                # "thành lập 5 công an phường trên cơ sở ...": "trên" opens the basis, it points at nothing; "đề xuất
                # thành lập 2 hiệp hội từ Bộ A và Bộ B": where the founding comes from, none of the bodies founded
                break
            if r != counted and r in clause.place_at and r not in clause.name_at and kind in ("merge", "split") and (
                    not long_list and _owner_region_before(clause, r)):
                break  # "hợp nhất ba CDC của Hà Giang, Tuyên Quang và Yên Bái": the provinces they belong to
            if r in clause.name_at:
                if r != counted and _names_the_counted(clause, counted, r):
                    break  # "hợp nhất hai nhà hát Nhà hát A - Nhà hát B": the counted noun, then each body named
                if r == counted or not (clause.phrase(r - 1, "placers") or long_list):
                    break
                r = clause.name_at[r].last  # "5 đơn vị trực thuộc Sở Y tế gồm ...": the owner is not a member
                continue
            introducer = clause.phrase(r, "list_introducers")
            if introducer:
                r += len(introducer)  # "hợp nhất 5 trung tâm gồm A, B ...": the members follow
                introduced = True
                break
            anaphoric = anaphoric or bool(clause.phrase(r, "demonstratives"))
            r += 1
            steps += 1
    if count is None and r not in clause.name_at and (listed := _plural_then_list(clause, r, hi, k)) is not None:
        r = listed  # "thành lập các trung tâm A khu vực trực thuộc Bộ B gồm C, D": the bodies of the kind, named
    if counted is not None and r == counted and r in clause.name_at and clause.name_at[r].last < hi and (
            clause.tokens[clause.name_at[r].last].text == ":"):
        r = clause.name_at[r].last + 1  # "sáp nhập 4 Trạm Y tế: thị trấn A, xã B ...": the list after the colon
    if kind == "establish" and r not in clause.name_at and (named := _named_after_kind(clause, r, hi)) is not None:
        r = named  # "thành lập một cơ quan kinh doanh lấy tên là Sở A": one body told by its kind, then named
    if r not in clause.name_at and kind == "split":
        r = split_source(clause, r, hi)
    if r not in clause.name_at:
        r = after_colon(clause, r, hi)
    if r in clause.name_at and kind == "merge" and (
            listing := clause.phrase(clause.name_at[r].last, "list_introducers")) and (
            owner := measured_body(clause, clause.name_at[r].last + len(listing), hi, holdings=holdings)) is not None:
        r = owner  # "điều chỉnh một phần huyện A gồm toàn bộ diện tích ... của các xã B, C vào D": the communes move
    if r not in clause.name_at and kind != "establish" and (
            owner := measured_body(clause, r, hi, holdings=holdings)) is not None:
        r = owner  # "nhập toàn bộ 3,5 km2 diện tích tự nhiên, 4.019 người của phường A vào phường B"
    if r not in clause.name_at and (unit_kind := clause.phrase(r, "named_unit_kinds")) and (
            (named := clause.skip(r + len(unit_kind), "plural_determiners", hi)) in clause.name_at):
        # "nhập đơn vị hành chính xã A, xã B", "sáp nhập đơn vị hành chính các phường A, B": what the units are, then
        # their names
        r = named
    if r not in clause.name_at and (owner := clause.numbered_part_owner(r, hi)) is not None:
        r = owner  # "hợp nhất cơ sở II của Viện A và Viện B thành Viện C": the body the part belongs to
    participants: list[Arg] = []
    # headless provinces take part only in a merge or split that names its members
    places = kind in ("merge", "split") and phrase not in words("counted_only")
    partner = with_partner(clause, r, hi, places) if kind == "merge" and count is None else None
    if partner is not None:
        r = partner  # "Trường A sáp nhập với Trường B": the subject merges with the body after "với"
    unresolved = False
    if anaphoric and count is not None:
        participants = named_before(clause, k, lo, count, counted)
        # "hai ngân hàng này sáp nhập": the event was told earlier, by name; kept only if it names what comes out
        unresolved = not participants
    elif count is None and kind in ("merge", "dissolve") and r not in clause.name_at and (
            brands := brands_at(clause, r, hi))[0]:
        participants, r = brands  # "sáp nhập HBB và SHB": banks known by their acronyms
    elif (listed := bracketed_members(clause, counted if counted is not None else r, hi)) is not None:
        participants, r = listed  # "sáp nhập 3 phường (A, B, C) thành phường C", "của các xã: A, B, C"
        if counted is not None:
            participants = headed_by_level(clause, counted, participants)  # "3 đơn vị cấp xã gồm: A, B, C"
        if kind == "merge" and (partner := with_partner(clause, r, hi, places)) is not None:
            # "hợp nhất 6 xã của huyện A (gồm: B, C ...) với huyện D thành huyện E": the body they join goes in too
            partners, r = clause.org_list(partner, hi, places)
            participants = participants + partners
    elif r in clause.name_at or (places and r in clause.place_at):
        opened = r > lo and clause.tokens[r - 1].text == "("
        participants, r = clause.org_list(r, hi, places)
        if opened and r < hi and clause.tokens[r].text == ")":
            r += 1  # "sáp nhập 3 xã (xã A, xã B, xã C) thành phường D": the count's members in brackets, then D
        participants, r = more_measured_bodies(clause, participants, r, hi, places)
        if kind == "transfer" or phrase in words("receiver_triggers"):
            r = _past_people(clause, r, hi)  # "tiếp nhận Đảng bộ A và 123 đảng viên từ B về trực thuộc C"
            # "tiếp nhận Bệnh viện A (tỉnh B cũ) từ Bộ Y tế": past what a bracket says of the body
            r = _past_origin(clause, _past_brackets(clause, r)) or r if phrase in words("receiver_triggers") else r
        if len(participants) == 1 and count is None and (
                owned := bodies_of_places(clause, participants[0], r, hi)) is not None:
            participants, count, r = owned  # "hợp nhất Hội Nhà báo 3 tỉnh: A, B và C": the body of each place
        if counted is not None:
            participants = headed_by_level(clause, counted, named_by_count(clause, counted, participants))
        if kind == "establish" and count is not None and counted is not None and 0 < len(participants) < count and (
                r == hi or clause.says_whose_or_where(r)):
            participants = participants + _listed_on(clause, r, count - len(participants))
    elif kind in ("rename", "merge") and count is None and (described := _described_head(clause, r, hi)) is not None:
        participants, r = described  # "đổi tên Ban khoa học - kỹ thuật thành Sở A": a head described in lower case
    elif kind == "merge" and count is None and k > lo and clause.tokens[k - 1].low in _FORMED_FROM and (
            bare := bare_sources(clause, lo, k, r, hi)) is not None:
        participants, r = bare  # "Phường A mới từ sáp nhập B và C": bare places, of the new ward's kind
    elif count is None and kind in ("merge", "transfer", "dissolve") and (brand := brand_at(clause, r, hi)):
        participants, r = [brand], r + 1  # "sáp nhập MHB vào BIDV": a bank known by its acronym
    if kind == "dissolve" and not participants and count is None and (
            anaphor := object_anaphor(clause, r, hi)) is not None:
        # "đề nghị chấm dứt hoạt động của tạp chí này": the magazine named before ends, not who asks
        event = shape_event(kind, [], None, None, clause, k, phrase, lo)
        return None if event is None else event | {
            "object_anaphor": anaphor, "left_only": False, "count_after": False, "counted": None,
            "after_state": state_before(clause, k, lo)}
    if count is not None and not participants and counted is not None:
        # "Hội A, Hội B, Hội C và Hội D thống nhất việc sáp nhập 4 hội": the bodies of that head named before
        participants = counted_before(clause, k, lo, count, counted)
    if count is not None and counted is not None and kind in ("merge", "dissolve") and (
            listed_later := _class_then_listed(clause, participants, counted, count, hi)) is not None:
        participants, r = listed_later  # "giải thể 5 Trung tâm Y tế khu vực ..., gồm Trung tâm Y tế khu vực A, B"
    if count is not None and 0 < len(participants) < count:
        # "sáp nhập hai ban Thi đua - Khen thưởng và Tôn giáo - Dân tộc vào ...": one head, two bodies
        participants = split_first(clause, participants, count)
    if phrase in words("result_markers") and participants and not _named_after_origin(clause, participants[0]) and (
            kind != "establish" or _for_founding(clause, k, lo)):
        # "sáp nhập A và B tái lập C": C comes out; "A được tái lập từ B": B is where A comes from; with nothing
        # before it, the founding verb takes what it founds after it ("Năm 1955, tái lập 2 thị xã A và B")
        return _with_left(clause, k, phrase, kind, lo, participants[0], count)
    result: Arg | None = None
    target_anaphor = None
    if kind == "merge" and participants and phrase in words("receiver_triggers") and (
            clause.phrase(k + len(phrase), "transfer_manners") or _past_origin(clause, r) is not None
            or _came_from(clause, participants) or _taken_over_whole(clause, participants)):
        # "tiếp nhận (nguyên trạng) A từ Sở B về Sở C": A changes hands, nothing merges; so does a party body received
        # by another ("Đảng ủy phường A tiếp nhận Đảng bộ Công ty B": its members now meet under A)
        kind = "transfer"
    if kind == "transfer" and (past := _past_origin(clause, r)) is not None:
        r = past  # "bàn giao A từ Sở Tài chính sang Ủy ban B": where A comes from
    if kind == "transfer" and participants and clause.phrase(r, "placers"):
        r = _past_owner(clause, r, hi)  # "chuyển giao A trực thuộc Đảng bộ các đơn vị ... về B": where A was
    if kind in ("merge", "transfer") and participants:
        # "xã A, huyện B vào thành phố C": where A lay (a bare member of a list lies where the named one does)
        placed = next((p for p in reversed(participants) if clause.match_of(p) is not None), participants[-1])
        r = clause.past_address(placed, r, hi)
    if kind in ("merge", "transfer") and participants and (as_left := clause.phrase(r, "unit_as_left")) and (
            clause.phrase(r + len(as_left), "into_markers")):
        r += len(as_left)  # "nhập ... của xã A sau khi điều chỉnh vào xã B": what is left of A goes into B
    while participants and r < hi and clause.tokens[r].text in _CLOSING_QUOTES:
        r += 1  # "đổi tên “Trường A” thành “Trường B”": the name's closing mark
    if kind == "rename" and participants and r + 2 < hi and clause.tokens[r].text == "," and clause.phrase(
            r + 1, "placers") and (owner := r + 1 + len(clause.phrase(r + 1, "placers"))) in clause.name_at and (
            clause.phrase(clause.name_at[owner].last, "result_markers")):
        r = clause.name_at[owner].last  # "đổi tên A, trực thuộc Sở B thành C": whose A was, before its new name
    if kind == "transfer" and participants:
        r = _past_counted_part(clause, r, hi)  # "bàn giao A, B và 4 xã thuộc tỉnh C về D": land handed over too
    if kind == "merge" and not participants and (ceded := clause.phrase(r, "ceded_lands")) and clause.phrase(
            r + len(ceded), "into_markers"):
        r += len(ceded)  # "A giải thể, nhập địa bàn vào B": what the ended unit hands on, then where it goes
    into = clause.phrase(r, "into_markers")
    owner_k = member_of(clause, r, hi) if not into and kind in ("merge", "transfer") else None
    if owner_k is None and not into and kind == "merge" and not participants and r + 1 < hi and (
            clause.tokens[r].text == ",") and (owner_k := member_of(clause, r + 1, hi)) is not None:
        r += 1  # "Trường A dự kiến sáp nhập, trở thành cơ sở 2 của Trường B": what A becomes, after a comma
    if owner_k is not None:  # "A tổ chức lại thành cơ sở 3 của Bệnh viện B": A becomes a part of B
        into = tuple(t.low for t in clause.tokens[r:owner_k])
        r = owner_k - len(into)
    if into and kind in ("merge", "transfer"):
        target_k = clause.skip(r + len(into), "fillers", hi)
        if target_k in clause.name_at or (places and target_k in clause.place_at):
            targets, r = clause.org_list(target_k, hi, places)
            if kind == "transfer" and not participants:
                participants = _listed_after_receiver(clause, r)  # "Các hội được bàn giao về B gồm: A; C; D"
                if not participants and target_k in clause.name_at and clause.name_at[target_k].last < r:
                    # "chuyển 3 tổng công ty về B, gồm A, C và D": the list read as more receivers is what moved
                    participants = _listed_after_receiver(clause, clause.name_at[target_k].last)
                    if participants:
                        targets = targets[:1]
            participants += targets[:1]
            result = targets[0]
        elif (brand := brand_at(clause, target_k, hi)) is not None:
            participants.append(brand)  # "Ngân hàng A được chuyển giao về MB": an acronym names the receiver
            result, r = brand, target_k + 1
        elif participants and (bare := bare_target(clause, participants[-1], target_k, hi)) is not None:
            result, r = bare  # "nhập một phần phường A vào Bách Khoa": the unit shares the source's head
            participants.append(result)
        elif kind == "merge":
            target_anaphor = object_anaphor(clause, target_k, hi)  # "A sáp nhập vào tỉnh mới này"
    if kind == "merge" and result is not None and (
            phrase in words("receiver_triggers") or phrase in words("gathering_triggers")) and (
            into in words("handover_markers")):
        # "tiếp nhận 10 đơn vị ... về Bộ Y tế quản lý", "gom A, B về Ủy ban C": received to be managed, not merged
        kind = "transfer"
    if kind == "transfer" and into in words("relocation_markers") and result is not None and (
            _is_place(clause, result)):
        return None  # "Nhà xuất bản A chuyển vào TP.HCM": the body moves to a city, no one takes it over
    if kind == "transfer" and not into and result is None and len(participants) == 1 and (
            given := _given_receiver(clause, k, phrase, lo)) is not None:
        participants, result = [participants[0], given], given  # "Công an tỉnh A được chuyển giao Cơ sở B"
    if kind == "merge" and result is None and (dated := _past_date(clause, r, hi)) is not None and dated + 1 < hi and (
            (clause.tokens[dated].text == "," and clause.phrase(dated + 1, "naming_markers"))
            or clause.phrase(dated, "naming_markers")):
        # "sáp nhập từ ngày 5/12, lấy tên gọi huyện A", "hợp nhất vào năm 1976 với tên gọi là tỉnh A": the date of
        # the merge, then the new name
        r = dated
    sequel = clause.skip(r + 1, "naming_sequels", hi) if kind == "merge" and r + 1 < hi else r + 1
    if r + 1 < hi and clause.tokens[r].text == "," and clause.phrase(sequel, "naming_markers"):
        # "sáp nhập xã A, B và C, lấy tên là xã D": the new name after a comma ("..., sau đó đổi tên thành D")
        r = sequel
    elif kind == "merge" and result is None and (named := new_name_after(clause, r, hi)) is not None:
        result = named  # "hợp nhất ba ngân hàng A, B và C, tên ngân hàng mới sẽ là D"
    elif kind == "merge" and result is None and r + 2 < hi and clause.tokens[r].text == "," and (
            clause.tokens[r + 1].low == "thành") and r + 2 in clause.name_at and not any(
            t == r + 1 for t, _, _ in find_triggers(clause)):
        r += 1  # "hợp nhất tỉnh A với B, thành tỉnh C": the body they come to, after a comma
    if kind in ("rename", "merge", "transfer") and (respective := clause.phrase(r, "respective_markers")) and (
            clause.phrase(r + len(respective), "result_markers")):
        r += len(respective)  # "đổi tên A và B lần lượt thành C và D": each in turn, paired later
    if kind in ("rename", "merge") and (cited := _past_citation(clause, r, hi)) is not None:
        r = cited  # "đổi tên theo Quyết định số 41 của UBND tỉnh thành B": the decision cited, then the new name
    if kind in ("rename", "merge", "transfer") and participants and (placed := _past_address(
            clause, participants[-1], r, hi)) is not None:
        r = placed  # "đổi tên Trường A, tỉnh B thành Trường C": the unit where A lies, then the new name
    marker = clause.phrase(r, "result_markers")
    if marker is None and kind == "rename":
        marker = clause.phrase(r, "rename_result_markers")  # "đổi tên viết tắt từ A sang B"
    if marker and r > 0 and clause.tokens[r - 1].text in {",", ";"} and any(
            t == r and len(p) > len(marker) for t, p, _ in find_triggers(clause)):
        marker = None  # "giải thể 3 trường, thành lập 2 trường": the next verb, not what the units come to
    named_at = None  # where the name of what comes out starts, after a result marker
    # "chuyển", "chuyển đổi", "sáp nhập"; not "đổi tên", which names what comes out
    converting = kind in ("transfer", "merge") or phrase in words("basis_conversions")
    new_owner = _becomes_part_of(clause, r + len(marker), hi) if marker and converting and participants else None
    if new_owner is not None:
        # "chuyển A thành cơ quan trực thuộc B", "chuyển đổi chi nhánh A thành phòng giao dịch trực thuộc Chi nhánh B":
        # A goes under B; "sáp nhập A thành cơ quan trực thuộc B" merges A into B
        consumed.update(range(r, r + len(marker)))
        kind = "merge" if kind == "merge" else "transfer"
        participants, result, marker = [*participants, new_owner], new_owner, None
    # "tách 2.900 ha ... của xã A để thành lập xã B": a part taken out to found B, which is founded from A (A goes on)
    # ("tách 1.518,5 ha ...": a measure in digits of any form)
    taken_to_found = bool(marker) and kind == "split" and marker in words("founding_purposes") and (
        clause.number(k + len(phrase)) is not None or bool(clause.phrase(k + len(phrase), "part_markers"))
        or clause.tokens[k + len(phrase)].text[:1].isdigit() or _taken_whole(clause, k, phrase, r))
    if marker and kind not in ("transfer", "dissolve"):  # a body ended "để thành lập C" goes; C is founded anew
        consumed.update(range(r, r + len(marker)))
        named_at = r + len(marker)
        found = result_after(clause, named_at, hi)
        if found is not None:
            result = found
    if named_at is None and result is None and kind == "rename" and ends_before_new_name(phrase):
        # "huyện A đổi thành B": the trigger itself ends with the word before the new name, which it may have read as
        # its object ("A được chuyển đổi sang tên gọi B")
        named_at = clause.skip(k + len(phrase), "fillers", hi)
    if kind == "rename" and result is None and named_at is None and len(participants) == 1 and (
            renamed := _new_name_object(clause, k, phrase, participants[0], lo, hi)) is not None:
        participants, result = renamed
    if unresolved and result is None:
        return None
    receiver = phrase in words("receiver_triggers")
    if receiver and not participants and count is None and (by := _received_by_agent(clause, k, lo)) is not None:
        # "Bệnh viện A được Ban B tiếp nhận": in the passive the agent receives the body before the marker
        event = shape_event("transfer", list(by), by[1], None, clause, k, phrase, lo)
        return None if event is None else event | {"left_only": False, "count_after": False}
    # "tiếp nhận 12 trạm y tế xã từ UBND huyện": where the counted bodies come from is no body received
    origin = receiver and count is not None and len(participants) == 1 and _named_after_origin(clause, participants[0])
    if origin:
        participants = []
    if receiver and count is not None and not participants:
        # "Đảng ủy Khối đã tiếp nhận 21 tổ chức cơ sở đảng": the subject receives a count of bodies
        left, left_first = clause.left_list(k, lo)
        if not left:
            return None
        # a council or a ministry manages what it receives; a department what is not of its own head ("Sở A tiếp
        # nhận thêm 35 cơ sở giáo dục")
        managing = left_first in clause.name_at and _manages(clause, clause.name_at[left_first], [], counted)
        manner = clause.phrase(k + len(phrase), "transfer_manners")
        kind = "transfer" if managing or manner or origin else kind
        return shape_event(kind, [], left[0], count, clause, k, phrase, lo) | {
            "left_only": False, "count_after": True, "after_state": state_before(clause, k, lo)}
    if receiver and not participants and received_from is not None:
        return None  # "tiếp nhận từ Ủy ban A, Bộ B hoàn thiện tờ trình": no body received is named
    if receiver and not participants:  # "UBND quận tiếp nhận 500 hồ sơ": nothing received is a body
        participants = headless_object(clause, r, hi, k, lo)  # "Đại học A tiếp nhận Kỹ thuật y tế B"
        if not participants:
            return None
    left: list[Arg] = []
    left_first: int | None = None
    # an establishment's body before the trigger is read by _establish_left, which knows who decides
    # "huyện A sắp xếp 87 thôn thành 41 thôn": with the count after the trigger, the body before it
    # is who re-arranges, not what is merged
    # is who re-arranges, not what is merged; so in "Sở A sáp nhập 3 bệnh viện vào Trung tâm B"
    counted_after = count is not None and (not participants or (bool(into) and participants == [result]))
    policy = not participants and not into and clause.phrase_ending(k, "policy_nouns", lo) is not None
    # the new name right after a trigger ending in "là" or "thành" is read as its object first ("A được chuyển đổi
    # sang tên gọi B": the one name after the trigger is the new name)
    new_name = named_at is not None and len(participants) == 1 and clause.token_starting(
        participants[0].start) == named_at
    if kind != "establish" and not counted_after and not policy and (
            not participants or (into and len(participants) == 1) or receiver or partner is not None
            or (kind == "rename" and new_name)):
        left, left_first = clause.left_list(k, lo, places)
        if kind == "rename" and not participants and clause.phrase(k + len(phrase), "plural_determiners"):
            # "Bộ A đổi tên các Địa phận như sau: ...": A renames a class of bodies, each named on a line after
            left, left_first = [], None
        if left_first is not None and _passive_agent(clause, left_first, k):
            # "7 trường ... được Sở A bàn giao về B": the department after "được" hands them over, it is not moved
            left, left_first = [], None
        handed_count = _count_after(clause, r, hi) if kind == "transfer" and count is None else None
        if kind == "transfer" and left_first is not None and ((r < hi and r in clause.name_at) or (
                handed_count is not None)) and _hands_over_to(clause, k, phrase, left_first):
            # "Sở A đã bàn giao cho Sở B 13 trường": the active subject of a handing-over that names what it hands
            # after the receiver is who gives ("PGD A chuyển giao cho Chi nhánh B": A itself moves)
            left, left_first = [], None
            if r < hi and r in clause.name_at:
                handed, r = clause.org_list(r, hi)  # "bàn giao cho Sở B Trường C": the bodies after the receiver
                participants = [*handed, *participants]
            else:
                count = handed_count
        if kind == "rename" and left_first is not None and agent_of_passive(clause, left_first, k):
            # "Trường A được Bộ B đổi tên thành C": B renames; what is renamed stands before "được" (or is lent by the
            # verb before: "A được thành lập, sau đó được Bộ B đổi tên thành C")
            left, left_first = clause.left_list(left_first - 1, lo, places)
        while len(left) > 1 and left_first is not None and _object_of_earlier_verb(clause, left_first, k):
            # "giải thể huyện A, xã B được sáp nhập vào huyện C": A is what the earlier verb ends, B the subject
            left = left[1:]
            left_first = clause.token_starting(left[0].start)
        if left_first is not None and _object_of_earlier_marker(clause, left_first, k):
            # "A được tách khỏi B và điều chuyển sang C": B is where A left, not who moves; "A sáp nhập vào B, C sáp
            # nhập vào D": B is A's receiver, C merges
            left = left[1:]
            left_first = clause.token_starting(left[0].start) if left else None
        if kind == "rename" and not participants:
            # "A chuyển vào TP.HCM (ra Hải Phòng) và đổi tên thành B": the city is where A went, A is renamed
            nearest = left[-1:] or clause.left_list(k, lo, True)[0][-1:]
            moved = next((_moved_body(clause, p, lo) for p in nearest), None)
            left = [moved] if moved is not None else left
    if receiver and not left and not counted_after:
        # "Hiệp hội A đã thông qua việc tiếp nhận B": who decides to receive is who receives
        left, left_first = clause.left_list(k, lo, places, fillers=("left_fillers", "receiving_decisions"))
    if receiver and not left and (brand := brand_before(clause, k, lo)) is not None:
        left, left_first = [brand], None  # "MB tiếp nhận OceanBank": a bank known by its acronym receives
    elif not receiver and not left and ((kind in ("rename", "transfer", "dissolve") and (
            not participants or (into and len(participants) == 1))) or (
            kind == "merge" and into and len(participants) == 1)) and (
            brand := brand_before(clause, k, lo, anywhere=kind == "merge")) is not None:
        # "MobiFone được chuyển đổi thành Tổng công ty A", "HBB sáp nhập vào SHB": a brand is the subject
        left, left_first = [brand], None
    elif not receiver and not left and kind == "merge" and into and len(participants) == 1 and (
            subject := _subject_before_time_clause(clause, k, lo)) is not None:
        left, left_first = [subject], None  # "Ngân hàng A mất tên sau khi sáp nhập vào B": A merges
    elif not receiver and not left and result is not None and (
            (kind == "rename" and not participants) or (kind == "merge" and [p.name for p in participants] == [
                result.name])) and (appositive := _appositive_subject(clause, k, lo)) is not None:
        # "Tập đoàn A (B), nay được đổi tên thành C, ...", "(xã A cũ, nay sáp nhập vào thị trấn B)": the aside's subject
        left, left_first = [appositive], None
    if kind == "rename" and new_name and result is None and not left:
        # "Ngày 21/5/1993 thay đổi tên gọi là B": the one name after the trigger is the new one; the body renamed is
        # the one a history named last
        result, participants = participants[0], []
    left_only = bool(left) and not participants
    # a brand before the verb is its subject as a name would be ("VietinBank đóng cửa một loạt phòng giao dịch")
    since = left_first if left_first is not None else lo
    active = bool(left) and not any(clause.phrase(j, "passive_markers") for j in range(since, k))
    if kind == "dissolve" and left_only and active and plain_object(clause, _past_owner_and_fillers(
            clause, k + len(phrase), hi)):
        # "Công an TP A giải thể công an cấp huyện", "Ngân hàng A đóng cửa thêm nhiều phòng giao dịch", "A chấm dứt
        # hoạt động của hàng loạt phòng giao dịch": who ends bodies it does not name, not what ends
        return None
    if kind == "dissolve" and left_only and active and (joined_end := coordinated_end(clause, k + len(phrase))) > (
            k + len(phrase)) and clause.skip(joined_end, "fillers", hi) in clause.name_at:
        return None  # "SCB chấm dứt hoạt động và giải thể Phòng giao dịch A": the bank ends A, under the verb joined
    if kind in ("dissolve", "merge") and left_only and left_first is not None and left_first > lo and (
            clause.tokens[left_first - 1].text == "%"):
        return None  # "25% phòng giao dịch A đóng cửa": a share of a kind of body, none of them named
    received = receiver and left and not active and left_first is not None and result is not None and bool(into)
    if received:
        # "Công ty A được tiếp nhận về Tổng công ty B": in the passive the subject is what is received, and the body
        # after the marker receives it
        participants = left[:1] + [p for p in participants if name_key(p.name) != name_key(left[0].name)]
    elif receiver and left:
        taken = {name_key(p.name) for p in participants}
        participants = participants + [a for a in left[:1] if name_key(a.name) not in taken]
        result = left[0]  # "Bộ Y tế tiếp nhận A về Bộ Y tế trực tiếp quản lý": the receiver once
        if left_first in clause.name_at and _manages(clause, clause.name_at[left_first], participants[:-1], counted):
            kind = "transfer"  # "UBND tỉnh A tiếp nhận Bệnh viện B": the province takes over its management
        elif clause.phrase(k + len(phrase), "transfer_manners"):
            kind = "transfer"  # "Ngân hàng A tiếp nhận bắt buộc Ngân hàng B": a compulsory transfer
    elif left:
        # one body is renamed: the name nearest the trigger ("A đổi tên thành B, C được tổ chức thành D")
        together = False
        if kind == "rename" and (not participants or new_name) and (result or named_at) is not None:
            left, left_first, together = _renamed_together(clause, k, lo, left, left_first)
        if together:
            # "Hai xã A và B sẽ có tên mới là C": two bodies under one name
            kind, result, participants = "merge", result or (participants[0] if new_name else None), left
        elif kind == "rename" and not participants:
            participants = [_body_located_by(clause, left[-1], lo) or left[-1]]
        elif kind == "rename" and new_name and result is None:
            result, participants = participants[0], left[-1:]  # "A được chuyển đổi sang tên gọi B": B is A's new name
        else:
            participants = left + participants
        if kind == "merge" and count is None:
            count = _told_count(clause, left, left_first)  # "4 xã A, B, C và D nhập vào huyện E"
    if kind == "transfer" and result is not None and [p.name for p in participants] == [result.name] and (
            topic := _topic_body(clause, lo, k)) is not None:
        participants = [topic, *participants]  # "Riêng đối với Tổng công ty A, quyền ... được chuyển giao về Bộ B"
    if kind == "merge" and len(participants) == 1:
        participants = split_dashed_units(participants[0], clause.match_of(participants[0]))
    if kind == "merge" and len(participants) == 1 and result is None and count is None and not into and (
            partner_before := _peer_subject(clause, k, lo, participants[0])) is not None:
        participants = [partner_before, *participants]  # "Trường A sáp nhập Trường B": two schools merge
    elif kind == "merge" and len(participants) > 1 and result is None and count is None and not into and (
            not _named_after_origin(clause, participants[0])) and (k == 0 or clause.tokens[k - 1].text != "(") and all(
            _peer_subject(clause, k, lo, p) is not None for p in participants) and (
            absorber := _peer_subject(clause, k, lo, participants[0])) is not None:
        # "Trường A hợp nhất Trường B và Trường C": A takes its peers in, and goes on
        participants, result = [*participants, absorber], absorber
    if result is None and named_at is not None and participants and kind in ("merge", "rename") and (
            bare := bare_target(clause, participants[0], named_at, hi)) is not None:
        result = bare[0]  # "Xã A, B và C sáp nhập với tên mới là D": the unit that comes out is a commune too
    if result is None and named_at is not None and kind == "rename" and participants:
        result = capitalised_run(clause, named_at, hi)  # "CLB A đổi tên thành Sài Gòn FC": a new name with no head
    if result is None and sourced and (participants or count is not None):
        # the body formed stands right before the verb, or before a comma ("Báo A, hợp nhất bởi B và C")
        # "Phường A (trụ sở tại B, diện tích ...), sáp nhập từ C, D": past the bracket that describes it
        before = clause.name_before(_before_aside(clause, k - 1, lo), lo) if k > lo and clause.tokens[
            k - 1].text == "," else None
        formed = clause.left_list(k, lo)[0][-1:] or ([Arg(before.name, before.start, before.end)] if before else [])
        result = formed[0] if formed else None
    if result is None and kind == "merge":
        result = _result_before(clause, k, lo)
        if result is not None and count is not None and not participants and (unit_rank(result.name) or 0) >= 1:
            result = None  # "Huyện A: Sáp nhập 2 đơn vị hành chính cấp xã": the district the communes lie in
    if kind == "merge" and not participants and result is not None:
        participants = bare_places_before(clause, k, lo, result)  # "Thanh Xuân Nam và Thanh Xuân Bắc sáp nhập"
    count_after = count is not None
    # "168 trạm y tế được chuyển về trực thuộc UBND xã", "Hai bệnh viện sáp nhập vào Trung tâm Y tế": only the
    # receiver is named, the units that go into it are counted before the verb
    only_receiver = kind in ("transfer", "merge") and into and participants == [result]
    # "4 xã sáp nhập thôn", "63 tỉnh hoàn tất việc sáp nhập các trung tâm y tế": with an object of its own after
    # the verb, the counted subject is who merges, not what
    acting = kind == "merge" and not participants and plain_object(clause, k + len(phrase))
    if count is None and not participants and not acting and (subject := bracketed_subject(clause, k, lo)):
        count, participants = subject  # "4 phường (A, B, C, D) sẽ nhập lại thành phường E"
    if count is None and (not participants or only_receiver) and not acting:
        count = count_before(clause, k, lo)
        if count is not None and phrase in words("counted_only") and not outcome_after(clause, k + len(phrase), hi):
            count = None  # "140 trường sẽ được sắp xếp lại": how many a policy touches, not a merge
        if count is not None and kind == "establish" and any(
                clause.tokens[j].text == ":" and _holds_before(clause, j, lo) for j in range(lo, k)):
            count = None  # "A có 10 huyện: B, ... và huyện mới C được thành lập": how many A holds, one founded
    listed = introduced and len(participants) == count  # "mở 3 chi nhánh gồm: A; B và C" names its branches
    if kind == "establish" and count is not None and result is None and not listed and (
            registration_count(clause, k, lo, hi)):
        return None
    if kind == "establish" and count is not None and result is None and not participants and clause.phrase(
            k + len(phrase), "founded_before"):
        return None  # "79 HTX thành lập trước năm 2013 phải chuyển đổi": bodies told by when they were founded
    if kind == "dissolve" and count is not None and not participants and phrase in words("idle_verbs") and (
            registration_count(clause, k, lo, hi, "idle_registers")) and not any(t > k and t_kind == "dissolve"
                                                               for t, _, t_kind in find_triggers(clause)):
        # "16 HTX ngừng hoạt động": businesses idle, a figure of their register, none dissolved ("13 HTX ngừng hoạt
        # động sẽ được giải thể" tells the ending after it)
        return None
    founded_from: Arg | None = None
    if kind == "establish" and not into and len(participants) >= 2 and from_sources(clause, k + len(phrase)):
        # "Xã C được thành lập từ 3 xã A, B và D": a body formed out of others is a merge into it
        result = next(iter(_establish_left(clause, k, lo, k + len(phrase))), None)
        kind = "merge" if result is not None else kind
    elif kind == "establish" and not into and len(participants) == 1 and result is None and from_sources(
            clause, k + len(phrase)) and (founded := next(iter(_establish_left(clause, k, lo, k + len(phrase))),
                                                          None)) is not None:
        # "Sở C được thành lập từ Sở A": C is founded, A is its source
        founded_from, participants, result = participants[0], [], founded
    if kind == "transfer" and result is None and marker == ("thành",) and (
            participants or r == clause.skip(k + len(phrase), "fillers", hi)):
        # "chuyển Trường Đại học A thành Đại học A": a body turned into another is renamed ("A được đổi tên thành
        # B, năm 2017 được chuyển thành C": the body turned is lent by the verb before)
        result = result_after(clause, r + 1, hi) or capitalised_run(clause, r + 1, hi)  # "... thành Sài Gòn FC"
        kind = "rename" if result is not None else kind
    if kind == "split" and result is None and (parts := _split_origin(clause, k, phrase, lo, hi, participants)):
        participants, result = parts  # "A tách ra từ B", "tách A khỏi B": B is split, A is the part taken out
    if kind == "merge" and phrase in words("counted_only") and len(participants) == 1 and count is None and (
            result is not None and _more_results(clause, result, hi)):
        # "tổ chức lại Tổng cục A thành Cục B và Cục C": one body re-formed as several is split
        return shape_event("split", participants, None, None, clause, k, phrase, lo) | {
            "left_only": False, "count_after": False, "after_state": False, "counted": None}
    # "tổ chức lại Vụ A thành Cục B": one body re-formed as another is B established on the basis of A; re-formed
    # as a body of its own kind ("tổ chức lại Phòng A thành Phòng B") it is only renamed
    reformed = kind == "merge" and phrase in words("counted_only") and len(participants) == 1 and (
        result is not None and count is None and name_key(participants[0].name) != name_key(result.name))
    if reformed:
        kind = "rename" if _same_head(clause, participants[0], result) else "establish"
    if kind == "merge" and phrase in words("receiver_triggers") and clause.phrase(
            k + len(phrase), "managing_receivers"):
        kind = "transfer"  # "A tiếp nhận, quản lý B": B is run by A, not merged into it
    if kind == "merge" and _kept_under_another_kind(clause, participants, result, k):
        kind = "transfer"  # "A và B tổ chức lại thành bệnh viện thực hành của Trường C": kept, under a new owner
    if introduced and count and len(participants) == 1 and kind in ("dissolve", "establish") and (
            _semicolon_after(clause, participants[0])):
        count = None  # "giải thể 4 doanh nghiệp là A; B; C; D": the first part of a list told part by part
    # "3 tỉnh A, B và C được thành lập 3 thị xã": the count after the verb is what is founded; the bodies before it
    # only get them
    counted_object = kind == "establish" and count is not None and counted is not None and counted > k
    event = shape_event(kind, participants, result, count, clause, k, phrase, lo, receiving=bool(into),
                        counted_object=counted_object)
    if event is not None and reformed and kind == "establish":
        event |= {"participants": participants[:1], "established": None}
    if event is not None and founded_from is not None:
        event |= {"participants": [founded_from], "established": None}
    if event is not None and taken_to_found and event["result"] is not None and not more_bodies_after(
            clause, event["result"]) and (participants := participants or event["participants"]):
        # "tách 6 xã: A, B, C, D, E, F để thành lập huyện G": the count counts the units taken, all of them G's sources;
        # "... của xã A được tách ra để thành lập B": the source stands before the verb
        after_count = k + len(phrase) + 1
        counted_units = after_count in clause.name_at or (
            after_count < len(clause.tokens) and clause.tokens[after_count].text == ":")
        # "tách ấp A và ấp B của xã C để thành lập xã D": the villages taken, not the commune they lie in
        villages = [p for p in participants if (m := clause.match_of(p)) is not None and m.kind == "village"]
        # "tách 600 ha ... của xã A và 2.600 ha ... của xã B để thành lập xã C": each unit that gives a part
        givers = [p for p in participants if (at := clause.token_starting(p.start)) and clause.phrase_ending(
            at, "owner_markers")]
        taken = participants if counted_units else villages if participants[0] in villages else (
            givers if givers and givers[0] is participants[0] else participants[:1])
        event |= {"type": "establish", "participants": taken,
                  "established": None, "count": None if counted_units else event["count"]}
    if event is not None and kind == "split" and event["result"] is not None and len(event["participants"]) == 1 and (
            k + len(phrase) < hi and (clause.phrase(k + len(phrase), "split_sources") or ("",))[-1] == "từ") and (
            not more_bodies_after(clause, event["result"])):
        # "tách từ phòng A thành phòng B": B comes out of A, which goes on, founded on it ("tách khỏi" splits A)
        event["type"] = "establish"
    if event is not None and event["type"] == "rename" and _raised_in_level(clause, event):
        event["type"] = "establish"  # "chuyển xã A thành thị trấn A": the town is founded on the commune
    if event is not None and event["type"] == "merge" and (
            kept := _without_parts_of(clause, event["participants"], event["result"])) != event["participants"]:
        # "A được thành lập từ B cũ, C thuộc A": one body A came out of
        event |= {"participants": kept, "type": "establish" if len(kept) == 1 else "merge"}
    if event is not None:
        event["left_only"] = left_only
        event["partnered"] = partner is not None  # "hợp nhất với B": the body after "với" merges with the subject
        event["count_after"] = count_after
        event["after_state"] = state_before(clause, k, lo)
        if target_anaphor is not None and event["result"] is None:
            event |= {"result_anaphor": target_anaphor, "into_anaphor": True}
        event["counted"] = counted
    return event


def _managed_after_receiver(clause: Clause, k: int, phrase: tuple[str, ...], r: int, lo: int, hi: int) -> dict | None:
    """``chuyển giao (cho) Công an tỉnh A quản lý Cơ sở B, Cơ sở C``: a transfer whose receiver is named right after
    the verb and the bodies it is to run after ``quản lý`` (``managed_after_receiver``); None for any other shape."""
    at = r + 1 if r < hi and clause.tokens[r].low == "cho" else r
    receiver = clause.name_at.get(at)
    if receiver is None:
        return None
    after = clause.token_after(Arg(receiver.name, receiver.start, receiver.end))
    managing = clause.phrase(after, "managed_after_receiver") if after < hi else None
    if not managing:
        return None
    first = after + len(managing)
    count = clause.number(first) if first < hi else None
    if count is not None and count >= 2 and clause.unit_noun(first + 1) and (
            listed := bracketed_members(clause, first + 1, hi)) is not None and len(listed[0]) == count:
        bodies = listed[0]  # "chuyển giao Công an tỉnh quản lý 3 cơ sở cai nghiện: A, B và C": each named by its place
    elif first in clause.name_at:
        bodies = clause.org_list(first, hi)[0]
    else:
        return None
    if not bodies:
        return None
    target = Arg(receiver.name, receiver.start, receiver.end)
    return shape_event("transfer", [*bodies, target], target, None, clause, k, phrase, lo)


def _upgrade(clause: Clause, k: int, phrase: tuple[str, ...], lo: int, hi: int) -> dict | None:
    """A body raised a level: ``nâng cấp A (lên) thành C``, ``A được nâng lên thành C``, ``C (nâng cấp từ A)``.

    Raised *into* a named body (``thành C``), A is read as a renaming here, so that a body lent by a verb before
    (``A đổi tên thành B, năm 2006 được nâng cấp thành C``) can still be found; once it is, every upgrade is told as
    C founded on A (``extractor.events.find``), as ``thành lập C trên cơ sở nâng cấp A`` tells it. C said to be
    upgraded *from* A (``C nâng cấp từ A``) is established from A at once.
    The raised body stands after the trigger or, in the passive, before it.
    """
    r = clause.skip(k + len(phrase), "fillers", hi)
    if r in clause.name_at:
        sources, r = clause.org_list(r, hi)
    else:
        sources = clause.left_list(k, lo)[0][-1:]
    manager = clause.name_after_marker("raised_under_markers", r, hi)  # "lên trực thuộc Bộ B": whom A answers to
    if manager is not None and sources:
        # "A được nâng cấp từ đơn vị trực thuộc D lên trực thuộc Bộ B": A moves up under B
        event = shape_event("transfer", [sources[0], manager], manager, None, clause, k, phrase, lo)
        return None if event is None else event | {"left_only": False, "count_after": False}
    raised = clause.skip(r, "upgrade_particles", hi)
    # "nâng cấp thị xã A lên thành phố A": the name right after "lên" is what A becomes ("thành" opens the name)
    named_after_particle = raised > r and raised in clause.name_at
    r = raised
    marker = () if named_after_particle else clause.phrase(r, "result_markers") or ()
    into = named_after_particle or bool(marker)
    if into and not sources and (result := result_after(clause, r + len(marker), hi)) is not None:
        # "A được đổi tên thành B và năm 2008 được nâng cấp thành C": the body raised is lent by the verb before
        event = shape_event("rename", [], result, None, clause, k, phrase, lo)
        return None if event is None else event | {"left_only": False, "count_after": False}
    if into and sources:
        result = result_after(clause, r + len(marker), hi)
        if result is None and _kind_in_lower_case(clause, r + len(marker)):
            # "Trung tâm Mắt A được nâng cấp thành bệnh viện 100 giường": a body founded on A, its name not told
            event = shape_event("establish", [], None, None, clause, k, phrase, lo)
            return None if event is None else event | {
                "participants": sources[:1], "result": None, "established": None, "left_only": False,
                "count_after": False, "kind_only": True}
        if result is None or name_key(result.name) == name_key(sources[0].name):
            return None
        event = shape_event("rename", sources[:1], result, None, clause, k, phrase, lo)
        if event is not None and _raised_in_level(clause, event):
            event["type"] = "establish"  # "nâng cấp xã A thành thị trấn A": the town is founded on the commune
        return None if event is None else event | {"left_only": False, "count_after": False}
    if not sources or k + len(phrase) >= hi or clause.skip(k + len(phrase), "fillers", hi) not in clause.name_at:
        return None
    result = _result_before(clause, k, lo) or next(iter(_establish_left(clause, k, lo, k + len(phrase))), None)
    if result is None:
        return None
    raised = clause.match_of(result)
    if raised is not None and raised.administrative and not clause.phrase(
            clause.skip(k + len(phrase), "upgrade_particles", hi), "establish_sources"):
        # "thị xã A được nâng lên thành phố A": the unit before the verb is raised into the one after it
        event = shape_event("rename", [result], sources[0], None, clause, k, phrase, lo)
        if event is not None and _raised_in_level(clause, event):
            event["type"] = "establish"
        return None if event is None else event | {"left_only": False, "count_after": False}
    event = shape_event("establish", [], result, None, clause, k, phrase, lo)
    return event | {"participants": sources[:1], "established": None, "left_only": False, "count_after": False}


def _kind_in_lower_case(clause: Clause, j: int) -> bool:
    """Whether a body's kind in lower case, no name, starts at ``j`` (``bệnh viện 100 giường``, ``cao đẳng``)."""
    return j < len(clause.tokens) and clause.tokens[j].text[:1].islower() and clause.unit_noun(j) and (
        j not in clause.name_at)


def _body_located_by(clause: Clause, place: Arg, lo: int) -> Arg | None:
    """``Trường A, huyện B đổi tên thành ...``: the body a local unit after a comma only locates, else None."""
    match = clause.match_of(place)
    if match is None or not match.administrative or match.first < lo + 2 or clause.tokens[match.first - 1].text != ",":
        return None
    body = clause.name_before(match.first - 1, lo)
    if body is None or body.administrative:
        return None
    return Arg(body.name, body.start, body.end)


def _becomes_part(clause: Clause, k: int, phrase: tuple[str, ...], lo: int, hi: int) -> dict | None:
    """``A trở thành cơ sở thuộc B``: A becomes a part of B, a merge of A into B; several bodies that become one
    named body merge into it; one body that becomes another of its own head is renamed; anything else one body
    becomes is none."""
    owner_k = member_of(clause, k, hi)
    left = clause.left_list(k, lo)[0]
    if owner_k is None and len(left) >= 2 and (j := clause.skip(k + len(phrase), "fillers", hi)) in clause.name_at:
        # "Trung tâm A, Trung tâm B và Trung tâm C sẽ trở thành Trung tâm D": several bodies become one
        formed = clause.name_at[j]
        into = Arg(formed.name, formed.start, formed.end)
        event = shape_event("merge", left, into, None, clause, k, phrase, lo)
        return None if event is None else event | {"left_only": False, "count_after": False, "after_state": False,
                                                    "counted": None}
    if owner_k is None and len(left) == 1 and (j := clause.skip(k + len(phrase), "fillers", hi)) in clause.name_at:
        # "Trường Cao đẳng A trở thành Trường Cao đẳng B": one body becomes another of its own kind, renamed
        became, was = clause.name_at[j], clause.match_of(left[0])
        if was is not None and _heads_of_one_family(became.head, was.head) and name_key(became.name) != name_key(
                was.name):
            event = shape_event("rename", left, Arg(became.name, became.start, became.end), None, clause, k, phrase,
                                lo)
            return None if event is None else event | {"left_only": False, "count_after": False,
                                                        "after_state": False, "counted": None}
    if owner_k is None or owner_k not in clause.name_at or not left:
        return None
    owner = clause.name_at[owner_k]
    into = Arg(owner.name, owner.start, owner.end)
    # "Bệnh viện A trở thành cơ sở thuộc Bệnh viện B": merged into a body of its kind; under a body of another
    # kind ("... trở thành đơn vị trực thuộc Trường Đại học C") it is kept and handed over
    # "Trường A trở thành trường thành viên của Đại học B": a member keeps its own name and standing, handed over
    kept_member = any(clause.phrase(j, "kept_member_nouns") for j in range(k + len(phrase), owner_k))
    kind = "transfer" if kept_member or _kept_under_another_kind(clause, [left[-1], into], into, k) else "merge"
    event = shape_event(kind, [left[-1], into], into, None, clause, k, phrase, lo)
    return None if event is None else event | {"left_only": False, "count_after": False, "after_state": False,
                                                "counted": None}


def _heads_of_one_family(one: str, other: str) -> bool:
    """``Trường``/``Trường``, ``Tổng cục``/``Cục``, ``Tổng công ty``/``Công ty``: the same head, or one of the
    other's rank (a general department that becomes a department is renamed, not merged)."""
    a, b = one.lower().split(), other.lower().split()
    short, long = sorted((a, b), key=len)
    return long[-len(short):] == short


def _kept_under_another_kind(clause: Clause, participants: list[Arg], result: Arg | None, k: int) -> bool:
    """Whether bodies that become (``thành``) a part of ``result`` (named after ``của``/``thuộc``) are all of another
    kind than it: hospitals made the teaching hospitals of a university stay hospitals, under a new owner."""
    if result is None or len(participants) < 2:
        return False
    owner = clause.match_of(result)
    if owner is None or owner.first <= k or not (clause.phrase(owner.first - 1, "owner_markers")
                                                 or clause.phrase_ending(owner.first, "placers")):
        return False
    if not any(clause.tokens[j].low == "thành" for j in range(k, owner.first)):
        return False  # "thành lập C trực thuộc Sở Y tế trên cơ sở hợp nhất ...": the department only owns C
    moved = [clause.match_of(p) for p in bodies_moved(participants, result)]
    return bool(moved) and all(m is not None and m.kind != owner.kind and not m.administrative for m in moved)


def _comes_under(clause: Clause, k: int, phrase: tuple[str, ...], lo: int, hi: int) -> dict | None:
    """``A và B chính thức về trực thuộc C``: the bodies before the verb pass to the body right after it."""
    if any(lo <= t < k for t, _, _ in find_triggers(clause)):
        return None  # "chuyển A từ B về trực thuộc C": the verb before it moves A, and says so itself
    j = clause.skip(k + len(phrase), "fillers", hi)
    left = clause.left_list(k, lo)[0]
    if j not in clause.name_at or not left:
        return None
    match = clause.name_at[j]
    receiver = Arg(match.name, match.start, match.end)
    event = shape_event("transfer", [*left, receiver], receiver, None, clause, k, phrase, lo)
    return None if event is None else event | {"left_only": False, "count_after": False, "after_state": False,
                                                "counted": None}


def _told_count(clause: Clause, left: list[Arg], left_first: int | None) -> int | None:
    """The count written right before the bodies listed before the verb, when it counts them: "4 xã A, B, C và D",
    "Hai trường A và B"."""
    told = clause.number(left_first - 1) if left_first else None
    return told if told is not None and told == len(left) > 1 else None


def _renamed_together(clause: Clause, k: int, lo: int, left: list[Arg],
                      left_first: int | None) -> tuple[list[Arg], int | None, bool]:
    """The bodies before the renaming trigger at ``k`` and whether they all take the one name after it, a merge
    (``Hai xã A và B (huyện C) sẽ có tên mới là D``: the bracket only places A and B). Not when another trigger
    stands before it in the clause (``A đổi tên thành B, C được đổi tên thành D``), ``lần lượt`` gives each its
    own, or the last body only locates the one before it (``Trường A, huyện B đổi tên thành C``)."""
    if len(left) < 2:
        return left, left_first, False
    if left_first is not None and left_first > lo and clause.tokens[left_first - 1].text == "(":
        before, first = clause.left_list(left_first - 1, lo)
        if before:
            left, left_first = before, first
    together = len(left) > 1 and not any(lo <= j < k for j, _, _ in find_triggers(clause)) and not any(
        clause.phrase(j, "respective_markers") for j in range(lo, len(clause.tokens))) and _body_located_by(
        clause, left[-1], lo) is None and not _as_many_names_after(clause, k, left)
    return left, left_first, together


def _as_many_names_after(clause: Clause, k: int, left: list[Arg]) -> bool:
    """Whether as many names as ``left`` are listed right after the renaming trigger at ``k`` and its marker
    (``A và B được đổi tên thành C và D``): each body takes its own name."""
    j = k
    while j < len(clause.tokens) and j not in clause.name_at and j - k <= _NEW_NAME_REACH:
        j += 1
    return j in clause.name_at and len(clause.org_list(j, len(clause.tokens))[0]) == len(before_owner(clause, left))


def _with_left(clause: Clause, k: int, phrase: tuple[str, ...], kind: str, lo: int, result: Arg | None,
               count: int | None) -> dict | None:
    """``A, B và C hợp thành D``: the trigger itself says "into", so the participants stand before it."""
    left, left_first = clause.left_list(k, lo)
    if count is None and not left:
        count = count_before(clause, k, lo)
    elif count is None and kind == "merge":
        count = _told_count(clause, left, left_first)
    together = False
    if kind == "rename":
        left, left_first, together = _renamed_together(clause, k, lo, left, left_first)
    if together:
        kind = "merge"  # "Xã A và xã B sẽ có tên mới là xã C": two bodies under one name
    elif kind == "rename":
        left = left[-1:]  # "A được đổi tên thành B, C được tổ chức thành D": C, the body nearest the trigger
    return shape_event(kind, left, result, count, clause, k, phrase, lo)


def _more_units_counted(clause: Clause, counted: int, hi: int) -> tuple[int, int] | None:
    """``01 phường và 02 xã``: the further count of local units of another level joined to the local units counted
    at ``counted``, and where its noun starts; else None. Merged, they are the sources of one new unit; founded
    (``thành lập 4 phường và 2 xã``), each level is a founding of its own."""
    unit = head_at(clause.tokens, counted)
    if unit is None or not unit[2]:
        return None
    j = counted + len(unit[0])
    if j + 2 >= hi or not clause.phrase(j, "unit_count_joiners") or (n := clause.number(j + 1)) is None:
        return None
    other = head_at(clause.tokens, j + 2)
    return (n, j + 2) if other is not None and other[2] and other[0] != unit[0] else None


_KIND_WORDS = 6  # lower-case words of the kind of one body founded before the name it is given


def _named_after_kind(clause: Clause, r: int, hi: int) -> int | None:
    """Where the name starts in ``một cơ quan kinh doanh lấy tên là Sở A``, ``một xã mới mang tên B``: one body told by
    its kind in lower case, then the name it is given; else None."""
    if clause.number(r) != 1:
        return None
    for j in range(r + 1, min(hi, r + 2 + _KIND_WORDS)):
        at = j + 1 if clause.tokens[j].text == "," else j
        if (marker := clause.phrase(at, "naming_markers")) and at + len(marker) in clause.name_at:
            return at + len(marker)
        if j in clause.name_at or not clause.tokens[j].text.isalpha():
            return None  # "một Trường A ...": the body is named at once
    return None


def _for_founding(clause: Clause, k: int, lo: int) -> bool:
    """Whether the founding verb at ``k`` says what an act before it is for (``điều chỉnh địa giới huyện A để tái
    lập huyện B``): it founds one body, the words after it go on with the act's own sentence."""
    return k > lo and bool(clause.phrase_ending(k, "purpose_markers", lo))


def _unit_below(clause: Clause, unit: Arg, first: Arg) -> bool:
    """Whether ``unit`` is a local unit of a lower level than the local unit ``first``, so no place of it."""
    inner = clause.match_of(unit)
    return inner is not None and inner.administrative and clause.locates(first, unit)


def _described_in_general(clause: Clause, body: Arg) -> bool:
    """Whether ``body`` is written in lower case with a word for bodies in general and no head of its own after it
    (``cơ quan Trung ương``, not ``cơ quan Ủy ban Kiểm tra``)."""
    at = clause.token_starting(body.start)
    if at is None or not body.name[:1].islower():
        return False
    noun = clause.phrase(at, "generic_unit_nouns")
    return bool(noun) and head_at(clause.tokens, at + len(noun)) is None


_LATER_NAME_REACH = 20  # words after a conversion in which the name it takes is given


def _name_given_later(clause: Clause, j: int) -> Arg | None:
    """The name a conversion gives after its new form (``..., với tên tiếng Việt là B``), within a few words, else
    None."""
    for at in range(j, min(len(clause.tokens), j + _LATER_NAME_REACH)):
        if clause.tokens[at].text in {";", "."}:
            return None
        marker = clause.phrase(at, "later_name_markers")
        if marker and (match := clause.name_at.get(at + len(marker))) is not None:
            return Arg(match.name, match.start, match.end)
    return None


def _hands_over_to(clause: Clause, k: int, phrase: tuple[str, ...], left_first: int) -> bool:
    """Whether the handing-over at ``k`` is active (no passive word between its subject at ``left_first`` and it)
    and names its receiver right after it (``bàn giao cho B``), so that its subject is who gives."""
    if phrase not in words("given_handovers") or any(clause.phrase(j, "passive_markers")
                                                      for j in range(left_first, k)):
        return False
    return bool(clause.phrase(k + len(phrase), "receiver_openers"))


_COUNT_AFTER_RECEIVER = 12  # words after a receiver in which the count of what it is handed stands


def _count_after(clause: Clause, r: int, hi: int) -> int | None:
    """``... cho Sở B toàn bộ chức năng và 13 trường``: the count of bodies handed over, after the receiver."""
    return next((n for j in range(r, min(hi, r + _COUNT_AFTER_RECEIVER))
                 if (n := clause.number(j)) is not None and clause.unit_noun(j + 1)), None)


def _launched_when_founded(body: Arg) -> bool:
    """Whether ``body`` opens with the head of a group that comes to be at its launch (``launched_bodies``)."""
    low = body.name.lower().split()
    return any(tuple(low[:len(head)]) == head for head in words("launched_bodies"))


def _after_a_colon(clause: Clause, k: int, first: Arg) -> bool:
    """Whether a colon stands between the trigger at ``k`` and ``first``, the list's first member."""
    at = clause.token_starting(first.start)
    return at is not None and any(t.text == ":" for t in clause.tokens[k:at])


def _land_taken_from(clause: Clause, body: Arg, basis: int) -> bool:
    """Whether ``body`` stands after the basis at token ``basis`` as the owner of the land it takes (``của xã A``)."""
    at = clause.token_starting(body.start)
    return at is not None and at > basis and clause.tokens[at - 1].low == "của"


def shape_event(kind: str, participants: list[Arg], result: Arg | None, count: int | None, clause: Clause,
           k: int, phrase: tuple[str, ...], lo: int, receiving: bool = False, counted_object: bool = False,
           ) -> dict | None:
    established = None
    if kind == "establish":
        participants = participants or ([] if result or counted_object else _establish_left(
            clause, k, lo, k + len(phrase)))
        # a name given a head by the count before it ("3 chi bộ gồm: Chi bộ A, Sở B": "Chi bộ Sở B") is of the
        # counted kind, not of the body it names
        heads = {m.start: m.kind for m in clause.names if all(p.start != m.start or p.name == m.name
                                                               for p in participants)}
        first_head = heads.get(participants[0].start) if participants else None
        # the bodies established together are of one kind; "thuộc huyện A, tỉnh B" only places them; local units of
        # a lower level are founded beside a higher one ("thành lập thị xã A, thị trấn B thuộc huyện C")
        # ... unless a colon opens their list: "thành lập các đơn vị trực thuộc: Lữ đoàn 1, Trung tâm A, Viện B"
        listed = bool(participants) and _after_a_colon(clause, k, participants[0])
        established = [p for p in participants if listed or heads.get(p.start, first_head) == first_head or (
            _unit_below(clause, p, participants[0]))]
        # "thành lập Ủy ban A, cơ quan Trung ương quản lý ...": a body described after a comma by a word for bodies in
        # general is the one founded, told again
        established = established[:1] + [p for p in established[1:] if not _described_in_general(clause, p)]
        # "thành lập phường C với diện tích ... của xã A, cùng ... của xã B": the bodies whose land a basis takes are
        # its sources ("xã A với diện tích 40 km2; xã B với ...": each body founded with its own size is founded)
        basis = clause.first_phrase("establish_basis", k + len(phrase)) if len(established) > 1 else None
        if basis is not None:
            established = [p for p in established if not _land_taken_from(clause, p, basis)]
        result = result or (participants[0] if participants else None)
        participants = []
        if count and count > 1 and len(established) != count:
            established, result = None, None  # "thành lập 5 Ban Chỉ huy ...": a class of new bodies
        elif count and count > 1:
            count = None  # "ra mắt 3 tổng cục: A, B và C": every body is named, each is established
    elif kind in ("rename", "split"):
        taken_out = participants  # "tách xã A và xã B của huyện C để sáp nhập vào huyện D": all of them move
        participants = participants[:1]
    elif kind == "transfer" and result is None and not (count and count > 1 and receiving):
        return None  # "chuyển 103 trạm y tế về trực thuộc UBND cấp xã": a count moved to a level, still an event
    if (kind == "merge" and len(participants) == 1 and result is None) or (
            kind == "merge" and len(participants) == 1 and count and count > 1):
        heads = {m.start: m for m in clause.names}
        match = heads.get(participants[0].start)
        if match is not None:
            participants = split_conjoined(participants[0], match.head, match.administrative)
    single = len(participants) == 1 and participants[0].start is not None
    if kind == "merge" and result is not None and single:
        match = clause.match_of(participants[0])
        if match is not None:
            participants = split_conjoined(participants[0], match.head, match.administrative)
    if kind in ("merge", "dissolve", "transfer"):
        # "sáp nhập các trường tiểu học A và B vào Trường C", "giải thể các trạm A và B": the plural says the
        # name is two bodies
        participants = [part for p in participants for part in _plural_pair(clause, p)]
    if kind == "transfer" and count and count > 1 and result is not None and (
            len(bodies_moved(participants, result)) != count):
        participants = [result]  # "chuyển 26 trung tâm về Sở A": the receiver is named, the bodies moved counted
    elif count and len(participants) == 1 and count > 1:
        participants = []  # "giải thể 26 Ban Chỉ huy Quân sự huyện": a class of bodies, not one body
    elif kind == "merge" and count and count > 1 and result is not None and len(participants) == 2 and (
            participants[1] == result and (first := clause.match_of(participants[0])) is not None
            and clause.number(first.first - 1) == count):
        participants = []  # "sáp nhập 20 Phòng Cảnh sát PCCC vào Công an tỉnh": a class of bodies merged into one
    tokens = clause.tokens
    event = {"type": kind, "participants": participants, "result": result, "count": count, "k": k,
             "trigger": (tokens[k].start, tokens[k + len(phrase) - 1].end), "lo": lo, "k_end": k + len(phrase),
             "established": established}
    if kind == "split":
        event["taken_out"] = taken_out
    return event


_FORMED_FROM = frozenset({"từ"})  # "Phường A mới từ sáp nhập B và C": what the new unit is formed from

_CITATION_REACH = 16  # words of a cited decision: its number, date and issuer
_BRACKETED_CITATION_REACH = 48  # words of a cited decision in brackets, with the title it bears


def _past_citation(clause: Clause, r: int, hi: int) -> int | None:
    """Index of the result marker after a decision cited at ``r`` (``theo Quyết định số 41 của UBND tỉnh``), or None
    when no decision is cited there or no marker follows it before the clause goes on to something else."""
    if r < hi and clause.tokens[r].text == "(" and clause.phrase(r + 1, "decision_citations"):
        # "Đổi tên A (theo Quyết định số 69 ... về thành lập A) thành B": the decision that founded A, in brackets
        close = next((j for j in range(r + 1, min(hi, r + _BRACKETED_CITATION_REACH)) if clause.tokens[j].text in {
            ")", "("}), None)
        opened = close is not None and clause.tokens[close].text == ")"
        return close + 1 if opened and clause.phrase(close + 1, "result_markers") else None
    if r >= hi or not clause.phrase(r, "decision_citations"):
        return None
    starts = {t for t, _, _ in find_triggers(clause)}
    for j in range(r + 2, min(hi, r + _CITATION_REACH)):
        if clause.tokens[j].text in {";", "."} or j in starts:
            return None
        if j not in clause.inside and clause.phrase(j, "result_markers"):
            return j
    return None


def _owner_region_before(clause: Clause, r: int) -> bool:
    """Whether ``của`` (and a word for a region, ``của khu vực``) ends right before token ``r``."""
    region = clause.phrase_ending(r, "regions")
    at = r - len(region) if region else r
    return clause.phrase_ending(at, "owner_markers") is not None


def _semicolon_after(clause: Clause, body: Arg) -> bool:
    """Whether a semicolon follows ``body``: it opens a list whose parts are told one by one."""
    match = clause.match_of(body)
    return match is not None and match.last < len(clause.tokens) and clause.tokens[match.last].text == ";"


def more_bodies_after(clause: Clause, body: Arg) -> bool:
    """Whether another body follows ``body`` in a list joined by a comma or ``và`` (``B và C``, ``B, C``)."""
    match = clause.match_of(body)
    return match is not None and _listed(clause, body) and clause.tokens[match.last].text in {",", "và"}


def _peer_subject(clause: Clause, k: int, lo: int, body: Arg) -> Arg | None:
    """The body right before merge trigger ``k`` when it is of the same kind as the ``body`` after it (``Trường A
    sáp nhập Trường B``): two peers merge; a body of another kind before the verb is who decides (``Sở A sáp nhập
    Trung tâm B``)."""
    left, first = clause.left_list(k, lo)
    after = clause.match_of(body)
    if len(left) != 1 or first not in clause.name_at or after is None or after.first <= k:
        return None  # the body must be the object after the verb, the peer its subject
    before = clause.name_at[first]
    if before.kind != after.kind or before.administrative or before.kind in load_kinds("managing_kinds"):
        return None
    if any(clause.phrase(j, "passive_markers") for j in range(first, k)):
        return None
    if any(t < first and clause.skip(t + len(phrase), "fillers", first) == first
           for t, phrase, _ in find_triggers(clause)):
        return None  # "thành lập Hội A và hợp nhất Đoàn B": A is what the verb before founds, no peer of B
    return left[0]


def _origin_only(clause: Clause, j: int, hi: int) -> int | None:
    """Index after ``từ B`` right after a transfer trigger when ``B`` is only where the body comes from (a
    receiver follows: ``từ B về C``), else None."""
    after = _past_origin(clause, j)
    return after if after is not None and after < hi and clause.phrase(after, "into_markers") else None


_CLOSING_QUOTES = frozenset({"”", '"', "’"})
_OPENING_QUOTES = frozenset({"“", '"', "‘"})
_COUNTED_PART_REACH = 8  # words of a counted part handed over with the bodies ("4 xã thuộc tỉnh Hòa Bình")


def _past_counted_part(clause: Clause, r: int, hi: int) -> int:
    """``bàn giao A, B và 4 xã thuộc tỉnh C về D``: past a counted part joined to the bodies listed, to the word
    that says where they go; ``r`` when no such part stands there."""
    joiner = clause.phrase(r, "joiners") if r < hi else None
    n_at = r + len(joiner) if joiner else r
    if not joiner or clause.number(n_at) is None or not clause.unit_noun(n_at + 1):
        return r
    return next((j for j in range(n_at + 1, min(hi, n_at + _COUNTED_PART_REACH))
                 if clause.phrase(j, "into_markers")), r)


def _past_people(clause: Clause, r: int, hi: int) -> int:
    """Past the people handed over with the bodies: ``chuyển Đảng bộ xã A và 88 đảng viên về Đảng bộ xã B``."""
    joined = clause.phrase(r, "people_joiners")
    if not joined:
        return r
    n_at = clause.skip(r + len(joined), "approximations", hi)
    people = clause.phrase(n_at + 1, "people_counted") if clause.number(n_at) is not None else None
    return n_at + 1 + len(people) if people else r


_LISTED_OPENING_WORDS = 3  # words between a receiver and the word that opens the list of what it took ("hiện nay")
_LIST_SEPARATORS = frozenset({",", ";", "và"})


def _listed_after_receiver(clause: Clause, r: int) -> list[Arg]:
    """``Các hội được bàn giao về Ủy ban B hiện nay gồm: Hội A; Hội C; ...``: the bodies of a kind handed over are
    listed after the receiver; [] unless two or more names follow the opening word."""
    end = len(clause.tokens)
    opener = next((j for j in range(r, min(end, r + _LISTED_OPENING_WORDS + 1))
                   if clause.phrase(j, "list_introducers") and j not in clause.name_at), None)
    if opener is None:
        return []
    j = opener + len(clause.phrase(opener, "list_introducers"))
    j += 1 if j < end and clause.tokens[j].text == ":" else 0
    j += len(clause.phrase(j, "plural_determiners") or ()) if j < end else 0  # "gồm các Trường A, B và C"
    listed: list[Arg] = []
    first = j
    while j in clause.name_at:
        match = clause.name_at[j]
        listed.append(Arg(match.name, match.start, match.end))
        j = _past_brackets(clause, match.last)  # "Tổng công ty A (ABC), ...": its short name in brackets
        if j >= end or clause.tokens[j].low not in _LIST_SEPARATORS:
            break
        j += 1
    if len(listed) < 2 and first in clause.name_at:
        # "gồm các Trường phổ thông DTNT A, B, C và Trường phổ thông DTNT D": the members after the first share its head
        listed = clause.org_list(first, end)[0]
    return listed if len(listed) >= 2 else []


_BRACKETED_WORDS = 8  # words a bracket after a listed name may hold ("(Vietnam Airlines)")
_CLASS_DESCRIPTION_WORDS = 24  # words that describe a counted class before "gồm" and its members


def _class_then_listed(clause: Clause, participants: list[Arg], counted: int, count: int,
                       hi: int) -> tuple[list[Arg], int] | None:
    """``giải thể 5 Trung tâm Y tế khu vực không có giường bệnh (...) thuộc Sở Y tế, gồm Trung tâm Y tế khu vực A, B,
    C, D, E``: a counted class written in capitals reads as a name of its own; the bodies it stands for are the
    ones listed after ``gồm`` (as many as the count, unless the class was read as a name). None where the sentence
    lists no such bodies."""
    first = participants[0] if participants else None
    if first is not None and first.start != clause.tokens[counted].start:
        return None
    start = clause.token_after(first) if first is not None else counted + 1
    for j in range(start, min(hi, start + _CLASS_DESCRIPTION_WORDS)):
        if clause.tokens[j].text in {";", "."} or clause.phrase(j, "into_markers") or (
                clause.phrase(j, "result_markers")):
            return None  # "sáp nhập 3 trường vào Trường A, gồm ...": what they go into comes first, read elsewhere
        introducer = clause.phrase(j, "list_introducers") if clause.tokens[j - 1].text == "," else None
        if introducer:
            at = j + len(introducer) + (j + len(introducer) < hi and clause.tokens[j + len(introducer)].text == ":")
            if at not in clause.name_at:
                return None
            members, end = clause.org_list(at, hi)
            # the class read as a name is none of them, however many are listed; otherwise all must be
            return (members, end) if len(members) == count or (first is not None and len(members) >= 2) else None
    return None


def _past_brackets(clause: Clause, j: int) -> int:
    """Index after a bracket that opens at ``j`` and closes within a few words, else ``j``."""
    if j >= len(clause.tokens) or clause.tokens[j].text != "(":
        return j
    close = next((c for c in range(j + 1, min(len(clause.tokens), j + _BRACKETED_WORDS + 2))
                  if clause.tokens[c].text == ")"), None)
    return j if close is None else close + 1


_NEW_NAME_REACH = 6  # words of a renaming trigger and its marker before the new name
_DESCRIBED_HEAD_WORDS = 6  # lower-case words of a body's field between its bare head and "thành" or "vào"


def _described_head(clause: Clause, r: int, hi: int) -> tuple[list[Arg], int] | None:
    """``Ban khoa học - kỹ thuật`` before ``thành`` or ``vào``: a capitalised head alone, its field written in lower
    case up to the word that says what the body comes to; the whole is its name. None unless only lower-case words
    (and hyphens) stand between the head and that word."""
    head = head_at(clause.tokens, r) if r < hi and clause.tokens[r].text[:1].isupper() else None
    if head is None or head[2]:
        return None  # no head, or a unit of land ("xã", "huyện"), whose name is its place
    start = j = r + len(head[0])
    while j < hi and j - start <= _DESCRIBED_HEAD_WORDS and (
            clause.tokens[j].text in HYPHENS or (clause.tokens[j].text[:1].islower() and not (
                clause.phrase(j, "result_markers") or clause.phrase(j, "into_markers")))):
        j += 1
    if j == start or j >= hi or not (clause.phrase(j, "result_markers") or clause.phrase(j, "into_markers")):
        return None
    first, end = clause.tokens[r].start, clause.tokens[j - 1].end
    return [Arg(clause.text[first - clause.offset:end - clause.offset], first, end)], j


def _taken_over_whole(clause: Clause, bodies: list[Arg]) -> bool:
    """Whether every body received goes on whole under its receiver: a party body (``Đảng bộ Công ty A``, ``Chi bộ
    B``) or a bank or company known by its brand (``MB tiếp nhận OceanBank``)."""
    matches = [clause.name_at.get(clause.token_starting(b.start) or -1) for b in bodies]
    return bool(matches) and all(m is not None and (m.kind == "party" or (
        m.kind == "company" and m.name.lower() == m.head.lower())) for m in matches)


def _object_of_earlier_verb(clause: Clause, first: int, k: int) -> bool:
    """Whether the name at ``first`` stands right after a trigger before ``k`` (across its fillers): that verb's
    object, not a subject of trigger ``k``."""
    return any(t + len(phrase) <= first and clause.skip(t + len(phrase), "fillers", first) == first
               for t, phrase, _ in find_triggers(clause) if t < first)


def _object_of_earlier_marker(clause: Clause, first: int, k: int) -> bool:
    """Whether the name at ``first`` follows a marker of where a body goes or comes from (``khỏi``, ``vào``, ``từ``)
    that belongs to a trigger before it: the earlier verb's object, not the subject of trigger ``k``."""
    for key in ("split_sources", "into_markers", "origin_markers"):
        marker = clause.phrase_ending(first, key) if first > 0 else None
        at = first - len(marker) if marker else None
        # the marker right after the earlier verb ("sáp nhập vào B", "tách khỏi B"), not after a noun of its own
        # ("chuyển chức năng cho A và B sau hợp nhất": A and B merge)
        if at is not None and any(t + len(phrase) <= at and clause.skip(t + len(phrase), "fillers", at) == at
                                  for t, phrase, _ in find_triggers(clause) if t < k):
            return True
    return False


def _past_address(clause: Clause, body: Arg, r: int, hi: int) -> int | None:
    """Index after the unit that places ``body`` right after it (``Trường A, tỉnh B``), when a marker of what comes
    out or where it goes follows; None where no such address stands at ``r``."""
    inner = clause.match_of(body)
    outer = clause.address_after(inner, r, hi) if inner is not None else None
    if outer is None:
        return None
    after = outer.last
    return after if after < hi and (clause.phrase(after, "result_markers") or clause.phrase(
        after, "into_markers")) else None


def _past_owner(clause: Clause, r: int, hi: int) -> int:
    """The marker of where a body handed over goes (``về``), past the body it belonged to, which the name grammar
    may not read (``trực thuộc Đảng bộ các đơn vị kinh tế tư nhân thành phố về B``); else ``r``."""
    j = r + 1
    while j < min(hi, r + _OWNER_REACH):
        into = clause.phrase(j, "into_markers")
        if into:
            return j if clause.skip(j + len(into), "fillers", hi) in clause.name_at else r
        if clause.tokens[j].text in ",;:(" or clause.phrase(j, "joiners"):
            return r
        j = clause.name_at[j].last if j in clause.name_at else j + 1
    return r


def is_event(event: dict, phrase: tuple[str, ...], clause: Clause) -> bool:
    counted_only = words("counted_only")
    if event["type"] == "rename" and event["result"] is not None and [name_key(p.name) for p in event[
            "participants"]] == [name_key(event["result"].name)]:
        return False  # "trên cơ sở nâng cấp Trường A": a body renamed to its own name is the basis of another event
    if event["type"] == "rename" and event["result"] is not None and not event["participants"] and (
            _opens_history_line(clause, event["k"], event["lo"])):
        event["history_subject"] = True  # "- Năm 1986: Đổi tên thành Công ty B.": the body the history last named
        return True
    if event["type"] == "merge" and event["result"] is not None and len(event["participants"]) == 1 and (
            event["count"] is None and event.get("partnered") and _opens_history_line(clause, event["k"], event["lo"])):
        event["history_subject"] = True  # "Năm 1975 hợp nhất với tỉnh B thành tỉnh C": with the unit named last
        return True
    lone = len(event["participants"]) == 1 and event["result"] is None and event["count"] is None and (
        not event.get("into_anaphor"))  # "A sáp nhập vào tỉnh này": merged into the body named before
    if event["type"] == "merge" and event.get("left_only") and lone:
        return False  # "Bộ sẽ hợp nhất trung tâm ...": the subject is who merges, not what is merged
    if event["type"] == "merge" and lone and phrase in words("receiver_triggers") and not event.get("into_anaphor"):
        return False  # "về việc tiếp nhận Đội bóng A ...": a body received by nobody named is no merge
    if phrase in words("after_only") and event.get("left_only"):
        return False  # "Quốc hội bỏ phiếu": who acts, not what ends
    if event["type"] == "dissolve" and event.get("left_only") and _unread_object(clause, event, phrase):
        return False  # "Tập đoàn A đã giải thể Chi nhánh B-Công ty C": A dissolves what follows, A goes on
    # "sau sáp nhập, hợp nhất là 36 xã": what follows the last of joined triggers follows the first too
    state_end = coordinated_end(clause, event["k_end"]) if event.get("after_state") else event["k_end"]
    if event.get("after_state") and event["count"] is not None and not event["participants"] and (
            state_end < len(clause.tokens) and clause.phrase(state_end, "state_count_markers")):
        return False  # "Hội A sau sáp nhập gồm 17 chi hội": what the body holds after the event, no act on 17
    if event["type"] == "merge" and lone and event.get("after_state"):
        return False  # "sau khi sáp nhập tỉnh A mới, ...": a time, told of the body that came out
    if event.get("after_state") and state_end < len(clause.tokens) and clause.phrase(state_end, "state_copulas"):
        return False  # "Tên doanh nghiệp sau hợp nhất là Công ty A, tên viết tắt: B": the name it came out with
    if event["type"] == "establish" and event.get("after_state") and event["result"] is not None and (
            (first := clause.token_starting(event["result"].start)) is not None and first < event["k"]):
        return False  # "Công an thành phố sau khi thành lập có ...": a time in the life of a body told of
    if event["type"] == "split" and (_divided_into_parts(clause, event["k_end"]) or _divided_into_lower_units(
            clause, event)):
        return False  # "thị trấn A được chia thành 3 tổ dân phố và 16 xóm": its own parts laid out, no body split
    if event["type"] == "merge" and lone and _plural(clause, event["participants"][0]):
        return False  # "sáp nhập các Chi cục Thuế", "hợp nhất HĐND các xã": bodies of a kind, none named
    if event["type"] == "merge" and event["count"] is None and len(event["participants"]) == 1 and (
            event["result"] is not None and _after_determiner(clause, event["result"])) and _plural(
            clause, event["participants"][0]):
        return False  # "hợp nhất các Chi cục Thuế để thành lập các Chi cục Thuế khu vực": kinds into kinds
    if event["type"] == "establish" and event["result"] is not None and event["count"] is None and (
            _after_determiner(clause, event["result"]) and not _named_past_head(clause, event["result"])
            and not _listed(clause, event["result"])):
        return False  # "thành lập các Ban Quản lý rừng phòng hộ": bodies of a kind; none is named
    if event["type"] == "establish" and event["result"] is not None and event["count"] is None and (
            _plural_inside(event["result"], levels=True)):
        # "thành lập Hội Cựu chiến binh các xã, phường": a body for each of many places, none named ("Ban Quản lý
        # các khu công nghiệp tỉnh A", "Đảng bộ các cơ quan Đảng" are one body each)
        return False
    if event["type"] == "establish" and event["result"] is not None and (
            (first := clause.token_starting(event["result"].start)) is not None and clause.phrase_ending(
                first, "model_words") is not None):
        return False  # "thành lập mô hình Ngân hàng Bưu điện": a kind of body set up as a model
    moved = event["participants"]
    if phrase in words("takeover_triggers") and any(
            (m := clause.match_of(p)) is not None and m.administrative for p in moved if p != event["result"]):
        return False  # "tiếp quản thành phố Sài Gòn": a city taken, no body handed over
    if event["type"] == "transfer" and moved and event["count"] is None and all(p == event["result"] for p in moved):
        return False  # a body handed to itself is a misread
    if phrase in counted_only and event["type"] not in ("establish", "split", "rename"):
        # "tổ chức lại 10 công ty", "sắp xếp lại Viện A và Trường B": any re-arrangement, a merge only when what
        # it comes to is said ("thành 4 chi cục", "thành Trường C", "còn 20 trường")
        # local units are the exception: "sắp xếp đơn vị hành chính" is the word for merging them
        told = (event["count"] is not None and not event["participants"]) or len(event["participants"]) >= 2
        # ... or the body it forms was named before it ("thành lập C trên cơ sở tổ chức lại 12 phòng")
        return told and (event["result"] is not None or _local_units(clause, event)
                         or comes_to(clause, event["k_end"], len(clause.tokens))
                         or clause.phrase_ending(event["k"], "basis", event["lo"], range(1, 8)) is not None)
    received = event["type"] == "transfer" and event["result"] is not None and event["count"] is not None
    # "mở Chi nhánh A": the object of opening is the body it founds
    founded = phrase in words("founding_objects") and event["result"] is not None
    # "Hội Nông dân ra mắt Tổ hợp tác A": a grassroots group comes to be at its launch
    founded = founded or (phrase in words("launch_triggers") and event["result"] is not None
                          and _launched_when_founded(event["result"]))
    # "Năm 1993, Xí nghiệp chuyển đổi thành Công ty B": a subject that points back to the body told of is its object
    renamed_back = event["type"] == "rename" and event["result"] is not None and points_back(
        clause, event["k"], event["lo"])
    if phrase in words("needs_object") and not event["participants"] and not event.get("count_after") and (
            not received) and not founded and not renamed_back:
        return False
    if phrase in words("named_only") and not (event["participants"] or event["result"]) and not (
            phrase in words("founding_objects") and event.get("counted") is not None
            and clause.phrase(event["counted"], "branch_nouns")):
        # "ra mắt 32 xã đạt chuẩn nông thôn mới": units recognised, not bodies founded; but a bank that
        # "mở mới 10 phòng giao dịch" founds them
        return False
    if phrase in words("intransitive") and event["participants"] and _brands_only(clause, event["participants"][0]):
        return False  # "các thương hiệu A, B không còn tồn tại": names gone from the market, bodies merged elsewhere
    if phrase in words("needs_result") and event["result"] is None:
        # "chuyển đổi A thành Công ty TNHH MTV ..., với tên tiếng Việt là B": the new form, then the name it takes
        event["result"] = _name_given_later(clause, event["k_end"]) if event["participants"] else None
        if event["result"] is None:
            return False  # "chuyển đổi Công ty A sang mô hình mới": how a body works changes, not its name
    if event["type"] == "rename" and event["result"] is None and _head_alone_named(clause, event["k_end"]):
        return False  # "đổi tên thành Phường, xã mới A": the new name announced is a head alone, no name
    if event["type"] == "establish" and event.get("after_state") and (event["count"] is not None or (
            event["k_end"] >= len(clause.tokens) or clause.tokens[event["k_end"]].text in {",", "."})):
        # "Sau khi thành lập, thị xã A có 16 xã", "Sau khi thành lập 6 phường, thành phố có ...": a time,
        # told of bodies founded in an event the article states elsewhere
        return False
    if event["count"] is None:
        bodies = [event["result"]] if event["type"] == "establish" else event["participants"]
        # "giải thể Ban Chỉ huy Quân sự cấp huyện", "tổ chức lại Chi cục Thống kê cấp huyện, Chi cục Thống kê
        # khu vực thành ...": a level of bodies everywhere, not named bodies
        if bodies and all(b is not None and names_a_class(b.name) for b in bodies):
            return False
    if event["type"] == "establish":
        # a body raised to a kind it names in lower case ("nâng cấp thành bệnh viện") is founded on it, unnamed
        return event["result"] is not None or event["count"] is not None or bool(event.get("result_anaphor")) or (
            bool(event.get("kind_only")) and bool(event["participants"]))
    if event.get("object_anaphor"):
        return True  # "giải thể công ty này": read back from the sentences before, dropped when not found
    # "Hai trường này hợp nhất thành Trường C", "Bộ này đã bị giải thể": the members are read back from the
    # sentences before (and the event dropped when none is found)
    ended = event["type"] == "dissolve" and not _joined_to_next_verb(clause, event["k_end"])
    anaphoric = (event["result"] is not None or ended) and points_back(clause, event["k"], event["lo"])
    return bool(event["participants"]) or event["count"] is not None or anaphoric


_LINE_MARKS = frozenset({"-", "–", "+", "•", "*", ":", ",", "/", "."})


def _topic_body(clause: Clause, lo: int, k: int) -> Arg | None:
    """``Riêng đối với Tổng công ty A, quyền đại diện chủ sở hữu sẽ được chuyển giao về Bộ B``: the body a sentence
    opens with, set off by a comma, that a handover with no body of its own speaks of."""
    opener = clause.phrase(lo, "topic_openers")
    match = clause.name_at.get(lo + len(opener)) if opener else None
    if match is None or match.last >= k or clause.tokens[match.last].text != ",":
        return None
    return Arg(match.name, match.start, match.end)


def _new_name_object(clause: Clause, k: int, phrase: tuple[str, ...], body: Arg, lo: int,
                     hi: int) -> tuple[list[Arg], Arg] | None:
    """``Bệnh viện A đổi tên Bệnh viện B``, ``- Tháng 5/1975: đổi tên “Bệnh viện B”``: with no word after it that
    says what comes out, the one name after "đổi tên" is the new name where a body of its kind is the subject (a
    decider is of another kind) or the verb opens a step of a history; (participants, result), else None.
    """
    after = clause.token_after(body)
    if phrase[-1] != "tên" or (after < hi and clause.tokens[after].text not in _NEW_NAME_ENDS):
        return None
    left, _ = clause.left_list(k, lo)
    if left and left[-1].name.split()[0].lower() == body.name.split()[0].lower() and (
            name_key(left[-1].name) != name_key(body.name)):
        return [left[-1]], body
    if not left and _only_marks_and_dates(clause, lo, k) == (True, True):
        return [], body  # a dated step; an undated "Đổi tên Bệnh viện A, ..." cut off names the body renamed
    return None


_NEW_NAME_ENDS = frozenset({".", ";", ",", "(", "”", '"'})


def _head_alone_named(clause: Clause, j: int) -> bool:
    """Whether ``thành`` at ``j`` is followed by a head with nothing of a name after it: a mark, or only fillers to the
    end of the clause (``đổi tên thành Phường, xã mới A``)."""
    end = len(clause.tokens)
    if j >= end or clause.tokens[j].low != "thành" or (head := head_at(clause.tokens, j + 1)) is None:
        return False
    after = j + 1 + len(head[0])
    return clause.skip(after, "fillers", end) >= end or clause.tokens[after].text in {",", ".", ";"}


def _opens_history_line(clause: Clause, k: int, lo: int) -> bool:
    """Whether trigger ``k`` opens its line but for a bullet and a date (``- Năm 1986: Đổi tên thành B``), or opens
    a dated step after a comma (``... đổi tên thành B, năm 2007 đổi tên thành C``)."""
    if _only_marks_and_dates(clause, lo, k)[0]:
        return True
    comma = next((i for i in range(k - 1, lo, -1) if clause.tokens[i].text in {",", ";"}), None)
    return comma is not None and _only_marks_and_dates(clause, comma + 1, k) == (True, True)


def _only_marks_and_dates(clause: Clause, j: int, k: int) -> tuple[bool, bool]:
    """Whether only list marks and dates stand in ``[j, k)``, and whether a date does."""
    dated = False
    while j < k:
        opener = clause.phrase(j, "history_line_openers")
        if opener:
            j += len(opener)
            dated = True
        elif dated and (adverb := clause.phrase(j, "history_step_adverbs")):
            j += len(adverb)
        elif clause.tokens[j].text in _LINE_MARKS or clause.tokens[j].text.isdecimal():
            j += 1
        elif (cited := clause.past_citation(j)) > j:
            j = cited  # "thành lập năm 1907;[3] sau 1945 đổi tên thành B": an encyclopedia's reference mark
        else:
            return False, dated
    return True, dated


def _manages(clause: Clause, receiver: NameMatch, received: list[Arg], counted: int | None = None) -> bool:
    """Whether ``receiver`` takes over the management of ``received`` rather than absorbing them.

    Councils, ministries and party bodies manage what they receive; so does a department (``Sở Nội vụ``,
    ``Ban Nội chính``) or a union (``LĐLĐ huyện A`` receiving ``CĐCS B``, ``Tỉnh đoàn`` receiving ``Đoàn trường
    C``) that receives bodies of other heads. A body that receives others of its own head (``Ban Quản lý dự án A
    tiếp nhận 8 Ban Quản lý dự án``) absorbs them.
    """
    if receiver.kind in load_kinds("managing_kinds"):
        return True
    if receiver.kind not in load_kinds("managing_other_kinds"):
        return False
    if not received and counted is not None:
        # "Sở A tiếp nhận thêm 35 cơ sở giáo dục": bodies counted under a noun that is not the receiver's head
        noun = clause.phrase(counted, "unit_nouns")
        return bool(noun) and " ".join(noun) != receiver.head.lower()
    heads = [m.head.lower() for a in received if (m := clause.match_of(a)) is not None]
    return bool(heads) and receiver.head.lower() not in heads


def _names_the_counted(clause: Clause, counted: int, r: int) -> bool:
    """Whether the name at ``r`` stands right after the counted noun at ``counted`` and opens with that noun as
    its head (``hai nhà hát Nhà hát A``)."""
    noun = clause.phrase(counted, "unit_nouns")
    if not noun or counted + len(noun) != r:
        return False
    return tuple(t.low for t in clause.tokens[r:r + len(noun)]) == tuple(w.lower() for w in noun)


def _one_named(clause: Clause, noun: int, hi: int) -> bool:
    """Whether a noun for bodies at ``noun`` is followed, a word or two on, by ``là``/``gồm`` and a name."""
    if noun >= hi or not clause.unit_noun(noun):
        return False
    for j in range(noun + 1, min(hi, noun + _ONE_NAMED_REACH)):
        introducer = clause.phrase(j, "list_introducers")
        if introducer:
            return j + len(introducer) in clause.name_at
    return False


def _plural_then_list(clause: Clause, r: int, hi: int, k: int) -> int | None:
    """Where the names start in ``các trung tâm pháp y khu vực (trực thuộc Bộ A) gồm(:) B, C``: bodies of a kind,
    unnamed and uncounted, then the list of them; None unless a list introducer and a name come within reach."""
    determiner = clause.phrase(r, "plural_determiners")
    noun = r + len(determiner) if determiner else r
    if not (determiner or clause.phrase_ending(r, "plural_determiners", k)) or not clause.unit_noun(noun):
        return None  # the determiner may have been passed over as a filler already
    others = {t for t, _, _ in find_triggers(clause) if t > k}
    for j in range(noun, min(hi, r + _LIST_REACH)):
        if j in others or clause.tokens[j].text in {";", "."}:
            return None
        introducer = clause.phrase(j, "list_introducers")
        if introducer:
            after = j + len(introducer)
            after += 1 if after < hi and clause.tokens[after].text == ":" else 0
            return after if after in clause.name_at else None
    return None


def _introducer_within(clause: Clause, r: int, hi: int, others: set[int]) -> bool:
    """Whether ``gồm``/``bao gồm`` followed by a colon or a name comes within reach after ``r``, before any other
    trigger or semicolon."""
    for j in range(r, min(hi, r + _LIST_REACH)):
        if j in others or clause.tokens[j].text == ";":
            return False
        introducer = clause.phrase(j, "list_introducers")
        if introducer:
            after = j + len(introducer)
            return after < hi and (clause.tokens[after].text == ":" or after in clause.name_at)
    return False


def _past_coordinated(clause: Clause, r: int, hi: int, verbs: str = "coordinated_verbs") -> int:
    """Where the object shared with a founding (or a merge, with ``verbs`` of its own) starts past the verbs joined
    to it (``thành lập, kiện toàn A``, ``thành lập và chỉ định Ban Chấp hành Đảng bộ A``); ``r`` when no such verb
    is joined there."""
    j = r
    while j < hi and (joint := clause.phrase(j, "joiners")) and clause.tokens[j].text in {",", "và"}:
        verb = clause.phrase(j + len(joint), verbs)
        if not verb:
            break
        j = clause.skip(j + len(joint) + len(verb), "fillers", hi)
    return j if j != r and (j in clause.name_at or clause.number(j) is not None) else r


def _joined_to_next_verb(clause: Clause, j: int) -> bool:
    """``cơ quan này sẽ giải thể và sáp nhập 43 phòng``: the trigger shares an object with the verb after it."""
    return _object_of_next_verb(clause, j) is not None


def _object_of_next_verb(clause: Clause, j: int, kinds: tuple[str, ...] | None = None) -> int | None:
    """Where the object of the verb joined at ``j`` starts (after its fillers), when that verb (of one of
    ``kinds``, when given) takes an object; None when no verb is joined there.

    ``bị giải thể và sáp nhập với Bộ B``: a verb that takes a partner after ``với`` shares no object.
    """
    joint = clause.phrase(j, "joiners") if j < len(clause.tokens) else None
    if joint is None:
        return None
    after = j + len(joint)
    verb = next((phrase for t, phrase, kind in find_triggers(clause) if t == after and (
        kinds is None or kind in kinds)), None)
    if verb is None or clause.phrase(after + len(verb), "with_markers"):
        return None
    return clause.skip(after + len(verb), "fillers", len(clause.tokens))


def _unread_object(clause: Clause, event: dict, phrase: tuple[str, ...]) -> bool:
    """Whether an active trigger has an object the name grammar did not read: a capitalised word after it, or
    the object of the verb joined to it (``A giải thể, sáp nhập 43 phòng giao dịch``).

    Only a verb that takes an object shares one, and only with a verb of the same sort (ending or merging):
    ``A kết thúc hoạt động, chuyển các tổ chức đảng về B`` ends A, then moves what A held."""
    j = event["k_end"]
    passive = any(clause.phrase(i, "passive_markers") for i in range(event["lo"], event["k"]))
    if passive or j >= len(clause.tokens):
        return False
    # a comma, not "và": "A sẽ kết thúc hoạt động và chuyển 19 tập đoàn về ..." ends A, then moves others
    # "A giải thể, nhập (địa bàn) vào B": the joined verb goes into another with nothing of its own to take
    joined = clause.tokens[j].text == "," and phrase not in words("intransitive") and any(
        t == j + 1 and kind in ("dissolve", "merge") and not clause.phrase(
            clause.skip(t + len(joined_phrase), "ceded_lands", len(clause.tokens)), "into_markers")
        for t, joined_phrase, kind in find_triggers(clause))
    # "ngân hàng này đã đóng cửa 1/7 số phòng giao dịch": a count or a share of what it runs, not the bank itself;
    # "A sẽ đóng cửa một nhà máy ở B", "A đóng cửa các chi nhánh": one or some of what it runs
    determined = bool(clause.phrase(j, "single_articles") or clause.phrase(j, "plural_determiners"))
    return clause.tokens[j].text[:1].isupper() or joined or clause.figure_at(j) or determined


def _local_units(clause: Clause, event: dict) -> bool:
    """Whether what a re-arrangement touches is local units: counted (``106 đơn vị cấp xã``) or named."""
    counted = event.get("counted")
    if counted is not None:
        return bool(clause.phrase(counted, "local_unit_nouns"))
    first = clause.match_of(event["participants"][0]) if event["participants"] else None
    return first is not None and first.administrative  # the members after it may be bare places


def _raised_in_level(clause: Clause, event: dict) -> bool:
    """Whether a rename raises a unit of land a step up its ladder (``xã A`` into ``thị trấn A``, ``huyện B`` into
    ``thị xã B``, ``thị xã C`` into ``thành phố C``): the new unit is founded on the old one, as the referee's gold has
    it. A step down or across (``quận A`` into ``huyện A``) renames it."""
    if len(event["participants"]) != 1 or event["result"] is None:
        return False
    old, new = clause.match_of(event["participants"][0]), clause.match_of(event["result"])
    if old is None or new is None or not old.administrative or not new.administrative:
        return False
    for ladder in event_lexicon()["urban_ladders"]:
        steps = [step.lower() for step in ladder]
        if old.head.lower() in steps and new.head.lower() in steps:
            return steps.index(new.head.lower()) > steps.index(old.head.lower())
    return False


_PART_REACH = 10  # words from a result marker to the body the result is made a part of


def _becomes_part_of(clause: Clause, j: int, hi: int) -> Arg | None:
    """The body that what follows a result marker at ``j`` is placed under, when it is a unit of that body.

    ``thành cơ quan trực thuộc Văn phòng UBND``, ``thành phòng giao dịch trực thuộc Chi nhánh B``: a noun for a unit
    right after the marker, unnamed, then ``trực thuộc``/``thuộc`` and the owner, with no comma between.
    """
    if j >= hi or not clause.unit_noun(j) or j in clause.name_at:
        return None  # "thành Công ty B trực thuộc Tập đoàn C": a body with a name of its own is A renamed
    t = j
    while t < min(hi, j + _PART_REACH):
        if clause.tokens[t].text in {",", ";", ".", "(", ":"}:
            return None
        placer = clause.phrase(t, "placers")
        if placer and t > j:
            owner = clause.name_at.get(t + len(placer))
            if owner is None or owner.administrative:
                return None  # "thành trường tiểu học thuộc huyện A": the district only says where it is
            return Arg(owner.name, owner.start, owner.end)
        t = clause.name_at[t].last if t in clause.name_at else t + 1
    return None


def _before_aside(clause: Clause, j: int, lo: int) -> int:
    """Index of the ``(`` that opens a bracket closing right before token ``j``; ``j`` when none does."""
    if j <= lo or clause.tokens[j - 1].text != ")":
        return j
    depth = 0
    for i in range(j - 1, lo - 1, -1):
        depth += {")": 1, "(": -1}.get(clause.tokens[i].text, 0)
        if depth == 0:
            return i
    return j


def _result_before(clause: Clause, k: int, lo: int) -> Arg | None:
    """``Xã A (sáp nhập ...)``, ``Phường A: Sáp nhập ...``, ``A được hình thành từ việc sáp nhập ...``,
    ``Trường A (được sáp nhập từ hai trường ...)``."""
    j = k
    passive = clause.phrase_ending(j, "passive_markers", lo)
    if passive and j - len(passive) > lo and clause.tokens[j - len(passive) - 1].text == "(":
        j -= len(passive)
    for size in range(5, 0, -1):
        basis = clause.phrase(j - size, "basis") if j - size >= lo else None
        if basis and len(basis) == size:
            j -= size
            break
    marked = j < k
    while j > lo and clause.tokens[j - 1].text in {"(", ":", ","}:
        marked = marked or clause.tokens[j - 1].text in {"(", ":"}
        j -= 1
        # "Phường A, gồm: sáp nhập ...": the word that lists what the unit holds, before the colon
        introducer = clause.phrase_ending(j, "list_introducers", lo) if clause.tokens[j].text == ":" else None
        if introducer and j - len(introducer) > lo:
            j -= len(introducer)
    if not marked:
        return None
    for size in (3, 2, 1):
        if j - size >= lo and clause.phrase(j - size, "result_before_fillers") and len(
                clause.phrase(j - size, "result_before_fillers")) == size:
            j -= size
            break
    match = clause.name_before(j, lo)
    if match is not None and match.first > lo and clause.phrase(match.first - 1, "placers"):
        return None  # "thành lập thành phố mới trực thuộc tỉnh A trên cơ sở sáp nhập ...": A only owns what is formed
    return Arg(match.name, match.start, match.end) if match else None


def _past_owner_and_fillers(clause: Clause, j: int, hi: int) -> int:
    """Index after ``của`` and the fillers (``thêm``) that may stand between a verb of ending and its object."""
    if j < hi and clause.phrase(j, "owner_markers"):
        j += 1
    return clause.skip(j, "fillers", hi)


def _work_of_a_body(clause: Clause, k: int, lo: int) -> bool:
    """Whether the subject of the trigger at ``k`` is what a body does (``Nhiệm vụ của Ban A được nhập vào Sở B``):
    a word of its work and ``của`` before any name, and a passive marker before the trigger."""
    for start in range(lo, k):
        if start in clause.name_at:
            return False  # a body named first is the subject
        nouns = clause.phrase(start, "function_nouns")
        if nouns and clause.tokens[start + len(nouns)].low == "của":
            return any(clause.phrase(j, "passive_markers") for j in range(start + len(nouns), k))
    return False


def _taken_whole(clause: Clause, k: int, phrase: tuple[str, ...], r: int) -> bool:
    """``tách Phòng A (Viện B) để thành lập Viện C``: the body named right after the verb is taken out whole, no whole
    it comes out of is named after ``khỏi`` before the purpose at ``r`` (see the ``whole_taken_to_found`` frame). A
    unit of land is not (``tách xã A để thành lập thị trấn A`` splits the commune's land), but a village is: it is
    the part a commune gives (``tách thôn A thuộc xã B để thành lập thị trấn C``)."""
    start = k + len(phrase)
    return phrase in words("whole_taken_to_found") and start in clause.name_at and (
        not clause.name_at[start].administrative or clause.name_at[start].kind == "village") and not any(
        clause.phrase(j, "split_sources") for j in range(clause.name_at[start].last, r))


def _passive_agent(clause: Clause, first: int, k: int) -> bool:
    """Whether the name at ``first`` stands between a passive marker and the trigger at ``k`` with a counted noun
    before the marker (``7 trường được Sở A bàn giao``): the agent of the passive verb, not its subject."""
    match = clause.name_at.get(first)
    if match is None or match.last != k or first < 2 or not clause.phrase(first - 1, "agent_passives"):
        return False
    return clause.counts_bodies(first - 8, first - 1)


_MAIN_CLAUSE_WORDS = 6  # words of the main clause's predicate between its subject and a clause of time


def _subject_before_time_clause(clause: Clause, k: int, lo: int) -> Arg | None:
    """The subject of the main clause when the trigger at ``k`` opens a clause of time (``A mất tên sau khi sáp nhập
    vào B``): the body that opens the clause (or follows its comma), a few words of its own predicate before the
    marker, and no other body between."""
    b = before_left_fillers(clause, k, lo)
    marker = next((j for j in range(max(lo, b - 2), k) if (found := clause.phrase(j, "time_clause_markers")) and (
        j + len(found) >= b)), None)
    if marker is None:
        return None
    for j in range(lo, marker):
        if j > lo and clause.tokens[j - 1].text != ",":
            continue
        match = clause.name_at.get(j)
        end = match.last if match is not None else j + 1 if is_brand_word(clause.tokens[j].text) else None
        if end is None or not 0 < marker - end <= _MAIN_CLAUSE_WORDS:
            continue
        if any(i in clause.name_at or clause.tokens[i].text in {",", ";"} for i in range(end, marker)):
            return None
        if match is not None:
            return Arg(match.name, match.start, match.end)
        token = clause.tokens[j]
        return Arg(token.text, token.start, token.end)
    return None


def _appositive_subject(clause: Clause, k: int, lo: int) -> Arg | None:
    """``Thư viện A (thuộc tỉnh B), được thành lập sau ngày ...``: the body that opens the sentence, with an aside
    in brackets, set off by a comma before its passive founding."""
    j = k
    step = clause.phrase_ending(k, "history_step_adverbs", lo)
    if step and any(clause.phrase(i, "passive_markers") for i in range(k - len(step), k)):
        j -= len(step)  # "A, ..., đã được thành lập": the voice with the adverbs of the step before it
    j = clause.before_passive(j, lo)
    # "Tập đoàn A (B), nay được đổi tên thành C", "xã A cũ, nay sáp nhập vào B": a time word of the aside
    j -= len(clause.phrase_ending(j, "aside_times", lo) or ())
    # "A, ..., được tổ chức trên cơ sở ...": a trigger that opens with its passive marker
    if (j == k and not clause.phrase(k, "passive_markers")) or j - 1 <= lo or clause.tokens[j - 1].text != ",":
        return None
    end = j - 1
    end -= len(clause.phrase_ending(end, "age_asides", lo) or ())  # "xã A cũ, ...": the unit as it was
    end = _before_aside(clause, end, lo)
    # "Viện A, cơ quan quản lý nhà nước về đo lường, đã được thành lập", "Trung tâm A, đơn vị trực thuộc Sở B, được
    # thành lập": past the aside that tells what kind of body A is
    end = _described_aside(clause, end, lo) or end
    match = clause.name_before(end, lo)
    if match is None or match.last != end:
        return None
    if match.first == lo or clause.tokens[match.first - 1].text in {",", "("}:
        return Arg(match.name, match.start, match.end)  # "Ngày 5/1, Tập đoàn A (B), nay được đổi tên ..."
    # "Tiền thân của A là B (thuộc tỉnh C), được thành lập năm 1976": the predecessor named is what was founded
    before = predecessor(clause, lo, end)
    return before if before is not None and before.start == match.start else None


_DESCRIPTION_WORDS = 24  # words of an aside that says what a body is ("cơ quan quản lý nhà nước đầu tiên về ...")


def _described_aside(clause: Clause, end: int, lo: int) -> int | None:
    """The comma that opens an aside ending at ``end`` and telling, in lower case, what kind of body the name before
    it is (``, cơ quan quản lý nhà nước về đo lường,``), or the copula that does (``Báo A là đơn vị trực thuộc Bộ B,
    được thành lập ...``); None where there is no such aside."""
    for c in range(end - 1, max(lo, end - _DESCRIPTION_WORDS) - 1, -1):
        if clause.phrase(c, "copulas") and clause.phrase(c + 1, "generic_unit_nouns") and c not in clause.inside:
            return c
        if clause.tokens[c].text in {",", ";", ":", "(", ")"}:
            after = clause.tokens[c + 1]
            described = clause.tokens[c].text == "," and after.text[:1].islower() and bool(
                clause.phrase(c + 1, "generic_unit_nouns"))
            return c if described else None
    return None


_CITED_DOCUMENT_WORDS = 14  # words from a decision's noun to "của" and who issued it ("Quyết định số 256/TTg của")


_AGENT_WORDS = 8  # words of who founded a body, between "do" and the founding verb ("do vua Louis XIV")


def _founded_by_agent(clause: Clause, k: int, k_end: int, lo: int) -> list[Arg] | None:
    """``Viện A do vua B thành lập năm 1666``, ``Trường C do UBND tỉnh thành lập ngày 5/9/1990``: the bodies before
    ``do``/``bởi`` were founded by whoever follows it, on the date after the verb. Without a date the sentence
    describes bodies of a kind by who founds them (``các Đảng đoàn do Ban Bí thư thành lập``), no founding."""
    if k_end >= len(clause.tokens) or not clause.phrase(k_end, "founding_dates"):
        return None
    for a in range(max(lo, k - _AGENT_WORDS - 1), k - 1):
        marker = clause.phrase(a, "agent_markers")
        if not marker or any(t.text in {",", ";", ":", "("} for t in clause.tokens[a:k]):
            continue
        subject = next((m for m in clause.names if m.last == a), None)
        if subject is None or subject.first < lo or subject.kind == "government":
            return None
        args, end = clause.org_list(subject.first, a)
        return args if end == a and args else None
    return None


def _within_basis(clause: Clause, k: int, lo: int) -> bool:
    """Whether the trigger at ``k`` ends or stands inside the words of a basis (``trên cơ sở``, ``trên cơ sở nâng
    cấp``)."""
    return any((basis := clause.phrase(j, "establish_basis")) and j + len(basis) >= k
               for j in range(max(lo, k - _BASIS_WORDS), k))


_BASIS_WORDS = 4  # words of a basis before the verb it may hold ("trên cơ sở nâng cấp")
_PASSIVE_AGENT_WORDS = 6  # words of a people or a regime between "được" and the founding verb


def _founds_an_unnamed_object(clause: Clause, k: int, k_end: int, lo: int) -> bool:
    """Whether an active founding verb at ``k`` (no ``được`` before it) takes a lower-case noun as its object
    (``thành lập thêm nghiệp đoàn nghề cá``): the body before the verb founds it, none is founded by name."""
    if clause.phrase_ending(before_left_fillers(clause, k, lo), "passive_markers", lo) or clause.phrase_ending(
            k, "passive_markers", lo):
        return False
    j = clause.skip(k_end, ("founding_object_fillers", "plural_determiners"), len(clause.tokens))
    if j >= len(clause.tokens) or j in clause.name_at or j in clause.place_at:
        return False
    return clause.tokens[j].text.islower() and (clause.unit_noun(j) or bool(clause.phrase(j, "unnamed_founded_kinds")))


def _establish_left(clause: Clause, k: int, lo: int, k_end: int | None = None) -> list[Arg]:
    """``C được thành lập``: the bodies right before the trigger, across ``được``/``đã``.

    A council or committee before an active trigger is who establishes (``UBND tỉnh thành lập ...``);
    a bracket (``Sở A, Sở B (được thành lập ...)``) speaks of the last body only.
    """
    k_end = k + 1 if k_end is None else k_end
    if (dated := _founded_by_agent(clause, k, k_end, lo)) is not None:
        return dated
    if _founds_an_unnamed_object(clause, k, k_end, lo):
        return []  # "Hội A vừa thành lập thêm chi hội nghề nghiệp": A founds, what it founds has no name
    # "Trường A được người Pháp thành lập năm 1920": a people or a regime after "được" founds; A stands before it
    agent = next((j for j in range(max(lo + 1, k - _PASSIVE_AGENT_WORDS), k) if j not in clause.name_at
                  and clause.phrase(j, "agent_nouns") and agent_of_passive(clause, j, k)), None)
    if (described := _described_by_copula(clause, k, lo)) is not None:
        return [described]  # "Trường A là trường công lập được thành lập năm 1990": A, not what it is
    left, first = clause.left_list(agent - 1 if agent is not None else k, lo, owners=True)
    if not left or first is None:
        place = clause.name_before(before_left_fillers(clause, k, lo), lo)
        seated = _seated_before(clause, place, lo) if place is not None and place.administrative else None
        if seated is not None:
            return [seated]  # "Nông trường A đóng tại xã B được thành lập": the body seated there is founded
        appositive = _appositive_subject(clause, k, lo)
        return [appositive] if appositive is not None else []
    successor = clause.phrase_ending(first, "successor_asides", lo)
    at = first - len(successor) - 1 if successor else lo
    if at > lo and clause.tokens[at].text == "," and (earlier := clause.name_before(at, lo)) is not None and (
            earlier.last == at):
        # "Nhà xuất bản A, tiền thân của Nhà xuất bản B ngày nay, đã ra đời": A came to be; B is what it became
        return [Arg(earlier.name, earlier.start, earlier.end)]
    marker = clause.phrase_ending(first, "aside_name_markers", lo)
    at = first - len(marker) if marker else first
    # in brackets only the name it has now: "Công ty A (trước đây là Nông trường B) được thành lập" founds B
    bracketed = marker is not None and at > lo and clause.tokens[at - 1].text == "(" and bool(
        clause.phrase(at, "new_name_markers"))
    earlier = clause.name_before(at - bracketed, lo) if marker else None
    if earlier is not None and earlier.last == at - bracketed:
        # "Đài A nay là Đài B được thành lập năm 1977", "Huyện A (nay là thị xã A) được thành lập năm 2005": A was
        # founded then; B is what it is called now
        return [Arg(earlier.name, earlier.start, earlier.end)]
    if first > lo and clause.phrase(first - 1, "owner_markers"):
        if (subject := _copula_subject(clause, first - 1, lo)) is not None:
            return [subject]  # "A (KITRA) là cơ quan chuyên môn của UBND tỉnh B được thành lập năm 2002": A is
        if any(clause.phrase(j, "plural_determiners") and j not in clause.inside
               for j in range(max(lo, first - _OWNED_NOUN_WORDS), first)):
            return []  # "các phòng chuyên môn của UBND huyện A được thành lập": bodies of A, none named
        if any(clause.phrase(j, "site_words", "org_heads") for j in range(max(lo, first - _OWNED_NOUN_WORDS), first)):
            return []  # "cơ sở 2 của Trường A được thành lập": a site of A, not A, is founded
        if any(clause.phrase(j, "document_objects") for j in range(max(lo, first - _CITED_DOCUMENT_WORDS), first)):
            # "theo Quyết định số 256 của Thủ tướng Chính phủ, A được thành lập": who issued it, then what is founded
            if len(left) < 2:
                return []
            if clause.token_starting(left[1].start) not in clause.name_at:
                return left[1:2]  # a name the grammar reads only in the list ("Ngân hàng chính sách xã hội")
            left, first = left[1:], clause.token_starting(left[1].start)
    if clause.name_at[first].administrative and _place_of_another(clause, first, lo):
        # "Lực lượng Kiểm lâm tỉnh A được thành lập", "tại tổ dân phố 4 thị trấn B": where a body is; "Nông trường C
        # đóng tại xã D được thành lập": the body seated there is founded
        seated = _seated_before(clause, clause.name_at[first], lo)
        return [seated] if seated is not None else []
    between = range(first, k)
    passive = any(clause.phrase(j, "passive_markers") for j in between)
    if not passive and any(clause.phrase(j, "deciding_fillers") for j in between):
        return []  # "Bộ Chính trị có quyết định thành lập C": who decides, not what is founded
    if not passive and first > lo and clause.phrase(first - 1, "relative_markers"):
        return []  # "trường thứ 3 mà Sở A thành lập": the subject of a relative clause founds
    # "TP A thành lập năm 2009", "Năm 2009, thị xã A thành lập.", "thành phố A thành lập trên cơ sở ... của thị xã A":
    # nothing founded after it but a date, a basis or where it came from, so A came to be
    coming_into_being = tuple(t.low for t in clause.tokens[k:k_end]) in words("intransitive") or k_end >= len(
        clause.tokens) or clause.tokens[k_end].text in {".", ";"} or bool(clause.phrase(k_end, "establish_basis")) or (
        # "tỉnh A tái thành lập từ tỉnh B": what it came out of
        bool(clause.phrase(k_end, "origin_markers"))) or (
        bool(clause.phrase(k_end, "founding_dates")) and (
        date_end := _past_date(clause, k_end, len(clause.tokens))) is not None and date_end not in clause.name_at)
    if (clause.name_at[first].kind == "government" or clause.name_at[first].administrative) and not (
            passive or coming_into_being):
        return []  # "UBND tỉnh thành lập ...", "TP.HCM đã thành lập ...": who establishes, not what ("ra đời": what)
    if agentive(clause, first):
        return []  # "các Đảng đoàn do Ban Bí thư thành lập": who established them, not what was established
    if clause.title_before(first, lo):
        # "Bộ trưởng Bộ A đã thành lập lại ...": the minister of A acts; A is not founded ("theo quyết định của Bộ
        # trưởng Bộ A, B được thành lập": A's minister decides)
        return []
    if not passive and plain_object(clause, k_end):
        return []  # "Trường A sẽ thành lập trường sư phạm": A founds a body it does not name
    after = clause.skip(k_end, "fillers", len(clause.tokens))
    if passive and plain_object(clause, after) and not clause.phrase(after, "founding_dates"):
        return []  # "Ngân hàng A được mở thêm chi nhánh": A is let open branches it does not name, A is not founded
    # what follows an active founding, unless a date ("năm" is a year, not five)
    # ("A ra đời từ 3 viện", "A thành lập từ B": what it came out of follows, no body it founds)
    founds = not passive and after < len(clause.tokens) and not clause.phrase(after, "founding_dates") and not (
        from_sources(clause, k_end))
    if founds and clause.tokens[after].text[:1].isupper() and clause.tokens[after].text.isalpha() and (
            after not in clause.place_at):
        return []  # "Công an tỉnh đã thành lập Tổ thanh tra đặc biệt": A founds a body the grammar does not name
    if founds and (n := clause.number(after)) is not None and n < _YEAR_LIKE:
        return []  # "Đội A thành lập 24 tổ tuần tra": A founds a count of bodies
    if not passive and not coming_into_being and k_end < len(clause.tokens) and clause.phrase(
            k_end, "locatives") and not _founded_at(clause, k_end):
        # "Bộ A đã thành lập tại các tỉnh hệ thống các trường": A founds bodies elsewhere ("A ra đời tại B": A is born)
        return []
    brackets = [clause.tokens[j].text for j in between if j not in clause.inside and clause.tokens[j].text in "()"
                and not _abbreviation_bracket(clause, j)]
    if brackets and brackets[0] == ")":
        named = _named_before_aside(clause, first, lo)
        # "Trường A (nay là Trường B) được thành lập năm 1990": A was founded, the bracket names what it became
        return [named] if named is not None else []  # "(trừ Bộ A và Bộ B) đã thành lập ...": an aside
    if brackets and brackets[-1] == "(":
        return left[-1:]  # "Sở A, Sở B (được thành lập ...)": the bracket speaks of the last body
    if len(left) > 1 and _inventory_before(clause, first, lo):
        # "Tỉnh A có 10 huyện: B, C, ... và huyện mới D được thành lập năm 2005": what A holds, the last one founded
        return left[-1:]
    if brackets:
        return left[:1]  # "Thị xã A (tỉnh B): được thành lập ...": the bracket only places it
    return left


def _founded_at(clause: Clause, j: int) -> bool:
    """``Lữ đoàn A thành lập tại thị xã B, đóng quân ...``: the place after the locative at ``j`` closes the clause
    (or a date follows it), so the body before the verb is what was founded there, not a founder of bodies
    elsewhere."""
    place = clause.name_at.get(j + len(clause.phrase(j, "locatives")))
    if place is None or not place.administrative:
        return False
    after = place.last
    return after >= len(clause.tokens) or clause.tokens[after].text in {",", ".", ";"} or bool(
        clause.phrase(after, "founding_dates"))


_PLACED_REACH = 5  # words before a unit of land in which a locative makes it where something is


_SEAT_WORDS = 3  # words between a body and the locative that seats it ("đóng", "có trụ sở", "đặt trụ sở")


def _seated_before(clause: Clause, place: NameMatch, lo: int) -> Arg | None:
    """The body (no unit of land) that a locative right before ``place`` (or the places it ends) seats there:
    ``Nông trường A đóng tại xã B``, ``Trạm C có trụ sở tại phường D huyện E``."""
    while (outer := clause.name_before(place.first, lo)) is not None and outer.administrative:
        place = outer  # "tại xã A huyện B tỉnh C": the first of the places the locative opens
    first = place.first
    locative = next((j for j in range(first - 1, max(lo, first - _PLACED_REACH) - 1, -1)
                     if (marker := clause.phrase(j, "locatives")) and j + len(marker) == first), None)
    if locative is None:
        return None
    for end in range(locative, max(lo, locative - _SEAT_WORDS) - 1, -1):
        match = clause.name_before(end, lo)
        if match is not None and not match.administrative and all(
                clause.tokens[j].text[:1].islower() for j in range(end, locative)):
            return Arg(match.name, match.start, match.end)
    return None


def _place_of_another(clause: Clause, first: int, lo: int) -> bool:
    """Whether the unit of land at ``first`` only says where a body named before it is, not what is founded.

    A locative or an owner marker a few words before it (``tại tổ dân phố 4 thị trấn A``, ``của huyện B``), or a word
    of the noun it ends right before it (``Lực lượng Kiểm lâm tỉnh C``), unless that word only opens the clause
    (``Theo đó huyện D được thành lập``).
    """
    for j in range(first - 1, max(lo, first - _PLACED_REACH) - 1, -1):
        token = clause.tokens[j]
        if not token.text[:1].isalnum():
            break
        if clause.phrase(j, "locatives") or clause.phrase(j, "placers") or clause.phrase(j, "owner_markers"):
            return True
    if first <= lo:
        return False
    before = clause.tokens[first - 1]
    # "Thành phố A tiền thân là Thị xã A được thành lập ...": the predecessor named is what was founded
    named_as_predecessor = any(clause.phrase_ending(first, key, lo, sizes=(4, 3, 2, 1)) for key in (
        "predecessor_markers", "predecessor_copulas"))
    return before.text[:1].isalpha() and not clause.phrase_ending(first, "place_subject_openers", lo) and not (
        clause.phrase_ending(first, "passive_markers", lo)) and not named_as_predecessor


def _received_by_agent(clause: Clause, k: int, lo: int) -> tuple[Arg, Arg] | None:
    """(the body received, the receiver) of ``A được B tiếp nhận``: a name, a passive marker, the agent's name, the
    receiving trigger at ``k``."""
    agent = clause.name_before(k, lo)
    marker = clause.phrase_ending(agent.first, "passive_markers", lo) if agent is not None else None
    received = clause.name_before(agent.first - len(marker), lo) if marker else None
    if received is None:
        return None
    return Arg(received.name, received.start, received.end), Arg(agent.name, agent.start, agent.end)


def _named_before_aside(clause: Clause, first: int, lo: int) -> Arg | None:
    """The body founded, told with a bracket of its other name that holds token ``first``.

    ``Trường A (nay là Trường B) được thành lập``: A, named before the bracket of what it became;
    ``Công ty A (trước đây là Nông trường B) được thành lập``: B, the name it was founded under.
    """
    opening = next((j for j in range(first - 1, lo - 1, -1) if clause.tokens[j].text == "("), None)
    if opening is None:
        return None
    if clause.phrase(opening + 1, "former_name_markers") and first in clause.name_at:
        former = clause.name_at[first]
        return Arg(former.name, former.start, former.end)
    # "Công ty A (tiền thân của Tổng công ty B) ra đời": A, the predecessor, came to be
    if not clause.phrase(opening + 1, "new_name_markers") and not clause.phrase(opening + 1, "successor_asides"):
        return None
    match = clause.name_before(opening, lo)
    if match is None or (match.administrative and _place_of_another(clause, match.first, lo)):
        return None  # "Lực lượng An ninh vũ trang tỉnh A (nay là ...)": the province only places the body
    return Arg(match.name, match.start, match.end)


def _described_by_copula(clause: Clause, k: int, lo: int) -> Arg | None:
    """``Trường A là trường công lập được thành lập năm 1990``, ``Công ty B là xí nghiệp liên doanh giữa C và D được
    thành lập ...``: before a passive founding, what a body is, said in lower case after ``là``; the body before
    ``là`` is what was founded. (``A là Trường B được thành lập``: a name after ``là`` is B's own, and is read so.)"""
    j = clause.before_passive(k, lo)
    if j == k:
        return None
    is_at = next((i for i in range(j - 1, max(lo, j - _DESCRIPTION_WORDS) - 1, -1)
                  if clause.phrase(i, "copulas") and i not in clause.inside), None)
    if is_at is None or is_at + 1 >= j or not clause.tokens[is_at + 1].text[:1].islower() or any(
            clause.tokens[i].text in {",", ";", ":", "("} or clause.number(i) is not None for i in range(is_at, j)):
        return None  # "Sở A là một trong số 12 sở được thành lập đầu tiên": one of a class, told by its count
    if clause.phrase(is_at + 1, "class_openers"):
        return None  # "A là một trong những đơn vị được thành lập sớm nhất": a class it belongs to
    match = clause.name_before(is_at, lo)
    if match is None or match.last != is_at:
        return None
    return Arg(match.name, match.start, match.end)


def _copula_subject(clause: Clause, j: int, lo: int) -> Arg | None:
    """The body named before ``là`` ahead of token ``j``, with only its bracketed abbreviation between them."""
    is_at = next((i for i in range(j - 1, lo, -1) if clause.phrase(i, "copulas")), None)
    if is_at is None:
        return None
    k = is_at
    if k > 0 and clause.tokens[k - 1].text == ")":
        k = next((i for i in range(k - 1, lo - 1, -1) if clause.tokens[i].text == "("), k)
    match = clause.name_before(k, lo)
    return Arg(match.name, match.start, match.end) if match is not None else None


def _listed_on(clause: Clause, j: int, wanted: int) -> list[Arg]:
    """Up to ``wanted`` more members of a counted list that goes on past semicolons: ``mở 3 chi nhánh gồm:
    Chi nhánh A; Chi nhánh B và Chi nhánh C``. Each part must open with a name; the list ends where one does not."""
    found: list[Arg] = []
    if j < len(clause.tokens) and clause.says_whose_or_where(j):
        j = next((i for i in range(j, len(clause.tokens)) if clause.tokens[i].text == ";"), j)
    while len(found) < wanted and j < len(clause.tokens) and clause.tokens[j].text == ";":
        start = j + 1
        end = next((i for i in range(start, len(clause.tokens)) if clause.tokens[i].text == ";"), len(clause.tokens))
        if start not in clause.name_at:
            break
        members, after = clause.org_list(start, end)
        found.extend(members)
        if after != end and clause.tokens[after].text not in {".", "…"} and not clause.says_whose_or_where(after):
            break  # the part goes on with the sentence's own words: the list is over
        j = end
    return found[:wanted]


def _past_date(clause: Clause, r: int, hi: int) -> int | None:
    """Index after a date that opens at ``r`` (``từ ngày 5/12``, ``từ 1-7-2025``, ``vào năm 2025``), else None."""
    j = r + len(clause.phrase(r, "date_openers") or ())
    found = None
    while j < hi:  # "vào ngày 1 tháng 1 năm 1976": each unit of time and its number
        j += len(clause.phrase(j, "time_units") or ())
        start = j
        # "5/12", "1-7-2025": the day written as one word or as numbers and marks
        while j < hi and (_dated_word(clause.tokens[j].text) or (
                j > start and clause.tokens[j].text in {"/", "-", "."})):
            j += 1
        while j > start and not clause.tokens[j - 1].text[-1:].isdecimal():
            j -= 1  # "năm 2009.": the full stop ends the sentence, not the day
        if j == start:
            break
        found = j
    return found if found is not None and found > r else None


_REDUCTION_REACH = 8  # words of what is re-arranged before ", giảm từ N xuống còn M ..."


def _reduction_after(clause: Clause, r: int, hi: int) -> int | None:
    """Index of N in ``, giảm từ N xuống còn M UNITS`` told after a re-arrangement and a few words of what it
    re-arranges (``sắp xếp lại hệ thống tổ chức, giảm từ 22 xuống còn 15 chi cục``), when M counts units; else None."""
    for j in range(r, min(hi, r + _REDUCTION_REACH)):
        if j in clause.name_at or clause.number(j) is not None:
            return None
        opener = clause.phrase(j + 1, "reduction_openers") if clause.tokens[j].text == "," else None
        if opener is None:
            continue
        n_at = j + 1 + len(opener)
        marker = clause.phrase(n_at + 1, "reduced_to") if clause.number(n_at) is not None else None
        m_at = n_at + 1 + len(marker) if marker else None
        if m_at is not None and clause.number(m_at) is not None and clause.unit_noun(m_at + 1):
            return n_at
        return None
    return None


def _without_parts_of(clause: Clause, sources: list[Arg], result: Arg | None) -> list[Arg]:
    """``sources`` less a last one, after a comma, that is placed under the body formed: ``tỉnh A được tái lập từ
    tỉnh B cũ, huyện C thuộc tỉnh A`` tells C as a part of A from then on, no body A came out of."""
    if result is None or len(sources) < 2 or (match := clause.match_of(sources[-1])) is None:
        return sources
    if match.first == 0 or clause.tokens[match.first - 1].text != ",":
        return sources
    placer = clause.phrase(match.last, "placers")
    owner = clause.name_at.get(match.last + len(placer)) if placer else None
    return sources[:-1] if owner is not None and name_key(owner.name) == name_key(result.name) else sources


def _same_head(clause: Clause, one: Arg, other: Arg) -> bool:
    """Whether two bodies written in the clause open with the same head noun (``Phòng A``, ``phòng B``)."""
    a, b = clause.match_of(one), clause.match_of(other)
    return a is not None and b is not None and a.head.lower() == b.head.lower()


def _dated_word(text: str) -> bool:
    """``2025``, ``5/12``, ``1-7-2025``: a number or a day written with its marks."""
    return text[:1].isdecimal() and all(ch.isdecimal() or ch in "/-." for ch in text)


def _past_origin(clause: Clause, r: int) -> int | None:
    """Index after ``từ Sở Y tế`` (or ``từ trực thuộc Sở Y tế``) when an origin marker and a body, where something
    comes from, stand at ``r``; else None."""
    origin = clause.phrase(r, "origin_markers")
    if not origin:
        return None
    j = r + len(origin)
    j += len(clause.phrase(j, "placers") or ())
    return clause.name_at[j].last if j in clause.name_at else None


def _named_after_origin(clause: Clause, body: Arg) -> bool:
    """Whether ``body`` is written right after ``từ``: where something comes from."""
    k = clause.token_starting(body.start)
    return k is not None and k > 0 and clause.phrase_ending(k, "origin_markers") is not None


def _came_from(clause: Clause, participants: list[Arg]) -> bool:
    """``tiếp nhận A từ Hiệp hội B``: the last body received is followed by where it comes from (the list
    reader has stepped past it, as past any body a name is attached to)."""
    match = clause.match_of(participants[-1])
    if match is not None:
        return _past_origin(clause, match.last) is not None
    # a bare member of a list ("hai Công ty A và B từ C"): the word after it
    return participants[-1].end is not None and _past_origin(clause, clause.token_after(participants[-1])) is not None


def _more_results(clause: Clause, result: Arg, hi: int) -> bool:
    """Whether another body is listed right after ``result`` (``thành Cục B và Cục C``)."""
    match = clause.match_of(result)
    if match is None or match.last >= hi or match.first == 0 or clause.tokens[match.first - 1].low != "thành":
        return False  # the bodies must follow "thành" right away, not come from further on ("đơn vị thành viên; ...")
    joint = clause.phrase(match.last, "joiners")
    after = clause.name_at.get(match.last + 1)
    # a body of the same kind: "thành Tổng công ty A, Thủ tướng Chính phủ có ý kiến" goes on with the sentence
    return joint in ((",",), ("và",)) and after is not None and after.kind == match.kind


def _split_origin(clause: Clause, k: int, phrase: tuple[str, ...], lo: int, hi: int,
                  participants: list[Arg]) -> tuple[list[Arg], Arg | None] | None:
    """([B], A) when a part A is taken out of a named body B: ``A tách ra từ B``, ``tách A ra khỏi B``; ([B], None)
    when several are (``A, C tách ra từ B``).

    The part is the trigger's object, or else its subject (None when the sentence names none before it);
    the body it leaves is what is split.
    """
    after = clause.skip(k + len(phrase), "fillers", hi)
    if (brands := brand_split(clause, after, hi)) is not None:
        return [brands[1]], brands[0]  # "tách MobiFone ra khỏi VNPT"
    part: Arg | None = None
    origin_k = split_source(clause, after, hi)
    if origin_k == after and after in clause.name_at:  # "tách A ra khỏi B": the part is the object
        taken = clause.name_at[after]
        part = Arg(taken.name, taken.start, taken.end)
        origin_k = split_source(clause, taken.last, hi)
        if origin_k == taken.last:
            return None
    elif origin_k == after:
        return None
    if origin_k not in clause.name_at:
        return None
    origin = clause.name_at[origin_k]
    if part is None:
        left = clause.left_list(k, lo)[0]
        # "Các tỉnh A, B, C được tách ra từ tỉnh D": several parts taken out, D is split, none of them its result
        part = left[-1] if len(left) == 1 else None
    return [Arg(origin.name, origin.start, origin.end)], part


def _is_place(clause: Clause, body: Arg) -> bool:
    """Whether ``body`` is a place (``TP.HCM``, ``tỉnh A``, ``Hà Nội``), not a body that runs things."""
    k = clause.token_starting(body.start)
    if k is None:
        return False
    match = clause.name_at.get(k)
    return match.administrative if match is not None else k in clause.place_at


def _inventory_before(clause: Clause, first: int, lo: int) -> bool:
    """Whether the list starting at token ``first`` follows a colon after a word of what a unit holds, earlier in the
    clause (``A có 10 huyện: ...``, ``A có tỉnh lỵ là B và 10 huyện: ...``): the members are what it has."""
    # the members may be named with the level before the colon ("10 huyện: B, C" gives "huyện B" from "huyện")
    colon = next((j for j in range(max(lo, first - 1), min(len(clause.tokens), first + 3))
                  if clause.tokens[j].text == ":"), None)
    return colon is not None and _holds_before(clause, colon, lo)


def _holds_before(clause: Clause, colon: int, lo: int) -> bool:
    """Whether a word of what a unit holds (``có``) stands in the clause before the colon at ``colon``."""
    return any(clause.phrase(j, "inventory_words") for j in range(lo, colon))


def _given_receiver(clause: Clause, k: int, phrase: tuple[str, ...], lo: int) -> Arg | None:
    """The body named right before ``được`` ahead of a handing-over verb, which receives what follows
    (``Công an tỉnh A được chuyển giao Cơ sở B``); None for other verbs or where no body stands there."""
    if phrase not in words("given_handovers"):
        return None
    passive = clause.phrase_ending(k, "passive_markers", lo)
    if passive is None:
        return None
    subject = clause.name_before(k - len(passive), lo)
    if subject is None or subject.last != k - len(passive):
        return None
    return Arg(subject.name, subject.start, subject.end)


def _moved_body(clause: Clause, place: Arg, lo: int) -> Arg | None:
    """The body that moved to ``place`` before it was renamed: ``A chuyển vào TP.HCM và đổi tên thành B``."""
    j = clause.token_starting(place.start)
    if j is None or not _is_place(clause, place):
        return None
    marker = clause.phrase_ending(j, "relocation_markers", lo, sizes=(1,))
    if marker is None:
        return None
    j -= 1
    verb = clause.phrase_ending(j, "relocation_verbs", lo)
    if verb is None:
        return None
    left = clause.left_list(j - len(verb), lo)[0]
    return left[-1] if left else None


def _abbreviation_bracket(clause: Clause, j: int) -> bool:
    """Whether bracket ``j`` encloses a name's abbreviation (``Tập đoàn A (VNIC) và Tập đoàn B (HUD)``)."""
    tokens = clause.tokens
    opening = j if tokens[j].text == "(" else j - 2
    return (opening > 0 and opening + 2 < len(tokens) and tokens[opening].text == "("
            and tokens[opening + 1].text.isupper() and tokens[opening + 2].text == ")"
            and opening - 1 in clause.inside)


_NEW_UNIT_REACH = 5  # words after the count of the units a unit is divided into where "mới" makes them new


def _divided_into_lower_units(clause: Clause, event: dict) -> bool:
    """``Huyện A chia thành 1 thị trấn và 17 xã``: a unit of land laid out as counted units of a lower level, what it
    is made of, not split; so ``chia tỉnh A thành 8 huyện``, the unit named between the verb and its parts."""
    j = event["k_end"]
    if len(event["participants"]) == 1 and not (j < len(clause.tokens) and clause.phrase(j, "result_markers")):
        j = clause.token_after(event["participants"][0]) or j
    marker = clause.phrase(j, "result_markers") if j < len(clause.tokens) else None
    n_at = j + len(marker) if marker else j
    if not marker or clause.number(n_at) is None or len(event["participants"]) != 1:
        return False
    if any(clause.phrase(i, "new_unit_words") for i in range(n_at, min(len(clause.tokens), n_at + _NEW_UNIT_REACH))):
        return False  # "TP A cũ được chia thành ba phường mới là B, C và D": new units, A is split
    whole, part = clause.match_of(event["participants"][0]), head_at(clause.tokens, n_at + 1)
    if whole is None or not whole.administrative or part is None or not part[2]:
        return False
    ranks = {kind: rank for rank, kind in enumerate(event_lexicon()["administrative_ranks"])}
    return ranks.get(part[1], len(ranks)) < ranks.get(whole.kind, -1)


def _divided_into_parts(clause: Clause, j: int) -> bool:
    """Whether ``thành N <part>`` follows a verb of dividing at ``j``, the part a unit's own subdivision (``tổ dân
    phố``, ``xóm``)."""
    marker = clause.phrase(j, "result_markers") if j < len(clause.tokens) else None
    n_at = j + len(marker) if marker else j
    return bool(marker) and clause.number(n_at) is not None and bool(clause.phrase(n_at + 1, "internal_parts"))


def _plural(clause: Clause, body: Arg) -> bool:
    """Whether ``body`` stands for many: after ``các``/``những``, holding ``các``, or owned by ``của các``."""
    match = clause.match_of(body)
    if match is None:
        return False
    last = match.last
    before = _after_determiner(clause, body)
    # "HĐND các xã" is many councils; "Liên hiệp các Hội A" one body whose name says what it joins
    owned = clause.phrase(last, "owner_markers") is not None and clause.phrase(last + 1, "plural_determiners")
    return before or _plural_inside(body) or bool(owned)


def _named_object(clause: Clause, j: int) -> bool:
    """Whether a body's name follows an intransitive trigger at once, or after ``các``: the verb is used with an
    object (``Ngân hàng A dừng hoạt động phòng giao dịch B``: B stops, A closes it)."""
    j += len(clause.phrase(j, "plural_determiners") or clause.phrase(j, "object_classifiers") or ()) if (
        j < len(clause.tokens)) else 0
    return j in clause.name_at and clause.name_at[j].kind != PLACE_KIND


def _plural_inside(body: Arg, levels: bool = False) -> bool:
    """Whether ``body``'s name holds ``các``/``những`` before a lower-case word (``HĐND các xã``); ``Liên hiệp các
    Hội Khoa học`` names one body by the capitalised ones it joins. With ``levels``, only before the word for a
    level of local units (``Hội A các xã, phường``)."""
    written = body.name.split()
    lowered = [w.lower() for w in written]
    places = words("local_unit_levels") if levels else ()
    return any(tuple(lowered[i:i + len(d)]) == d and i + len(d) < len(written)
               and not written[i + len(d)][:1].isupper()
               and (not levels or any(tuple(lowered[i + len(d):i + len(d) + len(p)]) == p for p in places))
               for d in words("plural_determiners") for i in range(1, len(written)))


def _plural_pair(clause: Clause, body: Arg) -> list[Arg]:
    """``các trường tiểu học A và B``, ``hai phòng A và B`` as two bodies; any other body as itself."""
    match = clause.match_of(body)
    if match is None:
        return [body]
    counted = clause.number(match.first - 1) if match.first > 0 else None
    if not _after_determiner(clause, body) and (counted is None or counted < 2):
        return [body]
    return split_conjoined(body, match.head, match.administrative)


def _after_determiner(clause: Clause, body: Arg) -> bool:
    """Whether ``các``/``những`` stands right before ``body``."""
    match = clause.match_of(body)
    if match is None:
        return False
    j = match.first - 1
    while j > 0 and clause.tokens[j].text in _OPENING_QUOTES:
        j -= 1  # "thành lập các “Phòng Thống kê”": the name in quotation marks
    return j >= 0 and clause.phrase(j, "plural_determiners") is not None


def _listed(clause: Clause, body: Arg) -> bool:
    """Whether another body follows ``body`` in a list (``các Sở Văn hóa, Sở Du lịch và Sở Y tế``)."""
    match = clause.match_of(body)
    if match is None:
        return False
    joint = clause.phrase(match.last, "joiners") if match.last < len(clause.tokens) else None
    return bool(joint) and match.last + len(joint) in clause.name_at


def _named_past_head(clause: Clause, body: Arg) -> bool:
    """Whether ``body`` has a capitalised word after its head (``Ban Quản lý rừng phòng hộ Sông Mã``): a body of
    its own, not a kind of body."""
    match = clause.match_of(body)
    if match is None:
        return True
    rest = match.name[len(match.head):].split() if match.name.lower().startswith(match.head.lower()) else []
    fields = lexicon()["fields"]
    i = 0
    while i < len(rest):  # "các Phòng Văn hóa - Xã hội": fields of work name a kind of body, not one body
        field = next((f for f in fields if tuple(w.lower() for w in rest[i:i + len(f)]) == f), None)
        if field:
            i += len(field)
            continue
        if rest[i][:1].isupper():
            return True
        i += 1
    return False


def _brands_only(clause: Clause, body: Arg) -> bool:
    """Whether the list that ``body`` opens is introduced as brands or names (``các thương hiệu A, B``)."""
    match = clause.match_of(body)
    if match is None:
        return False
    j = match.first
    while j > 0 and clause.phrase(j - 1, "plural_determiners"):
        j -= 1
    return clause.phrase_ending(j, "brand_words") is not None
