"""Does a reported merger, establishment or rename of local units agree with the official 2025 map?

An event whose participants or result are communes, wards, towns, districts or provinces
is compared with the map underthesea ships (:mod:`extractor.check.official_map`):

- ``consistent``: every unit that goes in is in the map, some 2025 unit takes them all in,
  and the result (when the article names one) is that unit, by its 2025 name or by the name
  of one of the old units folded into it;
- ``inconsistent``: the map sends the units that go in to different 2025 units, or to one
  that is not the result the article names; ``official`` says where the map sends each;
- ``not_covered``: a unit the map does not know, the district level (abolished in 2025, so
  the map lists no successors for districts), or an article published before 2025, which
  reports an earlier round of mergers than the one the map records.

A name shared by several communes (there are many ``xã Tân Lập``) is read in every way the
map allows: the event is consistent when one reading makes it so. The verdict goes into the
record only when asked for (``extractor extract --official-check``), as ``official_check``.
"""

from __future__ import annotations

from typing import Any

from extractor.check.official_map import LocalUnit, OfficialMap, Successor, official_map, parse_unit
from extractor.lang.vi import load

__all__ = ["CHECKED_TYPES", "add_official_checks", "official_verdict"]

CHECKED_TYPES = ("merge", "establish", "rename")
_FIRST_YEAR = "2025"
_SHOWN = 4


def add_official_checks(record: dict[str, Any], places: OfficialMap | None = None) -> dict[str, Any]:
    """Put ``official_check`` into every local-unit event of ``record`` (in place) and return the record."""
    published = (record.get("metadata") or {}).get("published_at")
    for event in record.get("events") or ():
        verdict = official_verdict(event, published_at=published, places=places)
        if verdict is not None:
            event["official_check"] = verdict
    return record


def official_verdict(
    event: dict[str, Any], *, published_at: str | None = None, places: OfficialMap | None = None
) -> dict[str, Any] | None:
    """The verdict on one event, or None when it is not about local units.

    >>> official_verdict({"type": "merge", "participants": [{"name": "xã Thới Tân"}, {"name": "xã Trường Thắng"}],
    ...                   "result": {"name": "xã Thới Lai"}})["verdict"]  # doctest: +SKIP
    'consistent'
    """
    if event.get("type") not in CHECKED_TYPES:
        return None
    places = places or official_map()
    parts = [parse_unit(p["name"], places) for p in event.get("participants") or ()]
    result = parse_unit(event["result"]["name"], places) if event.get("result") else None
    units = [u for u in (*parts, result) if u is not None]
    if not units:
        return None
    level = min((u.level for u in units), key=("commune", "district", "province").index)
    if published_at and published_at[:4] < _FIRST_YEAR:
        return _verdict(
            "not_covered",
            level,
            f"published before {_FIRST_YEAR}, earlier than the reorganisation the map records ({places.effective})",
            places,
        )
    if any(u.level == "district" for u in units):
        return _verdict(
            "not_covered",
            "district",
            "the 2025 reorganisation abolished districts; the map lists no successor for a district",
            places,
        )
    names = [p["name"] for p in event.get("participants") or ()]
    head = next((u.head for u in parts if u is not None and u.level == "commune"), None)
    if head is not None:
        # "sáp nhập phường A, B và C": a name in a list of communes takes the head of the list.
        parts = [unit or parse_unit(f"{head} {name}", places) for name, unit in zip(names, parts, strict=True)]
    return _judge(list(zip(names, parts, strict=True)), result, level, places)


def _successors(unit: LocalUnit, places: OfficialMap) -> list[Successor]:
    if unit.level == "province":
        found = places.province_successor(unit.name)
        return [found] if found else []
    return places.in_province(places.old_communes.get((unit.head, unit.name), []), unit.province)


def _result_keys(unit: LocalUnit, places: OfficialMap) -> set[tuple[str, str]]:
    """The 2025 units a result may denote: those of that name (an old name that the map replaced is not one)."""
    if unit.level == "province":
        return {(unit.name, "")} if unit.name in places.new_provinces else set()
    new = places.in_province(places.new_communes.get((unit.head, unit.name), []), unit.province)
    units = load("admin_units")
    if not new and unit.head in ("", *units["heads_gone_in_2025"]):  # a town became a commune of its name
        new = [s for head in units["heads"]["commune"] for s in places.new_communes.get((head, unit.name), [])]
    return {s.key for s in new}


