"""The corpus report opened from disk in a real browser (Debian's Chromium through Playwright, as test_browser.py).

The report is built from records written here that carry a ``<script>`` title, an ``onerror`` quote and
participant, an ``onload`` subject and a ``javascript:`` address. The page must draw its charts, send no
request anywhere (the page itself is the only file it reads), and run nothing the articles hold. A
screenshot goes to ``test-artifacts/report.png``. Skips, saying why, where no Chromium is installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.report import build_report
from tests.report_records import article, event, fact, write_records
from tests.test_browser import ARTIFACTS

YEAR = ("2025-01-01", "2025-12-31")
HOSTILE_TITLE = "<script>window.pwned = 1; alert('x')</script> Tin tuyển sinh"
HOSTILE_QUOTE = '<img src=x onerror="window.pwned = 2"> 650 chỉ tiêu'
HOSTILE_SUBJECT = '<svg onload="window.pwned = 4"></svg>Sở Nội vụ'
HOSTILE_PARTICIPANT = '<img src=x onerror="window.pwned = 5">xã Thới Tân'


def _records() -> list[dict]:
    hostile = article(
        "hostile",
        title=HOSTILE_TITLE,
        facts=[fact(650, "chỉ tiêu", period=YEAR, text=HOSTILE_QUOTE)],
        outlet="<b>hai</b>.vn",
        events=[
            event("merge", ["xã Thới Tân", "xã Trường Thắng"], "xã Thới Lai"),
            event("merge", [HOSTILE_PARTICIPANT, "xã Trường Thắng"], "</td><script>window.pwned = 6</script>"),
        ],
    )
    hostile["source"]["url"] = "javascript:window.pwned=3"
    return [
        article(
            "a",
            title="Trường Đại học Y Hà Nội công bố chỉ tiêu",
            facts=[fact(500, "chỉ tiêu", period=YEAR)],
            outlet="mot.vn",
        ),
        hostile,
        article("c", published="2025-09-01T08:00:00+07:00", facts=[fact(720, "chỉ tiêu")], outlet="ba.vn"),
        *(article(name, subject=HOSTILE_SUBJECT, facts=[fact(n, "hồ sơ")]) for name, n in (("d", 120), ("e", 180))),
    ]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    build_report([write_records(folder / "out.jsonl", _records())], folder / "report")
    return folder / "report" / "index.html"




def test_report_from_disk_draws_fetches_nothing_and_runs_nothing(browser, report_page: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    address = report_page.as_uri()
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url == address else route.abort())
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(address)

    dots = page.locator("svg.series-chart circle.dot")
    assert dots.count() == 5
    box = page.locator("svg.series-chart").first.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50
    assert page.locator("svg.series-chart polyline.line").count() == 2
    assert page.locator("svg.bar-chart rect.bar").count() >= 4

    assert HOSTILE_TITLE in page.inner_text("#articles")
    assert HOSTILE_QUOTE in page.inner_text("#conflicts")
    assert HOSTILE_SUBJECT in page.inner_text("#series")
    assert HOSTILE_PARTICIPANT in page.inner_text("#events")
    assert "Trường Đại học Y Hà Nội công bố chỉ tiêu" in page.inner_text("#articles")
    assert page.locator("main script, main img, main b:has-text('hai'), main td svg:not(.chart)").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []
    assert requests == [address]

    consistent = page.locator("#official-table td.verdict-consistent")
    assert consistent.count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    context.close()
