"""Restructuring events on sentences written for these tests: one case per line, by phenomenon."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from extractor.extraction.events import find_events
from extractor.recognize.organizations import find_organizations


@dataclass
class _Sentence:
    start: int
    end: int
    text: str


@dataclass
class _Doc:
    """One sentence per line, enough for the event grammar."""

    text: str

    @property
    def sentences(self) -> list[_Sentence]:
        out, start = [], 0
        for line in self.text.split("\n"):
            out.append(_Sentence(start, start + len(line), line))
            start += len(line) + 1
        return out


def _events(text: str) -> list[dict]:
    doc = _Doc(text)
    return find_events(doc, find_organizations(doc))


def _summary(event: dict) -> tuple:
    result = event["result"]["name"] if event["result"] else None
    return event["type"], [p["name"] for p in event["participants"]], result, event["count"]


EVENTS = [
    # (phenomenon, text, [(type, participants, result, count)])
    ("merge with renaming is one merge",
     "Tỉnh sáp nhập Trường Trung cấp Y tế Lai Châu với Trường Cao đẳng Cộng đồng Lai Châu và đổi tên thành "
     "Trường Cao đẳng Lai Châu.",
     [("merge", ["Trường Trung cấp Y tế Lai Châu", "Trường Cao đẳng Cộng đồng Lai Châu"],
       "Trường Cao đẳng Lai Châu", None)]),
    ("misspelt trigger sát nhập",
     "Huyện sát nhập Trường Tiểu học Nậm Tăm với Trường Tiểu học Pa Vây Sử.",
     [("merge", ["Trường Tiểu học Nậm Tăm", "Trường Tiểu học Pa Vây Sử"], None, None)]),
    ("merge into: the receiver is the result",
     "Bộ quyết định sáp nhập Trường Cao đẳng Y tế Kon Tum vào Trường Đại học Tây Nguyên.",
     [("merge", ["Trường Cao đẳng Y tế Kon Tum", "Trường Đại học Tây Nguyên"], "Trường Đại học Tây Nguyên",
       None)]),
    ("subject merges into",
     "Bệnh viện Đa khoa Mộc Châu sẽ nhập vào Bệnh viện Đa khoa tỉnh.",
     [("merge", ["Bệnh viện Đa khoa Mộc Châu", "Bệnh viện Đa khoa tỉnh"], "Bệnh viện Đa khoa tỉnh", None)]),
    ("establish on the basis of a merge",
     "UBND tỉnh thành lập Trung tâm Dịch vụ nông nghiệp huyện Than Uyên trên cơ sở hợp nhất Trạm Thú y và "
     "Trạm Khuyến nông.",
     [("merge", ["Trạm Thú y", "Trạm Khuyến nông"], "Trung tâm Dịch vụ nông nghiệp huyện Than Uyên", None)]),
    ("merge into a named result",
     "Hợp nhất Sở Du lịch và Sở Văn hóa thành Sở Văn hóa - Du lịch.",
     [("merge", ["Sở Du lịch", "Sở Văn hóa"], "Sở Văn hóa - Du lịch", None)]),
    ("shared head with a count",
     "Tỉnh sẽ hợp nhất hai sở Du lịch, Thông tin thành Sở Văn hóa và Thông tin.",
     [("merge", ["sở Du lịch", "sở Thông tin"], "Sở Văn hóa và Thông tin", 2)]),
    ("shared head of administrative units",
     "Xã Tân Lập mới: sáp nhập các xã Bản Công, Nậm Có, Tà Xi Láng.",
     [("merge", ["xã Bản Công", "xã Nậm Có", "xã Tà Xi Láng"], "Xã Tân Lập", None)]),
    ("result before a bracket",
     "Phường Đông Sơn (sáp nhập phường Ba Đình, phường Ngọc Trạo).",
     [("merge", ["phường Ba Đình", "phường Ngọc Trạo"], "Phường Đông Sơn", None)]),
    ("counted merge",
     "Cục Thuế sẽ sắp xếp 9 chi cục thuế thành 4 chi cục thuế khu vực.",
     [("merge", [], None, 9)]),
    ("counted merge with the number first",
     "Huyện Yên Dũng có 6 trường sáp nhập thành 3 trường.",
     [("merge", [], None, 6)]),
    ("rename",
     "UBND tỉnh đổi tên Trường THPT số 1 Đống Đa thành Trường THPT Đống Đa.",
     [("rename", ["Trường THPT số 1 Đống Đa"], "Trường THPT Đống Đa", None)]),
    ("rename list goes on without a trigger",
     "UBND tỉnh đổi tên Trường THCS số 2 Kim Đồng thành Trường THCS Kim Đồng; Trường THCS số 2 Lê Lai thành "
     "Trường THCS Lê Lai.",
     [("rename", ["Trường THCS số 2 Kim Đồng"], "Trường THCS Kim Đồng", None),
      ("rename", ["Trường THCS số 2 Lê Lai"], "Trường THCS Lê Lai", None)]),
    ("dissolve", "HĐND tỉnh thông qua nghị quyết giải thể Sở Ngoại vụ.",
     [("dissolve", ["Sở Ngoại vụ"], None, None)]),
    ("establish", "Quốc hội quyết định thành lập thị xã Phú Mỹ.",
     [("establish", [], "thị xã Phú Mỹ", None)]),
    ("establish several", "Thành lập thị trấn Nà Phặc, thị trấn Bằng Lũng.",
     [("establish", [], "thị trấn Nà Phặc", None), ("establish", [], "thị trấn Bằng Lũng", None)]),
    ("establish, subject first", "Sở Quy hoạch - Kiến trúc Đà Nẵng được thành lập năm 2008.",
     [("establish", [], "Sở Quy hoạch - Kiến trúc Đà Nẵng", None)]),
    ("transfer",
     "Tỉnh điều chuyển Ban Quản lý Khu kinh tế Vân Phong về Sở Công Thương quản lý.",
     [("transfer", ["Ban Quản lý Khu kinh tế Vân Phong", "Sở Công Thương"], "Sở Công Thương", None)]),
]

NON_EVENTS = [
    ("negated", "Tỉnh không sáp nhập trường mầm non với trường phổ thông."),
    ("negated with names", "Bộ khẳng định không sáp nhập Trường Đại học Vinh với Trường Đại học Hà Tĩnh."),
    ("generic policy", "Bộ đề nghị xem xét sáp nhập các trường có quy mô nhỏ."),
    ("generic plural", "Việc sắp xếp, sáp nhập các đơn vị hành chính cấp xã đang được triển khai."),
    ("income is not a merge", "Thu nhập của giáo viên Trường THPT Lê Quý Đôn tăng."),
    ("a year is not a count", "Năm 2025 sẽ sắp xếp lại bộ máy."),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), EVENTS, ids=[e[0] for e in EVENTS])
def test_event(phenomenon: str, text: str, expected: list[tuple]) -> None:
    assert [_summary(e) for e in _events(text)] == expected


@pytest.mark.parametrize(("phenomenon", "text"), NON_EVENTS, ids=[e[0] for e in NON_EVENTS])
def test_not_an_event(phenomenon: str, text: str) -> None:
    assert _events(text) == []


STATUS = [
    ("proposed", "Sở Nội vụ tham mưu UBND tỉnh sáp nhập Trường Tiểu học Mỹ Lộc với Trường Tiểu học Mỹ Thành.",
     "proposed", "UBND tỉnh", "Sở Nội vụ"),
    ("planned", "Bệnh viện Đa khoa Mộc Châu sẽ nhập vào Bệnh viện Đa khoa tỉnh.", "planned", None, None),
    ("approved", "UBND tỉnh ban hành quyết định giải thể Trung tâm Dịch vụ việc làm Bắc Hà.", "approved",
     "UBND tỉnh", None),
]


@pytest.mark.parametrize(("phenomenon", "text", "status", "authority", "proposer"), STATUS,
                         ids=[s[0] for s in STATUS])
def test_status_and_roles(phenomenon: str, text: str, status: str, authority: str | None,
                          proposer: str | None) -> None:
    (event,) = _events(text)
    assert event["status"] == status
    assert (event["authority"] or {}).get("name") == authority
    assert (event["proposer"] or {}).get("name") == proposer


def test_spans_are_exact() -> None:
    text = "Tỉnh sáp nhập Trường Tiểu học Nậm Tăm với Trường Tiểu học Pa Vây Sử."
    (event,) = _events(text)
    start, end = event["trigger_span"]
    assert text[start:end] == event["trigger"]
    for participant in event["participants"]:
        start, end = participant["span"]
        assert text[start:end] == participant["name"]
        assert participant["org"] is not None