def _judge(
    named: list[tuple[str, LocalUnit | None]], result: LocalUnit | None, level: str, places: OfficialMap
) -> dict[str, Any]:
    missing = [name for name, unit in named if unit is None or not _successors(unit, places)]
    found = [
        (name, unit, _successors(unit, places)) for name, unit in named if unit is not None and name not in missing
    ]
    if len({unit.level for _n, unit, _s in found} | ({result.level} if result else set())) > 1:
        # Units of different levels (a commune merged "into" a province) can only agree on the province.
        found = [(name, unit, [_province_only(s) for s in successors]) for name, unit, successors in found]
        if result is not None and result.level != "province":
            result = LocalUnit(result.written, "province", "", result.province) if result.province else None
    if not named:
        return _judge_new_unit(result, level, places)
    if len(found) > 1 and all(key[1] for _n, _u, successors in found for key in {s.key for s in successors}):
        # Communes merge within a province: read each name only where all of them are. Names that share no
        # province, some with several readings, are more likely units of an earlier round than a contradiction.
        shared = set.intersection(*({s.key[0] for s in successors} for _n, _u, successors in found))
        if not shared and any(len(successors) > 1 for _n, _u, successors in found):
            official = [_official(name, successors) for name, _unit, successors in found]
            note = "no province of the map has all these units (an earlier reorganisation?)"
            return _verdict("not_covered", level, note, places, official)
        found = [(n, u, [s for s in successors if s.key[0] in shared] or successors) for n, u, successors in found]
    official = [_official(name, successors) for name, _unit, successors in found]
    common = set.intersection(*({s.key for s in successors} for _n, _u, successors in found)) if found else set()
    if found and not common:
        return _verdict("inconsistent", level, "the map sends these units to different 2025 units", places, official)
    if missing:
        return _verdict("not_covered", level, "not in the map: " + "; ".join(missing), places, official)
    if result is None and len(found) < 2:
        return _verdict("not_covered", level, "one unit and no result: nothing to compare", places, official)
    if result is None:
        return _verdict("consistent", level, "the map puts them into one 2025 unit", places, official)
    wanted = _result_keys(result, places)
    if common & wanted:
        kept = [_official(name, [s for s in successors if s.key in wanted]) for name, _u, successors in found]
        return _verdict("consistent", level, f"the map puts them into {result.written}", places, kept)
    into = sorted({s.new_unit or s.new_province for _n, _u, successors in found for s in successors if s.key in common})
    message = f"the map puts them into {', '.join(into[:_SHOWN])}, not {result.written}"
    return _verdict("inconsistent", level, message, places, official)


def _province_only(successor: Successor) -> Successor:
    return Successor(successor.old, successor.new_province, "", (successor.key[0], ""))


def _judge_new_unit(result: LocalUnit | None, level: str, places: OfficialMap) -> dict[str, Any]:
    """An establishment (or rename) with no old unit named: the result should be a unit of the 2025 map."""
    if result is None:
        return _verdict("not_covered", level, "no unit named", places)
    if result.level == "province":
        if result.name in places.new_provinces:
            shown = places.new_provinces[result.name]
            return _verdict("consistent", level, f"{shown} is a province-level unit of the 2025 map", places)
        return _verdict("not_covered", level, f"{result.written} is not a province-level unit of the 2025 map", places)
    new = places.in_province(places.new_communes.get((result.head, result.name), []), result.province)
    if new:
        where = ", ".join(sorted({s.new_province for s in new})[:_SHOWN])
        return _verdict("consistent", level, f"the 2025 map has {new[0].new_unit} ({where})", places)
    return _verdict("not_covered", level, f"{result.written} is not a unit of the 2025 map", places)


def _official(name: str, successors: list[Successor]) -> dict[str, Any]:
    becomes = sorted({", ".join(p for p in (s.new_unit, s.new_province) if p) for s in successors})
    return {"name": name, "becomes": becomes[:_SHOWN], "readings": len(successors)}


def _verdict(
    verdict: str, level: str, note: str, places: OfficialMap, official: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "verdict": verdict,
        "level": level,
        "note": note,
        "official": official or [],
        "source": f"underthesea {places.version} address map, in force {places.effective}",
    }
