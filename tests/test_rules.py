"""The rule registry and every rule family: codes, texts, examples, fixtures, seeds and properties.

Tests assert codes and the exact numbers in ``Finding.data``, never message wording.
"""

from __future__ import annotations

import re
import types
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given

from seeds import seed_path
from sudgoals.algebra import evaluate
from sudgoals.config import Config
from sudgoals.extract import extract_text
from sudgoals.model import (
    Direction,
    Figure,
    Finding,
    GoalList,
    ListNumber,
    Paper,
    Severity,
    Span,
    Statement,
    Target,
    TargetKind,
    Verdict,
)
from sudgoals.numbers import read_figure
from sudgoals.rules import (
    CODE_PATTERN,
    HEADINGS,
    MODULES,
    NAME_PATTERN,
    Rule,
    UnknownRuleError,
    all_rules,
    get_rule,
    replace,
    run_rules,
)
from sudgoals.rules import _register as register_modules
from sudgoals.rules._text import number, range_text
from sudgoals.rules.crossdoc import DRAFT_SEPARATOR

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "rule_examples"
EXAMPLES = ROOT / "examples"
PAIR_CODES = {"SG101", "SG102", "SG103", "SG104"}
DOCUMENT_RULES = [rule for rule in all_rules() if rule.scope == "document"]


# --------------------------------------------------------------------------------------------- helpers


def span(text: str = "x", line: int = 1) -> Span:
    return Span(path="p.txt", line=line, column=1, end_line=line, end_column=len(text) + 1, quote=text)


def fig(text: str, language: str = "da") -> Figure:
    return read_figure(text, language=language)


def target(
    *,
    absolute: str | None = None,
    relative: str | None = None,
    baseline: str | None = None,
    level: str | None = None,
    direction: Direction | None = Direction.UP,
    indicator: str = "udsatte københavnere får anvist en bolig",
    evaluated: bool = True,
    **extra: object,
) -> Target:
    figures = {
        name: fig(text)
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
        span=span(indicator),
        indicator=indicator,
        kind=TargetKind.CHANGE if "absolute" in figures or "relative" in figures else TargetKind.LEVEL,
        direction=direction,
        verdict=Verdict.UNVERIFIABLE,
        **figures,  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )
    return evaluate(built) if evaluated else built


def paper(*targets: Target, **extra: object) -> Paper:
    return Paper(path="p.txt", language="da", targets=list(targets), **extra)  # type: ignore[arg-type]


def findings(p: Paper, config: Config | None = None) -> list[Finding]:
    return run_rules(p, config)


def by_code(found: list[Finding], code: str) -> list[Finding]:
    return [f for f in found if f.code == code]


def codes(found: list[Finding]) -> set[str]:
    return {f.code for f in found}


def check_text(text: str, language: str) -> list[Finding]:
    """Findings on ``text``; two drafts split by :data:`DRAFT_SEPARATOR` are compared across."""
    lines = text.splitlines()
    if DRAFT_SEPARATOR in (line.strip() for line in lines):
        from sudgoals.reconcile import compare, drift_findings

        cut = [line.strip() for line in lines].index(DRAFT_SEPARATOR)
        old = extract_text("\n".join(lines[:cut]), path="old.txt", language=language)
        new = extract_text("\n".join(lines[cut + 1 :]), path="new.txt", language=language)
        return drift_findings(compare(old, new)) + run_rules(old) + run_rules(new)
    return run_rules(extract_text(text, language=language))


# --------------------------------------------------------------------------------------------- registry


def test_every_family_is_registered_with_valid_codes_and_names() -> None:
    rules = all_rules()
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    assert {r.family for r in rules} == set(range(1, 10))
    for rule in rules:
        assert CODE_PATTERN.fullmatch(rule.code), rule.code
        assert NAME_PATTERN.fullmatch(rule.name), rule.name
        assert isinstance(rule.severity, Severity)


def test_codes_and_names_map_one_to_one() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules) == len({r.name for r in rules})
    for rule in rules:
        assert get_rule(rule.code) is rule
        assert get_rule(rule.name) is rule
        assert get_rule(rule.code.lower()) is rule
        assert get_rule(rule.name.upper()) is rule


