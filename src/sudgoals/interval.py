"""Intervals over :class:`fractions.Fraction` with open or closed ends and sound arithmetic.

Every value here is exact. An :class:`Interval` is immutable and normalised when it is made: an unbounded
end is always open, and every empty interval is the one canonical :func:`empty`. Build intervals with the
module constructors:

>>> closed(1, 2), closedopen("35/2", "37/2"), singleton(3), empty()
(closed('1', '2'), closedopen('35/2', '37/2'), closed('3', '3'), empty())
>>> print(closedopen("35/2", "37/2"))
[35/2, 37/2)

Arithmetic is *sound*: for every ``x`` in ``A`` and ``y`` in ``B``, ``x + y`` is in ``A + B`` (likewise for
``-``, ``*`` and ``/``), and the result is the smallest interval with that property, except for division by
an interval that contains 0 (see :meth:`Interval.divide`).

>>> closed(150, 150) * 100 / closed("17.5", "18.5")
closed('30000/37', '6000/7')
"""

from __future__ import annotations

import math
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any, Final, Literal, TypeAlias, cast

from sudgoals._digits import fixed

__all__ = [
    "Bound",
    "Interval",
    "Number",
    "closed",
    "closedopen",
    "empty",
    "from_float",
    "inf",
    "open",
    "openclosed",
    "singleton",
    "unbounded",
]


class Bound(Enum):
    """Whether an end of an interval belongs to it.

    Using a bound as a truth value raises ``ValueError``: write ``bound is Bound.CLOSED``.

    >>> ~Bound.OPEN
    Bound.CLOSED
    """

    OPEN = "open"
    CLOSED = "closed"

    def __bool__(self) -> bool:
        raise ValueError("a Bound has no truth value: compare it with Bound.OPEN or Bound.CLOSED")

    def __invert__(self) -> Bound:
        return Bound.CLOSED if self is Bound.OPEN else Bound.OPEN

    def __repr__(self) -> str:
        return f"Bound.{self.name}"


class _Infinity:
    """Positive or negative infinity; compares with every exact number. Use :data:`inf` and ``-inf``."""

    __slots__ = ("_sign",)
    _sign: int

    def __new__(cls, sign: int) -> _Infinity:
        if sign > 0 and _POSITIVE is not None:
            return _POSITIVE
        if sign < 0 and _NEGATIVE is not None:
            return _NEGATIVE
        self = super().__new__(cls)
        object.__setattr__(self, "_sign", 1 if sign > 0 else -1)
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("infinity is immutable")

    def __reduce__(self) -> tuple[type[_Infinity], tuple[int]]:
        return (_Infinity, (self._sign,))

    @property
    def sign(self) -> int:
        """``1`` for ``inf``, ``-1`` for ``-inf``."""
        return self._sign

    def __neg__(self) -> _Infinity:
        return _Infinity(-self._sign)

    def __pos__(self) -> _Infinity:
        return self

    def _cmp(self, other: object) -> int | None:
        if isinstance(other, _Infinity):
            return (self._sign > other._sign) - (self._sign < other._sign)
        if isinstance(other, int | Fraction):
            return self._sign
        return None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Infinity) and other._sign == self._sign

    def __hash__(self) -> int:
        return hash(("sudgoals.inf", self._sign))

    def __lt__(self, other: object) -> bool:
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c < 0

    def __le__(self, other: object) -> bool:
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c <= 0

    def __gt__(self, other: object) -> bool:
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c > 0

    def __ge__(self, other: object) -> bool:
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c >= 0

    def __repr__(self) -> str:
        return "inf" if self._sign > 0 else "-inf"

    __str__ = __repr__


_POSITIVE: _Infinity | None = None
_NEGATIVE: _Infinity | None = None
_POSITIVE = _Infinity(1)
_NEGATIVE = _Infinity(-1)

inf: Final[_Infinity] = _POSITIVE
"""Positive infinity; ``-inf`` is its negative. Compares with ``int`` and ``Fraction``."""

