"""Forms probed in English and Swedish, round 7, as a careful reader reads them: mostly PARAGRAPHS of two to five
sentences written for this test in the voices the earlier rounds covered least (local transport plans with bus
punctuality, the cycling share "from 4% to 10%" and km of cycle lanes, housing strategies with affordable shares and
homes a year, schools with attainment gaps and persistent absence, NHS and health-board waiting times with 18 weeks,
52 weeks and A&E four hours, homelessness and rough sleeping, air quality in µg/m³, biodiversity with "30 by 30",
hectares and trees, EU and national targets with "at least 55% by 2030 compared with 1990", annual-report
performance tables with RAG status, parliamentary questions and answers; skolan med behörighet och meritvärde,
arbetsmarknad med sysselsättningsgrad och försörjningsstöd, bostadsförsörjning, kollektivtrafik med marknadsandel och
resor per invånare, energi i kWh per m², klimatfärdplaner i ton CO2e per invånare, vård med vårdgarantin och
tillgänglighet, sjukfrånvaro, kommunens delårsrapport med prognos, utfall och målvärde, regeringens propositioner),
none taken from a real paper. Real text is mixed in as PDFs give it: a sentence broken over lines, a table row
flattened into a line, figures with thin or no-break spaces, ranges, floors and ceilings, percent against percentage
points and number words. Each case gives exactly the targets a careful reader marks, judged as ``check`` judges them
(the helpers and the assertion are those of ``test_forms``); dates, ages, budget lines, paragraph and page numbers,
facts of today, survey response rates, past results with no change, forecasts that are no commitments and legal
limits quoted as facts give none. A form not yet read is a strict xfail with the reason. Rounds 1 to 6 are
``test_forms_probe_ensv`` to ``test_forms_probe_ensv6``."""

from __future__ import annotations

from test_forms import T, assert_broad, case, read_as_test

# fmt: off
# ---- part 1: single lines ------------------------------------------------------------------------------------------
EN_LINES = [
    case("en", "Bus punctuality will improve from 78% to 90% of services on time by 2028.",
         T(direction="up", baseline="78", level="90", year=2028)),
    case("en", "We will increase the share of trips made by bike from 4% to 10% by 2030.",
         T(direction="up", baseline="4", level="10", year=2030)),
    case("en", "The council will build 60 km of segregated cycle lanes by 2027.",
         T(kind="level", level="60", year=2027)),
    case("en", "At least 35% of new homes will be affordable.",
         T(kind="level", level="35", hedge="at_least")),
    case("en", "We will deliver 2,000 new homes a year over the plan period.",
         T(kind="change", direction="up", absolute="2000")),
    case("en", "We will close the attainment gap between disadvantaged pupils and their peers by half by 2030.",
         T(kind="change", direction="down", relative="50", year=2030),
         xfail="'close the gap by half' is no change the reader knows: 'close' is no word of direction ('halve the gap', 'cut the gap by half' are; 'close' and 'narrow' are also adjectives and a hedge, 'close to')"),
    case("en", "Persistent absence will fall from 22% to 15% by 2026/27.",
         T(direction="down", baseline="22", level="15", year=2026)),
    case("en", "By March 2026, no one should wait more than 52 weeks for planned treatment.",
         T(kind="level", level="52", hedge="at_most", year=2026)),
    case("en", "76% of A&E patients will be seen within four hours by March 2025.",
         T(kind="level", level="76", year=2025)),
    case("en", "Rough sleeping will be halved by 2025 and ended by 2027.",
         T(kind="change", direction="down", relative="50", year=2025)),
    case("en", "Annual mean NO2 concentrations will be below 40 µg/m³ at all monitoring sites by 2026.",
         T(kind="level", level="40", hedge="below", year=2026)),
    case("en", "We will plant 10,000 trees by 2030.",
         T(kind="level", level="10000", year=2030)),
    case("en", "We will protect 30% of land for nature by 2030.",
         T(kind="level", level="30", year=2030)),
    case("en", "The EU will cut net greenhouse gas emissions by at least 55% by 2030 compared with 1990.",
         T(kind="change", direction="down", relative="55", year=2030, reference_year=1990)),
    case("en", "We will create 250 hectares of new woodland by 2035.",
         T(kind="level", level="250", year=2035)),
    case("en", "Bus passenger journeys will double by 2035, from 12 million to 24 million a year.",
         T(direction="up", relative="100", baseline="12000000", level="24000000", year=2035, verdict="consistent")),
    case("en", "Bus passenger journeys will double by 2035, from 12 million to 20 million a year.",
         T(direction="up", relative="100", baseline="12000000", level="20000000", verdict="inconsistent")),
    case("en", "Cycling's share of journeys will rise by 6 percentage points, from 4% to 10%, by 2030.",
         T(direction="up", relative="6", baseline="4", level="10", year=2030, verdict="consistent")),
    case("en", "Cycling's share of journeys will rise by 4 percentage points, from 4% to 10%.",
         T(direction="up", relative="4", baseline="4", level="10", verdict="inconsistent")),
    case("en", "Renewables will supply 42.5% of the EU's final energy consumption by 2030.",
         T(kind="level", level="42.5", year=2030)),
    case("en", "Emissions from buildings will fall by 60–65% by 2035 against 2005.",
         T(kind="change", direction="down", low="59.5", high="65.5", year=2035, reference_year=2005)),
    case("en", "The number of households in temporary accommodation will fall by a third by 2028.",
         T(kind="change", direction="down", relative="100/3", year=2028)),
    case("en", "Car trips will fall to no more than 45% of all journeys by 2030.",
         T(direction="down", level="45", hedge="at_most", year=2030)),
    case("en", "Measure  Actual 2023/24  Target 2025/26  RAG\nBus services on time  81%  90%  Amber",
         T(direction="up", baseline="81", level="90", year=2025)),
    case("en", "Energy use in council buildings will fall by 20%, to 14 GWh, by 2030.",
         T(direction="down", relative="20", level="14", year=2030)),
    case("en", "The housing waiting list will be cut from 8,400 households to under 6,000 by 2029.",
         T(direction="down", baseline="8400", level="6000", hedge="below", year=2029)),
    case("en", "Population exposure to PM2.5 will be reduced by 35% by 2040 compared with 2018.",
         T(kind="change", direction="down", relative="35", year=2040, reference_year=2018)),
    case("en", "Three quarters of pupils will reach the expected standard in reading, writing and maths by 2030.",
         T(kind="level", level="75", year=2030)),
    case("en", "The number of empty homes will fall by 300, from 1,450 to 1,150, by 2027.",
         T(direction="down", absolute="300", baseline="1450", level="1150", year=2027, verdict="consistent")),
    case("en", "The number of empty homes will fall by 400, from 1,450 to 1,150.",
         T(direction="down", absolute="400", baseline="1450", level="1150", verdict="inconsistent")),
]

