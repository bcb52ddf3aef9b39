"""``extractor eval``: the same numbers as the referee scorer, on the dev corpus and on tiny tables."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from extractor.evaluation import evaluate, load_records
from extractor.evaluation.command import eval_command
from extractor.evaluation.compare import normalize_for_match, same_name, unit_accepted

REFEREE_KEYS = ("value", "value_unit", "events", "change_accuracy", "event_participants_f1",
                "event_result_accuracy", "metadata_accuracy", "docs", "docs_missing")


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _referee(shared: Path, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _predictions(shared_dir: Path, corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`extractor extract` over one shared corpus, as the acceptance checks run it."""
    files = sorted(str(p) for p in (shared_dir / "corpora" / corpus).glob("*.txt"))
    out = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", *files],
                         capture_output=True, text=True, check=True)
    path = tmp_path_factory.mktemp(corpus) / "pred.jsonl"
    path.write_text(out.stdout, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dev_predictions(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _predictions(shared_dir, "dev", tmp_path_factory)


@pytest.fixture(scope="module")
def sector_predictions(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sectors corpus, whose gold is partly events-only (``"facts": null``)."""
    return _predictions(shared_dir, "sectors", tmp_path_factory)


@pytest.mark.parametrize(("corpus", "predictions"), [("dev", "dev_predictions"), ("sectors", "sector_predictions")])
def test_same_numbers_as_referee(shared_dir: Path, corpus: str, predictions: str,
                                 request: pytest.FixtureRequest) -> None:
    """The dev gold, and the sectors gold whose events-only articles must be read as the referee reads them."""
    gold = shared_dir / "eval" / "gold" / f"{corpus}.jsonl"
    predicted = request.getfixturevalue(predictions)
    ours = evaluate(load_records(gold), load_records(predicted)).totals
    assert {k: ours[k] for k in REFEREE_KEYS} == _referee(shared_dir, gold, predicted)


def test_facts_of_events_only_gold_are_not_scored() -> None:
    gold = {"d": {"doc_id": "d", "metadata": {}, "facts": None,
                  "events": [{"type": "dissolve", "participants": ["Trường A"], "result": None, "count": None}]}}
    pred = {"d": {"doc_id": "d", "facts": [{"value": 3, "unit": "trường", "unit_text": "trường"}],
                  "events": [{"type": "dissolve", "participants": [{"name": "Trường A"}], "result": None,
                              "count": None}]}}
    totals = evaluate(gold, pred).totals
    assert totals["events"]["f1"] == 1.0
    assert totals["value_unit"]["pred"] == 0 and totals["value_unit"]["gold"] == 0


def test_same_headline_as_referee_on_dev(shared_dir: Path, dev_predictions: Path) -> None:
    gold = shared_dir / "eval" / "gold" / "dev.jsonl"
    referee = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), str(gold),
                              str(dev_predictions)], capture_output=True, text=True, check=True)
    app = typer.Typer()
    app.command()(eval_command)
    result = CliRunner().invoke(app, [str(gold), str(dev_predictions)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == referee.stdout.strip().splitlines()[-1]


# Tiny hand-made cases: (gold facts, predicted facts, value tp, value+unit tp, change accuracy)
FACT_CASES = [
    pytest.param([{"value": 74, "unit": ["thủ tục hành chính", "TTHC"], "change": None}],
                 [{"value": 74, "unit": "thủ tục hành chính", "unit_text": "TTHC", "change": None}],
                 1, 1, 1.0, id="unit and abbreviation"),
    pytest.param([{"value": 1234, "unit": ["hồ sơ"], "change": "increase"}],
                 [{"value": 1234.0, "unit": "hồ sơ", "change": {"direction": "decrease", "type": "by"}}],
                 1, 1, 0.0, id="wrong change direction"),
    pytest.param([{"value": 15000000000, "unit": ["VND", "đồng"], "change": None}],
                 [{"value": 15000000000, "unit": "ngày", "unit_text": "ngày", "change": None}],
                 1, 0, None, id="value right, unit wrong"),
    pytest.param([{"value": 2.5, "unit": ["percent", "%"], "change": None}],
                 [{"value": 25, "unit": "percent", "change": None}],
                 0, 0, None, id="value wrong"),
    pytest.param([{"value": 3, "unit": ["trường"], "change": None}, {"value": 3, "unit": ["ngày"], "change": None}],
                 [{"value": 3, "unit": "ngày", "change": None}, {"value": 3, "unit": "trường", "change": None}],
                 2, 2, 1.0, id="same value, units decide the pairing"),
]


@pytest.mark.parametrize(("gold_facts", "pred_facts", "value_tp", "unit_tp", "change_acc"), FACT_CASES)
def test_fact_matching(gold_facts, pred_facts, value_tp, unit_tp, change_acc) -> None:
    totals = evaluate({"a": {"facts": gold_facts}}, {"a": {"doc_id": "a", "facts": pred_facts}}).totals
    assert totals["value"]["tp"] == value_tp
    assert totals["value_unit"]["tp"] == unit_tp
    assert totals["change_accuracy"] == change_acc


def _event(type_, participants=(), result=None, count=None):
    return {"type": type_, "participants": [{"name": p} for p in participants],
            "result": {"name": result} if result else None, "count": count}


# (gold event, predicted event, matched?, participants F1, result right?)
EVENT_CASES = [
    pytest.param({"type": "merge", "participants": ["Trường A Hòa", "Trường B"], "result": "Trường C", "count": None},
                 _event("merge", ["trường A Hoà", "Trường B"], "Trường C"), True, 1.0, True,
                 id="names compared folded"),
    pytest.param({"type": "merge", "participants": ["Trường A", "Trường B"], "result": "Trường C", "count": None},
                 _event("merge", ["Trường A"], None), True, 0.6667, False, id="half the participants"),
    pytest.param({"type": "merge", "participants": ["Trường A", "Trường B"], "result": None, "count": None},
                 _event("rename", ["Trường A", "Trường B"]), False, None, None, id="type differs"),
    pytest.param({"type": "merge", "participants": [], "result": None, "count": 9},
                 _event("merge", count=9), True, 1.0, True, id="counted merge"),
    pytest.param({"type": "establish", "participants": [], "result": "Trung tâm Phục vụ hành chính công",
                  "count": None},
                 _event("establish", result="Trung tâm phục vụ hành chính công"), True, 1.0, True,
                 id="establish matched on result"),
]


@pytest.mark.parametrize(("gold_event", "pred_event", "matched", "part_f1", "result_ok"), EVENT_CASES)
def test_event_matching(gold_event, pred_event, matched, part_f1, result_ok) -> None:
    totals = evaluate({"a": {"events": [gold_event]}}, {"a": {"doc_id": "a", "events": [pred_event]}}).totals
    assert totals["events"]["tp"] == int(matched)
    assert totals["event_participants_f1"] == part_f1
    assert totals["event_result_accuracy"] == (None if result_ok is None else float(result_ok))


def test_missing_and_error_records_count_as_empty() -> None:
    gold = {"a": {"facts": [{"value": 1, "unit": ["x"]}]}, "b": {"facts": []}}
    pred = {"a": {"doc_id": "a", "error": {"kind": "empty", "message": "no text"}}}
    evaluation = evaluate(gold, pred)
    assert evaluation.totals["docs_missing"] == 2
    assert evaluation.totals["value"] == {"tp": 0, "pred": 0, "gold": 1, "p": 0.0, "r": 0.0, "f1": 0.0}
    assert [row["missing"] for row in evaluation.articles] == [True, True]


def test_metadata_only_where_gold_states_it() -> None:
    gold = {"a": {"metadata": {"published_at": "2024-03-13T08:30:00+07:00", "authors": [{"name": "Vi Thị Hằng"}]}}}
    pred = {"a": {"doc_id": "a", "metadata": {"published_at": "2024-03-13T01:30:00+00:00", "title": "x",
                                               "authors": [{"name": "Vi Thị Hằng", "role": None}]}}}
    assert evaluate(gold, pred).totals["metadata_accuracy"] == {"published_at": 1.0, "title": None, "authors": 1.0}


def test_errors_list_misses_extras_and_wrong_changes() -> None:
    gold = {"a": {"facts": [{"value": 5, "unit": ["ngày"], "change": "decrease", "quote": "giảm 5 ngày"},
                            {"value": 7, "unit": ["xã"], "change": None, "quote": "7 xã"}],
                  "events": [{"type": "dissolve", "participants": ["Đội A"], "result": None, "count": None}]}}
    pred = {"a": {"doc_id": "a", "facts": [{"value": 5, "unit": "ngày", "change": None, "text": "5 ngày"},
                                           {"value": 8, "unit": "xã", "change": None, "text": "8 xã"}],
                  "events": []}}
    kinds = sorted((row["item"], row["kind"]) for row in evaluate(gold, pred).errors)
    assert kinds == [("event", "missed"), ("fact", "extra"), ("fact", "missed"), ("fact", "wrong_change")]


@pytest.mark.parametrize(("a", "b"), [("Hoà Bình", "hòa  bình"), ("THUỶ", "thủy"), ("A – B", "a - b")])
def test_normalisation_folds_spelling_variants(a: str, b: str) -> None:
    assert normalize_for_match(a) == normalize_for_match(b)
    assert same_name(a, b)


def test_unit_accepted_from_unit_text() -> None:
    assert unit_accepted({"unit": ["thủ tục hành chính", "TTHC"]}, {"unit": "thủ tục", "unit_text": "TTHC"})
    assert not unit_accepted({"unit": "hồ sơ"}, {"unit": None, "unit_text": None})


def test_command_json_and_errors(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"doc_id": "a", "facts": [{"value": 2, "unit": ["xã"]}]}])
    pred = _write_jsonl(tmp_path / "pred.jsonl", [{"doc_id": "a", "facts": [{"value": 3, "unit": "xã"}]}])
    app = typer.Typer()
    app.command()(eval_command)
    result = CliRunner().invoke(app, [str(gold), str(pred), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["value_unit"]["f1"] == 0.0
    assert {row["kind"] for row in report["errors"]} == {"missed", "extra"}


def test_command_run_extracts_inputs(tmp_path: Path) -> None:
    article = tmp_path / "x1.txt"
    article.write_text("Tỉnh Lâm Giang sáp nhập Trường Mầm non Hoa Sen vào Trường Mầm non Bình Minh.\n",
                       encoding="utf-8")
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"doc_id": "x1", "facts": [], "events": []}])
    app = typer.Typer()
    app.command()(eval_command)
    result = CliRunner().invoke(app, [str(gold), "--run", str(article), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["docs_missing"] == 0


@pytest.mark.parametrize(("args", "message"), [([], "prediction file"), (["p1", "p2"], "give one")])
def test_command_rejects_bad_arguments(tmp_path: Path, args: list[str], message: str) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", [])
    app = typer.Typer()
    app.command()(eval_command)
    result = CliRunner().invoke(app, [str(gold), *args])
    assert result.exit_code != 0
    assert message in result.output


def test_command_reports_unreadable_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    app = typer.Typer()
    app.command()(eval_command)
    result = CliRunner().invoke(app, [str(gold), str(gold)])
    assert result.exit_code == 2
    assert "gold.jsonl:1: not JSON" in result.output
