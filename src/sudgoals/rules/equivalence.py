"""SG150: a stated equivalence between two units that does not hold.

Papers restate an amount in another unit or scale: "110 liter pr. person pr. døgn, svarende til ca. 40 m³
om året", "24 mio. kr. om året, eller 2 mio. kr. om måneden", "1,2 mia. kr. (1.200 mio. kr.)". The extractor
keeps each such pair (:class:`~sudgoals.model.Equivalence`); here the first figure's interval is converted
into the second figure's unit by the exact factor pint gives (:func:`sudgoals.units.conversion_factor`, read
from the table pint generated ahead of time, so that a check does not pay for importing pint) and compared
with the second figure's interval. Both intervals are those of the figures' rounding, widened by
the hedge policy where a hedge stands ("ca. 40"): the rule fires only when no value fits both.

A rate per person and the same rate without "per person" are the same amount for one person ("110 liter pr.
person pr. døgn, svarende til 40 m³ om året"). Figures whose units measure different things (kroner and
euros, a rate and a total) are not compared: no exchange rate or period is guessed.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import Final

from sudgoals.interval import Interval
from sudgoals.model import Equivalence, Paper, Severity, Unit

from ._base import Hit, Rule, RuleContext, RuleText
from ._pairs import figure_interval, usable
from ._text import exact, range_text

__all__ = ["EQUIVALENCE_MISMATCH", "__register__", "converted"]

_SUPERSCRIPTS = {"**2": "²", "**3": "³"}
_PER = {
    "da": {
        "person": "pr. person",
        "minute": "i minuttet",
        "hour": "i timen",
        "day": "i døgnet",
        "week": "om ugen",
        "month": "om måneden",
    }
    | {"year": "om året"},
    "en": {"person": "per person", "hour": "an hour", "day": "a day", "week": "a week", "month": "a month"}
    | {"year": "a year", "minute": "a minute"},
}
_BASES = {
    "da": {"kr": "kr.", "t": "tons", "hour": "timer", "day": "dage", "week": "uger", "month": "måneder"}
    | {"year": "år", "l": "liter", "minute": "minutter"},
    "en": {"kr": "kr.", "t": "tonnes", "hour": "hours", "day": "days", "week": "weeks", "month": "months"}
    | {"year": "years", "l": "litres", "minute": "minutes"},
}


def unit_label(unit: Unit, lang: str) -> str:
    """A unit as a reader writes it: ``m³ om året``, ``l pr. person i døgnet``, ``kr. a month``.

    >>> unit_label(Unit("m**3/year"), "da"), unit_label(Unit("kr/month"), "en")
    ('m³ om året', 'kr. a month')
    """
    base = _BASES[lang].get(unit.base, unit.base)
    for power, mark in _SUPERSCRIPTS.items():
        base = base.replace(power, mark)
    return " ".join((base, *(_PER[lang][p] for p in unit.per)))


def converted(equivalence: Equivalence, *, hedged: bool) -> tuple[Interval, Interval, Fraction] | None:
    """``(first, second, factor)``: the first figure's interval in the second figure's unit, the second
    figure's interval, and the factor between the units; ``None`` when the units measure different things
    or a figure has no value. Rounding intervals only, or with ``hedged`` those the hedge policy allows.

    >>> from sudgoals.extract import extract_text
    >>> eq = extract_text("Budgettet er 24 mio. kr. om året, eller 2 mio. kr. om måneden.").equivalences[0]
    >>> first, second, factor = converted(eq, hedged=False)
    >>> print(first, second, factor)
    [5875000/3, 6125000/3] [1500000, 2500000] 1/12
    """
    from sudgoals.units import conversion_factor

    one, other = equivalence.first, equivalence.second
    if not (usable(one) and usable(other)):
        return None
    factor = conversion_factor(one.unit, other.unit)
    if factor is None:
        return None
    return figure_interval(one, hedged=hedged) * factor, figure_interval(other, hedged=hedged), factor


def _equivalence_mismatch(paper: Paper, ctx: RuleContext) -> Iterator[Hit]:
    for equivalence in paper.equivalences:
        found = converted(equivalence, hedged=True)
        if found is None:
            continue
        first, second, factor = found
        if not (first & second).empty:
            continue
        one, other = equivalence.first, equivalence.second
        a, b = " ".join(one.text.split()), " ".join(other.text.split())
        unit_da, unit_en = unit_label(other.unit, "da"), unit_label(other.unit, "en")
        data = {
            "first": a,
            "second": b,
            "first_unit": one.unit.value,
            "second_unit": other.unit.value,
            "factor": exact(factor),
        }
        for name, interval in (("converted", first), ("stated", second)):
            low, high = interval.finite_lower(), interval.finite_upper()
            if low is not None:
                data[f"{name}_low"] = exact(low)
            if high is not None:
                data[f"{name}_high"] = exact(high)
        yield Hit(
            span=equivalence.span,
            da=(
                f"»{a}« er {range_text(first, 'da')} {unit_da}, men der står »{b}« "
                f"({range_text(second, 'da')} {unit_da}): de to tal er ikke den samme mængde"
            ),
            en=(
                f"“{a}” is {range_text(first, 'en')} {unit_en}, but the text says “{b}” "
                f"({range_text(second, 'en')} {unit_en}): the two figures are not the same amount"
            ),
            data=data,
        )


EQUIVALENCE_MISMATCH: Final = Rule(
    code="SG150",
    name="equivalence-mismatch",
    severity=Severity.ERROR,
    detect=_equivalence_mismatch,
    da=RuleText(
        title="To tal, der skal være den samme mængde i to enheder, passer ikke sammen",
        what=(
            "Et tal, som teksten omregner til en anden enhed eller skala (»svarende til«, »eller«, en "
            "parentes): liter pr. døgn til m³ om året, kroner om året til kroner om måneden, mia. kr. til "
            "mio. kr., hektar til km², MWh til GWh. Det første tal regnes om til det andets enhed med pint, "
            "eksakt, og begge tal læses som det interval, deres afrunding (og et »ca.«) tillader."
        ),
        why=(
            "Omregningen er skrevet i hånden og bliver ikke rettet, når det ene tal ændres i et nyt udkast. "
            "Læseren kan ikke se, hvilket af de to tal der er det rigtige mål."
        ),
        fire_example=(
            "Vandforbruget skal ned på 110 liter pr. person pr. døgn, svarende til ca. 60 m³ om året."
        ),
        pass_example=(
            "Vandforbruget skal ned på 110 liter pr. person pr. døgn, svarende til ca. 40 m³ om året."
        ),
        fix=(
            "Regn det ene tal om igen ud fra det andet (110 liter i døgnet er 40,2 m³ om året), eller "
            "slet omregningen, hvis den ikke længere passer."
        ),
    ),
    en=RuleText(
        title="Two figures stated as the same amount in two units do not agree",
        what=(
            'A figure the text restates in another unit or scale ("equivalent to", "or", a '
            "parenthesis): litres a day to m³ a year, pounds a year to pounds a month, billions to "
            "millions, hectares to km², MWh to GWh. The first figure is converted into the second one's "
            "unit exactly, by the factors pint computes, and both are read as the interval their rounding "
            '(and an "about") allows.'
        ),
        why=(
            "The conversion is worked out by hand and is not updated when a later draft changes one of the "
            "figures. The reader cannot tell which of the two is the target."
        ),
        fire_example="The fund will grow by £24m a year, or £3m a month.",
        pass_example="The fund will grow by £24m a year, or £2m a month.",
        fix=(
            "Work the second figure out again from the first (£24m a year is £2m a month), or drop the "
            "restatement if it no longer holds."
        ),
    ),
)

__register__: Final = (EQUIVALENCE_MISMATCH,)
