"""parse_number: Vietnamese numerals in digits and in words, as tables of input and value."""

from __future__ import annotations

import pytest

from extractor.recognize.numbers import find_numbers, parse_number, parse_words

DIGITS = [
    ("0", 0), ("7", 7), ("06", 6), ("01", 1), ("007", 7), ("189", 189), ("2018", 2018),
    ("1.234", 1234), ("13.400", 13400), ("482.917", 482917), ("1.234.567", 1234567),
    ("371.205", 371205), ("20.046", 20046),
    ("96,6", 96.6), ("2,5", 2.5), ("0,08", 0.08), ("0,080", 0.08), ("88,47", 88.47), ("1,820", 1.82),
    ("0,4125", 0.4125), ("207,31", 207.31),
    ("1.234,5", 1234.5), ("3.207,148", 3207.148), ("2.472,6", 2472.6),
    ("92.54", 92.54), ("3.5", 3.5), ("0.25", 0.25),
    ("1,234,567", 1234567), ("1,234.5", 1234.5), ("12,345,678.25", 12345678.25),
]

SCALED = [
    ("15 tỷ", 15_000_000_000), ("15 tỉ", 15_000_000_000), ("2,5 triệu", 2_500_000), ("10 nghìn", 10_000),
    ("10 ngàn", 10_000), ("3 vạn", 30_000), ("1,2 nghìn tỷ", 1_200_000_000_000), ("361,7 triệu", 361_700_000),
    ("0,468 tỷ", 468_000_000), ("3.000 tỷ", 3_000_000_000_000), ("17,3 triệu", 17_300_000),
    ("2 triệu rưỡi", 2_500_000), ("hai tỷ ba trăm triệu", 2_300_000_000), ("một nghìn tỷ", 10**12),
    ("năm ngàn rưỡi", 5500), ("hai triệu mốt", 2_100_000), ("ba nghìn tư", 3400), ("mười hai nghìn", 12000),
    ("một trăm nghìn", 100_000), ("bốn mươi lăm triệu", 45_000_000), ("hai vạn", 20_000),
]

WORDS = [
    ("không", 0), ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("năm", 5), ("lăm", 5),
    ("sáu", 6), ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9), ("mười", 10), ("mười một", 11),
    ("mười lăm", 15), ("mười chín", 19), ("hai mươi", 20), ("hai mươi mốt", 21), ("hai mốt", 21),
    ("hai mươi tư", 24), ("hai tư", 24), ("ba lăm", 35), ("bốn mươi lăm", 45), ("chín mươi chín", 99),
    ("một trăm", 100), ("trăm", 100), ("một trăm linh năm", 105), ("một trăm lẻ năm", 105),
    ("một trăm mốt", 110), ("một trăm hai", 120), ("một trăm rưỡi", 150), ("hai trăm", 200),
    ("ba trăm hai mươi", 320), ("chín trăm chín mươi chín", 999), ("một nghìn không trăm linh năm", 1005),
    ("một nghìn", 1000), ("Hai Mươi Lăm", 25), ("  hai   mươi  ", 20),
]

HALVES_FRACTIONS_PERCENT = [
    ("một nửa", 0.5), ("nửa", 0.5), ("3/4", 0.75), ("1/2", 0.5), ("một phần ba", 1 / 3), ("hai phần ba", 2 / 3),
    ("ba phần tư", 0.75), ("một phần tư", 0.25), ("25%", 25), ("2,5%", 2.5), ("87,25 %", 87.25),
    ("hai lăm phần trăm", 25), ("năm phần trăm", 5), ("100 phần trăm", 100),
]

NOT_NUMBERS = ["", "abc", "hàng", "số", "1.2.3,4,5", "hai ba bốn năm", "/", "1/0", "linh", "trăm nghìn hai ba bốn"]


def _spelled(n: int) -> str:
    """A formal spelling of 1..999 built from the table below, independent of the parser."""
    names = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    parts: list[str] = []
    if hundreds:
        parts += [names[hundreds], "trăm"]
    if tens == 0 and units:
        parts += (["linh"] if hundreds else []) + [names[units]]
    elif tens == 1:
        parts += ["mười"] + ([{5: "lăm"}.get(units, names[units])] if units else [])
    elif tens:
        unit_word = {1: "mốt", 5: "lăm", 4: "tư"}.get(units, names[units])
        parts += [names[tens], "mươi"] + ([unit_word] if units else [])
    return " ".join(parts)


SPELLED = [(_spelled(n), n) for n in range(1, 1000, 3)]


@pytest.mark.parametrize(("text", "expected"), DIGITS + SCALED + WORDS + HALVES_FRACTIONS_PERCENT + SPELLED)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Sở có 189 TTHC và 96,6% hồ sơ", [189, 96.6]),
        ("thu về hơn 1,2 nghìn tỷ đồng", [1_200_000_000_000]),
        ("sáp nhập hai trường và ba trung tâm", [2, 3]),
        ("hàng trăm người", []),
        ("COVID-19 và H5N1", []),
        ("từ 30 ngày xuống còn 25 ngày", [30, 25]),
        ("giảm một nửa thời gian", [0.5]),
        ("Mười hai thôn và bảy bản", [12, 7]),
        ("một trăm linh năm giường", [105]),
        ("hai nghìn bốn trăm lượt", [2400]),
        ("sau hai năm", [2]),
        ("hai mươi năm qua", [20]),
        ("một năm sau", [1]),
    ],
)
def test_find_numbers(sentence: str, values: list[float]) -> None:
    assert [m.value for m in find_numbers(sentence)] == pytest.approx(values)


# A colloquial tens numeral is closed by "mốt", not "một"; after "năm" only by an inside-only word.
NOT_SHORTENED_TENS = [
    ("năm một", None),
    ("năm hai", None),
    ("hai một", None),
]
SHORTENED_TENS = [
    ("năm lăm", 55),
    ("năm mốt", 51),
    ("ba hai", 32),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SHORTENED_TENS + SHORTENED_TENS)
def test_shortened_tens(text: str, expected: int | None) -> None:
    assert parse_words(text) == expected
