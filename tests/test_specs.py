"""Spec files: the shipped specs hold the seed papers' figures; invalid specs name file, line and key."""

from __future__ import annotations

import tomllib
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seeds import seed_path
from sudgoals.errors import SpecError
from sudgoals.model import Direction, Document, Paper, TargetKind, Verdict
from sudgoals.specs import SPEC_SCHEMA, dump_spec, is_spec, load_spec, loads_spec, spec_json_schema

SPECS = Path(__file__).resolve().parent.parent / "specs"
OLD = SPECS / "grundlag-2014-2017.toml"
DRAFT = SPECS / "grundlag-udkast.toml"


def figures(paper: Paper) -> list[tuple[str, str | None, str | None, str | None, Direction | None]]:
    return [
        (
            t.id,
            t.absolute.text if t.absolute else None,
            t.relative.text if t.relative else None,
            t.level.text if t.level else None,
            t.direction,
        )
        for t in paper.targets
    ]


UP, DOWN = Direction.UP, Direction.DOWN


# --------------------------------------------------------------------------------------------- shipped specs


def test_grundlag_2014_2017_figures() -> None:
    paper = load_spec(OLD)
    assert (paper.path, paper.language, paper.period) == (
        "../shared/seeds/000_d9eeb108c5063187.txt",
        "da",
        (2014, 2017),
    )
    assert figures(paper) == [
        ("socialt-udsatte", None, "5 pct.", None, DOWN),
        ("bolig", "150", "18 pct.", None, UP),
        ("udsaettelser", "90", "17 pct.", None, DOWN),
        ("9-klasse", "X", "X pct.", None, UP),
        ("kriminalitet", "100", "24 pct.", None, DOWN),
        ("beskaeftigelse", "300", "1,4 pct.", None, UP),
        ("langtidsfattigdom", "730", "5 pct.", None, DOWN),
        ("mindre-hjaelp", "480", "X pct.", None, UP),
        ("ungdomsuddannelse", None, None, "Minimum 95 pct.", None),
        ("ungdomsledighed", None, "10 pct.", None, DOWN),
    ]
    by_id = {t.id: t for t in paper.targets}
    assert by_id["beskaeftigelse"].relative is not None
    assert by_id["beskaeftigelse"].relative.value == Fraction(7, 5)
    assert by_id["socialt-udsatte"].year == 2017
    assert by_id["socialt-udsatte"].reference_year == 2013
    assert by_id["ungdomsuddannelse"].kind is TargetKind.LEVEL
    assert by_id["ungdomsuddannelse"].level is not None
    assert by_id["ungdomsuddannelse"].level.high is None  # "Minimum": a floor
    [goals] = paper.goal_lists
    assert goals.stated == 7
    assert goals.span.line == 51
    assert [item.line for item in goals.items] == [53, 55, 56, 57, 59, 61, 63]


def test_grundlag_udkast_figures() -> None:
    paper = load_spec(DRAFT)
    assert figures(paper) == [
        ("bolig", "165", "ca. 20 pct.", None, UP),
        ("udsaettelser", "80", "ca. 15 pct.", None, DOWN),
        ("kriminalitet", "100", "24 pct.", None, DOWN),
        ("beskaeftigelse", "300", "1,4 pct.", None, UP),
        ("langtidsfattigdom", "730", "5 pct.", None, DOWN),
        ("mindre-hjaelp", "480", "X pct.", None, UP),
        ("daarlige-resultater", None, "X pct.", None, DOWN),
        ("livskvalitet", None, "X pct.", None, UP),
        ("tilfredse-brugere", None, None, "X pct.", None),
        ("misbrug", None, "X pct.", None, UP),
    ]
    assert [t.goal_number for t in paper.targets] == list(range(1, 11))
    assert [t.baseline_unknown for t in paper.targets] == [False] * 5 + [True] + [False] * 4
    [numbered] = paper.numbered_lists
    assert [entry.number for entry in numbered] == list(range(1, 11))
    assert [entry.span.line for entry in numbered] == [18, 20, 22, 25, 27, 29, 31, 33, 35, 37]


