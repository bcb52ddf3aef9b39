"""Trigger words of restructuring events, found in the tokens of one sentence.

Triggers come from ``triggers.yaml`` by event type, longest first (``sáp nhập``, ``hợp nhất``, ``giải thể``).
A word next to a trigger can make it another word (``thu nhập``, ``nhập khẩu``), and a negator before it
(``không sáp nhập``) states that no event happens. Two triggers joined (``sắp xếp, hợp nhất``) share what
stands before the first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extractor.events.clause import Clause, words
from extractor.lang.vi import event_lexicon
from extractor.recognize.org_tokens import match_phrase

__all__ = ["agent_clause", "agentive", "bounds", "coordinated_start", "ends_before_new_name", "find_triggers",
           "negated", "prefilter", "triggers"]

_LISTED_MEMBER_WORDS = 16  # words of one member of a list parted by semicolons


@functools.cache
def triggers() -> list[tuple[tuple[str, ...], str]]:
    pairs = [(tuple(w.lower().split()), kind) for kind, ws in event_lexicon()["events"].items() for w in ws]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@functools.cache
def prefilter() -> regex.Pattern:
    """Every trigger in one alternation, longest first, so a match at a position is its longest trigger."""
    phrases = sorted({p for p, _ in triggers()}, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(regex.escape, p)) for p in phrases)
    return regex.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", regex.IGNORECASE)


@functools.cache
def _kind_of() -> dict[tuple[str, ...], str]:
    return {phrase: kind for phrase, kind in reversed(triggers())}


@dataclass(frozen=True)
class _WordSets:
    """The word lists :func:`find_triggers` checks a trigger's neighbours against, lower-cased once."""

    not_after: frozenset[str]
    by_kind: dict[str, frozenset[str]]
    by_trigger: dict[str, frozenset[tuple[str, ...]]]
    after_word: dict[str, frozenset[str]]
    passive_only: frozenset[tuple[str, ...]]
    active_before_names: frozenset[tuple[str, ...]]
    bound_before: frozenset[str]
    measure_only: frozenset[tuple[str, ...]]
    closing_only: frozenset[tuple[str, ...]]
    object_first: frozenset[tuple[str, ...]]
    new_units_only: frozenset[tuple[str, ...]]
    basis_only: frozenset[tuple[str, ...]]


@functools.cache
def _word_sets() -> _WordSets:
    lex = event_lexicon()

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lex[key])

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(w.lower().split()) for w in lex[key])

    return _WordSets(
        not_after=words("not_after"),
        by_kind={kind: frozenset(w.lower() for w in ws) for kind, ws in lex["not_after_by_type"].items()},
        by_trigger={t.lower(): frozenset(tuple(w.lower().split()) for w in ws)
                    for t, ws in lex["not_before_by_trigger"].items()},
        after_word={t.lower(): frozenset(w.lower() for w in ws) for t, ws in lex["not_after_by_trigger"].items()},
        passive_only=phrases("passive_only"),
        active_before_names=phrases("active_before_names"),
        bound_before=words("bound_before_active"),
        measure_only=phrases("measure_only"),
        closing_only=phrases("office_closing_only"),
        object_first=phrases("object_first"),
        new_units_only=phrases("new_units_only"),
        basis_only=phrases("basis_only"),
    )


