"""Words segmented a stretch at a time are the words of the whole sentence, read only where asked."""

from __future__ import annotations

import pytest

from extractor.text.segment import split_words
from extractor.text.stretches import SentenceWords

SAME_AS_WHOLE = [
    # a sentence with commas, semicolons, colons, brackets or quotes: stretch words == whole-sentence words
    "Năm 2024, huyện Bảo Lâm giảm 12 đơn vị sự nghiệp công lập, tăng 3,5% hồ sơ trực tuyến.",
    "Sau sắp xếp, tỉnh còn 8 sở; 2 chi cục được giải thể; 15 phòng chuyên môn được tổ chức lại.",
    "Bệnh viện tiếp nhận 1.245 lượt khám (tăng 210 lượt so với cùng kỳ), trong đó 320 ca cấp cứu.",
    "Xã có 4 thôn gồm: thôn Đông, thôn Tây, thôn Nam và thôn Bắc, với 2.100 hộ dân.",
    "Chương trình “Nông thôn mới” giúp 37 xã đạt chuẩn, 9 xã đạt chuẩn nâng cao.",
    "Lúc 12:30, đoàn kiểm tra 6 trạm y tế; kết quả: 5 trạm đạt, 1 trạm chưa đạt.",
    "Ngân hàng cho vay 2,5 tỷ đồng (lãi suất 6,2%/năm), hỗ trợ 140 hộ kinh doanh nhỏ.",
    "TP.HCM cắt giảm 45 thủ tục, rút ngắn 120 ngày giải quyết hồ sơ cho doanh nghiệp.",
    "Không có dấu phẩy nào trong câu này mà vẫn có 20 trường học được sáp nhập thành 10 trường",
]


@pytest.mark.parametrize("text", SAME_AS_WHOLE)
def test_stretch_words_are_the_whole_sentence_words(text: str) -> None:
    offset = 100
    assert SentenceWords(text, offset, split_words).all() == split_words(text, offset)


class _CountingSegmenter:
    """split_words that remembers the texts it was given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str, offset: int) -> list[tuple[int, int]]:
        self.texts.append(text)
        return split_words(text, offset)


ONLY_WHAT_IS_READ = [
    # sentence, the text a word is asked after, stretches segmented (of how many)
    ("Năm 2024, huyện giảm 12 đơn vị sự nghiệp, tăng 15% hồ sơ; tỉnh còn 8 sở.", "12", 1),
    ("Đầu năm, xã có 4 thôn, cuối năm còn 3 thôn sau khi nhập 2 thôn.", "3", 1),
]


@pytest.mark.parametrize(("text", "after", "segmented"), ONLY_WHAT_IS_READ)
def test_only_the_stretch_read_is_segmented(text: str, after: str, segmented: int) -> None:
    segmenter = _CountingSegmenter()
    words = SentenceWords(text, 0, segmenter)
    position = text.index(after) + len(after)
    first = next(words.after(position))
    whole = split_words(text)
    assert first == next(span for span in whole if span[1] > position)
    assert len(segmenter.texts) == segmented
    assert all(len(t) < len(text) for t in segmenter.texts)


READS = [
    # sentence, position after this text: the word after it, the word before it
    ("Năm 2024, huyện giảm 12 đơn vị sự nghiệp, tăng 15% hồ sơ.", "giảm 12", "đơn vị", "12"),
    ("Năm 2024, huyện giảm 12 đơn vị sự nghiệp, tăng 15% hồ sơ.", "nghiệp,", "tăng", ","),
    ("Trường (sau sáp nhập) có 900 học sinh.", "(", "sau", "("),
]


@pytest.mark.parametrize(("text", "prefix", "after", "before"), READS)
def test_words_after_and_before_a_position(text: str, prefix: str, after: str, before: str) -> None:
    words = SentenceWords(text, 0, split_words)
    position = text.index(prefix) + len(prefix)
    start, end = next(words.after(position))
    assert text[start:end] == after
    start, end = next(words.before(position))
    assert text[start:end] == before


AROUND = [
    # sentence, word, reach: the window holds `reach` words either side where the sentence has them
    ("Năm 2024, huyện giảm 12 đơn vị sự nghiệp, tăng 15% hồ sơ; tỉnh còn 8 sở.", "tăng", 5),
    ("Năm 2024, huyện giảm 12 đơn vị sự nghiệp, tăng 15% hồ sơ; tỉnh còn 8 sở.", "Năm", 5),
    ("Năm 2024, huyện giảm 12 đơn vị sự nghiệp, tăng 15% hồ sơ; tỉnh còn 8 sở.", "sở", 3),
]


@pytest.mark.parametrize(("text", "word", "reach"), AROUND)
def test_a_window_around_a_word_crosses_stretches(text: str, word: str, reach: int) -> None:
    whole = split_words(text)
    index = next(i for i, (s, e) in enumerate(whole) if text[s:e] == word)
    spans, at = SentenceWords(text, 0, split_words).around(whole[index][0], reach)
    assert at is not None and spans[at] == whole[index]
    first = whole.index(spans[0])
    assert spans == whole[first:first + len(spans)]
    assert at >= min(reach, index) and len(spans) - at - 1 >= min(reach, len(whole) - index - 1)


def test_no_word_starts_inside_a_word() -> None:
    text = "Huyện giảm 12 đơn vị sự nghiệp."
    spans, at = SentenceWords(text, 0, split_words).around(text.index("đơn") + 1, 5)
    assert at is None
    assert any(s < text.index("đơn") + 1 < e for s, e in spans)


def test_a_word_across_a_stretch_edge_falls_back_to_the_whole_sentence() -> None:
    text = "Tỉnh có 3 sở, 2 chi cục."

    def glued(part: str, offset: int) -> list[tuple[int, int]]:
        # a segmenter that keeps "sở, 2" as one word, across the comma
        spans = split_words(part, offset)
        if "sở, 2" not in part:
            return spans
        start = offset + part.index("sở, 2")
        end = start + len("sở, 2")
        return sorted([s for s in spans if s[1] <= start or s[0] >= end] + [(start, end)])

    words = SentenceWords(text, 0, glued)
    assert words.all() == glued(text, 0)
    assert ("sở, 2" in [text[s:e] for s, e in words.all()])
