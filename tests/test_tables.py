"""KPI tables in goal follow-ups, read by their column heads: the level aimed at is the figure under the
target column ("Mål 2026", "Target 2025/26", "Målvärde 2026"), where it started the one under the baseline
column, else under an outcome column before the target ("Utfall 2023"); an outcome column after the target
("Resultat 2025", "Actual") is progress, not the level aimed at. Pipe, tab and blank-aligned tables. Tables
written for this test."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sudgoals import check_text, extract_text
from sudgoals.pipeline import check_paper

MARKDOWN_DA = """# Målopfølgning 2025

| Indikator | Udgangspunkt 2023 | Mål 2026 | Resultat 2025 |
|---|---|---|---|
| Andel elever der trives | 86 % | 90 % | 88 % |
| Sygefravær, dage pr. ansat | 12,4 | 10,0 | 11,8 |
| Antal borgere i job | 3.200 | 3.500 | 3.390 |
"""

TABS_EN = (
    "Key performance indicators 2025/26\n\n"
    "Indicator\tBaseline 2023/24\tTarget 2025/26\tActual\tRAG\n"
    "Households in temporary accommodation\t1,240\t1,000\t1,105\tAmber\n"
    "Percentage of council tax collected\t95.1%\t97.0%\t96.2%\tGreen\n"
    "Average days to process benefit claims\t21\t15\t17\tAmber\n"
)

ALIGNED_SV = """Nyckeltal och målvärden

Nyckeltal                         Utfall 2023   Målvärde 2026
Andel nöjda brukare                71 %          80 %
Sjukfrånvaro, procent              8,2           7,0
Antal nya bostäder                 310           450
"""

PIPES_NB_TARGET_FIRST = """| Indikator | Mål 2027 | Resultat 2024 | Utgangspunkt 2022 |
|---|---|---|---|
| Andel som fullfører videregående | 85 % | 81 % | 78 % |
"""


def _rows(text: str, lang: str) -> list[tuple[str, Fraction | None, Fraction | None]]:
    paper = extract_text(text, language=lang)
    return [
        (
            t.indicator,
            t.baseline.value if t.baseline is not None else None,
            t.level.value if t.level is not None else None,
        )
        for t in paper.targets
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            MARKDOWN_DA,
            "da",
            [
                ("Andel elever der trives", 86, 90),
                ("Sygefravær, dage pr. ansat", Fraction("12.4"), 10),
                ("Antal borgere i job", 3200, 3500),
            ],
        ),
        (
            TABS_EN,
            "en",
            [
                ("Households in temporary accommodation", 1240, 1000),
                ("Percentage of council tax collected", Fraction("95.1"), 97),
                ("Average days to process benefit claims", 21, 15),
            ],
        ),
        (
            ALIGNED_SV,
            "sv",
            [
                ("Andel nöjda brukare", 71, 80),
                ("Sjukfrånvaro, procent", Fraction("8.2"), 7),
                ("Antal nya bostäder", 310, 450),
            ],
        ),
        (PIPES_NB_TARGET_FIRST, "nb", [("Andel som fullfører videregående", 78, 85)]),
    ],
)
def test_the_target_column_is_the_level_and_the_baseline_column_where_it_started(
    text: str, lang: str, want: list[tuple[str, Fraction, Fraction]]
) -> None:
    assert _rows(text, lang) == want


def test_an_outcome_after_the_target_is_kept_as_a_free_figure() -> None:
    report = check_text(MARKDOWN_DA)
    unlinked = [f.message for f in report.findings if f.code == "SG801"]
    assert len(unlinked) == 1 and "88 %" in unlinked[0]


def test_a_table_with_no_column_heads_keeps_first_and_last() -> None:
    text = "| Ledighed | 4,8 pct. | 4,0 pct. |\n| Sygefravær | 6,1 pct. | 5,5 pct. |\n"
    assert _rows(text, "da") == [
        ("Ledighed", Fraction("4.8"), 4),
        ("Sygefravær", Fraction("6.1"), Fraction("5.5")),
    ]


def test_wide_gaps_without_a_target_column_are_prose() -> None:
    """Justified or OCR'd text has runs of blanks between words; it is no table unless a column is aimed at."""
    text = (
        "Ledigheden   skal   falde   med   15 pct.   frem   mod   2027.\n"
        "Det   svarer   til   300   færre   ledige   i   kommunen.\n"
    )
    (target,) = check_text(text).documents[0].targets
    assert target.absolute is not None and target.relative is not None
    assert (target.absolute.value, target.relative.value) == (300, 15)


