"""What would make a target's figures hold: the suggestions the SG1xx findings (and SG402) carry.

For each stated figure in turn, the other figures are held as stated and the figure is solved for:

- the baselines the *other* figures allow (their relations, the stated baseline) are worked out with
  :func:`sudgoals.algebra.baseline_constraints`, whole numbers when the target counts people;
- the figure follows from them: ``relative = absolute × 100 / baseline`` or
  ``level × 100 / baseline - 100``, ``absolute = baseline × relative / 100`` or ``level - baseline``,
  ``level = baseline × (100 ± relative) / 100`` or ``baseline ± absolute``; a baseline is what they allow;
- the value that would be written is the one the paper's own figures give (the stated values, not their
  rounding intervals), written at the precision the paper used (or exactly, when that takes one place more),
  and it is *checked*: the target is evaluated again with it (:func:`sudgoals.algebra.evaluate`, the same
  relations and policy as the verdict), and only a value that makes the target consistent is suggested.

When the other figures say nothing about the baseline (an absolute and a relative figure alone), the whole
baselines just below and above the fractional ones the figures allow are tried (the GRIM repair: "5 of 40 is
12.5 pct., 5 of 41 is 12.2 pct."). A fall of more than 100 pct. gets the bound it breaks. Everything is
exact :class:`~fractions.Fraction` arithmetic on intervals; a handful of candidate values are checked, none
searched.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from fractions import Fraction
from functools import lru_cache
from typing import Final

from sudgoals import _regex
from sudgoals._digits import fixed, round_places, terminating_places
from sudgoals._frozen import Frozen
from sudgoals.algebra import baseline_constraints, evaluate, make_implied
from sudgoals.errors import FigureSyntaxError
from sudgoals.interval import Bound, Interval, closed, inf, singleton
from sudgoals.judge import value_key
from sudgoals.model import (
    Direction,
    Figure,
    SuggestedFigure,
    Suggestion,
    Target,
    Unit,
    Verdict,
    replace,
    trusted,
)
from sudgoals.numbers import BOUND_HEDGES, DEFAULT_POLICY, Policy, read_figure, strict_interval

from ._pairs import Analysis, _is_whole, usable
from ._text import exact, figure_label, number, range_text

__all__ = ["rewrite_number", "suggest"]

_FIGURES: Final[tuple[SuggestedFigure, ...]] = ("relative", "absolute", "level", "baseline")
_POSITIVE = Interval(Bound.OPEN, 0, inf, Bound.OPEN)
_NON_NEGATIVE = Interval(Bound.CLOSED, 0, inf, Bound.OPEN)
_NUMERAL = _regex.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_GROUPS: Final = {"da": (".", " ", "\u00a0", "\u202f"), "en": (",", " ", "\u00a0", "\u202f")}
_CHANGE: Final = {
    ("da", Direction.UP): "en stigning på",
    ("da", Direction.DOWN): "et fald på",
    ("da", None): "en ændring på",
    ("en", Direction.UP): "a rise of",
    ("en", Direction.DOWN): "a fall of",
    ("en", None): "a change of",
}


def suggest(target: Target, analysis: Analysis, *, policy: object | None = None) -> tuple[Suggestion, ...]:
    """What would make ``target``'s figures hold, one :class:`~sudgoals.model.Suggestion` per figure that
    can be corrected alone (its text in the finding's two languages); the baseline first when the stated
    baseline is what does not fit. Empty only when no single figure can be corrected and no bound applies.

    Worked out once per distinct set of figures (:func:`_memo_key`: values, texts, the quotes a replacement
    is written in, direction, what the baseline counts), then placed at each target's own figures: the
    search for a value that holds is interval arithmetic over exact fractions, a millisecond a target, and
    drafts state the same figures again and again.
    """
    use = policy if isinstance(policy, Policy) else DEFAULT_POLICY
    return _remembered(_memo_key(target, analysis, use), target, lambda: _suggest(target, analysis, use))


def _remembered(
    key: tuple[object, ...], target: Target, work_out: Callable[[], tuple[Suggestion, ...]]
) -> tuple[Suggestion, ...]:
    """The suggestions remembered under ``key`` placed at ``target``'s figures, or ``work_out()``'s."""
    found = _MEMO.get(key)
    if found is None:
        found = work_out()
        if len(_MEMO) >= _MAX_MEMO:
            _MEMO.clear()
        _MEMO[key] = found
        return found
    return tuple(_placed(suggestion, target) for suggestion in found)


_MEMO: dict[tuple[object, ...], tuple[Suggestion, ...]] = {}
_MAX_MEMO = 4096  # suggestion sets remembered before the memo starts afresh


def _memo_key(target: Target, analysis: Analysis, policy: Policy) -> tuple[object, ...]:
    """Everything :func:`_suggest` reads: of the target, all but its id, place, indicator and years; of each
    figure, all but where it stands (its quote is kept: a replacement is written in it)."""
    return (
        policy,
        analysis.outcome,
        analysis.whole,
        analysis.strict,
        target.kind,
        target.direction,
        target.directions,
        target.counts,
        target.language,
        *map(_figure_key, (target.absolute, target.relative, target.level, target.baseline)),
    )


def _figure_key(fig: Figure | None) -> tuple[object, ...] | None:
    if fig is None:
        return None
    bands = tuple(None if b is None else (b.numerator, b.denominator) for b in (fig.band_low, fig.band_high))
    return (value_key(fig), fig.text, fig.hedge, None if fig.span is None else fig.span.quote, bands)


def _placed(suggestion: Suggestion, target: Target) -> Suggestion:
    """A remembered suggestion at ``target``'s own figure (the one it names; "direction" names none)."""
    if suggestion.figure == "direction":
        return suggestion
    fig: Figure | None = getattr(target, suggestion.figure)
    span = None if fig is None else fig.span
    return suggestion if suggestion.span is span else replace(suggestion, span=span)


def _suggest(target: Target, analysis: Analysis, use: Policy) -> tuple[Suggestion, ...]:
    order = _FIGURES
    if analysis.outcome == "baseline-mismatch":
        order = ("baseline", "relative", "absolute", "level")
    found: list[Suggestion] = []
    for name in order:
        found.extend(_for_figure(target, name, analysis, use))
    if not found:
        found.extend(_fall_bound(target, use))
    if not found:
        found.extend(_other_way(target, use))
    return tuple(found)


# --------------------------------------------------------------------------------------------- solving


_set = object.__setattr__  # how the immutable classes below set their fields


class _Given(Frozen):
    """The other figures of a target as intervals (their rounding)."""

    __slots__ = ("absolute", "relative", "points", "level", "direction")  # noqa: RUF023
    absolute: Interval | None
    relative: Interval | None
    points: bool  # the relative figure is in percentage points
    level: Interval | None
    direction: Direction | None

    def __init__(
        self,
        absolute: Interval | None,
        relative: Interval | None,
        points: bool,
        level: Interval | None,
        direction: Direction | None,
    ) -> None:
        _set(self, "absolute", absolute)
        _set(self, "relative", relative)
        _set(self, "points", points)
        _set(self, "level", level)
        _set(self, "direction", direction)


def _given(target: Target, skip: str) -> _Given:
    def get(name: str) -> Interval | None:
        fig: Figure | None = getattr(target, name)
        if name == skip or not usable(fig):
            return None
        assert fig is not None
        return _magnitude(strict_interval(fig))

    rel = target.relative
    points = rel is not None and rel.unit is Unit.PERCENTAGE_POINT
    relative = get("relative")
    if rel is not None and rel.unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINT):
        relative = None  # a factor ("fordoble") is read exactly; nothing to correct it against here
    return _Given(get("absolute"), relative, points, get("level"), target.direction)


