"""Units through one lazily created pint registry.

pint is never imported when ``sudgoals`` is: its import and a registry cost about half a second, more than
checking a whole paper. The registry is built on the first call to :func:`registry` (or :func:`quantity`).

The registry starts *empty* and holds only our own definitions (below): pint's default registry reads
"18 pct" as 18 picocarat, so no string from a paper is ever handed to pint. Quantities are built from
parsed, exact values: ``Q_(Fraction(18), "percent")``. Magnitudes stay :class:`~fractions.Fraction`
(``non_int_type=Fraction``).

Units defined: ``percent`` (``%``, 1/100), ``percentage_point`` (its own dimension, so that a change in
points is never silently turned into a relative percent), ``count`` and the counted things ``person``,
``case``, ``household`` (each its own dimension), ``krone`` (``kr``, ``DKK``), ``factor`` and ``year``.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

from sudgoals.model import Figure, Unit

if TYPE_CHECKING:
    import pint

__all__ = ["DEFINITIONS", "quantity", "registry", "unit_name"]

DEFINITIONS: tuple[str, ...] = (
    "percent = 0.01 = % = pct",
    "percentage_point = [percentage_point] = pp = procentpoint",
    "count = [count]",
    "person = [person] = persons",
    "case = [case] = cases",
    "household = [household] = households",
    "krone = [currency] = kr = DKK = kroner",
    "factor = 1",
    "year = [time] = years",
)
"""The registry's definitions, in pint's definition syntax (data of ours, not text from a paper)."""

_UNIT_NAMES: dict[Unit, str] = {
    Unit.COUNT: "count",
    Unit.PERCENT: "percent",
    Unit.PERCENTAGE_POINT: "percentage_point",
    Unit.KR: "krone",
    Unit.FACTOR: "factor",
    Unit.YEAR: "year",
}


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The one sudgoals unit registry, created (and pint imported) on first use.

    Uses pint's on-disk cache (``cache_folder=":auto:"``) when it works, and builds without it otherwise.
    """
    import pint

    try:
        reg: pint.UnitRegistry[Any] = pint.UnitRegistry(None, non_int_type=Fraction, cache_folder=":auto:")
    except Exception:  # an unwritable cache folder must not stop the check
        reg = pint.UnitRegistry(None, non_int_type=Fraction)
    for definition in DEFINITIONS:
        reg.define(definition)
    return reg


def unit_name(unit: Unit, counts: str | None = None) -> str:
    """The registry's name for a figure unit; a count of ``counts`` ("person", "case", ...) when given.

    Raises ``ValueError`` for a ``counts`` the registry does not define.

    >>> unit_name(Unit.PERCENT), unit_name(Unit.COUNT), unit_name(Unit.COUNT, "persons")
    ('percent', 'count', 'person')
    """
    if unit is Unit.COUNT and counts is not None:
        known = {"person": "person", "persons": "person", "case": "case", "cases": "case"}
        known |= {"household": "household", "households": "household", "count": "count", "counts": "count"}
        if counts not in known:
            raise ValueError(f"{counts=} is not a counted unit; choose one of {', '.join(sorted(known))}")
        return known[counts]
    return _UNIT_NAMES[unit]


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
