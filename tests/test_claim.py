"""Claim lookup: a quoted figure against an article's facts (supported / contradicted / not mentioned),
the quote that shows it, and the ``extractor check`` command on the seed article.

The table's articles and claims are records built here, so the verdict logic is tested apart from
the extractor; the last tests run the whole chain.
"""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from extractor.check import check_claim
from extractor.check.command import check
from extractor.check.report import print_report

DECREASE = {"direction": "decrease", "type": "by", "compared_to": None}
INCREASE = {"direction": "increase", "type": "by", "compared_to": None}
DECREASE_TO = {"direction": "decrease", "type": "to", "compared_to": None}

ARTICLE = (
    "Trong năm, Sở đã rà soát 189 TTHC; thực hiện cắt giảm 603 ngày giải quyết; tiếp nhận 739 hồ sơ, "
    "tăng 319 hồ sơ so với cùng kỳ. Tỷ lệ hồ sơ đúng hạn đạt 98%."
)


def fact(number: int, written: str, value: float, unit: str, change: dict | None = None, **fields: Any) -> dict:
    start = ARTICLE.index(written) if written in ARTICLE else 0
    sentence_end = ARTICLE.find(".", start) + 1
    sentence_start = ARTICLE.rfind(". ", 0, start) + 2 if ". " in ARTICLE[:start] else 0
    return {
        "id": f"f{number}",
        "value": value,
        "value_max": None,
        "approx": fields.pop("approx", "exact"),
        "unit": unit,
        "unit_text": unit,
        "quantity_kind": "percent" if unit == "percent" else "count",
        "measure": None,
        "change": change,
        "span": [start, start + len(written)],
        "text": written,
        "sentence": [sentence_start, sentence_end],
        "subject": None,
        "period": None,
        "part_of": None,
        "baseline": None,
        **fields,
    }


RECORD = {
    "doc_id": "article",
    "text": ARTICLE,
    "organizations": [],
    "facts": [
        fact(1, "189 TTHC", 189, "thủ tục hành chính"),
        fact(2, "603 ngày", 603, "ngày", DECREASE),
        fact(3, "739 hồ sơ", 739, "hồ sơ"),
        fact(4, "319 hồ sơ", 319, "hồ sơ", INCREASE),
        fact(5, "98%", 98, "percent"),
    ],
}


def claim_of(*facts: dict) -> dict:
    return {"facts": list(facts), "organizations": []}


# (claim, its facts as the extractor would give them, verdict, id of the article's fact that decides)
CLAIMS = [
    ("cắt giảm 603 ngày", [fact(1, "603 ngày", 603, "ngày", DECREASE)], "supported", "f2"),
    ("cắt giảm 600 ngày", [fact(1, "600 ngày", 600, "ngày", DECREASE)], "contradicted", "f2"),
    ("cắt giảm khoảng 600 ngày", [fact(1, "600 ngày", 600, "ngày", DECREASE, approx="about")], "supported", "f2"),
    ("tăng 603 ngày", [fact(1, "603 ngày", 603, "ngày", INCREASE)], "contradicted", "f2"),
    ("603 ngày", [fact(1, "603 ngày", 603, "ngày")], "supported", "f2"),
    ("giảm còn 603 ngày", [fact(1, "603 ngày", 603, "ngày", DECREASE_TO)], "not_mentioned", None),
    ("rà soát 189 TTHC", [fact(1, "189 TTHC", 189, "thủ tục hành chính")], "supported", "f1"),
    ("rà soát 200 TTHC", [fact(1, "200 TTHC", 200, "thủ tục hành chính")], "contradicted", "f1"),
    ("tăng 319 hồ sơ", [fact(1, "319 hồ sơ", 319, "hồ sơ", INCREASE)], "supported", "f4"),
    ("tăng 320 hồ sơ", [fact(1, "320 hồ sơ", 320, "hồ sơ", INCREASE)], "contradicted", "f4"),
    ("tỷ lệ đúng hạn đạt 98%", [fact(1, "98%", 98, "percent")], "supported", "f5"),
    ("tỷ lệ đúng hạn đạt 90%", [fact(1, "90%", 90, "percent")], "contradicted", "f5"),
    ("có 12 trường học", [fact(1, "12 trường", 12, "trường")], "not_mentioned", None),
    (
        "rà soát 189 TTHC và cắt giảm 600 ngày",
        [fact(1, "189 TTHC", 189, "thủ tục hành chính"), fact(2, "600 ngày", 600, "ngày", DECREASE)],
        "contradicted",
        "f2",
    ),
]