def _magnitude(interval: Interval) -> Interval:
    return interval.intersection(_NON_NEGATIVE).hull((-interval).intersection(_NON_NEGATIVE))


def _others(target: Target, name: str) -> Target:
    """``target`` without the figure ``name``: what the remaining figures say on their own."""
    return replace(target, **{name: None})


def _baselines(target: Target, name: str, whole: bool) -> Interval | None:
    """The baselines the figures other than ``name`` allow, or ``None`` when they say nothing about it."""
    constraints = baseline_constraints(_others(target, name))
    if not constraints.relations and constraints.stated is None:
        return None
    region = constraints.combined
    if region.empty or not region.bounded:
        return None
    if whole:
        ints = region.integers()
        if ints is None:
            return None
        region = closed(ints[0], ints[1])
    return region


def _stated(target: Target, name: str, skip: str) -> Fraction | None:
    fig: Figure | None = getattr(target, name)
    if name == skip or fig is None or not usable(fig) or fig.value is None:
        return None
    return abs(fig.value)


def _relative_value(target: Target, skip: str) -> tuple[Fraction | None, bool]:
    """The stated relative change as a percent (a factor as the percent it changes by), and whether it is
    in percentage points."""
    rel = target.relative
    value = _stated(target, "relative", skip)
    if rel is None or value is None:
        return None, False
    if rel.unit is Unit.FACTOR:
        return abs(value - 1) * 100, False
    if rel.unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINT):
        return None, False
    return value, rel.unit is Unit.PERCENTAGE_POINT


