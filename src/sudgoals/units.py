"""Units through one lazily created pint registry, and a table of exact factors that pint generates.

pint is never imported when ``sudgoals`` is: its import and a registry cost about half a second, more than
checking a whole paper. The registry is built on the first call to :func:`registry` (or :func:`quantity`).

The registry starts *empty* and holds only our own definitions (below): pint's default registry reads
"18 pct" as 18 picocarat, so no string from a paper is ever handed to pint. Quantities are built from
parsed, exact values: ``Q_(Fraction(18), "percent")``. Magnitudes stay :class:`~fractions.Fraction`
(``non_int_type=Fraction``).

Units defined: ``percent`` (``%``, 1/100), ``percentage_point`` (its own dimension, so that a change in
points is never silently turned into a relative percent), ``count`` and the counted things ``person``,
``case``, ``household`` (each its own dimension), money (``krone``, ``kr``, ``DKK``; NOK, SEK, EUR, GBP, USD,
each its own dimension: there are no exchange rates), ``factor``, time (minute, hour, day, week, month,
year), mass (kg, t), length, area and volume (m, km, m², km², ha, l, m³), energy (kWh, MWh, GWh) and power
(kW, MW, GW). A figure's :class:`~sudgoals.model.Unit` names one of them or a rate of one ("l/person/day"):
:func:`unit_name`.

Conversions (:func:`conversion_factor`, which rule SG150 calls) do not import pint: pint remains the source
of truth, but ahead of time. ``python -m sudgoals.units --write`` asks pint, with the definitions below, for
the dimension of each unit of :class:`~sudgoals.model.Unit` and its exact factor to the base unit of that
dimension (``l``: 1/1000 of ``[length] ** 3``, ``year``: 1461/4 ``day``), and writes them to the package
file ``units.toml``; a conversion reads that file (about a millisecond) and divides two products of its
factors. A test builds the table again with pint and compares it with the file, so the two cannot drift
apart, and a unit the file lacks is converted by pint itself.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sudgoals import _toml as tomllib
from sudgoals.model import Figure, Unit

if TYPE_CHECKING:
    import pint

__all__ = [
    "DEFINITIONS",
    "TABLE_FILE",
    "FactorTable",
    "conversion_factor",
    "factor_table",
    "quantity",
    "read_factor_table",
    "registry",
    "shipped_factor_table",
    "unit_name",
    "write_factor_table",
]

DEFINITIONS: tuple[str, ...] = (
    "percent = 0.01 = % = pct",
    "percentage_point = [percentage_point] = pp = procentpoint",
    "count = [count]",
    "person = [person] = persons",
    "case = [case] = cases",
    "household = [household] = households",
    "krone = [currency] = kr = DKK = kroner",
    "norwegian_krone = [currency_nok] = NOK",
    "swedish_krona = [currency_sek] = SEK",
    "euro = [currency_eur] = EUR",
    "pound_sterling = [currency_gbp] = GBP",
    "us_dollar = [currency_usd] = USD",
    "factor = 1",
    "day = [time] = days",
    "hour = day / 24 = hours",
    "minute = hour / 60 = minutes",
    "week = 7 * day = weeks",
    "year = 1461 / 4 * day = years",
    "month = year / 12 = months",
    "kilogram = [mass] = kg",
    "tonne = 1000 * kilogram = t",
    "meter = [length] = m",
    "kilometer = 1000 * meter = km",
    "liter = meter ** 3 / 1000 = l",
    "hectare = 10000 * meter ** 2 = ha",
    "kilowatt_hour = [energy] = kWh",
    "megawatt_hour = 1000 * kilowatt_hour = MWh",
    "gigawatt_hour = 1000000 * kilowatt_hour = GWh",
    "kilowatt = kilowatt_hour / hour = kW",
    "megawatt = 1000 * kilowatt = MW",
    "gigawatt = 1000000 * kilowatt = GW",
)
"""The registry's definitions, in pint's definition syntax (data of ours, not text from a paper). A year is
the Julian 365.25 days and a month a twelfth of it; currencies are not converted into each other."""

_ATOM_NAMES: dict[str, str] = {
    "count": "count",
    "percent": "percent",
    "percentage_point": "percentage_point",
    "kr": "krone",
    "factor": "factor",
    "year": "year",
    "t": "tonne",
    "kg": "kilogram",
    "l": "liter",
    "m**3": "meter ** 3",
    "m**2": "meter ** 2",
    "ha": "hectare",
    "km**2": "kilometer ** 2",
    "m": "meter",
    "km": "kilometer",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "NOK": "norwegian_krone",
    "SEK": "swedish_krona",
    "EUR": "euro",
    "GBP": "pound_sterling",
    "USD": "us_dollar",
    "person": "person",
}
"""Each unit of :class:`~sudgoals.model.Unit` by its name in the registry."""


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The one sudgoals unit registry, created (and pint imported) on first use.

    Built without pint's on-disk cache: the registry holds only our own few definitions, which pint defines in
    about 20 ms, while setting up the cache folder (``cache_folder=":auto:"``) cost 160 ms more (measured on
    the development machine) and caches only definition files, which we do not use.
    """
    import pint

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(None, non_int_type=Fraction)
    for definition in DEFINITIONS:
        reg.define(definition)
    return reg


