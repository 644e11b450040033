"""Targets as expressions: ``absolute = baseline × relative / 100``, solved as intervals.

All figures are magnitudes (the direction is separate): "150 flere ... en stigning på 18 pct." says the change
is 150 and 18 % of the baseline, so the baseline is ``150 × 100 / [17.5, 18.5] = [810.8, 857.1]``, and when it
counts people, the whole numbers 811..857. For percentage points the relative part is a difference of shares
(:func:`points_change`); a level reached after a relative change gives the baseline through
:func:`level_baseline`.

Every verdict is decided with exact :class:`~fractions.Fraction` arithmetic on :class:`Interval` values.

>>> print(implied_baseline(singleton(150), closed("17.5", "18.5")))
[30000/37, 6000/7]
>>> whole_baselines(singleton(150), closed("17.5", "18.5"))
(811, 857)
"""

from __future__ import annotations

import math
from fractions import Fraction

from sudgoals._frozen import Frozen
from sudgoals.errors import FigureSyntaxError
from sudgoals.interval import Bound, Interval, closed, inf, singleton, unbounded  # noqa: F401 (doctests)
from sudgoals.judge import value_key
from sudgoals.model import Direction, Figure, ImpliedBaseline, Target, Unit, Verdict, trusted
from sudgoals.numbers import (
    DEFAULT_POLICY,
    Policy,
    hedged_interval,
    read_figure,
    strict_interval,
    threshold_interval,
)

__all__ = [
    "Constraints",
    "apply_policy",
    "baseline_constraints",
    "baseline_interval",
    "evaluate",
    "format_baseline",
    "from_to_relative",
    "implied_baseline",
    "level_baseline",
    "make_implied",
    "overlap",
    "points_change",
    "solve",
    "whole_baselines",
]

_HUNDRED = Fraction(100)
_NON_NEGATIVE = Interval(Bound.CLOSED, 0, inf, Bound.OPEN)
_POSITIVE = Interval(Bound.OPEN, 0, inf, Bound.OPEN)
_WHOLE_LINE = Interval(Bound.OPEN, -inf, inf, Bound.OPEN)


def implied_baseline(absolute: Interval, relative: Interval) -> Interval:
    """The baselines for which ``absolute`` is ``relative`` percent: ``absolute × 100 / relative``.

    Real-valued (see :func:`whole_baselines` for whole counts). A ``relative`` interval that contains 0 gives
    an unbounded result (see :meth:`Interval.divide`); exactly ``{0}`` gives the empty interval, unless
    ``absolute`` holds 0 too: then every baseline fits (``(-inf, inf)``).

    >>> print(implied_baseline(singleton(165), closed("19.5", "20.5")))
    [33000/41, 11000/13]
    """
    return _solve_product(absolute * _HUNDRED, relative)


def _solve_product(product: Interval, factor: Interval) -> Interval:
    """``{b : b × f in product for some f in factor}``: ``product / factor``, except that when both hold 0,
    every ``b`` solves ``b × 0 = 0`` (a fall of 100 % to 0 says nothing about where it started)."""
    if 0 in product and 0 in factor:
        return unbounded()
    return product / factor


def solve(
    *, absolute: Interval | None = None, relative: Interval | None = None, baseline: Interval | None = None
) -> Interval:
    """Solve ``absolute = baseline × relative / 100`` for the one argument left out.

    Raises ``TypeError`` unless exactly one of the three is ``None``.

    >>> print(solve(absolute=singleton(150), baseline=closed(811, 857)))
    [15000/857, 15000/811]
    >>> print(solve(baseline=singleton(1000), relative=singleton(5)))
    [50, 50]
    """
    missing = [
        name
        for name, v in (("absolute", absolute), ("relative", relative), ("baseline", baseline))
        if v is None
    ]
    if len(missing) != 1:
        raise TypeError(f"exactly one of absolute, relative, baseline must be left out; missing={missing}")
    if absolute is None:
        assert baseline is not None
        assert relative is not None
        return baseline * relative / _HUNDRED
    if relative is None:
        assert baseline is not None
        return _solve_product(absolute * _HUNDRED, baseline)
    return implied_baseline(absolute, relative)


