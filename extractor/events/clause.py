"""The argument grammar of restructuring events: lists of organizations around a trigger.

A sentence is seen as tokens with the organization names found in it. Participants are a list of
names joined by ``,``/``và``/``với``/``cùng``; a list may share one head across its members
(``các phường Ngọc Hà, Trần Phú`` → ``phường Ngọc Hà``, ``phường Trần Phú``;
``Trường Mầm non Vĩnh Tuy và Hưng Thịnh`` → two schools). Words come from ``lang/vi/events/``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extractor.events.level_lists import distribute_over_levels, may_distribute, prefix_owner_heads
from extractor.events.places import PLACE_KIND, bare_places, is_place, strip_place
from extractor.events.shared_place import split_shared_places
from extractor.events.unit_ranks import unit_rank
from extractor.lang.vi import event_lexicon, load
from extractor.recognize.org_description import NUMBER_LIST
from extractor.recognize.org_grammar import (
    NameMatch,
    Token,
    description_end,
    head_at,
    is_capitalised,
    is_word,
    levels,
    match_phrase,
    names_in,
    place_end,
    shouted,
    shouted_end,
    tokenize,
)
from extractor.recognize.org_tokens import HYPHENS, lexicon
from extractor.recognize.organizations import name_key
from extractor.recognize.unit_heads import expand_head

__all__ = [
    "Arg", "Clause", "agent_of_passive", "bare_unit", "bodies_moved", "bullet_marks", "capitalised_end", "load_kinds",
    "numbered_units", "shared_prefix", "split_conjoined", "split_counted", "split_dashed_units", "words",
    "written_mention",
]


@functools.cache
def bullet_marks() -> frozenset[str]:
    """The marks that open a line of a list (``-``, ``+``, ``•``), from the ``bullets`` frame's words."""
    return frozenset(" ".join(phrase) for phrase in words("bullets"))


@functools.cache
def words(key: str, file: str | None = None) -> tuple[tuple[str, ...], ...]:
    """A word list as phrases of lower-case words, longest first: of the event lexicon, or of ``file``."""
    source = event_lexicon() if file is None else load(file)
    return tuple(sorted({tuple(w.lower().split()) for w in source[key]}, key=len, reverse=True))


_POINTED_OWNER_WORDS = 3  # words of a noun pointing back to an owner: "thuộc bộ này", "của cơ quan này"
_PEOPLE_WORDS = 10  # words of the people a body moves with, before its verb ("và 25 cán bộ, công chức nhà trường")
_ASIDE_REACH = 24  # tokens a bracketed aside after a list member may take
_ALIAS_WORDS = 4  # words of a brand alias in brackets after a name ("(VNPT – Vinaphone)")
_DESCRIPTION_WORDS = 5  # lower-case words of a bracketed description of a list member ("công ty cấp 3")
_MIN_DASHED_UNITS = 3  # parts of a unit's name joined by dashes that make a list ("xã A – B – C")
_LIST_AND = frozenset({"và"})  # the word that joins the last member of a list
_MAX_RIGHTS_WORDS = 12  # words of the longest phrase of an owner's rights over a body
_LOWER_DESCRIPTION = 8  # lower-case words a described name may carry after a restructuring verb
_SIBLING_WORDS = 3  # words before the number of a body named like the one before it ("khu vực 2")
_YEAR_DIGITS = 4  # a year written out: "năm 1985"
_MAX_FRACTION_WHOLE = 100  # the largest whole of a share of bodies ("4/5 tổng cục"); a larger one is a year


@functools.cache
def load_kinds(key: str) -> frozenset[str]:
    """A set of organization kinds (``government``, ``ministry``, ...) named by an event word list."""
    return frozenset(event_lexicon()[key])


@dataclass(frozen=True)
class Arg:
    """One organization taking part in an event: its name, and where it is written (None if built)."""

    name: str
    start: int | None
    end: int | None


# a name right after them is what a verb before acts on (becomes, goes into, is handed over to)
_OBJECT_MARKERS = frozenset({"thành", "vào", "sang", "về", "cho"})


# "gồm: (1) Phường A; (2) Phường B (3) Phường C": the number of an item of a list, standing alone before a capital,
# which names nothing
_ITEM_NUMBER = regex.compile(r"(?:^|(?<=\s))\((?:\d{1,2}|[a-z])\)(?=\s+\p{Lu})")


def without_item_numbers(text: str) -> str:
    """``text`` with the numbers of a list's items blanked out, every other character where it was; a number that
    follows an item with no separator between them stands for one (``(3) Phường A (4) Phường B``)."""
    if "(" not in text:
        return text

    def blank(m: regex.Match) -> str:
        before = text[:m.start()].rstrip()
        if not before or before[-1] in ":;,":
            return " " * len(m.group())
        return ";" + " " * (len(m.group()) - 1)

    return _ITEM_NUMBER.sub(blank, text)


_LABEL_KINDS = frozenset({"province", "city"})  # units whose name before a colon labels a headline's place