def _point_baseline(target: Target, skip: str) -> Fraction | None:
    """The baseline the stated values of the figures other than ``skip`` give, when they agree on one."""
    sign = 0 if target.direction is None else (1 if target.direction is Direction.UP else -1)
    a, level, b = (_stated(target, n, skip) for n in ("absolute", "level", "baseline"))
    r, points = _relative_value(target, skip)
    found: list[Fraction] = []
    if b is not None:
        found.append(b)
    if a is not None and r and not points:
        found.append(a * 100 / r)
    if level is not None and r is not None and sign:
        if points:
            found.append(level - sign * r)
        elif 100 + sign * r > 0:
            found.append(level * 100 / (100 + sign * r))
    if level is not None and a is not None and sign:
        found.append(level - sign * a)
    if not found or any(v != found[0] for v in found):
        return None
    return found[0] if found[0] > 0 else None


def _point_value(target: Target, name: str, base: Fraction) -> Fraction | None:
    """The value of figure ``name`` that the stated values of the others give from the baseline ``base``."""
    sign = 0 if target.direction is None else (1 if target.direction is Direction.UP else -1)
    a, level = _stated(target, "absolute", name), _stated(target, "level", name)
    r, points = _relative_value(target, name)
    if name == "baseline":
        return base
    if name == "relative" and base:
        # the figure being solved for keeps its own unit: a change in points is a difference of shares
        points = target.relative is not None and target.relative.unit is Unit.PERCENTAGE_POINT
        if a is not None and not points:
            return a * 100 / base
        if level is not None and sign:
            return (level - base) * sign if points else (level * 100 / base - 100) * sign
    if name == "absolute":
        if r is not None and not points:
            return base * r / 100
        if level is not None and sign:
            return (level - base) * sign
    if name == "level" and sign:
        if r is not None:
            return base + sign * r if points else base * (100 + sign * r) / 100
        if a is not None:
            return base + sign * a
    return None


def _solve(name: str, given: _Given, base: Interval) -> Interval | None:
    """The values of figure ``name`` that the other figures and the baselines ``base`` allow (magnitudes)."""
    base = base & _POSITIVE
    if base.empty:
        return None
    d = given.direction
    sign = 0 if d is None else (1 if d is Direction.UP else -1)
    parts: list[Interval] = []
    if name == "baseline":
        return base
    if name == "relative":
        if given.absolute is not None and not given.points:
            parts.append(given.absolute * 100 / base)
        if given.level is not None and sign:
            ratio = given.level * 100 / base
            parts.append(given.level - base if given.points else ratio - 100)
            if sign < 0:
                parts[-1] = -parts[-1]
    elif name == "absolute":
        if given.relative is not None and not given.points:
            parts.append(base * given.relative / 100)
        if given.level is not None and sign:
            parts.append((given.level - base) * sign)
    elif name == "level" and sign:
        if given.relative is not None:
            if given.points:
                parts.append(base + given.relative * sign)
            else:
                parts.append(base * (given.relative * sign + 100) / 100)
        if given.absolute is not None:
            parts.append(base + given.absolute * sign)
    if not parts:
        return None
    result = _NON_NEGATIVE
    for part in parts:
        result = result & part
    return None if result.empty else result


