"""Stated figures: a figure as written ("1,4 pct.", "ca. 20", "knap 1.000", "X") becomes an exact value plus
the interval of true values its rounding and its hedge allow.

Two named, user-selectable policies decide the intervals; every report states them (:meth:`Policy.describe`):

* **Rounding** (:class:`Rounding`): which true values round to the figure as written. The precision is the
  last digit *as written* ("1,40" has two decimals and is ``[1.395, 1.405]``), so a figure never goes
  through ``float``. The default, ``nearest``, allows a tie either way: "18" is the closed ``[17.5, 18.5]``.
  An absolute count as written ("150 flere") is exact by default (``Policy.count_rounding``).
* **Hedges** (:class:`HedgePolicy`): how far a vague hedge ("ca.", "knap", "godt") widens the rounding
  interval. The default, ``standard``, widens "ca. 20" by 10 % of the value on each side, "knap 20" down to
  ``20 - 10 %`` and "godt 20" up to ``20 + 10 %``. Bound hedges ("mindst", "højst", "over", "under") are not
  vagueness but meaning; they change the interval itself, whatever the policy (see :func:`read_figure`).

All words (hedges, units, placeholders, number and fraction words) come from the language data files through
:func:`sudgoals.lang.load`; this module holds none.

>>> f = read_figure("1,4 pct.")
>>> f.value, f.low, f.high, f.unit.value
(Fraction(7, 5), Fraction(27, 20), Fraction(29, 20), 'percent')
>>> print(strict_interval(read_figure("18 pct.")), hedged_interval(read_figure("ca. 20 pct.")))
[35/2, 37/2] [35/2, 45/2]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from fractions import Fraction
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

from sudgoals import _regex
from sudgoals._frozen import Frozen
from sudgoals.errors import FigureSyntaxError, PolicyError
from sudgoals.interval import Bound, Interval, closed, inf, singleton
from sudgoals.lang import load
from sudgoals.model import Figure, HedgeKind, PolicyInfo, Span, Unit, trusted

__all__ = [
    "BOUND_HEDGES",
    "CEILING_HEDGES",
    "DEFAULT_POLICY",
    "FLOOR_HEDGES",
    "HEDGE_POLICIES",
    "HedgePolicy",
    "ParsedNumber",
    "Policy",
    "Rounding",
    "Widening",
    "hedged_interval",
    "parse_number",
    "read_figure",
    "rounding_interval",
    "strict_interval",
    "threshold_interval",
    "word_number",
]

_DIGITS = "0123456789"
_SPACES = " \u00a0\u202f\u2009\u2007"
_MINUS = "-\u2212"
_TRAILING = ".,;:)!"
_BLANK_RUN = _regex.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*|[ \t]{2,}|\t")  # a line break or run of blanks


class Rounding(StrEnum):
    """How a figure as written was rounded from the true value: which true values it stands for.

    ``step`` below is one unit of the last digit written (1 for "18", 1/10 for "1,4", 1/100 for "1,40").
    """

    NEAREST = "nearest"
    """Round to nearest, a tie either way: ``[v - step/2, v + step/2]`` (the default)."""
    HALF_UP = "half-up"
    """Round to nearest, ties away from zero: ``[v - step/2, v + step/2)`` for a positive figure."""
    HALF_DOWN = "half-down"
    """Round to nearest, ties toward zero: ``(v - step/2, v + step/2]`` for a positive figure."""
    HALF_EVEN = "half-even"
    """Round to nearest, ties to the even digit: closed when the last digit is even, open when odd."""
    TRUNCATE = "truncate"
    """Digits cut off (toward zero): ``[v, v + step)`` for a positive figure."""
    CEILING = "ceiling"
    """Rounded up (toward +inf): ``(v - step, v]``."""
    FLOOR = "floor"
    """Rounded down (toward -inf): ``[v, v + step)``."""
    EXACT = "exact"
    """No rounding: exactly ``v``."""

    @property
    def label(self) -> str:
        """A short human-readable description, e.g. ``"nearest (ties either way)"``."""
        return _ROUNDING_LABELS[self]


_ROUNDING_LABELS: Mapping[Rounding, str] = MappingProxyType(
    {
        Rounding.NEAREST: "nearest (ties either way)",
        Rounding.HALF_UP: "half-up (ties away from zero)",
        Rounding.HALF_DOWN: "half-down (ties toward zero)",
        Rounding.HALF_EVEN: "half-even (ties to the even digit)",
        Rounding.TRUNCATE: "truncate (digits cut off)",
        Rounding.CEILING: "ceiling (rounded up)",
        Rounding.FLOOR: "floor (rounded down)",
        Rounding.EXACT: "exact (no rounding)",
    }
)


def rounding_interval(value: Fraction, step: Fraction, rounding: Rounding) -> Interval:
    """The true values that ``rounding`` to a multiple of ``step`` turns into ``value``.

    Raises ``ValueError`` when ``step`` is not positive.

    >>> print(rounding_interval(Fraction(18), Fraction(1), Rounding.NEAREST))
    [35/2, 37/2]
    >>> print(rounding_interval(Fraction(18), Fraction(1), Rounding.HALF_UP))
    [35/2, 37/2)
    >>> print(rounding_interval(Fraction(17), Fraction(1), Rounding.HALF_EVEN))
    (33/2, 35/2)
    >>> print(rounding_interval(Fraction(7, 5), Fraction(1, 10), Rounding.TRUNCATE))
    [7/5, 3/2)
    """
    if step <= 0:
        raise ValueError(f"{step=} must be > 0")
    half = step / 2
    sign = (value > 0) - (value < 0)
    c, o = Bound.CLOSED, Bound.OPEN
    match rounding:
        case Rounding.EXACT:
            return singleton(value)
        case Rounding.NEAREST:
            return closed(value - half, value + half)
        case Rounding.HALF_UP:
            if sign > 0:
                return Interval(c, value - half, value + half, o)
            if sign < 0:
                return Interval(o, value - half, value + half, c)
            return Interval(o, -half, half, o)
        case Rounding.HALF_DOWN:
            if sign > 0:
                return Interval(o, value - half, value + half, c)
            if sign < 0:
                return Interval(c, value - half, value + half, o)
            return closed(-half, half)
        case Rounding.HALF_EVEN:
            digit = value / step
            even = digit.denominator == 1 and digit.numerator % 2 == 0
            bound = c if even else o
            return Interval(bound, value - half, value + half, bound)
        case Rounding.TRUNCATE:
            if sign > 0:
                return Interval(c, value, value + step, o)
            if sign < 0:
                return Interval(o, value - step, value, c)
            return Interval(o, -step, step, o)
        case Rounding.CEILING:
            return Interval(o, value - step, value, c)
        case Rounding.FLOOR:
            return Interval(c, value, value + step, o)
    raise ValueError(f"unknown {rounding=}")  # pragma: no cover


_set = object.__setattr__  # how the immutable classes below set their fields


# --------------------------------------------------------------------------------------------- hedge policy


class Widening(Frozen):
    """How far a vague hedge widens a figure, as shares of the value.

    The hedge's own interval is ``[a - below*|v|, b + above*|v|]``, where ``(a, b)`` is the rounding
    interval (``anchor="rounding"``) or the value itself (``anchor="value"``). The hedged interval is the
    hull of that and the rounding interval, so a hedge never excludes what the rounding allows.
    """

    __slots__ = ("below", "above", "anchor")  # noqa: RUF023
    below: Fraction
    above: Fraction
    anchor: Literal["rounding", "value"]

    def __init__(
        self, below: Fraction, above: Fraction, anchor: Literal["rounding", "value"] = "rounding"
    ) -> None:
        for name, value in (("below", below), ("above", above)):
            if not isinstance(value, Fraction) or value < 0:
                raise PolicyError(f"{name}={value!r} must be a Fraction >= 0")
        _set(self, "below", below)
        _set(self, "above", above)
        _set(self, "anchor", anchor)


class HedgePolicy(Frozen):
    """A named rule for how much the vague hedges (about, just under, just over) widen a figure.

    Hedge kinds not in ``widening`` are not widened. The bound hedges (at least, at most, above, below) are
    semantics, not vagueness, and never appear here.
    """

    __slots__ = ("name", "description", "widening")  # noqa: RUF023
    name: str
    description: str
    widening: Mapping[HedgeKind, Widening]

    def __init__(
        self, name: str, description: str, widening: Mapping[HedgeKind, Widening] | None = None
    ) -> None:
        _set(self, "name", name)
        _set(self, "description", description)
        _set(self, "widening", {} if widening is None else widening)

    def __hash__(self) -> int:
        return hash((self.name, self.description))  # the widening (a mapping) is compared, not hashed

    def widen(self, kind: HedgeKind | None) -> Widening | None:
        """The widening for ``kind``, or ``None`` when this policy does not widen it."""
        if kind is None:
            return None
        return self.widening.get(kind)


def _hedge_policy(name: str, description: str, share: Fraction) -> HedgePolicy:
    if share == 0:
        return HedgePolicy(name, description, MappingProxyType({}))
    return HedgePolicy(
        name,
        description,
        MappingProxyType(
            {
                HedgeKind.ABOUT: Widening(share, share, "rounding"),
                HedgeKind.JUST_UNDER: Widening(share, Fraction(0), "value"),
                HedgeKind.JUST_OVER: Widening(Fraction(0), share, "value"),
            }
        ),
    )


HEDGE_POLICIES: Mapping[str, HedgePolicy] = MappingProxyType(
    {
        "none": _hedge_policy("none", "none: hedges do not widen (ca. 20 is read as 20)", Fraction(0)),
        "standard": _hedge_policy(
            "standard",
            "standard: ca. ±10 % beyond the rounding, knap/godt 10 % below/above the value",
            Fraction(1, 10),
        ),
        "wide": _hedge_policy(
            "wide",
            "wide: ca. ±25 % beyond the rounding, knap/godt 25 % below/above the value",
            Fraction(1, 4),
        ),
    }
)
"""The named hedge policies. ``standard`` is the default:

