"""Metadata read from the page: title, publisher, date, authors, dateline (examples written for the tests)."""

from __future__ import annotations

import pytest

from extractor.metadata.date_lines import is_date_line
from extractor.text.boilerplate import LineKind, classify_lines
from extractor.text.document import Document

ARTICLE = """456
Huyện Tân Phú cắt giảm thời gian giải quyết hồ sơ đất đai - Báo Đồng Nai

Huyện Tân Phú cắt giảm thời gian giải quyết hồ sơ đất đai

Thứ Ba, 05/03/2024, 08:15 (GMT+7)

ĐN - Năm 2023, huyện Tân Phú đã giải quyết 1.250 hồ sơ đất đai, thời gian giải quyết hồ sơ giảm còn 10 ngày.

Bình luận (0)

Trần Văn Nam (Phó Chủ tịch UBND huyện)
"""

DATES = [
    ("Thứ Hai, 18/06/2018, 16:07 (GMT+7)", "2018-06-18T16:07:00+07:00"),
    ("Cập nhật: 05/03/2024 08:15", "2024-03-05T08:15:00+07:00"),
    ("Cập nhật lúc 07:30, Chủ nhật, 10/11/2024 (GMT+7)", "2024-11-10T07:30:00+07:00"),
    ("ngày 5 tháng 3 năm 2024", "2024-03-05"),
    ("5-3-2024", "2024-03-05"),
    ("12/01/2023 - 09:40", "2023-01-12T09:40:00+07:00"),
    ("09:40:12 12/01/2023", "2023-01-12T09:40:12+07:00"),
    ("Ngày đăng : 14:02, 02/09/2019", "2019-09-02T14:02:00+07:00"),
    ("Cập nhật ngày: 19/12/2012 Facebook Youtube Youtube", "2012-12-19"),  # share buttons on the date line
]

BYLINES = [
    ("Sùng Văn Páo (Giám đốc Sở Nội vụ)", [("Sùng Văn Páo", "Giám đốc Sở Nội vụ")]),
    ("Minh Châu – Thu Hà", [("Minh Châu", None), ("Thu Hà", None)]),
    ("NHÓM PV", [("NHÓM PV", None)]),
    ("Tin nổi bật", None),
    ("LÊ HOÀNG", [("LÊ HOÀNG", None)]),
    ("Theo Ngọc Lan - Hải Yến/Tiền Phong", [("Ngọc Lan", None), ("Hải Yến", None)]),
    ("(Q.T)", [("Q.T", None)]),
    ("Theo Baochinhphu", []),  # the source of a reprint, not a person
    ("Mobiphone và Vinaphone", None),  # brands at the foot: no Vietnamese syllable is that long
    ("Nguyễn Thị Nghiêng", [("Nguyễn Thị Nghiêng", None)]),
    ("H.Nguyên", [("H.Nguyên", None)]),  # an initial glued to the name
    ("PV", [("PV", None)]),  # the paper's reporter, unnamed
    ("Theo H.T", [("H.T", None)]),  # a writer signing with initials, not a source
    ("GS, TS. Lê Văn Minh* - TS. Trần Thị Hoa**", [("Lê Văn Minh", None), ("Trần Thị Hoa", None)]),
    ("A.Vinaphone", None),
    # two writers joined by a dash with no space around it
    ("Minh Hà-Thu Trang", [("Minh Hà", None), ("Thu Trang", None)]),
    ("H.Nam-T.Lan", [("H.Nam", None), ("T.Lan", None)]),
    ("Tin ảnh: Thu Trang", [("Thu Trang", None)]),
    ("Logo", None),  # the site's logo image, left as its alt text
    ("Tác giả bài viết: Minh Khôi", [("Minh Khôi", None)]),
    # compiled by the writer, the note unbracketed; the outlet in brackets after it
    ("H.Lâm tổng hợp (Báo Tân An)", [("H.Lâm", "Báo Tân An")]),
    ("Thu Hà t/h", [("Thu Hà", None)]),
    ("Hà Dịch", [("Hà Dịch", None)]),  # a one-word note that may end a name stays
    ("Biên tập viên: Lê Minh Khôi", [("Lê Minh Khôi", None)]),
    ("P.V", [("P.V", None)]),  # the paper's reporter, a full stop between the letters
    ("CTV", [("CTV", None)]),  # a contributor, unnamed
    # a blog's byline with its comment counter after it
    ("Đăng bởi Minh Khôi (TH) 0 Bình luận", [("Minh Khôi", None)]),
    # the writer's unit after a dash, its name holding "và": one unit, not two more writers
    ("Thu Hằng - Văn phòng HĐND và UBND xã", [("Thu Hằng", None)]),
    ("Quốc Vũ – Phòng Văn hóa và Thông tin huyện", [("Quốc Vũ", None)]),
    ("Hà Vy và Minh Tâm", [("Hà Vy", None), ("Minh Tâm", None)]),
    ("CHUYÊN MỤC", None),  # a section's label over the page
    ("Đ.TRANG-P.LOAN", [("Đ.TRANG", None), ("P.LOAN", None)]),  # two writers by initials, joined by a dash
    ("admin", None),  # the site's account that posted the page
]


