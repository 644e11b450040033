"""A paper is read the same however its lines are broken or its blanks are written: PDF text breaks lines
anywhere (after "til", inside "mere end", between a figure and its unit, after a label's colon), crawled
pages double blanks, and word processors put a no-break space between a figure and its unit. Each sentence
below (written for this test, in Danish, Norwegian, Swedish and English) is read as one line, then wrapped
at several widths, spaced out and given no-break spaces: the targets and their figures must not change."""

from __future__ import annotations

import re
import textwrap

import pytest

from sudgoals import check_text

# fmt: off
SENTENCES = [
    ("da", "Andelen af elever med højt fravær skal ned fra 24 pct. til 18 pct. Det svarer til ca. 300 færre elever."),
    ("da", "Antallet af indlæggelser skal falde fra 58 til 41 pr. 1.000 ældre, et fald på 25 pct."),
    ("da", "Udledningen af drivhusgasser skal ned fra 480.000 tons CO2e i 2019 til 160.000 tons CO2e i 2030."),
    ("da", "I 2024 var der 1.250 hjemløse i kommunen. Vi vil have 150 færre hjemløse i 2028. Det svarer til et fald på 12 pct."),
    ("da", "Antallet af lærlinge er mere end fordoblet siden 2020, og målet er yderligere 80 lærlinge i 2027."),
    ("da", "Udgangspunkt 2023: 71 pct. Mål 2025: 75 pct. Mål 2027: 80 pct."),
    ("da", "Kommunen vil skabe 150 flere pladser i dagtilbud frem mod 2028, hvilket svarer til en stigning på 6 pct."),
    ("nb", "Sykefraværet skal ned fra 8,2 prosent i 2023 til 6,5 prosent i 2027. Det tilsvarer en nedgang på om lag 21 prosent."),
    ("nb", "Kommunen skal bygge 400 nye boliger innen 2030, som er en økning på 10 prosent fra i dag."),
    ("nb", "Utgangspunkt 2023: 71 prosent. Mål 2025: 75 prosent. Mål 2027: 80 prosent."),
    ("sv", "Andelen elever som når målen i alla ämnen ska öka från 74 procent till 80 procent senast år 2027."),
    ("sv", "Utsläppen ska minska med 60 procent till 2030 jämfört med 2019, vilket motsvarar cirka 45 000 ton koldioxid."),
    ("sv", "Sjukfrånvaron var 7,2 procent 2024. Målet är att den ska vara högst 6,5 procent år 2026."),
    ("en", "We will deliver 400 additional school places by September 2026. This equates to an increase of 5%."),
    ("en", "Emissions should fall to 20 kt CO2e by 2030, from 31 kt CO2e in 2019."),
    ("en", "The recycling rate should reach 65% by 2035 (44.6% in 2022/23), an increase of more than 20 percentage points."),
    ("en", "The council aims to reduce the number of households in temporary accommodation from 1,240 to 1,000 by March 2027."),
    ("en", "Baseline 2023: 71%. Target 2025: 75%. Target 2027: 80%."),
]
# fmt: on


def _read(lang: str, text: str) -> list[tuple[str, ...]]:
    targets = check_text(text, language=lang).documents[0].targets
    return sorted(
        (
            *(
                "-" if f is None else f"{f.value}{f.unit.value}"
                for f in (t.absolute, t.relative, t.level, t.baseline)
            ),
            t.kind.value,
            t.direction.value if t.direction else "",
        )
        for t in targets
    )


@pytest.mark.parametrize(("lang", "text"), SENTENCES, ids=[f"{lang}:{text[:50]}" for lang, text in SENTENCES])
def test_a_sentence_reads_the_same_however_its_lines_are_broken(lang: str, text: str) -> None:
    whole = _read(lang, text)
    assert whole  # each sentence states a target
    for width in (40, 48, 55, 63, 72):
        broken = "\n".join(textwrap.wrap(text, width))
        assert _read(lang, broken) == whole, broken


@pytest.mark.parametrize(("lang", "text"), SENTENCES, ids=[f"{lang}:{text[:50]}" for lang, text in SENTENCES])
def test_a_sentence_reads_the_same_however_its_blanks_are_written(lang: str, text: str) -> None:
    whole = _read(lang, text)
    # crawled pages: every blank doubled (but inside a number: "45  000" is two numbers as much as one)
    assert _read(lang, re.sub(r"(?<!\d) | (?!\d)", "  ", text)) == whole
    assert _read(lang, re.sub(r"(\d) (?=\D)", "\\1\u00a0", text)) == whole  # a no-break space after a figure
    assert _read(lang, text.replace("\n", "\r\n")) == whole