def whole_baselines(absolute: Interval, relative: Interval) -> tuple[int, int] | None:
    """The smallest and largest *whole* baseline that reproduces the stated figures, or ``None``.

    Computed arithmetically, from the ends of :func:`implied_baseline` (ceiling and floor, honouring open
    ends): no candidate is tried, so a baseline of 10**12 answers as fast as one of 800. ``None`` means no
    whole baseline fits although a fractional one may (the GRIM idea). Raises ``ValueError`` when the
    implied baseline is unbounded (``relative`` reaches 0).

    >>> whole_baselines(singleton(150), closed("17.5", "18.5"))
    (811, 857)
    >>> whole_baselines(singleton(300), closed("1.35", "1.45"))
    (20690, 22222)
    >>> whole_baselines(singleton(1), closed("1.395", "1.405")) is None
    True
    """
    return implied_baseline(absolute, relative).intersection(_NON_NEGATIVE).integers()


def level_baseline(level: Interval, relative: Interval, direction: Direction | str | None) -> Interval:
    """The baseline from a level after a relative change: "N i 2019, svarende til en stigning på P pct."

    Up: ``N / (1 + P/100)``; down: ``N / (1 - P/100)``; ``None`` (direction unknown): the hull of both.
    A fall of 100 % to a level of 0 fits every baseline (``(-inf, inf)``).
    Raises ``ValueError`` for an unknown direction string.

    >>> print(level_baseline(singleton(1180), singleton(18), "up"))
    [1000, 1000]
    >>> print(level_baseline(singleton(95), singleton(5), "down"))
    [100, 100]
    """
    if direction is None:
        return level_baseline(level, relative, Direction.UP).hull(
            level_baseline(level, relative, Direction.DOWN)
        )
    factor = relative / _HUNDRED
    if Direction(direction) is Direction.UP:
        return _solve_product(level, 1 + factor)
    return _solve_product(level, 1 - factor)


def from_to_relative(start: Interval, end: Interval) -> Interval:
    """The relative change in percent from ``start`` to ``end``: ``(end - start) × 100 / start`` (signed).

    >>> print(from_to_relative(singleton(1200), singleton(1500)))
    [25, 25]
    >>> print(from_to_relative(singleton(100), singleton(90)))
    [-10, -10]
    """
    return (end - start) * _HUNDRED / start


def points_change(start: Interval, end: Interval) -> Interval:
    """The change of a share in percentage points: ``end - start`` (signed).

    >>> print(points_change(singleton(10), closed("7.5", "8.5")))
    [-5/2, -3/2]
    """
    return end - start


# ------------------------------------------------------------------------------------------ ImpliedBaseline


def make_implied(interval: Interval, *, whole: bool, hedged: bool = False) -> ImpliedBaseline | None:
    """An :class:`ImpliedBaseline` from an interval: its whole numbers when ``whole``; ``None`` when empty.

    >>> make_implied(closed("30000/37", "6000/7"), whole=True).low
    Fraction(811, 1)
    """
    if interval.empty:
        return None
    if whole:
        lo, hi = _whole_range(interval)
        if lo is not None and hi is not None and lo > hi:
            return None
        return trusted(
            ImpliedBaseline,
            low=None if lo is None else Fraction(lo),
            high=None if hi is None else Fraction(hi),
            whole=True,
            low_closed=lo is not None,
            high_closed=hi is not None,
            hedged=hedged,
        )
    return trusted(
        ImpliedBaseline,
        low=interval.finite_lower(),
        high=interval.finite_upper(),
        whole=False,
        low_closed=interval.lower_closed,
        high_closed=interval.upper_closed,
        hedged=hedged,
    )


def _whole_range(interval: Interval) -> tuple[int | None, int | None]:
    """Smallest/largest integer in a non-empty interval; ``None`` for an unbounded side."""
    lo = interval.finite_lower()
    hi = interval.finite_upper()
    first: int | None = None
    last: int | None = None
    if lo is not None:
        first = math.ceil(lo) if interval.lower_closed else math.floor(lo) + 1
    if hi is not None:
        last = math.floor(hi) if interval.upper_closed else math.ceil(hi) - 1
    return first, last


def baseline_interval(baseline: ImpliedBaseline) -> Interval:
    """The interval an :class:`ImpliedBaseline` stands for (``None`` ends are unbounded).

    >>> print(baseline_interval(make_implied(closed(810, 857), whole=True)))
    [810, 857]
    """
    left = Bound.CLOSED if baseline.low_closed else Bound.OPEN
    right = Bound.CLOSED if baseline.high_closed else Bound.OPEN
    low = -inf if baseline.low is None else baseline.low
    high = inf if baseline.high is None else baseline.high
    return Interval(left, low, high, right)


