"""Bodies of one kind in several places: ``công an các xã A, B và C``, ``Ban Chỉ huy Quân sự các huyện: A, B``.

A decision on local units names the same body in each unit with ``các`` and the level, then the places:
``sáp nhập từ công an các xã Hòa Xuân, Hòa Giang`` merges the police of two communes, ``Ban Chỉ huy Quân sự
các huyện: Ia Lâm, Chư Sơn và TP. Đông Hà được giải thể`` dissolves three commands. Each place gives one
body, named by the head, the level and the place (``công an xã Hòa Xuân``); a place written with its own
head (``TP. Đông Hà``) keeps it (``Ban Chỉ huy Quân sự TP. Đông Hà``). The first body's tokens start at the
head, so a verb whose object begins there finds the list. A count in place of ``các`` after a named head does the
same (``Công an 3 xã A, B và C``, ``Đảng bộ 3 xã: A, B, C``).
"""

from __future__ import annotations

import functools

import regex

from extractor.lang.vi import event_lexicon, load
from extractor.recognize.org_grammar import NameMatch, Token, head_at
from extractor.recognize.org_tokens import match_phrase

__all__ = ["distribute_over_levels", "may_distribute", "prefix_owner_heads"]

_PLURAL = "các"
_SEPARATORS = {";", ","}
_HEAD_WORDS = 6  # words of a lower-case head written before "các" ("trạm y tế", "công an")
_MEMBER_WORDS = 4  # capitalised words of one place
_BASIS_OPENERS = {"trên"}  # "trên cơ sở": "cơ sở" is no noun for bodies there


@functools.cache
def _levels() -> tuple[tuple[str, ...], ...]:
    heads = load("admin_units")["heads"]
    words = {w for level in heads.values() for w in level}
    words |= set(load("org_heads")["administrative"]["village"])  # "chi bộ các thôn A, B": hamlets too
    return tuple(sorted((tuple(w.split()) for w in words), key=len, reverse=True))


@functools.cache
def _unit_nouns() -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(w.lower().split()) for w in event_lexicon()["unit_nouns"]}
    return tuple(sorted(phrases, key=len, reverse=True))


def may_distribute(text: str) -> bool:
    """Whether ``text`` may name bodies of one kind in several places: ``các`` or a digit before a level."""
    return f" {_PLURAL} " in f" {text.lower()} " or any(ch.isdecimal() for ch in text) or bool(
        _counted_level().search(text))


@functools.cache
def _counted_level() -> regex.Pattern[str]:
    """A number word right before a level (``hai xã``), the rare spelled-out count of places."""
    numbers = "|".join(sorted(event_lexicon()["number_words"], key=len, reverse=True))
    levels = "|".join(" ".join(level) for level in _levels())
    return regex.compile(rf"(?<!\w)(?:{numbers})\s+(?:{levels})(?!\w)", regex.IGNORECASE)


def _count_at(token: Token) -> int | None:
    if token.text.isdecimal():
        return int(token.text)
    return event_lexicon()["number_words"].get(token.low)


def distribute_over_levels(tokens: list[Token], names: list[NameMatch], text: str, offset: int) -> list[NameMatch]:
    """``names`` with each ``<head> các <level> A, B và C`` (or ``<Name> 3 <level> A, B và C``) read as one body
    per place."""
    found = list(names)
    for i, token in enumerate(tokens):
        counted = token.low != _PLURAL
        if counted and (_count_at(token) or 0) < 2:
            continue
        level = match_phrase(tokens, i + 1, _levels())
        if not level:
            continue
        head = _head_before(tokens, found, i)
        if head is None:
            if not _placed_before(tokens, i):
                found = _levels_after_colon(tokens, found, text, offset, i + 1, level)
            continue
        if counted and not (tokens[head[0]].text[:1].isupper() and head_at(tokens, head[0])):
            continue  # "sáp nhập 3 xã A, B, C": communes counted, no body of each
        if counted and any(m.last == i for m in found):
            continue  # "Hội Nhà báo 3 tỉnh: A, B": a name of its own, whose places the event's count reads
        start, kind = head
        j = i + 1 + len(level)
        mixed = False  # "các huyện, thị xã: A, B": places of several levels, none said for each
        while j + 1 < len(tokens) and tokens[j].text in {",", "và"} and (
                more := match_phrase(tokens, j + 1, _levels())):
            j += 1 + len(more)
            mixed = True
        if j < len(tokens) and tokens[j].text == ":":
            j += 1
        members = _members(tokens, found, j)
        if len(members) < 2:
            continue
        head_text = text[tokens[start].start - offset:tokens[i - 1].end - offset]
        prefix = head_text if mixed else f"{head_text} {' '.join(level)}"
        found = _one_per_place(tokens, found, text, offset, start, members, prefix, head_text, (kind, head_text, False))
    return sorted(found, key=lambda m: m.first)


