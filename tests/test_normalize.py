"""Normalisation: NFC, tone placement, invisible characters, whitespace, glued words."""

from __future__ import annotations

import unicodedata

import pytest

from extractor.lang.vi.tones import count_tones, strip_tones
from extractor.text.glue import is_syllable, split_glued_words
from extractor.text.normalize import normalize_text

TONE_PLACEMENT = [
    ("hoà bình", "hòa bình"),
    ("thuỷ lợi", "thủy lợi"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("toà án", "tòa án"),
    ("Khoá XV", "Khóa XV"),
    ("HOÀ NHẬP", "HÒA NHẬP"),
    ("quý hai", "quý hai"),  # "qu" is a consonant: the mark stays on y
    ("hoàng hôn", "hoàng hôn"),  # a final consonant: the mark is already on the main vowel
    ("thuyền", "thuyền"),
    ("xoá bỏ, loà xoà", "xóa bỏ, lòa xòa"),
    # a mark typed on the u of "qu" belongs on the vowel after it
    ("Qũy tín dụng", "Quỹ tín dụng"),
    ("Qúy I", "Quý I"),
    ("qùa tặng", "quà tặng"),
    ("Quảng Ngãi, quốc gia", "Quảng Ngãi, quốc gia"),
]

CHARACTERS = [
    ("\ufeffBáo cáo", "Báo cáo"),  # byte order mark
    ("số\u200bliệu", "số liệu"),  # zero-width space dropped, then the glued words split
    ("Ðà Nẵng", "Đà Nẵng"),  # Icelandic eth used for Đ
    ("Trƣờng Cao đẳng, TRƢỜNG", "Trường Cao đẳng, TRƯỜNG"),  # a PDF font's ƣ for ư
    ("tăng\u00a0319", "tăng 319"),  # no-break space
    ("a\x00b\x07c", "abc"),  # control characters
    ("ho\u0300a", "hòa"),  # combining mark, NFD input
    # emoji and other scripts' letters a spam copy injects inside words; outside a word they stay
    ("nhận q🌊uyết định", "nhận quyết định"),
    ("t\u0d69ách ra khỏi B", "tách ra khỏi B"),
    ("xin chào 😀 bạn, 25°C, 5 m²", "xin chào 😀 bạn, 25°C, 5 m²"),
    # a wiki's link markup copied with an entry's source: the words shown, not the page linked to
    ("hai huyện [[Lệ Sơn]], [[Quảng Hà, Hà Lâm|Quảng Hà]] thành huyện [[Lệ Hà]]",
     "hai huyện Lệ Sơn, Quảng Hà thành huyện Lệ Hà"),
    ("[[Lệ Sơn]] [1] và [ghi chú]", "Lệ Sơn [1] và [ghi chú]"),  # single brackets stay
]

WHITESPACE = [
    ("  hai   trường  ", "hai trường"),
    ("dòng một\r\ndòng hai", "dòng một\ndòng hai"),
    ("một\n\n\n\nhai", "một\n\nhai"),
    ("\tmột\tcửa", "một cửa"),
    ("\n\nđầu", "đầu"),
    # a sentence (or a word) a scraper broke across lines is joined again
    ("Ngân hàng A vừa công bố tên viết\ntắt mới của mình", "Ngân hàng A vừa công bố tên viết tắt mới của mình"),
    ("Năm 1967 tỉnh được chia tách thành ba đơn\nvị cấp tỉnh", "Năm 1967 tỉnh được chia tách thành ba đơn vị cấp tỉnh"),
    # a short line (a byline) before page furniture in lower case, a headline before its lead: left alone
    ("Minh Khang\nnguồn Cổng thông tin", "Minh Khang\nnguồn Cổng thông tin"),
    ("Hai trường được sáp nhập\nSáng nay, huyện công bố", "Hai trường được sáp nhập\nSáng nay, huyện công bố"),
]

GLUED = [
    ("việcsắp xếp", "việc sắp xếp"),
    ("chỉHà Tĩnhđề xuất", "chỉ Hà Tĩnh đề xuất"),
    ("Khôngsáp nhập trườngmầm non", "Không sáp nhập trường mầm non"),
    ("phù hợp vớichính quyền", "phù hợp với chính quyền"),
    ("cơ sở GD-ĐTđể mỗi tỉnh", "cơ sở GD-ĐT để mỗi tỉnh"),
    ("ngânhàng", "ngân hàng"),
    ("thànhphố Huế", "thành phố Huế"),
    ("nàyđã", "này đã"),
    ("TTHCvà hồ sơ", "TTHC và hồ sơ"),
    ("tuyển 35tân sinh viên", "tuyển 35 tân sinh viên"),
    ("có 2.000giáo viên", "có 2.000 giáo viên"),
    ("tại Úc12 trường", "tại Úc 12 trường"),
    ("học sinh lớp9", "học sinh lớp 9"),
    ("ngườidân", "người dân"),
    ("gửi tiền tạiVietinBank", "gửi tiền tại VietinBank"),
    ("TỉnhĐồng Nai", "Tỉnh Đồng Nai"),
]

NOT_GLUED = [
    "Nguyễn Thị Khuyến",
    # a foreign name whose marks other Latin alphabets share
    "École de Médecine de Hanoi",
    "Hôpital Municipal",
    "nghiêng ngả",
    "online",
    "VnExpress",
    "iPhone",
    "UBND",
    "ĐHQG",
    "TP.HCM",
    "khuỷu tay",
    "quốc gia",
    "Hưng Yên",
    "VPBank",
    "VietinBank",
    "ThS. Nguyễn Văn An",
    "SeABank",
    "ViettelPost",
    "diện tích 5ha",
    "dài 3km",
    "đội U23",
    "virus H5N1",
    "COVID-19",
    "người",
    "khuya",
    "huỳnh",
    # highland names written as one word, their first syllable one vowel
    "Alăng Bơ",
    "ALĂNG NGƯỚC",
    "xã Arất",
]


@pytest.mark.parametrize(("raw", "expected"), TONE_PLACEMENT)
def test_tone_marks_are_placed_one_way(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), CHARACTERS)
def test_invisible_and_stand_in_characters(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), WHITESPACE)
def test_whitespace_is_collapsed_inside_lines(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), GLUED)
def test_glued_words_are_split(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("text", NOT_GLUED)
def test_real_words_are_not_split(text: str) -> None:
    assert split_glued_words(text) == text


@pytest.mark.parametrize("raw", [row[0] for row in TONE_PLACEMENT + CHARACTERS + WHITESPACE + GLUED])
def test_normalisation_is_idempotent_and_nfc(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


STRIPPED = [
    ("Việt", "Viêt", 1),
    ("huyện", "huyên", 1),
    ("Đắk Lắk", "Đăk Lăk", 2),
    ("ương", "ương", 0),
    ("hoà", "hoa", 1),
]


@pytest.mark.parametrize(("word", "bare", "tones"), STRIPPED)
def test_tones_come_off_and_vowel_shapes_stay(word: str, bare: str, tones: int) -> None:
    assert strip_tones(word) == bare
    assert count_tones(word) == tones


def test_a_very_long_glued_run_is_read_without_running_out_of_stack() -> None:
    """A run of letters thousands long (a scraper's garbage) is read syllable by syllable without recursing: it is
    many syllables, not one."""
    assert is_syllable("ba" * 1500) is False
    assert is_syllable("THUẦN") is True
