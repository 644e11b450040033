"""A measure after a modal of intent and a bound verb, with the year it is due, is a level aimed at, named by
the subject ("Sagsbehandlingstiden skal være 8 uger i 2027", "Solar capacity should be 40 MW by 2030"); with no
year it is a length or a size, not a target ("Uddannelsen skal være 3 år"), and in the past it is a status.
Sentences written for this test; the helpers are those of ``test_forms``."""

from __future__ import annotations

from test_forms import NONE, T, case, read_as_test

# fmt: off
CASES = [
    case("da", "Sagsbehandlingstiden skal være 8 uger i 2027.",
         T(kind="level", level="8", unit="week", year=2027, indicator="Sagsbehandlingstiden")),
    case("da", "Kapaciteten af solceller skal være på 40 MW i 2030.",
         T(kind="level", level="40", unit="MW", year=2030)),
    case("da", "Skovarealet i kommunen skal være på 2.500 hektar i 2035.",
         T(kind="level", level="2500", year=2035)),
    case("nb", "Saksbehandlingstiden skal være 6 uker innen 2027.",
         T(kind="level", level="6", unit="week", year=2027)),
    case("nb", "Skogarealet skal være 2 500 hektar i 2030.",
         T(kind="level", level="2500", year=2030)),
    case("sv", "Handläggningstiden ska vara 6 veckor 2027.",
         T(kind="level", level="6", unit="week", year=2027)),
    case("sv", "Kapaciteten för solel ska vara 40 MW år 2030.",
         T(kind="level", level="40", unit="MW", year=2030)),
    case("en", "The average waiting time should be 18 weeks by 2027.",
         T(kind="level", level="18", unit="week", year=2027)),
    case("en", "Solar capacity on council buildings must be 40 MW by 2030.",
         T(kind="level", level="40", unit="MW", year=2030)),
    # no year: a length or a size; in the past: where it stood, no aim
    case("da", "Uddannelsen skal være 3 år.", *NONE),
    case("da", "Ventetiden var 4 uger i 2024.", *NONE),
    case("en", "The programme will be 12 weeks long.", *NONE),
    case("sv", "Kursen ska vara 10 veckor.", *NONE),
    case("nb", "Kapasiteten var 40 MW i 2024.", *NONE),
]
# fmt: on


test_a_measure_aimed_at_in_a_year_is_a_level = read_as_test(CASES)
