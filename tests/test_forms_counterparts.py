"""Forms a careful reader reads in one language and its neighbours state the same way (a count aimed at and,
in the next sentence, where it stands; a time aimed at and where it stands now; a count grouped with a thin
space before a year), in Danish, Norwegian, Swedish and English: sentences written for this test (none taken
from a real paper), each with the targets a careful reader marks, judged as ``check`` judges them (the helpers
and the assertion are those of ``test_forms``), and look-alikes in other wordings that must give none."""

from __future__ import annotations

import pytest

from sudgoals import check_text, extract_text
from test_forms import T, case, read_as_test

# fmt: off
TIME_NOW = [
    # a time aimed at, then the next sentence opens with when it speaks of and says where the time stands now
    case("da", "Ventetiden skal ned på 60 dage i 2027. I dag er ventetiden 84 dage.",
         T(direction="down", level="60", baseline="84", unit="day")),
    case("da", "Sagsbehandlingstiden skal være højst 8 uger i 2026. I 2024 var den 11 uger.",
         T(direction="down", level="8", baseline="11", unit="week", hedge="at_most")),
    case("nb", "Ventetiden skal ned til 60 dager i 2027. I dag er ventetiden 84 dager.",
         T(direction="down", level="60", baseline="84", unit="day")),
    case("sv", "Väntetiden ska ned till 60 dagar år 2027. I dag är väntetiden 84 dagar.",
         T(direction="down", level="60", baseline="84", unit="day")),
    case("en", "The waiting time should fall to 60 days by 2027. Today the waiting time is 84 days.",
         T(direction="down", level="60", baseline="84", unit="day")),
    # look-alikes: a time where the indicator stands with no level before it, or no mark of when
    case("da", "I dag er ventetiden 84 dage."),
    case("nb", "I 2024 var saksbehandlingstiden 11 uker."),
    case("sv", "I dag är väntetiden 84 dagar, enligt förvaltningen."),
    case("en", "Today the average wait is 84 days."),
    case("da", "Ventetiden skal ned på 60 dage i 2027. Ventetiden er 84 dage hos de private.",
         T(kind="level", level="60", unit="day")),
    case("en", "Sickness absence is 9 days per employee. In 2023 the office was open 250 days."),
    # a count of things where the time stands is no baseline of the time
    case("da", "Ventetiden skal ned på 60 dage i 2027. I dag venter 400 borgere.", T(kind="level", level="60", unit="day")),
    case("en", "The waiting time should fall to 60 days by 2027. Today 400 residents are waiting.",
         T(kind="level", level="60", unit="day")),
    case("da", "Udledningen skal være under 4.000 tons CO2 i 2030. I 2024 var den 5.200.",
         T(direction="down", level="4000", baseline="5200", unit="t")),
]

COUNT_NOW = [
    # a count aimed at as a level, then where it stands in the next sentence
    case("da", "Antallet på ventelisten skal ned til 5.000 inden 2028. I 2025 var ventelisten 7.400.",
         T(direction="down", level="5000", baseline="7400")),
    case("nb", "Antallet i helsekøen skal ned til 5 000 innen 2028. I 2025 var køen 7 400.",
         T(direction="down", level="5000", baseline="7400")),
    case("sv", "Antalet i vårdkön ska minska till 5 000 till 2028. År 2025 var kön 7 400.",
         T(direction="down", level="5000", baseline="7400")),
    case("en", "The waiting list should fall to 5,000 by 2028. In 2025 the list stood at 7,400.",
         T(direction="down", level="5000", baseline="7400")),
    # a count grouped with a thin or figure space before a year is one count, the year a year
    case("sv", "Kön ska minska till 5\u2009000 till 2028, från 7\u2009400 år 2025.",
         T(direction="down", level="5000", baseline="7400")),
    case("nb", "Køen skal ned til 5\u2009000 innen 2028, fra 7\u2009400 i 2025.",
         T(direction="down", level="5000", baseline="7400")),
    case("sv", "Antalet platser ska öka med 1\u2007200 år 2026.", T(kind="change", direction="up", absolute="1200")),
    case("sv", "Kön var 7\u2009400 år 2025."),
    case("nb", "Køen var 7\u2009400 i 2025, mot 6\u2009900 i 2024."),
    # look-alikes: the next sentence states a change, or two figures
    case("da", "Antallet på ventelisten skal ned til 5.000 inden 2028. I 2025 var den 7.400 og i 2024 6.900.",
         T(kind="level", level="5000")),
    case("sv", "I dag finns 230 hemlösa i kommunen."),
]

