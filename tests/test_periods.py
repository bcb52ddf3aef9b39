"""Time expressions of a sentence: what each kind looks like, with and without digits.

A sentence without digits is only searched for quarters (``quý II``): every other kind is written with digits.
The table holds sentences of both sorts, so the shortcut is checked against what the patterns find.
"""

from __future__ import annotations

import pytest

from extractor.recognize.periods import _patterns, find_time_expressions

CASES = [
    # (phenomenon, sentence, expressions as (text, kind))
    ("quarter in roman numerals", "Trong quý III, phường đã tiếp nhận 210 hồ sơ.", [("quý III", "quarter")]),
    ("quarter, no digit at all", "Quý I năm nay huyện sẽ hợp nhất các trạm y tế.", [("Quý I", "quarter")]),
    ("quarter in digits", "Đến hết quý 2/2024, xã hoàn thành việc sắp xếp.", [("quý 2/2024", "quarter")]),
    ("no time, no digit", "Năm nay thị trấn không sáp nhập tổ dân phố nào.", []),
    ("no time, words for numbers", "Hai trường được giải thể trong năm học mới.", []),
    ("date with year", "Ngày 9/10/2023, Sở Y tế công bố quyết định.", [("9/10/2023", "date")]),
    ("month and year", "Tháng 7 năm 2022, xã có 14 thôn.", [("Tháng 7 năm 2022", "month")]),
    ("span of years", "Giai đoạn 2016-2020 tỉnh giảm 31 đơn vị.", [("Giai đoạn 2016-2020", "span")]),
    ("span from and to", "Từ năm 2018 đến năm 2021, bệnh viện khám 900 lượt.",
     [("Từ năm 2018 đến năm 2021", "span")]),
    ("months of the year", "Sau 9 tháng đầu năm, quỹ chi 4 tỷ đồng.", [("9 tháng đầu năm", "months")]),
    ("clock", "Lúc 14 giờ 30 chiều qua, Ban chỉ đạo họp.", [("14 giờ 30", "clock")]),
    ("year word", "Năm 2019, Trung tâm được thành lập.", [("Năm 2019", "year")]),
]


@pytest.mark.parametrize(("phenomenon", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_expressions(phenomenon: str, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(sentence[t.start:t.end], t.kind) for t in find_time_expressions(sentence)]
    for item in expected:
        assert item in found
    if not expected:
        assert found == []


DIGIT_FREE = [
    "Quý IV năm nay tỉnh sẽ sáp nhập các xã.",
    "Từ năm ngoái đến năm nay, huyện giảm ba xã.",
    "Trong tháng này và tháng sau, Sở Nội vụ rà soát các phòng.",
    "Ngày mai, lúc tám giờ sáng, hội nghị khai mạc.",
    "Giai đoạn tới, các trường sẽ được sắp xếp lại.",
]


@pytest.mark.parametrize("sentence", DIGIT_FREE)
def test_only_quarters_are_written_without_digits(sentence: str) -> None:
    """The shortcut for sentences without digits skips every kind but a quarter: none of them matches there."""
    for kind, pattern in _patterns():
        if kind != "quarter":
            assert pattern.search(sentence) is None, kind