class Clause:
    """Tokens of one sentence with the organization names found in it (the numbers of a list's items left out)."""

    def __init__(self, text: str, offset: int) -> None:
        text = without_item_numbers(text)
        self.text = text
        self.offset = offset
        self.tokens: list[Token] = tokenize(text, offset)
        # "Tòa án nhân dân, Viện kiểm sát nhân dân thành phố A": each head a body of the place named once
        self.names: list[NameMatch] = split_shared_places(
            self.tokens, [m for m in names_in(text, offset) if not m.short], text, offset)
        # "công an các xã A, B và C": one body of that kind in each place
        if may_distribute(text):
            self.names = distribute_over_levels(self.tokens, self.names, text, offset)
            # "các Đảng đoàn: Hội Nông dân tỉnh; ...": the party group in each body
            self.names = prefix_owner_heads(self.tokens, self.names, text, offset)
        self.names = _lower_described(self.tokens, self.names, text, offset)
        self.name_at = {m.first: m for m in self.names}
        self._by_start: dict[int, NameMatch] = {}
        for m in self.names:
            self._by_start.setdefault(m.start, m)
        self._token_by_start = {tok.start: i for i, tok in enumerate(self.tokens)}
        self.inside = {k for m in self.names for k in range(m.first, m.last)}
        # provinces without a head ("sáp nhập Hà Giang và Tuyên Quang"): read only in argument lists
        self.place_at = {m.first: m for m in bare_places(text, self.tokens, offset, self.inside)}

    def phrase(self, k: int, key: str, file: str | None = None) -> tuple[str, ...] | None:
        """The phrase of word list ``key`` starting at token ``k``, outside any name."""
        if k in self.inside and k not in self.name_at:
            return None
        return match_phrase(self.tokens, k, words(key, file))

    def before_passive(self, k: int, lower: int) -> int:
        """Index before the passive markers (``được``, ``bị``) that end right before token ``k``, above ``lower``:
        where the words before a passive verb end (``A được thành lập``)."""
        while k > lower and (marker := self.phrase_ending(k, "passive_markers", lower)):
            k -= len(marker)
        return k

    def phrase_ending(self, k: int, key: str, lower: int = 0, sizes=(3, 2, 1)) -> tuple[str, ...] | None:
        """The phrase of word list ``key`` that ends right before token ``k`` and starts at or after ``lower``.

        Sizes are tried in the order given, so the caller says whether the longest or the shortest wins.
        """
        for size in sizes:
            found = self.phrase(k - size, key) if k - size >= lower else None
            if found is not None and len(found) == size:
                return found
        return None

    def skip(self, k: int, key: str | tuple[str, ...], limit: int) -> int:
        """Index after any run of phrases from word list ``key`` (or from any of several) starting at ``k``."""
        keys = (key,) if isinstance(key, str) else key
        while k < limit:
            found = next((p for name in keys if (p := self.phrase(k, name))), None)
            if not found or k in self.name_at:
                break
            k += len(found)
        return k

    def year_at(self, k: int) -> bool:
        """Whether ``năm`` and a year written out (``năm 1985``) start at token ``k``."""
        return k + 1 < len(self.tokens) and self.tokens[k].low == "năm" and self.tokens[k + 1].text.isdecimal() and (
            len(self.tokens[k + 1].text) == _YEAR_DIGITS)

    def skip_to_verb(self, k: int, keys: tuple[str, ...], limit: int) -> int:
        """Index after the fillers ``keys`` and a year (``vào năm 1985``) from ``k`` on: what stands between a
        subject and its verb (``Ngân hàng A vào năm 1985 đổi tên thành B``)."""
        k = self.skip(k, keys, limit)
        opener = self.phrase(k, "year_openers") if k < limit else None
        year = k + len(opener or ())
        if year + 1 < limit and self.year_at(year) and year not in self.name_at:
            k = self.skip(year + 2, keys, limit)
        return k

    def first_phrase(self, key: str, start: int, stop: int | None = None) -> int | None:
        """Index of the first token in ``[start, stop)`` where a phrase of word list ``key`` starts, or None."""
        stop = len(self.tokens) if stop is None else stop
        return next((j for j in range(start, stop) if self.phrase(j, key)), None)

    def lower_case_run_end(self, head: int, run: int, limit: int, most: int, enders: str | None = None) -> int | None:
        """Index after the lower-case words from token ``run`` that follow a head at ``head`` (``khoa kinh tế``,
        ``Viện nghiên cứu đông y``): at least one, at most ``most`` words from the head on, and closed right after by
        a comma, a semicolon, a full stop, ``limit`` or a phrase of ``enders``; None where the words run on."""
        end = run
        while end < limit and end - head <= most and self.tokens[end].text[:1].islower() and (
                self.tokens[end].text[:1].isalpha()) and not (enders and self.phrase(end, enders)):
            end += 1
        closed = end == limit or self.tokens[end].text in {",", ";", "."} or bool(enders and self.phrase(end, enders))
        return end if end > run and end - head <= most and closed else None

    def past_citation(self, k: int) -> int:
        """Index after a reference mark at ``k`` (``[3]``, as encyclopedia pages print them), else ``k``."""
        tokens = self.tokens
        if k + 2 < len(tokens) and tokens[k].text == "[" and tokens[k + 1].text.isdecimal() and (
                tokens[k + 2].text == "]"):
            return k + 3
        return k

    def number(self, k: int) -> int | None:
        """A count written at token ``k`` in digits (``06``, ``1.234``) or in words (``hai``)."""
        if k >= len(self.tokens):
            return None
        text = self.tokens[k].text
        if text.isdecimal():
            return int(text)
        if text.replace(".", "").isdecimal() and "." in text:
            return int(text.replace(".", ""))
        return event_lexicon()["number_words"].get(text.lower()) if k not in self.inside else None

    def says_whose_or_where(self, k: int) -> bool:
        """Whether the words at ``k`` only say whose or where a listed body is (``trực thuộc chi nhánh B``,
        ``tại tỉnh C``), so the part of the list it closes still names one member."""
        if self.phrase(k, "placers") or self.phrase(k, "where_words"):
            return True
        # "phường A với 6,51 km2 diện tích tự nhiên và quy mô dân số 5.649 người", "xã B với diện tích tự nhiên
        # 69,03 km2": the size of the unit listed, its measure named before or after the figure
        opener = self.phrase(k, "measure_openers")
        keys = ("approximations", "measure_words")
        at = self.skip(k + len(opener), keys, len(self.tokens)) if opener else len(self.tokens)
        return at < len(self.tokens) and self.tokens[at].text[:1].isdecimal()

    def unit_noun(self, k: int) -> bool:
        """Whether token ``k`` starts a noun for organizations (``chi cục thuế``, ``đơn vị``, ``Ban ...``), or a
        total of them after a share (``trong số 38 trung tâm``)."""
        if k >= len(self.tokens) or self.phrase(k, "not_unit_nouns"):
            return False
        total = self.phrase(k, "of_total")
        if total and self.number(k + len(total)) is not None:
            return self.unit_noun(k + len(total) + 1)  # "25 trong số 38 trung tâm": 25 of the centres
        if self.fraction_bar(k):
            return self.unit_noun(k + 2)  # "xóa bỏ 4/5 tổng cục": 4 of the 5
        return bool(self.phrase(k, "unit_nouns") or head_at(self.tokens, k) or k in self.name_at)

    def counts_bodies(self, lo: int, hi: int) -> bool:
        """Whether a number and a noun for bodies right after it (``3 trường``, ``hai hợp tác xã``) start in
        ``[lo, hi)``."""
        return any(self.number(j) is not None and self.unit_noun(j + 1) for j in range(max(0, lo), hi))

    def bracket_open(self, start: int, i: int) -> bool:
        """Whether a bracket opened at or after token ``start`` is still open at token ``i``."""
        depth = 0
        for token in self.tokens[start:i]:
            depth += token.text == "("
            depth -= token.text == ")" and depth > 0
        return depth > 0

    def fraction_bar(self, k: int) -> bool:
        """Whether token ``k`` is the bar of a share of bodies, ``4/5``: the part smaller than the whole, both small
        numbers, no word of time before them (``tháng 9/1996``, ``ngày 1/7``, ``từ 1/7`` are dates)."""
        if not 0 < k < len(self.tokens) - 1 or self.tokens[k].text != "/":
            return False
        part, whole = self.number(k - 1), self.number(k + 1)
        if part is None or whole is None or not part < whole <= _MAX_FRACTION_WHOLE:
            return False
        return k < 2 or not (self.phrase_ending(k - 1, "time_units") or self.phrase_ending(k - 1, "date_openers"))

    def org_list(self, k: int, limit: int, places: bool = False) -> tuple[list[Arg], int]:
        """The list of organizations starting at token ``k``; returns the args and the index after.

        With ``places``, provinces written without a head may be members (``Hà Giang và Tuyên Quang``).
        """
        args: list[Arg] = []
        last: NameMatch | None = None
        while k < limit:
            match = self.name_at.get(k)
            if match is not None and last is not None and self._place_like(match, last):
                match = None  # "các phường Tây Sơn, Hội Thương": a ward's name, not an association
            if match is None and places and (last is None or last.kind == PLACE_KIND):
                match = self.place_at.get(k)  # "sáp nhập Hà Giang và Tuyên Quang"
            if match is not None and match.last in self.name_at and (match.head.lower(),) in words("part_heads"):
                match = self.name_at[match.last]  # "Khoa Sản Bệnh viện A": the ward stands for its hospital
            if match is not None and args and any(name_key(a.name) == name_key(match.name) for a in args):
                break  # "sáp nhập 2 tỉnh A và B, tỉnh B mới sẽ ...": a body named again opens a clause of its own
            if match is not None and last is not None and match.kind == "province" and _below_province(last) and (
                    self.tokens[k - 1].text == ","):
                break  # "3 huyện A, B và C, tỉnh D sáp nhập": the province after the list is where they lie
            if match is not None:
                owner = self._attached(match.last, limit)
                council_part = match.head.lower() in {" ".join(p) for p in words("council_parts")}
                if owner is not None and owner.kind == "government" and council_part:
                    # a council's committee is named with its council: "Ban Dân tộc thuộc HĐND tỉnh"
                    args.append(Arg(self.text[match.start - self.offset:owner.end - self.offset],
                                    match.start, owner.end))
                else:
                    args.extend(_numbered_units(match))
                last = match
                k = owner.last if owner is not None else match.last
                k = self.skip(k, "name_modifiers", limit)
                k = self._after_aside(k, limit)
                branch_end = self._past_parent_branch(match, k, limit)
                if branch_end > k and k == match.last and self.tokens[k].text in HYPHENS and (
                        args and args[-1].start == match.start):
                    # "PGD A – Chi nhánh B": with a dash the branch is written into the office's full name
                    end = self.tokens[branch_end - 1].end
                    args[-1] = Arg(self.text[match.start - self.offset:end - self.offset], match.start, end)
                k = branch_end
            elif last is not None and k < limit:
                if k in self.place_at and _below_province(last) and self._after_address(k):
                    break  # "thị trấn A thuộc huyện B, Đồng Tháp": the province after the comma is the address
                bare = self._bare(k, limit, last)
                if bare is None:
                    break
                # the last joiner of a list may be "và" inside a bare member: "A, B và C"
                args.extend(split_conjoined(bare[0], last.head, last.administrative, bare=True))
                k = self._after_aside(bare[1], limit)  # "Chư Đăng Ya (H.Chư Păh)": where it lies
            else:
                break
            joiner = self.phrase(k, "joiners") or self._joiner_in_place(k, last)
            if not joiner or k + len(joiner) >= limit:
                break
            nxt = self.skip(k + len(joiner), "fillers", limit)
            if joiner in words("owner_markers") and last is not None and last.administrative and _places(
                    self.name_at.get(nxt), last):
                break  # "3 xã A, B, C của thị xã D về huyện E": the town is where they lie, no member
            if joiner == (",",) and last is not None and _places(self.name_at.get(nxt), last):
                # "phường A, thành phố B": the city is where the ward lies; a list may go on after it
                # ("Tòa án huyện A, tỉnh C và Tòa án huyện B, tỉnh C")
                after = self.name_at[nxt].last
                more = self.phrase(after, "joiners") if after < limit else None
                resumed = self.skip(after + len(more), "fillers", limit) if more else after
                if not more or resumed not in self.name_at or last.administrative or not self._same_address(
                        resumed, self.name_at[nxt], limit):
                    break
                k = resumed
                continue
            if joiner == (",",) and last is not None and last.administrative and last.kind not in _LABEL_KINDS and (
                    last.kind != PLACE_KIND) and len(args) == 1 and not self._counted_before(last.first) and (
                    nxt not in self.name_at and nxt in self.place_at and not (
                    self._list_goes_on(self.place_at[nxt].last, limit))):
                # "Xã A, Lai Châu sau sáp nhập": one unit, then the province it lies in ("2 xã A, Hòa Bình": two
                # communes counted, the second named as a province is)
                k = self.place_at[nxt].last
                break
            if places and nxt not in self.name_at and nxt in self.place_at and (
                    last is None or last.kind == PLACE_KIND):
                k = nxt
                continue
            if self.phrase(k + len(joiner), "establish_basis"):
                break  # "thành lập xã A, trên cơ sở ... của xã B": the basis of the founding, no member, follows
            counted = self.number(nxt) if last is not None and last.administrative else None
            group = self.name_at.get(nxt + 1) if counted is not None and counted >= 2 else None
            if group is not None and group.administrative:
                members, end = self.org_list(nxt + 1, limit)
                if len(members) == counted:
                    # "nhập phường A và 2 xã B, C": a counted group of units closes the list
                    args.extend(members)
                    k = end
                    break
            if nxt not in self.name_at and (self._bare(nxt, limit, last) is None):
                owner = self._owner_ahead(k + len(joiner), limit)
                if owner is None:
                    break
                nxt = owner
            if joiner == (",",) and nxt in self.name_at and self.phrase(
                    past := self._past_owner_name(self.name_at[nxt].last), "clause_subject_markers") and (
                    self.skip(past, "left_fillers", limit) < limit or self.phrase(past, "own_clause_markers")):
                # "thành lập Hội A, Tỉnh Đoàn đã công bố ...": after the comma a new clause has its subject; not so
                # where the list is the subject of the verb it ends at ("Xã A, xã B, xã C sẽ sáp nhập vào D")
                break
            if joiner == (",",) and match is not None and nxt in self.name_at and self._owners_owner(
                    match.last, nxt, limit):
                k = self.name_at[nxt].last
                break  # "phòng A và B thuộc Cục C, Tổng cục D": D is whose C is, the list ended with the owner
            k = nxt
        return self._bodies_of_listed_places(args), k

    def _serves_several_places(self, match: NameMatch) -> bool:
        """Whether a body's name gives its places as a plural level (``... các huyện miền núi B``): the places
        listed after it are more of its own, not other bodies."""
        plural = {p[0] for p in words("plural_determiners") if len(p) == 1}
        levels = {p[0] for p in words("level_suffixes", "org_heads") if len(p) == 1}
        return any(self.tokens[i].low in plural and self.tokens[i + 1].low in levels
                   for i in range(match.first, match.last - 1))

    def _after_address(self, k: int) -> bool:
        """Whether a comma before ``k`` follows a unit given as an address (``thuộc huyện B,``)."""
        before = self.name_before(k - 1, 0) if k > 0 and self.tokens[k - 1].text == "," else None
        return before is not None and before.administrative and before.first > 0 and bool(
            self.phrase(before.first - 1, "placers"))

    def _bodies_of_listed_places(self, args: list[Arg]) -> list[Arg]:
        """``Tòa án nhân dân huyện A, huyện B và huyện C``: a body named with its place, then places of the same
        level alone; each place has that body (the court of B, of C), none is ended or merged itself."""
        first = self.match_of(args[0]) if args else None
        if first is None or first.administrative or len(args) < 2:
            return args
        out = [args[0]]
        for arg in args[1:]:
            match = self.match_of(arg)
            level = arg.name.split()[0].lower() if match is not None and match.administrative else None
            cut = f" {level} " if level else None
            at = first.name.lower().rfind(cut) if cut else -1
            if at <= 0:
                return args
            out.append(Arg(f"{first.name[:at]} {arg.name}", arg.start, arg.end))
        return out

    def _past_owner_name(self, k: int) -> int:
        """Index after the body named right at ``k`` (``Ban Thường vụ`` + ``Đảng ủy Khối A``), else ``k``."""
        return self.name_at[k].last if k in self.name_at else k

    def _past_parent_branch(self, match: NameMatch, k: int, limit: int) -> int:
        """Index after the branch an office belongs to (``phòng giao dịch A, chi nhánh B``), else ``k``."""
        if k + 1 >= limit or self.tokens[k].text not in {",", "-", "–"}:
            return k
        office = tuple(match.head.lower().split()) in words("office_heads")
        parent = self.name_at.get(k + 1)
        if not office or parent is None or tuple(parent.head.lower().split()) not in words("parent_branch_heads"):
            return k
        return parent.last

    def _attached(self, k: int, limit: int) -> NameMatch | None:
        """``thuộc Sở Y tế`` after a name: the body it belongs to, which is not a participant."""
        attached = self.phrase(k, "attached")
        if not attached:
            return None
        j = k + len(attached)
        j += len(self.phrase(j, "owner_kind_nouns") or ()) if j < limit else 0  # "thuộc lực lượng Công an A"
        if j not in self.name_at or j >= limit:
            return None
        owner = self.name_at[j]
        # "thuộc huyện B của tỉnh C": the owner's owner is no member either
        return self._attached(owner.last, limit) or owner if owner.administrative else owner

    def _owners_owner(self, k: int, nxt: int, limit: int) -> bool:
        """Whether the name at ``nxt``, after a comma, says whose the owner of the member ending at ``k`` is
        (``thuộc Cục C, Tổng cục D``): a body of the owner's kind that ends the list."""
        owner = self._attached(k, limit)
        after = self.name_at[nxt]
        if owner is None or after.kind != owner.kind or self._attached(after.last, limit) is not None:
            return False
        return after.last >= limit or self.phrase(after.last, "joiners") is None

    def numbered_part_owner(self, k: int, limit: int) -> int | None:
        """``cơ sở II của Viện A``: where the body a numbered part belongs to is named, which stands for the part."""
        part = self.phrase(k, "numbered_parts")
        j = k + len(part) if part else limit
        if j + 2 >= limit or not (self.tokens[j].text.isdecimal() or _ROMAN.fullmatch(self.tokens[j].text)):
            return None
        return j + 2 if self.phrase(j + 1, "owner_markers") and j + 2 in self.name_at else None

    def _owner_ahead(self, k: int, limit: int) -> int | None:
        """``và lĩnh vực Sư phạm của Cao đẳng A``: a part of a body stands for the body."""
        # "cơ sở vật chất của A" is the sentence's own words: a part is named or starts with a part word
        part = bool(self.phrase(k, "part_words"))
        for j in range(k, min(limit, k + 8)):
            named = part or any(is_capitalised(t) for t in self.tokens[k:j])
            if self.phrase(j, "owner_markers") and j + 1 in self.name_at and named:
                return j + 1
            if j in self.name_at or self.tokens[j].text in {",", ";", ".", ":"}:
                return None
        return None

    def _place_like(self, match: NameMatch, last: NameMatch) -> bool:
        """Whether a name in a list of local units is a bare place whose first word is also a head.

        ``xã A, Hội Thương, Đoàn Kết``: after a unit, ``Hội``/``Đoàn`` plus one capitalised word is a place.
        """
        heads = lexicon()["person_name_heads"]
        rest = self.tokens[match.first + 1:match.last]
        return (last.administrative and not match.administrative and bool(rest) and match.head.lower() in heads
                and all(is_capitalised(t) or t.low in {"và", ","} for t in rest))

    def _joiner_in_place(self, k: int, last: NameMatch | None) -> tuple[str, ...] | None:
        """A joiner inside a name read as bare places (``Hội Hợp và Tân Hòa`` after ``phường A,``)."""
        if last is None or not any(m.first < k < m.last and self._place_like(m, last) for m in self.names):
            return None
        return match_phrase(self.tokens, k, words("joiners"))

    def _numbered_sibling(self, k: int, limit: int, last: NameMatch) -> tuple[Arg, int] | None:
        """``Tòa án Quân sự khu vực 1 và khu vực 2``, ``Quân đoàn 3 và 4``: a body known by its number, then another
        number after the words before it (or alone): the same name with the other number."""
        words = last.name.split()
        if last.administrative or len(words) < 2 or not words[-1].isdecimal():
            return None
        j = k
        repeated = [w.lower() for w in words[:-1]]
        while j < limit and not self.tokens[j].text.isdecimal():
            j += 1
        said = [t.low for t in self.tokens[k:j]]
        if j >= limit or len(said) > _SIBLING_WORDS or (said and repeated[-len(said):] != said):
            return None
        if j + 1 < len(self.tokens) and (self.phrase(j + 1, "measure_words") or self.unit_noun(j + 1) or self.phrase(
                j + 1, "people_counted") or self.phrase(j + 1, "measured_after_number", "org_heads")):
            return None  # "Trường Mầm non 19 và 20 học sinh": a count of something else
        end = self.tokens[j].end
        prefix = " ".join(words[:-1])
        return Arg(f"{prefix} {self.tokens[j].text}", self.tokens[k].start, end), j + 1

    def _bare(self, k: int, limit: int, last: NameMatch) -> tuple[Arg, int] | None:
        """A name without its head after a list joiner (``, Trần Phú``; ``, 2``): shares the head."""
        inner = any(m.first <= k < m.last and self._place_like(m, last) for m in self.names)
        if k >= limit or (k in self.inside and not inner):
            return None
        tok = self.tokens[k]
        if (sibling := self._numbered_sibling(k, limit, last)) is not None:
            return sibling
        if "." in tok.text or (last.administrative and len(tok.text) > 1 and tok.text.isupper()):
            return None  # "TP.Tân An", "P.Hòa Bình", "TT": a head written onto a name, not a bare member
        if tok.text.isdecimal() and last.administrative:
            if self.phrase(k + 1, "measure_words") or self.unit_noun(k + 1):
                return None  # "thôn A và 52 hộ ...": a measure of the next body, not "thôn 52"
            end = k + 1
        elif tok.text[:1].isalpha() and is_capitalised(tok):
            if match_phrase(self.tokens, k, lexicon()["name_enders"]):
                return None  # "phường A, Nghị định 54/2007": a document named after the list, no member
            # "xã A, B và C": a place ends at "và", a description may hold it ("Sở Văn hóa và Thể thao")
            end = min(place_end(self.tokens, k) if last.administrative else description_end(self.tokens, k)[0], limit)
            if shouted(self.text):
                end = shouted_end(self.tokens, k, end)  # "HẬU GIANG VÀ SÓC TRĂNG VÀO ...": capitals hide "vào"
            if end <= k:
                return None
        else:
            return None
        if end == k + 1 and tok.text.isupper() and end < limit and self.tokens[k - 1].text == "," and self.phrase(
                end, "clause_subject_markers"):
            return None  # "sáp nhập A và B, VNR dự kiến ...": an acronym, the subject of a clause of its own
        chunk = self.text[tok.start - self.offset:self.tokens[end - 1].end - self.offset]
        compound = match_phrase(self.tokens, k, lexicon()["place_compounds"])
        if compound and end == k + len(compound) and not last.name.lower().endswith(
                tuple(" ".join(c).lower() for c in lexicon()["place_compounds"])):
            return None  # "lập Sở A, Trung Bộ lập Sở B": a region replaces only a region the name ended in
        if last.kind == "company" and last.head.lower() == last.name.lower():
            # "cho Vietcombank và MB": a brand has no head to share; capitals after it are a name of their own
            own = tok.text.isupper() and end == k + 1
            return (Arg(chunk, tok.start, self.tokens[end - 1].end), end) if own else None
        if chunk.lower().startswith(last.head.lower() + " ") or (
                end == k + 1 and tok.text.isupper() and len(tok.text) > len(last.head)
                and tok.text.lower().startswith(last.head.lower())):
            # "Thanh tra cấp huyện, Thanh tra sở": the member writes the head itself; "BCĐ A và BCĐTNB": in its
            # letters
            return Arg(chunk, tok.start, self.tokens[end - 1].end), end
        if last.administrative and is_place(last.name) and is_place(chunk):
            # "TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu": provinces named whole, no head to share
            return Arg(chunk, tok.start, self.tokens[end - 1].end), end
        own_head = head_at(self.tokens, k)
        # a head that names a body on its own ("Thanh tra", "Văn phòng Bộ" aside, not "Ngân hàng")
        alone = own_head is not None and end == k + len(own_head[0]) and (
            " ".join(own_head[0]) != last.head.lower()) and (
            own_head[0] in lexicon()["field_heads"] or own_head[0] in lexicon()["standalone"])
        if own_head is not None and not own_head[2] and end == k + len(own_head[0]) and not alone and not (
                last.administrative and all(t.text[:1].isupper() for t in self.tokens[k:end])):
            # "Ngân hàng TMCP A (SCB) - Ngân hàng hợp nhất": a head alone names no body of the list; after a local unit
            # a head's words in capitals are a place ("các xã Mường Bo, Liên Minh")
            return None
        if own_head is not None and not own_head[2] and not last.administrative and (
                end > k + len(own_head[0]) or alone):
            # "Đài Truyền thanh, Trung tâm văn hóa - thể thao": a member with a head of its own, described in lower
            # case, shares nothing with the one before it; nor does a head of another kind standing alone ("Vụ Pháp
            # chế, Thanh tra, Văn phòng Bộ": the ministry's inspectorate)
            return Arg(chunk, tok.start, self.tokens[end - 1].end), end
        if not last.administrative and self._serves_several_places(last):
            return None  # "Trung tâm A các huyện miền núi B, C và D": one body for the places listed, no more members
        if not last.administrative and last.name.lower() == last.head.lower():
            return None  # "Thư viện, Tổ quản lý di tích A": a body named by its head alone has no description to share
        if tuple(last.head.lower().split()) in lexicon()["unshared_heads"]:
            return None  # "của Thủ tướng Chính phủ, Giấy A được ...": a person's office shares its word with none
        prefix = shared_prefix(last.head, last.name, last.administrative, chunk)
        if prefix and prefix.split()[-1].lower() == tok.low:
            prefix = prefix.rsplit(" ", 1)[0] if " " in prefix else ""  # "Đảng bộ Khối A, Khối B": "Khối" once
        glued = prefix.endswith(".") and " " not in prefix  # "P.Hội An và Cẩm Châu": "P.Cẩm Châu", as written
        return Arg(f"{prefix}{chunk}" if glued else f"{prefix} {chunk}".strip(), tok.start,
                   self.tokens[end - 1].end), end

    def _more_names_after(self, first: int, t: int, joiner: str) -> bool:
        """Whether the name at ``first`` is followed by ``joiner`` (a comma, ``và``) and more names before ``t``: with
        a comma the clause it closes ends there and another list opens after it."""
        match = self.name_at.get(first)
        if match is None or match.last >= t or self.tokens[match.last].low != joiner:
            return False
        return any(j in self.name_at for j in range(match.last + 1, t))

    def _placed_after_dash(self, first: int) -> bool:
        """Whether the unit of land at ``first`` follows a body and a dash (``Đoàn nghệ thuật A – huyện B``): where
        the body is, no body of its own."""
        unit = self.name_at.get(first)
        before = next((m for m in self.names if m.last == first - 1), None)
        return unit is not None and unit.administrative and before is not None and not before.administrative and (
            self.tokens[first - 1].text in HYPHENS)

    def _past_dash_place(self, j: int, limit: int) -> int:
        """Index after ``– huyện B`` at ``j`` when that unit only places the body before the dash, else ``j``."""
        if j + 1 < limit and self.tokens[j].text in HYPHENS and self._placed_after_dash(j + 1):
            return self.name_at[j + 1].last
        return j

    def _body_after_place(self, first: int, j: int) -> bool:
        """Whether a place is named at ``first`` and a body that is no place at ``j``."""
        place, body = self.name_at.get(first), self.name_at.get(j)
        return place is not None and place.administrative and body is not None and not body.administrative

    def left_list(self, t: int, lower: int, places: bool = False, owners: bool = False,
                  fillers: tuple[str, ...] = ("left_fillers",)) -> tuple[list[Arg], int | None]:
        """The list of organizations that ends right before token ``t`` (after the word lists ``fillers``).

        With ``places``, a list of headless provinces counts unless a locative puts it as where things
        happen (``các trường tại Hà Nội, Huế được sắp xếp``). A list after ``của`` owns the noun before it
        (``các chi nhánh của Ngân hàng A được đổi tên``) and is no subject; with ``owners`` it is taken
        when no other list ends there (a body established right after a caption that ends in ``của``).
        """
        starts = sorted([*self.name_at, *(self.place_at if places else ())])
        owned: tuple[list[Arg], int] | None = None
        located_until = -1  # the end of a list of places (``ở các huyện A, B và TP C``): none of its members leads
        for first in starts:
            if first < lower or first >= t or first < located_until:
                continue
            if first in self.place_at and first not in self.name_at and first > 0 and self.phrase(
                    first - 1, "locatives"):
                continue
            if first > lower and self.phrase(first - 1, "placers"):
                continue  # "7 phường thuộc thị xã A, gồm: B, C được thành lập": the town only places them
            if self._labels_headline(first, t):
                continue  # "TP.HCM: Ngừng hoạt động mái ấm A": the city the news is from, not what the verb ends
            if first > lower and self.phrase_ending(first, "system_markers", lower):
                continue  # "Nằm trong hệ thống Viện A, Viện B được thành lập": A is the system B stands in
            if first > lower and self.tokens[first - 1].low in _OBJECT_MARKERS and self._more_names_after(
                    first, t, ","):
                continue  # "A và B hợp nhất thành xã C, chi bộ D và E được hợp nhất": C is what the verb before formed
            if first > lower and self.phrase_ending(first, "naming_markers", lower) and self._more_names_after(
                    first, t, "và"):
                continue  # "... lấy tên là huyện C và đơn vị xã D sáp nhập vào ...": C is the name given before
            if first - 1 > lower and (self.number(first - 1) is not None or self.phrase(
                    first - 1, "plural_determiners")) and self.phrase(first - 2, "placers"):
                continue  # "10 thôn thuộc 03 xã A, B, C được sáp nhập": the communes only place the villages
            if self._located(first, lower) and not (
                    (listed_end := self.org_list(first, t, places)[1]) < t and self.tokens[listed_end].text == "("):
                # "12 đơn vị trên địa bàn tỉnh A sẽ giải thể": the province is where they are; a bracket
                # right after it speaks of it ("ở tỉnh A (nay tách thành ...)")
                located_until = listed_end
                # "Tại xã A, các tổ dân phố B, C được ...": the plural after the comma opens the subject
                # ("Tại quận A, bốn phường B, C, D hợp nhất": counted units of a lower level)
                # "Riêng tại tỉnh A, Hội B được thành lập": a body, not a place, opens the subject after the comma
                located_until = next((j for j in range(first, located_until) if self.tokens[j].text == "," and (
                    self.phrase(j + 1, "plural_determiners") or self._lower_unit_after(first, j + 1) or (
                        self.number(j + 1) is not None and self._lower_unit_after(first, j + 2))
                    or self._body_after_place(first, j + 1))), located_until)
                continue
            owner = first > lower and self._owns_a_noun(first, lower)
            before = next((m for m in self.names if m.last == first - 1), None)
            if before is not None and self.tokens[first - 1].text == "," and _places(self.name_at.get(first), before):
                continue  # "TAND thị xã A, tỉnh B và TAND C được thành lập": the province is A's address
            if self._placed_after_dash(first):
                continue  # "Đoàn nghệ thuật A – huyện B được thành lập": the district is where the troupe is
            args, end = self.org_list(first, t, places)
            if self._scope_of_lower_units(first, end, t):
                continue  # "TP. A, các phường: B, C sáp nhập thành ...": the city is where the wards lie
            # "Viện A (IMS) thuộc Viện B (VAST) được thành lập": the owner's alias in brackets too
            # "Đoàn A – huyện B được thành lập": the district is where the troupe is
            placed = self._past_dash_place(self._after_placement(self._after_aside(end, t, before_verb=True), t), t)
            after = self._after_owner_clause(self._after_aside(placed, t, before_verb=True), t)
            after = self._after_apposition(after, t)
            after = self._after_its_people(after, t)
            after = self._after_part_joined(after, t)
            patient = self._patient_of_agent(first, lower)
            if patient is not None and self.skip(after, (*fillers, "agent_verbs"), t) == t and args:
                return patient  # "Trường A được UBND huyện đổi tên thành B": the council only acts on A
            if self.skip_to_verb(after, fillers, t) == t and args:
                if not owner:
                    return args, first
                # "cơ cấu tổ chức của Cục A, Tổng cục B đã chuyển thành ...": A owns the noun before it, so
                # the subject is a list that starts later, if there is one
                owned = owned or (args, first)
        return owned if owned is not None and owners else ([], None)

    def _counted_before(self, first: int) -> bool:
        """Whether a number of units stands right before the name at ``first`` (``2 xã A, B``)."""
        return first > 0 and self.number(first - 1) is not None

    def _list_goes_on(self, k: int, limit: int) -> bool:
        """Whether a comma or ``và`` at ``k`` joins another member to a list."""
        return k < limit and (self.tokens[k].text == "," or self.tokens[k].low in _LIST_AND)

    def _labels_headline(self, first: int, t: int) -> bool:
        """Whether the name at ``first`` is a province or city set before a colon, the label of where the news is
        from (``TP.HCM: Giải thể ...``, ``Tỉnh A: ...``); such units are not what a verb after it acts on."""
        named = self.name_at.get(first)
        return named is not None and named.kind in _LABEL_KINDS and named.last < t and (
            self.tokens[named.last].text == ":")

    def _after_apposition(self, k: int, limit: int) -> int:
        """Index after what a body is, said between commas before its verb (``Hội A, một bộ phận của Mặt trận B,
        ra đời``, the closing comma often left out), else ``k``: a body inside it is no subject."""
        if k >= limit or self.tokens[k].text != "," or not self.phrase(k + 1, "apposition_openers"):
            return k
        close = next((j for j in range(k + 1, limit) if self.tokens[j].text == ","), None)
        return limit if close is None else close + 1

    def _patient_of_agent(self, first: int, lower: int) -> tuple[list[Arg], int] | None:
        """The list of bodies a passive act is done to, when the body at ``first`` is its agent.

        ``Hạt Kiểm lâm A được UBND tỉnh quyết định thành lập``, ``Hợp tác xã A bị UBND huyện giải thể``: the list
        that ends right before the passive marker is what is founded or ended; the body after the marker acts.
        """
        marker = self.phrase_ending(first, "passive_markers", lower)
        if not marker:
            return None
        j = first - len(marker)
        for start in sorted(self.name_at):
            if lower <= start < j and not self._placed_after_dash(start):
                args, end = self.org_list(start, j)
                end = self._past_dash_place(end, j)  # "Đoàn A – huyện B được ...": the troupe, placed
                if end + 1 == j and self.tokens[end].text == ")" and self.phrase_ending(
                        start, "former_name_markers", lower, sizes=(4, 3, 2, 1)):
                    end = j  # "A (tiền thân là B) được UBND tỉnh thành lập": the former name, as with no agent
                if end == j and args:
                    return args, start
        return None

    def _scope_of_lower_units(self, first: int, end: int, t: int) -> bool:
        """Whether the unit of land at ``first`` only says where the units of another level listed after it lie:
        ``TP. A, các phường B, C`` (not ``xã A, các xã B và C``, three communes)."""
        named = self.name_at.get(first)
        if named is None or not named.administrative:
            return False
        j = named.last
        if j + 1 >= t or self.tokens[j].text != ",":
            return False
        plural = self.phrase(j + 1, "plural_determiners")
        level_at = j + 1 + len(plural) if plural else None
        if level_at is None and self.number(j + 1) is not None:
            level_at = j + 2  # "Quận A, bốn phường B, C, D": counted units of another level
        lower = self.name_at.get(level_at) if level_at is not None else None
        return lower is not None and lower.administrative and lower.head.lower() != named.head.lower() and (
            level_at < end)

    def _after_its_people(self, k: int, limit: int) -> int:
        """Index after the people a body moves with (``Trường A và 25 cán bộ, công chức nhà trường sẽ chuyển giao
        ...``): a joiner, a number and the people it counts, then words naming no body up to the verb; else ``k``."""
        joiner = self.phrase(k, "people_joiners") if k < limit else None
        n_at = k + len(joiner) if joiner else k
        if not joiner or self.number(n_at) is None or not self.phrase(n_at + 1, "people_counted"):
            return k
        j = n_at + 1
        while j < limit and j not in self.name_at and not self.phrase(j, "left_fillers") and (
                j - k <= _PEOPLE_WORDS):
            j += 1
        return j if j == limit or self.phrase(j, "left_fillers") else k

    def _after_part_joined(self, k: int, limit: int) -> int:
        """Index after a part of another unit joined to the list (``Phường A, B cùng một phần diện tích phường C (quận
        D) sáp nhập thành ...``): a joiner, words of a measure, the unit the part is taken from and an aside in
        brackets; the unit goes on, so it is no participant. ``k`` when no such part follows."""
        joiner = self.phrase(k, "part_joiners") if k < limit else None
        j = k + len(joiner) if joiner else k
        measured = False
        while j < limit and (measure := self.phrase(j, "measure_words")):
            j += len(measure)
            measured = True
        if not joiner or not measured:
            return k
        j += len(self.phrase(j, "owner_markers") or ()) if j < limit else 0
        if j not in self.name_at:
            return k
        j = self.name_at[j].last
        if j < limit and self.tokens[j].text == "(":
            j = next((i + 1 for i in range(j, limit) if self.tokens[i].text == ")"), j)
        return j

    def _lower_unit_after(self, place: int, j: int) -> bool:
        """Whether the name at ``j`` is a unit of a lower level than the place at ``place`` (``Tại quận A, phường B,
        C và D sáp nhập ...``): the place only says where, the units after its comma open the subject."""
        where, unit = self.name_at.get(place), self.name_at.get(j)
        if where is None or unit is None:
            return False
        high, low = unit_rank(where.name, highest=True), unit_rank(unit.name)
        if low is None and unit.kind == "village":
            low = -1  # "Tại huyện A, thôn B được đổi tên thành C": a village, below every ranked unit
        return high is not None and low is not None and low < high

    def _located(self, first: int, lower: int) -> bool:
        """Whether a place word (``tại``, ``trên địa bàn``) ends right before ``first``, or before a plural word
        that opens it (``3 HTX ở các huyện A, B``); ``của`` is an owner."""
        if self.under_ownership_rights(first, lower):
            return False  # "quyền đại diện chủ sở hữu tại Tổng công ty A": the rights held in A, no place
        plural = self.phrase_ending(first, "plural_determiners", lower)
        first -= len(plural) if plural else 0
        for size in (1, 2, 3):
            found = self.phrase(first - size, "locatives") if first - size >= lower else None
            if found and len(found) == size and found not in words("owner_markers") and found not in words("placers"):
                return True
        # "Đối với huyện A, xã B và xã C nhập thành ...": the unit the sentence opens with is what it speaks of
        opener = self.phrase_ending(first, "topic_openers", lower)
        topic = self.name_at.get(first)
        # ("Cụ thể, với tỉnh A, thành phố B được thành lập": after a word that opens the sentence and a comma)
        opens = opener is not None and (first - len(opener) == lower or (
            first - len(opener) - 1 > lower and self.tokens[first - len(opener) - 1].text == ","))
        return opens and topic is not None and topic.administrative and (
            topic.last < len(self.tokens) and self.tokens[topic.last].text == ",") and self._lower_unit_after(
            first, topic.last + 1)

    def under_ownership_rights(self, first: int, lower: int) -> bool:
        """Whether the owner's rights over a body (``quyền đại diện chủ sở hữu vốn nhà nước tại``) end right before
        ``first``: what is handed over with them is the body itself."""
        if first <= lower or self.tokens[first - 1].low not in _rights_last_words():
            return False  # every such phrase ends with the word that opens the body ("tại", "của", "với")
        return bool(self.phrase_ending(first, "ownership_rights", lower, range(_MAX_RIGHTS_WORDS, 2, -1)))

    def title_before(self, k: int, lower: int) -> int:
        """Words of an office or a rank (``person_titles``) ending right before token ``k`` and starting at or
        after ``lower``, 0 when none: ``Bộ trưởng`` before ``Bộ A``, ``Chủ tịch`` before ``UBND tỉnh``."""
        return next((size for size in (3, 2, 1) if k - size >= lower and len(
            self.phrase(k - size, "person_titles", "org_heads") or ()) == size), 0)

    def _owns_a_noun(self, first: int, lower: int) -> bool:
        """Whether the name at ``first`` follows ``của`` after a plain noun, whose owner it is.

        After a measure or a part (``diện tích của xã A``, ``một phần của phường B``) the owner is what
        the event moves, so it stays a participant.
        """
        if self.under_ownership_rights(first, lower):
            return False  # "quyền đại diện chủ sở hữu của Tổng công ty A được chuyển giao": A is handed over
        first -= self.title_before(first, lower + 1)  # "Quyết định của Chủ tịch UBND tỉnh": the holder owns it
        marker = self.phrase(first - 1, "owner_markers")
        if not marker or len(marker) != 1:
            return False
        return not any(self.phrase_ending(first - 1, key, lower, range(1, 5))
                       for key in ("measure_words", "part_words"))

    def _same_address(self, k: int, place: NameMatch, limit: int) -> bool:
        """Whether the body at ``k`` is followed by the same place after a comma (a parallel list member)."""
        end = self.name_at[k].last
        after = self.name_at.get(end + 1) if end + 1 < limit and self.tokens[end].text == "," else None
        return after is not None and after.name.lower() == place.name.lower()

    def located_aside(self, k: int, limit: int) -> int:
        """Index after a bracket at ``k`` that says where the body before it lies (``(H. Tuy Đức)``,
        ``(TX Gia Nghĩa)``, ``(huyện A)``), else ``k``."""
        if k + 1 >= limit or self.tokens[k].text != "(":
            return k
        close = next((j for j in range(k + 1, min(limit, k + _ASIDE_REACH)) if self.tokens[j].text == ")"), None)
        if close is None:
            return k
        first = self.tokens[k + 1]
        unit = head_at(self.tokens, k + 1)
        abbreviated = first.text.split(".")[0] in lexicon()["unit_abbreviations"]
        return close + 1 if (unit is not None and unit[2]) or abbreviated else k

    def _after_placement(self, k: int, limit: int) -> int:
        """Index after ``thuộc`` and the units that place the list before it (``thuộc thị xã A, tỉnh B``), else ``k``.

        ``2 phường A, B thuộc thị xã C được thành lập``: the town says where the wards lie; they are the subject.
        """
        placer = self.phrase(k, "placers") if k < limit else None
        owner = self.phrase(k, "owner_markers") if k < limit and not placer else None
        # the unit the list ends with, or the named one its bare members share a head with ("phường 11, 12")
        unit = max((m for m in self.names if m.last <= k), key=lambda m: m.last, default=None) if owner else None
        if owner and unit is not None and unit.administrative and _places(self.name_at.get(k + len(owner)), unit):
            placer = owner  # "các phường 11, 12 của quận 5 được sáp nhập": the district is where the wards lie
        j = k + len(placer) if placer else k
        ending = next((m for m in self.names if m.last == k), None) if not placer else None
        if ending is not None and ending.kind == "village" and (outer := self.name_at.get(k)) is not None and _places(
                outer, ending):
            return outer.last  # "thôn 7 xã A đổi tên thành ...": the commune right after the village gives its address
        # "3 huyện A, B và C, tỉnh D sáp nhập": the province after a comma places them; "Trường A, huyện B đổi tên
        # thành ...": any unit places a body named with no unit of its own
        if ending is not None and (outer := self.address_after(ending, k, limit)) is not None and (
                outer.kind == "province" or not ending.administrative):
            return outer.last
        if j > k and j not in self.name_at:
            # "Tổng cục A thuộc bộ này sẽ đổi tên ...": the owner told before, a noun and a demonstrative
            pointer = next((i for i in range(j + 1, min(limit, j + _POINTED_OWNER_WORDS + 1))
                            if self.phrase(i, "demonstratives")), None)
            if pointer is not None and all(t.text.islower() for t in self.tokens[j:pointer]):
                return pointer + len(self.phrase(pointer, "demonstratives"))
        if j == k or j not in self.name_at:
            return k
        j = self.name_at[j].last
        while j + 1 < limit and self.tokens[j].text == "," and j + 1 in self.name_at:
            j = self.name_at[j + 1].last
        return self.skip(j, "name_modifiers", limit)  # "của quận 5 cũ": the unit as it was

    def _after_owner_clause(self, k: int, limit: int) -> int:
        """Index after ``do B làm chủ sở hữu`` (who owns or runs the list before it) at ``k``, else ``k``."""
        marker = self.phrase(k, "owner_clause_markers") if k < limit else None
        if not marker or k + len(marker) not in self.name_at:
            return k
        j = self.name_at[k + len(marker)].last
        verb = self.phrase(j, "owner_clause_verbs") if j < limit else None
        return j + len(verb) if verb else k

    def _after_aside(self, k: int, limit: int, before_verb: bool = False) -> int:
        """Index after a bracket at ``k`` that only names or aliases the body before it, else ``k``.

        ``Ngân hàng Đại Dương (OceanBank)``, ``Báo Đầu tư (Bộ Tài chính)``: an alias, or the bodies that
        own it, in brackets right after a member of a list.
        """
        if k >= limit or self.tokens[k].text != "(":
            return k
        close = next((j for j in range(k + 1, min(limit, k + _ASIDE_REACH)) if self.tokens[j].text == ")"), None)
        if close is None or close == k + 1:
            return k
        inside = range(k + 1, close)
        if close == k + 2 and self.tokens[k + 1].text[:1].isupper():
            return close + 1  # a one-word alias
        if close - k - 1 <= _ALIAS_WORDS and all(
                self.tokens[j].text[:1].isupper() or self.tokens[j].text in {"-", "–", "—"} for j in inside):
            return close + 1  # a brand written in words and dashes: "(VNPT – Vinaphone)"
        words_only = all(j in self.inside or self.tokens[j].text == "," or self.phrase(j, "joiners") for j in inside)
        # "(trực thuộc Tỉnh ủy)", "(thuộc UBND tỉnh)": whom the member belongs to
        # ("(thuộc Quân khu 3)": a numbered owner)
        owned = bool(self.phrase(k + 1, "placers")) and all(
            self.tokens[j].text.replace("-", "").isalnum() or self.tokens[j].text == "," for j in inside)
        # "CTCP A (công ty cấp 3) vào Công ty B": a short description of the member before where it goes
        described = len(inside) <= _DESCRIPTION_WORDS and all(
            (self.tokens[j].text.isalnum() and self.tokens[j].text[:1].islower()) or self.tokens[j].text.isdecimal()
            for j in inside) and close + 1 < limit and bool(self.phrase(close + 1, "into_markers"))
        # "Trường A (thành lập năm 1990) sẽ sáp nhập vào ...": before the verb, an aside naming no body
        unnamed = before_verb and not any(j in self.name_at for j in inside)
        # "Trường Trung cấp A (Cần Thơ), Trường B (Quảng Nam)": where each member lies, a province named alone
        province = k + 1 in self.place_at and self.place_at[k + 1].last == close
        # "xã A (trừ 4 xóm B, C, D, E) thành xã F": the parts left out of the member, not members
        excepted = bool(self.phrase(k + 1, "exception_words"))
        lies = self._names_where_it_lies(k + 1, close)
        # "Ban A (thành lập năm 1973) và Thư viện B (thành lập năm 1968)": when each member was founded
        dated = not any(j in self.name_at for j in inside) and any(
            self.phrase(j, "founding_dates") and self.number(j + len(self.phrase(j, "founding_dates"))) is not None
            for j in inside)
        # "Phòng A (do Thượng tá B làm Trưởng phòng)": who leads the member
        led = bool(self.phrase(k + 1, "leader_markers")) and any(self.phrase(j, "leader_verbs") for j in inside)
        # "Sở A (cũ), Sở B (cũ)": the member as it was before
        age = self.phrase(k + 1, "age_asides")
        aged = age is not None and k + 1 + len(age) == close
        # "tỉnh Nam Hà (nay là Hà Nam và Nam Định) và Ninh Bình": what the member is now, no member of its own
        # inside a list, what the member was called before ("3 đơn vị: A (trước đây là B), C và D"); before a verb the
        # former name is what the verb speaks of ("A (trước đây là B) được thành lập" founds B)
        listed_on = close + 1 < limit and (self.tokens[close + 1].text in {",", ";"} or self.tokens[close + 1].low == (
            lexicon()["and"]))
        now_named = bool(self.phrase(k + 1, "new_name_markers") or (
            not before_verb and listed_on and self.phrase(k + 1, "former_name_markers")))
        # "Mặt trận A (gọi tắt là Việt Minh) và Hội B": the member's short or foreign name
        alias = bool(self.phrase(k + 1, "alias_markers"))
        return close + 1 if (words_only or owned or described or unnamed or province or excepted or lies or dated
                             or led or aged or now_named or alias) else k

    def _names_where_it_lies(self, first: int, close: int) -> bool:
        """Whether tokens ``first`` to ``close`` (a bracket's inside) name the local unit where a list member lies:
        ``Cty A (TX Gia Nghĩa)``, ``Cty B (cùng H. Krông Nô)``."""
        first += len(self.phrase(first, "aside_places") or ())
        if first >= close:
            return False
        unit = self.name_at.get(first)
        # "(quận A hiện nay)", "(huyện B cũ)": the unit as it is now or was then
        if unit is not None and unit.administrative and self.skip(unit.last, "age_asides", close) == close:
            return True
        inner = self.span_text(first, close)
        return expand_head(inner) != inner and all(is_capitalised(t) or t.text == "." for t in self.tokens[first:close])

    def past_address(self, arg: Arg, k: int, limit: int) -> int:
        """Index after the units that give ``arg``'s address, after a comma, after ``của`` or right after it (``xã A,
        huyện B``, ``xã A của thị xã B``, ``huyện A tỉnh B``), when the words after them lead on into what ``arg``
        goes to (``vào thành phố C``), else ``k``."""
        inner = self.match_of(arg)
        j = k
        while inner is not None and j + 1 < limit:
            at = j + 1 if self.tokens[j].text == "," or self.phrase(j, "owner_markers") else j
            if not _places(outer := self.name_at.get(at), inner):
                break
            inner = outer
            j = inner.last
        return j if j > k and self.phrase(j, "into_markers") else k

    def locates(self, place: Arg, body: Arg) -> bool:
        """Whether ``place`` is a unit that gives ``body``'s address (``thị trấn A thuộc huyện B``), not a body of
        its own beside it (``thị xã A, thị trấn B``)."""
        inner = self.match_of(body)
        return inner is not None and _places(self.match_of(place), inner)

    def address_after(self, body: NameMatch, k: int, limit: int) -> NameMatch | None:
        """The local unit right after the comma at ``k`` that gives ``body``'s address (``Trường A, huyện B``,
        ``phường C, thành phố D``), or None."""
        if k + 1 >= limit or self.tokens[k].text != ",":
            return None
        outer = self.name_at.get(k + 1)
        return outer if _places(outer, body) else None

    def match_of(self, arg: Arg) -> NameMatch | None:
        """The name written where ``arg`` starts in this clause, or None (a name built or written elsewhere)."""
        return self._by_start.get(arg.start) if arg.start is not None else None

    def token_starting(self, offset: int | None) -> int | None:
        """Index of the token that starts at document ``offset``, or None."""
        return self._token_by_start.get(offset) if offset is not None else None

    def part_end(self, j: int) -> int:
        """Index of the semicolon or full stop that ends the part of the sentence at token ``j`` (its length where
        none does)."""
        return next((i for i in range(j, len(self.tokens)) if self.tokens[i].text in {";", "."}), len(self.tokens))

    def figure_at(self, j: int) -> bool:
        """Whether a figure opens the words at ``j`` (a count or a share of bodies: ``1/7 số phòng``), not a time
        (``3 tháng``)."""
        return j < len(self.tokens) and self.tokens[j].text[:1].isdecimal() and not (
            j + 1 < len(self.tokens) and self.phrase(j + 1, "time_units"))

    def span_text(self, first: int, end: int) -> str:
        """The text of tokens ``[first, end)`` as written."""
        return self.text[self.tokens[first].start - self.offset:self.tokens[end - 1].end - self.offset]

    def token_after(self, arg: Arg) -> int:
        """Index of the first token after ``arg`` (0 when the arg is not written in this clause)."""
        if arg.end is None:
            return 0
        return next((i for i, t in enumerate(self.tokens) if t.start >= arg.end), len(self.tokens))

    def name_after_marker(self, key: str, lo: int, hi: int) -> Arg | None:
        """The first name in ``[lo, hi)`` written right after a phrase of word list ``key`` (``tiền thân là A``)."""
        for j in range(lo, hi):
            marker = self.phrase(j, key)
            match = self.name_at.get(j + len(marker)) if marker else None
            if match is not None:
                return Arg(match.name, match.start, match.end)
        return None

    def name_before(self, k: int, lower: int) -> NameMatch | None:
        """The name that ends right before token ``k``."""
        for match in reversed(self.names):
            if match.last == k and match.first >= lower:
                return match
        return None