FOOT_BELOW_BYLINE = [
    # (what stands below the byline at the foot, the writer read)
    ("Thống kê truy cập\n\nHôm nay:\n\nTháng hiện tại:\n\nTổng:", ["Thu Loan"]),
    ("Nguồn tin: Báo Hà Lâm\n\nBÀI MỚI ĐĂNG\n\nTOP", ["Thu Loan"]),
]


@pytest.mark.parametrize(("below", "writers"), FOOT_BELOW_BYLINE)
def test_a_byline_over_a_counter_or_buttons(below: str, writers: list[str]) -> None:
    body = ("Huyện Tân Lạc sáp nhập hai trường mầm non\n\nUBND huyện Tân Lạc vừa quyết định sáp nhập hai trường mầm "
            "non từ năm học mới.\n\nViệc sáp nhập giúp tinh gọn bộ máy và nâng cao chất lượng dạy học.")
    meta = Document.from_text(f"{body}\n\nThu Loan\n\n{below}\n").metadata
    assert [a.name for a in meta.authors] == writers

DATELINES = [
    ("BHG - Sáng nay, tỉnh tổ chức hội nghị về cải cách hành chính.", "BHG"),
    ("(TTXVN) - Chiều 3/4, Bộ Nội vụ họp báo về sắp xếp bộ máy.", "TTXVN"),
    ("(Chinhphu.vn) - Thủ tướng vừa ký quyết định thành lập Ban Chỉ đạo.", "Chinhphu.vn"),
    ("Sáng nay, tỉnh tổ chức hội nghị về cải cách hành chính.", None),
]


def _article(head: str, body_first: str, foot: str) -> str:
    return (
        "Tỉnh Lạng Sơn sắp xếp lại các trường học nhỏ lẻ\n\n"
        f"{head}\n\n{body_first}\n\n"
        "Việc sắp xếp các trường học nhỏ lẻ giúp tỉnh Lạng Sơn tiết kiệm ngân sách.\n\n"
        f"{foot}\n"
    )


def test_a_full_page_gives_every_field() -> None:
    meta = Document.from_text(ARTICLE).metadata
    assert meta.title == "Huyện Tân Phú cắt giảm thời gian giải quyết hồ sơ đất đai"
    assert meta.publisher == "Báo Đồng Nai"
    assert meta.published_at == "2024-03-05T08:15:00+07:00"
    assert [(a.name, a.role) for a in meta.authors] == [("Trần Văn Nam", "Phó Chủ tịch UBND huyện")]
    assert meta.dateline == "ĐN"


def test_page_furniture_and_residue_are_not_body() -> None:
    document = Document.from_text(ARTICLE)
    body = " ".join(s.text for s in document.sentences)
    assert "456" not in body
    assert "Bình luận" not in body
    assert "Trần Văn Nam" not in body
    assert "08:15" not in body
    assert sum("Huyện Tân Phú cắt giảm" in s.text for s in document.sentences) == 1
    assert any(s.is_title for s in document.sentences)


@pytest.mark.parametrize(("line", "expected"), DATES)
def test_date_lines(line: str, expected: str) -> None:
    meta = Document.from_text(_article(line, "Sáng nay tỉnh họp.", "Hà An")).metadata
    assert meta.published_at == expected


