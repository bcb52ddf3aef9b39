"""Mentions of one restructuring event told again in the same article are one event.

A headline says ``Sáp nhập 32 trường mầm non``, the lead says it again and the body repeats it: the
article reports one merge. Two mentions are the same event when they have the same type and

- the same participants (as a set of names), or
- no participants but the same count of units, and they do not belong to two different bodies
  (``Cục Thuế A hợp nhất 4 chi cục`` and ``Cục Thuế B hợp nhất 4 chi cục`` are two events), or
- no participants and no count but the same resulting body (``thành lập thị trấn A`` twice);
- for an establishment, the same body established, whether or not a mention names its source
  (``thành lập phường A`` in the headline, ``thành lập phường A trên cơ sở xã A`` in the body).

An establishment that names no source is dropped when a merge of the article forms the same body:
``thành lập Trung tâm C`` and ``hợp nhất A và B thành Trung tâm C`` tell one event. So is a merge that
names one body only, when another merge of the article names it with its partner.

The first mention is kept (the headline, when the headline states it); a later mention only fills in
what the first one left empty.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from typing import Any

import regex

from extractor.events.clause import Arg, bodies_moved, words
from extractor.lang.vi import event_lexicon, load
from extractor.recognize.org_tokens import lexicon
from extractor.recognize.organizations import name_key
from extractor.recognize.unit_heads import written_out_head

__all__ = ["event_identity", "holder", "merge_mentions"]


def event_identity(event: dict, short_names: dict[str, str] | None = None) -> tuple:
    """What a mention says happened, without where it is written: (type, participants, count, result).

    ``short_names`` maps the key of a body's short name, given in brackets after its full name somewhere in the
    article (``Ngân hàng A (MHB)``), to the key of the full name: ``sáp nhập MHB vào BIDV`` tells the merge again.
    """
    short_names = short_names or {}

    def key(name: str) -> str:
        written = name_key(name)
        return short_names.get(written, written)

    participants = frozenset(key(p.name) for p in event["participants"])
    result = key(event["result"].name) if event["result"] is not None else None
    if event["type"] == "establish" and result is not None and event["count"] is None:
        # "Đài Phát thanh - Truyền hình tỉnh A" and "Đài Phát thanh - Truyền hình A": a body of the province is named
        # with or without the word for its level
        return event["type"], frozenset(), None, _without_province_word(result)
    if participants:
        return event["type"], participants, None, None
    return event["type"], participants, event["count"], None if event["count"] is not None else result


def holder(clause: Any, event: dict) -> str | None:
    """The body an event is told of: the last name before the trigger in its clause, not a participant.

    ``Cục Thuế A hợp nhất 4 chi cục thuế`` -> ``cục thuế a``.
    """
    taken = {a.start for a in event["participants"]}
    before = [m for m in clause.names if m.first >= event["lo"] and m.last <= event["k"] and m.start not in taken]
    return name_key(before[-1].name) if before else None


_NUMBERED_UNIT = regex.compile(r"^\p{L}+(?: \p{L}+)? \d+\p{Ll}?$")  # "phường 9", "tổ dân phố 5a"


def _numbered_scope(event: dict, clause: Any) -> str | None:
    """The unit a sentence opens with when the event's bodies are known by numbers only: ``Quận 3 sáp nhập phường 9,
    10 thành phường 9`` and ``Quận 4 ... phường 9, 10 thành phường 9`` are two merges, each district numbering its own
    wards (None for bodies with names of their own)."""
    names = [a.name for a in [*event["participants"], event["result"]] if a is not None]
    if not names or not all(_NUMBERED_UNIT.match(name) for name in names):
        return None
    kind = names[0].split()[0].lower()
    scope = next((m for m in clause.names if m.administrative and m.name.split()[0].lower() != kind), None)
    return name_key(scope.name) if scope is not None else None


def _same_holder(a: str | None, b: str | None) -> bool:
    """Whether two mentions may be told of the same body: ``Cục Thuế A`` and ``Cục Thuế B`` are two bodies of
    one kind, each with its own count; ``Kho bạc Nhà nước`` and ``Bộ Tài chính`` (that decides for it) are not
    rivals, so the same count told of each is one event. Two brands (``Vietcombank``, ``Sacombank``, one word
    each) are two bodies of one kind; ``UBND tỉnh`` after ``UBND tỉnh A`` is A's."""
    if a is None or b is None or a == b:
        return True
    shorter, longer = sorted((_bare_head_written_out(a), _bare_head_written_out(b)), key=len)
    if longer.startswith(shorter + " "):
        return True  # "UBND tỉnh", "UBND TP" after "UBND tỉnh A": the same body, its place left out the second time
    first_a, first_b = a.split(), b.split()
    return first_a[:1] != first_b[:1] and not (len(first_a) == 1 and len(first_b) == 1)


