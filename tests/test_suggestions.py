"""The correction in every pair message: each SG1xx finding (and SG402) says what would make it hold.

Tests assert the suggested values (exact), that each value really makes the target consistent, and that
an exact replacement in the text removes the finding; message wording is not asserted.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings

import sudgoals
from sudgoals._digits import terminating_places
from sudgoals.algebra import evaluate
from sudgoals.model import Direction, Finding, Paper, Span, Target, TargetKind, Verdict, replace
from sudgoals.numbers import read_figure
from sudgoals.rules import run_rules
from sudgoals.rules._suggest import rewrite_number
from sudgoals.strategies import inconsistent_targets

PAIR_CODES = {"SG101", "SG102", "SG103", "SG104"}
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def span(text: str = "x") -> Span:
    return Span(path="p.txt", line=1, column=1, end_line=1, end_column=len(text) + 1, quote=text)


def target(
    *,
    absolute: str | None = None,
    relative: str | None = None,
    baseline: str | None = None,
    level: str | None = None,
    direction: Direction | None = Direction.UP,
    language: str = "da",
) -> Target:
    figures = {
        name: read_figure(text, language=language)
        for name, text in (
            ("absolute", absolute),
            ("relative", relative),
            ("baseline", baseline),
            ("level", level),
        )
        if text is not None
    }
    built = Target(
        id="t1",
        span=span(),
        indicator="borgere",
        kind=TargetKind.CHANGE,
        direction=direction,
        verdict=Verdict.UNVERIFIABLE,
        language=language,  # type: ignore[arg-type]
        **figures,  # type: ignore[arg-type]
    )
    return evaluate(built)


def finding(code: str, t: Target) -> Finding:
    found = [f for f in run_rules(Paper(path="p.txt", language=t.language, targets=[t])) if f.code == code]
    assert len(found) == 1, [f.code for f in run_rules(Paper(path="p.txt", language="da", targets=[t]))]
    return found[0]


def values(f: Finding) -> dict[str, list[Fraction | None]]:
    out: dict[str, list[Fraction | None]] = {}
    for s in f.suggestions:
        out.setdefault(s.figure, []).append(s.value)
    return out


def holds(t: Target, figure: str, text: str) -> bool:
    fig = read_figure(text, language=t.language)
    return evaluate(replace(t, **{figure: fig})).verdict is Verdict.CONSISTENT


# --------------------------------------------------------------------------------------------- per rule


def test_sg101_level_absolute_relative_gets_each_figure() -> None:
    # "stige med 150 til 1.000, svarende til 25 pct.": 150 and 1.000 need 850, 25 pct. and 1.000 need 800
    t = target(absolute="150", relative="25 pct.", level="1.000")
    f = finding("SG101", t)
    assert values(f) == {"relative": [Fraction(18)], "absolute": [Fraction(200)], "level": [Fraction(750)]}
    assert f.data["suggested_relative"] == "18"
    rel = f.suggestions[0]
    assert (rel.low, rel.high) == (Fraction(300, 17), Fraction(300, 17))  # 150 / 850 exactly
    assert holds(t, "relative", "18 pct.") and holds(t, "absolute", "200") and holds(t, "level", "750")


def test_sg101_a_fall_of_more_than_all_gets_its_bound() -> None:
    t = target(absolute="100", relative="240 pct.", direction=Direction.DOWN)
    f = finding("SG101", t)
    (s,) = f.suggestions
    assert (s.figure, s.value, s.low, s.high) == ("relative", None, None, Fraction(100))
    assert "100" in s.text and s.messages["da"] != s.messages["en"]


def test_sg102_needs_hedge_suggests_the_exact_figures() -> None:
    t = target(relative="ca. 20 pct.", baseline="1.000", level="1.206")
    f = finding("SG102", t)
    assert values(f) == {
        "relative": [Fraction(103, 5)],
        "level": [Fraction(1200)],
        "baseline": [Fraction(1005)],
    }
    replacements = {s.figure: s.replacement for s in f.suggestions}
    assert replacements == {"relative": None, "level": None, "baseline": None}  # no spans here
    assert holds(t, "relative", "ca. 20,6 pct.")
    assert f.data["suggested_level"] == "1200"


def test_sg103_baseline_first_then_the_other_figures() -> None:
    # the example: 60 fewer and 12 pct. from a stated 400
    t = target(absolute="60", relative="12 pct.", baseline="400", direction=Direction.DOWN)
    f = finding("SG103", t)
    assert [s.figure for s in f.suggestions] == ["baseline", "relative", "absolute"]
    assert values(f) == {"baseline": [Fraction(500)], "relative": [Fraction(15)], "absolute": [Fraction(48)]}
    base = f.suggestions[0]
    assert (base.low, base.high) == (Fraction(480), Fraction(521))  # whole baselines for 60 / [11.5, 12.5]
    assert "400" in f.suggestions[1].messages["da"] and "15 pct." in f.suggestions[1].messages["da"]
    assert "48 færre" in f.suggestions[2].messages["da"]
    assert "Forslag" in f.messages["da"] and "Suggestion" in f.messages["en"]


def test_sg103_level_and_relative_against_a_stated_baseline() -> None:
    t = target(relative="18 pct.", baseline="1.200", level="1.350")
    f = finding("SG103", t)
    assert values(f) == {
        "baseline": [Fraction(1144)],
        "relative": [Fraction(25, 2)],
        "level": [Fraction(1416)],
    }
    assert (f.suggestions[0].low, f.suggestions[0].high) == (Fraction(1140), Fraction(1148))


def test_sg104_offers_the_whole_baselines_either_side() -> None:
    t = target(absolute="5", relative="12,3 pct.")
    f = finding("SG104", t)
    assert values(f) == {"relative": [Fraction(25, 2), Fraction(61, 5)]}  # 5 of 40, 5 of 41
    assert [s.low for s in f.suggestions] == [Fraction(25, 2), Fraction(500, 41)]


def test_sg402_points_then_the_relative_change() -> None:
    t = target(relative="5 pct.", baseline="40 pct.", level="45 pct.")
    f = finding("SG402", t)
    assert [(s.figure, s.value) for s in f.suggestions] == [
        ("relative", Fraction(5)),
        ("relative", Fraction(25, 2)),
    ]
    assert "procentpoint" in f.suggestions[0].messages["da"]


def test_english_paper_suggestions_are_written_the_english_way() -> None:
    t = target(relative="18%", baseline="1,200", level="1,350", language="en")
    f = finding("SG103", t)
    assert values(f)["level"] == [Fraction(1416)]
    assert "1,416" in f.suggestions[-1].messages["en"]


# --------------------------------------------------------------------------------------------- in the text


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct.", "da", "SG104"),
        (
            "Antallet af plejefamilier skal stige fra 1.000 til 1.206. Det svarer til en stigning på ca. 20 pct.",
            "da",
            "SG102",
        ),
        (
            "Antallet af udsatte københavnere, der får anvist en bolig, skal stige fra 1.200 til 1.350.\n"
            "Det svarer til en stigning på 18 pct.",
            "da",
            "SG103",
        ),
        ("5 more children are placed with a foster family. That is an increase of 12.3%.", "en", "SG104"),
        (
            "The share who complete must rise from 40% to 45%. That is an increase of 5%.",
            "en",
            "SG402",
        ),
    ],
)
def test_each_exact_replacement_removes_the_finding(text: str, language: str, code: str) -> None:
    report = sudgoals.check_text(text, language=language)
    (f,) = [f for f in report.findings if f.code == code]
    exact = [s for s in f.suggestions if s.replacement is not None]
    assert exact, f.suggestions
    for s in exact:
        assert s.span is not None
        assert text[s.span.start : s.span.end] == s.span.quote
        fixed = text[: s.span.start] + s.replacement + text[s.span.end :]  # type: ignore[operator]
        again = sudgoals.check_text(fixed, language=language)
        assert not [g for g in again.findings if g.code in PAIR_CODES | {"SG402"}], (fixed, again.findings)


def test_rewrite_number_keeps_the_papers_way_of_writing() -> None:
    assert rewrite_number("18 pct.", Fraction(15), 0, "da") == "15 pct."
    assert rewrite_number("1.000", Fraction(850), 0, "da") == "850"
    assert rewrite_number("950", Fraction(1200), 0, "da") == "1.200"
    assert rewrite_number("1000", Fraction(1200), 0, "da") == "1200"
    assert rewrite_number("about 20%", Fraction(103, 5), 1, "en") == "about 20.6%"
    assert rewrite_number("femten pct.", Fraction(15), 0, "da") is None
    assert rewrite_number("fra 1 til 2", Fraction(15), 0, "da") is None


# --------------------------------------------------------------------------------------------- contract


def test_suggestions_are_in_the_json_and_validate() -> None:
    import jsonschema

    report = sudgoals.check_text(
        "5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct.", language="da"
    )
    data = report.to_json_dict()
    schema = sudgoals.Report.model_json_schema(by_alias=True, mode="serialization")
    assert "suggestions" in schema["$defs"]["Finding"]["properties"]
    assert {"figure", "value", "text"} <= set(schema["$defs"]["Suggestion"]["required"])
    jsonschema.validate(data, schema)
    (f,) = [f for f in data["findings"] if f["code"] == "SG104"]
    first = f["suggestions"][0]
    assert {"figure", "value", "text"} <= set(first)
    assert (first["figure"], first["value"], first["replacement"]) == ("relative", "12.5", "12,5 pct.")
    assert Fraction(first["low"]) == Fraction(25, 2)
    again = sudgoals.Report.model_validate(json.loads(json.dumps(data)))
    assert again.findings == report.findings


def test_findings_without_suggestions_keep_an_empty_list() -> None:
    report = sudgoals.check_text("X flere borgere skal i job. Det svarer til X pct.", language="da")
    assert report.findings
    assert all(f.suggestions == [] for f in report.findings)


@settings(max_examples=60, deadline=None)
@given(inconsistent_targets(max_baseline=5000))
def test_every_pair_finding_carries_a_checked_suggestion(t: Target) -> None:
    t = evaluate(t)
    found = [f for f in run_rules(Paper(path="p.txt", language="da", targets=[t])) if f.code in PAIR_CODES]
    for f in found:
        assert f.suggestions, (f.code, f.message)
        for s in f.suggestions:
            if s.figure == "direction":
                other = Direction.DOWN if t.direction is Direction.UP else Direction.UP
                # a from-to with no change stated holds once its order fits, and is then "unverifiable"
                assert evaluate(replace(t, direction=other)).verdict in (
                    Verdict.CONSISTENT,
                    Verdict.UNVERIFIABLE,
                )
                continue
            if s.value is None:
                assert s.high is not None or s.low is not None
                continue
            fig = getattr(t, s.figure)
            width = fig.high - fig.low
            places = max(terminating_places(width) or 0 if width < 1 else 0, terminating_places(s.value) or 0)
            written = rewrite_number(fig.text, s.value, places, "da")
            assert written is not None
            new = read_figure(written, language="da")
            assert evaluate(replace(t, **{s.figure: new})).verdict is Verdict.CONSISTENT, (s, written)


def test_doctests_of_the_suggestion_modules() -> None:
    import doctest

    from sudgoals.rules import _base, _suggest

    for module in (_base, _suggest):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0


# --------------------------------------------------------------------------------------------- SARIF


def _apply(text: str, region: dict[str, int], inserted: str) -> str:
    lines = text.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: region["startLine"] - 1]) + region["startColumn"] - 1
    end = sum(len(line) for line in lines[: region["endLine"] - 1]) + region["endColumn"] - 1
    return text[:start] + inserted + text[end:]


def test_sarif_fixes_are_exact_edits_that_remove_the_finding(tmp_path: Path) -> None:
    from sudgoals.report import render_sarif

    source = EXAMPLES / "udkast-med-fejl.txt"
    text = source.read_text(encoding="utf-8")
    paper = tmp_path / "udkast.txt"
    paper.write_text(text, encoding="utf-8")
    report = sudgoals.check_paths([paper])
    data = json.loads(render_sarif(report, lang="da", rules=[]))
    results = data["runs"][0]["results"]
    fixed_codes = {r["ruleId"] for r in results if r.get("fixes")}
    assert {"SG102", "SG103", "SG104", "SG402"} <= fixed_codes
    for result in results:
        line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
        for fix in result.get("fixes", []):
            (change,) = fix["artifactChanges"]
            assert change["artifactLocation"]["uri"].endswith("udkast.txt")
            (edit,) = change["replacements"]
            region = edit["deletedRegion"]
            quote = _apply(text, region, "\0")
            assert "\0" in quote
            edited = _apply(text, region, edit["insertedContent"]["text"])
            edited_path = tmp_path / "edited.txt"
            edited_path.write_text(edited, encoding="utf-8")
            again = sudgoals.check_paths([edited_path])
            left = [f for f in again.findings if f.code == result["ruleId"] and f.line == line]
            assert not left, (fix["description"]["text"], left)


def test_sarif_has_no_fixes_for_papers_whose_positions_are_not_the_files(tmp_path: Path) -> None:
    from sudgoals.report import render_sarif

    report = sudgoals.check_text(
        "5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct."
    )
    docx_like = report.model_copy(
        update={"documents": [d.model_copy(update={"format": "docx"}) for d in report.documents]}
    )
    assert any(
        "fixes" in r for r in json.loads(render_sarif(report, lang="da", rules=[]))["runs"][0]["results"]
    )
    data = json.loads(render_sarif(docx_like, lang="da", rules=[]))
    assert not any("fixes" in r for r in data["runs"][0]["results"])


@pytest.mark.parametrize(
    ("sentence", "language", "code"),
    [
        ("5 flere børn kommer i en plejefamilie. Det svarer til en stigning på 12,3 pct.\n\n", "da", "SG104"),
        ("The share who complete must rise from 40% to 45%. That is an increase of 5%.\n\n", "en", "SG402"),
    ],
)
def test_a_target_stated_again_gets_the_same_suggestions_at_its_own_figures(
    sentence: str, language: str, code: str
) -> None:
    # the second paragraph repeats the first: its suggestions come from the memo, placed at its own figures
    report = sudgoals.check_text(sentence * 2, language=language)
    pairs = [f for f in report.findings if f.code == code]
    assert len(pairs) == 2
    first, second = (f.suggestions for f in pairs)
    assert first and [s.value for s in first] == [s.value for s in second]
    assert [s.messages for s in first] == [s.messages for s in second]
    for one, other in zip(first, second, strict=True):
        assert one.span is not None and other.span is not None
        assert (one.span.line, one.span.quote) == (1, other.span.quote)
        assert other.span.line == 3
        assert replace(one, span=other.span) == other