_MAX_AGENT_WORDS = 6  # capitalised words of a person who acts in the passive ("Chủ tịch Hồ Chí Minh")


def bodies_moved(participants: list[Arg], into: Arg | None) -> list[Arg]:
    """The participants of a handover or a merge but the body they go into (all of them when none is named):
    ``bàn giao ba đơn vị gồm A, B và C về D`` moves A, B and C."""
    key = name_key(into.name) if into is not None else None
    return [p for p in participants if name_key(p.name) != key]


def bare_unit(clause: Clause, first: int, end: int, head: str) -> Arg:
    """The bare place in tokens ``[first, end)`` named as a unit with ``head`` (``Bách Khoa``: ``phường Bách Khoa``)."""
    text = clause.span_text(first, end)
    return Arg(f"{head} {text}", clause.tokens[first].start, clause.tokens[end - 1].end)


def capitalised_end(clause: Clause, j: int, hi: int) -> int:
    """Index after the run of capitalised words (letters only) from token ``j``: a bare place's name."""
    while j < hi and clause.tokens[j].text[:1].isupper() and clause.tokens[j].text.isalpha():
        j += 1
    return j


def agent_of_passive(clause: Clause, first: int, k: int) -> bool:
    """Whether the words from ``first`` up to the trigger at ``k`` are who acts in a passive verb: right after
    ``được``/``bị``, a body's name or a person written in capitals (``được Bộ B đổi tên``, ``được Chủ tịch Hồ Chí Minh
    đổi tên``), so they are not what the verb acts on."""
    if first < 1 or not clause.phrase(first - 1, "agent_passives"):
        return False
    match = clause.name_at.get(first)
    if match is not None:
        return match.last == k
    title = match_phrase(clause.tokens, first, lexicon()["person_titles"])  # "Chủ tịch", "Bộ trưởng"
    # "được thực dân Pháp thành lập", "được chính quyền thuộc địa thành lập": a people or a regime
    noun = None if title else match_phrase(clause.tokens, first, words("agent_nouns"))
    span = clause.tokens[first + len(title or noun or ()):k]
    return (bool(span) or noun is not None) and len(span) <= _MAX_AGENT_WORDS and all(
        t.text[:1].isupper() and t.text.isalpha() for t in span)


