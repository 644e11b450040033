"""Forms the batteries knew the reader could not read in English and Swedish, read since x15-ensv, in other
wordings and in both languages, each beside look-alikes that must stay as they were: a guide value as the
target an outcome is measured against ("77 procent (riktvärde 80 procent)", "riktvärdet 90 procent"); a share of
a group in a sentence that says a target was met or missed, or that a question was asked about it ("missed its
one-minute target, with 71.2% of calls answered", "Asked about the target, a spokesman said 83% of calls were
answered", "missade sitt mål, och 71 procent av samtalen besvarades"): where the indicator stood, no level
aimed at; the target's own share before it ("missed its target of 90%, with 71.2% of calls answered", "missade
sitt mål om 90 procent, och 71 procent ..."): one target from where it stood; and a share of a group that says
what will befall its members ("1 in 4 adults will experience", "25 procent av alla vuxna kommer att drabbas"): a
forecast, a fact; a share aimed at, then who does the work and a verb of doing in the past before one share in
the next sentence ("It answered 41% within that time", "Den besvarade 41 procent"): its baseline. Sentences written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
GUIDE_VALUES = [
    # a guide value (riktvärde) in brackets or after a comma: the level aimed at, the outcome before it its baseline
    case("sv", "Andel besökta inom 90 dagar: 77 procent (riktvärde 80 procent).", T(direction="up", baseline="77", level="80")),
    case("sv", "Andel vårdade i tid 82 procent, riktvärdet 90 procent.", T(direction="up", baseline="82", level="90")),
    case("sv", "Riktvärde för väntetid: 90 procent inom 60 dagar", T(kind="level", level="90")),
    case("sv", "Riktvärde 2025: 80 procent", T(kind="level", level="80")),
    case("sv", "Andelen patienter som fick besök inom 90 dagar ska öka från 77 procent till 80 procent, vilket är riktvärdet.",
         T(direction="up", baseline="77", level="80")),
    # look-alikes: the guide value named with no figure of its own
    case("sv", "Riktvärdet följs upp varje år och 85 procent av invånarna är nöjda."),
    case("sv", "Socialstyrelsen tog fram riktvärdet 2019, och 77 procent av patienterna fick besök inom 90 dagar."),
]
TARGET_MET_OR_MISSED = [
    # a share of a group after a verb that says the target was met or missed, or a question about it: a fact
    case("en", "The service missed its one-minute target again, with 68% of calls answered within a minute in February."),
    case("en", "Asked about the target, a council spokeswoman said 64% of repairs were completed on time."),
    case("en", "The trust missed the national standard again, with 58.9% of patients seen within four hours in March."),
    case("en", "The force met its target, with 92% of calls answered within ten seconds."),
    case("sv", "Kundtjänsten missade sitt mål, och 71 procent av samtalen besvarades inom en minut i januari."),
    case("sv", "Tillfrågad om målet sa en talesperson att 83 procent av samtalen besvarades inom en minut."),
    case("sv", "Räddningstjänsten nådde inte sitt mål, och 74 procent av larmen åtgärdades inom tio minuter."),
    # the target's own share before it: one target from where the indicator stood
    case("en", "The service missed its target of 90%, with 71.2% of calls answered within a minute.",
         T(direction="up", level="90", baseline="71.2")),
    case("en", "The trust met its target of 85%, with 87.4% of patients treated within 62 days.", T(level="85", baseline="87.4")),
    case("sv", "Kundtjänsten missade sitt mål om 90 procent, och 71 procent av samtalen besvarades inom en minut.",
         T(direction="up", level="90", baseline="71")),
    case("sv", "Regionen nådde inte målet på 80 procent, och 76 procent av patienterna opererades inom 90 dagar.",
         T(direction="up", level="80", baseline="76")),
    # look-alikes: a level aimed at after the missed target stays one
    case("en", "The service missed its target, and 90% of calls should be answered within a minute by 2026.",
         T(kind="level", level="90", year=2026)),
    case("en", "The service missed its target. By 2026, 90% of calls should be answered within a minute.",
         T(kind="level", level="90", year=2026)),
    case("sv", "Kundtjänsten klarade inte målet, men 90 procent av samtalen ska besvaras inom en minut 2026.",
         T(kind="level", level="90", year=2026)),
]
WILL_BEFALL = [
    # a share of a group that says what will befall its members: a forecast, a fact
    case("en", "Around 1 in 2 people will develop cancer in their lifetime."),
    case("en", "Roughly 1 in 10 babies will be diagnosed with a food allergy."),
    case("sv", "Ungefär 25 procent av alla vuxna kommer att drabbas av psykisk ohälsa."),
    case("sv", "Omkring 30 procent av befolkningen kommer att insjukna i cancer någon gång i livet."),
    case("sv", "Cirka 12 procent av de äldre kommer att drabbas av en fallolycka varje år."),
    case("sv", "Var fjärde vuxen kommer att drabbas av psykisk ohälsa under livet."),
    # look-alikes: a bound, a year or a target noun makes the same verb a level aimed at
    case("en", "By 2028, no more than 5% of patients will experience a delay of over 18 weeks.",
         T(direction="down", level="5", hedge="at_most", year=2028)),
    case("en", "Our target is that fewer than 10% of pupils will experience bullying.", T(direction="down", level="10")),
    case("en", "1 in 3 pupils will get a free laptop by 2026.", T(kind="level", level="100/3", year=2026)),
    case("en", "At least 95% of patients should be diagnosed within 28 days by 2026.",
         T(direction="up", level="95", hedge="at_least", year=2026)),
    case("sv", "År 2030 ska högst 5 procent av patienterna drabbas av vårdskador.",
         T(direction="down", level="5", hedge="at_most", year=2030)),
    case("sv", "Högst 10 procent av eleverna ska uppleva kränkningar 2027.",
         T(direction="down", level="10", hedge="at_most", year=2027)),
]
SHARE_DONE = [
    # a share aimed at, then who does the work and a verb of doing in the past before one share: its baseline
    case("en", "Our target is to answer 90% of complaints on time. It answered 41% within that time.",
         T(direction="up", level="90", baseline="41")),
    case("en", "The council aims to pay 95% of invoices within 30 days. It paid 91% on time in 2024.",
         T(direction="up", level="95", baseline="91")),
    case("sv", "Förvaltningens mål är att besvara 90 procent av klagomålen i tid. Den besvarade 41 procent inom den tiden.",
         T(direction="up", level="90", baseline="41")),
    case("sv", "Kommunen ska betala 95 procent av fakturorna i tid. Den betalade 91 procent i tid under 2024.",
         T(direction="up", level="95", baseline="91")),
    # look-alikes: a share of something else after the same verb is no baseline
    case("en", "The council aims to recycle 65% of household waste by 2035. It collected 40% of the county's waste.",
         T(kind="level", level="65", year=2035)),
    case("sv", "Förvaltningens mål är att besvara 90 procent av klagomålen i tid. Den besvarade 41 procent av breven inom en vecka.",
         T(kind="level", level="90")),
]
# fmt: on

CASES = GUIDE_VALUES + TARGET_MET_OR_MISSED + WILL_BEFALL + SHARE_DONE


test_a_form_read_since_x15_ensv_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_has_thirty_cases_in_english_and_swedish() -> None:
    assert_floors(CASES, ("en", "sv"), at_least=30, per_language=12)