def _bare_head_written_out(key: str) -> str:
    """A holder's key with a unit's head written short at its end written out (``ủy ban nhân dân tp``)."""
    head, _, last = key.rpartition(" ")
    written = written_out_head(last)
    return f"{head} {written}" if head and written else key


def merge_mentions(mentions: list[tuple[dict, Any]], short_names: dict[str, str] | None = None,
                   ) -> list[tuple[dict, Any]]:
    """Keep one mention per event; ``mentions`` are (event, context) pairs in text order.

    Each event carries ``holder``: the name key of the body it is told of (``Cục Thuế A`` in
    ``Cục Thuế A hợp nhất 4 chi cục thuế``), or None. ``short_names``: see :func:`event_identity`.
    """
    short_names = short_names or {}
    _handovers_of_merges([event for event, _ in mentions])
    _results_from_foundings([event for event, _ in mentions])
    kept: list[tuple[dict, Any]] = []
    by_identity: dict[tuple, list[tuple[dict, Any]]] = {}
    scopes: dict[int, str | None] = {}
    for event, context in mentions:
        identity = event_identity(event, short_names)
        scopes[id(event)] = scope = _numbered_scope(event, context[0])
        empty = not identity[1] and identity[2] is None and identity[3] is None
        # named participants or a named result identify an event on their own; the body it is told of parts
        # counted events only (and the district wards known by number belong to)
        named = bool(identity[1]) or identity[3] is not None
        earlier = None if empty else next(
            (m for m in by_identity.get(identity, []) if (named or _same_holder(m[0]["holder"], event["holder"]))
             and _same_holder(scopes[id(m[0])], scope)), None)
        if earlier is None:
            pair = (event, context)
            kept.append(pair)
            by_identity.setdefault(identity, []).append(pair)
            continue
        first = earlier[0]
        _write_out(first, event, short_names)
        if first["result"] is None and event["result"] is not None:
            first["result"] = event["result"]
        if not first["participants"] and event["participants"]:
            first["participants"] = event["participants"]
        if first["holder"] is None:
            first["holder"] = event["holder"]
    kept = _fold_placed_names(kept)
    kept = _fold_merges_told_again(kept)
    kept = _fold_receivers_told_again(kept, short_names)
    kept = _fold_transfers_told_again(kept)
    kept = [(e, c) for e, c in kept if not _rounded_elsewhere(e, c, [k for k, _ in kept])]
    kept = [(e, c) for e, c in kept if not _ended_by_a_merge(e, c, [k for k, _ in kept])]
    return [(e, c) for e, c in kept if not _told_elsewhere(e, [k for k, _ in kept], short_names)]


_ALIKE_NAMES = 0.92  # how alike two spellings of one body must be (a slip of a letter or two)


def _fold_merges_told_again(kept: list[tuple[dict, Any]]) -> list[tuple[dict, Any]]:
    """``sáp nhập 2 chi bộ A và B`` and later ``việc sáp nhập 2 chi bộ B và A'`` into the same body: one merge, its
    bodies written again in another order, shorter or with a slip of a letter."""
    def again(earlier: dict, event: dict) -> bool:
        return earlier["type"] == event["type"] == "merge" and earlier["result"] is not None and (
            event["result"] is not None and name_key(earlier["result"].name) == name_key(event["result"].name)
            and len(earlier["participants"]) == len(event["participants"]) >= 2
            and all(any(_alike(p.name, q.name) for q in earlier["participants"]) for p in event["participants"])
            # the same names again are read by identity, which knows the scope of wards known by number
            and {name_key(p.name) for p in earlier["participants"]}
            != {name_key(p.name) for p in event["participants"]})

    return _fold_told_again(kept, again)


def _fold_receivers_told_again(kept: list[tuple[dict, Any]], short_names: dict[str, str]) -> list[tuple[dict, Any]]:
    """``sáp nhập A, B vào Công ty mẹ - Tập đoàn C`` and later ``sáp nhập A, B vào Công ty mẹ - C``: the same bodies
    merged into a receiver of the same head written two ways are one merge (the first mention kept)."""
    def moved(event: dict) -> frozenset[str]:
        receiver = name_key(event["result"].name)
        keys = (name_key(p.name) for p in event["participants"])
        return frozenset(short_names.get(k, k) for k in keys if k != receiver)

    def again(earlier: dict, event: dict) -> bool:
        if not (earlier["type"] == event["type"] == "merge" and earlier["result"] is not None
                and event["result"] is not None):
            return False
        heads = name_key(earlier["result"].name).split()[:1], name_key(event["result"].name).split()[:1]
        bodies = moved(earlier)
        return heads[0] == heads[1] and len(bodies) >= 2 and bodies == moved(event)

    return _fold_told_again(kept, again)