def _centre(interval: Interval) -> Fraction | None:
    lo, hi = interval.finite_lower(), interval.finite_upper()
    if lo is None or hi is None:
        return None
    return (lo + hi) / 2


# --------------------------------------------------------------------------------------------- candidates


def _step(fig: Figure, whole: bool) -> Fraction:
    """One unit of the last digit the paper wrote the figure with (1 for "18", 1/10 for "1,4")."""
    if fig.low is not None and fig.high is not None and fig.high > fig.low:
        width = fig.high - fig.low
        return max(width, Fraction(1)) if whole else width
    places = terminating_places(fig.value) if fig.value is not None else 0
    return Fraction(1, 10 ** (places or 0))


def _places(step: Fraction) -> int:
    places = terminating_places(step)
    if places is None or step >= 1:
        return 0
    return places


def _rounded(value: Fraction, step: Fraction) -> Fraction:
    if step >= 1:
        return Fraction(math.floor(value / step + Fraction(1, 2))) * step
    return round_places(value, _places(step))


def _candidates(central: Fraction, fig: Figure, step: Fraction, whole: bool) -> Iterator[Fraction]:
    """The values worth checking, best first: the exact value when one more place writes it, then the value
    at the paper's precision, then at one and two more places (never a fraction of a person)."""
    seen: set[Fraction] = set()
    finer = [step, step / 10, step / 100] if not whole else [step]
    options: list[Fraction] = []
    if not whole and central == _rounded(central, step / 10):
        options.append(central)
    options.extend(_rounded(central, s) for s in finer)
    if whole:
        options.extend([Fraction(math.floor(central)), Fraction(math.ceil(central))])
    for value in options:
        if value in seen or value < 0 or value == fig.value or (whole and value.denominator != 1):
            continue
        seen.add(value)
        yield value


def rewrite_number(text: str, value: Fraction, places: int, language: str) -> str | None:
    """``text`` with its one numeral replaced by ``value`` written as the paper writes numbers, or ``None``
    when ``text`` holds no numeral or more than one.

    >>> rewrite_number("ca. 20 pct.", Fraction(21), 0, "da"), rewrite_number("1.200", Fraction(1416), 0, "da")
    ('ca. 21 pct.', '1.416')
    >>> rewrite_number("12,3 pct.", Fraction(25, 2), 1, "da"), rewrite_number("950", Fraction(1020), 0, "en")
    ('12,5 pct.', '1,020')
    """
    found = list(_NUMERAL.finditer(text))
    if len(found) != 1:
        return None
    numeral = found[0].group()
    lang = "da" if language == "da" else "en"
    point = "," if lang == "da" else "."
    group = next((ch for ch in numeral if ch in _GROUPS[lang]), None)
    if group is None and len(numeral.split(point)[0]) < 4:
        group = _GROUPS[lang][0]  # a short number grows the language's grouping; a long one kept none
    written = fixed(value, places, point=point, group=group)
    return text[: found[0].start()] + written + text[found[0].end() :]


def _figure_text(fig: Figure, value: Fraction, places: int, language: str) -> str:
    text = rewrite_number(fig.text, value, places, language)
    if text is not None:
        return text
    da = language == "da"
    digits = fixed(value, places, point="," if da else ".", group="." if da else ",")
    if fig.unit is Unit.PERCENT:
        return f"{digits} pct." if da else f"{digits}%"
    if fig.unit is Unit.PERCENTAGE_POINT:
        return f"{digits} {'procentpoint' if language == 'da' else 'percentage points'}"
    return digits


