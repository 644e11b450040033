"""The data model every stage shares.

``Document`` is what a reader returns (original text plus a line/page map); the rest are frozen pydantic
models that make up a :class:`Report`, whose JSON form is the contract in the README ("Report JSON").

Exact numbers are :class:`fractions.Fraction`. Pydantic would quietly turn a float into ``Fraction(float)``
(``0.1`` becoming ``3602879701896397/36028797018963968``), so :data:`Exact` rejects floats before
validation and serialises as a string that ``Fraction`` reads back ("150", "1.4", "2500/3").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

__all__ = [
    "REPORT_SCHEMA",
    "UNIT_PATTERN",
    "Comparison",
    "Direction",
    "Document",
    "DocumentReport",
    "Equivalence",
    "Exact",
    "Figure",
    "Finding",
    "GoalList",
    "HedgeKind",
    "ImpliedBaseline",
    "Language",
    "ListNumber",
    "Match",
    "Paper",
    "PolicyInfo",
    "Report",
    "Severity",
    "Span",
    "Statement",
    "Suggestion",
    "Target",
    "TargetKind",
    "ToolInfo",
    "Unit",
    "Verdict",
    "format_exact",
    "parse_exact",
]

REPORT_SCHEMA = "sudgoals.report/1"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

Language = Literal["da", "en", "nb", "sv"]  # a paper's language; messages are "da" or "en"


def parse_exact(value: object) -> Fraction:
    """Read an exact number from ``int``, ``Fraction``, ``Decimal`` or a string such as ``"7/5"``.

    Raises ``TypeError`` for floats and bools (a float is never exact as written) and ``ValueError`` for
    strings ``Fraction`` cannot read.

    >>> parse_exact("7/5"), parse_exact("1.4"), parse_exact(3)
    (Fraction(7, 5), Fraction(7, 5), Fraction(3, 1))
    """
    if isinstance(value, bool | float):
        raise TypeError(f"exact numbers must not be floats or bools, got {value!r}")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, str):
        try:
            return Fraction(value.strip())
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(f"not an exact number: {value!r}") from exc
    from decimal import Decimal

    if isinstance(value, Decimal):
        return Fraction(value)
    raise TypeError(f"cannot read an exact number from {type(value).__name__}: {value!r}")


def format_exact(value: Fraction) -> str:
    """Write a Fraction as the shortest string ``Fraction`` reads back (a terminating decimal if any).

    >>> format_exact(Fraction(7, 5)), format_exact(Fraction(150)), format_exact(Fraction(1, 3))
    ('1.4', '150', '1/3')
    """
    if value.denominator == 1:
        return str(value.numerator)
    return _format_ratio(value.numerator, value.denominator)


@lru_cache(maxsize=4096)
def _format_ratio(numerator: int, denominator: int) -> str:
    """``format_exact`` of a non-integer, remembered: reports and findings write the same few figures
    again and again, and the digits are worked out with exact division."""
    from sudgoals._digits import fixed, terminating_places

    value = Fraction(numerator, denominator)
    places = terminating_places(value)
    if places is None:
        return f"{numerator}/{denominator}"
    return fixed(value, places)


def _validate_exact(value: object) -> Fraction:
    return parse_exact(value)


Exact = Annotated[
    Fraction,
    BeforeValidator(_validate_exact),
    PlainSerializer(format_exact, return_type=str, when_used="always"),
]
"""An exact rational number: rejects floats, serialises as a string ``Fraction`` accepts."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


_UNIT_ATOMS: tuple[str, ...] = (
    # the units every release had (their JSON spelling stays)
    "count",
    "percent",
    "percentage_point",
    "kr",
    "factor",  # "fordoble" (x2), "halvere" (x1/2) as a multiplier of the baseline
    "year",
    # mass, volume, area, energy
    "t",
    "kg",
    "l",
    "m**3",
    "m**2",
    "ha",
    "km**2",
    "kWh",
    "MWh",
    "GWh",
    # time
    "hour",
    "day",
    "week",
    "month",
    # money other than Danish kroner (no exchange rates: each currency is its own dimension)
    "NOK",
    "SEK",
    "EUR",
    "GBP",
    "USD",
    # what a rate is per ("pr. borger", "per inhabitant")
    "person",
)
_UNIT_PER: tuple[str, ...] = ("person", "hour", "day", "week", "month", "year")