@functools.lru_cache(maxsize=64)
def find_triggers(clause: Clause) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    """(token index, phrase, event type) of every trigger of ``clause``, in text order.

    One overlapped search of :func:`prefilter` yields the longest trigger at each position; a trigger
    that a neighbouring word turns into another word is dropped and the search goes on inside it.
    Several frames of one sentence ask for its triggers, so they are found once per clause (a clause
    compares by identity).
    """
    w = _word_sets()
    not_after, by_kind, by_trigger, after_word = w.not_after, w.by_kind, w.by_trigger, w.after_word
    passive_only, active_before_names, bound_before = w.passive_only, w.active_before_names, w.bound_before
    measure_only, closing_only, object_first = w.measure_only, w.closing_only, w.object_first
    tokens = clause.tokens
    at = {tok.start - clause.offset: i for i, tok in enumerate(tokens)}
    kinds = _kind_of()
    found = []
    k = 0
    for m in prefilter().finditer(clause.text, overlapped=True):
        first = at.get(m.start())
        if first is None or first < k or first in clause.inside:
            continue
        phrase = tuple(m.group().lower().split())
        after = first + len(phrase)
        if after > len(tokens) or tokens[after - 1].end - clause.offset != m.end() or phrase not in kinds:
            continue
        lower_after = after < len(tokens) and not tokens[after].text[:1].isupper()
        # a name's last word is no verb the trigger could finish: "Bệnh viện Quy Hòa chuyển về ..." ("hòa nhập")
        # ... nor a capitalised word inside the sentence ("Tây Hòa sáp nhập"): verbs are written in lower case
        before = tokens[first - 1] if first > 0 else None
        # "thu nhập", "gia nhập": one syllable joins the word before it; "sự hợp nhất" is the act named as a noun
        joined = len(phrase) == 1 and before is not None and before.low in not_after and (
            first - 1 not in clause.inside) and (
            first == 1 or not before.text[:1].isupper()) and not _verb_before(clause, first)
        kind = kinds[phrase]
        # "kỷ niệm 80 năm thành lập Bộ A": an anniversary, "loại bỏ" another verb; "nhập từ Công ty A": goods bought
        dated = first > 0 and (tokens[first - 1].low in by_kind.get(kind, ())
                               or tokens[first - 1].low in after_word.get(" ".join(phrase), ())
                               # of two words: "tạm thời đóng cửa" closes for a while
                               or (first > 1 and f"{tokens[first - 2].low} {tokens[first - 1].low}" in by_kind.get(
                                   kind, ())))
        # ... unless a name starts there: "đổi thành Công ty A" renames ("đổi thành công" succeeds)
        bought = not (after in clause.name_at and tokens[after].text[:1].isupper()) and any(
            tuple(t.low for t in tokens[after:after + len(words)]) == words and not _unit_of_land_at(
                clause, after + len(words)) for words in by_trigger.get(" ".join(phrase), ()))
        # "được lập trên cơ sở ...": a body is founded; "lập kế hoạch": a plan is drawn up
        # "về việc lập Bộ A": the act named as a noun founds the body named after it
        nominal = first > 0 and clause.phrase(first - 1, "nominal_markers") and after in clause.name_at
        # "TP.HCM lập Ban Chỉ đạo A": a body named with a capitalised head right after it is founded ("lập kế hoạch",
        # "lập hồ sơ" draw up papers, written in lower case)
        founds_named = phrase in active_before_names and after in clause.name_at and (
            tokens[after].text[:1].isupper()) and not clause.name_at[after].administrative and not (
            before is not None and before.low in bound_before)
        # "A là đơn vị hình thành trên cơ sở hợp nhất B và C": a basis after it makes it a founding without "được"
        active = phrase in passive_only and not nominal and not founds_named and (
            (not (first > 0 and clause.phrase(first - 1, "passive_markers")) and not (
                after < len(tokens) and clause.phrase(after, "establish_basis")))
            or (after < len(tokens) and tokens[after].text[:1].isalpha()
                and not clause.phrase(after, "passive_only_followers")))
        # "điều chỉnh diện tích tự nhiên của xã A vào xã B": land and people moved; any other adjustment is none
        # the whole unit, not so many hectares of it; nor the basis of a unit founded ("trên cơ sở điều chỉnh ...")
        # and only into another unit: "điều chỉnh diện tích tự nhiên và dân số xã A, xã B" redraws their boundary
        unmeasured = phrase in measure_only and (not (clause.phrase(after, "whole_measures") or _wholes_of_a_part(
            clause, after)) or bool(
            clause.phrase_ending(first, "establish_basis", max(0, first - 4))) or not _into_after(clause, after))
        # "5 hợp tác xã ngừng hoạt động trong thời gian dài đã giải thể": a stop that lasts describes the bodies
        lasting = kind == "dissolve" and bool(clause.phrase(after, "lasting_states"))
        # "đóng 5 phòng giao dịch", "đóng Phòng giao dịch A": offices closed by number or by name; "đóng góp",
        # "đóng trụ sở" are other verbs
        unclosed = phrase in closing_only and not (
            clause.number(after) is not None and clause.phrase(after + 1, "closed_offices")) and not (
            after in clause.name_at and clause.phrase(after, "closed_offices"))
        # "đổi huyện A thành B" acts on a body; "sau khi đổi:" names the act
        objectless = phrase in object_first and after not in clause.name_at
        # "có thêm 4 phường là: A, B": new local units; "có thêm 5 xã đạt chuẩn": units that reached a standard
        no_new_units = phrase in w.new_units_only and not _new_units_after(clause, after)
        # "được tổ chức trên cơ sở hợp nhất ...": organised on a basis founds; "tổ chức hội nghị" holds a meeting
        baseless = phrase in w.basis_only and not (after < len(tokens) and clause.phrase(after, "establish_basis"))
        if joined or dated or bought or active or unmeasured or lasting or unclosed or objectless or no_new_units or (
                baseless) or (
                _labels_name(clause, first, after)) or (
                lower_after and clause.phrase(after, "not_before")):
            continue
        found.append((first, phrase, kind))
        k = after
    return tuple(found)