def test_an_html_kpi_table_keeps_its_rows() -> None:
    """A web page's table is read row by row (each row one line, its cells between bars), so its columns
    are read by their heads as in a Markdown table; a paragraph inside a cell stays in its row."""
    from sudgoals.readers import read_bytes

    html = (
        "<h2>Målopfølgning</h2><table><thead><tr><th>Indikator</th><th>Udgangspunkt 2023</th>"
        "<th>Mål 2026</th><th>Resultat 2025</th></tr></thead><tbody>"
        "<tr><td><p>Andel elever</p><p>der trives</p></td><td>86 %</td><td>90 %</td><td>88 %</td></tr>"
        "<tr><td>Antal borgere i job</td><td>3.200</td><td>3.500</td><td>3.390</td></tr></tbody></table>"
    )
    document = read_bytes(html.encode(), "maal.html")
    assert document.text.splitlines()[1:3] == [
        "| Indikator | Udgangspunkt 2023 | Mål 2026 | Resultat 2025 |",
        "| Andel elever der trives | 86 % | 90 % | 88 % |",
    ]
    assert _rows(document.text, "da") == [
        ("Andel elever der trives", 86, 90),
        ("Antal borgere i job", 3200, 3500),
    ]


STAGED_EN = (
    "Indicator\tBaseline 2023/24\tTarget 2025/26\tTarget 2027/28\n"
    "Net additional homes\t850\t950\t1,100\n"
    "Homelessness prevented (%)\t52%\t58%\t65%\n"
)
STAGED_DA = """| Indikator | Udgangspunkt 2023 | Mål 2026 | Mål 2028 |
|---|---|---|---|
| Andel i job (pct.) | 52 pct. | 58 pct. | 65 pct. |
| Ventetid (dage) | 38 | 30 | 25 |
"""
STAGED_SV = """| Nyckeltal | Utfall 2023 | Målvärde 2026 | Målvärde 2030 |
|---|---|---|---|
| Utsläpp (kton CO2e) | 1 120 | 900 | 560 |
"""
STAGED_NB = """| Indikator | 2022 | Mål 2026 | Mål 2030 |
|---|---|---|---|
| Ledige (16-24 år) | 310 | 250 | 200 |
"""


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            STAGED_EN,
            "en",
            [
                ("Net additional homes", 850, 950, 2025),
                ("Net additional homes", 850, 1100, 2027),
                ("Homelessness prevented", 52, 58, 2025),
                ("Homelessness prevented", 52, 65, 2027),
            ],
        ),
        (
            STAGED_DA,
            "da",
            [
                ("Andel i job", 52, 58, 2026),
                ("Andel i job", 52, 65, 2028),
                ("Ventetid", 38, 30, 2026),
                ("Ventetid", 38, 25, 2028),
            ],
        ),
        (STAGED_SV, "sv", [("Utsläpp", 1120, 900, 2026), ("Utsläpp", 1120, 560, 2030)]),
        # an age group in brackets is part of what is counted, not a unit (the closing bracket goes with
        # the symbols a name never ends in)
        (STAGED_NB, "nb", [("Ledige (16-24 år", 310, 250, 2026), ("Ledige (16-24 år", 310, 200, 2030)]),
    ],
)
def test_each_target_column_is_a_stage_from_the_same_baseline(
    text: str, lang: str, want: list[tuple[str, int, int, int]]
) -> None:
    """A table with two target columns ("Target 2025/26", "Target 2027/28") states two stages of each
    indicator: each is a target from the same baseline, with the year its column names, and no figure of
    the row is left over as unlinked. A unit in brackets after the row's name is no part of the indicator."""
    paper = extract_text(text, language=lang)
    got = [
        (
            t.indicator,
            t.baseline.value if t.baseline is not None else None,
            t.level.value if t.level is not None else None,
            t.year,
        )
        for t in paper.targets
    ]
    assert got == want
    assert not [f for f in check_paper(paper) if f.code == "SG801"]
