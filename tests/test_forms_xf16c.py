"""Baselines a careful reader links to the target before them, read since xf16c, in other wordings and in the four
languages, each beside look-alikes where the second sentence is not the target's baseline (another indicator, a
subgroup, a national figure, another source, a count where a share was aimed at): a change in percent of a share or
a habit, then a sentence that opens with a year and states a share of a group as it stood ("I 2023 hadde 21
prosent av 15-åringene overvekt", "In 2024, 7% of sixth-form pupils smoked"); a share aimed at, then a sentence
that opens with "Enligt"/"Ifølge"/"According to" and a survey ("Enligt brukarundersökningen 2024 var 84 procent
nöjda"); a level in a unit of measure aimed at, then a sentence that opens with a pronoun and a past copula ("Den
låg på 15 300 MWh förra året", "It stood at 15,300 MWh last year"); a share aimed at, then what a survey gave
("Medborgarundersökningen 2024 gav 71 procent"), or what a share said in a survey ("I elevenkäten svarade 68
procent att de trivs", "In the pupil survey, 68% said"), a response rate not. Sentences written for this test;
the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
SHARE_OF_GROUP_AFTER_A_CHANGE = [
    case("nb", "Andelen elever som røyker, skal reduseres med 20 prosent innen 2028. I 2024 røykte 7 prosent av elevene i videregående.",
         T(kind="change", direction="down", relative="20", baseline="7", year=2028)),
    case("nb", "Andelen barn med karies skal ned med 15 prosent innen 2030. I 2023 hadde 24 prosent av 12-åringene hull i tennene.",
         T(kind="change", direction="down", relative="15", baseline="24", year=2030)),
    case("nb", "Andelen barn med karies skal ned med 15 prosent innen 2030. I 2023 hadde 24 prosent av jentene og 21 prosent av guttene hull i tennene.",
         T(kind="change", direction="down", relative="15", baseline=None, year=2030)),
    case("nb", "Antallet innbyggere med diabetes skal reduseres med 10 prosent innen 2030. I 2023 hadde 6 prosent av innbyggerne diabetes.",
         T(kind="change", direction="down", relative="10", baseline=None, year=2030)),
    case("da", "Andelen af unge, der ryger, skal reduceres med 20 pct. inden 2028. I 2024 røg 7 pct. af eleverne på ungdomsuddannelserne.",
         T(kind="change", direction="down", relative="20", baseline="7", year=2028)),
    case("da", "Andelen af børn med huller i tænderne skal ned med 15 pct. inden 2030. I 2023 havde 24 pct. af de 12-årige huller i tænderne.",
         T(kind="change", direction="down", relative="15", baseline="24", year=2030)),
    case("da", "Andelen af børn med huller i tænderne skal ned med 15 pct. inden 2030. I 2023 havde 24 pct. af de 12-årige huller i tænderne, mod 20 pct. på landsplan.",
         T(kind="change", direction="down", relative="15", baseline=None, year=2030)),
    case("da", "Antallet af borgere med diabetes skal reduceres med 10 pct. inden 2030. I 2023 havde 6 pct. af borgerne diabetes.",
         T(kind="change", direction="down", relative="10", baseline=None, year=2030)),
    case("sv", "Andelen elever som röker ska minska med 20 procent till 2028. År 2024 rökte 7 procent av eleverna på gymnasiet.",
         T(kind="change", direction="down", relative="20", baseline="7", year=2028)),
    case("sv", "Andelen barn med karies ska minska med 15 procent till 2030. År 2023 hade 24 procent av 12-åringarna karies.",
         T(kind="change", direction="down", relative="15", baseline="24", year=2030)),
    case("sv", "Andelen barn med karies ska minska med 15 procent till 2030. År 2023 hade 24 procent av flickorna och 21 procent av pojkarna karies.",
         T(kind="change", direction="down", relative="15", baseline=None, year=2030)),
    case("sv", "Antalet invånare med diabetes ska minska med 10 procent till 2030. År 2023 hade 6 procent av invånarna diabetes.",
         T(kind="change", direction="down", relative="10", baseline=None, year=2030)),
    case("en", "The proportion of pupils who smoke will be cut by 20% by 2028. In 2024, 7% of sixth-form pupils smoked.",
         T(kind="change", direction="down", relative="20", baseline="7", year=2028)),
    case("en", "Tooth decay among children will be reduced by 15% by 2030. In 2023, 24% of 12-year-olds had tooth decay.",
         T(kind="change", direction="down", relative="15", baseline="24", year=2030)),
    case("en", "Tooth decay among children will be reduced by 15% by 2030. In 2023, 24% of girls and 21% of boys had tooth decay.",
         T(kind="change", direction="down", relative="15", baseline=None, year=2030)),
    case("en", "The number of residents with diabetes will be cut by 10% by 2030. In 2023, 6% of residents had diabetes.",
         T(kind="change", direction="down", relative="10", baseline=None, year=2030)),
    case("sv", "Andelen utrikes födda kvinnor som förvärvsarbetar ska öka med 10 procent till 2030. År 2024 förvärvsarbetade 58 procent av de utrikes födda kvinnorna.",
         T(kind="change", direction="up", relative="10", baseline="58", year=2030)),
    case("en", "Smoking in pregnancy will be halved by 2030. In 2023, 9% of mothers smoked at the time of delivery.",
         T(kind="change", direction="down", relative="50", baseline="9", year=2030)),
    case("en", "Smoking in pregnancy will be halved by 2030.\n\nIn 2023, 9% of mothers smoked at the time of delivery.",
         T(kind="change", direction="down", relative="50", baseline=None, year=2030)),
]

ACCORDING_TO_A_SURVEY = [
    case("da", "Andelen af elever, der trives, skal være mindst 85 pct. i 2026. Ifølge trivselsmålingen var 79 pct. glade for at gå i skole.",
         T(direction="up", level="85", hedge="at_least", baseline="79", year=2026)),
    case("sv", "Andelen invånare som är nöjda med äldreomsorgen ska vara minst 90 procent 2027. Enligt brukarundersökningen 2024 var 84 procent nöjda.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("sv", "Andelen invånare som är nöjda med äldreomsorgen ska vara minst 90 procent 2027. Enligt brukarundersökningen var 88 procent nöjda i riket.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("sv", "Andelen invånare som är nöjda med äldreomsorgen ska vara minst 90 procent 2027. Enligt Socialstyrelsen var 84 procent nöjda.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("da", "Andelen af borgere, der er tilfredse med hjemmeplejen, skal være mindst 90 pct. i 2027. Ifølge brugerundersøgelsen 2024 var 84 pct. tilfredse.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("da", "Andelen af borgere, der er tilfredse med hjemmeplejen, skal være mindst 90 pct. i 2027. Ifølge brugerundersøgelsen var 88 pct. tilfredse på landsplan.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("da", "Andelen af borgere, der er tilfredse med hjemmeplejen, skal være mindst 90 pct. i 2027. Ifølge Sundhedsstyrelsen var 84 pct. tilfredse.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("nb", "Andelen brukere som er fornøyde med hjemmetjenesten, skal være minst 90 prosent i 2027. Ifølge brukerundersøkelsen 2024 var 84 prosent fornøyde.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("nb", "Andelen brukere som er fornøyde med hjemmetjenesten, skal være minst 90 prosent i 2027. Ifølge brukerundersøkelsen var 88 prosent fornøyde på landsbasis.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("nb", "Andelen brukere som er fornøyde med hjemmetjenesten, skal være minst 90 prosent i 2027. Ifølge Helsedirektoratet var 84 prosent fornøyde.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("en", "At least 90% of home care users should be satisfied with their care by 2027. According to the 2024 user survey, 84% were satisfied.",
         T(direction="up", level="90", hedge="at_least", baseline="84", year=2027)),
    case("en", "At least 90% of home care users should be satisfied with their care by 2027. According to the user survey, 88% were satisfied nationally.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
    case("en", "At least 90% of home care users should be satisfied with their care by 2027. According to the regulator, 84% were satisfied.",
         T(direction="up", level="90", hedge="at_least", baseline=None, year=2027)),
]

A_MEASURE_AND_WHERE_IT_WAS = [
    case("sv", "Energianvändningen i kommunens skolor ska minska till 12 000 MWh år 2030. Den låg på 15 300 MWh förra året.",
         T(direction="down", level="12000", baseline="15300", year=2030)),
    case("sv", "Energianvändningen i kommunens skolor ska minska till 12 000 MWh år 2030. Den låg på 15 300 MWh i riket.",
         T(direction="down", level="12000", baseline=None, year=2030)),
    case("da", "Energiforbruget i kommunens skoler skal ned til 12.000 MWh i 2030. Det lå på 15.300 MWh sidste år.",
         T(direction="down", level="12000", baseline="15300", year=2030)),
    case("da", "Energiforbruget i kommunens skoler skal ned til 12.000 MWh i 2030. Det var 15.300 MWh i 2022 og 14.800 MWh i 2023.",
         T(direction="down", level="12000", baseline=None, year=2030)),
    case("da", "Kommunen skal installere 12.000 MWh solceller i 2030. Det var 3.300 MWh sidste år.",
         T(level="12000", baseline=None, year=2030)),
    case("nb", "Energibruken i kommunens skoler skal ned til 12 000 MWh i 2030. Den lå på 15 300 MWh i fjor.",
         T(direction="down", level="12000", baseline="15300", year=2030)),
    case("nb", "Energibruken i kommunens skoler skal ned til 12 000 MWh i 2030. Den lå på 15 300 MWh på landsbasis.",
         T(direction="down", level="12000", baseline=None, year=2030)),
    case("en", "Energy use in council schools should fall to 12,000 MWh by 2030. It stood at 15,300 MWh last year.",
         T(direction="down", level="12000", baseline="15300", year=2030)),
    case("en", "Energy use in council schools should fall to 12,000 MWh by 2030. It stood at 15,300 MWh nationally.",
         T(direction="down", level="12000", baseline=None, year=2030)),
    case("en", "The council will install 12,000 MWh of solar capacity by 2030. It was 3,300 MWh last year.",
         T(level="12000", baseline=None, year=2030)),
    case("nb", "Utslippene fra kommunens kjøretøy skal ned til 800 tonn i 2030. De var 1 150 tonn i fjor.",
         T(direction="down", level="800", baseline="1150", year=2030)),
]
A_SURVEY_GAVE = [
    case("sv", "Andelen som är nöjda med snöröjningen ska öka till 80 procent 2027. Medborgarundersökningen 2024 gav 71 procent.",
         T(direction="up", level="80", baseline="71", year=2027)),
    case("sv", "Andelen som är nöjda med snöröjningen ska öka till 80 procent 2027. Satsningen gav 71 procent av gatorna ny asfalt.",
         T(direction="up", level="80", baseline=None, year=2027)),
    case("da", "Andelen, der er tilfredse med snerydningen, skal stige til 80 pct. i 2027. Borgerundersøgelsen 2024 gav 71 pct.",
         T(direction="up", level="80", baseline="71", year=2027)),
    case("da", "Andelen, der er tilfredse med snerydningen, skal stige til 80 pct. i 2027. Borgerundersøgelsen 2024 gav 71 pct. på landsplan.",
         T(direction="up", level="80", baseline=None, year=2027)),
    case("nb", "Andelen som er fornøyde med brøytingen, skal øke til 80 prosent i 2027. Innbyggerundersøkelsen 2024 ga 71 prosent.",
         T(direction="up", level="80", baseline="71", year=2027)),
    case("nb", "Andelen som er fornøyde med brøytingen, skal øke til 80 prosent i 2027. Satsingen ga 71 prosent av gatene ny asfalt.",
         T(direction="up", level="80", baseline=None, year=2027)),
    case("en", "Satisfaction with snow clearing should rise to 80% by 2027. The 2024 residents' survey gave 71%.",
         T(direction="up", level="80", baseline="71", year=2027)),
    case("en", "Satisfaction with snow clearing should rise to 80% by 2027. The resurfacing programme gave 71% of streets new asphalt.",
         T(direction="up", level="80", baseline=None, year=2027)),
]
IN_A_SURVEY = [
    case("sv", "Minst 75 procent av eleverna på mellanstadiet ska trivas i skolan 2026. I elevenkäten svarade 68 procent att de trivs.",
         T(direction="up", level="75", hedge="at_least", baseline="68", year=2026)),
    case("sv", "Minst 75 procent av eleverna på mellanstadiet ska trivas i skolan 2026. I elevenkäten deltog 68 procent av eleverna.",
         T(direction="up", level="75", hedge="at_least", baseline=None, year=2026)),
    case("da", "Mindst 75 pct. af eleverne i 8. klasse skal trives i skolen i 2026. I trivselsmålingen svarede 68 pct., at de trives.",
         T(direction="up", level="75", hedge="at_least", baseline="68", year=2026)),
    case("da", "Mindst 75 pct. af eleverne i 8. klasse skal trives i skolen i 2026. I trivselsmålingen deltog 68 pct. af eleverne.",
         T(direction="up", level="75", hedge="at_least", baseline=None, year=2026)),
    case("nb", "Minst 75 prosent av elevene på 8. trinn skal trives på skolen i 2026. I elevundersøkelsen svarte 68 prosent at de trives.",
         T(direction="up", level="75", hedge="at_least", baseline="68", year=2026)),
    case("nb", "Minst 75 prosent av elevene på 8. trinn skal trives på skolen i 2026. I elevundersøkelsen deltok 68 prosent av elevene.",
         T(direction="up", level="75", hedge="at_least", baseline=None, year=2026)),
    case("en", "At least 75% of secondary pupils should be happy at school by 2026. In the pupil survey, 68% said they were happy.",
         T(direction="up", level="75", hedge="at_least", baseline="68", year=2026)),
    case("en", "At least 75% of secondary pupils should be happy at school by 2026. In the pupil survey, 68% of pupils responded.",
         T(direction="up", level="75", hedge="at_least", baseline=None, year=2026)),
]
# fmt: on

CASES = (
    SHARE_OF_GROUP_AFTER_A_CHANGE
    + ACCORDING_TO_A_SURVEY
    + A_MEASURE_AND_WHERE_IT_WAS
    + A_SURVEY_GAVE
    + IN_A_SURVEY
)

test_a_form_read_since_xf16c_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_is_broad() -> None:
    assert_floors(CASES, ("da", "en", "nb", "sv"), at_least=58, per_language=14)
