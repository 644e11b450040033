"""Forms the batteries knew the reader could not read, read since rest14, in other wordings and in every language
where the form exists, each beside look-alikes that must stay as they were: a base year before a word of level
after a change's figures ("by 2030 from 2006 levels", "fra 2006-niveauet", "från 2006 års nivå") or of the whole
a linked share is taken of ("svarende til 25 pct. af udledningen i 2022"); a next sentence that opens with a date
("Den 31 december 2024 var ..."), a survey and its year ("I medarbetarenkäten 2024 var ...", "In the 2024 staff
survey"), the latest survey ("Enligt den senaste mätningen röker 6 procent"), the start of the year ("Ved
inngangen til året var det 14 200 saker"), a numbered part of the year ("I 1. tertial var andelen") or a word
before a word of time ("In fiscal year 2024 it repaired 81%") as where the indicator stands; a time after a
copula after a year preposition of several words or a month ("Ved udgangen af 2024 var ventetiden 11 uger"); a
bare count of more before a verb of status ("a further 410 are under construction", read by the
facts.further-count rules), no change; a floor or a ceiling before the copula of a clause ("at frafaldet højst er
15 pct."); a count "up from" another as far as fourteen words on in its clause ("342 people had waited more than
12 hours in January, up from 298"); a measure after a modal and a verb of having or making, with the year it is
due ("Kommunen skal have 40 MW solceller i 2030"); and a label's share, then a target label in the next sentence
("Customer satisfaction: 81%. Target: 85%."). Sentences written for this test; the helpers are those of
``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
LEVEL_YEARS = [
    case("en", "Emissions will be cut by 60% by 2030 from 2019 levels.",
         T(kind="change", direction="down", relative="60", year=2030, reference_year=2019)),
    case("en", "Carbon emissions are to fall by 45% by 2030 against 2018 levels.",
         T(kind="change", direction="down", relative="45", year=2030, reference_year=2018)),
    case("en", "Water use will be reduced by 15% by 2028 from its 2020 level.",
         T(kind="change", direction="down", relative="15", year=2028, reference_year=2020)),
    case("da", "Udledningen skal reduceres med 70 pct. frem mod 2030 fra 2006-niveau.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2006)),
    case("da", "Energiforbruget skal reduceres med 20 pct. i 2030 fra 2015-niveauet.",
         T(kind="change", direction="down", relative="20", year=2030, reference_year=2015)),
    case("da", "Udledningen skal reduceres med 70 pct. i 2030 i forhold til niveauet i 2006.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2006)),
    case("nb", "Utslippene skal reduseres med 70 prosent innen 2030 fra 2006-nivå.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2006)),
    case("nb", "Energibruken skal reduseres med 20 prosent innen 2030 fra 2015-nivået.",
         T(kind="change", direction="down", relative="20", year=2030, reference_year=2015)),
    case("sv", "Utsläppen ska minska med 60 procent till 2030 från 2010 års nivå.",
         T(kind="change", direction="down", relative="60", year=2030, reference_year=2010)),
    case("sv", "Energianvändningen ska minska med 20 procent till 2030 jämfört med 2015 års nivå.",
         T(kind="change", direction="down", relative="20", year=2030, reference_year=2015)),
    # look-alikes: a year after "from" that opens a from-to of years, a budget's year, and a long sentence
    # whose second change stands after "from <year> levels" (the year is none of its)
    case("en", "Emissions will be cut by 60% from 2025 to 2030.",
         T(kind="change", direction="down", relative="60", year=2030, reference_year=2025)),
    case("sv", "Utsläppen ska minska med 20 procent i 2025 års budget.",
         T(kind="change", direction="down", relative="20", year=2025, reference_year=None)),
    case("en", "We will cut emissions by 12% from 1990 levels and move towards a 20% reduction in waste by 2010.",
         T(kind="change", direction="down", relative="12", reference_year=1990),
         T(kind="change", direction="down", relative="20", year=2010, reference_year=None)),
]

YEARS_OF_THE_WHOLE = [
    case("da", "Udledningen skal reduceres med 9.000 ton CO2e frem mod 2030, svarende til 20 pct. af udledningen i 2021.",
         T(kind="change", direction="down", absolute="9000", relative="20", year=2030, reference_year=2021)),
    case("en", "Emissions will be cut by 12,000 tonnes by 2030, equivalent to 25% of emissions in 2022.",
         T(kind="change", direction="down", absolute="12000", relative="25", year=2030, reference_year=2022)),
    case("nb", "Utslippene skal kuttes med 12 000 tonn innen 2030, tilsvarende 25 prosent av utslippene i 2022.",
         T(kind="change", direction="down", absolute="12000", relative="25", year=2030, reference_year=2022)),
    case("sv", "Utsläppen ska minska med 12 000 ton till 2030, vilket motsvarar 25 procent av utsläppen år 2022.",
         T(kind="change", direction="down", absolute="12000", relative="25", year=2030, reference_year=2022)),
    # look-alikes: a share aimed at of a group in its year, with no link before it
    case("da", "Andelen skal være 25 pct. af eleverne i 2030.", T(kind="level", level="25", year=2030, reference_year=None)),
    case("en", "At least 25% of pupils should walk to school in 2030.",
         T(kind="level", level="25", year=2030, reference_year=None)),
]

OPENINGS = [
    case("sv", "Målet är att antalet invånare ska uppgå till 30 000 år 2035. Den 31 december 2024 var folkmängden 27 912.",
         T(direction="up", level="30000", baseline="27912", year=2035)),
    case("en", "The share should be at least 90% by 2027. On 31 March 2024 it was 84%.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("en", "The share of invoices paid on time should be at least 95% by 2026. As at 31 March 2024 the share was 91%.",
         T(direction="up", level="95", hedge="at_least", baseline="91", year=2026)),
    case("nb", "Andelen skal være minst 90 prosent i 2027. Per 31. desember 2024 var andelen 84 prosent.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("da", "Andelen skal være mindst 90 pct. i 2027. Den 31. december 2024 var andelen 84 pct.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("da", "Andelen af borgere, der er tilfredse, skal være mindst 85 pct. i 2027. I brugerundersøgelsen 2024 var andelen 78 pct.",
         T(direction="up", level="85", hedge="at_least", baseline="78", year=2027)),
    case("nb", "Andelen elever som trives, skal være minst 90 prosent i 2028. I elevundersøkelsen 2024 var andelen 86 prosent.",
         T(direction="up", level="90", hedge="at_least", baseline="86", year=2028)),
    case("sv", "Andelen nöjda brukare ska vara minst 85 procent år 2027. I brukarundersökningen 2024 var andelen 79 procent.",
         T(direction="up", level="85", hedge="at_least", baseline="79", year=2027)),
    case("en", "At least 80% of staff should say they are proud to work here by 2027. In the 2024 staff survey, the share was 71%.",
         T(direction="up", level="80", hedge="at_least", baseline="71", year=2027)),
    # look-alikes: a date that opens a sentence of another unit, a survey of another subject's count, and a
    # survey noun not at the opening
    case("sv", "Andelen nöjda brukare ska vara minst 85 procent år 2027. Den 14 juni 2024 antog nämnden 12 åtgärder.",
         T(kind="level", level="85", baseline=None)),
    case("da", "Andelen skal være mindst 90 pct. i 2027. I brugerundersøgelsen 2024 deltog 1.240 borgere.",
         T(kind="level", level="90", baseline=None)),
    case("en", "The share should be at least 90% by 2027. In the 2024 staff survey, 1,240 staff replied.",
         T(kind="level", level="90", baseline=None)),
]

LATEST = [
    case("sv", "Högst 10 procent av befolkningen ska röka dagligen år 2030. Enligt den senaste mätningen röker 14 procent.",
         T(direction="down", level="10", hedge="at_most", baseline="14", year=2030)),
    case("da", "Højst 10 pct. af borgerne skal ryge dagligt i 2030. Ifølge den seneste måling ryger 14 pct.",
         T(direction="down", level="10", hedge="at_most", baseline="14", year=2030)),
    case("nb", "Høyst 10 prosent av befolkningen skal røyke daglig i 2030. Ifølge den siste målingen røyker 14 prosent.",
         T(direction="down", level="10", hedge="at_most", baseline="14", year=2030)),
    case("en", "No more than 10% of adults should smoke by 2030. According to the latest survey, 14% smoke.",
         T(direction="down", level="10", baseline="14", year=2030)),
    case("en", "At least 80% of residents should be satisfied by 2027. In the latest survey the share was 74%.",
         T(direction="up", level="80", hedge="at_least", baseline="74", year=2027)),
    case("en", "The council aims to answer 90% of calls within a minute. In financial year 2024 it answered 84%.",
         T(direction="up", level="90", baseline="84")),
    case("da", "Restancerne skal reduceres med 30 pct. inden udgangen af 2026. Ved indgangen til året var der 14.200 sager.",
         T(kind="change", direction="down", relative="30", baseline="14200", year=2026)),
    case("sv", "Ärendebalansen ska minska med 30 procent till utgången av 2026. Vid årets början fanns 14 200 ärenden.",
         T(kind="change", direction="down", relative="30", baseline="14200", year=2026)),
    case("en", "The backlog will be cut by 30% by the end of 2026. At the start of the year there were 14,200 cases.",
         T(kind="change", direction="down", relative="30", baseline="14200", year=2026)),
    case("nb", "Sykefraværet skal være under 4 prosent i 2026. Ved årets begynnelse var det 5,1 prosent.",
         T(direction="down", level="4", hedge="below", baseline="5.1", year=2026)),
    case("nb", "Andelen fristbrudd skal være under 5 prosent i 2026. I 2. tertial var andelen 8,3 prosent.",
         T(direction="down", level="5", hedge="below", baseline="8.3", year=2026)),
    case("da", "Andelen skal være mindst 90 pct. i 2027. I 3. kvartal var andelen 84 pct.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("sv", "Andelen ska vara minst 90 procent år 2027. I 1. tertialet var andelen 84 procent.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    # look-alikes: a count after the same opening, a number of things opening a sentence, and a share that rose
    case("da", "Andelen skal være mindst 90 pct. i 2027. I 3 kommuner var andelen 84 pct.",
         T(kind="level", level="90", baseline=None)),
    case("da", "Andelen skal være mindst 90 pct. i 2027. Ifølge den seneste opgørelse deltog 1.240 borgere.",
         T(kind="level", level="90", baseline=None)),
    case("sv", "Andelen ska vara minst 90 procent år 2027. Enligt den senaste mätningen ökade andelen till 84 procent.",
         T(kind="level", level="90", baseline=None), T(direction="up", level="84")),
]

TIMES_NOW = [
    case("da", "Ventetiden på en plejebolig skal være under 8 uger i 2027. I december 2024 var ventetiden 11 uger.",
         T(direction="down", level="8", hedge="below", baseline="11", unit="week", year=2027)),
    case("sv", "Väntetiden till särskilt boende ska vara under 60 dagar till 2027. Vid utgången av 2024 var väntetiden 84 dagar.",
         T(direction="down", level="60", hedge="below", baseline="84", unit="day", year=2027)),
    case("nb", "Saksbehandlingstiden skal være under 6 uker i 2027. I desember 2024 var saksbehandlingstiden 9 uker.",
         T(direction="down", level="6", hedge="below", baseline="9", unit="week", year=2027)),
    # look-alikes: a count of other things after the same opening, and a time in a sentence with no copula
    case("sv", "Väntetiden till särskilt boende ska vara under 60 dagar till 2027. Vid utgången av 2024 väntade 84 personer.",
         T(kind="level", level="60", baseline=None)),
    case("da", "Ventetiden skal være under 8 uger i 2027. Ved udgangen af 2024 åbnede et nyt plejecenter med 60 pladser.",
         T(kind="level", level="8", baseline=None)),
]

STATUS_COUNTS = [
    case("en", "Our plan sets a target of 3,000 new homes by 2030. So far 1,150 have been completed and a further 620 are under construction.",
         T(kind="level", level="3000", year=2030)),
    case("en", "The strategy sets a target of 500 new council homes by 2028. A further 120 have planning permission.",
         T(kind="level", level="500", year=2028)),
    case("da", "Målet er 2.000 almene boliger i 2030. Indtil nu er 1.400 opført, og yderligere 210 er under opførelse.",
         T(kind="level", level="2000", year=2030)),
    case("sv", "Kommunen ska ha 2 000 nya hyresrätter år 2030. Hittills har 1 150 färdigställts och ytterligare 620 har bygglov.",
         T(kind="change", direction="up", absolute="2000", year=2030)),
    case("nb", "Kommunen skal ha 2 000 nye boliger i 2030. Så langt er 1 150 ferdigstilt, og ytterligere 620 er under bygging.",
         T(kind="change", direction="up", absolute="2000", year=2030)),
    # look-alikes: more in a statement of aim, and more of something named
    case("en", "A further 410 will be built by 2028.", T(kind="change", direction="up", absolute="410", year=2028)),
    case("en", "An extra 40,000 appointments will be offered.", T(kind="change", direction="up", absolute="40000")),
    case("sv", "Ytterligare 300 ska anställas till 2027.", T(kind="change", direction="up", absolute="300", year=2027)),
    case("da", "Yderligere 500 pladser skal etableres inden 2027.", T(kind="change", direction="up", absolute="500", year=2027)),
]

UP_FROM_FAR = [
    case("en", "The trust said 342 people had waited more than 12 hours in January, up from 298 in December.",
         T(direction="up", level="342", baseline="298")),
    case("en", "The charity said 186 people had slept rough on a single night in November, down from 214 a year earlier.",
         T(direction="down", level="186", baseline="214")),
    case("da", "Hospitalet havde 342 patienter, der ventede mere end 12 timer i januar, op fra 298 i december.",
         T(direction="up", level="342", baseline="298")),
    case("da", "Museet havde 182.000 besøgende i hele året og i alle afdelinger, op fra 150.500 året før.",
         T(direction="up", level="182000", baseline="150500")),
    # look-alikes: "up from" after a new clause
    case("en", "The trust had 342 beds in January; admissions were up from 298 in December."),
    case("sv", "Kommunen hade 4 300 anställda i december; sjukfrånvaron var upp från 2023."),
]

CEILINGS_IN_CLAUSES = [
    case("da", "Målet er, at frafaldet højst er 15 pct.", T(kind="level", level="15", hedge="at_most")),
    case("da", "Byrådet ønsker, at sygefraværet højst er 6 pct. ved udgangen af 2026.",
         T(kind="level", level="6", hedge="at_most", year=2026)),
    case("da", "Målsætningen er, at andelen mindst er 80 pct. i 2028.", T(kind="level", level="80", hedge="at_least", year=2028)),
    case("nb", "Målet er at frafallet høyst er 15 prosent.", T(kind="level", level="15", hedge="at_most")),
    case("nb", "Målet er at andelen minst er 80 prosent i 2028.", T(kind="level", level="80", hedge="at_least", year=2028)),
    case("sv", "Målet är att avhoppen högst är 15 procent.", T(kind="level", level="15", hedge="at_most")),
    case("sv", "Målet är att andelen minst är 80 procent år 2028.", T(kind="level", level="80", hedge="at_least", year=2028)),
    case("da", "Sygefraværet er i dag 8,2 pct. Målet er, at det højst er 6,5 pct. i 2027.",
         T(direction="down", baseline="8.2", level="6.5", hedge="at_most")),
    # look-alikes: a bound that is no hedge of the figure, and a bound on a fact
    case("da", "Det er højst usikkert, om 20 pct. af borgerne deltager."),
    case("sv", "Sjukfrånvaron var högst 7 procent under 2023."),
]

MEASURES_HAD = [
    case("da", "Kommunen skal have 40 MW solceller i 2030.", T(kind="level", level="40", unit="MW", year=2030, hedge=None)),
    case("nb", "Kommunen skal ha 40 MW solkraft i 2030.", T(kind="level", level="40", unit="MW", year=2030, hedge=None)),
    case("sv", "Kommunen ska ha 40 MW solel år 2030.", T(kind="level", level="40", unit="MW", year=2030, hedge=None)),
    case("en", "The council will have 40 MW of solar panels by 2030.", T(kind="level", level="40", unit="MW", year=2030)),
    case("en", "The council will install 12 MW of solar capacity by 2030.", T(kind="level", level="12", unit="MW", year=2030)),
    case("da", "Regionen vil installere 15 MW varmepumper inden 2028.", T(kind="level", level="15", unit="MW", year=2028)),
    # look-alikes: no year, a change in the measure, a time, a fact
    case("da", "Kommunen skal have 40 MW solceller."),
    case("sv", "Vi ska ha 300 ton mindre avfall år 2030."),
    case("da", "Vi skal have 300 ton mindre affald i 2030."),
    case("nb", "Vi skal ha 300 tonn mindre avfall i 2030."),
    case("da", "Eleverne skal have 6 timer idræt om ugen i 2026."),
    case("da", "Kommunen har 40 MW solceller i 2024."),
]

LABELS = [
    case("en", "Customer satisfaction: 81%. Target: 85%.", T(direction="up", baseline="81", level="85")),
    case("en", "Response rate: 45%.\nGoal: 60%.", T(direction="up", baseline="45", level="60")),
    case("da", "Brugertilfredshed: 81 pct. Mål: 85 pct.", T(direction="up", baseline="81", level="85")),
    case("nb", "Brukertilfredshet: 81 prosent. Mål: 85 prosent.", T(direction="up", baseline="81", level="85")),
    case("sv", "Nöjd kundindex: 81 procent. Mål: 85 procent.", T(direction="up", baseline="81", level="85")),
    case("sv", "Sjukfrånvaro: 7,4 procent. Målvärde: 6,5 procent.", T(direction="down", baseline="7.4", level="6.5")),
    # look-alikes: a share that rose, with no colon before it; a target label first
    case("en", "Customer satisfaction rose: 81%. Target: 85%.", T(kind="level", level="85", baseline=None)),
    case("da", "Mål: 85 pct. Status: 81 pct.", T(direction="up", level="85", baseline="81")),
]
# fmt: on

CASES = (
    LEVEL_YEARS
    + OPENINGS
    + LATEST
    + TIMES_NOW
    + STATUS_COUNTS
    + UP_FROM_FAR
    + CEILINGS_IN_CLAUSES
    + MEASURES_HAD
    + LABELS
)


test_a_form_read_since_rest14_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_has_sixty_cases_in_every_language() -> None:
    assert_floors(CASES, ("da", "en", "nb", "sv"), at_least=60, per_language=8)
