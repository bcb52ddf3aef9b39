"""Tell article text from scraper residue and page furniture, line by line.

Scraped pages carry lines that are not the article: a lone id (``123``), a
lone ``.``, the title printed a second time, ``Bình luận (0)``, site footers,
editor lists, photo captions. These lines stay in the normalised text (offsets
must not move) but are marked so no fact or event comes from them. The
patterns live in ``lang/vi/boilerplate.yaml``.
"""

from __future__ import annotations

import functools
from enum import StrEnum

import regex

from extractor.lang.vi import load

__all__ = ["LineKind", "classify_lines", "furniture_start", "is_furniture", "repeat_key", "wrapped_lines"]


class LineKind(StrEnum):
    """What a line of the article is; only BODY and TITLE lines produce facts and events."""

    BODY = "body"
    TITLE = "title"
    PAGE_TITLE = "page_title"
    RESIDUE = "residue"
    DUPLICATE = "duplicate"
    FURNITURE = "furniture"
    CAPTION = "caption"
    DATE = "date"
    BYLINE = "byline"
    BLANK = "blank"


_RESIDUE = regex.compile(r"^[\p{N}\p{P}\p{S}\s]{0,12}$")
_HAS_LETTER = regex.compile(r"\p{L}")
# Lines at least this long that repeat an earlier line word for word are a scraper's double print.
_MIN_DUPLICATE_CHARS = 25


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load("boilerplate")
    furniture = regex.compile(
        "^(?:" + "|".join(f"(?:{p})" for p in data["furniture"]) + ")$", regex.IGNORECASE
    )
    caption = regex.compile("|".join(f"(?:{p})" for p in data["caption_markers"]), regex.IGNORECASE)
    return furniture, caption


@functools.cache
def _repeat_suffix() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in load("boilerplate")["repeat_suffixes"]), regex.IGNORECASE)


@functools.cache
def _inline_markers() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in load("boilerplate")["inline_markers"]), regex.IGNORECASE)


def furniture_start(sentence: str) -> int | None:
    """Where page furniture run into a sentence begins (0: the whole sentence is furniture), or None.

    >>> furniture_start("Huyện còn 12 trường. Bình luận (0)")
    21
    """
    match = _inline_markers().search(sentence)
    return None if match is None else match.start()


def is_furniture(text: str) -> bool:
    """Whether ``text``, a whole line or the words glued after a paragraph's last full stop, is page furniture
    (``Show Buttons``, ``Bình luận (0)``)."""
    return _patterns()[0].match(" ".join(text.split())) is not None


def repeat_key(sentence: str) -> str:
    """What two printings of one sentence share: case, end punctuation and photo numbers aside."""
    key = _repeat_suffix().sub("", sentence.strip())
    return key.rstrip(" .!?;:…").lower()


def _strip_publisher(line: str) -> str:
    """``Tiêu đề - Báo X`` → ``Tiêu đề``: the page title often carries the site's name."""
    for separator in (" - ", " | ", " – ", " — "):
        if separator in line:
            return line.rsplit(separator, 1)[0].strip()
    return line


def classify_lines(lines: list[str]) -> list[LineKind]:
    """Return one :class:`LineKind` per line (lines are already normalised and stripped)."""
    furniture, caption = _patterns()
    kinds: list[LineKind] = []
    seen: set[str] = set()
    content = [i for i, line in enumerate(lines) if line and _HAS_LETTER.search(line)]
    for line in lines:
        if not line:
            kinds.append(LineKind.BLANK)
        elif _RESIDUE.match(line) or not _HAS_LETTER.search(line):
            kinds.append(LineKind.RESIDUE)
        elif furniture.match(line):
            kinds.append(LineKind.FURNITURE)
        elif len(line) >= _MIN_DUPLICATE_CHARS and line in seen:
            kinds.append(LineKind.DUPLICATE)
        elif caption.search(line):
            kinds.append(LineKind.CAPTION)
        else:
            kinds.append(LineKind.BODY)
        seen.add(line)
    _mark_page_title(lines, kinds, content)
    _mark_menus(lines, kinds)
    return kinds


@functools.cache
def _menu_item() -> regex.Pattern[str]:
    return regex.compile(load("boilerplate")["menu_item"])


def _mark_menus(lines: list[str], kinds: list[LineKind]) -> None:
    """A run of short bulleted lines (``• Thời sự``, ``• Thế giới``, ...), blank lines aside, is the site's menu: so
    many one- or two-word items in a row are no list an article makes."""
    runs: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if _menu_item().fullmatch(line):
            runs[-1].append(i)
        elif line:  # any other line of text ends the run
            runs.append([])
    for run in runs:
        if len(run) >= load("boilerplate")["min_menu_items"]:
            for i in run:
                kinds[i] = LineKind.FURNITURE


def _mark_page_title(lines: list[str], kinds: list[LineKind], content: list[int]) -> None:
    """``Title - Báo X`` followed by ``Title``, or ``Title`` twice: the first is the page's title bar."""
    if len(content) < 2:
        return
    first, second = content[0], content[1]
    if lines[first] != lines[second] and _strip_publisher(lines[first]) == lines[second]:
        kinds[first] = LineKind.PAGE_TITLE
    elif lines[first] == lines[second] and kinds[second] is LineKind.DUPLICATE:
        # the headline printed twice atop the page (the title bar, then the article's heading): the second is it
        kinds[first], kinds[second] = LineKind.PAGE_TITLE, LineKind.BODY
    elif _image_label_of(lines[first], lines[second]):
        kinds[first] = LineKind.FURNITURE  # "Banner Bệnh viện A" over "Bệnh viện A": an image's label


def _image_label_of(line: str, following: str) -> bool:
    """Whether ``line`` is ``following`` with an image's label before it (``Banner``, ``Logo``)."""
    label, _, rest = line.partition(" ")
    return rest == following and label.lower() in load("boilerplate")["image_labels"]


_WRAP_ENDS = regex.compile(r"[\p{Ll}\d,]$")  # a line cut in mid-sentence: a word, a number or a comma last
_WRAP_STARTS = regex.compile(r"\p{Ll}")  # a line that goes on a sentence: a lower-case word first


def wrapped_lines(line_texts: list[str], kinds: list[LineKind]) -> set[int]:
    """Indices of lines that go on the line before them: a page hard-wrapped in mid-sentence (``... là: phường A,
    phường B,`` / ``phường C, phường D``) is one paragraph. Only body lines, the first cut after a word or a comma,
    the next opening with a lower-case word."""
    return {i for i in range(1, len(line_texts))
            if kinds[i] is LineKind.BODY and kinds[i - 1] is LineKind.BODY
            and _WRAP_ENDS.search(line_texts[i - 1].rstrip()) and _WRAP_STARTS.match(line_texts[i].lstrip())}