class _UnitType(type):
    """Iterating the class gives the single units (``for u in Unit``), as the enum it replaces did."""

    def __iter__(cls) -> Iterator[Unit]:
        return iter([Unit(atom) for atom in _UNIT_ATOMS])

    def __len__(cls) -> int:
        return len(_UNIT_ATOMS)


class Unit(str, metaclass=_UnitType):
    """What a figure measures: one unit ("count", "percent", "t", "m**3", "EUR") or a rate of one, per the
    units after each "/" ("l/person/day", "kr/year", "day/person").

    An open, validated vocabulary rather than an enum, so that rates compose; the JSON value is the string
    itself and the units that were an enum keep their spelling. Instances are interned: ``Unit("percent")
    is Unit.PERCENT``, so comparisons by identity (``fig.unit is Unit.COUNT``) keep working. ``Unit(x)``
    raises ``ValueError`` for a string that is not such a unit.

    >>> Unit("l/person/day").base, Unit("l/person/day").per, Unit("percent") is Unit.PERCENT
    ('l', ('person', 'day'), True)
    """

    __slots__ = ()
    _interned: ClassVar[dict[str, Unit]] = {}

    COUNT: ClassVar[Unit]
    PERCENT: ClassVar[Unit]
    PERCENTAGE_POINT: ClassVar[Unit]
    KR: ClassVar[Unit]
    FACTOR: ClassVar[Unit]
    YEAR: ClassVar[Unit]

    def __new__(cls, value: object) -> Unit:
        if isinstance(value, Unit):
            return value
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a unit")
        found = cls._interned.get(value)
        if found is not None:
            return found
        base, *per = value.split("/")
        if base not in _UNIT_ATOMS or any(p not in _UNIT_PER for p in per):
            raise ValueError(
                f"{value!r} is not a unit: one of {', '.join(_UNIT_ATOMS)}, optionally followed by"
                f" '/' and one of {', '.join(_UNIT_PER)} for each 'per'"
            )
        if per and base in ("percent", "percentage_point", "factor"):
            raise ValueError(f"{value!r} is not a unit: a {base} is not a rate")
        made = super().__new__(cls, value)
        cls._interned[value] = made
        return made

    def __getnewargs__(self) -> tuple[str]:  # pickling (``--jobs``) rebuilds the interned instance
        return (str(self),)

    def __reduce__(self) -> tuple[type[Unit], tuple[str]]:
        return (Unit, (str(self),))

    def __copy__(self) -> Unit:
        return self

    def __deepcopy__(self, memo: object) -> Unit:
        return self

    def __repr__(self) -> str:
        return f"Unit({str.__repr__(self)})"

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(str(self), spec)

    @property
    def value(self) -> str:
        """The unit as the JSON contract spells it (the enum it replaces had ``.value`` too)."""
        return str.__str__(self)

    @property
    def base(self) -> str:
        """The unit without its "per" part: ``"l"`` of ``"l/person/day"``."""
        return self.value.split("/", 1)[0]

    @property
    def per(self) -> tuple[str, ...]:
        """What a rate is per, in order: ``("person", "day")`` of ``"l/person/day"``; ``()`` for no rate."""
        return tuple(self.value.split("/")[1:])

    @property
    def measure(self) -> bool:
        """Whether the figure is an amount of something other than a share: a count, a mass, a volume, an
        amount of money, a time, or a rate of one (not a percent, percentage points or a factor)."""
        return self.base not in ("percent", "percentage_point", "factor")

    @classmethod
    def atoms(cls) -> tuple[str, ...]:
        """The single units, in the order the JSON Schema lists them."""
        return _UNIT_ATOMS

    @classmethod
    def per_units(cls) -> tuple[str, ...]:
        """The units a rate may be per."""
        return _UNIT_PER

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(
            cls,
            core_schema.str_schema(pattern=UNIT_PATTERN),
            serialization=core_schema.plain_serializer_function_ser_schema(
                str, return_schema=core_schema.str_schema()
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "title": "Unit",
            "description": (
                "What the figure measures: one of the units, or a rate of one per one or more of"
                f' {", ".join(_UNIT_PER)} ("l/person/day", "kr/year")'
            ),
            "anyOf": [
                {"type": "string", "enum": list(_UNIT_ATOMS)},
                {"type": "string", "pattern": UNIT_PATTERN},
            ],
        }


UNIT_PATTERN = (
    "^(?:"
    + "|".join(re.escape(a) for a in _UNIT_ATOMS)
    + ")(?:/(?:"
    + "|".join(re.escape(p) for p in _UNIT_PER)
    + "))*$"
)
"""The JSON Schema pattern of a unit (a unit, then ``/`` and a per unit any number of times)."""

Unit.COUNT = Unit("count")
Unit.PERCENT = Unit("percent")
Unit.PERCENTAGE_POINT = Unit("percentage_point")
Unit.KR = Unit("kr")
Unit.FACTOR = Unit("factor")
Unit.YEAR = Unit("year")


class HedgeKind(StrEnum):
    """The meaning of a hedge word; how much it widens a figure is the hedge *policy*."""

    ABOUT = "about"  # ca., cirka, omkring, about, around, some
    JUST_UNDER = "just_under"  # knap, næsten, nearly, almost
    JUST_OVER = "just_over"  # godt, small margin above
    AT_LEAST = "at_least"  # mindst, minimum, at least
    AT_MOST = "at_most"  # højst, maks., at most
    ABOVE = "above"  # over, mere end, more than
    BELOW = "below"  # under, mindre end, less than


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


class TargetKind(StrEnum):
    CHANGE = "change"
    LEVEL = "level"


class Verdict(StrEnum):
    CONSISTENT = "consistent"
    CONSISTENT_WITH_HEDGE = "consistent_with_hedge"
    INCONSISTENT = "inconsistent"
    UNVERIFIABLE = "unverifiable"
    UNRESOLVED = "unresolved"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Span(_Frozen):
    """Where something stands in the original file. Lines and columns are 1-based; ``end_line``/``end_column``
    point just past the last character (as in the report contract: "stigning pa 18 pct." on line 54 ends at
    column 20). ``start``/``end`` are 0-based character offsets into the document text (end exclusive)."""

    path: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    page: int | None = None
    quote: str
    start: int = Field(default=0, ge=0)
    end: int = Field(default=0, ge=0)


class Figure(_Frozen):
    """A stated figure: the text as written, its exact value, and the interval its rounding allows.

    ``low``/``high`` is the rounding interval of the figure as written (``None`` = unbounded on that side).
    ``hedged_low``/``hedged_high`` is the interval the hedge policy gives it when a hedge stands before it
    (``None`` when there is no hedge or the policy does not widen it).
    """

    text: str
    value: Exact | None
    low: Exact | None
    high: Exact | None
    low_closed: bool = True
    high_closed: bool = True
    unit: Unit
    hedge: str | None = None
    hedge_kind: HedgeKind | None = None
    hedged_low: Exact | None = None
    hedged_high: Exact | None = None
    hedged_low_closed: bool = True
    hedged_high_closed: bool = True
    placeholder: bool = False
    span: Span | None = None


class ImpliedBaseline(_Frozen):
    """The baselines that reproduce a target's figures: whole numbers (``whole``) or an exact interval."""

    low: Exact | None
    high: Exact | None
    whole: bool
    low_closed: bool = True
    high_closed: bool = True
    hedged: bool = False  # True when only the hedge policy's widening made it non-empty


class Target(_Frozen):
    """One quantitative target: ``absolute = baseline x relative / 100`` (percent), or a level."""

    id: str
    span: Span
    indicator: str
    kind: TargetKind
    direction: Direction | None
    absolute: Figure | None = None
    relative: Figure | None = None
    baseline: Figure | None = None
    level: Figure | None = None
    implied_baseline: ImpliedBaseline | None = None
    verdict: Verdict
    # additions to the contract (allowed: fields may be added, never renamed or dropped)
    counts: str | None = None  # what the baseline counts ("persons", "cases", ...): whole numbers when set
    year: int | None = None  # the target year ("i 2017")
    reference_year: int | None = None  # the year compared against ("end i 2013", "i forhold til 2015")
    goal_number: int | None = None  # the list number the target stands under ("1." ... "10.")
    direction_words: tuple[str, ...] = ()  # the direction words found, as written, in order
    directions: tuple[Direction, ...] = ()  # the direction each of ``direction_words`` means
    baseline_unknown: bool = False  # the paper itself says the baseline is not known yet
    language: Language = "da"
    # the ids of the extraction rules that built the target, in the order they applied (added 2026-12):
    # "engine.sentence" for a claim read by the sentence reader in code, "<lang>.<stage>.<name>" for a
    # pattern rule of the language's data files (sudgoals/lang/<lang>/rules.toml)
    rules: tuple[str, ...] = ()


SuggestedFigure = Literal["absolute", "relative", "baseline", "level", "direction"]


class Suggestion(_Frozen):
    """What would make a finding's figures hold: which figure, the value that would, and a sentence saying so.

    ``value`` is the figure as it would be written (at the precision the paper wrote it, or one place more),
    checked by evaluating the target again with it; ``None`` when only a bound can be said ("a fall is at most
    100 pct.") and for ``figure="direction"`` (the figures hold as a change the other way). ``low``/``high``
    are the exact values of the figure the other figures allow (whole numbers when the figure counts people).
    ``replacement`` is the text to put in place of ``span.quote`` when that edit is exact (the figure's
    digits as written), else ``None``. ``messages`` holds ``text`` in each language, as on :class:`Finding`.
    """

    figure: SuggestedFigure
    value: Exact | None
    text: str
    low: Exact | None = None
    high: Exact | None = None
    replacement: str | None = None
    span: Span | None = None
    messages: dict[str, str] = Field(default_factory=dict)


class Finding(_Frozen):
    """A rule's verdict on one place: code, name, severity, where, and why (with the numbers)."""

    code: str
    name: str
    severity: Severity
    path: str
    line: int
    column: int
    message: str
    target: str | None = None
    span: Span | None = None
    messages: dict[str, str] = Field(default_factory=dict)  # the message in each language ("da", "en")
    data: dict[str, str] = Field(default_factory=dict)  # the numbers behind the message, exact strings
    # what would make the figures hold (added to the contract 2026-12; empty when nothing can be said)
    suggestions: list[Suggestion] = Field(default_factory=list)


class DocumentReport(_Frozen):
    path: str
    language: Language
    targets: list[Target]
    format: str = "txt"
    title: str | None = None
    period: tuple[int, int] | None = None


class GoalList(_Frozen):
    """A stated number of goals ("syv delmål", "følgende 10 mål") and the items listed after it."""

    span: Span  # the phrase that states the count
    stated: int
    items: list[Span]  # each listed item (bullet or numbered line) that follows


class ListNumber(_Frozen):
    """A list mark "3." that opens an item of a numbered list."""

    number: int
    span: Span


class Statement(_Frozen):
    """A sentence with a direction word but no figure ("Færre borgere ... er ensomme")."""

    span: Span
    text: str
    direction: Direction | None
    indicator: str


class Equivalence(_Frozen):
    """Two figures a paper says are the same amount, in two units or scales ("110 liter pr. person pr. døgn,
    svarende til ca. 40 m³ om året", "24 mio. kr. om året, eller 2 mio. kr. om måneden")."""

    first: Figure
    second: Figure
    span: Span  # from the first figure to the second, the link between included


class Paper(_Frozen):
    """Everything the extractor found in one document: the input to the rules.

    A spec file loads into the same model. ``unlinked`` holds the figures (with a percent sign or word)
    that could not be tied to any target, so that nothing is silently dropped.
    """

    path: str
    language: Language
    format: str = "txt"
    title: str | None = None
    period: tuple[int, int] | None = None  # the paper's period ("2014-2017")
    period_span: Span | None = None
    targets: list[Target]
    goal_lists: list[GoalList] = Field(default_factory=list)
    numbered_lists: list[list[ListNumber]] = Field(default_factory=list)
    unquantified: list[Statement] = Field(default_factory=list)
    unlinked: list[Figure] = Field(default_factory=list)
    # figures read as statements of fact, not targets ("To ud af tre kommuner har en klimaplan"): kept, so
    # that nothing is dropped silently, and shown by ``sudgoals trace``; no rule reports them
    facts: list[Figure] = Field(default_factory=list)
    equivalences: list[Equivalence] = Field(default_factory=list)  # stated equivalences across units


class ToolInfo(_Frozen):
    name: Literal["sudgoals"] = "sudgoals"
    version: str


class PolicyInfo(_Frozen):
    rounding: str  # described in English, e.g. "nearest (ties either way); counts: exact (no rounding)"
    hedges: str
    # the policy names themselves ("rounding", "count_rounding", "hedges"), for renderers that translate
    names: dict[str, str] = Field(default_factory=dict)


class Match(_Frozen):
    """Two targets judged to be the same goal in two documents."""

    old: str | None  # target id in the old document (None: appeared)
    new: str | None  # target id in the new document (None: vanished)
    indicator: str
    score: int | None = None  # rapidfuzz score 0..100 of the indicator match
    # "repeated": a second statement, in the new paper, of a goal already matched (a web page that quotes
    # its own goal twice); it is listed, but it is neither a new goal nor a change
    status: Literal["unchanged", "changed", "appeared", "vanished", "repeated"]
    old_figures: str | None = None  # "150 / 18 pct."
    new_figures: str | None = None
    old_baseline: ImpliedBaseline | None = None
    new_baseline: ImpliedBaseline | None = None
    overlap: ImpliedBaseline | None = None
    drift: bool = False  # both baselines known and they do not overlap
    old_span: Span | None = None  # where the old target stands (for findings and reports)
    new_span: Span | None = None  # where the new target stands
    # what each target's indicator counts: "count" (people, cases), "share" (a percentage of a whole),
    # "money"; None when its figures do not say (a relative change alone)
    old_measure: str | None = None
    new_measure: str | None = None
    # the same goal, but the drafts count different things ("130 flere unge" -> "andelen af unge"): the
    # baselines are not compared (a count is not a percentage), and the change is a finding of its own
    kind_changed: bool = False


class Comparison(_Frozen):
    old: str
    new: str
    matches: list[Match]


_M = TypeVar("_M", bound=BaseModel)
_REQUIRED: Any = object()  # marks a required field in a construction plan
_set = object.__setattr__
# The sets of fields set, shared between models built here: the extractor builds several spans, figures and
# targets per figure, and a set of their own cost each ~350-500 bytes (half a target's memory). Pydantic
# only reads this set (``model_copy`` copies it before it adds to it; a frozen model refuses assignment).
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _fields_set(names: frozenset[str]) -> set[str]:
    shared = _FIELDS_SETS.get(names)
    if shared is None:
        shared = _FIELDS_SETS[names] = set(names)
    return shared


_PLANS: dict[type[BaseModel], tuple[dict[str, Any], tuple[tuple[str, Any], ...]]] = {}


def _plan(cls: type[BaseModel]) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...]]:
    plan = _PLANS.get(cls)
    if plan is None:
        template: dict[str, Any] = {}
        factories: list[tuple[str, Any]] = []
        for name, info in cls.__pydantic_fields__.items():
            if info.is_required():
                template[name] = _REQUIRED
            elif info.default_factory is not None:
                template[name] = _REQUIRED
                factories.append((name, info.default_factory))
            else:
                template[name] = info.default
        plan = _PLANS[cls] = (template, tuple(factories))
    return plan


