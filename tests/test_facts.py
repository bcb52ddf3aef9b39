"""find_facts on sentences written for these tests, grouped by phenomenon.

Each case: a sentence, then the facts expected as (value, unit, change) where change is
None or "direction/type". NOT-facts are sentences whose numbers must give nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from extractor.extraction.facts import find_facts
from extractor.text.document import Document

PUBLISHED = datetime(2018, 6, 18, 16, 7, tzinfo=timezone(timedelta(hours=7)))


def facts_of(text: str) -> list[dict]:
    return find_facts(Document.from_text(text, published_at=PUBLISHED))


def summary(text: str) -> list[tuple]:
    out = []
    for f in facts_of(text):
        change = f"{f['change']['direction']}/{f['change']['type']}" if f["change"] else None
        out.append((f["value"], f["unit"], change))
    return out


COUNTS = [
    ("Tỉnh có 156 đơn vị hành chính cấp xã.", [(156, "đơn vị hành chính", None)]),
    ("Sở ban hành 4 quyết định công bố.", [(4, "quyết định", None)]),
    ("Huyện gồm 8 xã và 2 thị trấn.", [(8, "xã", None), (2, "thị trấn", None)]),
    ("Trường có 1.250 học sinh.", [(1250, "học sinh", None)]),
    ("Có 06 hồ sơ trễ hạn.", [(6, "hồ sơ", None)]),
    ("Bộ lưu ý 7 nguyên tắc khi sắp xếp.", [(7, "nguyên tắc", None)]),
    ("Lãnh đạo gồm giám đốc và không quá 3 Phó Giám đốc.", [(3, "phó giám đốc", None)]),
]

WORDS = [
    ("Tỉnh sáp nhập hai trường thành một trường.", [(2, "trường", None), (1, "trường", None)]),
    ("Ba trung tâm được hợp nhất.", [(3, "trung tâm", None)]),
    ("Mỗi xã có ít nhất một trường mầm non.", [(1, "trường", None)]),
    ("Cắt giảm một nửa thời gian giải quyết.", [(0.5, "nửa", "decrease/by")]),
]

MONEY_PERCENT_AREA = [
    ("Tổng vốn là 15 tỷ đồng.", [(15_000_000_000, "VND", None)]),
    ("Dự án cần 2,5 triệu USD.", [(2_500_000, "USD", None)]),
    ("Giá khởi điểm 12.000 đồng/cổ phần.", [(12000, "VND", None)]),
    ("Tỷ lệ hồ sơ đúng hạn đạt 96,6%.", [(96.6, "percent", None)]),
    ("Có 5 phần trăm hồ sơ quá hạn.", [(5, "percent", None)]),
    ("Xã mới rộng 25,4 km2 với 12.000 người.", [(25.4, "km2", None), (12000, "người", None)]),
]

ABBREVIATIONS = [
    ("Rà soát thủ tục hành chính (TTHC), công bố 175 TTHC.", [(175, "thủ tục hành chính", None)]),
    ("Có 14 trường THPT được sắp xếp.", [(14, "trường", None)]),
    ("Có 12 NĐT tham gia.", [(12, "nhà đầu tư", None)]),
]

RANGES_PAIRS = [
    ("Mỗi lớp có 20-35 học sinh.", [(20, "học sinh", None)]),
    ("Thời gian giải quyết từ 3 đến 5 ngày.", [(3, "ngày", None)]),
    ("Đã giải quyết 461/465 hồ sơ.", [(461, "hồ sơ", None), (465, "hồ sơ", None)]),
    ("Tỉnh xếp thứ 16/63 tỉnh, thành phố.", [(63, "tỉnh, thành phố", None)]),
    ("Tỉnh xếp 9/63 tỉnh, thành phố.", [(63, "tỉnh, thành phố", None)]),
]

CHANGES = [
    ("Đã giải quyết 560 hồ sơ, tăng 140 hồ sơ so với cùng kỳ năm 2017.",
     [(560, "hồ sơ", None), (140, "hồ sơ", "increase/by")]),
    ("Thực hiện cắt giảm 250 ngày giải quyết.", [(250, "ngày", "decrease/by")]),
    ("Thời gian giảm từ 30 ngày xuống còn 25 ngày.", [(30, "ngày", None), (25, "ngày", "decrease/to")]),
    ("Số hồ sơ tăng lên 800 hồ sơ.", [(800, "hồ sơ", "increase/to")]),
    ("Bổ sung 500 biên chế giáo viên.", [(500, "biên chế", "increase/by")]),
    ("Tinh giản 40 người.", [(40, "người", "decrease/by")]),
    ("Có 40 người được tinh giản biên chế.", [(40, "người", "decrease/by")]),
    ("Rút ngắn 50% thời gian xử lý.", [(50, "percent", "decrease/by")]),
    ("Huyện chỉ còn 12 xã.", [(12, "xã", "decrease/to")]),
    ("Còn 40 hồ sơ chưa giải quyết.", [(40, "hồ sơ", None)]),
    ("Giảm 203 chỉ tiêu biên chế và 150 chỉ tiêu sự nghiệp.",
     [(203, "chỉ tiêu", "decrease/by"), (150, "chỉ tiêu", "decrease/by")]),
    ("Thu ngân sách tăng 2% (40 tỷ đồng).", [(2, "percent", "increase/by"), (40_000_000_000, "VND", "increase/by")]),
    ("Số trung tâm giảm mạnh ở các tỉnh như: Bình An 90%, Tân Phú 36%.",
     [(90, "percent", "decrease/by"), (36, "percent", "decrease/by")]),
    ("Bãi bỏ 1 văn bản, ban hành mới 1 văn bản.", [(1, "văn bản", None), (1, "văn bản", None)]),
]

WORDS_IN_RUNNING_TEXT = [
    ("Xã có mười bốn ấp và hai mươi mốt tổ dân phố.", [(14, "ấp", None), (21, "tổ dân phố", None)]),
    ("Phòng khám có một trăm linh năm giường bệnh.", [(105, "giường bệnh", None)]),
    ("Lễ hội đón ba nghìn hai trăm lượt khách.", [(3200, "lượt khách", None)]),
    ("Sáu hộ được hỗ trợ làm nhà.", [(6, "hộ", None)]),
    ("Tỷ lệ che phủ rừng đạt bốn mươi hai phần trăm.", [(42, "percent", None)]),
    ("Quỹ đã chi hơn ba tỷ đồng cho học bổng.", [(3_000_000_000, "VND", None)]),
    ("Xã giảm một đầu mối trực thuộc.", [(1, "đầu mối", "decrease/by")]),
    ("Sau hai năm, công trình được bàn giao.", [(2, "năm", None)]),
    ("Công ty hoạt động hai mươi năm liền.", [(20, "năm", None)]),
]

RANGES_SHARE_SCALE = [
    ("Mỗi suất vay từ 5 đến 20 triệu đồng.", [(5_000_000, "VND", None)]),
    ("Giá thuê 2-3 tỷ đồng mỗi năm.", [(2_000_000_000, "VND", None)]),
    ("Chi phí từ 800 đến 1 triệu đồng.", [(800, "VND", None)]),
]

MEASURE_NOUNS = [
    ("Cổng thông tin có 15.300 lượt truy cập.", [(15300, "lượt truy cập", None)]),
    ("Trạm đón 120 lượt mỗi ngày.", [(120, "lượt", None)]),
    ("Hội trao 250 suất học bổng.", [(250, "suất học bổng", None)]),
    ("Có 1.000-1.200 lượt người dự lễ.", [(1000, "lượt người", None)]),
]

REMAINING = [
    ("Cả nước hiện còn 45 bến phà ngang.", [(45, "bến", None)]),
    ("Toàn huyện còn 27 hộ nghèo.", [(27, "hộ", None)]),
    ("Sau sắp xếp, toàn huyện còn 14 xã.", [(14, "xã", "decrease/to")]),
    ("Huyện sáp nhập 5 trường, còn 3 trường.", [(5, "trường", None), (3, "trường", "decrease/to")]),
    ("Kho còn 300 tấn gạo dự trữ.", [(300, "tấn", None)]),
]

DURATIONS = [
    ("Trong vòng 3 tháng, đơn vị phải hoàn thành.", [(3, "tháng", None)]),
    ("Sau 10 ngày kể từ ngày ký, quyết định có hiệu lực.", [(10, "ngày", None)]),
]

NOT_FACTS = [
    "Trong 6 tháng đầu năm, Sở đã tập trung rà soát.",
    "Báo cáo kết quả 9 tháng năm 2024.",
    "Kết quả quý I năm nay rất khả quan.",
    "Kế hoạch giai đoạn 2021-2025 được thông qua.",
    "Ngày 18/06/2018 lúc 16:07, hội nghị khai mạc.",
    "Theo Quyết định số 1234/QĐ-UBND của tỉnh.",
    "Thực hiện Nghị định 107/2020/NĐ-CP của Chính phủ.",
    "Đây là lần thứ 3 tỉnh tổ chức hội nghị.",
    "Tập trung vào một số nhiệm vụ trọng tâm.",
    "Hệ thống một cửa điện tử hoạt động tốt.",
    "Đây là một trong những địa phương dẫn đầu.",
    "Vận hành chính quyền địa phương 2 cấp từ tháng 7.",
    "Hàng trăm người dân tham dự.",
    "Liên hệ điện thoại 0219 3866 555 để biết thêm.",
    "Cuộc cách mạng công nghiệp 4.0 đang diễn ra.",
    "Trụ sở đặt tại Quốc lộ 2, phường 5.",
    "Năm 2017 tỉnh đạt nhiều kết quả.",
    "Mười năm qua, huyện đổi thay nhiều.",
    "Tám giờ sáng, đoàn bắt đầu làm việc.",
    "Hai bên đã ký biên bản ghi nhớ.",
    "Trong 3 năm 2019-2021, tỉnh tập trung đầu tư.",
    "Doanh thu không giảm trong ba năm gần nhất.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    COUNTS + WORDS + MONEY_PERCENT_AREA + ABBREVIATIONS + RANGES_PAIRS + CHANGES + DURATIONS
    + WORDS_IN_RUNNING_TEXT + RANGES_SHARE_SCALE + MEASURE_NOUNS + REMAINING,
)
def test_facts(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(text: str) -> None:
    assert summary(text) == []


def test_spans_quote_the_text() -> None:
    text = "Đã giải quyết 560 hồ sơ, tăng 140 hồ sơ so với cùng kỳ năm 2017."
    for fact in facts_of(text):
        assert text[fact["span"][0]:fact["span"][1]] == fact["text"]
        assert fact["sentence"] == [0, len(text)]


def test_context_fields() -> None:
    total, change = facts_of("Trong 6 tháng đầu năm, Sở giải quyết 560 hồ sơ, tăng 140 hồ sơ so với cùng kỳ năm 2017.")
    assert change["baseline"] == 420
    assert change["change"]["compared_to"] == "cùng kỳ năm 2017"
    assert total["period"] == {"text": "6 tháng đầu năm", "start": "2018-01-01", "end": "2018-06-30"}


def test_part_of_and_approx() -> None:
    whole, part = facts_of("Công bố 175 TTHC, trong đó có hơn 80 TTHC liên thông.")
    assert part["part_of"] == whole["id"]
    assert part["approx"] == "more_than"
    assert part["unit_text"].startswith("TTHC")


def test_remaining_after_a_merger_in_the_sentence_before() -> None:
    text = "Tỉnh sáp nhập các xã nhỏ. Huyện Đông còn 9 xã."
    assert summary(text) == [(9, "xã", "decrease/to")]


def test_range_keeps_both_ends() -> None:
    (fact,) = facts_of("Mỗi hộ được hỗ trợ từ 5 đến 20 triệu đồng.")
    assert (fact["value"], fact["value_max"]) == (5_000_000, 20_000_000)


PARTS = [
    # sentence, then (value, value of the whole it is part of or None) for each fact
    ("Tỉnh có 120 TTHC, trong đó 70 TTHC cấp tỉnh; 40 TTHC được đơn giản hóa.",
     [(120, None), (70, 120), (40, None)]),
    ("Có 90 hồ sơ, trong đó 60 hồ sơ trực tuyến (35 hồ sơ toàn trình, 25 hồ sơ một phần).",
     [(90, None), (60, 90), (35, 60), (25, 60)]),
    ("Huyện có 30 trường (18 trường công lập) và 4 trung tâm.", [(30, None), (18, 30), (4, None)]),
    ("Thu ngân sách tăng 2% (40 tỷ đồng).", [(2, None), (40_000_000_000, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_part_of(text: str, expected: list[tuple]) -> None:
    facts = facts_of(text)
    by_id = {f["id"]: f["value"] for f in facts}
    assert [(f["value"], by_id.get(f["part_of"])) for f in facts] == expected


MEASURES = [
    ("Thời gian giải quyết giảm còn 5 ngày.", "thời gian giải quyết"),
    ("Tỷ lệ hồ sơ trực tuyến đạt 80%.", "tỷ lệ hồ sơ trực tuyến"),
    ("Số học sinh đến lớp là 420 em.", "số học sinh đến lớp"),
    ("Xã có diện tích tự nhiên 25 km2.", "diện tích tự nhiên"),
    ("Đề án rút ngắn 30% thời gian chờ đợi.", "thời gian chờ đợi"),
    ("Mức hỗ trợ tối đa 10 triệu đồng.", "mức hỗ trợ"),
    ("Trường có 420 học sinh.", None),
    ("Tổng số 40 hồ sơ đã được trả.", None),
]


@pytest.mark.parametrize(("text", "measure"), MEASURES)
def test_measure(text: str, measure: str | None) -> None:
    assert facts_of(text)[0]["measure"] == measure


# Phenomena found reviewing unseen articles; each table is one class of error that was fixed.
WORDS_BEFORE_ANY_NOUN = [
    ("Đề án tập trung vào ba trụ cột.", [(3, "trụ cột", None)]),
    ("Sinh viên tốt nghiệp nhận hai bằng cấp.", [(2, "bằng cấp", None)]),
    ("Bộ nêu bốn định hướng và sáu giải pháp.", [(4, "định hướng", None), (6, "giải pháp", None)]),
]

NOT_ARTICLE_AFTER_BECOME = [
    "Em muốn trở thành một giáo viên giỏi.",
    "Mô hình đã trở thành một điểm sáng của huyện.",
]

SCHOOL_GRADES_AND_ROUNDS = [
    "Học sinh lớp 9 được tư vấn hướng nghiệp.",
    "Sinh viên phản ánh giờ bắt đầu tiết 1 quá sớm.",
    "Lệ phí vòng 2 sẽ được thông báo sau.",
    "Chương trình dành cho học sinh lớp 6-9.",
]

RANK_GROUPS = [
    "Trường thuộc nhóm 300 đại học hàng đầu khu vực.",
    "Khoa lọt top 101-150 thế giới.",
    "Ngành kiến trúc của trường nằm trong nhóm 201-250.",
    "Tỉnh đứng ở vị trí 12 cả nước.",
]

TIME_AGO_AND_LATER = [
    "Ba tháng trước, trường ra thông báo mới.",
    "Hai tuần sau, kết quả được công bố.",
    "Khoảng ba năm nay, trường liên tục đổi mới.",
    "Cách đây 8 năm, em đỗ thủ khoa.",
    "Hai ngày qua, nhà trường luôn trực ban.",
    "Sáng 14.9, đoàn kiểm tra đến trường.",
]

RATINGS = [
    "Ký túc xá đạt chuẩn 4 sao.",
]

UNIT_SHAPES = [
    # classifiers count the noun after them
    ("Xã có 12 ngôi trường và 300 chiếc xe đạp.", [(12, "trường", None), (300, "xe đạp", None)]),
    ("Thư viện nhận 04 cuốn sách.", [(4, "sách", None)]),
    # a head that needs the word after it
    ("Hội đồng có 15 phó giáo sư và 900 cựu học sinh.", [(15, "phó giáo sư", None), (900, "cựu học sinh", None)]),
    # a two-syllable noun whose second syllable is also a function word
    ("Nhà trường thiếu 250 thiết bị dạy học.", [(250, "thiết bị", None)]),
    ("Trung tâm cấp 1.200 chứng chỉ tin học.", [(1200, "chứng chỉ", None)]),
    # "đồng" that is not money
    ("Ban kiểm tra gồm 3 đồng chí.", [(3, "đồng chí", None)]),
    # a unit written against the figure
    ("Mỗi bộ hồ sơ nặng tới 20kg.", [(20, "kg", None)]),
    # a coefficient
    ("Hệ số lương khởi điểm là 2,67.", [(2.67, "hệ số", None)]),
]

SHARED_UNIT_AND_SCALE = [
    ("Học phí năm nay là 25 và 30 triệu đồng.", [(25_000_000, "VND", None), (30_000_000, "VND", None)]),
    ("Thu nhập khoảng 8, 9 triệu đồng/tháng.", [(8_000_000, "VND", None), (9_000_000, "VND", None)]),
    ("Hai khoa lần lượt tuyển 120 và 95 sinh viên.", [(2, "khoa", None), (120, "sinh viên", None),
                                                       (95, "sinh viên", None)]),
]

CHANGE_TO_WITH_THANH = [
    ("Lệ phí tăng thành 1.500 USD.", [(1500, "USD", "increase/to")]),
    ("Tỉnh đặt mục tiêu nâng lên thành 7 trường chuẩn.", [(7, "trường", "increase/to")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), WORDS_BEFORE_ANY_NOUN + UNIT_SHAPES + SHARED_UNIT_AND_SCALE + CHANGE_TO_WITH_THANH
)
def test_facts_found_in_unseen_articles(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text", NOT_ARTICLE_AFTER_BECOME + SCHOOL_GRADES_AND_ROUNDS + RANK_GROUPS + TIME_AGO_AND_LATER + RATINGS
)
def test_not_facts_found_in_unseen_articles(text: str) -> None:
    assert summary(text) == []


# --- second check on unseen articles ---

SCORES_WITHOUT_UNIT = [
    # a cue in the clause before the figure
    ("Điểm chuẩn của khoa năm nay từ 16 đến 27,5.", [(16, "điểm", None)]),
    ("Điểm sàn nhận hồ sơ của trường là 18.", [(18, "điểm", None)]),
    ("Ngưỡng đầu vào ngành sư phạm là 19.", [(19, "điểm", None)]),
    ("Ứng viên cần IELTS 6.5 trở lên.", [(6.5, "điểm", None)]),
    ("GPA trung bình của lớp là 3.4/4.", [(3.4, "điểm", None), (4, "điểm", None)]),
    ("Các ngành có điểm chuẩn 21 thuộc khối kỹ thuật.", [(21, "điểm", None)]),
    # the mark named right before the figure
    ("Bạn ấy đạt điểm 8 năng khiếu hội họa.", [(8, "điểm", None)]),
    # an English decimal whose test is named in the sentence before
    ("Minh đạt 7.5 IELTS. Riêng kỹ năng Đọc, em đạt 8.5.", [(7.5, "ielts", None), (8.5, "điểm", None)]),
    # a list that ends in the unit
    ("Ba câu có giá trị lần lượt 10, 20 và 30 điểm.", [(3, "câu", None), (10, "điểm", None), (20, "điểm", None),
                                                       (30, "điểm", None)]),
]

NOT_SCORES = [
    # a place, a time or a view ending in "điểm" is no mark
    ("Tại thời điểm này, trường có 40 giáo viên.", [(40, "giáo viên", None)]),
    ("Hệ số lương khởi điểm là 2,34.", [(2.34, "hệ số", None)]),
]

RANGES_WITHOUT_FROM = [
    ("Thí sinh đoạt giải được cộng 1 đến 3 điểm.", [(1, "điểm", None)]),
    ("So với năm trước, học phí tăng 2,5 đến 8 triệu đồng.", [(2_500_000, "VND", "increase/by")]),
    ("Mỗi năm khoa nhận hơn 150 đến hơn 180 sinh viên.", [(150, "sinh viên", None)]),
]

COUNT_AMONG = [
    ("Trong số 30 thí sinh vào vòng cuối, có 4 người đạt giải.", [(30, "thí sinh", None), (4, "người", None)]),
    ("Em chọn 2 môn trong số 7 môn tự chọn.", [(2, "môn", None), (7, "môn", None)]),
]

WORDS_COUNTING_SCHOOL_THINGS = [
    ("Ba luật mới có hiệu lực cùng lúc.", [(3, "luật", None)]),
    ("Tỉnh có hai đại diện trong đội tuyển.", [(2, "đại diện", None)]),
    ("Nhóm công bố hai nghiên cứu về giấc ngủ.", [(2, "nghiên cứu", None)]),
    ("Cuộc thi chia thành ba cấp độ.", [(3, "cấp độ", None)]),
    ("Khóa học gồm 12 học phần bắt buộc.", [(12, "học phần", None)]),
    ("Trường có 40 lớp, 1.200 học sinh và 85 giảng viên.", [(40, "lớp", None), (1200, "học sinh", None),
                                                            (85, "giảng viên", None)]),
]

UNIT_BEFORE_THE_FIGURE = [
    ("Em đỗ thủ khoa ở tuổi 16.", [(16, "tuổi", None)]),
    ("Ứng viên có tuổi đời không quá 30.", [(30, "tuổi", None)]),
    ("Lớp học dành cho trẻ ở độ tuổi 4-6.", [(4, "tuổi", None)]),
    # a cue for marks does not beat the age
    ("Em vượt ngưỡng điểm này ở tuổi 15.", [(15, "tuổi", None)]),
    # a countable noun after "điểm" is what the figure counts
    ("Trường xét điểm 5 học kỳ gần nhất.", [(5, "học kỳ", None)]),
    # "kiểm điểm" is no mark
    ("Học sinh viết bản kiểm điểm 2 lần.", [(2, "lần", None)]),
]

CHANGE_WORDS = [
    ("Trường tụt 4 bậc trên bảng xếp hạng.", [(4, "bậc", "decrease/by")]),
    ("Đội nâng tổng điểm lên thành 160.", [(160, "điểm", "increase/to")]),
]

NOT_FACTS_SECOND_CHECK = [
    "Nhà trường tuyển sinh mỗi năm một lần.",
    "Anh muốn học văn bằng 2 ngành Luật.",
    "Các em mang ba lô nhẹ tới lớp.",
    "Kỷ luật chia theo mức độ vi phạm;mức độ 2 là vi phạm ảnh hưởng tới tập thể.",
    "Chính quyền địa phương 2 cấp đi vào vận hành.",
    "Điểm học bạ được quy đổi về thang 30.",
    "Em trượt nguyện vọng 1 nhưng đỗ nguyện vọng 2.",
    "Trường xét điểm các môn từ lớp 10 đến 12.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SCORES_WITHOUT_UNIT + NOT_SCORES + RANGES_WITHOUT_FROM + COUNT_AMONG + WORDS_COUNTING_SCHOOL_THINGS
    + UNIT_BEFORE_THE_FIGURE + CHANGE_WORDS,
)
def test_facts_second_check(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text", NOT_FACTS_SECOND_CHECK)
def test_not_facts_second_check(text: str) -> None:
    assert summary(text) == []


# Facts behind false check alarms: a number after its own unit's noun names one item (region 3, level 2),
# a percent sign is shared only along a list, and a fraction of a capitalised name is no count.
LABELS_AFTER_THE_UNIT_NOUN = [
    ("Đoàn có 3 khu vực dự thi (khu vực 1, khu vực 2 và miền núi).", [(3, "khu vực", None)]),
    ("Giải có 4 bảng đấu, bảng 2 đông nhất.", [(4, "bảng", None)]),
]
PERCENT_NOT_SHARED = [
    ("Có 25% hộ làm nghề và khoảng 4.000 trong số 9.000 hộ vay vốn.",
     [(25, "percent", None), (4000, "hộ", None), (9000, "hộ", None)]),
    ("Nhóm 3% doanh nghiệp có doanh thu trên 2.000 tỷ.", [(3, "percent", None), (2_000_000_000_000, "VND", None)]),
    ("Lãi suất là 5%, 6% và 7%.", [(5, "percent", None), (6, "percent", None), (7, "percent", None)]),
]
FRACTION_OF_A_NAME = [
    ("Danh sách trường: Học viện Mỹ thuật 12,5 Khoa Sơn mài.", []),
    ("Lớp có 12 Đội viên.", [(12, "đội viên", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS_AFTER_THE_UNIT_NOUN + PERCENT_NOT_SHARED + FRACTION_OF_A_NAME)
def test_facts_behind_false_alarms(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


# Third check on unseen articles. Hours: "N giờ" alone is an amount unless a word of clock time stands
# around it; "sáng 4 tiết" counts periods, it is no morning date.
HOURS_AS_AMOUNTS = [
    ("Sinh viên được làm thêm 18 giờ mỗi tuần.", [(18, "giờ", "increase/by")]),
    ("Kết quả được trả trong vòng 72 giờ.", [(72, "giờ", None)]),
    ("Buổi hội thảo kéo dài 4 giờ.", [(4, "giờ", None)]),
    ("Nhân viên làm theo chế độ 8 giờ/ngày.", [(8, "giờ", None)]),
    ("Mỗi ngày em tự học 3-4 giờ.", [(3, "giờ", None)]),
    ("Trường xếp sáng 5 tiết, chiều 2 tiết.", [(5, "tiết", None), (2, "tiết", None)]),
]
HOURS_AS_CLOCK_TIMES = [
    "Buổi lễ bắt đầu lúc 9 giờ.",
    "Cổng trường mở từ 6 giờ đến 18 giờ.",
    "Hạn chót là 16 giờ ngày 15.7.",
    "Hội đồng họp vào 14 giờ chiều thứ hai.",
    "Xe đón học sinh lúc 6 giờ 15, 7 giờ và 8 giờ.",
    "Anh thường thức tới 1-2 giờ để ôn bài.",
    "Chiều 12, đoàn công tác đến thăm trường.",
]

# "một" counting: a stretch of time after a verb or a word of time, an item listed after another figure of
# the same noun, an amount after a change verb; not a rate's denominator, not a school year.
ONE_COUNTING = [
    ("Thí sinh nhận điểm sau một ngày.", [(1, "ngày", None)]),
    ("Mỗi đội có một phút để trả lời.", [(1, "phút", None)]),
    ("Khóa học kéo dài một năm hoặc hai năm.", [(1, "năm", None), (2, "năm", None)]),
    ("Cầu thủ vi phạm bị cấm thi đấu một tuần.", [(1, "tuần", None)]),
    ("Đội có hai em học chuyên Toán, một em học chuyên Văn.", [(2, "em", None), (1, "em", None)]),
    ("Học phí là 12.000 USD một năm.", [(12000, "USD", None)]),
    ("Trường tăng một bậc trên bảng xếp hạng.", [(1, "bậc", "increase/by")]),
]
ONE_AS_ARTICLE = [
    "Mỗi phút chờ đợi là một phút lãng phí.",
    "Chúc các em có một năm học mới vui vẻ.",
    "Câu chuyện đó trở thành một thói quen của cả lớp.",
    "Tổng số tiết dạy thêm trong một năm học bị giới hạn.",
]

# Money written without "đồng": a range whose upper end carries the scale, a sum named by "số tiền",
# a sum followed by a verb.
MONEY_WITHOUT_CURRENCY = [
    ("Học phí ngành Y là 50-55 triệu, giữ nguyên.", [(50_000_000, "VND", None)]),
    ("Số tiền quyên góp lớn nhất là 250 triệu.", [(250_000_000, "VND", None)]),
    ("Bạn bè cho anh vay 8 triệu mua xe.", [(8_000_000, "VND", None)]),
    ("Khu đô thị có khoảng 1,5 triệu người.", [(1_500_000, "người", None)]),
    ("Ngân sách dự kiến là 3500000000 đồng.", [(3_500_000_000, "VND", None)]),
]

# The noun a share counts: "1/3 số sinh viên", "5 trong 7 trường"; "1 trong 4" is "one of the four".
SHARES_OF_A_NOUN = [
    ("Gần 1/5 số giáo viên đã nghỉ hưu.", [(1, "giáo viên", None), (5, "giáo viên", None)]),
    ("Có 2/3 tổng số trường đạt chuẩn.", [(2, "trường", None), (3, "trường", None)]),
    ("Hiện 5 trong 7 trường đã công bố đề án.", [(5, "trường", None), (7, "trường", None)]),
    ("Cô là 1 trong 4 giảng viên trẻ nhất.", [(4, "giảng viên", None)]),
]

# Cut-off marks listed after a name and a colon, before the next capitalised heading.
MARKS_AFTER_A_NAME = [
    ("Điểm chuẩn các học viện năm nay như sau: Học viện Kỹ thuật:16,25-24,5 Vùng tuyển sinh phía Bắc.",
     [(16.25, "điểm", None)]),
]

# Last year's figure: "năm ngoái" names a time, not the unit.
LAST_YEAR_AFTER_A_FIGURE = [
    ("Điểm chuẩn ngành Luật tăng từ 20 năm ngoái lên 24 điểm.", [(20, "điểm", "increase/by"),
                                                                (24, "điểm", "increase/to")]),
]

# A rate's item after "mỗi" is no identifier; nouns the tagger reads as verbs; an index is no count;
# a decimal mark over a scale is no date.
RATES_AND_NOUNS = [
    ("Mỗi tiết kéo dài 40 phút, mỗi lớp 32 học sinh.", [(40, "phút", None), (32, "học sinh", None)]),
    ("Khảo sát thu về 8.500 phản hồi của phụ huynh.", [(8500, "phản hồi", None)]),
    ("Viện được cấp hai bằng sáng chế.", [(2, "bằng sáng chế", None)]),
    ("Trường đạt 88,5 điểm về chỉ số trích dẫn và 71,2 về danh tiếng.", [(88.5, "điểm", None), (71.2, "điểm", None)]),
    ("Em tốt nghiệp với điểm trung bình (GPA) 8.65/10.", [(8.65, "điểm", None), (10, "điểm", None)]),
    ("Cô đạt điểm trung bình (GPA) theo thang 10 là 9.04/10.", [(9.04, "điểm", None), (10, "điểm", None)]),
]

NOT_FACTS_THIRD_CHECK = [
    "Từ cuối thế kỷ 18 đến đầu thế kỷ 19, nhiều trường được thành lập.",
    "Em đạt giải ba học sinh giỏi cấp tỉnh.",
    "Trường rơi xuống bậc 7 của bảng.",
    "Chuyển khoản qua tài khoản 190012345678 tại chi nhánh 4.",
    "Lịch thi học kỳ 2 đã được công bố.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    HOURS_AS_AMOUNTS + ONE_COUNTING + MONEY_WITHOUT_CURRENCY + SHARES_OF_A_NOUN + MARKS_AFTER_A_NAME
    + LAST_YEAR_AFTER_A_FIGURE + RATES_AND_NOUNS,
)
def test_facts_third_check(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text", HOURS_AS_CLOCK_TIMES + ONE_AS_ARTICLE + NOT_FACTS_THIRD_CHECK)
def test_not_facts_third_check(text: str) -> None:
    assert summary(text) == []


def test_prizes_counted_after_a_prize_rank() -> None:
    """``giải ba`` is a rank, yet the count of prizes listed after it stays a fact."""
    assert summary("Đội giành 2 giải nhì, 4 giải ba và 7 giải khuyến khích.") == [
        (2, "giải", None), (4, "giải", None), (7, "giải", None)]
