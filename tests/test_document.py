"""Segmentation: sentences and words at exact offsets, and the spaCy Doc over them."""

from __future__ import annotations

import pytest
import spacy

from extractor.text.align import align_words
from extractor.text.document import Document
from extractor.text.spacy_doc import TOKENIZER_NAME, make_nlp

TEXT = (
    "Sở Nội vụ tỉnh Cao Bằng đã rà soát 120 TTHC. Trong đó, 35 TTHC được cắt giảm thời gian.\n\n"
    "Năm 2024, tỉnh giảm 3 đơn vị sự nghiệp, tăng 15% hồ sơ trực tuyến."
)

ALIGNMENT = [
    # text, words as a segmenter returned them (rewritten), expected quotes
    ("hoà bình", ["hòa", "bình"], ["hoà", "bình"]),
    ("nghành giáo dục", ["ngành", "giáo dục"], ["nghành", "giáo dục"]),
    ("ðường  xa", ["đường", "xa"], ["ðường", "xa"]),
    ("TP.HCM 1.234,5 tỷ", ["TP.HCM 1.234,5", "tỷ"], ["TP.HCM 1.234,5", "tỷ"]),
    ("30% hồ sơ", ["30", "%", "hồ sơ"], ["30", "%", "hồ sơ"]),
]


@pytest.mark.parametrize(("text", "words", "quotes"), ALIGNMENT)
def test_rewritten_words_are_aligned_to_the_text(text: str, words: list[str], quotes: list[str]) -> None:
    assert [text[s:e] for s, e in align_words(text, words)] == quotes


def test_sentences_and_words_point_into_the_text() -> None:
    document = Document.from_text(TEXT)
    assert len(document.sentences) == 3
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
        words = document.words(sentence)
        assert words
        for word in words:
            assert document.text[word.start : word.end] == word.text
            assert sentence.start <= word.start < word.end <= sentence.end


POS_CASES = [
    # sentence, word, expected underthesea tag
    ("Sở Nội vụ tỉnh Cao Bằng đã rà soát 120 TTHC trong năm.", "120", "M"),
    ("Huyện đã rà soát 120 TTHC trong năm.", "rà soát", "V"),
    ("Năm nay huyện giảm 3 đơn vị sự nghiệp công lập.", "đơn vị", "N"),
]


@pytest.mark.parametrize(("text", "word", "tag"), POS_CASES)
def test_a_word_is_tagged_in_a_window_around_it(text: str, word: str, tag: str) -> None:
    document = Document.from_text(text)
    sentence = document.sentences[0]
    start = next(w.start for w in document.words(sentence) if w.text == word)
    assert document.pos_at(sentence, start) == tag
    assert document.pos_at(sentence, start + 1) is None


def test_spacy_doc_holds_the_exact_text() -> None:
    document = Document.from_text(TEXT)
    doc = document.spacy_doc
    assert doc.text == document.text
    for token in doc:
        assert document.text[token.idx : token.idx + len(token.text)] == token.text
    assert "rà soát" in [t.text for t in doc]
    assert sum(1 for _ in doc.sents) >= 3


def test_registered_tokenizer_round_trips_through_disk(tmp_path) -> None:
    nlp = make_nlp()
    assert TOKENIZER_NAME in spacy.registry.tokenizers.get_all()
    doc = nlp("Trường Trung cấp Kinh tế sáp nhập với Trường Cao đẳng Nghề.")
    assert "sáp nhập" in [t.text for t in doc]
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert [t.text for t in loaded("hai sở sáp nhập")] == [t.text for t in nlp("hai sở sáp nhập")]


REPEATS = [
    # article, sentence texts expected (a double print counts once, a caption is article text)
    (
        "Huyện Na Rì giảm 4 trường học sau sắp xếp\n\nHuyện Na Rì giảm 4 trường học sau sắp xếp- Ảnh 1.\n\n"
        "Năm nay huyện còn 31 trường.",
        ["Huyện Na Rì giảm 4 trường học sau sắp xếp", "Năm nay huyện còn 31 trường."],
    ),
    (
        "Bộ phận một cửa tiếp nhận 820 hồ sơ trong quý.\n\nTheo báo cáo của huyện, kết quả khả quan. "
        "Bộ phận một cửa tiếp nhận 820 hồ sơ trong quý.",
        ["Bộ phận một cửa tiếp nhận 820 hồ sơ trong quý.", "Theo báo cáo của huyện, kết quả khả quan."],
    ),
    (
        "Xã Tân Lập có 3 điểm trường được sáp nhập. Ảnh: Minh Khôi\n\nNăm học mới, xã đón 450 học sinh.",
        ["Xã Tân Lập có 3 điểm trường được sáp nhập.", "Ảnh: Minh Khôi", "Năm học mới, xã đón 450 học sinh."],
    ),
]