def unit_name(unit: Unit, counts: str | None = None) -> str:
    """The registry's name for a figure unit; a count of ``counts`` ("person", "case", ...) when given.
    A rate is its unit divided by each unit it is per.

    Raises ``ValueError`` for a ``counts`` the registry does not define.

    >>> unit_name(Unit.PERCENT), unit_name(Unit.COUNT), unit_name(Unit.COUNT, "persons")
    ('percent', 'count', 'person')
    >>> unit_name(Unit("l/person/day")), unit_name(Unit("m**3/year"))
    ('liter / person / day', 'meter ** 3 / year')
    """
    if unit is Unit.COUNT and counts is not None:
        known = {"person": "person", "persons": "person", "case": "case", "cases": "case"}
        known |= {"household": "household", "households": "household", "count": "count", "counts": "count"}
        if counts not in known:
            raise ValueError(f"{counts=} is not a counted unit; choose one of {', '.join(sorted(known))}")
        return known[counts]
    return " / ".join(_ATOM_NAMES[part] for part in (unit.base, *unit.per))


def conversion_factor(source: Unit, target: Unit) -> Fraction | None:
    """The exact factor that turns an amount in ``source`` into one in ``target``, or ``None`` when they
    measure different things. A rate per person and the same rate without "per person" convert into each
    other ("110 liter pr. person pr. døgn, svarende til 40 m³ om året": the second is per person too).

    Read from the factors pint generated (:func:`shipped_factor_table`), without importing pint; pint
    converts only a unit the table lacks.

    >>> conversion_factor(Unit("l/person/day"), Unit("m**3/year"))
    Fraction(1461, 4000)
    >>> conversion_factor(Unit("kr/year"), Unit("kr/month")), conversion_factor(Unit("t"), Unit("day"))
    (Fraction(1, 12), None)
    """
    if source is target:
        return Fraction(1)  # "1,2 mia. kr. (1.200 mio. kr.)": the same unit, nothing to convert
    return _factor(source.value, target.value)


def _pairs(source: Unit, target: Unit) -> list[tuple[Unit, Unit]]:
    """The units to compare: as stated, then both without "per person" when either is per person."""
    pairs = [(source, target)]
    without = (_without_person(source), _without_person(target))
    if without != pairs[0]:
        pairs.append(without)
    return pairs


@cache
def _factor(source: str, target: str) -> Fraction | None:
    table = shipped_factor_table()
    for a, b in _pairs(Unit(source), Unit(target)):
        in_a, in_b = _in_base_units(a, table), _in_base_units(b, table)
        if in_a is None or in_b is None:
            return _pint_factor(Unit(source), Unit(target))  # a unit the shipped table lacks
        if in_a[1] == in_b[1]:
            return in_a[0] / in_b[0]
    return None


def _pint_factor(source: Unit, target: Unit) -> Fraction | None:
    """The factor as pint converts it: ``Q_(1, source).to(target)`` in our registry (imports pint)."""
    import pint

    reg = registry()
    for a, b in _pairs(source, target):
        try:
            magnitude = reg.Quantity(Fraction(1), unit_name(a)).to(unit_name(b)).magnitude
        except pint.DimensionalityError:
            continue
        return Fraction(magnitude)
    return None


def _in_base_units(unit: Unit, table: FactorTable) -> tuple[Fraction, frozenset[tuple[str, int]]] | None:
    """A unit's factor to the base units of its dimension, and that dimension, composed from the table's
    single units (a rate divides by each unit it is per); ``None`` when the table lacks one of them."""
    base = table.get(unit.base)
    if base is None:
        return None
    factor, dimension = base[0], Counter(base[1])
    for per in unit.per:
        found = table.get(per)
        if found is None:
            return None
        factor /= found[0]
        dimension.subtract(found[1])
    return factor, frozenset((name, power) for name, power in dimension.items() if power)


def _without_person(unit: Unit) -> Unit:
    return Unit("/".join((unit.base, *(p for p in unit.per if p != "person"))))


# ---------------------------------------------------------------------------------------- the factor table

FactorTable = Mapping[str, tuple[Fraction, Mapping[str, int]]]
"""Each single unit of :class:`~sudgoals.model.Unit` (``"l"``, ``"year"``, ``"EUR"``): its exact factor to
the base unit of its dimension and that dimension, as base dimensions with their powers
(``{"[length]": 3}``; ``{}`` for a dimensionless unit such as ``percent``)."""

TABLE_FILE = "units.toml"
"""The package file holding the factor table (next to this module)."""

_TABLE_PATH = Path(__file__).with_name(TABLE_FILE)

_TABLE_HEADER = (
    "# Each unit of sudgoals.model.Unit: its exact factor to the base unit of its dimension, and that\n"
    "# dimension (base dimensions with their powers), as pint computes them from the definitions in\n"
    "# sudgoals.units.DEFINITIONS.\n"
    "# Generated by `python -m sudgoals.units --write`; do not edit by hand: tests/test_units.py builds\n"
    "# the table again with pint and compares it with this file.\n"
)


