"""A floor or ceiling paired with a change states one threshold twice: the baseline they imply is where both
thresholds meet ("mindst 150 flere, svarende til 18 pct." implies 811..857), not anywhere on the bound's side
(which told a reader nothing: 811 to no end). The verdict still allows the bound's side in the hedge pass, so a
pair whose thresholds do not meet but whose sides overlap is consistent only under the hedge."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sudgoals import check_text
from sudgoals.algebra import evaluate
from sudgoals.model import Direction, Span, Target, TargetKind, Verdict
from sudgoals.numbers import Policy, read_figure, threshold_interval

SPAN = Span(path="paper.txt", line=1, column=1, end_line=1, end_column=1, quote="")


def target(direction: str, language: str = "da", **texts: str) -> Target:
    figures = {name: read_figure(text, language=language) for name, text in texts.items()}
    return Target(
        id="t",
        span=SPAN,
        indicator="borgere",
        kind=TargetKind.CHANGE,
        direction=Direction(direction),
        verdict=Verdict.UNVERIFIABLE,
        language=language,  # type: ignore[arg-type]
        **figures,  # type: ignore[arg-type]
    )


def bounds(target: Target) -> tuple[Fraction | None, Fraction | None]:
    assert target.implied_baseline is not None
    return target.implied_baseline.low, target.implied_baseline.high


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("mindst 95 pct.", "da", "189/2", "191/2"),
        ("højst 9 procent", "da", "17/2", "19/2"),
        ("över 90 %", "sv", "179/2", "181/2"),
        ("minst 1,5 prosent", "nb", "29/20", "31/20"),
        ("at least 150", "en", "150", "150"),  # a whole count is exact under the default policy
        ("under 5 %", "da", "9/2", "11/2"),
    ],
)
def test_a_bound_has_the_threshold_of_its_own_value(text: str, language: str, low: str, high: str) -> None:
    found = threshold_interval(read_figure(text, language=language), language)
    assert found is not None
    assert (found.finite_lower(), found.finite_upper()) == (Fraction(low), Fraction(high))


@pytest.mark.parametrize("text", ["95 pct.", "ca. 95 pct.", "knap 95 pct.", "X pct."])
def test_a_figure_without_a_bound_has_no_threshold(text: str) -> None:
    assert threshold_interval(read_figure(text)) is None


def test_the_threshold_follows_the_rounding_policy() -> None:
    half_up = Policy.from_names("half-up")
    found = threshold_interval(read_figure("mindst 18 pct."), "da", half_up)
    assert found is not None
    assert found.lower_closed and not found.upper_closed


@pytest.mark.parametrize(
    ("figures", "direction", "low", "high"),
    [
        ({"absolute": "mindst 150", "relative": "18 pct."}, "up", 811, 857),
        ({"absolute": "150", "relative": "mindst 18 pct."}, "up", 811, 857),
        ({"absolute": "mindst 150", "relative": "mindst 18 pct."}, "up", 811, 857),
        ({"absolute": "højst 60", "relative": "12 pct."}, "down", 480, 521),
    ],
)
def test_a_bound_pair_of_counts_implies_the_whole_baselines_where_they_meet(
    figures: dict[str, str], direction: str, low: int, high: int
) -> None:
    judged = evaluate(target(direction, **figures))
    assert judged.verdict is Verdict.CONSISTENT
    assert bounds(judged) == (low, high)


def test_a_fall_to_a_ceiling_implies_the_share_where_both_meet() -> None:
    # falling by at least 25 pct. to at most 9 pct.: 9 is 75 pct. of 12, within the rounding of both
    judged = evaluate(target("down", relative="mindst 25 procent", level="højst 9 procent"))
    assert judged.verdict is Verdict.CONSISTENT
    low, high = bounds(judged)
    assert low is not None and high is not None
    assert low <= 12 <= high
    assert high - low < 2  # not the half-line [0, ...) the ceiling alone allows


def test_thresholds_that_do_not_meet_are_consistent_only_under_the_hedge() -> None:
    # at least 150 more from 833 is at least 18 pct., not the at least 25 pct. stated: the sides overlap
    judged = evaluate(target("up", absolute="mindst 150", relative="mindst 25 pct.", baseline="833"))
    assert judged.verdict is Verdict.CONSISTENT_WITH_HEDGE
    assert judged.implied_baseline is not None and judged.implied_baseline.hedged


def test_a_pair_without_bounds_is_judged_as_before() -> None:
    judged = evaluate(target("up", absolute="150", relative="18 pct."))
    assert judged.verdict is Verdict.CONSISTENT
    assert bounds(judged) == (811, 857)
    judged = evaluate(target("up", absolute="150", relative="25 pct.", baseline="833"))
    assert judged.verdict is Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (
            "Mindst 150 flere udsatte borgere skal have en bolig i 2027. Det svarer til en stigning på 18 pct.",
            811,
            857,
        ),
        ("At least 150 more families will have a home by 2027, an increase of 18 per cent.", 811, 857),
        ("Minst 150 fler ska ha ett arbete 2027, en ökning med 18 procent.", 811, 857),
        ("Minst 150 flere skal i arbeid innen 2027. Det tilsvarer en økning på minst 18 prosent.", 811, 857),
    ],
)
def test_papers_report_the_baseline_where_a_bound_pair_meets(text: str, low: int, high: int) -> None:
    report = check_text(text)
    [found] = report.documents[0].targets
    assert found.verdict is Verdict.CONSISTENT
    assert bounds(found) == (low, high)


@given(
    baseline=st.integers(min_value=50, max_value=20_000),
    percent=st.integers(min_value=1, max_value=90),
    floor_on=st.sampled_from(["absolute", "relative", "both"]),
)
def test_the_baseline_a_bound_pair_was_made_from_is_among_those_it_implies(
    baseline: int, percent: int, floor_on: str
) -> None:
    change = round(Fraction(baseline * percent, 100))
    if change == 0:
        return
    # the percent as a paper writes it: the change rounded to a whole percent of the baseline
    stated = round(Fraction(change * 100, baseline))
    if stated == 0:
        return
    absolute = f"mindst {change}" if floor_on in ("absolute", "both") else str(change)
    relative = f"mindst {stated} pct." if floor_on in ("relative", "both") else f"{stated} pct."
    judged = evaluate(target("up", absolute=absolute, relative=relative))
    assert judged.verdict is Verdict.CONSISTENT
    low, high = bounds(judged)
    assert low is not None and high is not None
    assert low <= baseline <= high


def test_a_bound_pair_that_meets_only_on_its_side_is_explained_by_its_bounds() -> None:
    text = (
        "Mindst 150 flere skal i job i 2027, svarende til en stigning på mindst 25 pct. I dag er 833 i job."
    )
    report = check_text(text)
    [finding] = [f for f in report.findings if f.code == "SG102"]
    # where the thresholds meet (150 is 25 pct. of 600), and the bounds that let 833 fit
    assert "589–612" in finding.messages["en"]
    assert "at least 150" in finding.messages["en"] and "at least 25" in finding.messages["en"]
