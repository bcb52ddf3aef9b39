"""Our POS feature extraction writes exactly underthesea's features, so the tags are underthesea's."""

from __future__ import annotations

import pytest

from extractor.text.pos import features, tag_segmented

# Words as the segmenter gives them, one sentence a line, grouped by what the features must get right.
SENTENCES = [
    # plain sentences, syllables joined into words
    ["Tỉnh", "đã", "sáp nhập", "ba", "trường", "cao đẳng", "."],
    ["Năm", "2024", ",", "huyện", "giảm", "12", "đơn vị", "sự nghiệp", "công lập", "."],
    # title case within a word, all capitals, digits and symbols
    ["Ủy ban", "nhân dân", "tỉnh", "Hà Giang", "phê duyệt", "đề án"],
    ["UBND", "TP.HCM", "cắt giảm", "45,5", "%", "thời gian", "giải quyết"],
    ["Sở", "GD&ĐT", "công bố", "1.250", "hồ sơ", "(", "tăng", "15", ")"],
    # short sentences: the templates reach past both ends
    ["Giảm"],
    ["Hai", "trường"],
    ["Ba", "xã", "sáp nhập"],
    # odd spacing inside a word: underthesea answers False for istitle, so must we
    ["Hà  Nội", "mới"],
    ["", "Bộ", "Nội vụ"],
]


@pytest.mark.parametrize("words", SENTENCES, ids=[" ".join(w) or "empty" for w in SENTENCES])
def test_features_are_underthesea_s(words: list[str]) -> None:
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    predictor = CRFPOSTagPredictor.Instance()
    expected = predictor.transformer.transform([[(word, "X") for word in words]])[0][0]
    assert features(words, tuple(predictor.transformer.template)) == expected


@pytest.mark.parametrize("words", SENTENCES, ids=[" ".join(w) or "empty" for w in SENTENCES])
def test_tags_are_underthesea_s(words: list[str]) -> None:
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    expected = [tag for _, tag in CRFPOSTagPredictor.Instance().predict(words)]
    assert tag_segmented(words) == expected


def test_no_words_no_tags() -> None:
    assert tag_segmented([]) == []


def test_a_template_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="not a feature template"):
        features(["Tỉnh"], ("W[0]",))