def trusted(cls: type[_M], **values: Any) -> _M:
    """``cls.model_construct(**values)`` for values this package computed and typed itself, in a third of
    the time: the extractor builds thousands of spans, figures and targets per megabyte, and pydantic's
    ``model_construct`` walks every field's aliases on each call (measured 9.2 against 2.7 microseconds
    for a Span). The result is the same object (field order, defaults, fields set); a test holds the two
    to each other and to a validated copy. Only for models without validators that change values."""
    template, factories = _plan(cls)
    data = template.copy()
    data.update(values)  # keeps the field order of the template, so dumps keep theirs
    for name, factory in factories:
        if name not in values:
            data[name] = factory()
    m = cls.__new__(cls)
    _set(m, "__dict__", data)
    _set(m, "__pydantic_fields_set__", _fields_set(frozenset(values)))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


_SPAN_FIELDS = ("path", "line", "column", "end_line", "end_column", "page", "quote", "start", "end")
_SPAN_FIELDS_SET = _fields_set(frozenset(_SPAN_FIELDS))


def replace(model: _M, **update: Any) -> _M:
    """``model.model_copy(update=update)`` for trusted values, without pydantic's generic copy machinery."""
    cls = type(model)
    data = model.__dict__.copy()
    data.update(update)
    m = cls.__new__(cls)
    _set(m, "__dict__", data)
    fields_set = model.__pydantic_fields_set__
    if not update.keys() <= fields_set:
        fields_set = _fields_set(frozenset(fields_set | update.keys()))
    _set(m, "__pydantic_fields_set__", fields_set)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