APPOSITION = [
    # a change in percent and, after a comma with no link word, the same change in people (or the other way)
    case("en", "The council will house 150 more families, around 12 per cent more than today.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("en", "The council will house 12 per cent more families, around 150 households.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("en", "Library visits rose by 12 per cent, around 150 more than last year.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("da", "Kommunen skal huse 12 pct. flere familier, omkring 150 husstande.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("da", "Besøgene på bibliotekerne steg med 12 pct., omkring 150 flere end sidste år.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("nb", "Kommunen skal bosette 12 prosent flere familier, rundt 150 husstander.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("nb", "Utlånet økte med 12 prosent, rundt 150 flere enn i fjor.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("sv", "Kommunen ska ta emot 12 procent fler familjer, cirka 150 hushåll.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("sv", "Utlåningen ökade med 12 procent, cirka 150 fler än förra året.",
         T(kind="change", direction="up", absolute="150", relative="12", verdict="consistent")),
    case("sv", "Antalet barn i tillfälligt boende ska minska med 20 procent, omkring 90 barn, till 2027.",
         T(kind="change", direction="down", absolute="90", relative="20")),
    # look-alikes: a count after a preposition or a conjunction is something else
    case("da", "Kommunen skal huse 12 pct. flere familier i omkring 150 boliger.",
         T(kind="change", direction="up", relative="12", verdict="unverifiable")),
    case("nb", "Utlånet økte med 12 prosent, mens rundt 150 flere meldte seg inn.",
         T(kind="change", direction="up", relative="12", verdict="unverifiable"),
         T(kind="change", direction="up", absolute="150", verdict="unverifiable")),
    case("en", "Visits rose by 12 per cent in around 150 libraries.",
         T(kind="change", direction="up", relative="12", verdict="unverifiable")),
]

THRESHOLD = [
    # a share of a group aimed at, with a bound on a measure that is part of what it counts: one target
    case("en", "92 per cent of patients should wait no longer than 18 weeks.", T(kind="level", level="92")),
    case("en", "By 2027, 95% of invoices should be paid in at most 30 days.", T(kind="level", level="95")),
    case("da", "92 pct. af patienterne skal vente højst 18 uger.", T(kind="level", level="92")),
    case("nb", "I 2027 skal 90 prosent av pasientene vente mindre enn 12 uker.", T(kind="level", level="90")),
    case("sv", "Senast 2027 ska 90 procent av patienterna få vård inom högst 90 dagar.", T(kind="level", level="90")),
    # the bound alone, or in a clause of its own, is a level aimed at
    case("da", "Patienterne skal vente højst 18 uger i 2027.", T(kind="level", level="18", unit="week")),
    case("en", "Patients should wait no longer than 18 weeks by 2027.", T(kind="level", level="18", unit="week")),
    case("nb", "Ventetiden skal være under 12 uker i 2027, og 90 prosent av pasientene skal være fornøyde.",
         T(kind="level", level="12", unit="week"), T(kind="level", level="90")),
]

LEXICON = [
    # per hour ("i timen", "pr. time") as in Swedish and English
    case("da", "Timeprisen skal ned fra 450 kr. i timen til 400 kr. i timen.",
         T(direction="down", baseline="450", level="400", unit="kr/hour")),
    case("nb", "Timeprisen skal reduseres fra 450 kr i timen til 400 kr i timen.",
         T(direction="down", baseline="450", level="400", unit="kr/hour")),
    case("da", "Vi har åbent 8 timer om dagen."),
    # a verb of getting better takes its way from the figures of its from-to, as in Swedish and English
    case("da", "Sagsbehandlingstiden skal forbedres fra 11 til 7 dage.",
         T(direction="down", baseline="11", level="7", unit="day", verdict="unverifiable")),
    case("nb", "Saksbehandlingstiden skal forbedres fra 11 til 7 dager.",
         T(direction="down", baseline="11", level="7", unit="day", verdict="unverifiable")),
    case("da", "Tilfredsheden skal forbedres fra 78 til 85 pct.", T(direction="up", baseline="78", level="85")),
    # the years a change took, after its figure and a span preposition, are no figure
    case("da", "Udledningen er faldet med 30 pct. på 10 år.", T(kind="change", direction="down", relative="30")),
    case("sv", "Utsläppen har minskat med 30 procent på 10 år.", T(kind="change", direction="down", relative="30")),
    case("sv", "Utsläppen har minskat med 3 000 ton på 10 år.", T(kind="change", direction="down", absolute="3000")),
    case("nb", "Utslippene har falt med 30 prosent på 10 år.", T(kind="change", direction="down", relative="30")),
    case("da", "Andelen skal øges med 5 procentpoint til 80 pct. på 4 år.",
         T(kind="change", direction="up", relative="5", level="80")),
    # a bound written after the figure ("or more", "eller lägre"), as in Danish and Norwegian
    case("en", "The share should be 15 per cent or more by 2027.", T(kind="level", level="15", hedge="at_least")),
    case("en", "Sickness absence should be 4% or lower by 2027.", T(kind="level", level="4", hedge="at_most")),
    case("sv", "Andelen ska vara 15 procent eller mer år 2027.", T(kind="level", level="15", hedge="at_least")),
    case("sv", "Sjukfrånvaron ska vara 4 procent eller lägre 2027.", T(kind="level", level="4", hedge="at_most")),
    case("en", "Households with three or more children get 20% off."),
    # pounds in Norwegian and Swedish, as in Danish
    case("nb", "Bidraget skal økes med 2 millioner pund.", T(kind="change", direction="up", absolute="2000000", unit="GBP")),
    case("sv", "Bidraget ska öka med 2 miljoner pund.", T(kind="change", direction="up", absolute="2000000", unit="GBP")),
]

RULES = [
    # where a share stands now, then the target in the next sentence: its baseline (as en/sv already read)
    case("da", "I dag er andelen af elbiler 62 pct. Målet er 90 pct. i 2028.", T(direction="up", baseline="62", level="90")),
    case("da", "I 2023 lå rygeandelen på 13 pct. Vores mål er 9 pct. i 2030.", T(direction="down", baseline="13", level="9")),
    case("nb", "I dag er andelen 82 prosent. Målet er 90 prosent i 2028.", T(direction="up", baseline="82", level="90")),
    case("da", "I dag betales 81 pct. af fakturaerne til tiden. Målet er 95 pct.", T(direction="up", baseline="81", level="95")),
    case("nb", "I dag blir 68 prosent av husholdningsavfallet gjenvunnet; målet vårt er 75 prosent innen 2030.",
         T(direction="up", baseline="68", level="75")),
    case("da", "Sygefraværet er i dag 8,2 pct. Målet er, at det højst er 6,5 pct. i 2027.",
         T(direction="down", baseline="8.2", level="6.5")),
    case("nb", "Ledigheten ligger i dag på 4,8 prosent. Målet er 4 prosent i 2027.", T(direction="down", baseline="4.8", level="4")),
    case("da", "I dag er andelen 82 pct. Ledigheden var 4 pct. sidste år."),
    # a change in people and the total, or the level, it reached
    case("sv", "Antalet platser ökade med 60 till sammanlagt 480.", T(direction="up", absolute="60", level="480", verdict="consistent")),
    case("sv", "Antalet hyresrätter ska öka med knappt 400 till totalt 5 000 år 2030.",
         T(direction="up", absolute="400", level="5000", verdict="consistent")),
    case("da", "Befolkningen voksede med 412 i 2024 og var ved årets udgang 16.812.",
         T(direction="up", absolute="412", level="16812", verdict="consistent")),
    case("nb", "Antall bostedsløse falt med 40 i 2023 og nådde 160 ved høsttellingen.",
         T(direction="down", absolute="40", level="160", verdict="consistent")),
    case("da", "Befolkningen voksede med 412 i 2024; 16.812 stemte ved valget.",
         T(direction="up", absolute="412", verdict="unverifiable")),
    # a change since an earlier date, and where it started
    case("da", "Indlæggelserne faldt med 10 pct. fra 2.000 til 1.800 og siden 2019 med 25 pct. fra 2.400.",
         T(direction="down", relative="10", baseline="2000", level="1800", verdict="consistent"),
         T(direction="down", relative="25", baseline="2400")),
    case("da", "Antallet på venteliste steg med 5 pct. fra 2022 til 2023, fra 4.000 til 4.200, men er siden 2019 faldet med 16 pct. fra 5.000.",
         T(direction="up", relative="5", baseline="4000", level="4200", verdict="consistent"),
         T(direction="down", relative="16", baseline="5000", level="4200", verdict="consistent")),
    # a factor and its from-to
    case("da", "Vi vil halvere antallet af unge uden uddannelse eller job, fra 420 til 210.",
         T(direction="down", relative="50", baseline="420", level="210", verdict="consistent")),
    # a level and the points by which it stands above or below a target
    case("en", "Unemployment ended at 3.8%. That is 0.4 percentage points below the national average.",
         T(direction="down", level="3.8", relative="0.4")),
    case("sv", "År 2024 låg sjukfrånvaron på 5,9 procent. Det är 0,5 procentenheter över målet.",
         T(direction="up", level="5.9", relative="0.5")),
    case("en", "Unemployment ended at 3.8%. Sickness absence is 0.4 percentage points below the target."),
    # facts: a share stated as it is, of votes, of a group named before, of people who say something
    case("da", "Omkring 40 pct. af arbejdsstyrken er over 50 år."),
    case("nb", "Rundt 40 prosent av arbeidsstyrken er over 50 år."),
    case("sv", "Kommunstyrelsens ordförande omvaldes med 52 procent av rösterna."),
    case("sv", "Tre av fyra företag räknar med att anställa fler i år."),
    case("sv", "År 2024 hade 312 företag fler än 50 anställda, och 18 procent av dem hade en grön redovisningspolicy."),
    case("da", "Mindst 50 pct. af de udsatte unge har som 25-årige en ungdomsuddannelse.", T(kind="level", level="50", hedge="at_least")),
    case("da", "Delmål 2: 80 pct. af de nyankomne flygtninge er i job eller uddannelse efter tre år.", T(kind="level", level="80")),
    case("nb", "Andelen elever med fravær over 10 prosent har gått ned til 14 prosent.", T(direction="down", level="14")),
    # a bound aimed at and its baseline in brackets
    case("en", "Sickness absence should be at most 5.5% in 2027 (baseline: 6.9%).",
         T(direction="down", level="5.5", baseline="6.9", hedge="at_most")),
    case("sv", "Sjukfrånvaron ska 2027 vara högst 5,5 procent (utgångsläge: 6,9 procent).",
         T(direction="down", level="5.5", baseline="6.9", hedge="at_most")),
    # a placeholder level, a target noun with the noun of its share, a share of which
    case("da", "Andelen af vedvarende brændstoffer skal være X pct. i 2030.", T(kind="level", verdict="unresolved")),
    case("nb", "Andelen fornybart drivstoff skal være X prosent i 2030.", T(kind="level", verdict="unresolved")),
    case("en", "The target for 2025 is a recycling rate of 55%.", T(kind="level", level="55")),
    case("sv", "Målet för 2025 är en återvinningsgrad på 55 procent.", T(kind="level", level="55")),
    case("en", "The target for 2025 is a reduction of 55%.", T(kind="change", relative="55")),
    case("da", "Vi vil opføre 5.000 nye boliger inden 2028, heraf 40 pct. almene boliger.",
         T(kind="level", level="40"), T(kind="change", direction="up", absolute="5000")),
    case("nb", "Innen 2028 skal det bygges 5 000 nye boliger, hvorav 40 prosent utleieboliger.",
         T(kind="level", level="40"), T(kind="change", direction="up", absolute="5000")),
    case("da", "I 2023 blev der opført 5.000 nye boliger, heraf 40 pct. almene.", T(kind="change", direction="up", absolute="5000")),
    # a change and the level it now stands at, a level against its target
    case("en", "Unemployment among immigrants has been reduced by 2.1 percentage points and is now 7.9%.",
         T(direction="down", relative="2.1", level="7.9", verdict="consistent")),
    case("sv", "Arbetslösheten bland invandrare har minskat med 2,1 procentenheter och är nu 7,9 procent.",
         T(direction="down", relative="2.1", level="7.9", verdict="consistent")),
    case("en", "Performance 2024: sickness absence was 6.1% against a target of 5.8%.", T(direction="down", baseline="6.1", level="5.8")),
    case("sv", "Uppföljning 2024: Sjukfrånvaron blev 6,1 procent mot ett mål på 5,8 procent.",
         T(direction="down", baseline="6.1", level="5.8")),
    case("en", "Sickness absence was 6.1%. The target is 5.8%.", T(kind="level", level="5.8")),
]

PROBES = [
    # "more" after a sum is a change in that sum, in all four languages (en read it; da/nb/sv read a level)
    case("da", "Kommunen vil i 2026 bruge 8 mio. kr. mere på psykiatrien end i 2025, en stigning på 4 pct.",
         T(kind="change", direction="up", absolute="8000000", relative="4", verdict="consistent")),
    case("nb", "Kommunen skal bruke 8 millioner kroner mer på psykiatrien i 2026, en økning på 4 prosent.",
         T(kind="change", direction="up", absolute="8000000", relative="4", verdict="consistent")),
    case("sv", "Kommunen ska lägga 8 miljoner kronor mer på psykiatrin 2026, en ökning med 4 procent.",
         T(kind="change", direction="up", absolute="8000000", relative="4", verdict="consistent")),
    case("en", "The council will spend £8m more on mental health in 2026, an increase of 4%.",
         T(kind="change", direction="up", absolute="8000000", relative="4", verdict="consistent")),
    case("da", "Andelen skal være mere end 50 pct.", T(kind="level", level="50", hedge="above")),
    # "make up", "take up": a verb's particle, no rise; with "up from" after it, a level and where it stood
    case("en", "Residents over 75 make up 11% of the population, up from 9% in 2011.",
         T(direction="up", level="11", baseline="9")),
    case("en", "Agency staff took up 12% of the pay bill, up from 8% in 2022.", T(direction="up", level="12", baseline="8")),
    case("en", "Residents aged 65 and over make up 22% of the population."),
    case("en", "Bus use is up 4% on last year.", T(kind="change", direction="up", relative="4")),
    # a from-to whose ends each say the month they stood in
    case("en", "Delayed transfers of care fell from 2,310 days in April to 1,480 days in September, a reduction of 36%.",
         T(direction="down", baseline="2310", level="1480", relative="36", unit="day", verdict="consistent")),
    case("da", "Ventetiden faldt fra 84 dage i januar til 61 dage i juni.", T(direction="down", baseline="84", level="61", unit="day")),
    case("nb", "Ventetiden gikk ned fra 84 dager i januar til 61 dager i juni.",
         T(direction="down", baseline="84", level="61", unit="day")),
    case("sv", "Väntetiden minskade från 84 dagar i januari 2024 till 61 dagar i juni.",
         T(direction="down", baseline="84", level="61", unit="day")),
    case("da", "Mødet blev flyttet fra 14 i januar til 21 i juni."),
    # a count, then the change in percent that led to it compared with before (claims.count-then-comparative-change)
    case("en", "At the end of 2024 there were 1,240 care home residents, 3 per cent more than the year before.",
         T(direction="up", level="1240", relative="3", verdict="consistent")),
    case("sv", "Vid utgången av 2024 bodde 1 240 äldre på särskilt boende, 3 procent fler än året innan.",
         T(direction="up", level="1240", relative="3", verdict="consistent")),
    case("nb", "Ved utgangen av 2024 bodde det 1 240 eldre på sykehjem, 3 prosent flere enn året før.",
         T(direction="up", level="1240", relative="3", verdict="consistent")),
    case("en", "Police recorded 3,412 burglaries last year, 6% fewer than the year before.",
         T(direction="down", level="3412", relative="6", verdict="consistent")),
    case("en", "At the end of 2024, 1,240 residents lived in care homes, and 3 per cent more received home care than the year before.",
         T(kind="change", direction="up", relative="3")),
    # a share as it stood in a year, then the target: its baseline
    case("nb", "I 2024 fullførte 81 prosent av elevene videregående skole innen fem år. Målet er 88 prosent i 2030.",
         T(direction="up", baseline="81", level="88")),
    case("da", "I 2024 gennemførte 81 pct. af eleverne en ungdomsuddannelse. Målet er 88 pct. i 2030.",
         T(direction="up", baseline="81", level="88")),
    case("sv", "År 2024 fullföljde 81 procent av eleverna gymnasiet inom fyra år. Målet är 88 procent år 2030.",
         T(direction="up", baseline="81", level="88")),
    case("en", "In 2024, 81% of pupils completed their course within five years. The target is 88% by 2030.",
         T(direction="up", baseline="81", level="88")),
]
# fmt: on

NOUN_THEN_YEAR = [
    # a level aimed at with its year, then where it started with its noun and the year it stood then: the
    # year after the noun is the reference year, the target keeps its own
    case(
        "da",
        "Scoren skal stige til 235 point i 2027, fra 221 point i 2023.",
        T(level="235", baseline="221", year=2027, reference_year=2023),
    ),
    case(
        "nb",
        "Poengsummen skal øke til 235 poeng i 2027, fra 221 poeng i 2023.",
        T(level="235", baseline="221", year=2027, reference_year=2023),
    ),
    case(
        "sv",
        "Meritvärdet ska öka till 235 poäng år 2027, från 221 poäng 2023.",
        T(level="235", baseline="221", year=2027, reference_year=2023),
    ),
    case(
        "sv",
        "Antalet ska öka till 5 000 bostäder år 2030, från 4 200 bostäder år 2024.",
        T(level="5000", baseline="4200", year=2030, reference_year=2024),
    ),
    case(
        "da",
        "Antallet af pladser skal stige til 1.300 pladser i 2028, fra 1.150 pladser i 2024.",
        T(level="1300", baseline="1150", year=2028, reference_year=2024),
    ),
    case(
        "en",
        "The score should rise to 235 points by 2027, from 221 points in 2023.",
        T(level="235", year=2027, reference_year=2023),
    ),
    # look-alike: no year after the start, so none is its reference year
    case(
        "da",
        "Scoren skal stige til 235 point i 2027, fra 221 point.",
        T(level="235", baseline="221", year=2027, reference_year=None),
    ),
]

CASES = TIME_NOW + COUNT_NOW + APPOSITION + THRESHOLD + LEXICON + RULES + PROBES + NOUN_THEN_YEAR


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("nb", "Målet er 7 prosent innen 2027.", 2027),
        ("en", "The target is 55% by 2030.", 2030),
        ("da", "Målet er 90 pct. i 2028.", 2028),
        ("sv", "Målet är 85 procent år 2027.", 2027),
        ("en", "Staff absence must be no more than 4% by 2027.", 2027),
        ("sv", "Målet är 85 procent, jämfört med 2019.", None),
        ("nb", "Målet er 7 prosent, sammenlignet med 2019.", None),
        ("sv", "Arbetslöshetsmål december 2020, 8,3 %", 2020),
    ],
)
def test_a_level_a_rule_reads_takes_the_year_it_is_due(lang: str, text: str, year: int | None) -> None:
    """A level the cascade reads from a free figure is due in the year its sentence names after a year
    preposition or a month, nearest the figure (it had no year), not in a year it is measured from."""
    (target,) = extract_text(text, language=lang).targets
    assert target.level is not None and target.year == year


test_a_counterpart_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Klimaplan 2024-2027\n\nUdslippet faldt med 12 pct. fra 2019 til 2022."),
        ("da", "Klimaplan 2024-2027\n\nUdslippet var 310.000 tons i 2022, 12 pct. lavere end i 2019."),
        ("nb", "Klimaplan 2024-2027\n\nUtslippene falt med 12 prosent fra 2019 til 2022."),
        ("sv", "Klimatplan 2024-2027\n\nUtsläppen minskade med 12 procent från 2019 till 2022."),
        ("en", "Climate plan 2024-2027\n\nEmissions fell by 12% from 2019 to 2022."),
    ],
)
def test_a_measured_status_before_the_period_is_no_target_out_of_it(lang: str, text: str) -> None:
    """A change measured before the paper's period, stated with no word of aim, is a status: it is read and
    checked, and its year is when it was measured, not a year it is due (SG601 said it was out of the period)."""
    report = check_text(text)
    assert report.documents[0].language == lang
    (target,) = report.documents[0].targets
    assert target.status and target.year == 2022
    assert not [f for f in report.findings if f.code == "SG601"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Klimaplan 2024-2027\n\nUdslippet skal falde med 12 pct. fra 2019 til 2022."),
        ("nb", "Klimaplan 2024-2027\n\nMålet er at utslippene faller med 12 prosent fra 2019 til 2022."),
        ("sv", "Klimatplan 2024-2027\n\nUtsläppen ska minska med 12 procent från 2019 till 2022."),
        ("en", "Climate plan 2024-2027\n\nEmissions will fall by 12% from 2019 to 2022."),
    ],
)
def test_a_target_aimed_at_before_the_period_is_still_out_of_it(lang: str, text: str) -> None:
    report = check_text(text)
    assert report.documents[0].language == lang
    (target,) = report.documents[0].targets
    assert not target.status
    assert [f.code for f in report.findings if f.code == "SG601"] == ["SG601"]
