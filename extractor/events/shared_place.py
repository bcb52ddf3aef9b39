"""Bodies listed by their heads before one shared place: ``Tòa án nhân dân, Viện kiểm sát nhân dân huyện A``.

Decisions on a local unit name its court, procuracy, police or council together, writing the place once at
the end: ``giải thể Tòa án nhân dân, Viện kiểm sát nhân dân thành phố Huế`` dissolves two bodies, the court
of Huế and the procuracy of Huế. The grammar of names reads only the last head with the place (or, joined by
``và``, both heads as one name); for events each head is a body of that place.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.recognize.org_grammar import NameMatch, Token, head_at

__all__ = ["split_shared_places"]

_JOINERS = {",", "và"}


def split_shared_places(tokens: list[Token], names: list[NameMatch], text: str, offset: int) -> list[NameMatch]:
    """``names`` with every head that shares the place of the name after it read as a body of its own."""
    taken = {k for m in names for k in range(m.first, m.last)}
    found: list[NameMatch] = []
    for match in names:
        place = _place_start(tokens, match)
        if place is None:
            found.append(match)
            continue
        place_text = text[tokens[place].start - offset:match.end - offset]
        joined = _joined_heads(tokens, match, place)
        if joined is not None:  # "Tòa án nhân dân và Viện kiểm sát nhân dân huyện A": one name, two bodies
            left_end, right_first = joined
            found.append(_body(tokens, text, offset, match.first, left_end, place_text, match))
            found.append(replace(match, first=right_first, start=tokens[right_first].start,
                                 name=text[tokens[right_first].start - offset:match.end - offset],
                                 head=" ".join(t.low for t in tokens[right_first:right_first + _head_size(
                                     tokens, right_first)])))
            continue
        before = []
        k = match.first
        while k >= 2 and tokens[k - 1].low in _JOINERS:
            bare = _bare_head_ending_at(tokens, k - 1, taken)
            if bare is None or (bare > 0 and tokens[bare - 1].text.isdecimal()):
                break  # "7 Đảng đoàn, 3 Ban cán sự đảng, Đảng ủy khối A tỉnh": a counted head is no body of the place
            before.insert(0, _body(tokens, text, offset, bare, k - 1, place_text, match))
            k = bare
        found.extend(before)
        found.append(match)
    return sorted(found, key=lambda m: m.first)


def _place_start(tokens: list[Token], match: NameMatch) -> int | None:
    """Index of the administrative unit that ends a non-administrative name (``... thành phố Huế``)."""
    if match.administrative:
        return None
    for k in range(match.first + _head_size(tokens, match.first), match.last):
        found = head_at(tokens, k)
        if found is not None and found[2]:
            # "Viện kiểm sát nhân dân cấp huyện": a level of bodies, and the bare head before it is one too
            return k - 1 if tokens[k - 1].low == "cấp" else k
    return None


def _joined_heads(tokens: list[Token], match: NameMatch, place: int) -> tuple[int, int] | None:
    """(end of the first head, start of the second) when the name is two heads joined by ``và`` before its place."""
    first_size = _head_size(tokens, match.first)
    joint = match.first + first_size
    if joint < place and tokens[joint].low == "và" and head_at(tokens, joint + 1) is not None and (
            joint + 1 + _head_size(tokens, joint + 1) <= place):
        return joint, joint + 1
    return None


def _bare_head_ending_at(tokens: list[Token], end: int, taken: set[int]) -> int | None:
    """Start of a head with nothing after it that ends right before token ``end``, outside any name."""
    for size in range(4, 0, -1):
        start = end - size
        if start < 0 or any(k in taken for k in range(start, end)):
            continue
        found = head_at(tokens, start)
        if found is not None and len(found[0]) == size and not found[2] and tokens[start].text[:1].isupper():
            return start
    return None


def _head_size(tokens: list[Token], k: int) -> int:
    found = head_at(tokens, k)
    return len(found[0]) if found is not None else 1


def _body(tokens: list[Token], text: str, offset: int, first: int, last: int, place_text: str,
          like: NameMatch) -> NameMatch:
    """The body of head ``tokens[first:last]`` at the shared place, spanning only its own words."""
    head_text = text[tokens[first].start - offset:tokens[last - 1].end - offset]
    found = head_at(tokens, first)
    kind = found[1] if found is not None else like.kind
    return NameMatch(first=first, last=last, start=tokens[first].start, end=tokens[last - 1].end,
                     name=f"{head_text} {place_text}", kind=kind, head=head_text.lower(), administrative=False)