def test_issue_names_are_all_there() -> None:
    expected = {
        "pair-inconsistent", "pair-needs-hedge", "baseline-mismatch", "whole-count-infeasible",
        "placeholder-unresolved", "baseline-unknown", "direction-conflict", "direction-missing",
        "percent-or-points", "points-called-percent", "goal-count-mismatch", "list-numbering",
        "period-mismatch", "goal-unquantified", "figure-unlinked", "baseline-drift", "goal-kind-changed",
        "equivalence-mismatch",
    }  # fmt: skip
    assert {r.name for r in all_rules()} == expected
    assert get_rule("baseline-drift").code == "SG901"
    assert get_rule("goal-unquantified").severity is Severity.INFO


def test_each_module_holds_one_family_in_code_order() -> None:
    for module in MODULES:
        rules = module.__register__
        assert rules, module.__name__
        assert len({r.family for r in rules}) == 1, module.__name__


def test_unknown_rule_is_a_key_error_naming_it() -> None:
    with pytest.raises(UnknownRuleError) as info:
        get_rule("SG999")
    assert isinstance(info.value, KeyError)
    assert info.value.rule == "SG999"
    with pytest.raises(KeyError):
        get_rule("no-such-rule")


def _module(*rules: Rule) -> types.ModuleType:
    module = types.ModuleType("fake_rules")
    module.__register__ = rules  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(
    "change",
    [
        {"code": "SG1000"},
        {"code": "XX101"},
        {"code": "sg101"},
        {"code": "SG011"},
        {"name": "Pair_Inconsistent"},
        {"name": "pair inconsistent"},
    ],
)
def test_registration_rejects_bad_codes_and_names(change: dict[str, str]) -> None:
    bad = replace(get_rule("SG101"), **change)
    with pytest.raises(ValueError, match="must"):
        register_modules([_module(bad)])


def test_registration_rejects_duplicates_mixed_families_and_missing_sections() -> None:
    rule = get_rule("SG101")
    with pytest.raises(ValueError, match="twice"):
        register_modules([_module(rule), _module(replace(rule, name="other-name"))])
    with pytest.raises(ValueError, match="twice"):
        register_modules([_module(rule, replace(rule, code="SG105"))])
    with pytest.raises(ValueError, match="one family"):
        register_modules([_module(rule, get_rule("SG201"))])
    with pytest.raises(ValueError, match="lacks"):
        register_modules([_module(replace(rule, da=replace(rule.da, fix=" ")))])
    with pytest.raises(TypeError):
        register_modules([_module("SG101")])  # type: ignore[arg-type]


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_rule_has_firing_and_passing_examples_and_all_headings(rule: Rule, lang: str) -> None:
    fires, passes = rule.examples(lang)
    assert fires.strip()
    assert passes.strip()
    assert fires != passes
    assert rule.title(lang).strip()
    text = rule.explanation(lang)
    positions = [text.find(f"## {heading}\n") for heading in HEADINGS[lang]]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    assert rule.fire_example == rule.da.fire_example
    assert rule.pass_example == rule.da.pass_example


def test_headings_are_the_same_five_in_each_language() -> None:
    assert HEADINGS["en"] == (
        "What it checks", "Why it matters", "Example that fires", "Example that passes", "How to fix",
    )  # fmt: skip
    assert HEADINGS["da"] == (
        "Hvad den tjekker", "Hvorfor det er vigtigt", "Eksempel der udløser", "Eksempel der består",
        "Sådan retter du",
    )  # fmt: skip
    with pytest.raises(ValueError, match="lang"):
        get_rule("SG101").title("de")


def _section(explanation: str, heading: str) -> str:
    body = explanation.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line[4:] if line.startswith("    ") else line for line in body.strip("\n").splitlines()]
    return "\n".join(lines).strip()


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_explanation_examples_fire_and_pass(rule: Rule, lang: str) -> None:
    """The examples as printed by ``sudgoals explain`` are cut out of the text and checked."""
    text = rule.explanation(lang)
    fires = _section(text, HEADINGS[lang][2])
    passes = _section(text, HEADINGS[lang][3])
    assert fires == rule.examples(lang)[0]
    assert rule.code in codes(check_text(fires, lang))
    assert rule.code not in codes(check_text(passes, lang))


