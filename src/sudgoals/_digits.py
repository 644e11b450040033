"""Writing exact numbers as decimal digits: the one place that rounds a Fraction for display.

Used by the model (``format_exact``), intervals (``to_decimal_str``), rule messages and reports, which all
need the same three things: how many decimals a value has exactly, a value rounded to a number of places
in a stated direction, and thousands grouping. Display only: no verdict is ever taken on these strings.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Literal

__all__ = ["Mode", "fixed", "group_thousands", "round_places", "terminating_places"]

Mode = Literal["nearest", "floor", "ceiling"]


def terminating_places(value: Fraction) -> int | None:
    """How many decimals ``value`` has when written exactly, or ``None`` when it never terminates.

    >>> [terminating_places(Fraction(n, d)) for n, d in ((7, 5), (1, 8), (1, 3))]
    [1, 3, None]
    """
    d = value.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    return max(twos, fives) if d == 1 else None


def round_places(value: Fraction, places: int, mode: Mode = "nearest") -> Fraction:
    """``value`` rounded to ``places`` decimals: half away from zero, or down (floor) or up (ceiling).

    >>> round_places(Fraction(-5, 2), 0), round_places(Fraction(6000, 7), 1, "ceiling")
    (Fraction(-3, 1), Fraction(4286, 5))
    """
    scale = 10**places
    scaled = value * scale
    if mode == "floor":
        whole = math.floor(scaled)
    elif mode == "ceiling":
        whole = math.ceil(scaled)
    else:
        whole = math.floor(abs(scaled) + Fraction(1, 2)) * (1 if scaled >= 0 else -1)
    return Fraction(whole, scale)


def group_thousands(digits: str, sep: str) -> str:
    """Digits of a whole number with ``sep`` every three from the right.

    >>> group_thousands("20690", "."), group_thousands("-123", "."), group_thousands("-1234", ",")
    ('20.690', '-123', '-1,234')
    """
    if digits.startswith("-"):
        return "-" + group_thousands(digits[1:], sep)
    if len(digits) <= 3:
        return digits
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


def fixed(
    value: Fraction,
    places: int,
    mode: Mode = "nearest",
    *,
    point: str = ".",
    group: str | None = None,
    strip_zeros: bool = False,
) -> str:
    """``value`` rounded by ``mode`` and written with exactly ``places`` decimals (or fewer with
    ``strip_zeros``), ``point`` as the decimal mark and ``group`` between thousands.

    >>> fixed(Fraction(25, 2), 2, point=","), fixed(Fraction(20690), 0, group=".")
    ('12,50', '20.690')
    >>> fixed(Fraction(25, 2), 2, strip_zeros=True), fixed(Fraction(-1, 3), 2)
    ('12.5', '-0.33')
    """
    scale = 10**places
    whole, rest = divmod(value.numerator * scale, value.denominator)
    if rest:  # not exact at this many places: round (the exact case, the common one, needs no Fractions)
        whole = (round_places(value, places, mode) * scale).numerator
    sign = "-" if whole < 0 else ""
    digits = str(abs(whole)).rjust(places + 1, "0")
    int_part, frac_part = (digits[:-places], digits[-places:]) if places else (digits, "")
    if strip_zeros:
        frac_part = frac_part.rstrip("0")
    if group:
        int_part = group_thousands(int_part, group)
    return sign + int_part + (point + frac_part if frac_part else "")
