"""Forms the round-7 probes left unread, read since xf16b, in other wordings and in the four languages, each beside
look-alikes that must stay as they were: the year of a second clause joined by a conjunction, a clause of a verb
with a year and no figure of its own ("halved by 2026 and ended by 2030", "med 70 pct. i 2030 og være
klimaneutral i 2050"), is that clause's year, not the year the figure's clause aims at (a level of zero after a
bound verb, "og være nul i 2030", still joins the change and gives its year); a floor or a ceiling on an amount
of money that stands before its verb ("må i 2027 højst udgøre 12 mio. kr.", "ska högst vara 12 mnkr 2027"): a
level aimed at, as it is for a count or a measure; and a share as it stands after a copula, then in the same
sentence after "og"/"men" the target noun, a copula and the share aimed at ("Sygefraværet er 7,2 pct., og målet
er 5,5 pct. i 2027"): where the level starts, one target (English and Swedish read it before); and the start of
the year opening the sentence after an aim ("Ved årets start ventede 2.400 patienter", "Vid årets start fanns"):
a mark of where the indicator stands, as "I dag" is; a bare count right after "target" with the year it is aimed
at, in a KPI line with no verb ("1,140 in 2024, target 800 by 2028"): a level aimed at, and the count before it
where it stands. Sentences written
for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
YEAR_OF_ANOTHER_CLAUSE = [
    case("en", "Homelessness will be halved by 2026 and ended by 2030. The council has set aside £2m for it.",
         T(kind="change", direction="down", relative="50", year=2026)),
    case("en", "We will cut emissions by 40% by 2030 and reach net zero by 2045.",
         T(kind="change", direction="down", relative="40", year=2030)),
    case("en", "Emissions will be cut by 50% by 2030 and by 75% by 2040.",
         T(kind="change", direction="down", relative="50", year=2030),
         T(kind="change", direction="down", relative="75", year=2040)),
    case("en", "Rough sleeping will be halved by 2026 and be zero by 2030.",
         T(direction="down", relative="50", level="0", year=2030)),
    case("da", "Hjemløsheden skal halveres i 2026 og afskaffes helt i 2030. Indsatsen finansieres af puljen.",
         T(kind="change", direction="down", relative="50", year=2026)),
    case("da", "Udledningen skal reduceres med 70 pct. i 2030 og være klimaneutral i 2050.",
         T(kind="change", direction="down", relative="70", year=2030)),
    case("da", "Udledningen skal reduceres med 70 pct. i 2030 og nå netto nul i 2045. Planen revideres hvert år.",
         T(kind="change", direction="down", relative="70", year=2030)),
    case("da", "Udledningen skal reduceres med 70 pct. i 2030 og med 90 pct. i 2040.",
         T(kind="change", direction="down", relative="70", year=2030),
         T(kind="change", direction="down", relative="90", year=2040)),
    case("da", "Antallet af hjemløse skal halveres i 2026 og være nul i 2030.",
         T(direction="down", relative="50", level="0", year=2030)),
    case("nb", "Bostedsløsheten skal halveres innen 2026 og avskaffes innen 2030. Arbeidet ledes av NAV.",
         T(kind="change", direction="down", relative="50", year=2026)),
    case("nb", "Utslippene skal reduseres med 55 prosent innen 2030 og være netto null innen 2050.",
         T(kind="change", direction="down", relative="55", year=2030)),
    case("sv", "Hemlösheten ska halveras till 2026 och avskaffas helt till 2030. Arbetet leds av socialtjänsten.",
         T(kind="change", direction="down", relative="50", year=2026)),
    case("sv", "Utsläppen ska minska med 63 procent till 2030 och vara nettonoll 2045.",
         T(kind="change", direction="down", relative="63", year=2030)),
    case("sv", "Utsläppen ska minska med 25 procent mellan 2020 och 2030.",
         T(kind="change", direction="down", relative="25", year=2030, reference_year=2020)),
]

MONEY_BOUND_BEFORE_VERB = [
    case("da", "Udgifterne til vikarer må i 2027 højst udgøre 12 mio. kr. Rammen følges hvert kvartal.",
         T(kind="level", direction="down", level="12000000", hedge="at_most", year=2027)),
    case("da", "Anlægsudgifterne skal i 2026 mindst udgøre 400 mio. kr.",
         T(kind="level", direction="up", level="400000000", hedge="at_least", year=2026)),
    case("da", "Serviceudgifterne skal højst være 287,4 mia. kr. i 2026.",
         T(kind="level", level="287400000000", hedge="at_most", year=2026)),
    case("da", "Udgifterne til vikarer udgjorde i 2024 højst 12 mio. kr. Det var under rammen."),
    case("da", "Udgifterne til konsulenter var i 2024 højst 12 mio. kr."),
    case("nb", "Driftsutgiftene må høyst være 40 mill. kroner i 2027. Rammen vedtas i desember.",
         T(kind="level", direction="down", level="40000000", hedge="at_most", year=2027)),
    case("nb", "Kommunenes utgifter skal i 2026 høyst utgjøre 287,4 mrd. kroner.",
         T(kind="level", level="287400000000", hedge="at_most", year=2026)),
    case("nb", "Driftsutgiftene var høyst 40 mill. kroner i 2024. Regnskapet ble godkjent i mai."),
    case("sv", "Kostnaderna för konsulter ska högst vara 12 mnkr 2027. Uppföljning sker varje kvartal.",
         T(kind="level", direction="down", level="12000000", hedge="at_most", year=2027)),
    case("sv", "Kostnaderna för konsulter var högst 12 mnkr 2024. Det var lägre än budgeterat."),
    case("en", "Spending on agency staff must at most be £12m in 2026.",
         T(kind="level", direction="down", level="12000000", hedge="at_most", year=2026)),
]

SHARE_NOW_AND_AIM = [
    case("da", "Sygefraværet er 7,2 pct., og målet er 5,5 pct. i 2027. Alle ledere får et kursus i fraværssamtaler.",
         T(kind="change", direction="down", level="5.5", baseline="7.2", unit="percent", year=2027, verdict="unverifiable")),
    case("da", "Ledigheden ligger på 4,1 pct., og ambitionen er 3,5 pct. i 2028.",
         T(kind="change", direction="down", level="3.5", baseline="4.1", unit="percent", year=2028)),
    case("da", "Andelen af genanvendt affald var 52 pct. i 2024, men målsætningen er 65 pct. i 2030.",
         T(kind="change", direction="up", level="65", baseline="52", unit="percent", year=2030)),
    case("da", "Fraværet blandt eleverne er 8,4 pct., og ledigheden er 6 pct. Begge tal er fra 2024."),
    case("da", "Sygefraværet er 7,2 pct., og målet er at nedbringe det. Der er afsat midler til det."),
    case("da", "Andelen af elever med ordblindhed er 8 pct., og målet er, at 90 pct. af dem får hjælp.",
         T(kind="level", level="90")),
    case("nb", "Sykefraværet i etaten er 7,9 prosent, og målet er 6 prosent innen 2027. Tiltakene evalueres i 2026.",
         T(kind="change", direction="down", level="6", baseline="7.9", unit="percent", year=2027)),
    case("nb", "Sykefraværet er 7,9 prosent, men målet er 6 prosent i 2027.",
         T(kind="change", direction="down", level="6", baseline="7.9", unit="percent", year=2027)),
    case("nb", "Andelen som fullfører, var 78 prosent i 2024, men ambisjonen er 85 prosent i 2030.",
         T(kind="change", direction="up", level="85", baseline="78", unit="percent", year=2030)),
    case("nb", "Sykefraværet i etaten er 7,9 prosent, og ledigheten er 3 prosent. Tallene er fra 2024."),
    case("nb", "Andelen med lese- og skrivevansker er 8 prosent, og målet er at 90 prosent av dem får hjelp.",
         T(kind="level", level="90")),
    case("sv", "Sjukfrånvaron i förvaltningen är 7,9 procent, och målet är 6 procent till 2027.",
         T(kind="change", direction="down", level="6", baseline="7.9", unit="percent", year=2027)),
    case("sv", "Sjukfrånvaron är 7,9 procent, men målet är 6 procent 2027. Cheferna får stöd av HR.",
         T(kind="change", direction="down", level="6", baseline="7.9", unit="percent", year=2027)),
    case("sv", "Sjukfrånvaron i förvaltningen är 7,9 procent, och arbetslösheten är 3 procent. Siffrorna avser 2024."),
    case("en", "Staff sickness absence is 7.9%, and the target is 6% by 2027. Managers will be trained.",
         T(kind="change", direction="down", level="6", baseline="7.9", unit="percent", year=2027)),
    case("en", "The completion rate was 78% in 2024, but the target is 85% by 2030.",
         T(kind="change", direction="up", level="85", baseline="78", unit="percent", year=2030)),
    case("en", "Staff sickness absence is 7.9%, and unemployment is 3%. Both figures are for 2024."),
]

START_OF_YEAR = [
    case("da", "Ventelisten skal halveres i løbet af 2026. Ved årets start ventede 2.400 patienter.",
         T(kind="change", direction="down", relative="50", baseline="2400", year=2026, verdict="unverifiable")),
    case("da", "Antallet af ledige skal ned til 1.500 i 2027. Ved starten af året var der 1.900 ledige.",
         T(kind="change", direction="down", level="1500", baseline="1900", year=2027)),
    case("da", "Antallet af ledige skal ned til 1.500 i 2027. I starten af året var der 1.900 ledige.",
         T(kind="change", direction="down", level="1500", baseline="1900", year=2027)),
    case("nb", "Ventelisten skal halveres innen 2026. Ved årets start ventet 2 400 pasienter.",
         T(kind="change", direction="down", relative="50", baseline="2400", year=2026)),
    case("nb", "Antallet ledige skal ned til 1 500 i 2027. Ved starten av året var det 1 900 ledige.",
         T(kind="change", direction="down", level="1500", baseline="1900", year=2027)),
    case("sv", "Antalet arbetslösa ska minska till 1 500 till 2027. Vid årets start fanns 1 900 arbetslösa.",
         T(kind="change", direction="down", level="1500", baseline="1900", year=2027)),
    case("sv", "Antalet arbetslösa ska minska till 1 500 till 2027. I början av året fanns 1 900 arbetslösa.",
         T(kind="change", direction="down", level="1500", baseline="1900", year=2027)),
    case("da", "Ventelisten skal halveres i løbet af 2026. Ved årets start voksede køen med 400 patienter.",
         T(kind="change", direction="down", relative="50", baseline=None, year=2026),
         T(kind="change", direction="up", absolute="400")),
]

KPI_COUNT_TARGET = [
    case("en", "Households in temporary accommodation: 1,140 in 2024, target 800 by 2028. The figure is reported monthly.",
         T(kind="change", direction="down", baseline="1140", level="800", year=2028)),
    case("en", "Affordable homes started in 2024: 210, target 400 by 2027.",
         T(kind="change", direction="up", baseline="210", level="400", year=2027)),
    case("en", "Households in temporary accommodation: 1,140 in 2024, target 800 households."),
    case("en", "We will target 300 households by 2030 with the new scheme."),
    case("en", "Households in temporary accommodation: 1,140 in 2024, target met in 2025."),
]

LOOK_ALIKES = [
    case("en", "The park was opened in 2019 and extended in 2023. It covers 12 hectares."),
    case("en", "The bridge was closed in 2022 and reopened in 2024. About 9,000 cars cross it each day."),
    case("da", "Skolen blev bygget i 1968 og renoveret i 2019. Den har 420 elever."),
    case("nb", "Skolen ble bygget i 1968 og pusset opp i 2019. Den har 420 elever."),
    case("nb", "Utgiftene til konsulenter utgjorde 12 mill. kroner i 2024, og målet er å redusere dem."),
    case("sv", "Skolan byggdes 1968 och renoverades 2019. Den har 420 elever."),
    case("sv", "Bron stängdes 2022 och öppnades igen 2024. Omkring 9 000 bilar passerar den varje dag."),
]

CASES = (
    YEAR_OF_ANOTHER_CLAUSE + MONEY_BOUND_BEFORE_VERB + SHARE_NOW_AND_AIM + START_OF_YEAR + KPI_COUNT_TARGET + LOOK_ALIKES
)
# fmt: on

test_a_form_read_since_xf16b_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_floors(CASES, ("da", "en", "nb", "sv"), at_least=48, per_language=10, look_alikes_per_language=3)
