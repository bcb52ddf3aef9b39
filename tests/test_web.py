"""The web app through FastAPI's TestClient: the page is offline, article text is always escaped,
bodies over the limit are refused with a clear message, and ``POST /api/extract`` gives the record.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from fastapi.testclient import TestClient

from extractor.schema import record_problems
from extractor.web import create_app

LIMIT = 20_000

# Articles written for these tests, with markup that must come out as text.
HOSTILE = [
    "Tin vắn\n\nXã có <script>alert('x')</script> 500 hộ, trong đó có 620 hộ nghèo.",
    "Tin vắn\n\nUBND <b onmouseover=alert(1)>tỉnh</b> sáp nhập Trường <img src=x onerror=alert(1)> với Trường B.",
    'Tin vắn\n\nSở cắt giảm 12 ngày "</mark><script>alert(1)</script>" giải quyết.',
]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(max_request_bytes=LIMIT))


def test_page_and_assets_are_served_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert 'id="article"' in page.text and "/static/app.js" in page.text
    for asset in ("app.js", "app.css"):
        response = client.get(f"/static/{asset}")
        assert response.status_code == 200 and response.text


def test_nothing_is_loaded_from_elsewhere(client: TestClient) -> None:
    """No CDN: no absolute URL in the page, its assets or its templates."""
    texts = [client.get("/").text, client.get("/static/app.js").text, client.get("/static/app.css").text]
    web = resources.files("extractor.web")
    texts += [t.read_text(encoding="utf-8") for t in web.joinpath("templates").iterdir() if t.name.endswith(".html")]
    for text in texts:
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", text)
        assert "@import" not in text and "url(http" not in text
    assert client.get("/docs").status_code == 404


@pytest.mark.parametrize("article", HOSTILE)
def test_article_text_is_escaped_in_every_panel(client: TestClient, article: str) -> None:
    response = client.post("/api/annotate", json={"text": article})
    assert response.status_code == 200
    panels = response.json()["html"]
    for name, html in panels.items():
        assert "<script" not in html, name
        assert "<b " not in html and "<img" not in html, name
        assert "onerror=" not in html or "&lt;img" in html, name
    assert "&lt;" in panels["text"]


def test_figures_and_organizations_are_marked(client: TestClient) -> None:
    article = "Tin vắn\n\nNăm nay, UBND tỉnh đã cắt giảm 603 ngày giải quyết cho người dân."
    panels = client.post("/api/annotate", json={"text": article}).json()["html"]
    assert re.search(r'<mark class="fact kind-duration" data-id="f\d+"[^>]*>603 ngày</mark>', panels["text"])
    assert '<mark class="org' in panels["text"]
    assert "603 ngày" in panels["facts"]


def test_marked_text_gives_back_the_text(client: TestClient, seed_text: str) -> None:
    result = client.post("/api/annotate", json={"text": seed_text}).json()
    plain = re.sub(r"<[^>]+>", "", result["html"]["text"])
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&#39;", "'")
    assert plain.replace("&amp;", "&") == result["record"]["text"]


def test_api_extract_returns_the_record(client: TestClient, seed_text: str) -> None:
    response = client.post("/api/extract", json={"text": seed_text, "doc_id": "seed"})
    assert response.status_code == 200
    record = response.json()
    assert record["doc_id"] == "seed" and "text" not in record
    assert record_problems(record) == []
    assert any(f["text"] == "603 ngày" for f in record["facts"])
    with_text = client.post("/api/extract", json={"text": seed_text, "include_text": True}).json()
    assert with_text["text"].startswith("123")


def test_api_extract_reads_an_uploaded_file(client: TestClient) -> None:
    data = "Tin vắn\n\nSở cắt giảm 603 ngày giải quyết.".encode("utf-16")
    response = client.post("/api/extract", files={"file": ("ban-tin.txt", data, "text/plain")})
    assert response.status_code == 200
    record = response.json()
    assert record["doc_id"] == "ban-tin"
    assert [f["value"] for f in record["facts"]] == [603]


def test_an_unreadable_article_gives_its_error_record(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "   "})
    assert response.status_code == 422
    assert response.json()["error"]["kind"] == "empty"


@pytest.mark.parametrize(
    "body", [b"not json", b"[1, 2]", b'{"text": 5}', b'{"html": "<p>x</p>"}'], ids=["text", "list", "number", "no-text"]
)
def test_bad_requests_say_what_to_send(client: TestClient, body: bytes) -> None:
    response = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["kind"] == "bad_request" and "text" in error["message"] + error.get("message_vi", "")


def test_a_body_over_the_limit_is_refused_with_a_clear_message(client: TestClient) -> None:
    article = "Sở cắt giảm 603 ngày. " * 2_000
    response = client.post("/api/extract", json={"text": article})
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["kind"] == "too_large" and error["limit"] == LIMIT
    assert "20,000 bytes" in error["message"] and "EXTRACTOR_MAX_REQUEST_BYTES" in error["message"]
    assert "20.000 byte" in error["message_vi"]


def test_the_limit_holds_without_a_content_length(client: TestClient) -> None:
    def chunks():
        for _ in range(10):
            yield b"x" * 4_000

    response = client.post("/api/annotate", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["kind"] == "too_large"


def test_claim_endpoint(client: TestClient, seed_text: str) -> None:
    record = client.post("/api/annotate", json={"text": seed_text}).json()["record"]
    supported = client.post("/api/claim", json={"record": record, "claim": "cắt giảm 603 ngày"}).json()
    assert supported["verdict"]["verdict"] == "supported"
    assert 'data-verdict="supported"' in supported["html"]
    contradicted = client.post("/api/claim", json={"record": record, "claim": "cắt giảm 600 ngày"}).json()
    assert contradicted["verdict"]["verdict"] == "contradicted"
    hostile = client.post("/api/claim", json={"record": record, "claim": "<script>alert(1)</script> 603 ngày"})
    assert "<script" not in hostile.json()["html"]
    for broken in ({"facts": "f1"}, {"facts": [{"id": "f1", "unit": "ngày", "quantity_kind": "duration"}]}):
        assert client.post("/api/claim", json={"record": broken, "claim": "603 ngày"}).status_code == 400
