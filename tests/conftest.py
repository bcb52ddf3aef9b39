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
