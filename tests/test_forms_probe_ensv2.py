"""Forms probed in English and Swedish, round 2, as a careful reader reads them: sentences written for this test
in the genres real papers come in (council and corporate plans, annual reports with goal follow-up, NHS, police
and education performance reports, written parliamentary answers, transport and waste statistics, climate plans,
press releases, news; kommunala mål- och budgetdokument, årsredovisningar med måluppfyllelse, regionala
verksamhetsplaner, SCB and myndighet releases), none taken from a real paper. Each gives the targets a careful
reader marks, judged as ``check`` judges them (the helpers and the assertion are those of ``test_forms``), with
look-alikes that must give none. A form not yet read is a strict xfail with the reason. Round 1 is
``test_forms_probe_ensv``; this file probes new ground."""

from __future__ import annotations

import pytest

from sudgoals.extract import detect_language
from test_forms import T, assert_floors, case, read_as_test

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
    case("en", "The council targets 1,000 homes by 2026/27.", T(kind="level", level="1000", year=2026)),
    case("en", "The group aims for operating profit of £40m in 2026.", T(kind="level", level="40000000", unit="GBP")),
    case("en", "The board is targeting income of £12m over three years.", T(kind="level", level="12000000")),
    case("sv", "Bolaget siktar på en omsättning på 5 mdkr år 2026.", T(kind="level", level="5000000000", year=2026)),
    case("sv", "Kommunen siktar mot 500 bostäder per år.", T(kind="level", level="500")),
    # a financial year "FY26", "FY2027" is the year it ends in
    case("en", "The company targets revenue of $5bn by FY26.", T(kind="level", level="5000000000", year=2026)),
    case("en", "Recycling should reach 55% by FY26.", T(kind="level", level="55", year=2026)),
    case("en", "We will build 1,000 homes by FY27.", T(kind="level", level="1000", year=2027)),
    case("en", "We will build 1,000 homes by FY2027.", T(kind="level", level="1000", year=2027)),
    case("en", "FY24 revenue was $4.2bn."),
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
    # a share in words after "we want" is a level aimed at; the same share in a fact is none
    case("en", "We want two thirds of journeys in the town centre to be made on foot or by bike by 2030.",
         T(kind="level", level="200/3", year=2030)),
    case("en", "We want half of all new homes to be affordable.", T(kind="level", level="50")),
    case("sv", "Vi vill att tre fjärdedelar av invånarna ska känna sig trygga 2027.", T(kind="level", level="75", year=2027)),
    case("en", "Two thirds of the schools in the district are behind their target."),
    # a KPI line whose outcome is a rate and whose target is in the bare unit: the target in the outcome's rate
    case("sv", "Sjukfrånvaro: 10,2 dagar per anställd (mål: 8 dagar)", T(direction="down", level="8", baseline="10.2")),
    case("en", "Sickness absence 10.2 days per FTE | Target 8 days", T(direction="down", level="8", baseline="10.2")),
]
WRITTEN_ANSWERS = [
    # written parliamentary answers: a level with its change, a count with its change and level, a standard
    case("en", "The number of police officers in England and Wales rose by 3,200 to 147,430 between March 2023 and March 2024.",
         T(kind="change", direction="up", absolute="3200", level="147430", verdict="consistent")),
    case("en", "In 2023-24, 74.2% of patients were seen within four hours, against the operational standard of 95%.",
         T(direction="up", level="95", baseline="74.2")),
    case("en", "The Department's target is for 90% of claims to be processed within 10 working days.",
         T(kind="level", level="90")),
    case("en", "Spending on the programme will increase from £1.2 billion in 2024-25 to £1.5 billion in 2025-26.",
         T(direction="up", baseline="1200000000", level="1500000000", year=2025, reference_year=2024)),
    case("en", "The number of households in temporary accommodation in England was 117,450 at the end of June 2024, up 16.3% on the year before.",
         T(kind="change", direction="up", relative="16.3", level="117450")),
    # look-alikes: a count awaiting, a count of a year long past, tables and pages
    case("en", "As of 31 March 2024, 2,345 applications were awaiting a decision."),
    case("en", "The hon. Member will be aware that 1,250 officers were recruited in 1998."),
    case("en", "Table 3 on page 12 of the report sets out the figures for 2022."),
]
RATINGS = [
    # inspection ratings: a share aimed at, a share from-to; a share rated in a fact gives nothing
    case("en", "Our aim is for 95% of schools to be rated good or outstanding by 2027.", T(kind="level", level="95", year=2027)),
    case("en", "The proportion of care homes rated good or outstanding should rise from 79% to 85% by 2026.",
         T(direction="up", baseline="79", level="85", year=2026)),
    case("en", "The share of GP practices rated inadequate fell from 3.1% to 2.4%.", T(direction="down", baseline="3.1", level="2.4")),
    case("en", "88% of schools were rated good or outstanding at their last inspection."),
    case("en", "Ofsted rated 4 of the 12 children's homes as requires improvement."),
    case("en", "We want every school in the borough to be rated at least good by 2028."),
    case("sv", "Andelen skolor med godkänt resultat vid Skolinspektionens granskning ska öka till 90 procent.",
         T(kind="level", direction="up", level="90")),
    case("sv", "Skolinspektionen riktade kritik mot 4 av 12 skolor."),
]
TRANSPORT = [
    # punctuality and patronage with their targets; lengths of cycle lanes are counts (km is no unit)
    case("en", "Punctuality: 91.2% of trains arrived on time (target 92.5%).", T(direction="up", baseline="91.2", level="92.5")),
    case("en", "In March 71.8% of patients were seen within four hours, target 76%.", T(direction="up", baseline="71.8", level="76")),
    case("sv", "Punktlighet: 91,2 procent av tågen kom i tid (mål 92,5 procent).", T(direction="up", baseline="91.2", level="92.5")),
    case("sv", "I mars fick 71,8 procent av patienterna vård inom fyra timmar, mål 76 procent.",
         T(direction="up", baseline="71.8", level="76")),
    case("en", "The operator must run at least 95% of scheduled bus services.", T(kind="level", level="95", hedge="at_least")),
    case("en", "We will build 50 km of new cycle lanes by 2030.", T(kind="level", level="50", year=2030)),
    case("en", "The cycle network will grow from 120 km to 200 km by 2030.", T(direction="up", baseline="120", level="200")),
    case("en", "Bus patronage should increase by 10% by 2027 compared with 2023.",
         T(kind="change", direction="up", relative="10", year=2027, reference_year=2023)),
    case("en", "The share of journeys to school made on foot or by bike should reach 60% by 2030.", T(kind="level", level="60", year=2030)),
    case("en", "Road deaths and serious injuries should halve by 2030 from the 2019 baseline.",
         T(kind="change", direction="down", relative="50", year=2030, reference_year=2019)),
    case("sv", "Kollektivtrafikens marknadsandel ska öka från 28 procent till 35 procent till 2030.",
         T(direction="up", baseline="28", level="35", year=2030)),
    case("sv", "Minst 90 procent av bussarna ska avgå i tid.", T(kind="level", level="90", hedge="at_least")),
    case("sv", "Antalet resor med kollektivtrafik ska fördubblas till 2030.", T(kind="change", direction="up", year=2030)),
    # look-alikes: traffic counts, a road's capacity, a timetable
    case("en", "Average weekday traffic on the bridge was 42,000 vehicles in 2023."),
    case("en", "The A38 carries up to 60,000 vehicles a day."),
    case("en", "Line 4 opened in 2019 and runs every 7 minutes."),
    case("sv", "Linje 4 går var tionde minut mellan klockan 6 och 19."),
]
WASTE = [
    case("en", "The household recycling rate rose from 41.3% to 44.6% in 2023/24.", T(direction="up", baseline="41.3", level="44.6")),
    case("en", "We aim to recycle 65% of municipal waste by 2035.", T(kind="level", level="65", year=2035)),
    case("en", "Residual waste per household should fall to 450 kg a year by 2030.",
         T(kind="level", direction="down", level="450", unit="kg/year", year=2030)),
    case("en", "Landfill should account for no more than 10% of municipal waste by 2035.",
         T(kind="level", level="10", hedge="at_most", year=2035)),
    case("en", "Fly-tipping incidents fell by 12% to 3,480 in 2023/24.",
         T(kind="change", direction="down", relative="12", level="3480", verdict="consistent")),
    case("sv", "Mängden hushållsavfall per invånare ska minska med 15 procent till 2030 jämfört med 2020.",
         T(kind="change", direction="down", relative="15", year=2030, reference_year=2020)),
    case("sv", "Andelen matavfall som samlas in separat ska öka till 75 procent.", T(kind="level", direction="up", level="75")),
    case("en", "Collections take place every two weeks."),
    case("en", "The recycling centre is open seven days a week."),
    case("sv", "Återvinningscentralen har öppet sju dagar i veckan."),
]
HOUSING = [
    case("en", "We will deliver 1,200 homes a year over the plan period.", T(kind="level", level="1200")),
    case("en", "Net additional dwellings: 812 in 2023/24 (target 1,000).", T(direction="up", baseline="812", level="1000")),
    case("sv", "Färdigställda bostäder: 412 år 2024 (mål 600)", T(direction="up", baseline="412", level="600")),
    case("en", "Housing completions fell from 1,430 in 2022/23 to 1,105 in 2023/24.",
         T(direction="down", baseline="1430", level="1105", year=2023, reference_year=2022)),
    case("sv", "Andelen ska öka från 72 procent 2023/24 till 80 procent 2026/27.",
         T(direction="up", baseline="72", level="80", year=2026, reference_year=2023)),
    case("en", "At least 35% of new homes on major sites should be affordable.", T(kind="level", level="35", hedge="at_least")),
    case("en", "Our ambition is for 40% of all homes delivered to be affordable.", T(kind="level", level="40")),
    case("sv", "Kommunen ska bygga minst 300 bostäder per år under mandatperioden.", T(kind="level", level="300", hedge="at_least")),
    # look-alikes: what was built, a policy threshold, a phase
    case("en", "The council built 312 council homes in 2023, the most since 1980."),
    case("en", "Policy H3 requires 35% affordable housing on sites of 10 or more homes."),
    case("en", "Homes for older people: 120 units, phase 2 from 2026."),
    case("sv", "Under 2023 färdigställdes 412 bostäder i kommunen."),
]
PERFORMANCE = [
    # NHS, police and education performance reports
    case("en", "The trust aims to see 78% of A&E patients within four hours by March 2025.", T(kind="level", level="78", year=2025)),
    case("en", "In February, 58.3% of patients waited less than 18 weeks, against the standard of 92%.",
         T(direction="up", baseline="58.3", level="92")),
    case("en", "The force answered 84% of 999 calls within 10 seconds, short of the 90% target.",
         T(direction="up", baseline="84", level="90")),
    case("en", "We will increase the number of neighbourhood officers by 100 to 650 by 2026.",
         T(kind="change", direction="up", absolute="100", level="650", year=2026, verdict="consistent")),
    case("en", "Knife crime fell by 9% in the year to March 2024.", T(kind="change", direction="down", relative="9")),
    case("en", "The persistent absence rate should fall from 21.2% to 15% by 2027.",
         T(direction="down", baseline="21.2", level="15", year=2027)),
    case("en", "The percentage of 16-17 year olds not in education, employment or training should be below 3%.",
         T(kind="level", level="3", hedge="below")),
    case("en", "Cancer: 77.3% of patients were told their diagnosis within 28 days (standard 75%).",
         T(baseline="77.3", level="75")),
    case("en", "Key stage 2: 61% of pupils met the expected standard in reading, writing and maths (national 61%)."),
    case("en", "Target not met: 8.9 days lost to sickness per FTE against a target of 7.5 days.",
         T(direction="down", baseline="8.9", level="7.5"),
         xfail="an outcome in a rate (days per FTE) before 'against a target of' and a time is not read as its baseline"),
]
CLIMATE = [
    case("en", "We will reduce the council's own emissions by 80% by 2030 against a 2018/19 baseline.",
         T(kind="change", direction="down", relative="80", year=2030, reference_year=2018)),
    case("en", "Borough-wide emissions fell from 1.1 MtCO2e in 2005 to 0.62 MtCO2e in 2021.",
         T(direction="down", baseline="1100000", level="620000", unit="t", year=2021, reference_year=2005)),
    case("en", "We will install 2,000 electric vehicle charge points by 2030.", T(kind="level", level="2000", year=2030)),
    case("en", "Tree canopy cover should increase from 15% to 20% by 2050.", T(direction="up", baseline="15", level="20", year=2050)),
    case("en", "Renewable electricity should meet 50% of the council's demand by 2028.", T(kind="level", level="50", year=2028)),
    case("sv", "Utsläppen av växthusgaser ska halveras till 2030 jämfört med 2019.",
         T(kind="change", direction="down", relative="50", year=2030, reference_year=2019)),
    case("sv", "Matsvinnet i skolorna ska halveras till 2028 jämfört med 2022.",
         T(kind="change", direction="down", relative="50", year=2028, reference_year=2022)),
    case("sv", "Antalet trafikolyckor med svårt skadade ska halveras till 2030.",
         T(kind="change", direction="down", relative="50", year=2030)),
    case("sv", "Andelen förnybar energi i kommunens verksamhet ska öka till 100 procent senast 2030.",
         T(kind="level", direction="up", level="100", year=2030)),
]
FOLLOW_UP = [
    # annual reports with goal follow-up: where it stands, measured against its target
    case("en", "Target met: 96.1% of invoices were paid within 30 days (target 95%).", T(baseline="96.1", level="95")),
    case("en", "Council tax collection rate: 95.8% (target 96.5%).", T(direction="up", baseline="95.8", level="96.5")),
    case("en", "Staff turnover was 12.4% in 2023/24, compared with 13.9% in 2022/23.",
         T(direction="down", level="12.4", baseline="13.9", year=2023, reference_year=2022)),
    case("sv", "Målet är uppfyllt: andelen nöjda brukare blev 88 procent jämfört med målvärdet 85 procent.",
         T(baseline="88", level="85")),
    case("sv", "Målet uppnåddes inte. Sjukfrånvaron blev 7,9 procent mot målet 7,0 procent.",
         T(direction="down", baseline="7.9", level="7")),
    case("sv", "Soliditeten ska vara minst 30 procent inklusive pensionsåtaganden.", T(kind="level", level="30", hedge="at_least")),
    case("sv", "Investeringarna ska självfinansieras till minst 70 procent under perioden.",
         T(kind="level", level="70", hedge="at_least")),
    case("sv", "Resultatet uppgick till 2,3 procent av skatter och bidrag, målet är minst 2 procent.",
         T(baseline="2.3", level="2", hedge="at_least")),
]
NEWS = [
    case("en", "The Government will build 1.5 million homes over this Parliament.", T(kind="level", level="1500000")),
    case("en", "Ministers have pledged to halve violence against women and girls within a decade.",
         T(kind="change", direction="down", relative="50")),
    case("en", "The Prime Minister promised 6,500 more teachers.", T(kind="change", direction="up", absolute="6500")),
    case("en", "Inflation fell to 2.2% in July from 2.0% in June.",
         T(direction="down", level="2.2", baseline="2", verdict="inconsistent")),
    case("en", "House prices rose by 2.7% in the year to August, up from 2.4% in July.",
         T(kind="change", direction="up", relative="2.7", baseline=None)),
    case("sv", "Befolkningen i Sverige ökade med 65 000 personer under 2023 och uppgick till 10,55 miljoner.",
         T(kind="change", direction="up", absolute="65000", level="10550000", verdict="consistent")),
    case("sv", "Antalet sysselsatta ökade med 1,1 procent jämfört med samma kvartal föregående år.",
         T(kind="change", direction="up", relative="1.1")),
    case("sv", "Arbetslösheten sjönk med 0,8 procentenheter jämfört med föregående år.",
         T(kind="change", direction="down", relative="0.8", unit="percentage_point")),
    case("sv", "KPIF-inflationen var 2,3 procent i december."),
    case("sv", "Arbetslösheten bland unga 15–24 år var 22,1 procent."),
    case("sv", "Enligt SCB fanns det 4,9 miljoner hushåll i Sverige 2023."),
]
SV_SHARES = [
    # "andelen ... ska öka till", "minst X procent senast 2030", procentenheter, "per 1 000 invånare"
    case("sv", "Andelen elever som känner sig trygga i skolan ska öka till 90 procent.", T(kind="level", direction="up", level="90")),
    case("sv", "Andelen invånare som cyklar till arbetet ska öka från 14 procent till 20 procent till 2030.",
         T(direction="up", baseline="14", level="20", year=2030)),
    case("sv", "Andelen ekologiska livsmedel ska vara minst 60 procent senast 2030.",
         T(kind="level", level="60", hedge="at_least", year=2030)),
    case("sv", "Minst 80 procent av brukarna ska vara nöjda med hemtjänsten senast 2026.",
         T(kind="level", level="80", hedge="at_least", year=2026)),
    case("sv", "Högst 5 procent av eleverna ska lämna grundskolan utan behörighet år 2027.",
         T(kind="level", level="5", hedge="at_most", year=2027)),
    case("sv", "Sysselsättningsgraden ökade med 1,2 procentenheter till 78,4 procent.",
         T(kind="change", direction="up", relative="1.2", level="78.4", verdict="consistent")),
    case("sv", "Andelen behöriga lärare ska öka med 5 procentenheter till 2027.",
         T(kind="change", direction="up", relative="5", unit="percentage_point", year=2027)),
    case("sv", "Andelen som röker minskade från 11 procent till 8 procent, en minskning med 3 procentenheter.",
         T(direction="down", baseline="11", level="8", relative="3", verdict="consistent")),
    case("sv", "Antalet anmälda brott per 1 000 invånare ska minska till 80 till 2027.",
         T(kind="level", direction="down", level="80", year=2027)),
    case("sv", "Antalet nya bostäder ska vara minst 5 per 1 000 invånare och år.", T(kind="level", level="5", hedge="at_least")),
    case("sv", "Antalet vårdplatser per 1 000 invånare var 1,9 år 2023."),
    case("sv", "Kommunen har 3,2 förskolor per 1 000 barn."),
]
SV_TABLES = [
    # "Indikator | Utfall 2023 | Mål 2025": the outcome column is the baseline (the first, with two), the
    # target column the level, their heads the years
    case("sv", "Indikator | Utfall 2023 | Mål 2025\nAndel nöjda medborgare | 71 % | 80 %",
         T(direction="up", baseline="71", level="80", year=2025, reference_year=2023)),
    case("sv", "Indikator | Utfall 2022 | Utfall 2023 | Mål 2025\nSjukfrånvaro | 8,1 % | 7,6 % | 6,5 %",
         T(direction="down", baseline="8.1", level="6.5", year=2025, reference_year=2022)),
    case("sv", "Indikator\tUtfall 2023\tMål 2025\nAndel elever med godkänt i alla ämnen\t74 %\t85 %",
         T(direction="up", baseline="74", level="85", year=2025, reference_year=2023)),
    case("en", "Indicator | Outturn 2023/24 | Target 2025/26\nRecycling rate | 44.6% | 50%",
         T(direction="up", baseline="44.6", level="50")),
    # an outcome label, then a target label in the next sentence or line: one target, each with its year
    case("sv", "Utfall 2024: 81 procent. Mål: 85 procent.", T(direction="up", baseline="81", level="85", reference_year=2024)),
    case("sv", "Utfall 2024: 81 procent\nMål 2026: 85 procent",
         T(direction="up", baseline="81", level="85", year=2026, reference_year=2024)),
    case("en", "Outturn 2023/24: 81%. Target: 85%.", T(direction="up", baseline="81", level="85", reference_year=2023)),
    case("en", "Actual 2024: 74%. Target 2026: 80%.", T(direction="up", baseline="74", level="80", year=2026, reference_year=2024)),
    case("en", "Target 2030: 95%", T(kind="level", level="95", year=2030)),
    case("sv", "Mål 2030: 90 procent", T(kind="level", level="90", year=2030)),
    case("en", "Outturn 2023/24: 81%. The rate rose by 3 points.", T(kind="change", direction="up", relative="3")),
]
SV_REGION = [
    case("sv", "Väntetiden till första besök ska vara högst 90 dagar.", T(kind="level", level="90", hedge="at_most", unit="day")),
    case("sv", "Minst 95 procent av patienterna ska få kontakt med vårdcentralen samma dag.",
         T(kind="level", level="95", hedge="at_least")),
    case("sv", "Andelen patienter som opereras inom 90 dagar ska öka till 80 procent under 2025.",
         T(kind="level", direction="up", level="80", year=2025)),
    case("sv", "Antalet vårdskador ska minska med 20 procent till 2026.", T(kind="change", direction="down", relative="20", year=2026)),
    case("sv", "Regionen ska ha 200 fler sjuksköterskor år 2027 än år 2024.",
         T(kind="change", direction="up", absolute="200", year=2027, reference_year=2024)),
    case("sv", "Kommunen ska ha 50 fler lärare 2027 än 2024.", T(kind="change", direction="up", absolute="50", year=2027, reference_year=2024)),
]
SV_BUDGET = [
    # kommunala mål- och budgetdokument: shares, ceilings, points and counts
    case("sv", "Andelen hushåll som sorterar ut matavfall ska öka från 65 procent 2023 till 85 procent 2027.",
         T(direction="up", baseline="65", level="85", year=2027, reference_year=2023)),
    case("sv", "Nettokostnadsandelen ska inte överstiga 98 procent av skatteintäkter och generella statsbidrag.",
         T(kind="level", level="98", hedge="at_most")),
    case("sv", "Målet är att minst 70 procent av eleverna ska vara behöriga till gymnasiet senast 2026.",
         T(kind="level", level="70", hedge="at_least", year=2026)),
    case("sv", "Kommunen ska minska sina koldioxidutsläpp med 70 procent till 2030 jämfört med 2010.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2010)),
    case("sv", "Sjukfrånvaron ska minska från 8,2 procent till 6,5 procent under mandatperioden.",
         T(direction="down", baseline="8.2", level="6.5")),
    case("sv", "Antalet barn per avdelning i förskolan ska vara högst 15.", T(kind="level", level="15", hedge="at_most")),
    case("sv", "Kostnaden per elev ska minska med 3 procent per år.", T(kind="change", direction="down", relative="3")),
    case("sv", "Andelen som avslutar gymnasiet inom fyra år ska öka med 5 procentenheter jämfört med 2022.",
         T(kind="change", direction="up", relative="5", unit="percentage_point", reference_year=2022)),
    case("sv", "Väntetiden för bygglov ska vara i genomsnitt högst 8 veckor.", T(kind="level", level="8", unit="week", hedge="at_most")),
    case("sv", "Andel nöjda med bemötandet 2024: 92 procent (mål 90 procent)", T(baseline="92", level="90")),
    case("sv", "Antalet invånare ökade med 1 240 personer till 52 310 under 2024.",
         T(kind="change", direction="up", absolute="1240", level="52310", year=2024, verdict="consistent")),
    case("sv", "Arbetslösheten i kommunen var 6,8 procent i december 2024, vilket är 0,4 procentenheter lägre än året innan.",
         T(direction="down", level="6.8", relative="0.4", verdict="consistent")),
    case("sv", "Målet är att antalet bostäder ska öka med 2 000 till 2030.",
         T(kind="change", direction="up", absolute="2000", year=2030)),
    case("sv", "Regionen ska minska antalet vårdplatser med 40 till 2026.", T(kind="change", direction="down", absolute="40", year=2026)),
    case("sv", "Skattesatsen är 21,99 kronor per hundralapp."),
    case("sv", "Kommunen har 1 250 anställda inom äldreomsorgen."),
    case("sv", "Förskolan har öppet 06.30–18.30."),
    case("sv", "Avgiften är 1 572 kronor per månad för barn 1–3 år."),
]
CORPORATE = [
    # corporate and council annual reports: base years, KPI lines with last year's figure, bounds in brackets
    case("en", "Our goal is to reduce Scope 1 and 2 emissions by 42% by 2030 from a 2020 base year.",
         T(kind="change", direction="down", relative="42", year=2030, reference_year=2020)),
    case("en", "We will cut emissions by 50% by 2030 against a 2019 base.",
         T(kind="change", direction="down", relative="50", year=2030, reference_year=2019)),
    case("en", "By 2028 we want 1 in 4 journeys to be made by public transport.", T(kind="level", level="25", year=2028)),
    case("en", "The number of children in care rose from 412 to 468, an increase of 13.6%.",
         T(direction="up", baseline="412", level="468", relative="13.6", verdict="consistent")),
    case("en", "Average time to re-let council homes: 34 days (target 28 days).",
         T(direction="down", baseline="34", level="28", unit="day")),
    case("en", "The group delivered revenue of £1.24bn, up 8%, and expects margin of at least 12% in FY25.",
         T(kind="change", direction="up", relative="8", level="1240000000"), T(kind="level", level="12", hedge="at_least", year=2025),
         xfail="'expects margin of at least 12%' is no aim: a share after a verb of expecting is not read as a level aimed at"),
    case("en", "We are on track to plant 50,000 trees by 2026; 31,200 have been planted so far.",
         T(kind="level", level="50000", year=2026)),
    case("en", "Delayed discharges: 142 patients (target: fewer than 100).",
         T(direction="down", baseline="142", level="100", hedge="below")),
    case("en", "Staff engagement score: 68% (2023: 64%, target 72%).", T(direction="up", baseline="68", level="72")),
    # look-alikes: a fact with last year's figure, a budget, a comparison with the national average
    case("en", "Complaints upheld by the Ombudsman: 9 (2022/23: 14)."),
    case("en", "The council's budget for 2025/26 is £412m."),
    case("en", "Employment rate (16-64): 76.1%, UK average 75.0%."),
    case("en", "Page 4 shows that 3 of our 12 KPIs are rated red."),
]
FACTS = [
    # facts, dates, ages, sections, pages: nothing
    case("en", "Section 106 of the Town and Country Planning Act 1990 applies."),
    case("en", "Children aged 11 to 16 attend secondary school."),
    case("en", "The committee meets on 14 March 2025 at 7pm."),
    case("en", "Appendix 4 (pages 22 to 31) sets out the risk register."),
    case("en", "The 2021 Census recorded 312,000 residents in the borough."),
    case("en", "Paragraph 3.12 of the NPPF requires a five-year housing land supply."),
    case("en", "Flights to Gran Canaria leave at 06:45 from gate 12."),
    case("en", "The bridge was built in 1894 and is 312 metres long."),
    case("en", "Councillor Smith, 64, has represented the ward since 2010."),
    case("sv", "Kommunfullmäktige sammanträder den 24 april 2025 kl. 18.00."),
    case("sv", "Barn i åldern 1–5 år har rätt till förskola."),
    case("sv", "Enligt 5 kap. 3 § skollagen ska undervisningen vara likvärdig."),
    case("sv", "Beslutet fattades 2023-11-15 och gäller i tre år."),
    case("sv", "Kommunen har 45 000 invånare och 12 skolor."),
    case("sv", "Se bilaga 3, sidan 14."),
    case("sv", "Ungdomar mellan 16 och 19 år kan söka sommarjobb."),
    case("sv", "Budgeten för 2025 antogs med 31 röster mot 20."),
]
AGAINST_A_TARGET = [
    # a measured change, then "against a target of" a share: the change aimed at, in the measured direction
    case("en", "Car journeys were cut by 12% against a target of 20%.",
         T(kind="change", direction="down", relative="12"), T(kind="change", direction="down", relative="20")),
    case("en", "Bus journeys rose by 8% against a target of 10%.",
         T(kind="change", direction="up", relative="8"), T(kind="change", direction="up", relative="10")),
    case("sv", "Utsläppen från kommunens byggnader minskade med 38 procent mellan 2019 och 2023 mot ett mål på 45 procent.",
         T(kind="change", direction="down", relative="38"), T(kind="change", direction="down", relative="45")),
    case("sv", "Resorna med kollektivtrafik ökade med 8 procent mot ett mål på 10 procent.",
         T(kind="change", direction="up", relative="8"), T(kind="change", direction="up", relative="10")),
    # a target met or missed, then after a colon where the indicator stands: its baseline
    case("en", "Our target of 90% was missed: 84% of calls were answered within a minute.",
         T(direction="up", level="90", baseline="84")),
    case("sv", "Målet på 65 procent överträffades: 68,2 procent av eleverna nådde kunskapskraven.",
         T(level="65", baseline="68.2")),
    case("sv", "Målet på 90 procent nåddes inte: 84 procent av samtalen besvarades inom en minut.",
         T(direction="up", level="90", baseline="84")),
    case("en", "The target of 65% was set in 2020, and 68.2% of pupils met the standard in 2024.",
         T(kind="level", level="65")),
    # the form it must not take from: a level measured against a target level
    case("en", "Just 61% of calls were answered within a minute, against a target of 90%.",
         T(direction="up", baseline="61", level="90")),
    case("sv", "Endast 58 procent av invånarna får svar inom tio dagar mot ett mål på 90 procent.",
         T(direction="up", baseline="58", level="90")),
]
# fmt: on

PART_TWO = [
    *WRITTEN_ANSWERS,
    *RATINGS,
    *TRANSPORT,
    *WASTE,
    *HOUSING,
    *PERFORMANCE,
    *CLIMATE,
    *FOLLOW_UP,
    *NEWS,
    *SV_SHARES,
    *SV_TABLES,
    *SV_REGION,
    *SV_BUDGET,
    *CORPORATE,
    *FACTS,
]
CASES = [*TARGET_LABELS, *ZERO, *AIM_VERBS, *PART_ONE, *AGAINST_A_TARGET, *PART_TWO]


test_a_probed_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


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


def test_the_probe_battery_is_broad_in_both_languages() -> None:
    """At least 120 sentences probing new genres and wordings, each language with its look-alikes that must
    give nothing."""
    assert len(PART_TWO) >= 120
    assert_floors(CASES, ("en", "sv"), at_least=190, per_language=70, look_alikes_per_language=20)