* ABOUT ("ca. 20", "omkring", "about"): the rounding interval widened by 10 % of the value on each side
  (``ca. 20 pct.`` is ``[17.5, 22.5]``).
* JUST_UNDER ("knap 20", "nearly"): also ``[value - 10 %, value]`` (``knap 20`` is ``[18, 20.5]``).
* JUST_OVER ("godt 20"): also ``[value, value + 10 %]`` (``godt 20`` is ``[19.5, 22]``).

``none`` never widens; ``wide`` uses 25 % instead of 10 %.
"""


class Policy(Frozen):
    """The rounding and hedge policies every interval is built with.

    ``count_rounding`` applies to a whole count written without a scale word ("150 flere"), which is exact
    by default; ``rounding`` applies to every other figure (percent, points, kroner, "1,5 mio.").
    """

    __slots__ = ("rounding", "hedges", "count_rounding")  # noqa: RUF023
    rounding: Rounding
    hedges: HedgePolicy
    count_rounding: Rounding

    def __init__(
        self,
        rounding: Rounding = Rounding.NEAREST,
        hedges: HedgePolicy | None = None,
        count_rounding: Rounding = Rounding.EXACT,
    ) -> None:
        _set(self, "rounding", rounding)
        _set(self, "hedges", HEDGE_POLICIES["standard"] if hedges is None else hedges)
        _set(self, "count_rounding", count_rounding)

    @classmethod
    def from_names(
        cls, rounding: str = "nearest", hedges: str = "standard", count_rounding: str = "exact"
    ) -> Policy:
        """The policy with these names; raises :class:`~sudgoals.errors.PolicyError` for an unknown name.

        >>> Policy.from_names("half-up", "wide").describe().rounding
        'half-up (ties away from zero); counts: exact (no rounding)'
        """
        try:
            rounding_mode = Rounding(rounding)
        except ValueError:
            choices = ", ".join(r.value for r in Rounding)
            raise PolicyError(f"unknown rounding policy {rounding!r}; choose one of {choices}") from None
        try:
            count_mode = Rounding(count_rounding)
        except ValueError:
            choices = ", ".join(r.value for r in Rounding)
            raise PolicyError(f"unknown count rounding {count_rounding!r}; choose one of {choices}") from None
        if hedges not in HEDGE_POLICIES:
            choices = ", ".join(HEDGE_POLICIES)
            raise PolicyError(f"unknown hedge policy {hedges!r}; choose one of {choices}")
        return cls(rounding_mode, HEDGE_POLICIES[hedges], count_mode)

    def describe(self) -> PolicyInfo:
        """The policy as the report states it.

        >>> DEFAULT_POLICY.describe().hedges
        'standard: ca. ±10 % beyond the rounding, knap/godt 10 % below/above the value'
        """
        return trusted(
            PolicyInfo,
            rounding=f"{self.rounding.label}; counts: {self.count_rounding.label}",
            hedges=self.hedges.description,
            names={
                "rounding": self.rounding.value,
                "count_rounding": self.count_rounding.value,
                "hedges": self.hedges.name,
            },
        )


DEFAULT_POLICY = Policy()
"""Round to nearest with either tie, counts exact, the ``standard`` hedge policy."""


# --------------------------------------------------------------------------------------------- parsing


class ParsedNumber(NamedTuple):
    """A number as written: its exact ``value`` and ``step``, one unit of the last digit written."""

    value: Fraction
    step: Fraction


def _valid_groups(groups: list[str]) -> bool:
    """Digits, either ungrouped or in thousands groups: the first 1-3 digits, every later one exactly 3."""
    if not groups or not all(g and all(ch in _DIGITS for ch in g) for g in groups):
        return False
    if len(groups) == 1:
        return True  # no separator at all: "1000"
    return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _split_groups(text: str, thousands: str) -> list[str]:
    groups = [""]
    for ch in text:
        if ch == thousands or ch in _SPACES:
            groups.append("")
        else:
            groups[-1] += ch
    return groups


MAX_DIGITS = 60
"""The most digits a number may have (decimals included): no paper states more, and a run of thousands
of digits (a garbled table, a hostile file) would cost quadratic time to convert and read as a figure."""


def parse_number(text: str, *, language: str = "da") -> ParsedNumber:
    """Read a number written in digits: its exact value and the step of its last digit.

    Danish (``language="da"``) has a decimal comma and a thousands dot ("1,4", "1.000", "8.000"); English
    the reverse ("2.5", "4,100"). A space or no-break space also separates thousands ("1 200"). One stray
    dot at the end is ignored ("18."). Trailing zeros are precision ("1,40" has step 1/100). When the
    thousands separator is followed by other than three digits and stands alone ("2.5" in Danish), it is
    read as a decimal point.

    Raises :class:`~sudgoals.errors.FigureSyntaxError` when ``text`` is not such a number (or has more than
    :data:`MAX_DIGITS` digits) and ``ValueError`` for an unknown language.

    >>> parse_number("1,4"), parse_number("1.000"), parse_number("1 200")
    (ParsedNumber(value=Fraction(7, 5), step=Fraction(1, 10)), ParsedNumber(value=Fraction(1000, 1), \
step=Fraction(1, 1)), ParsedNumber(value=Fraction(1200, 1), step=Fraction(1, 1)))
    >>> parse_number("1,40").step, parse_number("18.").value, parse_number("4,100", language="en").value
    (Fraction(1, 100), Fraction(18, 1), Fraction(4100, 1))
    """
    lang = load(language)
    s = text.strip()
    sign = 1
    if s[:1] in tuple(_MINUS):
        sign, s = -1, s[1:].lstrip()
    elif s[:1] == "+":
        s = s[1:].lstrip()
    if len(s) >= 2 and s.endswith(".") and s[-2] in _DIGITS:
        s = s[:-1]  # a stray dot: "18." (OCR, or the end of a sentence)
    if not s or s[0] not in _DIGITS or s[-1] not in _DIGITS:
        raise FigureSyntaxError(text, "a number must start and end with a digit")
    decimal, thousands = (",", ".") if lang.decimal_comma else (".", ",")
    if any(ch not in _DIGITS and ch not in (decimal, thousands) and ch not in _SPACES for ch in s):
        raise FigureSyntaxError(text, "unexpected character in a number")
    if s.count(decimal) > 1:
        raise FigureSyntaxError(text, f"more than one decimal separator {decimal!r}")
    if decimal in s:
        whole, frac = s.split(decimal)
        if not frac or any(ch not in _DIGITS for ch in frac):
            raise FigureSyntaxError(text, "the decimals must be digits only")
        groups = _split_groups(whole, thousands)
        if not _valid_groups(groups):
            raise FigureSyntaxError(text, "thousands separators must stand between groups of three digits")
    else:
        groups = _split_groups(s, thousands)
        frac = ""
        if not _valid_groups(groups):
            lone = s.count(thousands) == 1 and not any(ch in _SPACES for ch in s)
            if not lone:
                raise FigureSyntaxError(
                    text, "thousands separators must stand between groups of three digits"
                )
            whole, frac = s.split(thousands)
            groups = [whole]
    digits = "".join(groups) + frac
    if len(digits) > MAX_DIGITS:
        raise FigureSyntaxError(text, f"a number of {len(digits):,} digits (at most {MAX_DIGITS} are read)")
    step = Fraction(1, 10 ** len(frac))
    return ParsedNumber(sign * Fraction(int(digits)) * step, step)


# --------------------------------------------------------------------------------------------- words


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _match_at(text: str, pos: int, words: tuple[str, ...] | list[str], *, case: bool = False) -> str | None:
    """The longest of ``words`` that stands at ``text[pos:]`` as a whole word (or symbol); of words of one
    length, the first in ``words``."""
    if pos >= len(text):
        return None
    first = text[pos] if case else text[pos].lower()[:1]
    for word in _by_first(words if type(words) is tuple else tuple(words), case).get(first, ()):
        chunk = text[pos : pos + len(word)]
        if (chunk if case else chunk.lower()) != (word if case else word.lower()):
            continue
        after = text[pos + len(word) : pos + len(word) + 1]
        if _is_word_char(word[-1]) and after and _is_word_char(after):
            continue
        return word
    return None


@lru_cache(maxsize=512)
def _by_first(words: tuple[str, ...], case: bool) -> dict[str, tuple[str, ...]]:
    """``words`` by their first character (lower-cased unless ``case``), longest first, in their order within
    one length: the words :func:`_match_at` tries at a place, in the order that finds the one it wants first
    (a scan of every word in a language's tables cost 170 us per figure)."""
    index: dict[str, list[str]] = {}
    for word in words:
        if word:
            index.setdefault(word[0] if case else word.lower()[0], []).append(word)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}