def test_verdicts_are_recomputed_on_loading() -> None:
    old = {t.id: t for t in load_spec(OLD).targets}
    draft = {t.id: t for t in load_spec(DRAFT).targets}
    bolig = old["bolig"].implied_baseline
    assert bolig is not None
    assert (bolig.low, bolig.high, bolig.whole) == (Fraction(811), Fraction(857), True)
    assert old["bolig"].verdict is Verdict.CONSISTENT
    beskaeftigelse = old["beskaeftigelse"].implied_baseline
    assert beskaeftigelse is not None
    assert (beskaeftigelse.low, beskaeftigelse.high) == (Fraction(20690), Fraction(22222))
    assert old["9-klasse"].verdict is Verdict.UNRESOLVED
    draft_bolig = draft["bolig"].implied_baseline
    assert draft_bolig is not None
    assert (draft_bolig.low, draft_bolig.high) == (Fraction(805), Fraction(846))
    assert draft["misbrug"].verdict is Verdict.UNRESOLVED


@pytest.mark.parametrize("spec", [OLD, DRAFT], ids=lambda path: path.stem)
def test_round_trip(spec: Path) -> None:
    paper = load_spec(spec)
    text = dump_spec(paper)
    again = loads_spec(text, spec)
    assert again == paper
    assert dump_spec(again) == text


@pytest.mark.parametrize(("spec", "seed"), [(OLD, "000"), (DRAFT, "003")], ids=["000", "003"])
def test_sources_point_into_the_seed(spec: Path, seed: str) -> None:
    text = seed_path(seed).read_bytes().decode("utf-8")
    document = Document(str(seed_path(seed)), text)
    paper = load_spec(spec)
    spans = [t.span for t in paper.targets] + [g.span for g in paper.goal_lists]
    spans += [entry.span for numbered in paper.numbered_lists for entry in numbered if entry.span.quote]
    assert spans
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    for span in spans:
        offset = line_starts[span.line - 1] + span.column - 1
        assert text[offset : offset + len(span.quote)] == span.quote
        if span.end:  # offsets given: they must agree with line and column
            assert (span.start, text[span.start : span.end]) == (offset, span.quote)
            assert document.position(span.end) == (span.end_line, span.end_column)


def test_spec_json_schema_validates_the_shipped_specs() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = spec_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for spec in (OLD, DRAFT):
        data = tomllib.loads(spec.read_text(encoding="utf-8"))
        assert list(validator.iter_errors(data)) == []
        assert list(validator.iter_errors(tomllib.loads(dump_spec(load_spec(spec))))) == []
    bad = tomllib.loads(OLD.read_text(encoding="utf-8"))
    bad["target"][0]["colour"] = "red"
    assert list(validator.iter_errors(bad))


# --------------------------------------------------------------------------------------------- is_spec


def test_is_spec(tmp_path: Path) -> None:
    assert is_spec(OLD)
    assert is_spec(DRAFT)
    schema_only = tmp_path / "a.toml"
    schema_only.write_text(f'# note\nschema = "{SPEC_SCHEMA}"\n[paper]\npath = "x"\n', encoding="utf-8")
    paper_first = tmp_path / "b.toml"
    paper_first.write_text('[paper]\npath = "x"\n', encoding="utf-8")
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "x"\n[paper]\npath = "x"\n', encoding="utf-8")
    wrong_suffix = tmp_path / "c.txt"
    wrong_suffix.write_text('[paper]\npath = "x"\n', encoding="utf-8")
    assert [is_spec(p) for p in (schema_only, paper_first, other, wrong_suffix, tmp_path / "none.toml")] == [
        True,
        True,
        False,
        False,
        False,
    ]


# --------------------------------------------------------------------------------------------- errors

