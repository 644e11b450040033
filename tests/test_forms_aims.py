"""Aims stated with a wish or a plan and a clause of their own ("Vi ønsker, at ledigheden er 4 pct. i 2027",
"Vi vill att arbetslösheten är 4 procent"), and changes whose from-to follows the name of what changes ("en
fordobling af ladestanderne fra 40 til 80": the name stops before "fra"). Sentences written for this test in
Danish, Norwegian, Swedish and English (none from a real paper), with look-alikes that state no aim."""

from __future__ import annotations

from test_forms import T, case, read_as_test

# fmt: off
WISH = [
    case("da", "Vi ønsker, at ledigheden er 4 pct. i 2027.", T(kind="level", level="4", indicator="ledigheden", year=2027)),
    case("da", "Byrådet ønsker, at sygefraværet højst er 6 pct. ved udgangen af 2026.",
         T(kind="level", level="6", indicator="sygefraværet", year=2026)),
    case("da", "Vi sigter mod, at andelen bliver 80 pct.", T(kind="level", level="80", indicator="andelen")),
    case("nb", "Vi ønsker at ledigheten er 4 prosent i 2027.", T(kind="level", level="4", indicator="ledigheten", year=2027)),
    case("nb", "Kommunestyret ønsker at sykefraværet høyst er 6 prosent innen 2026.",
         T(kind="level", level="6", indicator="sykefraværet", year=2026)),
    case("sv", "Nämnden önskar att sjukfrånvaron högst är 6 procent år 2026.",
         T(kind="level", level="6", indicator="sjukfrånvaron", year=2026)),
    case("sv", "Vi vill att arbetslösheten är 4 procent.", T(kind="level", level="4", indicator="arbetslösheten")),
    # look-alikes: knowing, or "that is to say", is no aim
    case("da", "Vi ved, at ledigheden er 4 pct."),
    case("nb", "Vi vet at ledigheten er 4 prosent."),
    case("sv", "Vi vet att arbetslösheten är 4 procent."),
]

FROM_TO_AFTER_THE_NAME = [
    case("da", "Vi vil have en fordobling af ladestanderne fra 40 til 80.",
         T(direction="up", relative="100", baseline="40", level="80", indicator="ladestanderne", verdict="consistent")),
    case("da", "Vi vil have en fordobling af antallet af ladestandere fra 40 i 2024 til 80 i 2028.",
         T(direction="up", relative="100", baseline="40", level="80", indicator="antallet af ladestandere")),
    case("da", "Kommunen vil arbejde for en halvering af ventetiden fra 12 til 6 uger.",
         T(direction="down", relative="50", baseline="12", level="6", indicator="ventetiden")),
    case("nb", "Vi vil ha en dobling av ladepunktene fra 40 til 80.",
         T(direction="up", relative="100", baseline="40", level="80", indicator="ladepunktene")),
    case("en", "We want a doubling of charging points from 40 to 80.",
         T(direction="up", relative="100", baseline="40", level="80", indicator="charging points")),
]

COUNT_AGAINST_TARGET = [
    # a count as it stands against its target: the indicator is what the count names, not its clause
    case("en", "The council built 412 affordable homes in 2023/24, well short of its target of 600.",
         T(direction="up", baseline="412", level="600", indicator="affordable homes")),
    case("da", "Kommunen byggede 412 almene boliger i 2024 mod et mål på 600.",
         T(direction="up", baseline="412", level="600", indicator="almene boliger")),
    case("en", "Last year 1,240 apprentices started, against a goal of 1,500.",
         T(direction="up", baseline="1240", level="1500", indicator="apprentices started")),
]

VERBS_OF_MAKING = [
    # a count after a verb of making in its -ing form, in a statement of intent, is a level to reach
    case("en", "We will focus on planting 10,000 trees by 2027.", T(kind="level", level="10000", indicator="trees", year=2027)),
    case("en", "The plan aims at delivering 3,000 affordable homes by 2030.",
         T(kind="level", level="3000", indicator="affordable homes", year=2030)),
    case("en", "We planted 3,000 trees last year."),
]

SET_FOR_A_YEAR = [
    # a target noun and the year it is set for: that year is the year aimed at, and "for" names nothing
    case("da", "Målet for 2026 er 85 pct.", T(kind="level", level="85", year=2026, indicator="")),
    case("da", "Målet for sygefraværet i 2026 er 6 pct.", T(kind="level", level="6", year=2026, indicator="sygefraværet")),
    case("nb", "Målet for 2026 er 85 prosent.", T(kind="level", level="85", year=2026, indicator="")),
    case("sv", "Målet för 2026 är 85 procent.", T(kind="level", level="85", year=2026, indicator="")),
    case("en", "The target for 2026 is 85%.", T(kind="level", level="85", year=2026)),
    # where it stood the year before, then the target: one target from where it stood, named by its subject
    case("da", "Andelen af elever, der trives, var 82 pct. i 2023. Målet for 2026 er 85 pct.",
         T(direction="up", baseline="82", level="85", year=2026, reference_year=2023, indicator="Andelen af elever, der trives")),
    case("da", "Sygefraværet var 7,2 pct. i 2024. Målet er 6,5 pct.",
         T(direction="down", baseline="7.2", level="6.5", reference_year=2024, indicator="Sygefraværet")),
    case("nb", "Sykefraværet var 7,2 prosent i 2024. Målet er 6,5 prosent.",
         T(direction="down", baseline="7.2", level="6.5", reference_year=2024, indicator="Sykefraværet")),
    case("sv", "Sjukfrånvaron bland kommunens anställda var 7,2 procent 2024. Målvärdet är 6,5 procent.",
         T(direction="down", baseline="7.2", level="6.5", indicator="Sjukfrånvaron bland kommunens anställda")),
]