def _new_units_after(clause: Clause, j: int) -> bool:
    """Whether local units gained are named or counted right from token ``j``: a local unit's name (``thành phố A``),
    or a number and a noun for local units followed by their names, a word that lists or calls them new, or the end
    of the clause (``4 phường là: A, B``, ``2 thị xã mới``)."""
    tokens = clause.tokens
    if j in clause.name_at:
        # "CÓ THÊM THỊ XÃ MỚI" in a shouted headline: the word for new, capitalised, names no unit
        match = clause.name_at[j]
        return match.administrative and not match_phrase(tokens, match.last - 1, words("new_units_followers"))
    if j >= len(tokens) or clause.number(j) is None:
        return False
    noun = clause.phrase(j + 1, "local_unit_nouns")
    if not noun:
        return False
    after = j + 1 + len(noun)
    # the words are read as they stand: "4 phường: A, B" may be read as names of the units already
    return after >= len(tokens) or tokens[after].text in {".", ";"} or tokens[after].text[:1].isupper() or bool(
        match_phrase(tokens, after, words("new_units_followers")))


def _labels_name(clause: Clause, first: int, after: int) -> bool:
    """``xã A (giải thể)``, ``Trường B (đã sáp nhập)``: a trigger alone in brackets after a name labels that body by
    what happened to it, told elsewhere; it states no event of its own."""
    tokens = clause.tokens
    if after >= len(tokens) or tokens[after].text != ")":
        return False
    opening = first - 1 if first > 0 and tokens[first - 1].text == "(" else first - 2
    if opening < 1 or tokens[opening].text != "(" or (opening < first - 1 and not tokens[first - 1].text.islower()):
        return False
    return any(match.last == opening for match in clause.names)


def _into_after(clause: Clause, k: int) -> bool:
    """Whether a word saying what a unit goes into (``vào``) follows token ``k`` before the clause ends."""
    for j in range(k, len(clause.tokens)):
        if clause.tokens[j].text == ";":
            return False
        if clause.phrase(j, "into_markers"):
            return True
    return False


def _verb_before(clause: Clause, k: int) -> bool:
    """``đề xuất chuyển``: the word before the trigger closes a verb of its own, so it forms no word with it."""
    return any(k - len(p) >= 0 and clause.phrase(k - len(p), "verbs_before") == p for p in _verbs_before())


@functools.cache
def _verbs_before() -> tuple[tuple[str, ...], ...]:
    return tuple({tuple(w.lower().split()) for w in event_lexicon()["verbs_before"]})


