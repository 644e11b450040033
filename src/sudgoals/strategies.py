"""Public hypothesis strategies for sudgoals values, for this project's property tests and for yours.

* :func:`intervals` - :class:`~sudgoals.interval.Interval` values;
* :func:`figures` - figures as written ("ca. 1,4 pct.", "1.200", "X pct.") with the values they mean;
* :func:`consistent_targets` / :func:`inconsistent_targets` - :class:`~sudgoals.model.Target` values whose
  figures do / do not admit a (whole) baseline;
* :func:`target_sentences` - Danish or English target sentences in the forms real goal papers use, with
  decimal commas, thousands dots, hedges, placeholders and, on request, simulated OCR damage.

Every function validates its keyword-only arguments when called (raising
:class:`hypothesis.errors.InvalidArgument`) and returns a ``SearchStrategy``. The module is registered
through the ``hypothesis`` entry point: ``st.from_type(Interval)`` works in any project that has sudgoals
installed. Importing it is cheap: the model, the figure reader and the algebra load on first use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Literal


def _hypothesis_setup_hook() -> None:
    """Called by hypothesis through the ``hypothesis`` entry point: ``st.from_type(Interval)`` draws from
    :func:`intervals`.

    Defined before this module imports hypothesis: when ``import sudgoals.strategies`` comes first, that
    import runs hypothesis's entry points while this module is still loading. The strategy is therefore
    resolved lazily, when ``from_type`` first asks for it.
    """
    from hypothesis import strategies as hst

    from sudgoals.interval import Interval as _Interval

    hst.register_type_strategy(_Interval, lambda _: intervals())


from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import InvalidArgument  # noqa: E402

from sudgoals.interval import Bound, Interval, inf  # noqa: E402

if TYPE_CHECKING:
    from sudgoals.model import Direction, HedgeKind, Span, Target, Unit
    from sudgoals.numbers import Rounding

__all__ = [
    "RenderedTarget",
    "WrittenFigure",
    "consistent_targets",
    "figures",
    "inconsistent_targets",
    "intervals",
    "target_sentences",
    "write_number",
]

Language = Literal["da", "en"]

# ------------------------------------------------------------------------------------------------ numbers


def write_number(value: Fraction, decimals: int, *, language: str = "da", grouping: str | None = None) -> str:
    """Write ``value`` with exactly ``decimals`` decimals the way a paper in ``language`` would.

    Danish: decimal comma, thousands dot ("1.200", "1,4"); English: decimal point, thousands comma
    ("1,200", "1.4"). ``grouping`` overrides the thousands separator ("" for none, " " for a space).
    Raises ``ValueError`` when ``value`` does not have that many decimals exactly, or ``decimals < 0``.

    >>> write_number(Fraction(1200), 0), write_number(Fraction(7, 5), 1), write_number(Fraction(7, 5), 2)
    ('1.200', '1,4', '1,40')
    >>> write_number(Fraction(4100), 0, language="en"), write_number(Fraction(5, 2), 1, language="en")
    ('4,100', '2.5')
    """
    if decimals < 0:
        raise ValueError(f"{decimals=} must be >= 0")
    scaled = value * 10**decimals
    if scaled.denominator != 1:
        raise ValueError(f"{value=} has more than {decimals} decimals")
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled.numerator)).rjust(decimals + 1, "0")
    whole, frac = (digits[:-decimals], digits[-decimals:]) if decimals else (digits, "")
    separator = ("." if language == "da" else ",") if grouping is None else grouping
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    point = "," if language == "da" else "."
    return sign + separator.join(groups) + (point + frac if frac else "")


def _round(value: Fraction, decimals: int, rounding: Rounding) -> Fraction:
    """``value`` (>= 0) rounded to ``decimals`` decimals the way ``rounding`` says a writer rounds."""
    from sudgoals.numbers import Rounding

    step = Fraction(1, 10**decimals)
    units = value / step
    match rounding:
        case Rounding.NEAREST | Rounding.HALF_EVEN:
            n = round(units)
        case Rounding.HALF_UP:
            n = math.floor(units + Fraction(1, 2))
        case Rounding.HALF_DOWN:
            n = math.ceil(units - Fraction(1, 2))
        case Rounding.TRUNCATE | Rounding.FLOOR:
            n = math.floor(units)
        case Rounding.CEILING:
            n = math.ceil(units)
        case _:
            raise InvalidArgument(f"{rounding=} cannot write a figure that is not exact")
    return n * step


# ------------------------------------------------------------------------------------------------ intervals


def _check_fraction(name: str, value: object) -> Fraction | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Fraction):
        raise InvalidArgument(f"{name}={value!r} must be an int or Fraction")
    return Fraction(value)


def intervals(
    *,
    min_value: int | Fraction | None = None,
    max_value: int | Fraction | None = None,
    max_denominator: int = 100,
    allow_empty: bool = False,
    allow_unbounded: bool = False,
) -> st.SearchStrategy[Interval]:
    """Intervals with finite ends in ``[min_value, max_value]``, denominators up to ``max_denominator``.

    Open and closed ends are mixed; ``allow_unbounded`` lets either side be infinite and ``allow_empty``
    adds the empty interval. Raises ``InvalidArgument`` for ``min_value > max_value`` or
    ``max_denominator < 1``. Examples shrink toward bounded, closed intervals with small ends near 0 and
    small denominators (as ``st.fractions`` shrinks).
    """
    lo_bound = _check_fraction("min_value", min_value)
    hi_bound = _check_fraction("max_value", max_value)
    if lo_bound is not None and hi_bound is not None and lo_bound > hi_bound:
        raise InvalidArgument(f"{min_value=} must be <= {max_value=}")
    if not isinstance(max_denominator, int) or max_denominator < 1:
        raise InvalidArgument(f"{max_denominator=} must be an int >= 1")
    ends = st.fractions(min_value=lo_bound, max_value=hi_bound, max_denominator=max_denominator)
    bounds = st.sampled_from([Bound.CLOSED, Bound.OPEN])

    @st.composite
    def build(draw: st.DrawFn) -> Interval:
        a, b = sorted((draw(ends), draw(ends)))
        left, right = draw(bounds), draw(bounds)
        lower: Fraction | object = a
        upper: Fraction | object = b
        if allow_unbounded:
            if draw(st.integers(0, 3)) == 3:
                lower = -inf
            if draw(st.integers(0, 3)) == 3:
                upper = inf
        if a == b and not allow_empty:
            left = right = Bound.CLOSED
        return Interval(left, lower, upper, right)  # type: ignore[arg-type]

    strategy = build()
    if allow_empty:
        return st.one_of(strategy, st.just(Interval(Bound.OPEN, 1, 0, Bound.OPEN)))
    return strategy


# ------------------------------------------------------------------------------------------------ figures


@dataclass(frozen=True, slots=True)
class WrittenFigure:
    """A figure as a paper writes it and what it means: ``read_figure(text)`` must give these values."""

    text: str
    value: Fraction | None  # None for a placeholder
    step: Fraction  # one unit of the last digit written
    unit: Unit
    hedge: str | None
    hedge_kind: HedgeKind | None
    placeholder: bool
    language: str


def _check_language(language: str) -> Language:
    if language not in ("da", "en"):
        raise InvalidArgument(f"{language=} must be 'da' or 'en'")
    return language  # type: ignore[return-value]


def figures(
    *,
    unit: Unit | str = "percent",
    language: str = "da",
    min_value: int | Fraction = 0,
    max_value: int | Fraction = 100_000,
    max_decimals: int = 2,
    hedges: bool = True,
    placeholders: bool = True,
) -> st.SearchStrategy[WrittenFigure]:
    """Figures as written in ``language`` with their expected value, step, unit and hedge.

    The number lies in ``[min_value, max_value]`` with up to ``max_decimals`` decimals (counts have none);
    the unit word, hedge word and placeholder are drawn from the language data, so every word the reader
    knows is exercised. Raises ``InvalidArgument`` for bad bounds, an unknown unit or language. Examples
    shrink toward ``0`` without decimals, hedge or placeholder, written with the first unit word.
    """
    from sudgoals.lang import load
    from sudgoals.model import HedgeKind, Unit

    lang = load(_check_language(language))
    try:
        the_unit = Unit(unit)
    except ValueError:
        raise InvalidArgument(f"{unit=} is not a sudgoals Unit") from None
    if the_unit not in (Unit.COUNT, Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.KR):
        raise InvalidArgument(f"{unit=} must be count, percent, percentage_point or kr")
    lo = _check_fraction("min_value", min_value)
    hi = _check_fraction("max_value", max_value)
    assert lo is not None
    assert hi is not None
    if lo < 0 or lo > hi:
        raise InvalidArgument(f"need 0 <= {min_value=} <= {max_value=}")
    if not isinstance(max_decimals, int) or not 0 <= max_decimals <= 12:
        raise InvalidArgument(f"{max_decimals=} must be an int in 0..12")
    decimals_max = 0 if the_unit is Unit.COUNT else max_decimals
    # not the money words with a scale in them ("mnkr", "øre"): their figure is not the number as written
    unit_words: tuple[str, ...] = (
        ()
        if the_unit is Unit.COUNT
        else tuple(w for w in lang.units[the_unit.value] if w.lower() not in lang.scaled_units)
    )
    hedge_words = [(w, HedgeKind(k)) for k, words in lang.hedges.items() for w in words]
    placeholder_words = lang.placeholders

    @st.composite
    def build(draw: st.DrawFn) -> WrittenFigure:
        decimals = draw(st.integers(0, decimals_max))
        step = Fraction(1, 10**decimals)
        n = draw(st.integers(math.ceil(lo / step), math.floor(hi / step)))
        value = n * step
        grouping = draw(st.sampled_from([None, ""] + ([" "] if language == "da" else [])))
        number = write_number(value, decimals, language=language, grouping=grouping)
        placeholder = placeholders and draw(st.integers(0, 5)) == 0
        if placeholder:
            number = draw(st.sampled_from(placeholder_words))
        hedge: str | None = None
        hedge_kind: HedgeKind | None = None
        if hedges and draw(st.integers(0, 2)) == 0:
            hedge, hedge_kind = draw(st.sampled_from(hedge_words))
        text = number
        if unit_words:
            word = draw(st.sampled_from(unit_words))
            joint = "" if word.startswith("%") and draw(st.booleans()) else " "
            text = f"{number}{joint}{word}"
        if hedge is not None:
            text = f"{hedge} {text}"
        return WrittenFigure(
            text=text,
            value=None if placeholder else value,
            step=step,
            unit=the_unit,
            hedge=hedge,
            hedge_kind=hedge_kind,
            placeholder=placeholder,
            language=language,
        )

    return build()


# ------------------------------------------------------------------------------------------------ targets


def _span(text: str) -> Span:
    from sudgoals.model import Span

    return Span(path="<hypothesis>", line=1, column=1, end_line=1, end_column=max(1, len(text)), quote=text)


def _target(
    language: Language,
    direction: Direction,
    texts: dict[str, str],
    indicator: str = "hypothetical indicator",
) -> Target:
    from sudgoals.model import Target, TargetKind, Verdict, trusted
    from sudgoals.numbers import read_figure

    figures_read = {name: read_figure(text, language=language) for name, text in texts.items()}
    quote = " / ".join(f"{k}={v}" for k, v in texts.items())
    kind = TargetKind.CHANGE if "absolute" in texts or "relative" in texts else TargetKind.LEVEL
    return trusted(
        Target,
        id="h1",
        span=_span(quote),
        indicator=indicator,
        kind=kind,
        direction=direction,
        verdict=Verdict.UNVERIFIABLE,
        language=language,
        **figures_read,
    )


def _check_baselines(min_baseline: int, max_baseline: int) -> None:
    for name, value in (("min_baseline", min_baseline), ("max_baseline", max_baseline)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidArgument(f"{name}={value!r} must be an int")
    if not 1 <= min_baseline <= max_baseline:
        raise InvalidArgument(f"need 1 <= {min_baseline=} <= {max_baseline=}")


def _percent_word(language: Language) -> str:
    return "pct." if language == "da" else "per cent"


def consistent_targets(
    *,
    language: str = "da",
    min_baseline: int = 1,
    max_baseline: int = 1_000_000,
    max_decimals: int = 2,
    rounding: str = "nearest",
    hedges: bool = True,
) -> st.SearchStrategy[Target]:
    """Targets whose figures come from a real whole baseline, so that :func:`~sudgoals.algebra.evaluate`
    under ``Policy.from_names(rounding)`` finds them consistent.

    A baseline ``B`` and a change ``A`` (a count; at most ``B`` for a fall) are drawn; the relative change
    ``100·A/B`` is written rounded to up to ``max_decimals`` decimals the way ``rounding`` rounds. The
    target states absolute + relative, level + relative, or baseline + level with the relative or absolute
    change (a from-to alone has nothing to check); with ``hedges`` a relative figure may carry "ca." (which
    never makes a consistent target less so). Raises ``InvalidArgument`` for bad bounds, language or
    rounding (``exact`` cannot write most shares). Examples shrink toward small baselines, the absolute +
    relative form, upward changes, no decimals and no hedge.
    """
    from sudgoals.model import Direction
    from sudgoals.numbers import Rounding

    lang = _check_language(language)
    _check_baselines(min_baseline, max_baseline)
    if not isinstance(max_decimals, int) or not 0 <= max_decimals <= 12:
        raise InvalidArgument(f"{max_decimals=} must be an int in 0..12")
    try:
        mode = Rounding(rounding)
    except ValueError:
        raise InvalidArgument(f"{rounding=} is not a rounding policy name") from None
    if mode is Rounding.EXACT:
        raise InvalidArgument("rounding='exact' cannot write most relative changes")
    about = "ca." if lang == "da" else "about"

    @st.composite
    def build(draw: st.DrawFn) -> Target:
        baseline = draw(st.integers(min_baseline, max_baseline))
        direction = draw(st.sampled_from([Direction.UP, Direction.DOWN]))
        top = baseline if direction is Direction.DOWN else 3 * baseline
        absolute = draw(st.integers(1, max(1, top)))
        decimals = draw(st.integers(0, max_decimals))
        written = _round(Fraction(100 * absolute, baseline), decimals, mode)
        relative = write_number(written, decimals, language=lang) + " " + _percent_word(lang)
        if hedges and draw(st.booleans()):
            relative = f"{about} {relative}"
        level = baseline + absolute if direction is Direction.UP else baseline - absolute
        form = draw(st.sampled_from(["absolute/relative", "level/relative", "baseline/level"]))
        texts: dict[str, str]
        if form == "absolute/relative":
            texts = {"absolute": write_number(Fraction(absolute), 0, language=lang), "relative": relative}
        elif form == "level/relative":
            texts = {"level": write_number(Fraction(level), 0, language=lang), "relative": relative}
        else:
            texts = {
                "baseline": write_number(Fraction(baseline), 0, language=lang),
                "level": write_number(Fraction(level), 0, language=lang),
            }
            # a from-to needs a stated change to be checked ("fra 1.200 til 1.500" alone is unverifiable)
            if draw(st.booleans()):
                texts["relative"] = relative
            else:
                texts["absolute"] = write_number(Fraction(absolute), 0, language=lang)
        return _target(lang, direction, texts)

    return build()


def inconsistent_targets(
    *,
    language: str = "da",
    min_baseline: int = 1,
    max_baseline: int = 100_000,
) -> st.SearchStrategy[Target]:
    """Targets whose figures admit no baseline, under any hedge policy (they carry no hedge).

    Four kinds of mistake: a stated baseline outside the whole baselines the change implies; a relative
    figure so precise that no *whole* baseline reproduces it (GRIM: "1 flere ... 1,40 pct."); a fall of
    more than 100 %; a level below the stated baseline for an increase. Raises ``InvalidArgument`` for bad
    bounds or language. Examples shrink toward small baselines and the first kind of mistake.
    """
    from sudgoals.algebra import whole_baselines
    from sudgoals.interval import closed, singleton
    from sudgoals.model import Direction

    lang = _check_language(language)
    _check_baselines(min_baseline, max_baseline)
    pct = _percent_word(lang)

    def num(value: int | Fraction, decimals: int = 0) -> str:
        return write_number(Fraction(value), decimals, language=lang)

    @st.composite
    def build(draw: st.DrawFn) -> Target:
        kind = draw(st.sampled_from(["stated_baseline", "grim", "steep_fall", "level_direction"]))
        baseline = draw(st.integers(min_baseline, max_baseline))
        if kind == "stated_baseline":
            absolute = draw(st.integers(1, max(1, baseline)))
            decimals = draw(st.integers(0, 2))
            written = _round(Fraction(100 * absolute, baseline), decimals, _nearest())
            while written == 0:  # more decimals until the share shows (bounded: it is positive)
                decimals += 1
                written = _round(Fraction(100 * absolute, baseline), decimals, _nearest())
            half = Fraction(1, 2 * 10**decimals)
            found = whole_baselines(singleton(absolute), closed(written - half, written + half))
            stated = baseline if found is None else found[1] + draw(st.integers(1, 1000))
            texts = {
                "absolute": num(absolute),
                "relative": f"{num(written, decimals)} {pct}",
                "baseline": num(stated),
            }
            return _target(lang, Direction.UP, texts)
        if kind == "grim":
            absolute = draw(st.integers(1, max(1, baseline)))
            low_r = Fraction(100 * absolute, baseline + 1)
            high_r = Fraction(100 * absolute, baseline)
            centre = Fraction(200 * absolute, 2 * baseline + 1)
            for decimals in range(60):  # the decimals needed, not a search over baselines
                written = _round(centre, decimals, _nearest())
                half = Fraction(1, 2 * 10**decimals)
                if low_r < written - half and written + half < high_r:
                    break
            texts = {"absolute": num(absolute), "relative": f"{num(written, decimals)} {pct}"}
            return _target(lang, Direction.UP, texts)
        if kind == "steep_fall":
            absolute = draw(st.integers(1, max(1, baseline)))
            relative = draw(st.integers(102, 1000))
            return _target(lang, Direction.DOWN, {"absolute": num(absolute), "relative": f"{relative} {pct}"})
        level = draw(st.integers(0, baseline - 1)) if baseline > 1 else 0
        return _target(lang, Direction.UP, {"baseline": num(baseline), "level": num(level)})

    return build()


def _nearest() -> Rounding:
    from sudgoals.numbers import Rounding

    return Rounding.NEAREST


# ------------------------------------------------------------------------------------------------ sentences


@dataclass(frozen=True, slots=True)
class RenderedTarget:
    """A target sentence as a paper might print it, and what a reader must find in it.

    ``absolute``/``relative`` are the values written (``None`` where a placeholder stands); ``baseline``
    is the whole baseline the figures were made from; ``clean_text`` is ``text`` before OCR damage.
    """

    text: str
    clean_text: str
    language: str
    indicator: str
    direction: Direction
    absolute: Fraction | None
    relative: Fraction | None
    absolute_text: str
    relative_text: str
    baseline: int
    hedge: str | None
    placeholder: bool
    ocr: bool


_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "da": {
        "up": (
            "{A} flere {I}. Det svarer til en stigning på {R} pct.",
            "{A} flere {I}, svarende til en stigning på {R} procent.",
            "{A} flere {I}. Det svarer til en stigning på {R} %.",
        ),
        "down": (
            "{A} færre {I}. Det svarer til et fald på {R} pct.",
            "{A} færre {I}, svarende til et fald på {R} procent.",
            "{A} færre {I}. Det svarer til et fald på {R}%.",
        ),
    },
    "en": {
        "up": (
            "{A} more {I}. This is an increase of {R} per cent.",
            "{A} more {I}, an increase of {R}%.",
        ),
        "down": (
            "{A} fewer {I}, a reduction of {R}%.",
            "{A} fewer {I}. This is a decrease of {R} per cent.",
        ),
    },
}
"""Sentence forms found in goal papers; ``{A}`` the absolute change, ``{R}`` the relative one."""

_INDICATORS: dict[str, tuple[str, ...]] = {
    "da": (
        "udsatte københavnere får anvist en bolig",
        "udsættelser på årsplan",
        "unge begår alvorlig kriminalitet",
        "borgere med særlige behov kommer i beskæftigelse eller uddannelse",
        "københavnere lever i langtidsfattigdom",
        "ældre får besøg af en frivillig",
    ),
    "en": (
        "vulnerable residents are offered a home",
        "evictions a year",
        "young people commit serious crime",
        "citizens with special needs find work or education",
        "residents live in long-term poverty",
    ),
}
"""What the targets are about (invented in the forms of the seed papers; not taken from them)."""


def _damage(draw: st.DrawFn, text: str, classes: dict[str, tuple[str, ...]]) -> str:
    out = []
    for ch in text:
        key = ch.lower()
        if key in classes:
            replacement = draw(st.sampled_from(classes[key]))
            out.append(replacement.upper() if ch.isupper() else replacement)
        else:
            out.append(ch)
    return "".join(out)


def target_sentences(
    *,
    language: str = "da",
    ocr: bool = False,
    placeholders: bool = True,
    hedges: bool = True,
    max_baseline: int = 100_000,
) -> st.SearchStrategy[RenderedTarget]:
    """Target sentences ("150 flere ... Det svarer til en stigning på 18 pct.") with what they state.

    The figures come from a whole baseline (so the sentence is consistent unless a placeholder stands in
    it), written with the language's decimal and thousands marks; with ``hedges`` the relative figure
    may carry "ca."/"about"; with ``placeholders`` either figure may be "X"; with ``ocr`` each æ, ø, å is
    replaced by one of its OCR stand-ins from the language data (``æ`` as "ee", "e", "@"...), and a stray
    dot may follow the relative figure. Raises ``InvalidArgument`` for a bad language or bound. Examples
    shrink toward the first form and indicator, small numbers, no hedge, placeholder or damage.
    """
    from sudgoals.lang import load
    from sudgoals.model import Direction

    lang = _check_language(language)
    _check_baselines(1, max_baseline)
    classes = load(lang).ocr
    about = ("ca.", "cirka", "omkring") if lang == "da" else ("about", "around")
    tokens = ("X", "x", "XX", "xx")

    @st.composite
    def build(draw: st.DrawFn) -> RenderedTarget:
        direction = draw(st.sampled_from([Direction.UP, Direction.DOWN]))
        template = draw(st.sampled_from(_TEMPLATES[lang][direction.value]))
        indicator = draw(st.sampled_from(_INDICATORS[lang]))
        baseline = draw(st.integers(1, max_baseline))
        top = baseline if direction is Direction.DOWN else 3 * baseline
        absolute: Fraction | None = Fraction(draw(st.integers(1, max(1, top))))
        assert absolute is not None
        decimals = draw(st.integers(0, 1))
        relative: Fraction | None = _round(100 * absolute / baseline, decimals, _nearest())
        assert relative is not None
        a_text = write_number(absolute, 0, language=lang)
        r_text = write_number(relative, decimals, language=lang)
        placeholder = False
        if placeholders and draw(st.integers(0, 4)) == 0:
            placeholder = True
            which = draw(st.sampled_from(["absolute", "relative", "both"]))
            token = draw(st.sampled_from(tokens))
            if which in ("absolute", "both"):
                a_text, absolute = token, None
            if which in ("relative", "both"):
                r_text, relative = token, None
        hedge: str | None = None
        if hedges and draw(st.integers(0, 3)) == 0:
            hedge = draw(st.sampled_from(about))
            r_text = f"{hedge} {r_text}"
        clean = template.format(A=a_text, I=indicator, R=r_text)
        text = clean
        if ocr:
            if relative is not None and draw(st.integers(0, 3)) == 0:
                text = text.replace(f"{r_text} ", f"{r_text}. ", 1)
            text = _damage(draw, text, classes)
        return RenderedTarget(
            text=text,
            clean_text=clean,
            language=lang,
            indicator=indicator,
            direction=direction,
            absolute=absolute,
            relative=relative,
            absolute_text=a_text,
            relative_text=r_text,
            baseline=baseline,
            hedge=hedge,
            placeholder=placeholder,
            ocr=ocr,
        )

    return build()