# --------------------------------------------------------------------------------------------- fixtures


def _fixture_cases() -> list[tuple[str, str, str, str]]:
    cases: list[tuple[str, str, str, str]] = []
    for path in sorted(FIXTURES.glob("SG*.txt")):
        lang = path.name.split(".")[1]
        header: str | None = None
        body: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), "#: END"]:
            if line.startswith("#:"):
                if header is not None:
                    cases.append((f"{path.name}:{header}", lang, header, "\n".join(body).strip("\n")))
                header, body = line[2:].strip(), []
            elif line.startswith("#"):
                continue
            elif header is not None:
                body.append(line)
    return cases


FIXTURE_CASES = _fixture_cases()


@pytest.mark.parametrize(("case", "lang", "header", "text"), FIXTURE_CASES, ids=[c[0] for c in FIXTURE_CASES])
def test_fixture_case(case: str, lang: str, header: str, text: str) -> None:
    found = check_text(text, lang)
    tokens = header.split()
    if tokens == ["Okay"]:
        assert not [f for f in found if f.severity is not Severity.INFO], [(f.code, f.message) for f in found]
        return
    expected: dict[str, dict[str, str]] = {}
    last: str | None = None
    for token in tokens:
        if token.startswith("-"):
            assert token[1:] not in codes(found), [(f.code, f.message) for f in found]
            last = None
        elif "=" in token:
            assert last is not None, f"{case}: data {token} without a code before it"
            key, value = token.split("=", 1)
            expected[last][key] = value
        else:
            last = token
            expected.setdefault(token, {})
    for code, data in expected.items():
        hits = by_code(found, code)
        assert hits, f"{case}: {code} did not fire; got {[(f.code, f.message) for f in found]}"
        assert any(all(h.data.get(k) == v for k, v in data.items()) for h in hits), [
            dict(h.data) for h in hits
        ]


def test_fixtures_cover_every_rule_both_ways() -> None:
    fire: set[str] = set()
    silent: set[str] = set()
    for _case, _lang, header, _text in FIXTURE_CASES:
        for token in header.split():
            if CODE_PATTERN.fullmatch(token):
                fire.add(token)
            elif token.startswith("-"):
                silent.add(token[1:])
    every = {r.code for r in all_rules()}
    assert every - fire == set(), "rules without a firing fixture"
    assert every - silent == set(), "rules without a passing fixture"


# --------------------------------------------------------------------------------------------- SG1xx


def test_consistent_pair_fires_nothing() -> None:
    t = target(absolute="150", relative="18 pct.")
    assert t.verdict is Verdict.CONSISTENT
    assert findings(paper(t)) == []


def test_baseline_mismatch_gives_the_implied_whole_range_and_the_stated_baseline() -> None:
    t = target(absolute="150", relative="18 pct.", baseline="1.200")
    assert t.verdict is Verdict.INCONSISTENT
    (hit,) = findings(paper(t))
    assert (hit.code, hit.name, hit.severity) == ("SG103", "baseline-mismatch", Severity.ERROR)
    assert hit.data["baseline_low"] == "811"
    assert hit.data["baseline_high"] == "857"
    assert hit.data["stated_baseline"] == "1200"
    assert hit.target == "t1"
    assert hit.span == t.span
    assert set(hit.messages) == {"da", "en"}
    assert hit.message == hit.messages["da"]
    assert "811–857" in hit.messages["da"]  # the computed range, formatted for people


def test_stated_baseline_inside_the_range_passes() -> None:
    assert findings(paper(target(absolute="150", relative="18 pct.", baseline="830"))) == []


def test_grim_whole_count_infeasible_with_exact_numbers() -> None:
    t = target(absolute="5", relative="12,3 pct.")
    assert t.verdict is Verdict.INCONSISTENT
    (hit,) = findings(paper(t))
    assert hit.code == "SG104"
    assert Fraction(hit.data["baseline_exact_low"]) == Fraction(500) / Fraction("12.35")
    assert Fraction(hit.data["baseline_exact_high"]) == Fraction(500) / Fraction("12.25")
    assert hit.data["baseline_whole_empty"] == "true"
    assert findings(paper(target(absolute="5", relative="12,5 pct."))) == []