Number: TypeAlias = int | Fraction | str | Decimal
"""What the constructors accept as an exact end: ``int``, ``Fraction``, ``Decimal`` or a string ``"3/2"``."""

_Endpoint: TypeAlias = Fraction | _Infinity
_EMPTY_INSTANCE: list[Interval] = []  # filled once with the one empty interval


# Comparisons of ends. ``Fraction < inf`` is correct through Python's reflected operators, but slow: the
# Fraction method runs first and checks the ABCs of ``numbers`` before giving up. The two infinities are
# singletons, so these test them by identity first; on two Fractions they are the plain operators.
def _lt(a: _Endpoint, b: _Endpoint) -> bool:
    if a is _POSITIVE or b is _NEGATIVE:
        return False
    if a is _NEGATIVE or b is _POSITIVE:
        return a is not b
    return a < b


def _eq(a: _Endpoint, b: _Endpoint) -> bool:
    if a.__class__ is _Infinity or b.__class__ is _Infinity:
        return a is b
    return a == b


def _exact(value: object, name: str) -> _Endpoint:
    """An exact end from ``value``: ``TypeError`` for floats/bools, ``ValueError`` for bad text."""
    if isinstance(value, _Infinity):
        return value
    if isinstance(value, bool | float):
        raise TypeError(f"{name}={value!r} must be exact (int, Fraction, Decimal or str); use from_float()")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{name}={value!r} must be finite; use inf for an unbounded end")
        return Fraction(value)
    if isinstance(value, str):
        text = value.strip()
        if text in ("inf", "+inf"):
            return inf
        if text == "-inf":
            return -inf
        try:
            return Fraction(text)
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(f"{name}={value!r} is not an exact number") from exc
    raise TypeError(f"{name}={value!r} must be int, Fraction, Decimal or str, not {type(value).__name__}")


def _fmt(value: _Endpoint) -> str:
    if isinstance(value, _Infinity):
        return repr(value)
    return str(value)


def _is_finite(value: _Endpoint) -> bool:
    return not isinstance(value, _Infinity)


class Interval:
    """A connected set of exact numbers: its ``lower`` and ``upper`` ends and whether each belongs to it.

    Immutable and normalised on construction. Prefer the module constructors (:func:`closed`,
    :func:`open`, ...); ``Interval(left, lower, upper, right)`` is the general form.

    Operators: ``x in I`` (a number or a sub-interval), ``&`` (:meth:`intersection`), ``+`` ``-`` ``*``
    ``/`` and unary ``-`` (:meth:`add`, :meth:`subtract`, :meth:`multiply`, :meth:`divide`,
    :meth:`negate`). An ``int`` or ``Fraction`` operand stands for its singleton; any other operand type
    (a ``float`` too) gives ``NotImplemented``, so Python raises ``TypeError``.
    """

    __slots__ = ("_left", "_lower", "_right", "_upper")

    _left: Bound
    _lower: _Endpoint
    _upper: _Endpoint
    _right: Bound

    def __new__(
        cls, left: Bound, lower: Number | _Infinity, upper: Number | _Infinity, right: Bound
    ) -> Interval:
        """Raises ``TypeError`` for a float or unknown end type, ``ValueError`` for an unreadable string.

        Every empty result is the one empty interval: ``closed(2, 1) is empty()``.
        """
        if (left.__class__ is not Bound or right.__class__ is not Bound) and (
            not isinstance(left, Bound) or not isinstance(right, Bound)
        ):
            raise TypeError(f"{left=} and {right=} must be Bound.OPEN or Bound.CLOSED")
        lo = lower if lower.__class__ is Fraction else _exact(lower, "lower")
        hi = upper if upper.__class__ is Fraction else _exact(upper, "upper")
        if lo is _NEGATIVE:
            left = Bound.OPEN
        if hi is _POSITIVE:
            right = Bound.OPEN
        if lo.__class__ is Fraction and hi.__class__ is Fraction:
            # two Fractions compared as integer cross products (denominators are positive): Fraction's own
            # comparison asks the numbers ABCs about its operand first, which is most of its cost
            below = lo.numerator * hi.denominator
            above = hi.numerator * lo.denominator
            is_empty = below > above or (below == above and (left is Bound.OPEN or right is Bound.OPEN))
        elif lo is _POSITIVE or hi is _NEGATIVE:
            is_empty = True
        elif lo is _NEGATIVE or hi is _POSITIVE:
            is_empty = False
        else:  # two Fractions
            is_empty = lo > hi or (lo == hi and (left is Bound.OPEN or right is Bound.OPEN))
        if is_empty:
            if _EMPTY_INSTANCE:
                return _EMPTY_INSTANCE[0]
            left, lo, hi, right = Bound.OPEN, inf, -inf, Bound.OPEN
        self = super().__new__(cls)
        object.__setattr__(self, "_left", left)
        object.__setattr__(self, "_lower", lo)
        object.__setattr__(self, "_upper", hi)
        object.__setattr__(self, "_right", right)
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Interval is immutable")

    def __reduce__(self) -> tuple[type[Interval], tuple[Bound, _Endpoint, _Endpoint, Bound]]:
        return (Interval, (self._left, self._lower, self._upper, self._right))

    @classmethod
    def from_float(
        cls,
        lower: float,
        upper: float | None = None,
        *,
        left: Bound = Bound.CLOSED,
        right: Bound = Bound.CLOSED,
    ) -> Interval:
        """An interval whose ends are the *exact* values of binary floats.

        Exact but surprising: ``0.1`` is not one tenth but ``3602879701896397/36028797018963968``. Use it
        for numbers that really were floats; write figures from text as strings (``closed("0.1", 1)``).
        ``upper`` defaults to ``lower`` (a singleton). Raises ``ValueError`` for NaN and ``TypeError`` for
        non-floats.

        >>> Interval.from_float(0.5, 2.0)
        closed('1/2', '2')
        """

        def convert(x: float, name: str) -> _Endpoint:
            if isinstance(x, bool) or not isinstance(x, float | int):
                raise TypeError(f"{name}={x!r} must be a float")
            if math.isnan(x):
                raise ValueError(f"{name}={x!r} is not a number")
            if math.isinf(x):
                return inf if x > 0 else -inf
            return Fraction(x)

        lo = convert(lower, "lower")
        hi = lo if upper is None else convert(upper, "upper")
        return cls(left, lo, hi, right)

    # ----------------------------------------------------------------- properties
    @property
    def lower(self) -> Fraction | _Infinity:
        """The lower end (``-inf`` when unbounded below, ``inf`` for the empty interval)."""
        return self._lower

    @property
    def upper(self) -> Fraction | _Infinity:
        """The upper end (``inf`` when unbounded above, ``-inf`` for the empty interval)."""
        return self._upper

    @property
    def left(self) -> Bound:
        """Whether the lower end belongs to the interval."""
        return self._left

    @property
    def right(self) -> Bound:
        """Whether the upper end belongs to the interval."""
        return self._right

    @property
    def empty(self) -> bool:
        """True for the (one, canonical) empty interval."""
        return self._lower is _POSITIVE

    @property
    def bounded(self) -> bool:
        """True when both ends are finite (the empty interval counts as bounded)."""
        return self.empty or (_is_finite(self._lower) and _is_finite(self._upper))

    @property
    def width(self) -> Fraction | _Infinity:
        """``upper - lower``: ``inf`` when unbounded, ``0`` for a singleton or the empty interval.

        >>> closed("1.35", "1.45").width
        Fraction(1, 10)
        """
        if self.empty:
            return Fraction(0)
        if not self.bounded:
            return inf
        return cast(Fraction, self._upper) - cast(Fraction, self._lower)

    @property
    def lower_closed(self) -> bool:
        """``left is Bound.CLOSED`` as a plain bool (for serialising)."""
        return self._left is Bound.CLOSED

    @property
    def upper_closed(self) -> bool:
        """``right is Bound.CLOSED`` as a plain bool (for serialising)."""
        return self._right is Bound.CLOSED

    def finite_lower(self) -> Fraction | None:
        """The lower end as a Fraction, or ``None`` when unbounded below or empty."""
        return self._lower if isinstance(self._lower, Fraction) else None

    def finite_upper(self) -> Fraction | None:
        """The upper end as a Fraction, or ``None`` when unbounded above or empty."""
        return self._upper if isinstance(self._upper, Fraction) else None

    # ----------------------------------------------------------------- comparisons
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return (self._left, self._lower, self._upper, self._right) == (
            other._left,
            other._lower,
            other._upper,
            other._right,
        )

    def __hash__(self) -> int:
        return hash((self._left, self._lower, self._upper, self._right))

    def __bool__(self) -> bool:
        raise ValueError("an Interval has no truth value: test .empty instead")

    def _contains_value(self, x: Fraction) -> bool:
        if self.empty:
            return False
        above = x > self._lower or (x == self._lower and self._left is Bound.CLOSED)
        below = x < self._upper or (x == self._upper and self._right is Bound.CLOSED)
        return above and below

    def __contains__(self, item: object) -> bool:
        """``x in I`` for an exact number ``x`` (int, Fraction, Decimal, "3/2") or a sub-interval.

        Raises ``TypeError`` for a float.

        >>> Fraction(35, 2) in closedopen("35/2", "37/2"), "37/2" in closedopen("35/2", "37/2")
        (True, False)
        """
        if isinstance(item, Interval):
            if item.empty:
                return True
            if self.empty:
                return False
            low_ok = item._lower > self._lower or (
                item._lower == self._lower and (self._left is Bound.CLOSED or item._left is Bound.OPEN)
            )
            high_ok = item._upper < self._upper or (
                item._upper == self._upper and (self._right is Bound.CLOSED or item._right is Bound.OPEN)
            )
            return low_ok and high_ok
        value = _exact(item, "item")
        if isinstance(value, _Infinity):
            return False
        return self._contains_value(value)

    # ----------------------------------------------------------------- set operations
    def intersection(self, other: Interval) -> Interval:
        """The numbers in both intervals (``self & other``).

        >>> closed(0, 2).intersection(open(1, 3))
        openclosed('1', '2')
        """
        if self.empty or other.empty:
            return empty()
        if _lt(other._lower, self._lower):
            lo, left = self._lower, self._left
        elif _lt(self._lower, other._lower):
            lo, left = other._lower, other._left
        else:
            lo = self._lower
            left = _both_closed(self._left, other._left)
        if _lt(self._upper, other._upper):
            hi, right = self._upper, self._right
        elif _lt(other._upper, self._upper):
            hi, right = other._upper, other._right
        else:
            hi = self._upper
            right = _both_closed(self._right, other._right)
        return Interval(left, lo, hi, right)

    def __and__(self, other: object) -> Interval | Any:  # `| Any`: see __add__
        if not isinstance(other, Interval):
            return NotImplemented
        return self.intersection(other)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval containing both (the gap between them included).

        >>> closed(0, 1).hull(open(3, 4))
        closedopen('0', '4')
        """
        if self.empty:
            return other
        if other.empty:
            return self
        if _lt(self._lower, other._lower):
            lo, left = self._lower, self._left
        elif _lt(other._lower, self._lower):
            lo, left = other._lower, other._left
        else:
            lo = self._lower
            left = _either_closed(self._left, other._left)
        if _lt(other._upper, self._upper):
            hi, right = self._upper, self._right
        elif _lt(self._upper, other._upper):
            hi, right = other._upper, other._right
        else:
            hi = self._upper
            right = _either_closed(self._right, other._right)
        return Interval(left, lo, hi, right)

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one number.

        >>> closed(0, 1).overlaps(openclosed(1, 2)), closed(0, 1).overlaps(closed(1, 2))
        (False, True)
        """
        return not self.intersection(other).empty

    def integers(self) -> tuple[int, int] | None:
        """The smallest and largest integer inside, honouring open ends; ``None`` when there is none.

        Raises ``ValueError`` when the interval is unbounded (it has no smallest or largest integer).

        >>> closedopen("35/2", "37/2").integers(), open(1, 2).integers()
        ((18, 18), None)
        >>> closed("30000/37", "6000/7").integers()
        (811, 857)
        >>> closed(0, 1).integers(), open(0, 3).integers()
        ((0, 1), (1, 2))
        """
        if self.empty:
            return None
        if not self.bounded:
            raise ValueError(f"{self} is unbounded: it has no smallest or largest integer")
        lo = cast(Fraction, self._lower)
        hi = cast(Fraction, self._upper)
        first = math.ceil(lo) if self._left is Bound.CLOSED else math.floor(lo) + 1
        last = math.floor(hi) if self._right is Bound.CLOSED else math.ceil(hi) - 1
        if first > last:
            return None
        return first, last

    # ----------------------------------------------------------------- arithmetic
    def negate(self) -> Interval:
        """``-self``: ``{-x : x in self}``."""
        if self.empty:
            return self
        return Interval(self._right, -self._upper, -self._lower, self._left)

    def __neg__(self) -> Interval:
        return self.negate()

    def __pos__(self) -> Interval:
        return self

    def add(self, other: Interval | int | Fraction) -> Interval:
        """``self + other``: ``{x + y}``; an end is closed only when both ends it comes from are.

        >>> closed(1, 2).add(openclosed(0, 1))
        openclosed('1', '3')
        """
        o = _operand(other)
        if self.empty or o.empty:
            return empty()
        lo = _add(self._lower, o._lower)
        hi = _add(self._upper, o._upper)
        left = _both_closed(self._left, o._left)
        right = _both_closed(self._right, o._right)
        return Interval(left, lo, hi, right)

    def subtract(self, other: Interval | int | Fraction) -> Interval:
        """``self - other``: ``{x - y}``.

        >>> closed(10, 20).subtract(closed(1, 2))
        closed('8', '19')
        """
        return self.add(_operand(other).negate())

    def multiply(self, other: Interval | int | Fraction) -> Interval:
        """``self * other``: ``{x * y}``, the hull of the end products (``0 * inf`` counts as ``0``).

        >>> closedopen(0, 1).multiply(openclosed(0, 1)), closed(-1, 2) * closed(3, 4)
        (closedopen('0', '1'), closed('-4', '8'))
        """
        o = _operand(other)
        a_lo, b_lo = self._lower, o._lower
        if (
            a_lo.__class__ is Fraction
            and b_lo.__class__ is Fraction
            and a_lo.numerator > 0
            and b_lo.numerator > 0
        ):
            a_hi, b_hi = self._upper, o._upper
            if a_hi.__class__ is Fraction and b_hi.__class__ is Fraction:
                # Both bounded and above 0 (the usual figures): the product grows with each factor, so the
                # lower ends give the lower end and the upper ends the upper one, each closed when both of
                # its ends are (an end equal to the other end is closed too: such an interval is a point).
                return Interval(
                    _both_closed(self._left, o._left),
                    a_lo * b_lo,
                    a_hi * b_hi,
                    _both_closed(self._right, o._right),
                )
        if self.empty or o.empty:
            return empty()
        # Each end product, and whether some pair of members reaches it exactly.
        candidates: list[tuple[_Endpoint, bool]] = []
        for a, a_closed in ((self._lower, self._left), (self._upper, self._right)):
            for b, b_closed in ((o._lower, o._left), (o._upper, o._right)):
                product = _mul(a, b)
                reached = a_closed is Bound.CLOSED and b_closed is Bound.CLOSED
                candidates.append((product, reached))
        # A closed end at 0 makes the product 0 reachable with any member of the other interval.
        if _has_closed_zero_end(self) or _has_closed_zero_end(o):
            candidates.append((Fraction(0), True))
        lo = hi = candidates[0][0]
        for value, _reached in candidates:
            if _lt(value, lo):
                lo = value
            elif _lt(hi, value):
                hi = value
        left = Bound.CLOSED if any(r for v, r in candidates if _eq(v, lo)) else Bound.OPEN
        right = Bound.CLOSED if any(r for v, r in candidates if _eq(v, hi)) else Bound.OPEN
        return Interval(left, lo, hi, right)

    def reciprocal(self) -> Interval:
        """``1 / self``: ``{1 / x : x in self, x != 0}``, see :meth:`divide` for intervals containing 0.

        >>> closed(2, 4).reciprocal(), closedopen(0, 2).reciprocal()
        (closed('1/4', '1/2'), open('1/2', inf))
        """
        lo, hi = self._lower, self._upper
        if lo.__class__ is Fraction and hi.__class__ is Fraction and lo.numerator > 0:
            # bounded and above 0 (the usual figures): [a, b] -> [1/b, 1/a], each end as closed as before
            return Interval(self._right, _recip(hi), _recip(lo), self._left)
        if self.empty:
            return self
        if self._lower > 0 or self._upper < 0 or (self._lower == 0 and self._left is Bound.OPEN):
            return _reciprocal_one_sided(self)
        if self._upper == 0 and self._right is Bound.OPEN:
            return _reciprocal_one_sided(self)
        # 0 is inside: split into the negative and the positive part and take the hull of their reciprocals.
        negative = self.intersection(Interval(Bound.OPEN, -inf, 0, Bound.OPEN))
        positive = self.intersection(Interval(Bound.OPEN, 0, inf, Bound.OPEN))
        result = empty()
        if not negative.empty:
            result = result.hull(_reciprocal_one_sided(negative))
        if not positive.empty:
            result = result.hull(_reciprocal_one_sided(positive))
        return result

    def divide(self, other: Interval | int | Fraction) -> Interval:
        """``self / other``: ``{x / y : x in self, y in other, y != 0}`` as one interval.

        Division by an interval that contains 0 is an explicit, sound result, never an exception: the
        divisor is split at 0 and the result is the *hull* of both halves' quotients, so it may be
        unbounded (``[1, 2] / [-1, 1]`` is ``(-inf, inf)``; ``[1, 2] / [0, 1]`` is ``[1, inf)``). Dividing by
        exactly ``{0}`` gives the empty interval (no quotient exists).

        >>> closed(1, 2).divide(closed(0, 1)), closed(1, 2).divide(singleton(0))
        (closedopen('1', inf), empty())
        """
        o = _operand(other)
        return self.multiply(o.reciprocal())

    # `Interval | Any` on the operators that may return NotImplemented: a mypyc build (hatch_build.py) checks
    # return types at run time and takes NotImplemented only where the annotation admits Any
    def __add__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return self.add(cast(Interval | int | Fraction, other))

    def __radd__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return _operand(cast(Interval | int | Fraction, other)).add(self)

    def __sub__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return self.subtract(cast(Interval | int | Fraction, other))

    def __rsub__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return _operand(cast(Interval | int | Fraction, other)).subtract(self)

    def __mul__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return self.multiply(cast(Interval | int | Fraction, other))

    def __rmul__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return _operand(cast(Interval | int | Fraction, other)).multiply(self)

    def __truediv__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return self.divide(cast(Interval | int | Fraction, other))

    def __rtruediv__(self, other: object) -> Interval | Any:
        if not _is_operand(other):
            return NotImplemented
        return _operand(cast(Interval | int | Fraction, other)).divide(self)

    # ----------------------------------------------------------------- text
    def __repr__(self) -> str:
        if self.empty:
            return "empty()"
        name = {
            (Bound.CLOSED, Bound.CLOSED): "closed",
            (Bound.OPEN, Bound.OPEN): "open",
            (Bound.CLOSED, Bound.OPEN): "closedopen",
            (Bound.OPEN, Bound.CLOSED): "openclosed",
        }[(self._left, self._right)]

        def arg(v: _Endpoint) -> str:
            return repr(v) if isinstance(v, _Infinity) else repr(str(v))

        return f"{name}({arg(self._lower)}, {arg(self._upper)})"

    def __str__(self) -> str:
        """Mathematical notation: ``[35/2, 37/2)``, ``(-inf, 3]``, ``{}`` for the empty interval."""
        if self.empty:
            return "{}"
        lb = "[" if self._left is Bound.CLOSED else "("
        rb = "]" if self._right is Bound.CLOSED else ")"
        return f"{lb}{_fmt(self._lower)}, {_fmt(self._upper)}{rb}"

    def to_decimal_str(self, places: int = 1, *, decimal_comma: bool = False, outward: bool = False) -> str:
        """The interval with decimal ends for people: ``[810.8, 857.1]``.

        Each finite end is rounded to ``places`` decimals (half away from zero), or, with ``outward=True``,
        the lower end down and the upper end up so that the printed interval still contains the exact one.
        Only for display: never compare the result. Raises ``ValueError`` when ``places`` is negative.

        >>> (closed(150, 150) * 100 / closed("17.5", "18.5")).to_decimal_str()
        '[810.8, 857.1]'
        >>> closedopen("35/2", "37/2").to_decimal_str(2, decimal_comma=True)
        '[17,50; 18,50)'
        """
        if places < 0:
            raise ValueError(f"{places=} must be >= 0")
        if self.empty:
            return "{}"
        lb = "[" if self._left is Bound.CLOSED else "("
        rb = "]" if self._right is Bound.CLOSED else ")"
        lo = _decimal(self._lower, places, "floor" if outward else "nearest", decimal_comma)
        hi = _decimal(self._upper, places, "ceiling" if outward else "nearest", decimal_comma)
        sep = "; " if decimal_comma else ", "
        return f"{lb}{lo}{sep}{hi}{rb}"


# --------------------------------------------------------------------- helpers


def _is_operand(value: object) -> bool:
    return isinstance(value, Interval | Fraction) or (isinstance(value, int) and not isinstance(value, bool))


def _operand(value: Interval | int | Fraction) -> Interval:
    if isinstance(value, Interval):
        return value
    if _is_operand(value):
        return singleton(value)
    raise TypeError(f"cannot combine an Interval with {type(value).__name__}: {value!r}")


def _has_closed_zero_end(iv: Interval) -> bool:
    return (iv.left is Bound.CLOSED and iv.lower == 0) or (iv.right is Bound.CLOSED and iv.upper == 0)


def _both_closed(a: Bound, b: Bound) -> Bound:
    return Bound.CLOSED if (a is Bound.CLOSED and b is Bound.CLOSED) else Bound.OPEN


def _either_closed(a: Bound, b: Bound) -> Bound:
    return Bound.CLOSED if (a is Bound.CLOSED or b is Bound.CLOSED) else Bound.OPEN


def _add(a: _Endpoint, b: _Endpoint) -> _Endpoint:
    if isinstance(a, _Infinity):
        return a  # -inf + inf never happens for lower+lower or upper+upper of non-empty intervals
    if isinstance(b, _Infinity):
        return b
    return a + b


def _mul(a: _Endpoint, b: _Endpoint) -> _Endpoint:
    if isinstance(a, _Infinity) or isinstance(b, _Infinity):
        sign_a = a.sign if isinstance(a, _Infinity) else (a > 0) - (a < 0)
        sign_b = b.sign if isinstance(b, _Infinity) else (b > 0) - (b < 0)
        sign = sign_a * sign_b
        if sign == 0:
            return Fraction(0)
        return inf if sign > 0 else -inf
    return a * b


def _recip(a: _Endpoint) -> Fraction:
    """``1 / a`` for ``a`` other than 0 (0 for an infinite ``a``), built from the integers (``1 / a`` is
    Fraction's reflected division, which checks the numbers ABCs first)."""
    if isinstance(a, _Infinity):
        return Fraction(0)
    return Fraction(a.denominator, a.numerator)


def _reciprocal_one_sided(iv: Interval) -> Interval:
    """``1/iv`` for a non-empty interval all of whose members have one sign (an open end may be 0)."""
    lo, hi = iv.lower, iv.upper
    # An end at 0 (open) maps to infinity on the side of the sign of the members.
    if lo == 0:
        new_hi: _Endpoint = inf
    else:
        new_hi = _recip(lo)
    if hi == 0:
        new_lo: _Endpoint = -inf
    else:
        new_lo = _recip(hi)
    # An infinite end maps to 0, which is never reached.
    left = Bound.OPEN if isinstance(hi, _Infinity) else iv.right
    right = Bound.OPEN if isinstance(lo, _Infinity) else iv.left
    return Interval(left, new_lo, new_hi, right)


def _decimal(
    value: _Endpoint, places: int, mode: Literal["floor", "ceiling", "nearest"], decimal_comma: bool
) -> str:
    if isinstance(value, _Infinity):
        return repr(value)
    return fixed(value, places, mode, point="," if decimal_comma else ".")


# --------------------------------------------------------------------- constructors


def closed(lower: Number | _Infinity, upper: Number | _Infinity) -> Interval:
    """``[lower, upper]`` (an infinite end is open).

    Raises ``TypeError`` for a float end and ``ValueError`` for unreadable text.

    >>> closed("1.35", "1.45")
    closed('27/20', '29/20')
    """
    return Interval(Bound.CLOSED, lower, upper, Bound.CLOSED)


def open(lower: Number | _Infinity, upper: Number | _Infinity) -> Interval:
    """``(lower, upper)``.

    >>> open(-inf, inf) == unbounded(), open(1, 1)
    (True, empty())
    """
    return Interval(Bound.OPEN, lower, upper, Bound.OPEN)


def closedopen(lower: Number | _Infinity, upper: Number | _Infinity) -> Interval:
    """``[lower, upper)``.

    >>> closedopen("17.5", "18.5")
    closedopen('35/2', '37/2')
    """
    return Interval(Bound.CLOSED, lower, upper, Bound.OPEN)


def openclosed(lower: Number | _Infinity, upper: Number | _Infinity) -> Interval:
    """``(lower, upper]``.

    >>> openclosed(0, 1)
    openclosed('0', '1')
    """
    return Interval(Bound.OPEN, lower, upper, Bound.CLOSED)


def singleton(value: Number) -> Interval:
    """``[value, value]``.

    >>> singleton("3/2")
    closed('3/2', '3/2')
    """
    return Interval(Bound.CLOSED, value, value, Bound.CLOSED)


_EMPTY: Final = Interval(Bound.OPEN, inf, -inf, Bound.OPEN)
_EMPTY_INSTANCE.append(_EMPTY)
_UNBOUNDED: Final = Interval(Bound.OPEN, -inf, inf, Bound.OPEN)


def empty() -> Interval:
    """The empty interval (there is exactly one).

    >>> empty() == closed(2, 1), empty().empty
    (True, True)
    """
    return _EMPTY


def unbounded() -> Interval:
    """``(-inf, inf)``: every number.

    >>> 10**100 in unbounded()
    True
    """
    return _UNBOUNDED


def from_float(
    lower: float, upper: float | None = None, *, left: Bound = Bound.CLOSED, right: Bound = Bound.CLOSED
) -> Interval:
    """Same as :meth:`Interval.from_float`: exact but surprising (``0.1`` is not one tenth)."""
    return Interval.from_float(lower, upper, left=left, right=right)