def _below_province(unit: NameMatch) -> bool:
    """Whether ``unit`` is a local unit under a province (a commune, a town, a district)."""
    ranks = {kind: rank for rank, kind in enumerate(event_lexicon()["administrative_ranks"])}
    return unit.administrative and ranks.get(unit.kind, len(ranks)) < ranks["province"]


def _places(outer: NameMatch | None, inner: NameMatch) -> bool:
    """Whether administrative unit ``outer`` gives the address of ``inner`` after a comma.

    A larger unit places a smaller one (``phường A, thành phố B``); a province places any body that is not a
    unit itself (``Tòa án nhân dân huyện A, tỉnh B``).
    """
    ranks = {kind: rank for rank, kind in enumerate(event_lexicon()["administrative_ranks"])}
    if outer is None or not outer.administrative:
        return False
    if not inner.administrative:
        # "Trường A, huyện B": a body named with no unit of its own is placed by any unit ("UBND huyện A, huyện B"
        # lists two councils)
        return outer.kind == "province" or (outer.kind != "village" and not _names_a_unit(inner.name))
    return ranks.get(outer.kind, -1) > ranks.get(inner.kind, len(ranks))


def _names_a_unit(name: str) -> bool:
    """Whether ``name`` holds the head of a local unit as a word (``Trung tâm Y tế huyện A``)."""
    lowered = f" {' '.join(name.lower().split())} "
    return any(head in lowered for head in _spaced_unit_heads())