def test_grim_answers_at_once_for_huge_baselines() -> None:
    # 10**12 people: no loop over candidates.
    t = target(absolute="1.000.000.000", relative="0,1 pct.")
    assert findings(paper(t)) == []


def test_fall_of_more_than_everything_is_pair_inconsistent() -> None:
    t = target(absolute="100", relative="240 pct.", direction=Direction.DOWN)
    (hit,) = findings(paper(t))
    assert hit.code == "SG101"
    assert hit.data["absolute_relative_empty"] == "true"
    assert (
        codes(findings(paper(target(absolute="100", relative="24 pct.", direction=Direction.DOWN)))) == set()
    )


def test_level_and_change_that_contradict_are_pair_inconsistent() -> None:
    # 1.000 in all and 150 more implies 850; 150 and 25 pct. implies 15000/25.5–15000/24.5, i.e. 589–612.
    (hit,) = findings(paper(target(absolute="150", relative="25 pct.", level="1.000")))
    assert hit.code == "SG101"
    assert hit.data["level_absolute_low"] == hit.data["level_absolute_high"] == "850"
    assert hit.data["absolute_relative_low"] == "589"
    assert hit.data["absolute_relative_high"] == "612"


def test_needs_hedge_only_when_the_hedge_widens() -> None:
    t = target(baseline="1.000", level="1.206", relative="ca. 20 pct.")
    assert t.verdict is Verdict.CONSISTENT_WITH_HEDGE
    (hit,) = findings(paper(t))
    assert (hit.code, hit.severity) == ("SG102", Severity.WARNING)
    assert hit.data["stated_baseline"] == "1000"
    assert hit.data["hedged_baseline_low"] == "985"
    assert hit.data["hedged_baseline_high"] == "1026"
    # without the hedge the same figures are simply wrong
    plain = target(baseline="1.000", level="1.206", relative="20 pct.")
    assert codes(findings(paper(plain))) == {"SG103"}


def test_verdict_from_the_algebra_is_never_dropped() -> None:
    odd = target(absolute="150", relative="18 pct.", evaluated=False).model_copy(
        update={"verdict": Verdict.INCONSISTENT}
    )
    (hit,) = findings(paper(odd))
    assert (hit.code, hit.data["source"]) == ("SG101", "verdict")


def test_placeholder_targets_are_left_to_sg2xx() -> None:
    t = target(absolute="X", relative="X pct.")
    assert not codes(findings(paper(t))) & PAIR_CODES


# --------------------------------------------------------------------------------------------- SG2xx


def test_two_placeholders_are_two_unknowns_never_solved() -> None:
    (hit,) = findings(paper(target(absolute="X", relative="X pct.", baseline="1.000")))
    assert hit.code == "SG201"
    assert hit.data["placeholders"] == "2"
    assert "solved_low" not in hit.data


def test_one_placeholder_is_solved_from_the_others() -> None:
    (hit,) = findings(paper(target(absolute="480", relative="X pct.", baseline="4.000")))
    assert hit.code == "SG201"
    assert hit.data["parts"] == "relative"
    assert hit.data["solved_low"] == hit.data["solved_high"] == "12"
    (hit,) = findings(paper(target(absolute="X", relative="12 pct.", baseline="4.000")))
    assert Fraction(hit.data["solved_low"]) == 460
    assert Fraction(hit.data["solved_high"]) == 500


def test_baseline_unknown_reports_what_the_baseline_must_be() -> None:
    t = target(absolute="480", relative="12 pct.", baseline_unknown=True)
    (hit,) = findings(paper(t))
    assert (hit.code, hit.severity) == ("SG202", Severity.INFO)
    assert (hit.data["baseline_low"], hit.data["baseline_high"]) == ("3840", "4173")


# --------------------------------------------------------------------------------------------- SG3xx


def test_direction_conflict_from_the_linked_words() -> None:
    t = target(
        absolute="150",
        relative="18 pct.",
        direction_words=("flere", "fald"),
        directions=(Direction.UP, Direction.DOWN),
    )
    hit = by_code(findings(paper(t)), "SG301")[0]
    assert (hit.data["up_words"], hit.data["down_words"]) == ("flere", "fald")
    same = target(absolute="150", relative="18 pct.", direction_words=("flere",), directions=(Direction.UP,))
    assert not by_code(findings(paper(same)), "SG301")


