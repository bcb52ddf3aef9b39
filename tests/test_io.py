"""Input side: decoding, HTML extraction and the readers, as tables of inputs and what must come out.

Every fixture is written into ``tmp_path`` by the test itself; the sentences are
made up for these tests.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import random
import unicodedata
from pathlib import Path

import pytest

from extractor import settings
from extractor.errors import InputError
from extractor.io.decode import decode_bytes
from extractor.io.html import html_to_text
from extractor.io.readers import ArticleInput, iter_inputs, iter_paths
from tests.encodings import cp1258_bytes

SENTENCE = (
    "Tỉnh Quảng Trị sẽ giảm 18 đơn vị hành chính cấp xã trong năm nay, ước tính tiết kiệm hàng tỷ đồng."
)
# The same sentence typed in the legacy font encodings, byte by byte (cp1252 / Latin-1 characters).
SENTENCE_VNI = (
    "Tænh Quaûng Trò seõ giaûm 18 ñôn vò haønh chính caáp xaõ trong naêm nay, "
    "öôùc tính tieát kieäm haøng tyû ñoàng."
)
SENTENCE_TCVN3 = (
    "TØnh Qu¶ng TrÞ sÏ gi¶m 18 ®¬n vÞ hµnh chÝnh cÊp x· trong n¨m nay, ­íc tÝnh tiÕt kiÖm hµng tû ®ång."
)
SHORT = "Huyện Đông Anh sáp nhập hai thị trấn."


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> settings.Settings:
    """Limits small enough to exceed without writing megabytes."""
    small = dataclasses.replace(settings.SETTINGS, max_input_bytes=200, max_input_chars=150)
    monkeypatch.setattr(settings, "SETTINGS", small)
    return small


# --- decode_bytes ------------------------------------------------------------------------------

DECODES = [
    ("utf-8", SENTENCE.encode("utf-8"), SENTENCE),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE),
    ("utf-16 LE with BOM", b"\xff\xfe" + SENTENCE.encode("utf-16-le"), SENTENCE),
    ("utf-16 BE with BOM", b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE),
    ("windows-1258", cp1258_bytes(SENTENCE), SENTENCE),
    ("windows-1258 short", cp1258_bytes(SHORT), SHORT),
    ("VNI", SENTENCE_VNI.encode("cp1252"), SENTENCE),
    ("TCVN3", SENTENCE_TCVN3.encode("latin-1"), SENTENCE),
    ("utf-8 cut inside the last character", SENTENCE.encode("utf-8")[:-2] + "ồ".encode()[:2], SENTENCE[:-2]),
    ("ascii only", b"Ban tin so 5, ngay 3/4.", "Ban tin so 5, ngay 3/4."),
]


@pytest.mark.parametrize(("case", "data", "expected"), DECODES, ids=[c[0] for c in DECODES])
def test_decode_bytes_reads_supported_encodings(case: str, data: bytes, expected: str) -> None:
    assert nfc(decode_bytes(data, source="bai.txt")) == expected


REFUSALS = [
    ("empty", b"", "empty", "is empty"),
    ("whitespace", b"  \n\t\r\n ", "empty", "whitespace"),
    ("utf-16 whitespace", b"\xff\xfe" + " \n".encode("utf-16-le"), "empty", "whitespace"),
    ("random bytes", random.Random(7).randbytes(4000), "unreadable", "binary"),
    ("NUL bytes", b"abc\x00def\x00ghi", "unreadable", "binary"),
    ("NUL bytes, not UTF-8", b"\xe0bc\x00d\xe9f", "unreadable", "NUL"),
    ("utf-16 without BOM", SENTENCE.encode("utf-16-le"), "unreadable", "UTF-16"),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "unreadable", "PDF"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00", "unreadable", "ZIP"),
    ("gzip as text", gzip.compress(SENTENCE.encode()), "unreadable", "gzip"),
    ("western latin-1", "Größere Städte und Dörfer, très élégant.".encode("cp1252"), "unreadable", "UTF-8"),
    ("control characters", ("ab\x01\x02\x03\x04cd" * 50).encode(), "unreadable", "control"),
    ("broken utf-16 BOM file", b"\xff\xfe" + b"\x00\xd8", "unreadable", "UTF-16"),
]


@pytest.mark.parametrize(("case", "data", "kind", "said"), REFUSALS, ids=[c[0] for c in REFUSALS])
def test_decode_bytes_refuses_with_a_clear_message(case: str, data: bytes, kind: str, said: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, source="bai.txt")
    assert caught.value.kind == kind
    assert caught.value.message.startswith("bai.txt: ")
    assert said in caught.value.message


@pytest.mark.parametrize("seed", range(20))
def test_decode_bytes_never_accepts_random_bytes(seed: int) -> None:
    data = bytes(b for b in random.Random(seed).randbytes(2000) if b)  # no NUL, to reach the 8-bit guesses
    with pytest.raises(InputError) as caught:
        decode_bytes(data, source="r.bin")
    assert caught.value.kind == "unreadable"


def test_decode_bytes_refuses_oversize_input(small_limits: settings.Settings) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(b"a" * 201, source="lon.txt")
    assert caught.value.kind == "too_large"
    assert "200" in caught.value.message and "EXTRACTOR_MAX_INPUT_BYTES" in caught.value.message


# --- html_to_text ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Bắc Ninh sắp xếp trường học - Báo Thử</title>
<meta name="author" content="Lê Văn Cường; Phạm Thu Hà">
<meta property="article:published_time" content="2024-03-05T08:15:00+07:00">
<link rel="canonical" href="https://baothu.example.vn/sap-xep-truong-hoc.html">
<style>p { color: red } .quang-cao { display: none }</style>
<script>alert(1)</script></head>
<body><nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Bắc Ninh sắp xếp trường học</h1>
<p>Tỉnh dự kiến giảm 14 trường mầm non và 9 trường tiểu học trong năm học tới.</p>
<script>document.write("quang cao")</script>
<p>Sở Giáo dục cho biết việc sắp xếp sẽ hoàn thành trước tháng 9, không làm giảm số giáo viên.</p>
</article><footer>Bản quyền thuộc về Báo Thử</footer></body></html>"""