def _fold_transfers_told_again(kept: list[tuple[dict, Any]]) -> list[tuple[dict, Any]]:
    """``Phường A tiếp nhận Đảng bộ B`` in the headline and ``Đảng ủy phường A tiếp nhận Đảng bộ B`` in the body:
    one transfer of the same bodies to a receiver named shorter once; the fuller name is kept."""
    def again(earlier: dict, event: dict) -> bool:
        return earlier["type"] == event["type"] == "transfer" and (
            len(earlier["participants"]) == len(event["participants"]) >= 2
            and earlier["result"] is not None and event["result"] is not None
            and [name_key(p.name) for p in earlier["participants"][:-1]]
            == [name_key(p.name) for p in event["participants"][:-1]]
            and _within(earlier["result"].name, event["result"].name))

    def fuller_receiver(earlier: dict, event: dict) -> None:
        if len(event["result"].name) > len(earlier["result"].name):
            earlier["result"] = event["result"]
            earlier["participants"] = [*earlier["participants"][:-1], event["participants"][-1]]

    return _fold_told_again(kept, again, fuller_receiver)


def _fold_told_again(kept: list[tuple[dict, Any]], again: Callable[[dict, dict], bool],
                     keep: Callable[[dict, dict], None] | None = None) -> list[tuple[dict, Any]]:
    """``kept`` without each event that ``again`` says an earlier kept one told already; ``keep`` takes what the
    later mention adds into the earlier one."""
    folded: list[tuple[dict, Any]] = []
    for event, context in kept:
        earlier = next((e for e, _ in folded if again(e, event)), None)
        if earlier is None:
            folded.append((event, context))
        elif keep is not None:
            keep(earlier, event)
    return folded


def _within(one: str, other: str) -> bool:
    """Whether one name holds the other whole (``phường A`` in ``Đảng ủy phường A``)."""
    a, b = name_key(one), name_key(other)
    return a == b or f" {a}" in f" {b}" or f" {b}" in f" {a}"


def _alike(one: str, other: str) -> bool:
    """Whether two names are one body written twice: one opens the other, or they differ by a slip."""
    a, b = name_key(one), name_key(other)
    return a.startswith(b) or b.startswith(a) or difflib.SequenceMatcher(None, a, b).ratio() >= _ALIKE_NAMES


def _fold_placed_names(kept: list[tuple[dict, Any]]) -> list[tuple[dict, Any]]:
    """``Bàn giao Bệnh viện A về UBND TP.HCM`` in the headline and ``bàn giao Bệnh viện A TP.HCM về UBND TP.HCM`` in
    the body: the same bodies, one named with its place added, are one event (the first mention kept, with the
    longer names). Abbreviated names (``Trung tâm Dân số – KHHGĐ``) are not folded: the referee counts them apart."""
    out: list[tuple[dict, Any]] = []
    for event, context in kept:
        earlier = next((e for e, _ in out if _placed_twin(e, event)), None)
        if earlier is None:
            out.append((event, context))
            continue
        _longer_names(earlier, event)
        if earlier["result"] is None:
            earlier["result"] = event["result"]
        if earlier["count"] is None:
            earlier["count"] = event["count"]
    return out


def _placed_twin(a: dict, b: dict) -> bool:
    """Whether ``a`` and ``b`` tell one event, body by body the same name or one with a place added."""
    if a["type"] != b["type"] or not a["participants"] or len(a["participants"]) != len(b["participants"]):
        return False
    if None not in (a["count"], b["count"]) and a["count"] != b["count"]:
        return False  # "Trước khi sáp nhập A - B" in the headline, "hai tỉnh A và tỉnh B" in the body: one merge
    # "Hợp nhất A và B" in the headline, "hợp nhất A và B thành C" in the body: a merge told once without what it forms
    untold = a["type"] == "merge" and None in (a["result"], b["result"])
    if (a["result"] is None) != (b["result"] is None) and not untold:
        return False
    if a["result"] is not None and b["result"] is not None and not _with_place(a["result"].name, b["result"].name):
        return False
    # paired in the order of their names without the province word: "tỉnh A" in one mention is "A" in the other
    pairs = zip(sorted(a["participants"], key=lambda p: _ungoverned(_placeless(name_key(p.name)))),
                sorted(b["participants"], key=lambda p: _ungoverned(_placeless(name_key(p.name)))), strict=True)
    same = [_with_place(x.name, y.name) for x, y in pairs]
    return all(same) and event_identity(a) != event_identity(b)


