"""The segmentation model we load into underthesea segments exactly as the one underthesea loads."""

from __future__ import annotations

import pytest

from extractor.text.segment import _load_word_model

SENTENCES = [
    "Tỉnh đã sáp nhập ba trường cao đẳng.",
    "Năm 2024, huyện giảm 12 đơn vị sự nghiệp công lập.",
    "UBND TP.HCM cắt giảm 45,5% thời gian giải quyết thủ tục hành chính",
    "Sở GD&ĐT công bố 1.250 hồ sơ (tăng 15) trong tháng 6/2024",
    "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư",
]


@pytest.fixture(scope="module")
def underthesea_model():
    from os.path import dirname, join

    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline import word_tokenize as segmenter

    model = FastCRFSequenceTagger()
    model.load(join(dirname(segmenter.__file__), "models", "ws_crf_vlsp2013_20230727"))
    return model


@pytest.fixture(scope="module")
def our_model():
    from underthesea.pipeline import word_tokenize as segmenter

    segmenter.word_tokenize_model = None  # whoever segmented first, the model is loaded by us now
    _load_word_model.cache_clear()
    _load_word_model()
    assert segmenter.word_tokenize_model is not None
    return segmenter.word_tokenize_model


@pytest.mark.parametrize("sentence", SENTENCES)
def test_our_model_tags_as_underthesea_s(sentence: str, our_model, underthesea_model) -> None:
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    tokens = [[token] for token in tokenize(sentence, use_token_normalize=False)]
    assert our_model.featurizer.process([tokens]) == underthesea_model.featurizer.process([tokens])
    assert our_model.predict(tokens) == underthesea_model.predict(tokens)


GLUED_SENTENCES = [
    # a page that lost the space after a full stop still ends its sentence there
    ("Cổ đông đã chấp thuận.Tỷ lệ hoán đổi là 1:0,75.", ["Cổ đông đã chấp thuận.", "Tỷ lệ hoán đổi là 1:0,75."]),
    # an abbreviated unit head glued to its name is no end
    ("Sáp nhập vào P.Gia Hội và TP.Huế.", ["Sáp nhập vào P.Gia Hội và TP.Huế."]),
    # a web address is no end
    ("Xem tại baoquanglam.vn.Theo đó, xã A mới.", ["Xem tại baoquanglam.vn.Theo đó, xã A mới."]),
    # a name's last word glued to the next sentence; an abbreviation glued to a name stays whole
    ("Xã được tách ra từ quận Đầm Sơn.Trước năm 1979 xã thuộc huyện.",
     ["Xã được tách ra từ quận Đầm Sơn.", "Trước năm 1979 xã thuộc huyện."]),
    ("Sáp nhập vào Tp.Hồ Chí Minh năm 2025.", ["Sáp nhập vào Tp.Hồ Chí Minh năm 2025."]),
    # after an abbreviated head, a word that opens sentences and a lower-case word start a new sentence
    ("Các chi đoàn về trực thuộc Đoàn UBND TP. Trong đó có 5 chi đoàn.",
     ["Các chi đoàn về trực thuộc Đoàn UBND TP.", "Trong đó có 5 chi đoàn."]),
    ("Huyện nhập vào TP. Theo đó, xã A giải thể.", ["Huyện nhập vào TP.", "Theo đó, xã A giải thể."]),
    # a place's name after it goes on in capitals, or is one word before the sentence goes on
    ("Sáp nhập xã Tam Sơn vào TP. Từ Sơn từ năm 2025.", ["Sáp nhập xã Tam Sơn vào TP. Từ Sơn từ năm 2025."]),
    ("Trường chuyển về TP. Vinh năm 2020.", ["Trường chuyển về TP. Vinh năm 2020."]),
    ("Trụ sở đặt tại TX. Đồng Xoài từ năm 2018.", ["Trụ sở đặt tại TX. Đồng Xoài từ năm 2018."]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_SENTENCES)
def test_glued_sentence_ends(text: str, expected: list[str]) -> None:
    from extractor.text.segment import split_sentences

    assert [text[a:b] for a, b in split_sentences(text)] == expected
