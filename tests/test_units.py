"""Units: one lazily created pint registry with our own definitions; pint never reads a paper's text."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

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


# ------------------------------------------------------------------ the factor table pint generates ahead of time

_MEASURES = [atom for atom in Unit.atoms() if Unit(atom).measure]
_RATES = [f"{base}/{per}" for base in _MEASURES for per in Unit.per_units()] + [
    f"{base}/person/{per}" for base in _MEASURES for per in Unit.per_units() if per != "person"
]


def test_the_shipped_table_is_the_one_pint_builds() -> None:
    """The package file is exactly what ``python -m sudgoals.units --write`` writes from pint today, so a
    changed definition or a new unit fails here until the table is generated again."""
    from importlib import resources

    shipped = resources.files("sudgoals").joinpath(units_module.TABLE_FILE).read_text("utf-8")
    built = units_module.factor_table()
    assert shipped == units_module.write_factor_table(built)
    assert units_module.read_factor_table(shipped) == built
    assert dict(units_module.shipped_factor_table()) == built
    assert set(built) == set(Unit.atoms())  # every unit of the vocabulary, rates are composed from them
    assert units_module.main(["--check"]) == 0


def test_the_table_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert units_module.main([]) == 0
    assert capsys.readouterr().out == units_module.write_factor_table(units_module.factor_table())
    assert units_module.main(["--writ"]) == 2
    assert "usage" in capsys.readouterr().err


def test_every_unit_and_rate_has_pints_factor_and_dimension() -> None:
    """Each single unit and each rate of one (per one unit, and per person per one unit) is, composed from the
    table, the amount of base units pint makes of ``Q_(1, unit)``, with pint's dimension."""
    reg = registry()
    table = units_module.shipped_factor_table()
    units = [*Unit.atoms(), *_RATES]
    assert len(units) > 250
    for name in units:
        unit = Unit(name)
        in_base = reg.Quantity(Fraction(1), unit_name(unit)).to_base_units()
        dimension = frozenset((str(d), int(p)) for d, p in in_base.dimensionality.items())
        assert units_module._in_base_units(unit, table) == (in_base.magnitude, dimension), name


def test_conversions_from_the_table_are_pints() -> None:
    """Every pair of single units, and every rate into the rates of the rule's examples, converts by the table
    to exactly pint's factor, or to ``None`` exactly where pint refuses (kroner to euros, a rate to a total)."""
    pairs = [(a, b) for a in Unit.atoms() for b in Unit.atoms()]
    targets = [
        "m**3/year",
        "l/person/day",
        "kr/month",
        "GBP/month",
        "t/year",
        "day/person",
        "MWh",
        "kWh/year",
    ]
    pairs += [(a, b) for a in _RATES for b in targets]
    refused = 0
    for a, b in pairs:
        by_table = units_module._factor.__wrapped__(a, b)
        assert by_table == units_module._pint_factor(Unit(a), Unit(b)), (a, b)
        refused += by_table is None
    assert 0 < refused < len(pairs)
    assert units_module.conversion_factor(Unit("l/person/day"), Unit("m**3/year")) == Fraction(1461, 4000)


def test_a_unit_the_table_lacks_is_converted_by_pint(monkeypatch: pytest.MonkeyPatch) -> None:
    table = dict(units_module.shipped_factor_table())
    del table["l"]
    monkeypatch.setattr(units_module, "shipped_factor_table", lambda: table)
    assert units_module._factor.__wrapped__("l/person/day", "m**3/year") == Fraction(1461, 4000)
    assert units_module._factor.__wrapped__("l", "t") is None
    assert units_module._factor.__wrapped__("kr/year", "kr/month") == Fraction(1, 12)  # from the table


def test_a_bad_table_is_refused() -> None:
    with pytest.raises(ValueError, match="factor"):
        units_module.read_factor_table('"t" = { factor = 1000, dimension = { "[mass]" = 1 } }')
    with pytest.raises(ValueError, match="whole"):
        units_module.read_factor_table('"t" = { factor = "1000", dimension = { "[mass]" = 1.5 } }')
    with pytest.raises(ValueError, match="Fraction"):
        units_module.read_factor_table('"t" = { factor = "a ton", dimension = { "[mass]" = 1 } }')


_WITH_UNITS = (
    "Målsætninger 2025-2028\n\n"
    "1. Vi reducerer udledningen med 60 % i 2027, svarende til 12.300 tons.\n"
    "2. Sygefraværet skal ned fra 12,8 til 11,3 dage pr. medarbejder, et fald på halvanden dag.\n"
    "3. Ventetiden på en plads må højst være 2 måneder.\n"
)
_EQUIVALENCES = (
    "4. Udgifterne skal ned med 24 mio. kr. om året, eller 3 mio. kr. om måneden.\n"
    "5. Forbruget skal ned på 110 liter pr. person pr. døgn, svarende til ca. 60 m³ om året.\n"
    "6. Vi sparer 1,2 mia. kr. (1.200 mio. kr.) og 40 ha, svarende til 0,4 km².\n"
    "7. Energiforbruget skal ned med 2.400 MWh, svarende til 2,4 GWh.\n"
)


def _cli_check_in_a_new_process(path: Path) -> tuple[list[str], bool]:
    """The codes of the findings of ``sudgoals check --format json`` run in a new process through the
    command line's own entry point, and whether pint was imported by the time that process ended."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('pint' in sys.modules, file=sys.stderr))\n"
        "from sudgoals.cli import main\n"
        f"main(['check', {str(path)!r}, '--format', 'json'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    codes = [finding["code"] for finding in json.loads(done.stdout)["findings"]]
    return codes, done.stderr.strip().splitlines()[-1] == "True"


def test_a_check_of_a_paper_with_units_does_not_import_pint(tmp_path: Path) -> None:
    path = tmp_path / "units.txt"
    path.write_text(_WITH_UNITS, encoding="utf-8")
    codes, pint_imported = _cli_check_in_a_new_process(path)
    assert "SG150" not in codes
    assert not pint_imported


def test_a_check_that_converts_units_does_not_import_pint(tmp_path: Path) -> None:
    """SG150 converts kroner a year to kroner a month, litres a day to m³ a year, billions to millions and
    hectares to km² from the shipped table: pint stays out of the process."""
    path = tmp_path / "equivalences.txt"
    path.write_text(_WITH_UNITS + _EQUIVALENCES, encoding="utf-8")
    codes, pint_imported = _cli_check_in_a_new_process(path)
    assert (
        codes.count("SG150") == 2
    )  # 24 mio. a year is not 3 mio. a month; 110 l a day is not ca. 60 m³ a year
    assert not pint_imported