def _reads_as(text: str, fig: Figure, value: Fraction, language: str, policy: Policy) -> Figure | None:
    again = _read_again(text, language, policy, fig.unit)
    if again is None or again.value != value or again.unit is not fig.unit or again.placeholder:
        return None
    return again if fig.span is None else replace(again, span=fig.span)


@lru_cache(maxsize=4096)
def _read_again(text: str, language: str, policy: Policy, unit: Unit) -> Figure | None:
    """``read_figure`` of a suggested figure's text, without a place (the caller puts the figure's own);
    memoised, since the same figures are suggested again and again (the reading is a pure function of these
    arguments and the Figure is frozen). ``None`` when the text does not read."""
    try:
        return read_figure(text, language=language, policy=policy, unit=unit)
    except FigureSyntaxError:
        return None


def _holds(target: Target, name: str, fig: Figure, policy: Policy) -> bool:
    """True when ``target`` with ``fig`` as its figure ``name`` is consistent: the test
    :func:`~sudgoals.algebra.evaluate` makes first, on figures already read under ``policy`` (so they are
    not read again)."""
    return _consistent(replace(target, **{name: fig}))


def _consistent(target: Target) -> bool:
    if any(
        f is not None and f.placeholder
        for f in (target.absolute, target.relative, target.level, target.baseline)
    ):
        return False
    constraints = baseline_constraints(target)
    if not constraints.verifiable:
        return False
    combined = constraints.combined
    if combined.empty:
        return False
    return not _is_whole(target) or make_implied(combined, whole=True) is not None


# --------------------------------------------------------------------------------------------- per figure


def _for_figure(target: Target, name: str, analysis: Analysis, policy: Policy) -> Iterator[Suggestion]:
    fig: Figure | None = getattr(target, name)
    if not usable(fig) or fig is None or fig.value is None or fig.hedge_kind in BOUND_HEDGES:
        return
    if fig.unit not in (Unit.COUNT, Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.KR):
        return
    base_whole = analysis.whole
    region = _baselines(target, name, base_whole)
    if region is None:
        # the other figures say nothing about the baseline: try the whole baselines around the fractional
        # ones the target's own relations allow (GRIM), when it counts people and that is what failed
        if name != "relative" or not base_whole or not analysis.strict.bounded or analysis.strict.empty:
            return
        lo, hi = analysis.strict.finite_lower(), analysis.strict.finite_upper()
        assert lo is not None
        assert hi is not None
        for base in sorted({math.floor(lo), math.ceil(hi)}):
            if base > 0:
                yield from _one(
                    target,
                    name,
                    fig,
                    region=singleton(base),
                    centre=Fraction(base),
                    analysis=analysis,
                    policy=policy,
                    kind="whole",
                )
        return
    centre = _point_baseline(target, name)
    if centre is None:
        centre = _centre(region)
    if centre is None:
        return
    kind = "stated" if name != "baseline" and target.baseline is not None and usable(target.baseline) else ""
    yield from _one(
        target, name, fig, region=region, centre=centre, analysis=analysis, policy=policy, kind=kind
    )