HEAD = 'schema = "sudgoals.spec/1"\n\n[paper]\npath = "papir.txt"\n'  # [paper] on line 3
TARGET = (
    '\n[[target]]\nid = "a"\nindicator = "boliger"\nkind = "change"\nabsolute = "150"\nrelative = "18 pct."\n'
)
# in HEAD + TARGET: [[target]] is line 6, id 7, indicator 8, kind 9, absolute 10, relative 11


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        (HEAD + TARGET + 'year = "2017"\n', 12, "target[1].year"),
        (HEAD + TARGET + "colour = 'red'\n", 12, "target[1].colour"),
        (HEAD + TARGET.replace('absolute = "150"', "absolute = 150.0"), 10, "target[1].absolute"),
        (
            HEAD + TARGET.replace('relative = "18 pct."', 'relative = "atten procent og lidt"'),
            11,
            "target[1].relative",
        ),
        (HEAD + TARGET.replace('indicator = "boliger"\n', ""), 6, "target[1].indicator"),
        (HEAD + TARGET + 'direction = "sideways"\n', 12, "target[1].direction"),
        (HEAD + TARGET + "baseline_unknown = 1\n", 12, "target[1].baseline_unknown"),
        (HEAD + TARGET + "goal_number = true\n", 12, "target[1].goal_number"),
        (HEAD + TARGET + TARGET, 14, "target[2].id"),
        (HEAD + TARGET + "source = { line = 0 }\n", 12, "target[1].source.line"),
        (HEAD + TARGET + "source = { line = 5, colum = 3 }\n", 12, "target[1].source.colum"),
        (HEAD + TARGET + "source = 53\n", 12, "target[1].source"),
        (HEAD + TARGET.replace('absolute = "150"\nrelative = "18 pct."\n', ""), 6, "target[1]"),
        (HEAD + "period = [2017, 2014]\n", 5, "paper.period"),
        (HEAD + 'period = ["2014", 2017]\n', 5, "paper.period"),
        (HEAD + 'language = "fr"\n', 5, "paper.language"),
        (HEAD + "pages = 4\n", 5, "paper.pages"),
        ('schema = "sudgoals.spec/2"\n[paper]\npath = "p"\n', 1, "schema"),
        ('colour = 1\n[paper]\npath = "p"\n', 1, "colour"),
        ('[paper]\nlanguage = "da"\n', 1, "paper.path"),
        ('schema = "sudgoals.spec/1"\n', 1, "paper"),
        (HEAD + '\n[[goal_list]]\nstated = 7\nline = 51\nitems = [53, "55"]\n', 9, "goal_list[1].items"),
        (HEAD + "\n[[goal_list]]\nline = 51\n", 6, "goal_list[1].stated"),
        (HEAD + "\n[[numbered_list]]\nitems = [{ number = 1 }]\n", 7, "numbered_list[1].items.line"),
        (HEAD + '\n[[unlinked]]\ntext = "pct. pct."\n', 7, "unlinked[1].text"),
        (HEAD + '\n[[statement]]\ntext = "Flere i job"\n', 6, "statement[1].source"),
        (HEAD + "[[target]]\nid = 'a'\n[target.source]\nline = 'x'\n", 8, "target[1].source.line"),
        (HEAD + "[[target]]\nid = 'a'\n[target.source]\nline = 3\nqoute = ''\n", 9, "target[1].source.qoute"),
    ],
)
def test_invalid_specs_name_file_line_and_key(text: str, line: int, key: str) -> None:
    with pytest.raises(SpecError) as caught:
        loads_spec(text, "specs/test.toml")
    assert (caught.value.path, caught.value.line, caught.value.key) == ("specs/test.toml", line, key)


@pytest.mark.parametrize(
    ("text", "line"),
    [(HEAD + "[[target]\n", 5), (HEAD + 'title = "x\n', 5), (HEAD + "path = 'twice'\n", 5), ("= 1\n", 1)],
)
def test_toml_syntax_errors_have_a_line(text: str, line: int) -> None:
    with pytest.raises(SpecError) as caught:
        loads_spec(text, "s.toml")
    assert (caught.value.path, caught.value.line) == ("s.toml", line)


def test_load_spec_file_errors(tmp_path: Path) -> None:
    with pytest.raises(SpecError):
        load_spec(tmp_path / "mangler.toml")
    with pytest.raises(SpecError):
        load_spec(tmp_path)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(HEAD.encode() + 'title = "Færre"\n'.encode("latin-1"))
    with pytest.raises(SpecError) as caught:
        load_spec(latin)
    assert caught.value.line == 5


