"""The command line: exit codes and output of every command and format, hostile paths, parallel = serial.

The library seam (``sudgoals.cli._api``) is replaced by small stand-ins here, so these tests pin the CLI's
own behaviour; ``test_cli_real_*`` run the real pipeline when it is installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sudgoals import __version__, cli
from sudgoals.errors import DocumentError, SudgoalsError
from sudgoals.model import (
    DocumentReport,
    Finding,
    Paper,
    PolicyInfo,
    Report,
    Severity,
    ToolInfo,
    Verdict,
)
from sudgoals.readers import iter_paths
from test_report import _FakeRule, paper, targets_a, targets_b

# ---------------------------------------------------------------------------------------------------------
# stand-ins for the library


@dataclass(frozen=True)
class FakeConfig:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    rounding: str = "half-up"
    hedges: str = "standard"
    language: str = "auto"
    fail_on: str = "error"

    @classmethod
    def load(cls, start: Path) -> FakeConfig:
        return cls()


class FakeUnknownRule(SudgoalsError, KeyError):
    def __str__(self) -> str:
        return f"unknown rule {self.args[0]!r}"


def fake_extract(path: str, config: Any) -> Paper:
    text = Path(path).read_text(encoding="utf-8")
    if "BROKEN" in text:
        raise DocumentError(path, "damaged file", line=3)
    if "CRASH" in text:
        raise RuntimeError("a bug")
    if "B" in text:
        return paper(path, targets_b(path))
    return paper(path, targets_a(path))


def fake_check_paper(p: Paper, config: Any) -> list[Finding]:
    findings: list[Finding] = []
    for tg in p.targets:
        if tg.verdict == Verdict.UNRESOLVED:
            findings.append(
                Finding(
                    code="SG201",
                    name="placeholder-unresolved",
                    severity=Severity.WARNING,
                    path=p.path,
                    line=tg.span.line,
                    column=tg.span.column,
                    message="placeholder",
                    target=tg.id,
                    messages={"da": "pladsholder", "en": "placeholder"},
                )
            )
        if tg.id.endswith("1") and "BAD" in Path(p.path).name:
            findings.append(
                Finding(
                    code="SG101",
                    name="pair-inconsistent",
                    severity=Severity.ERROR,
                    path=p.path,
                    line=tg.span.line,
                    column=tg.span.column,
                    message="inconsistent",
                    target=tg.id,
                )
            )
    if config.select:
        findings = [f for f in findings if f.code in config.select or f.name in config.select]
    return [f for f in findings if f.code not in config.ignore and f.name not in config.ignore]


def fake_build_report(
    papers: Sequence[Paper], findings: Sequence[Finding], config: Any, *, comparisons: Any = None
) -> Report:
    return Report(
        tool=ToolInfo(version=__version__),
        policy=PolicyInfo(rounding=config.rounding, hedges=config.hedges),
        documents=[DocumentReport(path=p.path, language=p.language, targets=p.targets) for p in papers],
        findings=list(findings),
        comparisons=comparisons,
    )


RULES = [
    _FakeRule("SG101", "pair-inconsistent", Severity.ERROR),
    _FakeRule("SG201", "placeholder-unresolved", Severity.WARNING),
]


def fake_get_rule(key: str) -> _FakeRule:
    for rule in RULES:
        if key in (rule.code, rule.name):
            return rule
    raise FakeUnknownRule(key)


FAKE_API = cli._Api(
    load_config=FakeConfig.load,
    expand_paths=iter_paths,
    load_paper=fake_extract,
    check_paper=fake_check_paper,
    build_report=fake_build_report,
    dump_spec=lambda p: f'path = "{p.path}"\ntargets = {len(p.targets)}\n',
    all_rules=lambda: RULES,
    get_rule=fake_get_rule,
)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(cli, "_api", lambda: FAKE_API)
    cli._STATE.debug = False
    yield
    cli._STATE.debug = False


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.txt").write_text("A draft\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("B draft\n", encoding="utf-8")
    (tmp_path / "BAD.txt").write_text("A draft with an error\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("BROKEN\n", encoding="utf-8")
    (tmp_path / "crash.txt").write_text("CRASH\n", encoding="utf-8")
    return tmp_path


def invoke(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(cli.get_app(), list(args))


def report_schema() -> dict[str, Any]:
    return Report.model_json_schema(by_alias=True, mode="serialization")


# ---------------------------------------------------------------------------------------------------------
# check


def test_check_default_piped_is_plain_and_exit_codes(fake: None, runner: CliRunner, drafts: Path) -> None:
    ok = invoke(runner, "check", "old.txt")
    assert ok.exit_code == 0  # only a warning: below the default --fail-on error
    assert ok.stdout.splitlines() == ["old.txt:56:3: SG201 advarsel: pladsholder"]
    bad = invoke(runner, "check", "BAD.txt")
    assert bad.exit_code == 1
    assert "BAD.txt:53:3: SG101" in bad.stdout


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_check_fail_on(fake: None, runner: CliRunner, drafts: Path, fail_on: str, expected: int) -> None:
    assert invoke(runner, "check", "old.txt", "--fail-on", fail_on).exit_code == expected


def test_check_fail_on_never_even_with_errors(fake: None, runner: CliRunner, drafts: Path) -> None:
    assert invoke(runner, "check", "BAD.txt", "--fail-on", "never").exit_code == 0


def test_check_json_is_schema_valid(fake: None, runner: CliRunner, drafts: Path) -> None:
    import jsonschema

    result = invoke(runner, "check", "old.txt", "new.txt", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    jsonschema.validate(data, report_schema(), cls=jsonschema.Draft202012Validator)
    assert [d["path"] for d in data["documents"]] == ["old.txt", "new.txt"]
    assert data["documents"][0]["targets"][0]["implied_baseline"]["low"] == "811"


def test_check_every_format(fake: None, runner: CliRunner, drafts: Path) -> None:
    for fmt in ("table", "json", "jsonl", "markdown", "csv", "sarif", "github", "html", "plain"):
        result = invoke(runner, "check", "old.txt", "BAD.txt", "--format", fmt)
        assert result.exit_code == 1, (fmt, result.stderr)
        assert result.stdout, fmt
    table = invoke(runner, "check", "old.txt", "--format", "table", "--lang", "en")
    assert "811–857" in table.stdout
    assert "[17.5, 18.5)" in table.stdout
    sarif = json.loads(invoke(runner, "check", "BAD.txt", "--format", "sarif").stdout)
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {"SG101", "SG201"}
    assert [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]][:2] == ["SG101", "SG201"]
    github = invoke(runner, "check", "BAD.txt", "--format", "github").stdout.splitlines()
    assert github[0].startswith("::error file=BAD.txt,line=53,col=3")


def test_check_lang_switches_messages(fake: None, runner: CliRunner, drafts: Path) -> None:
    da = invoke(runner, "check", "old.txt", "--lang", "da").stdout
    en = invoke(runner, "check", "old.txt", "--lang", "en").stdout
    assert da.endswith("pladsholder\n")
    assert en.endswith("placeholder\n")


def test_check_output_file_and_format_from_suffix(fake: None, runner: CliRunner, drafts: Path) -> None:
    result = invoke(runner, "check", "old.txt", "-o", "out.json")
    assert result.exit_code == 0
    assert result.stdout == ""
    data = json.loads((drafts / "out.json").read_text(encoding="utf-8"))
    assert data["schema"] == "sudgoals.report/1"
    invoke(runner, "check", "old.txt", "-o", "out.csv")
    assert (drafts / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    invoke(runner, "check", "old.txt", "-o", "report.html")
    assert (drafts / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_check_select_and_ignore_reach_the_config(fake: None, runner: CliRunner, drafts: Path) -> None:
    only_errors = invoke(runner, "check", "BAD.txt", "--select", "SG101")
    assert [line.split(": ")[1].split()[0] for line in only_errors.stdout.splitlines()] == ["SG101"]
    ignored = invoke(runner, "check", "BAD.txt", "--ignore", "SG101,placeholder-unresolved")
    assert ignored.exit_code == 0
    assert ignored.stdout == ""


def test_check_policy_options_reach_the_config(fake: None, runner: CliRunner, drafts: Path) -> None:
    result = invoke(runner, "check", "old.txt", "--rounding", "exact", "--hedges", "none", "-f", "json")
    policy = json.loads(result.stdout)["policy"]
    assert (policy["rounding"], policy["hedges"]) == ("exact", "none")


def test_check_folder_and_glob(fake: None, runner: CliRunner, drafts: Path) -> None:
    sub = drafts / "papers"
    sub.mkdir()
    (sub / "one.txt").write_text("A\n", encoding="utf-8")
    (sub / "two.md").write_text("B\n", encoding="utf-8")
    (sub / "notes.bin").write_bytes(b"\x00\x01")
    (sub / "pyproject.toml").write_text("[tool.sudgoals]\n", encoding="utf-8")
    folder = json.loads(invoke(runner, "check", "papers", "-f", "json").stdout)
    assert [Path(d["path"]).name for d in folder["documents"]] == ["one.txt", "two.md"]
    globbed = json.loads(invoke(runner, "check", "papers/*.txt", "-f", "json").stdout)
    assert [Path(d["path"]).name for d in globbed["documents"]] == ["one.txt"]


def test_check_jsonl_streams_one_line_per_document(fake: None, runner: CliRunner, drafts: Path) -> None:
    import jsonschema

    result = invoke(runner, "check", "old.txt", "new.txt", "BAD.txt", "-f", "jsonl")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        jsonschema.validate(json.loads(line), report_schema(), cls=jsonschema.Draft202012Validator)
    assert [json.loads(line)["documents"][0]["path"] for line in lines] == ["old.txt", "new.txt", "BAD.txt"]


def test_check_parallel_equals_serial(fake: None, runner: CliRunner, drafts: Path) -> None:
    many = drafts / "many"
    many.mkdir()
    for k in range(12):
        (many / f"p{k:02d}{'_BAD' if k % 5 == 0 else ''}.txt").write_text(
            "AB"[k % 2] + "\n", encoding="utf-8"
        )
    serial = invoke(runner, "check", "many", "-f", "json", "--jobs", "1")
    parallel = invoke(runner, "check", "many", "-f", "json", "--jobs", "2")
    assert serial.exit_code == parallel.exit_code == 1
    assert serial.stdout == parallel.stdout
    serial_l = invoke(runner, "check", "many", "-f", "jsonl", "--jobs", "1")
    parallel_l = invoke(runner, "check", "many", "-f", "jsonl", "--jobs", "2")
    assert serial_l.stdout == parallel_l.stdout
    assert len(serial_l.stdout.splitlines()) == 12


# ---------------------------------------------------------------------------------------------------------
# hostile input: one line on stderr, exit 2, no traceback


def _one_error_line(result: Any) -> str:
    assert result.exit_code == 2, (result.stdout, result.stderr, result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_missing_file(fake: None, runner: CliRunner, drafts: Path) -> None:
    line = _one_error_line(invoke(runner, "check", "nope.txt"))
    assert "nope.txt" in line


def test_glob_matching_nothing_and_empty_folder(fake: None, runner: CliRunner, drafts: Path) -> None:
    assert "*.pdf" in _one_error_line(invoke(runner, "check", "*.pdf"))
    (drafts / "empty").mkdir()
    assert "empty" in _one_error_line(invoke(runner, "check", "empty"))


def test_damaged_file_names_file_and_line(fake: None, runner: CliRunner, drafts: Path) -> None:
    line = _one_error_line(invoke(runner, "check", "broken.txt"))
    assert "broken.txt:3" in line


def test_unexpected_error_is_one_line(fake: None, runner: CliRunner, drafts: Path) -> None:
    line = _one_error_line(invoke(runner, "check", "crash.txt"))
    assert "crash.txt" in line
    assert "RuntimeError" in line
    assert "--debug" in line


def test_one_bad_file_in_a_batch_keeps_the_others(fake: None, runner: CliRunner, drafts: Path) -> None:
    result = invoke(runner, "check", "old.txt", "broken.txt", "new.txt", "-f", "json")
    assert result.exit_code == 2
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == ["old.txt", "new.txt"]
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(fake: None, runner: CliRunner, drafts: Path) -> None:
    locked = drafts / "locked.txt"
    locked.write_text("A\n", encoding="utf-8")
    locked.chmod(0)
    try:
        assert "locked.txt" in _one_error_line(invoke(runner, "check", "locked.txt"))
    finally:
        locked.chmod(0o600)


def test_debug_shows_the_traceback(fake: None, runner: CliRunner, drafts: Path) -> None:
    result = invoke(runner, "--debug", "check", "crash.txt")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr
    assert "RuntimeError: a bug" in result.stderr


def test_usage_errors_exit_2(fake: None, runner: CliRunner, drafts: Path) -> None:
    assert invoke(runner, "check").exit_code == 2
    assert invoke(runner, "check", "old.txt", "--format", "pdf").exit_code == 2
    assert invoke(runner, "check", "old.txt", "--jobs", "0").exit_code == 2
    assert invoke(runner, "frobnicate").exit_code == 2


def test_error_messages_in_danish(fake: None, runner: CliRunner, drafts: Path) -> None:
    da = _one_error_line(invoke(runner, "check", "nope.txt", "--lang", "da"))
    en = _one_error_line(invoke(runner, "check", "nope.txt", "--lang", "en"))
    assert da != en


# ---------------------------------------------------------------------------------------------------------
# extract, compare, rules, explain, schema, version


def test_extract_to_stdout_and_file(fake: None, runner: CliRunner, drafts: Path) -> None:
    result = invoke(runner, "extract", "old.txt")
    assert result.exit_code == 0
    assert result.stdout == 'path = "old.txt"\ntargets = 4\n'
    written = invoke(runner, "extract", "old.txt", "-o", "old.toml")
    assert written.exit_code == 0
    assert (drafts / "old.toml").read_text(encoding="utf-8").startswith("path")
    again = invoke(runner, "extract", "old.txt", "-o", "old.toml")
    assert "old.toml" in _one_error_line(again)
    assert invoke(runner, "extract", "old.txt", "-o", "old.toml", "--force").exit_code == 0
    assert "nope.txt" in _one_error_line(invoke(runner, "extract", "nope.txt"))
    assert "broken.txt:3" in _one_error_line(invoke(runner, "extract", "broken.txt"))


def test_compare_table(fake: None, runner: CliRunner, drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # wide enough that no cell wraps (pytest-xdist workers report 80)
    result = invoke(runner, "compare", "old.txt", "new.txt", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "150 / 18 pct." in out
    assert "165 / ca. 20 pct." in out
    assert "811–846" in out
    assert "517–545" in out
    assert "appeared" in out
    assert "vanished" in out
    assert "unchanged" in out


def test_compare_json_has_comparisons(fake: None, runner: CliRunner, drafts: Path) -> None:
    import jsonschema

    result = invoke(runner, "compare", "old.txt", "new.txt", "-f", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, report_schema(), cls=jsonschema.Draft202012Validator)
    (comparison,) = data["comparisons"]
    statuses = sorted(m["status"] for m in comparison["matches"])
    assert statuses == ["appeared", "changed", "changed", "unchanged", "vanished"]
    # the drafts' own findings, as `check` reports them (their placeholders), and no drift
    assert sorted((f["path"], f["code"]) for f in data["findings"]) == [
        ("new.txt", "SG201"),
        ("old.txt", "SG201"),
    ]


def test_compare_markdown_and_html(fake: None, runner: CliRunner, drafts: Path) -> None:
    md = invoke(runner, "compare", "old.txt", "new.txt", "-f", "markdown")
    assert md.exit_code == 0
    assert "811–846" in md.stdout
    html = invoke(runner, "compare", "old.txt", "new.txt", "-o", "diff.html")
    assert html.exit_code == 0
    text = (drafts / "diff.html").read_text(encoding="utf-8")
    assert "<svg" in text
    assert 'class="reconciliation"' in text


def drifting_extract(path: str, config: Any) -> Paper:
    p = fake_extract(path, config)
    if "B" in Path(path).read_text(encoding="utf-8"):
        first = p.targets[0].model_copy(
            update={
                "implied_baseline": p.targets[0].implied_baseline.model_copy(
                    update={"low": 2000, "high": 2100}
                )
            }
        )
        return p.model_copy(update={"targets": [first, *p.targets[1:]]})
    return p


def test_compare_drift_fails(
    fake: None, runner: CliRunner, drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_api", lambda: FAKE_API.replace(load_paper=drifting_extract))
    result = invoke(runner, "compare", "old.txt", "new.txt", "-f", "json")
    assert result.exit_code == 1
    (found,) = [f for f in json.loads(result.stdout)["findings"] if f["code"] != "SG201"]
    assert found["name"] == "baseline-drift"
    assert found["severity"] == "error"
    assert found["path"] == "new.txt"
    assert invoke(runner, "compare", "old.txt", "new.txt", "--fail-on", "never").exit_code == 0


def test_compare_missing_draft(fake: None, runner: CliRunner, drafts: Path) -> None:
    assert "gone.txt" in _one_error_line(invoke(runner, "compare", "old.txt", "gone.txt"))


def test_rules_and_explain(fake: None, runner: CliRunner) -> None:
    listed = invoke(runner, "rules")
    assert listed.exit_code == 0
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["SG101", "SG201"]
    as_json = json.loads(invoke(runner, "rules", "-f", "json").stdout)
    assert (
        as_json[1]
        == {
            "code": "SG201",
            "name": "placeholder-unresolved",
            "severity": "warning",
            "title": "placeholder-unresolved (en)",
        }
        or as_json[1]["code"] == "SG201"
    )
    by_code = invoke(runner, "explain", "SG101", "--lang", "en")
    by_name = invoke(runner, "explain", "pair-inconsistent", "--lang", "en")
    assert by_code.exit_code == by_name.exit_code == 0
    assert by_code.stdout == by_name.stdout
    assert by_code.stdout.startswith("SG101 pair-inconsistent")
    assert "SG999" in _one_error_line(invoke(runner, "explain", "SG999"))


def test_schema_command(runner: CliRunner) -> None:
    result = invoke(runner, "schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == report_schema()


def test_version(runner: CliRunner) -> None:
    result = invoke(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"sudgoals {__version__}"


# ---------------------------------------------------------------------------------------------------------
# the real entry point, in a subprocess


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sudgoals", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_main_version_imports_no_typer_rich_or_pydantic() -> None:
    code = (
        "import sys, time; t=time.perf_counter(); sys.argv=['sudgoals','--version'];\n"
        "from sudgoals.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "assert 'typer' not in sys.modules and 'rich' not in sys.modules and 'pydantic' not in sys.modules, "
        "sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'pydantic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"sudgoals {__version__}"
    # how fast it is, the benchmark measures (benchmarks/run.py, "Cold start"); this test holds the reason:
    # nothing heavy is imported


def _check_in_a_fresh_process(paper: Path, *options: str) -> tuple[list[str], list[str], str]:
    """Run ``sudgoals check [options] PAPER`` through ``main`` in a fresh interpreter, with the fast path
    as a user has it: its output lines, its exit line, and which of pydantic, pydantic_core and typer it
    loaded."""
    code = (
        f"import sys; sys.argv = ['sudgoals', 'check', *{list(options)!r}, sys.argv[1]]\n"
        "from sudgoals.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
        "print()\nprint('EXIT', code)\n"
        "print('LOADED', sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('pydantic', 'pydantic_core', 'typer')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "SUDGOALS_CLI_FAST"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(paper)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=paper.parent,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    return lines[:-3], lines[-2:-1], lines[-1]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # targets, figures, rules and their findings: the whole check path
        ("udkast.txt", "150 flere udsatte borgere får en bolig. Det svarer til et fald på 18 pct.\n"),
        ("housing.en.txt", "We will build 500 more homes, an increase of 5%, and reduce waiting lists.\n"),
        ("empty.txt", "Ingen tal her.\n"),
    ],
)
def test_a_plain_check_with_text_output_imports_no_pydantic(tmp_path: Path, name: str, text: str) -> None:
    """``sudgoals check PAPER`` with the default text output runs on the plain model classes: pydantic (and
    its model classes, half of a cold start) is imported only for the schema, specs and validation."""
    paper = tmp_path / name
    paper.write_text(text, encoding="utf-8")
    lines, exit_line, loaded = _check_in_a_fresh_process(paper)
    assert loaded == "LOADED []", loaded
    assert exit_line[0] in ("EXIT 0", "EXIT 1")
    if name == "udkast.txt":
        assert any(": SG301 " in line for line in lines), lines  # the check ran, with its findings
        # the same findings as the full parser (which validates its options with pydantic) prints
        again = _run("check", str(paper), "--format", "plain", cwd=tmp_path)
        assert lines == again.stdout.splitlines()


@pytest.mark.parametrize("fmt", ["json", "sarif", "html"])
def test_a_check_in_the_formats_ci_reads_imports_no_pydantic(tmp_path: Path, fmt: str) -> None:
    """``check --format json|sarif|html`` writes its report from the plain objects: the report JSON is made
    without the pydantic twins (a test in test_same_results holds the two dumps to each other)."""
    paper = tmp_path / "udkast.txt"
    paper.write_text(
        "150 flere udsatte borgere får en bolig. Det svarer til et fald på 18 pct.\n", encoding="utf-8"
    )
    lines, exit_line, loaded = _check_in_a_fresh_process(paper, "--format", fmt)
    assert loaded == "LOADED []", loaded
    assert exit_line == ["EXIT 1"]  # SG301 is an error
    assert "SG301" in "\n".join(lines)


def test_main_errors_are_one_line(tmp_path: Path) -> None:
    missing = _run("check", "does-not-exist.txt", cwd=tmp_path)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
    assert missing.stderr.count("\n") == 1
    assert "does-not-exist.txt" in missing.stderr
    usage = _run("check", "--no-such-option", cwd=tmp_path)
    assert usage.returncode == 2
    assert usage.stderr.count("\n") == 1
    no_args = _run(cwd=tmp_path)
    assert no_args.returncode == 2
    assert "Usage" in no_args.stderr


def _run_env(*args: str, cwd: Path, fast: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUDGOALS_CLI_FAST": "1" if fast else "0"}
    return subprocess.run(
        [sys.executable, "-m", "sudgoals", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_plain_check_skips_the_parser_and_answers_the_same(tmp_path: Path) -> None:
    """``sudgoals check PATH...`` without options skips typer; its output and exit code must be those of
    the full parser, for papers, folders, several files and every kind of error."""
    root = Path(__file__).resolve().parent.parent
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_text("")
    cases = [
        [str(root / "examples" / "draft-with-errors.en.txt")],
        [str(root / "examples" / "maal-udkast-2016.txt"), str(root / "examples" / "udkast-med-fejl.txt")],
        [str(root / "examples")],
        ["does-not-exist.txt"],
        [str(tmp_path / "empty-folder")],
        [str(tmp_path / "junk.txt")],
        [str(tmp_path / "empty.txt"), str(root / "examples" / "housing-strategy-2020-2024.en.txt")],
        # the options the fast path reads itself, in both spellings and places
        ["--format", "json", str(root / "examples" / "udkast-med-fejl.txt")],
        [str(root / "examples" / "udkast-med-fejl.txt"), "-f", "sarif", "--fail-on", "never", "--lang", "en"],
        [
            "--format=plain",
            "--fail-on=warning",
            "--lang=da",
            str(root / "examples" / "draft-with-errors.en.txt"),
        ],
        ["-f", "csv", str(root / "examples")],
        ["--format", "json", "does-not-exist.txt"],
        # what it leaves to the full parser: a value it refuses, an option given twice, an option it does
        # not read, an option without its value
        ["--format", "pdf", str(root / "examples" / "udkast-med-fejl.txt")],
        ["--lang", "en", "--lang", "da", str(root / "examples" / "udkast-med-fejl.txt")],
        ["--rounding", "down", str(root / "examples" / "udkast-med-fejl.txt")],
        [str(root / "examples" / "udkast-med-fejl.txt"), "--format"],
        ["--format", "json"],
    ]
    for paths in cases:
        fast = _run_env("check", *paths, cwd=tmp_path, fast=True)
        full = _run_env("check", *paths, cwd=tmp_path, fast=False)
        assert (fast.returncode, fast.stdout, fast.stderr) == (full.returncode, full.stdout, full.stderr), (
            paths
        )
        assert "Traceback" not in fast.stderr
    code = (
        "import sys; sys.argv=['sudgoals','check',sys.argv[1]]\n"
        "from sudgoals.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    print('exit', e.code)\n"
        "print('typer' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(root / "examples" / "draft-with-errors.en.txt")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-2:] == ["exit 1", "False"], done.stdout + done.stderr


def test_plain_check_in_a_process_that_loaded_typer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Here typer is already imported (the test module uses its runner), so the plain path ends with
    typer's exit exception; ``main`` still turns it into the exit code and one line of error."""
    root = Path(__file__).resolve().parent.parent
    with pytest.raises(SystemExit) as done:
        cli.main(["check", str(root / "examples" / "draft-with-errors.en.txt")])
    assert done.value.code == 1
    assert "SG101" in capsys.readouterr().out
    with pytest.raises(SystemExit) as missing:
        cli.main(["check", str(tmp_path / "nope.txt")])
    assert missing.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_main_schema_fast_path() -> None:
    done = _run("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == report_schema()


# ---------------------------------------------------------------------------------------------------------
# with the real library (runs once the pipeline exists)


def test_cli_real_check_on_seed(runner: CliRunner) -> None:
    pytest.importorskip("sudgoals.pipeline")
    pytest.importorskip("sudgoals.config")
    from seeds import seed_path

    cli._STATE.debug = False
    result = invoke(runner, "check", str(seed_path("003")), "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    import jsonschema

    jsonschema.validate(data, report_schema(), cls=jsonschema.Draft202012Validator)
    assert data["documents"][0]["targets"]


def test_cli_real_compare_on_seeds(runner: CliRunner) -> None:
    pytest.importorskip("sudgoals.pipeline")
    pytest.importorskip("sudgoals.config")
    from seeds import seed_path

    result = invoke(runner, "compare", str(seed_path("000")), str(seed_path("003")), "-f", "json")
    assert result.exit_code == 0, result.stderr
    matches = json.loads(result.stdout)["comparisons"][0]["matches"]
    overlaps = {(m["overlap"]["low"], m["overlap"]["high"]) for m in matches if m["overlap"]}
    assert {("811", "846"), ("517", "545")} <= overlaps


def test_terminal_gets_table_colour_and_progress(
    fake: None, runner: CliRunner, drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = drafts / "many"
    many.mkdir()
    for k in range(9):
        (many / f"p{k}.txt").write_text("A\n", encoding="utf-8")
    monkeypatch.setattr(cli, "_is_tty", lambda stream: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = invoke(runner, "check", "many", "--jobs", "1", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout  # coloured table
    assert "811–857" in result.stdout
    assert "p8.txt" in result.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    plain = invoke(runner, "check", "many", "--jobs", "1", "--lang", "en")
    assert "\x1b[" not in plain.stdout
    assert "811–857" in plain.stdout


@pytest.mark.parametrize("fmt", ["json", "table", "jsonl", "csv"])
def test_a_reader_that_goes_away_ends_the_check_quietly(fmt: str) -> None:
    # `sudgoals check ... | head -c 50`: the pipe closes while the report is written; no error line, no
    # traceback, and not exit code 2 (which CI would read as bad input)
    examples = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "sudgoals", "check", "--format", fmt, *examples],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(50)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert len(head) == 50
    assert err == ""
    assert code in (0, 1)