def overlap(a: ImpliedBaseline, b: ImpliedBaseline) -> ImpliedBaseline | None:
    """The baselines two targets both allow (two drafts of one goal must share the world's baseline).

    Whole when either is whole; hedged when either is; ``None`` when nothing is shared.

    >>> first = make_implied(implied_baseline(singleton(150), closed("17.5", "18.5")), whole=True)
    >>> second = make_implied(implied_baseline(singleton(165), closed("19.5", "20.5")), whole=True)
    >>> both = overlap(first, second)
    >>> both.low, both.high
    (Fraction(811, 1), Fraction(846, 1))
    """
    shared = baseline_interval(a).intersection(baseline_interval(b))
    return make_implied(shared, whole=a.whole or b.whole, hedged=a.hedged or b.hedged)


def format_baseline(baseline: ImpliedBaseline | None, *, decimal_comma: bool = False, places: int = 1) -> str:
    """A short human form: ``811–857`` for whole numbers, ``[810.8, 857.1]`` otherwise, ``–`` for none.

    >>> format_baseline(make_implied(closed("30000/37", "6000/7"), whole=True))
    '811–857'
    >>> format_baseline(make_implied(closed("30000/37", "6000/7"), whole=False))
    '[810.8, 857.1]'
    """
    if baseline is None:
        return "–"
    if baseline.whole:
        low = "-∞" if baseline.low is None else _group(baseline.low, decimal_comma)
        high = "∞" if baseline.high is None else _group(baseline.high, decimal_comma)
        return low if low == high else f"{low}–{high}"
    return baseline_interval(baseline).to_decimal_str(places, decimal_comma=decimal_comma)


def _group(value: Fraction, decimal_comma: bool) -> str:
    """Whole numbers as plain digits; with ``decimal_comma`` (Danish) grouped by thousands dots."""
    from sudgoals._digits import group_thousands

    return group_thousands(str(int(value)), ".") if decimal_comma else str(int(value))


# --------------------------------------------------------------------------------------------- targets


def apply_policy(figure: Figure, policy: Policy, language: str = "da") -> Figure:
    """The figure re-read from its text under ``policy``; the figure itself when its text does not read
    back to the same value and unit (for instance a hand-written spec figure with its own interval).

    >>> from sudgoals.numbers import Policy
    >>> apply_policy(read_figure("ca. 20 pct."), Policy.from_names(hedges="none")).hedged_high is None
    True
    """
    if figure.placeholder:
        return figure
    try:
        again = read_figure(figure.text, language=language, policy=policy, unit=figure.unit, span=figure.span)
    except FigureSyntaxError:
        return figure
    if again.value != figure.value or again.unit is not figure.unit or again.placeholder:
        return figure
    return again


def _magnitude(interval: Interval) -> Interval:
    """``{|x| : x in interval}``."""
    return interval.intersection(_NON_NEGATIVE).hull((-interval).intersection(_NON_NEGATIVE))


def _relative_percent(figure: Figure, interval: Interval, direction: Direction | None) -> Interval | None:
    """The relative change as a percent magnitude, or ``None`` when the figure is not a percent or factor."""
    if figure.unit is Unit.PERCENT:
        rel = _magnitude(interval)
    elif figure.unit is Unit.FACTOR:
        rel = _magnitude((interval - 1) * _HUNDRED)
    else:
        return None
    if direction is Direction.DOWN:
        rel = rel.intersection(closed(0, 100))  # nothing falls by more than all of it
    return rel


ORDER_ONLY = "level/baseline"  # the relation that only says which way a from-to goes


_set = object.__setattr__  # how the immutable classes below set their fields