def bounds(clause: Clause, k: int) -> tuple[int, int]:
    """The clause around token ``k``: between semicolons, save those that part the members of a list opened by a
    colon after the trigger (``bàn giao ba đơn vị, gồm: Cục A; Cục B; Cục C về Bộ D``)."""
    lo, hi = 0, len(clause.tokens)
    depth = 0  # "hợp nhất 3 cục (Cục A; Cục B; Cục C)": semicolons in brackets part the members of one list
    for i, tok in enumerate(clause.tokens):
        depth += (tok.text == "(") - (tok.text == ")" and depth > 0)
        if tok.text == ";" and depth == 0:
            if i < k:
                lo = i + 1
            elif i > k:
                hi = i
                break
    colon = next((i for i in range(k, hi) if clause.tokens[i].text == ":"), None)
    start = colon
    while colon is not None and hi < len(clause.tokens) and hi - start <= _LISTED_MEMBER_WORDS and (
            hi + 1 in clause.name_at):
        start = hi
        hi = next((i for i in range(hi + 1, len(clause.tokens)) if clause.tokens[i].text == ";"), len(clause.tokens))
    if colon is None and hi < len(clause.tokens):
        hi = _names_listed_on(clause, k, hi)
    return lo, hi


def _names_listed_on(clause: Clause, k: int, hi: int) -> int:
    """``hợp nhất Trung tâm A; Trung tâm B; Trung tâm C thành D``: where the trigger's object is a name that closes its
    part, and the parts after it open with a name and hold no trigger of their own, they list more members."""
    others: set[int] | None = None
    while hi + 1 < len(clause.tokens) and hi + 1 in clause.name_at and _name_closes(clause, k, hi):
        others = {t for t, _, _ in find_triggers(clause)} if others is None else others
        nxt = next((i for i in range(hi + 1, len(clause.tokens)) if clause.tokens[i].text == ";"), len(clause.tokens))
        if any(hi < t < nxt for t in others) or nxt - hi > _LISTED_MEMBER_WORDS:
            break
        # the part is the member alone, or the member and where the list goes ("Trung tâm C thành D")
        after = clause.name_at[hi + 1].last
        if after < nxt and clause.tokens[after].text not in {".", "!", "?"} and not (
                clause.phrase(after, "result_markers") or clause.phrase(after, "into_markers")):
            break
        hi = nxt
    return hi


def _name_closes(clause: Clause, k: int, hi: int) -> bool:
    """Whether a name after the trigger at ``k`` ends right before the semicolon at ``hi``."""
    return any(k < first and match.last == hi for first, match in clause.name_at.items())


def negated(clause: Clause, k: int, lo: int) -> bool:
    """``không sáp nhập A``: no event; nor ``nếu sáp nhập A vào B thì ...``, a condition, not a fact."""
    # a comma that goes on with a list ("hai, hoặc ba xã") does not end the condition before it
    start = max([lo, *(j + 1 for j in range(lo, k) if clause.tokens[j].text == "," and not (
        clause.phrase(j + 1, "member_separators") or clause.phrase(j + 1, "alternatives")))])
    if any(clause.phrase(j, "hypothetical") and not clause.phrase(j, "not_hypothetical") for j in range(start, k)):
        return True
    # "tạm dừng thực hiện Đề án ... về thành lập Báo A": halted, not done; a clause after a semicolon that opens with
    # "và" goes on with what the verb before it halts ("tạm dừng ... Đề án A; và Quyết định B về thành lập C")
    since = 0 if lo > 0 and clause.phrase(lo, "member_separators") else lo
    if any(clause.phrase(j, "suspension_markers") or clause.phrase(j, "unfound_records") for j in range(since, k)):
        return True  # "không tìm thấy quyết định đổi tên A thành B": no record of it either
    if k - 1 > start and clause.phrase(k - 1, "purpose_markers") and any(
            clause.phrase(j, "unmet_grounds") for j in range(start, k - 1)):
        return True  # "chưa đủ cơ sở để hợp nhất A và B": the grounds for it are lacking
    if k - 1 > start and clause.phrase(k - 1, "purpose_markers") and any(
            (neg := clause.phrase(j, "negators")) and not clause.phrase(j + len(neg), "negation_openers")
            for j in range(start, k - 1)):
        return True  # "không cắt phần diện tích của xã A để nhập vào xã B": what the act not done was for
    for size in (1, 2, 3, 4):
        if k - size >= lo and clause.phrase(k - size, "negators") and k - size + len(
                clause.phrase(k - size, "negators")) >= k - 1:
            return True
    # "chưa từng bị sáp nhập hoặc chia tách": the negation of the first of verbs joined by "hoặc" or "và" holds for the
    # others ("không sáp nhập, giải thể A": after a comma the next verb may say what is done instead)
    first = coordinated_start(clause, k, lo)
    return first < k and clause.phrase(k - 1, "negation_carriers") is not None and negated(clause, first, lo)