def _with_place(a: str, b: str) -> bool:
    """Whether two names are one, or one is the other with words (a place) added at its end."""
    # "... xây dựng Quảng Nam" in the headline is "... xây dựng tỉnh Quảng Nam" in the body
    if _another_field(a, b) or _another_field(b, a):
        return False  # "Hội A tỉnh B - C" is no "Hội A tỉnh B" with a place added: what is joined makes another
    short, long = sorted((_placeless(_fields_unjoined(a)), _placeless(_fields_unjoined(b))), key=len)
    if short == long or long.startswith(short + " "):
        return True
    # "chuyển giao MobiFone về Bộ A" in the headline is "... Tổng công ty Viễn thông MobiFone ..." in the body: a
    # brand, one word with capitals inside, named after the words for its kind
    brand = min((a, b), key=len).strip()
    if " " not in brand and brand.isascii() and any(c.isupper() for c in brand[1:]) and long.endswith(" " + short):
        return True
    # "chuyển giao A cho tỉnh B" in the headline is "... cho UBND tỉnh B" in the body: a unit's council stands for it
    return _ungoverned(short) == _ungoverned(long)


def _ungoverned(key: str) -> str:
    """A name key without the council that opens it (``ubnd tỉnh a`` -> ``tỉnh a``)."""
    for council in words("unit_councils"):
        prefix = " ".join(council) + " "
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def _fields_unjoined(name: str) -> str:
    """A name key without what joins its fields: ``Phát thanh - Truyền hình`` is ``Phát thanh và Truyền hình``."""
    return _without_joints(name_key(name))


def _without_joints(key: str) -> str:
    joints = {" ".join(p) for p in words("field_joints")}
    return " ".join(w for w in key.split() if w not in joints)


def _longer_names(first: dict, later: dict) -> None:
    """Names of ``first`` that ``later`` writes with a place added take the longer form."""
    def key(arg: Arg) -> str:
        return _placeless(name_key(arg.name))

    def pick(arg: Arg | None, among: list[Arg | None]) -> Arg | None:
        if arg is None:
            return None
        # with a place added, or the province word ("... xây dựng tỉnh A" for "... xây dựng A")
        other = next((o for o in among if o is not None and (key(o).startswith(key(arg) + " ") or (
            _ungoverned(key(o)) == _ungoverned(key(arg)) and len(o.name) > len(arg.name)) or (
            len(o.name) > len(arg.name) and _with_place(o.name, arg.name)))), None)
        return other if other is not None else arg

    # a body's longer name among the bodies, the result's among the results: "Ban A" is not "Ban A - B" it forms
    first["participants"] = [pick(a, later["participants"]) for a in first["participants"]]
    first["result"] = pick(first["result"], [later["result"]])


def _handovers_of_merges(events: list[dict]) -> None:
    """``bàn giao Trung tâm A sang Trung tâm B`` in an article that tells ``hợp nhất Trung tâm A vào Trung tâm B``:
    the handover is how the merge is carried out, so it is told as the merge (and is one with it when the names
    are written the same way)."""
    merges = [e for e in events if e["type"] == "merge" and e["result"] is not None and len(e["participants"]) >= 2]
    for event in events:
        if event["type"] != "transfer" or event["result"] is None or len(event["participants"]) != 2:
            continue
        moved, receiver = event["participants"][0].name, event["result"].name
        if any(_same_body(receiver, m["result"].name) and any(
                _same_body(moved, p.name) for p in bodies_moved(m["participants"], m["result"]))
               for m in merges):
            event["type"] = "merge"


def _results_from_foundings(events: list[dict]) -> None:
    """``Thành lập Hội C`` in the headline and ``hợp nhất Hội A, Hội B ...`` in a body that does not say (or is cut
    before) what they form: the one merge of bodies of C's kind forms C, and the founding is that merge told again
    (dropped later as told elsewhere)."""
    def kind(name: str) -> str:
        words = name.lower().split()
        # "Chi bộ A và Chi bộ B" merged into "Đảng bộ C": party cells grow into a party committee of one family
        return next((family for family, heads in _kindred_heads().items()
                     if any(tuple(words[:len(h)]) == h for h in heads)), words[0] if words else "")

    open_merges = [e for e in events if e["type"] == "merge" and e["result"] is None and len(e["participants"]) >= 2
                   and len({kind(p.name) for p in e["participants"]}) == 1]
    founded = [e for e in events if e["type"] == "establish" and not e["participants"] and e["result"] is not None
               and e["count"] is None]
    # the same merge told twice ("sáp nhập 2 chi bộ A và B" and later "việc sáp nhập 2 chi bộ B và A") is one
    if not open_merges or len(founded) != 1 or len({len(e["participants"]) for e in open_merges}) != 1 or len(
            {kind(e["participants"][0].name) for e in open_merges}) != 1:
        return
    founding = founded[0]
    for merge in open_merges:
        if kind(founding["result"].name) == kind(merge["participants"][0].name) and all(
                name_key(p.name) != name_key(founding["result"].name) for p in merge["participants"]):
            merge["result"] = founding["result"]