def test_direction_missing_only_for_a_relative_figure_without_direction() -> None:
    (hit,) = findings(paper(target(level="150", relative="18 pct.", direction=None)))
    assert hit.code == "SG302"
    assert hit.data["relative"] == "18"
    assert findings(paper(target(level="95 pct.", direction=None))) == []


# --------------------------------------------------------------------------------------------- SG4xx


def test_percent_or_points_on_rate_words_ocr_damage_included() -> None:
    t = target(relative="10 pct.", direction=Direction.DOWN, indicator="Sygefraveeret i forvaltningen")
    (hit,) = findings(paper(t))
    assert (hit.code, hit.data["relative"]) == ("SG401", "10")
    points = target(relative="1 procentpoint", direction=Direction.DOWN, indicator="ledigheden")
    assert findings(paper(points)) == []
    count = target(relative="10 pct.", direction=Direction.DOWN, indicator="antallet af ledige")
    assert findings(paper(count)) == []


def test_a_share_in_words_of_a_rate_is_no_percent_or_points_question() -> None:
    """ "Andelen af daglige rygere skal halveres", "the rate is to fall by a quarter": a factor or fraction of
    the level itself, never percentage points, so SG401 does not ask."""
    from sudgoals import check_text

    for text in (
        "Andelen af daglige rygere skal halveres fra 14 pct. i 2023 til 2030.\n",
        "The unemployment rate is to fall by a quarter by 2030.\n",
    ):
        assert "SG401" not in {f.code for f in check_text(text).findings}, text
    assert "SG401" in {
        f.code for f in check_text("Andelen af daglige rygere skal falde med 10 pct.\n").findings
    }
    # the change's own "pct. af" ("40 pct. af udledningen") is a part of the level, not a rate word
    own = "Udledningen skal reduceres med 40 pct. af udledningen i forhold til 1990.\n"
    assert "SG401" not in {f.code for f in check_text(own).findings}


def test_points_called_percent_gives_both_readings() -> None:
    t = target(baseline="40 pct.", level="45 pct.", relative="5 pct.", indicator="andelen af unge")
    (hit,) = findings(paper(t))
    assert hit.code == "SG402"
    assert (hit.data["points"], hit.data["percent_change"]) == ("5", "12.5")
    right = target(baseline="40 pct.", level="45 pct.", relative="12,5 pct.", indicator="andelen af unge")
    assert findings(paper(right)) == []


# --------------------------------------------------------------------------------------------- SG5xx


def test_goal_count_mismatch_counts_items() -> None:
    items = [span(f"- mål {i}", line=i + 2) for i in range(7)]
    p = paper(goal_lists=[GoalList(span=span("seks delmål"), stated=6, items=items)])
    (hit,) = findings(p)
    assert (hit.code, hit.data["stated"], hit.data["listed"]) == ("SG501", "6", "7")
    ok = paper(goal_lists=[GoalList(span=span("syv delmål"), stated=7, items=items)])
    assert findings(ok) == []
    unknown = paper(goal_lists=[GoalList(span=span("syv delmål"), stated=7, items=[])])
    assert findings(unknown) == []


@pytest.mark.parametrize(("stated", "fires"), [("fire", False), ("tre", True)])
def test_goals_and_their_status_lines_under_other_marks_count_the_goals(stated: str, fires: bool) -> None:
    """ "* a goal" items with "- status" lines between them, as news articles list a party's goals: when the
    stated count fits the items of the first list mark (four here), those are the goals counted, not all
    eight lines; when it fits neither, all the items are reported, as before."""
    from sudgoals import check_text

    text = (
        f"Byrådet har {stated} mål:\n\n* Flere borgere i job.\n\n- Status: 120 flere.\n\n"
        "* Færre på kontanthjælp.\n\n- Status: 40 færre.\n\n* Flere unge i uddannelse.\n\n"
        "- Status: uændret.\n\n* Færre langtidsledige.\n\n- Status: 30 færre.\n"
    )
    hits = [f for f in check_text(text).findings if f.code == "SG501"]
    assert bool(hits) is fires
    if hits:
        assert (hits[0].data["stated"], hits[0].data["listed"]) == ("3", "8")


