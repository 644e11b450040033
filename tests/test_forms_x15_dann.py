"""Forms the batteries knew the reader could not read, read since x15-dann, in other wordings and in Danish and
Norwegian bokmål, each beside look-alikes that must stay as they were: a count right after the preposition of a
verb of aiming, the subject between them or not, with a year after it ("Nu sigter byrådet efter 3.000 boliger i
2028", "Fylkeskommunen tar sikte på 450 læreplasser i 2027"), a level aimed at (the scan now finds it as figure
material, lexicon ``aiming_phrases``; rules ``{da,nb}.level.count-aimed-at``); and the level a change led to
after a comma, a level preposition and a noun of an average or a level before a second preposition ("steg 4,2
prosent det siste året, til et gjennomsnitt på 4,6 millioner kroner", "til et niveau på 3.900"), read by the
rules ``{da,nb}.reaches.change-comma-level``; and a from-to whose ends are both fractions in words ("skal økes
fra en tredjedel til halvparten"), no halving (a factor after its object that goes the other way than its verb
is none); and the level after a comma and 'til' of a change read after a weak direction word ("har gått ned
med 8 prosent det siste året, til 121 400", rules ``{da,nb}.level.change-read-later-comma-level``). Sentences written for this test; the helpers are those of
``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
AIMED_COUNTS = [
    case("da", "Nu sigter byrådet efter 3.000 boliger i 2028.",
         T(kind="level", level="3000", year=2028)),
    case("da", "Regionen stiler mod 450 uddannelsespladser i 2027.",
         T(kind="level", level="450", year=2027)),
    case("da", "Kommunen sigter mod 1.200 lærlinge inden 2030.",
         T(kind="level", level="1200", year=2030)),
    case("da", "Med den nye plan sigter kommunen efter 800 praktikpladser senest i 2029.",
         T(kind="level", level="800", year=2029)),
    case("da", "Efter sidste års succes sigter foreningen nu mod 5.000 medlemmer i 2027.",
         T(kind="level", level="5000", year=2027)),
    case("nb", "Nå sikter bystyret mot 3 000 boliger i 2028.",
         T(kind="level", level="3000", year=2028)),
    case("nb", "Fylkeskommunen tar sikte på 450 læreplasser i 2027.",
         T(kind="level", level="450", year=2027)),
    case("nb", "Kommunen sikter mot 1 200 lærlinger innen 2030.",
         T(kind="level", level="1200", year=2030)),
    case("nb", "Med den nye planen tar kommunen sikte på 800 studentboliger innen 2029.",
         T(kind="level", level="800", year=2029)),
    case("nb", "Etter fjorårets rekord sikter festivalen nå mot 40 000 besøkende i 2027.",
         T(kind="level", level="40000", year=2027)),
    # look-alikes: no aim, a charge, a past aim, a plan's parts, a change after the verb of aiming, a year
    case("da", "Politiet sigter efter razziaen 3 personer for hæleri."),
    case("da", "Anklageren sigter mod 12 års fængsel til den tiltalte."),
    case("da", "Byrådet sigtede efter 3.000 boliger, men der blev bygget 2.400."),
    case("da", "Planen sigter mod 3 indsatsområder: bolig, trafik og klima."),
    case("da", "Kommunen sigter mod 2030 med en ny plan for boligbyggeriet."),
    case("da", "Kommunen sigter mod at øge antallet med 300 boliger frem mod 2030.",
         T(kind="change", direction="up", absolute="300", year=2030)),
    case("nb", "Politiet sikter etter razziaen 3 personer for heleri."),
    case("nb", "Aktor sikter mot 12 års fengsel for den tiltalte."),
    case("nb", "Bystyret siktet mot 3 000 boliger, men det ble bygget 2 400."),
    case("nb", "Planen sikter mot 3 innsatsområder: bolig, trafikk og klima."),
    case("nb", "Kommunen sikter mot 2030 med en ny plan for boligbyggingen."),
]
LEVELS_AFTER_AN_AVERAGE = [
    case("nb", "Leieprisene steg 3,8 prosent i fjor, til et gjennomsnitt på 14 200 kroner i måneden.",
         T(kind="change", direction="up", relative="3.8", level="14200", verdict="consistent")),
    case("nb", "Antall bostedsløse har økt med 9 prosent siden 2021, til et nivå på 3 900.",
         T(kind="change", direction="up", relative="9", level="3900", reference_year=2021, verdict="consistent")),
    case("nb", "Strømprisen falt 12 prosent i andre kvartal, til et snitt på 86 øre per kWh.",
         T(kind="change", direction="down", relative="12", level="0.86", verdict="consistent")),
    case("da", "Huslejen steg 3,8 pct. sidste år, til et gennemsnit på 7.400 kr. om måneden.",
         T(kind="change", direction="up", relative="3.8", level="7400", verdict="consistent")),
    case("da", "Boligpriserne steg 4,2 pct. det seneste år, til et gennemsnit på 4,6 mio. kr.",
         T(kind="change", direction="up", relative="4.2", level="4600000", verdict="consistent")),
    case("da", "Antallet af hjemløse er steget med ca. 9 pct. siden 2021, til et niveau på 3.900.",
         T(kind="change", direction="up", relative="9", level="3900", reference_year=2021, verdict="consistent")),
    # look-alikes: an average after another preposition, or in a clause of its own, is no level of the change
    case("da", "Huslejen steg 3,8 pct. sidste år, med et gennemsnit på 7.400 kr. om måneden i København.",
         T(kind="change", direction="up", relative="3.8", level=None)),
    case("da", "Huslejen steg 3,8 pct. sidste år, mens et gennemsnit på 7.400 kr. om måneden er almindeligt.",
         T(kind="change", direction="up", relative="3.8", level=None)),
    case("nb", "Leieprisene steg 3,8 prosent i fjor, med et gjennomsnitt på 14 200 kroner i måneden i Oslo.",
         T(kind="change", direction="up", relative="3.8", level=None)),
    case("nb", "Boligprisene steg 4,2 prosent det siste året, mens et gjennomsnitt på 4,6 millioner kroner er vanlig.",
         T(kind="change", direction="up", relative="4.2", level=None)),
    case("nb", "Leieprisene steg 3,8 prosent i fjor, til en pris på 14 200 kroner for en toroms.",
         T(kind="change", direction="up", relative="3.8", level=None)),
]
FROM_TO_IN_FRACTIONS = [
    case("nb", "Andelen elever som går til skolen skal økes fra en tredjedel til halvparten innen 2028.",
         T(kind="change", direction="up", level="50", baseline="100/3", year=2028, verdict="unverifiable")),
    case("nb", "Andelen sykehjemsbeboere med underernæring skal reduseres fra en fjerdedel til en femtedel innen 2029.",
         T(kind="change", direction="down", level="20", baseline="25", year=2029, verdict="unverifiable")),
    case("da", "Andelen af pendlere på cykel skal øges fra en tredjedel til halvdelen inden 2030.",
         T(kind="change", direction="up", level="50", baseline="100/3", year=2030, verdict="unverifiable")),
    case("da", "Andelen af borgere i hjemmeplejen med faldulykker skal nedbringes fra en fjerdedel til en femtedel inden 2028.",
         T(kind="change", direction="down", level="20", baseline="25", year=2028, verdict="unverifiable")),
    # look-alikes: a halving stays a halving; a share in words after a verb of change up is no halving
    case("nb", "Matsvinnet skal reduseres til halvparten innen 2030.",
         T(kind="change", direction="down", relative="50", year=2030)),
    case("da", "Madspildet skal reduceres til halvdelen inden 2030.",
         T(kind="change", direction="down", relative="50", year=2030)),
    case("nb", "Andelen elever som sykler til skolen skal økes til halvparten innen 2030.",
         T(kind="level", level="50", year=2030),
         xfail="a share in words after a verb of change up and 'til' ('skal økes til halvparten') is not read as"
               " the level aimed at (it is no longer read as a halving)"),
]
LEVELS_AFTER_A_WEAK_CHANGE = [
    case("nb", "Antall sosialhjelpsmottakere har gått ned med 6 prosent det siste året, til 48 300.",
         T(kind="change", direction="down", relative="6", level="48300", unit="count", verdict="consistent")),
    case("nb", "Antall elever i kulturskolen har gått opp med 5 prosent siden i fjor, til 2 150.",
         T(kind="change", direction="up", relative="5", level="2150", unit="count", verdict="consistent")),
    case("da", "Antallet af kontanthjælpsmodtagere er gået ned med 6 pct. det seneste år, til 48.300.",
         T(kind="change", direction="down", relative="6", level="48300", unit="count", verdict="consistent")),
    case("da", "Antallet af langtidsledige skal ned med 10 pct., til ca. 900.",
         T(kind="change", direction="down", relative="10", level="900", unit="count", verdict="consistent")),
    # look-alikes: the count in a sentence of its own, or after 'og til' with a year, is no level of the change
    case("nb", "Antall sosialhjelpsmottakere har gått ned med 6 prosent det siste året. Til sammen 48 300 mottok stønad.",
         T(kind="change", direction="down", relative="6", level=None)),
    case("da", "Antallet af kontanthjælpsmodtagere er gået ned med 6 pct. det seneste år. I alt 48.300 modtog ydelsen.",
         T(kind="change", direction="down", relative="6", level=None)),
]
# fmt: on

CASES = AIMED_COUNTS + LEVELS_AFTER_AN_AVERAGE + FROM_TO_IN_FRACTIONS + LEVELS_AFTER_A_WEAK_CHANGE


test_a_form_read_since_x15_dann_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_has_thirty_cases_in_danish_and_norwegian() -> None:
    assert_floors(CASES, ("da", "nb"), at_least=30, per_language=12, look_alikes_per_language=5)