def _ratio_after(text: str, pos: int, words: tuple[str, ...], language: str) -> tuple[int, int] | None:
    """``(end, whole)`` when ``text[pos:]`` goes on as a share ("ud af 3", "in 5"), else ``None``."""
    at = _skip_spaces(text, pos)
    word = _match_at(text, at, words)
    if word is None or at == pos:
        return None
    start = _skip_spaces(text, at + len(word))
    if start >= len(text) or text[start] not in _DIGITS:
        return None
    end = _scan_digits(text, start)
    whole = parse_number(text[start:end], language=language).value
    if whole.denominator != 1 or whole <= 0:
        return None
    return end, int(whole)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace()):
        pos += 1
    return pos


class _Words(Frozen):
    """One language's word tables, prepared for matching."""

    __slots__ = ("hedges", "units", "per", "prefixes", "number_tokens", "joiners")  # noqa: RUF023
    hedges: tuple[tuple[str, HedgeKind], ...]
    units: tuple[tuple[str, Unit], ...]
    per: tuple[tuple[str, str], ...]  # "pr. borger" -> "person"
    prefixes: tuple[tuple[str, Unit], ...]  # "€" -> EUR
    number_tokens: frozenset[str]
    joiners: frozenset[str]

    def __init__(  # noqa: PLR0917 (positional, as the dataclass it was)
        self,
        hedges: tuple[tuple[str, HedgeKind], ...],
        units: tuple[tuple[str, Unit], ...],
        per: tuple[tuple[str, str], ...],
        prefixes: tuple[tuple[str, Unit], ...],
        number_tokens: frozenset[str],
        joiners: frozenset[str],
    ) -> None:
        _set(self, "hedges", hedges)
        _set(self, "units", units)
        _set(self, "per", per)
        _set(self, "prefixes", prefixes)
        _set(self, "number_tokens", number_tokens)
        _set(self, "joiners", joiners)