def test_numbers_of_a_larger_document_are_no_list_that_skips() -> None:
    """Written answers are numbered as the questions of the day ("21. Mr. ...", "23. Mr. ..."): numbers from 10
    on with no 1 before them are not a goal list, so SG502 does not say the numbering skips 22."""
    from sudgoals import check_text

    text = (
        "21. Mr. Smith asked the Secretary of State how many patients are waiting.\n\n"
        "Waiting lists fell by 12 per cent. from 5,000 to 4,400.\n\n"
        "23. Mr. Jones asked the Secretary of State about the target.\n"
    )
    assert "SG502" not in {f.code for f in check_text(text).findings}
    skips = "Mål:\n\n1. Flere i job.\n\n2. Færre ledige.\n\n4. Flere i uddannelse.\n"
    assert "SG502" in {f.code for f in check_text(skips).findings}


def _numbered(*numbers: int) -> list[ListNumber]:
    return [ListNumber(number=n, span=span(f"{n}.", line=i + 1)) for i, n in enumerate(numbers)]


@pytest.mark.parametrize(
    ("lists", "skipped", "repeated"),
    [
        ([_numbered(1, 2, 4)], "3", ""),
        ([_numbered(1, 2, 2, 3)], "", "2"),
        ([_numbered(1, 2, 5, 5)], "3,4", "5"),
    ],
)
def test_list_numbering_skips_and_repeats(lists: list[list[ListNumber]], skipped: str, repeated: str) -> None:
    (hit,) = findings(paper(numbered_lists=lists))
    assert (hit.code, hit.data["skipped"], hit.data["repeated"]) == ("SG502", skipped, repeated)


@pytest.mark.parametrize(
    "lists",
    [
        [_numbered(1, 2, 3)],
        [_numbered(1, 3, 4, 5, 2)],  # read out of order from a page (seed 004)
        [_numbered(1, 3, 4), _numbered(2)],  # "2." moved elsewhere by the layout
        [_numbered(7)],
    ],
)
def test_list_numbering_passes_complete_lists(lists: list[list[ListNumber]]) -> None:
    assert findings(paper(numbered_lists=lists)) == []


# --------------------------------------------------------------------------------------------- SG6xx


@pytest.mark.parametrize(
    ("year", "reference", "reason"),
    [
        (2019, 2013, "year-outside-period"),
        (2012, None, "year-outside-period"),
        (2016, 2016, "reference-not-before-target"),
        (2016, 2018, "reference-not-before-target"),
        (None, 2018, "reference-after-period"),
    ],
)
def test_period_mismatch_reasons(year: int | None, reference: int | None, reason: str) -> None:
    t = target(relative="5 pct.", direction=Direction.DOWN, year=year, reference_year=reference)
    (hit,) = findings(paper(t, period=(2014, 2017)))
    assert (hit.code, hit.data["reason"]) == ("SG601", reason)


def test_a_measured_status_is_not_due_in_its_year() -> None:
    # "I 2012 faldt antallet med 5 pct.": when it was measured, not when it is due; its other years still count
    measured = target(relative="5 pct.", direction=Direction.DOWN, year=2012, status=True)
    assert findings(paper(measured, period=(2014, 2017))) == []
    backwards = target(
        relative="5 pct.", direction=Direction.DOWN, year=2012, reference_year=2013, status=True
    )
    (hit,) = findings(paper(backwards, period=(2014, 2017)))
    assert hit.data["reason"] == "reference-not-before-target"


def test_period_fits_and_reversed_period() -> None:
    fine = target(relative="5 pct.", direction=Direction.DOWN, year=2017, reference_year=2013)
    assert findings(paper(fine, period=(2014, 2017))) == []
    (hit,) = findings(paper(period=(2017, 2014), period_span=span("2017-2014")))
    assert (hit.code, hit.data["reason"]) == ("SG601", "period-reversed")


# --------------------------------------------------------------------------------------------- SG7xx, SG8xx


