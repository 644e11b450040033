"""Forms probed in English (UK, Irish, Scottish, Australian and US public-sector usage) and Swedish, as a careful
reader reads them: sentences written for this test in the genres real papers come in (council and corporate
plans, police and crime plans, NHS trust reports, Hansard answers, press releases, local news; kommunala mål-
och budgetdokument, årsredovisningar, regionernas väntetider, skola, miljö, SCB), none taken from a real paper.
Each gives the targets a careful reader marks, judged as ``check`` judges them (the helpers and the assertion
are those of ``test_forms``), with look-alikes that must give none. A form not yet read is a strict xfail with
the reason."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
GUESSES = [
    # two sums joined by "or" are one amount stated as two guesses: the first as written, its interval both
    case("en", "We have done all this with £8m or £9m less than the year before.",
         T(kind="change", direction="down", absolute="8000000", low="7500000", high="9500000", unit="GBP")),
    case("en", "The trust expects the scheme to cost £4m or £5m less than planned.",
         T(kind="change", direction="down", absolute="4000000", unit="GBP")),
    case("en", "Bus journeys could fall by 5 million or 6 million a year.",
         T(kind="change", direction="down", absolute="5000000")),
    case("en", "We will need 40 or 50 more officers.",
         T(kind="change", direction="up", absolute="40", low="40", high="50")),
    case("en", "Emissions will fall by 5 or 6 per cent.",
         T(kind="change", direction="down", relative="5", low="4.5", high="6.5")),
    case("sv", "Vi behöver 40 eller 50 fler poliser.", T(kind="change", direction="up", absolute="40")),
    # look-alikes: "or" before a bound, or a restatement in another unit, is no pair of guesses
    case("en", "Unemployment should fall to 4% or below.", T(kind="level", level="4", hedge="at_most")),
    case("en", "We will reduce waiting times by 10%, or 1,200 fewer patients waiting.",
         T(kind="change", direction="down", absolute="1200", relative="10", verdict="consistent")),
    case("en", "The council will cut 20 or 30 posts."),
]

DURING_A_YEAR = [
    # Swedish "under 2023" is "during 2023", not "below 2023": the percent after "eller"/"motsvarande" is the
    # same change as the count before it
    case("sv", "Befolkningen ökade med 1 240 personer, eller 1,3 procent, under 2023.",
         T(kind="change", direction="up", absolute="1240", relative="1.3", verdict="consistent")),
    case("sv", "Befolkningen ökade med 1 240 personer eller 1,3 procent under 2023.",
         T(kind="change", direction="up", absolute="1240", relative="1.3", verdict="consistent")),
    case("sv", "Antalet resor minskade med 900, motsvarande 2 procent, under 2024.",
         T(kind="change", direction="down", absolute="900", relative="2", verdict="consistent")),
    case("sv", "Antalet elever ökade med 150, eller 3 procent, under läsåret 2023/24.",
         T(kind="change", direction="up", absolute="150", relative="3", verdict="consistent")),
    # the form it must not take from: a share below a year's level
    case("sv", "Utsläppen låg 20 procent under 1990 års nivå.",
         T(kind="change", direction="down", relative="20", reference_year=1990)),
    case("sv", "Utsläppen var 41 procent under nivån år 1990.",
         T(kind="change", direction="down", relative="41", reference_year=1990)),
]
YEAR_IN_BRACKETS = [
    # a level aimed at, then in brackets where it stood and the year it stood there: baseline and reference year
    case("sv", "Andelen elever som är behöriga till gymnasiet ska öka till 90 procent (86 procent 2023).",
         T(direction="up", level="90", baseline="86", reference_year=2023, year=None)),
    case("sv", "Andelen förnybar energi ska vara 100 procent år 2030 (78 procent 2022).",
         T(direction="up", level="100", baseline="78", year=2030, reference_year=2022)),
    case("sv", "Minst 85 procent av brukarna ska vara nöjda (81 procent år 2024).",
         T(direction="up", level="85", baseline="81", hedge="at_least", reference_year=2024)),
    case("sv", "Sjukfrånvaron ska vara högst 6 procent (7,4 procent 2023).",
         T(direction="down", level="6", baseline="7.4", hedge="at_most", reference_year=2023)),
    case("sv", "Andelen behöriga elever ska vara minst 92 procent år 2026 (2023: 87,5 procent).",
         T(direction="up", level="92", baseline="87.5", year=2026)),
    case("en", "The recycling rate should reach 65% by 2035 (44.6% in 2022/23).",
         T(direction="up", level="65", baseline="44.6", year=2035, reference_year=2022)),
    case("en", "At least 90% of pupils should reach the expected standard by 2027 (81% in 2024).",
         T(direction="up", level="90", baseline="81", year=2027, reference_year=2024)),
    case("en", "We will cut staff sickness absence to 3.5% (4.1% 2023).",
         T(direction="down", level="3.5", baseline="4.1", reference_year=2023)),
    case("en", "The share of journeys made by bus should rise to 20% by 2030 (2023: 14%).",
         T(direction="up", level="20", baseline="14", year=2030, reference_year=2023)),
    # look-alikes: a bracket with a share of something else, or a year that is no year the figure stood in
    case("sv", "Andelen ska öka till 90 procent (se avsnitt 2023).", T(kind="level", level="90")),
]
TARGET_IS_FOR = [
    # a target noun, a copula and "for", then the count aimed at
    case("en", "The target is for 3 million visitors a year by 2030.", T(kind="level", level="3000000", year=2030)),
    case("en", "Our target is for 3,000,000 visitors a year by 2030.", T(kind="level", level="3000000", year=2030)),
    case("en", "The target is for 40,000 homes to be built by 2030.", T(kind="level", level="40000", year=2030)),
    case("en", "The ambition is for 250 apprenticeships a year.", T(kind="level", level="250")),
    case("en", "The target is for 95% of calls to be answered within 60 seconds.", T(kind="level", level="95", unit="percent")),
    case("en", "The target is 3 million visitors a year by 2030.", T(kind="level", level="3000000")),
    # look-alikes: "for" with no target noun, a count that is no level, a past count
    case("en", "Funding for 300 places was agreed."),
    case("en", "Visitor numbers reached 3 million in 2019."),
    case("en", "The target is for all schools to have 20 computers."),
]
TIME_AIMED_AT = [
    # a time right after a target noun and a copula is the level aimed at
    case("en", "The target is 8 days.", T(kind="level", level="8", unit="day")),
    case("en", "Our target is 28 days for a first appointment.", T(kind="level", level="28", unit="day")),
    case("en", "Our aim is 14 days.", T(kind="level", level="14", unit="day")),
    case("sv", "Målet är 8 dagar.", T(kind="level", level="8", unit="day")),
    case("sv", "Målet är 30 minuter för ambulansen.", T(kind="level", level="30", unit="minute")),
    case("sv", "Målet är högst 60 dagar.", T(kind="level", level="60", unit="day", hedge="at_most")),
    # and where it stood, averaged in a year in the sentence or clause before, is its baseline
    case("en", "Sickness absence averaged 10.2 days per employee in 2023. The target is 8 days.",
         T(direction="down", level="8", baseline="10.2", unit="day")),
    case("en", "Re-let times averaged 42 days in 2023/24; our target is 30 days.",
         T(direction="down", level="30", baseline="42", unit="day")),
    case("en", "The average wait for an assessment was 9 weeks in 2024. Our aim is 6 weeks.",
         T(direction="down", level="6", baseline="9", unit="week")),
    # look-alikes: a time that is no aim, a time where something stood with no aim after it
    case("en", "The meeting is 8 days away."),
    case("en", "The deadline is 28 days after the decision."),
    case("sv", "Mötet är 8 dagar bort."),
    case("en", "Sickness absence averaged 10.2 days per employee in 2023."),
    case("en", "The waiting time was 84 days in 2024."),
    case("en", "Sickness absence averaged 10.2 days per employee in 2023. Staff turnover was 8 days."),
    case("en", "Sickness absence averaged 10.2 days per employee in 2023. The target is 95%.", T(kind="level", level="95")),
    case("en", "The target is two weeks.", T(kind="level", level="2", unit="week")),
]
KILOTONNES = [
    # thousands and millions of tonnes are tonnes, scaled
    case("en", "Emissions fell to 31 kilotonnes in 2023, down from 38 kilotonnes in 2019.",
         T(direction="down", level="31000", baseline="38000", unit="t")),
    case("en", "Emissions should fall to 20 ktCO2e by 2030.", T(kind="level", level="20000", unit="t", year=2030)),
    case("en", "Emissions should fall to 20 kt CO2e by 2030, from 31 kt CO2e in 2019.",
         T(direction="down", level="20000", baseline="31000", unit="t")),
    case("en", "Scotland aims to cut emissions to 2.1 MtCO2e by 2030.", T(kind="level", level="2100000", unit="t")),
    case("sv", "Utsläppen ska minska till 560 kton år 2030.", T(kind="level", level="560000", unit="t", year=2030)),
    case("sv", "Utsläppen minskade från 1 120 kton CO2e 2019 till 940 kton CO2e 2023.",
         T(direction="down", level="940000", baseline="1120000", unit="t")),
]

PLEDGES = [
    # a pledge is a word of aim: a count after a verb of making in it is a level to reach
    case("en", "The Mayor has pledged to build 10,000 council homes by 2026.", T(kind="level", level="10000", year=2026)),
    case("en", "The council intends to plant 5,000 trees by 2028.", T(kind="level", level="5000", year=2028)),
    case("en", "The party pledged to recruit 6,000 more teachers.", T(kind="change", direction="up", absolute="6000")),
    case("en", "The government vowed to cut net migration by 100,000.", T(kind="change", direction="down", absolute="100000")),
    # look-alike: a sum pledged is money given, no target
    case("en", "The Mayor pledged £2m to the scheme in 2023."),
]
TIMES_AS_MANY = [
    # "twice as many", "dubbelt så många": the count doubles, a relative change of 100 per cent
    case("en", "Twice as many people will cycle to work by 2030.", T(kind="change", direction="up", relative="100", year=2030)),
    case("en", "We want twice as many people to cycle to work by 2030.", T(kind="change", direction="up", relative="100")),
    case("en", "We want to double the number of cyclists by 2030.", T(kind="change", direction="up", relative="100")),
    case("sv", "Dubbelt så många ska resa kollektivt år 2035 jämfört med 2019.",
         T(kind="change", direction="up", relative="100", year=2035, reference_year=2019)),
    case("sv", "Vi vill att dubbelt så många cyklar till jobbet 2030.", T(kind="change", direction="up", relative="100")),
    # a count, then how many times the count before it that is: one target
    case("en", "We will plant 10,000 trees, almost twice as many as last year.",
         T(direction="up", level="10000", relative="100", verdict="consistent")),
    case("en", "The council will build 600 homes in 2025, twice as many as in 2024.",
         T(direction="up", level="600", relative="100", verdict="consistent")),
    case("sv", "Kommunen ska bygga 600 bostäder år 2025, dubbelt så många som år 2024.",
         T(direction="up", level="600", relative="100", verdict="consistent")),
    case("sv", "Vi ska plantera 10 000 träd, nästan dubbelt så många som i fjol.",
         T(direction="up", level="10000", relative="100", verdict="consistent")),
    # look-alikes: a want with no figure, two sentences that are two targets
    case("en", "We will plant 10,000 trees. Twice as many people will cycle to work by 2030.",
         T(kind="level", level="10000"), T(kind="change", direction="up", relative="100")),
    case("en", "Residents want better parks."),
]
KPI_LINES = [
    # a KPI line: where the indicator stands and the target, both with their unit, after a colon and in
    # brackets, or with no colon and the target after a bar or a comma
    case("en", "Average days to re-let a council home: 42 days (target 30 days)",
         T(direction="down", level="30", baseline="42", unit="day")),
    case("en", "Sickness absence (days per FTE) 10.2 days | Target 8.0 days",
         T(direction="down", level="8", baseline="10.2", unit="day")),
    case("en", "Average time to process new benefit claims 24 days, target 18 days",
         T(direction="down", level="18", baseline="24", unit="day")),
    case("en", "Category 2 mean response time 36 minutes | Target 30 minutes",
         T(direction="down", level="30", baseline="36", unit="minute")),
    case("en", "Affordable homes delivered 312 | Target 400", T(direction="up", level="400", baseline="312")),
    case("en", "Number of households in temporary accommodation 1,240 | Target 1,000",
         T(direction="down", level="1000", baseline="1240")),
    case("en", "Percentage of household waste recycled: 44.6% (target 50%)",
         T(direction="up", level="50", baseline="44.6", unit="percent")),
    case("sv", "Handläggningstid bygglov 42 dagar | Mål 28 dagar", T(direction="down", level="28", baseline="42", unit="day")),
    case("sv", "Antal färdigställda bostäder 412, mål 600", T(direction="up", level="600", baseline="412")),
    # look-alikes: no target word after the figure, a target word that names a group
    case("en", "Meeting on 12 March, 14 days (room 4)"),
    case("en", "We had 400 visitors, target group young people."),
    case("en", "Sickness absence: 10.2 days per FTE (target: 8 days)", T(direction="down", level="8", baseline="10.2")),
]
STANDARDS = [
    # a standard a service is held to is a target: where it stands, measured against it, is its baseline
    case("en", "The trust saw 71.2% of patients within four hours in March, against the national standard of 95%.",
         T(direction="up", level="95", baseline="71.2")),
    case("en", "The trust treated 58.3% of patients within 18 weeks, against the constitutional standard of 92%.",
         T(direction="up", level="92", baseline="58.3")),
    case("en", "A&E performance was 74.1% against the 95% standard.", T(direction="up", level="95", baseline="74.1")),
    case("en", "Cancer treatment within 62 days reached 68.9% against the 85% national standard.",
         T(direction="up", level="85", baseline="68.9")),
    case("en", "In 2023/24, 88.1% of calls were answered within 60 seconds, against a target of 90%.",
         T(direction="up", level="90", baseline="88.1")),
    case("en", "Satisfaction was 82%, compared with a target of 85%.", T(direction="up", level="85", baseline="82")),
    # look-alikes: a standard pupils meet, standards that rose
    case("en", "About 65% of pupils met the expected standard."),  # what happened: no level aimed at
    case("en", "Standards rose over the year."),
]
COMPARED = [
    # "jämfört med"/"compared with" another group or place is no from-to of one indicator
    case("sv", "Andelen flickor som är behöriga är 88 procent, jämfört med 81 procent för pojkarna."),
    case("sv", "Arbetslösheten bland utrikes födda är 15,2 procent, jämfört med 3,9 procent bland inrikes födda."),
    case("sv", "Sjukfrånvaron i kommunen är 8,1 procent jämfört med 6,9 procent i länet."),
    case("sv", "Väntetiden i Region Skåne var 94 dagar, jämfört med 71 dagar i riket."),
    case("en", "The employment rate for women is 72%, compared with 79% for men."),
    case("en", "Sickness absence in the council is 8.1%, compared with 6.9% across England."),
    case("en", "Unemployment in the city is 5.2%, compared with 3.9% nationally."),
    # compared with where it stood before, it is one
    case("sv", "Andelen var 74 procent jämfört med 70 procent år 2022.", T(direction="up", level="74", baseline="70")),
    case("en", "Satisfaction was 88% compared to 91% a year earlier.", T(direction="down", level="88", baseline="91")),
    case("sv", "Andelen elever med godkända betyg ökade till 78 procent jämfört med 74 procent föregående år.",
         T(direction="up", level="78", baseline="74")),
]

OUTCOME_THEN_TARGET = [
    # an årsredovisning's måluppfyllelse: where the indicator stood, then the target it is measured against
    case("sv", "Andelen nöjda brukare var 82 procent år 2024. Målet är 85 procent.", T(direction="up", level="85", baseline="82")),
    case("sv", "Andelen nöjda brukare var 82 procent. Målet är 85 procent.", T(kind="level", level="85")),  # when: unsaid
    case("sv", "Andelen förnybart bränsle i kommunens fordon var 85 procent 2023. Målet är 100 procent 2025.",
         T(direction="up", level="100", baseline="85")),
    case("sv", "Målet är delvis uppfyllt. Andelen nöjda brukare var 82 procent, målet är 85 procent.",
         T(direction="up", level="85", baseline="82")),
    case("sv", "Andelen fakturor som betalades i tid var 91 procent, målvärdet är 95 procent.",
         T(direction="up", level="95", baseline="91")),
    case("sv", "Målet är uppfyllt: 94 procent av eleverna fick godkänt jämfört med målvärdet 90 procent.",
         T(level="90", baseline="94")),
    case("sv", "Målet är delvis uppfyllt. Andelen som fått plats inom fyra månader var 71 procent (mål 100 procent).",
         T(direction="up", level="100", baseline="71")),
    case("en", "Resident satisfaction was 82% in 2024. The target is 85%.", T(direction="up", level="85", baseline="82")),
    case("en", "Invoices paid within 30 days stood at 91% in 2023/24; the target is 95%.",
         T(direction="up", level="95", baseline="91")),
    case("en", "Resident satisfaction was 82%. The target is 85%.", T(kind="level", level="85")),  # when: unsaid
    # look-alikes: another indicator in the next sentence, a share of those counted
    case("sv", "Andelen nöjda brukare var 82 procent. Sjukfrånvaron var 6 procent."),
    case("sv", "Andelen nöjda brukare var 82 procent och 40 procent av dem var kvinnor."),
    case("en", "Resident satisfaction was 82%. Unemployment was 4%."),
    # where it stood is the baseline of next year's target (sv.baselines.status-share-then-target, round 3)
    case("sv", "94 procent av eleverna fick godkänt. Målvärdet för nästa år är 90 procent.", T(level="90", baseline="94")),
]
PROBED_EN = [
    # council, corporate, police and NHS plans, Hansard answers, press releases and local news, read as they stand
    case("en", "Our target is for 500 new affordable homes by March 2027.", T(kind="change", direction="up", absolute="500")),
    case("en", "The ambition is for 2,000 more trees to be planted by 2028.", T(kind="change", direction="up", absolute="2000")),
    case("en", "In 2023/24 the average time to re-let a council home averaged 42.3 days; we aim to bring this down to 30 days by 2026/27.",
         T(kind="level", direction="down", level="30", unit="day")),
    case("en", "We will reduce the council's carbon emissions by 50% by 2030 against a 2019/20 baseline.",
         T(kind="change", direction="down", relative="50")),
    case("en", "We will reduce the council's carbon emissions by half by 2030.", T(kind="change", direction="down", relative="50")),
    case("en", "At least 95% of patients should be seen within four hours in A&E.", T(kind="level", level="95", hedge="at_least")),
    case("en", "92% of patients on the waiting list should wait no longer than 18 weeks from referral to treatment.",
         T(kind="level", level="92", unit="percent")),
    case("en", "The number of people waiting more than 52 weeks fell from 1,240 to 860 during the year.",
         T(kind="change", direction="down", level="860", baseline="1240")),
    case("en", "The force aims to reduce neighbourhood crime by 20% by 2024/25.", T(kind="change", direction="down", relative="20")),
    case("en", "Burglary fell by 14 per cent in the year to March 2024, to 3,410 offences.",
         T(kind="change", direction="down", relative="14", level="3410", verdict="consistent")),
    case("en", "The plan commits to increase the number of police officers by 20,000 by March 2023.",
         T(kind="change", direction="up", absolute="20000")),
    case("en", "The Department's target is to reduce the number of rough sleepers by half by 2022 and end it by 2027.",
         T(kind="change", direction="down", relative="50")),
    case("en", "Two in three adults should be physically active by 2030.", T(kind="level", level="200/3", unit="percent")),
    case("en", "We want to double the number of apprenticeships to 400 by 2027.",
         T(kind="change", direction="up", relative="100", level="400", verdict="consistent")),
    case("en", "Recycling rates should reach 65% by 2035, up from 44.6% in 2022/23.",
         T(kind="change", direction="up", level="65", baseline="44.6")),
    case("en", "Household recycling rose 3.2 percentage points to 47.1% in 2023/24.",
         T(kind="change", direction="up", relative="3.2", level="47.1", verdict="consistent")),
    case("en", "The target was missed: 88.1% of calls were answered within 60 seconds against a target of 90%.",
         T(direction="up", level="90", baseline="88.1")),
    case("en", "Council tax will rise by 4.99% in 2024/25.", T(kind="change", direction="up", relative="4.99")),
    case("en", "By 2030, 40% of the council's fleet will be electric, compared with 12% today.",
         T(kind="change", direction="up", level="40", baseline="12")),
    case("en", "We aim to reduce the number of young people not in education, employment or training (NEET) to below 3% by 2026.",
         T(kind="level", level="3", hedge="below")),
    case("en", "The four-hour target of 95% has not been met since 2015.", T(kind="level", level="95")),
    case("en", "Satisfaction was 82% against a target of 85%.", T(direction="up", level="85", baseline="82")),
    case("en", "The number of people waiting more than 18 weeks fell to 4,120, compared with 5,300 a year earlier.",
         T(direction="down", level="4120", baseline="5300")),
    case("en", "Residual waste per household should fall to 450 kg by 2027 from 520 kg.",
         T(direction="down", level="450", baseline="520", unit="kg")),
    case("en", "Twice as many people cycled to work in 2023 as in 2013.", T(kind="change", direction="up", relative="100")),
    case("en", "FY24 revenue rose 12% to $4.2bn.", T(kind="change", direction="up", relative="12", level="4200000000", unit="USD")),
    case("en", "By 2030 one in four journeys should be made by bike.", T(kind="level", level="25")),
    case("en", "The programme will create 1,200 jobs over the next five years.", T(kind="level", level="1200")),
    case("en", "We will reduce the attainment gap by 10 percentage points by 2026.",
         T(kind="change", direction="down", relative="10", unit="percentage_point")),
    case("en", "The attainment gap narrowed by 2.3 percentage points to 17.5 points in 2023.",
         T(kind="change", direction="down", relative="2.3", level="17.5", verdict="consistent")),
    case("en", "Just under 60% of pupils met the expected standard, short of the 65% target.",
         T(direction="up", level="65", baseline="60")),
    case("en", "The number of children in care rose from 412 to 455, an increase of 10.4%.",
         T(direction="up", relative="10.4", level="455", baseline="412", verdict="consistent")),
    case("en", "The number of children in care rose from 412 to 455, an increase of 15%.",
         T(direction="up", relative="15", level="455", baseline="412", verdict="inconsistent")),
    case("en", "Knife crime fell by a fifth to 1,240 offences.",
         T(kind="change", direction="down", relative="20", level="1240", verdict="consistent")),
    case("en", "We will cut congestion by a quarter by 2030.", T(kind="change", direction="down", relative="25")),
    case("en", "The scheme aims to insulate 40,000 homes a year, up from 25,000 now.",
         T(direction="up", level="40000", baseline="25000")),
    # look-alikes: facts, budgets, phone numbers, sections, ages, shares of a group with no aim
    case("en", "One in five children in the borough lives in poverty."),
    case("en", "Around one in four children in the borough lives in a low-income household."),
    case("en", "Just over half of pupils (52%) achieved a strong pass in English and maths."),
    case("en", "Almost two-thirds of adults (64%) are overweight or obese."),
    case("en", "The proportion of NEET young people was 4.2% in 2023 (3.8% in 2022)."),
    case("en", "The council will invest £120m over five years in school buildings."),
    case("en", "Call 0300 123 4567 for more information about the 2025 plan."),
    case("en", "Phone 01234 567890 or visit our office at 12 High Street."),
    case("en", "Section 106 agreements delivered 312 affordable homes in 2023."),
    case("en", "Paragraph 4.2 of the 2023 plan sets out 12 priorities."),
    case("en", "Children aged 5 to 11 are entitled to 15 hours of free care."),
    case("en", "Patients aged 65 and over accounted for 42% of admissions."),
    case("en", "The project came in £2m or £3m under budget."),
    case("en", "The Government is committed to ending rough sleeping by 2027."),
    # not read yet
    case("en", "The service will cut the time to process a housing benefit claim to 18 days, from an average of 24 days last year.",
         T(direction="down", level="18", baseline="24", unit="day")),
    case("en", "The time to process a claim will fall to 18 days from an average of 24 days.",
         T(direction="down", level="18", baseline="24", unit="day")),
    case("en", "Waiting times will be cut to 6 weeks from an average of 9 weeks.",
         T(direction="down", level="6", baseline="9", unit="week")),
    case("sv", "Handläggningstiden ska minska till 18 dagar, från i snitt 24 dagar.",
         T(direction="down", level="18", baseline="24", unit="day")),
    case("sv", "Handläggningstiden ska minska till 18 dagar från i genomsnitt 24 dagar 2023.",
         T(direction="down", level="18", baseline="24", unit="day", reference_year=2023)),
    case("en", "We aim to reduce the number of people waiting more than 52 weeks to zero by March 2025.",
         T(kind="level", direction="down", level="0")),
    case("en", "FY24 revenue rose 12% to $4.2bn, and the company targets $5bn by FY26.",
         T(kind="change", relative="12", level="4200000000"), T(kind="level", level="5000000000", year=2026)),
    case("en", "The company targets revenue of $5bn by FY26.", T(kind="level", level="5000000000", year=2026)),
    case("en", "We aim to build around 1,500 homes a year.", T(kind="level", level="1500")),
    case("en", "Emissions from council buildings fell by 38% between 2019/20 and 2023/24 against a target of 45%.",
         T(kind="change", direction="down", relative="38"), T(kind="change", direction="down", relative="45")),
    case("en", "The target of 65% was exceeded: 68.2% of pupils met the expected standard.",
         T(level="65", baseline="68.2")),  # with where it stands, a change from it, as every target with a baseline
    case("en", "We want three quarters of residents to feel safe after dark by 2027.", T(kind="level", level="75")),
    case("en", "The council tax increase will be capped at 2.99%.", T(kind="level", level="2.99", hedge="at_most")),
    case("en", "Rent rises will be capped at 7% in 2023/24.", T(kind="level", level="7", hedge="at_most")),
    case("en", "Class sizes should be limited to 30 pupils.", T(kind="level", level="30", hedge="at_most")),
    case("en", "The cap was raised."),
    case("sv", "Hyreshöjningen ska begränsas till 4 procent 2025.", T(kind="level", level="4", hedge="at_most")),
    case("sv", "Barngrupperna ska begränsas till 15 barn.", T(kind="level", level="15", hedge="at_most")),
]

PROBED_SV = [
    # kommunala mål- och budgetdokument, årsredovisningar, regionernas väntetider, skola, miljö, SCB, nyheter
    case("sv", "Meritvärdet i årskurs 9 ska öka till 235 poäng år 2027, från 221 poäng 2023.",
         T(direction="up", level="235", baseline="221")),
    case("sv", "Väntetiden till besök i specialistvården ska vara högst 90 dagar.",
         T(kind="level", level="90", unit="day", hedge="at_most")),
    case("sv", "Andelen patienter som väntat mer än 90 dagar på första besök minskade från 38 procent till 31 procent.",
         T(direction="down", level="31", baseline="38")),
    case("sv", "Utsläppen av växthusgaser ska minska med 70 procent till 2030 jämfört med 1990.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=1990)),
    case("sv", "Utsläppen ska minska till 120 000 ton koldioxidekvivalenter år 2030.",
         T(kind="level", direction="down", level="120000", unit="t")),
    case("sv", "Kommunens utsläpp minskade med knappt 12 procent mellan 2019 och 2023.",
         T(kind="change", direction="down", relative="12")),
    case("sv", "Hälften av alla resor ska ske med kollektivtrafik, cykel eller gång år 2030.", T(kind="level", level="50")),
    case("sv", "En tredjedel av kommunens fordon ska vara elbilar senast 2027.", T(kind="level", level="100/3")),
    case("sv", "Kommunen ska bygga 600 nya bostäder per år under perioden 2024–2027.",
         T(kind="change", direction="up", absolute="600")),
    case("sv", "Antalet färdigställda bostäder uppgick till 412 under 2023, vilket är drygt 100 färre än målet.",
         T(direction="down", absolute="100", level="412")),
    case("sv", "Sjukfrånvaron bland medarbetarna ska minska till högst 6 procent, jämfört med 7,4 procent 2023.",
         T(direction="down", level="6", baseline="7.4")),
    case("sv", "Sjukfrånvaron minskade med 0,8 procentenheter till 7,4 procent.",
         T(direction="down", relative="0.8", level="7.4", verdict="consistent")),
    case("sv", "Resultatet ska uppgå till minst 2 procent av skatter och generalbidrag.", T(kind="level", level="2", hedge="at_least")),
    case("sv", "Investeringarna uppgår till 1,2 mdkr 2025, cirka 300 mnkr mer än 2024.",
         T(kind="change", direction="up", absolute="300000000", unit="kr")),
    case("sv", "Arbetslösheten ska minska till 6 procent till 2026.", T(kind="level", direction="down", level="6")),
    case("sv", "Antalet invånare ska öka med cirka 1 500 personer per år, vilket motsvarar drygt 1 procent.",
         T(kind="change", direction="up", absolute="1500", relative="1", verdict="consistent")),
    case("sv", "Antalet hemlösa ska halveras till 2028.", T(kind="change", direction="down", relative="50")),
    case("sv", "Andelen som röstade ökade till 84,2 procent, jämfört med 82,1 procent i förra valet.",
         T(direction="up", level="84.2", baseline="82.1")),
    case("sv", "Målvärdet för 2025 är 75 procent.", T(kind="level", level="75")),
    case("sv", "Minst 80 procent av invånarna ska vara nöjda med kommunens service.", T(kind="level", level="80", hedge="at_least")),
    case("sv", "Andelen ekologiska livsmedel ska öka från 35 till 50 procent.", T(direction="up", level="50", baseline="35")),
    case("sv", "Andelen ekologiska livsmedel ökade till 41 procent, vilket är 6 procentenheter mer än föregående år.",
         T(direction="up", relative="6", level="41", verdict="consistent")),
    case("sv", "Regionen har som mål att 90 procent av patienterna ska få ett första besök inom 90 dagar.",
         T(kind="level", level="90", unit="percent")),
    case("sv", "I december väntade 34 procent av patienterna längre än 90 dagar, jämfört med 29 procent ett år tidigare.",
         T(direction="up", level="34", baseline="29")),
    case("sv", "Antalet patienter som väntat mer än 90 dagar ska halveras till 2026.", T(kind="change", direction="down", relative="50")),
    case("sv", "Nämnden ska minska antalet vårddygn med 10 procent, eller cirka 1 200 vårddygn.",
         T(kind="change", direction="down", absolute="1200", relative="10", verdict="consistent")),
    case("sv", "Kommunen har som mål att bygga 400 bostäder per år.", T(kind="level", level="400")),
    case("sv", "Bostadsbyggandet ska uppgå till minst 400 lägenheter per år under 2024–2027.", T(kind="level", level="400")),
    case("sv", "Under 2023 färdigställdes 356 bostäder, vilket är 44 färre än målet.",
         T(direction="down", absolute="44", level="356", verdict="consistent")),
    case("sv", "Sjukfrånvaron ska vara högst 6,5 procent år 2026. År 2023 var den 7,8 procent.",
         T(direction="down", level="6.5", baseline="7.8")),
    case("sv", "Kommunen ska minska energianvändningen i egna lokaler med 15 procent till 2030 jämfört med 2019.",
         T(kind="change", direction="down", relative="15")),
    case("sv", "Var tredje elev ska välja ett yrkesprogram 2027.", T(kind="level", level="100/3")),
    # look-alikes: facts, phone numbers, sections of a law, ages, two guesses at a cost
    case("sv", "Var femte invånare är född utomlands."),
    case("sv", "Två av tre elever når målen i alla ämnen."),
    case("sv", "Knappt hälften av alla resor görs med bil."),
    case("sv", "Drygt en tredjedel av eleverna saknar behörighet."),
    case("sv", "Årets resultat uppgick till 48 mnkr, vilket motsvarar 1,6 procent av skatter och bidrag."),
    case("sv", "Kostnaden per invånare uppgick till 12 450 kr, jämfört med 11 980 kr i jämförbara kommuner."),
    case("sv", "Enligt SCB var 8,4 procent av befolkningen arbetslösa i oktober."),
    case("sv", "Vårdgarantin innebär att patienten ska få besök inom 90 dagar."),
    case("sv", "Ring 08-123 45 67 om du har frågor om budget 2025."),
    case("sv", "Enligt 3 kap. 5 § kommunallagen ska budgeten fastställas före november."),
    case("sv", "Barn i åldern 1–5 år har rätt till 15 timmar förskola i veckan."),
    case("sv", "Kostnaden blev 8 eller 9 mnkr lägre än budgeterat."),
    # not read yet
    case("sv", "Antalet ska minska med 10 procent, eller 1 200 personer.",
         T(kind="change", direction="down", relative="10", absolute="1200", verdict="consistent")),
    case("sv", "Antalet hemlösa ska minska med 10 procent eller cirka 120 personer till 2027.",
         T(kind="change", direction="down", relative="10", absolute="120", verdict="consistent")),
    case("en", "We will cut the number of rough sleepers by 10%, or 24 people.",
         T(kind="change", direction="down", relative="10", absolute="24", verdict="consistent")),
    case("en", "Burglary fell by 8% or 140 offences.",
         T(kind="change", direction="down", relative="8", absolute="140", verdict="consistent")),
    case("sv", "Andelen ska öka med 5 procent eller mer.", T(kind="change", direction="up", relative="5")),
    case("sv", "Det genomsnittliga meritvärdet i årskurs 9 var 229,4 poäng, en ökning med 3,1 poäng.",
         T(direction="up", absolute="3.1", level="229.4")),
    case("sv", "Målet om 400 nya bostäder nåddes inte.", T(kind="change", direction="up", absolute="400")),
]
DAMAGE_AND_LAYOUT = [
    # OCR and layout damage: a letter O for a zero, a space before "%", words broken at a line end, headings
    case("en", "Emissions will fall by 4O% by 2030.", T(kind="change", direction="down", relative="40")),
    case("en", "Emissions will fall by 40 % by 2030.", T(kind="change", direction="down", relative="40")),
    case("en", "We will re-\nduce emissions by 40% by 2030.", T(kind="change", direction="down", relative="40")),
    case("en", "The target is to reduce emis-\nsions by 45 per cent by 2030.", T(kind="change", direction="down", relative="45")),
    case("en", "Recycling\n\nWe will increase the rate to 55% by 2027.", T(kind="level", direction="up", level="55")),
    case("en", "Rough sleeping\nThe number will fall from 240 to 120 by 2027.", T(direction="down", level="120", baseline="240")),
    case("en", "The rate fell 1.2 points to 3.8 per cent.", T(direction="down", relative="1.2", level="3.8", verdict="consistent")),
    case("en", "Unemployment should fall below 4% by 2026.", T(kind="level", level="4", hedge="below")),
    case("en", "We aim to increase the employment rate to 80 per cent by 2030, up from 76.2 per cent.",
         T(direction="up", level="80", baseline="76.2")),
    case("sv", "Utsläppen ska minska med 4O procent till 2030.", T(kind="change", direction="down", relative="40")),
    case("sv", "Andelen ska öka med 3 procent-\nenheter till 2026.",
         T(kind="change", direction="up", relative="3", unit="percentage_point")),
    case("sv", "Utsläp-\npen ska minska med 40 procent till 2030.", T(kind="change", direction="down", relative="40")),
    case("sv", "Kommunen ska min-\nska utsläppen med 40 procent till 2030.", T(kind="change", direction="down", relative="40")),
    case("sv", "Indikator | 2023 | 2024 | Mål 2026\nAndel nöjda brukare | 81 % | 83 % | 90 %",
         T(direction="up", level="90", baseline="81")),
    # look-alike: a heading and a time with no aim, across a blank line (links never cross a heading)
    case("sv", "Väntetiden ska minska till 60 dagar\n\nI dag är väntetiden 84 dagar.", T(kind="level", level="60", unit="day")),
    # not read yet
    case("en", "Sickness absence\n\nTarget: 8 days per FTE by 2026. Baseline: 10.2 days (2023).",
         T(direction="down", level="8", baseline="10.2"),
         xfail="a labelled block whose baseline label follows the target label, in days, is not read"),
    case("en", "Recycling rate 2022/23 44.6% 2023/24 47.1% Target 2025/26 55%", T(direction="up", level="55", baseline="47.1"),
         xfail="a KPI row written as one line of year-value pairs gives the target no baseline"),
]
# fmt: on

CASES = [
    *GUESSES,
    *DURING_A_YEAR,
    *YEAR_IN_BRACKETS,
    *TARGET_IS_FOR,
    *TIME_AIMED_AT,
    *KILOTONNES,
    *PLEDGES,
    *TIMES_AS_MANY,
    *KPI_LINES,
    *STANDARDS,
    *COMPARED,
    *OUTCOME_THEN_TARGET,
    *PROBED_EN,
    *PROBED_SV,
    *DAMAGE_AND_LAYOUT,
]


test_a_probed_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_probe_battery_is_broad_in_both_languages() -> None:
    """At least 150 probed sentences, each language with its look-alikes that must give nothing."""
    assert_floors(CASES, ("en", "sv"), at_least=150, per_language=60, look_alikes_per_language=15)
