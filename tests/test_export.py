"""Exports round-trip: each format reads back with its own tools and gives the spans we wrote."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import typer
from spacy.tokens import DocBin
from typer.testing import CliRunner

from extractor import extract
from extractor.export import FORMATS, ExportError, export
from extractor.export.command import export_command
from extractor.text.spacy_doc import make_nlp

TEXT = (
    "Huyện Khe Mơ tinh gọn bộ máy\n\n"
    "Năm 2024, UBND huyện Khe Mơ giải quyết 1.245 hồ sơ, tăng 312 hồ sơ so với cùng kỳ. "
    "Phòng Nội vụ huyện Khe Mơ đã cắt giảm 15 ngày giải quyết.\n\n"
    "Huyện tiết kiệm 2,5 tỷ đồng."
)
# (quote, value, unit, change direction)
FACTS = [("1.245 hồ sơ", 1245, "hồ sơ", None), ("312 hồ sơ", 312, "hồ sơ", "increase"),
         ("15 ngày", 15, "ngày", "decrease"), ("2,5 tỷ đồng", 2500000000, "VND", None)]
ORGS = ["UBND huyện Khe Mơ", "Phòng Nội vụ huyện Khe Mơ"]


def _record(doc_id: str = "k1", with_text: bool = True) -> dict:
    facts = []
    for number, (quote, value, unit, direction) in enumerate(FACTS, 1):
        start = TEXT.index(quote)
        facts.append({"id": f"f{number}", "value": value, "unit": unit, "unit_text": unit, "quantity_kind": "count",
                      "change": {"direction": direction, "type": "by", "compared_to": None} if direction else None,
                      "span": [start, start + len(quote)], "text": quote})
    orgs = [{"id": f"o{i}", "name": name, "kind": None, "aliases": [],
             "mentions": [[TEXT.index(name), TEXT.index(name) + len(name)]]} for i, name in enumerate(ORGS, 1)]
    record = {"doc_id": doc_id, "metadata": {"title": "Huyện Khe Mơ tinh gọn bộ máy", "authors": []},
              "facts": facts, "organizations": orgs,
              "events": [{"id": "e1", "type": "dissolve", "result": None, "count": None, "trigger": "giải thể",
                          "participants": [{"name": "Đội A", "org": None, "span": None}], "span": [0, 5]}]}
    if with_text:
        record["text"] = TEXT
    return record


def _records_file(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def records_path(tmp_path: Path) -> Path:
    error = {"doc_id": "bad", "error": {"kind": "empty", "message": "the article has no text"}}
    return _records_file(tmp_path, [_record(), error])


def test_spacy_docbin_round_trip(records_path: Path, tmp_path: Path) -> None:
    (path,) = export(records_path, "spacy", tmp_path / "out")
    docs = list(DocBin().from_disk(path).get_docs(make_nlp().vocab))
    assert len(docs) == 1  # the error record has no text to export
    doc = docs[0]
    assert doc.text == TEXT
    assert [span.text for span in doc.spans["facts"]] == [quote for quote, *_ in FACTS]
    assert {span.label_ for span in doc.spans["facts"]} == {"FACT"}
    assert [(ent.text, ent.label_) for ent in doc.ents] == [(name, "ORG") for name in ORGS]
    assert doc.user_data["doc_id"] == "k1"
    assert [f["value"] for f in doc.user_data["facts"]] == [value for _, value, *_ in FACTS]


def _parse_conllu(text: str) -> list[dict]:
    """A small CoNLL-U reader: comments and 10-column token lines per blank-line-separated block."""
    sentences = []
    for block in text.strip("\n").split("\n\n"):
        comments, tokens = {}, []
        for line in block.split("\n"):
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                comments[key.strip()] = value.strip()
                continue
            columns = line.split("\t")
            assert len(columns) == 10, line
            assert columns[0] == str(len(tokens) + 1)
            misc = dict(item.split("=", 1) for item in columns[9].split("|"))
            tokens.append({"form": columns[1], "misc": misc})
        sentences.append({"comments": comments, "tokens": tokens})
    return sentences


def _bio_spans(tokens: list[dict], key: str) -> list[str]:
    spans, current = [], None
    for token in tokens:
        tag = token["misc"][key]
        space = "" if token["misc"].get("SpaceAfter") == "No" else " "
        if tag.startswith("B-"):
            current = [token["form"], space]
            spans.append(current)
        elif tag.startswith("I-") and current is not None:
            current[0] += current[1] + token["form"]
            current[1] = space
        else:
            current = None
    return [text for text, _ in spans]


def test_conllu_round_trip(records_path: Path, tmp_path: Path) -> None:
    (path,) = export(records_path, "conllu", tmp_path / "out")
    sentences = _parse_conllu(path.read_text(encoding="utf-8"))
    assert sentences[0]["comments"]["doc_id"] == "k1"
    for sentence in sentences:
        rebuilt = "".join(t["form"] + ("" if t["misc"].get("SpaceAfter") == "No" else " ")
                          for t in sentence["tokens"]).strip()
        assert rebuilt == sentence["comments"]["text"]
        offset = int(sentence["comments"]["char_offset"])
        assert TEXT[offset:offset + len(rebuilt)] == rebuilt
    facts = [span for s in sentences for span in _bio_spans(s["tokens"], "Fact")]
    orgs = [span for s in sentences for span in _bio_spans(s["tokens"], "Org")]
    assert facts == [quote for quote, *_ in FACTS]
    assert orgs == ORGS


def test_sentence_examples_round_trip(records_path: Path, tmp_path: Path) -> None:
    (path,) = export(records_path, "jsonl", tmp_path / "out")
    examples = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(set(example) == {"text", "spans", "meta"} for example in examples)
    found = [(example["text"][s["start"]:s["end"]], s["label"]) for example in examples for s in example["spans"]]
    expected = [(q, "FACT") for q, *_ in FACTS] + [(name, "ORG") for name in ORGS]
    expected.sort(key=lambda pair: TEXT.index(pair[0]))
    assert found == expected
    for example in examples:
        start, end = example["meta"]["sentence"]
        assert TEXT[start:end] == example["text"]


def test_parquet_round_trip(records_path: Path, tmp_path: Path) -> None:
    paths = export(records_path, "parquet", tmp_path / "out")
    tables = {p.stem: pq.read_table(p) for p in paths}
    assert set(tables) == {"articles", "facts", "events", "organizations"}
    facts = tables["facts"].to_pylist()
    assert [(row["text"], row["value"], row["unit"], row["change_direction"]) for row in facts] == FACTS
    assert all(TEXT[row["start"]:row["end"]] == row["text"] for row in facts)
    articles = tables["articles"].to_pylist()
    assert [(a["doc_id"], a["error_kind"], a["facts"]) for a in articles] == [("k1", None, 4), ("bad", "empty", 0)]
    assert tables["events"].to_pylist()[0]["participants"] == "Đội A"


def test_csv_round_trip(records_path: Path, tmp_path: Path) -> None:
    paths = {p.stem: p for p in export(records_path, "csv", tmp_path / "out")}
    with paths["facts"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["text"], float(row["value"])) for row in rows] == [(q, float(v)) for q, v, *_ in FACTS]
    with paths["organizations"].open(encoding="utf-8", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ORGS


def test_empty_tables_keep_their_columns(tmp_path: Path) -> None:
    path = _records_file(tmp_path, [{"doc_id": "bad", "error": {"kind": "empty", "message": "x"}}])
    tables = {p.stem: pq.read_table(p) for p in export(path, "parquet", tmp_path / "out")}
    assert tables["facts"].num_rows == 0
    assert "value" in tables["facts"].column_names


@pytest.mark.parametrize("fmt", ["spacy", "conllu", "jsonl"])
def test_text_formats_need_include_text(tmp_path: Path, fmt: str) -> None:
    path = _records_file(tmp_path, [_record(with_text=False)])
    with pytest.raises(ExportError, match="--include-text"):
        export(path, fmt, tmp_path / "out")


def test_unknown_format_is_refused(records_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="choose one of"):
        export(records_path, "xlsx", tmp_path / "out")


def test_real_record_spans_cover_fact_quotes(seed_text: str, tmp_path: Path) -> None:
    """On real extractor output every exported fact span contains the fact's quote (spans only widen)."""
    record = extract(seed_text, doc_id="seed", include_text=True)
    path = _records_file(tmp_path, [record])
    (docbin,) = export(path, "spacy", tmp_path / "out")
    (doc,) = DocBin().from_disk(docbin).get_docs(make_nlp().vocab)
    assert len(doc.spans["facts"]) == len(record["facts"])
    for span, fact in zip(doc.spans["facts"], sorted(record["facts"], key=lambda f: f["span"])):
        assert fact["text"] in span.text


def test_command(records_path: Path, tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(export_command)
    runner = CliRunner()
    for fmt in FORMATS:
        result = runner.invoke(app, [str(records_path), "--to", fmt, str(tmp_path / fmt)])
        assert result.exit_code == 0, result.output
        assert all(Path(line).is_file() for line in result.output.split())
    result = runner.invoke(app, [str(records_path), "--to", "xlsx", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "unknown export format" in result.output