class Report(_Frozen):
    """The whole result of a check or a compare: the JSON contract of the README ("Report JSON").

    ``model_dump()``, ``model_dump_json()`` and :meth:`to_json_dict` all give that contract: the key is
    ``"schema"`` (the Python attribute is ``schema_``, since ``BaseModel.schema`` is taken), and
    ``"comparisons"`` is left out unless the report comes from a comparison.
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True, defer_build=True
    )

    schema_: Literal["sudgoals.report/1"] = Field(default="sudgoals.report/1", alias="schema")
    tool: ToolInfo
    policy: PolicyInfo
    documents: list[DocumentReport]
    findings: list[Finding]
    # the contract has the key only for compare
    comparisons: list[Comparison] | None = Field(default=None, exclude_if=lambda value: value is None)

    def to_json_dict(self) -> dict[str, Any]:
        """The report as the JSON contract: aliases, exact numbers as strings, ``comparisons`` if set."""
        data: dict[str, Any] = self.model_dump(mode="json", by_alias=True)
        return data


@dataclass(frozen=True, slots=True)
class Document:
    """A goal paper as read: its text exactly as extracted, and where pages begin.

    Positions are stored as offsets; 1-based line and column are computed on demand. For PDF the text of
    page *n* starts at ``page_starts[n-1]``; for DOCX and ODT every paragraph, list item and table cell is
    one line, so the line number is the paragraph number.

    A plain dataclass rather than a pydantic model: the text can be hundreds of megabytes and is never
    validated field by field, and the line index is built lazily.
    """

    path: str
    text: str
    format: str = "txt"
    page_starts: tuple[int, ...] = ()
    encoding: str | None = None
    _line_starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def _lines(self) -> list[int]:
        if not self._line_starts:
            starts = [0]
            text = self.text
            if "\r" in text:
                # "\r\n" and a lone "\r" (old Mac files) each end one line
                starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
            else:
                # each line starts one past the end of the one before: lengths summed in C, no Python loop
                lengths = map((1).__add__, map(len, text.split("\n")[:-1]))
                starts = list(itertools.accumulate(lengths, initial=0))
            self._line_starts.extend(starts)
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based character offset.

        >>> Document("x.txt", "ab\\ncd").position(3)
        (2, 1)
        """
        starts = self._lines()
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def page(self, offset: int) -> int | None:
        """1-based page number of an offset, or ``None`` when the format has no pages."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` of ``text[start:end]`` (``end`` exclusive), quoting the original text."""
        end = max(end, start)
        starts = self._lines()
        first = bisect.bisect_right(starts, start) - 1
        last = first if end == start else bisect.bisect_right(starts, end, first) - 1
        # every field is computed here from the text itself, so validation would only re-check these ints;
        # the extractor makes several spans per figure, hence the direct build (the same as ``trusted``)
        span = object.__new__(Span)
        _set(
            span,
            "__dict__",
            {
                "path": self.path,
                "line": first + 1,
                "column": start - starts[first] + 1,
                "end_line": last + 1,
                "end_column": end - starts[last] + 1,
                "page": bisect.bisect_right(self.page_starts, start) if self.page_starts else None,
                "quote": self.text[start:end],
                "start": start,
                "end": end,
            },
        )
        _set(span, "__pydantic_fields_set__", _SPAN_FIELDS_SET)
        _set(span, "__pydantic_extra__", None)
        _set(span, "__pydantic_private__", None)
        return span
