"""Forms the whole documents of docs16 showed the reader missing or reading falsely, read since docs16b, in other
wordings and in the languages where the form exists, each beside look-alikes that must stay as they were: a
ceiling on a time after the words of no one with the noun they name ("no patient should wait longer than 65
weeks", "Ingen patienter skal vente længere end 8 uger"): "longer than" is a bound above, so no one above N is
N at most. Sentences written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import T, assert_floors, case, read_as_test

# fmt: off
NO_ONE_LONGER = [
    # no one (with the noun named) waiting longer than a time: that time at most, aimed at
    case("en", "The board has agreed that no patient should wait longer than 40 weeks by March 2027.",
         T(kind="level", direction="down", level="40", unit="week", year=2027)),
    case("en", "Our pledge: no child should wait longer than 12 weeks for a first appointment by 2028.",
         T(kind="level", direction="down", level="12", unit="week", year=2028)),
    case("en", "By 2026, no tenant should have to wait longer than 28 days for a repair.",
         T(kind="level", level="28", year=2026)),
    case("da", "Regionen har besluttet, at ingen patienter skal vente længere end 6 uger på en operation i 2027.",
         T(kind="level", direction="down", level="6", unit="week", year=2027)),
    case("nb", "Målet er at ingen pasienter skal vente lenger enn 10 uker på behandling innen 2027.",
         T(kind="level", direction="down", level="10", unit="week", year=2027)),
    # look-alikes: a count of those who waited longer, a past fact; no one with no modal of aim
    case("en", "Last year 2,300 patients waited longer than 52 weeks for treatment."),
    case("en", "No patient waited longer than 30 weeks in 2023, the trust said."),
    case("da", "Sidste år ventede 410 patienter længere end 8 uger på en operation."),
    case("nb", "I fjor ventet 380 pasienter lenger enn 12 uker på behandling."),
]
# fmt: on

CASES = NO_ONE_LONGER

test_a_docs16b_form_is_read_as_a_careful_reader_reads_it = read_as_test(CASES)


def test_the_docs16b_battery_is_broad() -> None:
    assert_floors(CASES, ("en", "da", "nb"), at_least=9, per_language=2, look_alikes_per_language=1)