def test_a_target_without_source_points_at_its_line_in_the_spec() -> None:
    paper = loads_spec(HEAD + TARGET, "specs/hand.toml")
    span = paper.targets[0].span
    assert (span.path, span.line) == ("specs/hand.toml", 6)


def test_figure_with_unit_and_source() -> None:
    text = HEAD + TARGET.replace(
        'relative = "18 pct."',
        'relative = { text = "18", unit = "percent", source = { line = 4, column = 9 } }',
    )
    paper = loads_spec(text, "s.toml")
    relative = paper.targets[0].relative
    assert relative is not None
    assert (relative.unit.value, relative.value, relative.span.line if relative.span else None) == (
        "percent",
        Fraction(18),
        4,
    )
    assert paper.targets[0].verdict is Verdict.CONSISTENT
    assert loads_spec(dump_spec(paper), "s.toml") == paper


# --------------------------------------------------------------------------------------------- properties

_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@given(indicator=_TEXT, quote=_TEXT, title=_TEXT, path=_TEXT.filter(bool), target_id=_TEXT.filter(str.strip))
def test_dump_escapes_any_text(indicator: str, quote: str, title: str, path: str, target_id: str) -> None:
    base = loads_spec(HEAD + TARGET + "source = { line = 2 }\n", "s.toml")
    target = base.targets[0]
    span = target.span.model_copy(update={"quote": quote, "path": path})
    paper = base.model_copy(
        update={
            "title": title,
            "targets": [target.model_copy(update={"indicator": indicator, "span": span, "id": target_id})],
        }
    )
    assert loads_spec(dump_spec(paper), "s.toml") == paper


_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3000)
    | st.text(max_size=12)
    | st.sampled_from(["150", "X pct.", "up"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["line", "text", "x"]), inner, max_size=3)
    ),
    max_leaves=6,
)
_KEYS = st.sampled_from(
    [
        "id",
        "indicator",
        "kind",
        "direction",
        "absolute",
        "relative",
        "level",
        "year",
        "source",
        "counts",
        "directions",
        "oops",
    ]
)


@given(target=st.dictionaries(_KEYS, _VALUES, max_size=8))
def test_arbitrary_target_tables_give_a_paper_or_a_spec_error(target: dict[str, object]) -> None:
    tomli_w = pytest.importorskip("tomli_w")

    def clean(value: object) -> object:  # TOML has no null
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if v is not None}
        if isinstance(value, list):
            return [clean(v) for v in value if v is not None]
        return value

    document = {
        "schema": SPEC_SCHEMA,
        "paper": {"path": "p.txt"},
        "target": [clean({k: v for k, v in target.items() if v is not None})],
    }
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        return  # heterogeneous arrays and the like that TOML cannot hold
    outcome: Paper | SpecError
    try:
        outcome = loads_spec(text, "fuzz.toml")
    except SpecError as exc:
        outcome = exc
    assert isinstance(outcome, Paper) or outcome.path == "fuzz.toml"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Kommunen skal ha 300 flere lærlinger i 2027. Det tilsvarer en økning på 25 prosent.\n"),
        ("sv", "Sjukfrånvaron ska minska med 10 procent till 2027, motsvarande ca. 60 anställda.\n"),
    ],
)
def test_a_norwegian_or_swedish_paper_dumped_as_a_spec_loads_back(lang: str, text: str) -> None:
    from sudgoals import extract_text

    paper = extract_text(text, path=f"mal.{lang}.txt")
    assert paper.language == lang and paper.targets
    again = loads_spec(dump_spec(paper), f"mal.{lang}.toml")
    assert again.language == lang

    def figures(p: Paper) -> list[tuple[object, ...]]:
        return [
            (t.absolute and t.absolute.value, t.relative and t.relative.value, t.verdict, t.direction)
            for t in p.targets
        ]

    assert figures(again) == figures(paper)
