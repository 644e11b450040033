"""The common ways goal papers state a target, in Norwegian (bokmål), Swedish, Danish and English: a battery of
sentences written for this test (none taken from a real paper), each with the targets a careful reader marks —
kind, direction, the stated figures and their units — and the verdict where the numbers make one (every stated figure is the interval its rounding allows: "øke med
4 prosentpoeng, fra 78 til 83 prosent" holds, as 78.5 + 4.5 = 83; 3 points do not). Look-alikes
that are no targets (dates, ages, page numbers, facts, budgets) must give none. A form the reader does not yet
read is marked ``xfail(strict=True)`` with the reason, never loosened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import pytest

from sudgoals import build_report, check_paper, extract_text
from sudgoals.model import Figure, Target
from sudgoals.numbers import read_figure

NONE: tuple[dict[str, Any], ...] = ()


def T(**want: Any) -> dict[str, Any]:
    """One expected target: ``kind``, ``direction``, ``absolute``/``relative``/``level``/``baseline`` (the value
    as a string, exact), ``level_band`` (the two stated ends of a band level), ``low``/``high`` (the interval of
    a band figure, else of the level or the relative change), ``year``/``reference_year`` (ints, or None), ``unit`` (of the level, else the relative change, else the absolute), ``hedge`` (of the
    level), ``indicator`` (what it counts, as the report shows it), ``status`` (a measured status, no aim: True or False)
    and ``verdict``; only what is given is checked."""
    return want


def sentence_count(text: str) -> int:
    """About how many sentences or lines ``text`` holds (the batteries' test of a paragraph: two or more)."""
    return sum(text.count(mark) for mark in (". ", ".\n", "\n")) + 1


def assert_floors(
    cases: Sequence[Any],
    languages: tuple[str, ...] = (),
    *,
    at_least: int = 0,
    per_language: int = 0,
    paragraphs: int = 0,
    paragraph_share: Fraction | int | str = 0,
    look_alikes: int = 0,
    look_alikes_per_language: int = 0,
    look_alike_share: Fraction | int | str = 0,
    look_alike_paragraphs: int = 0,
) -> None:
    """A battery's breadth, each floor a keyword (0, the default, asks nothing): at least ``at_least`` cases, and
    ``per_language`` in each of ``languages``; of the cases, at least ``paragraphs`` paragraphs
    (:func:`sentence_count` two or more) and a ``paragraph_share`` of them; cases that must give nothing
    (look-alikes): ``look_alikes`` in all, and in each language ``look_alikes_per_language``, a
    ``look_alike_share`` of its cases and ``look_alike_paragraphs`` paragraphs. A share is exact: a ``Fraction``,
    an int or a string such as ``"2/3"``."""
    assert len(cases) >= at_least
    several = [c for c in cases if sentence_count(c.values[1]) >= 2]
    assert len(several) >= max(paragraphs, len(cases) * Fraction(paragraph_share))
    assert len([c for c in cases if not c.values[2]]) >= look_alikes
    for lang in languages:
        table = [c for c in cases if c.values[0] == lang]
        assert len(table) >= per_language, lang
        nothing = [c for c in table if not c.values[2]]
        assert len(nothing) >= max(look_alikes_per_language, len(table) * Fraction(look_alike_share)), lang
        assert len([c for c in nothing if sentence_count(c.values[1]) >= 2]) >= look_alike_paragraphs, lang


def assert_broad(
    cases: Sequence[Any], languages: tuple[str, ...], *, at_least: int, per_language: int
) -> None:
    """A battery of paragraphs' breadth: at least ``at_least`` cases, ``per_language`` in each of ``languages``,
    two thirds of them paragraphs (:func:`sentence_count` two or more), and in each language 15 paragraphs that
    must give nothing (look-alikes). Other floors: :func:`assert_floors`."""
    assert_floors(
        cases,
        languages,
        at_least=at_least,
        per_language=per_language,
        paragraph_share="2/3",
        look_alike_paragraphs=15,
    )


def read_as_test(cases: Sequence[Any]) -> Callable[[str, str, tuple[dict[str, Any], ...]], None]:
    """A battery's test, parametrized by its ``cases`` (made with :func:`case`): each is read as
    :func:`assert_read_as` asks. Bind it in the battery to the test's name: ``test_x_is_read = read_as_test(CASES)``
    (pytest names the test, and each case's id, as a ``def test_x_is_read`` would)."""

    @pytest.mark.parametrize(("lang", "text", "targets"), cases)
    def test(lang: str, text: str, targets: tuple[dict[str, Any], ...]) -> None:
        assert_read_as(lang, text, targets)

    return test


def case(lang: str, text: str, *targets: dict[str, Any], xfail: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(lang, text, targets, marks=marks, id=f"{lang}:{text[:60]}")


# fmt: off
NB = [
    # pairs: a count and a percent, in one sentence and across two with a link
    case("nb", "Antall innbyggere på sosialhjelp skal reduseres med 120 personer innen 2028, tilsvarende en reduksjon på 15 prosent.",
         T(kind="change", direction="down", absolute="120", relative="15", verdict="consistent")),
    case("nb", "Kommunen skal ha 300 flere lærlinger i 2027. Det tilsvarer en økning på 25 prosent.",
         T(kind="change", direction="up", absolute="300", relative="25", verdict="consistent")),
    # relative-only changes
    case("nb", "Klimagassutslippene fra kommunens egen drift skal reduseres med 40 prosent innen 2030.",
         T(kind="change", direction="down", relative="40", unit="percent", verdict="unverifiable")),
    case("nb", "Sykefraværet skal reduseres med 10 prosent i planperioden.",
         T(kind="change", direction="down", relative="10")),
    case("nb", "Sysselsettingen skal øke med 2 prosentpoeng innen 2030.",
         T(kind="change", direction="up", relative="2", unit="percentage_point")),
    # levels with floors and ceilings
    case("nb", "Andelen elever som fullfører videregående opplæring skal være minst 85 prosent i 2030.",
         T(kind="level", level="85", hedge="at_least", verdict="unverifiable")),
    case("nb", "Sykefraværet i helse og omsorg skal være høyst 8 prosent.",
         T(kind="level", level="8", hedge="at_most")),
    case("nb", "Andelen unge uten arbeid eller skole skal ikke overstige 6 prosent i 2026.",
         T(kind="level", level="6")),
    case("nb", "Arbeidsledigheten skal holdes under 3 prosent.",
         T(kind="level", level="3", hedge="below")),
    case("nb", "Ventetiden for sykehjemsplass skal være under fire uker.",
         T(kind="level", level="4", unit="week", hedge="below")),
    # from-to, without and with a stated change
    case("nb", "Andelen innbyggere som er fysisk aktive skal øke fra 60 prosent til 70 prosent.",
         T(direction="up", baseline="60", level="70", verdict="unverifiable")),
    case("nb", "Antall barn i midlertidig bolig skal reduseres med 20 prosent, fra 250 til 200.",
         T(kind="change", direction="down", relative="20", baseline="250", level="200", verdict="consistent")),
    case("nb", "Antall bostedsløse skal reduseres med 30 prosent, fra 400 til 300.",
         T(kind="change", direction="down", relative="30", baseline="400", level="300", verdict="inconsistent")),
    # percentage points
    case("nb", "Andelen som fullfører skal øke med 5 prosentpoeng, fra 78 prosent til 83 prosent.",
         T(direction="up", relative="5", unit="percent", baseline="78", level="83", verdict="consistent")),
    case("nb", "Andelen som fullfører skal øke med 3 prosentpoeng, fra 78 prosent til 83 prosent.",
         T(direction="up", relative="3", baseline="78", level="83", verdict="inconsistent")),
    # number words
    case("nb", "Saksbehandlingstiden for byggesaker skal reduseres fra ni til seks uker.",
         T(direction="down", baseline="9", level="6", unit="week")),
    case("nb", "Utslippene fra transport skal reduseres med en tredjedel innen 2030.",
         T(kind="change", direction="down", relative="100/3")),
    case("nb", "Antall trafikkulykker med personskade skal halveres innen 2030.",
         T(kind="change", direction="down", relative="50")),
    # a baseline in the sentence before or after
    case("nb", "I 2023 var andelen røykere 11 prosent. Målet er å redusere andelen til 8 prosent innen 2030.",
         T(direction="down", baseline="11", level="8")),
    case("nb", "Andelen skal økes til 90 prosent innen 2028. I dag er andelen 82 prosent.",
         T(direction="up", baseline="82", level="90")),
    # money with scales, units of measure
    case("nb", "Driftsutgiftene skal reduseres med 25 mill. kr innen 2027, tilsvarende 2 prosent.",
         T(kind="change", direction="down", absolute="25000000", unit="percent", relative="2", verdict="consistent")),
    case("nb", "Utslippene skal reduseres med 12 000 tonn CO2, tilsvarende 30 prosent.",
         T(kind="change", direction="down", absolute="12000", relative="30", verdict="consistent")),
    case("nb", "Ventetiden skal reduseres fra 40 til 30 dager, en reduksjon på 25 prosent.",
         T(direction="down", baseline="40", level="30", relative="25", unit="day", verdict="consistent")),
    # look-alikes that are no targets
    case("nb", "Planen ble vedtatt av kommunestyret 14. juni 2023."),
    case("nb", "Tiltaket retter seg mot unge i alderen 15–24 år."),
    case("nb", "Se side 12 for en oversikt over tiltakene."),
    case("nb", "Tre av fire skoler har innført leksehjelp."),
    case("nb", "Kommunen brukte 45 mill. kr på vedlikehold i 2023."),
    # inconsistent pairs
    case("nb", "Antall lærlinger skal økes fra 200 til 260, en økning på 20 prosent.",
         T(direction="up", baseline="200", level="260", relative="20", verdict="inconsistent")),
    case("nb", "Kommunen skal ha 150 flere lærlinger. Det tilsvarer en nedgang på 18 prosent.",
         T(absolute="150", relative="18", verdict="inconsistent")),
    # more bounds, baselines, scales and look-alikes
    case("nb", "Ventetiden skal være høyst to uker.", T(kind="level", level="2", unit="week", hedge="at_most")),
    case("nb", "Saksbehandlingstiden skal ikke overstige seks måneder.",
         T(kind="level", level="6", unit="month", hedge="at_most")),
    case("nb", "Kostnadene skal høyst utgjøre 40 mill. kr per år.",
         T(kind="level", level="40000000", unit="kr/year", hedge="at_most")),
    case("nb", "Utgangspunktet er 7,8 prosent. Sykefraværet skal reduseres til 6,5 prosent innen 2028.",
         T(kind="change", direction="down", baseline="7.8", level="6.5")),
    case("nb", "Matsvinnet skal halveres fra 2020 til 2030.", T(kind="change", direction="down", relative="50")),
    case("nb", "Klimagassutslippene skal reduseres med 55 prosent sammenlignet med 2009.",
         T(kind="change", direction="down", relative="55")),
    case("nb", "Driftsutgiftene skal reduseres med 25 MNOK innen 2027, tilsvarende 2 prosent.",
         T(kind="change", direction="down", absolute="25000000", relative="2", verdict="consistent")),
    case("nb", "Kommunen har 12 500 innbyggere, og 2 av 3 bor i sentrum."),
    case("nb", "Årsbudsjettet for 2024 er på 1,4 mrd. kr."),
    case("nb", "Saksbehandlingstiden for byggesaker skal reduseres fra ni uker til seks uker.",
         T(direction="down", baseline="9", level="6", unit="week")),
    case("nb", "Innen 2030 skal minst 60 prosent av alle reiser skje med kollektiv, sykkel eller gange.",
         T(kind="level", level="60", hedge="at_least")),
    case("nb", "Sykefraværet skal ikke være høyere enn 6 prosent.",
         T(kind="level", level="6", hedge="at_most")),
    case("nb", "Ventetiden skal ikke være lengre enn fire uker.",
         T(kind="level", level="4", unit="week", hedge="at_most")),
    case("nb", "Antall sykehjemsplasser økes fra 120 til 140, en økning på om lag 17 prosent.",
         T(direction="up", baseline="120", level="140", relative="17", verdict="consistent")),
    case("nb", "Antall barn i barnevernet skal reduseres med 10 prosent, til om lag 450.",
         T(direction="down", relative="10", level="450", verdict="consistent")),
    case("nb", "Energiforbruket i kommunale bygg skal reduseres med 20 GWh innen 2030.",
         T(kind="change", direction="down", absolute="20", unit="GWh")),
    case("nb", "Andelen skal økes med 5 prosentpoeng til 75 prosent.",
         T(direction="up", relative="5", level="75", verdict="consistent")),
    case("nb", "Andelen som resirkuleres skal økes til 65 prosent innen 2035, opp fra 48 prosent i dag.",
         T(direction="up", baseline="48", level="65")),
    case("nb", "92 prosent av pasientene skal få behandling innen 18 uker.",
         T(kind="level", level="92")),
    case("nb", "Rapporten er på 48 sider."),
    case("nb", "Tiltaket koster 3,5 mill. kr."),
    case("nb", "Antall bostedsløse skal reduseres med 100 fra dagens 500, en reduksjon på 25 prosent.",
         T(direction="down", absolute="100", relative="25", baseline="500", verdict="inconsistent")),
    case("nb", "Antall bostedsløse skal reduseres med 100 (fra 500 i dag), en reduksjon på 20 prosent.",
         T(direction="down", absolute="100", relative="20", baseline="500", verdict="consistent")),
    case("nb", "Målet er 200 flere i arbeid. Dette utgjør en økning på 8 prosent.",
         T(direction="up", absolute="200", relative="8", verdict="consistent")),
    case("nb", "Sykefraværet skal ikke stige over 6 prosent.", T(kind="level", level="6", hedge="at_most", indicator="Sykefraværet")),
    case("nb", "Ventelistene må ikke overstige 2 000.", T(kind="level", level="2000", hedge="at_most", indicator="Ventelistene")),
    case("nb", "Sykefraværet steg ikke over 6 prosent i fjor."),
    case("nb", "Antall lærlingplasser skal dobles innen 2028.", T(kind="change", direction="up", relative="100")),
    case("nb", "Hver femte ungdom skal ha sommerjobb i 2026.", T(kind="level", level="20")),
    case("nb", "Utslippene skal reduseres med drøyt 30 prosent.", T(kind="change", direction="down", relative="30")),
    case("nb", "Andelen skal økes fra 45 til 60 prosent, altså med 15 prosentpoeng.", T(direction="up", baseline="45", level="60", relative="15", verdict="consistent")),
    case("nb", "Planperioden er 2024–2027."),
    case("nb", "Kommunen har 4 300 ansatte fordelt på 12 enheter."),
    # a level below zero (a minus or a dash as its sign) and a unit glued to its number
    case("nb", "Netto driftsresultat er – 1,2 prosent i 2023, som er en forbedring på 0,9 prosentpoeng.",
         T(direction="up", level="-1.2", relative="0.9", unit="percent", verdict="consistent")),
    case("nb", "Netto driftsresultat skal økes fra -1,2 prosent til 1,75 prosent innen 2027.",
         T(kind="change", direction="up", baseline="-1.2", level="1.75")),
    case("nb", "Sykefraværet skal være under 6prosent.", T(kind="level", level="6", hedge="below")),
    # a level and the points that set it apart from a target or an average; KPI lines with a label; exceptions
    case("nb", "Andelen elever som fullfører var 79 prosent, 2 prosentpoeng under målet.",
         T(direction="down", level="79", relative="2", unit="percent", verdict="consistent")),
    case("nb", "Utgangspunkt: Ledighet i 2023, 3,2 prosent. Ledighetsmål for 2026, 2,5 prosent.",
         T(kind="change", direction="down", baseline="3.2", level="2.5")),
    case("nb", "Sykefraværet skal være under 6 prosent, med unntak av 2024 med 6,5 prosent.",
         T(kind="level", level="6.5"), T(kind="level", level="6", hedge="below")),
    case("nb", "Bortsett fra 2021 lå resultatet på 0,5 prosent."),
    # a time lengthened or shortened by a number in words; a date after "til" is no level
    case("nb", "Yrkesaktiviteten etter fylte 50 år skal forlenges med seks måneder.",
         T(kind="change", direction="up", absolute="6", unit="month")),
    case("nb", "Fristen er forlenget til 14. mars."),
    # a lost space glues the word before to the verb of change ("62 årforlenges"): still the change
    case("nb", "Den gjennomsnittlige avgangsalderen etter fylte 62 årforlenges med tre måneder.",
         T(kind="change", direction="up", absolute="3", unit="month")),
    case("sv", "Handläggningstiden för bygglov skaförkortas med två veckor.",
         T(kind="change", direction="down", absolute="2", unit="week")),
    case("da", "Sagsbehandlingstiden for byggetilladelser skalforkortes med to uger.",
         T(kind="change", direction="down", absolute="2", unit="week")),
    case("en", "Average processing times for planning applications will bereduced by two weeks.",
         T(kind="change", direction="down", absolute="2", unit="week")),
    # a change, the years it ran between, then its from-to: one target; a new verb of change before the
    # from-to starts another
    case("en", "Admissions rose by 27 per cent between September 2022 and September 2024 from 5,345 to 6,810.",
         T(kind="change", direction="up", relative="27", baseline="5345", level="6810", verdict="consistent")),
    case("en", "We will cut emissions by 10% in 2025 and reduce waste from 1,000 to 900 tonnes.",
         T(kind="change", direction="down", relative="10"), T(kind="change", baseline="1000", level="900")),
    case("da", "Antallet af indlæggelser steg med 27 pct. mellem 2022 og 2024 fra 5.345 til 6.810.",
         T(kind="change", direction="up", relative="27", baseline="5345", level="6810", verdict="consistent")),
    case("nb", "Antallet innleggelser økte med 27 prosent mellom 2022 og 2024 fra 5 345 til 6 810.",
         T(kind="change", direction="up", relative="27", baseline="5345", level="6810", verdict="consistent")),
    case("sv", "Antalet inläggningar ökade med 27 procent mellan 2022 och 2024 från 5 345 till 6 810.",
         T(kind="change", direction="up", relative="27", baseline="5345", level="6810", verdict="consistent")),
    # a change noun and a copula before a share: the change; a bound crossed by a verb of change
    case("nb", "Nedgangen i sykefraværet ble 0,8 prosent.", T(kind="change", direction="down", relative="0.8")),
    case("nb", "Andelen skal øke over 75 prosent innen 2030.", T(kind="level", level="75", hedge="above")),
    case("nb", "Sykefraværet steg over 7 prosent i 2022."),
    # a level and the level it is compared with; a from-to in millions written once; look-alikes of real papers
    case("nb", "Andelen var 74 prosent sammenlignet med 70 prosent i 2022.",
         T(kind="change", direction="up", baseline="70", level="74")),
    case("nb", "Driftsutgiftene skal reduseres fra 250 til 237,5 mill. kroner, en reduksjon på 7 prosent.",
         T(direction="down", baseline="250000000", level="237500000", relative="7", verdict="inconsistent")),
    case("nb", "Sykefraværet skal ligge mellom 5 og 6 prosent.", T(kind="level", level_band=("5", "6"), low="4.5", high="6.5")),
    case("nb", "Ring 33 12 34 56 for mer informasjon."),
    case("nb", "Etter opplæringsloven § 13-10 skal kommunen ha et forsvarlig system."),
    case("nb", "Utvalget hadde 11 møter i 2023."),
    case("nb", "Tilbudet gjelder personer over 67 år."),
    case("nb", "Utgiftene skal ned med 10 mill. kroner.", T(kind="change", direction="down", absolute="10000000", unit="kr")),
    case("nb", "Antallet lærlinger økte fra 1 200 2019 til 1 500 2023, en økning på 25 prosent.",
         T(direction="up", baseline="1200", level="1500", relative="25", verdict="consistent")),
    case("nb", "Antall innleggelser skal reduseres fra 58 til 41 per 1 000 innbyggere, en reduksjon på 29 prosent.",
         T(direction="down", baseline="58", level="41", relative="29", verdict="consistent")),
    case("nb", "Antall plasser skal økes med X, tilsvarende X prosent.",
         T(kind="change", direction="up", verdict="unresolved")),
    case("nb", "Saksnr. 23/1234, arkivkode 026."),
    case("nb", "Vedtatt i kommunestyret 12.06.2023, sak 45/23."),
    case("nb", "Antall ladepunkter skal dobles fra 40 til 80.",
         T(direction="up", relative="100", baseline="40", level="80", verdict="consistent")),
]

SV = [
    case("sv", "Antalet hushåll med försörjningsstöd ska minska med 90 hushåll till 2027, vilket motsvarar en minskning med 15 procent.",
         T(kind="change", direction="down", absolute="90", relative="15", verdict="consistent")),
    case("sv", "Kommunen ska ha 200 fler invånare i arbete år 2026. Det motsvarar en ökning med 4 procent.",
         T(kind="change", direction="up", absolute="200", relative="4", verdict="consistent")),
    case("sv", "Koldioxidutsläppen från kommunens fordon ska minska med 50 procent till 2030.",
         T(kind="change", direction="down", relative="50", unit="percent", verdict="unverifiable")),
    case("sv", "Sjukfrånvaron ska minska med 15 procent under perioden.",
         T(kind="change", direction="down", relative="15")),
    case("sv", "Sysselsättningsgraden ska öka med 2 procentenheter till 2030.",
         T(kind="change", direction="up", relative="2", unit="percentage_point")),
    case("sv", "Andelen behöriga lärare ska vara minst 80 procent år 2027.",
         T(kind="level", level="80", hedge="at_least", verdict="unverifiable")),
    case("sv", "Sjukfrånvaron bland medarbetarna ska vara högst 7 procent.",
         T(kind="level", level="7", hedge="at_most")),
    case("sv", "Andelen unga som varken arbetar eller studerar får inte överstiga 8 procent år 2026.",
         T(kind="level", level="8")),
    case("sv", "Arbetslösheten ska ligga under 6 procent.",
         T(kind="level", level="6", hedge="below")),
    case("sv", "Väntetiden till särskilt boende ska vara under fyra veckor.",
         T(kind="level", level="4", unit="week", hedge="below")),
    case("sv", "Andelen elever med godkända betyg ska öka från 75 procent till 85 procent.",
         T(direction="up", baseline="75", level="85", verdict="unverifiable")),
    case("sv", "Antalet vräkningar ska minska med 20 procent, från 50 till 40.",
         T(kind="change", direction="down", relative="20", baseline="50", level="40", verdict="consistent")),
    case("sv", "Antalet hemlösa ska minska med 30 procent, från 200 till 150.",
         T(kind="change", direction="down", relative="30", baseline="200", level="150", verdict="inconsistent")),
    case("sv", "Andelen nöjda brukare ska öka med 5 procentenheter, från 70 procent till 75 procent.",
         T(direction="up", relative="5", baseline="70", level="75", verdict="consistent")),
    case("sv", "Andelen nöjda brukare ska öka med 7 procentenheter, från 70 procent till 75 procent.",
         T(direction="up", relative="7", baseline="70", level="75", verdict="inconsistent")),
    case("sv", "Handläggningstiden för bygglov ska minska från tio till sex veckor.",
         T(direction="down", baseline="10", level="6", unit="week")),
    case("sv", "Utsläppen från transporter ska minska med en tredjedel till 2030.",
         T(kind="change", direction="down", relative="100/3")),
    case("sv", "Antalet fallolyckor bland äldre ska halveras till 2030.",
         T(kind="change", direction="down", relative="50")),
    case("sv", "Utgångsläget är att 62 procent av eleverna når målen. Målet är att andelen ska öka till 70 procent år 2027.",
         T(direction="up", baseline="62", level="70")),
    case("sv", "Andelen ska öka till 90 procent till 2028. År 2023 var andelen 82 procent.",
         T(direction="up", baseline="82", level="90")),
    case("sv", "Kostnaderna ska minska med 12 mnkr, vilket motsvarar 3 procent.",
         T(kind="change", direction="down", absolute="12000000", relative="3", verdict="consistent")),
    case("sv", "Utsläppen ska minska med 8 000 ton koldioxid, vilket motsvarar 20 procent.",
         T(kind="change", direction="down", absolute="8000", relative="20", verdict="consistent")),
    case("sv", "Väntetiden ska minska från 60 till 45 dagar, en minskning med 25 procent.",
         T(direction="down", baseline="60", level="45", relative="25", unit="day", verdict="consistent")),
    case("sv", "Planen antogs av kommunfullmäktige den 14 juni 2023."),
    case("sv", "Insatsen riktar sig till unga i åldern 15–24 år."),
    case("sv", "Se sidan 12 för en översikt över insatserna."),
    case("sv", "Tre av fyra skolor erbjuder läxhjälp."),
    case("sv", "Kommunen lade 45 mnkr på underhåll år 2023."),
    case("sv", "Antalet lärlingar ska öka från 200 till 260, en ökning med 20 procent.",
         T(direction="up", baseline="200", level="260", relative="20", verdict="inconsistent")),
    case("sv", "Det ska finnas 150 fler platser. Det motsvarar en minskning med 18 procent.",
         T(absolute="150", relative="18", verdict="inconsistent")),
    case("sv", "Väntetiden ska vara högst två veckor.", T(kind="level", level="2", unit="week", hedge="at_most")),
    case("sv", "Handläggningstiden får inte överstiga sex månader.",
         T(kind="level", level="6", unit="month", hedge="at_most")),
    case("sv", "Nyinvesteringarna ska uppgå till högst 2,4 mdkr om året.",
         T(kind="level", level="2400000000", unit="kr/year", hedge="at_most")),
    case("sv", "Utgångsläget är 7,8 procent. Sjukfrånvaron ska minska till 6,5 procent till 2028.",
         T(kind="change", direction="down", baseline="7.8", level="6.5")),
    case("sv", "Idag är andelen 82 procent. Målet är att andelen ska öka till 90 procent.",
         T(kind="change", direction="up", baseline="82", level="90")),
    case("sv", "Matsvinnet ska halveras från 2020 till 2030.", T(kind="change", direction="down", relative="50")),
    case("sv", "Utsläppen ska minska med 55 procent jämfört med 2009.", T(kind="change", direction="down", relative="55")),
    case("sv", "Kommunen har 12 500 invånare och 2 av 3 bor i tätorten."),
    case("sv", "Kommunens budget för 2024 uppgår till 1,4 mdkr."),
    case("sv", "Senast 2030 ska minst 60 procent av resorna ske med kollektivtrafik, cykel eller gång.",
         T(kind="level", level="60", hedge="at_least")),
    case("sv", "Sjukfrånvaron får inte vara högre än 6 procent.",
         T(kind="level", level="6", hedge="at_most")),
    case("sv", "Väntetiden får inte vara längre än fyra veckor.",
         T(kind="level", level="4", unit="week", hedge="at_most")),
    case("sv", "Antalet platser ökar från 120 till 140, en ökning med cirka 17 procent.",
         T(direction="up", baseline="120", level="140", relative="17", verdict="consistent")),
    case("sv", "Antalet placerade barn ska minska med 10 procent, till cirka 450.",
         T(direction="down", relative="10", level="450", verdict="consistent")),
    case("sv", "Energianvändningen ska minska med 20 GWh till 2030.",
         T(kind="change", direction="down", absolute="20", unit="GWh")),
    case("sv", "Andelen ska öka med 5 procentenheter till 75 procent.",
         T(direction="up", relative="5", level="75", verdict="consistent")),
    case("sv", "92 procent av patienterna ska få behandling inom 18 veckor.",
         T(kind="level", level="92")),
    case("sv", "Rapporten omfattar 48 sidor."),
    case("sv", "Åtgärden kostar 3,5 miljoner kronor."),
    case("sv", "Antalet hemlösa ska minska med 100 från dagens 500, vilket motsvarar en minskning med 25 procent.",
         T(direction="down", absolute="100", relative="25", baseline="500", verdict="inconsistent")),
    case("sv", "Antalet hemlösa ska minska med 100 från dagens 500, vilket motsvarar en minskning med 20 procent.",
         T(direction="down", absolute="100", relative="20", baseline="500", verdict="consistent")),
    case("sv", "Sjukfrånvaron får inte stiga över 6 procent.", T(kind="level", level="6", hedge="at_most", indicator="Sjukfrånvaron")),
    case("sv", "Sjukfrånvaron steg inte över 6 procent i fjol."),
    case("sv", "Antalet lärlingsplatser ska fördubblas till 2028.", T(kind="change", direction="up", relative="100")),
    case("sv", "Var femte ungdom ska ha sommarjobb år 2026.", T(kind="level", level="20")),
    case("sv", "Utsläppen ska minska med drygt 30 procent.", T(kind="change", direction="down", relative="30")),
    case("sv", "Andelen ska öka från 45 till 60 procent, alltså med 15 procentenheter.", T(direction="up", baseline="45", level="60", relative="15", verdict="consistent")),
    case("sv", "Planperioden är 2024–2027."),
    case("sv", "Resultatet uppgick till -0,6 procent, vilket är en förbättring med 1,4 procentenheter.",
         T(direction="up", level="-0.6", relative="1.4", verdict="consistent")),
    case("sv", "Soliditeten ska förbättras från -8,2 procent till -5 procent till 2026.",
         T(kind="change", direction="up", baseline="-8.2", level="-5")),
    case("sv", "Befolkningen minskade med –2 procent.", T(direction="down", relative="2")),
    case("sv", "Sjukfrånvaron ska minska med 10procent till 2026.", T(kind="change", direction="down", relative="10")),
    case("sv", "Gäller från 1a januari."),
    case("sv", "Andelen invånare i arbete uppgick till 81,5 procent, vilket är 1,5 procentenheter lägre än målet.",
         T(direction="down", level="81.5", relative="1.5", verdict="consistent")),
    case("sv", "Utfallet blev 4,1 procent mot målet 3,5 procent.",  # the outcome, then the target it is held to
         T(kind="change", direction="down", baseline="4.1", level="3.5")),
    case("sv", "Självfinansieringsgraden ska vara minst 70 procent, med undantag för 2026 på 50 procent.",
         T(kind="level", level="50"), T(kind="level", level="70", hedge="at_least")),
    case("sv", "Med undantag för 2021 låg resultatet på 0,5 procent."),
    case("sv", "Handläggningstiden ska förkortas med tre veckor.", T(kind="change", direction="down", absolute="3", unit="week")),
    case("sv", "Väntetiden ska minska med sex veckor.", T(kind="change", direction="down", absolute="6", unit="week")),
    case("sv", "Remisstiden förlängs till 14 mars."),
    case("sv", "Avtalet förlängs med ett år."),
    case("sv", "Minskningen av koldioxidutsläppen blev 12 procent.", T(kind="change", direction="down", relative="12")),
    case("sv", "Andelen ska stiga över 75 procent till 2030.", T(kind="level", level="75", hedge="above")),
    case("sv", "Sjukfrånvaron har sjunkit under 6 procent."),
    case("sv", "Andelen var 74 procent jämfört med 70 procent år 2022.",
         T(kind="change", direction="up", baseline="70", level="74")),
    case("sv", "Kostnaderna ska minska från 250 till 237,5 mnkr, en minskning med 5 procent.",
         T(direction="down", baseline="250000000", level="237500000", relative="5", verdict="consistent")),
    case("sv", "Sjukfrånvaron ska ligga mellan 5 och 6 procent.", T(kind="level", level_band=("5", "6"), low="4.5", high="6.5")),
    case("sv", "Ring 08-123 456 78 för mer information."),
    case("sv", "Enligt 2 kap. 5 § kommunallagen ska fullmäktige besluta om budgeten."),
    case("sv", "Nämnden hade 11 sammanträden under 2023."),
    case("sv", "Insatsen gäller personer över 65 år."),
    case("sv", "Kostnaderna ska ner med 10 mnkr.", T(kind="change", direction="down", absolute="10000000", unit="kr")),
    case("sv", "Andelen behöriga ökade från 74 procent 2022 till 78 procent 2023, en ökning med 4 procentenheter.",
         T(direction="up", baseline="74", level="78", relative="4", verdict="consistent")),
    case("sv", "Andelen behöriga ökade från 74 procent 2022 till 78 procent 2023, en ökning med 2 procentenheter.",
         T(direction="up", baseline="74", level="78", relative="2", verdict="inconsistent")),
    case("sv", "Antalet inläggningar ska minska från 58 till 41 per 1 000 invånare, en minskning med 29 procent.",
         T(direction="down", baseline="58", level="41", relative="29", verdict="consistent")),
    case("sv", "Antalet platser ska öka med X, vilket motsvarar X procent.",
         T(kind="change", direction="up", verdict="unresolved")),
    case("sv", "Dnr KS 2023/145, bilaga 3."),
    case("sv", "Sidan 4 av 12."),
    case("sv", "Andelen ska öka från 45 procent till minst 60 procent år 2030.",
         T(direction="up", baseline="45", level="60", hedge="at_least")),
]

DA = [
    case("da", "Antallet af borgere på kontanthjælp skal nedbringes med 120 personer i 2027, svarende til et fald på 15 pct.",
         T(kind="change", direction="down", absolute="120", relative="15", verdict="consistent")),
    case("da", "Kommunen skal have 300 flere elever i lære i 2027. Det svarer til en stigning på 25 pct.",
         T(kind="change", direction="up", absolute="300", relative="25", verdict="consistent")),
    case("da", "CO2-udledningen fra kommunens bygninger skal reduceres med 70 procent inden 2030.",
         T(kind="change", direction="down", relative="70", unit="percent", verdict="unverifiable")),
    case("da", "Sygefraværet skal falde med 10 pct. i perioden.",
         T(kind="change", direction="down", relative="10")),
    case("da", "Beskæftigelsesfrekvensen skal øges med 2 procentpoint inden 2030.",
         T(kind="change", direction="up", relative="2", unit="percentage_point")),
    case("da", "Andelen af unge med en ungdomsuddannelse skal være mindst 90 pct. i 2030.",
         T(kind="level", level="90", hedge="at_least", verdict="unverifiable")),
    case("da", "Sygefraværet i ældreplejen skal være højst 6 pct.",
         T(kind="level", level="6", hedge="at_most")),
    case("da", "Ledigheden blandt unge må ikke overstige 4 procent i 2026.",
         T(kind="level", level="4")),
    case("da", "Ledigheden skal holdes under 3 pct.",
         T(kind="level", level="3", hedge="below")),
    case("da", "Ventetiden på en plejebolig skal være under to måneder.",
         T(kind="level", level="2", unit="month", hedge="below")),
    case("da", "Andelen af fysisk aktive borgere skal stige fra 60 pct. til 70 pct.",
         T(direction="up", baseline="60", level="70", verdict="unverifiable")),
    case("da", "Antallet af udsættelser skal reduceres med 20 pct., fra 50 til 40.",
         T(kind="change", direction="down", relative="20", baseline="50", level="40", verdict="consistent")),
    case("da", "Antallet af hjemløse skal nedbringes med 30 pct., fra 400 til 300.",
         T(kind="change", direction="down", relative="30", baseline="400", level="300", verdict="inconsistent")),
    case("da", "Andelen af tilfredse brugere skal stige med 5 procentpoint, fra 78 pct. til 83 pct.",
         T(direction="up", relative="5", baseline="78", level="83", verdict="consistent")),
    case("da", "Andelen af tilfredse brugere skal stige med 3 procentpoint, fra 78 pct. til 83 pct.",
         T(direction="up", relative="3", baseline="78", level="83", verdict="inconsistent")),
    case("da", "Sagsbehandlingstiden for byggesager skal nedbringes fra ni til seks uger.",
         T(direction="down", baseline="9", level="6", unit="week")),
    case("da", "Udledningen fra transport skal reduceres med en tredjedel inden 2030.",
         T(kind="change", direction="down", relative="100/3")),
    case("da", "Antallet af faldulykker blandt ældre skal halveres inden 2030.",
         T(kind="change", direction="down", relative="50")),
    case("da", "I 2023 var 14 pct. af de unge uden job. Målet er at nedbringe andelen til 10 pct.",
         T(direction="down", baseline="14", level="10")),
    case("da", "Andelen skal øges til 90 pct. i 2028. I dag er andelen 82 pct.",
         T(direction="up", baseline="82", level="90")),
    case("da", "Driftsudgifterne skal reduceres med 25 mio. kr. i 2027, svarende til 2 pct.",
         T(kind="change", direction="down", absolute="25000000", relative="2", verdict="consistent")),
    case("da", "Udledningen skal reduceres med 12.000 tons CO2, svarende til 30 pct.",
         T(kind="change", direction="down", absolute="12000", relative="30", verdict="consistent")),
    case("da", "Ventetiden skal nedbringes fra 40 til 30 dage, et fald på 25 pct.",
         T(direction="down", baseline="40", level="30", relative="25", unit="day", verdict="consistent")),
    case("da", "Planen blev vedtaget af byrådet den 14. juni 2023."),
    case("da", "Indsatsen er rettet mod unge på 15-24 år."),
    case("da", "Se side 12 for en oversigt over indsatserne."),
    case("da", "Tre ud af fire skoler tilbyder lektiehjælp."),
    case("da", "Kommunen brugte 45 mio. kr. på vedligeholdelse i 2023."),
    case("da", "Antallet af lærlinge skal øges fra 200 til 260, en stigning på 20 pct.",
         T(direction="up", baseline="200", level="260", relative="20", verdict="inconsistent")),
    case("da", "150 flere borgere skal i job. Det svarer til et fald på 18 pct.",
         T(absolute="150", relative="18", verdict="inconsistent")),
    case("da", "Ventetiden må højst være to måneder.", T(kind="level", level="2", unit="month", hedge="at_most")),
    case("da", "Sagsbehandlingstiden må ikke overstige seks måneder.",
         T(kind="level", level="6", unit="month", hedge="at_most")),
    case("da", "Anlægsudgifterne må højst udgøre 1,2 mia. kr. om året.",
         T(kind="level", level="1200000000", unit="kr/year", hedge="at_most")),
    case("da", "Udgangspunktet er 31 pct. Målet er, at andelen skal op på 40 pct. i 2027.",
         T(kind="change", direction="up", baseline="31", level="40")),
    case("da", "I 2023 var andelen af rygere 13 pct. Målet er at nedbringe andelen til 9 pct.",
         T(kind="change", direction="down", baseline="13", level="9")),
    case("da", "Madspildet skal halveres fra 2020 til 2030.", T(kind="change", direction="down", relative="50")),
    case("da", "Kommunen har 12.500 indbyggere, og 2 ud af 3 bor i byen."),
    case("da", "Kommunens budget for 2024 er på 1,4 mia. kr."),
    case("da", "Senest i 2030 skal mindst 60 pct. af alle ture foregå med kollektiv trafik, cykel eller til fods.",
         T(kind="level", level="60", hedge="at_least")),
    case("da", "Sygefraværet må ikke være højere end 6 pct.",
         T(kind="level", level="6", hedge="at_most")),
    case("da", "Ventetiden må ikke være længere end fire uger.",
         T(kind="level", level="4", unit="week", hedge="at_most")),
    case("da", "Antallet af pladser øges fra 120 til 140, en stigning på ca. 17 pct.",
         T(direction="up", baseline="120", level="140", relative="17", verdict="consistent")),
    case("da", "Antallet af anbragte børn skal reduceres med 10 pct., til ca. 450.",
         T(direction="down", relative="10", level="450", verdict="consistent")),
    case("da", "Energiforbruget skal reduceres med 20 GWh inden 2030.",
         T(kind="change", direction="down", absolute="20", unit="GWh")),
    case("da", "Andelen skal øges med 5 procentpoint til 75 pct.",
         T(direction="up", relative="5", level="75", verdict="consistent")),
    case("da", "92 pct. af patienterne skal behandles inden for 18 uger.",
         T(kind="level", level="92")),
    case("da", "Rapporten er på 48 sider."),
    case("da", "Indsatsen koster 3,5 mio. kr."),
    case("da", "Antallet af hjemløse skal nedbringes med 100 fra et udgangspunkt på 500, svarende til et fald på 25 pct.",
         T(direction="down", absolute="100", relative="25", baseline="500", verdict="inconsistent")),
    case("da", "Antallet af hjemløse skal nedbringes med 100 fra dagens 500, svarende til et fald på 20 pct.",
         T(direction="down", absolute="100", relative="20", baseline="500", verdict="consistent")),
    case("da", "Sygefraværet må ikke stige over 6 pct.", T(kind="level", level="6", hedge="at_most", indicator="Sygefraværet")),
    case("da", "Ventelisten må ikke overstige 2.000.", T(kind="level", level="2000", hedge="at_most", indicator="Ventelisten")),
    case("da", "Sygefraværet steg ikke over 6 pct. sidste år."),
    case("da", "Antallet af lærepladser skal fordobles inden 2028.", T(kind="change", direction="up", relative="100")),
    case("da", "Hver femte unge skal have et sommerjob i 2026.", T(kind="level", level="20")),
    case("da", "Udledningen skal reduceres med godt 30 pct.", T(kind="change", direction="down", relative="30")),
    case("da", "Ledigheden skal ned på 2,5 pct. fra 3,1 pct.", T(direction="down", baseline="3.1", level="2.5")),
    case("da", "Planperioden er 2024-2027."),
    case("da", "Soliditeten er – 2,1 pct. ved årets udgang, hvilket er en forbedring på 0,8 procentpoint.",
         T(direction="up", level="-2.1", relative="0.8", verdict="consistent")),
    case("da", "Resultatet skal forbedres fra -3,2 pct. til 0 pct.", T(kind="change", direction="up", baseline="-3.2", level="0")),
    case("da", "Ledigheden skal ned på 4,5pct. i 2026.", T(direction="down", level="4.5", unit="percent")),
    case("da", "Udledningen skal reduceres med 1.200tons CO2.", T(kind="change", direction="down", absolute="1200", unit="t")),
    case("da", "Ledighed – 3,1 pct."),
    case("da", "Se bilag 2b for detaljer."),
    case("da", "Sygefraværet landede på 5,9 pct., hvilket er 0,4 procentpoint over målet.",
         T(direction="up", level="5.9", relative="0.4", verdict="consistent")),
    case("da", "Udgangspunkt: Sygefravær i 2023, 6,8 pct.; Sygefraværsmål for 2026, 5,5 pct.",
         T(kind="change", direction="down", baseline="6.8", level="5.5")),
    case("da", "Ledigheden skal være under 4 pct. i hele perioden bortset fra 2025 på 4,5 pct.",
         T(kind="level", level="4.5"), T(kind="level", level="4", hedge="below")),
    case("da", "Med undtagelse af 2021 lå overskuddet på 0,5 pct."),
    case("da", "Ventetiden skal nedbringes med to uger.", T(kind="change", direction="down", absolute="2", unit="week")),
    case("da", "Den gennemsnitlige arbejdsperiode skal forlænges med seks måneder.",
         T(kind="change", direction="up", absolute="6", unit="month")),
    case("da", "I forlængelse heraf er der afsat 2 mio. kr. til indsatsen."),
    case("da", "Mødet blev forlænget med en time."),
    case("da", "Stigningen i antallet af elever blev målt til 3 pct.", T(kind="change", direction="up", relative="3")),
    case("da", "Ledigheden skal falde under 3 pct. inden 2028.", T(kind="level", level="3", hedge="below")),
    case("da", "Ledigheden faldt under 3 pct. i 2022."),
    case("da", "Andelen var 74 pct. sammenlignet med 70 pct. i 2022.",
         T(kind="change", direction="up", baseline="70", level="74")),
    case("da", "Udgifterne skal nedbringes fra 250 til 237,5 mio. kr., et fald på 5 pct.",
         T(direction="down", baseline="250000000", level="237500000", relative="5", verdict="consistent")),
    case("da", "Sygefraværet skal ligge mellem 5 og 6 pct.", T(kind="level", level_band=("5", "6"), low="4.5", high="6.5")),
    case("da", "Ring på 72 36 48 00 for at høre mere."),
    case("da", "Jf. lovens § 15, stk. 2, skal kommunen udarbejde en plan."),
    case("da", "Udvalget holdt 12 møder i 2023."),
    case("da", "Borgere over 65 år kan søge om hjælp."),
    case("da", "Konto 3.22.01: Folkeskoler 412,5 mio. kr."),
    case("da", "Mødet afholdes den 3. maj 2024 kl. 16.00."),
    case("da", "Udgifterne til specialundervisning skal ned med 10 mio. kr. årligt.",
         T(kind="change", direction="down", absolute="10000000", unit="kr/year")),
    case("da", "Ventetiden skal ned med 2 uger.", T(kind="change", direction="down", absolute="2", unit="week")),
    case("da", "Andelen steg fra 74 pct. 2022 til 78 pct. 2023.", T(direction="up", baseline="74", level="78")),
    # a spaced range after an ordinary word is no figure
    case("da", "Ledigheden forventes at blive 5 – 7 pct."),
    # a rate's denominator is no figure ("pr. 1.000 ældre"); a date after "pr." neither
    case("da", "Antallet af indlæggelser skal falde fra 58 til 41 pr. 1.000 ældre, et fald på 25 pct.",
         T(direction="down", baseline="58", level="41", relative="25", verdict="inconsistent")),
    case("da", "Tilbuddet gælder pr. 1. januar 2025."),
    # a placeholder as the size of a change, with no unit after it, is an unknown of its own
    case("da", "Antallet af pladser skal øges med X, svarende til X pct.",
         T(kind="change", direction="up", verdict="unresolved")),
    case("da", "Bilag X viser tallene."),
    case("da", "Mål: 95 pct.", T(kind="level", level="95")),
    case("da", "Sagen behandles i uge 12 på mødet kl. 16.00."),
    case("da", "Bekendtgørelse nr. 1234 af 12. oktober 2020 om kommunale budgetter."),
    case("da", "Der var 312 deltagere på de 14 borgermøder."),
    case("da", "Udledningen skal reduceres med 1,2mio. ton CO2e, svarende til 40 pct.",
         T(kind="change", direction="down", absolute="1200000", relative="40", verdict="consistent")),
    case("da", "Antallet af ladestandere skal fordobles fra 40 til 90.",
         T(direction="up", relative="100", baseline="40", level="90", verdict="inconsistent")),
]

EN = [
    case("en", "The number of households in temporary accommodation will fall by 120 by 2027, a reduction of 15%.",
         T(kind="change", direction="down", absolute="120", relative="15", verdict="consistent")),
    case("en", "We will create 300 more apprenticeships by 2027. This represents an increase of 25 per cent.",
         T(kind="change", direction="up", absolute="300", relative="25", verdict="consistent")),
    case("en", "Carbon emissions from council buildings will be cut by 40 per cent by 2030.",
         T(kind="change", direction="down", relative="40", unit="percent", verdict="unverifiable")),
    case("en", "Sickness absence should fall by 10% over the plan period.",
         T(kind="change", direction="down", relative="10")),
    case("en", "The employment rate will rise by 2 percentage points by 2030.",
         T(kind="change", direction="up", relative="2", unit="percentage_point")),
    case("en", "The share of pupils achieving the expected standard should be at least 90% by 2030.",
         T(kind="level", level="90", hedge="at_least", verdict="unverifiable")),
    case("en", "Staff sickness absence must be no more than 4 per cent.",
         T(kind="level", level="4", hedge="at_most")),
    case("en", "The youth unemployment rate must not exceed 5% in 2026.",
         T(kind="level", level="5")),
    case("en", "Unemployment should be kept below 3%.",
         T(kind="level", level="3", hedge="below")),
    case("en", "Waiting times for a care home place should be under eight weeks.",
         T(kind="level", level="8", unit="week", hedge="below")),
    case("en", "The share of adults who are physically active will rise from 60% to 70%.",
         T(direction="up", baseline="60", level="70", verdict="unverifiable")),
    case("en", "Evictions will be reduced by 20%, from 50 to 40.",
         T(kind="change", direction="down", relative="20", baseline="50", level="40", verdict="consistent")),
    case("en", "Rough sleeping will be reduced by 30%, from 400 to 300.",
         T(kind="change", direction="down", relative="30", baseline="400", level="300", verdict="inconsistent")),
    case("en", "The employment rate will increase by 5 percentage points, from 70% to 75%.",
         T(direction="up", relative="5", baseline="70", level="75", verdict="consistent")),
    case("en", "The employment rate will increase by 7 percentage points, from 70% to 75%.",
         T(direction="up", relative="7", baseline="70", level="75", verdict="inconsistent")),
    case("en", "Processing times for planning applications will be cut from nine to six weeks.",
         T(direction="down", baseline="9", level="6", unit="week")),
    case("en", "Emissions from transport will be reduced by a third by 2030.",
         T(kind="change", direction="down", relative="100/3")),
    case("en", "The number of people killed or seriously injured on our roads will be halved by 2030.",
         T(kind="change", direction="down", relative="50")),
    case("en", "In 2023, 14% of young people were not in work or training. The aim is to reduce this share to 10%.",
         T(direction="down", baseline="14", level="10")),
    case("en", "The share will rise to 90% by 2028. Today the share is 82%.",
         T(direction="up", baseline="82", level="90")),
    case("en", "Running costs will be cut by £2.5m by 2027, equivalent to 2%.",
         T(kind="change", direction="down", absolute="2500000", relative="2", verdict="consistent")),
    case("en", "Emissions will be reduced by 12,000 tonnes of CO2, equivalent to 30%.",
         T(kind="change", direction="down", absolute="12000", relative="30", verdict="consistent")),
    case("en", "Average waiting time will be reduced from 40 to 30 days, a fall of 25%.",
         T(direction="down", baseline="40", level="30", relative="25", unit="day", verdict="consistent")),
    case("en", "The plan was adopted by the council on 14 June 2023."),
    case("en", "The scheme is aimed at young people aged 15–24."),
    case("en", "See page 12 for an overview of the actions."),
    case("en", "Three in four schools offer homework clubs."),
    case("en", "The council spent £45m on maintenance in 2023."),
    case("en", "Apprenticeships will increase from 200 to 260, a rise of 20%.",
         T(direction="up", baseline="200", level="260", relative="20", verdict="inconsistent")),
    case("en", "There will be 150 more places. This represents a fall of 18%.",
         T(absolute="150", relative="18", verdict="inconsistent")),
    case("en", "Waiting times must be no more than eight weeks.",
         T(kind="level", level="8", unit="week", hedge="at_most")),
    case("en", "Capital spending must not exceed £1.2bn a year.",
         T(kind="level", level="1200000000", unit="GBP/year", hedge="at_most")),
    case("en", "The baseline is 31%. The target is for the share to rise to 40% by 2027.",
         T(kind="change", direction="up", baseline="31", level="40")),
    case("en", "In 2023 the smoking rate stood at 13%. We aim to bring this rate down to 9% by 2030.",
         T(kind="change", direction="down", baseline="13", level="9")),
    case("en", "Food waste will be halved between 2020 and 2030.", T(kind="change", direction="down", relative="50")),
    case("en", "2 in 3 residents live within a mile of a park."),
    case("en", "The council's budget for 2024 is £1.4bn."),
    case("en", "By 2030, at least 60% of trips will be made by public transport, cycling or walking.",
         T(kind="level", level="60", hedge="at_least")),
    case("en", "Sickness absence should be no higher than 6%.",
         T(kind="level", level="6", hedge="at_most")),
    case("en", "Waiting times should be no longer than eight weeks.",
         T(kind="level", level="8", unit="week", hedge="at_most")),
    case("en", "Places will increase from 120 to 140, a rise of about 17%.",
         T(direction="up", baseline="120", level="140", relative="17", verdict="consistent")),
    case("en", "We will reduce the number of children in care by 10%, to around 450.",
         T(direction="down", relative="10", level="450", verdict="consistent")),
    case("en", "Energy use will be cut by 20 GWh by 2030.",
         T(kind="change", direction="down", absolute="20", unit="GWh")),
    case("en", "The share will increase by 5 percentage points to 75%.",
         T(direction="up", relative="5", level="75", verdict="consistent")),
    case("en", "Recycling rates will rise to 65% by 2035, up from 48% today.",
         T(direction="up", baseline="48", level="65")),
    case("en", "92% of patients should start treatment within 18 weeks.",
         T(kind="level", level="92")),
    case("en", "The report runs to 48 pages."),
    case("en", "The project costs £3.5m."),
    case("en", "Rough sleeping will fall by 100 from a baseline of 500, a reduction of 25%.",
         T(direction="down", absolute="100", relative="25", baseline="500", verdict="inconsistent")),
    case("en", "Rough sleeping will fall by 100 from today's 500, a reduction of 20%.",
         T(direction="down", absolute="100", relative="20", baseline="500", verdict="consistent")),
    case("en", "We will build 1,500 new homes a year, up from 1,000.",
         T(direction="up", baseline="1000", level="1500")),
    case("en", "Sickness absence should not rise above 5.6 per cent.", T(kind="level", level="5.6", hedge="at_most", indicator="Sickness absence")),
    case("en", "Waiting lists must not rise above 2,000.", T(kind="level", level="2000", hedge="at_most", indicator="Waiting lists")),
    case("en", "Sickness absence did not rise above 5.6 per cent last year."),
    case("en", "The number of apprenticeships will double by 2028.", T(kind="change", direction="up", relative="100")),
    case("en", "One in five young people will have a summer job in 2026.", T(kind="level", level="20")),
    case("en", "Emissions will be cut by just over 30%.", T(kind="change", direction="down", relative="30")),
    case("en", "Unemployment will fall to 2.5 per cent from 3.1 per cent.", T(direction="down", baseline="3.1", level="2.5")),
    case("en", "The plan period is 2024–2027."),
    case("en", "The council employs 4,300 staff across 12 services."),
    case("en", "The operating margin was -2.3%, an improvement of 1.1 percentage points.",
         T(direction="up", level="-2.3", relative="1.1", verdict="consistent")),
    case("en", "The balance will improve from -4.1% to 0.5% by 2027, an improvement of 3 percentage points.",
         T(direction="up", baseline="-4.1", level="0.5", relative="3", verdict="inconsistent")),
    case("en", "Running costs will fall by 5percent.", T(kind="change", direction="down", relative="5")),
    case("en", "See the 2nd annex."),
    case("en", "The collection rate was 97.1%, 0.4 percentage points better than target.",
         T(level="97.1", relative="0.4", unit="percent", verdict="consistent")),
    case("en", "Baseline: recycling rate 2023, 41%; recycling target for 2030, 55%.",
         T(kind="change", direction="up", baseline="41", level="55")),
    case("en", "Sickness absence must not exceed 5%, except in 2025 at 5.5%.",
         T(kind="level", level="5.5"), T(kind="level", level="5", hedge="at_most")),
    case("en", "Apart from 2021, the surplus stood at 0.5%."),
    case("en", "Average working lives will be extended by six months by 2030.",
         T(kind="change", direction="up", absolute="6", unit="month")),
    case("en", "The consultation was extended to 14 March."),
    case("en", "The drop in recorded crime came to 6 per cent.", T(kind="change", direction="down", relative="6")),
    case("en", "The employment rate should rise above 75% by 2030.", T(kind="level", level="75", hedge="above")),
    case("en", "Sickness absence rose above 5% last winter."),
    # a count after "of" that follows a noun is the things to reach, not a change; after a change noun it is one
    case("en", "Improve the energy efficiency of 1,200 social rented homes by 2028.", T(kind="level", level="1200")),
    case("en", "The scheme will bring a reduction of 300 cases on the waiting list.",
         T(kind="change", direction="down", absolute="300")),
    case("en", "The share was 74% compared with 70% in 2022.", T(kind="change", direction="up", baseline="70", level="74")),
    case("en", "Spending will fall from 1.2 to 1.14 billion pounds, a cut of 5%.",
         T(direction="down", baseline="1200000000", level="1140000000", relative="5", verdict="consistent")),
    case("en", "Sickness absence should stay between 5% and 6%.", T(kind="level", level_band=("5", "6"), low="4.5", high="6.5")),
    case("en", "Call 01202 123456 for more information."),
    case("en", "Under section 11 of the Children Act 2004 the council must safeguard children."),
    case("en", "The committee met 11 times in 2023."),
    case("en", "The service is open to people aged over 65."),
    case("en", "Costs must come down by £10m a year.", T(kind="change", direction="down", absolute="10000000", unit="GBP/year")),
    case("en", "The share rose from 74% 2022 to 78% 2023, a rise of 4 percentage points.",
         T(direction="up", baseline="74", level="78", relative="4", verdict="consistent")),
    case("en", "Delayed discharges fell from 58 to 41 per 100,000 adults, a fall of 29%.",
         T(direction="down", baseline="58", level="41", relative="29", verdict="consistent")),
    case("en", "The council will save £4.2m in 2025/26, equivalent to 3% of its budget.",
         T(kind="change", direction="down", absolute="4200000", relative="3", verdict="consistent")),
    case("en", "The scheme has saved 12 lives since 2020."),
    case("en", "The number of places will increase by X, equivalent to X%.",
         T(kind="change", direction="up", verdict="unresolved")),
    case("en", "Appendix X sets out the figures."),
    case("en", "Minute 23/45: the committee approved the report (vote 7-2)."),
    case("en", "Page 4 of 12."),
    case("en", "Emissions will fall by 1.2m tonnes of CO2e, or 40%.",
         T(kind="change", direction="down", absolute="1200000", unit="percent", relative="40", verdict="consistent")),
    case("en", "Water use will be cut by 3bn litres a year.", T(kind="change", direction="down", absolute="3000000000")),
    case("en", "The road is 5m wide."),
]
# Layout, not sentences: headings and KPI lines with a goal's figure ("Pejlemærke 3 – 90 pct. ...", "Target: 95%"),
# tables whose cells are separated by tabs under a header that names a goal (each row a from-to), a history table
# (no goal: nothing), and a heading line above a sentence. (tests/test_sentence_reader.py pairs sentences only.)
TABLES = [
    case("nb", "Mål 4 – 60 prosent av alle reiser skal skje med kollektiv, sykkel eller gange", T(kind="level", level="60")),
    case("nb", "Måltall: 95 prosent", T(kind="level", level="95")),
    case("sv", "Nöjdhetsmål 2025: 85 procent", T(kind="level", level="85", indicator="Nöjdhetsmål")),
    case("sv", "Mål 2 – 85 procent av eleverna ska vara behöriga till gymnasiet", T(kind="level", level="85")),
    case("sv", "Målvärde: 95 procent", T(kind="level", level="95")),
    case("da", "Pejlemærke 3 – 90 pct. af eleverne skal gennemføre en ungdomsuddannelse", T(kind="level", level="90")),
    case("en", "Priority 2 – 95% of calls answered within a minute", T(kind="level", level="95")),
    case("en", "Target: 95%", T(kind="level", level="95")),
    case("nb", "Indikator\tStatus 2023\tMål 2026\nSykefravær\t6,8 %\t5,5 %",
         T(kind="change", direction="down", baseline="6.8", level="5.5", indicator="Sykefravær")),
    case("sv", "Indikator\tUtfall 2023\tMålvärde 2026\nSjukfrånvaro\t6,8 %\t5,5 %",
         T(kind="change", direction="down", baseline="6.8", level="5.5", indicator="Sjukfrånvaro")),
    case("da", "Nøgletal\t2023\tMål 2026\nSygefravær\t6,8 pct.\t5,5 pct.\nLedighed\t4,1 pct.\t3,5 pct.",
         T(direction="down", baseline="6.8", level="5.5"), T(direction="down", baseline="4.1", level="3.5")),
    case("da", "Nøgletal\t2022\t2023\nSygefravær\t6,8 pct.\t6,1 pct.\nLedighed\t4,1 pct.\t3,9 pct."),
    case("en", "Indicator\tBaseline 2023\tTarget 2026\nSickness absence\t6.8%\t5.5%\nRecycling rate\t41%\t50%",
         T(direction="down", baseline="6.8", level="5.5"), T(direction="up", baseline="41", level="50")),
    case("en", "Our targets\nSickness absence in 2023 was 6.8%."),
]
# Wordings of goal papers, status reports and strategies: verbs and passives of change ("treble", "sänkas",
# "kortas", "tredobles"), a level in number words after "to"/"til" ("cut to six weeks"), bounds, shares, fractions
# and the look-alikes around them (dates, meetings, budgets, ages, pages).
WORDINGS = [
    case("en", "By 2030, we intend to have cut the number of rough sleepers by at least a third.",
         T(kind="change", direction="down", relative="100/3")),
    case("en", "Our ambition is that no fewer than 75% of residents recycle their food waste by 2028.",
         T(kind="level", level="75", hedge="at_least")),
    case("en", "Household waste per person is to fall by 15 kg a year until 2030.",
         T(kind="change", direction="down", absolute="15")),
    case("en", "We want to see a 20 per cent rise in cycling trips by 2026.", T(kind="change", direction="up", relative="20")),
    case("en", "Youth unemployment must be brought down to 8 per cent or less.", T(kind="level", direction="down", level="8")),
    case("en", "The target is to treble the number of electric buses within five years.",
         T(kind="change", direction="up", relative="200")),
    case("en", "Take-up of the scheme trebled in 2023.", T(kind="change", direction="up", relative="200")),
    case("en", "At least nine out of ten calls should be answered within 60 seconds.",
         T(kind="level", level="90", hedge="at_least")),
    case("en", "Energy use in council buildings will be cut by one fifth over the plan period.",
         T(kind="change", direction="down", relative="20")),
    case("en", "By 2027, the share of journeys made on foot or by bike will rise to 40%.",
         T(kind="level", direction="up", level="40")),
    case("en", "Delayed transfers of care should not exceed 3.5% of occupied bed days.",
         T(kind="level", level="3.5", hedge="at_most")),
    case("en", "Waiting times for a first appointment should be cut to six weeks.",
         T(kind="level", direction="down", level="6", unit="week")),
    case("en", "Average processing times should fall to eight days.", T(kind="level", direction="down", level="8", unit="day")),
    case("en", "The strategy was approved at the meeting of 3 October 2024."),
    case("en", "The board met 11 times in 2023."),
    case("en", "The programme targets people aged 16 to 24."),
    case("en", "The budget for 2025 is £4.2 million."),
    case("en", "See page 37 for the full list of indicators."),
    case("en", "The contract was extended to two years."),
    case("en", "The council aims to lower average waiting times to under six weeks by March 2027.",
         T(kind="level", direction="down", level="6", hedge="below")),
    # a change added to one before ('by a further 12%', 'med ytterligere 12 prosent': <lang>.roles.change-after-further)
    case("en", "Emissions are to be reduced by a further 12 percentage points.",
         T(kind="change", direction="down", relative="12", unit="percentage_point")),
    case("en", "Recycling should increase by another 5%.", T(kind="change", direction="up", relative="5")),
    case("en", "A further 12% of households were surveyed in 2024."),
    case("nb", "Utslippene skal reduseres med ytterligere 12 prosent innen 2030.",
         T(kind="change", direction="down", relative="12")),
    case("sv", "Utsläppen ska minska med ytterligare 12 procent till 2030.", T(kind="change", direction="down", relative="12")),
    case("da", "Udledningen skal reduceres med yderligere 12 pct. frem mod 2030.",
         T(kind="change", direction="down", relative="12")),
    case("en", "Two in three new homes should be affordable.", T(kind="level", level="200/3")),
    case("nb", "Innen 2030 skal antall bostedsløse være redusert med minst en tredjedel.",
         T(kind="change", direction="down", relative="100/3")),
    case("nb", "Målet er at minst tre av fire innbyggere sorterer matavfall innen 2028.",
         T(kind="level", level="75", hedge="at_least")),
    case("nb", "Vi ønsker en økning i sykkelturer på 20 prosent innen 2026.", T(kind="change", direction="up", relative="20")),
    case("nb", "Antall elbusser skal tredobles innen 2030.", T(kind="change", direction="up", relative="200")),
    case("nb", "Sykefraværet skal ned med ett prosentpoeng innen 2026.",
         T(kind="change", direction="down", relative="1", unit="percentage_point")),
    case("nb", "Andelen heltidsansatte skal opp fra 45 til 55 prosent.", T(direction="up", baseline="45", level="55")),
    case("nb", "Ventetiden på sykehjemsplass skal reduseres til seks uker.",
         T(kind="level", direction="down", level="6", unit="week")),
    case("nb", "Strategien ble vedtatt i møtet 3. oktober 2024."),
    case("nb", "Styret hadde 11 møter i 2023."),
    case("nb", "Budsjettet for 2025 er 4,2 mill. kr."),
    case("nb", "Kontrakten ble forlenget til to år."),
    case("nb", "Kommunen tar sikte på å redusere ventetiden til under seks uker innen 2027.",
         T(kind="level", direction="down", level="6", hedge="below")),
    case("sv", "Till 2030 ska antalet hemlösa ha minskat med minst en tredjedel.",
         T(kind="change", direction="down", relative="100/3")),
    case("sv", "Avfallsmängden per invånare ska minska med 15 kg per år fram till 2030.",
         T(kind="change", direction="down", absolute="15")),
    case("sv", "Ungdomsarbetslösheten ska ner till högst 8 procent.", T(kind="level", level="8", hedge="at_most")),
    case("sv", "Sjukfrånvaron ska sänkas med en procentenhet till 2026.",
         T(kind="change", direction="down", relative="1", unit="percentage_point")),
    case("sv", "Kostnaderna ska sänkas med 2 procent.", T(kind="change", direction="down", relative="2")),
    case("sv", "Handläggningstiden ska kortas med två veckor.",
         T(kind="change", direction="down", absolute="2", unit="week")),
    case("sv", "Väntetiden ska kortas till sex veckor.", T(kind="level", direction="down", level="6", unit="week")),
    case("sv", "Andelen heltidsanställda ska öka från 45 till 55 procent.", T(direction="up", baseline="45", level="55")),
    case("sv", "Strategin antogs vid sammanträdet den 3 oktober 2024."),
    case("sv", "Styrelsen sammanträdde 11 gånger under 2023."),
    case("sv", "Budgeten för 2025 uppgår till 4,2 mnkr."),
    case("sv", "Vi har korta väntetider på 20 dagar."),
    case("da", "Senest i 2030 skal antallet hjemløse være reduceret med mindst en tredjedel.",
         T(kind="change", direction="down", relative="100/3")),
    case("da", "Mindst ni ud af ti opkald skal besvares inden for 60 sekunder.",
         T(kind="level", level="90", hedge="at_least")),
    case("da", "Antallet af elbusser skal tredobles.", T(kind="change", direction="up", relative="200")),
    case("da", "Andelen af fuldtidsansatte skal øges fra 45 til 55 pct.", T(direction="up", baseline="45", level="55")),
    case("da", "Ventetiden skal nedbringes til seks uger.", T(kind="level", direction="down", level="6", unit="week")),
    case("da", "Strategien blev vedtaget på mødet den 3. oktober 2024."),
    case("da", "Bestyrelsen holdt 11 møder i 2023."),
    case("da", "Budgettet for 2025 udgør 4,2 mio. kr."),
    case("da", "Sygefraværet skal ned med ét procentpoint inden 2026.",
         T(kind="change", direction="down", relative="1", unit="percentage_point")),
    # a share after a modal of aim and a verb of being or reaching (en/nb/sv/da .level.modal-copula); "could",
    # "kan" and a past tense state no aim
    case("en", "The employment rate should reach 78% by 2028.", T(kind="level", level="78")),
    case("en", "The share of homes at the decent homes standard must be 100% by 2027.", T(kind="level", level="100")),
    case("en", "On current trends the share could be 85% in 2030."),
    case("en", "Turnout at the last election was 64%."),
    case("nb", "Sysselsettingsandelen skal nå 78 prosent innen 2028.", T(kind="level", level="78")),
    case("nb", "Dekningsgraden i barnehagene bør ligge på 95 prosent.", T(kind="level", level="95")),
    case("nb", "Andelen kan være 85 prosent i 2030."),
    case("sv", "Sysselsättningsgraden ska nå 78 procent till 2028.", T(kind="level", level="78")),
    case("sv", "Andelen förnybar el ska år 2030 vara 100 procent.", T(kind="level", level="100")),
    case("sv", "Valdeltagandet var 84 procent år 2022."),
    case("da", "Beskæftigelsesfrekvensen skal nå 78 pct. i 2028.", T(kind="level", level="78")),
    case("da", "Andelen af elever, der gennemfører en ungdomsuddannelse, skal i 2030 være 90 pct.", T(kind="level", level="90")),
    case("da", "Andelen kan være 85 pct. i 2030."),
    # one in three, and the stressed 'én' ('høyst én av ti', 'højst én ud af ti')
    case("nb", "Innen 2030 skal høyst én av ti boliger ha energifattigdom.", T(kind="level", level="10", hedge="at_most")),
    case("nb", "Minst en av tre elever skal ha sommerjobb.", T(kind="level", level="100/3", hedge="at_least")),
    case("nb", "En av tre skoler har innført leksehjelp."),
    case("sv", "Minst en av tre elever ska ha sommarjobb.", T(kind="level", level="100/3", hedge="at_least")),
    case("da", "Senest i 2030 må højst én ud af ti boliger være i energifattigdom.", T(kind="level", level="10", hedge="at_most")),
    case("da", "Mindst en ud af tre elever skal have sommerjob.", T(kind="level", level="100/3", hedge="at_least")),
    case("nb", "Innen 2030 må høyst én av ti boliger ha energifattigdom.", T(kind="level", level="10", hedge="at_most")),
    case("sv", "Senast 2030 måste minst två av tre elever ha sommarjobb.", T(kind="level", level="200/3", hedge="at_least")),
    case("sv", "Andelen elever med godkända betyg ska höjas till 90 procent.", T(kind="level", direction="up", level="90")),
    case("sv", "Taxan ska höjas med 5 procent.", T(kind="change", direction="up", relative="5")),
    case("en", "We will cut the number of households in temporary accommodation in half by 2028.",
         T(kind="change", direction="down", relative="50")),
]
# The forms that were known misreads (strict xfails until branch xfails), each in other wordings and in every
# language where it exists: targets and the look-alikes around them.
KNOWN_MISREADS = [
    # a bound the figure kept to in the past, after a verb of change, with no aim: a fact (<lang>.facts.bound-kept)
    case("nb", "Ledigheten falt ikke under 4 prosent i 2023."),
    case("nb", "Sykefraværet økte ikke over 6 prosent i fjor, men ligger nå på 7 prosent."),
    case("sv", "Arbetslösheten sjönk inte under 4 procent förra året."),
    case("sv", "Andelen steg inte över 90 procent under 2022."),
    case("da", "Ledigheden faldt ikke under 4 pct. i 2023."),
    case("da", "Andelen steg ikke over 90 pct. i 2022."),
    case("en", "Sickness absence rose no higher than 6% last year."),
    case("en", "The share fell no lower than 40% in 2022."),
    case("nb", "Sykefraværet skal ikke stige over 6 prosent i 2026.", T(kind="level", level="6", hedge="at_most")),
    case("da", "Sygefraværet skal ikke stige over 6 pct. i 2026.", T(kind="level", level="6", hedge="at_most")),
    case("sv", "Sjukfrånvaron får inte stiga över 6 procent år 2026.", T(kind="level", level="6", hedge="at_most")),
    # a count adjective after a share names the things it is a share of ("two in three new homes"): no direction
    case("en", "One in four new homes will be social housing.", T(kind="level", level="25", indicator="new homes will be social housing")),
    case("en", "At least one in five new jobs should go to local residents.", T(kind="level", level="20", hedge="at_least")),
    case("en", "Two in three new homes were built by housing associations."),
    case("nb", "Hver tredje nye bolig skal være rimelig.", T(kind="level", level="100/3")),
    case("nb", "To av tre nye boliger ble bygget av boligbyggelag."),
    case("sv", "Två av tre nya bostäder ska vara hyresrätter.", T(kind="level", level="200/3")),
    case("sv", "Två av tre nya bostäder byggdes av allmännyttan."),
    case("da", "To ud af tre nye boliger skal være almene.", T(kind="level", level="200/3")),
    case("da", "Hver tredje nye bolig skal være almen.", T(kind="level", level="100/3")),
    case("da", "To ud af tre nye boliger blev bygget af almene boligselskaber."),
    # a bound after "to"/"til" before a number word, the object between the verb of change and "to"
    case("en", "Waiting times should be cut to under four hours.", T(kind="level", direction="down", level="4", unit="hour", hedge="below")),
    case("en", "The council aims to lower average waiting times to under 6 weeks by March 2027.", T(kind="level", direction="down", level="6", unit="week", hedge="below")),
    case("en", "The contract was extended to over two years."),
    case("en", "The meeting was moved to under two weeks before the election."),
    case("nb", "Saksbehandlingstiden skal kortes ned til under tre måneder.", T(kind="level", direction="down", level="3", unit="month", hedge="below")),
    case("nb", "Kontrakten ble forlenget til over to år."),
    case("sv", "Kommunen ska minska väntetiden till under sex veckor.", T(kind="level", direction="down", level="6", unit="week", hedge="below")),
    case("da", "Kommunen vil nedbringe ventetiden til under seks uger.", T(kind="level", direction="down", level="6", unit="week", hedge="below")),
    case("da", "Sagsbehandlingstiden skal reduceres til højst tre måneder.", T(kind="level", direction="down", level="3", unit="month", hedge="at_most")),
    # a share of a group followed by a verb in the past, with no aim: a fact (<lang>.facts.past-share-of-group)
    case("en", "Last year 64% of calls were answered within a minute."),
    case("en", "In 2024, 12% of households were surveyed."),
    case("nb", "Ytterligere 12 prosent av husstandene ble spurt i 2024."),
    case("nb", "Minst 95 prosent av pasientene skal være ferdigbehandlet innen fire timer.", T(kind="level", level="95", hedge="at_least")),
    case("sv", "Ytterligare 12 procent av hushållen blev tillfrågade 2024."),
    case("sv", "Förra året blev 64 procent av patienterna behandlade inom fyra timmar."),
    case("nb", "I 2024 ble 12 prosent av husstandene spurt."),
    case("da", "Yderligere 12 pct. af husstandene blev interviewet i 2024."),
    case("da", "Sidste år blev 64 pct. af patienterne behandlet inden for fire timer."),
    case("da", "Yderligere 12 pct. af husstandene skal have fibernet i 2026.", T(kind="level", level="12")),
    # minutes are a unit of time as hours are: a level or a change in minutes where a target states it; a
    # meeting's length is no target ("minutter" stays in not_target_units, as "timer" does)
    case("da", "Ventetiden skal ned på 20 minutter.", T(kind="level", direction="down", level="20", unit="minute")),
    case("da", "Svartiden i borgerservice skal være højst 10 minutter.", T(kind="level", level="10", unit="minute", hedge="at_most")),
    case("da", "Mødet varede 30 minutter."),
    case("nb", "Responstiden skal være under 12 minutter.", T(kind="level", level="12", unit="minute", hedge="below")),
    case("nb", "Ventetiden skal reduseres med fem minutter.", T(kind="change", direction="down", absolute="5", unit="minute")),
    case("nb", "Møtet varte i 45 minutter."),
    case("sv", "Väntetiden ska minska från 20 till 15 minuter.", T(direction="down", baseline="20", level="15", unit="minute")),
    case("sv", "Svarstiden ska vara högst tre minuter.", T(kind="level", level="3", unit="minute", hedge="at_most")),
    case("sv", "Sammanträdet pågick i 90 minuter."),
    case("en", "Average response times should fall to under seven minutes.", T(kind="level", direction="down", level="7", unit="minute", hedge="below")),
    case("en", "Call waiting times will be cut from 12 to 8 minutes.", T(direction="down", baseline="12", level="8", unit="minute")),
    case("en", "The meeting lasted 40 minutes."),
    # a factor after the verb of change and its object ("cut ... in half", "skæres ned til det halve"); not a
    # time ("in half an hour") nor a part with no change ("til halvdelen finansieret")
    case("en", "We aim to cut waiting times in half.", T(kind="change", direction="down", relative="50", indicator="waiting times")),
    case("en", "Waiting times will be cut in half by 2027.", T(kind="change", direction="down", relative="50", indicator="Waiting times")),
    case("en", "Patients should be seen in half an hour."),
    case("en", "The budget was split in half."),
    case("nb", "Ventetiden skal kuttes til det halve.", T(kind="change", direction="down", relative="50", indicator="Ventetiden")),
    case("nb", "Kommunen skal redusere matsvinnet til halvparten innen 2030.", T(kind="change", direction="down", relative="50")),
    case("sv", "Matsvinnet ska skäras ned till hälften.", T(kind="change", direction="down", relative="50", indicator="Matsvinnet")),
    case("sv", "Kommunen ska skära ned kostnaderna för konsulter till hälften.", T(kind="change", direction="down", relative="50", indicator="kostnaderna för konsulter")),
    case("sv", "Projektet är till hälften finansierat av staten."),
    case("da", "Madspildet skal skæres ned til det halve.", T(kind="change", direction="down", relative="50", indicator="Madspildet")),
    case("da", "Ventetiden skal skæres ned til halvdelen inden 2028.", T(kind="change", direction="down", relative="50")),
    case("da", "Projektet er til halvdelen finansieret af staten."),
    case("da", "Udgifterne skal skæres ned til halvdelen af det nuværende niveau.", T(kind="change", direction="down", relative="50", indicator="Udgifterne")),
    # a band of two stated ends: one figure, the hull of its ends' rounding intervals; a band level has nothing to
    # check, a band change with a from-to is checked with the whole band; years, ages and times are no band
    case("da", "Belægningen bør holdes mellem 85 og 90 pct.", T(kind="level", level_band=("85", "90"), low="84.5", high="90.5")),
    case("da", "Målet er mellem 85 og 90 pct.", T(kind="level", level_band=("85", "90"))),
    case("da", "Kommunen vil bygge mellem 500 og 600 nye boliger om året.", T(kind="change", direction="up", unit="count", low="500", high="600")),
    case("da", "Sygefraværet skal ned fra 7 pct. til mellem 5 og 6 pct.", T(direction="down", baseline="7", level_band=("5", "6"), verdict="unverifiable")),
    case("da", "Antallet af hjemløse skal reduceres med mellem 10 og 20 pct., fra 500 til 420.", T(kind="change", direction="down", baseline="500", level="420", low="9.5", high="20.5", verdict="consistent")),
    case("da", "Antallet af hjemløse skal reduceres med mellem 10 og 20 pct., fra 500 til 300.", T(kind="change", direction="down", baseline="500", level="300", verdict="inconsistent")),
    case("da", "Udgifterne skal nedbringes med mellem 2 og 3 mio. kr. inden 2027.", T(kind="change", direction="down", unit="kr")),
    case("da", "Sygefraværet lå mellem 5 og 6 pct. i 2023."),
    case("da", "Projektet løber mellem 2024 og 2027."),
    case("da", "Tilbuddet er for unge mellem 18 og 25 år."),
    case("nb", "Belegget bør holdes mellom 85 og 90 prosent.", T(kind="level", level_band=("85", "90"))),
    case("nb", "Utslippene skal reduseres med mellom 10 og 20 prosent innen 2030.", T(kind="change", direction="down", low="9.5", high="20.5")),
    case("nb", "Tilbudet gjelder unge mellom 18 og 25 år."),
    case("nb", "Planen gjelder mellom 2024 og 2027."),
    case("sv", "Beläggningen bör hållas mellan 85 och 90 procent.", T(kind="level", level_band=("85", "90"))),
    case("sv", "Kostnaderna ska minska med mellan 2 och 3 miljoner kronor.", T(kind="change", direction="down", unit="kr")),
    case("sv", "Insatsen riktar sig till unga mellan 18 och 25 år."),
    case("sv", "Sjukfrånvaron låg mellan 5 och 6 procent år 2023."),
    case("en", "Occupancy must remain between 85 and 90 per cent.", T(kind="level", level_band=("85", "90"), low="84.5", high="90.5")),
    case("en", "The target is between 75% and 80%.", T(kind="level", level_band=("75", "80"))),
    case("en", "Emissions will be cut by between 10% and 20%, from 500 to 420 tonnes.", T(kind="change", direction="down", baseline="500", level="420", verdict="consistent")),
    case("en", "The library is open between 10am and 4pm."),
    case("en", "The programme ran between 2024 and 2027."),
    case("en", "Sickness absence was between 5% and 6% in 2023."),
    # a band in a unit of measure, in digits or number words; an age band and a meeting's length are none
    case("da", "Ventetiden skal være mellem fem og seks uger.", T(kind="level", level_band=("5", "6"), unit="week", low="4.5", high="6.5")),
    case("da", "Ventetiden skal være mellem 4 og 6 uger.", T(kind="level", level_band=("4", "6"), unit="week")),
    case("da", "Mødet varer mellem 30 og 45 minutter."),
    case("nb", "Saksbehandlingstiden skal være mellom 20 og 30 dager.", T(kind="level", level_band=("20", "30"), unit="day")),
    case("nb", "Ventetiden skal ligge mellom fire og seks uker.", T(kind="level", level_band=("4", "6"), unit="week")),
    case("sv", "Väntetiden ska vara mellan fyra och sex veckor.", T(kind="level", level_band=("4", "6"), unit="week")),
    case("en", "Waiting times should be between four and six weeks.", T(kind="level", level_band=("4", "6"), unit="week")),
    case("en", "The course runs for between two and three years."),
    # a band in a pair is checked with the whole band: the baselines it implies, or a direction it breaks
    case("da", "Antallet af hjemløse skal reduceres med 100, svarende til mellem 10 og 20 pct.", T(direction="down", absolute="100", low="9.5", high="20.5", verdict="consistent")),
    case("en", "The number of rough sleepers will be cut by 100, a reduction of between 10% and 20%.", T(direction="down", absolute="100", verdict="consistent")),
    case("sv", "Antalet platser ska minska med 20 procent till mellan 400 och 450.", T(direction="down", relative="20", level_band=("400", "450"), verdict="consistent")),
    case("nb", "Sykefraværet skal økes fra 7 prosent til mellom 5 og 6 prosent.", T(direction="up", baseline="7", level_band=("5", "6"), verdict="inconsistent")),
]
# Danish wordings of real papers (goal papers, climate plans, annual-report goal follow-ups, news): written for this
# test in the styles of those genres; word order, tense, hedges, units, number words and formats, KPI lines and
# lists, links and baselines stated apart, and the look-alikes around them (budgets, facts, surveys, ages, §§).
DA_PAPERS = [
    case("da", "Målet er, at mindst 95 pct. af eleverne skal gennemføre 9. klasse.",
         T(kind="level", level="95", hedge="at_least")),
    case("da", "Frem mod 2030 skal antallet af borgere på overførselsindkomst nedbringes med 600 personer, hvilket svarer til et fald på 8 pct.",
         T(kind="change", direction="down", absolute="600", relative="8", verdict="consistent")),
    case("da", "Kommunen har som mål, at CO2-udledningen i 2030 er reduceret med 70 pct. i forhold til 1990.",
         T(kind="change", direction="down", relative="70")),
    case("da", "I 2023 var der 4.200 ledige i kommunen. Målet er at nedbringe tallet til 3.500 i 2027.",
         T(direction="down", baseline="4200", level="3500")),
    case("da", "Sygefraværet skal reduceres med cirka 1 procentpoint, fra 7,2 pct. til 6,2 pct.",
         T(direction="down", relative="1", baseline="7.2", level="6.2", verdict="consistent")),
    case("da", "Antallet af almene boliger skal øges med knap 400 til i alt 5.000 i 2030.",
         T(direction="up", absolute="400", level="5000")),
    case("da", "Udledningen fra kommunens bygninger er faldet med 1.250 tons CO2 siden 2019, svarende til 14 pct.",
         T(kind="change", direction="down", absolute="1250", relative="14", verdict="consistent")),
    case("da", "Ventetiden på genoptræning skal højst være 14 dage.", T(kind="level", level="14", unit="day", hedge="at_most")),
    case("da", "Andelen af ansatte på fuld tid skal op fra 52 pct. til mindst 60 pct. inden udgangen af 2026.",
         T(direction="up", baseline="52", level="60", hedge="at_least")),
    case("da", "Antallet af akutte indlæggelser blandt ældre skal reduceres med en femtedel frem mod 2028.",
         T(kind="change", direction="down", relative="20")),
    case("da", "Energiforbruget i de kommunale bygninger er faldet med 2.300 MWh, hvilket svarer til 9 pct.",
         T(kind="change", direction="down", absolute="2300", relative="9", verdict="consistent")),
    case("da", "Den kollektive trafik skal stå for halvdelen af alle ture i 2035.", T(kind="level", level="50")),
    case("da", "Antallet af elever i specialtilbud skal falde fra 310 til 250, et fald på knap 20 pct.",
         T(direction="down", baseline="310", level="250", relative="20", verdict="consistent_with_hedge")),
    case("da", "Mål 2026: 85 pct. af borgerne er tilfredse med hjemmeplejen.", T(kind="level", level="85")),
    case("da", "Indikator\tResultat 2024\tMål 2026\nAndel unge i uddannelse\t81 pct.\t88 pct.",
         T(direction="up", baseline="81", level="88")),
    case("da", "Vi vil have 250 flere borgere i beskæftigelse. Dette svarer til en stigning på X pct.",
         T(kind="change", direction="up", absolute="250", verdict="unresolved")),
    case("da", "Antallet af hjemløse skal nedbringes med xx, svarende til xx pct.",
         T(kind="change", direction="down", verdict="unresolved")),
    case("da", "Det er målet, at to ud af tre nye boliger opføres som almene boliger.", T(kind="level", level="200/3")),
    case("da", "Cykeltrafikken skal firedobles inden 2035.", T(kind="change", direction="up", relative="300")),
    case("da", "Udgifterne til eksterne konsulenter er reduceret med 3,2 mio. kr., hvilket svarer til et fald på godt 11 pct.",
         T(kind="change", direction="down", absolute="3200000", relative="11")),
    case("da", "Affaldsmængden pr. husstand skal ned fra 450 kg til 380 kg om året.",
         T(direction="down", baseline="450", level="380")),
    case("da", "Sagsbehandlingstiden for byggesager forventes at falde fra 62 til 40 dage i 2025.",
         T(direction="down", baseline="62", level="40", unit="day")),
    case("da", "Sygefraværet skal i 2027 ligge på højst 5,5 pct. (udgangspunkt: 6,9 pct.).",
         T(direction="down", baseline="6.9", level="5.5", hedge="at_most")),
    case("da", "Antallet af elbiler i kommunens flåde skal stige fra et niveau på 40 til 120 i 2027.",
         T(direction="up", baseline="40", level="120")),
    case("da", "Udledningen skal reduceres fra et udgangspunkt på 9.000 tons til 6.000 tons i 2030, et fald på 33 pct.",
         T(direction="down", baseline="9000", level="6000", relative="33", unit="t", verdict="consistent", indicator="Udledningen")),
    case("da", "Antallet af ledige skal ned fra dagens 1.200 til 900 inden 2027.",
         T(direction="down", baseline="1200", level="900", indicator="Antallet af ledige")),
    case("da", "Omkring 70 pct. af husholdningsaffaldet skal genanvendes i 2030.", T(kind="level", level="70", hedge="about")),
    case("da", "Antallet af førtidspensionister skal rundt regnet halveres.", T(kind="change", direction="down", relative="50")),
    case("da", "Andelen af elever med højt fravær skal ned på 12.5 pct. i 2026.", T(direction="down", level="12.5")),
    case("da", "Der skal etableres 1 250 nye pladser i dagtilbud frem mod 2030.",
         T(kind="change", direction="up", absolute="1250")),
    case("da", "Antallet af borgere, der modtager hjemmehjælp, forventes at stige med omkring 8 pct. om året.",
         T(kind="change", direction="up", relative="8")),
    case("da", "Tilfredsheden med hjemmeplejen skal i perioden løftes 5 procentpoint til 90 pct.",
         T(direction="up", relative="5", level="90")),
    case("da", "Antallet af unge, der hverken er i job eller uddannelse, er siden 2020 faldet fra 1.150 til 920.",
         T(direction="down", baseline="1150", level="920")),
    case("da", "Målopfølgning 2024: Sygefraværet blev 6,1 pct. mod et mål på 5,8 pct.",
         T(baseline="6.1", level="5.8")),
    case("da", "Andelen af elever, der får mindst 02 i dansk og matematik, skal være mindst 95 pct.",
         T(kind="level", level="95", hedge="at_least")),
    case("da", "Det er en målsætning, at 90 pct. af alle henvendelser besvares inden for 48 timer.",
         T(kind="level", level="90")),
    case("da", "Vi forventer, at antallet af ledige falder med 150 i løbet af 2025.",
         T(kind="change", direction="down", absolute="150")),
    case("da", "Antallet af ulykker med personskade skal mindst halveres i forhold til 2020.",
         T(kind="change", direction="down", relative="50")),
    case("da", "Kommunens CO2-udledning skal være 80 pct. lavere i 2030 end i 2010.",
         T(kind="change", direction="down", relative="80")),
    case("da", "Antallet af borgere over 80 år vil stige med 1.400, svarende til 35 pct., frem mod 2030.",
         T(kind="change", direction="up", absolute="1400", relative="35", verdict="consistent")),
    case("da", "Overskuddet på den ordinære drift skal udgøre mindst 150 mio. kr. årligt.",
         T(kind="level", level="150000000", hedge="at_least")),
    case("da", "Den gennemsnitlige ventetid faldt fra 9,2 uger i 2023 til 7,5 uger i 2024.",
         T(direction="down", baseline="9.2", level="7.5", unit="week")),
    case("da", "Målet er, at ledigheden i 2026 ligger på 3,0 pct. eller derunder.", T(kind="level", level="3", hedge="at_most")),
    case("da", "Andelen af elever, der får 4 eller derover i dansk, skal være 90 pct. eller derover.", T(kind="level", level="90", hedge="at_least")),
    case("da", "Målet er, at 90 pct. eller flere af eleverne gennemfører en ungdomsuddannelse.", T(kind="level", level="90", hedge="at_least")),
    case("da", "Antallet af besøgende på biblioteket steg sidste år med 12 pct. til 310.000.",
         T(direction="up", relative="12", level="310000")),
    case("da", "Fra 2019 til 2024 faldt udledningen med 22 pct.", T(kind="change", direction="down", relative="22")),
    case("da", "Tre mål for beskæftigelsen:\n- 500 flere i job i 2026\n- Ledigheden skal under 3 pct.\n- Højst 10 pct. af de unge må stå uden uddannelse",
         T(kind="change", direction="up", absolute="500"), T(kind="level", level="3", hedge="below"),
         T(kind="level", level="10", hedge="at_most")),
    # look-alikes: budgets, facts about today, surveys, ages, law, phone, pages, periods, counts of goals
    case("da", "Der er afsat 12 mio. kr. til indsatsen i 2025."),
    case("da", "Knap en fjerdedel af kommunens borgere er over 65 år."),
    case("da", "I 2023 var der 4.200 ledige i kommunen."),
    case("da", "78 pct. af de adspurgte svarede, at de er tilfredse med hjemmeplejen."),
    case("da", "Tilbuddet er for børn under 6 år og deres forældre."),
    case("da", "Sagen behandles efter servicelovens § 85."),
    case("da", "Kontakt borgerservice på tlf. 70 12 34 56."),
    case("da", "Se side 14-15 i bilaget."),
    case("da", "Strategien gælder for perioden 2024-2027."),
    case("da", "Ledigheden var 4,1 pct. i marts ifølge Danmarks Statistik."),
    case("da", "Kommunen har 58.000 indbyggere og 4.300 ansatte."),
    case("da", "Byrådet vedtog planen den 12.3.2024 med 25 stemmer mod 6."),
    case("da", "Der blev i 2024 uddelt 1.200 madkasser til 350 familier."),
    case("da", "Målopfølgningen for 2024 findes i bilag 3, side 22."),
    case("da", "Mødet starter kl. 17.30 i byrådssalen."),
    case("da", "Hver anden dansker har prøvet at vente over en uge på en tid hos lægen."),
    case("da", "Projektet løber over tre år og har et budget på 4,5 mio. kr."),
    case("da", "Børn i alderen 0-2 år passes i vuggestue."),
    case("da", "Antallet af ledige er opgjort pr. 31. december 2024."),
    case("da", "Tre ud af fire adspurgte virksomheder forventer at ansætte flere medarbejdere i år."),
    case("da", "Der er 24 pladser på plejecentret og 6 aflastningspladser."),
    case("da", "Borgerne har i gennemsnit 2,3 kontakter med kommunen om året."),
    case("da", "Fire mål for den grønne omstilling"),
    case("da", "Udvalget har holdt seks møder i perioden 2024-2027."),
    # a second round: news and annual-report wordings, number words, tables of result and goal
    case("da", "Byrådet har besluttet, at antallet af ledige skal reduceres med 15 procent frem mod 2027.", T(kind="change", direction="down", relative="15")),
    case("da", "Siden 2019 er antallet af anbragte børn faldet med 42, hvilket svarer til et fald på 11 pct.", T(kind="change", direction="down", absolute="42", relative="11", verdict="consistent")),
    case("da", "Udledningen af drivhusgasser er siden 1990 reduceret med knap halvdelen.", T(kind="change", direction="down", relative="50")),
    case("da", "Målet om en halvering af madspildet inden 2030 fastholdes.", T(kind="change", direction="down", relative="50")),
    case("da", "Antallet af lærlinge er mere end fordoblet siden 2020.", T(kind="change", direction="up", relative="100")),
    case("da", "Andelen af økologiske fødevarer i de kommunale køkkener skal være 60 procent i 2025.", T(kind="level", level="60")),
    case("da", "Ledigheden er faldet med tre procentpoint til 4,2 pct.", T(direction="down", relative="3", level="4.2")),
    case("da", "Antallet af skadestuebesøg skal nedbringes med femten procent.", T(kind="change", direction="down", relative="15")),
    case("da", "I 2024 lå sygefraværet på 5,9 pct. Det er 0,5 procentpoint over målet.", T(level="5.9", relative="0.5")),
    case("da", "Resultat 2024\t6,2 pct.\nMål 2025\t5,8 pct.", T(direction="down", baseline="6.2", level="5.8")),
    case("da", "Udledningen skal ned med 50.000 tons CO2 om året. Det svarer til en reduktion på ca. 25 procent.", T(kind="change", direction="down", absolute="50000", relative="25")),
    case("da", "Der skal bygges 2.000 nye boliger i perioden 2024-2030.", T(kind="change", direction="up", absolute="2000")),
    case("da", "Kommunen vil øge antallet af grønne arealer med 20 hektar.", T(kind="change", direction="up", absolute="20", unit="ha")),
    case("da", "Antallet af borgere på kontanthjælp faldt i 2024 med 8 pct. til 1.840 personer.", T(direction="down", relative="8", level="1840")),
    case("da", "Ambitionen er, at andelen af unge med en ungdomsuddannelse stiger til 95 pct. i 2030.", T(direction="up", level="95")),
    case("da", "Vi når i år målet på 2.500 nye arbejdspladser.", T(kind="change", direction="up", absolute="2500")),
    case("da", "Andelen af elever, der trives, er steget fra 82 til 88 pct. på tre år.", T(direction="up", baseline="82", level="88")),
    case("da", "Sygefraværet i ældreplejen skal nedbringes til 6 procent eller lavere.", T(kind="level", level="6")),
    case("da", "Det samlede energiforbrug skal reduceres med 10 pct. i 2026 og med yderligere 5 pct. i 2027.", T(kind="change", direction="down", relative="10"), T(kind="change", direction="down", relative="5")),
    case("da", "Ca. 1.200 borgere venter på en plejebolig, og ventetiden er i gennemsnit 14 uger."),
    case("da", "Kommunen har modtaget 3,4 mio. kr. fra puljen."),
    case("da", "Andelen af borgere over 80 år er 6,1 pct. af befolkningen."),
    case("da", "Svarprocenten i undersøgelsen var 64 pct."),
    case("da", "Valgdeltagelsen var 71,2 procent ved kommunalvalget i 2021."),
    case("da", "Der er i gennemsnit 22 elever i en klasse på kommunens skoler."),
    case("da", "Loven trådte i kraft 1. juli 2023 og gælder for alle kommuner."),
    case("da", "Læs mere på side 7 og i tabel 4.3."),
    case("da", "Huslejen steg med 350 kr. om måneden for en gennemsnitlig lejlighed.", T(kind="change", direction="up", absolute="350")),
    case("da", "Mere end 40 pct. af de adspurgte borgere kender ikke til tilbuddet."),
    case("da", "Kommunen har 14 folkeskoler og 3 specialskoler."),
    case("da", "Antallet af ældre over 80 år vil i 2035 være næsten fordoblet.", T(kind="change", direction="up", relative="100")),
    case("da", "Sagsbehandlingstiden er nu 38 dage mod 45 dage sidste år.", T(direction="down", baseline="45", level="38")),
    case("da", "Målet for 2025 er en genanvendelsesprocent på 55.", T(kind="level", level="55", unit="percent")),
    case("da", "Målet for 2025 er en genanvendelsesprocent på 55 pct.", T(kind="level", level="55")),
    case("da", "Det er aftalt, at 25 pct. af de nye boliger skal være almene.", T(kind="level", level="25")),
    case("da", "Tilbuddet har åbent kl. 8-15 på hverdage, fem ud af syv dage."),
    case("da", "Kommunens CVR-nr. er 29 18 97 42, og EAN-nummeret står i bilag 2."),
    case("da", "Hver tiende borger i kommunen er født i udlandet, viser tal fra Danmarks Statistik."),
    case("da", "Planen blev revideret i version 2.1 og godkendt i uge 12."),
    case("da", "I 2024 havde 312 virksomheder over 50 ansatte, og 18 pct. af dem havde en grøn regnskabspolitik."),
    case("da", "Kommunen skal spare 45 mio. kr. i 2026, hvilket svarer til 1,5 pct. af driftsbudgettet.", T(kind="change", direction="down", absolute="45000000", relative="1.5", verdict="consistent")),
    # a third round: goal follow-ups and KPI remarks, placeholders, fractions after a link, spans of years
    case("da", "Målsætning: Antallet af borgere på offentlig forsørgelse reduceres med 500 frem mod 2026.", T(kind="change", direction="down", absolute="500")),
    case("da", "Delmål 2: 80 pct. af de nyankomne flygtninge er i job eller uddannelse efter 3 år.", T(kind="level", level="80")),
    case("da", "Målet er indfriet: Andelen af elever med fravær over 10 pct. er faldet til 14 pct.", T(direction="down", level="14")),
    case("da", "Udledningen var i 2022 på 312.000 tons CO2e, hvilket er 38 pct. lavere end i 1990.", T(direction="down", relative="38", level="312000")),
    case("da", "Vi skal i 2026 have 100 flere social- og sundhedselever end i 2023.", T(kind="change", direction="up", absolute="100")),
    case("da", "Antallet af sygedage pr. medarbejder skal nedbringes fra 12,4 til 10 dage.", T(direction="down", baseline="12.4", level="10", unit="day")),
    case("da", "Antallet af døgnanbringelser reduceres fra 95 i 2023 til 80 i 2026 svarende til et fald på 16 pct.", T(direction="down", baseline="95", level="80", relative="16", verdict="consistent")),
    case("da", "Mindst 3 ud af 4 borgere skal opleve, at de får hurtig hjælp.", T(kind="level", level="75", hedge="at_least")),
    case("da", "Ventetiden på psykolog skal være maks. 8 uger.", T(kind="level", level="8", unit="week", hedge="at_most")),
    case("da", "X pct. af borgerne skal være tilfredse med sagsbehandlingen.", T(kind="level", verdict="unresolved")),
    case("da", "Antallet af ledige skal falde med [X] personer.", T(kind="change", direction="down", verdict="unresolved")),
    case("da", "Cirka hver fjerde elev skal vælge en erhvervsuddannelse i 2030.", T(kind="level", level="25")),
    case("da", "Udledningen fra transport skal reduceres med 50.000 tons inden 2030 – svarende til en tredjedel.", T(kind="change", direction="down", absolute="50000", relative="100/3")),
    case("da", "Ledigheden er halveret på ti år og ligger nu på 2,8 pct.", T(direction="down", relative="50", level="2.8")),
    case("da", "Der skal plantes 10.000 træer om året.", T(kind="level", level="10000")),
    case("da", "Vi har nedbragt sygefraværet fra 7,8 til 6,9 pct., men målet på 6,0 pct. er ikke nået.", T(direction="down", baseline="7.8", level="6.9"), T(kind="level", level="6")),
    case("da", "Antallet af elbiler i kommunen steg med 1.450 sidste år, en stigning på 38 pct.", T(kind="change", direction="up", absolute="1450", relative="38", verdict="consistent")),
    case("da", "Tabel 3: Udvikling i sygefravær 2019-2024 (pct.)"),
    case("da", "Kilde: Danmarks Statistik, tabel AUL01, 2024."),
    case("da", "Kommunen har siden 2019 investeret 240 mio. kr. i klimatiltag."),
    case("da", "Jf. aftalen af 22. juni 2023 mellem regeringen og KL."),
    case("da", "Svartiden i borgerservice var i gennemsnit 3 minutter og 40 sekunder."),
    case("da", "Der blev gennemført 1.245 hjemmebesøg hos borgere over 75 år."),
    case("da", "Sagsnr. 24/12345 – dok.nr. 2345-24"),
    case("da", "Overførslerne fra 2024 til 2025 udgør 12,3 mio. kr."),
    case("da", "Borgerpanelet bestod af 1.018 deltagere i alderen 18-85 år."),
    case("da", "Tallene dækker perioden 1. januar – 30. juni 2024."),
    case("da", "De 20 pct. mest udsatte borgere står for 80 pct. af udgifterne."),
    # a fourth round: parliamentary answers, multi-column KPI tables, headed lists, a level reached 'now'
    case("da", "Regeringen har som mål, at mindst 25.000 flere personer er i beskæftigelse i 2030.", T(kind="change", direction="up", absolute="25000")),
    case("da", "Som det fremgår af tabel 2, er ventetiden faldet fra 34 til 21 dage.", T(direction="down", baseline="34", level="21", unit="day")),
    case("da", "Ministeren oplyser, at antallet af behandlede sager steg med 9 pct. fra 2022 til 2023.", T(kind="change", direction="up", relative="9")),
    case("da", "Indikator\tBaseline 2022\tResultat 2024\tMål 2026\nTilfredse brugere\t78 pct.\t81 pct.\t85 pct.", T(direction="up", baseline="78", level="85")),
    case("da", "Pejlemærke 2: Fravær\n- Elevfraværet skal under 5 pct.\n- Antallet af elever med over 10 pct. fravær skal halveres", T(kind="level", level="5", hedge="below"), T(kind="change", direction="down", relative="50")),
    case("da", "Effektmål: 60 pct. af borgerne i rehabiliteringsforløb klarer sig uden hjælp efter 12 uger.", T(kind="level", level="60")),
    case("da", "Co2-udledningen skal reduceres med 70 pct. i 2030 ift. 1990.", T(kind="change", direction="down", relative="70")),
    case("da", "Vi vil nedbringe andelen af madaffald i restaffaldet fra ca. 40 pct. til højst 20 pct.", T(direction="down", baseline="40", level="20", hedge="at_most")),
    case("da", "Ledigheden blandt indvandrere er reduceret med 2,1 procentpoint og udgør nu 7,9 pct.", T(direction="down", relative="2.1", level="7.9")),
    case("da", "Der er i alt afsat 350 mio. kr. til at reducere ventelisterne med 30 pct.", T(kind="change", direction="down", relative="30")),
    case("da", "Kommunen har 4 mål for trivsel, og alle fire er nået i 2024."),
    case("da", "Spørgsmål nr. 412 (Alm. del) stillet 3. marts 2024 af Ida Hansen (SF)."),
    case("da", "Svaret er sendt til udvalget den 14.03.2024 kl. 10.15."),
    case("da", "Der er 98 kommuner og 5 regioner i Danmark."),
    case("da", "Af de 1.400 ansøgninger blev 1.150 imødekommet."),
    case("da", "Den gennemsnitlige alder blandt medarbejderne er 47 år."),
    case("da", "Aftalen indgås for en 4-årig periode med mulighed for forlængelse i 2 år."),
    case("da", "Ifølge prognosen vil der i 2035 være 2.300 flere ældre over 80 år end i dag.", T(kind="change", direction="up", absolute="2300")),
    # a fifth round: news quotes, OCR damage (lost letters, glued units), results of elections
    case("da", "– Vi skal ned på 4 procent ledighed inden 2027, siger borgmesteren.", T(direction="down", level="4")),
    case("da", "Antallet af hjemlose skal reduceres med 120 personer, svarende til et fald pa 15 pct.", T(kind="change", direction="down", absolute="120", relative="15", verdict="consistent")),
    case("da", "Udgifterne skal reduceres med 2,5mio.kr. i 2026.", T(kind="change", direction="down", absolute="2500000")),
    case("da", "Ledigheden skal ned med 0,5 %-point i 2026.", T(kind="change", direction="down", relative="0.5", unit="percentage_point")),
    case("da", "Antallet af borgere i jobafklaring skal nedbringes med\n200 personer, svarende til 10 pct.", T(kind="change", direction="down", absolute="200", relative="10", verdict="consistent")),
    case("da", "Ifølge avisen er antallet af indbrud i kommunen faldet med 14 pct. på et år.", T(kind="change", direction="down", relative="14")),
    case("da", "Målet om 1.000 nye lejligheder inden 2028 ligger fast, oplyser rådmanden.", T(kind="change", direction="up", absolute="1000")),
    case("da", "Sygefraværet skal nedbringes med 1 procentpoint – fra 6,5 til 5,5 pct.", T(direction="down", relative="1", baseline="6.5", level="5.5", verdict="consistent")),
    case("da", "Over halvdelen af de ledige er over 50 år, fortæller jobcenterchefen."),
    case("da", "Borgmesteren blev genvalgt med 52 pct. af stemmerne."),
    case("da", "Artiklen blev opdateret 14.03.2024 kl. 08:12."),
    case("da", "Af de 24 kommuner i regionen har 17 vedtaget en klimaplan."),
    case("da", "Byrådet består af 31 medlemmer."),
    # a sixth round: rates per year and per resident, ages inside targets, zero targets, a level and its change in people
    case("da", "Udledningen pr. indbygger skal ned fra 6,2 til 4 tons CO2 om året.", T(direction="down", baseline="6.2", level="4")),
    case("da", "Antallet af unge under 25 år på kontanthjælp skal reduceres med 25 pct. i forhold til 2019-niveauet.", T(kind="change", direction="down", relative="25")),
    case("da", "Energiforbruget skal falde med 2 pct. om året frem til 2030.", T(kind="change", direction="down", relative="2")),
    case("da", "Hvert år skal 50 flere borgere over 65 år tilbydes træning.", T(kind="change", direction="up", absolute="50")),
    case("da", "Målet er 0 ulykker med personskade på kommunens arbejdspladser.", T(kind="level", level="0")),
    case("da", "Kommunen har i 2024 ansat 35 nye pædagoger, hvilket er 12 flere end året før.", T(direction="up", absolute="12", level="35")),
    case("da", "Alle børn i 0. klasse screenes for læsevanskeligheder inden udgangen af januar."),
    case("da", "Mere end 3.000 borgere deltog i høringen, der sluttede 1. marts."),
]

# Norwegian (bokmål) wordings of real papers, written for this test in the same genres and with the same variety.
NB_PAPERS = [
    case("nb", "Målet er at minst 90 prosent av elevene skal gjennomføre videregående opplæring innen fem år.",
         T(kind="level", level="90", hedge="at_least")),
    case("nb", "Innen 2030 skal antall personer på sosialhjelp reduseres med 400, noe som tilsvarer en nedgang på 12 prosent.",
         T(kind="change", direction="down", absolute="400", relative="12", verdict="consistent")),
    case("nb", "Klimagassutslippene skal kuttes med 60 prosent sammenlignet med 2009-nivå.",
         T(kind="change", direction="down", relative="60")),
    case("nb", "I 2023 var det 1 850 arbeidsledige i kommunen. Målet er å få tallet ned til 1 500 innen 2027.",
         T(direction="down", baseline="1850", level="1500")),
    case("nb", "Sykefraværet skal reduseres med om lag 1 prosentpoeng, fra 8,4 prosent til 7,4 prosent.",
         T(direction="down", relative="1", baseline="8.4", level="7.4", verdict="consistent")),
    case("nb", "Antall kommunale utleieboliger skal økes med knapt 200 til totalt 1 400.",
         T(direction="up", absolute="200", level="1400")),
    case("nb", "Utslippene fra kommunal virksomhet er redusert med 850 tonn CO2-ekvivalenter siden 2020, tilsvarende 18 prosent.",
         T(kind="change", direction="down", absolute="850", relative="18", verdict="consistent")),
    case("nb", "Ventetiden for sykehjemsplass skal maksimalt være 30 dager.", T(kind="level", level="30", unit="day", hedge="at_most")),
    case("nb", "Andelen heltidsstillinger skal økes fra 38 prosent til minimum 50 prosent innen utgangen av 2027.",
         T(direction="up", baseline="38", level="50", hedge="at_least")),
    case("nb", "Matsvinnet i kommunale kantiner skal reduseres med en fjerdedel.", T(kind="change", direction="down", relative="25")),
    case("nb", "Energiforbruket i kommunale bygg er redusert med 1 900 MWh, som utgjør 7 prosent.",
         T(kind="change", direction="down", absolute="1900", relative="7", verdict="consistent")),
    case("nb", "Halvparten av alle nye personbiler i kommunen skal være elbiler innen 2025.", T(kind="level", level="50")),
    case("nb", "Antall barn i barnevernstiltak skal ned fra 180 til 150, en nedgang på drøyt 16 prosent.",
         T(direction="down", baseline="180", level="150", relative="16")),
    case("nb", "Mål 2026: 88 prosent av brukerne er fornøyde med hjemmetjenesten.", T(kind="level", level="88")),
    case("nb", "Indikator\tResultat 2024\tMål 2026\nAndel som fullfører\t79 %\t85 %",
         T(direction="up", baseline="79", level="85")),
    case("nb", "Kommunen skal ha 120 flere lærlinger. Dette tilsvarer en økning på xx prosent.",
         T(kind="change", direction="up", absolute="120", verdict="unresolved")),
    case("nb", "Det er et mål at tre av fire nye boliger bygges innenfor sentrumssonen.", T(kind="level", level="75")),
    case("nb", "Antall reiser med sykkel skal firedobles innen 2035.", T(kind="change", direction="up", relative="300")),
    case("nb", "Driftsutgiftene til administrasjon er redusert med 4,5 mill. kr, noe som tilsvarer en nedgang på nesten 9 prosent.",
         T(kind="change", direction="down", absolute="4500000", relative="9")),
    case("nb", "Avfallsmengden per innbygger skal ned fra 420 kg til 360 kg per år.",
         T(direction="down", baseline="420", level="360")),
    case("nb", "Saksbehandlingstiden for byggesaker forventes å gå ned fra 45 til 30 dager i 2025.",
         T(direction="down", baseline="45", level="30", unit="day")),
    case("nb", "Sykefraværet skal i 2027 ligge på høyst 6,5 prosent (utgangspunkt: 7,9 prosent).",
         T(direction="down", baseline="7.9", level="6.5", hedge="at_most")),
    case("nb", "Antall ladepunkter skal økes fra et nivå på 60 til 200 i 2028.", T(direction="up", baseline="60", level="200")),
    case("nb", "Antall ledige skal ned fra dagens 1 200 til 900 innen 2027.",
         T(direction="down", baseline="1200", level="900", indicator="Antall ledige")),
    case("nb", "Utslippene skal reduseres fra et utgangspunkt på 9 000 tonn til 6 000 tonn i 2030, en reduksjon på 33 prosent.",
         T(direction="down", baseline="9000", level="6000", relative="33", unit="t", verdict="consistent", indicator="Utslippene")),
    case("nb", "Rundt 70 prosent av husholdningsavfallet skal materialgjenvinnes innen 2030.",
         T(kind="level", level="70", hedge="about")),
    case("nb", "Antallet uføretrygdede skal om lag halveres innen 2035.", T(kind="change", direction="down", relative="50")),
    case("nb", "Andelen elever med høyt fravær skal ned til 12.5 prosent.", T(direction="down", level="12.5")),
    case("nb", "Det skal etableres 1.250 nye barnehageplasser innen 2030.", T(kind="change", direction="up", absolute="1250")),
    case("nb", "Antall innbyggere over 80 år forventes å øke med rundt 30 prosent fram mot 2035.",
         T(kind="change", direction="up", relative="30")),
    case("nb", "Trivselen i skolen skal løftes 4 prosentpoeng til 85 prosent.", T(direction="up", relative="4", level="85")),
    case("nb", "Antall unge utenfor arbeid og utdanning har siden 2020 gått ned fra 640 til 510.",
         T(direction="down", baseline="640", level="510")),
    case("nb", "Resultat 2024: Sykefraværet ble 7,1 prosent mot et mål på 6,5 prosent.", T(baseline="7.1", level="6.5")),
    case("nb", "Det er et mål at 90 prosent av henvendelsene besvares innen 48 timer.", T(kind="level", level="90")),
    case("nb", "Vi forventer at antall arbeidsledige går ned med 150 i løpet av 2025.",
         T(kind="change", direction="down", absolute="150")),
    case("nb", "Antall trafikkulykker skal minst halveres sammenlignet med 2020.", T(kind="change", direction="down", relative="50")),
    case("nb", "Utslippene skal være 80 prosent lavere i 2030 enn i 2009.", T(kind="change", direction="down", relative="80")),
    case("nb", "Fra 2019 til 2024 gikk utslippene ned med 22 prosent.", T(kind="change", direction="down", relative="22")),
    case("nb", "Målet er at ledigheten i 2026 er på 2,5 prosent eller lavere.", T(kind="level", level="2.5", hedge="at_most")),
    case("nb", "Andelen elever som består matematikk, skal være 80 prosent eller mer i 2030.", T(kind="level", level="80", hedge="at_least")),
    case("nb", "Netto driftsresultat skal utgjøre minst 1,75 prosent av driftsinntektene.",
         T(kind="level", level="1.75", hedge="at_least")),
    case("nb", "Antall elever per lærer skal ikke være høyere enn 15.", T(kind="level", level="15", hedge="at_most")),
    case("nb", "Tre mål for folkehelse:\n• 300 flere innbyggere skal være fysisk aktive\n• Andelen dagligrøykere skal under 5 prosent\n• Høyst 15 prosent av elevene skal oppleve mobbing",
         T(kind="change", direction="up", absolute="300"), T(kind="level", level="5", hedge="below"),
         T(kind="level", level="15", hedge="at_most")),
    # look-alikes
    case("nb", "Det er satt av 12 mill. kr til tiltaket i 2025."),
    case("nb", "Om lag en fjerdedel av innbyggerne er over 67 år."),
    case("nb", "I 2023 var 1 850 personer registrert som helt ledige."),
    case("nb", "78 prosent av de spurte svarte at de er fornøyde med tjenesten."),
    case("nb", "Tilbudet gjelder barn under 6 år."),
    case("nb", "Saken behandles etter helse- og omsorgstjenesteloven § 3-2."),
    case("nb", "Ring servicetorget på 22 33 44 55."),
    case("nb", "Se side 14–15 i vedlegget."),
    case("nb", "Handlingsprogrammet gjelder for perioden 2024–2027."),
    case("nb", "Arbeidsledigheten var 2,1 prosent i mars, ifølge NAV."),
    case("nb", "Kommunen har 21 000 innbyggere og 1 900 ansatte."),
    case("nb", "Kommunestyret vedtok planen 12.03.2024 med 25 mot 8 stemmer."),
    case("nb", "I 2024 ble det delt ut 1 200 matposer til 350 familier."),
    case("nb", "Måloppnåelse for 2024 er omtalt i vedlegg 3, side 22."),
    case("nb", "Møtet starter kl. 18.00 i kommunestyresalen."),
    case("nb", "Prosjektet går over tre år og har en ramme på 4,5 mill. kr."),
    case("nb", "Barn i alderen 1–5 år har rett til barnehageplass."),
    case("nb", "Tallene er hentet fra KOSTRA per 31. desember 2024."),
    case("nb", "Tre av fire bedrifter forventer å ansette flere medarbeidere i år."),
    case("nb", "Det er 24 plasser på sykehjemmet og 6 avlastningsplasser."),
    case("nb", "Innbyggerne har i snitt 2,3 kontakter med kommunen i året."),
    case("nb", "Kommuneplanens arealdel, kapittel 4.2, bestemmelse 12."),
    case("nb", "Fem mål for klimaarbeidet"),
    case("nb", "Hver tredje innbygger bor i enebolig."),
    # a second round: news and annual-report wordings, number words, tables of result and goal
    case("nb", "Kommunestyret har vedtatt at antall arbeidsledige skal reduseres med 15 prosent innen 2027.", T(kind="change", direction="down", relative="15")),
    case("nb", "Siden 2019 har antall barn i fosterhjem gått ned med 42, noe som tilsvarer en nedgang på 11 prosent.", T(kind="change", direction="down", absolute="42", relative="11", verdict="consistent")),
    case("nb", "Klimagassutslippene er siden 1990 redusert med nesten halvparten.", T(kind="change", direction="down", relative="50")),
    case("nb", "Målet om en halvering av matsvinnet innen 2030 ligger fast.", T(kind="change", direction="down", relative="50")),
    case("nb", "Antall lærlinger er mer enn doblet siden 2020.", T(kind="change", direction="up", relative="100")),
    case("nb", "Andelen økologisk mat i kommunale kjøkken skal være 60 prosent i 2025.", T(kind="level", level="60")),
    case("nb", "Ledigheten har gått ned med tre prosentpoeng til 4,2 prosent.", T(direction="down", relative="3", level="4.2")),
    case("nb", "Antall legevaktbesøk skal reduseres med femten prosent.", T(kind="change", direction="down", relative="15")),
    case("nb", "I 2024 lå sykefraværet på 5,9 prosent. Det er 0,5 prosentpoeng over målet.", T(level="5.9", relative="0.5")),
    case("nb", "Resultat 2024\t6,2 %\nMål 2025\t5,8 %", T(direction="down", baseline="6.2", level="5.8")),
    case("nb", "Utslippene skal ned med 50 000 tonn CO2 per år. Dette utgjør en reduksjon på om lag 25 prosent.", T(kind="change", direction="down", absolute="50000", relative="25")),
    case("nb", "Det skal bygges 2 000 nye boliger i perioden 2024–2030.", T(kind="change", direction="up", absolute="2000")),
    case("nb", "Kommunen vil øke grøntarealene med 20 dekar.", T(kind="change", direction="up", absolute="20")),
    case("nb", "Antall sosialhjelpsmottakere falt i 2024 med 8 prosent til 1 840 personer.", T(direction="down", relative="8", level="1840")),
    case("nb", "Ambisjonen er at andelen unge som fullfører videregående skole øker til 90 prosent i 2030.", T(direction="up", level="90")),
    case("nb", "Andelen elever som trives har økt fra 82 til 88 prosent på tre år.", T(direction="up", baseline="82", level="88")),
    case("nb", "Sykefraværet i pleie og omsorg skal ned til 6 prosent eller lavere.", T(kind="level", level="6")),
    case("nb", "Energiforbruket skal reduseres med 10 prosent i 2026 og med ytterligere 5 prosent i 2027.", T(kind="change", direction="down", relative="10"), T(kind="change", direction="down", relative="5")),
    case("nb", "Om lag 1 200 innbyggere venter på sykehjemsplass, og ventetiden er i snitt 14 uker."),
    case("nb", "Kommunen har mottatt 3,4 mill. kroner fra ordningen."),
    case("nb", "Andelen innbyggere over 80 år er 6,1 prosent av befolkningen."),
    case("nb", "Svarprosenten i undersøkelsen var 64 prosent."),
    case("nb", "Valgdeltakelsen var 71,2 prosent ved kommunevalget i 2023."),
    case("nb", "Det er i snitt 22 elever per klasse i kommunens skoler."),
    case("nb", "Loven trådte i kraft 1. juli 2023."),
    case("nb", "Les mer på side 7 og i tabell 4.3."),
    case("nb", "Husleien økte med 350 kroner i måneden for en gjennomsnittlig leilighet.", T(kind="change", direction="up", absolute="350")),
    case("nb", "Mer enn 40 prosent av de spurte innbyggerne kjenner ikke til tilbudet."),
    case("nb", "Kommunen har 14 grunnskoler og 3 spesialskoler."),
    case("nb", "Antall eldre over 80 år vil i 2035 være nesten doblet.", T(kind="change", direction="up", relative="100")),
    case("nb", "Saksbehandlingstiden er nå 38 dager mot 45 dager i fjor.", T(direction="down", baseline="45", level="38")),
    case("nb", "Det er avtalt at 25 prosent av de nye boligene skal være kommunale utleieboliger.", T(kind="level", level="25")),
    case("nb", "Tilbudet er åpent kl. 8–15 på hverdager, fem av sju dager."),
    case("nb", "Hver tiende innbygger i kommunen er født i utlandet, viser tall fra SSB."),
    case("nb", "Planen ble revidert i versjon 2.1 og godkjent i uke 12."),
    case("nb", "I 2024 hadde 312 bedrifter over 50 ansatte, og 18 prosent av dem hadde en grønn innkjøpspolitikk."),
    case("nb", "Kommunen må spare 45 mill. kr i 2026, noe som tilsvarer 1,5 prosent av driftsbudsjettet.", T(kind="change", direction="down", absolute="45000000", relative="1.5", verdict="consistent")),
    case("nb", "Målet for 2025 er en utsorteringsgrad på 55 prosent.", T(kind="level", level="55")),
    case("nb", "Antall brukere av hjemmetjenesten ventes å øke med 300 fram mot 2030, tilsvarende 20 prosent.", T(kind="change", direction="up", absolute="300", relative="20", verdict="consistent")),
    # a third round: goal follow-ups and KPI remarks, placeholders, fractions after a link, spans of years
    case("nb", "Målsetting: Antall personer på sosialhjelp reduseres med 500 fram mot 2026.", T(kind="change", direction="down", absolute="500")),
    case("nb", "Delmål 2: 80 prosent av nyankomne flyktninger er i arbeid eller utdanning etter 3 år.", T(kind="level", level="80")),
    case("nb", "Andelen elever med fravær over 10 prosent har gått ned til 14 prosent.", T(direction="down", level="14")),
    case("nb", "Utslippene var i 2022 på 312 000 tonn CO2-ekvivalenter, som er 38 prosent lavere enn i 1990.", T(direction="down", relative="38", level="312000")),
    case("nb", "Vi skal i 2026 ha 100 flere helsefagarbeidere enn i 2023.", T(kind="change", direction="up", absolute="100")),
    case("nb", "Antall sykedager per ansatt skal reduseres fra 12,4 til 10 dager.", T(direction="down", baseline="12.4", level="10", unit="day")),
    case("nb", "Antall institusjonsplasseringer reduseres fra 95 i 2023 til 80 i 2026, tilsvarende en nedgang på 16 prosent.", T(direction="down", baseline="95", level="80", relative="16", verdict="consistent")),
    case("nb", "Minst 3 av 4 innbyggere skal oppleve at de får rask hjelp.", T(kind="level", level="75", hedge="at_least")),
    case("nb", "Ventetiden for psykolog skal være maks. 8 uker.", T(kind="level", level="8", unit="week", hedge="at_most")),
    case("nb", "X prosent av innbyggerne skal være fornøyde med saksbehandlingen.", T(kind="level", verdict="unresolved")),
    case("nb", "Omtrent hver fjerde elev skal velge yrkesfag i 2030.", T(kind="level", level="25")),
    case("nb", "Utslippene fra transport skal reduseres med 50 000 tonn innen 2030 – tilsvarende en tredjedel.", T(kind="change", direction="down", absolute="50000", relative="100/3")),
    case("nb", "Ledigheten er halvert på ti år og ligger nå på 2,8 prosent.", T(direction="down", relative="50", level="2.8")),
    case("nb", "Det skal plantes 10 000 trær i året.", T(kind="level", level="10000")),
    case("nb", "Vi har redusert sykefraværet fra 7,8 til 6,9 prosent, men målet på 6,0 prosent er ikke nådd.", T(direction="down", baseline="7.8", level="6.9"), T(kind="level", level="6")),
    case("nb", "Antall elbiler i kommunen økte med 1 450 i fjor, en økning på 38 prosent.", T(kind="change", direction="up", absolute="1450", relative="38", verdict="consistent")),
    case("nb", "Tabell 3: Utvikling i sykefravær 2019–2024 (prosent)"),
    case("nb", "Kilde: SSB, tabell 13470, 2024."),
    case("nb", "Kommunen har siden 2019 investert 240 mill. kr i klimatiltak."),
    case("nb", "Jf. avtalen av 22. juni 2023 mellom regjeringen og KS."),
    case("nb", "Svartiden på sentralbordet var i snitt 3 minutter og 40 sekunder."),
    case("nb", "Det ble gjennomført 1 245 hjemmebesøk hos innbyggere over 75 år."),
    case("nb", "Arkivsak 24/12345, løpenr. 2345/24"),
    case("nb", "Overføringer fra 2024 til 2025 utgjør 12,3 mill. kr."),
    case("nb", "Innbyggerpanelet besto av 1 018 deltakere i alderen 18–85 år."),
    case("nb", "Tallene gjelder perioden 1. januar–30. juni 2024."),
    case("nb", "De 20 prosent mest utsatte innbyggerne står for 80 prosent av utgiftene."),
    # a fourth round: parliamentary answers, multi-column KPI tables, headed lists, a level reached 'now'
    case("nb", "Regjeringen har som mål at minst 25 000 flere personer er i arbeid i 2030.", T(kind="change", direction="up", absolute="25000")),
    case("nb", "Som det fremgår av tabell 2, har ventetiden gått ned fra 34 til 21 dager.", T(direction="down", baseline="34", level="21", unit="day")),
    case("nb", "Statsråden opplyser at antall behandlede saker økte med 9 prosent fra 2022 til 2023.", T(kind="change", direction="up", relative="9")),
    case("nb", "Indikator\tBaseline 2022\tResultat 2024\tMål 2026\nFornøyde brukere\t78 %\t81 %\t85 %", T(direction="up", baseline="78", level="85")),
    case("nb", "Hovedmål 2: Fravær\n- Elevfraværet skal under 5 prosent\n- Antall elever med over 10 prosent fravær skal halveres", T(kind="level", level="5", hedge="below"), T(kind="change", direction="down", relative="50")),
    case("nb", "Effektmål: 60 prosent av innbyggerne i rehabilitering klarer seg uten hjelp etter 12 uker.", T(kind="level", level="60")),
    case("nb", "Klimagassutslippene skal reduseres med 70 prosent i 2030 ift. 1990.", T(kind="change", direction="down", relative="70")),
    case("nb", "Vi vil redusere andelen matavfall i restavfallet fra ca. 40 prosent til høyst 20 prosent.", T(direction="down", baseline="40", level="20", hedge="at_most")),
    case("nb", "Ledigheten blant innvandrere er redusert med 2,1 prosentpoeng og utgjør nå 7,9 prosent.", T(direction="down", relative="2.1", level="7.9")),
    case("nb", "Det er satt av 350 mill. kroner for å redusere ventelistene med 30 prosent.", T(kind="change", direction="down", relative="30")),
    case("nb", "Kommunen har 4 mål for trivsel, og alle fire ble nådd i 2024."),
    case("nb", "Spørsmål nr. 412 til skriftlig besvarelse fra Ida Hansen (SV), datert 3. mars 2024."),
    case("nb", "Svaret ble sendt komiteen 14.03.2024 kl. 10.15."),
    case("nb", "Det er 357 kommuner og 15 fylker i Norge."),
    case("nb", "Av de 1 400 søknadene ble 1 150 innvilget."),
    case("nb", "Gjennomsnittsalderen blant de ansatte er 47 år."),
    case("nb", "Avtalen inngås for en 4-årsperiode med mulighet for forlengelse i 2 år."),
    case("nb", "Ifølge framskrivingen vil det i 2035 være 2 300 flere eldre over 80 år enn i dag.", T(kind="change", direction="up", absolute="2300")),
    # a fifth round: news quotes, OCR damage (lost letters, glued units), results of elections
    case("nb", "– Vi skal ned på 4 prosent ledighet innen 2027, sier ordføreren.", T(direction="down", level="4")),
    case("nb", "Antall bostedslose skal reduseres med 120 personer, tilsvarende en nedgang pa 15 prosent.", T(kind="change", direction="down", absolute="120", relative="15", verdict="consistent")),
    case("nb", "Utgiftene skal reduseres med 2,5 mill.kr i 2026.", T(kind="change", direction="down", absolute="2500000")),
    case("nb", "Ledigheten skal ned med 0,5 %-poeng i 2026.", T(kind="change", direction="down", relative="0.5", unit="percentage_point")),
    case("nb", "Antall personer i arbeidsavklaring skal reduseres med\n200 personer, tilsvarende 10 prosent.", T(kind="change", direction="down", absolute="200", relative="10", verdict="consistent")),
    case("nb", "Ifølge avisen har antall innbrudd i kommunen gått ned med 14 prosent på ett år.", T(kind="change", direction="down", relative="14")),
    case("nb", "Målet om 1 000 nye leiligheter innen 2028 ligger fast, opplyser byrådsleder.", T(kind="change", direction="up", absolute="1000")),
    case("nb", "Sykefraværet skal reduseres med 1 prosentpoeng – fra 6,5 til 5,5 prosent.", T(direction="down", relative="1", baseline="6.5", level="5.5", verdict="consistent")),
    case("nb", "Over halvparten av de ledige er over 50 år, forteller NAV-lederen."),
    case("nb", "Ordføreren ble gjenvalgt med 52 prosent av stemmene."),
    case("nb", "Artikkelen ble oppdatert 14.03.2024 kl. 08:12."),
    case("nb", "Av de 24 kommunene i fylket har 17 vedtatt en klimaplan."),
    case("nb", "Kommunestyret består av 31 medlemmer."),
    case("nb", "Andelen heltidsansatte skal opp til 55 prosent innen 2030.", T(direction="up", level="55", hedge=None)),
    case("nb", "Kommunen gir inntil 50 prosent tilskudd til enøk-tiltak."),
    # a sixth round: rates per year and per resident, ages inside targets, zero targets, a level and its change in people
    case("nb", "Utslippene per innbygger skal ned fra 6,2 til 4 tonn CO2 per år.", T(direction="down", baseline="6.2", level="4")),
    case("nb", "Antall unge under 25 år på sosialhjelp skal reduseres med 25 prosent sammenlignet med 2019-nivået.", T(kind="change", direction="down", relative="25")),
    case("nb", "Energiforbruket skal gå ned med 2 prosent i året fram til 2030.", T(kind="change", direction="down", relative="2")),
    case("nb", "Hvert år skal 50 flere innbyggere over 65 år få tilbud om trening.", T(kind="change", direction="up", absolute="50")),
    case("nb", "Målet er null skader med fravær på kommunens arbeidsplasser.", T(kind="level", level="0")),
    case("nb", "Kommunen har i 2024 ansatt 35 nye barnehagelærere, som er 12 flere enn året før.", T(direction="up", absolute="12", level="35")),
    case("nb", "Alle elever på 1. trinn kartlegges innen utgangen av januar."),
    case("nb", "Mer enn 3 000 innbyggere deltok i høringen, som ble avsluttet 1. mars."),
]
# fmt: on

# A from-to whose start carries its noun or when it was measured ("from 84 people in autumn 2022 to 61"),
# in every language; and the look-alikes: a count and a share, two units.
FROM_TO_BETWEEN = [
    case(
        "en",
        "Rough sleeping fell from 84 people in autumn 2022 to 61 in autumn 2024, a reduction of 27%.",
        T(kind="change", direction="down", baseline="84", level="61", relative="27", verdict="consistent"),
    ),
    case(
        "en",
        "The waiting list grew from 1,450 families to 1,720 over the year, a rise of 30%.",
        T(
            kind="change",
            direction="up",
            baseline="1450",
            level="1720",
            relative="30",
            verdict="inconsistent",
        ),
    ),
    case(
        "en",
        "Missed bin collections went down from 310 in March 2023 to 240 in March 2024.",
        T(kind="change", direction="down", baseline="310", level="240"),
    ),
    case("en", "We moved from 3 schools to 20% of pupils in the scheme.", T(kind="level", level="20")),
    case(
        "da",
        "Antallet af hjemløse faldt fra 84 personer i efteråret 2022 til 61 i efteråret 2024, et fald på 27 pct.",
        T(kind="change", direction="down", baseline="84", level="61", relative="27", verdict="consistent"),
    ),
    case(
        "da",
        "Ventelisten voksede fra 1.450 familier i 2023 til 1.720 familier i 2024.",
        T(kind="change", direction="up", baseline="1450", level="1720"),
    ),
    case(
        "da",
        "Antallet af klager skal ned fra 310 sager i foråret 2024 til 200, et fald på 35 pct.",
        T(kind="change", direction="down", baseline="310", level="200", relative="35", verdict="consistent"),
    ),
    case("da", "Vi gik fra 3 skoler til 20 pct. af eleverne i ordningen.", T(kind="level", level="20")),
    case(
        "sv",
        "Hemlösheten minskade från 84 personer hösten 2022 till 61 hösten 2024, en minskning med 27 procent.",
        T(kind="change", direction="down", baseline="84", level="61", relative="27", verdict="consistent"),
    ),
    case(
        "sv",
        "Antalet ärenden ökade från 1 450 ärenden i mars 2023 till 1 720 i mars 2024.",
        T(kind="change", direction="up", baseline="1450", level="1720"),
    ),
    case(
        "sv",
        "Kön ska kortas från 310 barn våren 2025 till 200 barn.",
        T(kind="change", direction="down", baseline="310", level="200"),
    ),
    case(
        "nb",
        "Bostedsløsheten gikk ned fra 84 personer høsten 2022 til 61 høsten 2024, en nedgang på 27 prosent.",
        T(kind="change", direction="down", baseline="84", level="61", relative="27", verdict="consistent"),
    ),
    case(
        "nb",
        "Ventelisten økte fra 1 450 familier i 2023 til 1 720 familier i 2024, en økning på 25 prosent.",
        T(
            kind="change",
            direction="up",
            baseline="1450",
            level="1720",
            relative="25",
            verdict="inconsistent",
        ),
    ),
    case(
        "nb",
        "Antall klager skal ned fra 310 saker våren 2024 til 200.",
        T(kind="change", direction="down", baseline="310", level="200"),
    ),
    case("nb", "Vi gikk fra 3 skoler til 20 prosent av elevene i ordningen.", T(kind="level", level="20")),
    # a count, when it was counted, then its change: what it counts is named before it, not by the month
    case(
        "sv",
        "Antalet hushåll med försörjningsstöd var 1 240 i december 2024, vilket är 8 procent färre än ett år tidigare.",
        T(
            kind="level",
            direction="down",
            level="1240",
            relative="8",
            indicator="Antalet hushåll med försörjningsstöd",
        ),
    ),
    case(
        "da",
        "Antallet af husstande på kontanthjælp var 1.240 i 2024, hvilket er 8 pct. færre end året før.",
        T(
            kind="level",
            direction="down",
            level="1240",
            relative="8",
            indicator="Antallet af husstande på kontanthjælp",
        ),
    ),
    case(
        "nb",
        "Antall husholdninger med sosialhjelp var 1 240 i desember 2024, noe som er 8 prosent færre enn året før.",
        T(
            kind="level",
            direction="down",
            level="1240",
            relative="8",
            indicator="Antall husholdninger med sosialhjelp",
        ),
    ),
    case(
        "en",
        "The number of households on benefits was 1,240 in autumn 2024, which is 8% fewer than a year earlier.",
        T(
            kind="level",
            direction="down",
            level="1240",
            relative="8",
            indicator="number of households on benefits",
        ),
    ),
]
# KPI lines of status reports: where the indicator stands, then its target right after it; and look-alikes.
KPI_LINES = [
    case(
        "sv",
        "Andelen nöjda brukare blev 84 procent (mål 90 procent).",
        T(kind="change", direction="up", baseline="84", level="90", indicator="Andelen nöjda brukare"),
    ),
    case(
        "da",
        "Andelen af tilfredse brugere blev 84 pct. (mål: 90 pct.).",
        T(kind="change", direction="up", baseline="84", level="90", indicator="Andelen af tilfredse brugere"),
    ),
    case(
        "nb",
        "Andelen fornøyde brukere ble 84 prosent (mål 90 prosent).",
        T(kind="change", direction="up", baseline="84", level="90", indicator="Andelen fornøyde brukere"),
    ),
    case(
        "en",
        "Sickness absence fell to 4.6%, still above our 4% target.",
        T(kind="change", direction="down", baseline="4.6", level="4"),
    ),
    case(
        "en",
        "Only 68% of repairs were completed on time, well short of the 90% target.",
        T(kind="change", direction="up", baseline="68", level="90"),
    ),
    case("en", "The council adopted a 65% recycling target in 2023.", T(kind="level", level="65")),
    case("en", "Recycling rose by 3% against target.", T(kind="change", direction="up", relative="3")),
    case(
        "en",
        "Household waste recycled, year to date: 46.2% (target 50%).",
        T(
            kind="change",
            direction="up",
            baseline="46.2",
            level="50",
            indicator="Household waste recycled, year to date",
        ),
    ),
    case(
        "en",
        "Calls answered within 60 seconds 78%, target 85%.",
        T(kind="change", direction="up", baseline="78", level="85"),
    ),
    case(
        "en",
        "Calls answered within 60 seconds: 78% (last year 74%).",
    ),
    case(
        "da",
        "Borgere i job efter endt forløb: 41 pct. (mål: 45 pct.)",
        T(kind="change", direction="up", baseline="41", level="45"),
    ),
    case(
        "da",
        "Genanvendelse af husholdningsaffald 2024: 47 pct. (målsætning 55 pct.)",
        T(kind="change", direction="up", baseline="47", level="55"),
    ),
    case(
        "da",
        "Borgere i job efter endt forløb: 41 pct. (2023: 38 pct.)",
    ),
    case(
        "sv",
        "Andel nöjda brukare i hemtjänsten: 86 procent (mål 90 procent).",
        T(kind="change", direction="up", baseline="86", level="90"),
    ),
    case(
        "sv",
        "Sjukfrånvaro bland medarbetarna 7,2 procent, målvärde 6 procent.",
        T(kind="change", direction="down", baseline="7.2", level="6"),
    ),
    case(
        "nb",
        "Andel elever som fullfører videregående: 81 prosent (mål 85 prosent).",
        T(kind="change", direction="up", baseline="81", level="85"),
    ),
    case(
        "nb",
        "Sykefravær i helse og omsorg 9,1 prosent, mål 7,5 prosent.",
        T(kind="change", direction="down", baseline="9.1", level="7.5"),
    ),
    case(
        "nb",
        "Andel elever som fullfører videregående: 81 prosent (landet 80 prosent).",
    ),
]
# A count reached, then the change that led to it after a comma or "up"/"down"; a count of new things in a
# sentence that reports its change is how many there were, not a change.
COUNT_LEVELS = [
    case(
        "en",
        "In 2023/24, reported burglaries fell by 9% to 2,310.",
        T(kind="change", direction="down", relative="9", level="2310", indicator="reported burglaries"),
    ),
    case(
        "da",
        "I 2023/24 faldt antallet af anmeldte indbrud med 9 pct. til 2.310.",
        T(kind="change", direction="down", relative="9", level="2310"),
    ),
    case(
        "da",
        "I alt blev der registreret 2.310 indbrud i kommunen, 9 pct. færre end året før.",
        T(kind="level", direction="down", level="2310", relative="9", verdict="consistent"),
    ),
    case(
        "da",
        "Der blev registreret 2.310 indbrud, og 9 pct. færre borgere meldte tyveri.",  # not the count's
        T(kind="change", direction="down", relative="9"),
    ),
    case(
        "en",
        "Police recorded 2,310 burglaries in the borough, 9% fewer than the year before.",
        T(kind="level", direction="down", level="2310", relative="9", verdict="consistent"),
    ),
    case(
        "sv",
        "Polisen registrerade 2 310 inbrott i kommunen, 9 procent färre än året innan.",
        T(kind="level", direction="down", level="2310", relative="9", verdict="consistent"),
    ),
    case(
        "nb",
        "Politiet registrerte 2 310 innbrudd i kommunen, 9 prosent færre enn året før.",
        T(kind="level", direction="down", level="2310", relative="9", verdict="consistent"),
    ),
    case(
        "en",
        "The number of households in temporary accommodation rose to 1,450 at the end of June, an increase of 12% on a year earlier.",
        T(kind="level", direction="up", level="1450", relative="12"),
    ),
    case(
        "en",
        "Reported fly-tipping incidents fell to 2,310, a fall of 8% on 2023/24.",
        T(kind="level", direction="down", level="2310", relative="8"),
    ),
    case(
        "en",
        "In 2024, 1,450 new homes were completed across the borough, down 6% on the year before.",
        T(kind="level", direction="down", level="1450", relative="6"),
    ),
    case(
        "en",
        "We will build 1,450 new homes. This is an increase of 18%.",
        T(kind="change", direction="up", absolute="1450", relative="18"),
    ),
    case(
        "da",
        "Antallet af børn i familiepleje steg til 410 ved årets udgang, en stigning på 7 pct.",
        T(kind="level", direction="up", level="410", relative="7"),
    ),
    case(
        "da",
        "I 2024 blev der opført 1.450 nye boliger i kommunen, ned 6 pct. i forhold til året før.",
        T(kind="level", direction="down", level="1450", relative="6"),
    ),
    case(
        "da",
        "Vi vil opføre 1.450 nye boliger. Det svarer til en stigning på 18 pct.",
        T(kind="change", direction="up", absolute="1450", relative="18"),
    ),
    case(
        "sv",
        "Antalet barn i familjehem ökade till 410 vid årets slut, en ökning med 7 procent.",
        T(kind="level", direction="up", level="410", relative="7"),
    ),
    case(
        "sv",
        "Under 2024 registrerades 820 nya företag i kommunen, upp 9 procent från 2023.",
        T(kind="level", direction="up", level="820", relative="9"),
    ),
    case(
        "nb",
        "Antall barn i fosterhjem økte til 410 ved utgangen av året, en økning på 7 prosent.",
        T(kind="level", direction="up", level="410", relative="7"),
    ),
    case(
        "nb",
        "Det ble ferdigstilt 1 450 nye boliger i kommunen i 2024, ned 6 prosent fra året før.",
        T(kind="level", direction="down", level="1450", relative="6"),
    ),
    case(
        "nb",
        "Vi skal bygge 1 450 nye boliger innen 2028, og klimagassutslippene skal ned med 20 prosent.",
        T(kind="change", direction="up", absolute="1450"),
        T(kind="change", direction="down", relative="20"),
    ),
]
# A count aimed at after a target noun ("målet om 100.000 træer", "The target is 100,000 trees"); a count
# with "more"/"flere" after it stays a change; and look-alikes.
TARGET_COUNTS = [
    case(
        "en",
        "The number of residents will reach 17,000 by 2030.",
        T(kind="level", level="17000", indicator="number of residents"),
    ),
    case("en", "The population reached 16,500 last year."),
    case(
        "da",
        "Indbyggertallet skal nå 17.000 i 2030.",
        T(kind="level", level="17000", indicator="Indbyggertallet"),
    ),
    case("da", "Indbyggertallet nåede 16.500 sidste år."),
    case("sv", "Antalet invånare ska nå 17 000 år 2030.", T(kind="level", level="17000")),
    case("nb", "Innbyggertallet skal nå 17 000 i 2030.", T(kind="level", level="17000")),
    case(
        "da",
        "Målet om 100.000 nye træer frem mod 2030 fastholdes.",
        T(kind="change", direction="up", absolute="100000"),
    ),
    case("da", "Kommunen har et mål om 40.000 træer i 2030.", T(kind="level", level="40000")),
    case("da", "Målet er 1.200 elever i sommerskolen i 2026.", T(kind="level", level="1200")),
    case(
        "da", "Vi har et mål om 500 flere almene boliger.", T(kind="change", direction="up", absolute="500")
    ),
    case("da", "Målet om klimaneutralitet i 2030 står fast."),
    case("en", "The target is 40,000 trees by 2030.", T(kind="level", level="40000", indicator="trees")),
    case(
        "en",
        "We have set a target of 500 more homes for older people.",
        T(kind="change", direction="up", absolute="500"),
    ),
    case("en", "The target for 2030 is net zero."),
    case("sv", "Kommunen har ett mål om 40 000 träd till 2030.", T(kind="level", level="40000")),
    case("sv", "Målet är 1 200 elever i sommarskolan 2026.", T(kind="level", level="1200")),
    case("sv", "Målet om klimatneutralitet 2030 ligger fast."),
    case("nb", "Kommunen har et mål om 40 000 trær innen 2030.", T(kind="level", level="40000")),
    case("nb", "Målet er 1 200 elever på sommerskolen i 2026.", T(kind="level", level="1200")),
    case(
        "nb",
        "Vi har et mål om 500 flere kommunale boliger.",
        T(kind="change", direction="up", absolute="500"),
    ),
]
# a count right after a verb of making ("plant", "byggas", "plantes") in a statement of intent is a level to
# reach; the same count in a report of what was done, or with a count adjective ("new"), is not
MAKING_COUNTS = [
    case(
        "en",
        "We will plant 100,000 trees across the borough by 2030.",
        T(kind="level", level="100000", indicator="trees across the borough"),
    ),
    case(
        "en",
        "The council will build 1,200 affordable homes over the plan period.",
        T(kind="level", level="1200"),
    ),
    case("en", "Our aim is to insulate 2,500 council homes by March 2028.", T(kind="level", level="2500")),
    case("en", "We will install 350 electric vehicle charging points by 2027.", T(kind="level", level="350")),
    case("en", "We will build 1,450 new homes by 2028.", T(kind="change", direction="up", absolute="1450")),
    case("en", "We planted 3,000 trees last year."),
    case("en", "The council built 212 homes in 2024."),
    case("en", "Volunteers will plant trees in 12 parks this winter."),
    case("sv", "Kommunen ska plantera 5 000 träd till 2030.", T(kind="level", level="5000")),
    case("sv", "Det ska byggas 400 bostäder per år under perioden.", T(kind="level", level="400")),
    case("sv", "Det byggdes 212 bostäder under 2024."),
    case("sv", "Kommunen planterade 1 800 träd förra året."),
    case("da", "Kommunen skal opføre 600 almene boliger frem mod 2030.", T(kind="level", level="600")),
    case("da", "Der blev plantet 4.000 træer i 2024."),
    case("nb", "Kommunen skal bygge 250 omsorgsboliger innen 2030.", T(kind="level", level="250")),
    case("nb", "Det ble bygget 180 boliger i fjor."),
]
# a change of another subject after "and"/"och"/"og" in one sentence is a target of its own, not the percent of
# the count change before it; a link ("equivalent to", "vilket motsvarar") still pairs them
AND_ANOTHER_SUBJECT = [
    case(
        "en",
        "The number of apprentices will rise by 40 and the employment rate will increase by 3%.",
        T(
            kind="change",
            direction="up",
            absolute="40",
            indicator="number of apprentices",
            verdict="unverifiable",
        ),
        T(kind="change", direction="up", relative="3", indicator="employment rate"),
    ),
    case(
        "en",
        "We will deliver 300 more school places by 2027, and the share of pupils walking to school will rise by 5%.",
        T(kind="change", direction="up", absolute="300"),
        T(kind="change", direction="up", relative="5", indicator="share of pupils walking to school"),
    ),
    case(
        "en",
        "The number of apprentices should rise by 80, equivalent to an increase of 10%.",
        T(kind="change", direction="up", absolute="80", relative="10", verdict="consistent"),
    ),
    case(
        "sv",
        "Antalet lärlingar ska öka med 40, och andelen som går vidare till arbete ska öka med 5 procent.",
        T(kind="change", direction="up", absolute="40", indicator="Antalet lärlingar"),
        T(kind="change", direction="up", relative="5", indicator="andelen som går vidare till arbete"),
    ),
    case(
        "sv",
        "Antalet platser i förskolan ska öka med 60 och andelen barn i stora barngrupper ska minska med 10 procent.",
        T(kind="change", direction="up", absolute="60"),
        T(kind="change", direction="down", relative="10"),
    ),
    case(
        "sv",
        "Antalet platser ska öka med 60, vilket motsvarar en ökning med 12 procent.",
        T(kind="change", direction="up", absolute="60", relative="12"),
    ),
    case(
        "da",
        "Antallet af lærlinge skal øges med 40, og andelen i job skal øges med 5 pct.",
        T(kind="change", direction="up", absolute="40"),
        T(kind="change", direction="up", relative="5", indicator="andelen i job"),
    ),
    case(
        "nb",
        "Antallet lærlinger skal økes med 40, og andelen i arbeid skal økes med 5 prosent.",
        T(kind="change", direction="up", absolute="40"),
        T(kind="change", direction="up", relative="5", indicator="andelen i arbeid"),
    ),
    case(
        "en",
        "Between 2019 and 2024 emissions fell by 30%.",
        T(kind="change", direction="down", relative="30"),
    ),
    case(
        "en",
        "The number of apprentices should rise by 80, and this will be an increase of 10%.",
        T(kind="change", direction="up", absolute="80", relative="10", verdict="consistent"),
    ),
    case(
        "da",
        "Antallet af lærlinge skal øges med 80, og det svarer til en stigning på 10 pct.",
        T(kind="change", direction="up", absolute="80", relative="10", verdict="consistent"),
    ),
    case(
        "sv",
        "Antalet lärlingar ska öka med 80, och det motsvarar en ökning med 10 procent.",
        T(kind="change", direction="up", absolute="80", relative="10", verdict="consistent"),
    ),
    case(
        "nb",
        "Kommunen skal ha 300 flere lærlinger, og det tilsvarer en økning på 25 prosent.",
        T(kind="change", direction="up", absolute="300", relative="25", verdict="consistent"),
    ),
    case(
        "sv",
        "Vi ska bygga 1 450 nya bostäder till 2028, och utsläppen ska minska med 20 procent.",
        T(kind="change", direction="up", absolute="1450"),
        T(kind="change", direction="down", relative="20", indicator="utsläppen"),
    ),
    case(
        "da",
        "Vi skal bygge 1.450 nye boliger inden 2028, og udledningen skal ned med 20 pct.",
        T(kind="change", direction="up", absolute="1450"),
        T(kind="change", direction="down", relative="20"),
    ),
]
# a hundredth of the money unit ("pence", "öre", "øre") is that share of a pound or krone, so a change in it and
# a level in pounds or kroner are one target; a price stated as a fact is none
MONEY_SUBUNITS = [
    case(
        "en",
        "Bus fares will rise by 20 pence to £2.20 from April.",
        T(direction="up", absolute="0.2", level="2.2", verdict="consistent"),
    ),
    case(
        "en",
        "Bus fares will rise by 30 pence to £2.20 from April.",
        T(direction="up", absolute="0.3", level="2.2", verdict="consistent"),
    ),
    case("en", "A pint of milk cost 89 pence in 2024."),
    case(
        "sv",
        "Kommunalskatten höjs med 35 öre till 22,49 kronor.",
        T(direction="up", absolute="0.35", level="22.49", verdict="consistent"),
    ),
    case(
        "sv",
        "Priset för ett busskort ska sänkas med 50 öre till 25 kronor.",
        T(direction="down", absolute="0.5", level="25", verdict="consistent"),
    ),
    case("sv", "Taxan höjs med 50 öre per kubikmeter.", T(direction="up", absolute="0.5", unit="kr")),
    case("sv", "En kopp kaffe kostade 95 öre år 1975."),
    case(
        "da",
        "Prisen skal sættes ned med 50 øre til 12 kroner.",
        T(direction="down", absolute="0.5", level="12", verdict="consistent"),
    ),
    case(
        "nb",
        "Prisen skal økes med 50 øre til 12 kroner.",
        T(direction="up", absolute="0.5", level="12", verdict="consistent"),
    ),
]
# a clause after a conjunction with a figure of its own states its own year: the year there is not the year of
# the change before it; a clause that opens with its figure shares the verb and the year
CLAUSE_YEARS = [
    case(
        "sv",
        "Antalet invånare ökade med 240 personer till 16 512 och målet om 17 000 invånare år 2030 ligger fast.",
        T(direction="up", absolute="240", level="16512", year=None),
        T(kind="level", level="17000", year=2030),
    ),
    case(
        "da",
        "Det var i 2011, hvor der blev konstateret et fald på 3,8 procent og i 2016, hvor reduktionen blev målt til 2,2 procent.",
        T(direction="down", relative="3.8", year=2011),
        T(relative="2.2", year=2016),
    ),
    case(
        "en",
        "Waiting times fell by 14% to 8,340 and since 2019 the list has fallen by 7,000 from 15,300.",
        T(direction="down", relative="14", level="8340", year=None),
        T(direction="down", absolute="7000", baseline="15300"),
    ),
    case(
        "en",
        "Emissions should fall by 40% by 2030 and by 70% by 2040.",
        T(direction="down", relative="40", year=2030),
        T(direction="down", relative="70", year=2040),
    ),
    case(
        "da",
        "Udledningen faldt med 27 pct. i industrien og 30 pct. på tværs af brancher fra 2008 til 2018.",
        T(direction="down", relative="27", year=2018),
        # the second percent, joined by "og", is a change the same way (engine.coordinated-change, findings15)
        T(direction="down", relative="30", year=2018),
    ),
    case(
        "en",
        "The number of homes will rise by 500 between 2025 and 2030.",
        T(direction="up", absolute="500", year=2030),
    ),
]
# a share aimed at after a rate noun and "of" ("aims for a recycling rate of 60%"), after "aim for", or after
# "på" in a sentence that aims ("siktar på en återvinningsgrad på 60 procent"); the same share stated as what
# was, or with a direction word (a change), is no level aimed at
AIMED_RATES = [
    case("en", "We will aim for 60% by 2030.", T(kind="level", level="60", unit="percent")),
    case("en", "The council aims for a recycling rate of 60% by 2030.", T(kind="level", level="60")),
    case("en", "We are aiming for a recycling rate of 65% by 2035.", T(kind="level", level="65")),
    case("en", "We aim to achieve a recycling rate of 60% by 2030.", T(kind="level", level="60")),
    case("en", "In 2023 the council had a recycling rate of 44%, short of its aim."),
    case("en", "The council reported a recycling rate of 44% for 2023."),
    case(
        "en",
        "We aim to raise the recycling rate by 5% by 2030.",
        T(kind="change", direction="up", relative="5"),
    ),
    case(
        "sv", "Kommunen siktar på en återvinningsgrad på 60 procent till 2030.", T(kind="level", level="60")
    ),
    case(
        "sv",
        "Regionen strävar efter en andel förnybar energi på 80 procent år 2035.",
        T(kind="level", level="80"),
    ),
    case("sv", "Återvinningsgraden var 44 procent på landsbygden, trots att kommunen siktar högre."),
    case("da", "Kommunen sigter mod en genanvendelse på 60 pct. i 2030.", T(kind="level", level="60")),
    case("da", "Genanvendelsen var 44 pct. på landet, selv om kommunen sigter højere."),
    case("nb", "Kommunen sikter mot en gjenvinningsgrad på 60 prosent i 2030.", T(kind="level", level="60")),
    case("nb", "Gjenvinningsgraden var 44 prosent på landsbygda, selv om kommunen sikter høyere."),
]
# a change in people with the level it led to, then the same change in percent after a change noun ("rose by
# 4,000 to 38,500 over the year, an increase of 12%"): one target the numbers can check; a percent of another
# subject, or in the next sentence, stays apart
CHANGE_TO_LEVEL_PERCENT = [
    case(
        "en",
        "Waiting lists rose by 4,000 to 38,500 over the year, an increase of 12%.",
        T(kind="change", direction="up", absolute="4000", relative="12", level="38500", verdict="consistent"),
    ),
    case(
        "en",
        "The number of rough sleepers fell by 30 to 90, a fall of 40%.",
        T(kind="change", direction="down", absolute="30", relative="40", level="90", verdict="inconsistent"),
    ),
    case(
        "en",
        "Waiting lists rose by 4,000 to 38,500 and the share seen within 18 weeks will rise by 12%.",
        T(absolute="4000", level="38500"),
        T(relative="12", indicator="share seen within 18 weeks"),
    ),
    case(
        "en",
        "Waiting lists rose by 4,000 to 38,500 over the year. Staff absence rose by 12%.",
        T(absolute="4000", level="38500"),
        T(relative="12"),
    ),
    case(
        "sv",
        "Antalet hemlösa minskade med 30 till 90, en minskning med 25 procent.",
        T(kind="change", direction="down", absolute="30", relative="25", level="90", verdict="consistent"),
    ),
    case(
        "sv",
        "Kön till förskolan ökade med 40 barn till 380 under året, en ökning med 12 procent.",
        T(kind="change", direction="up", absolute="40", relative="12", level="380", verdict="consistent"),
    ),
    case(
        "da",
        "Antallet af hjemløse faldt med 30 til 90, et fald på 40 pct.",
        T(kind="change", direction="down", absolute="30", relative="40", level="90", verdict="inconsistent"),
    ),
    case(
        "nb",
        "Ventelisten økte med 40 til 380 i løpet av året, en økning på 12 prosent.",
        T(kind="change", direction="up", absolute="40", relative="12", level="380", verdict="consistent"),
    ),
]
# an outcome, then "against a (national) target of" / "mot ett (nationellt) mål på" and the share aimed at: where
# the indicator stands and the level aimed at, one target; a target in the next sentence stays apart
OUTCOME_AGAINST_TARGET_OF = [
    case(
        "en",
        "The trust's cancer 62-day performance was 68.2% against a national target of 85%.",
        T(kind="change", direction="up", baseline="68.2", level="85"),
    ),
    case(
        "en",
        "Recycling reached 44.1% in 2023. The council has set a target of 50% for 2030.",
        T(kind="level", level="50", year=2030),
    ),
    case(
        "sv",
        "Andelen patienter som fick vård inom 90 dagar var 68,2 procent mot ett nationellt mål på 85 procent.",
        T(kind="change", direction="up", baseline="68.2", level="85"),
    ),
    case(
        "sv",
        "Sjukfrånvaron blev 6,1 procent mot ett mål på 5,8 procent.",
        T(kind="change", direction="down", baseline="6.1", level="5.8"),
    ),
    case("sv", "Sjukfrånvaron blev 6,1 procent. Målet är 5,8 procent.", T(kind="level", level="5.8")),
    case(
        "da",
        "Andelen patienter behandlet inden for 30 dage var 68,2 pct. mod et nationalt mål på 85 pct.",
        T(kind="change", direction="up", baseline="68.2", level="85"),
    ),
]
# Where a share stands, then the next sentence aims it at a level by a pronoun ("det", "it", "den"): one
# target from where it stands; and the look-alikes.
STANDS_THEN_AIM = [
    case(
        "da",
        "Andelen af borgere over 80 år med hjemmehjælp skal være under 25 pct. (2024: 27,3 pct.).",
        T(kind="change", direction="down", baseline="27.3", level="25"),
    ),
    case(
        "en",
        "The share of over-80s receiving home care should be below 25% (2024: 27.3%).",
        T(kind="change", direction="down", baseline="27.3", level="25"),
    ),
    case(
        "da",
        "Genindlæggelser inden for 30 dage skal reduceres med 10 pct. i forhold til 2023-niveauet på 1.240.",
        T(kind="change", direction="down", relative="10", baseline="1240"),
    ),
    case(
        "sv",
        "Återinskrivningarna ska minska med 10 procent jämfört med 2023 års nivå på 1 240.",
        T(kind="change", direction="down", relative="10", baseline="1240"),
    ),
    case(
        "nb",
        "Reinnleggelsene skal ned med 10 prosent sammenlignet med 2023-nivået på 1 240.",
        T(kind="change", direction="down", relative="10", baseline="1240"),
    ),
    case(
        "nb",
        "Reinnleggelsene skal reduseres med 10 prosent sammenlignet med 2023-nivået på 1 240.",
        T(kind="change", direction="down", relative="10", baseline="1240"),
    ),
    case("sv", "Andelen ska öka till en nivå på 55 procent.", T(kind="level", direction="up", level="55")),
    case(
        "da",
        "I 2027 skal mindst 80 pct. af eleverne i 4.-6. klasse kunne svømme 200 meter. Niveauet i skoleåret 2023/24 var 71 pct.",
        T(kind="change", direction="up", baseline="71", level="80"),
    ),
    case(
        "da",
        "I 2027 skal mindst 80 pct. af eleverne kunne svømme 200 meter. Fraværet i skoleåret 2023/24 var 7 pct.",
        T(kind="level", level="80"),
    ),
    case(
        "en",
        "By 2027, 80% of year 6 pupils should be able to swim 25 metres. The figure for 2023/24 was 71%.",
        T(kind="change", direction="up", baseline="71", level="80"),
    ),
    case(
        "sv",
        "År 2027 ska minst 80 procent av eleverna i årskurs 6 kunna simma 200 meter. Andelen läsåret 2023/24 var 71 procent.",
        T(kind="change", direction="up", baseline="71", level="80"),
    ),
    case(
        "nb",
        "I 2027 skal minst 80 prosent av elevene på 6. trinn kunne svømme 200 meter. Andelen i skoleåret 2023/24 var 71 prosent.",
        T(kind="change", direction="up", baseline="71", level="80"),
    ),
    case(
        "da",
        "Ledigheden blandt unge var 7,4 pct. i 2024. Byrådet vil nedbringe den til 5 pct. i 2028.",
        T(kind="change", direction="down", baseline="7.4", level="5", indicator="Ledigheden blandt unge"),
    ),
    case(
        "da",
        "Ledigheden blandt unge var 7,4 pct. i 2024. Byrådet vil nedbringe sygefraværet til 5 pct. i 2028.",
        T(kind="level", direction="down", level="5"),
    ),
    case(
        "en",
        "The employment rate among disabled residents is 52%. We will raise it to 60% by 2030.",
        T(kind="change", direction="up", baseline="52", level="60"),
    ),
    case(
        "sv",
        "Andelen behöriga till gymnasiet var 81 procent 2024. Vi ska höja den till 88 procent till 2028.",
        T(kind="change", direction="up", baseline="81", level="88"),
    ),
    case(
        "nb",
        "Andelen som fullfører videregående var 79 prosent i 2024. Vi skal øke den til 85 prosent innen 2028.",
        T(kind="change", direction="up", baseline="79", level="85"),
    ),
]
# "More" written before the count ("an extra 40,000", "yderligere 500", "ytterligare 300"), alone or after a
# change preposition ("øges med yderligere 200"); and look-alikes.
MORE_BEFORE = [
    case(
        "en",
        "The government has promised an extra 40,000 hospital appointments a week.",
        T(kind="change", direction="up", absolute="40000"),
    ),
    case(
        "en",
        "We will deliver an additional 1,500 affordable homes by 2030.",
        T(kind="change", direction="up", absolute="1500"),
    ),
    case(
        "en",
        "Bed numbers will rise by a further 120 by March 2026.",
        T(kind="change", direction="up", absolute="120"),
    ),
    case("en", "See section 4 for further 2024 figures."),
    case(
        "da",
        "Der skal etableres yderligere 500 pladser på plejecentrene frem mod 2028.",
        T(kind="change", direction="up", absolute="500"),
    ),
    case(
        "da",
        "Antallet af pladser skal øges med yderligere 200 i 2027.",
        T(kind="change", direction="up", absolute="200"),
    ),
    case("da", "Yderligere oplysninger fås på tlf. 33 66 33 66."),
    case(
        "sv",
        "Kommunen ska skapa ytterligare 300 platser i förskolan till 2026.",
        T(kind="change", direction="up", absolute="300"),
    ),
    case("sv", "Ytterligare information finns i bilaga 3."),
    case(
        "nb",
        "Kommunen skal etablere ytterligere 200 sykehjemsplasser innen 2028.",
        T(kind="change", direction="up", absolute="200"),
    ),
    case(
        "nb", "Vi vil ansette 40 ekstra lærere fra høsten.", T(kind="change", direction="up", absolute="40")
    ),
]
SUBJECT_BEFORE_PARTICLE = [
    # a change whose direction is a particle right before the figure names its subject before the verb
    case(
        "da",
        "Udledningen skal ned med 20 pct.",
        T(kind="change", direction="down", relative="20", indicator="Udledningen"),
    ),
    case(
        "da",
        "Målet er, at udledningen skal ned med 20 pct.",
        T(kind="change", relative="20", indicator="udledningen"),
    ),
    case(
        "da",
        "Vi vil nedbringe antallet af ledige, med 30 pct.",
        T(kind="change", relative="30", indicator="antallet af ledige"),
    ),
    case(
        "sv",
        "Utsläppen ska ned med 20 procent.",
        T(kind="change", direction="down", relative="20", indicator="Utsläppen"),
    ),
    case(
        "nb",
        "Utslippene skal ned med 20 prosent.",
        T(kind="change", direction="down", relative="20", indicator="Utslippene"),
    ),
    case(
        "en",
        "Emissions must come down by 20%.",
        T(kind="change", direction="down", relative="20", indicator="Emissions"),
    ),
]
BELOW_A_YEAR = [
    # a share set below or above a year is a change measured against that year
    case(
        "en",
        "Emissions must be 41% below the 2019 baseline by 2030.",
        T(
            kind="change",
            direction="down",
            relative="41",
            indicator="Emissions",
            year=2030,
            reference_year=2019,
        ),
    ),
    case(
        "en",
        "Emissions were 11,240 tCO2e in 2023/24, down 9% on 2022/23 and 41% below the 2019/20 baseline.",
        T(kind="change", direction="down", relative="9", year=2023, reference_year=2022),
        T(kind="change", direction="down", relative="41", indicator="Emissions", reference_year=2019),
    ),
    case(
        "en",
        "Bus journeys are now 12% above the 2019 level.",
        T(kind="change", direction="up", relative="12", reference_year=2019),
    ),
    case("en", "Emissions are 5% below the 2030 target."),
    case(
        "da",
        "Udledningen skal være 70 pct. under niveauet i 1990 i 2030.",
        T(
            kind="change",
            direction="down",
            relative="70",
            indicator="Udledningen",
            year=2030,
            reference_year=1990,
        ),
    ),
    case("da", "Ledigheden var 2 pct. under landsgennemsnittet."),
    case(
        "sv",
        "Utsläppen var 41 procent under nivån år 2019.",
        T(kind="change", direction="down", relative="41", indicator="Utsläppen", reference_year=2019),
    ),
    case("sv", "Arbetslösheten var 2 procent under riksgenomsnittet."),
    case(
        "nb",
        "Utslippene skal være 70 prosent under nivået i 1990 innen 2030.",
        T(
            kind="change",
            direction="down",
            relative="70",
            indicator="Utslippene",
            year=2030,
            reference_year=1990,
        ),
    ),
    case("nb", "Ledigheten var 2 prosent under landsgjennomsnittet."),
]
CHANGE_AGAINST_TARGET_OF = [
    # a level with its change, then the target it is held against: two targets, the level the aim's start
    case(
        "en",
        "Household recycling rose to 47.3% in 2024/25, up 2.1 percentage points on last year, against a target of 50%.",
        T(
            kind="level",
            level="47.3",
            relative="2.1",
            direction="up",
            indicator="Household recycling",
            verdict="consistent",
        ),
        T(
            kind="change",
            level="50",
            baseline="47.3",
            direction="up",
            indicator="Household recycling",
            reference_year=2024,
        ),
    ),
    case(
        "en",
        "The employment rate fell to 71.2%, down 0.8 percentage points on the year, against a national target of 75%.",
        T(kind="level", level="71.2", relative="0.8", direction="down"),
        T(kind="change", level="75", baseline="71.2", direction="up", indicator="employment rate"),
    ),
    case(
        "en",
        "Household recycling rose to 47.3% in 2024/25, up 2.1 percentage points on last year. The council has set a target of 50% for 2030.",
        T(kind="level", level="47.3", relative="2.1"),
        T(kind="level", level="50", year=2030),
    ),
    case(
        "da",
        "Genanvendelsen steg til 47,3 pct. i 2024, en stigning på 2,1 procentpoint fra året før, mod et mål på 50 pct.",
        T(kind="level", level="47.3", relative="2.1", direction="up"),
        T(kind="change", level="50", baseline="47.3", indicator="Genanvendelsen", reference_year=2024),
    ),
    case(
        "sv",
        "Återvinningen ökade till 47,3 procent 2024, en ökning med 2,1 procentenheter från året innan, mot ett mål på 50 procent.",
        T(kind="level", level="47.3", relative="2.1", direction="up"),
        T(kind="change", level="50", baseline="47.3", indicator="Återvinningen", reference_year=2024),
    ),
    case(
        "nb",
        "Gjenvinningen økte til 47,3 prosent i 2024, en økning på 2,1 prosentpoeng fra året før, mot et mål på 50 prosent.",
        T(kind="level", level="47.3", relative="2.1", direction="up"),
        T(kind="change", level="50", baseline="47.3", indicator="Gjenvinningen", reference_year=2024),
    ),
    case(
        "nb",
        "Gjenvinningen økte til 47,3 prosent i 2024, en økning på 2,1 prosentpoeng fra året før. Målet er 50 prosent i 2030.",
        T(kind="level", level="47.3", relative="2.1"),
        T(kind="level", level="50", year=2030),
    ),
]
KPI_PLAIN_NUMBERS = [
    # a KPI line whose outcome is a plain number: the target in brackets makes it material
    case(
        "en",
        "Average days to process a new benefit claim: 18.2 (target 20)",
        T(
            kind="change",
            baseline="18.2",
            level="20",
            direction="up",
            indicator="Average days to process a new benefit claim",
        ),
    ),
    case(
        "en",
        "Housing completions: 412 (target 500).",
        T(kind="change", baseline="412", level="500", indicator="Housing completions"),
    ),
    case("en", "Housing completions: 412 (last year 380)."),
    case("en", "Call 01234 567890: option 2 (target 3)"),
    case(
        "da", "Gennemsnitlig sagsbehandlingstid: 18,2 (mål 20)", T(kind="change", baseline="18.2", level="20")
    ),
    case("da", "Antal nye lærepladser: 412 (sidste år 380)."),
    case(
        "sv", "Genomsnittlig handläggningstid: 18,2 (mål 20)", T(kind="change", baseline="18.2", level="20")
    ),
    case(
        "nb",
        "Gjennomsnittlig saksbehandlingstid: 18,2 (mål: 20)",
        T(kind="change", baseline="18.2", level="20"),
    ),
]
OUTCOME_SHARE_OF = [
    # an outcome as a share of what it is measured by, said in the past: a fact, no target
    case("sv", "Resultatet blev 48 mnkr, motsvarande 2,1 procent av skatteintäkterna."),
    case("sv", "Resultatet ska uppgå till minst 2 procent av skatteintäkterna.", T(kind="level", level="2")),
    case("da", "Resultatet blev 48 mio. kr., svarende til 2,1 pct. af skatteindtægterne."),
    case("da", "Resultatet skal udgøre mindst 2 pct. af skatteindtægterne.", T(kind="level", level="2")),
    case("nb", "Resultatet ble 48 mill. kroner, tilsvarende 2,1 prosent av skatteinntektene."),
    case(
        "nb",
        "Netto driftsresultat skal være minst 2 prosent av driftsinntektene.",
        T(kind="level", level="2"),
    ),
]
TARGET_NAMED_BEFORE = [
    # "Målet är högst 6 procent." names nothing: the sentence before says what moves
    case(
        "sv",
        "Sjukfrånvaron bland medarbetarna har ökat de senaste åren. Målet är högst 6 procent.",
        T(kind="level", level="6", indicator="Sjukfrånvaron bland medarbetarna"),
    ),
    case(
        "sv",
        "Kommunen arbetar med hälsa. Målet är högst 6 procent.",
        T(kind="level", level="6", indicator=""),
    ),
    case(
        "da",
        "Sygefraværet blandt medarbejderne er steget. Målet er højst 6 pct.",
        T(kind="level", level="6", indicator="Sygefraværet blandt medarbejderne"),
    ),
    case(
        "nb",
        "Sykefraværet blant de ansatte har økt. Målet er høyst 6 prosent.",
        T(kind="level", level="6", indicator="Sykefraværet blant de ansatte"),
    ),
    case(
        "en",
        "Sickness absence among staff has risen. The target is 6%.",
        T(kind="level", level="6", indicator="Sickness absence among staff"),
    ),
]
AGAINST_TARGET_NO_PA = [
    # "mot målet 90 procent", no "på" before the target: where it stood and the level aimed at
    case(
        "sv",
        "Andelen elever med godkända betyg låg på 84 procent mot målet 90 procent.",
        T(kind="change", baseline="84", level="90", indicator="Andelen elever med godkända betyg"),
    ),
    case(
        "sv",
        "Andelen nöjda brukare låg 2024 på 84 procent mot målet 90 procent.",
        T(kind="change", baseline="84", level="90"),
    ),
    case(
        "da",
        "Andelen af tilfredse borgere lå på 84 pct. mod målet 90 pct.",
        T(kind="change", baseline="84", level="90"),
    ),
    case(
        "nb",
        "Andelen fornøyde brukere lå på 84 prosent mot målet 90 prosent.",
        T(kind="change", baseline="84", level="90"),
    ),
]
CASES = (
    NB
    + SV
    + DA
    + EN
    + TABLES
    + WORDINGS
    + KNOWN_MISREADS
    + DA_PAPERS
    + NB_PAPERS
    + FROM_TO_BETWEEN
    + KPI_LINES
    + COUNT_LEVELS
    + TARGET_COUNTS
    + MAKING_COUNTS
    + AND_ANOTHER_SUBJECT
    + MONEY_SUBUNITS
    + CLAUSE_YEARS
    + AIMED_RATES
    + CHANGE_TO_LEVEL_PERCENT
    + OUTCOME_AGAINST_TARGET_OF
    + STANDS_THEN_AIM
    + MORE_BEFORE
    + SUBJECT_BEFORE_PARTICLE
    + BELOW_A_YEAR
    + CHANGE_AGAINST_TARGET_OF
    + KPI_PLAIN_NUMBERS
    + OUTCOME_SHARE_OF
    + TARGET_NAMED_BEFORE
    + AGAINST_TARGET_NO_PA
)


def _figure(target: Target, part: str) -> Figure | None:
    figure: Figure | None = getattr(target, part)
    return figure


def _check(target: Target, want: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    if "kind" in want and target.kind.value != want["kind"]:
        wrong.append(f"kind {target.kind.value}")
    if "direction" in want and (target.direction is None or target.direction.value != want["direction"]):
        wrong.append(f"direction {target.direction}")
    for part in ("absolute", "relative", "level", "baseline"):
        figure = _figure(target, part)
        if part not in want:
            continue
        if (
            (figure is not None)
            if want[part] is None
            else (figure is None or figure.value != Fraction(want[part]))
        ):
            wrong.append(
                f"{part} {None if figure is None else figure.value}"
            )  # (None: the part must be absent)
    main = target.level or target.relative or target.absolute
    if "unit" in want and (main is None or main.unit.value != want["unit"]):
        wrong.append(f"unit {None if main is None else main.unit.value}")
    if "hedge" in want:
        kind = (
            None if target.level is None or target.level.hedge_kind is None else target.level.hedge_kind.value
        )
        if kind != want["hedge"]:
            wrong.append(f"hedge {kind}")
    if "level_band" in want:
        ends = None if target.level is None else (target.level.band_low, target.level.band_high)
        if ends != tuple(Fraction(x) for x in want["level_band"]):
            wrong.append(f"band {ends}")
    stated = [f for f in (target.level, target.relative, target.absolute) if f is not None]
    banded = next((f for f in stated if f.band_low is not None), stated[0] if stated else None)
    for end in ("low", "high"):  # the interval of the band, else of the level or the relative change
        if end in want and (banded is None or getattr(banded, end) != Fraction(want[end])):
            wrong.append(f"{end} {None if banded is None else getattr(banded, end)}")
    if "indicator" in want and target.indicator != want["indicator"]:
        wrong.append(f"indicator {target.indicator!r}")
    if "verdict" in want and target.verdict.value != want["verdict"]:
        wrong.append(f"verdict {target.verdict.value}")
    if "status" in want and target.status is not want["status"]:  # a measured status, no aim (Target.status)
        wrong.append(f"status {target.status}")
    for when in ("year", "reference_year"):  # the year aimed at, the year measured against (None: no year)
        if when in want and getattr(target, when) != want[when]:
            wrong.append(f"{when} {getattr(target, when)}")
    return wrong


def assert_read_as(lang: str, text: str, targets: tuple[dict[str, Any], ...]) -> None:
    """``text`` gives exactly ``targets`` (see :func:`T`), judged as ``check`` judges them: a target with an
    error among its findings is inconsistent."""
    paper = extract_text(text, language=lang)
    got = build_report([paper], check_paper(paper)).documents[0].targets
    assert len(got) == len(targets), [t.span.quote for t in got]
    problems = {k: p for k, (t, w) in enumerate(zip(got, targets, strict=True)) if (p := _check(t, w))}
    assert not problems, problems


test_a_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_has_at_least_25_sentences_per_language() -> None:
    for lang, table in (("nb", NB), ("sv", SV), ("da", DA), ("en", EN)):
        assert len(table) >= 25, lang
        looks_alike = [c for c in table if not c.values[2]]
        assert len(looks_alike) >= 5, lang


@pytest.mark.parametrize(
    ("text", "lang", "value", "low", "high"),
    [
        ("12 mnkr", "sv", 12_000_000, "11500000", "12500000"),
        ("1,2 mdkr", "sv", 1_200_000_000, "1150000000", "1250000000"),
        ("450 tkr", "sv", 450_000, "449500", "450500"),
        ("25 MNOK", "nb", 25_000_000, "24500000", "25500000"),
        ("12 kr", "sv", 12, "11.5", "12.5"),
    ],
)
def test_a_money_unit_with_its_scale_in_the_word(
    text: str, lang: str, value: int, low: str, high: str
) -> None:
    # "12 mnkr" is 12 miljoner kronor, rounded as written: anything from 11.5 to 12.5 million
    figure = read_figure(text, language=lang)
    assert (figure.value, figure.low, figure.high) == (value, Fraction(low), Fraction(high))
    assert figure.unit.value == "kr"