class Constraints(Frozen):
    """The baseline intervals each pair of a target's figures allows, by the pair's name.

    Names: ``"absolute/relative"``, ``"level/relative"``, ``"level/absolute"``, ``"level/baseline"`` (the
    relations) and ``"baseline"`` (the stated baseline). ``combined`` is their intersection, never below 0
    unless a stated level or baseline is (a ratio of -4,9 % after a rise of 1,2 points stood at -6,1 %).
    """

    __slots__ = ("relations", "stated", "floor")  # noqa: RUF023
    relations: dict[str, Interval]
    stated: Interval | None
    floor: Interval  # the whole line when a stated level is below zero ("– 4,9 procent")

    def __init__(
        self,
        relations: dict[str, Interval],
        stated: Interval | None,
        floor: Interval = _NON_NEGATIVE,
    ) -> None:
        _set(self, "relations", relations)
        _set(self, "stated", stated)
        _set(self, "floor", floor)

    @property
    def verifiable(self) -> bool:
        """True when a stated change can be held to the other figures: a relation other than the order of a
        stated baseline and level. "fra 12 % til 7 %" alone states two levels and no change, so there is
        nothing to verify (the order of the two is the direction rules' business)."""
        return any(name != ORDER_ONLY for name in self.relations)

    @property
    def combined(self) -> Interval:
        result = self.floor
        for interval in self.relations.values():
            result = result.intersection(interval)
        if self.stated is not None:
            result = result.intersection(self.stated)
        return result

    @property
    def relations_only(self) -> Interval:
        """The intersection of the relations without the stated baseline."""
        result = self.floor
        for interval in self.relations.values():
            result = result.intersection(interval)
        return result


_Key = tuple[object, ...]
_CONSTRAINTS: dict[_Key, Constraints] = {}
_CONSTRAINTS_KEPT = 4096  # entries before the memo starts again (a paper holds a few hundred targets at most)


def baseline_constraints(
    target: Target, *, hedged: bool = False, policy: Policy = DEFAULT_POLICY
) -> Constraints:
    """The baselines each relation between ``target``'s figures allows (rounding only, or with hedges).

    Placeholder figures are left out (an unknown constrains nothing). The figures' own intervals are used;
    see :func:`evaluate` for applying a policy first.

    Memoised on the figures' keys (:func:`sudgoals.judge.value_key`: unit, value, intervals) and the
    direction: a paper states the same figures again, and the rules ask for the same target's constraints
    several times (the verdict, the pair rules, every suggestion tried).
    """
    key = (
        hedged,
        policy,
        target.language,
        target.direction,
        value_key(target.absolute),
        value_key(target.relative),
        value_key(target.baseline),
        value_key(target.level),
    )
    found = _CONSTRAINTS.get(key)
    if found is None:
        found = _baseline_constraints(target, hedged, policy)
        if len(_CONSTRAINTS) >= _CONSTRAINTS_KEPT:
            _CONSTRAINTS.clear()
        _CONSTRAINTS[key] = found
    return Constraints(dict(found.relations), found.stated, found.floor)  # a dict of its own: memo unchanged


def _baseline_constraints(target: Target, hedged: bool, policy: Policy) -> Constraints:
    direction = target.direction
    language = target.language

    def known(figure: Figure | None) -> tuple[Figure, Interval] | None:
        if figure is None or figure.placeholder:
            return None
        if hedged:
            return figure, hedged_interval(figure)
        # rounding only: a floor or ceiling at its own value ("mindst 150 flere, svarende til 18 pct." holds
        # where 150 is 18 pct.); the hedge pass lets it go its bound's way
        threshold = threshold_interval(figure, language, policy)
        return figure, strict_interval(figure) if threshold is None else threshold

    absolute = known(target.absolute)
    relative = known(target.relative)
    baseline = known(target.baseline)
    level = known(target.level)
    relations: dict[str, Interval] = {}
    rel_percent = None if relative is None else _relative_percent(relative[0], relative[1], direction)
    points = relative is not None and relative[0].unit is Unit.PERCENTAGE_POINT

    if absolute is not None and rel_percent is not None:
        relations["absolute/relative"] = implied_baseline(_magnitude(absolute[1]), rel_percent).intersection(
            _POSITIVE
        )
    if level is not None and rel_percent is not None:
        relations["level/relative"] = level_baseline(level[1], rel_percent, direction)
    if level is not None and relative is not None and points:
        change = _magnitude(relative[1])
        relations["level/relative"] = _by_direction(level[1] - change, level[1] + change, direction)
    # a share's level and a change in people ("fra 24 til 18 pct., ca. 300 færre elever") hold no relation
    if level is not None and absolute is not None and level[0].unit.measure == absolute[0].unit.measure:
        change = _magnitude(absolute[1])
        relations["level/absolute"] = _by_direction(level[1] - change, level[1] + change, direction)
    if level is not None and baseline is not None:
        upper = level[1].upper
        lower = level[1].lower
        below_level = Interval(Bound.OPEN, -inf, upper, Bound.OPEN)
        above_level = Interval(Bound.OPEN, lower, inf, Bound.OPEN)
        relations["level/baseline"] = _by_direction(below_level, above_level, direction)
    stated = None if baseline is None else baseline[1]
    below_zero = any(known is not None and known[1].lower < 0 for known in (level, baseline))
    return Constraints(relations, stated, _WHOLE_LINE if below_zero else _NON_NEGATIVE)