@functools.cache
def _spaced_unit_heads() -> tuple[str, ...]:
    """The heads of local units (``admin_units.yaml``), each between spaces, to be found as words in a name."""
    return tuple(f" {head} " for heads in load("admin_units")["heads"].values() for head in heads)


def _lower_described(tokens: list[Token], names: list[NameMatch], text: str, offset: int) -> list[NameMatch]:
    """``sáp nhập Trung tâm quản lý di sản văn hóa vào ...``: right after a verb of restructuring (or ``vào``,
    ``với``), a capitalised head may carry its description in lower case up to the next marker or mark."""
    taken = {k for m in names for k in range(m.first, m.last)}
    found = list(names)
    openers, enders = words("lower_name_openers"), words("lower_name_enders")
    last_words = {w[-1] for w in openers}

    def opened_at(i: int) -> bool:
        return any(match_phrase(tokens, i - len(w), (w,)) for w in openers if i - len(w) >= 0)

    def listed_after_opener(i: int) -> bool:
        """``hợp nhất: Đài truyền thanh, Thư viện, Trung tâm văn hóa - thể thao``: a member of a list the verb opens,
        past a colon and the names before it; so ``sáp nhập Trung tâm A và Trung tâm dạy nghề``."""
        j = i - 1
        while j > 0 and tokens[j].text in {",", ":"} | _LIST_AND:
            j -= 1
            owner = next((m for m in found if m.last == j + 1), None)
            if owner is None:
                return opened_at(j + 1)
            if opened_at(owner.first):
                return True  # "sắp xếp lại Trung tâm A, Trung tâm tổ chức biểu diễn": the list's first member
            j = owner.first - 1
        return False

    for i in range(len(tokens)):
        if i in taken or not is_capitalised(tokens[i]):
            continue
        subject = i == 0 or (tokens[i - 1].low,) in words("lower_subject_openers")
        if i == 0:
            opener = False
        elif tokens[i - 1].low in last_words:
            opener = opened_at(i)
        else:
            opener = tokens[i - 1].text in {",", ":"} | _LIST_AND and listed_after_opener(i)
        head = head_at(tokens, i) if opener or subject else None
        kinds = load_kinds("lower_described_kinds") if opener else load_kinds("lower_subject_kinds")
        if head is None or head[1] not in kinds:
            continue
        j = i + len(head[0])
        end = j
        while end < len(tokens) and end - j <= _LOWER_DESCRIPTION and (is_word(tokens[end]) or _joins_words(
                tokens, end)) and not is_capitalised(tokens[end]) and end not in taken and (
                not match_phrase(tokens, end, enders) or _and_between_fields(tokens, end, enders)):
            end += 1
        closed = end >= len(tokens) or not is_word(tokens[end]) or match_phrase(tokens, end, enders)
        if not opener:
            # the subject's description runs up to its own founding, nothing else, maybe past whose it is ("Đội
            # điều tra hải dương học thuộc Ủy ban A thành lập năm 1959")
            placer = match_phrase(tokens, end, words("placers"))
            owner = next((m for m in found if placer and m.first == end + len(placer)), None)
            closed = bool(match_phrase(tokens, owner.last if owner else end, words("lower_subject_closers")))
        if end - j < 2 or end - j > _LOWER_DESCRIPTION or not closed:
            continue
        name = text[tokens[i].start - offset:tokens[end - 1].end - offset]
        found.append(NameMatch(i, end, tokens[i].start, tokens[end - 1].end, name, head[1], " ".join(head[0]), False))
        found.sort(key=lambda m: m.first)
        taken.update(range(i, end))
    return sorted(found, key=lambda m: m.first)


