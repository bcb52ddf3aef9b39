"""parse_number on numerals as Vietnamese speak them, one table per class of spoken form.

Every case was written for this file: a numeral as it is said or transcribed, and its value.
The classes follow how speakers shorten and vary numerals (see lang/vi/numbers.yaml).
"""

from __future__ import annotations

import unicodedata

import pytest

from extractor import parse_number

# "âm" and "trừ" before a numeral, in words or digits, and a minus sign before digits.
NEGATIVES = [
    ("âm một", -1),
    ("âm hai", -2),
    ("âm năm", -5),
    ("âm mười", -10),
    ("âm mười lăm", -15),
    ("âm hai mươi", -20),
    ("âm hai mươi mốt", -21),
    ("âm ba mươi tư", -34),
    ("âm bốn mươi lăm", -45),
    ("âm chín mươi chín", -99),
    ("âm một trăm", -100),
    ("âm một trăm linh năm", -105),
    ("âm hai trăm rưỡi", -250),
    ("âm một nghìn", -1000),
    ("âm hai nghìn tư", -2400),
    ("âm ba triệu", -3_000_000),
    ("âm một tỷ rưỡi", -1_500_000_000),
    ("trừ một", -1),
    ("trừ năm", -5),
    ("trừ mười hai", -12),
    ("trừ hai mươi ba", -23),
    ("trừ bảy mươi", -70),
    ("trừ ba trăm", -300),
    ("trừ hai nghìn không trăm linh chín", -2009),
    ("âm 5", -5),
    ("âm 12", -12),
    ("âm 2,5", -2.5),
    ("âm 3 triệu", -3_000_000),
    ("trừ 40", -40),
    ("-5", -5),
    ("-12", -12),
    ("-2,5", -2.5),
    ("−7", -7),
    ("- 15", -15),
    ("-1.200", -1200),
    ("âm không phẩy năm", -0.5),
    ("âm ba phẩy hai", -3.2),
    ("trừ mười hai phẩy năm", -12.5),
    ("âm năm phần trăm", -5),
    ("âm hai phần ba", -2 / 3),
    ("Âm Hai Mươi", -20),
    ("+5", 5),
]

# After a scale word a lone digit is the next place down: "hai nghìn tư" = 2400.
SHORTENED_AFTER_SCALE = [
    ("hai nghìn tư", 2400),
    ("một nghìn chín", 1900),
    ("một nghìn mốt", 1100),
    ("một nghìn hai", 1200),
    ("ba nghìn năm", 3500),
    ("ba nghìn lăm", 3500),
    ("năm nghìn bảy", 5700),
    ("chín nghìn tám", 9800),
    ("mười nghìn năm", 10500),
    ("mười hai nghìn tư", 12400),
    ("hai mươi nghìn sáu", 20600),
    ("hai ngàn tư", 2400),
    ("bốn ngàn ba", 4300),
    ("một triệu hai", 1_200_000),
    ("một triệu tư", 1_400_000),
    ("sáu triệu tư", 6_400_000),
    ("hai triệu mốt", 2_100_000),
    ("năm triệu tám", 5_800_000),
    ("mười triệu năm", 10_500_000),
    ("một tỷ hai", 1_200_000_000),
    ("ba tỷ tư", 3_400_000_000),
    ("hai tỉ sáu", 2_600_000_000),
    ("hai vạn năm", 25000),
    ("ba trăm rưỡi", 350),
    ("một trăm rưỡi", 150),
    ("trăm rưỡi", 150),
    ("năm trăm rưỡi", 550),
    ("một nghìn rưỡi", 1500),
    ("nghìn rưỡi", 1500),
    ("hai nghìn rưỡi", 2500),
    ("năm ngàn rưỡi", 5500),
    ("một triệu rưỡi", 1_500_000),
    ("triệu rưỡi", 1_500_000),
    ("ba triệu rưỡi", 3_500_000),
    ("một tỷ rưỡi", 1_500_000_000),
    ("hai tỷ rưỡi", 2_500_000_000),
    ("hai vạn rưỡi", 25000),
    ("một chục rưỡi", 15),
    ("hai chục rưỡi", 25),
    ("một trăm mốt", 110),
    ("hai trăm mốt", 210),
    ("một trăm hai", 120),
    ("hai trăm tư", 240),
    ("ba trăm năm", 350),
    ("bốn trăm lăm", 450),
    ("sáu trăm tám", 680),
    ("chín trăm chín", 990),
    ("trăm tư", 140),
    ("trăm hai", 120),
    ("hai rưỡi", 2.5),
    ("một rưỡi", 1.5),
    ("ba rưỡi", 3.5),
    ("mười rưỡi", 10.5),
    ("hai nghìn ba trăm tư", 2340),
    ("một triệu hai trăm rưỡi nghìn", 1_250_000),
]