def _one_per_place(tokens: list[Token], names: list[NameMatch], text: str, offset: int, start: int,
                   members: list[tuple[int, int, bool]], prefix: str, own_prefix: str,
                   shape: tuple[str, str, bool]) -> list[NameMatch]:
    """``names`` with the span from ``start`` to the last member replaced by one body per member: ``prefix`` and the
    place, or ``own_prefix`` and the place where it is written with its own head (``TP. Đông Hà``). The first body
    opens at ``start``, so a verb whose object begins there finds the list; ``shape`` is (kind, head,
    administrative) of every body."""
    end = members[-1][1]
    found = [m for m in names if m.last <= start or m.first >= end]
    own_names = {m.first: m for m in names}
    for number, (first, last, own_head) in enumerate(members):
        place = text[tokens[first].start - offset:tokens[last - 1].end - offset]
        name = f"{own_prefix if own_head else prefix} {place}"
        opens = start if number == 0 else first
        own = own_names.get(first) if own_head and not own_prefix and number > 0 else None
        # "các huyện: A, B, tỉnh C": a place written with its own head keeps its own kind (here it only places them)
        member_shape = (own.kind, own.head, own.administrative) if own is not None else shape
        found.append(NameMatch(opens, last, tokens[opens].start, tokens[last - 1].end, " ".join(name.split()),
                               *member_shape))
    return found


@functools.cache
def _phrases(*keys: str) -> tuple[tuple[str, ...], ...]:
    """The word lists ``keys`` of the event lexicon as phrases of lower-case words, longest first; a list keyed by
    event type (the triggers) gives all its words."""
    lexicon = event_lexicon()
    words = [w for key in keys for group in (
        lexicon[key].values() if isinstance(lexicon[key], dict) else [lexicon[key]]) for w in group]
    return tuple(sorted({tuple(w.lower().split()) for w in words}, key=len, reverse=True))  # longest first


def _place_words() -> tuple[tuple[str, ...], ...]:
    """Words of place or owning: ``trực thuộc``, ``tại``, ``của``."""
    return _phrases("attached", "locatives")


def _introducers() -> tuple[tuple[str, ...], ...]:
    """Words that open the list of the places named after their level (``là``, ``gồm``)."""
    return _phrases("list_introducers")


def _descriptors() -> tuple[tuple[str, ...], ...]:
    """Words between a level and its places that say which of their kind they are (``phía Nam``, ``miền núi``)."""
    return _phrases("level_descriptors")


def _field_stops() -> tuple[tuple[str, ...], ...]:
    """Words no field of work holds: of place or owning, of where bodies go (``về``, ``vào``, ``cho``), of a list
    or an age (``thị trấn cũ bao gồm các xã``), and every restructuring verb (``trường sáp nhập các xã``)."""
    return _phrases("attached", "locatives", "into_markers", "origin_markers", "list_introducers", "counted_asides",
                    "events")


def _placed_before(tokens: list[Token], i: int) -> bool:
    """Whether a word of place or owning ends right before token ``i`` (``trực thuộc các huyện: A, B``): the
    places there say where bodies named before lie."""
    return any(i >= len(p) and tuple(t.low for t in tokens[i - len(p):i]) == p for p in _place_words())


def _levels_after_colon(tokens: list[Token], names: list[NameMatch], text: str, offset: int, at: int,
                        level: tuple[str, ...]) -> list[NameMatch]:
    """``names`` with ``các xã: A, B và C`` (or ``3 thôn là A, B và C``) read as ``xã A``, ``xã B``, ``xã C``.

    Without the colon the grammar of names reads the level as the head of the first place and the event's list
    shares it with the others; the colon parts the level from its places, so each place is named here.
    """
    colon = at + len(level)
    head = head_at(tokens, at)
    # "3 xã của huyện A gồm B, C và D", "7 phường trực thuộc thị xã A gồm: B, C": whose units they are, between the
    # level and the list
    marker = match_phrase(tokens, colon, _phrases("owner_markers", "placers")) if colon < len(tokens) else None
    owner = next((m for m in names if m.first == colon + len(marker) and m.administrative), None) if marker else None
    colon = owner.last if owner is not None else colon
    # "3 huyện phía Nam A, B và C": where the units lie among their kind, before their names
    described = match_phrase(tokens, colon, _descriptors()) if colon < len(tokens) else None
    colon += len(described) if described and colon + len(described) < len(tokens) and tokens[
        colon + len(described)].text[:1].isupper() else 0
    introducer = match_phrase(tokens, colon, _introducers()) if colon < len(tokens) else None
    after = colon + len(introducer) if introducer else colon  # "3 thôn là A, B và C", "các xã gồm: A, B"
    if described and after == colon:
        after = colon  # the description alone parts the level from its places
        colon -= len(described)
    if after < len(tokens) and tokens[after].text == ":":
        after += 1
    if head is None or after == colon:
        return names
    # "3 xã gồm các xã A, B và C": the level said again after "các" (which "gồm các" may have taken) opens a list
    # the grammar of names reads
    if after < len(tokens) and tokens[after].low == _PLURAL:
        restated = after + 1
    else:
        restated = after if tokens[after - 1].low == _PLURAL else None
    if restated is not None and restated < len(tokens) and match_phrase(tokens, restated, _levels()):
        return names
    members = _members(tokens, names, after)
    if len(members) < 2:
        return names
    level_end = at + len(level) if owner is not None else colon  # the owner is no part of each unit's name
    level_text = text[tokens[at].start - offset:tokens[level_end - 1].end - offset]
    return _one_per_place(tokens, names, text, offset, at, members, level_text, "", (head[1], level_text, True))