def _by_direction(up: Interval, down: Interval, direction: Direction | None) -> Interval:
    if direction is Direction.UP:
        return up
    if direction is Direction.DOWN:
        return down
    return up.hull(down)


def _counts_whole(target: Target) -> bool:
    counts = [
        figure
        for figure in (target.absolute, target.level, target.baseline)
        if figure is not None and figure.unit is Unit.COUNT
    ]
    # "229,4 poäng, en ökning med 3,1 poäng": a count written with decimals counts no whole things
    if any(figure.value is not None and figure.value.denominator != 1 for figure in counts):
        return False
    return target.counts is not None or bool(counts)


def _feasible(interval: Interval, whole: bool) -> bool:
    if interval.empty:
        return False
    if not whole:
        return True
    return make_implied(interval, whole=True) is not None


def evaluate(target: Target, policy: Policy = DEFAULT_POLICY, *, whole: bool | None = None) -> Target:
    """A copy of ``target`` with ``implied_baseline`` and ``verdict`` set.

    Each figure is first re-read under ``policy`` (:func:`apply_policy`). Then:

    * any placeholder figure: ``unresolved``;
    * no relation between two figures (absolute+relative, level+relative, level+absolute), or only a stated
      baseline and level in the stated direction (a from-to with no change to check): ``unverifiable``;
    * the rounding-only intervals leave a baseline (whole when ``whole``) that also fits a stated baseline:
      ``consistent``;
    * only the hedge policy's intervals do: ``consistent_with_hedge`` (``implied_baseline.hedged``);
    * otherwise ``inconsistent``; ``implied_baseline`` then shows what the relations alone imply, if
      anything, so that a stated baseline can be compared with it.

    ``whole`` defaults to True when the target counts things (``target.counts`` set, or an absolute, level or
    baseline figure that is a count); the implied baseline is then the range of whole numbers.

    >>> from sudgoals.model import Span, TargetKind
    >>> span = Span(path="x.txt", line=1, column=1, end_line=1, end_column=1, quote="")
    >>> t = Target(id="t1", span=span, indicator="boliger", kind=TargetKind.CHANGE, direction=Direction.UP,
    ...            absolute=read_figure("150"), relative=read_figure("18 pct."), verdict="unverifiable")
    >>> checked = evaluate(t)
    >>> checked.verdict.value, format_baseline(checked.implied_baseline)
    ('consistent', '811–857')
    """
    figures = [target.absolute, target.relative, target.baseline, target.level]
    if any(f is not None and f.placeholder for f in figures):
        return target.model_copy(update={"verdict": Verdict.UNRESOLVED, "implied_baseline": None})
    updated = {
        name: apply_policy(figure, policy, target.language)
        for name, figure in (
            ("absolute", target.absolute),
            ("relative", target.relative),
            ("baseline", target.baseline),
            ("level", target.level),
        )
        if figure is not None
    }
    current = target.model_copy(update=updated)
    is_whole = _counts_whole(current) if whole is None else whole
    strict = baseline_constraints(current, policy=policy)
    if not strict.relations or (not strict.verifiable and not strict.combined.empty):
        # no stated change to hold to the other figures; a from-to in the stated direction is no more than
        # that ("fra 12 % til 7 %"), one against it ("op fra 1.200 til 1.000") is inconsistent below. The
        # baseline a from-to states is still its baseline (drafts are compared on it)
        stated = make_implied(strict.combined, whole=is_whole) if strict.relations else None
        return current.model_copy(update={"verdict": Verdict.UNVERIFIABLE, "implied_baseline": stated})
    if _feasible(strict.combined, is_whole):
        implied = make_implied(strict.combined, whole=is_whole)
        return current.model_copy(update={"verdict": Verdict.CONSISTENT, "implied_baseline": implied})
    loose = baseline_constraints(current, hedged=True, policy=policy)
    if _feasible(loose.combined, is_whole):
        implied = make_implied(loose.combined, whole=is_whole, hedged=True)
        return current.model_copy(
            update={"verdict": Verdict.CONSISTENT_WITH_HEDGE, "implied_baseline": implied}
        )
    implied = make_implied(strict.relations_only, whole=is_whole)
    return current.model_copy(update={"verdict": Verdict.INCONSISTENT, "implied_baseline": implied})
