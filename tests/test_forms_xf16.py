"""Known misreadings and forms fixed since xf16, in other wordings and in the four languages, each beside
look-alikes that must stay as they were: a fraction word or a factor ("halved", "by a third", "halveres")
stated beside the exact ends of a from-to is the exact percent it names, read as a whole percent (the
convention of DESIGN and of the corpus gold): "halved" said of 1,600 -> 820 (48.75 %) is inconsistent, as
1,600 -> 1,100 is, and 1,600 -> 800 holds; a share of a whole stated as it stands, with no word of aim, no direction,
no bound, no target noun and no year it is due ("Forests cover 12% of the land"), is a fact, whatever its
verb; a count of new things with a change in percent measured against another count of its kind ("1,200 new
homes are planned, an increase of 20% on the previous plan") is a level and its change, not a change of
1,200; and the amount of a year in the genitive ("against 2019's 40,000 tonnes", "jämfört med 2019 års 40 000
ton") is the baseline of a level aimed at or a change in tonnes too, as "2019-niveauet på 40.000 ton" is;
and a share aimed at, then the next sentence that names it again by a pronoun ("It was 14.2 per cent in the
year to June 2024", "Den var 58 procent") or leaves its verb out ("Last year 59% did."): its baseline.
Sentences written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_broad, case, read_as_test

# fmt: off
LOOSE_FRACTIONS = [
    # a fraction word beside exact ends: about that fraction under the hedge policy; exact ends that fit stay consistent
    case("en", "Burglaries in the city have halved since 2015, from 1,600 to 820. The figures come from the police.",
         T(kind="change", direction="down", relative="50", baseline="1600", level="820", reference_year=2015, verdict="inconsistent")),
    case("en", "Rough sleeping fell by a third between 2019 and 2024, from 300 to 205. Outreach teams now work every night.",
         T(kind="change", direction="down", relative="100/3", baseline="300", level="205", year=2024, verdict="inconsistent")),
    case("en", "The number of children in temporary accommodation is to be halved by 2028, from 640 to 330.",
         T(kind="change", direction="down", relative="50", baseline="640", level="330", year=2028, verdict="inconsistent")),
    case("en", "Waste sent to landfill will be cut by a quarter, from 20,000 to 15,400 tonnes. The new plant opens next spring.",
         T(kind="change", direction="down", relative="25", baseline="20000", level="15400", verdict="inconsistent")),
    case("en", "Burglaries have halved since 2015, from 1,600 to 800.",
         T(kind="change", direction="down", relative="50", baseline="1600", level="800", verdict="consistent")),
    case("en", "Burglaries have halved since 2015, from 1,600 to 1,100.",
         T(kind="change", direction="down", relative="50", baseline="1600", level="1100", verdict="inconsistent")),
    case("da", "Antallet af indbrud i byen er halveret siden 2015, fra 1.600 til 820. Tallene kommer fra politiet.",
         T(kind="change", direction="down", relative="50", baseline="1600", level="820", reference_year=2015, verdict="inconsistent")),
    case("da", "Antallet af hjemløse skal halveres fra 400 til 210 i 2030.",
         T(kind="change", direction="down", relative="50", baseline="400", level="210", year=2030, verdict="inconsistent")),
    case("da", "Antallet af hjemløse skal halveres fra 400 til 260 i 2030.",
         T(kind="change", direction="down", relative="50", baseline="400", level="260", year=2030, verdict="inconsistent")),
    case("da", "Deponeret affald skal reduceres med en fjerdedel, fra 20.000 til 15.400 ton. Det nye anlæg åbner til foråret.",
         T(kind="change", direction="down", relative="25", baseline="20000", level="15400", verdict="inconsistent")),
    case("nb", "Antall innbrudd i byen er halvert siden 2015, fra 1 600 til 820. Tallene kommer fra politiet.",
         T(kind="change", direction="down", relative="50", baseline="1600", level="820", reference_year=2015, verdict="inconsistent")),
    case("nb", "Antall bostedsløse skal halveres fra 400 til 210 innen 2030.",
         T(kind="change", direction="down", relative="50", baseline="400", level="210", year=2030, verdict="inconsistent")),
    case("nb", "Antall bostedsløse skal halveres fra 400 til 260 innen 2030.",
         T(kind="change", direction="down", relative="50", baseline="400", level="260", year=2030, verdict="inconsistent")),
    case("sv", "Antalet inbrott i staden har halverats sedan 2015, från 1 600 till 820. Siffrorna kommer från polisen.",
         T(kind="change", direction="down", relative="50", baseline="1600", level="820", reference_year=2015, verdict="inconsistent")),
    case("sv", "Antalet hemlösa ska halveras från 400 till 210 till 2030.",
         T(kind="change", direction="down", relative="50", baseline="400", level="210", year=2030, verdict="inconsistent")),
    case("sv", "Antalet hemlösa ska halveras från 400 till 260 till 2030.",
         T(kind="change", direction="down", relative="50", baseline="400", level="260", year=2030, verdict="inconsistent")),
]
SHARES_AIMED = [
    # a floor or ceiling the figure after it meets already: no start for a change, the level stays a level
    case("da", "Andelen af børn med alderssvarende sprog skal være mindst 90 pct. Den var 94 pct. ved screeningen i 2024.",
         T(kind="level", level="90", hedge="at_least")),
    case("en", "The share of households recycling food waste must be at least 60%. It was 64% in 2024.",
         T(kind="level", level="60", hedge="at_least")),
    case("sv", "Andelen ärenden som avgörs inom tre månader ska vara minst 90 procent. Förra året var andelen 93 procent.",
         T(kind="level", level="90", hedge="at_least")),
    case("nb", "Andelen elever som fullfører skal være minst 85 prosent. Den var 88 prosent i 2024.",
         T(kind="level", level="85", hedge="at_least")),
    # a share of a whole with a modal and its year: a level aimed at, as before
    case("en", "Forests should cover 20% of the land by 2040.", T(kind="level", level="20", year=2040)),
    case("da", "Skovene skal dække 20 pct. af arealet i 2040.", T(kind="level", level="20", year=2040)),
    case("nb", "Skogen skal dekke 20 prosent av arealet innen 2040.", T(kind="level", level="20", year=2040)),
    case("sv", "Skogen ska täcka 20 procent av ytan år 2040.", T(kind="level", level="20", year=2040)),
]
PLAN_COUNTS = [
    # a count of new things and its change against another count of its kind: the level and its change
    case("en", "1,200 new homes are planned, an increase of 20% on the previous plan. Most of them will be built near the station.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None, verdict="consistent")),
    case("en", "The local plan provides for 1,200 new homes, 20% more than the previous plan.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None)),
    case("da", "Der planlægges 1.200 nye boliger, en stigning på 20 pct. i forhold til forrige plan. De fleste skal ligge ved stationen.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None, verdict="consistent")),
    case("da", "Kommuneplanen rummer 1.200 nye boliger, 20 pct. flere end den forrige plan.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None)),
    case("nb", "Det planlegges 1 200 nye boliger, en økning på 20 prosent sammenlignet med forrige plan. De fleste skal ligge ved stasjonen.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None, verdict="consistent")),
    case("nb", "Kommuneplanen har plass til 1 200 nye boliger, 20 prosent flere enn forrige plan.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None)),
    case("sv", "1 200 nya bostäder planeras, en ökning med 20 procent jämfört med föregående plan. De flesta ska ligga nära stationen.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None, verdict="consistent")),
    case("sv", "Översiktsplanen rymmer 1 200 nya bostäder, 20 procent fler än föregående plan.",
         T(kind="level", direction="up", level="1200", relative="20", absolute=None)),
    # look-alike: new homes and the increase they are, with nothing to compare with: the change and its percent
    case("en", "We will build 1,450 new homes, an increase of 18%.",
         T(kind="change", direction="up", absolute="1450", relative="18", level=None, verdict="consistent")),
]
GENITIVE_YEAR = [
    # the amount of a year in the genitive (or "2019-niveauet på"): the baseline of a level or a change in tonnes
    case("en", "Emissions will fall to 30,000 tonnes in 2030, against 2019's 40,000 tonnes. Transport is the largest source.",
         T(kind="change", direction="down", level="30000", baseline="40000", year=2030, reference_year=2019)),
    case("en", "Household waste will be cut by 10,000 tonnes by 2030 compared with 2019's 40,000 tonnes.",
         T(kind="change", direction="down", absolute="10000", baseline="40000", year=2030, reference_year=2019)),
    case("en", "Emissions will fall by 25% to 30,000 tonnes compared with 2019's 40,000 tonnes.",
         T(kind="change", direction="down", relative="25", level="30000", baseline="40000", verdict="consistent")),
    case("en", "Household waste will be cut by 15,000 tonnes by 2030 compared with 2019's 40,000 tonnes, a cut of 25%.",
         T(kind="change", direction="down", absolute="15000", relative="25", baseline="40000", verdict="inconsistent")),
    case("sv", "Utsläppen ska minska till 30 000 ton år 2030, jämfört med 2019 års 40 000 ton. Transporterna är den största källan.",
         T(kind="change", direction="down", level="30000", baseline="40000", year=2030, reference_year=2019)),
    case("sv", "Hushållsavfallet ska minska med 10 000 ton till 2030 jämfört med 2019 års 40 000 ton.",
         T(kind="change", direction="down", absolute="10000", baseline="40000", year=2030, reference_year=2019)),
    case("sv", "Utsläppen ska minska med 25 procent till 30 000 ton jämfört med 2019 års 40 000 ton.",
         T(kind="change", direction="down", relative="25", level="30000", baseline="40000", verdict="consistent")),
    case("da", "Affaldet skal reduceres til 30.000 ton i 2030 i forhold til 2019-niveauet på 40.000 ton. Genbrugspladserne udvides.",
         T(kind="change", direction="down", level="30000", baseline="40000", year=2030, reference_year=2019)),
    case("da", "Affaldet skal reduceres med 10.000 ton i 2030 i forhold til 2019-niveauet på 40.000 ton.",
         T(kind="change", direction="down", absolute="10000", baseline="40000", year=2030, reference_year=2019)),
    case("nb", "Avfallet skal reduseres til 30 000 tonn i 2030, sammenlignet med 2019-nivået på 40 000 tonn. Gjenvinningsstasjonene bygges ut.",
         T(kind="change", direction="down", level="30000", baseline="40000", year=2030, reference_year=2019)),
    case("nb", "Avfallet skal reduseres med 10 000 tonn innen 2030 sammenlignet med 2019-nivået på 40 000 tonn.",
         T(kind="change", direction="down", absolute="10000", baseline="40000", year=2030, reference_year=2019)),
    # look-alikes: the year's amount in the next sentence is no baseline
    case("en", "Emissions will fall to 30,000 tonnes in 2030. 2019's 40,000 tonnes were a peak.",
         T(kind="level", level="30000", baseline=None)),
    case("sv", "Utsläppen ska minska till 30 000 ton år 2030. 2019 års 40 000 ton var en topp.",
         T(kind="level", level="30000", baseline=None)),
]
OUTCOME_AFTER_AIM = [
    # a share aimed at, then the next sentence names it again by a pronoun, or leaves its verb out: its baseline
    case("en", "The share of planning applications decided on time should be at least 90% by 2027. It was 83 per cent in the year to March 2025.",
         T(direction="up", level="90", baseline="83", hedge="at_least", year=2027)),
    case("en", "At least 70% of adults should be physically active by 2030. Last year 63% were.",
         T(direction="up", level="70", baseline="63", year=2030)),
    case("en", "By 2028, 95% of calls to the contact centre should be answered within a minute. Last year 88% were.",
         T(direction="up", level="95", baseline="88", year=2028)),
    case("en", "The share of invoices paid within 30 days should be 95% by 2027. Last year the share was 91%.",
         T(direction="up", level="95", baseline="91", year=2027)),
    case("sv", "Andelen ärenden som avgörs inom tre månader ska vara 95 procent år 2027. Förra året var andelen 88 procent.",
         T(direction="up", level="95", baseline="88", year=2027)),
    case("sv", "Andelen elbilar i kommunens bilpool ska vara 100 procent år 2027. Den var 58 procent vid utgången av 2024.",
         T(direction="up", level="100", baseline="58", year=2027)),
    # look-alikes: another group, a share denied, the nation's share, a share of another thing, a fact before
    case("en", "At least 70% of adults should be physically active by 2030. Last year 12% of staff left.",
         T(kind="level", level="70", baseline=None)),
    case("en", "By 2030, 90% of pupils should reach the expected standard in maths. Last year 59% did not.",
         T(kind="level", level="90", baseline=None)),
    case("en", "At least 70% of adults should be physically active by 2030. Nationally the share was 66%.",
         T(kind="level", level="70", baseline=None)),
    case("sv", "Minst 80 procent av eleverna ska läsa bra år 2028. I riket var andelen 74 procent.",
         T(kind="level", level="80", baseline=None)),
    case("sv", "Andelen elbilar i kommunens bilpool ska vara 100 procent år 2027. Den var 58 procent högre än 2023.",
         T(kind="level", level="100", baseline=None), T(kind="change", relative="58")),
    case("sv", "Enligt enkäten uppgav 64 procent av invånarna att de var nöjda 2024. Bland kvinnor var andelen 62 procent."),
]
STATUS_SHARES = [
    # a share of a whole as it stands, with no aim: a fact, whatever its verb; no target
    case("en", "Forests cover 12% of the land. Most of the woodland is conifer plantation."),
    case("en", "Renewables supply 40% of the power used in the county. Wind is the largest source."),
    case("en", "Woodland covered 9.8% of the district in 2022. The figure comes from the national inventory."),
    case("en", "Private renters occupy 23% of the homes in the borough. Many of them are young families."),
    case("en", "Buses carry 18% of all trips into the city centre. Rail carries most of the rest."),
    case("en", "Agriculture uses 70% of the land in the valley. The rest is towns, roads and water."),
    case("en", "Peat soils hold 35% of the carbon stored in the county. They are mostly in the uplands."),
    case("en", "Schools account for 41% of the council's energy use. Offices come second."),
    case("en", "Cars still make 61% of journeys to work. The share is lower in the city centre."),
    case("en", "The port handles 12% of the country's container traffic. It employs 3,400 people."),
    case("en", "Solar panels now cover 8% of council roofs. The first were fitted in 2015."),
    case("en", "Older people fill 62% of hospital beds in winter. The pressure peaks in January."),
    case("en", "Imports meet 55% of the region's demand for gas. The pipeline runs from the coast."),
    case("en", "Heat pumps heat 6% of homes in the district. Most homes still burn gas."),
    case("en", "Protected sites cover 14% of the coast. Several are of European importance."),
    case("en", "Nature reserves cover 3% of the municipality. The largest lies along the river."),
    case("da", "Skovene dækker 12 pct. af arealet. Det meste er nåleskov."),
    case("da", "Vindmøllerne leverer 40 pct. af strømmen i kommunen. Resten kommer fra solceller og biomasse."),
    case("da", "Skov dækkede 9,8 pct. af kommunens areal i 2022. Tallet stammer fra Danmarks Statistik."),
    case("da", "Lejere bor i 23 pct. af boligerne i kommunen. Mange af dem er unge."),
    case("da", "Busserne står for 18 pct. af turene til midtbyen. Toget står for resten."),
    case("da", "Landbruget dækker 60 pct. af arealet. Resten er byer, veje og natur."),
    case("da", "Skolerne bruger 41 pct. af kommunens energi. Administrationen kommer på andenpladsen."),
    case("da", "Bilen bruges til 61 pct. af turene til arbejde. Andelen er lavere i midtbyen.",
         xfail="a share after 'til' ('Bilen bruges til 61 pct. af turene til arbejde') is kept as a level: da.facts.share-status leaves a share after a level preposition alone, as a level reached ('fra 3 skoler til 20 pct. af eleverne')"),
    case("da", "Havnen håndterer 12 pct. af landets containertrafik. Den beskæftiger 3.400 personer."),
    case("da", "Solceller dækker nu 8 pct. af kommunens tage. De første blev sat op i 2015."),
    case("da", "Varmepumper opvarmer 6 pct. af boligerne. De fleste boliger har fjernvarme."),
    case("da", "Fredede områder dækker 14 pct. af kysten. Flere af dem er Natura 2000-områder."),
    case("da", "Ældre borgere optager 62 pct. af sengene om vinteren. Presset topper i januar."),
    case("da", "Importen dækker 55 pct. af regionens gasforbrug. Ledningen kommer fra Nordsøen."),
    case("da", "Naturområder dækker 3 pct. af kommunen. Det største ligger ved åen."),
    case("da", "Tørvejorde rummer 35 pct. af kulstoffet i jorden. De ligger især i ådalene."),
    case("nb", "Skogen dekker 12 prosent av arealet. Det meste er granskog."),
    case("nb", "Vindkraft leverer 40 prosent av strømmen i fylket. Resten kommer fra vannkraft."),
    case("nb", "Skog dekket 9,8 prosent av kommunens areal i 2022. Tallet kommer fra SSB."),
    case("nb", "Leietakere bor i 23 prosent av boligene i kommunen. Mange av dem er unge."),
    case("nb", "Bussene står for 18 prosent av reisene til sentrum. Toget tar resten."),
    case("nb", "Jordbruket dekker 60 prosent av arealet i dalen. Resten er tettsteder, veier og vann."),
    case("nb", "Skolene bruker 41 prosent av kommunens energi. Administrasjonen kommer på andreplass."),
    case("nb", "Havnen håndterer 12 prosent av containertrafikken i landet. Den sysselsetter 3 400 personer."),
    case("nb", "Solceller dekker nå 8 prosent av kommunens tak. De første ble montert i 2015."),
    case("nb", "Varmepumper varmer opp 6 prosent av boligene. De fleste boliger har fjernvarme.",
         xfail="'opp' of a particle verb ('varmer opp 6 prosent av boligene') is read as a word of direction, so the share is a change up"),
    case("nb", "Verneområder dekker 14 prosent av kysten. Flere av dem er nasjonalparker."),
    case("nb", "Eldre pasienter fyller 62 prosent av sengene om vinteren. Presset er størst i januar."),
    case("nb", "Import dekker 55 prosent av regionens gassbehov. Ledningen går fra kysten."),
    case("nb", "Naturreservater dekker 3 prosent av kommunen. Det største ligger ved elva."),
    case("nb", "Myrene lagrer 35 prosent av karbonet i jorda. De ligger mest i fjellet."),
    case("sv", "Skogen täcker 12 procent av ytan. Det mesta är granskog."),
    case("sv", "Vindkraften levererar 40 procent av elen i länet. Resten kommer från vattenkraft."),
    case("sv", "Skog täckte 9,8 procent av kommunens yta 2022. Siffran kommer från SCB."),
    case("sv", "Hyresgäster bor i 23 procent av bostäderna i kommunen. Många av dem är unga."),
    case("sv", "Bussarna står för 18 procent av resorna till centrum. Tåget tar resten."),
    case("sv", "Jordbruket täcker 60 procent av ytan i dalen. Resten är tätorter, vägar och vatten."),
    case("sv", "Skolorna använder 41 procent av kommunens energi. Förvaltningen kommer på andra plats."),
    case("sv", "Hamnen hanterar 12 procent av containertrafiken i landet. Den sysselsätter 3 400 personer."),
    case("sv", "Solceller täcker nu 8 procent av kommunens tak. De första monterades 2015."),
    case("sv", "Värmepumpar värmer 6 procent av bostäderna. De flesta bostäder har fjärrvärme."),
    case("sv", "Skyddade områden täcker 14 procent av kusten. Flera av dem är nationalparker."),
    case("sv", "Äldre patienter fyller 62 procent av sängarna på vintern. Trycket är störst i januari."),
    case("sv", "Importen täcker 55 procent av regionens gasbehov. Ledningen går från kusten."),
    case("sv", "Naturreservat täcker 3 procent av kommunen. Det största ligger vid ån."),
    case("sv", "Myrarna lagrar 35 procent av kolet i marken. De ligger mest i fjällen."),
]

CASES = [*LOOSE_FRACTIONS, *SHARES_AIMED, *PLAN_COUNTS, *GENITIVE_YEAR, *OUTCOME_AFTER_AIM, *STATUS_SHARES]


test_a_form_read_since_xf16_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_broad(CASES, ("da", "en", "nb", "sv"), at_least=60, per_language=15)