# Tens with and without "mươi", and the spellings a last digit takes after a tens word.
SHORTENED_TENS = [
    ("hai lăm", 25),
    ("hai nhăm", 25),
    ("hai mươi lăm", 25),
    ("hai mươi nhăm", 25),
    ("hai mươi năm", 25),
    ("ba lăm", 35),
    ("bốn nhăm", 45),
    ("năm lăm", 55),
    ("sáu lăm", 65),
    ("chín nhăm", 95),
    ("mười lăm", 15),
    ("mười nhăm", 15),
    ("năm mươi mốt", 51),
    ("hai mươi mốt", 21),
    ("hai mốt", 21),
    ("ba mốt", 31),
    ("chín mốt", 91),
    ("bốn mươi mốt", 41),
    ("hai mươi một", 21),
    ("ba mươi tư", 34),
    ("ba tư", 34),
    ("bốn mươi tư", 44),
    ("năm mươi tư", 54),
    ("hai mươi bốn", 24),
    ("mười bốn", 14),
    ("mười tư", 14),
    ("sáu mươi sáu", 66),
    ("tám mươi tám", 88),
    ("bảy mươi", 70),
    ("ba hai", 32),
    ("bốn ba", 43),
    ("tám sáu", 86),
    ("năm mốt", 51),
    ("năm tư", 54),
    ("hăm mốt", 21),
    ("hăm hai", 22),
    ("hăm lăm", 25),
    ("băm sáu", 36),
    ("băm mốt", 31),
    ("một trăm hai mốt", 121),
    ("hai trăm ba lăm", 235),
    ("một nghìn chín trăm chín lăm", 1995),
    ("hai nghìn không trăm hai tư", 2024),
    ("ba trăm năm sáu", 356),
    ("bốn triệu không trăm năm tám nghìn", 4_058_000),
    ("một nghìn không trăm năm hai", 1052),
]

# Spelling variants that mean the same numeral.
SPELLING_VARIANTS = [
    ("bẩy", 7),
    ("bảy", 7),
    ("mười bẩy", 17),
    ("bẩy mươi bẩy", 77),
    ("hai mươi bẩy", 27),
    ("bẩy trăm", 700),
    ("bẩy nghìn", 7000),
    ("một nghìn", 1000),
    ("một ngàn", 1000),
    ("hai nghàn", 2000),
    ("hai ngàn", 2000),
    ("mười ngàn", 10000),
    ("một trăm ngàn", 100_000),
    ("năm trăm ngàn", 500_000),
    ("ba ngàn tỷ", 3_000_000_000_000),
    ("một tỉ", 1_000_000_000),
    ("một tỷ", 1_000_000_000),
    ("một trăm linh một", 101),
    ("một trăm lẻ một", 101),
    ("một trăm lẽ một", 101),
    ("hai trăm linh bốn", 204),
    ("hai trăm linh tư", 204),
    ("hai trăm lẻ tư", 204),
    ("ba trăm linh năm", 305),
    ("ba trăm lẻ năm", 305),
    ("chín trăm linh chín", 909),
    ("một nghìn không trăm", 1000),
    ("một nghìn không trăm linh năm", 1005),
    ("một nghìn không trăm lẻ năm", 1005),
    ("một nghìn không trăm mười", 1010),
    ("hai nghìn không trăm hai mươi", 2020),
    ("năm nghìn không trăm năm mươi", 5050),
    ("không trăm linh năm", 5),
    ("hai chục", 20),
    ("hai mươi", 20),
    ("một chục", 10),
    ("ba chục", 30),
    ("chín chục", 90),
    ("chục", 10),
    ("chục nghìn", 10000),
    ("ba chục nghìn", 30000),
    ("năm chục triệu", 50_000_000),
    ("bốn chục tỷ", 40_000_000_000),
    ("bốn mươi", 40),
    ("bốn chục", 40),
    ("hai nghìn lẽ chín", 2009),
    ("ba trăm rưởi", 350),
    ("Hai Nghìn Tư", 2400),
    ("HAI MƯƠI LĂM", 25),
    (unicodedata.normalize("NFD", "hai mươi lăm"), 25),
    (unicodedata.normalize("NFD", "một nghìn chín"), 1900),
    ("  ba   trăm  ", 300),
    ("năm củ", 5_000_000),
    ("hai tỏi", 2_000_000_000),
]

