"""Forms probed in English and Swedish, round 2, as a careful reader reads them: sentences written for this test
in the genres real papers come in (council and corporate plans, annual reports with goal follow-up, NHS, police
and education performance reports, written parliamentary answers, transport and waste statistics, climate plans,
press releases, news; kommunala mål- och budgetdokument, årsredovisningar med måluppfyllelse, regionala
verksamhetsplaner, SCB and myndighet releases), none taken from a real paper. Each gives the targets a careful
reader marks, judged as ``check`` judges them (the helpers and the assertion are those of ``test_forms``), with
look-alikes that must give none. A form not yet read is a strict xfail with the reason. Round 1 is
``test_forms_probe_ensv``; this file probes new ground."""

from __future__ import annotations

from typing import Any

import pytest

from sudgoals.extract import detect_language
from test_forms import T, assert_read_as, case

# fmt: off
TARGET_LABELS = [
    # a bare count after a target label: the noun, the year it is set for, and a colon or a copula
    case("en", "The target for 2026 is 4,000 homes.", T(kind="level", level="4000")),
    case("en", "Our target for 2025/26 is 320 affordable homes.", T(kind="level", level="320")),
    case("en", "The ambition for 2030 is 12,000 jobs in the district.", T(kind="level", level="12000")),
    case("en", "Target 2030: 560", T(kind="level", level="560")),
    case("en", "Target (2027): 1,800 apprenticeship starts", T(kind="level", level="1800")),
    case("en", "Target: 250 foster carers", T(kind="level", level="250")),
    case("en", "Target 2026: 8 days", T(kind="level", level="8", unit="day")),
    case("sv", "Målet för 2026 är 450 bostäder.", T(kind="level", level="450")),
    case("sv", "Målet är 450 bostäder.", T(kind="level", level="450")),
    case("sv", "Mål 2030: 560", T(kind="level", level="560")),
    case("sv", "Mål (2027): 1 800 platser", T(kind="level", level="1800")),
    case("sv", "Målvärdet för 2025 är 300 lägenheter.", T(kind="level", level="300")),
    case("sv", "Mål 2026: 28 dagar", T(kind="level", level="28", unit="day")),
    # look-alikes: a numbered target, a noun of a group, a colon that opens a list, a target date
    case("en", "Target 2: 560 homes were inspected."),
    case("en", "Target group: 560 young people."),
    case("en", "The plan has three targets: 1 Fewer deaths on the roads."),
    case("en", "Target date: 31 March 2026."),
    case("sv", "Mål 2: 560 bostäder besiktigades."),
    case("sv", "Målgrupp: 560 unga."),
    case("sv", "Planen har tre mål: 1 Färre döda i trafiken."),
]
ZERO = [
    # zero as the level a count should fall to: after "to" and a verb of change, or after a bound verb
    case("en", "The number of people waiting more than 52 weeks will be reduced to zero by 2025.",
         T(kind="level", direction="down", level="0")),
    case("en", "We will cut the number of families in bed and breakfast accommodation to zero.",
         T(kind="level", direction="down", level="0")),
    case("en", "The number of children placed out of area should be zero by 2027.", T(kind="level", level="0")),
    case("sv", "Antalet som väntat mer än 90 dagar ska minska till noll till 2026.",
         T(kind="level", direction="down", level="0")),
    case("sv", "Vi ska sänka antalet vräkningar av barnfamiljer till noll.", T(kind="level", direction="down", level="0")),
    case("sv", "Antalet dödade i trafiken ska vara noll år 2050.", T(kind="level", level="0")),
    # look-alikes: net zero, a zero that is a score or a temperature, zero in a name
    case("en", "We will cut emissions to net zero by 2040."),
    case("en", "The temperature fell to zero overnight."),
    case("en", "Project Zero will be launched in 2025."),
    case("sv", "Utsläppen ska minska till netto noll 2045."),
    case("sv", "Temperaturen sjönk till noll under natten."),
]
AIM_VERBS = [
    # a verb that states the aim itself, then a sum or a count (right after it, or after its noun and "of")
    case("en", "The company targets revenue of $5bn by FY26.", T(kind="level", level="5000000000")),
    case("en", "The council targets 1,000 homes by 2026/27.", T(kind="level", level="1000", year=2026)),
    case("en", "The group aims for operating profit of £40m in 2026.", T(kind="level", level="40000000", unit="GBP")),
    case("en", "The board is targeting income of £12m over three years.", T(kind="level", level="12000000")),
    case("sv", "Bolaget siktar på en omsättning på 5 mdkr år 2026.", T(kind="level", level="5000000000", year=2026)),
    case("sv", "Kommunen siktar mot 500 bostäder per år.", T(kind="level", level="500")),
    # the financial year "FY26" is not read as a year
    case("en", "The company targets revenue of $5bn by FY26.", T(kind="level", level="5000000000", year=2026),
         xfail="a financial year written 'FY26' or 'FY2026' is not read as a year (only four digits are)"),
    # look-alikes: "targets" as a noun, a verb of aim before a group
    case("en", "The company met its targets with revenue of $5bn."),
    case("en", "The plan has three targets: 1 Fewer deaths on the roads."),
    case("en", "The programme targets people aged 16 to 24."),
    case("sv", "Projektet siktar på unga i åldern 16 till 24."),
]
PART_ONE = [
    # a hedged count after a verb of making is a level to reach
    case("en", "We will build around 1,500 homes.", T(kind="level", level="1500")),
    case("en", "We will plant about 10,000 trees by 2030.", T(kind="level", level="10000", year=2030)),
    case("sv", "Vi ska bygga cirka 400 bostäder per år.", T(kind="level", level="400")),
    case("sv", "Kommunen ska plantera omkring 2 000 träd till 2030.", T(kind="level", level="2000", year=2030)),
    case("en", "We built about 1,500 homes last year."),
    # a bound after "to": the level is a ceiling
    case("en", "We will cut the number of households in temporary accommodation to below 1,000.",
         T(kind="level", direction="down", level="1000", hedge="below")),
    case("en", "We want to bring the number of rough sleepers down to fewer than 50 by 2026.",
         T(kind="level", direction="down", level="50", hedge="below")),
    case("sv", "Antalet tomma lägenheter ska minska till färre än 500 till 2027.",
         T(kind="level", direction="down", level="500", hedge="below")),
    case("sv", "Antalet hushåll i tillfälligt boende ska minska till under 300.",
         T(kind="level", direction="down", level="300", hedge="below")),
    case("en", "Children aged 5 to under 16 are eligible."),
    # where a time stands, in brackets after a mark of now: the baseline
    case("en", "We will cut the average wait to 6 weeks (currently 9 weeks).",
         T(direction="down", level="6", baseline="9", unit="week")),
    case("sv", "Handläggningstiden ska minska till 28 dagar (i dag 41 dagar).",
         T(direction="down", level="28", baseline="41", unit="day")),
    case("sv", "Väntetiden ska kortas till 14 dagar (idag 20 dagar).", T(direction="down", level="14", baseline="20", unit="day")),
    case("en", "The clinic is open for 3 days (currently 2 days) a week."),
    # a time aimed at, in words
    case("en", "Our aim is six weeks.", T(kind="level", level="6", unit="week")),
    case("sv", "Målet är två veckor.", T(kind="level", level="2", unit="week")),
    case("sv", "Målet är tre dagar för ett beslut.", T(kind="level", level="3", unit="day")),
    case("en", "The meeting is two weeks away."),
    # a KPI line whose outcome is a rate and whose target is in the bare unit: the target in the outcome's rate
    case("sv", "Sjukfrånvaro: 10,2 dagar per anställd (mål: 8 dagar)", T(direction="down", level="8", baseline="10.2")),
    case("en", "Sickness absence 10.2 days per FTE | Target 8 days", T(direction="down", level="8", baseline="10.2")),
]
# fmt: on

CASES = [*TARGET_LABELS, *ZERO, *AIM_VERBS, *PART_ONE]


@pytest.mark.parametrize(("lang", "text", "targets"), CASES)
def test_a_probed_form_is_read_as_a_careful_reader_reads_it(
    lang: str, text: str, targets: tuple[dict[str, Any], ...]
) -> None:
    assert_read_as(lang, text, targets)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # short lines with none of the common words: Swedish by its letters, English by a few of its words
        ("Mål: 450 bostäder", "sv"),
        ("Mål 2030: 560 bostäder", "sv"),
        ("Andel nöjda brukare 83 %", "sv"),
        ("Sjukfrånvaron högst 6 procent", "sv"),
        ("Recycling rate 44%, target 55%.", "en"),
        ("Target: 95%", "en"),
        ("Our ambition: 300 new homes", "en"),
        ("Ventetid højst 30 dage", "da"),
        ("Mål: 450 boliger", "da"),
        ("Ventetid høyst 30 dager", "nb"),
        ("Sykefraværet skal reduseres til 6 prosent.", "nb"),
    ],
)
def test_a_short_line_is_detected_in_its_language(text: str, code: str) -> None:
    assert detect_language(text) == code