def _head_before(tokens: list[Token], names: list[NameMatch], i: int) -> tuple[int, str] | None:
    """(first token, kind) of the head written right before ``các``: a name's words, or a noun for bodies."""
    named = next((m for m in names if m.first < i <= m.last), None)
    if named is not None:
        return named.first, named.kind
    for size in range(_HEAD_WORDS, 0, -1):
        start = i - size
        if start < 0:
            continue
        noun = match_phrase(tokens, start, _unit_nouns())
        if noun and len(noun) == size and start > 0 and tokens[start - 1].low in _BASIS_OPENERS:
            return None  # "trên cơ sở các huyện A, B": the basis of a new body, not a body in each place
        if noun and len(noun) == size and noun in _phrases("land_unit_words"):
            return None  # "sáp nhập đơn vị hành chính các phường: A, B": the wards themselves
        if noun and (len(noun) == size or (tokens[start].text.islower() and _field_words(
                tokens, start + len(noun), i))):
            # "xí nghiệp cấp nước các huyện: A, B": the noun may carry the field of its work
            found = head_at(tokens, start)
            return start, found[1] if found else "department"
    return None


_FIELD_WORDS = 3  # lower-case words of a field between a noun for bodies and "các" ("cấp nước")


def _field_words(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` are a few lower-case words of a field, none a word of place or motion."""
    if not 0 < end - start <= _FIELD_WORDS:
        return False
    return all(t.text.isalpha() and t.text.islower() for t in tokens[start:end]) and not any(
        match_phrase(tokens, j, _field_stops()) for j in range(start, end))


def _members(tokens: list[Token], names: list[NameMatch], j: int) -> list[tuple[int, int, bool]]:
    """(first, last, written with its own head) of each place listed from ``j``."""
    members: list[tuple[int, int, bool]] = []
    by_first = {m.first: m for m in names}
    last_joined = False
    while j < len(tokens):
        own = by_first.get(j)
        if own is not None and own.administrative:
            members.append((j, own.last, True))  # "TP. Đông Hà"
            j = own.last
        else:
            k = j
            while k < len(tokens) and k - j < _MEMBER_WORDS and tokens[k].text[:1].isupper():
                k += 1
            if k == j:
                break
            members.append((j, k, False))
            j = k
        if j < len(tokens) and (tokens[j].text == "," or tokens[j].low == "và") and not last_joined:
            last_joined = tokens[j].low == "và"  # "A, B và C, tỉnh D": the list ends with the member after "và"
            j += 1
            continue
        break
    return members


@functools.cache
def _owner_heads() -> tuple[tuple[str, ...], ...]:
    phrases = {tuple(w.lower().split()) for w in event_lexicon()["owner_named_heads"]}
    return tuple(sorted(phrases, key=len, reverse=True))


def prefix_owner_heads(tokens: list[Token], names: list[NameMatch], text: str, offset: int) -> list[NameMatch]:
    """``các Đảng đoàn: Hội Nông dân tỉnh; Liên đoàn Lao động tỉnh``: the party groups of those bodies.

    Each name listed after ``các`` and such a head is the head's body in it, not the body itself.
    """
    by_first = {m.first: m for m in names}
    renamed: dict[int, NameMatch] = {}
    for i, token in enumerate(tokens):
        if token.low != _PLURAL:
            continue
        head = match_phrase(tokens, i + 1, _owner_heads())
        if not head:
            continue
        written = text[tokens[i + 1].start - offset:tokens[i + len(head)].end - offset]
        j = i + 1 + len(head)
        whole = by_first.get(i + 1)
        if whole is not None and whole.last > j:  # "các Ban cán sự đảng Ủy ban nhân dân tỉnh; Tòa án ...": the first
            j = whole.last + 1 if whole.last < len(tokens) and tokens[whole.last].text in _SEPARATORS else len(tokens)
        elif j < len(tokens) and tokens[j].text == ":":
            j += 1
        while j in by_first:
            match = by_first[j]
            renamed[match.first] = NameMatch(match.first, match.last, match.start, match.end,
                                             f"{written} {match.name}", "party", written, False)
            j = match.last
            if j < len(tokens) and (tokens[j].text in _SEPARATORS or tokens[j].low == "và"):
                j += 1
                continue
            break
    return [renamed.get(m.first, m) for m in names]