def test_unquantified_goal_is_info_and_unlinked_figure_a_warning() -> None:
    statement = Statement(
        span=span("Færre ..."), text="Færre borgere er ensomme", direction=Direction.DOWN, indicator="borgere"
    )
    unlinked = fig("35 pct.").model_copy(update={"span": span("35 pct.", line=4)})
    found = findings(paper(unquantified=[statement], unlinked=[unlinked]))
    assert [(f.code, f.severity) for f in found] == [("SG701", Severity.INFO), ("SG801", Severity.WARNING)]
    assert found[0].data["direction"] == "down"
    assert (found[1].data["value"], found[1].line) == ("35", 4)


# --------------------------------------------------------------------------------------------- running


def test_run_rules_applies_select_ignore_severity_and_language() -> None:
    p = paper(
        target(absolute="150", relative="18 pct.", baseline="1.200"), target(absolute="X", relative="X pct.")
    )
    assert codes(findings(p)) == {"SG103", "SG201"}
    assert codes(findings(p, Config(select=("SG1",)))) == {"SG103"}
    assert codes(findings(p, Config(ignore=("baseline-mismatch",)))) == {"SG201"}
    assert codes(findings(p, Config(select=("SG103",), ignore=("SG1",)))) == {"SG103"}
    graded = findings(p, Config(severity={"SG2": Severity.ERROR, "placeholder-unresolved": Severity.INFO}))
    assert by_code(graded, "SG201")[0].severity is Severity.INFO
    english = findings(p, Config(language="en"))
    assert all(f.message == f.messages["en"] for f in english)


def test_findings_are_sorted_by_position() -> None:
    late = target(absolute="X", relative="X pct.").model_copy(update={"span": span("late", line=9)})
    early = target(absolute="150", relative="18 pct.", baseline="1.200")
    found = findings(paper(late, early))
    assert [f.line for f in found] == sorted(f.line for f in found)


def test_danish_and_english_numbers_in_messages() -> None:
    assert number(Fraction(1200), "da") == "1.200"
    assert number(Fraction(1200), "en") == "1,200"
    assert number(Fraction("1.4"), "da") == "1,4"
    assert number(Fraction("1.4"), "en") == "1.4"
    assert number(Fraction(-25, 2), "da") == "-12,5"
    from sudgoals.interval import closed

    assert range_text(closed(Fraction(30000, 37), Fraction(6000, 7)), "da", whole=True) == "811–857"
    assert range_text(closed(Fraction(30000, 37), Fraction(6000, 7)), "da") == "810,8–857,2"


# --------------------------------------------------------------------------------------------- seeds


def _seed(key: str) -> Paper:
    path = seed_path(key)
    return extract_text(path.read_text(encoding="utf-8"), path=str(path))


def test_seed_000_pairs_consistent_placeholders_and_percent_or_points() -> None:
    p = _seed("000")
    found = findings(p)
    assert not codes(found) & PAIR_CODES
    pairs = [t for t in p.targets if t.absolute is not None and t.relative is not None]
    assert len(pairs) == 7
    assert [t.verdict for t in pairs if not t.absolute.placeholder and not t.relative.placeholder] == [  # type: ignore[union-attr]
        Verdict.CONSISTENT
    ] * 5
    placeholders = by_code(found, "SG201")
    assert {f.data["placeholders"] for f in placeholders} == {"2", "1"}
    assert [g.stated for g in p.goal_lists] == [7]
    assert not by_code(found, "SG501")
    (rate,) = by_code(found, "SG401")
    assert rate.data["relative"] == "10"
    assert "faldet med 10 pct" in " ".join(rate.span.quote.split()) if rate.span else False


def test_seed_003_pairs_consistent_even_without_widening() -> None:
    p = _seed("003")
    found = findings(p)
    assert not codes(found) & PAIR_CODES
    numeric = [
        t
        for t in p.targets
        if t.absolute is not None and t.relative is not None and not t.relative.placeholder
    ]
    assert len(numeric) == 5
    assert all(t.verdict is Verdict.CONSISTENT for t in numeric)
    strict = findings(p, Config(hedges="none"))
    assert not codes(strict) & PAIR_CODES
    assert len(by_code(found, "SG202")) == 1
    assert len(by_code(found, "SG201")) == 5