# Decimals read aloud: the point is "phẩy" (or "chấm"), digits after it one by one or as a whole.
DECIMALS = [
    ("ba phẩy năm", 3.5),
    ("không phẩy năm", 0.5),
    ("không phẩy không năm", 0.05),
    ("không phẩy không không năm", 0.005),
    ("mười hai phẩy hai lăm", 12.25),
    ("mười hai phẩy hai mươi lăm", 12.25),
    ("mười hai phẩy hai năm", 12.25),
    ("một phẩy hai", 1.2),
    ("hai phẩy tư", 2.4),
    ("hai phẩy bốn", 2.4),
    ("một phẩy một", 1.1),
    ("bốn phẩy mốt", 4.1),
    ("năm phẩy lăm", 5.5),
    ("chín phẩy chín", 9.9),
    ("bảy phẩy không một", 7.01),
    ("hai mươi phẩy năm", 20.5),
    ("ba mươi mốt phẩy tám", 31.8),
    ("chín mươi sáu phẩy sáu", 96.6),
    ("một trăm phẩy năm", 100.5),
    ("một trăm linh hai phẩy ba", 102.3),
    ("một nghìn hai trăm phẩy bảy lăm", 1200.75),
    ("không phẩy một hai ba", 0.123),
    ("ba phẩy một bốn", 3.14),
    ("ba phẩy mười bốn", 3.14),
    ("ba phẩy một bốn một sáu", 3.1416),
    ("không phẩy không hai lăm", 0.025),
    ("không phẩy năm mươi", 0.5),
    ("không phẩy ba mươi ba", 0.33),
    ("hai phẩy không", 2),
    ("ba chấm năm", 3.5),
    ("không chấm ba lăm", 0.35),
    ("mười chấm không hai", 10.02),
    ("hai hai phẩy năm", 22.5),
    ("ba phẩy năm triệu", 3_500_000),
    ("hai phẩy năm tỷ", 2_500_000_000),
    ("một phẩy hai nghìn tỷ", 1_200_000_000_000),
    ("không phẩy năm triệu", 500_000),
    ("mười hai phẩy năm nghìn", 12500),
    ("bốn phẩy bảy lăm tỉ", 4_750_000_000),
    ("ba phẩy năm phần trăm", 3.5),
    ("không phẩy năm phần trăm", 0.5),
    ("mười hai phẩy năm %", 12.5),
    ("3 phẩy 5", 3.5),
    ("12 phẩy 25", 12.25),
    ("Ba Phẩy Năm", 3.5),
]