@pytest.mark.parametrize(("line", "expected"), BYLINES)
def test_bylines(line: str, expected: list[tuple[str, str | None]] | None) -> None:
    meta = Document.from_text(_article("01/02/2024", "Sáng nay tỉnh họp.", line)).metadata
    if expected is None:
        assert all(a.name != line for a in meta.authors)
    else:
        assert [(a.name, a.role) for a in meta.authors] == expected


@pytest.mark.parametrize(("lead", "expected"), DATELINES)
def test_datelines(lead: str, expected: str | None) -> None:
    meta = Document.from_text(_article("01/02/2024", lead, "Hà An")).metadata
    assert meta.dateline == expected


def test_given_publication_date_wins_and_gets_vietnam_offset() -> None:
    meta = Document.from_text(ARTICLE, published_at="2024-03-06 10:00:00").metadata
    assert meta.published_at == "2024-03-06T10:00:00+07:00"


GIVEN_DAY_AND_TEXT_LINE = [
    # (date given beside the text, the text's date line, published_at)
    ("2013-12-28", "11:24 28/12/2013", "2013-12-28T11:24:00+07:00"),  # the line tells the day's time
    ("2013-12-27", "11:24 28/12/2013", "2013-12-27T00:00:00+07:00"),  # another day: the given date wins
    ("2013-12-28T08:00:00", "11:24 28/12/2013", "2013-12-28T08:00:00+07:00"),  # a given time wins
]


@pytest.mark.parametrize(("given", "line", "expected"), GIVEN_DAY_AND_TEXT_LINE)
def test_a_given_day_yields_to_the_text_line_with_its_time(given: str, line: str, expected: str) -> None:
    text = f"{line}\n\nThị xã Hà An lên thành phố\n\nChính phủ vừa thành lập thành phố Hà An trên cơ sở thị xã Hà An."
    assert Document.from_text(text, published_at=given).metadata.published_at == expected


FOOT_BYLINES = [
    # (the lines at the foot of an article, its authors)
    (["Tác giả: Minh Hà - Hồng Sơn", "Các tin mới hơn:", "Các tin cũ hơn:", "Tổng số lượt truy cập"],
     ["Minh Hà", "Hồng Sơn"]),
    (["Loading...", "Theo : Lê Phương", "Báo Tài Nguyên", "Bình luận của bạn"], ["Lê Phương"]),
    # a writer's name after the last full stop of the last paragraph, each word capitalised
    (["Hội có 120 hội viên, sinh hoạt tại 8 chi hội. Minh Tâm"], ["Minh Tâm"]),
    # ... or after the "./." that closes an official text
    (["Công ty có 500 lao động và 12 chi nhánh./. Hoàng Diên"], ["Hoàng Diên"]),
    # a byline in capitals with the site's address run on to it
    (["TRẦN HẠNHhttps://baotanan.vn/", "Trả lời"], ["TRẦN HẠNH"]),
    # a sentence cut short there is no writer
    (["Hội có 120 hội viên, sinh hoạt tại 8 chi hội. Hai Phó"], []),
    # a paper's section heading in capitals, after its keywords
    (["Keywords: policy credit", "ĐẶT VẤN ĐỀ"], []),
    # a box to rate the article, in capitals with its count
    (["Thu Trang", "Từ khóa: Hội Người mù, Tân An", "ĐÁNH GIÁ BÀI VIẾT( 1)"], ["Thu Trang"]),
    # the buttons to share the article, one a line
    (["Thu Trang", "Facebook", "Twitter", "LinkedIn", "Email"], ["Thu Trang"]),
    # the page's keywords, then other articles' teasers
    (["Minh Hòa", " ", "  • Từ khóa", "Đánh giá tình hình triển khai luật đất đai",
      "Chiều nay 18/9, Đoàn đại biểu Quốc hội tỉnh làm việc với Sở Tài nguyên."], ["Minh Hòa"]),
]


@pytest.mark.parametrize(("foot", "expected"), FOOT_BYLINES)
def test_bylines_above_page_furniture(foot: list[str], expected: list[str]) -> None:
    text = ("Hội Người mù huyện Tân An được thành lập\nNgười đăng: Admin Huyện ủy Ngày đăng: 22:18 | 09/07/2023\n"
            "Hội Người mù huyện Tân An được thành lập trên cơ sở chia tách từ Hội Khuyết tật huyện Tân An.\n"
            + "\n".join(foot))
    assert [a.name for a in Document.from_text(text).metadata.authors] == expected