def _one(
    target: Target,
    name: str,
    fig: Figure,
    *,
    region: Interval,
    centre: Fraction,
    analysis: Analysis,
    policy: Policy,
    kind: str,
) -> Iterator[Suggestion]:
    base_whole = analysis.whole
    whole = base_whole and fig.unit is Unit.COUNT
    value = _point_value(target, name, centre)
    if value is None or value < 0:
        return
    step = _step(fig, whole)
    language = target.language
    for candidate in _candidates(value, fig, step, whole):
        places = max(_places(step), terminating_places(candidate) or 0)
        text = _figure_text(fig, candidate, places, language)
        new = _reads_as(text, fig, candidate, language, policy)
        if new is None or not _holds(target, name, new, policy):
            continue
        allowed = _solve(name, _given(target, name), region)
        if allowed is None:
            return
        if base_whole and name == "baseline" and allowed.bounded:
            ints = allowed.integers()
            if ints is not None:
                allowed = closed(ints[0], ints[1])
        replacement = None
        if fig.span is not None:
            quoted = rewrite_number(fig.span.quote, candidate, places, language)
            if quoted is not None and (
                quoted.strip() == text or _reads_as(quoted, fig, candidate, language, policy) is not None
            ):
                replacement = quoted
        messages = {
            lang: _sentence(
                target,
                name,
                new,
                value=value,
                region=region,
                lang=lang,
                kind=kind,
                places=places,
                whole=base_whole,
            )
            for lang in ("da", "en")
        }
        yield trusted(
            Suggestion,
            figure=name,
            value=candidate,
            text=messages["en"],
            low=allowed.finite_lower(),
            high=allowed.finite_upper(),
            replacement=replacement,
            span=fig.span,
            messages=messages,
        )
        return


# --------------------------------------------------------------------------------------------- sentences


def _label(target: Target, name: str, lang: str) -> str:
    fig: Figure | None = getattr(target, name)
    if fig is None:
        return ""
    return figure_label(fig, lang, target.direction if name == "absolute" else None)


def _is_point(region: Interval) -> bool:
    lo = region.finite_lower()
    return lo is not None and lo == region.finite_upper()


def _base_text(region: Interval, lang: str, whole: bool) -> str:
    lo, hi = region.finite_lower(), region.finite_upper()
    if lo is not None and lo == hi:
        return number(lo, lang, places=2)
    return range_text(region, lang, whole=whole)


def _sentence(
    target: Target,
    name: str,
    new: Figure,
    *,
    value: Fraction,
    region: Interval,
    lang: str,
    kind: str,
    places: int,
    whole: bool,
) -> str:
    """The suggestion in words: "med udgangspunktet 400 er 60 færre et fald på 15 pct."."""
    d = target.direction
    da = lang == "da"
    base = _base_text(region, lang, whole)
    stated = target.baseline
    if kind == "stated" and stated is not None:
        base = figure_label(stated, lang)  # as the paper wrote it, like the finding's own message
    written = figure_label(new, lang, d if name == "absolute" else None)
    exact_note = ""
    if new.value is not None and number(value, lang, places=places + 1) != number(
        new.value, lang, places=places + 1
    ):
        shown = number(value, lang, places=places + 1)
        exact_note = f" ({shown} før afrunding)" if da else f" ({shown} before rounding)"
    change = _CHANGE[(lang, d)]
    # "med det oplyste udgangspunkt 1.200" / "fra det oplyste udgangspunkt 1.200" / "from the stated baseline"
    if kind == "stated":
        with_base = f"med det oplyste udgangspunkt {base}" if da else f"from the stated baseline of {base}"
        from_base = f"fra det oplyste udgangspunkt {base}" if da else f"from the stated baseline of {base}"
    elif kind == "whole" or (
        region.finite_lower() is not None and region.finite_lower() == region.finite_upper()
    ):
        with_base = f"med udgangspunktet {base}" if da else f"from a baseline of {base}"
        from_base = f"fra {base}" if da else f"from {base}"
    else:
        with_base = f"med et udgangspunkt på {base}" if da else f"from a baseline of {base}"
        from_base = f"fra et udgangspunkt på {base}" if da else f"from a baseline of {base}"
    has_absolute = target.absolute is not None and usable(target.absolute)
    has_relative = target.relative is not None and usable(target.relative)
    level = _label(target, "level", lang)
    if name == "relative":
        if has_absolute:
            absolute = _label(target, "absolute", lang)
            if da:
                return f"{with_base} er {absolute} {change} {written}{exact_note}"
            return f"{with_base}, {absolute} is {change} {written}{exact_note}"
        if da:
            return f"{from_base} til {level} er {change} {written}{exact_note}"
        return f"{from_base} to {level} is {change} {written}{exact_note}"
    if name == "absolute":
        if has_relative:
            relative = _label(target, "relative", lang)
            if da:
                return f"{relative} af {base} er {written}{exact_note}"
            return f"{relative} of {base} is {written}{exact_note}"
        if da:
            return f"{from_base} til {level} er {written}{exact_note}"
        return f"{from_base} to {level} is {written}{exact_note}"
    if name == "level":
        by = (
            f"{change} {_label(target, 'relative', lang)}"
            if has_relative
            else _label(target, "absolute", lang)
        )
        if da:
            return f"{by} {from_base} giver {written}{exact_note}"
        return f"{by} {from_base} gives {written}{exact_note}"
    # the baseline
    names = [n for n in ("absolute", "level", "relative") if usable(getattr(target, n))]
    labels = [_label(target, n, lang) for n in names]
    joined = (" og " if da else " and ").join(labels)
    if _is_point(region):
        return (
            f"{joined} passer med et udgangspunkt på {written}"
            if da
            else f"{joined} fit a baseline of {written}"
        )
    if da:
        return f"{joined} passer med et udgangspunkt på {base}, fx {written}"
    return f"{joined} fit a baseline of {base}, e.g. {written}"