@pytest.mark.parametrize("key", ["001", "004"])
def test_seeds_001_and_004_give_no_error_or_warning(key: str) -> None:
    found = findings(_seed(key))
    assert [f for f in found if f.severity is not Severity.INFO] == []


# --------------------------------------------------------------------------------------------- examples/


EXPECTED_IN_DRAFT = {
    "SG101": {"absolute_relative_empty": "true"},
    "SG102": {"stated_baseline": "1000", "hedged_baseline_low": "985", "hedged_baseline_high": "1026"},
    "SG103": {"baseline_low": "1140", "baseline_high": "1148", "stated_baseline": "1200"},
    "SG104": {"baseline_exact_low": "10000/247", "baseline_exact_high": "2000/49"},
    "SG201": {"placeholders": "2"},
    "SG202": {"baseline_low": "3840", "baseline_high": "4173"},
    "SG301": {},
    "SG302": {"relative": "1.4"},
    "SG401": {"relative": "10"},
    "SG402": {"points": "5", "percent_change": "12.5"},
    "SG501": {"stated": "6", "listed": "7"},
    "SG502": {"skipped": "3"},
    "SG601": {"year": "2023", "period_start": "2018", "period_end": "2021"},
    "SG701": {"direction": "down"},
    "SG801": {"value": "35"},
}


@pytest.mark.parametrize(
    ("name", "lang"), [("udkast-med-fejl.txt", "da"), ("draft-with-errors.en.txt", "en")]
)
def test_example_drafts_show_every_family_with_its_numbers(name: str, lang: str) -> None:
    path = EXAMPLES / name
    p = extract_text(path.read_text(encoding="utf-8"), path=str(path))
    assert p.language == lang
    found = findings(p)
    assert codes(found) == set(EXPECTED_IN_DRAFT)
    for code, data in EXPECTED_IN_DRAFT.items():
        hits = by_code(found, code)
        assert any(all(h.data.get(k) == v for k, v in data.items()) for h in hits), (
            code,
            [dict(h.data) for h in hits],
        )
    assert {f.code[:3] for f in found} == {f"SG{n}" for n in range(1, 9)}


# --------------------------------------------------------------------------------------------- properties


def _strategies() -> types.ModuleType:
    import sudgoals.strategies as strategies

    return strategies


@given(_strategies().consistent_targets())
def test_every_consistent_target_passes_every_rule(t: Target) -> None:
    checked = evaluate(t)
    assert checked.verdict in (Verdict.CONSISTENT, Verdict.CONSISTENT_WITH_HEDGE)
    found = findings(Paper(path="h.txt", language=checked.language, targets=[checked]))
    assert found == [], [(f.code, f.message) for f in found]


@given(_strategies().inconsistent_targets())
def test_every_inconsistent_target_fires_a_pair_error(t: Target) -> None:
    """Every inconsistent target gives exactly one SG1xx error: ``pair-inconsistent`` when no baseline fits
    its figures at all, ``baseline-mismatch`` when they fit but the stated baseline does not, and
    ``whole-count-infeasible`` when only a fractional baseline fits (the issue's distinct conditions)."""
    checked = evaluate(t)
    assert checked.verdict is Verdict.INCONSISTENT
    found = [
        f
        for f in findings(Paper(path="h.txt", language=checked.language, targets=[checked]))
        if f.code in PAIR_CODES
    ]
    assert len(found) == 1, [(f.code, f.message) for f in found]
    (hit,) = found
    assert hit.severity is Severity.ERROR
    if checked.baseline is None and hit.data.get("baseline_whole_empty") != "true":
        assert hit.code == "SG101"
    if hit.code != "SG101":
        assert (hit.code == "SG103") == (
            checked.baseline is not None and not re.search("whole", hit.data["outcome"])
        )


def test_a_message_with_nothing_before_the_stated_baseline_has_no_dangling_separator() -> None:
    from sudgoals.rules.pair import _then

    assert _then("", "; the stated baseline 400 does not fit") == "the stated baseline 400 does not fit"
    assert _then("60 and 12 pct. need 475-525", "; the stated baseline 400 does not fit") == (
        "60 and 12 pct. need 475-525; the stated baseline 400 does not fit"
    )