def test_a_headline_in_capitals_on_two_lines_is_one_title() -> None:
    text = ("LỊCH SỬ THỐNG KÊ HÀ LÂM\nNĂM MƯƠI NĂM HÌNH THÀNH VÀ PHÁT TRIỂN\nThống kê Hà Lâm được thành lập năm 1975, "
            "qua năm mươi năm hình thành và phát triển đã lớn mạnh.")
    assert Document.from_text(text).metadata.title == "LỊCH SỬ THỐNG KÊ HÀ LÂM NĂM MƯƠI NĂM HÌNH THÀNH VÀ PHÁT TRIỂN"


def test_one_paragraph_has_no_title() -> None:
    meta = Document.from_text("Năm nay huyện đã giảm 5 đầu mối, tăng 12% số hồ sơ trực tuyến.").metadata
    assert meta.title is None


def test_byline_under_the_title_and_reprint_source() -> None:
    article = (
        "Quảng Bình hợp nhất hai trung tâm y tế\n\nHOÀNG VY |\n\n"
        "Tỉnh vừa hợp nhất hai trung tâm y tế huyện thành một trung tâm.\n\nA- A+\n\n"
        "Trung tâm mới có 240 nhân viên.\n\nTheo Baoquangbinh"
    )
    meta = Document.from_text(article).metadata
    assert [a.name for a in meta.authors] == ["HOÀNG VY"]
    assert meta.publisher == "Baoquangbinh"


SIGNED_AND_BUTTONED_TITLES = [
    # (the first line, the headline read from it, the writers)
    ("Thành lập thị xã Hòa Vân bởi Minh Khang", "Thành lập thị xã Hòa Vân", ["Minh Khang"]),
    ("Sáp nhập hai bệnh viện huyện Tân Lạc Chia sẻ", "Sáp nhập hai bệnh viện huyện Tân Lạc", []),
    ("Bệnh viện đa khoa huyện nhận quà bởi nhà hảo tâm", "Bệnh viện đa khoa huyện nhận quà bởi nhà hảo tâm", []),
]


@pytest.mark.parametrize(("line", "headline", "writers"), SIGNED_AND_BUTTONED_TITLES)
def test_a_byline_or_a_button_run_on_after_the_headline(line: str, headline: str, writers: list[str]) -> None:
    # the lead tells what the headline says, as a lead does
    told = headline[0].lower() + headline[1:]
    body = (f"Theo quyết định mới ban hành, nội dung {told} được thực hiện từ ngày 1/7.\n\n"
            "Các đơn vị mới sẽ đi vào hoạt động theo đề án của tỉnh Hà Lâm.")
    meta = Document.from_text(f"{line}\n\n{body}\n").metadata
    assert (meta.title, [a.name for a in meta.authors]) == (headline, writers)


HEAD_BYLINES = [
    # (the line under the headline, the writers read from it): marks, degrees and offices do not make it long
    ("KIM NGÂN - Y BLĂNG NIÊ |", ["KIM NGÂN", "Y BLĂNG NIÊ"]),
    ("ThS. Lê Hữu Phước – Trưởng khoa", ["Lê Hữu Phước"]),
    ("Đoàn Minh Tâm - Phó Giám đốc Sở Y tế", ["Đoàn Minh Tâm"]),
    ("Giải thể trạm y tế ở sáu xã vùng cao", []),
]


@pytest.mark.parametrize(("line", "writers"), HEAD_BYLINES)
def test_a_byline_under_the_headline(line: str, writers: list[str]) -> None:
    body = "\n\n".join(f"Đoạn {n}: huyện Đông Giang đã sắp xếp {n * 2} thôn trong năm." for n in range(1, 6))
    text = f"Huyện Đông Giang sắp xếp các thôn\n\n{line}\n\n{body}\n"
    assert [a.name for a in Document.from_text(text).metadata.authors] == writers


