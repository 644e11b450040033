"""English and Swedish wordings of the genres sudgoals meets in the field — council plans and corporate plans,
climate action plans, written parliamentary answers, KPI follow-ups ("Target | Actual | Status"), Swedish
verksamhetsplaner, årsredovisningar and nyckeltal, and news about targets — written for this test (none taken
from a real paper), each with the targets a careful reader marks, judged as ``check`` judges them (the helpers
and the assertion are those of ``test_forms``). About half are look-alikes that state no target and must give
none: budgets, facts about today, survey results, dates, financial years, ages, sections, phone numbers, pages,
ward counts and plan periods. A form the reader does not yet read is ``xfail(strict=True)`` with the reason."""

from __future__ import annotations

from typing import Any

import pytest

from sudgoals import build_report, check_paper, extract_text
from test_forms import T, _check, case

# fmt: off
EN = [
    # reported results and expectations, with hedges
    case("en", "Rough sleeping has fallen by 35% since 2019, from 200 to 130.",
         T(kind="change", direction="down", relative="35", baseline="200", level="130", verdict="consistent")),
    case("en", "The number of affordable homes delivered is expected to rise by around 15% next year.",
         T(kind="change", direction="up", relative="15")),
    case("en", "Household recycling rose by 3.2 percentage points to 47.5% in 2023/24.",
         T(direction="up", relative="3.2", level="47.5")),
    case("en", "Emissions from the council's estate fell by 1,250 tonnes CO2e in 2023/24, a reduction of 8%.",
         T(kind="change", direction="down", absolute="1250", relative="8", verdict="consistent")),
    case("en", "Energy use across our buildings will be reduced by at least 10,000 MWh by 2028.",
         T(kind="change", direction="down", absolute="10000", unit="MWh")),
    case("en", "The average time to re-let a council home should fall from 42 days to 28 days, a reduction of a third.",
         T(direction="down", baseline="42", level="28", relative="100/3", unit="day", verdict="consistent")),
    case("en", "By March 2026, 95% of invoices will be paid within 30 days.", T(kind="level", level="95")),
    case("en", "We want to halve the gap in life expectancy between the most and least deprived wards.",
         T(kind="change", direction="down", relative="50")),
    case("en", "Bus patronage is expected to double by 2035.", T(kind="change", direction="up", relative="100")),
    case("en", "The proportion of care leavers in education, employment or training will increase from 52% to 60%, an increase of 8 percentage points.",
         T(direction="up", baseline="52", level="60", relative="8", verdict="consistent")),
    case("en", "We aim to reduce the number of children who are obese at age 11 by a quarter by 2030.",
         T(kind="change", direction="down", relative="25")),
    case("en", "Waiting times for hip replacements have been reduced by three weeks since 2022.",
         T(kind="change", direction="down", absolute="3", unit="week")),
    case("en", "We will reduce agency staff spend by £1.5m, or 12%, in 2025/26.",
         T(kind="change", direction="down", absolute="1500000", relative="12", verdict="consistent")),
    case("en", "Emissions will be 68% lower than 1990 levels by 2030.", T(kind="change", direction="down", relative="68")),
    case("en", "Sickness absence is down from 11.2 days per employee last year to 9.8 days.",
         T(direction="down", baseline="11.2", level="9.8"),
         xfail="a rate and a time between the two ends of a from-to ('from 11.2 days per employee last year to 9.8 days') part them"),
    case("en", "The Home Office set the force a target of cutting burglary by 15%.",
         T(kind="change", direction="down", relative="15")),
    case("en", "Ambulances should reach 90% of the most urgent calls within eight minutes.", T(kind="level", level="90")),
    # pairs across sentences with a link, and baselines stated apart
    case("en", "We will deliver 400 additional school places by September 2026. This equates to an increase of 5%.",
         T(kind="change", direction="up", absolute="400", relative="5", verdict="consistent")),
    case("en", "Fly-tipping incidents will fall by 500 a year. That is a reduction of 20%.",
         T(kind="change", direction="down", absolute="500", relative="20", verdict="consistent")),
    case("en", "We will increase the number of foster carers by 50, from a baseline of 230.",
         T(kind="change", direction="up", absolute="50", baseline="230")),
    case("en", "Currently 68% of household waste is recycled; our target is 75% by 2030.",
         T(direction="up", baseline="68", level="75")),
    case("en", "Unemployment currently stands at 4.8%. We aim to bring it down to 4% by 2027.",
         T(direction="down", baseline="4.8", level="4")),
    # bounds and levels
    case("en", "Delayed transfers of care will be cut from 45 to no more than 30 a day.",
         T(direction="down", baseline="45", level="30", hedge="at_most")),
    case("en", "Reduce the number of empty homes to fewer than 500 by 2027.",
         T(kind="level", direction="down", level="500", hedge="below"),
         xfail="a bound after 'to' ('to fewer than 500') is read only after a bound verb, as 'to under six weeks' in test_forms"),
    case("en", "The target for 2026/27 is 1,250 net additional homes.", T(kind="level", level="1250"),
         xfail="a count after a target noun and a copula is no level target yet (en.level.target-is reads shares only)"),
    case("en", "At least three out of four new homes will be built to net zero standards.",
         T(kind="level", level="75", hedge="at_least"),
         xfail="a count adjective after a share ('three out of four new homes') makes the share a change up, as 'Two in three new homes' in test_forms"),
    # bullets and KPI lines
    case("en", "• Cut the council's carbon footprint by 50% against the 2019/20 baseline by 2030",
         T(kind="change", direction="down", relative="50")),
    case("en", "- Increase the number of people cycling to work by 30% by 2028",
         T(kind="change", direction="up", relative="30")),
    case("en", "Complaints answered within 10 working days: target 90%, actual 84%, status red.",
         T(kind="level", level="90")),
    case("en", "Indicator\tTarget 2025/26\tActual 2024/25\tStatus\nRecycling rate\t50%\t44.2%\tRed",
         T(direction="up", baseline="44.2", level="50")),
    # placeholders
    case("en", "Killed or seriously injured casualties will be reduced by xx% by 2030.",
         T(kind="change", direction="down", verdict="unresolved")),
    case("en", "The share of journeys by bus will rise to X% by 2030 [TBC].", T(verdict="unresolved")),
    # look-alikes that are no targets
    case("en", "£12m has been allocated to the programme over three years."),
    case("en", "The council tax requirement for 2025/26 is £98.4m."),
    case("en", "One in five adults in the borough smokes."),
    case("en", "4,200 people were unemployed in the district in 2023."),
    case("en", "78% of respondents said they felt safe walking alone after dark."),
    case("en", "Almost two thirds of residents (64%) are satisfied with their local area."),
    case("en", "The strategy covers the period 2024-2027."),
    case("en", "Children under 5 are entitled to free dental check-ups."),
    case("en", "Planning obligations under section 106 raised £3.1m in 2023/24."),
    case("en", "For further details call 0161 234 5000 or see page 14."),
    case("en", "The borough is divided into 21 wards, each represented by three councillors."),
    case("en", "At the end of March 1998, 1,245 patients had been waiting more than 12 months."),
    case("en", "The financial year 2024/25 ended with an underspend of £1.3m."),
    case("en", "The survey was sent to 2,500 households and 1,180 replied (47%)."),
    case("en", "The average house price in the district is £312,000, around nine times average earnings."),
    case("en", "Around 40 per cent of the workforce is over 50."),
    case("en", "The scheme will run for 18 months from April 2025."),
    case("en", "Figures published on Tuesday show 7.6 million people were on waiting lists in England."),
    case("en", "Our five priorities for 2025-2030"),
    case("en", "Residents aged 65 and over make up 22% of the population."),
    case("en", "Clause 12.4 of the contract sets out the conditions for payment."),
    case("en", "The meeting starts at 7.30pm on 12 March 2025 in Room 2.14."),
    case("en", "The hospital has 312 beds and employs 2,900 staff."),
    case("en", "Table 3 shows the figures for 2019, 2020 and 2021."),
]

