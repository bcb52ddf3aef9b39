"""The official 2025 map of local units, as underthesea ships it, indexed by name.

On 1 July 2025 Vietnam went from 63 provinces to 34 and abolished the district level;
communes and wards were merged within the new provinces. underthesea carries that
reorganisation as the data behind ``underthesea.convert_address`` (one record per old
commune: old province, district and commune, new province and commune). We read the
same file rather than calling ``convert_address`` name by name because that function
needs a province to start from and compares names without diacritics, so ``Tân Thành``
and ``Tấn Thành`` (two different names) would meet; an article's event usually names
the communes alone.

Names are compared folded: normalised text, lower case, only letters and digits, with
the head noun (``xã``, ``phường``, ``tỉnh`` ...) taken apart from the name.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import regex

from extractor.lang.vi import load
from extractor.recognize.unit_heads import expand_head
from extractor.text.normalize import normalize_text

__all__ = ["LocalUnit", "OfficialMap", "fold", "official_map", "parse_unit"]

_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def fold(name: str) -> str:
    """A name as compared: ``"Thới  Lai (TT.)"`` → ``"thới lai tt"``."""
    return " ".join(_WORDS.findall(normalize_text(name).casefold()))


@dataclass(frozen=True)
class LocalUnit:
    """A local unit named in an event: its level, head noun and folded name, and the province it is said to be in."""

    written: str
    level: str  # "commune" | "district" | "province"
    head: str
    name: str
    province: str | None = None  # folded province name given beside it ("xã A, tỉnh B")


@dataclass(frozen=True)
class Successor:
    """What the official map says one old unit became."""

    old: str  # "Xã Thới Tân, Huyện Thới Lai, Thành phố Cần Thơ"
    new_province: str  # display name of the new province
    new_unit: str  # display name of the new commune, or "" at province level
    key: tuple[str, str]  # (folded new province, folded new commune) identifies the new unit


class OfficialMap:
    """Old communes and provinces → their 2025 successors, and the set of 2025 units, by folded name."""

    def __init__(self, data: dict, version: str) -> None:
        self.version = version
        self.effective = data.get("metadata", {}).get("effective_date", "2025-07-01")
        self.old_provinces: dict[str, Successor] = {}
        self.new_provinces: dict[str, str] = {}
        for info in data["province_names"].values():
            self.new_provinces[_strip_head(fold(info["name"]))] = info["name"]
        for key, info in data["old_province_names"].items():
            new = data["province_names"][data["province_mapping"][key]]["name"]
            folded_new = _strip_head(fold(new))
            successor = Successor(info["name"], new, "", (folded_new, ""))
            self.old_provinces[_strip_head(fold(info["name"]))] = successor
        self.old_communes: dict[tuple[str, str], list[Successor]] = defaultdict(list)
        self.new_communes: dict[tuple[str, str], list[Successor]] = defaultdict(list)
        for row in data["ward_mapping"]:
            self._add_commune(row)

    def _add_commune(self, row: dict) -> None:
        province = _strip_head(fold(row["new_province"]))
        new_head, new_name = split_head(fold(row["new_ward"]), "commune")
        successor = Successor(
            ", ".join(part for part in (row["old_ward"], row["old_district"], row["old_province"]) if part),
            row["new_province"],
            row["new_ward"],
            (province, new_name),
        )
        if row["old_ward"]:
            head, name = split_head(fold(row["old_ward"]), "commune")
            if successor not in self.old_communes[(head, name)]:
                self.old_communes[(head, name)].append(successor)
        own = Successor(
            f"{row['new_ward']}, {row['new_province']}", row["new_province"], row["new_ward"], successor.key
        )
        if own not in self.new_communes[(new_head, new_name)]:
            self.new_communes[(new_head, new_name)].append(own)

    def province(self, name: str) -> str | None:
        """The folded name of a province-level unit, old or new, from any way it is written; else None."""
        folded = _strip_head(fold(name))
        aliases = _aliases()
        folded = aliases.get(folded, folded)
        if folded in self.old_provinces or folded in self.new_provinces:
            return folded
        return None

    def province_successor(self, name: str) -> Successor | None:
        """The 2025 province an old (or already new) province belongs to."""
        folded = self.province(name)
        if folded is None:
            return None
        if folded in self.old_provinces:
            return self.old_provinces[folded]
        display = self.new_provinces[folded]
        return Successor(display, display, "", (folded, ""))

    def in_province(self, successors: list[Successor], province: str | None) -> list[Successor]:
        """Keep the successors in ``province`` (old or new, folded) when it is given and any is there."""
        if province is None:
            return successors
        target = self.province_successor(province)
        kept = [s for s in successors if target is not None and s.key[0] == target.key[0]]
        return kept or successors


def split_head(folded: str, level: str) -> tuple[str, str]:
    """``"thị trấn thới lai"`` → ``("thị trấn", "thới lai")`` for the heads of ``level``; no head → ``("", folded)``."""
    for head in sorted(load("admin_units")["heads"][level], key=len, reverse=True):
        if folded.startswith(head + " "):
            return head, folded[len(head) + 1 :]
    return "", folded


def _strip_head(folded: str) -> str:
    return split_head(folded, "province")[1]


@functools.cache
def _aliases() -> dict[str, str]:
    return {fold(short): fold(long) for short, long in load("admin_units")["province_aliases"].items()}


def parse_unit(written: str, places: OfficialMap) -> LocalUnit | None:
    """The local unit a name denotes, or None when it is not one (a school, a department).

    >>> parse_unit("TT. Thới Lai", official_map()).head  # doctest: +SKIP
    'thị trấn'
    """
    parts = [part.strip() for part in regex.split(r"[,(;]", written) if part.strip(" )")]
    if not parts:
        return None
    province = next((p for p in (places.province(expand_head(part)) for part in parts[1:]) if p), None)
    folded = fold(expand_head(parts[0]))
    for level in ("commune", "province", "district"):
        head, name = split_head(folded, level)
        if not head or not name:
            continue
        if level == "province":
            name = places.province(name) or ""
            if not name:
                continue  # "thành phố Thủ Đức" is a city inside a province
        return LocalUnit(written, level, head, name, province)
    bare = places.province(folded)
    return LocalUnit(written, "province", "", bare, province) if bare else None


@functools.cache
def official_map() -> OfficialMap:
    """The map shipped with the installed underthesea (loaded once per process, about a second)."""
    import underthesea
    import underthesea.address

    path = Path(underthesea.address.__file__).parent / "data" / "mapping.json"
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return OfficialMap(data, getattr(underthesea, "__version__", "unknown"))