HTML_CASES = [
    # (case, html, must contain, must not contain)
    (
        "article page",
        PAGE,
        ["giảm 14 trường mầm non", "trước tháng 9"],
        ["alert(1)", "document.write", "color: red"],
    ),
    (
        "fragment",
        "<p>Xã Tân Lập có <b>3</b> thôn.</p><script>alert(1)</script>",
        ["Xã Tân Lập có 3 thôn."],
        ["alert"],
    ),
    ("no markup", "Chỉ có chữ, không có thẻ.", ["Chỉ có chữ, không có thẻ."], []),
    ("script only", "<html><body><script>alert(1)</script></body></html>", [], ["alert"]),
]


@pytest.mark.parametrize(("case", "html", "present", "absent"), HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_to_text_keeps_text_and_drops_scripts(case: str, html: str, present: list, absent: list) -> None:
    text, _ = html_to_text(html)
    for snippet in present:
        assert snippet in text
    for snippet in absent:
        assert snippet not in text


def test_html_to_text_keeps_paragraphs_and_metadata() -> None:
    text, hints = html_to_text(PAGE)
    lines = text.split("\n")
    assert any(line.startswith("Tỉnh dự kiến") for line in lines)
    assert any(line.startswith("Sở Giáo dục") for line in lines)
    assert hints["title"] == "Bắc Ninh sắp xếp trường học"  # trafilatura drops the site suffix
    assert hints["published_at"] == "2024-03-05T08:15:00+07:00"
    assert hints["authors"] == ["Lê Văn Cường", "Phạm Thu Hà"]
    assert hints["url"] == "https://baothu.example.vn/sap-xep-truong-hoc.html"


# --- readers: one file, one article ----------------------------------------------------------


def read_all(paths: list[str], stdin: bytes | None = None) -> list[ArticleInput | InputError]:
    items = list(iter_inputs(paths, stdin=io.BytesIO(stdin) if stdin is not None else None))
    for item in items:
        assert item.doc_id, item
    return items


FILES = [
    # (file name, content, doc_id, text the article must contain)
    ("bai-1.txt", SENTENCE.encode("utf-8"), "bai-1", SENTENCE),
    ("bai-2.txt", b"\xff\xfe" + SENTENCE.encode("utf-16-le"), "bai-2", SENTENCE),
    ("bai-3.txt", cp1258_bytes(SENTENCE), "bai-3", SENTENCE),
    ("trang.html", PAGE.encode("utf-8"), "trang", "giảm 14 trường mầm non"),
    ("trang.htm", PAGE.encode("utf-8"), "trang", "giảm 14 trường mầm non"),
    ("that-la-html.txt", PAGE.encode("utf-8"), "that-la-html", "giảm 14 trường mầm non"),
    ("khong-duoi", SHORT.encode("utf-8"), "khong-duoi", SHORT),
    ("van-ban.html", SHORT.encode("utf-8"), "van-ban", SHORT),
    ("nen.txt.gz", gzip.compress(SHORT.encode("utf-8")), "nen", SHORT),
]


@pytest.mark.parametrize(("name", "content", "doc_id", "contains"), FILES, ids=[c[0] for c in FILES])
def test_reads_one_article_per_file(
    tmp_path: Path, name: str, content: bytes, doc_id: str, contains: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [item] = read_all([str(path)])
    assert isinstance(item, ArticleInput), item
    assert item.doc_id == doc_id
    assert contains in nfc(item.text)
    assert "alert(1)" not in item.text and "document.write" not in item.text


BAD_FILES = [
    ("rong.txt", b"", "empty"),
    ("trang-trang.txt", b"   \n\n\t ", "empty"),
    ("ngau-nhien.txt", random.Random(3).randbytes(3000), "unreadable"),
    ("hong.json", b'{"title": "A", "maintext": ', "bad_json"),
    ("chuoi.json", '"chỉ là một chuỗi"'.encode(), "bad_json"),
    ("khong-co-chu.json", json.dumps({"title": "Chỉ có tiêu đề"}).encode(), "missing_text"),
    ("so.json", json.dumps({"maintext": 12}).encode(), "not_text"),
    ("chi-script.html", b"<html><body><script>alert(1)</script></body></html>", "empty"),
    ("rong.jsonl", b"\n\n  \n", "empty"),
]


@pytest.mark.parametrize(("name", "content", "kind"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_files_become_error_items(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [item] = read_all([str(path)])
    assert isinstance(item, InputError)
    assert (item.kind, item.doc_id) == (kind, name.split(".")[0])
    assert str(path) in item.message


def test_missing_path_and_folder(tmp_path: Path) -> None:
    missing, folder = read_all([str(tmp_path / "khong-co.txt"), str(tmp_path)])
    assert (missing.kind, missing.doc_id) == ("not_found", "khong-co")
    assert folder.kind == "unreadable" and "folder" in folder.message


def test_news_please_json(tmp_path: Path) -> None:
    record = {
        "title": "Hợp nhất hai sở tại tỉnh Bình Phước",
        "maintext": "Hai sở được hợp nhất từ ngày 1/3, giảm 6 phòng chuyên môn.",
        "date_publish": "2025-03-01 09:30:00",
        "authors": ["Hoàng Minh", "Vũ Lan"],
        "url": "https://tin.example.vn/hop-nhat.html",
        "language": "vi",
        "source_domain": "tin.example.vn",
    }
    path = tmp_path / "hop-nhat.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [item] = read_all([str(path)])
    assert item == ArticleInput(
        doc_id="hop-nhat",
        text=record["maintext"],
        title=record["title"],
        published_at="2025-03-01T09:30:00",
        authors=["Hoàng Minh", "Vũ Lan"],
        url=record["url"],
        source={"language": "vi", "source_domain": "tin.example.vn"},
    )
    path.write_text(json.dumps({**record, "id": "np-7"}, ensure_ascii=False), encoding="utf-8")
    assert read_all([str(path)])[0].doc_id == "np-7"
    path.write_text(json.dumps([record, {"maintext": 3}], ensure_ascii=False), encoding="utf-8")
    assert [outcome(item) for item in read_all([str(path)])] == [
        ("hop-nhat:1", "ok"),
        ("hop-nhat:2", "not_text"),
    ]


# --- readers: JSONL --------------------------------------------------------------------------

JSONL_LINES = [
    # (line, expected doc_id, expected kind: "ok" or an error kind)
    (json.dumps({"id": "a1", "text": SHORT, "chuyen_muc": "thoi-su"}, ensure_ascii=False), "a1", "ok"),
    ("", None, None),
    ('{"id": "a2", "text": "thiếu ngoặc"', "lo:3", "bad_json"),
    (json.dumps({"id": "a3", "title": "Không có nội dung"}, ensure_ascii=False), "a3", "missing_text"),
    (json.dumps({"id": "a4", "text": ["một", "hai"]}, ensure_ascii=False), "a4", "not_text"),
    ("   ", None, None),
    (json.dumps({"html": "<p>Phường 5 nhập vào phường 4.</p><script>alert(1)</script>"}), "lo:7", "ok"),
    (json.dumps({"id": 9, "maintext": "Bản tin dạng news-please.", "authors": ["Mai"]}), "9", "ok"),
    (json.dumps({"id": "a5", "text": "   "}), "a5", "empty"),
    ("[1, 2, 3]", "lo:10", "bad_json"),
    (json.dumps({"id": "a6", "text": None, "maintext": "Dùng maintext khi text rỗng."}), "a6", "ok"),
    (json.dumps({"id": "a7", "text": "Lỗi mã \ud800 giữa câu."}), "a7", "ok"),
]
EXPECTED = [(doc_id, kind) for _, doc_id, kind in JSONL_LINES if doc_id is not None]


def jsonl_bytes() -> bytes:
    return ("\n".join(line for line, _, _ in JSONL_LINES) + "\n").encode("utf-8")


def outcome(item: ArticleInput | InputError) -> tuple[str, str]:
    return item.doc_id, item.kind if isinstance(item, InputError) else "ok"


@pytest.mark.parametrize("name", ["lo.jsonl", "lo.jsonl.gz"])
def test_jsonl_one_item_per_line_in_order(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(jsonl_bytes()) if name.endswith(".gz") else jsonl_bytes())
    items = read_all([str(path)])
    assert [outcome(item) for item in items] == EXPECTED
    by_id = {item.doc_id: item for item in items}
    assert by_id["a1"].source == {"chuyen_muc": "thoi-su"}
    assert by_id["lo:7"].text == "Phường 5 nhập vào phường 4."
    assert by_id["9"].authors == ["Mai"]
    assert by_id["a6"].text == "Dùng maintext khi text rỗng."
    assert "\ufffd" in by_id["a7"].text and "\ud800" not in by_id["a7"].text
    assert "line 3" in by_id["lo:3"].message


def test_jsonl_is_recognised_by_content_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "lo"
    path.write_bytes(jsonl_bytes())
    assert [outcome(item) for item in read_all([str(path)])] == EXPECTED


def test_truncated_gzip_reports_after_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    lines = "".join(json.dumps({"id": f"c{i}", "text": f"Câu số {i} về xã mới."}) + "\n" for i in range(5000))
    path.write_bytes(gzip.compress(lines.encode())[:-200])
    items = read_all([str(path)])
    assert len(items) > 100 and all(isinstance(item, ArticleInput) for item in items[:-1])
    assert items[-1].kind == "unreadable" and "cut short" in items[-1].message


def test_oversize_inputs(tmp_path: Path, small_limits: settings.Settings) -> None:
    big_file = tmp_path / "lon.txt"
    big_file.write_text("Câu dài. " * 40, encoding="utf-8")
    big_chars = tmp_path / "dai.jsonl"
    big_chars.write_text(
        json.dumps({"id": "d1", "text": "x" * 160})
        + "\n"
        + json.dumps({"id": "d2", "text": "y" * 300})
        + "\n"
        + json.dumps({"id": "d3", "text": SHORT}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    items = read_all([str(big_file), str(big_chars)], stdin=None)
    assert [outcome(item) for item in items] == [
        ("lon", "too_large"),
        ("d1", "too_large"),  # over max_input_chars
        ("dai:2", "too_large"),  # the line itself is over max_input_bytes; its id cannot be read
        ("d3", "ok"),
    ]
    [stdin_item] = read_all(["-"], stdin=("Câu dài. " * 40).encode())
    assert outcome(stdin_item) == ("stdin", "too_large")


# --- readers: standard input -----------------------------------------------------------------

STDIN_CASES = [
    ("text", SENTENCE.encode("utf-8"), [("stdin", "ok")], SENTENCE),
    ("html", PAGE.encode("utf-8"), [("stdin", "ok")], "giảm 14 trường mầm non"),
    ("jsonl", jsonl_bytes(), [(d.replace("lo:", "stdin:"), k) for d, k in EXPECTED], SHORT),
    ("utf-16 text", b"\xff\xfe" + SHORT.encode("utf-16-le"), [("stdin", "ok")], SHORT),
    ("empty", b"", [("stdin", "empty")], None),
    ("binary", b"\x00\x01\x02\xff" * 100, [("stdin", "unreadable")], None),
]


@pytest.mark.parametrize(
    ("case", "data", "expected", "contains"), STDIN_CASES, ids=[c[0] for c in STDIN_CASES]
)
def test_stdin_is_sniffed(case: str, data: bytes, expected: list, contains: str | None) -> None:
    items = read_all(["-"], stdin=data)
    assert [outcome(item) for item in items] == expected
    if contains is not None:
        assert contains in nfc(items[0].text)


def test_inputs_keep_their_order_and_never_raise(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00" * 10)
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "Một."}\n{oops\n', encoding="utf-8")
    names = [str(tmp_path / n) for n in ("a.txt", "missing.txt", "b.txt", "c.jsonl")] + ["-"]
    items = read_all(names, stdin=b"Hai.")
    assert [outcome(item) for item in items] == [
        ("a", "ok"),
        ("missing", "not_found"),
        ("b", "unreadable"),
        ("c1", "ok"),
        ("c:2", "bad_json"),
        ("stdin", "ok"),
    ]


# --- iter_paths --------------------------------------------------------------------------------


def test_iter_paths_expands_folders_and_globs(tmp_path: Path) -> None:
    for name in (
        "x/1.txt",
        "x/sub/2.html",
        "x/sub/3.jsonl.gz",
        "x/4.json",
        "x/5.jsonl",
        "x/ghi-chu.md",
        "x/.an.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("nội dung", encoding="utf-8")
    folder = str(tmp_path / "x")
    found = list(iter_paths([folder, str(tmp_path / "x" / "*.txt"), "-", str(tmp_path / "khong-co-*.txt")]))
    relative = [Path(p).relative_to(tmp_path).as_posix() if p.startswith(str(tmp_path)) else p for p in found]
    assert relative == [
        "x/1.txt",
        "x/4.json",
        "x/5.jsonl",
        "x/sub/2.html",
        "x/sub/3.jsonl.gz",
        "-",
        "khong-co-*.txt",
    ]
    [missing] = read_all([found[-1]])
    assert missing.kind == "not_found" and "no file matches" in missing.message


def test_html_metadata_reaches_the_article_as_hints(tmp_path: Path) -> None:
    path = tmp_path / "trang.html"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "trang.jsonl").write_text(
        json.dumps({"id": "t1", "html": PAGE, "title": "Tiêu đề của bản ghi"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    from_file, from_record = read_all([str(path), str(tmp_path / "trang.jsonl")])
    assert from_file.title == "Bắc Ninh sắp xếp trường học"
    assert from_file.published_at == "2024-03-05T08:15:00+07:00"
    assert from_file.authors == ["Lê Văn Cường", "Phạm Thu Hà"]
    assert from_file.url == "https://baothu.example.vn/sap-xep-truong-hoc.html"
    assert from_record.title == "Tiêu đề của bản ghi"  # the record's own field wins over the page's
    assert from_record.published_at == from_file.published_at
    assert from_record.text == from_file.text
