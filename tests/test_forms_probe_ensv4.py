"""Forms probed in English and Swedish, round 4, as a careful reader reads them: mostly PARAGRAPHS of two to five
sentences written for this test in the voices the earlier rounds covered least (UK council corporate plans and
performance reports with KPI lines, "Target", "Actual" and RAG status, NHS trust quality accounts, Scottish and
Welsh national indicators, Irish, Australian and New Zealand council annual plans, US city dashboards and budget
narratives, parliamentary written answers, local news about targets met or missed; kommunal årsredovisning och
delårsrapport med målvärde och utfall, nämndplaner med indikatorer, regionens budget, SCB, Folkhälsomyndigheten
and Socialstyrelsen releases, Sveriges Radio and the local paper), none taken from a real paper. Real text is
mixed in as PDFs give it: a sentence broken over lines, a table row flattened into a line, a running header or
footer, figures with thin or no-break spaces, money with its scale in the word ("£2.3m", "1,5 mnkr", "MSEK"),
negative results, financial years, ranges, floors and ceilings, percent against percentage points and number
words. Each case gives exactly the targets a careful reader marks, judged as ``check`` judges them (the helpers
and the assertion are those of ``test_forms``); phone numbers, dates, ages, budgets, sections, pages, population
facts and survey response rates give none. A form not yet read is a strict xfail with the reason. Rounds 1 to 3
are ``test_forms_probe_ensv``, ``test_forms_probe_ensv2`` and ``test_forms_probe_ensv3``."""

from __future__ import annotations

from test_forms import T, assert_broad, case, read_as_test

# fmt: off
# ---- part 1: single lines (KPI lines, flattened rows, bounds, ranges, points against percent) --------------------
EN_KPI_LINES = [
    # an outcome after the target label is measured against it, not where it starts (as test_forms_real reads
    # "target 90%, actual 84%, status red" and "Målvärde 2026: minst 85 procent. Utfall 2024: 81 procent.")
    case("en", "Council tax collected in year: target 97.0%, actual 96.4% (Amber).", T(kind="level", level="97")),
    case("en", "Major planning applications determined in time | Target 60% | Actual 88% | Green", T(kind="level", level="60")),
    case("en", "Working days lost to sickness per employee: 9.8 against a target of 8.5 (Red).",
         T(direction="down", baseline="9.8", level="8.5")),
    case("en", "Missed bins per 100,000 collections: 48 (target: no more than 60). Status: Green",
         T(baseline="48", level="60", hedge="at_most")),
    case("en", "Median days to issue a residential building permit: 48 (FY2023: 61; target: 30).",
         T(direction="down", baseline="48", level="30"),
         xfail="a target in a KPI line's brackets after an earlier financial year's figure ('(FY2023: 61; target: 30)'): the financial year is taken as the target's year and the bare outcome before the brackets is not read as its baseline"),
    case("en", "Goal: increase the citywide tree canopy from 22% to 30% by 2035.",
         T(direction="up", baseline="22", level="30", year=2035)),
    case("en", "Level of service: residents satisfied with parks and reserves. Target: at least 85%. Result: 89% (achieved).",
         T(kind="level", level="85", hedge="at_least")),
    case("en", "Venous thromboembolism risk assessment: 96.2% of adult inpatients were assessed on admission (national standard 95%).",
         T(baseline="96.2", level="95")),
    # ranges, percent against percentage points, number words
    case("en", "The council aims to cut its gas use by a third by 2027 compared with 2022/23.",
         T(kind="change", direction="down", relative="100/3", year=2027)),
    case("en", "The target is for between 5% and 7% of journeys to be made by bike by 2030.",
         T(kind="level", level_band=("5", "7"), year=2030)),
    case("en", "Unemployment should stay within a range of 4–5% over the plan period.",
         T(kind="level", level_band=("4", "5"))),
    case("en", "The share of pupils in good or outstanding schools will rise by 5 percentage points, from 82% to 87%, by 2027.",
         T(direction="up", relative="5", baseline="82", level="87", year=2027, verdict="consistent")),
    case("en", "Household recycling will rise by 8 percentage points, from 44% to 50%, by 2026.",
         T(direction="up", relative="8", baseline="44", level="50", verdict="inconsistent")),
    case("en", "We will cut the number of children killed or seriously injured on our roads by 40%, from 85 to 51, by 2030.",
         T(direction="down", relative="40", baseline="85", level="51", year=2030, verdict="consistent")),
    case("en", "We will cut the number of households in temporary accommodation by 25%, from 1,200 to 800.",
         T(direction="down", relative="25", baseline="1200", level="800", verdict="inconsistent")),
    case("en", "Homeless shelter capacity will increase by 25%, from 1,600 to 2,000 beds, by June 2026.",
         T(direction="up", relative="25", baseline="1600", level="2000", year=2026, verdict="consistent")),
    case("en", "Staff turnover should be no more than 10% in 2024/25.", T(kind="level", level="10", hedge="at_most")),
    case("en", "Welsh national milestone: at least 90% of young people in education, employment or training by 2050.",
         T(kind="level", level="90", hedge="at_least", year=2050)),
]
SV_KPI_LINES = [
    case("sv", "Sjukfrånvaro, totalt | Målvärde högst 7,0 % | Utfall 7,9 % | Ej uppfyllt", T(kind="level", level="7", hedge="at_most")),
    case("sv", "Självfinansieringsgraden av investeringarna blev 68 procent (mål: 100 procent).",
         T(direction="up", baseline="68", level="100")),
    case("sv", "Antal barn per årsarbetare i förskolan: 5,4 (målvärde högst 5,2).",
         T(direction="down", baseline="5.4", level="5.2", hedge="at_most")),
    case("sv", "Personalomsättning: 13,8 procent (mål: högst 12 procent).",
         T(direction="down", baseline="13.8", level="12", hedge="at_most")),
    case("sv", "Matsvinnet i skolrestaurangerna ska minska från 45 till 30 gram per portion till 2026.",
         T(direction="down", baseline="45", level="30", year=2026)),
    case("sv", "Andelen ekologiska livsmedel ska vara 40–50 procent av inköpen 2026.",
         T(kind="level", level_band=("40", "50"), year=2026)),
    case("sv", "Arbetslösheten ska ligga inom intervallet 5–7 % under planperioden.",
         T(kind="level", level_band=("5", "7")),
         xfail="a band after 'ligga inom intervallet' ('inom intervallet 5–7 %'; the figure itself is read since figs14, as 'ska vara 5–7 %' is) gives no level: 'intervallet' stands between the verb and the band"),
    case("sv", "Andelen ska öka med 5 procentenheter, från 62 till 67 procent, till 2027.",
         T(direction="up", relative="5", baseline="62", level="67", year=2027, verdict="consistent")),
    case("sv", "Andelen ska öka med 8 procentenheter, från 62 till 67 procent.",
         T(direction="up", relative="8", baseline="62", level="67", verdict="inconsistent")),
    case("sv", "Antalet vräkningar ska minska med 25 procent, från 80 till 60, till 2026.",
         T(direction="down", relative="25", baseline="80", level="60", year=2026, verdict="consistent")),
    case("sv", "Antalet vräkningar ska minska med 40 procent, från 80 till 60.",
         T(direction="down", relative="40", baseline="80", level="60", verdict="inconsistent")),
    case("sv", "Utsläppen från kommunens tjänsteresor ska minska med en tredjedel till 2030 jämfört med 2020.",
         T(kind="change", direction="down", relative="100/3", year=2030, reference_year=2020)),
    case("sv", "Nettokostnadsökningen får uppgå till högst 3,5 procent 2025.", T(level="3.5", hedge="at_most")),
    case("sv", "Personalomsättningen får inte överstiga 12 procent.", T(kind="level", level="12", hedge="at_most")),
    case("sv", "Bostadsbolaget ska bygga 1\u202f500 nya lägenheter till 2030.", T(year=2030)),
    case("sv", "Kostnaderna för hyrpersonal ska minska med 150 mnkr, från 420 mnkr 2024 till 270 mnkr 2026.",
         T(kind="change", direction="down", absolute="150000000", baseline="420000000", level="270000000",
           verdict="consistent")),
    case("sv", "Kostnaderna för hyrpersonal ska minska med 150 mnkr, från 420 mnkr 2024 till 290 mnkr 2026.",
         T(kind="change", direction="down", absolute="150000000", baseline="420000000", level="290000000",
           verdict="inconsistent")),
    case("sv", "Det nationella målet är att högst 5 procent av befolkningen ska röka dagligen 2025.",
         T(kind="level", level="5", hedge="at_most", year=2025)),
]