def factor_table() -> dict[str, tuple[Fraction, dict[str, int]]]:
    """The factor table built by pint (imported here): for each single unit of
    :class:`~sudgoals.model.Unit`, ``Q_(Fraction(1), unit).to_base_units()`` in our registry, its exact
    magnitude and its dimensionality.

    >>> table = factor_table()
    >>> table["l"], table["percent"], table["year"][0]
    ((Fraction(1, 1000), {'[length]': 3}), (Fraction(1, 100), {}), Fraction(1461, 4))
    """
    reg = registry()
    table: dict[str, tuple[Fraction, dict[str, int]]] = {}
    for atom in Unit.atoms():
        in_base = reg.Quantity(Fraction(1), unit_name(Unit(atom))).to_base_units()
        magnitude = in_base.magnitude
        if not isinstance(magnitude, int | Fraction):  # the registry keeps magnitudes exact
            raise TypeError(f"pint gave {atom!r} the inexact factor {magnitude!r}")
        dimension: dict[str, int] = {}
        for name, power in sorted(in_base.dimensionality.items()):
            if not isinstance(power, int | Fraction) or Fraction(power).denominator != 1:
                raise ValueError(f"unit {atom!r} has the power {power!r} of {name}, not a whole number")
            dimension[str(name)] = int(power)
        table[atom] = (Fraction(magnitude), dimension)
    return table


def write_factor_table(table: FactorTable) -> str:
    """The table as the text of :data:`TABLE_FILE`: one line per unit, factors as exact strings.

    >>> print(write_factor_table({"l": (Fraction(1, 1000), {"[length]": 3})}), end="")  # doctest: +ELLIPSIS
    # Each unit ...
    "l" = { factor = "1/1000", dimension = { "[length]" = 3 } }
    """
    lines = [_TABLE_HEADER]
    for atom, (factor, dimension) in table.items():
        powers = ", ".join(f'"{name}" = {power}' for name, power in dimension.items())
        dimension_text = f"{{ {powers} }}" if powers else "{}"
        lines.append(f'"{atom}" = {{ factor = "{factor}", dimension = {dimension_text} }}\n')
    return "".join(lines)


def read_factor_table(text: str) -> dict[str, tuple[Fraction, dict[str, int]]]:
    """The table in the text of :data:`TABLE_FILE`. Raises ``ValueError`` for an entry that is not a factor
    (a string :class:`~fractions.Fraction` reads exactly) with a dimension of whole powers.

    >>> read_factor_table('"t" = { factor = "1000", dimension = { "[mass]" = 1 } }')
    {'t': (Fraction(1000, 1), {'[mass]': 1})}
    """
    table: dict[str, tuple[Fraction, dict[str, int]]] = {}
    for atom, entry in tomllib.loads(text).items():
        factor, dimension = entry.get("factor"), entry.get("dimension")
        if not isinstance(factor, str) or not isinstance(dimension, dict):
            raise ValueError(f"{TABLE_FILE}: {atom!r} needs a factor string and a dimension table: {entry!r}")
        if not all(isinstance(power, int) for power in dimension.values()):
            raise ValueError(f"{TABLE_FILE}: {atom!r} has a power that is not a whole number: {dimension!r}")
        table[atom] = (Fraction(factor), dimension)
    return table


@cache
def shipped_factor_table() -> FactorTable:
    """The factor table shipped in the package (:data:`TABLE_FILE`), read once per process; pint is not
    imported. Read as the file next to this module: ``importlib.resources`` would first import its readers
    (14 ms, when no language file has been read yet)."""
    return read_factor_table(_TABLE_PATH.read_text("utf-8"))


def quantity(figure: Figure, *, counts: str | None = None) -> pint.Quantity[Any]:
    """The figure's exact value as a pint quantity in our registry: ``Q_(value, "percent")``.

    ``counts`` names what a count counts ("person", "case", "household"). Raises ``ValueError`` for a
    placeholder or a figure without a value.

    >>> from sudgoals.numbers import read_figure
    >>> q = quantity(read_figure("18 pct."))
    >>> q.magnitude, str(q.units), q.to("").magnitude
    (Fraction(18, 1), 'percent', Fraction(9, 50))
    """
    if figure.placeholder or figure.value is None:
        raise ValueError(f"figure {figure.text!r} has no value (placeholder={figure.placeholder})")
    reg = registry()
    return reg.Quantity(figure.value, unit_name(figure.unit, counts))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sudgoals.units``: print the factor table pint builds; ``--write`` writes it to the
    package's :data:`TABLE_FILE`; ``--check`` exits with 1 when that file differs from it."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in ([], ["--write"], ["--check"]):
        print("usage: python -m sudgoals.units [--write | --check]", file=sys.stderr)
        return 2
    text = write_factor_table(factor_table())
    if not args:
        sys.stdout.write(text)
    elif args == ["--write"]:
        _TABLE_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {_TABLE_PATH}", file=sys.stderr)
    elif _TABLE_PATH.read_text("utf-8") != text:
        print(f"{TABLE_FILE} is not the table pint builds: python -m sudgoals.units --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