@cache
def _words(code: str) -> _Words:
    lang = load(code)
    hedges = tuple((w, HedgeKind(kind)) for kind, words in lang.hedges.items() for w in words)
    units = tuple(
        (w, Unit(name)) for name, words in (*lang.units.items(), *lang.measures.items()) for w in words
    )
    per = tuple((w, name) for name, words in lang.per_units.items() for w in words)
    prefixes = tuple((w, Unit(name)) for name, words in lang.unit_prefixes.items() for w in words)
    tokens = frozenset(t.lower() for w in lang.number_words for t in w.split())
    return _Words(hedges, units, per, prefixes, tokens, frozenset(j.lower() for j in lang.number_joiners))


def _match_table(
    text: str, pos: int, table: tuple[tuple[str, HedgeKind], ...]
) -> tuple[str, HedgeKind] | None:
    word = _match_at(text, pos, [w for w, _ in table])
    if word is None:
        return None
    return word, next(k for w, k in table if w == word)


def _number_word_run(text: str, pos: int, words: _Words) -> tuple[int, str] | None:
    """The end of the run of number words at ``pos`` and the run itself (ending with a number word)."""
    last_number_end = pos
    i = pos
    while i < len(text):
        j = i
        while j < len(text) and (_is_word_char(text[j]) or (text[j] == "-" and j > i)):
            j += 1
        token = text[i:j].lower()
        if not token:
            break
        if token in words.number_tokens:
            last_number_end = j
        elif token not in words.joiners:
            break
        i = _skip_spaces(text, j)
    if last_number_end == pos:
        return None
    return last_number_end, text[pos:last_number_end]


_UNSTRESSED = {"ét": "et", "én": "en"}
"""Number words written with a stress accent, by the word text2num reads."""


def _alpha_number(run: str, language: str) -> Fraction | None:
    values = load(language).number_values
    if values:  # a language text2num has no reader for: its number words are data
        found = _valued_number(run, values, frozenset(load(language).number_joiners))
        return None if found is None else Fraction(found)
    from text_to_num import alpha2digit

    # the stressed "ét" ("med ét procentpoint") is "et" with an accent that text2num does not know
    run = " ".join(_UNSTRESSED.get(word.lower(), word) for word in run.split())
    converted = str(alpha2digit(run, language, threshold=0)).strip()
    if converted and all(ch in _DIGITS for ch in converted):
        return Fraction(int(converted))
    return None


def _valued_number(run: str, values: dict[str, int], joiners: frozenset[str]) -> int | None:
    """A run of number words read from a table of their values: parts below a hundred add up ("tjuefem",
    "tjugo fem"), "hundre"/"hundra" and "tusen" multiply what stands before them (or one). ``None`` when a
    word (or a part of a compound) is not a number word.

    >>> table = {"to": 2, "tjue": 20, "fem": 5, "hundre": 100, "tusen": 1000}
    >>> _valued_number("tjuefem", table, frozenset())
    25
    >>> _valued_number("to hundre og fem", table, frozenset({"og"}))
    205
    >>> _valued_number("to tusen", table, frozenset()), _valued_number("tjuefemte", table, frozenset())
    (2000, None)
    """
    parts: list[int] = []
    for word in run.lower().split():
        if word in joiners:
            continue
        split = _compound(word, values)
        if split is None:
            return None
        parts.extend(split)
    if not parts:
        return None
    total = current = 0
    for value in parts:
        if value >= 1000:
            total += max(current, 1) * value
            current = 0
        elif value >= 100:
            current = max(current, 1) * value
        else:
            current += value
    return total + current


