"""Consistency checks (SPEC section 5), one table per rule: short articles written for these tests, the
facts in them, and the statuses the rule must give. Each rule has a failing and a passing case.

A case lists its figures in text order as (figure as written, fields); the helper finds each figure's
span after the previous one, so the rules see the same text context as on a real article.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from extractor.check import RULES, run_checks
from extractor.check.context import ArticleContext
from extractor.schema import load_schema

Figure = tuple[str, dict[str, Any]]


def build_facts(article: str, figures: list[Figure]) -> list[dict[str, Any]]:
    """Fact dicts (INTERFACES.md format) for ``figures`` found in ``article`` in order."""
    facts, position = [], 0
    for number, (written, fields) in enumerate(figures, start=1):
        start = article.index(written, position)
        end = position = start + len(written)
        sentence_start = article.rfind(". ", 0, start) + 1 if ". " in article[:start] else 0
        sentence_end = article.find(".", end)
        fact = {
            "id": f"f{number}",
            "value": fields.pop("value"),
            "value_max": None,
            "approx": "exact",
            "unit": None,
            "unit_text": None,
            "quantity_kind": "count",
            "measure": None,
            "change": None,
            "span": [start, end],
            "text": written,
            "sentence": [sentence_start, sentence_end + 1 if sentence_end >= 0 else len(article)],
            "subject": None,
            "period": None,
            "part_of": None,
            "baseline": None,
        }
        if fields.get("unit") == "percent":
            fact["quantity_kind"] = "percent"
            fact["unit_text"] = "%"
        fact.update(fields)
        facts.append(fact)
    return facts


def statuses(rule: str, article: str, figures: list[Figure], *, with_text: bool = True) -> list[str]:
    facts = build_facts(article, [(written, dict(fields)) for written, fields in figures])
    return [c["status"] for c in run_checks(facts, article if with_text else None) if c["rule"] == rule]


def pct(value: float, **fields: Any) -> dict[str, Any]:
    return {"value": value, "unit": "percent", **fields}


def count(value: float, unit: str, **fields: Any) -> dict[str, Any]:
    return {"value": value, "unit": unit, "unit_text": unit, **fields}


DECREASE = {"direction": "decrease", "type": "by", "compared_to": None}
INCREASE = {"direction": "increase", "type": "by", "compared_to": None}
INCREASE_ON_LAST_YEAR = {"direction": "increase", "type": "by", "compared_to": "năm trước"}
FIRST_HALF = {"text": "6 tháng đầu năm", "start": "2024-01-01", "end": "2024-06-30"}
SECOND_HALF = {"text": "6 tháng cuối năm", "start": "2024-07-01", "end": "2024-12-31"}

PART_NOT_LARGER_THAN_WHOLE = [
    # After ";" a parallel statement is not a part, whatever part_of says.
    (
        "Huyện có 12 đơn vị hành chính cấp xã, gồm 10 xã và 2 thị trấn; 140 đơn vị hành chính cấp thôn.",
        [
            ("12 đơn vị hành chính", count(12, "đơn vị hành chính")),
            ("140 đơn vị hành chính", count(140, "đơn vị hành chính", part_of="f1")),
        ],
        [],
    ),
    (
        "Xã có 500 hộ; trong đó có 620 hộ nghèo.",
        [("500 hộ", count(500, "hộ")), ("620 hộ", count(620, "hộ", part_of="f1"))],
        ["fail"],
    ),
    (
        "Xã có 500 hộ, trong đó có 620 hộ nghèo.",
        [("500 hộ", count(500, "hộ")), ("620 hộ", count(620, "hộ", part_of="f1"))],
        ["fail"],
    ),
    (
        "Xã có 500 hộ, trong đó có 120 hộ nghèo.",
        [("500 hộ", count(500, "hộ")), ("120 hộ", count(120, "hộ", part_of="f1"))],
        ["pass"],
    ),
    (
        "Xã có khoảng 500 hộ, trong đó 520 hộ làm nông.",
        [("500 hộ", count(500, "hộ", approx="about")), ("520 hộ", count(520, "hộ", part_of="f1"))],
        ["pass"],
    ),
    (
        "Xã có 500 hộ, trong đó hơn 500 hộ làm nông.",
        [("500 hộ", count(500, "hộ")), ("500 hộ", count(500, "hộ", part_of="f1", approx="more_than"))],
        ["fail"],
    ),
    # A percentage part is a share, not a count: the percent rules judge it.
    ("Xã có 500 hộ, trong đó 60% là hộ nghèo.", [("500 hộ", count(500, "hộ")), ("60%", pct(60, part_of="f1"))], []),
]

PARTS_SUM_TO_TOTAL = [
    (
        "Năm nay huyện giải quyết 535 TTHC, gồm 120 TTHC cấp tỉnh, 200 TTHC cấp huyện và 168 TTHC cấp xã.",
        [
            ("535 TTHC", count(535, "thủ tục hành chính")),
            ("120 TTHC", count(120, "thủ tục hành chính", part_of="f1")),
            ("200 TTHC", count(200, "thủ tục hành chính", part_of="f1")),
            ("168 TTHC", count(168, "thủ tục hành chính", part_of="f1")),
        ],
        ["fail"],
    ),
    (
        "Năm nay huyện giải quyết 535 TTHC, gồm 120 TTHC cấp tỉnh, 200 TTHC cấp huyện và 215 TTHC cấp xã.",
        [
            ("535 TTHC", count(535, "thủ tục hành chính")),
            ("120 TTHC", count(120, "thủ tục hành chính", part_of="f1")),
            ("200 TTHC", count(200, "thủ tục hành chính", part_of="f1")),
            ("215 TTHC", count(215, "thủ tục hành chính", part_of="f1")),
        ],
        ["pass"],
    ),
    # A part of a part (trong đó after a listed part) is not added to the listing.
    (
        "Huyện giải quyết 535 TTHC, gồm 120 TTHC cấp tỉnh (trong đó 50 TTHC liên thông), 200 TTHC cấp huyện, "
        "215 TTHC cấp xã.",
        [
            ("535 TTHC", count(535, "thủ tục hành chính")),
            ("120 TTHC", count(120, "thủ tục hành chính", part_of="f1")),
            ("50 TTHC", count(50, "thủ tục hành chính", part_of="f1")),
            ("200 TTHC", count(200, "thủ tục hành chính", part_of="f1")),
            ("215 TTHC", count(215, "thủ tục hành chính", part_of="f1")),
        ],
        ["pass"],
    ),
    # After "trong đó" the parts may overlap: more than the total is only a warning, less is nothing.
    (
        "Xã có 300 cán bộ, trong đó 200 cán bộ nữ, 150 cán bộ dưới 35 tuổi.",
        [
            ("300 cán bộ", count(300, "cán bộ")),
            ("200 cán bộ", count(200, "cán bộ", part_of="f1")),
            ("150 cán bộ", count(150, "cán bộ", part_of="f1")),
        ],
        ["warn"],
    ),
    (
        "Xã có 300 cán bộ, trong đó 100 cán bộ nữ, 50 cán bộ dưới 35 tuổi.",
        [
            ("300 cán bộ", count(300, "cán bộ")),
            ("100 cán bộ", count(100, "cán bộ", part_of="f1")),
            ("50 cán bộ", count(50, "cán bộ", part_of="f1")),
        ],
        [],
    ),
    # An approximate total cannot be missed for sure.
    (
        "Huyện có khoảng 500 hộ, gồm 200 hộ nông nghiệp và 100 hộ kinh doanh.",
        [
            ("500 hộ", count(500, "hộ", approx="about")),
            ("200 hộ", count(200, "hộ", part_of="f1")),
            ("100 hộ", count(100, "hộ", part_of="f1")),
        ],
        ["warn"],
    ),
]

PARTS_SUM_TO_TOTAL += [
    # A second breakdown of the same total after ";" is checked on its own.
    (
        "Huyện tiếp nhận 400 hồ sơ, gồm 250 hồ sơ trực tuyến và 150 hồ sơ trực tiếp; trong đó đã giải quyết "
        "380 hồ sơ, đang giải quyết 20 hồ sơ.",
        [
            ("400 hồ sơ", count(400, "hồ sơ")),
            ("250 hồ sơ", count(250, "hồ sơ", part_of="f1")),
            ("150 hồ sơ", count(150, "hồ sơ", part_of="f1")),
            ("380 hồ sơ", count(380, "hồ sơ", part_of="f1")),
            ("20 hồ sơ", count(20, "hồ sơ", part_of="f1")),
        ],
        ["pass"],
    ),
]

SHARES_AT_MOST_100 = [
    (
        "Cơ cấu kinh tế gồm: nông nghiệp chiếm 40%, công nghiệp chiếm 35%, dịch vụ chiếm 30%.",
        [("40%", pct(40)), ("35%", pct(35)), ("30%", pct(30))],
        ["fail"],
    ),
    (
        "Cơ cấu kinh tế gồm: nông nghiệp chiếm 40%, công nghiệp chiếm 35%, dịch vụ chiếm 25%.",
        [("40%", pct(40)), ("35%", pct(35)), ("25%", pct(25))],
        ["pass"],
    ),
    (
        "Ba nhóm chiếm 33,3%, 33,3% và 33,4% số hộ.",
        [("33,3%", pct(33.3)), ("33,3%", pct(33.3)), ("33,4%", pct(33.4))],
        ["pass"],
    ),
    # Groups that can overlap (women, ethnic minorities) may add to more than 100.
    (
        "Trong số học viên, nữ chiếm 60%, người dân tộc thiểu số chiếm 45%.",
        [("60%", pct(60)), ("45%", pct(45))],
        ["warn"],
    ),
    (
        "Xã có 500 hộ, gồm 60% hộ thuần nông và 50% hộ kinh doanh.",
        [("500 hộ", count(500, "hộ")), ("60%", pct(60, part_of="f1")), ("50%", pct(50, part_of="f1"))],
        ["fail"],
    ),
    # Rates of different things in one sentence are not shares of one whole.
    (
        "Tỷ lệ hồ sơ đúng hạn đạt 99%, tỷ lệ hồ sơ trực tuyến đạt 98%.",
        [("99%", pct(99)), ("98%", pct(98))],
        [],
    ),
    # Changes are not shares.
    (
        "Doanh thu tăng 60%, lợi nhuận tăng 70%.",
        [("60%", pct(60, change=INCREASE_ON_LAST_YEAR)), ("70%", pct(70, change=INCREASE_ON_LAST_YEAR))],
        [],
    ),
]

PERCENT_AT_MOST_100 = [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 120%.", [("120%", pct(120))], ["fail"]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.", [("98%", pct(98))], ["pass"]),
    (
        "Xã có 500 hộ, trong đó 120% là hộ nghèo.",
        [("500 hộ", count(500, "hộ")), ("120%", pct(120, part_of="f1"))],
        ["fail"],
    ),
    ("Số vụ việc giảm 120% so với năm trước.", [("120%", pct(120, change=DECREASE))], ["fail"]),
    ("Số vụ việc giảm 20% so với năm trước.", [("20%", pct(20, change=DECREASE))], []),
    ("Thu ngân sách đạt 120% kế hoạch.", [("120%", pct(120))], []),
    ("Tỷ lệ giải ngân bằng 130% so với cùng kỳ.", [("130%", pct(130))], []),
    ("Doanh thu tăng 150%.", [("150%", pct(150, change=INCREASE_ON_LAST_YEAR))], []),
    ("Kết quả đạt 130%.", [("130%", pct(130))], ["warn"]),
    ("Diện tích tự nhiên đạt 199% tiêu chuẩn.", [("199%", pct(199))], []),
]

BASELINE_NOT_NEGATIVE = [
    (
        "Sở tiếp nhận 100 hồ sơ, tăng 150 hồ sơ so với năm trước.",
        [
            ("100 hồ sơ", count(100, "hồ sơ")),
            ("150 hồ sơ", count(150, "hồ sơ", change=INCREASE_ON_LAST_YEAR, baseline=-50)),
        ],
        ["fail"],
    ),
    (
        "Sở tiếp nhận 739 hồ sơ, tăng 319 hồ sơ so với năm trước.",
        [
            ("739 hồ sơ", count(739, "hồ sơ")),
            ("319 hồ sơ", count(319, "hồ sơ", change=INCREASE_ON_LAST_YEAR, baseline=420)),
        ],
        ["pass"],
    ),
    ("Sở tiếp nhận 739 hồ sơ.", [("739 hồ sơ", count(739, "hồ sơ"))], []),
]

_TIME = {"measure": "thời gian giải quyết", "subject": "o1", "period": FIRST_HALF, "change": DECREASE}

CONSISTENT_REPEATS = [
    (
        "Sở cắt giảm 603 ngày giải quyết. Báo cáo nêu Sở cắt giảm 630 ngày giải quyết.",
        [("603 ngày", count(603, "ngày", **_TIME)), ("630 ngày", count(630, "ngày", **_TIME))],
        ["fail"],
    ),
    (
        "Sở cắt giảm 603 ngày giải quyết. Báo cáo nêu Sở cắt giảm 603 ngày giải quyết.",
        [("603 ngày", count(603, "ngày", **_TIME)), ("603 ngày", count(603, "ngày", **_TIME))],
        ["pass"],
    ),
    # Without a subject, or without a named measure, two values are only possibly the same measure.
    (
        "Thời gian giải quyết được cắt giảm 603 ngày. Tính chung, thời gian giải quyết được cắt giảm 630 ngày.",
        [("603 ngày", count(603, "ngày", change=DECREASE)), ("630 ngày", count(630, "ngày", change=DECREASE))],
        ["warn"],
    ),
    (
        "Sở cắt giảm 603 ngày giải quyết. Báo cáo nêu Sở cắt giảm 630 ngày giải quyết.",
        [
            ("603 ngày", count(603, "ngày", **{**_TIME, "subject": None})),
            ("630 ngày", count(630, "ngày", **{**_TIME, "subject": None})),
        ],
        ["warn"],
    ),
    # Other period, other subject, other comparison point: different figures, nothing to check.
    (
        "Sở cắt giảm 603 ngày giải quyết. Cuối năm, Sở cắt giảm 630 ngày giải quyết.",
        [
            ("603 ngày", count(603, "ngày", **_TIME)),
            ("630 ngày", count(630, "ngày", **{**_TIME, "period": SECOND_HALF})),
        ],
        [],
    ),
    (
        "Sở Tư pháp cắt giảm 603 ngày. Sở Nội vụ cắt giảm 630 ngày.",
        [("603 ngày", count(603, "ngày", **_TIME)), ("630 ngày", count(630, "ngày", **{**_TIME, "subject": "o2"}))],
        [],
    ),
    # Parallel items of one sentence, or sentences whose words name other figures, are different things.
    (
        "Chỉ số A xếp thứ 9 (tăng 26 bậc), chỉ số B xếp thứ 10 (tăng 34 bậc).",
        [("26 bậc", count(26, "bậc", change=INCREASE)), ("34 bậc", count(34, "bậc", change=INCREASE))],
        [],
    ),
    (
        "Tỉnh ghép 192 chi cục thành 90 chi cục khu vực (giảm 102 chi cục). "
        "Tỉnh ghép 135 chi cục thành 64 chi cục khu vực (giảm 71 chi cục).",
        [
            ("102 chi cục", count(102, "chi cục", change=DECREASE)),
            ("71 chi cục", count(71, "chi cục", change=DECREASE)),
        ],
        [],
    ),
    # Two bare counts of the same unit are usually different things (received vs settled files).
    (
        "Sở tiếp nhận 500 hồ sơ. Sở đã giải quyết 480 hồ sơ.",
        [("500 hồ sơ", count(500, "hồ sơ")), ("480 hồ sơ", count(480, "hồ sơ"))],
        [],
    ),
]

# Classes of false alarms on real news, one case per line (helpers below keep each case on one line).
_WORD_VALUES = {"một": 1, "hai": 2}


def listed(unit: str | None, total: str, *parts: str) -> list[Figure]:
    """A total and its parts written as ``<number> <unit>``, each part ``part_of`` the total."""

    def figure(number: str, **fields: Any) -> Figure:
        value = _WORD_VALUES.get(number) or int(number)
        written = f"{number} {unit}" if unit else number
        return written, ({**count(value, unit), **fields} if unit else {"value": value, **fields})

    return [figure(total), *(figure(part, part_of="f1") for part in parts)]


def pair(unit: str, first: tuple[str, float], second: tuple[str, float], **fields: Any) -> list[Figure]:
    """Two figures of one unit with the same fields: (written, value) each."""
    return [(written, count(value, unit, **fields)) for written, value in (first, second)]


# Items with no figure, an ellipsis, a "gồm" behind a bracket, units the text leaves unwritten: no fail.
M = "môn"
PARTS_SUM_TO_TOTAL += [
    ("Thí sinh thi 4 môn gồm 2 môn tự chọn, một môn bắt buộc và ngữ văn.", listed(M, "4", "2", "một"), []),
    ("Thí sinh thi 4 môn gồm 2 môn tự chọn và 1 môn bắt buộc.", listed(M, "4", "2", "1"), ["fail"]),
    ("Thí sinh thi 4 môn gồm 2 môn tự chọn, 1 môn bắt buộc…", listed(M, "4", "2", "1"), []),
    ("Thí sinh thi 4 môn gồm ngữ văn, 2 môn tự chọn và 1 môn bắt buộc.", listed(M, "4", "2", "1"), []),
    ("Đoàn có 50 người (đến từ nhiều nơi, gồm cả tỉnh bạn) 10 người, 12 người.", listed("người", "50", "10", "12"), []),
    ("Huyện giải quyết 535, gồm 120, 200 và 168.", listed(None, "535", "120", "200", "168"), ["warn"]),
]

# A named measure is a common word: two figures of one sentence are parallel items, and figures of other
# sentences need the same subject, a stated change or the same words to be one measure stated twice.
_FEE = {"measure": "mức thu", "subject": "o1", "period": FIRST_HALF}
_TEN, _FIFTEEN = ("10 nghìn đồng", 10000), ("15 nghìn đồng", 15000)
CONSISTENT_REPEATS += [
    ("Trường có mức thu 10 nghìn đồng với lớp A và 15 nghìn đồng với lớp B.", pair("VND", _TEN, _FIFTEEN, **_FEE), []),
    ("Mức thu trông trẻ 10 nghìn đồng mỗi giờ. Lớp vẽ thu 15 nghìn đồng mỗi buổi.", pair("VND", _TEN, _FIFTEEN), []),
    ("Trường thu 10 nghìn đồng/giờ. Rồi trường thu 15 nghìn đồng/giờ.", pair("VND", _TEN, _FIFTEEN, **_FEE), ["fail"]),
]

# Only a figure written as a percentage is judged; a multiplier or a restated change may pass 100.
PERCENT_AT_MOST_100 += [
    ("Có 25% hộ nghèo và khoảng 4.000 trong số 9.000 hộ vay vốn.", [("25%", pct(25)), ("4.000", pct(4000))], []),
    ("Lương giờ dạy thêm là lương 1 giờ x 150%.", [("150%", pct(150))], []),
    ("Số học viên tăng 300 người, tương đương 160%.", [("160%", pct(160))], []),
    ("Tỷ lệ học sinh đỗ là 130 phần trăm.", [("130 phần trăm", pct(130))], ["fail"]),
]

DENOMINATORS = [
    ("Mức sàn là 17/30 điểm.", "30 điểm", True),
    ("Đã giải quyết 461 / 465 hồ sơ.", "465 hồ sơ", True),
    ("Mức sàn là 30 điểm.", "30 điểm", False),
]


@pytest.mark.parametrize(("article", "figure", "expected"), DENOMINATORS)
def test_the_number_after_a_pair_slash_is_no_figure_of_its_own(article: str, figure: str, expected: bool) -> None:
    """``17/30``: the 30 scales the 17; it is neither a part nor a second statement of the measure."""
    start = article.rindex(figure)
    assert ArticleContext(article).is_denominator({"span": [start, start + len(figure)]}) is expected


TABLES = {
    "part_not_larger_than_whole": PART_NOT_LARGER_THAN_WHOLE,
    "parts_sum_to_total": PARTS_SUM_TO_TOTAL,
    "shares_at_most_100": SHARES_AT_MOST_100,
    "percent_at_most_100": PERCENT_AT_MOST_100,
    "baseline_not_negative": BASELINE_NOT_NEGATIVE,
    "consistent_repeats": CONSISTENT_REPEATS,
}
CASES = [(rule, *case) for rule, table in TABLES.items() for case in table]


@pytest.mark.parametrize(("rule", "article", "figures", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_rule(rule: str, article: str, figures: list[Figure], expected: list[str]) -> None:
    assert statuses(rule, article, figures) == expected


def test_every_rule_has_a_failing_and_a_passing_case() -> None:
    assert set(TABLES) == set(RULES)
    for rule, table in TABLES.items():
        seen = {status for _, _, expected in table for status in expected}
        assert {"fail", "pass"} <= seen, rule


def test_without_the_text_the_rules_stay_cautious() -> None:
    """Without the words (gồm or trong đó) a missed total is not a certain fail."""
    article, figures, _ = PARTS_SUM_TO_TOTAL[0]
    assert statuses("parts_sum_to_total", article, figures, with_text=False) == []
    article, figures, _ = PARTS_SUM_TO_TOTAL[3]
    assert statuses("parts_sum_to_total", article, figures, with_text=False) == ["warn"]


@pytest.mark.parametrize(("rule", "article", "figures", "expected"), CASES[:: max(1, len(CASES) // 12)])
def test_checks_validate_against_the_schema(
    rule: str, article: str, figures: list[Figure], expected: list[str]
) -> None:
    schema = load_schema()
    validator = Draft202012Validator({**schema["$defs"]["check"], "$defs": schema["$defs"]})
    facts = build_facts(article, [(written, dict(fields)) for written, fields in figures])
    for check in run_checks(facts, article):
        validator.validate(check)
        assert check["message"]["vi"] and check["message"]["en"]
        assert set(check["facts"]) <= {fact["id"] for fact in facts}


def test_messages_name_the_figures_as_written() -> None:
    article, figures, _ = PARTS_SUM_TO_TOTAL[0]
    facts = build_facts(article, [(written, dict(fields)) for written, fields in figures])
    (check,) = [c for c in run_checks(facts, article) if c["rule"] == "parts_sum_to_total"]
    assert "“535 TTHC”" in check["message"]["vi"] and "488" in check["message"]["vi"]
    assert check["facts"] == ["f1", "f2", "f3", "f4"]


def test_seed_article_is_consistent(seed_text: str) -> None:
    """The seed's figures hold together: its checks may pass or warn, never fail."""
    from extractor import extract

    record = extract(seed_text, include_text=True)
    checks = run_checks(record["facts"], record["text"])
    assert checks, "the seed's part/whole figures and its baseline should be checked"
    assert [c for c in checks if c["status"] == "fail"] == []


def test_a_listing_that_misses_its_total_fails_end_to_end() -> None:
    from extractor import extract

    record = extract(PARTS_SUM_TO_TOTAL[0][0], include_text=True)
    rules = {(c["rule"], c["status"]) for c in run_checks(record["facts"], record["text"])}
    assert ("parts_sum_to_total", "fail") in rules