# ---- part 2: paragraphs, English ---------------------------------------------------------------------------------
EN_COUNCIL_REPORTS = [
    case("en", "Percentage of household waste recycled\nTarget 2023/24: 50%\nActual 2023/24: 46.2%\nRAG status: Red",
         T(kind="level", level="50")),
    case("en", "Freedom of Information requests answered within 20 working days\n2022/23: 84%\n2023/24: 89%\nTarget: 90%",
         T(direction="up", baseline="89", level="90")),
    case("en", "Of the 32 indicators in the corporate plan, 19 were rated green, 8 amber and 5 red at year end. Performance "
               "against each priority is set out in Appendix A."),
    case("en", "Households prevented from becoming homeless: 61% (target 65%). In 2022/23 the figure was 55%.",
         T(direction="up", baseline="61", level="65")),
    case("en", "Number of affordable homes delivered: 212 (target 250). This was 38 homes short of the target, largely "
               "because two schemes slipped into 2024/25.",
         T(direction="up", baseline="212", level="250"),
         xfail="a bare count after a KPI label, then '(target 250)': the count is no figure to the reader, so neither is read"),
    case("en", "The council's target is to collect at least 98% of business rates due in 2024/25. Collection reached "
               "97.6% by 31 March.",
         T(level="98", hedge="at_least", baseline="97.6")),
    case("en", "Our corporate plan commits us to reducing the council's own carbon emissions by 50% by 2027 against a "
               "2019/20 baseline. By the end of 2023/24 emissions had fallen by 31%.",
         T(kind="change", direction="down", relative="50", year=2027, reference_year=2019),
         T(kind="change", direction="down", relative="31")),
    case("en", "The percentage of calls answered within 60 seconds was 71% in quarter 3, against a target of 80%. "
               "Call volumes were 14% higher than in the same quarter last year.",
         T(direction="up", baseline="71", level="80"), T(kind="change", direction="up", relative="14")),
    case("en", "The average time to re-let a void council home was 38 days in 2023/24, against a target of 28 days. "
               "Performance has been affected by the condition of returned properties.",
         T(direction="down", baseline="38", level="28", unit="day")),
    case("en", "The number of young people not in education, employment or training should be no more than 3% of 16 and "
               "17 year olds. In 2023/24 it was 3.4%.",
         T(direction="down", level="3", hedge="at_most", baseline="3.4"),
         xfail="ages after the share ('of 16 and 17 year olds') stand between the level aimed at and the next sentence's figure, so 'In 2023/24 it was 3.4%' is not read as its baseline"),
    case("en", "Priority 2: A greener borough\nWe will increase the proportion of household waste that is recycled to "
               "55% by 2027/28. In 2023/24 the proportion was 44.9%.",
         T(direction="up", level="55", baseline="44.9", year=2027)),
    case("en", "Corporate Plan 2024-2028 | Page 14\nWe will reduce the number of households in temporary\n"
               "accommodation by 20% by March 2027.",
         T(kind="change", direction="down", relative="20", year=2027)),
    case("en", "The council's net revenue budget for 2024/25 is £312.4m, of which £128m is for adult social care. "
               "Reserves stood at £41m on 31 March 2024."),
    case("en", "Performance summary, quarter 2\nAll complaints responded to within 10 working days: 82% (target 95%)\n"
               "Member enquiries responded to within 10 working days: 91% (target 95%)",
         T(direction="up", baseline="82", level="95"), T(direction="up", baseline="91", level="95")),
    case("en", "We have set a target of 1,000 new affordable homes over the life of this plan. In the first year 212 were "
               "completed, and a further 340 have planning permission.",
         T(kind="level", level="1000")),
    case("en", "The council aims to save £4.5m from its transport budget by 2026/27. This is equivalent to 9% of the budget.",
         T(kind="change", direction="down", absolute="4500000", relative="9", verdict="unverifiable"),
         xfail="a share of a budget after a link ('equivalent to 9% of the budget') is not read as the saving restated in percent"),
    case("en", "Our target for 2023/24 was 95%. Actual performance was 91.2%.", T(kind="level", level="95")),
    case("en", "Target 2024/25: at least 60%\nActual 2024/25: 64%", T(kind="level", level="60", hedge="at_least")),
    case("en", "Under the financial strategy, net cost growth may be no more than 3.5% a year. The strategy was agreed in "
               "February 2024.",
         T(kind="level", level="3.5", hedge="at_most")),
    case("en", "Capital spending to the end of August was £94m of a budget of £312m, equivalent to 30%. The full-year "
               "forecast is £210m."),
    case("en", "Our aim is for 95% of planning applications to be decided within ten weeks. So far this year 81% of "
               "applications have been decided within ten weeks.",
         T(direction="up", level="95", baseline="81")),
    case("en", "So far this year 81% of planning applications have been decided within ten weeks. The service received 1,420 "
               "applications."),
]
EN_NHS_QUALITY = [
    case("en", "Our quality priority for 2024/25 is to reduce hospital-acquired pressure ulcers (category 2 and above) by "
               "15%. In 2023/24 we recorded 214 such ulcers.",
         T(kind="change", direction="down", relative="15", baseline="214")),
    case("en", "The trust reported 38 cases of C. difficile in 2023/24 against a threshold of 45 set by NHS England. "
               "This is the second year in a row we have stayed within the threshold.",
         T(direction="down", baseline="38", level="45"),
         xfail="'threshold' is no target noun: a ceiling set by another body ('against a threshold of 45') is not read"),
    case("en", "We aim to ensure that at least 90% of patients receive their discharge summary within 24 hours by March "
               "2025. In 2023/24 the figure was 78%.",
         T(direction="up", level="90", hedge="at_least", baseline="78", year=2025)),
    case("en", "The Friends and Family Test response rate for inpatients was 24% in 2023/24. Of those who responded, "
               "93% rated their care as good or very good."),
    case("en", "In the 2023 national staff survey, 58% of staff took part. Of those, 62% would recommend the trust as a "
               "place to work."),
    case("en", "Sepsis screening: our goal is for 95% of eligible patients to be screened within one hour of arrival. "
               "Audits in quarter 4 found 89%.",
         T(direction="up", level="95", baseline="89")),
    case("en", "Never events: the trust reported 3 never events in 2023/24 (2022/23: 5). Each was investigated and the "
               "learning shared across the trust."),
    case("en", "The trust employs 11,200 staff and has 1,450 beds across three sites. Its income in 2023/24 was £1.1 billion."),
    case("en", "Falls resulting in moderate or severe harm will be reduced from 0.19 to 0.15 per 1,000 bed days by March "
               "2025. This remains one of our three patient safety priorities.",
         T(direction="down", baseline="0.19", level="0.15", year=2025)),
    case("en", "Staff turnover should fall below 10% during 2024/25. It stood at 12.3% in March 2024.",
         T(direction="down", level="10", hedge="below", baseline="12.3")),
    case("en", "14 Quality Account 2023/24\nThe trust aims to reduce spending on agency staff by £2.3m in 2024/25. Agency "
               "spend was £11.8m in 2023/24.",
         T(kind="change", direction="down", absolute="2300000", baseline="11800000")),
    case("en", "The cancer 62-day performance was 68.4% in March 2024. The operational standard is 85%, and our "
               "improvement trajectory takes us to 75% by March 2025.",
         T(direction="up", baseline="68.4", level="85"), T(kind="level", level="75", year=2025),
         xfail="a standard, then a trajectory 'takes us to' a lower share in the same sentence: read as one from-to from the standard (inconsistent), not a standard with the outcome as baseline and a separate interim level"),
]
EN_NATIONAL_INDICATORS = [
    case("en", "The Welsh Government's milestone is for 75% of working-age adults to be qualified to level 3 or higher "
               "by 2050. In 2022, 61.8% were.",
         T(direction="up", level="75", baseline="61.8", year=2050)),
    case("en", "Scotland's statutory targets are net zero emissions by 2045, with a 75% reduction by 2040 compared with "
               "1990. Emissions in 2022 were 50.1% below the 1990 baseline.",
         T(kind="change", direction="down", relative="75", year=2040, reference_year=1990),
         T(kind="change", direction="down", relative="50.1", reference_year=1990)),
    case("en", "Public Health Scotland figures show 73.9% of patients were seen within four hours in the week ending 5 "
               "May. The target is 95%.",
         T(direction="up", baseline="73.9", level="95")),
    case("en", "The Scottish Government aims to create 18,000 hectares of new woodland a year by 2024/25. In 2023/24, "
               "8,190 hectares were created.",
         T(kind="level", level="18000"),
         xfail="a making verb and an area a year ('create 18,000 hectares of new woodland a year') is not read as a level aimed at"),
    case("en", "In Wales, 17 of the 46 national indicators improved over the last year. Nine got worse and the rest "
               "showed little change."),
    case("en", "National Indicator 5: the proportion of adults in good health. The latest figure, for 2023, is 72%. "
               "The indicator is measured through the National Survey, which had 11,000 respondents."),
    case("en", "The Child Poverty Act sets the target that fewer than 10% of children live in relative poverty by "
               "2030-31. The interim target for 2023-24 was 18%.",
         T(kind="level", level="10", hedge="below"), T(kind="level", level="18")),
    case("en", "The Programme for Government commits to 110,000 affordable homes by 2032. Of these, at least 70% will "
               "be for social rent.",
         T(kind="level", level="110000", year=2032), T(kind="level", level="70", hedge="at_least"),
         xfail="'commits to' and a count, then a share 'Of these, at least 70% will be': neither is read ('commits' is no word of aim in the lexicon; adding it alone did not make the count read)"),
]
EN_COUNCIL_ANNUAL_PLANS = [
    case("en", "Performance measure: percentage of building consents processed within 20 working days. Target: 100%. "
               "Result 2023/24: 87.4% (not achieved).",
         T(kind="level", level="100")),
    case("en", "Council will plant 5,000 trees a year over the 2024-2034 Long Term Plan. In 2023/24 we planted 4,120.",
         T(direction="up", level="5000", baseline="4120", reference_year=2023)),
    case("en", "Complaints about drinking water clarity should be no more than 5 per 1,000 connections. The result for "
               "the year was 2.1 per 1,000 connections.",
         T(level="5", hedge="at_most", baseline="2.1"),
         xfail="a rate per 1,000 after 'The result for the year was' is not read as where it stands"),
    case("en", "The County Council aims to deliver 1,200 social homes between 2022 and 2026. To the end of 2024, 710 "
               "had been delivered.",
         T(kind="level", level="1200")),
    case("en", "Median response time to urgent water callouts: 42 minutes. Target: 60 minutes or less.",
         T(baseline="42", level="60", unit="minute", hedge="at_most")),
    case("en", "The City's target is a 70% reduction in greenhouse gas emissions by 2030 from 2006 levels. We achieved a "
               "72% reduction in 2023, seven years early.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2006),
         T(kind="change", direction="down", relative="72")),
    # the plan's forecast is a planned change too
    case("en", "Rates will increase by 8.7% in 2024/25. This is below the 10.5% increase forecast in the Long Term Plan.",
         T(kind="change", direction="up", relative="8.7"), T(kind="change", direction="up", relative="10.5")),
    case("en", "The district has a usually resident population of 58,300 (2023 Census). Around 21% of residents are aged "
               "65 or over, and the median age is 44."),
    case("en", "The Annual Plan 2024/25 was adopted on 27 June 2024. It sets rates for the year and explains any changes "
               "from year 3 of the Long Term Plan 2021-2031."),
    case("en", "We will reduce the volume of waste sent to landfill to 350 kg per person by 2030. In 2023 it was 512 kg "
               "per person.",
         T(direction="down", level="350", baseline="512", year=2030)),
    case("en", "Emissions from council buildings will be cut by 60% by 2030 from 2019 levels. Schools account for half of "
               "them.",
         T(kind="change", direction="down", relative="60", year=2030, reference_year=2019)),
    case("sv", "Utsläppen ska minska med 70 procent till 2030 från 2006 års nivå.",
         T(kind="change", direction="down", relative="70", year=2030, reference_year=2006)),
    case("en", "The Local Plan says the number of homes in the district will amount to 52,000 by 2040. Today there are 47,300 "
               "homes.",
         T(direction="up", level="52000", baseline="47300", year=2040)),
]
EN_US_CITIES = [
    case("en", "Metric: 911 calls answered within 15 seconds\nFY2024 target: 90%\nFY2024 actual: 86.7%\nStatus: Off track",
         T(kind="level", level="90")),
    case("en", "The FY2025 Proposed Budget totals $4.5 billion, an increase of $212 million, or 4.9%, over the FY2024 "
               "Adopted Budget. Public safety accounts for 38% of the General Fund.",
         T(kind="change", direction="up", absolute="212000000", relative="4.9", level="4500000000", verdict="consistent")),
    case("en", "The Department of Transportation aims to repair 90% of reported potholes within 72 hours. In fiscal "
               "year 2024 it repaired 81% within that time.",
         T(direction="up", level="90", baseline="81")),
    case("en", "General Fund revenues are projected at $1.38 billion in fiscal year 2025, up $41.2 million (3.1%) from "
               "the prior year. Property taxes make up about half of the total.",
         T(kind="change", direction="up", absolute="41200000", relative="3.1", level="1380000000", verdict="consistent")),
    case("en", "The Mayor's budget sets aside $4.5 million for the program in FY2025, the same as this year. The program "
               "served 2,300 families in FY2024."),
    case("en", "The dashboard shows 312 affordable units completed this fiscal year against an annual goal of 500. "
               "Another 780 units are under construction.",
         T(direction="up", baseline="312", level="500")),
    case("en", "Library visits totaled 2.1 million in FY2024, 6% above FY2023. The system has 26 branches.",
         T(kind="change", direction="up", relative="6", level="2100000", verdict="consistent")),
    case("en", "Our goal is to reduce the unsheltered homeless count by half by 2027. The 2024 point-in-time count found "
               "4,380 unsheltered people.",
         T(kind="change", direction="down", relative="50", baseline="4380", year=2027)),
    case("en", "Vision Zero: the City has committed to reducing traffic deaths to zero by 2030. Last year 96 people died "
               "on city streets, up from 88 the year before.",
         T(kind="level", direction="down", level="0", year=2030), T(direction="up", level="96", baseline="88"),
         xfail="'committed to reducing ... to zero' is not read as a level of zero, and a count of deaths 'up from 88' after 'died' is not read as a from-to"),
    case("en", "Code enforcement cases closed within 90 days\nGoal: 75%\nFY23: 68%\nFY24: 71%",
         T(direction="up", baseline="71", level="75"),
         xfail="a goal line, then lines of financial years with bare labels ('FY24: 71%'): the latest is not read as the baseline"),
    # a sum, then the change in money that led to it and that change in percent: the verdict decides
    case("en", "The FY2025 budget is $2.8 billion, an increase of $212 million, or 9%, over FY2024. Most of the growth is in "
               "public safety.",
         T(kind="change", direction="up", absolute="212000000", relative="9", level="2800000000", verdict="inconsistent")),
    case("en", "Emissions from the council's estate were 12,400 tonnes in 2023/24, a reduction of 1,100 tonnes on the year "
               "before. Most of the fall came from LED street lighting.",
         T(kind="change", direction="down", absolute="1100", level="12400")),
]
EN_WRITTEN_ANSWERS = [
    case("en", "The Government's standard is for 92% of patients to wait less than 18 weeks. At the end of September "
               "2024, 58.9% of patients had been waiting less than 18 weeks.",
         T(direction="up", level="92", baseline="58.9"),
         xfail="the next sentence holds a time besides the share ('58.9% of patients had been waiting less than 18 weeks'), so the share is not its one figure and is not read as the baseline (its opening 'At the end of September 2024' is read now, links14)"),
    case("en", "As set out in my answer of 12 March 2024 (UIN 17654), the Department has recruited 1,240 additional "
               "teachers against its commitment of 1,500 by September 2025.",
         T(direction="up", level="1500", baseline="1240", year=2025),
         xfail="'recruited 1,240 additional teachers against its commitment of 1,500': the count done is read as a change of its own, not as where the commitment stands"),
    case("en", "The Department does not hold a target for the number of apprenticeships. In 2022/23 there were 337,140 "
               "apprenticeship starts in England."),
    case("en", "The Government is committed to building 1.5 million homes over this Parliament. Net additional "
               "dwellings in England were 234,400 in 2022/23.",
         T(kind="level", level="1500000")),
    case("en", "The average waiting time for a driving test was 21.1 weeks in October 2024. DVSA aims to reduce this to "
               "7 weeks by the end of 2025.",
         T(direction="down", baseline="21.1", level="7", unit="week", year=2025)),
    case("en", "The answer to part (b) is set out in paragraph 14 of the report, published on 3 June 2024. Copies are "
               "available in the Library of the House."),
    case("en", "Holding answer received on 4 November 2024. The information requested for the 650 constituencies is "
               "not held centrally and could be provided only at disproportionate cost."),
    case("en", "The Department's ambition is that 90% of primary school children leave with the expected standard in "
               "reading, writing and maths by 2030. In 2024, 61% did so.",
         T(direction="up", level="90", baseline="61", year=2030)),
]
EN_NEWS = [
    case("en", "The council has missed its recycling target for the third year running. Figures show 41.3% of household "
               "waste was recycled in 2023/24, well short of the 50% target.",
         T(direction="up", baseline="41.3", level="50")),
    case("en", "Ambulance response times in the county still fall short of the 30-minute target for category 2 calls. "
               "The average response last month was 42 minutes.",
         T(direction="down", level="30", baseline="42", unit="minute"),
         xfail="a hyphenated time before a target noun ('the 30-minute target') is not read as a level, nor the time after a copula as its baseline"),
    case("en", "The borough beat its target of 500 new homes, with 612 completed in the year to March.",
         T(level="500", baseline="612"),
         xfail="a count after 'with' and a past participle ('with 612 completed') is not read as where the target stands"),
    case("en", "Councillors were told that a quarter of calls to the contact centre went unanswered in October. The "
               "council's own target is for no more than 10% to be abandoned.",
         T(direction="down", level="10", hedge="at_most", baseline="25")),
    case("en", "Schools in the area have been told to cut their budgets by £2.3m next year. The authority says the "
               "savings are needed to close a £14m gap.",
         T(kind="change", direction="down", absolute="2300000")),
    case("en", "Police in the county solved 6% of burglaries last year. The chief constable said she wanted to double "
               "that by 2026.",
         T(kind="change", direction="up", relative="100", year=2026)),
    case("en", "The hospital said 342 people had waited more than 12 hours in A&E in January, up from 298 in December. "
               "A spokeswoman said the trust was working hard to bring waits down.",
         T(direction="up", level="342", baseline="298")),
    case("en", "The new leisure centre opened on Saturday after a two-year build costing £18m. More than 1,200 people "
               "visited on the first day, the council said."),
    case("en", "Bus punctuality in the city fell to 79% last year, well below the operator's own target of 90%. Just "
               "two years ago it was 86%.",
         T(kind="level", direction="down", level="79"), T(direction="up", level="90", baseline="79")),
    case("en", "The mayor wants 10,000 more people cycling to work every day by 2028. About 24,000 people cycle to work "
               "now, according to the latest count.",
         T(kind="change", direction="up", absolute="10000", baseline="24000", year=2028),
         xfail="a count of people after 'About', with 'now' after a verb other than a copula, is not read as where the change starts"),
    case("en", "Household recycling rose to 47% in 2024, just short of the council's target of 50%. Food waste collections "
               "start next year.",
         T(kind="level", direction="up", level="47"), T(direction="up", level="50", baseline="47", reference_year=2024)),
]
EN_PDF_AND_LOOKALIKES = [
    case("en", "We aim to increase the number of\nadults who are physically active to\n70% by 2030 (from 63% in 2023).",
         T(direction="up", level="70", baseline="63", year=2030)),
    case("en", "Our target is to cut the number of people waiting more than 18 weeks from 12,400 to 8,000 by\nMarch 2026.",
         T(direction="down", baseline="12400", level="8000", year=2026)),
    case("en", "Measure Target Actual RAG\nFOI requests answered within 20 days 90% 88% Amber",
         T(baseline="88", level="90"),
         xfail="a table row flattened into a line with no separators ('... 20 days 90% 88% Amber') under a header line of words: the columns are not read"),
    case("en", "For further information call 0161 234 5000 or email the performance team. Office hours are 9am to 5pm, "
               "Monday to Friday."),
    case("en", "The plan covers the financial years 2024/25 to 2027/28 and will be reviewed annually. It was agreed by "
               "Cabinet on 16 January 2024 (minute 87)."),
    case("en", "Paragraphs 3.1 to 3.14 describe the method. Table 7 on page 42 shows the results by ward."),
    case("en", "In the 2023 residents' survey, 1,104 people responded, a response rate of 28%. Respondents aged 16 to 24 "
               "made up 9% of the sample."),
    case("en", "There are 14,200 businesses in the district, 89% of which employ fewer than 10 people. Tourism supports "
               "around 6,000 jobs."),
    case("en", "Figure 3: Percentage of pupils achieving the expected standard, 2019 to 2024. Source: Department for "
               "Education, January 2025."),
    case("en", "Appendix B lists 45 KPIs, 12 of which are new for 2024/25. Targets for the remaining 33 are unchanged."),
    case("en", "Mid-2023 estimates: aged 18 to 64, 61.2%; aged 65 and over, 19.8%. The borough had 187,400 residents "
               "at mid-2023."),
    case("en", "The trust board meets in public six times a year. The next meeting is on 4 March 2025 at 10.00 in the "
               "Education Centre, room 3."),
    case("en", "Spending per pupil was £6,850 in 2023/24. That is 4% lower than the national average."),
    case("en", "Officers solved 9% of vehicle crimes in 2023/24. The force recorded 3,120 such crimes."),
    case("en", "There are 4,100 council homes in the borough, 12% of which are sheltered housing. Most were built before 1980."),
]