def test_a_text_credit_under_the_headline_is_its_byline_however_long_the_article() -> None:
    """``Tin, ảnh: Hà An`` under the headline reads like a photo credit; far above the foot it is still the byline."""
    body = "\n\n".join(f"Đoạn {n}: huyện Tân Phú đã giải quyết {n * 10} hồ sơ đất đai trong quý." for n in range(1, 12))
    text = f"Tân Phú đổi tên 5 trường học\n\nTin, ảnh: Hà An\n\n{body}\n"
    assert [a.name for a in Document.from_text(text).metadata.authors] == ["Hà An"]


LEADING_OUTLETS = [
    # (a title line, the headline read from it)
    ("VNPT | VNPT chuyển giao Bưu điện A về Bộ B", "VNPT chuyển giao Bưu điện A về Bộ B"),
    ("Báo Hà Lâm | Huyện A sáp nhập 5 trường học", "Huyện A sáp nhập 5 trường học"),
    ("Giáo dục | Huyện A sáp nhập 5 trường học", "Giáo dục | Huyện A sáp nhập 5 trường học"),
    ("Sáp nhập Trường A vào Trường B.", "Sáp nhập Trường A vào Trường B"),  # a headline takes no full stop
    ("Tin mới...", "Tin mới..."),
    # a media label before the headline, a separator left after it
    ("[Ảnh] Trang nhất báo Đảng của 23 tỉnh mới", "Trang nhất báo Đảng của 23 tỉnh mới"),
    ("[Video] Huyện A sáp nhập 5 trường học", "Huyện A sáp nhập 5 trường học"),
    ("Hai tờ báo mới ra số đầu tiên ngày thứ Hai |", "Hai tờ báo mới ra số đầu tiên ngày thứ Hai"),
    # a span of years closing a headline is its own, no stamp of the page
    ("Kỷ niệm 35 năm Đảng bộ Khối A (16/7/1987 - 16/7/2022)", "Kỷ niệm 35 năm Đảng bộ Khối A (16/7/1987 - 16/7/2022)"),
]


@pytest.mark.parametrize(("line", "headline"), LEADING_OUTLETS)
def test_an_outlet_before_the_headline_is_left_out(line: str, headline: str) -> None:
    from extractor.metadata.titles import clean_title

    assert clean_title(line)[0] == headline


def test_an_outlet_tag_the_lead_repeats_is_left_out_of_the_headline() -> None:
    text = ("HLTV – Thành lập Quân đoàn 5\n\n(HLTV) – Sáng 1/3, Bộ Quốc phòng công bố quyết định thành lập Quân đoàn 5 "
            "trên cơ sở hợp nhất Quân đoàn 6 và Quân đoàn 7.\n")
    assert Document.from_text(text).metadata.title == "Thành lập Quân đoàn 5"


def test_a_heading_over_its_byline_and_date_beats_an_image_caption() -> None:
    text = ("Giáo dục\n\nHà Lâm sáp nhập hàng loạt trường công lập\n\nLê Minh Anh\n16/10/2025 16:25 GMT+7\n\n"
            "Tỉnh Hà Lâm vừa sáp nhập 12 trường công lập thành 6 trường.\n\n"
            "Sáp nhập trường công lập tại Hà Lâm nâng cao chất lượng giáo dục - Ảnh 1.\n\n"
            "Việc sáp nhập các trường công lập giúp tỉnh Hà Lâm nâng cao chất lượng giáo dục.\n")
    assert Document.from_text(text).metadata.title == "Hà Lâm sáp nhập hàng loạt trường công lập"


def test_the_site_builders_credit_is_no_byline() -> None:
    text = ("Huyện A sáp nhập 5 trường học\n\n12/01/2023 09:40\n\nHuyện A vừa sáp nhập 5 trường học thành 2 trường.\n\n"
            "L.HÀ - T.MINH\n\nPOWERED BY ONECMS - A PRODUCT OF NEKO\n")
    assert [a.name for a in Document.from_text(text).metadata.authors] == ["L.HÀ", "T.MINH"]


