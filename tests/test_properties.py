"""Arbitrary text never crashes extract: the record validates and every span lies inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.schema import record_problems

VIETNAMESE_BITS = st.sampled_from(
    ["tăng ", "giảm ", "189 ", "TTHC ", "sáp nhập ", "Trường A ", "với ", "\n", ". ", "1.234,5", "%", "hoà ",
     "ngày 5/6/2024 ", "(", ")", "–", "một số ", "hai mươi mốt ", "\u200b", "\ufeff"]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(VIETNAMESE_BITS, max_size=60).map("".join),
    st.text(alphabet=st.characters(categories=["P", "S", "Zs", "Cc"]), max_size=200),
    st.builds(lambda s: s * 500, st.text(min_size=1, max_size=8)),
)


def _spans(record: dict):
    for fact in record.get("facts", []):
        yield fact["span"]
    for org in record.get("organizations", []):
        yield from org["mentions"]
    for event in record.get("events", []):
        yield event["span"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_valid_record(text: str) -> None:
    record = extract(text, doc_id="prop", include_text=True)
    assert record_problems(record) == []
    if "error" in record:
        assert record["error"]["kind"] in {"empty", "too_large"}
        return
    normalised = record["text"]
    for start, end in _spans(record):
        assert 0 <= start <= end <= len(normalised)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=5))
def test_lone_surrogates_are_dropped(text: str) -> None:
    record = extract("Tăng 5 trường " + text, doc_id="sur", include_text=True)
    assert record_problems(record) == []
    record["text"].encode("utf-8")
