"""Counts the phenomena of corpora/own from its texts and gold, for the dataset card.

    python corpora/phenomena.py            # print the Markdown table
    python corpora/phenomena.py --check    # exit 1 if corpora/README.md holds a different table

What counts as each phenomenon is data (corpora/phenomena.yaml); the table in
README.md is this script's output, and tests/test_own_corpus.py keeps the two in sync.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import regex
import yaml

HERE = Path(__file__).resolve().parent
OWN = HERE / "own"
BEGIN, END = "<!-- phenomena:begin -->", "<!-- phenomena:end -->"


def _articles(folder: Path) -> Iterator[tuple[str, dict]]:
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            yield (folder / f"{gold['doc_id']}.txt").read_text(encoding="utf-8"), gold


def _search(pattern: str | None, text: str) -> bool:
    return pattern is None or regex.search(pattern, text, regex.IGNORECASE | regex.MULTILINE) is not None


def _fact_hits(rule: dict, fact: dict) -> bool:
    units = [fact["unit"]] if isinstance(fact["unit"], str) else fact["unit"]
    return (
        _search(rule.get("quote"), fact["quote"])
        and ("unit" not in rule or any(regex.search(rule["unit"], u) for u in units))
        and ("change" not in rule or fact.get("change") == rule["change"])
        and (not rule.get("no_digit") or not regex.search(r"\d", fact["quote"]))
    )


def _event_hits(rule: dict, event: dict) -> bool:
    return (
        event["type"] == rule["type"]
        and _search(rule.get("quote"), event.get("quote", ""))
        and (not rule.get("counted") or (event.get("count") is not None and not event["participants"]))
    )


def count(folder: Path = OWN, rules_path: Path = HERE / "phenomena.yaml") -> list[dict]:
    """One row per phenomenon: group, name, items found, articles holding at least one."""
    rules = yaml.safe_load(rules_path.read_text(encoding="utf-8"))
    rows = {(r["group"], r["name"]): {"group": r["group"], "name": r["name"], "items": 0, "articles": 0}
            for kind in ("facts", "events", "text", "metadata") for r in rules[kind]}
    for text, gold in _articles(folder):
        found: dict[tuple[str, str], int] = dict.fromkeys(rows, 0)
        for rule in rules["facts"]:
            found[rule["group"], rule["name"]] += sum(_fact_hits(rule, f) for f in gold["facts"])
        for rule in rules["events"]:
            found[rule["group"], rule["name"]] += sum(_event_hits(rule, e) for e in gold["events"])
        for rule in rules["text"]:
            found[rule["group"], rule["name"]] += len(regex.findall(rule["pattern"], text, regex.MULTILINE))
        for rule in rules["metadata"]:
            found[rule["group"], rule["name"]] += int(rule["field"] in gold.get("metadata", {}))
        for key, n in found.items():
            rows[key]["items"] += n
            rows[key]["articles"] += n > 0
    return list(rows.values())


def totals(folder: Path = OWN) -> dict[str, int]:
    """Size of the corpus: articles, whitespace-separated words, gold facts and events."""
    articles = list(_articles(folder))
    return {"articles": len(articles), "facts": sum(len(g["facts"]) for _, g in articles),
            "events": sum(len(g["events"]) for _, g in articles),
            "words": sum(len(t.split()) for t, _ in articles)}


def table(folder: Path = OWN) -> str:
    """The Markdown block that README.md carries between the phenomena markers."""
    t = totals(folder)
    lines = [BEGIN,
             f"{t['articles']} articles, {t['words']} words, {t['facts']} gold facts, {t['events']} gold events.",
             "", "| group | phenomenon | items | articles |", "|---|---|---:|---:|"]
    lines += [f"| {r['group']} | {r['name']} | {r['items']} | {r['articles']} |" for r in count(folder)]
    return "\n".join([*lines, END])


def readme_table(readme: Path = HERE / "README.md") -> str:
    """The phenomena block currently in the dataset card."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end]


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if readme_table() == table() else "corpora/README.md is out of date: run corpora/phenomena.py")
    print(table())
