"""find_abbreviations: short forms defined in the text, then the lexicon."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from extractor.extraction.abbreviations import abbreviation_map, find_abbreviations, matches_initials


@dataclass
class TextOnly:
    text: str


DEFINED = [
    ("Rà soát thủ tục hành chính (TTHC) của tỉnh.", "TTHC", "thủ tục hành chính"),
    ("Công tác cải cách hành chính (CCHC) được chú trọng.", "CCHC", "cải cách hành chính"),
    ("Sở Giáo dục và Đào tạo (GD&ĐT) đã họp.", "GD&ĐT", "Giáo dục và Đào tạo"),
    ("Một trường tiểu học (TH) và một trường mầm non (MN).", "TH", "tiểu học"),
    ("Ủy ban nhân dân (UBND) tỉnh chỉ đạo.", "UBND", "Ủy ban nhân dân"),
    ("Trung tâm hành chính công (TTHCC) tiếp nhận hồ sơ.", "TTHCC", "Trung tâm hành chính công"),
]

FROM_LEXICON = [
    ("Sở Lao động - TBXH tham mưu UBND tỉnh.", "UBND", "Ủy ban nhân dân"),
    ("Có 14 trường THPT trong tỉnh.", "THPT", "trung học phổ thông"),
    ("Đã có 12 NĐT đăng ký.", "NĐT", "nhà đầu tư"),
]


@pytest.mark.parametrize(("text", "short", "long"), DEFINED)
def test_defined_in_text(text: str, short: str, long: str) -> None:
    found = {a["short"]: a for a in find_abbreviations(TextOnly(text))}
    assert found[short]["long"] == long
    assert found[short]["source"] == "text"


@pytest.mark.parametrize(("text", "short", "long"), FROM_LEXICON)
def test_from_lexicon(text: str, short: str, long: str) -> None:
    found = {a["short"]: a for a in find_abbreviations(TextOnly(text))}
    assert found[short] == {"short": short, "long": long, "source": "lexicon"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Công ty (ABC) không phải viết tắt của gì ở đây.", "ABC"),
        ("Chữ THPTX không có trong danh mục.", "THPTX"),
        ("Mã THCS2 là một mã riêng.", "THCS"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in {a["short"] for a in find_abbreviations(TextOnly(text))}


@pytest.mark.parametrize(
    ("short", "words", "expected"),
    [
        ("TTHC", ["thủ", "tục", "hành", "chính"], True),
        ("GD&ĐT", ["Giáo", "dục", "và", "Đào", "tạo"], True),
        ("UBND", ["Ủy", "ban", "nhân", "dân"], True),
        ("TTHC", ["thủ", "tục", "hành"], False),
        ("ĐT", ["Đầu", "tư"], True),
        ("DT", ["Đầu", "tư"], False),
    ],
)
def test_matches_initials(short: str, words: list[str], expected: bool) -> None:
    assert matches_initials(short, words) is expected


def test_text_definition_wins_over_lexicon() -> None:
    found = find_abbreviations(TextOnly("Cơ sở dữ liệu học sinh (HS) được cập nhật."))
    mapping = abbreviation_map(found)
    assert mapping["HS"] == "học sinh"
    assert any(a["short"] == "HS" and a["source"] == "text" for a in found)
