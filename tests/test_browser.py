"""The journalists' page in a real browser: Debian's headless Chromium driven by Playwright's Python package.

Starts ``extractor serve``'s app with uvicorn on a free port, pastes the seed article, and checks that the
603-day figure is highlighted, the merge of the two schools is listed, the claim box answers, the JSON
downloads, and an article holding ``<script>`` runs no script. A screenshot of the page on the seed is
saved to ``test-artifacts/seed-page.png`` for people to look at.

No browser is downloaded (never ``playwright install``): the test uses the system Chromium and skips,
saying why, only where none is installed (``apt-get install -y chromium``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
# The first article loads the language models, which takes a while on a cold machine.
ANALYSE_TIMEOUT_MS = 180_000




def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    import uvicorn

    from extractor.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start within 30 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)




@pytest.fixture
def page(browser, server: str):
    """A fresh page on the app that refuses (and records) any request leaving this machine."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    opened = context.new_page()
    opened.outside_requests = []
    opened.dialogs = []

    def local_only(route) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            opened.outside_requests.append(route.request.url)
            route.abort()

    opened.route("**/*", local_only)
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.goto(server + "/")
    yield opened
    context.close()


def analyse(page, text: str) -> None:
    page.fill("#article", text)
    page.click("#analyse")
    page.wait_for_selector("#results:not([hidden])", timeout=ANALYSE_TIMEOUT_MS)


def test_seed_article_is_highlighted_and_its_merge_listed(page, seed_text: str) -> None:
    analyse(page, seed_text)

    figure = page.locator("#marked-text mark.fact", has_text="603 ngày")
    assert figure.count() == 1
    assert "kind-duration" in figure.get_attribute("class")
    assert page.locator("#marked-text mark.org").count() >= 5

    merges = page.locator("#events li.event-merge")
    schools = [
        merges.nth(i).inner_text() for i in range(merges.count()) if "Trung cấp Kinh tế" in merges.nth(i).inner_text()
    ]
    assert len(schools) == 1, "the merge of the two schools is listed once"
    assert "Trường Cao đẳng Nghề" in schools[0] and "Trường Cao đẳng Công nghệ kỹ thuật" in schools[0]

    assert page.locator("#facts tr[data-id]", has_text="603 ngày").count() == 1

    page.fill("#claim", "cắt giảm 603 ngày")
    page.click("#claim-form button")
    verdict = page.wait_for_selector("#claim-result [data-verdict]", timeout=60_000)
    assert verdict.get_attribute("data-verdict") == "supported"
    assert "cắt giảm 603 ngày" in verdict.inner_text()

    page.evaluate("document.getElementById('article').scrollTop = 0")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-page.png"), full_page=True)

    with page.expect_download() as download_info:
        page.click("#download")
    download = download_info.value
    assert download.suggested_filename.endswith(".json")
    record = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert any(fact["text"] == "603 ngày" for fact in record["facts"])

    assert page.outside_requests == []
    assert page.dialogs == []


def test_an_article_holding_script_runs_nothing(page) -> None:
    hostile = (
        "Tin vắn\n\nXã có <script>window.pwned = 1; alert('x')</script> 500 hộ, "
        'trong đó <img src=x onerror="window.pwned = 2"> 120 hộ nghèo.'
    )
    analyse(page, hostile)
    shown = page.inner_text("#marked-text")
    assert "<script>window.pwned = 1; alert('x')</script>" in shown
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#marked-text script, #marked-text img").count() == 0
    assert page.dialogs == []


def test_a_body_over_the_limit_shows_the_message(page) -> None:
    from extractor.settings import SETTINGS

    page.evaluate(
        "size => { document.getElementById('article').value = 'x'.repeat(size); }", SETTINGS.max_request_bytes + 10
    )
    page.click("#analyse")
    error = page.wait_for_selector("#error:not([hidden])", timeout=60_000)
    assert "EXTRACTOR_MAX_REQUEST_BYTES" in error.inner_text()