# Large numbers, several scales, empty places, and digits mixed with scale words.
LARGE_AND_MIXED = [
    ("một tỷ hai trăm triệu", 1_200_000_000),
    ("mười lăm nghìn tỷ", 15_000_000_000_000),
    ("một nghìn tỷ", 10**12),
    ("hai trăm nghìn tỷ", 200_000_000_000_000),
    ("một triệu tỷ", 10**15),
    ("hai tỷ tỷ", 2 * 10**18),
    ("hai triệu không trăm linh năm nghìn", 2_005_000),
    ("hai triệu lẻ năm nghìn", 2_005_000),
    ("một triệu không trăm năm mươi nghìn", 1_050_000),
    ("một tỷ không trăm linh năm triệu", 1_005_000_000),
    ("bốn tỷ lẻ ba nghìn hai trăm", 4_000_003_200),
    ("hai nghìn lẻ chín", 2009),
    ("một nghìn lẻ một", 1001),
    ("một nghìn linh năm", 1005),
    ("ba nghìn lẻ mười", 3010),
    ("một triệu lẻ một", 1_000_001),
    ("mười nghìn", 10000),
    ("mười hai nghìn năm trăm", 12500),
    ("hai mươi mốt nghìn", 21000),
    ("hai mươi mốt nghìn tư", 21400),
    ("một trăm linh một nghìn", 101_000),
    # an empty group read out before its scale, as careful readers do
    ("năm triệu không nghìn không trăm linh một", 5_000_001),
    ("năm triệu không trăm nghìn không trăm linh một", 5_000_001),
    ("một tỷ không trăm triệu", 1_000_000_000),
    ("hai tỷ không triệu ba trăm nghìn", 2_000_300_000),
    ("bảy triệu không nghìn", 7_000_000),
    ("chín trăm chín mươi chín nghìn chín trăm chín mươi chín", 999_999),
    ("một triệu", 1_000_000),
    ("triệu", 1_000_000),
    ("nghìn", 1000),
    ("trăm nghìn", 100_000),
    ("trăm triệu", 100_000_000),
    ("hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi", 234_567_890),
    ("ba tỷ bốn trăm năm mươi triệu", 3_450_000_000),
    ("mười tỷ không trăm hai mươi triệu", 10_020_000_000),
    ("bốn mươi lăm triệu", 45_000_000),
    ("một trăm hai mươi lăm nghìn", 125_000),
    ("hai nghìn không trăm hai mươi lăm", 2025),
    ("một nghìn chín trăm bảy mươi lăm", 1975),
    ("hai vạn", 20000),
    ("mười vạn", 100_000),
    ("nửa triệu", 500_000),
    ("nửa tỷ", 500_000_000),
    ("bốn hai mươi mốt", 421),
    ("hai ba mươi lăm", 235),
    ("3 triệu rưỡi", 3_500_000),
    ("2 tỷ rưỡi", 2_500_000_000),
    ("2,5 tỷ", 2_500_000_000),
    ("2,5 triệu", 2_500_000),
    ("1,2 nghìn tỷ", 1_200_000_000_000),
    ("0,5 triệu", 500_000),
    ("3.000 tỷ", 3_000_000_000_000),
    ("1 tỷ 200 triệu", 1_200_000_000),
    ("2 triệu 500 nghìn", 2_500_000),
    ("5 nghìn 300", 5300),
    ("1 triệu 2", 1_200_000),
    ("3 nghìn tư", 3400),
    ("15 nghìn tỷ", 15_000_000_000_000),
    ("20 ngàn", 20000),
    ("3 trăm", 300),
    ("2 chục", 20),
    ("4 vạn", 40000),
    ("1,5 tỉ", 1_500_000_000),
    ("hai tỷ 300 triệu", 2_300_000_000),
    ("12 triệu rưỡi", 12_500_000),
    ("100 nghìn", 100_000),
    ("1 250 000", 1_250_000),
    ("-12 500", -12500),
]

