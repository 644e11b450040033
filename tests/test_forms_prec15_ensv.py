"""Misreadings the helpers of the fifteenth session found in English and Swedish, read since prec15-ensv, in
other wordings, each beside look-alikes that must stay as they were: a count or a measure to make after a verb
of making ("We will plant 10,000 trees by 2030", "Kommunen ska bygga 400 bostäder"), then the stock as it stands
today: an addition, no level the stock falls to, so the stock is no baseline of it; a count with a word of more
after a verb of making in the past ("The council hired 1,500 new employees", "Under 2023 examinerades 1 180 nya
poliser"): a fact of what was done, no change aimed at; a share in words with how often after "fler än" ("Var
fjärde brukare ... fler än fem gånger"), and a share of those named back ("11 procent av dem klarades upp"):
facts; a floor in a definition ("Physically active means at least 150 minutes a week"): what a word means, no
level of its own; the level a change starts from after "från en nivå på" and the amount of a year in the
genitive ("jämfört med 2019 års 40 000 ton"): its baseline; "Det motsvarar 3 procent av budgeten": no level; a
share after "will be" with the year it is due ("and it will be 4% by 2025"): a level aimed at; a change stated as
a band after "by" ("by 40 to 45 per cent", "med 40 till 45 procent"): one change, not a count and a level; a
halving measured in the past ("has halved", "har halverats"): a change of 50 percent in both languages. Sentences
written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_broad, case, read_as_test

# fmt: off
MADE_THEN_STOCK = [
    # a count or measure to make, then the stock today: the stock is no baseline, the target no fall
    case("en", "We will plant 10,000 trees by 2030. Today there are 45,000 trees in the borough.",
         T(level="10000", baseline=None, year=2030)),
    case("en", "The council will build 400 homes by 2030. In 2024 there were 12,000 homes in the city.",
         T(level="400", baseline=None, year=2030)),
    case("en", "The council will install 40 MW of solar panels by 2030. Today there are 55 MW.",
         T(level="40", baseline=None, year=2030)),
    case("sv", "Vi ska plantera 10 000 träd till 2030. I dag finns det 45 000 träd i kommunen.",
         T(level="10000", baseline=None, year=2030)),
    case("sv", "Kommunen ska bygga 400 bostäder till 2030. År 2024 fanns det 12 000 bostäder i kommunen.",
         T(level="400", baseline=None, year=2030)),
    case("sv", "Kommunen ska installera 40 MW solceller till 2030. I dag finns det 55 MW.",
         T(level="40", baseline=None, year=2030)),
    # what was made so far, with a verb of making in the past, stays the baseline of a count to make
    case("en", "The council will plant 8,000 trees a year. In 2024 we planted 6,300.",
         T(direction="up", level="8000", baseline="6300")),
    case("en", "We will build 40 km of cycle lanes by 2030. By the end of 2024, 12 km had been built.",
         T(direction="up", level="40", baseline="12", year=2030)),
    case("sv", "Kommunen ska plantera 8 000 träd per år. Under 2024 planterades 6 300.",
         T(direction="up", level="8000", baseline="6300")),
    case("sv", "Vi ska bygga 40 km cykelväg till 2030. Vid utgången av 2024 hade 12 km byggts.",
         T(direction="up", level="40", baseline="12", year=2030)),
    # the same form in Danish and Norwegian (read since prec15-dann)
    case("da", "Vi vil plante 10.000 træer inden 2030. I dag er der 45.000 træer i kommunen.",
         T(level="10000", baseline=None, year=2030)),
    case("nb", "Vi skal plante 10 000 trær innen 2030. I dag er det 45 000 trær i kommunen.",
         T(level="10000", baseline=None, year=2030)),
    # look-alikes kept: a level the stock itself falls to takes today's stock as its baseline
    case("en", "We will reduce the number of rough sleepers to 150 by 2027. Today there are 230 rough sleepers in the city.",
         T(direction="down", level="150", baseline="230")),
    case("sv", "Antalet hemlösa ska minska till 150 till 2027. I dag finns 230 hemlösa i kommunen.",
         T(direction="down", level="150", baseline="230")),
]
DONE_IN_THE_PAST = [
    # a count with a word of more after a verb of making in the past: a fact, no change aimed at
    case("en", "The council hired 1,500 new employees. Most of them work in social care."),
    case("en", "In 2023 the council built 412 new homes. The homes were let within a month."),
    case("en", "Last year the force recruited 200 more officers. They started in September."),
    case("sv", "Under 2023 examinerades 1 180 nya poliser. De flesta placerades i storstäderna."),
    case("sv", "Kommunen anställde 1 500 nya medarbetare. De flesta arbetar inom äldreomsorgen."),
    case("sv", "Förra året byggdes 412 nya bostäder. Bostäderna hyrdes ut inom en månad."),
    # the same count to make, aimed at: a change
    case("en", "The council will hire 1,500 new employees by 2027. Most of them will work in social care.",
         T(kind="change", direction="up", absolute="1500", year=2027)),
    case("sv", "Polisen ska anställa 1 180 nya poliser till 2027. De ska placeras i storstäderna.",
         T(kind="change", direction="up", absolute="1180", year=2027)),
    # the count first, then the verb of making in the past passive: a fact as well
    case("en", "Last year 1,500 new employees were hired. Most of them work in social care."),
    case("en", "In 2023, 412 new homes were built in the city. The homes were let within a month."),
    case("sv", "1 180 nya poliser examinerades under 2023. De flesta placerades i storstäderna."),
    case("sv", "Under 2023 färdigställdes 412 nya bostäder i staden. Bostäderna hyrdes ut inom en månad."),
    # the same passive, aimed at: a change
    case("en", "By 2027, 1,500 new employees will be hired. Most of them will work in social care.",
         T(kind="change", direction="up", absolute="1500", year=2027)),
]
FACTS_OF_A_SHARE = [
    # a share in words with how often: a fact; a share of those named back: a fact
    case("sv", "Var fjärde brukare besöker akuten fler än fem gånger per år. Det visar en ny rapport."),
    case("sv", "Två av tre patienter träffar fler än tre läkare per år. Det visar en ny rapport."),
    case("sv", "Polisen tog emot 52 000 anmälningar om inbrott. Omkring 11 procent av dem klarades upp."),
    case("sv", "Nämnden fick in 900 ärenden under året. Drygt 40 procent av dessa avslutades inom en månad."),
    case("en", "One in four users visits A&E more than five times a year. This is shown in a new report."),
    case("en", "The police received 52,000 reports of burglary. About 11% of them were solved."),
    # an aim of the same share stays a level aimed at
    case("sv", "Polisen tog emot 52 000 anmälningar om inbrott. Minst 20 procent av dem ska klaras upp.",
         T(kind="level", level="20", hedge="at_least")),
]
DEFINITION_FLOOR = [
    # a floor in a definition: what the word means, no level of its own
    case("en", "Physically active means at least 150 minutes a week. The survey asks about the last seven days."),
    case("en", "By physically active we mean at least 150 minutes of exercise a week. The survey asks about the last seven days."),
    case("sv", "Med fysiskt aktiv menas minst 150 minuter per vecka. Enkäten frågar om de senaste sju dagarna."),
    case("sv", "Fysiskt aktiv innebär minst 150 minuter fysisk aktivitet per vecka. Enkäten frågar om de senaste sju dagarna."),
    case("en", "At least 70% of adults should be physically active by 2030. Physically active means at least 150 minutes a week.",
         T(kind="level", level="70", hedge="at_least", year=2030)),
    case("sv", "Minst 70 procent av de vuxna ska vara fysiskt aktiva år 2030. Med fysiskt aktiv menas minst 150 minuter per vecka.",
         T(kind="level", level="70", hedge="at_least", year=2030)),
    # a link to a target ("This means") is no definition: the level stays
    case("en", "Emissions will be halved by 2030. This means at most 4,000 tonnes in 2030.",
         T(direction="down", relative="50", level="4000", hedge="at_most")),
    case("sv", "Utsläppen ska halveras till 2030. Det innebär högst 4 000 ton år 2030.",
         T(direction="down", relative="50", level="4000", hedge="at_most")),
]
WHERE_A_CHANGE_STARTS = [
    # after "från en nivå på" the level where the change starts, its baseline; "till" after a comma, its level
    case("sv", "Utsläppen ska minska med 25 procent från en nivå på 40 000 ton, till 30 000 ton.",
         T(kind="change", direction="down", relative="25", baseline="40000", level="30000", verdict="consistent")),
    case("sv", "Utsläppen ska minska med 25 procent från en nivå på 40 000 ton, till 20 000 ton.",
         T(kind="change", direction="down", relative="25", baseline="40000", level="20000", verdict="inconsistent")),
    case("sv", "Avfallet ska minska med 10 procent till 2030 från en nivå på 400 kg per invånare. Det gäller hushållsavfall.",
         T(kind="change", direction="down", relative="10", baseline="400", level=None)),
    case("sv", "Utsläppen ska minska med 25 procent till 2030 jämfört med 2019 års 40 000 ton. Det gäller hela kommunen.",
         T(kind="change", direction="down", relative="25", baseline="40000", year=2030, reference_year=2019)),
    case("en", "Emissions will be cut by 25 per cent from a level of 40,000 tonnes, to 30,000 tonnes. The plan sets out how.",
         T(kind="change", direction="down", relative="25", baseline="40000", level="30000", verdict="consistent")),
    case("en", "Emissions will be cut by 25 per cent from a level of 40,000 tonnes, to 20,000 tonnes.",
         T(kind="change", direction="down", relative="25", baseline="40000", level="20000", verdict="inconsistent")),
    case("en", "Household waste will fall by 10% by 2030 from a level of 400 kg per resident. This covers household waste only.",
         T(kind="change", direction="down", relative="10", baseline="400", level=None)),
    case("en", "Emissions will fall by 25 per cent by 2030 compared with 2019's 40,000 tonnes. This covers the whole borough.",
         T(kind="change", direction="down", relative="25", baseline="40000", year=2030, reference_year=2019)),
    # a level after "till" with no starting level stays the level reached
    case("sv", "Antalet hemlösa i kommunen minskade med 40 till 310 år 2025. Det är färre än väntat.",
         T(direction="down", absolute="40", level="310")),
    case("en", "The number of rough sleepers fell by 40 to 310 in 2025. That is fewer than expected.",
         T(direction="down", absolute="40", level="310")),
    # "Det motsvarar 3 procent av budgeten": a share of the budget, no level
    case("sv", "Kommunen har avsatt 12 mnkr till satsningen. Det motsvarar 3 procent av budgeten."),
    case("en", "The council has set aside £12m for the programme. That is 3% of the budget."),
]
WILL_BE_BY = [
    # a share after "will be" with the year it is due: a level aimed at
    case("en", "Unemployment is 6% today, and it will be 4% by 2025. The plan sets out how.",
         T(kind="level", level="4", year=2025)),
    case("en", "The recycling rate will be 65% by 2030. The plan sets out how.",
         T(kind="level", level="65", year=2030)),
    # a forecast with no year it is due by, or expected: nothing
    case("en", "Inflation will be 4% next year. Prices of food will rise the most."),
    case("en", "Unemployment is expected to be 4% by 2025. The forecast was made in May."),
]
BAND_OF_A_CHANGE = [
    # a change stated as a band after "by", "med": one change, the band its interval
    case("en", "Emissions will fall by 40 to 45 per cent by 2030. The plan sets out how.",
         T(kind="change", direction="down", low="39.5", high="45.5", year=2030)),
    case("en", "The share of pupils who walk to school will rise by 2 to 3 percentage points by 2027. The plan sets out how.",
         T(kind="change", direction="up", low="1.5", high="3.5", year=2027)),
    case("sv", "Utsläppen ska minska med 40 till 45 procent till 2030. Planen visar hur.",
         T(kind="change", direction="down", low="39.5", high="45.5", year=2030)),
    case("sv", "Andelen elever som går till skolan ska öka med 2 till 3 procentenheter till 2027. Planen visar hur.",
         T(kind="change", direction="up", low="1.5", high="3.5", year=2027)),
    # a from-to stays a from-to
    case("en", "The share of pupils who walk to school will rise from 40 to 45 per cent by 2030. The plan sets out how.",
         T(direction="up", baseline="40", level="45")),
    case("sv", "Andelen elever som går till skolan ska öka från 40 till 45 procent till 2030. Planen visar hur.",
         T(direction="up", baseline="40", level="45")),
]
HALVED_IN_THE_PAST = [
    # a halving measured in the past: a change of 50 percent, the same in both languages
    case("en", "Smoking among adults has halved since 2006. The survey is run every year.",
         T(kind="change", direction="down", relative="50", reference_year=2006)),
    case("sv", "Andelen vuxna som röker har halverats sedan 2006. Undersökningen görs varje år.",
         T(kind="change", direction="down", relative="50", reference_year=2006)),
    case("sv", "Utsläppen från industrin halverades mellan 1990 och 2020. Undersökningen görs varje år.",
         T(kind="change", direction="down", relative="50")),
    case("en", "Emissions from industry halved between 1990 and 2020. The survey is run every year.",
         T(kind="change", direction="down", relative="50")),
]
LOOK_ALIKES = [
    # facts and numbers that are no targets, in paragraphs, kept as they were
    case("en", "The council planted 3,000 trees last year. Most of them were oaks."),
    case("en", "The bridge was built in 1894. It is 312 metres long."),
    case("en", "The survey was sent to 4,000 households. About half of them replied."),
    case("en", "The council employs 1,500 people. Most of them work in social care."),
    case("en", "The programme ran for 12 weeks. Each session lasted 90 minutes."),
    case("en", "Table 3 on page 12 sets out the figures. The notes are in Appendix 2."),
    case("en", "The committee met in week 8 and in week 10. The minutes were published in March."),
    case("en", "There are 45,000 trees in the borough. Most of them are in parks."),
    case("en", "The hospital has 40 to 45 beds on each ward. The wards were rebuilt in 2019."),
    case("sv", "Kommunen planterade 3 000 träd förra året. De flesta var ekar."),
    case("sv", "Bron byggdes 1894. Den är 312 meter lång."),
    case("sv", "Enkäten skickades till 4 000 hushåll. Ungefär hälften av dem svarade."),
    case("sv", "Kommunen har 1 500 anställda. De flesta arbetar inom äldreomsorgen."),
    case("sv", "Programmet pågick i 12 veckor. Varje träff varade i 90 minuter."),
    case("sv", "Tabell 3 på sidan 12 visar siffrorna. Noterna finns i bilaga 2."),
    case("sv", "Nämnden sammanträdde vecka 8 och vecka 10. Protokollen publicerades i mars."),
    case("sv", "Det finns 45 000 träd i kommunen. De flesta står i parker."),
    case("sv", "Sjukhuset har 40 till 45 platser på varje avdelning. Avdelningarna byggdes om 2019."),
]
# fmt: on

CASES = [
    *MADE_THEN_STOCK,
    *DONE_IN_THE_PAST,
    *FACTS_OF_A_SHARE,
    *DEFINITION_FLOOR,
    *WHERE_A_CHANGE_STARTS,
    *WILL_BE_BY,
    *BAND_OF_A_CHANGE,
    *HALVED_IN_THE_PAST,
    *LOOK_ALIKES,
]


test_a_form_read_since_prec15_ensv_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_broad(CASES, ("en", "sv"), at_least=60, per_language=28)
