"""Lines of page furniture are told from article text (examples written for the tests)."""

from __future__ import annotations

import pytest

from extractor.text.boilerplate import LineKind, classify_lines, furniture_start

FURNITURE = [
    # a video's credit
    "Video: Minh Hà",
    "Clip: Thanh Tùng - Hoàng Anh",
    # a portal's hotline, an encyclopedia entry's coordinates
    "Đường dây nóng trực ban: 0986 12 34 56",
    "10°49′36″B 106°45′39″Đ / 10,826561°B 106,760897°Đ",
    # a weather widget at the foot of a portal, with its values or its empty template
    "15oC",
    "Thấp nhất 12°C, cao nhất 18°C. Trời nhiều mây, . Áp suất không khí hPa.",
    "Độ ẩm trung bình %. Tốc độ gió km/h",
    "Bình luận (3)",
    "12 bình luận",
    "Chia sẻ",
    "Tin liên quan: Huyện giảm 5 điểm trường",
    ">> Ngân hàng Hà Lâm lần đầu xác nhận việc sáp nhập với ngân hàng bạn",
    "Skip to main content",
    "Đăng nhận xét",
    "Từ khóa: sáp nhập, trường học",
    "Đăng nhập",
    "Mật khẩu phải có ít nhất 8 kí tự",
    "Vui lòng nhập email để nhận bản tin",
    "Tổng biên tập: Nguyễn Văn Bình",
    "Điện thoại: 0243 123 456",
    "© Bản quyền thuộc về Báo Điện tử Mẫu",
    "A- A+",
    "VN-Index 1.250,3",
    "Lượt xem: 1.024",
    "Trang chủ > Giáo dục",
    "Tin tức - Sự kiện   /  Trong huyện  /  Văn hóa xã hội",
    "In",
    "Về đầu",
    "Lượt truy cập: 56.789",
    "Cao Bằng 12 °C",
    "• Vũng Tàu Hà Nội 29°C",
    "Đà Lạt 14°C - 22°C",
    "Lạc Sơn, 31°C/ 30°C - 32°C Icon thời tiết nắng",
    "Khách hàng >> Tổng công ty Lạc Sơn",
    "Tin tức » Thời sự",
    # a wiki's page of changes
    "Nội dung được xóa Nội dung được thêm vào",
    "Không có tóm lược sửa đổi",
    "Dòng 29: Dòng 29:",
    # a page's keywords, unlabelled and in lower case
    "trường học sáp nhập trường tiểu học giáo dục cấp huyện",
    "bệnh viện đổi tên bệnh viện sở y tế TP HCM",
    # who built the site, and a counter of views
    "Powered by OneCMS - A product of Neko",
    "Số lần xem các bài viết",
    # the note on who the writers are
    "* Phó Chủ tịch Thường trực Hội đồng A - ** Chánh Văn phòng Hội đồng A",
]

BODY = [
    # a video's headline after its label
    "Video: Tỉnh Hòa Vân sáp nhập 12 trường tiểu học thành 6 trường",
    # the hotline spoken of in a sentence
    "Đường dây nóng của Sở Y tế đã tiếp nhận 300 cuộc gọi trong tháng.",
    "Năm 2024, huyện đã sáp nhập 12 trường tiểu học thành 6 trường.",
    "Mật độ dân số của xã sau sáp nhập là 320 người/km2.",
    "Bạn đọc có thể xem danh sách 25 xã mới trên cổng thông tin của tỉnh.",
    "Chia sẻ tại hội nghị, ông Hùng cho biết tỉnh giảm 14 đầu mối.",
    "Cao Bằng rét đậm 5°C",
    "Nhiệt độ lên tới 39°C, thời tiết nắng nóng kéo dài khiến 12 trường cho học sinh nghỉ học.",
    "In ấn tài liệu cho 30 xã mới",
    "Sáp nhập 3 / 4 trường tiểu học của huyện",
    "Thứ 6, Ngày 14 / 03 / 2025",
    "ngày 5 tháng 3 năm 2024",
    "và Trường Tiểu học Tân Lập sẽ sáp nhập vào nhau",
    "Nhiệt độ thấp nhất 12°C, cao nhất 18°C.",
    "Độ ẩm trung bình 85%, tốc độ gió 10 km/h.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture(line: str) -> None:
    assert classify_lines([line]) == [LineKind.FURNITURE]


@pytest.mark.parametrize("line", BODY)
def test_article_text(line: str) -> None:
    assert classify_lines([line]) == [LineKind.BODY]


RESIDUE = ["123", ".", "...", "*", "2"]


@pytest.mark.parametrize("line", RESIDUE)
def test_scraper_residue(line: str) -> None:
    assert classify_lines([line]) == [LineKind.RESIDUE]


# (sentence, where page furniture run into it starts, or None when it is article text to its end)
INLINE_FURNITURE = [
    ("Huyện còn 12 trường. Bình luận (0)", 21),
    ("Giấy phép số 51/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 1/1/2020.", 0),
    ("Thống đốc cấp Giấy phép số 12/GP-NHNN về việc thành lập Ngân hàng TMCP Sông Hà.", None),
    ("Tỉnh cấp giấy phép hoạt động về việc thành lập 3 hợp tác xã.", None),
]


@pytest.mark.parametrize(("sentence", "start"), INLINE_FURNITURE)
def test_furniture_run_into_a_sentence(sentence: str, start: int | None) -> None:
    assert furniture_start(sentence) == start