def _compound(word: str, values: dict[str, int]) -> list[int] | None:
    """``word`` as number words written together ("tjuefem" -> [20, 5]), longest first; else ``None``."""
    if word in values:
        return [values[word]]
    for cut in range(len(word) - 1, 1, -1):
        head = values.get(word[:cut])
        if head is not None:
            rest = _compound(word[cut:], values)
            if rest is not None:
                return [head, *rest]
    return None


def word_number(text: str, language: str = "da") -> Fraction | None:
    """The number a phrase of number words or a fraction word means, or ``None`` when it is not one.

    Cardinals are read by ``text2num`` ("syv", "hundrede og halvtreds", "to tusind og fjorten"); fraction
    words come from the language data ("halvdelen" is 1/2, "a third" 1/3). Raises ``ValueError`` for an
    unknown language.

    >>> word_number("hundrede og halvtreds"), word_number("en tredjedel"), word_number("a third", "en")
    (Fraction(150, 1), Fraction(1, 3), Fraction(1, 3))
    >>> word_number("to tusind og fjorten"), word_number("bolig") is None
    (Fraction(2014, 1), True)
    """
    lang = load(language)
    phrase = " ".join(text.split())
    if not phrase:
        return None
    lowered = {k.lower(): v for k, v in lang.fraction_words.items()}
    if phrase.lower() in lowered:
        return lowered[phrase.lower()]
    run = _number_word_run(phrase, 0, _words(lang.code))
    if run is None or run[0] != len(phrase):
        return None
    return _alpha_number(phrase, language)


# --------------------------------------------------------------------------------------------- figures


def _scan_digits(text: str, pos: int) -> int:
    """The end of the digit figure at ``pos`` (digits, separators between digits, one stray dot)."""
    i = pos
    if i < len(text) and text[i] in _MINUS and i + 1 < len(text) and text[i + 1] in _DIGITS:
        i += 1
    while i < len(text):
        ch = text[i]
        next_three = text[i + 1 : i + 4]
        separator = ch in ".," and text[i + 1 : i + 2] in tuple(_DIGITS)
        space_group = (
            ch in _SPACES
            and len(next_three) == 3
            and all(c in _DIGITS for c in next_three)
            and (i + 4 >= len(text) or text[i + 4] not in _DIGITS)
            and i > pos
        )
        if ch in _DIGITS or separator or space_group:
            i += 1
        else:
            break
    if i < len(text) and text[i] == "." and i > pos and text[i - 1] in _DIGITS:
        after = text[i + 1 : i + 2]
        if not after or not _is_word_char(after):
            i += 1  # a stray dot: "18. pct."
    return i


