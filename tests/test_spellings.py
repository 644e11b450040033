"""Spellings real papers use for the same unit, hedge or link, each read as its plain form is: the percentage
point as "pst.poeng", "%-poeng", "%-enheter", "ppts"; bounds as "som lägst", "som mest", "som et minimum";
links as "meaning", "hvilket betyder", "noe som betyr", "vilket betyder". Sentences written for this test."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sudgoals import check_text, extract_text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Andelen skal øke med 3 pst.poeng innen 2027."),
        ("nb", "Andelen skal øke med 3 %-poeng innen 2027."),
        ("nb", "Andelen skal øke med 3 prosentpoeng innen 2027."),
        ("sv", "Andelen ska öka med 3 %-enheter till 2027."),
        ("sv", "Andelen ska öka med 3 procentenheter till 2027."),
        ("en", "The share should rise by 3 ppts by 2027."),
        ("en", "The share should rise by 3 percentage points by 2027."),
        ("da", "Andelen skal stige med 3 pct.-point frem mod 2027."),
    ],
)
def test_a_percentage_point_in_any_spelling(lang: str, text: str) -> None:
    (target,) = extract_text(text, language=lang).targets
    assert target.relative is not None
    assert (target.relative.value, target.relative.unit.value) == (3, "percentage_point")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("sv", "Sjukfrånvaron ska vara som mest 7 procent.", "at_most"),
        ("sv", "Sjukfrånvaron ska vara som högst 7 procent.", "at_most"),
        ("sv", "Andelen behöriga lärare ska vara som lägst 80 procent år 2027.", "at_least"),
        ("sv", "Andelen ska öka från 45 procent till som lägst 60 procent år 2030.", "at_least"),
        ("nb", "Andelen kvalifiserte lærere skal være som minimum 80 prosent i 2027.", "at_least"),
        ("nb", "Sykefraværet skal være som et maksimum 7 prosent.", "at_most"),
        ("en", "The share of qualified teachers should be as a minimum 80% by 2027.", "at_least"),
    ],
)
def test_a_bound_in_any_spelling(lang: str, text: str, kind: str | None) -> None:
    (target,) = extract_text(text, language=lang).targets
    assert target.level is not None
    hedge = target.level.hedge_kind
    assert (hedge.value if hedge is not None else None) == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Theft fell by 12 per cent, meaning about 300 fewer cases."),
        ("en", "Evictions will fall by 15%, which means around 90 fewer families losing their home."),
        ("da", "Udsættelserne skal falde med 15 pct., hvilket betyder ca. 90 færre familier på gaden."),
        ("nb", "Utkastelsene skal ned med 15 prosent, noe som betyr om lag 90 færre familier."),
        ("sv", "Vräkningarna ska minska med 15 procent, vilket betyder cirka 90 färre familjer."),
        ("da", "Ledigheden skal falde med 15 pct. Det svarer til 300 færre ledige."),
        ("nb", "Ledigheten skal ned med 15 prosent. Det tilsvarer 300 færre ledige."),
        ("sv", "Arbetslösheten ska minska med 15 procent. Det motsvarar 300 färre arbetslösa."),
        ("en", "Unemployment should fall by 15%. This equates to 300 fewer people out of work."),
    ],
)
def test_a_change_in_percent_and_the_linked_count_are_one_pair(lang: str, text: str) -> None:
    (target,) = check_text(text).documents[0].targets
    assert target.language == lang
    assert target.absolute is not None and target.relative is not None
    assert target.relative.value in (12, 15)
    assert target.absolute.value in (90, 300)
    assert target.verdict.value == "consistent"
    assert target.implied_baseline is not None
    assert target.implied_baseline.low > Fraction(500)