def _fall_bound(target: Target, policy: Policy) -> Iterator[Suggestion]:
    """A fall of more than 100 pct.: the bound it breaks (no value makes the figures hold without knowing
    the baseline; every fall of at most 100 pct. fits some baseline), and what the figures say as a rise."""
    rel = target.relative
    if (
        target.direction is not Direction.DOWN
        or rel is None
        or not usable(rel)
        or rel.unit is not Unit.PERCENT
        or rel.value is None
        or rel.value <= 100
    ):
        return
    messages = {
        "da": (
            f"et fald er højst 100 pct. af udgangspunktet: skriv et fald på højst 100 pct. i stedet for "
            f"{figure_label(rel, 'da')}, eller en stigning, hvis det er ment"
        ),
        "en": (
            f"a fall is at most 100% of its baseline: write a fall of at most 100% instead of "
            f"{figure_label(rel, 'en')}, or a rise if that is meant"
        ),
    }
    rise = evaluate(replace(target, direction=Direction.UP), policy)
    if rise.verdict is Verdict.CONSISTENT and rise.implied_baseline is not None:
        from sudgoals.algebra import format_baseline

        for lang in ("da", "en"):
            shown = format_baseline(rise.implied_baseline, decimal_comma=lang == "da")
            upward = _label(replace(target, direction=Direction.UP), "absolute", lang)
            figures = f"{upward} {'og' if lang == 'da' else 'and'} " if upward else ""
            messages[lang] += (
                f" (som en stigning passer {figures}{figure_label(rel, 'da')} med et udgangspunkt på {shown})"
                if lang == "da"
                else f" (as a rise, {figures}{figure_label(rel, 'en')} fit a baseline of {shown})"
            )
    yield trusted(
        Suggestion,
        figure="relative",
        value=None,
        text=messages["en"],
        low=None,
        high=Fraction(100),
        span=rel.span,
        messages=messages,
    )


