"""Norwegian (bokmål) and Swedish papers: detected, read and checked from their language files alone
(``sudgoals/lang/nb/lexicon.toml``, ``sv/lexicon.toml``), with findings in Danish. The sentences are written for these tests."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sudgoals import check_text, extract_text
from sudgoals.extract import detect_language
from sudgoals.lang import LANGUAGES, load
from sudgoals.model import Direction, TargetKind, Unit, Verdict
from sudgoals.numbers import read_figure, word_number


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Fraværet i etaten skal ned med 15 prosent sammenlignet med nivået i 2022, og det er viktig å nå målet.",
            "nb",
        ),
        ("Regionen ska ha minst 4 000 nya bostäder och väntetiden ska minska till 30 dagar.", "sv"),
        ("Sjukfrånvaron ska vara högst 6 procent.", "sv"),
        ("Ledigheden skal nedbringes med 15 pct. af hensyn til de unge, og det er målet for kommunen.", "da"),
        ("The share of pupils who leave school early will be cut by a quarter.", "en"),
    ],
)
def test_language_detection(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_every_language_file_loads_with_its_function_words() -> None:
    for code in LANGUAGES:
        data = load(code)
        assert data.code == code
        assert data.messages in ("da", "en")
        assert all(data.function_words[role] for role in ("from", "to", "in", "of", "that", "or", "is"))


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("5,6 prosent", "nb", Fraction(28, 5)),
        ("48.440", "nb", Fraction(48440)),
        ("9 000", "sv", Fraction(9000)),
        ("0,7 procentenheter", "sv", Fraction(7, 10)),
        ("cirka 11 procent", "sv", Fraction(11)),
    ],
)
def test_nordic_number_formats(text: str, code: str, value: Fraction) -> None:
    assert read_figure(text, language=code).value == value


def test_nordic_units_and_hedges() -> None:
    assert read_figure("0,7 procentenheter", language="sv").unit is Unit.PERCENTAGE_POINT
    assert read_figure("3 prosentpoeng", language="nb").unit is Unit.PERCENTAGE_POINT
    assert read_figure("nesten 40 prosent", language="nb").hedge_kind is not None
    assert read_figure("drygt 10 procent", language="sv").hedge_kind is not None


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("seks", "nb", 6),
        ("to hundre og fem", "nb", 205),
        ("tusen", "nb", 1000),
        ("fyrtio", "sv", 40),
        ("två tusen", "sv", 2000),
        ("hälften", "sv", Fraction(1, 2)),
        ("halvparten", "nb", Fraction(1, 2)),
    ],
)
def test_nordic_number_words_from_data(text: str, code: str, value: Fraction) -> None:
    assert word_number(text, code) == value


def _only(text: str, code: str):  # type: ignore[no-untyped-def]
    paper = extract_text(text, language=code)
    assert len(paper.targets) == 1, [t.span.quote for t in paper.targets]
    return paper.targets[0]


def test_norwegian_pair() -> None:
    t = _only("Antall innbyggere skal øke med 500, tilsvarende en økning på 4 prosent.", "nb")
    assert (t.absolute.value, t.relative.value, t.direction) == (500, 4, Direction.UP)  # type: ignore[union-attr]
    assert t.verdict is Verdict.CONSISTENT
    assert (t.implied_baseline.low, t.implied_baseline.high) == (11112, 14285)  # type: ignore[union-attr]


def test_norwegian_from_to_with_its_change_consistent_and_not() -> None:
    good = _only("Kommunen skal redusere sykefraværet med 20 prosent, fra 8,0 prosent til 6,4 prosent.", "nb")
    assert (good.baseline.value, good.level.value, good.verdict) == (8, Fraction(32, 5), Verdict.CONSISTENT)  # type: ignore[union-attr]
    bad = _only("Kommunen skal redusere sykefraværet med 25 prosent, fra 8,0 prosent til 6,4 prosent.", "nb")
    assert bad.verdict is Verdict.INCONSISTENT


def test_norwegian_points_to_a_level() -> None:
    t = _only("Arbeidsledigheten falt med 0,4 prosentpoeng til 3,1 prosent.", "nb")
    assert t.relative.unit is Unit.PERCENTAGE_POINT and t.level.value == Fraction(31, 10)  # type: ignore[union-attr]
    assert t.direction is Direction.DOWN


def test_swedish_pair_consistent_and_from_to_in_points() -> None:
    pair = _only(
        "Antalet hemlösa ska minska med 150 personer, vilket motsvarar en minskning med 25 procent.", "sv"
    )
    assert (pair.absolute.value, pair.relative.value, pair.verdict) == (150, 25, Verdict.CONSISTENT)  # type: ignore[union-attr]
    points = _only("Arbetslösheten ska minska med 2 procentenheter, från 9,5 procent till 7,5 procent.", "sv")
    assert points.verdict is Verdict.CONSISTENT
    wrong = _only("Arbetslösheten ska minska med 3 procentenheter, från 9,5 procent till 7,5 procent.", "sv")
    assert wrong.verdict is Verdict.INCONSISTENT


def test_swedish_levels() -> None:
    count = _only("Kommunen ska ha minst 12 000 invånare år 2030.", "sv")
    assert count.kind is TargetKind.LEVEL and count.level.value == 12000  # type: ignore[union-attr]
    share = _only("Andelen elever som är behöriga till gymnasiet ska öka till 88 procent år 2025.", "sv")
    assert share.kind is TargetKind.LEVEL and share.level.value == 88 and share.year == 2025  # type: ignore[union-attr]


def test_findings_on_a_nordic_paper_are_in_danish() -> None:
    report = check_text("Arbetslösheten ska minska med 3 procentenheter, från 9,5 procent till 7,5 procent.")
    assert report.documents[0].language == "sv"
    codes = {f.code for f in report.findings}
    assert codes, "an inconsistent pair gives a finding"
    assert all(f.message == f.messages["da"] for f in report.findings)


def test_the_suggested_change_in_points_is_a_difference_of_shares() -> None:
    report = check_text(
        "Andelen elever som är behöriga till gymnasiet ska öka med 3 procentenheter, från 82 procent till 87 procent."
    )
    (finding,) = [f for f in report.findings if f.code == "SG103"]
    relative = [s for s in finding.suggestions if s.figure == "relative"]
    assert [Fraction(s.value) for s in relative if s.value is not None] == [Fraction(5)]


def test_the_example_papers_in_norwegian_and_swedish() -> None:
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    for name, code in (("malsettinger-2025-2028.nb.txt", "nb"), ("mal-2025-2028.sv.txt", "sv")):
        report = check_text((examples / name).read_text(encoding="utf-8"))
        assert report.documents[0].language == code
        assert [f.code for f in report.findings] == ["SG103", "SG201"], name
        assert all(t.span.quote for t in report.documents[0].targets)