def read_figure(
    text: str,
    *,
    language: str = "da",
    policy: Policy = DEFAULT_POLICY,
    unit: Unit | None = None,
    span: Span | None = None,
) -> Figure:
    """Read one stated figure: ``[hedge] number [scale] [unit]``, or a placeholder, into a :class:`Figure`.

    * **Hedge** (optional): any word of the language's ``hedges`` ("ca.", "knap", "mindst", "about").
    * **Number**: digits (see :func:`parse_number`), number words ("femten", "hundrede og halvtreds"),
      a fraction word ("halvdelen", "a third": read as the percent it is, 50 and 100/3, exact), a factor
      word ("fordoble", "double": unit ``factor``, exact), or a placeholder ("X", "xx", "[X]", "?":
      ``placeholder=True`` and no value).
    * **Scale** (optional): "mio.", "mia.", "million" multiply the value and the step.
    * **Unit** (optional): "%", "pct.", "procent", "procentpoint", "per cent", "kr.", "tons", "m³", "dage",
      "euro" ... (a currency mark may stand before the number instead: "€2m"; a unit word with its scale in
      it, the language's ``[unit.scaled]``, scales the value as a scale word does: "12 mnkr" is 12,000,000
      kr), then any number of rate phrases ("pr. borger", "om året": ``l/person/day``); when absent,
      ``unit`` if given, else a count.

    ``low``/``high`` come from the rounding policy (``policy.count_rounding`` for a whole count without a
    scale word, ``policy.rounding`` otherwise), then the bound hedges, which are meaning, not vagueness:
    "mindst v" is ``[v, inf)``, "over v" is ``(v, inf)``, "højst v" is ``[0, v]`` and "under v" is
    ``[0, v)`` (figures are magnitudes; for a negative ``v`` the open side is unbounded). ``hedged_*`` hold
    the interval the hedge policy gives a vague hedge ("ca.", "knap", "godt"), and stay ``None`` when there
    is no such hedge or the policy does not widen it.

    Raises :class:`~sudgoals.errors.FigureSyntaxError` when ``text`` is not such a figure and
    ``ValueError`` for an unknown language.

    >>> f = read_figure("ca. 20 pct.")
    >>> f.hedge, f.hedge_kind.value, f.low, f.high, f.hedged_low, f.hedged_high
    ('ca.', 'about', Fraction(39, 2), Fraction(41, 2), Fraction(35, 2), Fraction(45, 2))
    >>> read_figure("X pct.").placeholder, read_figure("150").value
    (True, Fraction(150, 1))
    >>> read_figure("mindst 95 pct.").high is None
    True
    """
    lang = load(language)
    words = _words(lang.code)
    s = text.strip()
    if "\n" in s or "\r" in s or "  " in s or "\t" in s:
        # a figure broken over lines or spaced out ("mere\nend fordoblet", "fem  procent"): one blank between
        # its words, as the language data writes them
        s = _BLANK_RUN.sub(" ", s)
    if not s:
        raise FigureSyntaxError(text, "empty figure")
    if lang.band_open and s[: s.find(" ") + 1].rstrip().lower() in lang.band_open:
        return _read_band(s, language=language, policy=policy, unit=unit, span=span)
    if lang.band_or and (guess := _read_guesses(s, language=language, policy=policy, unit=unit, span=span)):
        return guess
    if (dashed := _DASH_BAND.match(s)) is not None:
        return _read_dash_band(s, dashed, language=language, policy=policy, unit=unit, span=span)
    pos = 0
    hedge: str | None = None
    hedge_kind: HedgeKind | None = None
    found = _match_table(s, pos, words.hedges)
    if found is not None:
        hedge_word, hedge_kind = found
        hedge = s[pos : pos + len(hedge_word)]
        pos = _skip_spaces(s, pos + len(hedge_word))

    value: Fraction | None = None
    step = Fraction(1)
    placeholder = False
    exact = False
    scaled = False
    figure_unit: Unit | None = None

    prefix_unit: Unit | None = None
    mark = _match_at(s, pos, [w for w, _ in words.prefixes])
    if mark is not None:  # "€2m", "£1.5bn": a currency written before the number
        prefix_unit = next(u for w, u in words.prefixes if w == mark)
        pos = _skip_spaces(s, pos + len(mark))
    token = _match_at(s, pos, lang.placeholders, case=True)
    if token is not None:
        placeholder = True
        pos += len(token)
    elif pos < len(s) and (s[pos] in _DIGITS or (s[pos] in _MINUS and s[pos + 1 : pos + 2].isdigit())):
        end = _scan_digits(s, pos)
        parsed = parse_number(s[pos:end], language=language)
        value, step = parsed.value, parsed.step
        pos = end
        share = _ratio_after(s, pos, lang.ratio_words, language)
        if share is not None:  # "2 ud af 3", "1 in 5": the exact share, as a percent
            pos, whole = share
            if value.denominator != 1 or value < 0 or whole < value:
                raise FigureSyntaxError(text, "a share needs two whole numbers, the first not the larger")
            value = value * 100 / whole
            figure_unit, exact = Unit.PERCENT, True
    else:
        fraction = _match_at(s, pos, list(lang.fraction_words))
        factor = _match_at(s, pos, list(lang.factor_words))
        if fraction is not None and (factor is None or len(fraction) >= len(factor)):
            value = lang.fraction_words[fraction] * 100
            figure_unit, exact = Unit.PERCENT, True
            pos += len(fraction)
        elif factor is not None:
            value = lang.factor_words[factor]
            figure_unit, exact = Unit.FACTOR, True
            pos += len(factor)
        else:
            run = _number_word_run(s, pos, words)
            number = None if run is None else _alpha_number(run[1], language)
            if run is None or number is None:
                raise FigureSyntaxError(text, "no number, number word or placeholder where one was expected")
            value = number
            pos = run[0]

    pos = _skip_spaces(s, pos)
    scale = _match_at(s, pos, list(lang.scales))
    if scale is not None and not placeholder and value is not None:
        factor_value = lang.scales[scale]
        value, step, scaled = value * factor_value, step * factor_value, True
        pos = _skip_spaces(s, pos + len(scale))
    unit_word = _match_at(s, pos, [w for w, _ in words.units]) if prefix_unit is None else None
    if unit_word is not None:
        figure_unit = next(u for w, u in words.units if w == unit_word)
        pos = _skip_spaces(s, pos + len(unit_word))
        glued = lang.scaled_units.get(unit_word.lower())
        if glued is not None and not scaled and not placeholder and value is not None:
            value, step, scaled = value * glued, step * glued, True  # "12 mnkr" is 12 miljoner kronor
    elif prefix_unit is not None:
        figure_unit = prefix_unit
    if figure_unit is not None and figure_unit.measure:
        per: list[str] = []
        while (per_word := _match_at(s, pos, [w for w, _ in words.per])) is not None:
            per.append(next(p for w, p in words.per if w == per_word))  # "pr. person pr. døgn"
            pos = _skip_spaces(s, pos + len(per_word))
        if per:
            figure_unit = Unit("/".join((figure_unit.base, *figure_unit.per, *per)))
    while pos < len(s) and (s[pos] in _TRAILING or s[pos].isspace()):
        pos += 1
    if pos != len(s):
        raise FigureSyntaxError(text, f"unexpected text after the figure: {s[pos:]!r}")
    if figure_unit is None:
        figure_unit = unit if unit is not None else Unit.COUNT

    if placeholder or value is None:
        return trusted(
            Figure,
            text=s,
            value=None,
            low=None,
            high=None,
            unit=figure_unit,
            hedge=hedge,
            hedge_kind=hedge_kind,
            placeholder=True,
            span=span,
        )

    if exact or figure_unit is Unit.YEAR:
        mode = Rounding.EXACT
    elif figure_unit is Unit.COUNT and not scaled and step == 1:
        mode = policy.count_rounding
    else:
        mode = policy.rounding
    strict = _bound_hedge(rounding_interval(value, step, mode), value, hedge_kind)
    hedged = _widen(strict, value, policy.hedges.widen(hedge_kind))
    extra: dict[str, object] = {}
    if hedged is not None:
        extra = {
            "hedged_low": hedged.finite_lower(),
            "hedged_high": hedged.finite_upper(),
            "hedged_low_closed": hedged.lower_closed or hedged.finite_lower() is None,
            "hedged_high_closed": hedged.upper_closed or hedged.finite_upper() is None,
        }
    # every value is computed above from the parsed text (exact Fractions, enum members), so the model is
    # built without validation; tests compare read figures with validated copies
    return trusted(
        Figure,
        text=s,
        value=value,
        low=strict.finite_lower(),
        high=strict.finite_upper(),
        low_closed=strict.lower_closed,
        high_closed=strict.upper_closed,
        unit=figure_unit,
        hedge=hedge,
        hedge_kind=hedge_kind,
        placeholder=False,
        span=span,
        **extra,
    )


def _number_end(text: str, language: str) -> int:
    """Where the number that opens ``text`` ends (digits with a sign, or a run of number words); 0 for
    none."""
    pos = 1 if text[:1] in _MINUS and text[1:2].isdigit() else 0
    if text[pos : pos + 1].isdigit():
        return _scan_digits(text, pos)
    run = _number_word_run(text, 0, _words(load(language).code))
    return 0 if run is None else run[0]


