"""Units: one lazily created pint registry with our own definitions; pint never reads a paper's text."""

from __future__ import annotations

import doctest
import subprocess
import sys
from fractions import Fraction

import pytest

import sudgoals.units as units_module
from sudgoals.model import Unit
from sudgoals.numbers import read_figure
from sudgoals.units import quantity, registry, unit_name


def test_doctests() -> None:
    result = doctest.testmod(units_module)
    assert result.attempted > 3
    assert result.failed == 0


def test_import_does_not_load_pint() -> None:
    code = (
        "import sys, sudgoals, sudgoals.interval, sudgoals.numbers, sudgoals.algebra, sudgoals.units\n"
        "assert 'pint' not in sys.modules, 'pint imported too early'\n"
        "from sudgoals.numbers import read_figure\n"
        "from sudgoals.units import quantity\n"
        "q = quantity(read_figure('18 pct.'))\n"
        "assert 'pint' in sys.modules\n"
        "print(q.magnitude)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "18"


def test_one_registry() -> None:
    assert registry() is registry()


def test_quantities_are_exact() -> None:
    q = quantity(read_figure("1,4 pct."))
    assert q.magnitude == Fraction(7, 5)
    assert isinstance(q.magnitude, Fraction)
    assert q.to("").magnitude == Fraction(7, 500)
    assert str(q.units) == "percent"


def test_percentage_points_are_not_percent() -> None:
    import pint

    points = quantity(read_figure("2 procentpoint"))
    assert str(points.units) == "percentage_point"
    with pytest.raises(pint.DimensionalityError):
        points.to("percent")


def test_counts_and_money() -> None:
    people = quantity(read_figure("150"), counts="persons")
    assert str(people.units) == "person"
    assert people.magnitude == 150
    cases = quantity(read_figure("90"), counts="cases")
    import pint

    with pytest.raises(pint.DimensionalityError):
        _ = people + cases
    money = quantity(read_figure("1,5 mio. kr."))
    assert money.magnitude == 1_500_000
    assert str(money.units) == "krone"


def test_pct_is_not_picocarat() -> None:
    # our registry has no carat at all: "pct" can only be our percent alias
    assert registry().Quantity(Fraction(18), "pct").to("").magnitude == Fraction(9, 50)


def test_placeholder_has_no_quantity() -> None:
    with pytest.raises(ValueError, match="placeholder"):
        quantity(read_figure("X pct."))


def test_unit_names() -> None:
    assert {unit_name(u) for u in Unit} >= {"count", "percent", "percentage_point", "krone", "factor", "year"}
    assert unit_name(Unit.COUNT, "households") == "household"
    with pytest.raises(ValueError, match="counts"):
        unit_name(Unit.COUNT, "apples")
