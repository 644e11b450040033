"""Forms the batteries knew the reader could not read, read since xf15, in other wordings and in the four
languages, each beside look-alikes that must stay as they were: the amount a change is measured against, in a
relative clause on the year it is compared with ("i forhold til 1990, hvor den var 512.000 ton", "compared with
2009, when they were 80,000 tonnes"), linked as its baseline also when a link in the next sentence has joined
the change to its level or its change in tonnes first, or when that next sentence states the change in percent
the clause follows ("Det svarer til en stigning på 10 pct. i forhold til 2025, hvor tilskuddet var 15 mio.
kr."); and a numbered part of the year after a preposition ("in quarter 4", "i uge 12", "under vecka 12"): a
label of when, no figure, so the one share of its sentence is where the indicator stands; a measure after a
verb of making, using or emitting in the past ("The council emitted 24,000 tonnes of CO2e in 2023. The target is
12,000 tonnes"): where the target starts, as after a copula; the word right after a bare count, what it counts
("410 fald", "410 falls were recorded"), no word of a fall; and a change in a unit of measure, then where the
indicator stands today in that unit ("Der er i dag 2.300 hektar skov"): its baseline; and a time after a
copula in a month of a year, then whoever aims at a level of it named back ("was 21.1 weeks in October 2024. DVSA
aims to reduce this to 7 weeks"): where the level starts; and a share aimed at, then a share of a group as it
stood in a year ("In 2024, 78% of residents said they were satisfied"): its baseline, no level of its own;
and a level of measure aimed at, then the indicator named again after a copula with the year it stood in
("Medianväntetiden var 47 dagar under 2024"), or a change in money or tonnes, then the same ("Agency spend was
£11.8m in 2023/24"): its baseline; a count, then a share above a year a few words on ("2.1 million in FY2024,
6% above FY2023"): the level that change led to. Sentences written for this
test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_broad, case, read_as_test

# fmt: off
BASELINE_IN_CLAUSE = [
    # the amount in the clause on the year compared with: the baseline, after a link of the next sentence too
    case("da", "Udledningen fra kommunens bygninger skal reduceres med 50 pct. i 2030 i forhold til 2015, hvor den var 24.000 ton CO2e. Det svarer til en udledning på højst 12.000 ton CO2e i 2030.",
         T(direction="down", relative="50", level="12000", baseline="24000", hedge="at_most", unit="t", year=2030, reference_year=2015, verdict="consistent")),
    case("da", "Udledningen fra transport skal falde med 40 pct. frem mod 2030 i forhold til 2010, hvor den var 90.000 ton. Det svarer til en reduktion på 36.000 ton.",
         T(kind="change", direction="down", relative="40", absolute="36000", baseline="90000", year=2030, reference_year=2010, verdict="consistent")),
    case("da", "Tilskuddet til foreningslivet hæves med 1,5 mio. kr. fra 2026. Det svarer til en stigning på 10 pct. i forhold til 2025, hvor tilskuddet var 15 mio. kr.",
         T(kind="change", direction="up", absolute="1500000", relative="10", baseline="15000000", year=2026, verdict="consistent")),
    case("da", "Tilskuddet til foreningslivet hæves med 3 mio. kr. fra 2026. Det svarer til en stigning på 10 pct. i forhold til 2025, hvor tilskuddet var 15 mio. kr.",
         T(kind="change", direction="up", absolute="3000000", relative="10", baseline="15000000", year=2026, verdict="inconsistent")),
    case("da", "Affaldsmængden skal reduceres med 20 pct. inden 2028 i forhold til 2022, hvor den var 45.000 ton.",
         T(kind="change", direction="down", relative="20", baseline="45000", year=2028, reference_year=2022, verdict="unverifiable")),
    case("nb", "Utslippene fra kommunens bygg skal reduseres med 50 prosent innen 2030 sammenlignet med 2015, da de var 24 000 tonn. Det tilsvarer et kutt på om lag 12 000 tonn.",
         T(kind="change", direction="down", relative="50", absolute="12000", baseline="24000", year=2030, reference_year=2015, verdict="consistent")),
    case("nb", "Utslippene skal reduseres med 70 prosent sammenlignet med 1990, da de var 512 000 tonn. Det tilsvarer et utslipp på høyst 153 600 tonn i 2030.",
         T(direction="down", relative="70", level="153600", baseline="512000", hedge="at_most", unit="t", year=2030, reference_year=1990, verdict="consistent")),
    case("nb", "Tilskuddet til frivilligheten økes med 1,5 mill. kr fra 2026. Det tilsvarer en økning på 10 prosent sammenlignet med 2025, da tilskuddet var 15 mill. kr.",
         T(kind="change", direction="up", absolute="1500000", relative="10", baseline="15000000", year=2026, verdict="consistent")),
    case("nb", "Avfallsmengden skal reduseres med 20 prosent innen 2028 sammenlignet med 2022, da den var 45 000 tonn.",
         T(kind="change", direction="down", relative="20", baseline="45000", year=2028, reference_year=2022, verdict="unverifiable")),
    case("sv", "Utsläppen från kommunens byggnader ska minska med 50 procent till 2030 jämfört med 2015, då de var 24 000 ton. Det motsvarar en minskning med cirka 12 000 ton.",
         T(kind="change", direction="down", relative="50", absolute="12000", baseline="24000", year=2030, reference_year=2015, verdict="consistent")),
    case("sv", "Bidraget till föreningslivet höjs med 1,5 mnkr från 2026. Det motsvarar en ökning med 10 procent jämfört med 2025, då bidraget var 15 mnkr.",
         T(kind="change", direction="up", absolute="1500000", relative="10", baseline="15000000", year=2026, verdict="consistent")),
    case("sv", "Bidraget till föreningslivet höjs med 3 mnkr från 2026. Det motsvarar en ökning med 10 procent jämfört med 2025, då bidraget var 15 mnkr.",
         T(kind="change", direction="up", absolute="3000000", relative="10", baseline="15000000", year=2026, verdict="inconsistent")),
    case("sv", "Avfallsmängden ska minska med 20 procent till 2028 jämfört med 2022, då den var 45 000 ton.",
         T(kind="change", direction="down", relative="20", baseline="45000", year=2028, reference_year=2022, verdict="unverifiable")),
    case("en", "The council will cut emissions from its buildings by 50% by 2030 compared with 2015, when they were 24,000 tonnes. That is a cut of about 12,000 tonnes.",
         T(kind="change", direction="down", relative="50", absolute="12000", baseline="24000", year=2030, reference_year=2015, verdict="consistent")),
    case("en", "Emissions will fall by 70% on 1990, when they were 512,000 tonnes. This means emissions of at most 153,600 tonnes in 2030.",
         T(direction="down", relative="70", level="153600", baseline="512000", hedge="at_most", unit="t", year=2030, reference_year=1990, verdict="consistent")),
    case("en", "The grant to community groups will rise by £1.5m from 2026. This is an increase of 10% on 2025, when it was £15m.",
         T(kind="change", direction="up", absolute="1500000", relative="10", baseline="15000000", year=2026, verdict="consistent")),
    case("en", "Household waste will be cut by 20% by 2028 compared with 2022, when it was 45,000 tonnes.",
         T(kind="change", direction="down", relative="20", baseline="45000", year=2028, reference_year=2022, verdict="unverifiable")),
    # look-alikes: a share in the clause is no amount the change is measured against
    case("da", "Affaldsmængden skal reduceres med 20 pct. inden 2028 i forhold til 2022, hvor ledigheden var 5 pct.",
         T(kind="change", direction="down", relative="20", baseline=None, year=2028)),
    case("nb", "Avfallsmengden skal reduseres med 20 prosent innen 2028 sammenlignet med 2022, da ledigheten var 3 prosent.",
         T(kind="change", direction="down", relative="20", baseline=None, year=2028)),
    case("sv", "Avfallsmängden ska minska med 20 procent till 2028 jämfört med 2022, då arbetslösheten var 8 procent.",
         T(kind="change", direction="down", relative="20", baseline=None, year=2028)),
    case("en", "Household waste will be cut by 20% by 2028 compared with 2022, when unemployment was 4%.",
         T(kind="change", direction="down", relative="20", baseline=None, year=2028)),
]
NUMBERED_PERIODS = [
    # a numbered part of the year after a preposition: when, no figure; the one share is where it stands
    case("da", "Mindst 90 pct. af opkaldene til akuttelefonen skal besvares inden for tre minutter. En audit i uge 12 viste 84 pct.",
         T(direction="up", level="90", baseline="84", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("da", "Mindst 95 pct. af patienterne skal screenes for sepsis inden for en time. En stikprøve i kvartal 4 viste 88 pct.",
         T(direction="up", level="95", baseline="88", hedge="at_least")),
    case("nb", "Minst 90 prosent av samtalene til legevakten skal besvares innen tre minutter. I uke 12 ble 84 prosent besvart.",
         T(direction="up", level="90", baseline="84", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("nb", "Minst 95 prosent av pasientene skal screenes for sepsis innen en time. En revisjon i kvartal 4 viste 88 prosent.",
         T(direction="up", level="95", baseline="88", hedge="at_least")),
    case("sv", "Minst 90 procent av samtalen till vårdcentralen ska besvaras inom tre minuter. Under vecka 12 besvarades 84 procent.",
         T(direction="up", level="90", baseline="84", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("sv", "Minst 95 procent av patienterna ska screenas för sepsis inom en timme. Granskningen under kvartal 4 visade 88 procent.",
         T(direction="up", level="95", baseline="88", hedge="at_least")),
    case("sv", "Minst 90 procent av samtalen ska besvaras inom en minut. Under kvartal 4 var andelen 84 procent.",
         T(direction="up", level="90", baseline="84", hedge="at_least")),
    case("en", "At least 90% of calls should be answered within three minutes. In week 12, 84% were answered.",
         T(direction="up", level="90", baseline="84", hedge="at_least", unit="percent", verdict="unverifiable")),
    case("en", "At least 95% of patients should be screened for sepsis within an hour. An audit in quarter 4 found 88%.",
         T(direction="up", level="95", baseline="88", hedge="at_least")),
    case("en", "At least 90% of calls should be answered within a minute. In quarter 3 the share was 84%.",
         T(direction="up", level="90", baseline="84", hedge="at_least")),
    case("en", "By 2030, 90% of pupils should meet the expected standard in year 6. In 2024 the figure was 61%.",
         T(direction="up", level="90", baseline="61", year=2030, reference_year=2024)),
    case("en", "By 2035, 80% of adults should be qualified to level 3 or above. In 2024 the figure was 64%.",
         T(direction="up", level="80", baseline="64", year=2035, reference_year=2024)),
    case("en", "We will build 400 homes by 2028. In year 2, 120 homes will be completed.",
         T(kind="level", level="400", year=2028), T(kind="level", level="120")),
]
MEASURE_DONE = [
    # a measure after a verb of making, using or emitting in the past, then the target in its unit: its baseline
    case("da", "Kommunen udledte 24.000 ton CO2e i 2023. Målet er 12.000 ton i 2030.",
         T(direction="down", level="12000", baseline="24000", unit="t", year=2030, reference_year=2023, verdict="unverifiable")),
    case("da", "Solcelleanlæggene på skolerne producerede 3.100 MWh i 2024. Målet er 6.000 MWh om året i 2028.",
         T(direction="up", level="6000", baseline="3100", year=2028)),
    case("nb", "Kommunen slapp ut 24 000 tonn CO2e i 2023. Målet er 12 000 tonn innen 2030.",
         T(direction="down", level="12000", baseline="24000", unit="t", year=2030, reference_year=2023, verdict="unverifiable")),
    case("nb", "Solcelleanleggene på skolene produserte 3 100 MWh i 2024. Målet er 6 000 MWh i året innen 2028.",
         T(direction="up", level="6000", baseline="3100", year=2028)),
    case("sv", "Kommunen släppte ut 24 000 ton koldioxid 2023. Målet är 12 000 ton till 2030.",
         T(direction="down", level="12000", baseline="24000", unit="t", year=2030, reference_year=2023, verdict="unverifiable")),
    case("sv", "Solcellerna på skolorna producerade 3 100 MWh 2024. Målet är 6 000 MWh per år till 2028.",
         T(direction="up", level="6000", baseline="3100", year=2028)),
    case("en", "The council emitted 24,000 tonnes of CO2e in 2023. The target is 12,000 tonnes by 2030.",
         T(direction="down", level="12000", baseline="24000", unit="t", year=2030, reference_year=2023, verdict="unverifiable")),
    case("en", "In 2023/24 the council generated 3,100 MWh of renewable electricity. Our target is 6,000 MWh a year by 2027/28.",
         T(direction="up", level="6000", baseline="3100", year=2027)),
    # look-alikes: two measures before the target, or a target in another unit: no baseline
    case("da", "Kommunen udledte 24.000 ton CO2e i 2023 og 26.000 ton i 2022. Målet er 12.000 ton i 2030.",
         T(kind="level", level="12000", baseline=None, year=2030)),
    case("nb", "Kommunen slapp ut 24 000 tonn CO2e i 2023. Målet er at 90 prosent av innbyggerne sorterer avfall.",
         T(kind="level", level="90", baseline=None)),
    case("sv", "Kommunen släppte ut 24 000 ton koldioxid 2023 och 26 000 ton 2022. Målet är 12 000 ton till 2030.",
         T(kind="level", level="12000", baseline=None, year=2030)),
    case("en", "The council emitted 24,000 tonnes of CO2e in 2023. The target is for 90% of residents to recycle.",
         T(kind="level", level="90", baseline=None)),
]
WHAT_IT_COUNTS = [
    # a count of falls ("410 fald", "410 falls"): what it counts, no word of a fall; where the indicator stands
    case("da", "Antallet af faldulykker på plejecentrene skal reduceres med 20 pct. frem mod 2028. I 2024 var der 380 fald.",
         T(kind="change", direction="down", relative="20", baseline="380", year=2028, reference_year=2024, verdict="unverifiable")),
    case("nb", "Antall fallulykker blant eldre skal halveres innen 2028. I 2024 ble det registrert 410 fall.",
         T(kind="change", direction="down", relative="50", baseline="410", year=2028, reference_year=2024)),
    case("sv", "Antalet fallolyckor bland äldre ska halveras till 2028. Under 2024 registrerades 410 fall.",
         T(kind="change", direction="down", relative="50", baseline="410", year=2028, reference_year=2024)),
    case("en", "The number of falls should be halved by 2028. In 2024, 410 falls were recorded.",
         T(kind="change", direction="down", relative="50", baseline="410", year=2028, reference_year=2024)),
    case("en", "Falls among older people should fall by 20% by 2028. In 2024 there were 410 falls.",
         T(kind="change", direction="down", relative="20", baseline="410", year=2028, reference_year=2024)),
    # look-alikes: a count of more or fewer is a change of its own, no baseline
    case("da", "Antallet af faldulykker skal halveres frem mod 2028. I 2024 var der 410 færre.",
         T(kind="change", direction="down", relative="50", baseline=None, year=2028), T(kind="change", direction="down", absolute="410")),
    case("en", "Falls should fall by 20% by 2028. In 2024 there were 410 more falls.",
         T(kind="change", direction="down", relative="20", baseline=None, year=2028), T(kind="change", direction="up", absolute="410")),
]
CHANGE_IN_MEASURE = [
    # a change in a unit of measure, then where it stands today in that unit: its baseline
    case("da", "Skovarealet skal øges med 150 hektar inden 2030. I dag er der 2.300 hektar skov i kommunen.",
         T(kind="change", direction="up", absolute="150", baseline="2300", unit="ha", year=2030)),
    case("nb", "Skogarealet skal økes med 150 hektar innen 2030. I dag er det 2 300 hektar skog i kommunen, tilsvarende 7 prosent av arealet.",
         T(kind="change", direction="up", absolute="150", baseline="2300", unit="ha", year=2030)),
    case("nb", "Kommunen skal plante 150 hektar ny skog innen 2030. I dag er det 2 300 hektar skog i kommunen.",
         T(kind="change", direction="up", absolute="150", baseline="2300", unit="ha", year=2030)),
    case("sv", "Skogsarealen ska öka med 150 hektar till 2030. I dag finns det 2 300 hektar skog i kommunen, vilket motsvarar 7 procent av ytan.",
         T(kind="change", direction="up", absolute="150", baseline="2300", unit="ha", year=2030)),
    case("en", "Woodland cover will increase by 150 hectares by 2030. In 2024 there were 2,300 hectares of woodland, equal to 7% of the borough.",
         T(kind="change", direction="up", absolute="150", baseline="2300", unit="ha", year=2030, reference_year=2024)),
    # look-alikes: the work done so far, or a count of something else, is no baseline
    case("da", "Skovarealet skal øges med 150 hektar inden 2030. I dag er der plantet 40 hektar.",
         T(kind="change", direction="up", absolute="150", baseline=None, year=2030)),
    case("nb", "Skogarealet skal økes med 150 hektar innen 2030. I dag er det 2 300 ansatte i kommunen.",
         T(kind="change", direction="up", absolute="150", baseline=None, year=2030)),
    case("sv", "Skogsarealen ska öka med 150 hektar till 2030. I dag har 40 hektar planterats.",
         T(kind="change", direction="up", absolute="150", baseline=None, year=2030)),
    case("en", "Woodland cover will increase by 150 hectares by 2030. So far 40 hectares have been planted.",
         T(kind="change", direction="up", absolute="150", baseline=None, year=2030)),
]
NAMED_BACK = [
    # a time after a copula in a year (a month between or not), then whoever aims at a level of it named back
    case("da", "Ventetiden på køreprøve var 21 uger i oktober 2024. Styrelsen vil nedbringe den til 7 uger inden udgangen af 2025.",
         T(direction="down", level="7", baseline="21", unit="week", year=2025, reference_year=2024)),
    case("nb", "Ventetiden på oppkjøring var 21 uker i oktober 2024. Direktoratet vil redusere den til 7 uker innen utgangen av 2025.",
         T(direction="down", level="7", baseline="21", unit="week", year=2025, reference_year=2024)),
    case("sv", "Väntetiden för uppkörning var 21 veckor i oktober 2024. Trafikverket vill minska den till 7 veckor till slutet av 2025.",
         T(direction="down", level="7", baseline="21", unit="week", year=2025, reference_year=2024)),
    case("en", "The average wait for a hip operation was 34 weeks in March 2024. The trust aims to reduce this to 18 weeks by 2026.",
         T(direction="down", level="18", baseline="34", unit="week", year=2026, reference_year=2024)),
    # look-alikes: a course's length is no time an indicator stands at; a time reached, with no aim, starts nothing
    case("da", "Kurset varede 10 uger i oktober 2024. Kommunen vil udvide det til 12 uger i 2025.",
         T(kind="level", level="12", baseline=None, year=2025)),
    case("en", "The course lasted 10 weeks in October 2024. The council wants to extend it to 12 weeks in 2025.",
         T(kind="level", level="12", baseline=None, year=2025)),
    case("nb", "Ventetiden på oppkjøring var 21 uker i oktober 2024. Direktoratet har redusert den til 7 uker.",
         T(level="7", baseline=None)),
    case("sv", "Väntetiden för uppkörning var 21 veckor i oktober 2024. Trafikverket har minskat den till 7 veckor.",
         T(level="7", baseline=None)),
]
STATUS_SHARE = [
    # a share aimed at, then a share of a group as it stood in a year, no aim: its baseline, no level of its own
    case("da", "Mindst 85 pct. af borgerne skal være tilfredse med hjemmeplejen i 2027. I 2024 svarede 78 pct. af borgerne, at de var tilfredse.",
         T(direction="up", level="85", baseline="78", hedge="at_least", year=2027, reference_year=2024)),
    case("da", "Mindst 90 pct. af eleverne skal gennemføre en ungdomsuddannelse i 2030. I 2024 gennemførte 81 pct. af eleverne en ungdomsuddannelse.",
         T(direction="up", level="90", baseline="81", hedge="at_least", year=2030, reference_year=2024)),
    case("nb", "Minst 85 prosent av brukerne skal være fornøyde med hjemmetjenesten i 2027. I 2024 svarte 78 prosent av brukerne at de var fornøyde.",
         T(direction="up", level="85", baseline="78", hedge="at_least", year=2027, reference_year=2024)),
    case("nb", "Minst 90 prosent av elevene skal fullføre videregående opplæring innen 2030. I 2024 fullførte 81 prosent av elevene.",
         T(direction="up", level="90", baseline="81", hedge="at_least", year=2030, reference_year=2024)),
    case("sv", "Minst 85 procent av brukarna ska vara nöjda med hemtjänsten 2027. År 2024 svarade 78 procent av brukarna att de var nöjda.",
         T(direction="up", level="85", baseline="78", hedge="at_least", year=2027, reference_year=2024)),
    case("sv", "Minst 90 procent av eleverna ska ta examen till 2030. År 2024 tog 81 procent av eleverna examen.",
         T(direction="up", level="90", baseline="81", hedge="at_least", year=2030, reference_year=2024)),
    case("en", "At least 85% of residents should be satisfied with home care by 2027. In 2024, 78% of residents said they were satisfied.",
         T(direction="up", level="85", baseline="78", hedge="at_least", year=2027, reference_year=2024)),
    case("en", "By 2030, 90% of children leaving primary school should meet the expected standard. In 2024, 59% of children met it.",
         T(direction="up", level="90", baseline="59", year=2030, reference_year=2024)),
    # look-alikes: a share aimed at in the next sentence is a level of its own; a blank line parts them
    case("da", "Mindst 90 pct. af eleverne skal gennemføre en ungdomsuddannelse i 2030. I 2026 skal 81 pct. af eleverne have en mentor.",
         T(kind="level", level="90", baseline=None, year=2030), T(kind="level", level="81", baseline=None, year=2026)),
    case("sv", "Minst 90 procent av eleverna ska ta examen till 2030. År 2026 ska 81 procent av eleverna ha en mentor.",
         T(kind="level", level="90", baseline=None, year=2030), T(kind="level", level="81", baseline=None, year=2026)),
    case("en", "At least 90% of pupils should complete their course by 2030. In 2026, 81% of pupils should have a mentor.",
         T(kind="level", level="90", baseline=None, year=2030), T(kind="level", level="81", baseline=None, year=2026)),
    case("en", "At least 90% of pupils should complete their course by 2030.\n\nIn 2024, 81% of pupils completed their course.",
         T(kind="level", level="90", baseline=None, year=2030)),
]
STOOD_IN_YEAR = [
    # a level of measure aimed at, then the indicator named again stood at a figure in a year: its baseline
    case("da", "Ventetiden på første samtale skal være højst 30 dage. Den gennemsnitlige ventetid var 47 dage i 2024.",
         T(direction="down", level="30", baseline="47", hedge="at_most", unit="day", reference_year=2024)),
    case("da", "Udledningen fra kommunens bygninger skal være under 4.000 ton i 2030. Den var 5.200 ton i 2024.",
         T(direction="down", level="4000", baseline="5200", unit="t", year=2030, reference_year=2024)),
    case("nb", "Ventetiden til første samtale skal være høyst 30 dager. Gjennomsnittlig ventetid var 47 dager i 2024.",
         T(direction="down", level="30", baseline="47", hedge="at_most", unit="day", reference_year=2024)),
    case("sv", "Handläggningstiden för bygglov ska vara högst 8 veckor. Den genomsnittliga handläggningstiden var 11 veckor under 2024.",
         T(direction="down", level="8", baseline="11", hedge="at_most", unit="week", reference_year=2024)),
    case("en", "The wait for a first appointment should be no more than 30 days. The median wait was 47 days in 2024.",
         T(direction="down", level="30", baseline="47", hedge="at_most", unit="day", reference_year=2024)),
    case("en", "Emissions from council buildings should be below 4,000 tonnes by 2030. Emissions were 5,200 tonnes in 2024.",
         T(direction="down", level="4000", baseline="5200", unit="t", year=2030, reference_year=2024)),
    # look-alikes: another indicator, another place, or no year it stood in: no baseline
    case("da", "Ventetiden på første samtale skal være højst 30 dage. Sagsbehandlingstiden var 47 dage i 2024.",
         T(kind="level", level="30", baseline=None)),
    case("nb", "Ventetiden til første samtale skal være høyst 30 dager. Gjennomsnittlig ventetid var 47 dager hos de private.",
         T(kind="level", level="30", baseline=None)),
    case("sv", "Väntetiden till första besök ska vara högst 30 dagar. Handläggningstiden var 47 dagar under 2024.",
         T(kind="level", level="30", baseline=None)),
    case("en", "The wait for a first appointment should be no more than 30 days. The time to process a claim was 47 days in 2024.",
         T(kind="level", level="30", baseline=None)),
    # a change in money or tonnes, then the indicator named again stood at a figure in a year: its baseline
    case("da", "Udgifterne til konsulenter skal nedbringes med 5 mio. kr. frem mod 2026. Udgifterne til konsulenter var 42 mio. kr. i 2024.",
         T(kind="change", direction="down", absolute="5000000", baseline="42000000", year=2026, reference_year=2024)),
    case("nb", "Utgiftene til konsulenter skal reduseres med 5 mill. kr innen 2026. Utgiftene til konsulenter var 42 mill. kr i 2024.",
         T(kind="change", direction="down", absolute="5000000", baseline="42000000", year=2026, reference_year=2024)),
    case("sv", "Kostnaderna för konsulter ska minska med 5 mnkr till 2026. Kostnaderna för konsulter var 42 mnkr 2024.",
         T(kind="change", direction="down", absolute="5000000", baseline="42000000", year=2026, reference_year=2024)),
    case("en", "The council will cut spending on consultants by £5m by 2026. Spending on consultants was £42m in 2024.",
         T(kind="change", direction="down", absolute="5000000", baseline="42000000", year=2026, reference_year=2024)),
    case("en", "The council will cut spending on consultants by £5m by 2026. Spending on cleaning was £42m in 2024.",
         T(kind="change", direction="down", absolute="5000000", baseline=None, year=2026)),
    case("da", "Udgifterne til konsulenter skal nedbringes med 5 mio. kr. frem mod 2026. Udgifterne til rengøring var 42 mio. kr. i 2024.",
         T(kind="change", direction="down", absolute="5000000", baseline=None, year=2026)),
]
ABOVE_A_YEAR = [
    # a count, then a share above a year a few words on: the level that change led to
    case("da", "Biblioteksbesøgene nåede 410.000 i 2024, 6 pct. over niveauet i 2019. Kommunen har otte biblioteker.",
         T(kind="change", direction="up", relative="6", level="410000", reference_year=2019, verdict="consistent")),
    case("nb", "Antall utlån i bibliotekene var 2,1 millioner i 2024, 6 prosent over nivået i 2023. Kommunen har åtte bibliotek.",
         T(kind="change", direction="up", relative="6", level="2100000", reference_year=2023, verdict="consistent")),
    case("sv", "Antalet lån på biblioteken var 2,1 miljoner 2024, 6 procent över nivån år 2023. Kommunen har åtta bibliotek.",
         T(kind="change", direction="up", relative="6", level="2100000", reference_year=2023, verdict="consistent")),
    case("en", "Museum visits reached 410,000 in 2024, 6% above the 2019 level. The city has eight museums.",
         T(kind="change", direction="up", relative="6", level="410000", reference_year=2019, verdict="consistent")),
    # look-alikes: a count of something else far before the share is no level of it
    case("da", "Kommunen har 2.400 ansatte, og sygefraværet er nu 6 pct. over niveauet i 2019. Det viser personaleregnskabet.",
         T(kind="change", direction="up", relative="6", level=None)),
    case("en", "The council has 2,400 staff, and sickness absence is now 6% above the 2019 level. That is shown in the staff report.",
         T(kind="change", direction="up", relative="6", level=None)),
]
LOOK_ALIKES = [
    # a clause on a past year with an amount, a numbered period with counts: facts, no targets
    case("da", "En audit i uge 12 viste, at 84 pct. af opkaldene blev besvaret inden for tre minutter. Auditten gentages i uge 40."),
    case("da", "I uge 12 blev der registreret 84 indlæggelser. I uge 13 var tallet 91."),
    case("da", "Udledningen fra landbruget udgjorde 46 pct. i 2022, hvor den var 210.000 ton. Det svarer til knap halvdelen af kommunens udledning."),
    case("da", "Tilskuddet blev sidst ændret i 2019, hvor det var 15 mio. kr. Det er uændret siden."),
    case("da", "I kvartal 4 blev 1.240 ansøgninger behandlet. Den gennemsnitlige sagsbehandlingstid var 38 dage."),
    case("da", "Kommunen havde 52.000 indbyggere i 2010, hvor rådhuset blev indviet. I dag har kommunen 58.000 indbyggere."),
    case("da", "Mødet i uge 12 varede tre timer. Der deltog 45 borgere."),
    case("da", "Kvartalsrapporten for kvartal 3 blev godkendt af udvalget. Den viser et forbrug på 412 mio. kr."),
    case("da", "Byggeriet af fase 2 begyndte i 2023, hvor grunden blev købt for 18 mio. kr. Fase 3 er endnu ikke planlagt."),
    case("da", "Borgerne kunne stemme i runde 2 af budgetprocessen. 62 pct. af de afgivne stemmer gik til cykelstier."),
    case("da", "I 2015, hvor udledningen var 24.000 ton, havde kommunen ingen klimaplan. Planen blev vedtaget i 2018."),
    case("da", "Ventetiden i uge 30 var 14 dage. I uge 31 var den 12 dage."),
    case("da", "Hjemmeplejen besøgte 2.100 borgere i kvartal 2. Det er det samme antal som året før."),
    case("da", "Regnskabet for 2024 viser et overskud på 12 mio. kr. I 2023, hvor overskuddet var 9 mio. kr., blev det brugt på skoler."),
    case("da", "Partierne mødtes i uge 8 og i uge 10. Aftalen blev underskrevet 3. marts 2025."),
    case("da", "Affaldsmængden var 45.000 ton i 2022, hvor genbrugsstationen blev udvidet. I dag sorteres 48 pct. af affaldet."),
    case("nb", "En revisjon i uke 12 viste at 84 prosent av samtalene ble besvart innen tre minutter. Revisjonen gjentas i uke 40."),
    case("nb", "I uke 12 ble det registrert 84 innleggelser. I uke 13 var tallet 91."),
    case("nb", "Utslippene fra landbruket utgjorde 46 prosent i 2022, da de var 210 000 tonn. Det tilsvarer nesten halvparten av kommunens utslipp."),
    case("nb", "Tilskuddet ble sist endret i 2019, da det var 15 mill. kr. Det er uendret siden."),
    case("nb", "I kvartal 4 ble 1 240 søknader behandlet. Gjennomsnittlig saksbehandlingstid var 38 dager."),
    case("nb", "Kommunen hadde 52 000 innbyggere i 2010, da rådhuset ble åpnet. I dag har kommunen 58 000 innbyggere."),
    case("nb", "Møtet i uke 12 varte i tre timer. Det deltok 45 innbyggere."),
    case("nb", "Kvartalsrapporten for kvartal 3 ble godkjent av utvalget. Den viser et forbruk på 412 mill. kr."),
    case("nb", "Byggingen av fase 2 startet i 2023, da tomten ble kjøpt for 18 mill. kr. Fase 3 er ennå ikke planlagt."),
    case("nb", "Innbyggerne kunne stemme i runde 2 av budsjettprosessen. 62 prosent av stemmene gikk til sykkelveier."),
    case("nb", "I 2015, da utslippene var 24 000 tonn, hadde kommunen ingen klimaplan. Planen ble vedtatt i 2018."),
    case("nb", "Ventetiden i uke 30 var 14 dager. I uke 31 var den 12 dager."),
    case("nb", "Hjemmetjenesten besøkte 2 100 brukere i kvartal 2. Det er samme antall som året før."),
    case("nb", "Regnskapet for 2024 viser et overskudd på 12 mill. kr. I 2023, da overskuddet var 9 mill. kr., ble det brukt på skoler."),
    case("nb", "Partiene møttes i uke 8 og i uke 10. Avtalen ble signert 3. mars 2025."),
    case("nb", "Avfallsmengden var 45 000 tonn i 2022, da gjenvinningsstasjonen ble utvidet. I dag sorteres 48 prosent av avfallet."),
    case("sv", "Under vecka 12 registrerades 84 inläggningar. Under vecka 13 var antalet 91."),
    case("sv", "Utsläppen från jordbruket utgjorde 46 procent 2022, då de var 210 000 ton. Det motsvarar nästan hälften av kommunens utsläpp."),
    case("sv", "Bidraget ändrades senast 2019, då det var 15 mnkr. Det har varit oförändrat sedan dess."),
    case("sv", "Under kvartal 4 handlades 1 240 ansökningar. Den genomsnittliga handläggningstiden var 38 dagar."),
    case("sv", "Kommunen hade 52 000 invånare 2010, då stadshuset invigdes. I dag har kommunen 58 000 invånare."),
    case("sv", "Mötet under vecka 12 varade i tre timmar. Det deltog 45 invånare."),
    case("sv", "Kvartalsrapporten för kvartal 3 godkändes av nämnden. Den visar en förbrukning på 412 mnkr."),
    case("sv", "Bygget av etapp 2 började 2023, då tomten köptes för 18 mnkr. Etapp 3 är ännu inte planerad."),
    case("sv", "Invånarna kunde rösta i omgång 2 av budgetprocessen. 62 procent av rösterna gick till cykelvägar."),
    case("sv", "År 2015, då utsläppen var 24 000 ton, hade kommunen ingen klimatplan. Planen antogs 2018."),
    case("sv", "Väntetiden under vecka 30 var 14 dagar. Under vecka 31 var den 12 dagar."),
    case("sv", "Hemtjänsten besökte 2 100 brukare under kvartal 2. Det är samma antal som året innan."),
    case("sv", "Bokslutet för 2024 visar ett överskott på 12 mnkr. År 2023, då överskottet var 9 mnkr, användes det till skolor."),
    case("sv", "Partierna möttes under vecka 8 och vecka 10. Avtalet undertecknades den 3 mars 2025."),
    case("sv", "Avfallsmängden var 45 000 ton 2022, då återvinningscentralen byggdes ut. I dag sorteras 48 procent av avfallet."),
    case("en", "An audit in week 12 found that 84% of calls were answered within three minutes. The audit will be repeated in week 40."),
    case("en", "In week 12, 84 patients were admitted. In week 13 the number was 91."),
    case("en", "Farming made up 46% of emissions in 2022, when they were 210,000 tonnes. That is nearly half of the borough's emissions."),
    case("en", "The grant was last changed in 2019, when it was £15m. It has not changed since."),
    case("en", "In quarter 4, 1,240 applications were processed. The average processing time was 38 days."),
    case("en", "The borough had 52,000 residents in 2010, when the town hall opened. Today it has 58,000 residents."),
    case("en", "The meeting in week 12 lasted three hours. 45 residents attended."),
    case("en", "The report for quarter 3 was approved by the committee. It shows spending of £412m."),
    case("en", "Work on phase 2 began in 2023, when the site was bought for £18m. Phase 3 has not yet been planned."),
    case("en", "In 2015, when emissions were 24,000 tonnes, the council had no climate plan. The plan was adopted in 2018."),
    case("en", "The waiting time in week 30 was 14 days. In week 31 it was 12 days."),
    case("en", "Home care visited 2,100 people in quarter 2. That is the same number as the year before."),
    case("en", "The 2024 accounts show a surplus of £12m. In 2023, when the surplus was £9m, it was spent on schools."),
    case("en", "The parties met in week 8 and in week 10. The agreement was signed on 3 March 2025."),
    case("en", "Household waste was 45,000 tonnes in 2022, when the recycling centre was extended. Today 48% of waste is sorted."),
]
# fmt: on

CASES = [
    *BASELINE_IN_CLAUSE,
    *NUMBERED_PERIODS,
    *MEASURE_DONE,
    *WHAT_IT_COUNTS,
    *CHANGE_IN_MEASURE,
    *NAMED_BACK,
    *STATUS_SHARE,
    *STOOD_IN_YEAR,
    *ABOVE_A_YEAR,
    *LOOK_ALIKES,
]


test_a_form_read_since_xf15_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_broad(CASES, ("da", "en", "nb", "sv"), at_least=60, per_language=15)