def _other_way(target: Target, policy: Policy) -> Iterator[Suggestion]:
    """The figures hold as a change the other way ("fra 783 til 122" called a rise): say so, with the
    relative change they make when a baseline and a level are stated."""
    if target.direction is None:
        return
    other = Direction.DOWN if target.direction is Direction.UP else Direction.UP
    flipped = replace(
        target,
        direction=other,
        directions=tuple(other for _ in target.directions),
    )
    # a from-to in the right direction and nothing else to check is "unverifiable", and then it holds
    if evaluate(flipped, policy).verdict not in (Verdict.CONSISTENT, Verdict.UNVERIFIABLE):
        return
    base, level = target.baseline, target.level
    shown = {"da": "", "en": ""}
    if (
        usable(base)
        and usable(level)
        and base is not None
        and level is not None
        and base.value
        and level.value is not None
        and base.unit is level.unit
    ):
        change = abs(level.value - base.value) * 100 / base.value
        shown = {
            "da": f" {_CHANGE[('da', other)]} {number(change, 'da')} pct.",
            "en": f" {_CHANGE[('en', other)]} {number(change, 'en')}%",
        }
    names = [n for n in ("baseline", "level", "absolute", "relative") if usable(getattr(target, n))]
    messages = {}
    for lang in ("da", "en"):
        labels = [_label(flipped, n, lang) for n in names]
        if names[:2] == ["baseline", "level"]:
            labels[:2] = [f"{labels[0]} → {labels[1]}"]
        joined = (" og " if lang == "da" else " and ").join(labels)
        word = _CHANGE[(lang, other)].rsplit(" ", 1)[0]  # "et fald", "a fall"
        messages[lang] = (
            f"{joined} passer som {word}{shown[lang] and ':'}{shown[lang]}; ret retningsordet eller tallene"
            if lang == "da"
            else f"{joined} fit as {word}{shown[lang] and ':'}{shown[lang]}; correct the direction word or "
            "the figures"
        )
    yield trusted(
        Suggestion,
        figure="direction",
        value=None,
        text=messages["en"],
        messages=messages,
    )


_POINT_UNITS: Final = {"da": "procentpoint", "en": "percentage points"}
_PERCENT_WORDS: Final = {"%", "pct.", "pct", "procent", "per cent", "percent"}


def points_suggestions(
    target: Target, points: Fraction, analysis: Analysis, *, policy: object | None = None
) -> tuple[Suggestion, ...]:
    """SG402: the difference of two shares written as percentage points, then the relative change that the
    two shares give (:func:`suggest`), each checked like every suggestion (remembered as :func:`suggest`'s
    are, with the points in the key)."""
    use = policy if isinstance(policy, Policy) else DEFAULT_POLICY
    return _remembered(
        ("points", points, *_memo_key(target, analysis, use)),
        target,
        lambda: _points_suggestions(target, points, analysis, use),
    )


def _points_suggestions(
    target: Target, points: Fraction, analysis: Analysis, use: Policy
) -> tuple[Suggestion, ...]:
    rel = target.relative
    found: list[Suggestion] = []
    if rel is not None and rel.value is not None:
        lang = target.language
        numeral = _NUMERAL.search(rel.text)
        step = _step(rel, False)
        places = max(_places(step), terminating_places(points) or 0)
        number_text = rewrite_number(numeral.group(), points, places, lang) if numeral else None
        if number_text is not None:
            text = f"{number_text} {_POINT_UNITS['da' if lang == 'da' else 'en']}"
            again = None
            try:
                again = read_figure(text, language=lang, policy=use, span=rel.span)
            except FigureSyntaxError:
                again = None
            if (
                again is not None
                and again.unit is Unit.PERCENTAGE_POINT
                and again.value == points
                and _holds(target, "relative", again, use)
            ):
                replacement = None
                quote = rel.span.quote if rel.span is not None else None
                found_in_quote = _NUMERAL.search(quote) if quote else None
                if quote and found_in_quote and quote[found_in_quote.end() :].strip() in _PERCENT_WORDS:
                    head = quote[: found_in_quote.start()]
                    replacement = f"{head}{text}"
                messages = {
                    "da": f"skriv {text}: forskellen mellem to andele er i procentpoint",
                    "en": f"write {text}: the difference of two shares is in percentage points",
                }
                found.append(
                    trusted(
                        Suggestion,
                        figure="relative",
                        value=points,
                        text=messages["en"],
                        low=points,
                        high=points,
                        replacement=replacement,
                        span=rel.span,
                        messages=messages,
                    )
                )
        found.extend(_for_figure(target, "relative", analysis, use))
    return tuple(found)


def suggestion_data(suggestions: tuple[Suggestion, ...]) -> dict[str, str]:
    """The first suggestion's value as ``Finding.data`` keys (``suggested_relative`` ...), exact strings."""
    out: dict[str, str] = {}
    for s in suggestions:
        key = f"suggested_{s.figure}"
        if s.value is not None and key not in out:
            out[key] = exact(s.value)
    return out