def test_a_heading_over_its_date_line_and_lead_beats_the_sites_own_header() -> None:
    text = ("Thứ ba, 14/05/2024 Chào mừng bạn đến với Cổng thông tin điện tử Công ty Thủy lợi Nam Hà Lâm\n\n"
            "LIÊN KẾT WEBSITE\n\nLƯỢT NGƯỜI TRUY CẬP\n\nĐang truy cập : 3\n\nHôm nay : 80\n\n"
            "Lịch sử hình thành Công ty\n\nThứ tư - 12/03/2014 10:20\n\n"
            "Công ty Thủy lợi Nam Hà Lâm được thành lập trên cơ sở hợp nhất ba xí nghiệp thủy nông của tỉnh, "
            "qua nhiều lần sắp xếp và đổi mới.\n")
    metadata = Document.from_text(text).metadata
    assert metadata.title == "Lịch sử hình thành Công ty"
    assert metadata.published_at is not None and metadata.published_at.startswith("2014-03-12T10:20")
    assert metadata.authors == []


def test_a_feature_headline_that_trails_off() -> None:
    text = ("Những mùa nước về trên đồng...\n\n"
            "Làm hồ trên vùng đất cát, dẫn nước về xuôi, thật khó kể hết những công việc mà công ty đã làm trong "
            "hai thập kỷ hình thành và phát triển cùng nông dân tỉnh nhà.\n\nNgười thợ cả kể lại những ngày đầu.\n")
    assert Document.from_text(text).metadata.title == "Những mùa nước về trên đồng..."


SHORT_HEADLINES = [
    # (a page whose first line is a short headline right over the lead, the headline)
    ("Công ty Tân Hải sắp phá sản\nTrước đó, công ty đã gửi thông báo cho các bên về việc bắt đầu các thủ tục phá sản "
     "từ ngày 25/2 và khẳng định mọi hoạt động vẫn diễn ra bình thường.\n", "Công ty Tân Hải sắp phá sản"),
    ("Chính thức giải thể Tân Hải Lines\n\nTòa án vừa tuyên bố Công ty Vận tải Tân Hải Lines phá sản từ ngày "
     "5/5/2025 sau gần hai mươi năm hoạt động.\n\nGần 20 năm chìm nổi\n", "Chính thức giải thể Tân Hải Lines"),
    # a headline printed with a full stop, over a lead that opens with its day
    ("Bộ Chỉ huy Quân sự tỉnh Hà Sơn công bố quyết định sáp nhập Ban Tác chiến - Huấn luyện.\n\nChiều 12/10/2024, tại "
     "trụ sở Bộ Chỉ huy, lãnh đạo đơn vị đã công bố quyết định sáp nhập hai ban.\n",
     "Bộ Chỉ huy Quân sự tỉnh Hà Sơn công bố quyết định sáp nhập Ban Tác chiến - Huấn luyện"),
    ("Trường Tiểu học Tân An khai giảng năm học mới.\n\nSáng 5/9, thầy và trò Trường Tiểu học Tân An dự lễ khai "
     "giảng năm học mới.\n", "Trường Tiểu học Tân An khai giảng năm học mới"),
]


@pytest.mark.parametrize(("text", "headline"), SHORT_HEADLINES)
def test_a_short_headline_over_the_lead(text: str, headline: str) -> None:
    assert Document.from_text(text).metadata.title == headline