FROM_TO_THEN_BOTH_CHANGES = [
    # a from-to, then the next sentence states its change in the unit and in percent: one target
    case("da", "Den gennemsnitlige ventetid på et botilbud skal ned fra 14 til 9 måneder. Det er et fald på 5 måneder eller godt 35 pct.",
         T(direction="down", baseline="14", level="9", absolute="5", relative="35", verdict="consistent")),
    case("nb", "Ventetiden skal ned fra 14 til 9 måneder. Det er en nedgang på 5 måneder eller drøyt 35 prosent.",
         T(direction="down", baseline="14", level="9", absolute="5", relative="35")),
    case("sv", "Väntetiden ska minska från 14 till 9 månader. Det är en minskning med 5 månader eller drygt 35 procent.",
         T(direction="down", baseline="14", level="9", absolute="5", relative="35")),
    case("en", "Waiting times should fall from 14 to 9 months. That is a fall of 5 months, or just over 35%.",
         T(direction="down", baseline="14", level="9", absolute="5", relative="35", verdict="consistent")),
    case("da", "Antallet af hjemløse skal ned fra 450 til 300. Det er 150 færre eller et fald på 40 pct.",
         T(direction="down", baseline="450", level="300", absolute="150", relative="40", verdict="inconsistent")),
]

HELPED_AND_STOOD = [
    # a count of people helped, in a statement of intent, is a level to reach; "up from" gives where it stood
    case("en", "We will support 1,500 residents into employment by 2028, up from 1,100 in the last plan period.",
         T(direction="up", level="1500", baseline="1100", year=2028)),
    case("en", "We will help 1,500 residents into work by 2028.", T(kind="level", level="1500", year=2028)),
    case("da", "Kommunen skal hjælpe 300 ledige i job i 2026.", T(kind="level", level="300", year=2026)),
    case("sv", "Vi ska hjälpa 300 arbetslösa till arbete 2026.", T(kind="level", level="300", year=2026)),
    case("en", "We helped 1,200 residents into work last year."),
    # a school or financial year as a year label in brackets: where it stood, and the year aimed at kept
    case("en", "We will increase the recycling rate to 55% by 2027 (2023/24: 41%).",
         T(direction="up", level="55", baseline="41", year=2027, reference_year=2023)),
    case("da", "Genanvendelsesprocenten skal op på 55 pct. i 2027 (2023/24: 41 pct.).",
         T(direction="up", level="55", baseline="41", year=2027, reference_year=2023)),
    # a share as it stands "currently"/"i dag", then its halving: where the change starts, named by its subject
    case("en", "Smoking prevalence is currently 13.4%. Our ambition is to halve this by 2030.",
         T(direction="down", relative="50", baseline="13.4", indicator="Smoking prevalence")),
    case("da", "Rygeandelen er i dag 13,4 pct. Målet er at halvere den inden 2030.",
         T(direction="down", relative="50", baseline="13.4", indicator="Rygeandelen")),
    # verbs of shortening in their other forms: a change down
    case("sv", "Regionen förkortar köerna med 25 procent till 2026. I dag väntar 12 000 patienter på en bedömning.",
         T(direction="down", relative="25", baseline="12000", year=2026)),
    case("da", "Kommunen forkorter ventetiden med 20 pct. i 2026.", T(direction="down", relative="20", year=2026)),
    # a share to be kept at a level: the level aimed at; kept in the past: a fact
    case("da", "Tilfredsheden skal fastholdes på 88 pct.", T(kind="level", level="88", indicator="Tilfredsheden")),
    case("nb", "Tilfredsheten skal opprettholdes på 88 prosent.", T(kind="level", level="88")),
    case("sv", "Nöjdheten ska bibehållas på 88 procent.", T(kind="level", level="88")),
    case("en", "Satisfaction should be maintained at 88%.", T(kind="level", level="88", indicator="Satisfaction")),
    case("da", "Tilfredsheden blev fastholdt på 88 pct. i 2024."),
]
# fmt: on

CASES = (
    WISH
    + FROM_TO_AFTER_THE_NAME
    + COUNT_AGAINST_TARGET
    + VERBS_OF_MAKING
    + SET_FOR_A_YEAR
    + FROM_TO_THEN_BOTH_CHANGES
    + HELPED_AND_STOOD
)


test_an_aim_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)
