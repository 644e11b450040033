"""Report renderers on hand-built reports: numbers, positions and structure, never message wording."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sudgoals.model import (
    Comparison,
    DocumentReport,
    Figure,
    Finding,
    HedgeKind,
    ImpliedBaseline,
    Match,
    Paper,
    PolicyInfo,
    Report,
    Severity,
    Span,
    Target,
    TargetKind,
    ToolInfo,
    Unit,
    Verdict,
)
from sudgoals.model import Direction as Dir
from sudgoals.report import (
    FORMATS,
    render,
    render_compare_table,
    render_csv,
    render_github,
    render_html,
    render_json,
    render_jsonl,
    render_markdown,
    render_plain,
    render_sarif,
    render_table,
)
from sudgoals.report import _format as fmt
from sudgoals.report._html import chart_rows

# ---------------------------------------------------------------------------------------------------------
# builders (also used by test_cli.py and test_reconcile.py)


def span(path: str, line: int, column: int = 1, quote: str = "q") -> Span:
    return Span(
        path=path, line=line, column=column, end_line=line, end_column=column + len(quote), quote=quote
    )


def count(value: int) -> Figure:
    return Figure(text=str(value), value=value, low=value, high=value, unit=Unit.COUNT)


def percent(text: str, value: str, *, hedge: str | None = None) -> Figure:
    """A percent figure rounded to whole units: "18 pct." is [17.5, 18.5)."""
    v = Fraction(value)
    half = Fraction(1, 2) if v.denominator == 1 else Fraction(1, 20)
    hedged = {}
    if hedge:
        hedged = {
            "hedge": hedge,
            "hedge_kind": HedgeKind.ABOUT,
            "hedged_low": v - 2 * half,
            "hedged_high": v + 2 * half,
        }
    return Figure(
        text=text, value=v, low=v - half, high=v + half, high_closed=False, unit=Unit.PERCENT, **hedged
    )


def placeholder_percent() -> Figure:
    return Figure(text="X pct.", value=None, low=None, high=None, unit=Unit.PERCENT, placeholder=True)


def whole(low: int, high: int) -> ImpliedBaseline:
    return ImpliedBaseline(low=low, high=high, whole=True)


def target(
    path: str,
    tid: str,
    line: int,
    indicator: str,
    absolute: Figure | None,
    relative: Figure | None,
    implied: ImpliedBaseline | None,
    verdict: Verdict = Verdict.CONSISTENT,
    *,
    direction: Dir | None = Dir.UP,
    goal_number: int | None = None,
) -> Target:
    quote = f"{absolute.text if absolute else 'X'} {indicator}"
    return Target(
        id=tid,
        span=span(path, line, 3, quote),
        indicator=indicator,
        kind=TargetKind.CHANGE,
        direction=direction,
        absolute=absolute,
        relative=relative,
        implied_baseline=implied,
        verdict=verdict,
        counts="persons",
        goal_number=goal_number,
    )


DOC_A = "drafts/udkast 2014.txt"
DOC_B = "drafts/udkast 2015.txt"


def targets_a(path: str = DOC_A) -> list[Target]:
    return [
        target(
            path,
            "a1",
            53,
            "udsatte københavnere får anvist en bolig",
            count(150),
            percent("18 pct.", "18"),
            whole(811, 857),
            goal_number=1,
        ),
        target(
            path,
            "a2",
            55,
            "udsættelser på årsplan",
            count(90),
            percent("17 pct.", "17"),
            whole(515, 545),
            direction=Dir.DOWN,
            goal_number=2,
        ),
        target(
            path,
            "a3",
            56,
            "unge skal bestå 9. klasse",
            None,
            placeholder_percent(),
            None,
            Verdict.UNRESOLVED,
            goal_number=3,
        ),
        target(
            path,
            "a4",
            60,
            "borgere med særlige behov kommer i beskæftigelse",
            count(300),
            percent("1,4 pct.", "1.4"),
            whole(20690, 22222),
            goal_number=4,
        ),
    ]


def targets_b(path: str = DOC_B) -> list[Target]:
    return [
        target(
            path,
            "b1",
            20,
            "udsatte københavnere får anvist en bolig",
            count(165),
            percent("20 pct.", "20", hedge="ca."),
            whole(805, 846),
            Verdict.CONSISTENT,
            goal_number=1,
        ),
        target(
            path,
            "b2",
            22,
            "udsættelser på årsplan",
            count(80),
            percent("15 pct.", "15", hedge="ca."),
            whole(517, 551),
            direction=Dir.DOWN,
            goal_number=2,
        ),
        target(
            path,
            "b3",
            24,
            "borgere med særlige behov kommer i beskæftigelse",
            count(300),
            percent("1,4 pct.", "1.4"),
            whole(20690, 22222),
            goal_number=4,
        ),
        target(
            path,
            "b4",
            30,
            "brugere er tilfredse med de leverede ydelser",
            None,
            placeholder_percent(),
            None,
            Verdict.UNRESOLVED,
            goal_number=9,
        ),
    ]


def paper(path: str, targets: list[Target]) -> Paper:
    return Paper(path=path, language="da", targets=targets)


def finding(
    path: str, line: int, code: str, name: str, severity: Severity, tid: str | None = None, **data: str
) -> Finding:
    return Finding(
        code=code,
        name=name,
        severity=severity,
        path=path,
        line=line,
        column=3,
        message=f"{name} at {line}",
        messages={"da": f"{name} på linje {line}", "en": f"{name} at line {line}"},
        target=tid,
        span=span(path, line, 3, "150 flere"),
        data=dict(data),
    )


def make_report(
    *, comparisons: list[Comparison] | None = None, findings: list[Finding] | None = None
) -> Report:
    docs = [
        DocumentReport(path=DOC_A, language="da", targets=targets_a()),
        DocumentReport(path=DOC_B, language="da", targets=targets_b()),
    ]
    if findings is None:
        findings = [
            finding(DOC_A, 56, "SG201", "placeholder-unresolved", Severity.WARNING, "a3"),
            finding(DOC_A, 53, "SG101", "pair-inconsistent", Severity.ERROR, "a1", low="811", high="857"),
            finding(DOC_B, 30, "SG201", "placeholder-unresolved", Severity.WARNING, "b4"),
            finding(DOC_B, 10, "SG701", "goal-unquantified", Severity.INFO),
        ]
    return Report(
        tool=ToolInfo(version="0.1.0"),
        policy=PolicyInfo(rounding="half-up", hedges="standard"),
        documents=docs,
        findings=findings,
        comparisons=comparisons,
    )


def make_comparison() -> Comparison:
    return Comparison(
        old=DOC_A,
        new=DOC_B,
        matches=[
            Match(
                old="a1",
                new="b1",
                indicator="udsatte københavnere får anvist en bolig",
                score=100,
                status="changed",
                old_figures="150 / 18 pct.",
                new_figures="165 / ca. 20 pct.",
                old_baseline=whole(811, 857),
                new_baseline=whole(805, 846),
                overlap=whole(811, 846),
            ),
            Match(
                old="a2",
                new="b2",
                indicator="udsættelser på årsplan",
                score=100,
                status="changed",
                old_figures="90 / 17 pct.",
                new_figures="80 / ca. 15 pct.",
                old_baseline=whole(515, 545),
                new_baseline=whole(517, 551),
                overlap=whole(517, 545),
            ),
            Match(
                old="a4",
                new="b3",
                indicator="borgere med særlige behov kommer i beskæftigelse",
                score=100,
                status="unchanged",
                old_figures="300 / 1,4 pct.",
                new_figures="300 / 1,4 pct.",
                old_baseline=whole(20690, 22222),
                new_baseline=whole(20690, 22222),
                overlap=whole(20690, 22222),
            ),
            Match(
                old=None,
                new="b4",
                indicator="brugere er tilfredse med de leverede ydelser",
                status="appeared",
                new_figures="X pct.",
            ),
            Match(
                old="a3",
                new=None,
                indicator="unge skal bestå 9. klasse",
                status="vanished",
                old_figures="X pct.",
            ),
            Match(
                old="a9",
                new="b9",
                indicator="drifting goal",
                score=88,
                status="changed",
                old_figures="10 / 5 pct.",
                new_figures="10 / 50 pct.",
                old_baseline=whole(196, 205),
                new_baseline=whole(20, 20),
                drift=True,
            ),
        ],
    )


def plain_console_text(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


# ---------------------------------------------------------------------------------------------------------
# number formatting


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (Fraction(7, 5), "da", "1,4"),
        (Fraction(7, 5), "en", "1.4"),
        (Fraction(1200), "da", "1.200"),
        (Fraction(1234567), "en", "1,234,567"),
        (Fraction(-35, 2), "da", "-17,5"),
        (Fraction(2, 3), "da", "≈0,67"),
        (Fraction(0), "en", "0"),
    ],
)
def test_number_styles(value: Fraction, lang: str, expected: str) -> None:
    assert fmt.number(value, lang) == expected


def test_interval_rounds_outward_and_shows_closedness() -> None:
    assert fmt.interval(Fraction(35, 2), Fraction(37, 2), "da", high_closed=False) == "[17,5; 18,5)"
    assert fmt.interval(Fraction(2, 3), Fraction(4, 3), "en") == "[0.66, 1.34]"
    assert fmt.interval(None, Fraction(5), "en") == "(-∞, 5]"


def test_baseline_forms() -> None:
    assert fmt.baseline(whole(811, 857), "da") == "811–857"
    assert fmt.baseline(whole(20690, 22222), "da") == "20.690–22.222"
    assert fmt.baseline(whole(20690, 22222), "en") == "20,690–22,222"
    assert fmt.baseline(ImpliedBaseline(low=811, high=None, whole=True), "en") == "≥ 811"
    assert fmt.baseline(None, "da") == "–"


def test_figure_text_adds_the_hedge_once() -> None:
    fig = percent("20 pct.", "20", hedge="ca.")
    assert fmt.figure_text(fig) == "ca. 20 pct."
    assert fmt.figure_text(fig.model_copy(update={"text": "ca. 20 pct."})) == "ca. 20 pct."
    assert fmt.figure(percent("18 pct.", "18"), "da") == "18 pct. [17,5; 18,5)"


# ---------------------------------------------------------------------------------------------------------
# table


def test_table_shows_targets_figures_intervals_baselines_and_findings() -> None:
    out = render_table(make_report(), lang="da", width=160)
    assert DOC_A in out
    assert DOC_B in out
    assert "53:3" in out
    assert "150" in out
    assert "18 pct." in out
    assert "[17,5; 18,5)" in out
    assert "811–857" in out
    assert "20.690–22.222" in out
    assert "ca. 20 pct." in out
    assert "SG101" in out
    assert "SG201" in out
    assert "SG701" in out
    assert "\x1b[" not in out  # no colour unless asked
    # findings follow their document's table
    assert out.index("SG101") < out.index(DOC_B)


def test_table_english_uses_decimal_point() -> None:
    out = render_table(make_report(), lang="en", width=160)
    assert "[17.5, 18.5)" in out
    assert "20,690–22,222" in out


def test_table_colours_severities_when_asked() -> None:
    out = render_table(make_report(), lang="en", width=160, color=True)
    assert "\x1b[" in out
    assert "SG101" in plain_console_text(out)


def test_table_escapes_markup_in_user_text() -> None:
    hostile = "[bold red]boom[/] [link=file:///etc/passwd]x[/link]"
    tg = target(DOC_A, "h1", 1, hostile, count(1), percent("1 pct.", "1"), whole(67, 200))
    report = Report(
        tool=ToolInfo(version="0"),
        policy=PolicyInfo(rounding="r", hedges="h"),
        documents=[DocumentReport(path=DOC_A, language="da", targets=[tg])],
        findings=[
            finding(DOC_A, 1, "SG101", "pair-inconsistent", Severity.ERROR).model_copy(
                update={"messages": {"en": hostile}}
            )
        ],
    )
    out = render_table(report, lang="en", width=200)
    assert "[bold red]boom[/]" in out
    assert out.count("[bold red]boom[/]") == 2


def test_table_with_comparisons_and_compare_view() -> None:
    report = make_report(comparisons=[make_comparison()])
    out = render_table(report, lang="da", width=200)
    assert "811–846" in out
    assert "517–545" in out
    view = render_compare_table(report, lang="en", width=200)
    assert "150 / 18 pct." in view
    assert "165 / ca. 20 pct." in view
    assert "811–846" in view
    assert "517–545" in view
    assert "appeared" in view
    assert "vanished" in view
    assert "unchanged" in view
    assert "no overlap" in view


def test_table_with_no_documents() -> None:
    report = Report(
        tool=ToolInfo(version="0"), policy=PolicyInfo(rounding="r", hedges="h"), documents=[], findings=[]
    )
    out = render_table(report, lang="en")
    assert "0 document" in out


# ---------------------------------------------------------------------------------------------------------
# JSON and JSON Lines


@pytest.fixture(scope="module")
def report_schema() -> dict[str, object]:
    return Report.model_json_schema(by_alias=True, mode="serialization")


def _validate(instance: object, schema: dict[str, object]) -> None:
    import jsonschema

    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def test_json_is_the_contract_and_schema_valid(report_schema: dict[str, object]) -> None:
    text = render_json(make_report(comparisons=[make_comparison()]), lang="da")
    data = json.loads(text)
    _validate(data, report_schema)
    assert data["schema"] == "sudgoals.report/1"
    assert data["tool"] == {"name": "sudgoals", "version": "0.1.0"}
    doc = data["documents"][0]
    t1 = doc["targets"][0]
    assert t1["span"]["line"] == 53
    assert t1["span"]["column"] == 3
    assert t1["implied_baseline"] == {
        "low": "811",
        "high": "857",
        "whole": True,
        "low_closed": True,
        "high_closed": True,
        "hedged": False,
    }
    assert t1["relative"]["low"] == "17.5"
    assert t1["relative"]["high"] == "18.5"
    # exact numbers are strings, never floats
    assert not re.search(r":\s*-?\d+\.\d", text)
    rel = doc["targets"][3]["relative"]
    assert Fraction(rel["value"]) == Fraction(7, 5)
    assert data["comparisons"][0]["matches"][0]["overlap"]["low"] == "811"


def test_json_without_comparisons_omits_the_key(report_schema: dict[str, object]) -> None:
    data = json.loads(render_json(make_report(), lang="en"))
    assert "comparisons" not in data
    _validate(data, report_schema)


def test_jsonl_one_valid_report_per_document(report_schema: dict[str, object]) -> None:
    extra = finding("elsewhere.txt", 1, "SG901", "baseline-drift", Severity.ERROR)
    report = make_report(findings=[*make_report().findings, extra])
    lines = render_jsonl(report, lang="da").splitlines()
    assert len(lines) == 3
    parsed = [json.loads(line) for line in lines]
    for item in parsed:
        _validate(item, report_schema)
    assert [d["path"] for d in parsed[0]["documents"]] == [DOC_A]
    assert {f["path"] for f in parsed[0]["findings"]} == {DOC_A}
    assert [f["code"] for f in parsed[2]["findings"]] == ["SG901"]
    assert parsed[2]["documents"] == []
    # nothing lost
    assert sum(len(p["findings"]) for p in parsed) == len(report.findings)


# ---------------------------------------------------------------------------------------------------------
# plain and github


def test_plain_lines_sorted() -> None:
    out = render_plain(make_report(), lang="en")
    lines = out.splitlines()
    assert lines[0].startswith(f"{DOC_A}:53:3: SG101 ")
    assert lines[1].startswith(f"{DOC_A}:56:3: SG201 ")
    assert lines[2].startswith(f"{DOC_B}:10:3: SG701 ")
    assert len(lines) == 4
    assert all(re.match(r"^.+:\d+:\d+: SG\d{3} ", line) for line in lines)


def test_plain_is_empty_when_clean() -> None:
    assert render_plain(make_report(findings=[]), lang="en") == ""


def test_plain_message_follows_language() -> None:
    da = render_plain(make_report(), lang="da").splitlines()[0]
    en = render_plain(make_report(), lang="en").splitlines()[0]
    assert da != en


def test_github_annotations() -> None:
    tricky = finding("a,b:c.txt", 7, "SG101", "pair-inconsistent", Severity.ERROR).model_copy(
        update={"messages": {"en": "50% off\nnext"}}
    )
    report = make_report(findings=[tricky, finding(DOC_A, 2, "SG701", "goal-unquantified", Severity.INFO)])
    lines = render_github(report, lang="en").splitlines()
    assert len(lines) == 2
    first = next(line for line in lines if line.startswith("::error"))
    assert "file=a%2Cb%3Ac.txt" in first
    assert ",line=7," in first
    assert ",col=3," in first
    assert first.endswith("::50%25 off%0Anext")
    assert any(line.startswith("::notice file=drafts/udkast 2014.txt,line=2,col=3") for line in lines)


# ---------------------------------------------------------------------------------------------------------
# markdown


def test_markdown_note() -> None:
    out = render_markdown(make_report(comparisons=[make_comparison()]), lang="da")
    assert out.startswith("# ")
    assert "| 53:3 |" in out
    assert "811–857" in out
    assert "811–846" in out
    assert "517–545" in out
    assert "`SG101`" in out
    assert r"18 pct. \[17,5; 18,5)" in out


def test_markdown_escapes_pipes_and_html() -> None:
    tg = target(DOC_A, "h1", 1, "a | b <script>", count(1), percent("1 pct.", "1"), whole(67, 200))
    report = Report(
        tool=ToolInfo(version="0"),
        policy=PolicyInfo(rounding="r", hedges="h"),
        documents=[DocumentReport(path=DOC_A, language="da", targets=[tg])],
        findings=[],
    )
    out = render_markdown(report, lang="en")
    row = next(line for line in out.splitlines() if line.startswith("| 1:3"))
    assert row.count(" | ") == 7  # eight cells: the pipe in the text did not add one
    assert "<script>" not in out


# ---------------------------------------------------------------------------------------------------------
# csv


def _read_csv(text: str, delimiter: str) -> list[dict[str, str]]:
    raw = text.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_csv_danish_reads_back() -> None:
    out = render_csv(make_report(), lang="da")
    rows = _read_csv(out, ";")
    assert len(rows) == 8
    first = rows[0]
    assert first["Indikator"] == "udsatte københavnere får anvist en bolig"
    assert first["Linje"] == "53"
    assert first["Kolonne"] == "3"
    assert first["Relativ fra"] == "17,5"
    assert first["Relativ til"] == "18,5"
    assert first["Implicit fra"] == "811"
    assert first["Implicit til"] == "857"
    assert first["Fund"] == "SG101"
    assert rows[3]["Implicit fra"] == "20690"  # no thousands dot inside a cell
    assert rows[2]["Implicit fra"] == ""


def test_csv_english_and_formula_injection() -> None:
    tg = target(DOC_A, "h1", 1, '=HYPERLINK("http://x")', count(1), percent("1 pct.", "1"), whole(67, 200))
    report = Report(
        tool=ToolInfo(version="0"),
        policy=PolicyInfo(rounding="r", hedges="h"),
        documents=[DocumentReport(path=DOC_A, language="da", targets=[tg])],
        findings=[],
    )
    rows = _read_csv(render_csv(report, lang="en"), ",")
    assert rows[0]["Indicator"].startswith("'=")
    assert rows[0]["Relative low"] == "0.5"


# ---------------------------------------------------------------------------------------------------------
# sarif


class _FakeRule:
    def __init__(self, code: str, name: str, severity: Severity) -> None:
        self.code, self.name, self.severity = code, name, severity

    def title(self, lang: str) -> str:
        return f"{self.name} ({lang})"

    def explanation(self, lang: str) -> str:
        return f"What it checks: {self.name} ({lang})"


def test_sarif_structure() -> None:
    rules = [
        _FakeRule("SG101", "pair-inconsistent", Severity.ERROR),
        _FakeRule("SG201", "placeholder-unresolved", Severity.WARNING),
    ]
    data = json.loads(render_sarif(make_report(), lang="en", rules=rules))
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    driver = run["tool"]["driver"]
    ids = [r["id"] for r in driver["rules"]]
    assert ids[:2] == ["SG101", "SG201"]
    assert "SG701" in ids
    assert driver["rules"][0]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == 4
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels == {"SG101": "error", "SG201": "warning", "SG701": "note"}
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
        assert region["startColumn"] >= 1
        assert region["endColumn"] == region["startColumn"] + len("150 flere")
    uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "drafts/udkast%202014.txt"


def test_sarif_absolute_path_is_file_uri() -> None:
    f = finding("/tmp/æ.txt", 1, "SG101", "pair-inconsistent", Severity.ERROR)
    data = json.loads(render_sarif(make_report(findings=[f]), lang="en", rules=[]))
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "file:///tmp/%C3%A6.txt"


# ---------------------------------------------------------------------------------------------------------
# html


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collector:
    parser = _Collector()
    parser.feed(html)
    return parser


def test_html_self_contained_with_tables_and_chart() -> None:
    html = render_html(make_report(comparisons=[make_comparison()]), lang="da")
    parsed = _parse(html)
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("table") == 3  # two documents and one reconciliation
    assert "svg" in tags
    assert "rect" in tags
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe")
        for key, value in attrs.items():
            if key in ("src", "href"):
                raise AssertionError(f"external reference {tag} {key}={value}")
    text = "".join(parsed.text)
    assert "811–846" in text
    assert "517–545" in text
    assert "165 / ca. 20 pct." in text


def test_html_escapes_user_text() -> None:
    tg = target(DOC_A, "h1", 1, "<script>alert(1)</script>", count(1), percent("1 pct.", "1"), whole(67, 200))
    report = Report(
        tool=ToolInfo(version="0"),
        policy=PolicyInfo(rounding="r", hedges="h"),
        documents=[DocumentReport(path="<b>.txt", language="da", targets=[tg])],
        findings=[],
    )
    html = render_html(report, lang="en")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>.txt" not in html


def test_chart_rows_follow_goals_across_documents() -> None:
    rows = chart_rows(make_report(comparisons=[make_comparison()]), "da")
    by_indicator = {row.indicator: row for row in rows}
    housing = by_indicator["udsatte københavnere får anvist en bolig"]
    assert [b.document for b in housing.bars] == ["udkast 2014.txt", "udkast 2015.txt"]
    assert housing.intervals == [(811, 857), (805, 846)]
    assert housing.overlap_text == "811–846"
    assert not housing.drift
    # bars are drawn to scale: the 2015 bar starts left of the 2014 one and ends before it
    a, b = housing.bars
    assert b.x < a.x
    assert b.x + b.width < a.x + a.width
    # placeholder goals without a baseline have no row; the drifting one is marked
    assert "unge skal bestå 9. klasse" not in by_indicator
    assert by_indicator["drifting goal"].drift


def test_chart_rows_without_comparisons_or_stated_baselines_are_left_out() -> None:
    # one bar per row, on a scale of its own, always fills the row: it shows nothing, so it is not drawn
    report = make_report()
    assert chart_rows(report, "en") == []
    html = render_html(report, lang="en")
    assert 'id="chart"' not in html
    assert "<svg" not in html


def _chromium() -> str | None:
    for candidate in (
        "/usr/bin/chromium",
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ):
        found = shutil.which(candidate)
        if found:
            return found
    return None


_VISIBILITY_PROBE = """
<script>
window.addEventListener('load', () => {
  const seen = (el) => { if (!el) return false; const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const bars = [...document.querySelectorAll('svg.bars rect.bar')].filter(seen).length;
  document.body.setAttribute('data-probe',
    `table=${seen(document.querySelector('table.targets'))};recon=${seen(document.querySelector('table.reconciliation'))};bars=${bars}`);
});
</script>
"""


def test_html_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (looked for /usr/bin/chromium and chromium on PATH)")
    html = render_html(make_report(comparisons=[make_comparison()]), lang="da")
    page = tmp_path / "report.html"
    # the probe is added for the test only; the report itself has no script
    page.write_text(html.replace("</body>", _VISIBILITY_PROBE + "</body>"), encoding="utf-8")
    profile = tmp_path / "profile"
    args = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False, env={**os.environ})
    assert done.returncode == 0, done.stderr[-2000:]
    match = re.search(r'data-probe="table=(\w+);recon=(\w+);bars=(\d+)"', done.stdout)
    assert match is not None, done.stdout[:2000]
    assert match.group(1) == "true"
    assert match.group(2) == "true"
    assert int(match.group(3)) >= 6


# ---------------------------------------------------------------------------------------------------------
# dispatcher


def test_dispatcher_covers_every_format() -> None:
    report = make_report(comparisons=[make_comparison()])
    for name in FORMATS:
        out = render(report, name, lang="da")
        assert isinstance(out, str)
    assert set(FORMATS) == {"table", "json", "jsonl", "markdown", "csv", "sarif", "github", "plain", "html"}
    with pytest.raises(ValueError, match="format"):
        render(report, "pdf", lang="da")


def test_papers_helper_builds() -> None:
    assert len(paper(DOC_A, targets_a()).targets) == 4


def test_i18n_every_string_in_both_languages() -> None:
    from sudgoals.i18n import _keys, environment_language, label, t

    for key, entry in _keys().items():
        assert set(entry) == {"da", "en"}, key
        assert entry["da"], key
        assert entry["en"], key
    assert label("verdict", Verdict.CONSISTENT_WITH_HEDGE, "da") != label(
        "verdict", Verdict.CONSISTENT_WITH_HEDGE, "en"
    )
    assert label("verdict", "no-such-value", "da") == "no-such-value"
    assert t("status.changed", "fr") == t("status.changed", "en")
    assert environment_language({"LANG": "da_DK.UTF-8"}) == "da"
    assert environment_language({"LC_ALL": "C", "LANG": "da_DK.UTF-8"}) == "en"
    assert environment_language({}) == "en"


def test_sarif_regions_end_just_past_the_figure_on_a_real_paper() -> None:
    """SARIF end columns are exclusive, like Span.end_column: the region is the quoted text, not one more."""
    from sudgoals import check_text, render

    text = "Mål\n\n150 flere borgere får job. Det svarer til et fald på 18 pct. Sådan er det.\n"
    report = check_text(text, path="p.txt")
    sarif = json.loads(render(report, "sarif", lang="en"))
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert regions
    lines = text.splitlines()
    one_line = [r for r in regions if r.get("endLine") == r["startLine"] and "snippet" in r]
    assert one_line
    for region in one_line:
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]


def test_render_json_is_the_dump_of_the_whole_report() -> None:
    """``render_json`` dumps targets and findings one at a time; the text is that of the whole tree."""
    import json

    from sudgoals import pipeline
    from sudgoals.extract import extract_text
    from sudgoals.report import render_json

    texts = [
        "150 flere udsatte borgere får en bolig. Det svarer til en stigning på 18 pct.\n\n"
        "Udvalget drøftede tallene på mødet (35 pct.).",
        "Ingen tal her.",
        "The number of victims will fall by 20% to 400 by 2025.",
    ]
    papers = [extract_text(t, path=f"p{i}.txt") for i, t in enumerate(texts)]
    findings = [f for p in papers for f in pipeline.check_paper(p)]
    for chosen in (papers, papers[1:2], papers[:1]):
        kept = [f for f in findings if any(f.path == p.path for p in chosen)]
        report = pipeline.build_report(chosen, kept)
        assert render_json(report) == json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
    old, new = papers[0], extract_text(texts[0].replace("150", "160"), path="new.txt")
    comparison, drifts = pipeline.compare_papers(old, new)
    report = pipeline.build_report([old, new], drifts, comparisons=[comparison])
    assert render_json(report) == json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def test_render_json_of_every_example_and_seed_is_the_dump_of_the_whole_report() -> None:
    """The indented encoder ``render_json`` uses for each target and finding gives json.dumps's text."""
    from seeds import seed_dir
    from sudgoals import pipeline, readers
    from sudgoals.config import Config
    from sudgoals.report import render_json

    examples = Path(__file__).resolve().parent.parent / "examples"
    paths = sorted(examples.glob("*.txt")) + sorted(seed_dir().glob("*.txt"))
    assert len(paths) >= 5
    config = Config.defaults()
    papers = [pipeline.check_document(readers.read_bytes(p.read_bytes(), p.name), config) for p in paths]
    findings = [f for paper in papers for f in pipeline.check_paper(paper, config)]
    report = pipeline.build_report(papers, findings, config)
    assert report.findings and sum(len(d.targets) for d in report.documents) > 50
    assert render_json(report) == json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


_JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec="utf-8"))
)
_JSON_KEYS = st.text(max_size=8) | st.integers() | st.floats() | st.booleans() | st.none()
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(_JSON_KEYS, inner, max_size=4)
    ),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_the_indented_encoder_writes_what_json_dumps_writes(value: object) -> None:
    """Any tree of JSON values (keys of every kind json.dumps turns into strings, NaN and infinities,
    control characters and characters outside the BMP in strings) comes out as json.dumps writes it."""
    from sudgoals.report._indent import indented as _indented

    pieces: list[str] = []
    _indented(value, "\n", pieces)
    assert "".join(pieces) == json.dumps(value, ensure_ascii=False, indent=2)
    pieces = []
    _indented({"outer": [value]}, "\n    ", pieces)  # where it stands in a larger text: each line indented
    assert "".join(pieces) == json.dumps({"outer": [value]}, ensure_ascii=False, indent=2).replace(
        "\n", "\n    "
    )
