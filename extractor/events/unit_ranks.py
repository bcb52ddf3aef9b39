"""The level of a local unit by the head its name opens with: commune, district, province."""

from __future__ import annotations

from extractor.lang.vi import load

__all__ = ["unit_rank"]

_RANKS = {"commune": 0, "district": 1, "province": 2}  # levels of admin_units.yaml, lowest first


def unit_rank(name: str, highest: bool = False) -> int | None:
    """The level of a unit by the head its name opens with (``phường`` 0, ``huyện`` 1, ``tỉnh`` 2; ``thành phố``
    is of two levels, ``highest`` says which to take), or None for a name without such a head."""
    low = name.lower()
    full = next((head for short, head in load("admin_units")["abbreviated_heads"].items()
                 if name.startswith(short) and len(name) > len(short)), None)
    ranks = [_RANKS[level] for level, heads in load("admin_units")["heads"].items()
             for head in heads if head == full or (full is None and low.startswith(f"{head} "))]
    if not ranks:
        return None
    return max(ranks) if highest else min(ranks)
