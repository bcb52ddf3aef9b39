"""Vietnamese language knowledge: YAML files a linguist can edit, and one loader.

Every rule module reads its word lists through :func:`load` so that the lists
stay in data files (``numbers.yaml``, ``units.yaml``, ``abbreviations.yaml``,
``org_heads.yaml``, ``events/*.yaml``, ...) rather than in Python code.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

import regex
import yaml

__all__ = ["EVENT_FILES", "alternation", "event_lexicon", "load", "province_names"]

# The event knowledge, one file per stage: trigger words, argument frames, argument lists, status.
EVENT_FILES = ("events/triggers", "events/frames", "events/arguments", "events/status")

# libyaml's loader reads the same YAML about ten times faster than the pure-Python one, which took
# a third of a second of every start; the pure-Python loader stands in where libyaml is missing.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name: str) -> Any:
    """Return the parsed content of ``extractor/lang/vi/<name>.yaml``.

    Cached, so every caller shares one parsed copy; callers must not mutate it.
    """
    resource = resources.files(__name__).joinpath(f"{name}.yaml")
    if not resource.is_file():
        raise FileNotFoundError(f"no Vietnamese language data file named {name!r}.yaml")
    with resource.open("r", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first so that ``cắt giảm`` wins over ``giảm``."""
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


@functools.cache
def event_lexicon() -> dict[str, Any]:
    """Every word list of ``events/*.yaml`` by its key; a frame of ``frames.yaml`` gives its ``words``.

    The files split the knowledge by stage for the people who edit it; the rules look words up by key
    alone, so a key must be defined in one file only.
    """
    merged: dict[str, Any] = {}
    for name in EVENT_FILES:
        for key, value in load(name).items():
            if key in merged:
                raise ValueError(f"event word list {key!r} is defined twice (again in {name}.yaml)")
            merged[key] = value["words"] if isinstance(value, dict) and "words" in value else value
    return merged


def province_names() -> list[str]:
    """Every way ``places.yaml`` writes a province: the units after and before 2025, the former ones, and aliases."""
    data = load("places")
    return [*data["provinces_after_2025"], *data["provinces_before_2025"], *data["provinces_former"], *data["aliases"]]