# ---- part 2: paragraphs, Swedish ---------------------------------------------------------------------------------
SV_ANNUAL_REPORTS = [
    case("sv", "Indikator: Andel elever i åk 9 som är behöriga till yrkesprogram\nMålvärde 2024: 90 %\nUtfall 2024: 84,6 %\n"
               "Bedömning: Ej uppfyllt",
         T(kind="level", level="90")),
    case("sv", "Kommunens resultat uppgick till -2,1 mnkr, vilket är 14,3 mnkr lägre än budget. Det finansiella målet om "
               "ett resultat på minst 2 procent av skatter och generella statsbidrag uppnåddes därmed inte.",
         T(kind="level", level="2", hedge="at_least")),
    case("sv", "Andelen nöjda brukare i hemtjänsten var 91 procent, vilket är 3 procentenheter högre än föregående år. "
               "Målvärdet på 90 procent är därmed uppnått.",
         T(kind="level", direction="up", level="91", relative="3"), T(kind="level", level="90")),
    case("sv", "Soliditeten inklusive pensionsförpliktelser var 24,1 procent vid årets slut. Målet är att soliditeten "
               "ska förbättras varje år."),
    case("sv", "Antalet barn per årsarbetare i förskolan var 5,4 under 2024. Målvärdet är högst 5,2.",
         T(direction="down", baseline="5.4", level="5.2", hedge="at_most")),
    case("sv", "Av nämndens 14 indikatorer är 8 uppfyllda, 4 delvis uppfyllda och 2 inte uppfyllda. En sammanställning "
               "finns i bilaga 2."),
    # new homes a year: a change in homes each year (as "1,200 new homes by 2028" in round 3)
    case("sv", "Under året har 312 lägenheter färdigställts. Målet i bostadsförsörjningsprogrammet är 400 nya bostäder per år.",
         T(kind="change", direction="up", absolute="400")),
    case("sv", "Årsredovisning 2024 23\nAndelen elever med gymnasiebehörighet ska öka\ntill 90 procent till 2027. "
               "Utfallet för 2024 var 83,2 procent.",
         T(direction="up", level="90", year=2027)),
    case("sv", "Målet är att antalet invånare ska uppgå till 25\u00a0000 år 2030. Den 31 december 2024 var folkmängden "
               "23\u00a0418.",
         T(direction="up", level="25000", baseline="23418", year=2030)),
    case("sv", "Nämnden redovisar ett överskott på 3,2 mnkr för 2024, varav 1,1 mnkr avser vakanta tjänster. "
               "Investeringarna uppgick till 12,4 mnkr."),
    case("sv", "Kommunfullmäktiges mål: Sjukfrånvaron ska vara högst 6,5 procent. Utfall 2024: 7,2 procent (2023: 7,6 "
               "procent). Målet är inte uppfyllt.",
         T(kind="level", level="6.5", hedge="at_most")),
    case("sv", "Nettokostnaderna ökade med 4,8 procent medan skatteintäkter och generella statsbidrag ökade med 3,9 "
               "procent. Det finansiella målet om balans mellan dessa nåddes därför inte.",
         T(kind="change", direction="up", relative="4.8"), T(kind="change", direction="up", relative="3.9")),
    case("sv", "Andelen invånare som är nöjda med kommunens service var 64 procent. Målvärdet för 2024 var 70 procent och "
               "målet bedöms som delvis uppfyllt.",
         T(direction="up", baseline="64", level="70")),
    case("sv", "Resultatet för 2024 blev 38,5 mnkr, vilket motsvarar 1,4 procent av skatter och statsbidrag. Målet är "
               "minst 2 procent över en treårsperiod.",
         T(direction="up", baseline="1.4", level="2", hedge="at_least")),
    case("sv", "Målvärdet för 2023 var 85 procent. Utfallet blev 81 procent.", T(direction="up", level="85", baseline="81")),
    case("sv", "Mål 2025: minst 75 %\nUtfall 2025: 71 %", T(kind="level", level="75", hedge="at_least")),
    case("sv", "Nöjd kund-index, bygglov | Målvärde 70 % | Utfall 72 % | Uppfyllt", T(kind="level", level="70")),
    case("sv", "Andelen fakturor som betalades i tid var 93 procent 2024. Målvärdet för året var 95 procent.",
         T(direction="up", baseline="93", level="95", reference_year=2024)),
    case("sv", "Skatteintäkterna beräknas till 3,2 miljarder kronor 2025, en ökning med 96 miljoner kronor. Det är lägre än i "
               "förra årets prognos.",
         T(kind="change", direction="up", absolute="96000000", level="3200000000")),
    case("sv", "Nämndens budget är 1,2 miljarder kronor, en ökning med 48 miljoner kronor eller 6 procent. Ökningen beror "
               "främst på fler elever.",
         T(kind="change", direction="up", absolute="48000000", relative="6", level="1200000000", verdict="inconsistent")),
    case("sv", "Intäkterna var 640 MSEK, en minskning med 32 MSEK jämfört med 2023. Rörelseresultatet var -12 MSEK.",
         T(kind="change", direction="down", absolute="32000000", level="640000000")),
    case("sv", "Antalet besökare på biblioteken var 412 000 under 2024, en ökning med 18 000 jämfört med 2023. Flest besök "
               "hade stadsbiblioteket.",
         T(kind="change", direction="up", absolute="18000", level="412000")),
    case("sv", "Sjukfrånvaron får vara högst 6 procent. Under 2024 var den 6,8 procent.",
         T(direction="down", level="6", hedge="at_most", baseline="6.8", reference_year=2024)),
    case("sv", "Antal barn per grupp i förskolan: 17 (målvärde högst 15).", T(direction="down", baseline="17", level="15", hedge="at_most")),
    case("sv", "Antalet invånare ska uppgå till 25 000 år 2030. I dag finns 23 418 invånare.",
         T(direction="up", level="25000", baseline="23418", year=2030)),
    case("sv", "Hittills i år har 81 procent av bygglovsärendena handlagts inom tio veckor. Nämnden har tagit emot 640 ärenden."),
]
SV_INTERIM_REPORTS = [
    case("sv", "Prognosen för helåret pekar på ett resultat på 38,5 mnkr, vilket motsvarar 1,4 procent av skatter och "
               "statsbidrag. Målet är 2 procent.",
         T(direction="up", baseline="1.4", level="2")),
    case("sv", "Delårsresultatet per den 31 augusti uppgick till 112 MSEK. Budgetavvikelsen för helåret beräknas till "
               "-24 MSEK."),
    case("sv", "Sjukfrånvaron för perioden januari–augusti var 6,9 procent. Det är en minskning med 0,4 procentenheter "
               "jämfört med samma period föregående år.",
         T(kind="level", direction="down", level="6.9", relative="0.4")),
    case("sv", "Nämnden prognostiserar ett underskott på 18,2 mnkr för 2025. Åtgärder motsvarande 9 mnkr har beslutats "
               "och redovisas i bilaga 3."),
    case("sv", "Målet att 95 procent av bygglovsärendena ska handläggas inom tio veckor bedöms inte nås. Hittills i år har "
               "81 procent av ärendena handlagts inom tio veckor.",
         T(direction="up", level="95", baseline="81")),
    case("sv", "Delårsrapport januari–augusti 2025\nAntalet hushåll med försörjningsstöd har minskat från 1 240 till 1 105 "
               "sedan årsskiftet. Målet är 1 000 hushåll vid årets slut.",
         # the target starts where the from-to ended (as sv.baselines.from-to-then-target-is)
         T(direction="down", baseline="1240", level="1105"), T(kind="change", level="1000", baseline="1105")),
    case("sv", "Investeringsutfallet per augusti var 94 mnkr av en budget på 312 mnkr, vilket motsvarar 30 procent. "
               "Helårsprognosen är 210 mnkr."),
    case("sv", "Prognosen för sjukfrånvaron på helåret är 7,1 procent. Målvärdet är högst 6,5 procent och bedöms inte nås.",
         T(direction="down", baseline="7.1", level="6.5", hedge="at_most"),
         xfail="a forecast after a copula ('Prognosen ... är 7,1 procent') is not read as where the share stands before the ceiling"),
]
SV_PLANS = [
    case("sv", "Indikator | Utfall 2023 | Målvärde 2025\nAndel nöjda föräldrar i förskolan | 87 % | minst 90 %",
         T(direction="up", baseline="87", level="90", hedge="at_least")),
    case("sv", "Nämndmål 3: Fler ska gå vidare till studier eller arbete. Indikator: Andel deltagare i "
               "arbetsmarknadsinsatser som går till arbete eller studier. Målvärde 2025: 45 procent (utfall 2023: 38 procent).",
         T(kind="change", level="45", baseline="38", year=2025, reference_year=2023)),
    case("sv", "Antalet hushåll med ekonomiskt bistånd ska minska med 10 procent under planperioden 2025–2027. År 2024 "
               "var antalet 1 240 hushåll.",
         T(kind="change", direction="down", relative="10", baseline="1240")),
    case("sv", "Nämnden ska halvera antalet avhopp från gymnasieskolan till 2027. Läsåret 2023/24 avbröt 142 elever sina "
               "studier.",
         T(kind="change", direction="down", relative="50", year=2027)),
    case("sv", "Minst två av tre medarbetare ska svara att de rekommenderar kommunen som arbetsgivare. I "
               "medarbetarenkäten 2024 var andelen 61 procent.",
         T(direction="up", level="200/3", hedge="at_least", baseline="61")),
    case("sv", "Personalomsättningen får inte överstiga 12 procent. Utfall 2024: 13,8 procent.",
         T(kind="level", level="12", hedge="at_most")),
    case("sv", "Kostnaden per elev i grundskolan var 118 600 kronor 2023. Det är 4 procent lägre än i riket."),
    case("sv", "Verksamhetsplan 2025\nMål: Ökad trygghet i offentliga miljöer\nIndikator: Andel invånare som känner sig "
               "trygga ute på kvällen\nUtgångsvärde 2024: 71 procent\nMålvärde 2027: 80 procent",
         T(direction="up", baseline="71", level="80", year=2027)),
    case("sv", "Energianvändningen i kommunens lokaler ska minska med 20 procent till 2030 jämfört med 2019. Fram till "
               "2024 har den minskat med 9 procent.",
         T(kind="change", direction="down", relative="20", year=2030, reference_year=2019),
         T(kind="change", direction="down", relative="9")),
    case("sv", "Verksamhetsplanen gäller för perioden 2025–2027 och beslutades av nämnden den 12 december 2024, § 143. "
               "Den följs upp i delårsrapporten och årsredovisningen."),
    case("sv", "Andelen elever som känner sig trygga i skolan ska vara minst 95 procent. I elevenkäten 2024 svarade 91 "
               "procent att de kände sig trygga. Svarsfrekvensen var 78 procent.",
         T(direction="up", level="95", hedge="at_least", baseline="91")),
    case("sv", "Antalet ärenden per handläggare ska minska från 42 till högst 35 under 2025. Det motsvarar en minskning "
               "med 17 procent.",
         T(direction="down", baseline="42", level="35", hedge="at_most", relative="17", verdict="consistent")),
]
SV_REGIONS = [
    case("sv", "Regionens budget för 2025 omfattar 48,6 miljarder kronor. Skattesatsen är oförändrad, 11,71 kronor."),
    case("sv", "Regionfullmäktige har beslutat att resultatet ska uppgå till minst 1 procent av skatter och generella "
               "statsbidrag 2025–2027. För 2025 budgeteras ett resultat på 520 mnkr.",
         T(kind="level", level="1", hedge="at_least")),
    case("sv", "Antalet patienter som väntar mer än 90 dagar på operation ska halveras till 2026. I december 2024 väntade "
               "3 410 patienter längre än 90 dagar.",
         T(kind="change", direction="down", relative="50", baseline="3410", year=2026)),
    case("sv", "Tillgängligheten i telefon ska öka till 90 procent till 2026, jämfört med 76 procent 2024. Det "
               "motsvarar en ökning med 14 procentenheter.",
         T(direction="up", level="90", baseline="76", relative="14", verdict="consistent", year=2026)),
    case("sv", "Andelen patienter som får en första bedömning inom tre dagar ska vara minst 90 procent. Under 2024 var "
               "utfallet 84 procent, en förbättring med 2 procentenheter.",
         T(direction="up", level="90", hedge="at_least", baseline="84"), T(kind="level", direction="up", level="84", relative="2"),
         xfail="an outcome and its change in points ('var utfallet 84 procent, en förbättring med 2 procentenheter') is read as a level of its own, not also as the baseline of the floor before it"),
    case("sv", "Regionen har 4 akutsjukhus och 41 vårdcentraler. Under 2024 gjordes 2,3 miljoner besök i primärvården."),
    case("sv", "Kostnaderna för inhyrd personal ska halveras till 2026. År 2024 uppgick de till 612 MSEK, vilket är 9 "
               "procent mer än året innan.",
         T(kind="change", direction="down", relative="50", year=2026),
         T(direction="up", relative="9", level="612000000")),
    case("sv", "Målet för 2025 är att 85 procent av invånarna ska ha en fast läkarkontakt. I dag har 54 procent det.",
         T(direction="up", level="85", baseline="54")),
    case("sv", "Regeringen har åtagit sig att bygga 300 000 bostäder under mandatperioden. Byggandet har minskat två år i rad.",
         T(kind="level", level="300000")),
]
SV_RELEASES = [
    case("sv", "Enligt SCB:s arbetskraftsundersökningar var 5 312 000 personer sysselsatta i oktober 2024. "
               "Sysselsättningsgraden var 69,1 procent."),
    case("sv", "Andelen dagligrökare har minskat från 11 procent 2014 till 6 procent 2024, visar Folkhälsomyndighetens "
               "nationella folkhälsoenkät. Enkäten besvarades av 42 procent av de tillfrågade.",
         T(direction="down", baseline="11", level="6")),
    case("sv", "Enligt Socialstyrelsen dog 2 212 personer av läkemedelsrelaterade förgiftningar under 2023, 4 procent "
               "färre än året innan. Flest dödsfall fanns i åldern 45–64 år.",
         T(kind="change", direction="down", relative="4", level="2212"),
         xfail="a count of people after 'dog' and a change in percent after a comma ('4 procent färre än året innan'): the count is not read as the level"),
    case("sv", "Bostadsbyggandet minskade med 38 procent under 2024, enligt SCB. Totalt påbörjades 31 400 nya bostäder.",
         T(kind="change", direction="down", relative="38", level="31400"),
         xfail="a count of new homes after 'Totalt påbörjades' is read as a change in homes ('nya'), not as the level the fall led to"),
    case("sv", "Enligt Folkhälsomyndigheten uppgav 64 procent av befolkningen 16–84 år ett bra eller mycket bra allmänt "
               "hälsotillstånd 2024. Bland kvinnor var andelen 62 procent."),
    case("sv", "Det nationella målet är att högst 3 procent av befolkningen ska röka dagligen 2025. Enligt den senaste "
               "mätningen röker 6 procent.",
         T(direction="down", level="3", hedge="at_most", baseline="6", year=2025)),
    case("sv", "Enligt SCB bodde 10 587 710 personer i Sverige den 31 december 2024. Folkmängden ökade med 36 000 personer "
               "under året.",
         T(kind="change", direction="up", absolute="36000")),
    case("sv", "Socialstyrelsens väntetidsstatistik visar att 72 procent av patienterna fick en första bedömning inom "
               "90 dagar i december. Vårdgarantin är 90 dagar."),
    case("sv", "Medianlönen var 37 100 kronor per månad 2023. Kvinnors lön var i genomsnitt 90,2 procent av männens, "
               "enligt SCB."),
]
SV_NEWS = [
    case("sv", "Kommunen missar sitt mål för bostadsbyggandet. I fjol byggdes 186 bostäder, jämfört med målet på 300 per "
               "år, rapporterar Sveriges Radio.",
         T(direction="up", baseline="186", level="300")),
    case("sv", "Väntetiderna på akuten har ökat. I oktober fick 58 procent av patienterna träffa en läkare inom en timme. "
               "Regionens mål är 80 procent.",
         T(direction="up", baseline="58", level="80")),
    case("sv", "– Vi ska halvera antalet vräkningar av barnfamiljer till 2026, säger kommunalrådet Anna Berg (S).",
         T(kind="change", direction="down", relative="50", year=2026)),
    case("sv", "Ambulansen når fram inom 20 minuter i 72 procent av fallen i länet. Målet är 90 procent.",
         T(direction="up", baseline="72", level="90")),
    case("sv", "Stadens mål om 1 000 nya hyresrätter per år nås inte. I år väntas 640 bli klara, skriver lokaltidningen.",
         T(kind="change", direction="up", absolute="1000")),
    case("sv", "Simhallen har varit stängd i 14 dagar på grund av reparationer. Den beräknas öppna igen den 3 mars, "
               "uppger kommunen."),
    case("sv", "Skolorna i kommunen måste spara 12 miljoner kronor nästa år. Det motsvarar ungefär 20 lärartjänster, "
               "enligt facket.",
         T(kind="change", direction="down", absolute="12000000")),
    case("sv", "Polisen i regionen klarade upp 6 procent av inbrotten i fjol. Polismästaren vill fördubbla andelen till 2026.",
         T(kind="change", direction="up", relative="100", year=2026)),
    case("sv", "Antalet anmälda misshandelsbrott i kommunen ökade från 312 till 348 under 2024. Kommunen har som mål att "
               "vända utvecklingen inom två år.",
         T(direction="up", baseline="312", level="348")),
    case("sv", "Kollektivtrafiken klarade inte sitt mål om 96 procent punktlighet i fjol. Bara 91 procent av bussarna "
               "kom i tid, enligt trafikbolaget.",
         T(direction="up", level="96", baseline="91"),
         xfail="a share of a group after 'Bara' and a past verb ('kom i tid') is not read as where the share stands against the missed target"),
    case("sv", "Punktligheten i busstrafiken sjönk till 79 procent i fjol, långt under trafikbolagets mål på 90 procent. "
               "Förseningarna beror främst på vägarbeten.",
         T(kind="level", direction="down", level="79"), T(direction="up", level="90", baseline="79")),
    case("sv", "Återvinningen ökade till 47 procent 2024, strax under kommunens mål på 50 procent.",
         T(kind="level", direction="up", level="47"), T(direction="up", level="50", baseline="47", reference_year=2024)),
]
SV_PDF_AND_LOOKALIKES = [
    case("sv", "Målet är att minska antalet personer\nsom är långtidsarbetslösa med 30 procent\ntill 2027 jämfört med 2023.",
         T(kind="change", direction="down", relative="30", year=2027, reference_year=2023)),
    case("sv", "Nämndplan 2025 | Sida 7\nAndelen nöjda brukare ska öka från 82 till 88 procent till 2026.",
         T(direction="up", baseline="82", level="88", year=2026)),
    case("sv", "Indikator Utfall Målvärde\nAndel behöriga till gymnasiet 84 % 90 %",
         T(direction="up", baseline="84", level="90"),
         xfail="a table row flattened into a line with no separators ('... gymnasiet 84 % 90 %') under a header line of words: the columns are not read"),
    case("sv", "Kontaktcenter nås på telefon 0771-12 34 56 vardagar 8–17. Besöksadressen är Storgatan 12."),
    case("sv", "Kommunen har 48 200 invånare, varav 21 procent är 65 år eller äldre. Medelåldern är 43 år."),
    case("sv", "Budgetramen för 2025 är 1,5 mdkr, varav 640 mnkr avser grundskolan. Investeringsbudgeten uppgår till "
               "312 mnkr."),
    case("sv", "Enkätens svarsfrekvens var 54 procent. Totalt besvarade 2 310 personer enkäten, varav 58 procent var kvinnor."),
    case("sv", "Se avsnitt 4.2 på sidan 18 samt tabell 3 i bilaga 1. Underlaget finns också på kommunens webbplats."),
    case("sv", "Förskolan tar emot barn i åldern 1–5 år. Öppettiderna är 6.30–18.30 och förskolan har 96 platser."),
    case("sv", "Åtta av tio invånare bor i tätort, enligt SCB. Kommunens yta är 1 240 kvadratkilometer."),
    case("sv", "Skattesatsen för 2025 är 21,99 kronor, varav 11,35 kronor går till kommunen. Den är oförändrad sedan 2019."),
    case("sv", "Kommunstyrelsen sammanträdde 11 gånger under 2024. Protokollen finns tillgängliga i diariet, dnr KS 2024/312."),
    case("sv", "Polisen klarade upp 14 procent av bostadsinbrotten under 2024. Totalt anmäldes 1 870 inbrott."),
    case("sv", "Nettokostnaden per invånare var 62 400 kronor 2024. Det är 3 procent högre än rikssnittet."),
    case("sv", "Kostnaden per brukare i hemtjänsten var 312 000 kronor. Det är 8 procent lägre än i länet."),
    case("sv", "Budgeten för 2025 är 48 mnkr. Av dem avser 12 mnkr lokaler och 30 mnkr personal."),
]
# fmt: on

PART_ONE = [*EN_KPI_LINES, *SV_KPI_LINES]
PARAGRAPHS = [
    *EN_COUNCIL_REPORTS,
    *EN_NHS_QUALITY,
    *EN_NATIONAL_INDICATORS,
    *EN_COUNCIL_ANNUAL_PLANS,
    *EN_US_CITIES,
    *EN_WRITTEN_ANSWERS,
    *EN_NEWS,
    *EN_PDF_AND_LOOKALIKES,
    *SV_ANNUAL_REPORTS,
    *SV_INTERIM_REPORTS,
    *SV_PLANS,
    *SV_REGIONS,
    *SV_RELEASES,
    *SV_NEWS,
    *SV_PDF_AND_LOOKALIKES,
]
CASES = [*PART_ONE, *PARAGRAPHS]


test_a_probed_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_mostly_paragraphs_in_both_languages() -> None:
    """At least 200 cases, about half in each language, two thirds of them paragraphs of two sentences or more, and
    each language with paragraphs that must give nothing."""
    assert_broad(CASES, ("en", "sv"), at_least=200, per_language=90)