@functools.cache
def _kindred_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Families of heads whose bodies grow into one another (``kindred_heads``), each keyed by its first head."""
    return {" ".join(group[0]): tuple(group) for group in (
        tuple(tuple(h.lower().split()) for h in heads) for heads in event_lexicon()["kindred_heads"])}


_MAX_DESCRIBING_WORDS = 2  # lower-case words a name may drop when told again ("tư thục", "công lập")


def _described_twin(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a run of one or two lower-case words inside it that describe the body
    (``Trường Cao đẳng tư thục Đức Trí``), not the word for a level or a place (``huyện``), which names another."""
    long_words, short_words = longer.split(), shorter.split()
    extra = len(long_words) - len(short_words)
    if not 0 < extra <= _MAX_DESCRIBING_WORDS:
        return False
    inner = {" ".join(p) for p in lexicon()["inner"]}
    for i in range(1, len(short_words)):
        run = long_words[i:i + extra]
        if long_words[:i] + long_words[i + extra:] == short_words and all(w.islower() for w in run) and (
                " ".join(run) not in inner and not any(w in inner for w in run)):
            return True
    return False


def _same_body(a: str, b: str) -> bool:
    """Whether two names may be one body written two ways: the same, one the other with a place added
    (``Trung tâm Y tế`` and ``Trung tâm Y tế huyện``), or one abbreviating words the other writes out
    (``Trung tâm Dân số – KHHGĐ`` and ``Trung tâm Dân số – Kế hoạch hóa gia đình huyện``)."""
    key_a, key_b = sorted((name_key(a), name_key(b)), key=len)
    if key_a == key_b or (key_b.startswith(key_a + " ") and not _field_added(key_b[len(key_a):])):
        return True
    short, long = sorted((a, b), key=lambda name: len(_letters(name)))
    return any(w.isupper() and len(w) > 1 for w in short.split()) and _letters(long).startswith(_letters(short))


_FIELD_JOINERS = frozenset({"và", "-", "–", "&", ","})


def _field_added(rest: str) -> bool:
    """Whether the words a longer name adds open with a joiner of fields (``Trường Hành chính`` and ``Trường Hành
    chính và Kinh tế``): another field makes another body, where a place added names the same one."""
    words = rest.split()
    return bool(words) and words[0] in _FIELD_JOINERS