@pytest.mark.parametrize(("article", "expected"), REPEATS)
def test_double_prints_count_once_and_captions_count(article: str, expected: list[str]) -> None:
    assert [s.text for s in Document.from_text(article).sentences] == expected


INLINE_FURNITURE = [
    # a page on one line: the article, then the site's login box or footer
    (
        "Huyện còn 12 trường sau sắp xếp. Mật khẩu phải có ít nhất 8 kí tự. Có lỗi phát sinh.",
        ["Huyện còn 12 trường sau sắp xếp."],
    ),
    (
        "Xã có 4 thôn sau sáp nhập… Bình luận (0) Tổng biên tập: Lê Văn Tâm Bình luận (0)",
        ["Xã có 4 thôn sau sáp nhập"],
    ),
    (
        "Tỉnh giảm 9 đầu mối. Tổng biên tập: Trần Thị Hoa. Địa chỉ: số 5 phố Hàng Than.",
        ["Tỉnh giảm 9 đầu mối."],
    ),
]


@pytest.mark.parametrize(("article", "expected"), INLINE_FURNITURE)
def test_furniture_run_into_the_text_is_cut_off(article: str, expected: list[str]) -> None:
    assert [s.text for s in Document.from_text(article).sentences] == expected


def test_a_headline_given_apart_from_the_body_becomes_its_first_line() -> None:
    document = Document.from_text("Năm nay xã giảm 2 thôn.", title="Xã Na Hang giảm 2 thôn")
    assert document.text == "Xã Na Hang giảm 2 thôn\n\nNăm nay xã giảm 2 thôn."
    assert document.metadata.title == "Xã Na Hang giảm 2 thôn"
    assert [s.is_title for s in document.sentences] == [True, False]
    already = Document.from_text("Xã Na Hang giảm 2 thôn\n\nNăm nay xã giảm 2 thôn.", title="Xã Na Hang giảm 2 thôn")
    assert already.text == document.text


SENTENCE_BREAKS = [
    ("Sáp nhập xã Hòa An vào TT. Bắc Sơn. Năm nay huyện còn 9 xã.",
     ["Sáp nhập xã Hòa An vào TT. Bắc Sơn.", "Năm nay huyện còn 9 xã."]),
    ("Đoàn do PGS. Lê Minh dẫn đầu. Sau đó đoàn về TP. Vinh.",
     ["Đoàn do PGS. Lê Minh dẫn đầu.", "Sau đó đoàn về TP. Vinh."]),
    ("Tỉnh có 12 xã. Huyện có 3 thị trấn!", ["Tỉnh có 12 xã.", "Huyện có 3 thị trấn!"]),
    ("Nhập 2 phường để thành lập P.Hòa Thuận. Huyện còn 9 xã.",
     ["Nhập 2 phường để thành lập P.Hòa Thuận.", "Huyện còn 9 xã."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_BREAKS)
def test_no_sentence_break_after_an_abbreviation(text: str, expected: list[str]) -> None:
    assert [s.text for s in Document.from_text(text).sentences] == expected


# (text, sentences): a paragraph hard-wrapped in mid-sentence is read as one; lines that end or open a sentence stay
WRAPPED_LINES = [
    # (the normaliser takes off the indent of the line that goes on)
    ("Huyện có 3 xã là xã Tân An,\n  xã Tân Lạc và xã Bình Sơn.",
     ["Huyện có 3 xã là xã Tân An,\nxã Tân Lạc và xã Bình Sơn."]),
    ("Huyện có 3 xã là xã Tân An, xã Tân Lạc,\nxã Bình Sơn.",
     ["Huyện có 3 xã là xã Tân An, xã Tân Lạc,\nxã Bình Sơn."]),
    ("Huyện có 3 xã.\nxã Tân An lớn nhất.", ["Huyện có 3 xã.", "xã Tân An lớn nhất."]),
    ("Huyện có 3 xã,\nXã Tân An lớn nhất.", ["Huyện có 3 xã,", "Xã Tân An lớn nhất."]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_LINES)
def test_a_hard_wrapped_paragraph_is_one(text: str, expected: list[str]) -> None:
    document = Document.from_text(text)
    assert [s.text for s in document.sentences] == expected
    assert all(document.text[s.start:s.end] == s.text for s in document.sentences)