def coordinated_start(clause: Clause, k: int, lo: int) -> int:
    """``sắp xếp, hợp nhất``: two triggers joined share what stands before the first."""
    changed = True
    while changed:
        changed = False
        if k - 1 > lo and clause.phrase(k - 1, "joiners"):
            for phrase, _ in triggers():
                start = k - 1 - len(phrase)
                if start >= lo and all(clause.tokens[start + i].low == w for i, w in enumerate(phrase)):
                    k, changed = start, True
                    break
    return k


def coordinated_end(clause: Clause, j: int) -> int:
    """Index after the triggers joined on at ``j`` (``sáp nhập, hợp nhất là 36 xã``: what follows the last is said
    of the first too); ``j`` when none is."""
    n = len(clause.tokens)
    while j + 1 < n and clause.phrase(j, "joiners"):
        joined = next((phrase for phrase, _ in triggers() if all(
            j + 1 + i < n and clause.tokens[j + 1 + i].low == w for i, w in enumerate(phrase))), None)
        if joined is None:
            break
        j += 1 + len(joined)
    return j


def agentive(clause: Clause, first: int) -> bool:
    """Whether the name at token ``first`` follows ``do``/``bởi``: the agent of the verb after it, not its object."""
    return first > 0 and bool(clause.phrase(first - 1, "agent_markers"))


def agent_clause(clause: Clause, k: int, lo: int) -> bool:
    """``... do Ban Bí thư thành lập``: the trigger at ``k`` tells who made a body named before, in passing."""
    left, first = clause.left_list(k, lo)
    return bool(left) and first is not None and agentive(clause, first)


def _wholes_of_a_part(clause: Clause, j: int) -> bool:
    """Whether a part of a unit told at ``j`` is told as whole units of it (``điều chỉnh một phần huyện A gồm toàn bộ
    diện tích tự nhiên và dân số của các xã B, C vào thị xã D``): the communes move whole."""
    part = clause.phrase(j, "part_markers")
    body = clause.name_at.get(j + len(part)) if part else None
    if body is None:
        return False
    listing = clause.phrase(body.last, "list_introducers")
    return bool(listing) and bool(clause.phrase(body.last + len(listing), "whole_measures"))


def _unit_of_land_at(clause: Clause, j: int) -> bool:
    """Whether a unit of land is named at token ``j``: goods come "nhập từ Công ty A", a ward "nhập từ phường B"."""
    if clause.number(j) is not None and clause.phrase(j + 1, "local_unit_nouns"):
        return True  # "nhập từ 4 xã A, B, C, D"
    match = clause.name_at.get(j)
    return match is not None and match.administrative


def ends_before_new_name(phrase: tuple[str, ...]) -> bool:
    """Whether a renaming trigger ends with the words its new name follows (``đổi thành``, ``chuyển sang tên gọi``:
    ``naming_trigger_ends``), so the name stands right after it; ``đổi tên`` needs ``thành`` after it."""
    return any(phrase[-len(end):] == end for end in words("naming_trigger_ends"))
