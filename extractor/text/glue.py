"""Put back the spaces scrapers drop around link text.

``việcsắp xếp`` and ``chỉHà Tĩnhđề xuất`` come from pages where a link's text
was glued to its neighbours. A run of letters is split where it cannot be one
Vietnamese syllable: a lower-case letter followed by an upper-case one, or a
run that only parses as several syllables (``việc|sắp``, ``trường|mầm``). The
syllable test is applied only to runs carrying Vietnamese letters or tone
marks, so foreign words (``online``) are left as they are.
"""

from __future__ import annotations

import functools
from itertools import pairwise

import regex

from extractor.lang.vi import load
from extractor.lang.vi.tones import strip_tones

__all__ = ["is_syllable", "is_vietnamese", "split_glued_words"]

_LETTER_RUN = regex.compile(r"\p{L}+")
_LETTER = regex.compile(r"\p{L}")
# A figure glued to a word: "4tân sinh viên", "100.000giáo viên", "Mỹ15 trường", "lớp10".
# The digit is matched, not looked behind for, and the letters before a digit are searched from the
# end of the text ((?r)): either way a search starts only where a digit is, ten times faster.
_DIGIT_THEN_LETTERS = regex.compile(r"(\d)(\p{L}{2,})")
_LETTERS_THEN_DIGIT = regex.compile(r"(?r)(?<![\p{L}\d])(\p{L}{2,})(?=\d)")
_CAPS_THEN_WORD = regex.compile(r"^(\p{Lu}{2,})(\p{Ll}+)$")


@functools.cache
def _orthography() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    data = load("orthography")
    initials = tuple(sorted(data["initials"], key=len, reverse=True))
    finals = tuple(sorted(data["finals"], key=len, reverse=True))
    return (
        initials,
        finals,
        frozenset(data["vowels"]),
        frozenset(data["vietnamese_letters"]),
        frozenset(data["camel_case_names"]),
    )


def _base_letter(ch: str) -> str:
    """Lower-case letter with tone marks removed but vowel shapes kept (``ế`` → ``ê``)."""
    return strip_tones(ch.lower())


@functools.lru_cache(maxsize=65536)
def is_vietnamese(run: str) -> bool:
    """Whether ``run`` holds a letter only Vietnamese writing uses (``đ``, ``ư``) or a tone mark: ``Việt`` does,
    ``Suisse`` and ``Long`` do not. Cached: the foreign-firm scan asks it of nearly every word of a sentence."""
    _, _, _, letters, _ = _orthography()
    for ch in run:
        base = _base_letter(ch)
        if base in letters or base != ch.lower():
            return True
    return False


def _syllable_ends(base: str, start: int) -> list[int]:
    """Possible end positions of one syllable starting at ``start`` (best first)."""
    initials, finals, vowels, _, _ = _orthography()
    onsets = [start]
    for initial in initials:
        after = start + len(initial)
        if base.startswith(initial, start) and after < len(base) and base[after] in vowels:
            onsets.insert(0, after)
            break
    ends: list[int] = []
    for nucleus_start in onsets:
        pos = nucleus_start
        while pos < len(base) and base[pos] in vowels:
            pos += 1
        if pos == nucleus_start or pos - nucleus_start > 3:
            continue
        if _takes_final(base[nucleus_start:pos]):
            for final in finals:
                if base.startswith(final, pos):
                    ends.append(pos + len(final))
        ends.append(pos)
    return ends


def _takes_final(nucleus: str) -> bool:
    """A vowel group ending in an off-glide (``ơi``, ``ao``, ``ươu``, ``ay``) closes the syllable."""
    if len(nucleus) < 2:
        return True
    if nucleus.endswith("uy"):
        return True
    return nucleus[-1] not in "iouy"


def _parse_syllables(base: str) -> list[int] | None:
    """Split points of ``base`` into syllables, preferring consonant-initial syllables."""
    _, _, vowels, _, _ = _orthography()
    # parsed[start]: the split points of base[start:], worked out from the end back (a run of any length, no
    # recursion): a syllable's end is always after its start
    parsed: dict[int, tuple[int, ...] | None] = {len(base): ()}
    for start in range(len(base) - 1, -1, -1):
        best: tuple[int, ...] | None = None
        for end in _syllable_ends(base, start):
            rest = parsed.get(end)
            if rest is None:
                continue
            candidate = (end, *rest)
            # A split before a vowel-initial syllable is a weaker reading.
            if end < len(base) and base[end] in vowels:
                if best is None:
                    best = candidate
                continue
            best = candidate
            break
        parsed[start] = best
    points = parsed[0]
    return None if points is None else list(points[:-1])


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """One Vietnamese syllable, whatever its case and tones: ``THUẦN`` is, ``TBTC`` and ``NDO`` are not (cached like
    :func:`is_vietnamese`)."""
    base = "".join(_base_letter(ch) for ch in word)
    return bool(base) and _parse_syllables(base) == []


