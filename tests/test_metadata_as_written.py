"""Titles and bylines are quoted with the tone placement the page wrote them in, though the text is normalised."""

from __future__ import annotations

import pytest

from extractor.text.document import Document
from extractor.text.normalize import as_written

# (phenomenon, phrase read from the normalised text, raw page, phrase as quoted)
PHRASES = [
    ("old placement on the page", "Kế hoạch hóa gia đình", "Công tác Kế hoạch hoá gia đình", "Kế hoạch hoá gia đình"),
    ("new placement on the page", "Kế hoạch hóa gia đình", "Công tác Kế hoạch hóa gia đình", "Kế hoạch hóa gia đình"),
    ("a name with uy", "Nguyễn Thị Thủy", "Bài: Nguyễn Thị Thuỷ", "Nguyễn Thị Thuỷ"),
    ("qu keeps its tone", "Quý Hòa", "Quý Hoà", "Quý Hoà"),
    ("no such syllable", "Sáp nhập hai trường", "Sáp nhập hai trường", "Sáp nhập hai trường"),
    ("written both ways, the phrase as read is the page's", "Hòa Bình", "Hoà Bình ... Hòa Bình", "Hòa Bình"),
    # a word the normaliser cut as if two were glued is quoted whole
    ("a unit of area in one word", "giao trả 13 ngàn héc ta rừng", "giao trả 13 ngàn hécta rừng",
     "giao trả 13 ngàn hécta rừng"),
    ("a chemical's name", "chất độc da cam/Đio xin", "nạn nhân chất độc da cam/Đioxin", "chất độc da cam/Đioxin"),
    ("spaces the page doubled", "Ban chấp hành lần thứ V", "Hội nghị Ban chấp hành  lần thứ V",
     "Ban chấp hành lần thứ V"),
]


@pytest.mark.parametrize(("phenomenon", "phrase", "raw", "quoted"), PHRASES, ids=[p[0] for p in PHRASES])
def test_as_written(phenomenon: str, phrase: str, raw: str, quoted: str) -> None:
    assert as_written(phrase, raw) == quoted


def test_title_and_byline_keep_the_page_placement_while_the_text_is_normalised() -> None:
    raw = "Sáp nhập Trung tâm Y tế huyện Hoà An\n\nTrung tâm Y tế huyện Hoà An được sáp nhập vào Bệnh viện.\n\nLê Thuỷ"
    document = Document.from_text(raw)
    assert document.metadata.title == "Sáp nhập Trung tâm Y tế huyện Hoà An"
    assert [a.name for a in document.metadata.authors] == ["Lê Thuỷ"]
    assert "Hòa An" in document.text