def _and_between_fields(tokens: list[Token], j: int, enders: tuple) -> bool:
    """``và`` between two lower-case fields of one description (``tổ chức biểu diễn và điện ảnh``): a lower-case
    word follows that is no marker and opens no body of its own."""
    if tokens[j].low not in _LIST_AND or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return is_word(after) and not is_capitalised(after) and not match_phrase(tokens, j + 1, enders) and (
        head_at(tokens, j + 1) is None)


def _joins_words(tokens: list[Token], j: int) -> bool:
    """A hyphen between two lower-case words of one description (``văn hóa - thể thao``)."""
    return tokens[j].text in {"-", "–"} and j + 1 < len(tokens) and is_word(tokens[j + 1]) and not is_capitalised(
        tokens[j + 1]) and j > 0 and is_word(tokens[j - 1])


def _numbered_units(match: NameMatch) -> list[Arg]:
    """``xóm 5,6,7,8``: one name of several units of a kind known by their numbers, each unit an argument."""
    written = match.name.rsplit(" ", 1)
    if not match.administrative or len(written) != 2 or not NUMBER_LIST.fullmatch(written[1]):
        return [Arg(match.name, match.start, match.end)]
    head, numbers = written
    return numbered_units(head, numbers, match.end - len(numbers), first_start=match.start)