def _with_suffix(left: str, right: str, *, language: str, policy: Policy, unit: Unit | None) -> Figure:
    """The first end of a band read with the scale and unit of the second: the longest tail of the words
    after the second end's number that reads with it ("2" and "3 mio. kr." is "2 mio. kr."; "2 mio." and
    "3 mio. kr." is "2 mio. kr.")."""
    tail = right[_number_end(right, language) :].split()
    for k in range(len(tail)):
        try:
            return read_figure(f"{left} {' '.join(tail[k:])}", language=language, policy=policy, unit=unit)
        except FigureSyntaxError:
            continue
    return read_figure(left, language=language, policy=policy, unit=unit)


def _read_band(s: str, *, language: str, policy: Policy, unit: Unit | None, span: Span | None) -> Figure:
    """A band of two stated ends, "mellem 5 og 6 pct.", "between 5% and 6%": ``value`` is ``None``,
    ``band_low``/``band_high`` are the ends as written and ``low``/``high`` the hull of their rounding
    intervals. The first end takes the scale and unit of the second when it has none ("mellem 2 og 3 mio.
    kr." is 2 to 3 million kroner). Raises :class:`~sudgoals.errors.FigureSyntaxError` unless both ends
    read as numbers in one unit, with no hedge and no placeholder.

    >>> f = read_figure("mellem 5 og 6 pct.")
    >>> f.value, f.band_low, f.band_high, f.low, f.high, f.high_closed
    (None, Fraction(5, 1), Fraction(6, 1), Fraction(9, 2), Fraction(13, 2), True)
    >>> read_figure("between 1.5 and 2 million", language="en").low
    Fraction(1450000, 1)
    """
    lang = load(language)
    rest = s[s.find(" ") + 1 :].strip()
    lowered = rest.lower()
    for joiner in lang.band_and:
        at = lowered.find(f" {joiner} ")
        while at > 0:
            left, right = rest[:at].strip(), rest[at + len(joiner) + 2 :].strip()
            try:
                high = read_figure(right, language=language, policy=policy, unit=unit)
                low = read_figure(left, language=language, policy=policy, unit=unit)
                if low.unit is Unit.COUNT and (
                    high.unit is not Unit.COUNT or _number_end(left, language) == len(left)
                ):
                    low = _with_suffix(left, right, language=language, policy=policy, unit=unit)
            except FigureSyntaxError:
                at = lowered.find(f" {joiner} ", at + 1)
                continue
            return _band_of(s, low, high, span=span)
    raise FigureSyntaxError(s, "a band needs two ends joined by a word such as 'og' or 'and'")


def _band_of(s: str, low: Figure, high: Figure, *, span: Span | None, ordered: bool = False) -> Figure:
    """The band ``s`` of the two ends ``low`` and ``high`` (read by :func:`_read_band` and
    :func:`_read_dash_band`): numbers with no hedge and no placeholder, in one unit (with ``ordered``, the
    first below the second), the hull of their intervals. Raises :class:`~sudgoals.errors.FigureSyntaxError`
    otherwise."""
    if any(e.placeholder or e.hedge_kind is not None or e.value is None for e in (low, high)):
        raise FigureSyntaxError(s, "a band's two ends are numbers with no hedge")
    if low.unit is not high.unit:
        raise FigureSyntaxError(s, "a band's two ends are in one unit")
    assert low.value is not None
    assert high.value is not None
    if ordered and not low.value < high.value:
        raise FigureSyntaxError(s, "a band's first end is below its second")
    return _hull_figure(
        s,
        None,
        (low, high),
        unit=high.unit,
        span=span,
        band_low=min(low.value, high.value),
        band_high=max(low.value, high.value),
    )


_DASH_BAND = _regex.compile(r"(\d[\d.,]*) ?[-\u2013] ?(?=\d)")  # "5–7 pct.", "40-50 procent", "4 – 5 %"


def _read_dash_band(
    s: str, dashed: re.Match[str], *, language: str, policy: Policy, unit: Unit | None, span: Span | None
) -> Figure:
    """A band written with a dash between its ends, "5–7 pct.", "4–5%": read as :func:`_read_band` reads
    "mellem 5 og 7 pct." (the first end takes the scale and unit of the second), the first end below the
    second. Raises :class:`~sudgoals.errors.FigureSyntaxError` otherwise.

    >>> f = read_figure("5–7 pct.")
    >>> f.value, f.band_low, f.band_high, f.low, f.high
    (None, Fraction(5, 1), Fraction(7, 1), Fraction(9, 2), Fraction(15, 2))
    """
    left, right = dashed.group(1), s[dashed.end() :]
    high = read_figure(right, language=language, policy=policy, unit=unit)
    low = _with_suffix(left, right, language=language, policy=policy, unit=unit)
    # (a band as the second end has no value: the first test of _band_of refuses it)
    return _band_of(s, low, high, span=span, ordered=True)


def _read_guesses(
    s: str, *, language: str, policy: Policy, unit: Unit | None, span: Span | None
) -> Figure | None:
    """One figure stated as two guesses, "£8m or £9m", "8 eller 9 mnkr": the first as written (its value,
    unit and scale; a bare first number takes those of the second), its interval the hull of the rounding
    intervals of both. ``None`` unless both read as numbers in one unit with no hedge and no placeholder, the
    second larger than the first and at most twice it (two guesses at one amount, not two amounts).

    >>> f = read_figure("£8m or £9m", language="en")
    >>> f.value, f.low, f.high
    (Fraction(8000000, 1), Fraction(7500000, 1), Fraction(9500000, 1))
    >>> read_figure("8 eller 9 mnkr", language="sv").value
    Fraction(8000000, 1)
    """
    lowered = s.lower()
    for joiner in load(language).band_or:
        at = lowered.find(f" {joiner} ")
        if at <= 0:
            continue
        left, right = s[:at].strip(), s[at + len(joiner) + 2 :].strip()
        try:
            second = read_figure(right, language=language, policy=policy, unit=unit)
            first = read_figure(left, language=language, policy=policy, unit=unit)
            if first.unit is Unit.COUNT and second.unit is not Unit.COUNT:
                first = _with_suffix(left, right, language=language, policy=policy, unit=unit)
        except FigureSyntaxError:
            return None
        ends = (first, second)
        if any(e.placeholder or e.hedge_kind is not None or e.value is None for e in ends):
            return None
        if first.unit is not second.unit or first.band_low is not None or second.band_low is not None:
            return None
        assert first.value is not None
        assert second.value is not None
        if not 0 < first.value < second.value <= 2 * first.value:
            return None
        return _hull_figure(s, first.value, ends, unit=first.unit, span=span)
    return None


