"""Danish and Norwegian misreadings the helpers of the fifteenth session found on ``main``, read as a careful
reader reads them since prec15-dann, in other wordings, beside look-alikes that must stay as they were: a count
or a measure to make after a verb of making ("plante 10.000 træer", "etablere 40 MW") is an addition, not the
level the stock named next ("I dag er der 45.000 træer") is to reach, so the stock is no baseline, while what
was made before by the same making ("I 2024 blev der plantet 6.500 træer", "I dag er der installeret 6 MW")
is; a share after an outcome or status label ("Resultat 2024: 91 pct. af de ansatte deltog") is a measured
outcome, a fact; a share that drops out ("Hver femte elev falder fra") is a fact, "falde fra" with no figure
after it no fall; a part of a goal ("Delmålet er 50 pct. i 2025", "Etapemålet", "slutmålet") is a goal; a
from-to whose first end says how often ("fra 40 om året til 120", "fra 40 pr. år til 120") is one from-to;
a figure read again in the unit of the figure after it is read in its own language's spelling of that unit
("fra 12 til 15 prosentpoeng", "från 12 till 15 procentenheter": the first figure is in points too); and a
time where the indicator stood, in a next sentence that opens with the indicator, the copula and the year
("Ventetiden var i 2024 i gennemsnit 19 dage"), is the baseline of the time limit aimed at before it. Sentences
written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sudgoals import extract_text
from test_forms import T, assert_broad, case, read_as_test

# why a form is not read yet (the strict xfails below)
DROPS_OUT_AS_BASELINE = (
    "a share that drops out today ('I dag falder hver femte elev fra') is a fact since prec15, but it is not"
    " linked as the baseline of the ceiling on the same share aimed at in the next sentence ('Målet er, at højst"
    " hver tiende elev falder fra i 2030'): no rule reads a fact of a share in words as where a level starts"
)

# fmt: off
MADE_NOT_STOCK = [
    # what a verb of making makes is an addition: the stock named next is no baseline of it
    case("da", "Vi vil plante 10.000 træer inden 2030. I dag er der 45.000 træer.",
         T(kind="level", level="10000", baseline=None, unit="count", year=2030, indicator="træer")),
    case("da", "Der skal plantes 10.000 træer inden 2030. I dag er der 45.000 træer i kommunens skove.",
         T(kind="level", level="10000", baseline=None, year=2030)),
    case("da", "Kommunen skal bygge 600 boliger frem mod 2030. I 2025 var der 5.200 boliger i kommunen.",
         T(kind="level", level="600", baseline=None, year=2030)),
    case("da", "Kommunen skal etablere 40 MW solceller inden 2030. I 2024 var der 12 MW.",
         T(kind="level", level="40", baseline=None, unit="MW", year=2030)),
    case("nb", "Vi skal plante 10 000 trær innen 2030. I dag er det 45 000 trær.",
         T(kind="level", level="10000", baseline=None, unit="count", year=2030, indicator="trær")),
    case("nb", "Det skal bygges 600 boliger innen 2030. I dag er det 5 200 boliger i kommunen.",
         T(kind="level", level="600", baseline=None, year=2030)),
    case("nb", "Kommunen skal etablere 40 MW solkraft innen 2030. I 2024 var det 12 MW.",
         T(kind="level", level="40", baseline=None, unit="MW", year=2030)),
    # what was made before by the same making is its baseline; a stock reached by a change keeps its baseline
    case("da", "Kommunen vil plante 50.000 træer frem mod 2030. I 2024 blev der plantet 6.500 træer.",
         T(kind="change", direction="up", level="50000", baseline="6500", year=2030, reference_year=2024)),
    case("da", "Kommunen skal bygge 50 km cykelsti frem mod 2030. I 2025 var der bygget 12 km.",
         T(kind="change", direction="up", level="50", baseline="12", unit="km", year=2030, reference_year=2025)),
    case("da", "Antallet af hjemløse skal reduceres til 150 inden 2027. I dag er der 230 hjemløse i kommunen.",
         T(kind="change", direction="down", level="150", baseline="230", year=2027)),
    case("nb", "Kommunen skal plante 50 000 trær innen 2030. I 2024 ble det plantet 6 500 trær.",
         T(kind="change", direction="up", level="50000", baseline="6500", year=2030, reference_year=2024)),
    case("nb", "Vi skal etablere 40 MW solkraft på kommunens tak innen 2030. I dag er det installert 6 MW.",
         T(kind="change", direction="up", level="40", baseline="6", unit="MW", year=2030)),
    case("nb", "Antall bostedsløse skal reduseres til 150 innen 2027. Per i dag er det 230 bostedsløse i kommunen.",
         T(kind="change", direction="down", level="150", baseline="230", year=2027)),
]

OUTCOME_LABELLED = [
    # a share after an outcome or a status label: a measured outcome, a fact
    case("da", "Resultat 2024: 91 pct. af de ansatte deltog."),
    case("da", "Trivselsmålingen blev gennemført i marts. Resultat 2024: 91 pct. af de ansatte deltog."),
    case("da", "Status 2023: 64 pct. af borgerne er tilfredse med hjemmeplejen."),
    case("da", "Opnået 2025: 78 pct. af eleverne gennemførte. Skolen fortsætter indsatsen."),
    case("nb", "Resultat 2024: 91 prosent av de ansatte deltok."),
    case("nb", "Medarbeiderundersøkelsen ble gjennomført i mars. Resultat 2024: 91 prosent av de ansatte deltok."),
    case("nb", "Oppnådd 2025: 78 prosent av elevene fullførte. Skolen fortsetter arbeidet."),
    # a verb of taking part in the past before the share, after a year: what happened, a fact
    case("da", "I 2024 deltog 91 pct. af de ansatte i trivselsmålingen. Svarene behandles i MED-udvalget."),
    case("nb", "I 2024 deltok 91 prosent av de ansatte i medarbeiderundersøkelsen. Svarene behandles i AMU."),
    case("da", "I 2026 skal 95 pct. af de ansatte deltage i trivselsmålingen.", T(kind="level", level="95", year=2026)),
    # the label of a goal before the share keeps its target
    case("da", "Mål 2026: 95 pct. af de ansatte deltager.", T(kind="level", level="95", year=2026)),
    case("nb", "Mål 2026: 95 prosent av de ansatte deltar.", T(kind="level", level="95", year=2026)),
]

DROPS_OUT = [
    # "falde fra" with no figure after it is leaving, not a fall: the share is a fact
    case("da", "Hver femte elev falder fra."),
    case("da", "Hver femte elev på erhvervsuddannelserne falder fra i løbet af det første år. Frafaldet er størst blandt drengene."),
    case("da", "20 pct. af de studerende faldt fra i 2024. Det er lidt færre end året før."),
    case("nb", "Hver femte elev faller fra."),
    case("nb", "Hver femte elev på yrkesfag faller fra i løpet av det første året. Frafallet er størst blant guttene."),
    case("nb", "20 prosent av studentene falt fra i 2024. Det er litt færre enn året før."),
    # the verb before its subject, after a word of time: no fall by that share either
    case("da", "I dag falder hver femte elev fra. Frafaldet er størst på de tekniske uddannelser."),
    case("da", "Sidste år faldt hver fjerde lærling fra i løbet af grundforløbet."),
    case("nb", "I dag faller hver femte elev fra. Frafallet er størst på de tekniske utdanningene."),
    case("nb", "I fjor falt hver fjerde lærling fra i løpet av det første året."),
    # the share that drops out today as the baseline of the ceiling aimed at next
    case("da", "I dag falder hver femte elev fra. Målet er, at højst hver tiende elev falder fra i 2030.",
         T(level="10", hedge="at_most", baseline="20", year=2030), xfail=DROPS_OUT_AS_BASELINE),
    # a ceiling on who drops out, and a fall from one share to another, stay targets
    case("da", "Målet er, at højst hver tiende elev falder fra i 2030.",
         T(kind="level", level="10", hedge="at_most", year=2030)),
    case("da", "Frafaldet skal falde fra 20 pct. til 12 pct. i 2030.",
         T(kind="change", direction="down", level="12", baseline="20", year=2030)),
    case("nb", "Målet er at høyst hver tiende elev faller fra i 2030.",
         T(kind="level", level="10", hedge="at_most", year=2030)),
    case("nb", "Frafallet skal reduseres fra 20 prosent til 12 prosent i 2030.",
         T(kind="change", direction="down", level="12", baseline="20", year=2030)),
]

PART_GOALS = [
    # a part of a goal is a goal
    case("da", "Delmålet er 50 pct. i 2025.", T(kind="level", level="50", unit="percent", year=2025)),
    case("da", "Etapemålet er 30 pct. i 2027, og slutmålet er 70 pct. i 2030.",
         T(kind="level", level="30", year=2027), T(kind="level", level="70", year=2030)),
    case("da", "Delmål 2025: 50 pct.", T(kind="level", level="50", year=2025)),
    case("nb", "Delmålet er 50 prosent i 2025.", T(kind="level", level="50", unit="percent", year=2025)),
    case("nb", "Etappemålet er 30 prosent i 2027, og sluttmålet er 70 prosent i 2030.",
         T(kind="level", level="30", year=2027), T(kind="level", level="70", year=2030)),
    case("nb", "Delmål 2025: 50 prosent.", T(kind="level", level="50", year=2025)),
    # a goal named with no figure of its own gives nothing
    case("da", "Delmålet blev nået allerede i 2024. Udvalget drøfter de næste skridt."),
    case("nb", "Delmålet ble nådd allerede i 2024. Utvalget drøfter de neste stegene."),
]

FROM_PER_TIME = [
    # the time a count is per, said once after the from of a from-to
    case("da", "Antallet af praktikpladser skal stige fra 40 om året til 120 i 2028.",
         T(kind="change", direction="up", level="120", baseline="40", year=2028, indicator="Antallet af praktikpladser")),
    case("da", "Antallet af nye lejligheder skal øges fra 40 pr. år til 120.",
         T(kind="change", direction="up", level="120", baseline="40")),
    case("da", "Byggeriet skal øges fra 40 boliger om året til 120 inden 2030.",
         T(kind="change", direction="up", level="120", baseline="40", year=2030)),
    case("da", "Antallet af koncerter skal tredobles fra 40 om året til 120 inden 2028.",
         T(kind="change", direction="up", relative="200", level="120", baseline="40", year=2028, verdict="consistent")),
    case("da", "Antallet af koncerter skal fordobles fra 40 om året til 120 inden 2028.",
         T(kind="change", direction="up", relative="100", level="120", baseline="40", year=2028, verdict="inconsistent")),
    case("nb", "Antallet lærlinger skal økes fra 40 i året til 120 i 2030.",
         T(kind="change", direction="up", level="120", baseline="40", year=2030)),
    case("nb", "Antallet nye leiligheter skal økes fra 40 per år til 120.",
         T(kind="change", direction="up", level="120", baseline="40")),
    case("nb", "Antallet konserter skal tredobles fra 40 i året til 120 innen 2028.",
         T(kind="change", direction="up", relative="200", level="120", baseline="40", year=2028, verdict="consistent")),
    # a figure of what something costs a year, with no from-to, stays no target
    case("da", "Kontingentet er 400 kr. om året. Det blev fastsat på generalforsamlingen i 2023."),
    case("nb", "Kontingentet er 400 kr i året. Det ble fastsatt på årsmøtet i 2023."),
]

UNIT_SPELLED = [
    # the first figure of a from-to read again in the unit after the second, in the language's own spelling
    case("nb", "Sysselsettingen skal økes fra 72 til 75 prosentpoeng innen 2030.",
         T(kind="change", direction="up", level="75", baseline="72", unit="percentage_point", year=2030)),
    case("nb", "Andelen skal økes fra 70 til 80 prosent innen 2030.",
         T(kind="change", direction="up", level="80", baseline="70", unit="percent", year=2030)),
    case("nb", "Tilskuddet til frivilligheten skal økes fra 3 til 5 mill. kr innen 2027.",
         T(kind="change", direction="up", level="5000000", baseline="3000000", unit="kr", year=2027)),
    case("nb", "Antallet elbiler i kommunens flåte skal tredobles til 300 innen 2030.",
         T(kind="change", direction="up", relative="200", level="300", verdict="consistent")),
    case("sv", "Andelen ska öka från 12 till 15 procentenheter till 2030.",
         T(kind="change", direction="up", level="15", baseline="12", unit="percentage_point", year=2030)),
    case("sv", "Bidraget till föreningslivet ska öka från 3 till 5 mnkr till 2027.",
         T(kind="change", direction="up", level="5000000", baseline="3000000", unit="kr", year=2027)),
    case("da", "Andelen skal øges fra 12 til 15 procentpoint i 2030.",
         T(kind="change", direction="up", level="15", baseline="12", unit="percentage_point", year=2030)),
]

STOOD_YEAR_FIRST = [
    # the indicator, the copula and the year it stood in, then the time: the baseline of the limit before
    case("da", "Ventetiden skal være højst 14 dage i 2027. Ventetiden var i 2024 i gennemsnit 19 dage.",
         T(kind="change", direction="down", level="14", baseline="19", hedge="at_most", unit="day", year=2027, reference_year=2024)),
    case("da", "Ventetiden på genoptræning skal være højst 14 dage i 2027. Ventetiden var i gennemsnit 19 dage i 2024.",
         T(kind="change", direction="down", level="14", baseline="19", hedge="at_most", unit="day", year=2027, reference_year=2024)),
    case("da", "Sagsbehandlingstiden skal være under 30 dage. Sagsbehandlingstiden var i 2024 42 dage.",
         T(kind="change", direction="down", level="30", baseline="42", unit="day", reference_year=2024)),
    case("nb", "Ventetiden skal være høyst 14 dager i 2027. Ventetiden var i 2024 i gjennomsnitt 19 dager.",
         T(kind="change", direction="down", level="14", baseline="19", hedge="at_most", unit="day", year=2027, reference_year=2024)),
    case("nb", "Saksbehandlingstiden skal være under 30 dager. Saksbehandlingstiden var i 2024 42 dager.",
         T(kind="change", direction="down", level="30", baseline="42", unit="day", reference_year=2024)),
    # a time with no aim beside it stays a fact
    case("da", "Ventetiden var i 2024 i gennemsnit 19 dage. Det er to dage mere end i 2023."),
    case("nb", "Ventetiden var i 2024 i gjennomsnitt 19 dager. Det er to dager mer enn i 2023."),
]

LOOK_ALIKES = [
    # facts and numbers of other kinds in the same genres, each a paragraph that must give nothing
    case("da", "Kommunen plantede 4.000 træer i 2024. Træerne blev plantet langs de nye cykelstier."),
    case("da", "Der blev bygget 180 boliger i 2024. De fleste ligger i den nordlige bydel."),
    case("da", "I dag er der 45.000 træer i kommunens skove. De ældste blev plantet i 1950'erne."),
    case("da", "Hver femte elev falder fra i løbet af første år. Skolen har ansat to vejledere."),
    case("da", "Delmålene blev fastsat af byrådet i 2023. De følges op hvert år i juni."),
    case("da", "Byrådet vedtog planen i 2023. Planen gælder for perioden 2024-2027."),
    case("da", "Undersøgelsen blev sendt til 2.400 borgere. Svarene blev indsamlet i februar 2024."),
    case("da", "Resultat 2024: 91 pct. Resultatet blev drøftet i udvalget i maj."),
    case("da", "Eleverne falder fra af mange grunde. Nogle skifter uddannelse efter et halvt år."),
    case("nb", "Kommunen plantet 4 000 trær i 2024. Trærne ble plantet langs de nye sykkelveiene."),
    case("nb", "Det ble bygget 180 boliger i 2024. De fleste ligger i den nordlige bydelen."),
    case("nb", "I dag er det 45 000 trær i kommunens skoger. De eldste ble plantet på 1950-tallet."),
    case("nb", "Hver femte elev faller fra i løpet av første år. Skolen har ansatt to rådgivere."),
    case("nb", "Delmålene ble fastsatt av kommunestyret i 2023. De følges opp hvert år i juni."),
    case("nb", "Kommunestyret vedtok planen i 2023. Planen gjelder for perioden 2024–2027."),
    case("nb", "Undersøkelsen ble sendt til 2 400 innbyggere. Svarene ble samlet inn i februar 2024."),
    case("nb", "Elevene faller fra av mange grunner. Noen bytter utdanning etter et halvt år."),
    case("nb", "Kontingentet er 400 kr i året for voksne. Barn under 12 år betaler ingenting."),
]
# fmt: on

CASES = [
    *MADE_NOT_STOCK,
    *OUTCOME_LABELLED,
    *DROPS_OUT,
    *PART_GOALS,
    *FROM_PER_TIME,
    *UNIT_SPELLED,
    *STOOD_YEAR_FIRST,
    *LOOK_ALIKES,
]


test_a_misreading_of_prec15_dann_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_broad(CASES, ("da", "nb"), at_least=70, per_language=30)


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("nb", "Sysselsettingen skal økes fra 72 til 75 prosentpoeng innen 2030.", "143/2", "145/2"),
        ("sv", "Andelen ska öka från 12 till 15 procentenheter till 2030.", "23/2", "25/2"),
        ("da", "Andelen skal øges fra 12 til 15 procentpoint i 2030.", "23/2", "25/2"),
    ],
)
def test_the_first_end_of_a_from_to_in_points_is_in_points(lang: str, text: str, low: str, high: str) -> None:
    """The first figure of a from-to in points is read again in points in each language's spelling
    ("prosentpoeng", "procentenheter", "procentpoint"), with the interval its rounding allows, not a count."""
    (target,) = extract_text(text, language=lang).targets
    assert target.baseline is not None
    assert target.baseline.unit.value == "percentage_point"
    assert (target.baseline.low, target.baseline.high) == (Fraction(low), Fraction(high))
