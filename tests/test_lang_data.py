"""The language data reads the same through libyaml (used for speed) as through the pure-Python loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extractor.lang.vi import load

DATA = sorted((Path(__file__).resolve().parent.parent / "extractor" / "lang" / "vi").glob("*.yaml"))


@pytest.mark.parametrize("path", DATA, ids=[path.stem for path in DATA])
def test_libyaml_and_pure_python_loaders_agree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load(path.stem) == yaml.load(text, Loader=yaml.SafeLoader)