# one-line key figures with a no-break space between each figure and its unit, as a word processor writes them
# fmt: off
KEY_FIGURES = [
    ("da", "Gennemsnitlig sagsbehandlingstid: 18,2 dage (mål 20 dage)"),
    ("da", "Sygefravær\t2023: 7,4 pct.\t2024: 7,1 pct.\tMål 2026: 6 pct."),
    ("da", "Mål 2027: 90 pct. | Resultat 2024: 84 pct."),
    ("da", "Energiforbrug i kommunale bygninger: 42.000 MWh (2020) → 34.000 MWh (2030)"),
    ("nb", "Saksbehandlingstid: 18,2 dager (mål 14 dager)"),
    ("en", "Average days to re-let a council home: 42 days (target 30 days)"),
    ("en", "Sickness absence: 10.2 days per FTE (target: 8 days)"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text"), KEY_FIGURES, ids=[f"{lang}:{text[:50]}" for lang, text in KEY_FIGURES]
)
def test_a_key_figure_line_reads_the_same_with_no_break_spaces(lang: str, text: str) -> None:
    whole = _read(lang, text)
    assert whole and all(row[3] != "-" for row in whole)  # a target with where it stands
    assert _read(lang, re.sub(r"(\d) (?=\S)", "\\1\u00a0", text)) == whole
    assert _read(lang, re.sub(r"(\d) (?=\S)", "\\1\u202f", text)) == whole


def test_a_figure_that_opens_a_line_after_running_text_goes_on_its_sentence() -> None:
    """A figure with its direction at a line's start opens a list item after a lead-in, a heading or another
    item, and goes on the sentence of a long line of running text that ends in a word."""
    items = "Målene for 2026:\n150 flere borgere i job\n200 færre på kontanthjælp"
    assert len(check_text(items, language="da").documents[0].targets) == 2
    lead_in = "Vi har disse mål\n150 flere borgere i job\n200 færre på kontanthjælp"
    assert len(check_text(lead_in, language="da").documents[0].targets) == 2
    running = (
        "Ledigheden skal ned, og derfor skal vi i løbet af de kommende år have\n"
        "150 færre ledige i 2027. Det svarer til et fald på 12 pct."
    )
    (target,) = check_text(running, language="da").documents[0].targets  # one paragraph: the link holds
    assert target.absolute is not None and target.absolute.value == 150
    assert target.relative is not None and target.relative.value == 12


# fmt: off
WRAPPED_KEY_FIGURES = [
    ("en", "Average days to re-let a council home: 42 days (target\n30 days)", "30", "42"),
    ("en", "Average days to re-let a council home: 42 days\n(target 30 days)", "30", "42"),
    ("en", "Net additional dwellings: 812 in 2023/24 (target\n1,000).", "1000", "812"),
    ("en", "Household waste recycled, year to date: 46.2% (target\n50%).", "50", "46.2"),
    ("da", "Kontanthjælpsmodtagere 2022: 1.200; 2023: 1.150; Mål\n2025: 1.000", "1000", "1150"),
    ("da", "Energiforbrug i kommunale bygninger: 42.000 MWh (2020) →\n34.000 MWh (2030)", "34000", "42000"),
    ("sv", "Andelen nöjda brukare låg 2024 på 84 procent mot målet\n90 procent.", "90", "84"),
    ("sv", "Utgångsläge: andel nöjda brukare 2023, 71 %, mål 2025,\n75 %, mål 2027, 80 %", "75", "71"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "level", "baseline"), WRAPPED_KEY_FIGURES, ids=[w[1][:50] for w in WRAPPED_KEY_FIGURES]
)
def test_a_key_figure_line_broken_once_keeps_its_target(
    lang: str, text: str, level: str, baseline: str
) -> None:
    """A key-figure line a PDF wrapped once (inside the bracket of its target, after a label) reads as the
    line it was: the level aimed at and where the indicator stands."""
    from fractions import Fraction

    targets = check_text(text, language=lang).documents[0].targets
    assert any(
        t.level is not None
        and t.baseline is not None
        and t.level.value == Fraction(level)
        and t.baseline.value == Fraction(baseline)
        for t in targets
    ), [(t.level, t.baseline) for t in targets]


def test_two_lines_that_each_end_are_not_one_row() -> None:
    """Two lines that each end in a stop are two rows or sentences: read by the rules of labelled lines."""
    (target,) = (
        check_text("Resultat 2023: 74 procent.\nMål 2026: 80 procent.", language="sv").documents[0].targets
    )
    assert "sv.baselines.outcome-label-then-target-label" in target.rules