ABOUT_PAGES = [
    ("Lịch sử hình thành\n\nCông ty Cấp nước Hà Lâm tiền thân là Nhà máy nước thị xã, được thành lập năm 1976 và "
     "qua nhiều lần đổi tên.\n\nNăm 1992, Nhà máy được đổi tên thành Công ty Cấp nước.\n", "Lịch sử hình thành"),
    ("Menu\n\nQuá trình hình thành và phát triển\n\nBưu điện tỉnh Hà Lâm được thành lập năm 1976 trên cơ sở tách "
     "Ty Bưu điện của tỉnh cũ.\n", "Quá trình hình thành và phát triển"),
    ("Lịch sử phát triển\n\nLỊCH SỬ NGÀNH THỐNG KÊ TỈNH HÀ LÂM\nNĂM MƯƠI NĂM XÂY DỰNG\nThống kê Hà Lâm là một bộ "
     "phận của ngành Thống kê, được thành lập năm 1956.\n", "LỊCH SỬ NGÀNH THỐNG KÊ TỈNH HÀ LÂM NĂM MƯƠI NĂM XÂY DỰNG"),
    # an encyclopedia's entry: its name (and what it is, in brackets) over the line that says what it is
    ("Tân An (huyện)\n\nTân An là một huyện cũ thuộc tỉnh Hà Lâm, Việt Nam.\n\nĐịa lý\n\nHuyện có 12 xã.\n",
     "Tân An (huyện)"),
    ("Pà Cò\nPà Cò là một xã thuộc huyện Mai Châu, tỉnh Hà Lâm.\nPà Cò\nHành chính\nXã được thành lập năm 1983.\n",
     "Pà Cò"),
    # ... or over its box of facts, a row of cells a line
    ("Tân Phong (phường)\nTân Phong\n|\n---|---|\nQuốc gia | Việt Nam |\nTỉnh | Hà Lâm |\nThành lập | 1993 |\n"
     "Diện tích | 1,7 km² |\nPhường Tân Phong được thành lập năm 1993 trên cơ sở xã Tân Phong.\n",
     "Tân Phong (phường)"),
    ("Đài Phát thanh – Truyền hình Hà Lâm\nQuốc gia | Việt Nam |\n---|---|\nTrụ sở | 12 đường Lê Lợi |\n"
     "Chủ sở hữu | Ủy ban nhân dân tỉnh Hà Lâm |\nThành lập | 1986 |\nĐài được thành lập năm 1986.\n",
     "Đài Phát thanh – Truyền hình Hà Lâm"),
    # ... or over the encyclopedia's tagline
    ("Hội Nông hội Đỏ\nBách khoa toàn thư mở Wikipedia\nNăm 1930, các chi hội nông dân hợp nhất thành Hội Nông hội "
     "Đỏ.\n", "Hội Nông hội Đỏ"),
    # a heading the page prints twice, its own title and the section's
    ("Giai đoạn 1990 – 1995\n\nGiai đoạn 1990 – 1995\n\nNăm 1990, Xí nghiệp Gạch ngói Hà Lâm được tổ chức lại trên "
     "cơ sở hợp nhất hai xí nghiệp.\n", "Giai đoạn 1990 – 1995"),
]


def test_an_entry_s_name_printed_again_is_no_writer() -> None:
    text = "Pà Cò\nPà Cò là một xã thuộc huyện Mai Châu, tỉnh Hà Lâm.\nXã được thành lập năm 1983.\nPà Cò\n"
    assert Document.from_text(text).metadata.authors == []


@pytest.mark.parametrize(("text", "headline"), ABOUT_PAGES)
def test_the_heading_of_a_history_page(text: str, headline: str) -> None:
    assert Document.from_text(text).metadata.title == headline


def test_a_figurative_headline_under_its_kicker_and_over_its_date() -> None:
    text = ("Hợp nhất Nhà hát Chèo Hà Lâm và Nhà hát Ca múa Hà Lâm:\n\nNgười vui, kẻ lo\n\n08:00 16/05/2014\n\n"
            "Hai nhà hát lớn nhất tỉnh từ nay sẽ hợp nhất thành Nhà hát Nghệ thuật Hà Lâm, với gần 200 diễn viên "
            "và nhạc công.\n")
    assert Document.from_text(text).metadata.title == "Người vui, kẻ lo"


# (byline, what a page prints under it)
FOOT_FURNITURE = [
    ("MINH HÀ", "Không có nhận xét nào:\nĐăng nhận xét\nCám ơn bạn đã quan tâm"),
    ("MINH HÀ", "Top\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa."),
    ("MINH HÀ", "BÀI MỚI ĐĂNG\n\nTOP"),
    # a view counter with its link to the top, a poll box and a visit counter printing each label twice
    ("MINH HÀ", "215 Go top\n\nHiện tại không có bình chọn nào đang hoạt động.\n\nThống kê truy cập\n"
                "• Khách Khách 310\n• Thành viên Thành viên 0\n• Tổng Tổng 310"),
    # a comment form's rules, its attachment button and a page script's variable
    ("Tin, ảnh: MINH HÀ", "Chia sẻ bài viết\n\nLƯU Ý: Báo sẽ biên tập ý kiến của bạn đọc trước khi đăng.\n\n"
                         "Gửi file đính kèm không quá 5MB\nintViewCount=318\nQuay lên trên"),
    # where the page says the reader is, printed under the article
    ("MINH HÀ", "Bạn đang ở mục TIN HOẠT ĐỘNG Email In"),
    # the end of the text as the site marks it, then a box of the most read articles
    ("MINH HÀ", "End of content\nKhông có tin nào tiếp theo\nXem nhiều nhất\nMỏ đá lớn nhất được phát hiện ở miền núi\n"
                "Loài cây quý nhất thế giới mọc ở đâu\nVì sao sông này chảy ngược"),
    ("Tác giả: MINH HÀ", "\nNguồn tin: Báo Hà Lâm\n\nTổng số điểm của bài viết là: 8 trong 2 đánh giá\n\n"
                         "Xếp hạng: 4 - 2 phiếu bầu\nClick để đánh giá bài viết"),
    # a share widget's buttons in English, one a line
    ("MINH HÀ", "Show Buttons\nShare On Facebook\nShare On Twitter\nHide Buttons"),
]


