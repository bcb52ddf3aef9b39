"""The caseless search answers as the regex pattern it stands in for, on plain and awkward text alike."""

from __future__ import annotations

import re

import pytest
import regex

from extractor.text.caseless import CaselessSearch, is_plain

PATTERN = regex.compile(r"(?<!\w)(?:sáp\s+nhập|hợp\s+nhất|Giải\s+thể|UBND|tỉnh|sự)(?!\w)", regex.IGNORECASE)

# (phenomenon, sentence): each must get the exact pattern's answer
SENTENCES = [
    ("lower case", "Tỉnh sẽ sáp nhập hai trường"),
    ("capitals", "SÁP NHẬP HAI TRƯỜNG"),
    ("word written in capitals in the pattern", "ubnd tỉnh"),
    ("two spaces inside a phrase", "hợp  nhất ba xã"),
    ("inside a longer word", "thusáp nhậpx"),
    ("no trigger", "Trường mở cửa đón học sinh"),
    ("after a superscript number", "m²tỉnh"),
    ("after a fraction", "½tỉnh"),
    ("before a combining mark", "tỉnh\u0301 mới"),
    ("long s", "ſự kiện"),
    ("dotted capital I", "TİNH"),
    ("dotless i", "gıải thể"),
    ("Greek", "σ tỉnh"),
]


@pytest.mark.parametrize(("phenomenon", "sentence"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_answers_as_the_exact_pattern(phenomenon: str, sentence: str) -> None:
    assert CaselessSearch(PATTERN)(sentence) == bool(PATTERN.search(sentence))


WORDS = CaselessSearch(regex.compile(r"(?<!\p{L})(?:hai|mươi|Ba)(?:\s+(?:hai|mươi|Ba))*(?!\p{L})", regex.IGNORECASE))


@pytest.mark.parametrize("sentence", ["Hai mươi BA trường", "thứ hai", "chín", "½hai", "hai\u0301 ba", "ſai hai"])
def test_finds_the_exact_pattern_s_spans(sentence: str) -> None:
    assert [m.span() for m in WORDS.finditer(sentence)] == [m.span() for m in WORDS.exact.finditer(sentence)]


def test_refuses_a_pattern_that_minds_case() -> None:
    with pytest.raises(ValueError, match="IGNORECASE"):
        CaselessSearch(regex.compile("tỉnh"))


_PLAIN = [chr(code) for code in range(0x3000) if is_plain(chr(code))]


@pytest.mark.parametrize("char", _PLAIN, ids=[f"U+{ord(c):04X}" for c in _PLAIN])
def test_plain_characters_read_alike(char: str) -> None:
    """re over the lower-cased character sees what regex sees in the character: word, space, letter."""
    low = char.lower()
    assert len(low) == 1
    assert bool(re.match(r"\w", low)) == bool(regex.match(r"\w", char))
    assert bool(re.match(r"\s", low)) == bool(regex.match(r"\s", char))
    assert bool(re.match(r"[^\W\d_]", low)) == bool(regex.match(r"\p{L}", char))
    caseless = {found for found in regex.findall(regex.escape(char), "".join(_PLAIN), regex.IGNORECASE)}
    assert caseless == {other for other in _PLAIN if other.lower() == low}