# Fractions, halves and percentages in words.
FRACTIONS_AND_PERCENTS = [
    ("một nửa", 0.5),
    ("nửa", 0.5),
    ("một phần hai", 0.5),
    ("một phần ba", 1 / 3),
    ("hai phần ba", 2 / 3),
    ("ba phần tư", 0.75),
    ("một phần tư", 0.25),
    ("hai phần năm", 0.4),
    ("một phần mười", 0.1),
    ("ba phần một trăm", 0.03),
    ("ba trên bốn", 0.75),
    ("hai trên năm", 0.4),
    ("mười chia bốn", 2.5),
    ("năm phần nghìn", 0.005),
    ("hai mươi lăm phần trăm", 25),
    ("hai lăm phần trăm", 25),
    ("một trăm phần trăm", 100),
    ("mười phần trăm", 10),
    ("bẩy mươi phần trăm", 70),
    ("50%", 50),
]

NOT_NUMBERS = [
    "",
    "phẩy",
    "ba phẩy",
    "phẩy phẩy",
    "ba phẩy năm phẩy hai",
    "âm",
    "trừ",
    "âm âm hai",
    "lẻ",
    "mươi",
    "rưỡi",
    "một phần",
    "phần ba",
    "hai nghìn ba nghìn",
    "một trăm hai trăm",
    "hai triệu ba triệu",
    "một nghìn lẻ",
    "hai không",
    "hai ba bốn",
    "mười mười",
    "vài",
    "mấy chục",
    "vài chục nghìn",
    "hàng nghìn",
    "hai người",
    "ba phẩy năm người",
    "năm một",
    "năm sáu",
    "hai chục chục",
    "không nghìn",
    "không trăm triệu",
    "một triệu không triệu",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NEGATIVES + SHORTENED_AFTER_SCALE + SHORTENED_TENS + SPELLING_VARIANTS + DECIMALS + LARGE_AND_MIXED
    + FRACTIONS_AND_PERCENTS,
)
def test_spoken_numeral(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_spoken_numeral(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [("hai phẩy năm tỷ", 2_500_000_000), ("mười lăm nghìn tỷ", 15 * 10**12),
                                                ("ba phẩy năm", 3.5), ("âm hai mươi", -20)])
def test_whole_values_are_exact(text: str, expected: float) -> None:
    """A whole value comes back as an int and a fraction as a float, never a float for a count."""
    value = parse_number(text)
    assert value == expected and type(value) is type(expected)


_NAMES = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _group(n: int, full: bool) -> list[str]:
    """A formal reading of 0..999; ``full`` reads an empty hundreds place ("không trăm linh năm")."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_NAMES[hundreds], "trăm"]
    if tens == 0 and units:
        words += (["linh"] if words else []) + [_NAMES[units]]
    elif tens == 1:
        words += ["mười"] + ([{5: "lăm"}.get(units, _NAMES[units])] if units else [])
    elif tens:
        words += [_NAMES[tens], "mươi"] + ([{1: "mốt", 4: "tư", 5: "lăm"}.get(units, _NAMES[units])] if units else [])
    return words


def _spelled_large(n: int) -> str:
    """A formal reading of 1..10**12-1 built group by group, independent of the parser."""
    scales = [(10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")]
    words: list[str] = []
    for size, name in scales:
        group = n // size % 1000
        if group:
            words += _group(group, full=bool(words)) + ([name] if name else [])
    return " ".join(words)


def _spelled_every_group(n: int) -> str:
    """The same reading with every empty group after the first said aloud ("không trăm nghìn")."""
    scales = [(10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn")]
    words: list[str] = []
    for size, name in scales:
        group = n // size % 1000
        if group:
            words += [*_group(group, full=bool(words)), name]
        elif words:
            words += ["không", "trăm", name]
    return " ".join(words + _group(n % 1000, full=True) if n % 1000 else words)


_SPREAD = [7 ** k % 10**12 for k in range(5, 60)] + [10**k + 5 for k in range(3, 12)] + [
    2 * 10**k + 10**(k - 2) * 4 for k in range(3, 12)]

# Numbers spread over every size and every empty place, read the formal way, and with empty groups said aloud.
FORMAL = [(_spelled_large(n), n) for n in _SPREAD] + [
    (_spelled_every_group(n), n) for n in _SPREAD if _spelled_every_group(n) != _spelled_large(n)]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_formal_reading(text: str, expected: int) -> None:
    assert parse_number(text) == expected