def _hull_figure(
    text: str,
    value: Fraction | None,
    ends: tuple[Figure, Figure],
    *,
    unit: Unit,
    span: Span | None,
    band_low: Fraction | None = None,
    band_high: Fraction | None = None,
) -> Figure:
    """One figure ``text`` of two stated ends (a band, two guesses): its interval the hull of both ends'."""
    hull = strict_interval(ends[0]).hull(strict_interval(ends[1]))
    return trusted(
        Figure,
        text=text,
        value=value,
        low=hull.finite_lower(),
        high=hull.finite_upper(),
        low_closed=hull.lower_closed,
        high_closed=hull.upper_closed,
        unit=unit,
        span=span,
        band_low=band_low,
        band_high=band_high,
    )


def _bound_hedge(rounded: Interval, value: Fraction, kind: HedgeKind | None) -> Interval:
    floor_ = Fraction(0) if value >= 0 else -inf
    c, o = Bound.CLOSED, Bound.OPEN
    match kind:
        case HedgeKind.AT_LEAST:
            return Interval(c, value, inf, o)
        case HedgeKind.ABOVE:
            return Interval(o, value, inf, o)
        case HedgeKind.AT_MOST:
            return Interval(c, floor_, value, c)
        case HedgeKind.BELOW:
            return Interval(c, floor_, value, o)
    return rounded


def _widen(strict: Interval, value: Fraction, widening: Widening | None) -> Interval | None:
    if widening is None or strict.empty or not strict.bounded:
        return None
    size = abs(value)
    if widening.anchor == "rounding":
        lo, hi = strict.finite_lower(), strict.finite_upper()
        assert lo is not None
        assert hi is not None
    else:
        lo = hi = value
    return strict.hull(closed(lo - widening.below * size, hi + widening.above * size))


def _interval(low: Fraction | None, high: Fraction | None, low_closed: bool, high_closed: bool) -> Interval:
    left = Bound.CLOSED if low_closed else Bound.OPEN
    right = Bound.CLOSED if high_closed else Bound.OPEN
    return Interval(left, -inf if low is None else low, inf if high is None else high, right)


def strict_interval(figure: Figure) -> Interval:
    """The interval the rounding policy (and any bound hedge) allows: ``[low, high]`` with its open ends.

    ``None`` ends are unbounded. A placeholder stands for an unknown number: its interval is unbounded.

    >>> print(strict_interval(read_figure("1,40 pct.")))
    [279/200, 281/200]
    """
    if figure.placeholder:
        return _interval(None, None, False, False)
    return _interval(figure.low, figure.high, figure.low_closed, figure.high_closed)


# the hedges that bound a figure on one side, from below ("mindst", "over") or from above ("højst", "under");
# the others widen it
FLOOR_HEDGES: Final = frozenset({HedgeKind.AT_LEAST, HedgeKind.ABOVE})
CEILING_HEDGES: Final = frozenset({HedgeKind.AT_MOST, HedgeKind.BELOW})
BOUND_HEDGES: Final = FLOOR_HEDGES | CEILING_HEDGES
_THRESHOLDS: dict[tuple[object, ...], Interval | None] = {}


def threshold_interval(
    figure: Figure, language: str = "da", policy: Policy = DEFAULT_POLICY
) -> Interval | None:
    """The interval of a floor's or ceiling's own value at the precision it is written to, as if no bound
    stood before it; ``None`` for a figure without a bound (or whose text does not read back without it).

    A bound and a change stated of one goal ("falde med mindst 25 pct. ... en andel på højst 9 pct.", "mindst
    150 flere, svarende til 18 pct.") state the same threshold twice: the baseline they imply is where both
    thresholds meet, not anywhere on the bound's side.

    >>> print(threshold_interval(read_figure("højst 9 procent")))
    [17/2, 19/2]
    >>> threshold_interval(read_figure("9 procent")) is None
    True
    """
    if figure.hedge_kind not in BOUND_HEDGES or figure.value is None or not figure.hedge:
        return None
    key = (figure.text, figure.hedge, figure.unit, figure.value, language, policy)
    if key in _THRESHOLDS:
        return _THRESHOLDS[key]
    found: Interval | None = None
    text = figure.text
    if text[: len(figure.hedge)].lower() == figure.hedge.lower():
        try:
            again = read_figure(text[len(figure.hedge) :], language=language, policy=policy, unit=figure.unit)
        except (FigureSyntaxError, ValueError):
            again = None
        if (
            again is not None
            and again.value == figure.value
            and again.unit is figure.unit
            and again.hedge_kind is None
            and not again.placeholder
            and again.band_low is None
        ):
            found = strict_interval(again)
    if len(_THRESHOLDS) > 4096:
        _THRESHOLDS.clear()
    _THRESHOLDS[key] = found
    return found


def hedged_interval(figure: Figure) -> Interval:
    """The interval the hedge policy allows; the :func:`strict_interval` when nothing widened it.

    >>> print(hedged_interval(read_figure("knap 20 pct.")), hedged_interval(read_figure("20 pct.")))
    [18, 41/2] [39/2, 41/2]
    """
    if figure.placeholder or (figure.hedged_low is None and figure.hedged_high is None):
        return strict_interval(figure)
    hedged = _interval(
        figure.hedged_low, figure.hedged_high, figure.hedged_low_closed, figure.hedged_high_closed
    )
    return hedged.hull(strict_interval(figure))