def numbered_units(head: str, numbers: str, at: int, first_start: int | None = None) -> list[Arg]:
    """``xóm 5,6,7,8``, ``các phường: 1,2,3``: units of kind ``head`` known by numbers packed with commas, written from
    offset ``at``, one argument each; the first unit's span opens at ``first_start`` where its head is written too."""
    units: list[Arg] = []
    for number in numbers.split(","):
        start = first_start if not units and first_start is not None else at
        units.append(Arg(f"{head} {number}", start, at + len(number)))
        at += len(number) + 1
    return units


def split_conjoined(arg: Arg, head: str, administrative: bool, bare: bool = False) -> list[Arg]:
    """``Trường Mầm non Vĩnh Tuy và Hưng Thịnh`` as two schools, when the event needs two members."""
    name = arg.name
    cut = name.rfind(" và ")
    if cut < 0 or not name[cut + 4:cut + 5].isupper() or administrative:
        return [arg]
    first, chunk = name[:cut], name[cut + 4:]
    if len(first.split()) <= len(head.split()) and not bare:
        return [arg]
    if _joins_fields(first, chunk):
        return [arg]  # "Bộ Khoa học và Công nghệ": two fields of one body, not two bodies
    if _joins_levels(first, chunk, head):
        return [arg]  # "trường THCS và THPT Tân Bằng": one school of two levels, not two schools
    split_at = None if arg.start is None else arg.start + cut
    second_start = None if split_at is None else split_at + 4
    if _opens_with_head(chunk):
        # "Đài Phát thanh - Truyền hình và Báo Bình Phước": the second body has a head of its own
        return [Arg(first, arg.start, split_at), Arg(chunk, second_start, arg.end)]
    prefix = shared_prefix(head, first, administrative, chunk)
    return [Arg(first, arg.start, split_at), Arg(f"{prefix} {chunk}", second_start,
                                                 arg.end)]


