"""Finding the restructuring events of an article: sentence by sentence, then one event per mention set.

Stages, in this package's order: :mod:`triggers` (words that state an event, negation, bounds) →
:mod:`frames` and :mod:`build` (the argument frame a trigger takes: ``A vào B``, ``A thành C``,
``trên cơ sở A``, counted ``N ... thành M``) → :mod:`clause` (lists of organization names around it) →
:mod:`anaphora` and :mod:`coreference` (mentions that point back, the same event told twice) →
:mod:`status` (how far it has gone, who decides, who proposes). The Vietnamese words of every stage
are data in ``extractor/lang/vi/events/``.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from extractor.events.anaphora import resolve_anaphors
from extractor.events.build import more_bodies_after
from extractor.events.clause import Arg, Clause, bullet_marks, words, written_mention
from extractor.events.coreference import holder, merge_mentions
from extractor.events.elevation import elevation_prefilter
from extractor.events.former_names import former_name_prefilter
from extractor.events.frames import list_opener
from extractor.events.hearsay import asked_sentences, hearsay_sentences
from extractor.events.listed_bodies import (
    bodies_listed,
    class_acted_on,
    class_members,
    counted_founding,
    counted_receiver,
    founded_listed,
    listed_of_class,
    members_of_counted,
)
from extractor.events.merge_tables import table_merges
from extractor.events.name_histories import dated_name_lines, name_history_renames
from extractor.events.new_units import listed_unit_line, new_unit_prefilter
from extractor.events.outcome import settle_results
from extractor.events.plus_lists import plus_merges
from extractor.events.sentence import sentence_events
from extractor.events.status import status_and_roles
from extractor.events.tables import table_renames
from extractor.events.told_names import told_name
from extractor.events.triggers import find_triggers, prefilter
from extractor.lang.vi import alternation, event_lexicon
from extractor.recognize.organizations import name_key
from extractor.text.caseless import CaselessSearch

__all__ = ["find_events"]

_LIST_MEMBER_WINDOW = 4  # sentences after an event in which "A thành B" lines continue its list
_ANAPHOR_WINDOW = 3  # sentences before "Thành phố này sáp nhập ..." searched for the city it means


def find_events(doc: Any, organizations: list[dict] | None = None) -> list[dict]:
    """Events of ``doc`` in text order, each linked to ``organizations`` by span where it can be.

    >>> # "sáp nhập Trường A với Trường B và đổi tên thành Trường C" -> one merge, result Trường C
    """
    org_by_span = {tuple(span): org["id"] for org in organizations or [] for span in org["mentions"]}
    mentions: list[tuple[dict, tuple[Clause, Any]]] = []
    recent: tuple[str, int] | None = None
    moving: tuple[dict, int] | None = None  # a counted transfer whose bodies a following line may list
    counted_merge: tuple[dict, int] | None = None  # a counted merge whose members a following sentence may name
    classed: tuple[str, str, int] | None = None  # an event told of every body of a level, which a line may then list
    # the sentence of a counted founding, whether its list began, and how many it counted
    founding: tuple[int, bool, int] | None = None
    listing = False  # the list going on was opened by a sentence ending in a colon
    renamed_last: Arg | None = None  # the name on the last line of a list of a body's names ("Những lần đổi tên:")
    bulleted = False  # the last line of the list going on opened with a list mark
    seen_sentences: set[str] = set()
    results: list[Arg] = []  # what the events told so far came to, in text order
    renamed: dict[str, Arg] = {}  # the name each body renamed so far took, by the key of its old name
    unnamed: tuple[list[dict], int] | None = None  # merges whose new unit the next sentence may name
    texts = [sentence.text for sentence in doc.sentences]
    denied = hearsay_sentences(texts) | asked_sentences(texts)  # a rumour, a denial or a question states none
    for index, sentence in enumerate(doc.sentences):
        if sentence.text in seen_sentences or index in denied:
            continue  # a line the scraper printed twice states its events once; a rumour states none
        seen_sentences.add(sentence.text)
        clause: Clause | None = None  # read once, where something asks for it
        if _origin_prefilter()(sentence.text):
            clause = Clause(sentence.text, sentence.start)
            if (origin := _origin_name(clause)) is not None:
                results.append(origin)  # "BIDV khởi nguồn với tên gọi A": where the history's renamings start
        if unnamed is not None and index == unnamed[1] + 1 and _may_name(sentence.text):
            # "Nhập xã A và xã B thành một xã mới. Tên gọi của xã mới là xã C.": the merges' new unit named
            clause = clause or Clause(sentence.text, sentence.start)
            named = told_name(clause)
            for event in unnamed[0] if named is not None else ():
                event["result"] = named
                results.append(named)
        unnamed = None
        triggered = any(may_hold(sentence.text) for may_hold in _event_prefilters())
        continuing = recent is not None and index - recent[1] <= _LIST_MEMBER_WINDOW
        if continuing and listing and bulleted and not _bulleted(sentence.text) and _opens_a_line(doc.text, sentence):
            # "- Công ty A; - Công ty B." then "Giao Sở Tài chính ...", "Điều 2.": a line with no mark ends the list
            continuing, listing, recent = False, False, None
        bulleted = continuing and listing and _bulleted(sentence.text)
        if not triggered and not continuing and founding is None and classed is None:
            continue
        clause = clause or Clause(sentence.text, sentence.start)
        found = sentence_events(clause, recent[0] if continuing and recent else None,
                                listing=continuing and listing)
        # "- Năm 1986: Đổi tên thành Công ty A. - Năm 2007: Chuyển đổi thành Công ty B.": what a history's step
        # came to is the body its next step speaks of, even where the step before it is not known
        history = [e["result"] for e in found if e.get("history_subject") and e["result"] is not None]
        earlier = doc.sentences[max(0, index - _ANAPHOR_WINDOW):index]
        found = settle_results(clause, resolve_anaphors(clause, found, lambda e=earlier: [
            Clause(s.text, s.start) for s in e], results, renamed))
        results.extend(r for r in history if all(e["result"] is not r for e in found))
        if counted_merge is not None and index - counted_merge[1] <= _LIST_MEMBER_WINDOW:
            found = members_of_counted(clause, found, counted_merge[0])
        counted_merge = next(((e, index) for e in found if e["type"] in ("merge", "dissolve") and e["count"] and not e[
            "participants"]), counted_merge)
        unnamed = _name_told_after(clause, found, index)
        results.extend(event["result"] for event in found if event["result"] is not None)
        renamed.update((name_key(e["participants"][0].name), e["result"]) for e in found
                       if e["type"] == "rename" and len(e["participants"]) == 1 and e["result"] is not None)
        for event in found:
            event["holder"] = holder(clause, event)
            mentions.append((event, (clause, sentence)))
            if counted_receiver(event) is not None:
                moving = (event, index)
        if found:
            # "Thành lập 11 viện gồm:" opens the list its next line gives
            founding = (index, sentence.text.rstrip().endswith(":"), found[-1]["count"]) if counted_founding(
                found[-1]) else None
        elif founding is not None and index - founding[0] <= _LIST_MEMBER_WINDOW:
            # "... thành lập 31 PGD. Cụ thể gồm PGD A thuộc Chi nhánh B; PGD C ...": each office listed is founded
            # "... Đó là các Tổng cục: A, B và C": the bodies of the count, each known by the head they share
            listed = founded_listed(clause, founding[1], founding[2]) or class_members(clause, founding[2])
            for body in listed:
                k = clause.token_starting(body.start)
                mentions.append((written_mention("establish", [], body, clause, k, lo=k, k_end=k), (clause, sentence)))
            founding = (index, True, founding[2]) if listed else None
        if not found and classed is not None and index - classed[2] <= _LIST_MEMBER_WINDOW and (
                listed := listed_of_class(clause, classed[1])):
            # "giải thể Công an huyện, quận trực thuộc Công an TP A. Cụ thể gồm: Công an huyện B, Công an quận C":
            # the bodies of the level, named: one ending for the list
            k = clause.token_starting(listed[0].start) or 0
            mentions.append((written_mention(classed[0], listed, None, clause, k, k_end=k), (clause, sentence)))
            classed = None
        elif not found and triggered:
            acted = class_acted_on(clause)
            classed = (*acted, index) if acted is not None else classed
        if not found and moving is not None and index - moving[1] <= _LIST_MEMBER_WINDOW:
            transfer = moving[0]
            listed = bodies_listed(clause, transfer["count"])  # "... về Bộ B. Danh sách gồm: Trường A; Trường C"
            if listed:
                transfer["participants"] = [*listed, counted_receiver(transfer)]
                moving = None
        if not found and continuing and recent is not None and recent[0] == "merge" and (
                line := listed_unit_line(clause)) is not None:
            # "Phường 1, gồm: sáp nhập các phường A, B. Phường 3, gồm: phường C, D và xã E.": the list of merges goes on
            mentions.append((line, (clause, sentence)))
            recent = ("merge", index)
            continue
        if not found and continuing and listing and recent is not None and recent[0] == "rename" and (
                (named := _one_name(clause)) is not None):
            # "Những lần đổi tên của Đoàn:" then one name a line: each name the one before it became
            if renamed_last is not None:
                k = clause.token_starting(named.start) or 0
                mentions.append((written_mention("rename", [renamed_last], named, clause, k), (clause, sentence)))
            renamed_last = named
            recent = ("rename", index)
            continue
        renamed_last = None
        if not found and continuing and listing and _bulleted(sentence.text):
            recent = (recent[0], index)  # "- Vụ Giám đốc, kiểm tra về hình sự;": a line not understood, still listed
        if found:
            recent = (found[-1]["type"], index)
            # a line of the list goes on listing; a new event, told with a verb of its own, ends it
            listing = listing and not (triggered and find_triggers(clause))
        elif triggered and sentence.text.rstrip().endswith(":"):
            opened = list_opener(clause)  # "... sáp nhập các sở như sau:" then one line per merge
            recent = (opened, index) if opened else recent
            listing = opened is not None
    mentions.extend(table_renames(doc.sentences))  # "STT | Tên cũ | Tên mới": one rename per row
    mentions.extend(table_merges(doc.sentences, doc.text))  # "STT | Xã hiện nay | Xã sau sáp nhập": one merge per row
    mentions.extend(plus_merges(doc.sentences))  # "Thành phố Huế (A + B)": the units in brackets made it
    mentions.extend(name_history_renames(doc.sentences))  # "qua bốn lần đổi tên, từ A thành B, rồi đến C"
    mentions.extend(dated_name_lines(doc.sentences))  # "- Từ năm 1945: Trường A;" "- Từ năm 1948: Trường B;" ...
    mentions.sort(key=lambda pair: pair[0]["trigger"][0])
    formed = {(id(clause), name_key(event["result"].name)) for event, (clause, _) in mentions
              if event["type"] == "merge" and event["result"] is not None}
    for event, (clause, _) in mentions:
        if event["result"] is None or (id(clause), name_key(event["result"].name)) not in formed:
            _upgrade_founds(event, clause)  # "sáp nhập và nâng cấp A và B thành C": the merge forms C
    kept = merge_mentions(mentions, _short_names(organizations or []))
    return [_record(event, clause, sentence, org_by_span, number)
            for number, (event, (clause, sentence)) in enumerate(kept, start=1)]


def _name_told_after(clause: Clause, found: list[dict], index: int) -> tuple[list[dict], int] | None:
    """Give each merge of ``found`` that came to no named unit the name a later clause of its sentence tells
    (``...; tên gọi của xã mới là xã C``); the merges still unnamed, for the next sentence to name."""
    merges = [e for e in found if e["type"] == "merge" and e["result"] is None and e["participants"]]
    if not merges or not _may_name(clause.text):
        return (merges, index) if merges else None
    starts = sorted(e["k"] for e in found)
    waiting = []
    for event in merges:
        stop = next((k for k in starts if k > event["k"]), None)
        named = told_name(clause, event.get("k_end", event["k"]), stop)
        if named is None:
            waiting.append(event)
        else:
            event["result"] = named
    return (waiting, index) if waiting else None


def _origin_name(clause: Clause) -> Arg | None:
    """The first name of the body a history is about (``khởi nguồn với tên gọi A``, ``tiền thân là A``), else None."""
    for k in range(len(clause.tokens)):
        marker = clause.phrase(k, "origin_name_markers")
        if marker and (match := clause.name_at.get(k + len(marker))) is not None:
            return Arg(match.name, match.start, match.end)
    return None


@functools.cache
def _origin_prefilter() -> CaselessSearch:
    markers = alternation(event_lexicon()["origin_name_markers"])
    return CaselessSearch(regex.compile(r"(?<!\w)(?:" + markers + r")(?!\w)", regex.IGNORECASE))


def _may_name(text: str) -> bool:
    """Whether a sentence may hold a naming phrase at all (every one holds the word for a name)."""
    return "tên" in text.lower()


def _short_names(organizations: list[dict]) -> dict[str, str]:
    """The key of each body's short name in capitals (``MHB``, ``BIDV``), given in brackets after its full name, mapped
    to the key of the full name; a short name given to two bodies stands for neither."""
    found: dict[str, set[str]] = {}
    for org in organizations:
        for alias in org["aliases"]:
            if " " not in alias and alias.isupper() and len(alias) >= 2:
                found.setdefault(name_key(alias), set()).add(name_key(org["name"]))
    return {short: next(iter(full)) for short, full in found.items() if len(full) == 1}


def _upgrade_founds(event: dict, clause: Clause) -> None:
    """``nâng cấp A thành B``, ``A được nâng lên thành B``: B is founded on A, as ``thành lập B trên cơ sở nâng cấp
    A`` tells it; the body a verb before lends (``A đổi tên thành B, năm 2006 được nâng cấp thành C``) too."""
    said = tuple(t.low for t in clause.tokens[event["k"]:event.get("k_end", event["k"])])
    if event["type"] == "rename" and event["result"] is not None and said in words("upgrade_triggers"):
        event["type"] = "establish"


def _one_name(clause: Clause) -> Arg | None:
    """The one body a line of a list names (``- Từ năm 1936 - 1939: Đoàn Thanh niên A``), else None."""
    bodies = [m for m in clause.names if not m.administrative]
    line_end = len(clause.tokens) - 1 if clause.tokens[-1].text in {".", ";"} else len(clause.tokens)
    if len(bodies) != 1 or bodies[0].last != line_end:
        return None  # the name must close the line
    return Arg(bodies[0].name, bodies[0].start, bodies[0].end)


@functools.cache
def _event_prefilters() -> tuple[CaselessSearch, ...]:
    """A sentence that none of these passes holds no trigger, no unit raised a level, no new unit listed with
    its members and no name given in passing."""
    return (CaselessSearch(prefilter()), CaselessSearch(elevation_prefilter()),
            CaselessSearch(new_unit_prefilter()), CaselessSearch(former_name_prefilter()))


def _record(event: dict, clause: Clause, sentence: Any, org_by_span: dict, number: int) -> dict:
    clause_text = sentence.text
    status, authority, proposer = status_and_roles(clause, event["k"])

    def arg(a: Arg | None) -> dict | None:
        if a is None:
            return None
        span = [a.start, a.end] if a.start is not None and a.end is not None else None
        return {"name": a.name, "org": org_by_span.get((a.start, a.end)), "span": span}

    if event["type"] == "split" and event["result"] is not None and more_bodies_after(clause, event["result"]):
        # "A tách thành B và C": several bodies come out, none is the result (the chain of events read B to the end)
        event = {**event, "result": None}
    args = [*event["participants"], event["result"]]
    # a result filled in from a later mention of the event lies outside this sentence
    spans = [event["trigger"]] + [(a.start, a.end) for a in args if a is not None and a.start is not None
                                  and sentence.start <= a.start and a.end <= sentence.end]
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


def _opens_a_line(text: str, sentence: Any) -> bool:
    """Whether ``sentence`` starts a line of the text (not a sentence after another on the same line)."""
    newline = text.rfind("\n", 0, sentence.start)  # only the line's own start is read, not the text before it
    return sentence.start == 0 or (newline >= 0 and not text[newline + 1:sentence.start].strip(" \t"))


_ITEM_LABEL = regex.compile(r"(?:\p{Ll}|\d{1,2})\)")


def _bulleted(text: str) -> bool:
    """Whether a line starts with a list mark (``-``, ``+``, ``•``) or an item's label (``a)``, ``2)``): it goes on
    with the list before it."""
    first = text.split(maxsplit=1)[:1]
    return bool(first) and (first[0] in bullet_marks() or _ITEM_LABEL.fullmatch(first[0]) is not None)
