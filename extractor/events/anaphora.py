"""Subjects that point back: ``Thành phố này sáp nhập với tỉnh B`` speaks of the city named before.

A head noun with a demonstrative right before a trigger (``Trường này được sáp nhập vào Trường B``,
``thành phố đó``) stands for the last body of that kind named earlier in the sentence or in the few
sentences before it; ``hai trường này`` for the last two. Where they are not found, who takes part is
unknown and the event is dropped rather than told with half its members. An owner (``xã A của huyện
này``) is no subject. The object of an ending points back the same way: ``chấm dứt hoạt động của tạp chí
này`` ends the magazine named before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from extractor.events.clause import Arg, Clause, bullet_marks, words
from extractor.events.counts import year_phrase_start
from extractor.events.triggers import ends_before_new_name, find_triggers
from extractor.events.unit_ranks import unit_rank
from extractor.recognize.org_grammar import NameMatch, head_at
from extractor.recognize.org_tokens import lexicon, match_phrase
from extractor.recognize.organizations import name_key

__all__ = ["object_anaphor", "points_back", "resolve_anaphors", "result_anaphor"]

_MAX_PHRASE = 4  # words of the longest filler or head looked at backwards
_MAX_COUNTED_BACK = 4  # most bodies a bare count ("hai tỉnh") may stand for
_MAX_OBJECT_WORDS = 2  # lower-case words between a head and its demonstrative ("tạp chí in này")


def resolve_anaphors(clause: Clause, events: list[dict], earlier: Callable[[], list[Clause]],
                     results: Sequence[Arg] = (), renamed: Mapping[str, Arg] | None = None) -> list[dict]:
    """``events`` of ``clause`` with an anaphoric subject replaced by the body it points back to.

    ``earlier`` gives the clauses of the sentences before, nearest last; it is called only when needed.
    ``results`` are the bodies the article's earlier events came to, in text order: a history told event by
    event (``... đổi tên thành Viện B. ... Viện được đổi tên thành Viện C``) speaks of the body as it last became,
    whatever other bodies of that kind it names in between. ``renamed`` gives the name each body renamed so far
    took: ``Nhà máy A ... đổi tên là Công ty B ... nhà máy đổi tên thành C`` renames B, the factory as it was last
    called.
    """
    kept: list[dict] = []
    for event in events:
        if event.get("history_subject"):
            # "... đổi tên thành B, năm 2007 đổi tên thành C": a step earlier in the sentence counts too
            so_far = [*results, *(e["result"] for e in kept if e["result"] is not None)]
            if event["type"] == "merge":
                # "Tỉnh A được thành lập năm 1965. Năm 1975 hợp nhất với tỉnh B thành tỉnh C": A, the unit of the
                # partner's level the history named last, merges with B
                partner = event["participants"][0]
                level = unit_rank(partner.name)
                units = [a for a in so_far if level is not None and unit_rank(a.name) == level
                         and name_key(a.name) not in {name_key(partner.name), name_key(event["result"].name)}]
                if units:
                    event["participants"] = [units[-1], partner]
                kept.append(event)  # with no such unit, the merge is told with the partner alone
                continue
            # "- Năm 1967: Thành lập Nhà máy A. - Năm 1986: Đổi tên thành Công ty B.": A is renamed B
            # a body, not a unit of land founded in between ("tách tỉnh ra để thành lập tỉnh B")
            levels = {" ".join(p) for p in words("level_suffixes", "org_heads")}
            bodies = [a for a in so_far if not any(name_key(a.name).startswith(f"{level} ") for level in levels)]
            last = bodies[-1] if bodies else None
            if last is not None and name_key(last.name) != name_key(event["result"].name):
                event["participants"] = [last]
                kept.append(event)
            continue
        if event.get("object_anaphor") is not None:
            if _resolve_object(clause, event, earlier):
                kept.append(event)
            continue
        if event.get("result_anaphor") is not None and event["result"] is None:
            if _resolve_result(clause, event, earlier, results) and event.get("into_anaphor"):
                event["participants"] = [*event["participants"], event["result"]]  # merged into the body meant
            if event["result"] is not None or event["type"] != "establish":
                kept.append(event)  # a merge keeps its sources when the body they form is not found
            continue
        if event["count"] is not None and not event["participants"] and (
                counted := _counted_subject(clause, event["k"], event["lo"])) is not None:
            # "Năm 1965, hai tỉnh được sáp nhập thành tỉnh C": the two provinces the sentence before named
            kind, head, count = counted
            found = _last_of_kind([m for m in clause.names if m.last <= head], kind, set(), count)
            if len(found) < count:
                before = earlier()
                found = _last_of_kind(_with_bare_places(before[-1], kind), kind, set(), count) if before else []
            if len(found) == count and count == event["count"]:
                written = " ".join(head_at(clause.tokens, head)[0])
                event["participants"] = [Arg(_headed(m, written), m.start, m.end) for m in found]
            kept.append(event)
            continue
        founded_after = event["type"] == "establish" and event["result"] is not None and (
            event["result"].start is not None and event["result"].start > clause.tokens[event["k"]].start)
        # "Ngân hàng được thành lập 2 phòng giao dịch gồm: A; B": the bank founds them, it is not founded
        anaphor = None if founded_after else _subject_anaphor(clause, event["k"], event["lo"])
        if anaphor is None or (event["count"] is not None and not event["participants"] and anaphor[2] == 1):
            # "cơ quan này sẽ giải thể 43 phòng": who acts on a count of bodies, not one of them
            kept.append(event)
            continue
        if event["type"] == "dissolve" and not event["participants"] and clause.figure_at(event["k_end"]):
            continue  # "ngân hàng này đã đóng cửa 1/7 số phòng giao dịch": a share of its offices, not the bank
        kind, head, count = anaphor
        written = _head_written(clause, head)
        # "Năm 1882, Thư viện đổi tên thành B": a head that may stand alone as a name is no body of its own here
        event["participants"] = [p for p in event["participants"] if p.name.lower() != written]
        if event["type"] == "rename" and event["participants"] and count == 1:
            kept.append(event)  # "trường được đổi tên từ Trường A thành Trường B": the old name is written out
            continue
        taken = {name_key(p.name) for p in event["participants"]}
        if event["result"] is not None:
            taken.add(name_key(event["result"].name))
        became = _last_result(clause, head, results, taken) if count == 1 else None
        bare_founding = event["type"] == "establish" and event["result"] is not None and (
            event["result"].name.lower() == written)
        if became is not None and bare_founding:
            event["result"] = _as_last_named(became, renamed or {}, taken)  # the body the history came to, founded
            kept.append(event)
            continue
        if became is not None:
            event["participants"] = [_as_last_named(became, renamed or {}, taken), *event["participants"]]
            kept.append(event)
            continue
        found = _last_of_kind([m for m in clause.names if m.last <= head], kind, taken, count)
        for context in reversed(earlier()) if len(found) < count else ():
            found = _last_of_kind(context.names, kind, taken, count - len(found)) + found
            if len(found) == count:
                break
        if len(found) < count:
            continue  # "Trường này sáp nhập với Trường B" with no school named before: who merges is unknown
        bodies = [_as_last_named(Arg(m.name, m.start, m.end), renamed or {}, taken) for m in found]
        if event["type"] == "establish" and count == 1 and event["result"] is not None and (
                event["result"].name.lower() == written):
            # "Bảo tàng A nằm ở ... Bảo tàng được thành lập năm 1929": the body pointed back to is what was founded
            event["result"] = bodies[0]
        else:
            event["participants"] = [*bodies, *event["participants"]]
        if count > 1 and event["count"] is None:
            event["count"] = count
        kept.append(event)
    return kept


def _as_last_named(body: Arg, renamed: Mapping[str, Arg], taken: set[str]) -> Arg:
    """``body`` under the name it last took in the article's renames so far (itself when never renamed); a chain
    that comes back to a name already taken by the event stops before it."""
    seen = {name_key(body.name)}
    while (after := renamed.get(name_key(body.name))) is not None and name_key(after.name) not in seen | taken:
        seen.add(name_key(after.name))
        body = after
    return body


def _last_result(clause: Clause, head: int, results: Sequence[Arg], taken: set[str]) -> Arg | None:
    """The last body an earlier event came to whose name opens with the bare head at token ``head``."""
    written = _head_written(clause, head)
    for result in reversed(results):
        if result.name.lower().startswith(written + " ") and name_key(result.name) not in taken:
            return result
    return None


def result_anaphor(clause: Clause, k: int, lo: int) -> tuple[str, int, int] | None:
    """(kind, head index, 1) when the body founded by passive trigger ``k`` is a head that points back.

    ``Ban Quản lý này được thành lập trên cơ sở ...``, ``Thành phố được lập trên cơ sở thị xã A``: the body
    is the one of that kind named just before.
    """
    anaphor = _subject_anaphor(clause, k, lo)
    return anaphor if anaphor is not None and anaphor[2] == 1 else None


def _bare_subject(clause: Clause, j: int, k: int, lo: int, year_after: bool = False) -> tuple[str, int, int] | None:
    """(kind, head index, 1) of a bare head that opens its clause, or follows a comma or a date, as the subject of
    a passive trigger: ``Trung tâm được đổi tên thành ...``, ``ngày 25/2/2016 Trường được sáp nhập vào ...``."""
    # "Tháng 6/1980 Trường đổi tên thành B": a body renames itself, no passive marker needed
    # not "Huyện đổi tên Trường A thành B"; the trigger may carry its marker ("đổi tên là")
    renamed = any(t == k and kind == "rename" and (clause.phrase(k + len(phrase), "result_markers") or (
        ends_before_new_name(phrase))) for t, phrase, kind in find_triggers(clause))
    if not renamed and (j == k or not any(clause.phrase(i, "passive_markers") for i in range(j, k))):
        return None
    for size in range(_MAX_PHRASE, 0, -1):
        start = j - size
        if start < lo or (start in clause.inside and not _bare_head(clause, start, j)):
            continue
        found = head_at(clause.tokens, start) or _standalone_head(clause, start)
        if found is None or len(found[0]) != size:
            continue
        before = clause.tokens[start - 1].text if start > lo else None
        # "Năm 1985 trường đổi tên là B": after a year, a bare head in lower case is the body too
        dated = _after_a_year(clause, start, lo) or year_after
        if not clause.tokens[start].text[:1].isupper() and not dated:
            return None  # "24 trường cao đẳng, trung cấp được sắp xếp": a list of kinds, not a body named before
        # after a comma, a year (not "6 công ty") or a bullet opening the line ("• Viện được thành lập ...")
        if before is None or before in {",", *bullet_marks()} or (before.isdecimal() and len(before) == 4):
            return found[1], start, 1
        return None
    return None


def _head_written(clause: Clause, head: int) -> str:
    """The head at token ``head`` in lower case, as its words are written (``thư viện``)."""
    found = head_at(clause.tokens, head) or _standalone_head(clause, head)
    size = len(found[0]) if found else 1
    return " ".join(t.low for t in clause.tokens[head:head + size])


def _standalone_head(clause: Clause, start: int) -> tuple[tuple[str, ...], str, bool] | None:
    """A head that may stand alone as a name, written in lower case (``thư viện``, ``bảo tàng``): (phrase, kind,
    administrative) as :func:`head_at` gives it, which reads such heads only with a capital."""
    phrase = match_phrase(clause.tokens, start, lexicon()["standalone"])
    if phrase is None or phrase not in lexicon()["heads"]:
        return None
    kind, administrative = lexicon()["heads"][phrase]
    return phrase, kind, administrative


def _bare_head(clause: Clause, start: int, end: int) -> bool:
    """Whether the name at ``start`` is only its head, ending at ``end`` (``Thư viện``, a head that may stand
    alone as a name): written bare as a subject, it points back to the body named before."""
    match = clause.name_at.get(start)
    return match is not None and match.last == end and match.name.lower() == match.head.lower()


def _after_a_year(clause: Clause, start: int, lo: int) -> bool:
    """Whether a year (``năm 1985``, a comma after it or not) stands right before token ``start``."""
    j = start - 1 if start - 1 >= lo and clause.tokens[start - 1].text == "," else start
    year = clause.tokens[j - 1].text if j - 1 >= lo else ""
    return year.isdecimal() and len(year) == 4 and j - 2 >= lo and bool(
        clause.phrase(j - 2, "year_markers", "org_heads"))


def _resolve_result(clause: Clause, event: dict, earlier: Callable[[], list[Clause]],
                    results: Sequence[Arg] = ()) -> bool:
    """Set the result of ``event`` to the body its anaphoric subject points back to; whether it was found.

    A founding told again (``Trường được thành lập ...``) points back to the body an earlier event founded before
    one its sentence only named (``Trường A thành lập trên cơ sở điểm học của Trường B``: A, not B)."""
    kind, head, _ = event["result_anaphor"]
    formed = {name_key(a.name) for a in results} if event["type"] == "establish" else set()
    found = _named_back(clause, kind, head, earlier, {name_key(p.name) for p in event["participants"]}, formed)
    if found is None:
        return False
    event["result"] = found
    return True


def _named_back(clause: Clause, kind: str, head: int, earlier: Callable[[], list[Clause]],
                taken: set[str], formed: set[str] = frozenset()) -> Arg | None:
    """The last body of ``kind`` named before token ``head`` of ``clause``, or in the sentences before it.

    A body written with the very head of the anaphor comes first: ``Phân hiệu này`` is the ``phân hiệu Trường A``
    founded, not ``Trường CĐ B`` named after it, though both are schools."""
    at = head_at(clause.tokens, head)
    written = " ".join(t.low for t in clause.tokens[head:head + len(at[0])]) if at is not None else None
    before: list[list[list[NameMatch]]] = []  # the names of the sentences before, nearest first, read once if needed

    def contexts() -> Iterator[list[NameMatch]]:
        yield [m for m in clause.names if m.last <= head]
        if not before:
            before.append([c.names for c in reversed(earlier())])
        yield from before[0]

    for same_head in (True, False) if written is not None else (False,):
        for names in contexts():
            pool = [m for m in names if m.head.lower() == written] if same_head else names
            # a body an earlier event came to, among those of the nearest sentence, is the one meant
            pool = [m for m in pool if name_key(m.name) in formed] or pool
            found = _last_of_kind(pool, kind, set(taken) if same_head else taken, 1)
            if found:
                return Arg(found[0].name, found[0].start, found[0].end)
    return None


def object_anaphor(clause: Clause, j: int, hi: int) -> tuple[str, int, int] | None:
    """(kind, head index, 1) when the words from ``j`` are a head that points back: ``tạp chí (in) này``.

    A few lower-case words may stand between the head and the demonstrative (``tạp chí in này``). One body
    only: ``các công ty này`` sums up bodies listed before, each told as an event of its own.
    """
    phrase = match_phrase(clause.tokens, j, lexicon()["head_phrases"]) if j < hi and j not in clause.inside else None
    if phrase is None or (j > 0 and clause.phrase_ending(j, "plural_determiners", 0, sizes=(1,))):
        return None  # "giải thể các công ty này": a list told before, whose bodies have their own events
    kind = lexicon()["heads"][phrase][0]  # a head written in lower case, as a noun ("tạp chí")
    end = j + len(phrase)
    for extra in range(_MAX_OBJECT_WORDS + 1):
        i = end + extra
        demonstrative = clause.phrase(i, "demonstratives") if i < hi else None
        if demonstrative and demonstrative != ("trên",):
            return kind, j, 1
        if i >= hi or not clause.tokens[i].text.islower():
            return None
    return None


def _resolve_object(clause: Clause, event: dict, earlier: Callable[[], list[Clause]]) -> bool:
    """Set the participant of ``event`` to the body its anaphoric object points back to; whether it was found."""
    kind, head, _ = event["object_anaphor"]
    found = _named_back(clause, kind, head, earlier, set())
    if found is None:
        return False
    event["participants"] = [found]
    return True


def points_back(clause: Clause, k: int, lo: int) -> bool:
    """Whether the subject of trigger ``k`` points back (``Hai trường này hợp nhất thành Trường C``)."""
    return _subject_anaphor(clause, k, lo) is not None


def _last_of_kind(names: list[NameMatch], kind: str, taken: set[str], count: int) -> list[NameMatch]:
    """The last ``count`` distinct bodies of ``kind`` among ``names``, in text order."""
    found: list[NameMatch] = []
    for m in reversed(names):
        key = name_key(m.name)
        if m.kind == kind and key not in taken and len(found) < count:
            found.insert(0, m)
            taken.add(key)
    return found


def _back_over(clause: Clause, j: int, lo: int, key: str) -> int:
    """Index of the start of a phrase of word list ``key`` that ends right before ``j``, or ``j``."""
    found = clause.phrase_ending(j, key, lo, range(_MAX_PHRASE, 0, -1))
    return j - len(found) if found else j


def _with_bare_places(context: Clause, kind: str) -> list[NameMatch]:
    """The names of ``context`` with its headless provinces read as bodies of ``kind`` (``tỉnh A và B``)."""
    bare = [NameMatch(**{**m.__dict__, "kind": kind}) for m in context.place_at.values()] if kind == "province" else []
    return sorted([*context.names, *bare], key=lambda m: m.first)


def _headed(match: NameMatch, head: str) -> str:
    """A headless province named with the head its count was written with: ``Thái Nguyên`` -> ``tỉnh Thái Nguyên``."""
    return match.name if match.head else f"{head} {match.name}"


def _counted_subject(clause: Clause, k: int, lo: int) -> tuple[str, int, int] | None:
    """(kind, head index, count) of ``hai tỉnh`` opening the clause of trigger ``k`` (across ``được``): a count
    of bodies of one kind without a demonstrative, which may stand for the bodies just named."""
    j = k
    while (back := _back_over(clause, j, lo, "left_fillers")) < j:
        j = back
    for size in range(_MAX_PHRASE, 0, -1):
        head = j - size
        found = head_at(clause.tokens, head) if head > lo else None
        if found is None or len(found[0]) != size or head in clause.inside:
            continue
        count = clause.number(head - 1)
        opens = head - 1 == lo or clause.tokens[head - 2].text == ","
        return (found[1], head, count) if count is not None and 1 < count <= _MAX_COUNTED_BACK and opens else None
    return None


def _subject_anaphor(clause: Clause, k: int, lo: int) -> tuple[str, int, int] | None:
    """(kind, head index, count) of ``[hai] <head> này`` right before trigger ``k``, across ``sẽ được``."""
    j = k
    year_after = False  # "ngân hàng vào năm 1981 đổi tên thành B": the year told between the subject and its verb
    while True:
        if (back := _back_over(clause, j, lo, "left_fillers")) < j:
            j = back
        elif (year := year_phrase_start(clause, j, lo)) is not None:
            j, year_after = year, True
        else:
            break
    demonstrative = _back_over(clause, j, lo, "demonstratives")
    if demonstrative == j:
        return _bare_subject(clause, j, k, lo, year_after)
    if any(i in clause.inside for i in range(demonstrative, j)):
        return None
    for size in range(_MAX_PHRASE, 0, -1):
        head = demonstrative - size
        found = head_at(clause.tokens, head) if head >= lo else None
        if found is None or len(found[0]) != size or head in clause.inside:
            continue
        if head > lo and clause.phrase(head - 1, "attached"):
            return None  # "xã A của huyện này": an owner, not the subject
        count = clause.number(head - 1) if head > lo else None
        return found[1], head, count if count is not None and count > 1 else 1
    return None
