"""What a secretary sees must be right (issue 14): compare pairs like with like, a target's verdict agrees
with its findings in every format, each paper speaks its own language, compare counts what check counts,
the API gives the JSON contract, output suffixes, one Danish word for baseline, plurals, and a chart that
shows something."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

import sudgoals
from sudgoals import cli
from sudgoals.errors import DocumentNotFoundError, DocumentPermissionError, SudgoalsError
from sudgoals.extract import extract_text
from sudgoals.model import Report, Severity, Verdict
from sudgoals.pipeline import check_text, compare_papers, load_paper
from sudgoals.reconcile import compare, drift_findings, measure
from sudgoals.report import render
from sudgoals.report._common import summary_text
from sudgoals.report._html import chart_rows

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DA_DRAFT = EXAMPLES / "udkast-med-fejl.txt"
EN_DRAFT = EXAMPLES / "draft-with-errors.en.txt"
DA_2016 = EXAMPLES / "maal-udkast-2016.txt"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(tmp_path)  # no configuration file of the repository applies
    monkeypatch.setenv("LANG", "C")
    cli._STATE.debug = False
    return CliRunner()


def invoke(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(cli.get_app(), list(args))


def schema() -> dict[str, Any]:
    return Report.model_json_schema(by_alias=True, mode="serialization")


# --------------------------------------------------------------------------------------------- 1 compare


def test_a_head_count_goal_is_not_compared_with_a_share_goal() -> None:
    old, new = load_paper(DA_2016), load_paper(DA_DRAFT)
    comparison, found = compare_papers(old, new)
    by_new_line = {m.new_span.line: m for m in comparison.matches if m.new_span is not None and m.old}
    share = by_new_line[24]  # "Andelen af unge ... fra 40 pct. til 45 pct."
    assert share.old_figures == "130 / ca. 16 pct."
    assert (share.kind_changed, share.old_measure, share.new_measure) == (True, "count", "share")
    assert share.drift is False
    assert share.overlap is None
    codes = sorted((f.line, f.code) for f in found)
    # the goal that changed kind is a finding of its own, not baseline-drift; the real drift stays
    assert codes == [(18, "SG901"), (24, "SG902")]
    (kind,) = [f for f in found if f.code == "SG902"]
    assert kind.severity is Severity.WARNING
    assert kind.data["old_measure"] == "count"
    assert kind.data["new_measure"] == "share"
    assert kind.message.startswith("Målet tæller noget andet")  # the new draft is Danish


def test_measure_reads_what_an_indicator_counts() -> None:
    def only(text: str) -> Any:
        (target,) = extract_text(text, language="da").targets
        return target

    assert measure(only("150 flere borgere får et job. Det svarer til en stigning på 18 pct.")) == "count"
    assert measure(only("Andelen af unge i job skal stige fra 40 pct. til 45 pct.")) == "share"
    assert measure(only("Ledigheden skal falde med 10 pct.")) is None  # a relative change alone


def test_same_kind_goals_are_still_paired_across_drafts() -> None:
    old = extract_text(
        "Andelen af unge i job skal stige fra 40 pct. til 44 pct.", path="a.txt", language="da"
    )
    new = extract_text(
        "Andelen af unge i job skal stige fra 40 pct. til 45 pct.", path="b.txt", language="da"
    )
    (match,) = compare(old, new).matches
    assert match.status == "changed"
    assert not match.kind_changed
    assert drift_findings(compare(old, new)) == []


def test_compare_cli_does_not_fail_on_a_change_of_kind(runner: CliRunner, tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        "130 flere unge med særlige behov får en ungdomsuddannelse, svarende til en stigning på ca. 16 pct.\n",
        encoding="utf-8",
    )
    new.write_text(
        "Andelen af unge med særlige behov, der får en ungdomsuddannelse, skal stige fra 40 pct. til 45 pct.\n",
        encoding="utf-8",
    )
    result = invoke(runner, "compare", str(old), str(new), "-f", "json")
    assert result.exit_code == 0, result.stdout  # a warning, not an error
    data = json.loads(result.stdout)
    jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)
    assert [f["code"] for f in data["findings"] if f["code"].startswith("SG9")] == ["SG902"]
    markdown = invoke(runner, "compare", str(old), str(new), "-f", "markdown", "--lang", "da").stdout
    assert "**anden slags: et antal → en andel**" in markdown
    assert "drift" not in markdown
    table = invoke(runner, "compare", str(old), str(new), "-f", "table", "--lang", "da").stdout
    assert "0 fejl, 1 advarsel" in table


# --------------------------------------------------------------------------------------------- 2 verdicts

CONTRADICTION = "150 flere udsatte københavnere får anvist en bolig. Det svarer til et fald på 18 pct.\n"


def test_a_contradiction_is_not_shown_as_consistent_in_any_format() -> None:
    report = check_text(CONTRADICTION, path="x.txt")
    (target,) = report.documents[0].targets
    assert [f.code for f in report.findings if f.severity is Severity.ERROR] == ["SG301"]
    assert target.verdict is Verdict.INCONSISTENT
    table = render(report, "table", lang="da", width=120)
    assert "inkonsistent" in table
    assert not re.search(r"(?<!in)konsistent", table)
    rows = list(csv.DictReader(io.StringIO(render(report, "csv", lang="en").lstrip("\ufeff"))))
    assert [(r["Verdict"], r["Findings"]) for r in rows] == [("inconsistent", "SG301")]
    html = render(report, "html", lang="da")
    assert 'class="verdict inconsistent"' in html
    assert 'class="verdict consistent"' not in html
    data = json.loads(render(report, "json"))
    assert data["documents"][0]["targets"][0]["verdict"] == "inconsistent"
    markdown = render(report, "markdown", lang="en")
    assert "| inconsistent |" in markdown


def test_warnings_and_notes_leave_the_verdict_alone() -> None:
    report = check_text("300 borgere med særlige behov kommer i job, svarende til 1,4 pct.\n", path="x.txt")
    (target,) = report.documents[0].targets
    assert {f.code for f in report.findings} == {"SG302"}  # a warning: no direction word
    assert target.verdict is Verdict.CONSISTENT


def test_every_verdict_stays_in_the_documented_set() -> None:
    report = sudgoals.check_paths([DA_DRAFT, EN_DRAFT])
    verdicts = {t.verdict.value for d in report.documents for t in d.targets}
    assert verdicts <= {"consistent", "consistent_with_hedge", "inconsistent", "unverifiable", "unresolved"}
    errors = {(f.path, f.target) for f in report.findings if f.severity is Severity.ERROR and f.target}
    for doc in report.documents:
        for t in doc.targets:
            if (doc.path, t.id) in errors:
                assert t.verdict is Verdict.INCONSISTENT, (doc.path, t.id)


# --------------------------------------------------------------------------------------------- 4 languages


def test_each_paper_is_reported_in_its_own_language(runner: CliRunner) -> None:
    result = invoke(runner, "check", str(DA_DRAFT), str(EN_DRAFT), "-f", "plain")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    english = [line for line in lines if line.startswith(str(EN_DRAFT))]
    danish = [line for line in lines if line.startswith(str(DA_DRAFT))]
    assert english and danish
    assert any(": SG301 error: “more” points up, but “fall” points down" in line for line in english)
    assert any(": SG301 fejl: »flere« peger op, men »fald« peger ned" in line for line in danish)
    assert not any(" fejl: " in line or " advarsel: " in line for line in english)
    # the English paper's own figures are quoted as written
    (sg402,) = [line for line in english if "SG402" in line]
    assert "40% → 45%" in sg402
    assert "pct." not in sg402.split("→")[0]


def test_lang_translates_messages_but_never_quotes(runner: CliRunner) -> None:
    result = invoke(runner, "check", str(EN_DRAFT), "-f", "plain", "--lang", "da")
    (sg402,) = [line for line in result.stdout.splitlines() if "SG402" in line]
    assert "SG402 fejl: 40% → 45% er 5 procentpoint" in sg402
    assert "40 pct." not in sg402


def test_table_and_html_write_each_document_in_its_language() -> None:
    report = sudgoals.check_paths([DA_DRAFT, EN_DRAFT])
    table = render(report, "table", width=140)
    da_part, en_part = table.split(str(EN_DRAFT))[0], table.split(str(EN_DRAFT))[1]
    assert "Vurdering" in da_part
    assert "Verdict" in en_part
    assert "Vurdering" not in en_part
    html = render(report, "html")
    assert '<section class="document" lang="da">' in html
    assert '<section class="document" lang="en">' in html


# --------------------------------------------------------------------------------------------- 6 compare counts


def test_compare_summary_counts_what_check_counts(runner: CliRunner) -> None:
    checked = json.loads(invoke(runner, "check", str(DA_2016), str(DA_DRAFT), "-f", "json").stdout)
    compared = json.loads(invoke(runner, "compare", str(DA_2016), str(DA_DRAFT), "-f", "json").stdout)
    jsonschema.validate(compared, schema(), cls=jsonschema.Draft202012Validator)

    def codes(data: dict[str, Any]) -> list[tuple[str, int, str]]:
        return sorted((f["path"], f["line"], f["code"]) for f in data["findings"])

    across = [c for c in codes(compared) if c[2].startswith("SG9")]
    assert codes(compared) == sorted(codes(checked) + across)
    assert any(code == "SG201" for _p, _l, code in codes(compared))  # the drafts' "X pct." placeholders
    table = invoke(runner, "compare", str(DA_2016), str(DA_DRAFT), "-f", "table", "--lang", "da")
    warnings = sum(1 for f in compared["findings"] if f["severity"] == "warning")
    errors = sum(1 for f in compared["findings"] if f["severity"] == "error")
    assert f"{errors} fejl, {warnings} advarsler" in table.stdout
    assert "0 fejl, 0 advarsler" not in table.stdout


# --------------------------------------------------------------------------------------------- 7 API


def test_model_dump_gives_the_contract() -> None:
    report = check_text(CONTRADICTION)
    dumped = report.model_dump(mode="json")
    assert list(dumped)[:2] == ["schema", "tool"]
    assert "schema_" not in dumped
    assert "comparisons" not in dumped  # only a comparison has them
    as_json = json.loads(report.model_dump_json())
    assert as_json == report.to_json_dict() == json.loads(render(report, "json"))
    assert as_json["schema"] == "sudgoals.report/1"
    jsonschema.validate(as_json, schema(), cls=jsonschema.Draft202012Validator)
    old = extract_text("150 flere får en bolig. Det svarer til 18 pct.", path="a.txt", language="da")
    with_comparison = report.model_copy(update={"comparisons": [compare(old, old)]})
    assert "comparisons" in json.loads(with_comparison.model_dump_json())


def test_render_has_a_default_language_and_format() -> None:
    report = check_text(CONTRADICTION)
    assert json.loads(sudgoals.render(report, "json"))["schema"] == "sudgoals.report/1"
    assert sudgoals.render(report) == sudgoals.render(report, "json")
    assert "inkonsistent" in sudgoals.render(report, "table")  # the paper is Danish
    assert "SG301 fejl:" in sudgoals.render(report, "plain")
    with pytest.raises(ValueError, match="lang"):
        sudgoals.render(report, "plain", lang="de")


def test_file_errors_derive_from_the_matching_builtin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "gone.txt"
    for call in (
        lambda: load_paper(missing),
        lambda: sudgoals.check_paths([missing]),
        lambda: sudgoals.read(missing),
    ):
        with pytest.raises(FileNotFoundError) as info:
            call()
        assert isinstance(info.value, SudgoalsError)
        assert isinstance(info.value, DocumentNotFoundError)
        assert info.value.filename == str(missing)
        assert str(info.value) == f"{missing}: no such file or folder"
    locked = tmp_path / "locked.txt"
    locked.write_text("150 flere", encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(PermissionError) as denied:
        load_paper(locked)
    assert isinstance(denied.value, DocumentPermissionError)
    assert "permission denied" in str(denied.value)


def test_missing_file_on_the_command_line_is_one_line_and_exit_2(runner: CliRunner) -> None:
    result = invoke(runner, "check", "gone.txt")
    assert result.exit_code == 2
    assert "gone.txt" in result.stderr
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------------------------- 8 suffixes


def test_an_output_suffix_that_names_no_format_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "check", str(DA_DRAFT), "-o", "report.xlsx")
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "report.xlsx" in message
    assert ".xlsx" in message
    for suffix in (".json", ".html", ".md", ".csv", ".sarif"):
        assert suffix in message
    assert not (tmp_path / "report.xlsx").exists()
    compared = invoke(runner, "compare", str(DA_2016), str(DA_DRAFT), "-o", "diff.csv")
    assert compared.exit_code == 2
    assert ".html" in compared.stderr
    assert not (tmp_path / "diff.csv").exists()


@pytest.mark.parametrize(
    ("name", "looks_like"),
    [
        ("r.json", r'^\{\n  "schema": "sudgoals.report/1"'),
        ("r.html", r"^<!DOCTYPE html>"),
        ("r.md", r"^# sudgoals"),
        ("r.csv", r"^\ufeffFil;Id;Linje;"),
        ("r.sarif", r'"version": "2.1.0"'),
    ],
)
def test_the_output_suffix_picks_the_format(
    runner: CliRunner, tmp_path: Path, name: str, looks_like: str
) -> None:
    result = invoke(runner, "check", str(DA_DRAFT), "-o", name)
    assert result.exit_code == 1  # the draft has errors
    assert re.search(looks_like, (tmp_path / name).read_text(encoding="utf-8"))


def test_an_explicit_format_wins_over_the_suffix(runner: CliRunner, tmp_path: Path) -> None:
    assert invoke(runner, "check", str(DA_DRAFT), "-o", "notes.xlsx", "-f", "json").exit_code == 1
    assert json.loads((tmp_path / "notes.xlsx").read_text(encoding="utf-8"))["schema"] == "sudgoals.report/1"


# --------------------------------------------------------------------------------------------- 9 words


def test_summary_plurals_in_both_languages() -> None:
    one = check_text("90 færre udsættelser på årsplan. Det svarer til et fald på X pct.\n", path="x.txt")
    assert summary_text(one, "en") == "1 document, 1 target, 0 errors, 1 warning, 0 notes"
    assert summary_text(one, "da") == "1 dokument, 1 mål, 0 fejl, 1 advarsel, 0 noter"
    many = sudgoals.check_paths([DA_DRAFT, EN_DRAFT])
    assert re.fullmatch(
        r"2 dokumenter, \d+ mål, \d+ fejl, \d+ advarsler, \d+ noter", summary_text(many, "da")
    )
    assert re.fullmatch(
        r"2 documents, \d+ targets, \d+ errors, \d+ warnings, \d+ notes", summary_text(many, "en")
    )


def test_severities_are_translated_everywhere(runner: CliRunner) -> None:
    plain = invoke(runner, "check", str(DA_DRAFT), "-f", "plain", "--lang", "da").stdout
    assert set(re.findall(r": SG\d{3} (\w+):", plain)) == {"fejl", "advarsel", "note"}
    english = invoke(runner, "check", str(DA_DRAFT), "-f", "plain", "--lang", "en").stdout
    assert set(re.findall(r": SG\d{3} (\w+):", english)) == {"error", "warning", "info"}
    rules = invoke(runner, "rules", "--lang", "da", "-f", "plain").stdout
    assert "SG101\tpair-inconsistent\tfejl\t" in rules
    assert "\terror\t" not in rules
    markdown = invoke(runner, "check", str(DA_DRAFT), "-f", "markdown", "--lang", "da").stdout
    assert "**fejl**" in markdown
    assert "**error**" not in markdown


def test_one_danish_word_for_baseline() -> None:
    from sudgoals.rules import all_rules

    def outside_quotes(text: str) -> str:
        return re.sub(r"»[^«]*«", "", text)

    for rule in all_rules():
        for part in (rule.da.title, rule.da.what, rule.da.why, rule.da.fix):
            assert "baseline" not in outside_quotes(part).lower(), (rule.code, part)
    report = sudgoals.check_paths([DA_DRAFT, EN_DRAFT, DA_2016])
    messages = [f.messages["da"] for f in report.findings]
    assert any("udgangspunkt" in m for m in messages)
    for text in messages:
        assert "baseline" not in outside_quotes(text).lower(), text


# --------------------------------------------------------------------------------------------- 10 chart

MISMATCH = (
    "1. Antallet af udsatte københavnere, der får anvist en bolig, skal stige fra 1.200 til 1.350.\n"
    "   Det svarer til en stigning på 18 pct.\n"
)


def test_chart_has_a_scale_and_marks_the_stated_baseline() -> None:
    report = check_text(MISMATCH, path="x.txt")
    (row,) = chart_rows(report, "da")
    (bar,) = row.bars
    assert bar.text == "1.140–1.148"
    assert [tick.text for tick in row.ticks] == ["1.140", "1.160", "1.180", "1.200"]
    xs = [tick.x for tick in row.ticks]
    assert xs == sorted(xs)
    (marker,) = row.markers
    assert marker.text == "1.200"
    assert marker.fits is False  # SG103: the stated baseline lies outside what the figures allow
    assert marker.x > bar.x + bar.width
    html = render(report, "html", lang="da")
    assert 'class="stated off"' in html
    assert "x.txt: oplyst udgangspunkt 1.200" in html
    assert '<text class="tick"' in html


def test_chart_is_left_out_when_it_shows_nothing() -> None:
    report = check_text("150 flere får en bolig. Det svarer til en stigning på 18 pct.\n", path="x.txt")
    assert report.documents[0].targets[0].implied_baseline is not None
    assert chart_rows(report, "en") == []
    html = render(report, "html", lang="en")
    assert 'id="chart"' not in html
    assert "<svg" not in html


def test_chart_of_two_drafts_draws_both_bars_on_one_scale() -> None:
    old = extract_text(
        "150 flere får en bolig. Det svarer til en stigning på 18 pct.", path="a.txt", language="da"
    )
    new = extract_text(
        "165 flere får en bolig. Det svarer til en stigning på ca. 20 pct.", path="b.txt", language="da"
    )
    comparison, found = compare_papers(old, new)
    report = sudgoals.build_report([old, new], found, comparisons=[comparison])
    (row,) = chart_rows(report, "da")
    assert [b.text for b in row.bars] == ["811–857", "805–846"]
    assert row.overlap_text == "811–846"
    assert row.overlap_x is not None
    assert [tick.text for tick in row.ticks] == ["810", "820", "830", "840", "850"]
    assert all(0 < tick.x < 640 for tick in row.ticks)


# --------------------------------------------------------------------------------------------- 5 SG701


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Loneliness among older residents will fall.\n", "en"),
        ("- Loneliness among older residents will fall.\n", "en"),
        ("Our goals\n\nLoneliness among older residents will fall.\n", "en"),
        ("The committee met in May.\nLoneliness among older residents will fall.\n", "en"),
        ("We have five aims:\n\n1. Housing\n\nLoneliness among older residents will fall.\n", "en"),
        ("Ensomheden blandt ældre skal falde.\n", "da"),
        ("Udvalget mødtes i maj.\nFærre borgere med særlige behov er ensomme.\n", "da"),
        ("- Færre borgere med særlige behov er ensomme.\n", "da"),
    ],
)
def test_goal_unquantified_fires_once_on_a_goal_sentence(text: str, language: str) -> None:
    report = check_text(text, language=language)
    (hit,) = [f for f in report.findings if f.code == "SG701"]
    assert hit.data["direction"] == "down"
    assert hit.span is not None
    assert hit.span.quote.rstrip(".") in text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fewer evictions\n", "en"),
        ("# Loneliness among older residents\n", "en"),
        ("Unemployment rose in 2019, as the annual report shows.\n", "en"),
        ("The committee will meet again in May.\n", "en"),
        ("Færre udsættelser\n", "da"),
        ("Ledigheden steg i 2019, som årsrapporten viser.\n", "da"),
        ("Vi har fokus på at have en god dialog.\n", "da"),
        # the words after an abbreviation's full stop are the same sentence, with its figure
        (
            "På landsplan blev der registreret 5.789 hjemløse, 3 pct. færre end ved den seneste opgørelse.\n",
            "da",
        ),
        ("I hela landet fanns 5 789 hemlösa, 3 proc. färre än vid förra mätningen.\n", "en"),
    ],
)
def test_goal_unquantified_stays_silent_on_headings_and_prose_without_a_goal(
    text: str, language: str
) -> None:
    assert "SG701" not in {f.code for f in check_text(text, language=language).findings}
