"""Abbreviated heads of local units written out, so that two spellings of one body compare equal."""

from __future__ import annotations

import pytest

from extractor.recognize.organizations import name_key
from extractor.recognize.unit_heads import expand_head, expand_heads

SAME_BODY = [
    ("Tp.Bến Cát", "thành phố Bến Cát"),
    ("TP. Hòa Bình", "thành phố Hòa Bình"),
    ("TX.Phong Điền", "thị xã Phong Điền"),
    ("Công an TX.Phong Điền", "Công an thị xã Phong Điền"),
    ("Ban Chỉ huy quân sự H.Nam Đông", "Ban Chỉ huy quân sự huyện Nam Đông"),
    ("P.Bến Nghé", "phường Bến Nghé"),
    ("TT. Phùng", "thị trấn Phùng"),
    # one word, the city's whole name written short, is the city as its places table writes it out
    ("TPHCM", "thành phố HCM"),
]
OTHER_BODIES = [
    ("Trường THPT Nguyễn Du", "Trường THCS Nguyễn Du"),  # a school's levels written short: two schools
    ("Phường Tân An", "Phường Tân Hòa"),
]


@pytest.mark.parametrize(("short", "full"), SAME_BODY)
def test_an_abbreviated_head_names_the_same_body(short: str, full: str) -> None:
    assert name_key(short) == name_key(full)


@pytest.mark.parametrize(("one", "other"), OTHER_BODIES)
def test_other_names_stay_apart(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize(("written", "expected"), [
    ("TT. Thới Lai", "thị trấn Thới Lai"),
    ("TX Sơn Tây", "thị xã Sơn Tây"),
    ("Huyện Thới Lai", "Huyện Thới Lai"),
    ("Q.Thuận Hóa", "quận Thuận Hóa"),
])
def test_the_head_a_name_opens_with(written: str, expected: str) -> None:
    assert expand_head(written) == expected


def test_a_lower_case_word_after_the_letters_is_no_unit() -> None:
    """``P. trưởng`` ("phó trưởng") is no ward: a unit's name is capitalised after its head."""
    assert expand_heads("P. trưởng phòng") == "P. trưởng phòng"