SV_LINES = [
    case("sv", "Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka från 84 till 90 procent till 2027.",
         T(direction="up", baseline="84", level="90", year=2027)),
    case("sv", "Det genomsnittliga meritvärdet i årskurs 9 ska uppgå till minst 230 poäng 2026.",
         T(kind="level", level="230", hedge="at_least", year=2026)),
    case("sv", "Sysselsättningsgraden bland 20–64-åringar ska öka till 80 procent till 2030.",
         T(direction="up", level="80", year=2030)),
    case("sv", "Antalet hushåll med försörjningsstöd ska minska med 10 procent under mandatperioden.",
         T(kind="change", direction="down", relative="10")),
    case("sv", "Kommunen ska bygga minst 500 nya bostäder per år.",
         T(kind="change", direction="up", absolute="500")),
    case("sv", "Kollektivtrafikens marknadsandel ska öka från 28 till 35 procent till 2030.",
         T(direction="up", baseline="28", level="35", year=2030)),
    case("sv", "Antalet resor med kollektivtrafik ska öka till 120 resor per invånare och år 2030.",
         T(direction="up", level="120", year=2030)),
    case("sv", "Energianvändningen ska minska med 30 procent till 2030 jämfört med 2008.",
         T(kind="change", direction="down", relative="30", year=2030, reference_year=2008)),
    case("sv", "Energianvändningen i kommunens lokaler ska vara högst 120 kWh per m² och år 2030.",
         T(kind="level", level="120", hedge="at_most", year=2030)),
    case("sv", "Utsläppen av växthusgaser ska minska till 1 ton CO2e per invånare till 2030.",
         T(direction="down", level="1", year=2030)),
    case("sv", "Minst 80 procent av patienterna ska få ett första besök inom 90 dagar 2025.",
         T(kind="level", level="80", hedge="at_least", year=2025)),
    case("sv", "Sjukfrånvaron bland kommunens medarbetare ska minska från 8,4 till högst 7 procent till 2026.",
         T(direction="down", baseline="8.4", level="7", hedge="at_most", year=2026)),
    case("sv", "Antalet sjukfrånvarodagar per anställd ska minska med 3 dagar, från 21 till 18.",
         T(direction="down", absolute="3", baseline="21", level="18", verdict="consistent")),
    case("sv", "Antalet sjukfrånvarodagar per anställd ska minska med 5 dagar, från 21 till 18.",
         T(direction="down", absolute="5", baseline="21", level="18", verdict="inconsistent")),
    case("sv", "Andelen elever med gymnasieexamen inom fyra år ska öka med 5 procentenheter, från 68 till 73 procent.",
         T(direction="up", relative="5", baseline="68", level="73", verdict="consistent")),
    case("sv", "Andelen elever med gymnasieexamen inom fyra år ska öka med 8 procentenheter, från 68 till 73 procent.",
         T(direction="up", relative="8", baseline="68", level="73", verdict="inconsistent")),
    case("sv", "Antalet resor med kollektivtrafiken ska fördubblas till 2035 jämfört med 2019.",
         T(kind="change", direction="up", relative="100", year=2035, reference_year=2019)),
    case("sv", "Indikator  Utfall 2023  Mål 2026\nMarknadsandel för kollektivtrafiken  27 %  33 %",
         T(direction="up", baseline="27", level="33", year=2026)),
    case("sv", "Tre av fyra elever ska vara nöjda med skolmiljön 2026.",
         T(kind="level", level="75", year=2026)),
    case("sv", "Minst var fjärde ny bostad ska vara en hyresrätt.",
         T(kind="level", level="25", hedge="at_least")),
    case("sv", "Utsläppen från transporter ska minska med minst 70 procent till 2030 jämfört med 2010.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2010)),
    case("sv", "Andelen förnybar el ska vara 100 procent 2040.",
         T(kind="level", level="100", year=2040)),
    case("sv", "Försörjningsstödet ska minska med 15–20 procent till 2027.",
         T(kind="change", direction="down", low="14.5", high="20.5", year=2027)),
    case("sv", "Antalet hushåll med försörjningsstöd ska minska från 1 450 till 1 300 till 2026, en minskning med 10 procent.",
         T(direction="down", baseline="1450", level="1300", relative="10", year=2026, verdict="consistent")),
    case("sv", "Regeringen föreslår att utsläppen från inrikes transporter ska minska med minst 70 procent senast 2030 "
               "jämfört med 2010.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2010)),
    case("sv", "Antalet platser i förskolan ska öka med 240 till 2027.",
         T(kind="change", direction="up", absolute="240", year=2027)),
    case("sv", "Väntetiden för bostadsanpassningsbidrag ska halveras, från 120 till 60 dagar.",
         T(direction="down", relative="50", baseline="120", level="60", unit="day", verdict="consistent")),
    case("sv", "Energianvändningen i flerbostadshus ska minska med 20 procent till 2030, till högst 115 kWh per m².",
         T(direction="down", relative="20", level="115", hedge="at_most", year=2030)),
    case("sv", "Cykelns andel av resorna ska fördubblas till 2030, från 9 till 18 procent.",
         T(direction="up", relative="100", baseline="9", level="18", year=2030, verdict="consistent")),
    case("sv", "Nyckeltal  Utfall 2024  Målvärde 2027\nSjukfrånvaro, procent  8,9  7,5",
         T(direction="down", baseline="8.9", level="7.5", year=2027)),
]

# ---- part 2: paragraphs, English -----------------------------------------------------------------------------------
EN_TRANSPORT = [
    case("en", "The Local Transport Plan aims to increase the share of journeys made by bike from 4% to 10% by 2030. "
               "In 2023, 3.6% of journeys to work were cycled.",
         T(direction="up", baseline="4", level="10", year=2030)),
    case("en", "Bus punctuality was 79% in 2023/24, against a target of 85%. The operator added 12 new buses to the "
               "fleet.",
         T(direction="up", baseline="79", level="85")),
    case("en", "We will build 120 km of new cycle lanes by 2030. At present the city has 64 km of cycle lanes.",
         T(kind="level", level="120", year=2030)),
    case("en", "Traffic on the ring road has risen by 12% since 2019. The plan does not set a target for traffic "
               "volumes.",
         T(kind="change", direction="up", relative="12")),
    case("en", "Bus journeys per head of population will rise from 48 to 60 a year by 2030. That would be a rise of a "
               "quarter.",
         T(direction="up", baseline="48", level="60", relative="25", year=2030, verdict="consistent")),
    case("en", "Twenty-mile-an-hour limits now cover 62% of residential streets. The county council wants 100% "
               "coverage by 2027.",
         T(direction="up", baseline="62", level="100", year=2027),
         xfail="'wants 100% coverage by 2027': a share aimed at as the object of 'wants' is not read, and the fact before ('now cover 62%') is read as a level"),
    case("en", "The average bus speed in the city centre is 11 km/h. The plan sets no target for bus speeds."),
    case("en", "The park-and-ride sites have 2,450 spaces. Single fares were capped at £2 in January 2024."),
    case("en", "By 2035, 80% of residents should live within 400 metres of a frequent bus stop. Today the figure is "
               "63%.",
         T(direction="up", level="80", baseline="63", year=2035),
         xfail="a second measure in the aim ('within 400 metres') keeps 'Today the figure is 63%' from being read as its baseline"),
    case("en", "Killed or seriously injured casualties: 412 in 2023, target 300 by 2030. The figure for 2022 was "
               "398.",
         T(direction="down", baseline="412", level="300", year=2030)),
    case("en", "The Department's ambition is for half of all short journeys in towns to be walked or cycled by 2030. "
               "In 2019 the share was 41%.",
         T(direction="up", level="50", baseline="41", year=2030)),
    case("en", "Rail patronage fell by 38% during the pandemic. It has since recovered to 91% of its 2019 level.",
         T(kind="change", direction="down", relative="38"), T(kind="level", level="91")),
]
EN_HOUSING = [
    case("en", "Our Housing Strategy commits us to deliver 2,000 homes a year over the plan period. Completions in "
               "2023/24 were 1,640.",
         T(kind="level", level="2000")),
    case("en", "At least 35% of new homes on sites of ten or more will be affordable. In 2023/24 the figure was 24%.",
         T(direction="up", level="35", hedge="at_least", baseline="24")),
    case("en", "The council will buy 200 homes for temporary accommodation by 2026. It spent £18.4m on bed and "
               "breakfast in 2023/24.",
         T(kind="level", level="200", year=2026)),
    case("en", "There are 7,812 households on the housing register. The average wait for a three-bedroom home is "
               "6 years."),
    case("en", "We aim to bring 150 empty homes back into use each year. Last year 112 were brought back into use.",
         T(kind="level", level="150")),
    case("en", "At least 90% of council homes will reach EPC band C by 2030, up from 58% today. The programme will "
               "cost £240m.",
         T(direction="up", level="90", hedge="at_least", baseline="58", year=2030)),
    case("en", "Rents will rise by 7.7% from April 2024, in line with the government's cap. The average weekly rent "
               "is £104.36.",
         T(kind="change", direction="up", relative="7.7")),
    case("en", "Housing Delivery Test 2023: 86%. An action plan is required because the result is below 95%."),
    case("en", "The number of families in bed and breakfast for more than six weeks will fall to zero by 2025. In "
               "March 2024 there were 37.",
         T(direction="down", level="0", baseline="37", year=2025)),
    case("en", "Overcrowding in social housing will be reduced by a quarter by 2030. About 9% of social tenants live "
               "in overcrowded homes.",
         T(kind="change", direction="down", relative="25", year=2030)),
]
EN_SCHOOLS = [
    case("en", "The attainment gap between disadvantaged pupils and others at Key Stage 2 is 22 percentage points. We "
               "will close the gap by half by 2028.",
         T(kind="change", direction="down", relative="50", year=2028),
         xfail="'close the gap by half' is no change the reader knows: 'close' is no word of direction ('halve the gap', 'cut the gap by half' are; 'close' and 'narrow' are also adjectives and a hedge, 'close to')"),
    case("en", "Persistent absence in secondary schools was 26.5% in 2022/23. Our target is to bring it below 15% by "
               "2026.",
         T(direction="down", level="15", hedge="below", baseline="26.5", year=2026)),
    case("en", "90% of pupils will meet the expected standard in phonics by the end of Year 1 by 2027. Currently 79% "
               "do.",
         T(direction="up", level="90", baseline="79", year=2027)),
    case("en", "The school has 1,240 pupils on roll, of whom 31% are eligible for free school meals. Attendance last "
               "year was 93.1%."),
    case("en", "The proportion of pupils achieving grade 5 or above in English and maths will rise from 45% to 55% by "
               "2027. The national figure is 45.3%.",
         T(direction="up", baseline="45", level="55", year=2027)),
    case("en", "We aim to reduce permanent exclusions by a third over three years. There were 96 exclusions in "
               "2023/24.",
         T(kind="change", direction="down", relative="100/3")),
    case("en", "Children start in Reception in the September after their fourth birthday. Year 11 pupils sit their "
               "GCSEs at 16."),
    case("en", "The gap in school readiness at age five will narrow from 14 to 7 percentage points by 2030. "
               "Nationally the gap is 18 points.",
         T(direction="down", baseline="14", level="7", unit="percentage_point", year=2030)),
    case("en", "Pupil numbers in primary schools are forecast to fall by 8% by 2030. Three schools may need to "
               "merge.",
         xfail="a change forecast ('are forecast to fall by 8% by 2030') is read as a target; forecasts of a level are left (news14), of a change not yet"),
    case("en", "Persistent absence fell from 24.2% to 21.3% last year, a fall of 2.9 percentage points. The target "
               "is 15%.",
         T(direction="down", baseline="24.2", level="21.3", relative="2.9", verdict="consistent"),
         T(direction="down", level="15", baseline="21.3")),
]
EN_NHS = [
    case("en", "The constitutional standard is that 92% of patients should wait no more than 18 weeks from referral "
               "to treatment. In March 2024, 57.2% were waiting less than 18 weeks.",
         T(direction="up", level="92", baseline="57.2"),
         xfail="an outcome with a second figure in its sentence ('57.2% were waiting less than 18 weeks') is not read as the baseline"),
    case("en", "No one should wait more than 52 weeks for planned care by March 2025. At the end of 2023/24, 3,100 "
               "patients had waited longer.",
         T(kind="level", level="52", hedge="at_most", year=2025)),
    case("en", "76% of patients attending A&E should be admitted, transferred or discharged within four hours by "
               "March 2025. Performance in February was 70.9%.",
         T(direction="up", level="76", baseline="70.9", year=2025),
         xfail="an outcome after a month with no year ('Performance in February was 70.9%') is not read as the baseline: news14 and ensv6 read an outcome after a month alone as what the aim is checked against, so a month alone opening when waits on a ruling"),
    case("en", "The four-hour standard remains 95%. The board achieved 66.4% in the week ending 3 March.",
         T(direction="up", level="95", baseline="66.4")),
    case("en", "The waiting list stood at 7.54 million in March 2024. It had grown by 3 million since February 2020.",
         T(direction="up", absolute="3000000")),
    case("en", "The health board aims to see 95% of cancer patients start treatment within 62 days. In 2023/24 it "
               "achieved 71%.",
         T(direction="up", level="95", baseline="71")),
    case("en", "The trust has 1,150 beds and employs 9,800 staff. Bed occupancy averaged 94% last winter."),
    case("en", "No more than 1% of patients should wait six weeks or longer for a diagnostic test. In January, 22.6% "
               "waited six weeks or more.",
         T(direction="down", level="1", hedge="at_most", baseline="22.6"),
         xfail="an outcome with a second figure in its sentence ('22.6% waited six weeks or more') is not read as the baseline"),
    case("en", "Patients aged 75 and over account for 38% of bed days. The hospital opened in 1973 and has 22 wards."),
    case("en", "The number of patients waiting more than 18 weeks will fall by 20% by March 2026. The board will "
               "open a new day-surgery unit in 2025.",
         T(kind="change", direction="down", relative="20", year=2026)),
    case("en", "The A&E department saw 148,000 attendances in 2023/24. Its new building cost £42m."),
    case("en", "Median waits for hip replacement will be cut from 40 weeks to 26 weeks by 2026. The national median "
               "is 34 weeks.",
         T(direction="down", baseline="40", level="26", year=2026)),
]
EN_HOMELESSNESS = [
    case("en", "The government has committed to end rough sleeping within this Parliament. The autumn 2023 count "
               "found 3,898 people sleeping rough on a single night."),
    case("en", "We will halve rough sleeping by 2026 and end it by 2028. On the last count 54 people were sleeping "
               "rough in the city.",
         T(kind="change", direction="down", relative="50", year=2026)),
    case("en", "The number of households in temporary accommodation will fall from 1,100 to 800 by 2027. Of these "
               "households, 312 are families with children.",
         T(direction="down", baseline="1100", level="800", year=2027)),
    case("en", "At least 60% of households owed a prevention duty should secure accommodation. In 2023/24 the rate "
               "was 52%.",
         T(direction="up", level="60", hedge="at_least", baseline="52")),
    case("en", "Rough sleeping rose by 27% in a year, to 3,898. The Homelessness Reduction Act came into force in "
               "April 2018.",
         T(direction="up", relative="27", level="3898")),
    case("en", "The number of people sleeping rough for more than one night will be reduced by three quarters by "
               "2027. Outreach teams made 4,200 contacts last year.",
         T(kind="change", direction="down", relative="75", year=2027)),
]
EN_AIR = [
    case("en", "The legal limit for annual mean NO2 is 40 µg/m³. Three monitoring sites in the city exceeded it in "
               "2023."),
    case("en", "We will bring annual mean NO2 below 30 µg/m³ at every site by 2027. The highest reading in 2023 was "
               "46 µg/m³.",
         T(direction="down", level="30", hedge="below", year=2027),
         xfail="µg/m³ is no unit the reader knows: a count after 'bring ... below' is not read"),
    case("en", "Annual mean PM2.5 should not exceed 10 µg/m³ by 2040. The interim target is 12 µg/m³ by January "
               "2028.",
         T(kind="level", level="10", hedge="at_most", year=2040), T(kind="level", level="12", year=2028)),
    case("en", "Annual mean PM2.5 fell from 11.2 µg/m³ in 2018 to 8.9 µg/m³ in 2023. The WHO guideline value is "
               "5 µg/m³.",
         T(direction="down", baseline="11.2", level="8.9"),
         xfail='µg/m³ is no unit the reader knows: the from-to with a year after each figure is not paired'),
    case("en", "The clean air zone charges non-compliant vans £8 a day. It covers 2.1 square miles."),
    case("en", "Roadside NO2 at the worst site will be cut by 40% by 2028. Emissions from buses have already fallen "
               "by a half.",
         T(kind="change", direction="down", relative="40", year=2028), T(kind="change", direction="down", relative="50")),
]
EN_NATURE = [
    case("en", "The government has committed to protect 30% of land for nature by 2030. Only 3% of land is "
               "currently well protected.",
         T(direction="up", level="30", baseline="3", year=2030),
         xfail="'Only 3% of land is currently well protected' (a fact with 'currently' after its copula) is not read as the baseline"),
    case("en", "We will plant 10,000 trees by 2030. Since 2021 volunteers have planted 3,400.",
         T(kind="level", level="10000", year=2030)),
    case("en", "The Local Nature Recovery Strategy aims to create or restore 1,200 hectares of priority habitat by "
               "2035. The county has 5,600 hectares of such habitat today.",
         T(kind="level", level="1200", year=2035)),
    case("en", "Our policy requires a biodiversity net gain of at least 20% on all major sites. The national minimum "
               "is 10%.",
         T(kind="change", direction="up", relative="20")),
    case("en", "Tree canopy cover will rise from 16% to 20% by 2050. That is a rise of a quarter.",
         T(direction="up", baseline="16", level="20", relative="25", year=2050, verdict="consistent")),
    case("en", "The reserve covers 312 hectares and was designated in 1987. It is home to 14 species of bat."),
    case("en", "Hedgerow length will increase by 40% by 2050. We will lay 25 km of new hedgerow by 2030.",
         T(kind="change", direction="up", relative="40", year=2050), T(kind="level", level="25", year=2030)),
]
EN_EU_NATIONAL = [
    case("en", "The Fit for 55 package sets out how the EU will cut net greenhouse gas emissions by at least 55% by "
               "2030 compared with 1990. It was presented in July 2021.",
         T(kind="change", direction="down", relative="55", year=2030, reference_year=1990)),
    case("en", "The Climate Change Act requires net emissions to be at least 100% lower than 1990 levels by 2050. "
               "UK emissions in 2022 were 50% below 1990 levels.",
         T(kind="change", direction="down", relative="100", year=2050, reference_year=1990),
         T(kind="change", direction="down", relative="50")),
    case("en", "The EU aims to have at least 42.5% renewable energy in final consumption by 2030. Member states are "
               "asked to aim for 45%.",
         T(kind="level", level="42.5", hedge="at_least", year=2030), T(kind="level", level="45")),
    case("en", "Under the Effort Sharing Regulation, Ireland must cut emissions by 42% by 2030 compared with 2005. "
               "Its emissions were 61.0 Mt CO2e in 2023.",
         T(kind="change", direction="down", relative="42", year=2030, reference_year=2005)),
    case("en", "A further target is to increase species abundance by at least 10% by 2042 compared with 2022. The "
               "first interim report is due in 2028.",
         T(kind="change", direction="up", relative="10", year=2042, reference_year=2022)),
    case("en", "Article 4 of the Regulation was amended on 12 June 2023. Annex II sets out the 27 national "
               "contributions."),
    case("en", "The national target is to retrofit 500,000 homes by 2030. By the end of 2023, 78,000 had been "
               "completed.",
         T(direction="up", level="500000", baseline="78000", year=2030)),
    case("en", "Ireland's 2030 target for renewable electricity is 80%. In 2023 renewables provided 40.7% of "
               "electricity.",
         T(direction="up", level="80", baseline="40.7", year=2030)),
]
EN_ANNUAL_REPORT = [
    case("en", "Percentage of calls answered within 60 seconds: target 90%, actual 84% (Red). Performance has fallen "
               "since last year.",
         T(kind="level", level="90", baseline=None)),
    case("en", "Household waste recycled: 46.2% (target 50%). Status: Amber.",
         T(direction="up", level="50", baseline="46.2")),
    case("en", "Of our 32 performance indicators, 19 are green, 8 amber and 5 red. Page 14 explains the RAG ratings."),
    case("en", "Council tax collected in year was 96.1%, against a target of 97%. It was rated Amber.",
         T(direction="up", level="97", baseline="96.1")),
    case("en", "The RAG rating for the programme moved from red to amber in quarter 3. Spending to date is £4.6m of a "
               "£7.2m budget."),
    case("en", "Sickness absence averaged 9.8 days per employee against a target of 8 days. Last year it was 10.4 "
               "days.",
         T(direction="down", level="8", baseline="9.8"),
         xfail="an outcome in days per employee before 'against a target of' is not read as the baseline (only shares are)"),
    case("en", "Indicator  Baseline 2023  Target 2028\nPersistent absence, secondary  24.1%  15%",
         T(direction="down", baseline="24.1", level="15", year=2028)),
    case("en", "Homes delivered in 2023/24 numbered 1,588, against a target of 1,800. Status: Amber.",
         T(direction="up", level="1800", baseline="1588")),
]
EN_QUESTIONS = [
    case("en", "Asked what progress had been made towards 300,000 new homes a year, the Minister said 234,400 net "
               "additional dwellings were delivered in 2022/23.",
         T(kind="level", level="300000"),
         xfail="a target named after 'progress towards' in a reported question is not read"),
    case("en", "To ask the Secretary of State what the current waiting time is for hip replacements. Answer: the "
               "median wait in March 2024 was 19.2 weeks."),
    case("en", "Question 14: the Cabinet Member said that 62% of roads were in good condition. She added that the "
               "council aims to raise this to 75% by 2028.",
         T(direction="up", level="75", baseline="62", year=2028),
         xfail="'raise this to 75%' does not take its start from the share in the reported speech before ('said that 62% of roads were')"),
    case("en", "The answer given on 4 March 2024 (HC Deb, col 412) is corrected. The figure should read 1,432, not "
               "1,342."),
    case("en", "The Minister confirmed that the target to recruit 6,500 additional teachers by 2029 remains in "
               "place. There are 468,000 full-time equivalent teachers in England.",
         T(kind="change", direction="up", absolute="6500", year=2029)),
    case("en", "In reply to Question 7, the Minister said rough sleeping had fallen by 9% in London in the year to "
               "March 2024. He gave no new target.",
         T(kind="change", direction="down", relative="9")),
    case("en", "Written answer: the Department's aim is 4,000 zero-emission buses by 2030. So far 2,100 have been "
               "funded.",
         T(kind="level", level="4000", year=2030)),
    case("en", "The Member asked how many of the 40 new hospitals will be built by 2030. The Minister did not give "
               "a number.",
         xfail="a reported question ('asked how many of the 40 new hospitals will be built by 2030') is read as a target"),
]
EN_PDF_AND_LOOKALIKES = [
    case("en", "The plan aims to increase the share of\njourneys made by bus from 9% to 12%\nby 2030.",
         T(direction="up", baseline="9", level="12", year=2030)),
    case("en", "Local Transport Plan 2024–2040 | 23\nWe will reduce car trips by 10% by 2030\ncompared with 2019.",
         T(kind="change", direction="down", relative="10", year=2030, reference_year=2019)),
    case("en", "Bus journeys rose by 4.2\u202f% in 2023. The network carried 31\u2009400\u2009000 passengers.",
         T(kind="change", direction="up", relative="4.2")),
    case("en", "The council's number is 0300 123 4567. The offices at 2 Market Street open at 8.30."),
    case("en", "Section 106 agreements secured £14.2m in 2023/24. Paragraph 62 of the framework sets out how "
               "housing need is assessed."),
    case("en", "The borough's population is 332,000, and 19% of residents are under 16. The median age is 37."),
    case("en", "Affordable housing completions from 2019/20 to 2023/24 were 412, 388, 451, 503 and 397. A new "
               "strategy is being prepared."),
    case("en", "The survey was sent to 4,000 tenants; 1,120 replied, a response rate of 28%. Of those, 71% were "
               "satisfied with repairs."),
    case("en", "The EU ETS price averaged €83 per tonne in 2023. Free allowances for aviation end in 2026."),
    case("en", "Under the 2010 regulations the hourly limit for NO2 is 200 µg/m³, not to be exceeded more than 18 "
               "times a year. The city met this limit at all sites in 2023."),
    case("en", "The strategy was agreed by Cabinet on 14 March 2024 (minute 87). It will be reviewed in 2027."),
    case("en", "Over the 12 months to June 2024, 58% of planning appeals were dismissed. The Inspectorate decided "
               "1,904 appeals."),
    case("en", "Ward 3 has 14,200 residents and 2 secondary schools. Its councillors were elected in May 2022."),
    case("en", "Cycle lane length\n2019  2021  2023\n41 km  48 km  57 km"),
    case("en", "The trust expects demand for beds to grow by 12% by 2030. This projection is not a target.",
         xfail="a change expected ('expects demand ... to grow by 12% by 2030') is read as a target, though the next sentence says it is none"),
    case("en", "Speed limits: 20 mph in residential streets, 30 mph on main roads. The limits were set in 2023."),
]

# ---- part 2: paragraphs, Swedish -----------------------------------------------------------------------------------
SV_SCHOOL = [
    case("sv", "Andelen elever i årskurs 9 som är behöriga till ett yrkesprogram ska öka till minst 90 procent till "
               "2027. Läsåret 2023/24 var andelen 83,4 procent.",
         T(direction="up", level="90", hedge="at_least", baseline="83.4", year=2027)),
    case("sv", "Det genomsnittliga meritvärdet i årskurs 9 var 221,5 poäng våren 2024. Målet är 230 poäng 2026.",
         T(direction="up", baseline="221.5", level="230", year=2026),
         xfail="a point score where it stood, with a season before its year ('var 221,5 poäng våren 2024'), is not read as the baseline of 'Målet är 230 poäng'"),
    case("sv", "Kommunen har 14 grundskolor med sammanlagt 5 820 elever. Av dem går 1 240 i årskurs 7–9."),
    case("sv", "Andelen elever som når målen i alla ämnen ska öka. Våren 2024 nådde 74 procent av eleverna målen i "
               "alla ämnen."),
    case("sv", "Skillnaden i meritvärde mellan flickor och pojkar ska halveras till 2028. I dag är skillnaden 22 "
               "poäng.",
         T(kind="change", direction="down", relative="50", year=2028)),
    case("sv", "Den ogiltiga frånvaron i grundskolan ska minska från 4,1 till 2 procent till 2026. Var tionde elev "
               "har en frånvaro på mer än 15 procent.",
         T(direction="down", baseline="4.1", level="2", year=2026)),
    case("sv", "Andelen elever som tar examen inom tre år ska öka med 10 procentenheter till 2030. År 2023 var "
               "andelen 71 procent.",
         T(kind="change", direction="up", relative="10", unit="percentage_point", year=2030)),
    case("sv", "Barngrupperna i förskolan ska inte ha fler än 15 barn. I dag är genomsnittet 16,2 barn per grupp.",
         T(direction="down", level="15", hedge="at_most", baseline="16.2")),
    case("sv", "Skolverkets statistik för läsåret 2023/24 publicerades den 26 september. Svarsfrekvensen i "
               "elevenkäten var 68 procent."),
    case("sv", "Tre av fyra elever i årskurs 5 ska känna sig trygga i skolan 2025. I elevenkäten 2024 svarade 69 "
               "procent att de känner sig trygga.",
         T(direction="up", level="75", baseline="69", year=2025),
         xfail="a survey outcome after 'I elevenkäten 2024 svarade' is not read as the baseline"),
    case("sv", "Andelen behöriga lärare ska öka från 72 till 80 procent, en ökning med 8 procentenheter. Rekryteringen "
               "är svår i matematik.",
         T(direction="up", baseline="72", level="80", relative="8", verdict="consistent")),
    case("sv", "Elever som fyller 16 år under läsåret har rätt till studiebidrag. Bidraget är 1 250 kronor i "
               "månaden."),
]
SV_WORK = [
    case("sv", "Sysselsättningsgraden bland invånare i åldern 20–64 år ska öka till 80 procent 2030. År 2023 var "
               "den 76,8 procent.",
         T(direction="up", level="80", baseline="76.8", year=2030)),
    case("sv", "Antalet hushåll med försörjningsstöd ska minska med 10 procent per år. I december 2024 hade 1 420 "
               "hushåll försörjningsstöd.",
         T(kind="change", direction="down", relative="10")),
    case("sv", "Kostnaden för försörjningsstöd var 142 miljoner kronor 2024, en ökning med 6 procent jämfört med året "
               "innan. Budgeten för 2025 är 150 miljoner kronor.",
         T(direction="up", level="142000000", relative="6")),
    case("sv", "Arbetslösheten i kommunen var 7,9 procent i oktober. Bland unga 18–24 år var den 11,3 procent."),
    case("sv", "Minst 300 personer per år ska gå från försörjningsstöd till arbete eller studier. Förra året var de "
               "241.",
         T(kind="level", level="300", hedge="at_least")),
    case("sv", "Andelen långtidsarbetslösa ska minska från 38 till 30 procent av de inskrivna till 2027. Nästan "
               "hälften av dem är födda utomlands.",
         T(direction="down", baseline="38", level="30", year=2027)),
    case("sv", "Antalet feriejobb för ungdomar ska fördubblas, från 250 till 500. Jobben erbjuds under sommarlovet.",
         T(direction="up", relative="100", baseline="250", level="500", verdict="consistent")),
    case("sv", "Antalet feriejobb för ungdomar ska fördubblas, från 250 till 450. Jobben erbjuds under sommarlovet.",
         T(direction="up", relative="100", baseline="250", level="450", verdict="inconsistent")),
    case("sv", "Arbetsförmedlingen räknar med att arbetslösheten stiger till 8,9 procent 2025. Prognosen bygger på en "
               "svag konjunktur.",
         xfail="a level forecast after 'räknar med att' ('stiger till 8,9 procent 2025') is read as a target"),
    case("sv", "Kommunen ska erbjuda 120 platser i extratjänster 2025. I dag finns 86 platser.",
         T(direction="up", level="120", baseline="86", year=2025),
         xfail="'I dag finns 86 platser' is not read as the baseline of a count aimed at"),
]
SV_HOUSING = [
    case("sv", "Enligt riktlinjerna för bostadsförsörjning ska minst 500 nya bostäder färdigställas per år. År 2024 "
               "färdigställdes 412 bostäder.",
         T(kind="change", direction="up", absolute="500")),
    case("sv", "Minst en tredjedel av de nya bostäderna ska vara hyresrätter. Under 2024 var andelen 28 procent.",
         T(direction="up", level="100/3", hedge="at_least", baseline="28")),
    case("sv", "Bostadskön hade 18 400 sökande vid årsskiftet. Den genomsnittliga kötiden för en lägenhet var 4,2 år."),
    case("sv", "Kommunen ska ha planberedskap för 2 000 bostäder. Det motsvarar fyra års byggande.",
         T(kind="level", level="2000"),
         xfail="'ha planberedskap för 2 000 bostäder' is no aim the reader knows"),
    case("sv", "Antalet bostäder i kommunen ska öka med 4 500 till 2035, från 41 000 till 45 500. De flesta byggs i "
               "centralorten.",
         T(direction="up", absolute="4500", baseline="41000", level="45500", year=2035, verdict="consistent")),
    case("sv", "Trångboddheten ska minska med en fjärdedel till 2030. I dag bor 14 procent av barnen trångt.",
         T(kind="change", direction="down", relative="25", year=2030)),
    case("sv", "Detaljplanen för kvarteret Björken antogs den 12 mars 2024 och omfattar 240 lägenheter. Byggstart "
               "planeras till 2026."),
    case("sv", "Allmännyttan ska bygga 150 lägenheter per år 2025–2028. Hyran i nyproduktionen var i genomsnitt "
               "1 950 kronor per kvadratmeter och år 2024.",
         T(kind="level", level="150")),
]
SV_TRANSIT = [
    case("sv", "Kollektivtrafikens marknadsandel av de motoriserade resorna ska öka från 26 till 40 procent till "
               "2035. År 2023 var andelen 27 procent.",
         T(direction="up", baseline="26", level="40", year=2035)),
    case("sv", "Antalet resor per invånare och år med kollektivtrafik ska öka från 110 till 150 till 2030. Det "
               "motsvarar en ökning med drygt en tredjedel.",
         T(direction="up", baseline="110", level="150", year=2030)),
    case("sv", "Andelen turer som avgår i tid ska vara minst 95 procent. Under 2024 var punktligheten 91,2 procent.",
         T(direction="up", level="95", hedge="at_least", baseline="91.2")),
    case("sv", "Kundnöjdheten ska öka till 75 procent 2026. Enligt Kollektivtrafikbarometern var 68 procent nöjda "
               "2024.",
         T(direction="up", level="75", baseline="68", year=2026)),
    case("sv", "Länets busstrafik körde 41 miljoner kilometer 2023. Trafiken kostade 2,4 miljarder kronor, varav "
               "biljettintäkterna täckte 48 procent."),
    case("sv", "Kommunen ska bygga 45 km nya cykelvägar till 2030. I dag finns 210 km cykelväg i kommunen.",
         T(direction="up", absolute="45", baseline="210", year=2030)),
    case("sv", "En enkelbiljett kostar 36 kronor och ett 30-dagarskort 890 kronor. Priserna gäller från den 1 "
               "januari 2025."),
    case("sv", "Resandet med kollektivtrafiken minskade med 35 procent under pandemin. År 2024 var det tillbaka på "
               "95 procent av nivån 2019.",
         T(kind="change", direction="down", relative="35")),
]
SV_CLIMATE = [
    case("sv", "Energianvändningen i kommunens lokaler ska minska med 30 procent till 2030 jämfört med 2008. År 2024 "
               "var minskningen 21 procent.",
         T(kind="change", direction="down", relative="30", year=2030, reference_year=2008),
         T(kind="change", direction="down", relative="21")),
    case("sv", "Energianvändningen i flerbostadshus var 142 kWh per kvadratmeter 2023. Målet är högst 110 kWh per "
               "kvadratmeter 2030.",
         T(direction="down", baseline="142", level="110", hedge="at_most", year=2030)),
    case("sv", "Utsläppen av växthusgaser ska minska till under 1 ton CO2e per invånare 2035. År 2022 var utsläppen "
               "4,1 ton per invånare.",
         T(direction="down", level="1", hedge="below", baseline="4.1", year=2035)),
    case("sv", "Enligt klimatfärdplanen ska utsläppen minska med 75 procent till 2030 jämfört med 2010. Kommunen ska "
               "nå netto noll senast 2040.",
         T(kind="change", direction="down", relative="75", year=2030, reference_year=2010)),
    case("sv", "Andelen förnybar energi i kommunens verksamheter ska vara 100 procent 2030. I dag är andelen 86 "
               "procent.",
         T(direction="up", level="100", baseline="86", year=2030)),
    case("sv", "Solcellerna på kommunens tak producerade 1,8 GWh under 2024. Det motsvarar elbehovet i cirka 360 "
               "villor."),
    case("sv", "Utsläppen från kommunens fordon ska halveras till 2027 jämfört med 2019. År 2023 var de 640 ton "
               "CO2e.",
         T(kind="change", direction="down", relative="50", year=2027, reference_year=2019)),
    case("sv", "Sveriges klimatmål innebär att nettoutsläppen ska vara noll senast 2045. Därefter ska utsläppen vara "
               "negativa.",
         T(kind="level", level="0", year=2045)),
    case("sv", "Utsläppen från inrikes transporter ska minska med minst 70 procent senast 2030 jämfört med 2010. År "
               "2023 var de 29 procent lägre än 2010.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2010),
         T(kind="change", direction="down", relative="29")),
    case("sv", "Den installerade effekten av solel ska öka från 12 till 50 MW till 2030. Kommunen äger 4 MW.",
         T(direction="up", baseline="12", level="50", year=2030)),
]
SV_CARE = [
    case("sv", "Vårdgarantin innebär att patienten ska få ett första besök i specialiserad vård inom 90 dagar. I "
               "december 2024 väntade 41 procent av patienterna längre än så."),
    case("sv", "Regionens mål är att minst 80 procent av patienterna ska få ett första besök inom 90 dagar. Utfallet "
               "för 2024 var 63 procent.",
         T(kind="level", level="80", hedge="at_least")),
    case("sv", "Vistelsetiden på akutmottagningen ska minska från 4,2 till under 3 timmar till 2026. Var femte "
               "patient stannade längre än sex timmar.",
         T(direction="down", baseline="4.2", level="3", hedge="below", year=2026)),
    case("sv", "Antalet patienter som väntat mer än 90 dagar på operation ska halveras under 2025. I januari var de "
               "6 400.",
         T(kind="change", direction="down", relative="50")),
    case("sv", "Regionen har 1 840 vårdplatser och 31 000 anställda. Beläggningsgraden var 98 procent i januari."),
    case("sv", "Andelen som får en läkarbedömning inom 60 minuter på akuten ska öka med 15 procentenheter till 2026. "
               "Mätningen görs varje månad.",
         T(kind="change", direction="up", relative="15", unit="percentage_point", year=2026)),
    case("sv", "Vaccinationstäckningen för mässling hos tvååringar ska vara minst 95 procent. Den var 96,8 procent "
               "2023.",
         T(kind="level", level="95", hedge="at_least")),
    case("sv", "Patienter över 65 år står för hälften av vårddagarna. Regionens budget för hälso- och sjukvård är "
               "24,6 miljarder kronor."),
    case("sv", "Tillgängligheten i primärvården ska öka till 90 procent. I dag får 78 procent av patienterna en "
               "medicinsk bedömning inom tre dagar.",
         T(direction="up", level="90", baseline="78")),
]
SV_SICK = [
    case("sv", "Sjukfrånvaron bland kommunens medarbetare var 8,7 procent 2024. Målet är att den ska understiga 7 "
               "procent 2026.",
         T(direction="down", baseline="8.7", level="7", hedge="below", year=2026)),
    case("sv", "Korttidssjukfrånvaron ska minska med 20 procent, från 5 till 4 dagar per anställd och år. Chefer får "
               "stöd av företagshälsovården.",
         T(direction="down", relative="20", baseline="5", level="4", verdict="consistent")),
    case("sv", "Sjukfrånvaron ska minska med 2 procentenheter, från 9,1 till 7,1 procent. Insatserna riktas mot "
               "äldreomsorgen.",
         T(direction="down", relative="2", baseline="9.1", level="7.1", verdict="consistent")),
    case("sv", "Sjukfrånvaron ska minska med 2 procent, från 9,1 till 7,1 procent. Insatserna riktas mot "
               "äldreomsorgen.",
         T(direction="down", relative="2", baseline="9.1", level="7.1", verdict="inconsistent")),
    case("sv", "Sjukfrånvaron i förvaltningen var 9,4 procent under januari–juni. Samma period i fjol var den 8,8 "
               "procent."),
    case("sv", "Antalet sjukdagar per anställd var 21 under 2024. Kommunen har 6 200 anställda."),
]
SV_INTERIM = [
    case("sv", "Prognosen för helåret är ett överskott på 42 miljoner kronor. Budgeterat resultat är 65 miljoner "
               "kronor."),
    case("sv", "Indikator  Utfall aug 2024  Målvärde 2024\nAndel nöjda brukare i hemtjänsten  86 %  90 %",
         T(direction="up", baseline="86", level="90", year=2024)),
    case("sv", "Målet om en sjukfrånvaro under 7 procent bedöms inte nås 2024. Utfallet efter augusti är 8,2 "
               "procent.",
         T(kind="level", level="7", hedge="below")),
    case("sv", "Nettokostnadsavvikelsen för äldreomsorgen är 3,4 procent. Enligt prognosen blir helårsresultatet 18 "
               "miljoner kronor sämre än budget."),
    case("sv", "Måluppfyllelse: 11 av 17 mål bedöms uppfyllas helt, 4 delvis och 2 inte alls. Se sidan 12."),
    case("sv", "Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag. Prognosen för "
               "2024 är 1,3 procent.",
         T(kind="level", level="2", hedge="at_least")),
    case("sv", "Investeringarna uppgick till 312 miljoner kronor under januari–augusti. Helårsprognosen är 590 "
               "miljoner kronor."),
    case("sv", "Nämnden har som mål att minska kostnaden per elev med 2 procent 2024. Utfallet per augusti visar en "
               "minskning med 0,8 procent.",
         T(kind="change", direction="down", relative="2", year=2024), T(kind="change", direction="down", relative="0.8")),
    case("sv", "Antalet årsarbetare har minskat med 42 sedan årsskiftet, till 3 118. Målet för helåret är 3 080.",
         T(direction="down", absolute="42", level="3118"), T(direction="down", level="3080", baseline="3118")),
    case("sv", "Delårsrapporten per den 31 augusti 2024 behandlades av kommunfullmäktige den 28 oktober, § 142. "
               "Revisorernas bedömning finns i bilaga 3."),
]
SV_BILLS = [
    case("sv", "I propositionen föreslås att Sverige senast 2045 inte ska ha några nettoutsläpp. Utsläppen från "
               "verksamheter inom Sverige ska då vara minst 85 procent lägre än utsläppen år 1990.",
         T(kind="change", direction="down", relative="85", reference_year=1990),
         xfail="the year after 'lägre än utsläppen år' is read as the year aimed at, not the one compared with"),
    case("sv", "Propositionen innehåller förslag till statens budget för 2024. Utgiftsområde 20 omfattar 21,6 "
               "miljarder kronor."),
    case("sv", "Målet är att sysselsättningsgraden i åldern 20–64 år ska uppgå till minst 80 procent 2030. "
               "Regeringen följer upp målet årligen.",
         T(kind="level", level="80", hedge="at_least", year=2030)),
    case("sv", "Lagen träder i kraft den 1 juli 2025. Äldre föreskrifter gäller för ärenden som inletts före den 1 "
               "januari 2025."),
    case("sv", "Etappmålet innebar att andelen förnybar energi skulle vara minst 50 procent 2020. Målet nåddes redan "
               "2012.",
         T(kind="level", level="50", hedge="at_least", year=2020),
         xfail="a target of the past after 'skulle vara' is not read"),
    case("sv", "Regeringen föreslår att antalet poliser ska öka med 10 000 till 2024 jämfört med 2016. Ökningen ska "
               "ske successivt.",
         T(kind="change", direction="up", absolute="10000", year=2024, reference_year=2016)),
]
SV_PDF_AND_LOOKALIKES = [
    case("sv", "Andelen elever som är behöriga till\ngymnasiet ska öka från 86 till 92 procent\ntill 2027.",
         T(direction="up", baseline="86", level="92", year=2027)),
    case("sv", "Klimatfärdplan 2030 | Sida 8\nUtsläppen ska minska med 60 procent till 2030\njämfört med 2015.",
         T(kind="change", direction="down", relative="60", year=2030, reference_year=2015)),
    case("sv", "Antalet invånare var 104\u00a0312 den 31 december 2024. Befolkningen ökade med 1\u202f146 personer "
               "under året.",
         T(direction="up", absolute="1146")),
    case("sv", "Kommunens telefonnummer är 0470-41 00 00. Besöksadress: Storgatan 12, 352 30 Växjö."),
    case("sv", "Se avsnitt 4.2 och tabell 7 på sidan 31. Bilaga 3 innehåller samtliga 24 indikatorer."),
    case("sv", "Barn födda 2009 fyller 16 år i år. Gymnasieskolan omfattar tre årskurser."),
    case("sv", "Enkäten skickades till 3 000 invånare och besvarades av 1 140, en svarsfrekvens på 38 procent. Av dem "
               "var 61 procent nöjda med kollektivtrafiken."),
    case("sv", "Gränsvärdet för kvävedioxid är 40 mikrogram per kubikmeter som årsmedelvärde. Vid mätstationen på "
               "Kungsgatan uppmättes 31 mikrogram 2023."),
    case("sv", "Budget 2025: kultur- och fritidsnämnden 212,4 mnkr, socialnämnden 1 486,0 mnkr. Ramarna beslutades "
               "i juni."),
    case("sv", "Sjukfrånvaron var 8,1 procent 2022, 8,6 procent 2023 och 8,3 procent 2024. Ingen målnivå har "
               "beslutats."),
    case("sv", "Enligt 5 kap. 3 § socialtjänstlagen ska kommunen verka för att äldre får goda bostäder. Paragrafen "
               "ändrades 2018."),
    case("sv", "Antalet personer 80 år och äldre väntas öka med 40 procent till 2035, enligt befolkningsprognosen. "
               "Det är ingen målsättning.",
         xfail="a change forecast after 'väntas' ('väntas öka med 40 procent till 2035') is read as a target"),
    case("sv", "Nyckeltal  2022  2023  2024\nResor per invånare  98  104  109"),
    case("sv", "Kommunfullmäktige sammanträder sex gånger per år. Mötet den 14 november börjar klockan 18.00."),
    case("sv", "Medelåldern bland kommunens anställda är 46 år. Var fjärde medarbetare är över 55 år."),
    case("sv", "Vattenförbrukningen per person var 140 liter per dygn 2024. Den har varit i stort sett oförändrad "
               "sedan 2015."),
    case("sv", "Utsläppen\nminskade med 12\u00a0procent mellan 2019 och 2023. Kommunen har 62\u202f000 invånare.",
         T(kind="change", direction="down", relative="12")),
]
# ---- other wordings of the forms read since this round ------------------------------------------------------------
EN_FIXED_FORMS = [
    # no one, opening a sentence or a clause of aim: a bound after it is a ceiling, else a level of zero
    case("en", "Nobody should wait more than 18 weeks for a first appointment by 2027.",
         T(kind="level", level="18", hedge="at_most", unit="week", year=2027)),
    case("en", "By 2027, no one should have to sleep rough. Last autumn 54 people slept rough in the city.",
         T(kind="level", level="0", year=2027)),
    case("en", "In 2023, no one waited more than 52 weeks. The longest wait was 49 weeks."),
    case("en", "No decision will be taken before 2026. The consultation closes in May."),
    # a ceiling after "not have more than"
    case("en", "Classes should not have more than 30 pupils by 2026. The average class has 27.",
         T(kind="level", level="30", hedge="at_most", year=2026)),
    # verbs of buying and laying make a count aimed at
    case("en", "We will purchase 40 electric buses by 2028. The fleet has 310 buses.",
         T(kind="level", level="40", year=2028)),
    case("en", "The trust will acquire 120 hectares of land for nature by 2030.",
         T(kind="level", level="120", year=2030)),
    case("en", "The council bought 64 homes in 2023. It paid £14.2m for them."),
    # a year before the target noun: the year the target is set for
    case("en", "The 2030 target for recycling is 65%. In 2023 the rate was 48%.",
         T(direction="up", level="65", baseline="48", year=2030)),
    # a count reached with its change in things, then the target for it
    case("en", "The number of foster carers rose by 12 to 240. The target for 2026 is 260.",
         T(direction="up", absolute="12", level="240"), T(direction="up", level="260", baseline="240", year=2026)),
    case("en", "Agency staff fell by 30, to 410. The target for the year is 380.",
         T(direction="down", absolute="30", level="410"), T(direction="down", level="380", baseline="410")),
    # "commit" as a word of aim
    case("en", "We commit to plant 5,000 trees by 2027. Volunteers planted 800 last winter.",
         T(kind="level", level="5000", year=2027)),
    case("en", "The plan commits £2m to cycling. The money comes from the transport grant."),
]
SV_FIXED_FORMS = [
    case("sv", "Ingen ska behöva vänta mer än 90 dagar på ett första besök 2026. I dag väntar var tredje patient längre.",
         T(kind="level", level="90", hedge="at_most", unit="day", year=2026),
         xfail="Swedish 'ingen' opening a sentence of aim is not read (Danish and Norwegian 'ingen' are): ensv3 and ensv5 mark 'Målet är att ingen ska ...' as giving nothing, so adding it waits on a ruling"),
    case("sv", "Ingen ska behöva sova ute 2027. I höstas sov 54 personer ute.",
         T(kind="level", level="0", year=2027),
         xfail="Swedish 'ingen' opening a sentence of aim is not read (Danish and Norwegian 'ingen' are): ensv3 and ensv5 mark 'Målet är att ingen ska ...' as giving nothing, so adding it waits on a ruling"),
    case("sv", "Ingen patient väntade mer än 90 dagar 2024. Den längsta väntetiden var 84 dagar."),
    case("sv", "Ingen barngrupp ska ha fler än 15 barn. I dag är snittet 16 barn per grupp.",
         T(direction="down", level="15", hedge="at_most", baseline="16"),
         xfail="Swedish 'ingen' opening a sentence of aim is not read (Danish and Norwegian 'ingen' are): ensv3 and ensv5 mark 'Målet är att ingen ska ...' as giving nothing, so adding it waits on a ruling"),
    case("sv", "Sjukfrånvaron ska understiga 6 procent 2027. År 2024 var den 7,4 procent.",
         T(direction="down", level="6", hedge="below", baseline="7.4", year=2027)),
    case("sv", "Kommunen ska köpa 40 elbussar till 2028. Bussflottan har 310 bussar.",
         T(kind="level", level="40", year=2028)),
    case("sv", "Bostadsbolaget ska förvärva 300 lägenheter till 2027.",
         T(kind="level", level="300", year=2027)),
    case("sv", "Kommunen köpte 64 lägenheter 2023. Köpeskillingen var 142 miljoner kronor."),
    case("sv", "Antalet familjehem ökade med 12 till 240. Målet för 2026 är 260.",
         T(direction="up", absolute="12", level="240"), T(direction="up", level="260", baseline="240", year=2026)),
    case("sv", "Antalet inhyrda medarbetare minskade med 30, till 410. Målet för helåret är 380.",
         T(direction="down", absolute="30", level="410"), T(direction="down", level="380", baseline="410")),
]
# fmt: on

PART_ONE = [*EN_LINES, *SV_LINES]
PARAGRAPHS = [
    *EN_TRANSPORT,
    *EN_HOUSING,
    *EN_SCHOOLS,
    *EN_NHS,
    *EN_HOMELESSNESS,
    *EN_AIR,
    *EN_NATURE,
    *EN_EU_NATIONAL,
    *EN_ANNUAL_REPORT,
    *EN_QUESTIONS,
    *EN_PDF_AND_LOOKALIKES,
    *SV_SCHOOL,
    *SV_WORK,
    *SV_HOUSING,
    *SV_TRANSIT,
    *SV_CLIMATE,
    *SV_CARE,
    *SV_SICK,
    *SV_INTERIM,
    *SV_BILLS,
    *SV_PDF_AND_LOOKALIKES,
    *EN_FIXED_FORMS,
    *SV_FIXED_FORMS,
]
CASES = [*PART_ONE, *PARAGRAPHS]


test_a_probed_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_mostly_paragraphs_in_both_languages() -> None:
    """At least 200 cases, about half in each language, two thirds of them paragraphs of two sentences or more, and
    each language with paragraphs that must give nothing."""
    assert_broad(CASES, ("en", "sv"), at_least=200, per_language=95)