SV = [
    # reported results and expectations, with hedges
    case("sv", "Sjukfrånvaron har minskat med 0,8 procentenheter jämfört med 2023.",
         T(kind="change", direction="down", relative="0.8", unit="percentage_point")),
    case("sv", "Antalet invånare förväntas öka med cirka 1 200 personer till 2030.",
         T(kind="change", direction="up", absolute="1200")),
    case("sv", "Andelen förnybar energi ska öka till minst 80 procent senast 2030.",
         T(direction="up", level="80", hedge="at_least")),
    case("sv", "Koldioxidutsläppen ska halveras jämfört med 2015 års nivå.", T(kind="change", direction="down", relative="50")),
    case("sv", "Antalet barn i ekonomiskt utsatta hushåll ska minska med en fjärdedel.",
         T(kind="change", direction="down", relative="25")),
    case("sv", "Målet är att var tredje resa ska ske med cykel år 2030.", T(kind="level", level="100/3")),
    case("sv", "Resultatet ska uppgå till minst 2 procent av skatter och statsbidrag.",
         T(kind="level", level="2", hedge="at_least")),
    case("sv", "Antalet platser på särskilt boende ska utökas med 40 till 2027.",
         T(kind="change", direction="up", absolute="40")),
    case("sv", "Väntetiden till första besök har kortats från 45 till 30 dagar.",
         T(direction="down", baseline="45", level="30", unit="day")),
    case("sv", "Antalet anmälda brott minskade med 312, vilket motsvarar en minskning med 9 procent.",
         T(kind="change", direction="down", absolute="312", relative="9", verdict="consistent")),
    case("sv", "Elförbrukningen i kommunens lokaler ska minska med 1 500 MWh, vilket motsvarar cirka 12 procent.",
         T(kind="change", direction="down", absolute="1500", relative="12", verdict="consistent")),
    case("sv", "Sjukfrånvaron ska minska med drygt en procentenhet.",
         T(kind="change", direction="down", relative="1", unit="percentage_point")),
    case("sv", "Kostnaderna för försörjningsstöd har ökat med knappt 4 mnkr jämfört med föregående år.",
         T(kind="change", direction="up", absolute="4000000")),
    case("sv", "Antalet resor med kollektivtrafik ska fördubblas till 2030 jämfört med 2019.",
         T(kind="change", direction="up", relative="100")),
    case("sv", "Utsläppen har minskat med 27 procent sedan 1990.", T(kind="change", direction="down", relative="27")),
    case("sv", "Andelen elever som klarar kunskapskraven i årskurs 9 ska vara minst 85 procent.",
         T(kind="level", level="85", hedge="at_least")),
    case("sv", "Minst 95 procent av fakturorna ska betalas inom 30 dagar.", T(kind="level", level="95", hedge="at_least")),
    case("sv", "Antalet unga som varken arbetar eller studerar ska minska från 420 till 300 personer, vilket motsvarar en minskning med knappt 30 procent.",
         T(direction="down", baseline="420", level="300", relative="30")),
    case("sv", "Energianvändningen per kvadratmeter ska minska med 20 procent till 2030 jämfört med 2020.",
         T(kind="change", direction="down", relative="20")),
    case("sv", "Befolkningen väntas öka med 1,5 procent per år.", T(kind="change", direction="up", relative="1.5")),
    case("sv", "Målvärdet för 2025 är 75 procent.", T(kind="level", level="75")),
    case("sv", "Ambitionen är att andelen sysselsatta ska öka med 3 procentenheter, från 78 till 81 procent.",
         T(direction="up", relative="3", baseline="78", level="81", verdict="consistent")),
    case("sv", "Andelen nöjda invånare har ökat från 61 till 67 procent, vilket motsvarar en ökning med 6 procentenheter.",
         T(direction="up", baseline="61", level="67", relative="6", verdict="consistent")),
    case("sv", "Vi ska halvera matsvinnet i skolorna till 2028.", T(kind="change", direction="down", relative="50")),
    case("sv", "Soliditeten ska stärkas från 42 procent till 45 procent.", T(direction="up", baseline="42", level="45")),
    # pairs across sentences with a link, and baselines stated apart
    case("sv", "Antalet bostäder ska öka med 600 till 2028. Detta motsvarar en ökning med 5 procent.",
         T(kind="change", direction="up", absolute="600", relative="5", verdict="consistent")),
    case("sv", "Utsläppen från tjänsteresor minskade med 45 ton koldioxid under 2024. Detta motsvarar en minskning med 18 procent.",
         T(kind="change", direction="down", absolute="45", relative="18", verdict="consistent")),
    case("sv", "Idag är andelen 58 procent. Målet är 70 procent år 2028.", T(direction="up", baseline="58", level="70")),
    case("sv", "År 2023 var sjukfrånvaron 8,4 procent. Målet för 2026 är högst 7 procent.",
         T(direction="down", baseline="8.4", level="7", hedge="at_most")),
    # KPI lines and tables
    case("sv", "Mål 2026: 90 procent | Utfall 2024: 86 procent", T(level="90")),
    case("sv", "Nyckeltal\tUtfall 2024\tMål 2026\nAndel nöjda brukare\t84 %\t90 %",
         T(direction="up", baseline="84", level="90")),
    case("sv", "- Andelen hushåll med fiberanslutning ska öka till 98 procent", T(direction="up", level="98")),
    # placeholders
    case("sv", "Andelen förnybara drivmedel ska vara xx procent år 2030.", T(kind="level", verdict="unresolved"),
         xfail="a placeholder share after a modal and a copula ('ska vara xx procent') is read as a change, not a level"),
    # look-alikes that are no targets
    case("sv", "Budgeten för äldreomsorgen är 45 mnkr."),
    case("sv", "Var femte vuxen röker dagligen."),
    case("sv", "Under 2023 var 4 200 personer arbetslösa i kommunen."),
    case("sv", "78 procent av de svarande uppgav att de var nöjda."),
    case("sv", "Verksamhetsplanen gäller för perioden 2024–2027."),
    case("sv", "Barn under 5 år erbjuds fri tandvård."),
    case("sv", "Enligt 12 § ska nämnden redovisa måluppfyllelsen."),
    case("sv", "För frågor, ring 0480-45 00 00."),
    case("sv", "Kommunen är indelad i 9 valkretsar."),
    case("sv", "Årsredovisning 2024, sidan 23."),
    case("sv", "Kommunfullmäktige beslutade den 15 november 2024 att anta budgeten för 2025."),
    case("sv", "Räntekostnaderna uppgick till 12,5 mnkr 2024."),
    case("sv", "Kommunen har cirka 8 500 invånare och 1 250 företag."),
    case("sv", "Nämnden har fem mål för mandatperioden."),
    case("sv", "Enligt SCB var 6,8 procent av befolkningen arbetslösa i december."),
    case("sv", "Skatteintäkterna för 2025 beräknas till 1 420 mnkr."),
    case("sv", "Nästan hälften av eleverna (48 procent) äter skollunch varje dag."),
    case("sv", "Mötet börjar kl. 18.30 i sal 2."),
    case("sv", "Personer över 80 år utgör 6 procent av befolkningen."),
    case("sv", "Investeringsbudgeten omfattar 320 miljoner kronor för 2025–2027."),
    case("sv", "Beslutet fattades med stöd av 6 kap. 38 § kommunallagen."),
    case("sv", "Drygt 3 000 personer besökte biblioteket under sommaren."),
    case("sv", "Nämnden fick 150 synpunkter under året, varav 40 gällde snöröjning."),
    case("sv", "Bokslut 2023/24 presenteras i bilaga 2."),
    case("sv", "Arbetslösheten i länet var 7,2 procent i oktober, enligt Arbetsförmedlingen."),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "targets"), EN + SV)
def test_a_real_paper_wording_is_read_as_a_careful_reader_reads_it(
    lang: str, text: str, targets: tuple[dict[str, Any], ...]
) -> None:
    paper = extract_text(text, language=lang)
    got = build_report([paper], check_paper(paper)).documents[0].targets
    assert len(got) == len(targets), [t.span.quote for t in got]
    problems = {k: p for k, (t, w) in enumerate(zip(got, targets, strict=True)) if (p := _check(t, w))}
    assert not problems, problems


def test_each_language_has_50_sentences_and_a_third_look_alikes() -> None:
    for table in (EN, SV):
        assert len(table) >= 50
        assert 3 * sum(1 for c in table if not c.values[2]) >= len(table)
