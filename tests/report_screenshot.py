"""Take the README's screenshot of a report: ``python -m tests.report_screenshot REPORT_DIR docs/report.png``.

Opens ``REPORT_DIR/index.html`` from disk in the system Chromium (as the browser tests do), refuses every
request but the page itself, and saves the top of the page: the overview and the first series.
Give an element id as a third argument (``conflicts``, ``official``) to start the picture there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.chromium import CHROMIUM_ARGS, chromium_path

_VIEW = {"width": 1280, "height": 1500}


def screenshot(report_dir: Path, target: Path, section: str | None = None) -> None:
    """Save what a reader sees first, or from ``section`` down."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise SystemExit("no Chromium installed: apt-get install -y chromium")
    address = (report_dir / "index.html").resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=_VIEW)
        page.route("**/*", lambda route: route.continue_() if route.request.url == address else route.abort())
        page.goto(address)
        if section:
            page.evaluate("id => window.scrollTo(0, document.getElementById(id).offsetTop - 50)", section)
        page.screenshot(path=str(target))
        browser.close()


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])
