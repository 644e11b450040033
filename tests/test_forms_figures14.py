"""What the figure reader reads since round 14, as a careful reader reads it, in every language where the form
exists: a band written with a dash between its ends ("60-70 pct.", "4–5%", "40–50 procent") as a level or as the
size of a change; power in kW, MW and GW beside the energy units; "Ingen ... mere end N" ("no one waits more than
N weeks") as N at most, not a level of zero; and a minus kept after a link or a copula and its subject ("Det
tilsvarer -0,9 prosent", "I 2024 var det -0,9 prosent"); and a second amount after a bare "og" with a year of
its own ("med 5 mio. kr. i 2026 og 9 mio. kr. fra 2027") as a change of its own. Sentences written for this
test, none taken from a real paper. The look-alikes give nothing: dates ("5-7 maj"), scores ("1-5"), ages ("18-24
år"), pages, sections, opening hours, periods of years, counts of things and ranges stated as facts or estimates.
The helpers and the assertion are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
BANDS = [
    # a band as the level aimed at
    case("da", "Andelen af økologiske fødevarer i kantinerne skal være 60-70 pct. i 2027.",
         T(kind="level", level_band=("60", "70"), unit="percent", year=2027)),
    case("da", "Ledigheden skal ligge på 3–4 pct. i hele perioden.", T(kind="level", level_band=("3", "4"))),
    case("da", "Målet er, at 80-85 pct. af eleverne gennemfører en ungdomsuddannelse i 2030.",
         T(kind="level", level_band=("80", "85"), year=2030)),
    case("nb", "Andelen fornybar energi skal være 40–50 prosent innen 2030.",
         T(kind="level", level_band=("40", "50"), low="39.5", high="50.5", year=2030)),
    case("nb", "Sykefraværet skal ligge på 5-6 prosent.", T(kind="level", level_band=("5", "6"), unit="percent")),
    case("nb", "Målet er at 70–75 prosent av elevene fullfører videregående opplæring.",
         T(kind="level", level_band=("70", "75"))),
    case("sv", "Andelen förnybar el ska vara 20–25 procent 2028.", T(kind="level", level_band=("20", "25"))),
    case("sv", "Sjukfrånvaron ska ligga på 4–5 procent.", T(kind="level", level_band=("4", "5"), unit="percent")),
    case("en", "The share of journeys by bike should be 10–15% by 2030.",
         T(kind="level", level_band=("10", "15"), year=2030)),
    case("en", "Inflation should be kept at 2-3%.", T(kind="level", level_band=("2", "3"), low="1.5", high="3.5")),
    case("en", "Our target is that 60–65% of waste is recycled by 2027.",
         T(kind="level", level_band=("60", "65"), year=2027)),
    case("da", "Ventetiden skal nedbringes til 4-6 uger i 2026.",
         T(kind="level", level_band=("4", "6"), unit="week", year=2026)),
    case("en", "Waiting times should fall to 4–6 weeks by 2026.",
         T(kind="level", level_band=("4", "6"), unit="week", year=2026)),
    # a band as the size of a change
    case("da", "Energiforbruget skal reduceres med 10-15 pct. frem mod 2030.",
         T(kind="change", direction="down", unit="percent", low="9.5", high="15.5", year=2030)),
    case("da", "Udledningen skal reduceres med 1.000-1.500 ton CO2e inden 2030.",
         T(kind="change", direction="down", unit="t", year=2030)),
    case("nb", "Sykefraværet skal reduseres med 1–2 prosentpoeng innen 2027.",
         T(kind="change", direction="down", unit="percentage_point", low="0.5", high="2.5", year=2027)),
    case("nb", "Klimagassutslippene skal reduseres med 40-50 prosent innen 2030.",
         T(kind="change", direction="down", unit="percent", year=2030)),
    case("sv", "Utsläppen ska minska med 30–40 procent till 2030.",
         T(kind="change", direction="down", unit="percent", low="29.5", high="40.5", year=2030)),
    case("sv", "Sjukfrånvaron ska minska med 1–2 procentenheter till 2027.",
         T(kind="change", direction="down", unit="percentage_point", year=2027)),
    case("en", "We will cut emissions by 20–25% by 2028.", T(kind="change", direction="down", unit="percent", year=2028)),
    case("en", "Bus use will rise by 5-10% by 2026.", T(kind="change", direction="up", low="4.5", high="10.5", year=2026)),
]
POWER = [
    case("nb", "Kommunen skal bygge ut minst 5 MW solkraft innen 2028.",
         T(kind="level", level="5", hedge="at_least", unit="MW", year=2028)),
    case("sv", "Kommunen ska ha minst 10 MW solel 2030.", T(kind="level", level="10", hedge="at_least", unit="MW", year=2030)),
    case("en", "The council will install at least 12 MW of solar capacity by 2030.",
         T(kind="level", level="12", hedge="at_least", unit="MW", year=2030)),
    case("da", "Kapaciteten skal øges med 20 MW inden 2030.", T(kind="change", direction="up", absolute="20", unit="MW", year=2030)),
    case("nb", "Ladeeffekten skal være minst 22 kW.", T(kind="level", level="22", hedge="at_least", unit="kW")),
    case("sv", "Elförbrukningen ska minska med 500 MWh till 2027.",
         T(kind="change", direction="down", absolute="500", unit="MWh", year=2027)),
    case("en", "The site has 3–5 MW of capacity today."),
]
NOBODY_MORE_THAN = [
    case("da", "Ingen elever skal have mere end 30 minutters transport til skolen i 2027.",
         T(kind="level", level="30", hedge="at_most", unit="minute", year=2027)),
    case("da", "Ingen klasser skal have mere end 28 elever.", T(kind="level", level="28", hedge="at_most")),
    case("da", "Ingen medarbejdere må have mere end 20 sygedage om året.",
         T(kind="level", level="20", hedge="at_most", unit="day/year")),
    case("nb", "Ingen pasienter skal vente mer enn 14 dager på behandling.",
         T(kind="level", level="14", hedge="at_most", unit="day")),
    case("nb", "Ingen skal bo i midlertidig bolig i mer enn tre måneder.",
         T(kind="level", level="3", hedge="at_most", unit="month")),
    case("nb", "Ingen klasser skal ha flere enn 28 elever.", T(kind="level", level="28", hedge="at_most")),
    # what was, not what is aimed at; and the zero of "Ingen" where no bound follows
    case("da", "Ingen borger har ventet mere end 8 uger i 2024."),
    case("nb", "Ingen pasienter ventet mer enn 14 dager i fjor."),
    case("da", "Ingen børn skal vokse op i fattigdom.", T(kind="level", level="0")),
    case("nb", "Ingen skal vente på sykehjemsplass.", T(kind="level", level="0")),
]
MINUS = [
    case("nb", "Netto driftsresultat skal være minst 1,75 prosent i 2027. I 2024 var det -0,9 prosent.",
         T(kind="change", direction="up", level="1.75", baseline="-0.9", hedge="at_least", year=2027)),
    case("sv", "Resultatet ska vara minst 2 procent av skatteintäkterna 2027. År 2024 var det -1,3 procent.",
         T(kind="change", direction="up", level="2", baseline="-1.3", year=2027)),
    case("en", "The operating margin should be at least 2% by 2027. In 2024 it was -1.3%.",
         T(kind="change", direction="up", level="2", baseline="-1.3", year=2027)),
    case("da", "Driftsresultatet skal være mindst 1 pct. i 2027. I 2024 var resultatet -0,4 pct.",
         T(kind="change", direction="up", level="1", baseline="-0.4", year=2027)),
]
SECOND_AMOUNT = [
    # a second amount after a bare "og"/"and", with a year of its own: a change of its own, in the same direction
    case("da", "Udgifterne skal reduceres med 5 mio. kr. i 2026 og 9 mio. kr. fra 2027.",
         T(kind="change", direction="down", absolute="5000000", year=2026),
         T(kind="change", direction="down", absolute="9000000", year=2027)),
    case("en", "Spending will be cut by £2m in 2026 and £3m from 2027.",
         T(kind="change", direction="down", absolute="2000000", year=2026),
         T(kind="change", direction="down", absolute="3000000", year=2027)),
    case("sv", "Kostnaderna ska minska med 4 mnkr 2026 och 6 mnkr från 2027.",
         T(kind="change", direction="down", absolute="4000000", year=2026),
         T(kind="change", direction="down", absolute="6000000", year=2027)),
    case("nb", "Tilskuddet skal økes med 3 mill. kr i 2026 og 5 mill. kr fra 2028.",
         T(kind="change", direction="up", absolute="3000000", year=2026),
         T(kind="change", direction="up", absolute="5000000", year=2028)),
    # what the budget then is, and a fact: no second change
    case("da", "Udgifterne skal reduceres med 5 mio. kr. i 2026, og budgettet er 80 mio. kr. i 2027.",
         T(kind="change", direction="down", absolute="5000000", year=2026)),
]
LOOK_ALIKES = [
    case("da", "Konferencen finder sted 5-7 maj 2026 i Odense."),
    case("nb", "Samlingen holdes 5.–7. mai på Hamar."),
    case("sv", "Mötet hålls 5–7 maj i Umeå."),
    case("en", "The conference runs 5–7 May 2026."),
    case("da", "Tilfredsheden måles på en skala 1-5."),
    case("en", "Respondents rated the service on a scale of 1–5."),
    case("nb", "Brukerne svarer på en skala fra 1-6."),
    case("da", "Målgruppen er unge på 18-24 år."),
    case("en", "The programme is open to people aged 18–24."),
    case("sv", "Målgruppen är ungdomar 16–24 år."),
    case("nb", "Tilbudet gjelder ungdom 16-24 år."),
    case("nb", "Se side 12-14 i rapporten."),
    case("sv", "Läs mer på sidorna 45–47."),
    case("en", "See pages 12–14 of the plan."),
    case("da", "Se s. 12-14 i bilaget."),
    case("da", "Åbningstiden er kl. 8-16 på hverdage."),
    case("da", "Aftalen gælder for perioden 2024-2027."),
    case("nb", "Budsjettet for 2025–2028 ble vedtatt i desember."),
    case("da", "Kommunen har 10-15 ledige stillinger."),
    case("en", "The council employs 3-4 thousand staff."),
    case("da", "I 2024 var ledigheden 3-4 pct."),
    case("en", "In 2023 the share was 12–14%."),
    case("sv", "Andelen var 20–25 procent 2023."),
    case("en", "Turn to paragraphs 4.2–4.5 for details."),
    case("sv", "Kapitel 3–5 beskriver målen."),
    # a range in a sentence with no word of aim is an estimate, not a target
    case("da", "Uden indsatsen ville forbruget formentlig være steget med 2-3 pct. om året."),
    case("en", "Without action, demand would probably have grown by 2–3% a year."),
    case("nb", "Prognosen viser en vekst på 2–3 prosent i året."),
    case("sv", "Prognosen visar en ökning med 2–3 procent per år."),
]
# fmt: on
CASES = BANDS + POWER + NOBODY_MORE_THAN + MINUS + SECOND_AMOUNT + LOOK_ALIKES


test_a_figure_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_battery_covers_every_language_and_its_look_alikes() -> None:
    assert_floors(CASES, ("da", "nb", "sv", "en"), at_least=60, per_language=12, look_alikes_per_language=4)
