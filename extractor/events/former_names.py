"""Renames told beside a name, without a verb: ``A (tên mới là B)``, ``B, tên trước đó là A``.

News often gives a body's new or former name in passing, right after the name it uses: ``Ngân hàng A (tên mới là
Ngân hàng B)`` or ``Ngân hàng A, nay là Ngân hàng B`` says A was renamed B; ``Ngân hàng B, nguyên là Ngân hàng A``
says the same from the other side. A bare ``(nay là B)`` in brackets only tells the reader which body is meant.
The words that mark each direction are data (``new_name_markers``, ``former_name_markers``); both names must be
organization names, the second right after the marker.
"""

from __future__ import annotations

import functools
import itertools

import regex

from extractor.events.clause import Arg, Clause, words
from extractor.events.frames import brand_at
from extractor.lang.vi import alternation, event_lexicon
from extractor.recognize.org_grammar import NameMatch
from extractor.recognize.organizations import name_key

__all__ = ["former_name_prefilter", "former_names"]

_OPENERS = {"(", ","}
_SHORT_ASIDE = 5  # tokens of a short bracket between a name and its new one: "(trước đây)"
# "Ban Dân tộc (từ 01/3/2025 là Sở Dân tộc và Tôn giáo)": the new name, from the day it took effect
_DATED_NEW_NAME = regex.compile(
    r"\s*[(,]\s*(?:kể\s+)?từ\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*,?\s+(?:là|trở thành|mang tên)\s+",
    regex.IGNORECASE,
)


@functools.cache
def former_name_prefilter() -> regex.Pattern:
    """Any marker of a new or former name: a sentence it does not match tells no rename in passing."""
    markers = [*event_lexicon()["new_name_markers"], *event_lexicon()["former_name_markers"],
               *event_lexicon()["successive_name_markers"], *event_lexicon()["new_name_of"]]
    # "Trước đây, ...": the time before counts only fronted, before a comma
    fronted = r"^\W*(?:" + alternation(event_lexicon()["fronted_former_names"]) + r")\s*,"
    return regex.compile(r"(?<!\w)(?:" + alternation(markers) + r")(?!\w)|" + fronted + "|"
                         + _DATED_NEW_NAME.pattern.strip(r"\s*"), regex.IGNORECASE)


def _joined_to_another(clause: Clause, match: NameMatch) -> bool:
    """Whether ``match`` is the last of bodies joined by ``và`` or a comma (``xã A và xã B``)."""
    joiner = match.first - 1
    return joiner > 0 and clause.tokens[joiner].low in {"và", ","} and clause.name_before(joiner, 0) is not None


def former_names(clause: Clause) -> list[dict]:
    """Renames of ``clause`` told as a name followed by its new or former name, or as a list of its names over
    time."""
    events = _successive_names(clause) + _new_names_of(clause)
    fronted = _former_time_fronted(clause)
    for match in clause.names:
        dated = _DATED_NEW_NAME.match(clause.text, match.end - clause.offset)
        new_at = clause.token_starting(clause.offset + dated.end()) if dated else None
        if new_at is not None and new_at in clause.name_at and name_key(clause.name_at[new_at].name) != name_key(
                match.name):
            other = clause.name_at[new_at]
            j = match.last
            events.append({"type": "rename", "participants": [Arg(match.name, match.start, match.end)],
                           "result": Arg(other.name, other.start, other.end), "count": None, "k": j,
                           "trigger": (clause.tokens[j].start, clause.tokens[new_at - 1].end), "lo": 0,
                           "k_end": new_at})
            continue
        j = _past_short_aside(clause, match.last)  # "Bộ A (trước đây) nay là Bộ B"
        bracketed = j < len(clause.tokens) and clause.tokens[j].text == "("
        if not bracketed and j == match.last and j < len(clause.tokens) and clause.tokens[j].text not in _OPENERS and (
                _joined_to_another(clause, match)):
            continue  # "Xã A và xã B sẽ có tên mới là xã C": both take the name, a merge the trigger tells
        j = clause.past_citation(j) if j == match.last else j  # "Viện B[1], trước đây là Viện A"
        if j < len(clause.tokens) and clause.tokens[j].text in _OPENERS:
            j = clause.past_citation(j + 1)  # "Viện B,[1] trước đây là Viện A": an encyclopedia's reference mark
        keys = (("new_name_markers", True), ("former_name_markers", False), ("naming_verbs", False))
        for key, forward in keys if fronted and j == match.last else keys[:2]:
            marker = clause.phrase(j, key)
            if not marker or ((bracketed or _governed(clause, match, j)) and clause.phrase(
                    j, "aside_name_markers") == marker):
                continue  # "Bộ A (nay là Bộ B)", "của Đoạn A nay là Công ty B": which body is meant, told in passing
            at = j + len(marker)
            other = clause.name_at.get(at)
            # "OceanBank (tên mới là MBV)": an acronym brand may stand for the other name
            said = Arg(other.name, other.start, other.end) if other else brand_at(clause, at, len(clause.tokens))
            renamed = _same_kind_in_chain(clause, match, other)
            if renamed is None:
                continue
            named = Arg(renamed.name, renamed.start, renamed.end)
            if said is None or name_key(said.name) == name_key(named.name):
                continue
            old, new = (named, said) if forward else (said, named)
            start, end = clause.tokens[j].start, clause.tokens[j + len(marker) - 1].end
            events.append({"type": "rename", "participants": [old], "result": new, "count": None, "k": j,
                           "trigger": (start, end), "lo": 0, "k_end": j + len(marker)})
    return events


