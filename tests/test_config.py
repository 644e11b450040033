"""Configuration files: where they are found, what they hold, and errors that name file, line and key."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

from sudgoals.config import Config
from sudgoals.errors import PolicyError, SpecError
from sudgoals.model import Finding, Severity
from sudgoals.numbers import Policy, Rounding
from sudgoals.rules import get_rule


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


PYPROJECT = """\
[project]
name = "committee-papers"

[tool.other]
select = ["E"]

[tool.sudgoals]
select = ["ALL"]
ignore = ["goal-unquantified"]
severity = { SG202 = "warning", "figure-unlinked" = "info" }
rounding = "half-up"
hedges = "wide"
language = "da"
fail-on = "warning"
"""


def test_reads_tool_sudgoals_from_pyproject(tmp_path: Path) -> None:
    config = Config.from_file(write(tmp_path, "pyproject.toml", PYPROJECT))
    assert config.select == ("ALL",)
    assert config.ignore == ("goal-unquantified",)
    assert config.severity == {"SG202": Severity.WARNING, "figure-unlinked": Severity.INFO}
    assert (config.rounding, config.hedges, config.language, config.fail_on) == (
        "half-up",
        "wide",
        "da",
        "warning",
    )
    assert config.source == str(tmp_path / "pyproject.toml")
    assert not config.is_enabled(get_rule("SG701"))
    assert config.is_enabled(get_rule("SG101"))
    assert config.severity_of(get_rule("SG202")) is Severity.WARNING
    assert config.severity_of(get_rule("SG801")) is Severity.INFO
    assert config.severity_of(get_rule("SG101")) is Severity.ERROR


def test_policy_is_built_from_the_names(tmp_path: Path) -> None:
    policy = Config.from_file(write(tmp_path, "pyproject.toml", PYPROJECT)).policy()
    assert isinstance(policy, Policy)
    assert policy.rounding is Rounding.HALF_UP
    assert policy.hedges.name == "wide"
    assert Config().policy() == Policy.from_names()


def test_sudgoals_toml_uses_the_top_level_and_underscored_keys(tmp_path: Path) -> None:
    config = Config.from_file(
        write(tmp_path, "sudgoals.toml", 'select = ["SG1", "SG2"]\nfail_on = "never"\n')
    )
    assert config.select == ("SG1", "SG2")
    assert config.fail_on == "never"
    assert [r.code for r in config.selected_rules()] == [
        "SG101",
        "SG102",
        "SG103",
        "SG104",
        "SG150",
        "SG201",
        "SG202",
    ]


def test_severity_as_sub_table_and_dotted_keys(tmp_path: Path) -> None:
    dotted = '[tool.sudgoals]\nseverity.SG101 = "warning"\nseverity.SG201 = "error"\n'
    config = Config.from_file(write(tmp_path, "pyproject.toml", dotted))
    assert config.severity == {"SG101": Severity.WARNING, "SG201": Severity.ERROR}
    table = (
        '[tool.sudgoals]\nlanguage = "da"\n\n[tool.sudgoals.severity]\nSG101 = "warning"\nSG201 = "error"\n'
    )
    config = Config.from_file(write(tmp_path, "pyproject.toml", table))
    assert config.severity == {"SG101": Severity.WARNING, "SG201": Severity.ERROR}


def test_pyproject_without_the_table_gives_defaults(tmp_path: Path) -> None:
    config = Config.from_file(write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n'))
    assert config.model_dump(exclude={"source"}) == Config().model_dump(exclude={"source"})


# ------------------------------------------------------------------------------------------ errors


def error_of(folder: Path, name: str, text: str) -> SpecError:
    path = write(folder, name, text)
    with pytest.raises(SpecError) as info:
        Config.from_file(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ('[tool.sudgoals]\nselect = ["ALL"]\nselct = ["SG1"]\n', 3, "selct"),
        ('[project]\nname = "x"\n\n[tool.sudgoals]\nlanguage = "da"\nmax-width = 3\n', 6, "max-width"),
        ('[tool.sudgoals]\nselect = ["SG1", "no-such-rule"]\n', 2, "select.no-such-rule"),
        (
            '[tool.sudgoals]\nignore = ["SG7"]\nselect = "pair-inconsistent, SG2"\n',
            3,
            "select.pair-inconsistent, SG2",
        ),
        ("[tool.sudgoals]\nselect = 3\n", 2, "select"),
        ('[tool.sudgoals]\nseverity = { SG101 = "fatal" }\n', 2, "severity.SG101"),
        ('[tool.sudgoals]\nseverity = { SG999 = "error" }\n', 2, "severity.SG999"),
        ('[tool.sudgoals]\nseverity = "error"\n', 2, "severity"),
        ('[tool.sudgoals.severity]\nSG101 = "error"\nSG202 = "loud"\n', 3, "severity.SG202"),
        ('[tool.sudgoals]\nseverity.SG301 = "shout"\n', 2, "severity.SG301"),
        ('[tool.sudgoals]\n\n\nrounding = "bankers"\n', 4, "rounding"),
        ('[tool.sudgoals]\nhedges = "generous"\n', 2, "hedges"),
        ('[tool.sudgoals]\ncount-rounding = "sometimes"\n', 2, "count-rounding"),
        ("[tool.sudgoals]\nhedges = 10\n", 2, "hedges"),
        ('[tool.sudgoals]\nlanguage = "de"\n', 2, "language"),
        ('[tool.sudgoals]\nfail-on = "critical"\n', 2, "fail-on"),
    ],
)
def test_bad_pyproject_names_file_line_and_key(tmp_path: Path, text: str, line: int, key: str) -> None:
    error = error_of(tmp_path, "pyproject.toml", text)
    assert (error.line, error.key) == (line, key)
    assert f":{line}:" in str(error)


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ('language = "en"\nunknown = 1\n', 2, "unknown"),
        ('\nselect = ["SG1"]\nignore = ["SG1000"]\n', 3, "ignore.SG1000"),
        ('[severity]\nSG101 = "info"\nSG102 = "meh"\n', 3, "severity.SG102"),
    ],
)
def test_bad_sudgoals_toml_names_file_line_and_key(tmp_path: Path, text: str, line: int, key: str) -> None:
    error = error_of(tmp_path, "sudgoals.toml", text)
    assert (error.line, error.key) == (line, key)


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    error = error_of(tmp_path, "sudgoals.toml", 'select = ["SG1"]\nlanguage = \n')
    assert error.line == 2


def test_unreadable_file_is_a_spec_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError):
        Config.from_file(tmp_path / "missing.toml")
    (tmp_path / "bad.toml").write_bytes(b"\xff\xfe\x00select")
    with pytest.raises(SpecError):
        Config.from_file(tmp_path / "bad.toml")


def test_direct_construction_validates() -> None:
    with pytest.raises(pydantic.ValidationError):
        Config(language="fr")  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        Config(select=("nothing-like-this",))
    with pytest.raises(pydantic.ValidationError):
        Config(hedges="generous")
    with pytest.raises(pydantic.ValidationError):
        Config(colour="blue")  # type: ignore[call-arg]
    config = Config()
    with pytest.raises(pydantic.ValidationError):
        config.language = "en"  # type: ignore[misc]


# ------------------------------------------------------------------------------------------ finding


def test_load_finds_the_nearest_file_up_the_tree(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.sudgoals]\nlanguage = "en"\n')
    inner = tmp_path / "papers" / "2017"
    inner.mkdir(parents=True)
    paper = write(inner, "draft.txt", "150 flere ...")
    assert Config.load(paper).language == "en"
    assert Config.load(inner).source == str(tmp_path / "pyproject.toml")
    # a pyproject.toml without [tool.sudgoals] is passed over
    write(inner, "pyproject.toml", '[project]\nname = "x"\n')
    assert Config.load(paper).language == "en"
    # sudgoals.toml nearer still wins; in one folder it wins over pyproject.toml
    write(inner, "sudgoals.toml", 'language = "da"\n')
    assert Config.load(paper).language == "da"
    write(inner, "pyproject.toml", '[tool.sudgoals]\nlanguage = "en"\n')
    assert Config.load(paper).source == str(inner / "sudgoals.toml")


def test_load_without_a_file_gives_defaults(tmp_path: Path) -> None:
    config = Config.load(tmp_path)
    assert config.source is None or not config.source.startswith(str(tmp_path))


def test_load_reports_a_broken_file(tmp_path: Path) -> None:
    write(tmp_path, "sudgoals.toml", 'select = ["SG1"]\nbogus = true\n')
    with pytest.raises(SpecError) as info:
        Config.load(tmp_path)
    assert (info.value.line, info.value.key) == (2, "bogus")


# ------------------------------------------------------------------------------------------ using


def test_merged_applies_overrides() -> None:
    base = Config(select=("SG1",), severity={"SG101": Severity.WARNING})
    merged = base.merged(select="SG2, SG3", ignore=None, language="en", severity={"SG102": "info"})
    assert merged.select == ("SG2", "SG3")
    assert merged.language == "en"
    assert merged.severity == {"SG101": Severity.WARNING, "SG102": Severity.INFO}
    assert base.select == ("SG1",)  # unchanged
    assert base.merged() == base


def test_merged_rejects_unknown_options_and_bad_values() -> None:
    with pytest.raises(TypeError, match="colour"):
        Config().merged(colour="red")
    with pytest.raises(PolicyError, match="language"):
        Config().merged(language="fr")
    with pytest.raises(PolicyError, match="rounding"):
        Config().merged(rounding="sideways")
    with pytest.raises(PolicyError, match="no-such-rule"):
        Config().merged(ignore=["no-such-rule"])


def test_selection_specificity() -> None:
    rule = get_rule("SG103")
    assert Config().is_enabled(rule)
    assert not Config(select=("SG2",)).is_enabled(rule)
    assert not Config(ignore=("SG1",)).is_enabled(rule)
    assert Config(ignore=("SG1",), select=("baseline-mismatch",)).is_enabled(rule)
    assert Config(ignore=("SG1",), select=("SG10",)).is_enabled(rule)
    assert not Config(ignore=("SG10",), select=("SG10",)).is_enabled(rule)  # a tie ignores
    assert not Config(ignore=("ALL",)).is_enabled(rule)
    assert Config(select=("sg103",)).is_enabled(rule)
    assert (
        Config(severity={"SG1": Severity.INFO, "SG103": Severity.WARNING}).severity_of(rule)
        is Severity.WARNING
    )


def _finding(severity: Severity) -> Finding:
    return Finding(
        code="SG101", name="pair-inconsistent", severity=severity, path="p", line=1, column=1, message="m"
    )


def test_fails_at_or_above_the_fail_level() -> None:
    warnings = [_finding(Severity.WARNING)]
    assert not Config().fails(warnings)
    assert Config(fail_on="warning").fails(warnings)
    assert Config(fail_on="info").fails(warnings)
    assert not Config(fail_on="never").fails([_finding(Severity.ERROR)])
    assert Config().fails([_finding(Severity.INFO), _finding(Severity.ERROR)])
    assert not Config().fails([])


@pytest.mark.parametrize(
    "text",
    [
        '[tool.sudgoals]\nlanguage = "en"\n',
        '[ "tool" . \'sudgoals\' ]\nlanguage = "en"\n',
        '[tool]\nsudgoals = { language = "en" }\n',
        '[tool]\nsudgoals.language = "en"\n',
        'tool.sudgoals.language = "en"\n',
        'tool = { sudgoals = { language = "en" } }\n',
        '[tool.sudgoals.severity]\nSG101 = "info"\n',
        '[project]\nname = "sudgoals"\n[project.scripts]\nsudgoals = "sudgoals.cli:main"\n[tool.ruff]\nx = 1\n',
        '[project]\nname = "x"\n',
        '[tool.other]\nsudgoals = "not ours"\n',
    ],
)
def test_a_pyproject_is_parsed_only_when_it_may_hold_the_table(tmp_path: Path, text: str) -> None:
    """A pyproject.toml is passed over without being parsed when no line can open [tool.sudgoals]; the
    quick look must never miss a table the parser finds."""
    import tomllib

    from sudgoals.config import _has_table, _may_have_table

    tool = tomllib.loads(text).get("tool", {})
    has = isinstance(tool, dict) and "sudgoals" in tool
    assert _has_table(write(tmp_path, "pyproject.toml", text)) == has
    if has:
        assert _may_have_table(text)
    else:
        assert Config.load(tmp_path).source is None


def test_the_paper_language_may_be_any_language_of_the_data() -> None:
    """``language`` names the paper's language: "auto" or any language with a folder in ``sudgoals/lang``
    (a short Norwegian line would otherwise be read as Danish, whose words it shares)."""
    from sudgoals import check_text
    from sudgoals.config import _LANGUAGES
    from sudgoals.lang import LANGUAGES

    assert ("auto", *LANGUAGES) == _LANGUAGES
    for code in LANGUAGES:
        assert Config.defaults().merged(language=code).language == code
    report = check_text("Det skal være minst 120 barnehageplasser i 2027.", language="nb")
    assert report.documents[0].language == "nb"
    assert [t.level.value for t in report.documents[0].targets if t.level is not None] == [120]
    with pytest.raises(PolicyError):
        Config.defaults().merged(language="de")