@pytest.mark.parametrize(("claim", "claimed", "verdict", "evidence"), CLAIMS, ids=[c[0] for c in CLAIMS])
def test_verdict(claim: str, claimed: list[dict], verdict: str, evidence: str | None) -> None:
    result = check_claim(RECORD, claim, claim_record=claim_of(*claimed))
    assert result["verdict"] == verdict
    decisive = [f for f in result["figures"] if f["verdict"] == verdict]
    assert decisive[0]["fact"] == evidence
    assert result["message"]["vi"] and result["message"]["en"]


def test_the_quote_is_the_clause_that_states_the_figure() -> None:
    result = check_claim(RECORD, "cắt giảm 603 ngày", claim_record=claim_of(CLAIMS[0][1][0]))
    assert result["figures"][0]["quote"] == "thực hiện cắt giảm 603 ngày giải quyết"
    assert "“thực hiện cắt giảm 603 ngày giải quyết”" in result["message"]["vi"]


def test_without_the_text_the_quote_is_the_figure() -> None:
    record = {**RECORD, "text": None}
    result = check_claim(record, "cắt giảm 603 ngày", claim_record=claim_of(CLAIMS[0][1][0]))
    assert result["figures"][0]["quote"] == "603 ngày"


def test_a_claim_without_a_figure_is_not_mentioned() -> None:
    result = check_claim(RECORD, "Sở làm tốt công tác", claim_record=claim_of())
    assert result["verdict"] == "not_mentioned" and result["figures"] == []
    assert "no figure" in result["message"]["en"]


def test_claims_are_read_by_the_extractor() -> None:
    assert check_claim(RECORD, "cắt giảm 603 ngày")["verdict"] == "supported"
    assert check_claim(RECORD, "cắt giảm 600 ngày")["verdict"] == "contradicted"


def test_report_prints_figures_checks_and_verdict() -> None:
    record = {
        **RECORD,
        "metadata": {"title": "Bài thử"},
        "checks": [
            {
                "rule": "baseline_not_negative",
                "status": "fail",
                "facts": ["f4"],
                "message": {"vi": "Giá trị trước nhỏ hơn 0.", "en": "Earlier value below zero."},
            }
        ],
    }
    verdict = check_claim(record, "cắt giảm 603 ngày", claim_record=claim_of(CLAIMS[0][1][0]))
    out = StringIO()
    print_report(record, verdict, console=Console(file=out, width=200, color_system=None))
    shown = out.getvalue()
    for expected in ("603", "ngày", "giảm (by)", "baseline_not_negative", "Giá trị trước nhỏ hơn 0", "supported"):
        assert expected in shown


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(check)

    @app.callback()
    def main() -> None:
        """Several commands, so that ``check`` is named on the command line as in ``extractor check``."""

    return app


@pytest.mark.parametrize(
    ("claim", "verdict"), [("cắt giảm 603 ngày", "supported"), ("cắt giảm 600 ngày", "contradicted")]
)
def test_check_command_on_the_seed(cli: typer.Typer, seed_path, claim: str, verdict: str) -> None:
    result = CliRunner().invoke(cli, ["check", str(seed_path), "--claim", claim, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["claim"]["verdict"] == verdict
    assert "cắt giảm 603 ngày" in report["claim"]["figures"][0]["quote"]
    assert any(f["text"] == "603 ngày" for f in report["facts"])


def test_check_command_prints_a_readable_report(cli: typer.Typer, seed_path) -> None:
    result = CliRunner().invoke(cli, ["check", str(seed_path), "--claim", "cắt giảm 603 ngày"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "603 ngày" in result.output and "supported" in result.output


def test_check_command_fails_on_an_unreadable_file(cli: typer.Typer, tmp_path) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["check", str(missing), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.output)["error"]["kind"] == "not_found"