def test_a_site_menu_over_the_date_line_and_headline_is_furniture() -> None:
    items = ["Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Xe"]
    menu = "\n".join(f"  • {item}" for item in items)
    text = (f"Vie Tiếng Việt\nEng English\n{menu}\nThứ bảy, 12/4/2025 | 17:20 GMT+7\n\nGiải thể Trung tâm Y tế huyện "
            "Tân An\n\nUBND tỉnh Hà Lâm vừa quyết định giải thể Trung tâm Y tế huyện Tân An từ ngày 1/7.\n")
    meta = Document.from_text(text).metadata
    assert (meta.title, meta.published_at) == ("Giải thể Trung tâm Y tế huyện Tân An", "2025-04-12T17:20:00+07:00")


def test_a_short_bulleted_list_of_an_article_stays_text() -> None:
    text = ("Sáp nhập ba xã\n\nTỉnh Hà Lâm sáp nhập các xã sau vào xã Tân An:\n• Xã Hòa Bình\n• Xã Hòa Lạc\n"
            "• Xã Hòa Phú\n")
    kinds = classify_lines(text.split("\n"))
    assert LineKind.FURNITURE not in kinds


def test_a_share_button_glued_to_the_last_sentence_is_no_writer() -> None:
    text = ("Giai đoạn 1990 – 1995\n\nNăm 1990, Xí nghiệp Gạch ngói Hà Lâm được tổ chức lại trên cơ sở hợp nhất hai "
            "xí nghiệp của tỉnh.Show Buttons\nShare On Facebook\nHide Buttons\n")
    assert Document.from_text(text).metadata.authors == []


def test_an_image_label_over_the_title_is_furniture() -> None:
    text = "Banner Bệnh viện Đa khoa Tân An\n\nBệnh viện Đa khoa Tân An\n\nBệnh viện có 300 giường bệnh."
    assert Document.from_text(text).metadata.title == "Bệnh viện Đa khoa Tân An"


@pytest.mark.parametrize(("byline", "foot"), FOOT_FURNITURE)
def test_comment_forms_and_boxes_under_the_byline_are_furniture(byline: str, foot: str) -> None:
    text = ("Huyện Hà Lâm giải thể công đoàn ngành giáo dục\n\nHuyện Hà Lâm vừa công bố quyết định giải thể Công đoàn "
            f"Giáo dục huyện, chuyển các công đoàn cơ sở về Liên đoàn Lao động huyện.\n\n{byline}\n{foot}\n")
    assert [a.name for a in Document.from_text(text).metadata.authors] == ["MINH HÀ"]


DATED_SENTENCES = [
    # (a line, whether it is a date line): a sentence of the article that opens with its date is none
    ("Ngày 20-4-1978, thành lập xã Nam Sơn.", False),
    ("Ngày 12/5/2020, Sở Y tế công bố quyết định.", False),
    ("Thứ Hai, 17/03/2025 - 08:15", True),
    ("17/03/2025, 08:15 GMT+7", True),
    ("Cập nhật: 10/04/2013 10:08:33", True),
    # a date labelled as when something else happened: a founding in an encyclopedia's box, a decision's effect
    ("Thành lập12/3/2009[1]", False),
    ("Ngày thành lập: 01/01/2015", False),
    ("Ngày hiệu lực: 01/7/2025", False),
    ("Ngày đăng: 01/7/2025", True),
]


@pytest.mark.parametrize(("line", "expected"), DATED_SENTENCES)
def test_a_dated_sentence_is_no_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected
