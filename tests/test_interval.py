"""Intervals over Fraction: construction, set laws, and soundness of + - * / (property tests)."""

from __future__ import annotations

import math
import operator
import pickle
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import sudgoals.interval as interval_module
from doctests import run_doctests
from sudgoals.interval import (
    Bound,
    Interval,
    closed,
    closedopen,
    empty,
    from_float,
    inf,
    open,
    openclosed,
    singleton,
    unbounded,
)
from sudgoals.strategies import intervals

SMALL = intervals(min_value=-50, max_value=50, max_denominator=12)
ANY = intervals(min_value=-50, max_value=50, max_denominator=12, allow_unbounded=True, allow_empty=True)


@st.composite
def member(draw: st.DrawFn, iv: Interval) -> Fraction:
    """A number inside the non-empty interval ``iv``; often one of its closed ends."""
    lo, hi = iv.finite_lower(), iv.finite_upper()
    where = draw(st.sampled_from(["lower", "upper", "inside"]))
    if where == "lower" and lo is not None and iv.left is Bound.CLOSED:
        return lo
    if where == "upper" and hi is not None and iv.right is Bound.CLOSED:
        return hi
    if lo is None and hi is None:
        x = draw(st.fractions(min_value=-100, max_value=100, max_denominator=20))
    elif lo is None:
        assert hi is not None
        x = hi - draw(st.fractions(min_value=0, max_value=100, max_denominator=20))
    elif hi is None:
        x = lo + draw(st.fractions(min_value=0, max_value=100, max_denominator=20))
    else:
        t = draw(st.fractions(min_value=0, max_value=1, max_denominator=50))
        x = lo + t * (hi - lo)
    if x not in iv:  # an open end was hit: step inside
        if lo is not None and hi is not None:
            x = (lo + hi) / 2
        elif lo is not None:
            x = lo + 1
        else:
            assert hi is not None
            x = hi - 1
    assert x in iv
    return x


# --------------------------------------------------------------------------------------------- construction


def test_doctests() -> None:
    result = run_doctests(interval_module)
    assert result.attempted > 20
    assert result.failed == 0


def test_bound_has_no_truth_value() -> None:
    with pytest.raises(ValueError, match="truth"):
        bool(Bound.OPEN)
    assert ~Bound.OPEN is Bound.CLOSED
    assert ~Bound.CLOSED is Bound.OPEN


def test_infinity_compares_with_exact_numbers() -> None:
    assert -inf < Fraction(-(10**30)) < 0 < 10**30 < inf
    negative = -inf
    assert -negative is inf
    assert inf == inf
    assert -inf != inf
    assert max(Fraction(3), inf) is inf
    assert pickle.loads(pickle.dumps(inf)) is inf


def test_normalisation() -> None:
    assert closed(2, 1) is empty()
    assert open(1, 1) is empty()
    assert closedopen(1, 1) is empty()
    assert closed(1, 1) == singleton(1)
    assert closed(-inf, 3).left is Bound.OPEN
    assert closed(3, inf).right is Bound.OPEN
    assert closed(-inf, inf) == unbounded()
    assert empty().empty
    assert not singleton(0).empty


def test_accepts_exact_rejects_float() -> None:
    assert closed("3/2", "1.75") == closed(Fraction(3, 2), Fraction(7, 4))
    assert closed(Decimal("0.1"), 1).lower == Fraction(1, 10)
    with pytest.raises(TypeError):
        closed(0.1, 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        closed(True, 2)
    with pytest.raises(ValueError, match="exact"):
        closed("abc", 2)
    with pytest.raises(TypeError):
        closed(0, 1) + 0.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        closed(0, 1) * 0.5  # type: ignore[operator]
    assert closed(0, 1).__add__(0.5) is NotImplemented
    assert closed(0, 1).__and__(3) is NotImplemented


def test_from_float_is_exact() -> None:
    iv = from_float(0.1)
    assert iv.lower == Fraction(3602879701896397, 36028797018963968)
    assert Interval.from_float(0.5, 2.0) == closed("1/2", 2)
    assert Interval.from_float(1.0, float("inf")) == closedopen(1, inf)
    with pytest.raises(ValueError, match="not a number"):
        from_float(float("nan"))


def test_immutable() -> None:
    iv = closed(1, 2)
    with pytest.raises(AttributeError):
        iv._lower = Fraction(0)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        iv.foo = 1  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="truth"):
        bool(iv)


def test_properties_and_text() -> None:
    iv = closedopen("35/2", "37/2")
    assert (iv.lower, iv.upper, iv.left, iv.right) == (
        Fraction(35, 2),
        Fraction(37, 2),
        Bound.CLOSED,
        Bound.OPEN,
    )
    assert str(iv) == "[35/2, 37/2)"
    assert str(openclosed(-inf, 3)) == "(-inf, 3]"
    assert str(empty()) == "{}"
    assert iv.width == 1
    assert closed(1, inf).width is inf
    assert empty().width == 0
    assert (closed(150, 150) * 100 / closed("17.5", "18.5")).to_decimal_str() == "[810.8, 857.1]"
    assert (closed(150, 150) * 100 / closed("17.5", "18.5")).to_decimal_str(outward=True) == "[810.8, 857.2]"
    assert closed("1.35", "1.45").to_decimal_str(2, decimal_comma=True) == "[1,35; 1,45]"
    assert closedopen(0, inf).to_decimal_str(0) == "[0, inf)"
    with pytest.raises(ValueError, match="places"):
        iv.to_decimal_str(-1)


@given(ANY)
def test_repr_round_trips(iv: Interval) -> None:
    namespace = vars(interval_module)
    assert eval(repr(iv), dict(namespace)) == iv


@given(ANY)
def test_pickle_round_trips(iv: Interval) -> None:
    assert pickle.loads(pickle.dumps(iv)) == iv


def test_from_type_uses_the_registered_strategy() -> None:
    @given(st.from_type(Interval))
    def inner(iv: Interval) -> None:
        assert isinstance(iv, Interval)

    inner()


# --------------------------------------------------------------------------------------------- membership


def test_contains() -> None:
    iv = closedopen("35/2", "37/2")
    assert Fraction(35, 2) in iv
    assert Fraction(37, 2) not in iv
    assert 18 in iv
    assert "18.49" in iv
    assert closed(18, 18) in iv
    assert closed(18, "37/2") not in iv
    assert empty() in iv
    assert 5 not in empty()
    assert inf not in unbounded()
    with pytest.raises(TypeError):
        _ = 0.5 in iv


def test_division_by_intervals_containing_zero() -> None:
    assert closed(1, 2) / closed(-1, 1) == unbounded()
    assert closed(1, 2) / closed(0, 1) == closedopen(1, inf)
    assert closed(1, 2) / closed(-1, 0) == openclosed(-inf, -1)
    assert closed(1, 2) / singleton(0) is empty()
    assert closed(1, 2) / 0 is empty()
    assert singleton(0) / closed(0, 1) == singleton(0)
    assert closed(1, 2) / open(0, 1) == open(1, inf)
    assert closed(1, 2) / closedopen(2, inf) == openclosed(0, 1)


def test_closed_ends_survive_arithmetic() -> None:
    assert closed(1, 2) / closed(1, 2) == closed("1/2", 2)
    assert closed(0, 1) * open(1, 2) == closedopen(0, 2)  # 0 times anything inside is reached
    assert open(0, 1) * open(1, 2) == open(0, 2)
    assert closed(0, 1) * closedopen(1, inf) == closedopen(0, inf)
    assert closed(-1, 2) * closed(-3, 1) == closed(-6, 3)
    assert closed(1, 2) - open(0, 1) == open(0, 2)
    assert closedopen(2, 4).reciprocal() == openclosed("1/4", "1/2")


def test_integers() -> None:
    assert closedopen("35/2", "37/2").integers() == (18, 18)
    assert open(1, 2).integers() is None
    assert closed(1, 2).integers() == (1, 2)
    assert open(1, 4).integers() == (2, 3)
    assert closed("-3/2", "-1/2").integers() == (-1, -1)
    assert empty().integers() is None
    assert closed(10**12, 10**12 + 1).integers() == (10**12, 10**12 + 1)
    with pytest.raises(ValueError, match="unbounded"):
        closedopen(0, inf).integers()


# --------------------------------------------------------------------------------------------- laws

OPS: dict[str, Callable[[Interval, Interval], Interval]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}
SCALAR: dict[str, Callable[[Fraction, Fraction], Fraction]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}


@pytest.mark.parametrize("op", list(OPS))
@given(data=st.data(), a=ANY, b=ANY)
def test_arithmetic_is_sound(op: str, data: st.DataObject, a: Interval, b: Interval) -> None:
    """For x in A and y in B, x∘y is in A∘B."""
    result = OPS[op](a, b)
    if a.empty or b.empty:
        assert result.empty
        return
    x = data.draw(member(a))
    y = data.draw(member(b))
    if op == "/" and y == 0:
        return
    assert SCALAR[op](x, y) in result


@pytest.mark.parametrize("op", ["+", "-", "*"])
@given(a=SMALL, b=SMALL)
def test_arithmetic_is_tight_on_closed_intervals(op: str, a: Interval, b: Interval) -> None:
    """For closed bounded intervals the result is exactly the hull of the end combinations."""
    a_closed = closed(a.lower, a.upper)  # type: ignore[arg-type]
    b_closed = closed(b.lower, b.upper)  # type: ignore[arg-type]
    corners = [
        SCALAR[op](x, y) for x in (a_closed.lower, a_closed.upper) for y in (b_closed.lower, b_closed.upper)
    ]  # type: ignore[type-var]
    assert OPS[op](a_closed, b_closed) == closed(min(corners), max(corners))  # type: ignore[type-var]


@given(a=SMALL, b=SMALL)
def test_division_is_tight_away_from_zero(a: Interval, b: Interval) -> None:
    assume(b.lower > 0 or b.upper < 0)  # type: ignore[operator]
    a_closed = closed(a.lower, a.upper)  # type: ignore[arg-type]
    b_closed = closed(b.lower, b.upper)  # type: ignore[arg-type]
    corners = [x / y for x in (a_closed.lower, a_closed.upper) for y in (b_closed.lower, b_closed.upper)]  # type: ignore[operator]
    assert a_closed / b_closed == closed(min(corners), max(corners))


@given(data=st.data(), a=ANY)
def test_negation_and_scalars(data: st.DataObject, a: Interval) -> None:
    negated = -a
    assert -negated == a
    assert a - a == a + (-a)
    if a.empty:
        return
    x = data.draw(member(a))
    assert -x in -a
    assert x * 3 in a * 3
    assert x + 1 in 1 + a
    assert 2 - x in 2 - a
    assert x / 4 in a / 4


@given(data=st.data(), a=ANY, b=ANY)
def test_intersection_laws(data: st.DataObject, a: Interval, b: Interval) -> None:
    both = a & b
    assert both == b.intersection(a)
    assert both in a
    assert both in b
    assert a.overlaps(b) == (not both.empty)
    assert (a & a) == a
    for source in (a, b):
        if not source.empty:
            x = data.draw(member(source))
            assert (x in both) == (x in a and x in b)


@given(a=ANY, b=ANY, c=ANY)
def test_intersection_is_associative(a: Interval, b: Interval, c: Interval) -> None:
    assert (a & b) & c == a & (b & c)


@given(data=st.data(), a=ANY, b=ANY)
def test_hull_laws(data: st.DataObject, a: Interval, b: Interval) -> None:
    h = a.hull(b)
    assert h == b.hull(a)
    assert a in h
    assert b in h
    assert a.hull(empty()) == a
    assert a.hull(a) == a
    if not a.empty and not b.empty:
        # smallest: its ends are ends of a or b
        assert h.lower in (a.lower, b.lower)
        assert h.upper in (a.upper, b.upper)
        x = data.draw(member(h))
        lo = min(a.lower, b.lower)  # type: ignore[type-var]
        hi = max(a.upper, b.upper)  # type: ignore[type-var]
        assert lo <= x <= hi  # type: ignore[operator]


@given(SMALL)
def test_integers_are_the_first_and_last_integer_inside(iv: Interval) -> None:
    found = iv.integers()
    lo = math.floor(iv.lower)  # type: ignore[arg-type]
    hi = math.ceil(iv.upper)  # type: ignore[arg-type]
    inside = [n for n in range(lo, hi + 1) if n in iv]
    if not inside:
        assert found is None
    else:
        assert found == (inside[0], inside[-1])
