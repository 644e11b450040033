"""Units through one lazily created pint registry.

pint is never imported when ``sudgoals`` is: its import and a registry cost about half a second, more than
checking a whole paper. The registry is built on the first call to :func:`registry` (or :func:`quantity`).

The registry starts *empty* and holds only our own definitions (below): pint's default registry reads
"18 pct" as 18 picocarat, so no string from a paper is ever handed to pint. Quantities are built from
parsed, exact values: ``Q_(Fraction(18), "percent")``. Magnitudes stay :class:`~fractions.Fraction`
(``non_int_type=Fraction``).

Units defined: ``percent`` (``%``, 1/100), ``percentage_point`` (its own dimension, so that a change in
points is never silently turned into a relative percent), ``count`` and the counted things ``person``,
``case``, ``household`` (each its own dimension), money (``krone``, ``kr``, ``DKK``; NOK, SEK, EUR, GBP, USD,
each its own dimension: there are no exchange rates), ``factor``, time (hour, day, week, month, year), mass
(kg, t), length, area and volume (m, km, m², km², ha, l, m³) and energy (kWh, MWh, GWh). A figure's
:class:`~sudgoals.model.Unit` names one of them or a rate of one ("l/person/day"): :func:`unit_name`.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

from sudgoals.model import Figure, Unit

if TYPE_CHECKING:
    import pint

__all__ = ["DEFINITIONS", "conversion_factor", "quantity", "registry", "unit_name"]

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
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
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

    >>> conversion_factor(Unit("l/person/day"), Unit("m**3/year"))
    Fraction(1461, 4000)
    >>> conversion_factor(Unit("kr/year"), Unit("kr/month")), conversion_factor(Unit("t"), Unit("day"))
    (Fraction(1, 12), None)
    """
    if source is target:
        return Fraction(1)  # "1,2 mia. kr. (1.200 mio. kr.)": the same unit, nothing to convert (no pint)
    return _factor(source.value, target.value)


@cache
def _factor(source: str, target: str) -> Fraction | None:
    import pint

    reg = registry()
    pairs = [(Unit(source), Unit(target))]
    without = (_without_person(Unit(source)), _without_person(Unit(target)))
    if without != pairs[0]:
        pairs.append(without)
    for a, b in pairs:
        try:
            magnitude = reg.Quantity(Fraction(1), unit_name(a)).to(unit_name(b)).magnitude
        except pint.DimensionalityError:
            continue
        return Fraction(magnitude)
    return None


def _without_person(unit: Unit) -> Unit:
    return Unit("/".join((unit.base, *(p for p in unit.per if p != "person"))))


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
