"""Stated figures: digits, words, hedges, units, placeholders, rounding and hedge policies."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sudgoals.numbers as numbers_module
from doctests import run_doctests
from sudgoals.errors import FigureSyntaxError, PolicyError, SudgoalsError
from sudgoals.interval import closed, closedopen, inf, open, openclosed, singleton
from sudgoals.model import HedgeKind, PolicyInfo, Unit
from sudgoals.numbers import (
    DEFAULT_POLICY,
    HEDGE_POLICIES,
    Policy,
    Rounding,
    hedged_interval,
    parse_number,
    read_figure,
    rounding_interval,
    strict_interval,
    word_number,
)
from sudgoals.strategies import WrittenFigure, figures

F = Fraction


def test_doctests() -> None:
    result = run_doctests(numbers_module)
    assert result.attempted > 10
    assert result.failed == 0


# --------------------------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "language", "value", "step"),
    [
        ("150", "da", F(150), F(1)),
        ("1,4", "da", F(7, 5), F(1, 10)),
        ("1,40", "da", F(7, 5), F(1, 100)),
        ("1.000", "da", F(1000), F(1)),
        ("8.000", "da", F(8000), F(1)),
        ("1.000.000", "da", F(10**6), F(1)),
        ("1.200,5", "da", F(2401, 2), F(1, 10)),
        ("1 200", "da", F(1200), F(1)),
        ("1\u00a0200", "da", F(1200), F(1)),
        ("18.", "da", F(18), F(1)),
        ("0,1", "da", F(1, 10), F(1, 10)),
        ("2.5", "da", F(5, 2), F(1, 10)),  # a lone dot that cannot be thousands: a decimal point
        ("-5", "da", F(-5), F(1)),
        ("4,100", "en", F(4100), F(1)),
        ("2.5", "en", F(5, 2), F(1, 10)),
        ("1,234,567.25", "en", F(123456725, 100), F(1, 100)),
        ("18.", "en", F(18), F(1)),
    ],
)
def test_parse_number(text: str, language: str, value: Fraction, step: Fraction) -> None:
    parsed = parse_number(text, language=language)
    assert parsed.value == value
    assert parsed.step == step
    assert isinstance(parsed.value, Fraction)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1,2,3", "1.00.0", "12 34", ",5", "1,", "1..0", "1,4a", "½", "²", "1.2.3,4", "1.23.456"],
)
def test_parse_number_rejects_junk(text: str) -> None:
    with pytest.raises(FigureSyntaxError) as info:
        parse_number(text)
    assert isinstance(info.value, SudgoalsError)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text


def test_parse_number_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        parse_number("1", language="de")


# --------------------------------------------------------------------------------------------- rounding


@pytest.mark.parametrize(
    ("mode", "value", "expected"),
    [
        (Rounding.NEAREST, F(18), closed("17.5", "18.5")),
        (Rounding.HALF_UP, F(18), closedopen("17.5", "18.5")),
        (Rounding.HALF_DOWN, F(18), openclosed("17.5", "18.5")),
        (Rounding.HALF_EVEN, F(18), closed("17.5", "18.5")),
        (Rounding.HALF_EVEN, F(17), open("16.5", "17.5")),
        (Rounding.TRUNCATE, F(18), closedopen(18, 19)),
        (Rounding.TRUNCATE, F(-18), openclosed(-19, -18)),
        (Rounding.TRUNCATE, F(0), open(-1, 1)),
        (Rounding.CEILING, F(18), openclosed(17, 18)),
        (Rounding.FLOOR, F(18), closedopen(18, 19)),
        (Rounding.EXACT, F(18), singleton(18)),
        (Rounding.HALF_UP, F(-18), openclosed("-18.5", "-17.5")),
    ],
)
def test_rounding_modes(mode: Rounding, value: Fraction, expected: object) -> None:
    assert rounding_interval(value, F(1), mode) == expected


def test_rounding_needs_positive_step() -> None:
    with pytest.raises(ValueError, match="step"):
        rounding_interval(F(1), F(0), Rounding.NEAREST)


def test_trailing_zeros_are_precision() -> None:
    assert strict_interval(read_figure("1,40 pct.")) == closed("1.395", "1.405")
    assert strict_interval(read_figure("1,4 pct.")) == closed("1.35", "1.45")


@pytest.mark.parametrize("mode", list(Rounding))
def test_every_rounding_mode_contains_what_it_rounds(mode: Rounding) -> None:
    """A true value of 17.6 written by each mode's rule lies in the mode's interval for that figure."""
    written = {
        Rounding.NEAREST: 18,
        Rounding.HALF_UP: 18,
        Rounding.HALF_DOWN: 18,
        Rounding.HALF_EVEN: 18,
        Rounding.TRUNCATE: 17,
        Rounding.CEILING: 18,
        Rounding.FLOOR: 17,
        Rounding.EXACT: None,
    }[mode]
    if written is None:
        assert F("17.6") in rounding_interval(F("17.6"), F(1, 10), mode)
    else:
        assert F("17.6") in rounding_interval(F(written), F(1), mode)


# --------------------------------------------------------------------------------------------- figures

CASES = [
    # text, value, strict interval, unit, hedge kind
    ("150", F(150), singleton(150), Unit.COUNT, None),
    ("1.000", F(1000), singleton(1000), Unit.COUNT, None),
    ("1 200", F(1200), singleton(1200), Unit.COUNT, None),
    ("18 pct.", F(18), closed("17.5", "18.5"), Unit.PERCENT, None),
    ("18. pct.", F(18), closed("17.5", "18.5"), Unit.PERCENT, None),
    ("18 %", F(18), closed("17.5", "18.5"), Unit.PERCENT, None),
    ("18%", F(18), closed("17.5", "18.5"), Unit.PERCENT, None),
    ("18 procent", F(18), closed("17.5", "18.5"), Unit.PERCENT, None),
    ("1,4 pct.", F(7, 5), closed("1.35", "1.45"), Unit.PERCENT, None),
    ("2 procentpoint", F(2), closed("1.5", "2.5"), Unit.PERCENTAGE_POINT, None),
    ("2 pct.-point", F(2), closed("1.5", "2.5"), Unit.PERCENTAGE_POINT, None),
    ("ca. 20 pct.", F(20), closed("19.5", "20.5"), Unit.PERCENT, HedgeKind.ABOUT),
    ("cirka 20 pct.", F(20), closed("19.5", "20.5"), Unit.PERCENT, HedgeKind.ABOUT),
    ("omkring 20", F(20), singleton(20), Unit.COUNT, HedgeKind.ABOUT),
    ("knap 20 pct.", F(20), closed("19.5", "20.5"), Unit.PERCENT, HedgeKind.JUST_UNDER),
    ("godt 20 pct.", F(20), closed("19.5", "20.5"), Unit.PERCENT, HedgeKind.JUST_OVER),
    ("mindst 20", F(20), closedopen(20, inf), Unit.COUNT, HedgeKind.AT_LEAST),
    ("minimum 95 pct.", F(95), closedopen(95, inf), Unit.PERCENT, HedgeKind.AT_LEAST),
    ("højst 20", F(20), closed(0, 20), Unit.COUNT, HedgeKind.AT_MOST),
    ("maks. 20", F(20), closed(0, 20), Unit.COUNT, HedgeKind.AT_MOST),
    ("over 20", F(20), open(20, inf), Unit.COUNT, HedgeKind.ABOVE),
    ("under 20", F(20), closedopen(0, 20), Unit.COUNT, HedgeKind.BELOW),
    ("1,5 mio. kr.", F(1_500_000), closed(1_450_000, 1_550_000), Unit.KR, None),
    ("syv", F(7), singleton(7), Unit.COUNT, None),
    ("femten", F(15), singleton(15), Unit.COUNT, None),
    ("hundrede og halvtreds", F(150), singleton(150), Unit.COUNT, None),
    ("to tusind og fjorten", F(2014), singleton(2014), Unit.COUNT, None),
    ("femten pct.", F(15), closed("14.5", "15.5"), Unit.PERCENT, None),
    ("halvdelen", F(50), singleton(50), Unit.PERCENT, None),
    ("en tredjedel", F(100, 3), singleton(F(100, 3)), Unit.PERCENT, None),
    ("en fjerdedel", F(25), singleton(25), Unit.PERCENT, None),
    ("fordoble", F(2), singleton(2), Unit.FACTOR, None),
]


@pytest.mark.parametrize(("text", "value", "strict", "unit", "kind"), CASES)
def test_read_figure_da(
    text: str, value: Fraction, strict: object, unit: Unit, kind: HedgeKind | None
) -> None:
    figure = read_figure(text)
    assert figure.value == value
    assert strict_interval(figure) == strict
    assert figure.unit is unit
    assert figure.hedge_kind is kind
    assert not figure.placeholder
    assert figure.text == text


EN_CASES = [
    ("4,100", F(4100), singleton(4100), Unit.COUNT, None),
    ("2.5 per cent", F(5, 2), closed("2.45", "2.55"), Unit.PERCENT, None),
    ("18 percent", F(18), closed("17.5", "18.5"), Unit.PERCENT, None),
    ("2 percentage points", F(2), closed("1.5", "2.5"), Unit.PERCENTAGE_POINT, None),
    ("about 20%", F(20), closed("19.5", "20.5"), Unit.PERCENT, HedgeKind.ABOUT),
    ("nearly 20 per cent", F(20), closed("19.5", "20.5"), Unit.PERCENT, HedgeKind.JUST_UNDER),
    ("more than 20", F(20), open(20, inf), Unit.COUNT, HedgeKind.ABOVE),
    ("at least 5 %", F(5), closedopen(5, inf), Unit.PERCENT, HedgeKind.AT_LEAST),
    ("one hundred and fifty", F(150), singleton(150), Unit.COUNT, None),
    ("half", F(50), singleton(50), Unit.PERCENT, None),
    ("a third", F(100, 3), singleton(F(100, 3)), Unit.PERCENT, None),
    ("double", F(2), singleton(2), Unit.FACTOR, None),
]


@pytest.mark.parametrize(("text", "value", "strict", "unit", "kind"), EN_CASES)
def test_read_figure_en(
    text: str, value: Fraction, strict: object, unit: Unit, kind: HedgeKind | None
) -> None:
    figure = read_figure(text, language="en")
    assert figure.value == value
    assert strict_interval(figure) == strict
    assert figure.unit is unit
    assert figure.hedge_kind is kind


@pytest.mark.parametrize("text", ["X", "x", "XX", "xx", "[X]", "?", "X pct.", "ca. X pct."])
def test_placeholders(text: str) -> None:
    figure = read_figure(text)
    assert figure.placeholder
    assert figure.value is None
    assert figure.low is None
    assert figure.high is None
    assert strict_interval(figure).lower == -inf
    assert (figure.unit is Unit.PERCENT) == ("pct." in text)


@pytest.mark.parametrize("text", ["", "abc", "ca.", "18 pct. flere", "1,2,3 pct.", "pct. 18", "Xyz"])
def test_read_figure_rejects_junk(text: str) -> None:
    with pytest.raises(FigureSyntaxError):
        read_figure(text)


def test_unit_argument_is_the_fallback() -> None:
    assert read_figure("18", unit=Unit.PERCENT).unit is Unit.PERCENT
    assert read_figure("18 pct.", unit=Unit.COUNT).unit is Unit.PERCENT
    assert read_figure("18").unit is Unit.COUNT


def test_count_rounding_only_applies_to_whole_counts() -> None:
    assert strict_interval(read_figure("150")) == singleton(150)
    assert strict_interval(read_figure("150", policy=Policy.from_names(count_rounding="nearest"))) == closed(
        "149.5", "150.5"
    )
    assert strict_interval(read_figure("1,5")) == closed("1.45", "1.55")  # a decimal count is rounded


def test_hedge_as_written_is_kept() -> None:
    figure = read_figure("Ca. 20 pct.")
    assert figure.hedge == "Ca."
    assert figure.hedge_kind is HedgeKind.ABOUT


# --------------------------------------------------------------------------------------------- hedge policies


@pytest.mark.parametrize(
    ("policy", "text", "hedged"),
    [
        ("standard", "ca. 20 pct.", closed("17.5", "22.5")),
        ("wide", "ca. 20 pct.", closed("14.5", "25.5")),
        ("none", "ca. 20 pct.", closed("19.5", "20.5")),
        ("standard", "knap 20 pct.", closed(18, "20.5")),
        ("standard", "godt 20 pct.", closed("19.5", 22)),
        ("wide", "knap 20 pct.", closed(15, "20.5")),
        ("standard", "ca. 150", closed(135, 165)),
        ("standard", "mindst 20", closedopen(20, inf)),  # bound hedges are meaning, never widened
        ("wide", "under 20", closedopen(0, 20)),
        ("standard", "20 pct.", closed("19.5", "20.5")),
    ],
)
def test_hedge_policies(policy: str, text: str, hedged: object) -> None:
    figure = read_figure(text, policy=Policy.from_names(hedges=policy))
    assert hedged_interval(figure) == hedged
    assert strict_interval(figure) in hedged_interval(figure)


def test_no_widening_leaves_hedged_fields_empty() -> None:
    figure = read_figure("ca. 20 pct.", policy=Policy.from_names(hedges="none"))
    assert figure.hedged_low is None
    assert figure.hedged_high is None
    assert hedged_interval(figure) == strict_interval(figure)
    plain = read_figure("20 pct.")
    assert plain.hedged_low is None
    assert hedged_interval(plain) == strict_interval(plain)


def test_policy_names_and_description() -> None:
    assert Policy.from_names() == DEFAULT_POLICY
    assert DEFAULT_POLICY.rounding is Rounding.NEAREST
    assert DEFAULT_POLICY.hedges is HEDGE_POLICIES["standard"]
    assert DEFAULT_POLICY.count_rounding is Rounding.EXACT
    assert {"none", "standard", "wide"} <= set(HEDGE_POLICIES)
    info = DEFAULT_POLICY.describe()
    assert isinstance(info, PolicyInfo)
    assert info.rounding.startswith("nearest")
    assert info.hedges.startswith("standard")
    descriptions = {Policy.from_names(r.value).describe().rounding for r in Rounding}
    assert len(descriptions) == len(Rounding)


@pytest.mark.parametrize("kwargs", [{"rounding": "sometimes"}, {"hedges": "lots"}, {"count_rounding": "?"}])
def test_unknown_policy_names(kwargs: dict[str, str]) -> None:
    with pytest.raises(PolicyError):
        Policy.from_names(**kwargs)


# --------------------------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("syv", "da", F(7)),
        ("femten", "da", F(15)),
        ("hundrede og halvtreds", "da", F(150)),
        ("to tusind og fjorten", "da", F(2014)),
        ("halvdelen", "da", F(1, 2)),
        ("en tredjedel", "da", F(1, 3)),
        ("seven", "en", F(7)),
        ("a third", "en", F(1, 3)),
        ("bolig", "da", None),
        ("syv delmål", "da", None),
        ("", "da", None),
    ],
)
def test_word_number(text: str, language: str, value: Fraction | None) -> None:
    assert word_number(text, language) == value


# --------------------------------------------------------------------------------------------- properties


def _check_written(written: WrittenFigure) -> None:
    figure = read_figure(written.text, language=written.language)
    assert figure.placeholder == written.placeholder
    assert figure.unit is written.unit
    assert figure.hedge_kind is written.hedge_kind
    if written.placeholder:
        assert figure.value is None
        return
    assert figure.value == written.value
    assert written.value is not None
    strict = strict_interval(figure)
    if written.hedge_kind in (HedgeKind.AT_LEAST, HedgeKind.AT_MOST):
        assert written.value in strict
    elif written.hedge_kind not in (HedgeKind.ABOVE, HedgeKind.BELOW):
        assert written.value in strict
        if written.unit is not Unit.COUNT:
            assert strict.width == written.step  # nearest: the step as written, trailing zeros included
    assert strict in hedged_interval(figure)


@given(figures(unit="percent"))
def test_percent_figures_read_back(written: WrittenFigure) -> None:
    _check_written(written)


@given(figures(unit="percentage_point", language="en"))
def test_english_point_figures_read_back(written: WrittenFigure) -> None:
    _check_written(written)


@given(figures(unit="count", max_value=10**9))
def test_count_figures_read_back(written: WrittenFigure) -> None:
    _check_written(written)


@given(figures(unit="kr", language="da"))
def test_kroner_figures_read_back(written: WrittenFigure) -> None:
    _check_written(written)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("2 ud af 3", "da", Fraction(200, 3)),
        ("1 in 5", "en", Fraction(20)),
        ("3 out of 4", "en", Fraction(75)),
        ("hver tredje", "da", Fraction(100, 3)),
        ("to ud af tre", "da", Fraction(200, 3)),
        ("one in five", "en", Fraction(20)),
        ("every fourth", "en", Fraction(25)),
    ],
)
def test_shares_are_exact_percents(text: str, language: str, value: Fraction) -> None:
    figure = read_figure(text, language=language)
    assert (figure.value, figure.low, figure.high, figure.unit) == (value, value, value, Unit.PERCENT)
    bounded = read_figure(f"mindst {text}" if language == "da" else f"at least {text}", language=language)
    assert (bounded.low, bounded.high) == (value, None)


@pytest.mark.parametrize("text", ["3 ud af 2", "1,5 ud af 3", "2 ud af 0"])
def test_a_share_needs_two_whole_numbers_in_order(text: str) -> None:
    with pytest.raises(FigureSyntaxError):
        read_figure(text)


def _match_at_by_scan(text: str, pos: int, words: list[str], *, case: bool = False) -> str | None:
    """The longest word at ``pos`` by a scan of every word (how ``_match_at`` worked before its index)."""
    best: str | None = None
    for word in words:
        if not word or (best is not None and len(word) <= len(best)):
            continue
        chunk = text[pos : pos + len(word)]
        if (chunk if case else chunk.lower()) != (word if case else word.lower()):
            continue
        after = text[pos + len(word) : pos + len(word) + 1]
        if (word[-1].isalnum() or word[-1] == "_") and after and (after.isalnum() or after == "_"):
            continue
        best = word
    return best


@given(
    st.lists(st.text(alphabet="aAbB. ØøİÆ%", max_size=4), max_size=8),
    st.text(alphabet="aAbB. ØøİÆ%x", max_size=12),
    st.integers(0, 12),
    st.booleans(),
)
def test_match_at_finds_what_a_scan_of_every_word_finds(
    words: list[str], text: str, pos: int, case: bool
) -> None:
    from sudgoals.numbers import _match_at

    assert _match_at(text, pos, words, case=case) == _match_at_by_scan(text, pos, words, case=case)
    assert _match_at(text, pos, tuple(words), case=case) == _match_at_by_scan(text, pos, words, case=case)


# --- bands of two stated ends (branch xfails) -------------------------------------------------------------------


@given(st.sampled_from([("da", "mellem", "og"), ("en", "between", "and")]), st.data())
def test_a_band_is_the_hull_of_its_two_ends(words: tuple[str, str, str], data: st.DataObject) -> None:
    # "mellem 5 pct. og 6 pct." is one figure: no value of its own, its ends as written, and the hull of the
    # two ends' rounding intervals, whichever end is written first
    language, opener, joiner = words
    plain = figures(unit="percent", language=language, hedges=False, placeholders=False)
    ends = [read_figure(data.draw(plain).text, language=language) for _ in range(2)]
    band = read_figure(f"{opener} {ends[0].text} {joiner} {ends[1].text}", language=language)
    assert band.value is None
    assert not band.placeholder
    values = sorted(end.value for end in ends if end.value is not None)
    assert (band.band_low, band.band_high) == (values[0], values[-1])
    assert strict_interval(band) == strict_interval(ends[0]).hull(strict_interval(ends[1]))


@pytest.mark.parametrize(
    ("text", "language", "low", "high", "unit"),
    [
        ("mellem 5 og 6 pct.", "da", "4.5", "6.5", Unit.PERCENT),
        ("mellom 2 og 3 mill. kr", "nb", "1500000", "3500000", Unit.KR),
        ("mellan 1,5 och 2 procent", "sv", "1.45", "2.5", Unit.PERCENT),
        ("between £2m and £3m", "en", "1500000", "3500000", Unit("GBP")),
        ("between 1.5 and 2 million", "en", "1450000", "2500000", Unit.COUNT),
        ("mellem fem og seks uger", "da", "4.5", "6.5", Unit("week")),
        ("mellem 500 og 600", "da", "500", "600", Unit.COUNT),
    ],
)
def test_a_band_takes_the_scale_and_unit_of_its_second_end(
    text: str, language: str, low: str, high: str, unit: Unit
) -> None:
    band = read_figure(text, language=language)
    assert (band.low, band.high, band.unit) == (Fraction(low), Fraction(high), unit)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mellem 5 pct. og 6 uger", "da"),
        ("mellem ca. 5 og 6 pct.", "da"),
        ("mellem X og 6 pct.", "da"),
        ("between 5%", "en"),
    ],
)
def test_a_band_needs_two_plain_ends_in_one_unit(text: str, language: str) -> None:
    with pytest.raises(FigureSyntaxError):
        read_figure(text, language=language)