def _another_field(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with another field joined to it (``Trường Hành chính và Kinh tế`` and
    ``Trường Hành chính``): two bodies, the second formed out of the first and another."""
    long_key, short_key = name_key(longer), name_key(shorter)
    return long_key.startswith(short_key + " ") and _field_added(long_key[len(short_key):])


def _letters(name: str) -> str:
    """First letters of a name's words, an abbreviation kept whole: ``Trung tâm Dân số – KHHGĐ`` -> ``ttdskhhgđ``."""
    words = [w for w in name.replace("–", " ").replace("-", " ").split() if w.lower() != "và"]
    return "".join(w.lower() if w.isupper() and len(w) > 1 else w[0].lower() for w in words)


def _rounded_elsewhere(event: dict, context: Any, events: list[dict]) -> bool:
    """Whether ``event`` is a round figure (``Hơn 16.000 thôn sáp nhập``) of a count another mention of the same
    type gives exactly (``sáp nhập 16.321 thôn``): a headline rounds what the body tells."""
    count = event["count"]
    if count is None or event["participants"] or count % 10:
        return False
    clause = context[0]
    if not any(clause.number(j) == count and clause.phrase_ending(j, "bounding_approximations", 0, (1,))
               for j in range(1, len(clause.tokens))):
        return False
    scale = 10
    while count % (scale * 10) == 0:
        scale *= 10
    return any(e is not event and e["type"] == event["type"] and e["count"] is not None and e["count"] != count
               and abs(e["count"] - count) < scale for e in events)


def _ended_by_a_merge(event: dict, context: Any, events: list[dict]) -> bool:
    """Whether ``event`` says that bodies a merge of the article took in no longer exist (``Hợp nhất xã A và xã B thành
    xã C ... Đơn vị hành chính cũ không còn tồn tại là: xã A, xã B``): the merge told again, no ending of its own.
    Only a verb that states their state, or a line of a list the state opened, does so; ``giải thể A`` is an act of
    its own, told beside the merge."""
    if event["type"] != "dissolve" or not event["participants"]:
        return False
    clause = context[0]
    start, end = event["trigger"]
    verb = " ".join(clause.text[start - clause.offset:end - clause.offset].lower().split())
    states = {" ".join(p) for p in words("intransitive")}
    if verb not in states and verb in {w.lower() for w in event_lexicon()["events"]["dissolve"]}:
        return False
    merged = {name_key(p.name) for e in events if e["type"] == "merge"
              for p in bodies_moved(e["participants"], e["result"])}
    return all(name_key(p.name) in merged for p in event["participants"])


def _write_out(first: dict, later: dict, short_names: dict[str, str]) -> None:
    """Names of ``first`` that ``later`` writes out in full take the full form: ``BV Quận 2`` told again as
    ``Bệnh viện Quận 2`` is named the long way, ``SHB`` as ``Ngân hàng Sài Gòn - Hà Nội`` (its short name given in
    the article, ``short_names``)."""
    fuller = {name_key(a.name): a for a in [*later["participants"], later["result"]] if a is not None}

    def longer(arg: Arg | None) -> Arg | None:
        key = name_key(arg.name) if arg is not None else None
        other = fuller.get(key) or fuller.get(short_names.get(key)) if key is not None else None
        return other if other is not None and len(other.name) > len(arg.name) else arg

    first["participants"] = [longer(a) for a in first["participants"]]
    first["result"] = longer(first["result"])


_MIN_TWIN_WORDS = 3  # words of a name that a longer one may add its place to ("CLB" alone names no body)


def _absorbs(event: dict) -> bool:
    """Whether a merge takes bodies into one that was there before: ``sáp nhập A vào B`` leaves B as it was named.

    Not so where the result is written before the verb as the body the merge forms (``B được thành lập trên cơ sở
    sáp nhập A vào B``, ``thành lập B (mới) trên cơ sở hợp nhất A và B``): that founding is the merge told again.
    """
    result = name_key(event["result"].name)
    return event["result"].start > event["trigger"][0] and any(
        name_key(p.name) == result for p in event["participants"])


def _told_elsewhere(event: dict, events: list[dict], short_names: dict[str, str]) -> bool:
    """Whether ``event`` is a partial mention of another event of the article.

    - ``thành lập Trung tâm C`` beside ``hợp nhất A và B thành Trung tâm C`` (or a split of A into C): the merge
      forms the body;
    - ``thành lập Thanh tra Tổng cục`` beside ``thành lập Thanh tra Tổng cục Thống kê``: a shortened name;
    - ``đề án sáp nhập Ngân hàng A`` beside ``sáp nhập Ngân hàng A vào Ngân hàng B`` (or a transfer of A): the same
      event, half told; so ``hợp nhất Đoàn Khối C`` beside ``hợp nhất A và B thành Đoàn Khối C``;
    - ``hợp nhất 7 công ty`` beside ``hợp nhất 7 công ty gồm: A, B, ...``: a count whose bodies are named elsewhere.
    """
    if event["type"] == "establish" and not event["participants"] and event["result"] is not None and (
            not event.get("dated")):  # "A được thành lập năm 1991" is its founding, not the merge that forms A
        key = _without_province_word(_unhyphenated(event["result"].name))
        # a merge into a body that was there before ("sáp nhập xã A vào xã B") does not form it
        merged = {_without_province_word(_unhyphenated(e["result"].name)) for e in events
                  if e["type"] in ("merge", "split") and e["result"] is not None and not _absorbs(e)}
        longer = (_without_province_word(_unhyphenated(e["result"].name)) for e in events
                  if e["type"] in ("establish", "merge") and e["result"] is not None
                  and not _another_field(e["result"].name, event["result"].name))
        if key in merged or any(other.startswith(key + " ") for other in longer):
            return True
        # "Thành lập Trung tâm A Hưng Nguyên, Quế Phong" beside "hợp nhất B và C thành Trung tâm A huyện Quế Phong": a
        # merge forms it, named with the word for its level
        # (a unit of land named by its level is another unit at another level: "thị xã A" is no "thị trấn A")
        if not _opens_with_level(event["result"].name) and _levelless(event["result"].name) in {
                _levelless(e["result"].name) for e in events if e["type"] == "merge" and e["result"] is not None
                and not _absorbs(e) and not _opens_with_level(e["result"].name)}:
            return True
        # "Việc thành lập Trung tâm A tỉnh góp phần ..." beside "thành lập Trung tâm A tỉnh B": the province's body
        # named without the province
        if any(e is not event and e["type"] == "establish" and e["result"] is not None
               and _place_added(event["result"].name, e["result"].name) for e in events):
            return True
        # "Thành lập Sở A tỉnh B" in the headline beside "Sở A được thành lập trên cơ sở Sở C": the founding told
        # with its source, its name without the place
        if any(e is not event and e["type"] == "establish" and e["participants"] and e["result"] is not None
               and len(e["result"].name.split()) >= _MIN_TWIN_WORDS
               and _with_place(e["result"].name, event["result"].name) for e in events):
            return True
        # "thành lập Trung tâm Phát thanh và Truyền hình QĐND Việt Nam" beside "Trung tâm Phát thanh - Truyền hình
        # Quân đội được thành lập trên cơ sở sáp nhập A và B": the merge names the body it forms shorter
        spelled = _spelled_out(event["result"].name)
        if any(spelled == other or (spelled.startswith(other + " ") and not _field_added(spelled[len(other):]))
               for other in (
                _spelled_out(e["result"].name) for e in events if e["type"] == "merge" and e["result"] is not None
                and e["participants"] and not _absorbs(e))):
            return True
        # "Đảng bộ Trường Cao đẳng Đức Trí" beside "thành lập Đảng bộ Trường Cao đẳng tư thục Đức Trí": the name told
        # again without a word that describes the body
        if any(e is not event and e["type"] == "establish" and e["result"] is not None
               and _described_twin(e["result"].name, event["result"].name) for e in events):
            return True
        # "Trường THPT A và THPT B" beside "thành lập Trường THPT B": a school named by its level alone, the head
        # said once for the list
        if _by_level_alone(event["result"].name) and any(
                e is not event and e["type"] == "establish" and e["result"] is not None and _unhyphenated(
                    e["result"].name).endswith(" " + key) for e in events):
            return True
        # "thành lập Tổng cục Lâm nghiệp, Thủy sản và Thủy lợi" beside "thành lập 3 tổng cục: Lâm nghiệp, Thủy sản và
        # Thủy lợi": the headline names the bodies founded under one head
        founded = {_unhyphenated(e["result"].name) for e in events
                   if e is not event and e["type"] == "establish" and e["result"] is not None}
        parts = _shared_head_parts(event["result"].name)
        return len(parts) >= 2 and all(_unhyphenated(part) in founded for part in parts)
    # "hợp nhất 7 công ty" beside "hợp nhất ... của 7 công ty gồm: A, B, ...": one merge, named. A count told in a
    # sentence of its own ("chấp thuận việc sáp nhập 2 ngân hàng") stays an event beside the named ones, as the
    # referee's gold has it
    if not event["participants"] and event["count"] is not None and event["result"] is None and any(
            e["type"] == event["type"] and e["participants"] and event["count"] in (e["count"], e.get("listed_count"))
            for e in events):
        return True
    if event["type"] == "merge" and not event["participants"] and event["result"] is not None and any(
            e["type"] == "merge" and e["participants"] and e["result"] is not None
            and event["count"] in (None, len(e["participants"]), len(bodies_moved(e["participants"], e["result"])))
            and _unhyphenated(e["result"].name) == _unhyphenated(event["result"].name) for e in events):
        # "sắp xếp các đơn vị cấp huyện để thành lập thành phố A" beside "thành lập A trên cơ sở nhập B, C"; "thành lập
        # Ban A trên cơ sở hợp nhất hai ban quản lý" beside "Ban A được thành lập trên cơ sở hợp nhất Ban B và Ban C"
        return True
    if event["type"] == "transfer" and event["count"] is not None and event["result"] is not None and not bodies_moved(
            event["participants"], event["result"]) and any(
            e is not event and e["type"] == "transfer" and e["result"] is not None
            and name_key(e["result"].name) == name_key(event["result"].name)
            and len(bodies_moved(e["participants"], e["result"])) == event["count"]
            for e in events):
        return True  # "chuyển giao hai bệnh viện về Trường A" beside "chuyển giao Bệnh viện B và C về Trường A"
    if event["type"] == "rename" and event["result"] is not None and any(
            e["type"] == "merge" and e["result"] is not None and name_key(e["result"].name) == name_key(
                event["result"].name) and {name_key(p.name) for p in event["participants"]} <= {
                name_key(p.name) for p in e["participants"]} for e in events):
        return True  # "A sáp nhập với B, tên mới là C": the new name is what the merge forms, no rename of B
    lone = len(event["participants"]) == 1 and event["count"] is None
    into_itself = lone and event["result"] is not None and name_key(event["result"].name) == name_key(
        event["participants"][0].name)
    if event["type"] == "merge" and lone and (event["result"] is None or into_itself):
        # "tiếp nhận nguyên trạng Bệnh viện A" beside "chuyển Bệnh viện A về Bộ Y tế", "sáp nhập vào HDBank"
        # beside "sáp nhập PGBank vào HDBank": the same event, half told
        body = _squeezed(event["participants"][0].name)  # "SouthernBank" is "Southern Bank"
        # "sáp nhập MHB" beside "sáp nhập Ngân hàng A (MHB) vào B": the body known by its short name
        full = short_names.get(name_key(event["participants"][0].name))
        # "hợp nhất Đoàn Khối C" beside "hợp nhất A và B thành Đoàn Khối C": the body the merge forms, named as it
        # will be
        return any(e is not event and e["type"] in ("merge", "transfer") and len(e["participants"]) > 1 and (
            body in {_squeezed(p.name) for p in [*e["participants"], *([e["result"]] if e["type"] == "merge"
                                                                         and e["result"] else [])]}
            or full in {name_key(p.name) for p in e["participants"]}) for e in events)
    return False


def _by_level_alone(name: str) -> bool:
    """Whether ``name`` opens with a school's level and no head (``THPT A``, ``Tiểu học B``)."""
    lex = lexicon()
    first = tuple(w.lower() for w in name.split())
    return any(first[:len(level)] == level for level in [*lex["levels"], *lex["level_heads"]])


@functools.cache
def _expansions() -> dict[str, str]:
    """Abbreviations written inside names (``QĐND``), each with its words written out, as name keys."""
    return {short.lower(): name_key(long) for short, long in load("abbreviations")["lexicon"].items()
            if " " not in short}


def _spelled_out(name: str) -> str:
    """A name key with its abbreviations written out and without what joins its fields: ``Trung tâm Phát thanh và
    Truyền hình QĐND`` and ``Trung tâm Phát thanh - Truyền hình Quân đội nhân dân`` are one key."""
    return _without_joints(" ".join(_expansions().get(w, w) for w in _unhyphenated(name).split()))


def _shared_head_parts(name: str) -> list[str]:
    """``Tổng cục Lâm nghiệp, Thủy sản và Thủy lợi`` -> each part with the first part's head word(s): the
    capitalised words before the first part's last word are taken as the head (``Tổng cục``)."""
    pieces = [p.strip() for chunk in name.split(",") for p in chunk.split(" và ") if p.strip()]
    if len(pieces) < 2 or any(not p[:1].isupper() for p in pieces[1:]):
        return []
    first = pieces[0].split()
    tail = len(pieces[1].split())
    if len(first) <= tail:
        return []
    head = " ".join(first[:-tail])
    return [pieces[0], *(f"{head} {p}" for p in pieces[1:])]


def _without_province_word(key: str) -> str:
    """A name key without the words for a province before its place (``... tỉnh phú yên`` -> ``... phú yên``)."""
    return _without_words(key, "province_words")


def _levelless(name: str) -> str:
    """A name key without the words for a unit's level before its place (``... huyện a`` -> ``... a``)."""
    return _without_words(f" {name_key(_unhyphenated(name))} ", "level_words").strip()


def _opens_with_level(name: str) -> bool:
    """Whether ``name`` opens with the word for a unit's level (``thị trấn A``, ``tỉnh B``)."""
    key = f"{name_key(_unhyphenated(name))} "
    return any(key.startswith(f"{' '.join(word)} ") for word in words("level_words"))


def _without_words(key: str, word_list: str) -> str:
    """``key`` without each phrase of ``word_list`` standing between spaces in it."""
    for word in words(word_list):
        key = key.replace(f" {' '.join(word)} ", " ")
    return key


def _place_added(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with a place written after it, the province words aside: ``Thư viện tỉnh`` and
    ``Thư viện Long An``; not ``Ban Thanh tra tỉnh`` and ``Ban Thanh tra đặc biệt``, whose added words are no name."""
    head = _placeless(_unhyphenated(short)).split()
    written = long.replace("-", " ").split()
    rest, i = [], 0
    while i < len(written):
        phrase = next((p for p in words("province_words")
                       if tuple(w.lower() for w in written[i:i + len(p)]) == p), None)
        if phrase is None:
            rest.append(written[i])
        i += len(phrase) if phrase else 1
    if len(rest) <= len(head) or [w.lower() for w in rest[:len(head)]] != head:
        return False
    return rest[len(head)][:1].isupper()


def _placeless(key: str) -> str:
    """A name key without the words for a province anywhere in it, its first and last word included."""
    return _without_province_word(f" {key} ").strip()


def _unhyphenated(name: str) -> str:
    """A name key without hyphens: a headline drops the hyphen a body writes (``Phát thanh Truyền hình``)."""
    return " ".join(name_key(name).replace("-", " ").split())


def _squeezed(name: str) -> str:
    """A name key without spaces: a brand is written both run together and apart."""
    return name_key(name).replace(" ", "")
