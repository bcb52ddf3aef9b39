"""Shared fixtures: paths to the bundled corpus and to ../shared when it is beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seed" / "000_b90e50cb51102e60.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (dev corpus, gold, scorer); tests that need it skip where it is absent."""
    if not (SHARED / "corpora" / "dev").is_dir():
        pytest.skip("../shared is not beside the project (it is only there for developers and CI)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright; tests that need it skip where either is missing."""
    from tests.chromium import CHROMIUM_ARGS, chromium_path

    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium installed (/usr/bin/chromium); install it with `apt-get install -y chromium`")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def failing_stage(monkeypatch: pytest.MonkeyPatch) -> str:
    """Make the pipeline raise a made-up bug for the article whose ``doc_id`` this returns."""
    import extractor.pipeline

    real = extractor.pipeline.extract

    def flaky(text, *, doc_id=None, **options):
        if doc_id == "boom":
            raise IndexError("made-up bug")
        return real(text, doc_id=doc_id, **options)

    monkeypatch.setattr(extractor.pipeline, "extract", flaky)
    return "boom"
