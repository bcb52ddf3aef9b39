"""Every record for the seed and the dev corpus validates, and every span quotes the normalised text."""

from __future__ import annotations

from pathlib import Path

from extractor import extract
from extractor.schema import record_problems


def _quoted_spans(record: dict):
    """(span, quote) pairs the record claims; quote is None where only the bounds can be checked."""
    for fact in record["facts"]:
        yield fact["span"], fact["text"]
        if "sentence" in fact:
            yield fact["sentence"], None
    for org in record["organizations"]:
        for mention in org["mentions"]:
            yield mention, None
    for event in record["events"]:
        yield event["span"], None
        if "trigger_span" in event:
            yield event["trigger_span"], event.get("trigger")
        for party in [*event["participants"], event["result"], event.get("authority"), event.get("proposer")]:
            if party and party.get("span"):
                # a name may be rebuilt in full from a shared head, so only its bounds are checked
                yield party["span"], None


def _check(record: dict) -> None:
    assert record_problems(record) == []
    text = record["text"]
    for (start, end), quote in _quoted_spans(record):
        assert 0 <= start < end <= len(text)
        if quote is not None:
            assert text[start:end] == quote


def test_seed_record(seed_path: Path) -> None:
    record = extract(seed_path.read_text(encoding="utf-8"), doc_id=seed_path.stem, include_text=True)
    _check(record)


def test_dev_corpus_records(shared_dir: Path) -> None:
    files = sorted((shared_dir / "corpora" / "dev").glob("*.txt"))
    assert files
    for path in files:
        record = extract(path.read_text(encoding="utf-8"), doc_id=path.stem, include_text=True)
        assert "error" not in record, path.name
        _check(record)
