"""Lines written all in capitals put back into the case of running text, on sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.events import find_events
from extractor.recognize.organizations import find_organizations
from extractor.text.document import Document
from extractor.text.truecase import CaseEvidence, is_shouted, is_syllable, recase_line, recase_shouted_lines

# (phenomenon, shouted line, the line in the case of running text)
WITHOUT_THE_ARTICLE = [
    ("a merge of communes", "SÁP NHẬP XÃ AN HÒA VÀ XÃ BÌNH MINH THÀNH XÃ AN BÌNH",
     "Sáp nhập xã An Hòa và xã Bình Minh thành xã An Bình"),
    ("thành inside a place's name", "THÀNH LẬP PHƯỜNG TÂN THÀNH THUỘC THỊ XÃ ĐÔNG SƠN",
     "Thành lập phường Tân Thành thuộc thị xã Đông Sơn"),
    ("a trigger word as the first word of a place", "XÃ HỢP THÀNH SÁP NHẬP VÀO XÃ AN BÌNH NĂM 2020",
     "Xã Hợp Thành sáp nhập vào xã An Bình năm 2020"),
    ("a trigger word inside a place's name", "XÃ TÂN LẬP ĐƯỢC THÀNH LẬP NĂM 1999",
     "Xã Tân Lập được thành lập năm 1999"),
    ("a number word as a place's name", "GIẢI THỂ TRƯỜNG MẦM NON QUẬN HAI BÀ TRƯNG",
     "Giải thể Trường Mầm Non quận Hai Bà Trưng"),
    ("a number word after thành", "TÁCH XÃ HÒA BÌNH THÀNH HAI XÃ", "Tách xã Hòa Bình thành hai xã"),
    ("a decree's heading", "VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI HÀNH CHÍNH HUYỆN ĐÔNG SƠN ĐỂ THÀNH LẬP HUYỆN TÂY SƠN",
     "Về việc điều chỉnh địa giới hành chính huyện Đông Sơn để thành lập huyện Tây Sơn"),
    ("abbreviations keep their capitals", "UBND TỈNH ĐÔNG SƠN QUYẾT ĐỊNH GIẢI THỂ TRƯỜNG THPT AN HÒA",
     "UBND tỉnh Đông Sơn quyết định giải thể Trường THPT An Hòa"),
    ("a new name in quotes", 'DỰ KIẾN THÀNH LẬP XÃ "BÌNH AN" TRÊN CƠ SỞ SÁP NHẬP XÃ AN PHÚ, BÌNH TÂM',
     'Dự kiến thành lập xã "Bình An" trên cơ sở sáp nhập xã An Phú, Bình Tâm'),
    ("a rename of schools", "ĐỔI TÊN TRƯỜNG THCS ĐÔNG SƠN THÀNH TRƯỜNG THCS LÊ LỢI",
     "Đổi tên Trường THCS Đông Sơn thành Trường THCS Lê Lợi"),
    ("units said to be new, no name", "THÀNH LẬP CÁC PHƯỜNG MỚI THUỘC THỊ XÃ ĐÔNG SƠN",
     "Thành lập các phường mới thuộc thị xã Đông Sơn"),
    ("the same word as a syllable of a name", "SÁP NHẬP XÃ AN HÒA VÀO HUYỆN CHỢ MỚI",
     "Sáp nhập xã An Hòa vào huyện Chợ Mới"),
]

# (phenomenon, the article's running text, shouted line, the line recased)
FROM_THE_ARTICLE = [
    ("a word the article writes in lower case after the same word", "Sở tổ chức hội nghị tại xã An Ninh.",
     "HỘI NGHỊ TẠI XÃ AN NINH", "Hội nghị tại xã An Ninh"),
    ("a syllable the article writes with a capital in a name", "Ông nói rằng phường Quảng Thành đã có trụ sở mới.",
     "THÀNH LẬP PHƯỜNG QUẢNG THÀNH", "Thành lập phường Quảng Thành"),
    ("the first word of a sentence says nothing", "Năm nay xã có trụ sở mới. Thành lập xã mới.",
     "THÀNH LẬP XÃ AN HÒA", "Thành lập xã An Hòa"),
]

SHOUTED = [
    ("a headline in capitals", "THÀNH LẬP TRUNG TÂM Y TẾ HUYỆN", True),
    ("running text", "Thành lập Trung tâm Y tế huyện Đông Sơn", False),
    ("two words only", "TIN TỨC", False),
    ("capitals with a few small letters", "SÁP NHẬP 3 XÃ: AN PHÚ, MINH TÂM VÀ MINH ĐỨC (dự kiến)", False),
]

SYLLABLES = [("xã", True), ("nghiêng", True), ("Trường", True), ("QUẢNG", True), ("khuya", True),
             ("UBND", False), ("THPT", False), ("TP", False), ("HĐND", False)]


@pytest.mark.parametrize(("phenomenon", "line", "expected"), WITHOUT_THE_ARTICLE,
                         ids=[c[0] for c in WITHOUT_THE_ARTICLE])
def test_recase_without_the_article(phenomenon: str, line: str, expected: str) -> None:
    assert recase_line(line) == expected
    assert len(recase_line(line)) == len(line)


@pytest.mark.parametrize(("phenomenon", "body", "line", "expected"), FROM_THE_ARTICLE,
                         ids=[c[0] for c in FROM_THE_ARTICLE])
def test_recase_from_the_article(phenomenon: str, body: str, line: str, expected: str) -> None:
    assert recase_line(line, CaseEvidence([body])) == expected


@pytest.mark.parametrize(("phenomenon", "line", "shouted"), SHOUTED, ids=[c[0] for c in SHOUTED])
def test_is_shouted(phenomenon: str, line: str, shouted: bool) -> None:
    assert is_shouted(line) is shouted


@pytest.mark.parametrize(("word", "syllable"), SYLLABLES)
def test_abbreviations_are_no_syllables(word: str, syllable: bool) -> None:
    assert is_syllable(word) is syllable


def test_only_content_lines_are_recased() -> None:
    lines = ["TRANG CHỦ TIN TỨC SỰ KIỆN", "SÁP NHẬP XÃ AN HÒA VÀO XÃ BÌNH MINH"]
    assert recase_shouted_lines(lines, [False, True]) == [lines[0], "Sáp nhập xã An Hòa vào xã Bình Minh"]


def test_a_shouted_headline_gives_its_event_and_keeps_its_title() -> None:
    text = "SÁP NHẬP XÃ AN HÒA VÀO XÃ BÌNH MINH\n\nTừ ngày 1/7, bộ máy mới của xã đi vào hoạt động."
    document = Document.from_text(text)
    events = find_events(document, find_organizations(document))
    assert [(e["type"], [p["name"] for p in e["participants"]], e["result"]["name"]) for e in events] == [
        ("merge", ["xã An Hòa", "xã Bình Minh"], "xã Bình Minh")]
    assert document.metadata.title == "SÁP NHẬP XÃ AN HÒA VÀO XÃ BÌNH MINH"  # the headline as written
    assert len(document.text) == len(text)
    assert document.text == Document.from_text(document.text).text  # normalising twice changes nothing
