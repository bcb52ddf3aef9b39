"""Numerals written in words inside an article become facts with the right value and span.

Each case: a sentence written for this file, then the facts expected as (value, quote), the quote
being ``text[span]``. The second half lists sentences whose number words are not amounts.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from extractor.extraction.facts import find_facts
from extractor.recognize.numbers import find_numbers
from extractor.text.document import Document

PUBLISHED = datetime(2024, 5, 20, 9, 30, tzinfo=timezone(timedelta(hours=7)))


def quoted_facts(text: str) -> list[tuple]:
    doc = Document.from_text(text, published_at=PUBLISHED)
    return [(f["value"], doc.text[f["span"][0]:f["span"][1]]) for f in find_facts(doc)]


# Shortened forms after a scale or hundreds word, and tens said the colloquial way.
SHORTENED = [
    ("Bộ phận tiếp nhận đã nhận hai nghìn tư hồ sơ trong quý.", [(2400, "hai nghìn tư hồ sơ")]),
    ("Hội nghị có ba trăm rưỡi người tham dự.", [(350, "ba trăm rưỡi người")]),
    ("Huyện có một nghìn chín hộ làm nghề dệt.", [(1900, "một nghìn chín hộ")]),
    ("Tỉnh đã cắt giảm một trăm mốt thủ tục.", [(110, "một trăm mốt thủ tục")]),
    ("Sở tinh giản ba mươi tư biên chế.", [(34, "ba mươi tư biên chế")]),
    ("Phường có năm mươi mốt tổ dân phố.", [(51, "năm mươi mốt tổ dân phố")]),
    ("Xã cấp hai lăm giấy phép xây dựng.", [(25, "hai lăm giấy phép")]),
    ("Đội có hai mươi nhăm thành viên.", [(25, "hai mươi nhăm thành viên")]),
    ("Hơn một nghìn rưỡi hộ dân được hỗ trợ.", [(1500, "một nghìn rưỡi hộ")]),
    ("Công ty tuyển thêm hai nghìn mốt lao động.", [(2100, "hai nghìn mốt lao động")]),
]

# Spelling variants: bẩy, ngàn, lẻ, không trăm, chục.
VARIANTS = [
    ("Trường có bẩy mươi giáo viên.", [(70, "bẩy mươi giáo viên")]),
    ("Chợ có hai ngàn tiểu thương.", [(2000, "hai ngàn tiểu thương")]),
    ("Trường tuyển hai trăm lẻ năm học sinh.", [(205, "hai trăm lẻ năm học sinh")]),
    ("Xã có một nghìn không trăm linh tám hộ gia đình.", [(1008, "một nghìn không trăm linh tám hộ")]),
    ("Tỷ lệ hộ nghèo còn không phẩy năm phần trăm.", [(0.5, "không phẩy năm phần trăm")]),
    ("Xã còn hai chục hộ nghèo.", [(20, "hai chục hộ")]),
    ("Tỉnh đón ba chục nghìn lượt khách.", [(30000, "ba chục nghìn lượt khách")]),
    ("Huyện có hai nghìn lẻ chín hộ sản xuất giỏi.", [(2009, "hai nghìn lẻ chín hộ")]),
]

# Decimals read aloud, money and percentages in words, and negatives.
DECIMALS_MONEY_NEGATIVES = [
    ("Tổng kinh phí là hai phẩy năm tỷ đồng.", [(2_500_000_000, "hai phẩy năm tỷ đồng")]),
    ("Ngân sách tăng ba phẩy năm phần trăm.", [(3.5, "ba phẩy năm phần trăm")]),
    ("Đề án cần mười hai phẩy hai lăm tỷ đồng.", [(12_250_000_000, "mười hai phẩy hai lăm tỷ đồng")]),
    ("Doanh nghiệp nộp mười lăm nghìn tỷ đồng tiền thuế.", [(15 * 10**12, "mười lăm nghìn tỷ đồng")]),
    ("Dự án được cấp một tỷ hai trăm triệu đồng.", [(1_200_000_000, "một tỷ hai trăm triệu đồng")]),
    ("Huyện giải ngân hai triệu không trăm linh năm nghìn đồng.",
     [(2_005_000, "hai triệu không trăm linh năm nghìn đồng")]),
    ("Mỗi hộ được hỗ trợ 3 triệu rưỡi đồng.", [(3_500_000, "3 triệu rưỡi đồng")]),
    ("Vốn điều lệ là 1 tỷ 200 triệu đồng.", [(1_200_000_000, "1 tỷ 200 triệu đồng")]),
    ("Công ty lỗ nửa tỷ đồng trong năm.", [(500_000_000, "nửa tỷ đồng")]),
    ("Tăng trưởng kinh tế âm hai phẩy năm phần trăm.", [(-2.5, "âm hai phẩy năm phần trăm")]),
    ("Nhiệt độ xuống âm 5 độ C.", [(-5, "âm 5 độ")]),
    ("Lợi nhuận âm ba tỷ đồng.", [(-3_000_000_000, "âm ba tỷ đồng")]),
]

# Several figures in one sentence, and words beside digits.
LISTS = [
    ("Tỉnh có chín mươi chín xã và ba thị trấn.", [(99, "chín mươi chín xã"), (3, "ba thị trấn")]),
    ("Xã có mười lăm thôn và hai mươi mốt bản.", [(15, "mười lăm thôn"), (21, "hai mươi mốt bản")]),
    ("Ba trung tâm được hợp nhất thành một trung tâm.", [(3, "Ba trung tâm"), (1, "một trung tâm")]),
    ("Trường có 45 lớp với một nghìn hai trăm năm mươi học sinh.",
     [(45, "45 lớp"), (1250, "một nghìn hai trăm năm mươi học sinh")]),
]

# Number words that are not amounts: "năm" the year, "một" the article, set phrases, vague multiples,
# a range said as two digits, "trừ" meaning "except", "âm" inside another word.
NOT_AMOUNTS = [
    ("Một số xã chưa hoàn thành chỉ tiêu.", []),
    ("Đây là một trong những huyện khó khăn nhất.", []),
    ("Người dân đến bộ phận một cửa để nộp hồ sơ.", []),
    ("Năm nay tỉnh đầu tư mạnh cho giáo dục.", []),
    ("Hàng nghìn người đã tham gia.", []),
    ("Vài chục hộ dân chưa nhận tiền.", []),
    ("Hàng chục doanh nghiệp đã đăng ký.", []),
    ("Ông là một cán bộ tận tụy.", []),
    ("Hai năm sau, trường được công nhận đạt chuẩn.", []),
    ("Hai mươi năm qua, xã đã thay đổi nhiều.", []),
    ("Chị là sinh viên năm hai của trường.", []),
    ("Chương trình phát sóng lúc tám giờ tối.", []),
    ("Khoảng hai ba người vắng mặt.", []),
    ("Đây là dấu phẩy cuối cùng.", []),
    ("Cửa hàng bán lẻ mở cửa cả ngày.", []),
    ("Vào năm hai nghìn không trăm hai mươi tư, huyện sáp nhập ba xã.", [(3, "ba xã")]),
    ("Trừ hai xã vùng cao, các xã đều đạt chuẩn.", [(2, "hai xã")]),
    ("Phóng viên đã ghi âm 3 cuộc phỏng vấn.", [(3, "3 cuộc")]),
    ("Bác sĩ siêu âm 2 lần cho bệnh nhân.", [(2, "2 lần")]),
]


@pytest.mark.parametrize(("text", "expected"), SHORTENED + VARIANTS + DECIMALS_MONEY_NEGATIVES + LISTS + NOT_AMOUNTS)
def test_spoken_numeral_facts(text: str, expected: list[tuple]) -> None:
    assert quoted_facts(text) == expected


# find_numbers on its own: the numeral's span and value, whatever follows it.
MENTIONS = [
    ("thu hai nghìn tư", [("hai nghìn tư", 2400)]),
    ("ba phẩy năm năm", [("ba phẩy năm", 3.5)]),
    ("hai mươi năm qua", [("hai mươi", 20)]),
    ("không phẩy không năm lần", [("không phẩy không năm", 0.05)]),
    ("hai ba người", [("hai", 2)]),
    ("âm 12 độ", [("âm 12", -12)]),
    ("hăm dọa hai người", [("hai", 2)]),
    ("ba củ khoai", [("ba", 3)]),
    ("hai nghìn lẻ người", [("hai nghìn", 2000)]),
    ("2 triệu 3 tỷ", [("2 triệu", 2_000_000), ("3 tỷ", 3_000_000_000)]),
    ("3 tỷ, 200 triệu", [("3 tỷ", 3_000_000_000), ("200 triệu", 200_000_000)]),
    ("2 tỷ 500 triệu đồng", [("2 tỷ 500 triệu", 2_500_000_000)]),
    ("dấu phẩy", []),
    ("hàng chục nghìn", []),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_spoken_numeral_mentions(text: str, expected: list[tuple]) -> None:
    assert [(text[m.start:m.end], m.value) for m in find_numbers(text)] == expected
