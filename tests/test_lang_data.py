"""The language data reads the same through libyaml (used for speed) as through the pure-Python loader, and no file
names a word list twice (YAML keeps the last of two keys silently, so the first list would be lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extractor.lang.vi import load

LANG = Path(__file__).resolve().parent.parent / "extractor" / "lang" / "vi"
DATA = sorted(LANG.glob("*.yaml"))
ALL_DATA = sorted(LANG.rglob("*.yaml"))


class _KeysOnce(yaml.SafeLoader):
    """A loader that refuses a mapping with the same key twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        twice = sorted({str(key) for key in keys if keys.count(key) > 1})
        if twice:
            raise ValueError(f"keys given twice: {', '.join(twice)}")
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("path", DATA, ids=[path.stem for path in DATA])
def test_libyaml_and_pure_python_loaders_agree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load(path.stem) == yaml.load(text, Loader=yaml.SafeLoader)


@pytest.mark.parametrize("path", ALL_DATA, ids=[str(path.relative_to(LANG)) for path in ALL_DATA])
def test_no_word_list_is_named_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_KeysOnce)


def test_every_firm_word_is_skipped_before_the_firm_an_event_takes() -> None:
    """A lower-case word that makes foreign words a firm (``hãng hàng không A``) stands between a verb and the
    firm it acts on (``đóng cửa hãng hàng không A``), so the events' fillers must hold every one of them."""
    firm_words = {word.lower() for word in load("foreign_names")["firm_words"]}
    fillers = {word.lower() for word in load("events/arguments")["fillers"]}
    assert firm_words - fillers == set()