@functools.lru_cache(maxsize=65536)
def _split_points(run: str) -> tuple[int, ...]:
    """Where ``run`` must be cut; cached because news text repeats the same few thousand words."""
    _, _, _, _, names = _orthography()
    if any(name in run for name in names):
        return ()
    points: set[int] = set()
    for i in range(1, len(run)):
        if run[i - 1].islower() and run[i].isupper() and i > 1:
            points.add(i)
    points -= _brand_joints(run, sorted(points))
    # "GD-ĐTđể", "TTHCvà": an abbreviation in capitals glued to a Vietnamese word
    caps = _CAPS_THEN_WORD.match(run)
    if caps and is_vietnamese(caps.group(2)):
        points.add(caps.end(1))
    pieces = [0, *sorted(points), len(run)]
    for left, right in pairwise(pieces):
        piece = run[left:right]
        if len(piece) < 4 or not is_vietnamese(piece):
            continue
        base = "".join(_base_letter(ch) for ch in piece)
        parsed = _parse_syllables(base)
        if parsed and piece[:1].isupper() and parsed[0] == 1:
            # "Alăng", "Avương", "Arất": a highland name whose first syllable is one vowel, written as one word
            continue
        if parsed and not _foreign_name(piece, parsed):
            points.update(left + p for p in parsed)
    return tuple(sorted(points))


# Letters with marks that French, Spanish or German names use too: a capitalised word whose marks are all of these
# ("École", "Médecine", "Hôpital") may be a foreign name, and is not cut into Vietnamese syllables.
_SHARED_MARKED = frozenset("áàâéèêíîóòôúùûýçëïüäöñ")


_FOREIGN_SYLLABLES = 3  # syllables a foreign word parses into ("É|co|le"); two glued words make two
_BARE_SYLLABLE_LETTERS = 2  # an unmarked two-letter piece ("co", "de", "pi"), rare among glued Vietnamese words


def _foreign_name(piece: str, cuts: list[int]) -> bool:
    """A capitalised word whose only marked letters are ones other Latin alphabets share and that parses into three
    or more syllables, one a bare two-letter piece (``Médecine`` as ``Mé|de|ci|ne``): no glued Vietnamese words
    (``Khôngsáp``, ``trườngmầmnon``)."""
    if not piece[:1].isupper() or len(cuts) + 1 < _FOREIGN_SYLLABLES or any(
            ch not in _SHARED_MARKED for ch in piece.lower() if not "a" <= ch <= "z"):
        return False
    bounds = [0, *cuts, len(piece)]
    syllables = [piece[a:b] for a, b in pairwise(bounds)]
    return any(len(s) <= _BARE_SYLLABLE_LETTERS and s.isascii() for s in syllables[1:])


def _brand_joints(run: str, joints: list[int]) -> set[int]:
    """Lower-to-upper joints inside a brand written in camel case (``MobiFone``, ``VietinBank``).

    Two glued Vietnamese words carry Vietnamese letters or tone marks on at least one side
    (``chỉHà``, ``TỉnhĐề``) or start in lower case (``việcBộ``); a brand joins capitalised pieces
    of two letters or more written without them (a lone capital, as in ``DongA``, may be a glued initial).
    """
    bounds = [0, *joints, len(run)]
    kept = set()
    for k, joint in enumerate(joints):
        left, right = run[bounds[k] : joint], run[joint : bounds[k + 2]]
        if len(right) > 1 and left[:1].isupper() and not is_vietnamese(left) and not is_vietnamese(right):
            kept.add(joint)
    return kept


def _split_glued_figures(text: str) -> str:
    """Space a figure off a Vietnamese word glued to it; units (``5ha``, ``3km``) and codes stay."""

    def after_digit(match: regex.Match[str]) -> str:
        digit, word = match.group(1), match.group(2)
        return digit + " " + word if is_vietnamese(word) and not word.isupper() else match.group(0)

    def before_digit(match: regex.Match[str]) -> str:
        word = match.group(1)
        return word + " " if is_vietnamese(word) and not word.isupper() else word

    return _LETTERS_THEN_DIGIT.sub(before_digit, _DIGIT_THEN_LETTERS.sub(after_digit, text))


def split_glued_words(text: str) -> str:
    """Insert a space wherever a letter run is two glued words.

    >>> split_glued_words("việcsắp xếp")
    'việc sắp xếp'
    """
    spaced: dict[str, str] = {}
    for run in set(_LETTER_RUN.findall(text)):
        points = _split_points(run)
        if points:
            bounds = [0, *points, len(run)]
            spaced[run] = " ".join(run[a:b] for a, b in pairwise(bounds))
    if spaced:
        text = _replace_runs(text, spaced)
    return _split_glued_figures(text)


def _replace_runs(text: str, replacements: dict[str, str]) -> str:
    """``text`` with every whole letter run that is a key of ``replacements`` replaced.

    The few glued runs of an article are looked for by name, rather than every run of
    the text handed to a Python function.
    """
    edits: list[tuple[int, int, str]] = []
    for run, replacement in replacements.items():
        start = text.find(run)
        while start >= 0:
            end = start + len(run)
            if not (start and _LETTER.match(text, start - 1)) and not _LETTER.match(text, end):
                edits.append((start, end, replacement))
            start = text.find(run, start + 1)
    pieces: list[str] = []
    last = 0
    for start, end, replacement in sorted(edits):
        pieces += [text[last:start], replacement]
        last = end
    return "".join(pieces) + text[last:]
