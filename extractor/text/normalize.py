"""Normalise raw article text into the one text that every output offset points into.

Steps, in order: line breaks and invisible characters, emoji or other scripts' letters a spam copy put inside a
word, a wiki's link markup, Unicode NFC, the Icelandic ``ð`` that stands in for ``đ`` (and a PDF font's ``ƣ`` for
``ư``), one tone-mark placement convention
(``hoà`` → ``hòa``, ``thuỷ`` → ``thủy``, the placement underthesea and most
dictionaries use), glued words split back apart, and whitespace collapsed
inside lines. Normalisation is idempotent: normalising its own output changes
nothing, which the tests check.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from extractor.lang.vi import load
from extractor.lang.vi.tones import TONE_MARKS
from extractor.text.glue import split_glued_words

__all__ = ["as_written", "normalize_text"]

_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = regex.compile(r"[\p{Cc}\p{Cs}\p{Co}\p{Cn}--[\n\t]]", flags=regex.V1)
_SPACES = regex.compile(r"[\t\p{Zs}]+")
_LINE_SEPARATORS = regex.compile(r"\r\n|[\r\v\f\u2028\u2029\x85]")
_BLANK_RUNS = regex.compile(r"\n{3,}")
# Emoji and letters of other scripts a spam copy injects inside a word ("q🌊uyết", "t൩ách", "V𒉰iệt"): between two
# Latin letters they belong to no word, and are dropped
_INJECTED = regex.compile(r"(?<=\p{Latin}\p{M}*)[^\p{Latin}\p{M}\p{P}\p{Z}\s\x00-\x7f]+(?=\p{Latin})")
# A wiki's link markup copied with an entry's source (``huyện [[Hương Phú]]``, ``[[Quảng Ninh, Quảng Bình|Quảng
# Ninh]]``): the words shown, without the brackets and the page linked to
_WIKI_LINK = regex.compile(r"\[\[(?:[^\[\]|\n]*\|)?([^\[\]|\n]+)\]\]")

# A syllable ending in oa/oe/uy (no final consonant) whose tone sits on the
# second vowel; "qu" is a consonant, so "quý" keeps its mark on the y.
_OPEN_DIPHTHONG = regex.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?!\p{L}|\p{M})"
)


def _move_tone(match: regex.Match[str]) -> str:
    first, second, tone = match.group(1), match.group(2), match.group(3)
    if (first.lower(), second.lower()) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return match.group(0)
    return first + tone + second


# "Qũy": after "qu" (a consonant) the tone belongs on the vowel that follows, "Quỹ"; the mark of that vowel's own
# shape (â, ă, ơ) stays before the tone
_QU_TONE = regex.compile(r"(?<=[qQ][uU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyYoO][\u0302\u0306\u031b]?)")


def _standard_tone_placement(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)  # once: the check and the move read the same letters
    if not any(mark in decomposed for mark in TONE_MARKS):
        return text
    decomposed = _QU_TONE.sub(lambda m: m.group(2) + m.group(1), decomposed)
    return unicodedata.normalize("NFC", _OPEN_DIPHTHONG.sub(_move_tone, decomposed))


# The same syllables with the tone on the second vowel (``hòa`` → ``hoà``), to find a phrase as the page wrote it.
_STANDARD_DIPHTHONG = regex.compile(
    r"(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?!\p{L}|\p{M})"
)


def as_written(phrase: str, raw: str) -> str:
    """``phrase`` (read from the normalised text) with the tone placement the page used, where the page wrote it
    the other way (``Kế hoạch hoá gia đình``): a title or a byline is quoted as written."""
    page = unicodedata.normalize("NFC", raw)
    if phrase in page:
        return phrase  # the page writes it so (too)
    decomposed = unicodedata.normalize("NFD", phrase)
    if _STANDARD_DIPHTHONG.search(decomposed):
        other = unicodedata.normalize("NFC", _STANDARD_DIPHTHONG.sub(lambda m: m.group(1) + m.group(3) + m.group(2),
                                                                     decomposed))
        if other in page:
            return other
    # "hécta", "Đioxin": a word the normaliser cut in two as if two words were glued is quoted whole, as the page has it
    if "".join(phrase.split()) not in "".join(page.split()):
        return phrase  # not on the page in any spacing (a title given apart from the text): nothing to search for
    glued = regex.search(r"\s*".join(regex.escape(word) for word in phrase.split()), page)
    return " ".join(glued.group().split()) if glued else phrase


_MIN_BROKEN_LINE_WORDS = 6  # words of a line of running text a scraper broke a sentence after


def normalize_text(raw: str) -> str:
    """Return the normalised text of an article.

    >>> normalize_text("Hoà  Bình\\r\\n\\r\\n\\r\\nthuỷ lợi")
    'Hòa Bình\\n\\nthủy lợi'
    """
    text = _LINE_SEPARATORS.sub("\n", raw)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _INJECTED.sub("", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = unicodedata.normalize("NFC", text).replace("ð", "đ").replace("Ð", "Đ")
    text = text.replace("ƣ", "ư").replace("Ƣ", "Ư")  # a PDF font's stand-in: "Trƣờng" is "Trường"
    text = _standard_tone_placement(text)
    text = split_glued_words(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(_rejoin_broken_sentences(lines))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


@functools.cache
def _image_labels() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("boilerplate")["image_labels"])


def _rejoin_broken_sentences(lines: list[str]) -> list[str]:
    """The lines with a sentence a scraper broke across two lines joined again (``vừa công bố`` / ``tên viết tắt
    mới``, ``ba đơn`` / ``vị``): a line of running text that ends in a lower-case letter, before one that opens with
    one. A short line (a byline, a menu item) is left alone: what follows it is page furniture as often as not."""
    joined: list[str] = []
    for line in lines:
        before = joined[-1] if joined else ""
        placeholder = len(line.split()) == 1 and line.endswith(("...", "…"))  # "loading...": a page still loading
        label = line.lower() in _image_labels()  # "logo" under a headline: an image's label, no words of it
        if line[:1].islower() and before[-1:].islower() and len(before.split()) >= _MIN_BROKEN_LINE_WORDS and (
                not placeholder) and not label:
            joined[-1] = f"{before} {line}"
        else:
            joined.append(line)
    return joined