def _former_time_fronted(clause: Clause) -> bool:
    """Whether the sentence opens with the time before and a comma (``Trước đây, ...``): a verb that only names a
    body then tells the name it had (``Trước đây, B có tên gọi là A``)."""
    fronted = clause.phrase(0, "fronted_former_names")
    return bool(fronted) and len(fronted) < len(clause.tokens) and clause.tokens[len(fronted)].text == ","


def _new_names_of(clause: Clause) -> list[dict]:
    """``tên gọi mới của A là B``: the new name of A, told as what it is."""
    events: list[dict] = []
    lowered = clause.text.lower()
    if not any(" ".join(marker) in lowered for marker in words("new_name_of")):
        return events  # most sentences: no marker at all, no token to look at
    for k in range(len(clause.tokens)):
        marker = clause.phrase(k, "new_name_of")
        old = clause.name_at.get(k + len(marker)) if marker else None
        copula = clause.phrase(old.last, "new_name_of_copulas") if old is not None else None
        new = clause.name_at.get(old.last + len(copula)) if copula else None
        if new is None or name_key(new.name) == name_key(old.name):
            continue
        events.append({"type": "rename", "participants": [Arg(old.name, old.start, old.end)],
                       "result": Arg(new.name, new.start, new.end), "count": None, "k": k,
                       "trigger": (clause.tokens[k].start, clause.tokens[k + len(marker) - 1].end), "lo": 0,
                       "k_end": k + len(marker)})
    return events


def _governed(clause: Clause, match: NameMatch, j: int) -> bool:
    """Whether ``match`` is the object of a word that governs it (``của``, ``trực thuộc``) and a marker at ``j``
    follows it directly, with no comma: the marker then only says which body is meant."""
    return j == match.last and match.first > 0 and clause.phrase_ending(match.first, "aside_name_governors") is not None


# between two names of a list of names over time: the first one's period in brackets, then a semicolon or a comma
_BETWEEN_NAMES = regex.compile(r"\s*(?:\([^()]*\))?\s*[;,]?\s*(?:và\s+|sau đó là\s+)?", regex.IGNORECASE)


def _successive_names(clause: Clause) -> list[dict]:
    """``... có nhiều tên gọi khác nhau: A (1956-1957); B (1957-1984); C (từ 1984 đến nay)``: each name of the list
    was renamed the next one."""
    marker_at = clause.first_phrase("successive_name_markers", 0)
    if marker_at is None:
        return []
    colon = next((j for j in range(marker_at, len(clause.tokens)) if clause.tokens[j].text == ":"), None)
    listed = [m for m in clause.names if colon is not None and m.first > colon]
    chain = listed[:1]
    for before, match in itertools.pairwise(listed):
        between = clause.text[before.end - clause.offset:match.start - clause.offset]
        if before is not chain[-1] or _BETWEEN_NAMES.fullmatch(between) is None:
            break
        chain.append(match)
    events = []
    for old, new in itertools.pairwise(chain):
        k = old.last
        events.append({"type": "rename", "participants": [Arg(old.name, old.start, old.end)],
                       "result": Arg(new.name, new.start, new.end), "count": None, "k": k, "lo": 0,
                       "trigger": (clause.tokens[k].start, clause.tokens[new.first - 1].end), "k_end": new.first})
    return events


_CHAIN_LINKS = {",", "của", "thuộc", "-"}


def _same_kind_in_chain(clause: Clause, match: NameMatch, other: NameMatch | None) -> NameMatch | None:
    """The name ``other`` is the new or former name of: ``match``, or a name before it of the same head.

    A name often closes a chain that places a body (``thôn A, xã B, nay là thôn C``) or says whose it is
    (``Ủy ban A của Quốc hội (nay là Ủy ban B)``): the other name then renames the member with its own head,
    and the same name among them (``Tiểu đoàn 5, Trung đoàn 9 (trước đây là Tiểu đoàn 5, ...)``) renames none.
    With no member of that head in a chain, which one it renames is unknown.
    """
    chain = [match]
    by_last = {m.last: m for m in clause.names}
    while chain[0].first > 0 and clause.tokens[chain[0].first - 1].low in _CHAIN_LINKS and (
            chain[0].first - 1) in by_last:
        chain.insert(0, by_last[chain[0].first - 1])
    if other is None or len(chain) == 1 or other.head.lower() == match.head.lower():
        return match
    same_head = [m for m in chain if m.head.lower() == other.head.lower()]
    return same_head[-1] if same_head else None


def _past_short_aside(clause: Clause, j: int) -> int:
    """Index after a short bracket at ``j`` that a new or former name marker follows (``(trước đây) nay là``)."""
    tokens = clause.tokens
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    close = next((x for x in range(j + 1, min(len(tokens), j + _SHORT_ASIDE)) if tokens[x].text == ")"), None)
    if close is None or not (clause.phrase(close + 1, "new_name_markers") or clause.phrase(close + 1,
                                                                                          "former_name_markers")):
        return j
    return close + 1
