"""A from-to and the change between its ends in one sentence, the change stated twice ("fra 1.200 til 1.000, et
fald på 200 personer eller 17 pct."): one target with four figures, judged as one (rules
``{da,en,nb,sv}.claims.from-to-then-its-change``, whose change may now carry its count). Beside them the
look-alikes that read two targets: a change that opens a clause of its own after the from-to, with a subject of
its own (", mens antallet af beskæftigede steg med 2 pct.", ", and employment rose by 300 people or 2%"), which
a merge would judge against the wrong baseline (``cascade._Matcher._same_clause``: clause openers, and a
conjunction, a subject and a verb of change; lexicon ``connectives`` keep "og dermed faldt" one clause).
And a table row with a change column beside its baseline and target ("| Antal ledige | 1.200 | 1.000 | -200 (-17
pct.) |" under "Indikator | Status 2023 | Mål 2027 | Ændring"): the change column's figures are the row's change
(``engine._row_changes``, lexicon ``labels.change``), so the row is judged whole; not when the row has more figures
than its two ends ("2022 | 2023 | Mål 2026 | Ændring": a change between which?). A change, then "så der i 2027 højst er 1.750" ("so that by 2027 there are no more
than 1,750", "så att det 2027 finns högst", "slik at det i 2027 er høyst") in the same sentence: the level the
change is to bring it to, one target (rules ``{da,en,nb,sv}.claims.change-so-that-level``; not when the level is
in another unit than the change). A change in percent with the amount it is measured against,
then ", to" and the level ("cut by 50% against a 2019 baseline of 12,000 tCO2e, to 6,500 tCO2e"): the level
joins them, so a level that does not fit is caught (rules ``{da,en,nb,sv}.claims.change-and-base-comma-level``).
Sentences and tables written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, case, read_as_test

# fmt: off
CASES = [
    # one target, four figures
    case("da", "Antallet af ledige skal falde fra 1.200 til 1.000 i 2027, et fald på 200 personer eller 17 pct.",
         T(direction="down", baseline="1200", level="1000", absolute="200", relative="17", verdict="consistent")),
    case("da", "Ventelisten skal ned fra 400 til 300 borgere, altså 100 færre eller 25 pct.",
         T(direction="down", baseline="400", level="300", absolute="100", relative="25", verdict="consistent")),
    case("da", "Antallet af almene boliger skal stige fra 2.000 til 2.300. Det er en stigning på 300 boliger eller 20 pct.",
         T(direction="up", baseline="2000", level="2300", absolute="300", relative="20", verdict="inconsistent")),
    case("da", "Antallet af ledige skal falde fra 1.200 til 1.000, et fald på 300 personer eller 17 pct.\nDet følges hvert kvartal.",
         T(direction="down", baseline="1200", level="1000", absolute="300", relative="17", verdict="inconsistent")),
    case("en", "Rough sleeping will fall from 120 to 60 by 2027, a reduction of 60 people (50%).",
         T(direction="down", baseline="120", level="60", absolute="60", relative="50", verdict="consistent")),
    case("en", "We will raise the number of apprentices from 400 to 500, an increase of 100 or 25%.\nProgress is reported each year.",
         T(direction="up", baseline="400", level="500", absolute="100", relative="25", verdict="consistent")),
    case("en", "Households in temporary accommodation should fall from 1,500 to 1,200, a drop of 300 households or 25%.",
         T(direction="down", baseline="1500", level="1200", absolute="300", relative="25", verdict="inconsistent")),
    case("nb", "Antall bostedsløse skal reduseres fra 120 til 60 innen 2027, en nedgang på 60 personer eller 50 prosent.",
         T(direction="down", baseline="120", level="60", absolute="60", relative="50", verdict="consistent")),
    case("nb", "Kommunen skal øke antall lærlinger fra 400 til 500, en økning på 100 eller 25 prosent.\nMålet følges opp årlig.",
         T(direction="up", baseline="400", level="500", absolute="100", relative="25", verdict="consistent")),
    case("sv", "Antalet hemlösa ska minska från 120 till 60 till 2027, en minskning med 60 personer eller 50 procent.",
         T(direction="down", baseline="120", level="60", absolute="60", relative="50", verdict="consistent")),
    case("sv", "Antalet lärlingar ska öka från 400 till 500, en ökning med 100 eller 30 procent.\nMålet följs upp varje år.",
         T(direction="up", baseline="400", level="500", absolute="100", relative="30", verdict="inconsistent")),
    # a change that goes on with the subject before: one target still
    case("da", "Antallet af indbrud faldt fra 5.000 til 4.000, og dermed faldt det med 20 pct.\nDet viser politiets tal.",
         T(direction="down", baseline="5000", level="4000", relative="20", verdict="consistent")),
    case("en", "Recorded burglaries fell from 5,000 to 4,000 and thus fell by 20%.\nThe police published the figures.",
         T(direction="down", baseline="5000", level="4000", relative="20", verdict="consistent")),
    case("sv", "Antalet inbrott minskade från 5 000 till 4 000 och minskade därmed med 20 procent.\nDet visar polisens siffror.",
         T(direction="down", baseline="5000", level="4000", relative="20", verdict="consistent")),
    # a clause of its own, with its own subject: two targets, no merge
    case("da", "Antallet af ledige faldt fra 1.200 til 1.000, mens antallet af beskæftigede steg med 2 pct.\nTallene er fra 2024.",
         T(baseline="1200", level="1000", verdict="unverifiable"), T(direction="up", relative="2")),
    case("da", "Ledigheden faldt fra 1.200 til 1.000 personer, og beskæftigelsen steg med 300 personer eller 2 pct.",
         T(baseline="1200", level="1000", verdict="unverifiable"), T(direction="up", absolute="300", relative="2")),
    case("en", "Rough sleeping fell from 120 to 60, while the number of households in temporary accommodation rose by 12%.\nBoth figures are for 2024.",
         T(baseline="120", level="60", verdict="unverifiable"), T(direction="up", relative="12")),
    case("en", "Rough sleeping fell from 120 to 60 people, and employment rose by 300 people or 2%.",
         T(baseline="120", level="60", verdict="unverifiable"), T(direction="up", absolute="300", relative="2")),
    case("nb", "Antall bostedsløse falt fra 120 til 60, mens antallet i midlertidig bolig økte med 12 prosent.\nTallene gjelder 2024.",
         T(baseline="120", level="60", verdict="unverifiable"), T(direction="up", relative="12")),
    case("nb", "Ledigheten falt fra 1 200 til 1 000 personer, og sysselsettingen økte med 300 personer eller 2 prosent.",
         T(baseline="1200", level="1000", verdict="unverifiable"), T(direction="up", absolute="300", relative="2")),
    case("sv", "Antalet hemlösa minskade från 120 till 60, medan antalet i tillfälligt boende ökade med 12 procent.\nSiffrorna gäller 2024.",
         T(baseline="120", level="60", verdict="unverifiable"), T(direction="up", relative="12")),
    case("sv", "Arbetslösheten minskade från 1 200 till 1 000 personer, och sysselsättningen ökade med 300 personer eller 2 procent.",
         T(baseline="1200", level="1000", verdict="unverifiable"), T(direction="up", absolute="300", relative="2")),
    # a table row with a change column: one target, judged whole
    case("da", "| Indikator | Status 2023 | Mål 2027 | Ændring |\n|---|---|---|---|\n| Antal ledige | 1.200 | 1.000 | -200 (-17 pct.) |\n| Andel unge i uddannelse | 82 pct. | 90 pct. | +8 procentpoint |\n",
         T(direction="down", baseline="1200", level="1000", absolute="200", relative="17", verdict="consistent"),
         T(direction="up", baseline="82", level="90", relative="8", verdict="consistent")),
    case("da", "| Indikator | Udgangspunkt | Mål 2027 | Forskel |\n|---|---|---|---|\n| Antal ledige | 1.200 | 1.000 | -300 |\n| Antal hjemløse | 400 | 300 | -25 pct. |\n",
         T(direction="down", baseline="1200", level="1000", absolute="300", verdict="inconsistent"),
         T(direction="down", baseline="400", level="300", relative="25", verdict="consistent")),
    case("en", "Indicator\tBaseline 2023\tTarget 2027\tChange\nRough sleepers\t120\t60\t-50%\nApprenticeships\t400\t500\t+100\nRecycling rate\t45%\t55%\t+10 percentage points\n",
         T(direction="down", baseline="120", level="60", relative="50", verdict="consistent"),
         T(direction="up", baseline="400", level="500", absolute="100", verdict="consistent"),
         T(direction="up", baseline="45", level="55", relative="10", verdict="consistent")),
    case("en", "| Measure | Baseline | Target 2026 | Difference |\n|---|---|---|---|\n| Households in temporary accommodation | 1,500 | 1,200 | -400 |\n",
         T(direction="down", baseline="1500", level="1200", absolute="400", verdict="inconsistent")),
    case("nb", "| Indikator | Status 2023 | Mål 2027 | Endring |\n|---|---|---|---|\n| Antall bostedsløse | 120 | 90 | -25 prosent |\n| Antall lærlinger | 400 | 500 | +100 |\n",
         T(direction="down", baseline="120", level="90", relative="25", verdict="consistent"),
         T(direction="up", baseline="400", level="500", absolute="100", verdict="consistent")),
    case("sv", "| Indikator | Utfall 2023 | Målvärde 2026 | Förändring |\n|---|---|---|---|\n| Antal hemlösa | 120 | 90 | -25 % |\n| Antal lärlingar | 400 | 500 | +20 % |\n",
         T(direction="down", baseline="120", level="90", relative="25", verdict="consistent"),
         T(direction="up", baseline="400", level="500", relative="20", verdict="inconsistent")),
    # a change column of words, or more figures than the two ends: the row as before, no change read
    case("sv", "| Indikator | Utfall 2023 | Målvärde 2026 | Förändring |\n|---|---|---|---|\n| Väntetid i dagar | 40 | 30 | Kortare väntan |\n",
         T(baseline="40", level="30", verdict="unverifiable")),
    case("da", "| Indikator | 2022 | 2023 | Mål 2026 | Ændring |\n|---|---|---|---|---|\n| Antal ledige | 1.300 | 1.200 | 1.000 | -100 |\n",
         T(level="1000", verdict="unverifiable")),
    case("en", "| Indicator | 2022 | 2023 | Target 2026 | Change |\n|---|---|---|---|---|\n| Rough sleepers | 140 | 120 | 60 | -20 |\n",
         T(level="60", verdict="unverifiable")),
    # a change, then "so that there are" and the level it brings
    case("da", "Antallet af borgere på kontanthjælp skal nedbringes med 250 i perioden, så der i 2027 højst er 1.750.\nDet kræver en ny indsats.",
         T(direction="down", absolute="250", level="1750", hedge="at_most")),
    case("da", "Kommunen vil øge antallet af praktikpladser med 15 pct., så der i 2026 er mindst 460.",
         T(direction="up", relative="15", level="460")),
    case("da", "Vi vil øge antallet af lærepladser med 100, så der i 2026 er mindst 60 pct. af de unge i uddannelse.",
         T(direction="up", absolute="100"), T(kind="level", level="60")),
    case("en", "We will reduce the number of households in temporary accommodation by 250, so that by 2027 there are no more than 1,750.\nThis is a stretching target.",
         T(direction="down", absolute="250", level="1750")),
    case("en", "The council will increase apprenticeships by 15% so that there are at least 460 in 2026.",
         T(direction="up", relative="15", level="460")),
    case("nb", "Antall mottakere av sosialhjelp skal reduseres med 250, slik at det i 2027 er høyst 1 750.\nDette krever ny innsats.",
         T(direction="down", absolute="250", level="1750")),
    case("nb", "Antall læreplasser skal økes med 15 prosent, slik at det i 2026 er minst 460.",
         T(direction="up", relative="15", level="460")),
    case("nb", "Antall læreplasser skal økes med 100, slik at det i 2026 er minst 60 prosent av de unge i utdanning.",
         T(direction="up", absolute="100"), T(kind="level", level="60")),
    case("sv", "Antalet hushåll med försörjningsstöd ska minska med 250, så att det 2027 finns högst 1 750.\nDet kräver nya insatser.",
         T(direction="down", absolute="250", level="1750")),
    case("sv", "Antalet lärlingsplatser ska öka med 15 procent, så att det 2026 finns minst 460.",
         T(direction="up", relative="15", level="460")),
    case("sv", "Antalet lärlingsplatser ska öka med 100, så att det 2026 finns minst 60 procent av de unga i utbildning.",
         T(direction="up", absolute="100"), T(kind="level", level="60")),
    # a change with the amount it is measured against, then ", to" and the level
    case("en", "Emissions from council buildings will be cut by 50% by 2030 against a 2019 baseline of 12,000 tCO2e, to 6,500 tCO2e.\nProgress is reported yearly.",
         T(direction="down", relative="50", baseline="12000", level="6500", verdict="inconsistent")),
    case("en", "Landfill waste will fall by 25% from a baseline of 40,000 tonnes, to 30,000 tonnes by 2030.",
         T(direction="down", relative="25", baseline="40000", level="30000", verdict="consistent")),
    case("da", "Udledningen skal reduceres med 50 pct. i forhold til 2019-niveauet på 12.000 ton, til 6.500 ton i 2030.\nDet følges årligt.",
         T(direction="down", relative="50", baseline="12000", level="6500", verdict="inconsistent")),
    case("da", "Affaldsmængden skal falde med 25 pct. fra et udgangspunkt på 40.000 ton, til 30.000 ton i 2030.",
         T(direction="down", relative="25", baseline="40000", level="30000", verdict="consistent")),
    case("nb", "Utslippene skal reduseres med 50 prosent sammenlignet med 2019-nivået på 12 000 tonn, til 6 500 tonn i 2030.\nDette følges opp årlig.",
         T(direction="down", relative="50", baseline="12000", level="6500", verdict="inconsistent")),
    case("nb", "Avfallsmengden skal reduseres med 25 prosent fra et utgangspunkt på 40 000 tonn, til 30 000 tonn i 2030.",
         T(direction="down", relative="25", baseline="40000", level="30000", verdict="consistent")),
    case("sv", "Utsläppen ska minska med 50 procent jämfört med 2019 års nivå på 12 000 ton, till 6 500 ton år 2030.\nDet följs upp årligen.",
         T(direction="down", relative="50", baseline="12000", level="6500", verdict="inconsistent")),
    case("sv", "Avfallsmängden ska minska med 25 procent från dagens 40 000 ton, till 30 000 ton år 2030.",
         T(direction="down", relative="25", baseline="40000", level="30000", verdict="consistent")),
]
# fmt: on


test_a_form_read_since_lead15_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_each_language_has_both_sides() -> None:
    for lang in ("da", "en", "nb", "sv"):
        mine = [c for c in CASES if c.values[0] == lang]
        assert any(len(c.values[2]) == 1 for c in mine), lang
        assert any(len(c.values[2]) == 2 for c in mine), lang
        assert any(c.values[1].startswith(("|", "Indicator\t")) for c in mine), lang