def _opens_with_head(chunk: str) -> bool:
    """Whether ``chunk`` opens with a capitalised head of an organization (``Báo A``, ``Trường B``)."""
    written = chunk.split()
    lowered = tuple(w.lower() for w in written)
    return written[0][:1].isupper() and any(
        lowered[:len(phrase)] == phrase and len(phrase) < len(lowered) and not administrative
        for phrase, (_, administrative) in lexicon()["heads"].items())


_ROMAN = regex.compile(r"[IVX]{1,4}")
_DASH = regex.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")  # spaced on one side at least


def split_dashed_units(arg: Arg, match: NameMatch | None, minimum: int = _MIN_DASHED_UNITS) -> list[Arg]:
    """``xã Đông Hà – Tây Hà – Nam Hà sáp nhập``: three communes joined by dashes, each with the head.

    Only for an administrative unit whose name has three parts or more: two parts may be one name (a province
    such as ``Bà Rịa - Vũng Tàu``), unless a count says there are two (``sáp nhập 2 xã A - B``: ``minimum``).
    """
    if match is None or not match.administrative or arg.start is None:
        return [arg]
    head = match.head
    rest = arg.name[len(head):].strip() if arg.name.lower().startswith(head.lower()) else None
    parts = _DASH.split(rest) if rest else []
    if len(parts) < minimum or not all(p[:1].isupper() for p in parts):
        return [arg]
    head_text = arg.name[: len(head)]
    first = f"{head_text} {parts[0]}"
    return [Arg(first, arg.start, arg.start + len(first)), *(Arg(f"{head_text} {p}", None, None) for p in parts[1:])]


def _joins_fields(first: str, chunk: str) -> bool:
    """Whether ``first`` ends in a field of work and ``chunk`` is one or opens with one (``... Khoa học`` và
    ``Công nghệ``, ``Công ty A Đầu tư`` và ``Phát triển Nông nghiệp Hà Nội``)."""
    fields = lexicon()["fields"]
    last = tuple(first.lower().split())
    words_after = tuple(chunk.lower().split())
    return any(words_after[:len(f)] == f for f in fields) and any(last[-len(f):] == f for f in fields)


def _joins_levels(first: str, chunk: str, head: str) -> bool:
    """Whether ``first`` is a school's head and one level alone and ``chunk`` opens with another level (``trường
    THCS`` và ``THPT Tân Bằng``): the levels of one school that teaches both."""
    levels = lexicon()["level_heads"]
    own = tuple(first.lower().split())[len(head.split()):]
    after = tuple(chunk.lower().split())
    return own in levels and any(after[:len(level)] == level and len(after) > len(level) for level in levels)


def split_counted(arg: Arg, head: str, count: int) -> list[Arg]:
    """``sở Du lịch, Thông tin`` after ``hai``: as many bodies as counted, each with the shared head.

    Returns ``[arg]`` when the description does not fall into exactly ``count`` capitalised parts.
    """
    name = arg.name
    if arg.start is None or arg.end is None or arg.end - arg.start != len(name) or len(name) <= len(head):
        return [arg]
    prefix = name[:len(head)]
    pieces, start = [], len(head) + 1
    for m in _member_separator().finditer(name, len(head)):
        if name[m.end():m.end() + 1].isupper():
            pieces.append((start, m.start()))
            start = m.end()
    pieces.append((start, len(name)))
    if len(pieces) != count:
        return [arg]
    first = f"{prefix} {name[pieces[0][0]:pieces[0][1]]}"
    out = [Arg(first, arg.start + pieces[0][0] - len(prefix) - 1, arg.start + pieces[0][1])]
    for a, b in pieces[1:]:
        chunk = name[a:b]
        out.append(Arg(f"{shared_prefix(head, first, False, chunk)} {chunk}", arg.start + a, arg.start + b))
    return out


@functools.cache
def _member_separator() -> regex.Pattern:
    separators = sorted({" ".join(p) for p in words("member_separators")}, key=len, reverse=True)
    return regex.compile(r"\s*(?:" + "|".join(regex.escape(x) for x in separators) + r")\s+")


_MAX_TAIL = 4  # words of a place or proper name that a bare list member replaces


def shared_prefix(head: str, name: str, administrative: bool, chunk: str) -> str:
    """What a bare list member borrows from the name before it.

    ``Cao đẳng Y tế Cà Mau`` + ``Bạc Liêu`` → ``Cao đẳng Y tế``: a place replaces a place;
    ``Trường Mầm non Vĩnh Tuy`` + ``Hưng Thịnh`` → ``Trường Mầm non``; otherwise the head and level.
    """
    head_words = head.split()
    name_words = name.split()
    prefix_len = len(head_words)
    rest = [w.lower() for w in name_words[prefix_len:]]
    level = match_phrase([Token(0, 0, w) for w in rest], 0, levels())
    own_level = match_phrase([Token(0, 0, w.lower()) for w in chunk.split()], 0, levels())
    if level and not own_level:  # "trường Tiểu học A và Tiểu học B": a member with its own level keeps it
        prefix_len += len(level)
    if administrative:
        first = name_words[0] if name_words else ""
        if head.endswith(".") and first.lower().startswith(head.lower()) and len(first) > len(head):
            return first[:len(head)]  # "P.Hội An Tây và Cẩm Châu": the abbreviated head written onto the name
        return " ".join(name_words[:len(head_words)])
    # "Công an tỉnh A, B và C": the bare members may still be joined by "và" here
    stripped = strip_place(name) if all(is_place(part) for part in chunk.split(" và ")) else None
    if stripped and len(stripped.split()) >= prefix_len:
        return stripped  # "sở GD-ĐT TP.HCM, Bình Dương": a province replaces the province
    # the place or proper name that ends the first name is what the bare member replaces: its trailing run
    # of capitalised words ("Thủy lợi Bắc Nghệ An" + "Tây Bắc Nghệ An"), abbreviations ("TMCP") aside
    size = 0
    while size < len(name_words) and name_words[-1 - size][:1].isupper() and not (
            len(name_words[-1 - size]) > 1 and name_words[-1 - size].isupper()):
        size += 1
    if size == 0:
        # "Công đoàn ngành Giáo dục" + "Y tế": a field written with one capital ends the name
        capital = max((i for i, w in enumerate(name_words) if w[:1].isupper()), default=0)
        field = name_words[prefix_len:capital]  # "ngành": lower-case words between the head and the field
        if field and all(w[:1].islower() for w in field) and len(name_words) - capital <= 3:
            size = len(name_words) - capital
    tail = name_words[-size:] if 0 < size < len(name_words) else []
    # a longer member that does not end like the name has words of its own: "... Hòa Bình" + "Nghề Sông Đà"
    chunk_words = chunk.split(" và ")[0].split()  # the bare members may still be joined by "và" here
    fits = len(chunk_words) <= size or chunk_words[-1] == name_words[-1]
    # "chi cục thuế Tiên Phước" + "Bắc Trà My": after a kind in lower case, a proper name of any length replaces
    # the proper name
    kind_words = name_words[prefix_len:len(name_words) - size]
    if kind_words and all(w[:1].islower() for w in kind_words) and all(w[:1].isupper() for w in chunk_words):
        fits = True
    if tail and fits and len(name_words) - size > prefix_len and size <= _MAX_TAIL:
        kept = name_words[:-size]
        inner = {w for p in words("inner_heads", "org_heads") for w in p}
        # "Trạm Y tế xã A, thị trấn B": a member with its own unit word drops the first one's; "Công an xã A,
        # B": a bare place keeps it
        own_unit = chunk_words[0].lower() in inner
        while own_unit and len(kept) > prefix_len and kept[-1].lower() in inner:
            kept = kept[:-1]
        if len(kept) > prefix_len and chunk_words[0].lower() == kept[prefix_len].lower():
            # "cao đẳng Kinh tế - Kỹ thuật Hòa Bình, Kinh tế - Công nghệ Hòa Bình": the member writes its own field
            return " ".join(name_words[:prefix_len])
        return " ".join(kept)
    return " ".join(name_words[:prefix_len])


@functools.cache
def _rights_last_words() -> frozenset[str]:
    return frozenset(phrase[-1] for phrase in words("ownership_rights"))


def written_mention(kind: str, participants: list[Arg], result: Arg | None, clause: Clause, k: int, *, lo: int = 0,
                    k_end: int | None = None, trigger: tuple[int, int] | None = None) -> dict:
    """An event told with no trigger word (a table row, a list line, a bracket, a plus sign): the token at ``k``
    stands where the trigger would, and nothing before it is the body the event is told of."""
    token = clause.tokens[k]
    return {"type": kind, "participants": participants, "result": result, "count": None, "k": k,
            "trigger": trigger or (token.start, token.end), "lo": lo, "k_end": k + 1 if k_end is None else k_end,
            "holder": None}
