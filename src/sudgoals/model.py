"""The data model every stage shares.

``Document`` is what a reader returns (original text plus a line/page map); the rest are immutable plain
classes with ``__slots__`` that make up a :class:`Report`, whose JSON form is the contract in the README
("Report JSON").

They are plain classes, not pydantic models, so that a check never pays for pydantic (its import and its
model classes were half the time of a cold ``sudgoals check``): the pipeline builds them from values it typed
itself, without validation. The validated face is still there, built only when asked for: each class has a
pydantic twin of the same name and fields in :mod:`sudgoals._validated`, and ``model_dump``,
``model_dump_json``, ``model_validate``, ``model_validate_json`` and ``model_json_schema`` go through it, so
the JSON contract, the schema and spec files are validated and written by pydantic as before.

Exact numbers are :class:`fractions.Fraction`; in JSON they are strings that ``Fraction`` reads back
("150", "1.4", "2500/3"), and a float is refused when data is validated (``sudgoals._validated.Exact``).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from operator import attrgetter
from typing import Any, ClassVar, Literal, Self, TypeVar

from sudgoals import _regex
from sudgoals._frozen import Frozen

__all__ = [
    "REPORT_SCHEMA",
    "UNIT_PATTERN",
    "Comparison",
    "Direction",
    "Document",
    "DocumentReport",
    "Equivalence",
    "Figure",
    "Finding",
    "GoalList",
    "HedgeKind",
    "ImpliedBaseline",
    "Language",
    "ListNumber",
    "Match",
    "Model",
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
_LINE_BREAK = _regex.compile(r"\r\n|\r|\n")

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


_UNIT_ATOMS: tuple[str, ...] = (
    # the units every release had (their JSON spelling stays)
    "count",
    "percent",
    "percentage_point",
    "kr",
    "factor",  # "fordoble" (x2), "halvere" (x1/2) as a multiplier of the baseline
    "year",
    # mass, length, volume, area, energy, power
    "t",
    "kg",
    "l",
    "m**3",
    "m**2",
    "ha",
    "km**2",
    "m",  # added 2026-12 (probe-dann2): "500 m ny cykelsti", a length
    "km",  # "50 km nye cykelstier", "100 km sykkelvei"
    "kWh",
    "MWh",
    "GWh",
    # power (added 2026-12, figs14): "en kapacitet på mindst 40 MW"
    "kW",
    "MW",
    "GW",
    # time
    "minute",  # added 2026-12 (branch xfails): "ventetiden skal ned på 20 minutter"
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
_UNIT_PER: tuple[str, ...] = ("person", "minute", "hour", "day", "week", "month", "year")


# each unit's base, what it is per and whether it is a measure (see :class:`Unit`), worked out once, when the
# unit is interned (every unit is: ``Unit(...)``, copying and pickling all give the interned one), not by
# splitting its text each time the extractor asks
_UNIT_FACTS: dict[str, tuple[str, tuple[str, ...], bool]] = {}


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
        _UNIT_FACTS[value] = (base, tuple(per), base not in ("percent", "percentage_point", "factor"))
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
        return _UNIT_FACTS[self][0]

    @property
    def per(self) -> tuple[str, ...]:
        """What a rate is per, in order: ``("person", "day")`` of ``"l/person/day"``; ``()`` for no rate."""
        return _UNIT_FACTS[self][1]

    @property
    def measure(self) -> bool:
        """Whether the figure is an amount of something other than a share: a count, a mass, a volume, an
        amount of money, a time, or a rate of one (not a percent, percentage points or a factor)."""
        return _UNIT_FACTS[self][2]

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


_set = object.__setattr__
_M = TypeVar("_M", bound="Model")


def _rebuild(cls: type[_M], values: tuple[Any, ...]) -> _M:
    """A model object from its field values in field order (how pickling and copying rebuild one)."""
    made = cls.__new__(cls)
    # each slot's own setter (its member descriptor's ``__set__``): a third faster than ``object.__setattr__``
    # by name, which looks the descriptor up again for every field of every copy; called from C (``map`` of
    # ``operator.call``, drained by a zero-length deque), a fifth faster again than a loop in Python
    if len(values) != len(cls._setters):
        raise ValueError(f"{cls.__name__} has {len(cls._setters)} fields, got {len(values)} values")
    _drain(map(_call, cls._setters, itertools.repeat(made), values))
    return made


_call = operator.call
_drain: Callable[[Iterable[object]], None] = deque[object](
    maxlen=0
).extend  # runs an iterator to its end, keeping nothing


def frozen_error(title: str, name: str, value: object) -> Exception:
    """The error for an assignment to an immutable object: pydantic's ``ValidationError`` of a frozen
    instance, as when the models were pydantic's (pydantic is imported only for it)."""
    from pydantic_core import ValidationError

    return ValidationError.from_exception_data(
        title, [{"type": "frozen_instance", "loc": (name,), "input": value}]
    )


def _json_value(value: Any) -> Any:
    """A field's value as pydantic's JSON-mode dump gives it (for a field that is not an exact number)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None or kind is float:
        return value
    if isinstance(value, Model):
        return value.json_data()
    if kind is list or kind is tuple:
        return [_json_value(item) for item in value]
    if kind is dict:
        return {key: _json_value(item) for key, item in value.items()}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, str):  # a Unit
        return str(value)
    raise TypeError(f"no JSON form for a {kind.__name__}")


def _json_exact(value: Any) -> Any:
    return None if value is None else format_exact(value)


_JSON_FIELD = (_json_value, _json_exact)
_JSON_PLANS: dict[type[Model], tuple[tuple[str, str, int], ...]] = {}


def json_plan(cls: type[Model]) -> tuple[tuple[str, str, int], ...]:
    """Each field of ``cls`` in order: its name, its JSON key (the alias: ``schema_`` is ``"schema"``) and
    whether it holds an exact number (``Fraction`` in its annotation: written as a string)."""
    plan = _JSON_PLANS.get(cls)
    if plan is None:
        notes: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            notes.update(getattr(klass, "__annotations__", {}))
        plan = _JSON_PLANS[cls] = tuple(
            (name, name.rstrip("_"), int("Fraction" in str(notes[name]))) for name in cls.__slots__
        )
    return plan


class _TwinFields:
    """``Model.model_fields``: the fields of the class's validated twin (pydantic's ``FieldInfo`` by name)."""

    def __get__(self, obj: object, cls: type[Model] | None = None) -> dict[str, Any]:
        from sudgoals._validated import twin

        fields: dict[str, Any] = twin(cls if cls is not None else type(obj)).model_fields  # type: ignore[arg-type]
        return fields


class Model:
    """The base of the plain, immutable model classes: equality, hashing, ``repr``, copying and pickling by
    field, and the pydantic API (``model_dump``, ``model_dump_json``, ``model_copy``, ``model_validate``,
    ``model_validate_json``, ``model_json_schema``) through the class's validated twin, imported on first use.

    Each subclass lists its fields, in the order of the JSON contract, in ``__slots__`` and sets them in a
    keyword-only ``__init__``, which does not validate (``model_validate`` does).
    """

    __slots__: ClassVar[tuple[str, ...]] = ()
    _getter: ClassVar[attrgetter[tuple[Any, ...]]]
    _setters: ClassVar[tuple[Callable[[Any, Any], None], ...]]
    model_fields: ClassVar[_TwinFields] = _TwinFields()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._getter = attrgetter(*cls.__slots__)  # every model has at least two fields: always a tuple
        cls._setters = tuple(getattr(cls, name).__set__ for name in cls.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise frozen_error(type(self).__name__, name, value)

    def __delattr__(self, name: str) -> None:
        raise frozen_error(type(self).__name__, name, None)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self is other or self._getter(self) == other._getter(other)

    def __hash__(self) -> int:
        return hash((type(self), self._getter(self)))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self._getter(self)))

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied (not validated), as pydantic's ``model_copy``."""
        if deep:
            import copy

            made = copy.deepcopy(self)
        else:
            made = _rebuild(type(self), self._getter(self))
        if update:
            unknown = update.keys() - set(self.__slots__)
            if unknown:
                raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
            for name, value in update.items():
                _set(made, name, value)
        return made

    @classmethod
    def model_construct(cls, **values: Any) -> Self:
        """An object from values that are already right, not validated (as the constructor)."""
        return cls(**values)

    def json_data(self) -> dict[str, Any]:
        """The object as ``model_dump(mode="json", by_alias=True)`` gives it (exact numbers as strings, enums
        as their values), made here without pydantic: writing a report as JSON is the one dump a check does,
        once per target and finding, and the twin's round trip was most of ``--format json``'s time on a
        paper of many targets. A test holds the two to each other on every seed and example report."""
        return {key: _JSON_FIELD[kind](getattr(self, name)) for name, key, kind in json_plan(type(self))}

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """The object as a dict, by pydantic's ``model_dump`` of its validated twin (same options)."""
        from sudgoals._validated import validated

        dumped: dict[str, Any] = validated(self).model_dump(**options)
        return dumped

    def model_dump_json(self, **options: Any) -> str:
        """The object as JSON, by pydantic's ``model_dump_json`` of its validated twin (same options)."""
        from sudgoals._validated import validated

        return validated(self).model_dump_json(**options)

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """Validate ``obj`` (a dict or an object of this class) as pydantic does and return the plain object;
        raises ``pydantic.ValidationError`` for a bad value."""
        from sudgoals._validated import plain, twin, validated

        if isinstance(obj, Model):
            obj = validated(obj).model_dump()
        made: Self = plain(twin(cls).model_validate(obj, **options))
        return made

    @classmethod
    def model_validate_json(cls, data: str | bytes, **options: Any) -> Self:
        """Validate JSON text as pydantic does and return the plain object."""
        from sudgoals._validated import plain, twin

        made: Self = plain(twin(cls).model_validate_json(data, **options))
        return made

    @classmethod
    def model_json_schema(cls, **options: Any) -> dict[str, Any]:
        """The JSON Schema of the class, by pydantic (same options as ``BaseModel.model_json_schema``)."""
        from sudgoals._validated import twin

        return twin(cls).model_json_schema(**options)


class Span(Model):
    """Where something stands in the original file. Lines and columns are 1-based; ``end_line``/``end_column``
    point just past the last character (as in the report contract: "stigning pa 18 pct." on line 54 ends at
    column 20). ``start``/``end`` are 0-based character offsets into the document text (end exclusive)."""

    __slots__ = ("path", "line", "column", "end_line", "end_column", "page", "quote", "start", "end")  # noqa: RUF023
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    page: int | None
    quote: str
    start: int
    end: int

    def __init__(
        self,
        *,
        path: str,
        line: int,
        column: int,
        end_line: int,
        end_column: int,
        page: int | None = None,
        quote: str,
        start: int = 0,
        end: int = 0,
    ) -> None:
        _set(self, "path", path)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "end_line", end_line)
        _set(self, "end_column", end_column)
        _set(self, "page", page)
        _set(self, "quote", quote)
        _set(self, "start", start)
        _set(self, "end", end)


class Figure(Model):
    """A stated figure: the text as written, its exact value, and the interval its rounding allows.

    ``low``/``high`` is the rounding interval of the figure as written (``None`` = unbounded on that side).
    ``hedged_low``/``hedged_high`` is the interval the hedge policy gives it when a hedge stands before it
    (``None`` when there is no hedge or the policy does not widen it).

    A *band* states two ends ("mellem 5 og 6 pct.", "between 5% and 6%"): ``band_low``/``band_high`` are the
    exact values of the ends as written, ``value`` is ``None`` (no one value is stated; ``placeholder`` stays
    false) and ``low``/``high`` is the hull of the two ends' rounding intervals ([4.5, 6.5) under the default
    policy). Both are ``None`` for a figure of one value (added 2026-12, branch xfails).
    """

    __slots__ = (  # noqa: RUF023
        "text",
        "value",
        "low",
        "high",
        "low_closed",
        "high_closed",
        "unit",
        "hedge",
        "hedge_kind",
        "hedged_low",
        "hedged_high",
        "hedged_low_closed",
        "hedged_high_closed",
        "placeholder",
        "span",
        "band_low",
        "band_high",
    )
    text: str
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    low_closed: bool
    high_closed: bool
    unit: Unit
    hedge: str | None
    hedge_kind: HedgeKind | None
    hedged_low: Fraction | None
    hedged_high: Fraction | None
    hedged_low_closed: bool
    hedged_high_closed: bool
    placeholder: bool
    span: Span | None
    band_low: Fraction | None
    band_high: Fraction | None

    def __init__(
        self,
        *,
        text: str,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        low_closed: bool = True,
        high_closed: bool = True,
        unit: Unit,
        hedge: str | None = None,
        hedge_kind: HedgeKind | None = None,
        hedged_low: Fraction | None = None,
        hedged_high: Fraction | None = None,
        hedged_low_closed: bool = True,
        hedged_high_closed: bool = True,
        placeholder: bool = False,
        span: Span | None = None,
        band_low: Fraction | None = None,
        band_high: Fraction | None = None,
    ) -> None:
        _set(self, "text", text)
        _set(self, "value", value)
        _set(self, "low", low)
        _set(self, "high", high)
        _set(self, "low_closed", low_closed)
        _set(self, "high_closed", high_closed)
        _set(self, "unit", unit)
        _set(self, "hedge", hedge)
        _set(self, "hedge_kind", hedge_kind)
        _set(self, "hedged_low", hedged_low)
        _set(self, "hedged_high", hedged_high)
        _set(self, "hedged_low_closed", hedged_low_closed)
        _set(self, "hedged_high_closed", hedged_high_closed)
        _set(self, "placeholder", placeholder)
        _set(self, "span", span)
        _set(self, "band_low", band_low)
        _set(self, "band_high", band_high)


class ImpliedBaseline(Model):
    """The baselines that reproduce a target's figures: whole numbers (``whole``) or an exact interval."""

    __slots__ = ("low", "high", "whole", "low_closed", "high_closed", "hedged")  # noqa: RUF023
    low: Fraction | None
    high: Fraction | None
    whole: bool
    low_closed: bool
    high_closed: bool
    hedged: bool  # True when only the hedge policy's widening made it non-empty

    def __init__(
        self,
        *,
        low: Fraction | None,
        high: Fraction | None,
        whole: bool,
        low_closed: bool = True,
        high_closed: bool = True,
        hedged: bool = False,
    ) -> None:
        _set(self, "low", low)
        _set(self, "high", high)
        _set(self, "whole", whole)
        _set(self, "low_closed", low_closed)
        _set(self, "high_closed", high_closed)
        _set(self, "hedged", hedged)


class Target(Model):
    """One quantitative target: ``absolute = baseline x relative / 100`` (percent), or a level."""

    __slots__ = (  # noqa: RUF023
        "id",
        "span",
        "indicator",
        "kind",
        "direction",
        "absolute",
        "relative",
        "baseline",
        "level",
        "implied_baseline",
        "verdict",
        "counts",
        "year",
        "reference_year",
        "goal_number",
        "direction_words",
        "directions",
        "baseline_unknown",
        "language",
        "rules",
        "status",
    )
    id: str
    span: Span
    indicator: str
    kind: TargetKind
    direction: Direction | None
    absolute: Figure | None
    relative: Figure | None
    baseline: Figure | None
    level: Figure | None
    implied_baseline: ImpliedBaseline | None
    verdict: Verdict
    # additions to the contract (allowed: fields may be added, never renamed or dropped)
    counts: str | None  # what the baseline counts ("persons", "cases", ...): whole numbers when set
    year: int | None  # the target year ("i 2017")
    reference_year: int | None  # the year compared against ("end i 2013", "i forhold til 2015")
    goal_number: int | None  # the list number the target stands under ("1." ... "10.")
    direction_words: tuple[str, ...]  # the direction words found, as written, in order
    directions: tuple[Direction, ...]  # the direction each of ``direction_words`` means
    baseline_unknown: bool  # the paper itself says the baseline is not known yet
    language: Language
    # the ids of the extraction rules that built the target, in the order they applied (added 2026-12):
    # "engine.sentence" for a claim read by the sentence reader in code, "<lang>.<stage>.<name>" for a
    # pattern rule of the language's data files (sudgoals/lang/<lang>/rules.toml)
    rules: tuple[str, ...]
    # a measured status (added 2026-12): its sentence reports where the indicator stood or how it moved, with
    # no word of aim ("I 2022 faldt udslippet med 4 pct.", "Emissions fell by 12% from 2019 to 2022"); its
    # figures are checked as a target's are, but its year is when it was measured, not when it is due
    status: bool

    def __init__(
        self,
        *,
        id: str,
        span: Span,
        indicator: str,
        kind: TargetKind,
        direction: Direction | None,
        absolute: Figure | None = None,
        relative: Figure | None = None,
        baseline: Figure | None = None,
        level: Figure | None = None,
        implied_baseline: ImpliedBaseline | None = None,
        verdict: Verdict,
        counts: str | None = None,
        year: int | None = None,
        reference_year: int | None = None,
        goal_number: int | None = None,
        direction_words: tuple[str, ...] = (),
        directions: tuple[Direction, ...] = (),
        baseline_unknown: bool = False,
        language: Language = "da",
        rules: tuple[str, ...] = (),
        status: bool = False,
    ) -> None:
        _set(self, "id", id)
        _set(self, "span", span)
        _set(self, "indicator", indicator)
        _set(self, "kind", kind)
        _set(self, "direction", direction)
        _set(self, "absolute", absolute)
        _set(self, "relative", relative)
        _set(self, "baseline", baseline)
        _set(self, "level", level)
        _set(self, "implied_baseline", implied_baseline)
        _set(self, "verdict", verdict)
        _set(self, "counts", counts)
        _set(self, "year", year)
        _set(self, "reference_year", reference_year)
        _set(self, "goal_number", goal_number)
        _set(self, "direction_words", direction_words)
        _set(self, "directions", directions)
        _set(self, "baseline_unknown", baseline_unknown)
        _set(self, "language", language)
        _set(self, "rules", rules)
        _set(self, "status", status)


SuggestedFigure = Literal["absolute", "relative", "baseline", "level", "direction"]


class Suggestion(Model):
    """What would make a finding's figures hold: which figure, the value that would, and a sentence saying so.

    ``value`` is the figure as it would be written (at the precision the paper wrote it, or one place more),
    checked by evaluating the target again with it; ``None`` when only a bound can be said ("a fall is at most
    100 pct.") and for ``figure="direction"`` (the figures hold as a change the other way). ``low``/``high``
    are the exact values of the figure the other figures allow (whole numbers when the figure counts people).
    ``replacement`` is the text to put in place of ``span.quote`` when that edit is exact (the figure's
    digits as written), else ``None``. ``messages`` holds ``text`` in each language, as on :class:`Finding`.
    """

    __slots__ = ("figure", "value", "text", "low", "high", "replacement", "span", "messages")  # noqa: RUF023
    figure: SuggestedFigure
    value: Fraction | None
    text: str
    low: Fraction | None
    high: Fraction | None
    replacement: str | None
    span: Span | None
    messages: dict[str, str]

    def __init__(
        self,
        *,
        figure: SuggestedFigure,
        value: Fraction | None,
        text: str,
        low: Fraction | None = None,
        high: Fraction | None = None,
        replacement: str | None = None,
        span: Span | None = None,
        messages: dict[str, str] | None = None,
    ) -> None:
        _set(self, "figure", figure)
        _set(self, "value", value)
        _set(self, "text", text)
        _set(self, "low", low)
        _set(self, "high", high)
        _set(self, "replacement", replacement)
        _set(self, "span", span)
        _set(self, "messages", {} if messages is None else messages)


class Finding(Model):
    """A rule's verdict on one place: code, name, severity, where, and why (with the numbers)."""

    __slots__ = (  # noqa: RUF023
        "code",
        "name",
        "severity",
        "path",
        "line",
        "column",
        "message",
        "target",
        "span",
        "messages",
        "data",
        "suggestions",
    )
    code: str
    name: str
    severity: Severity
    path: str
    line: int
    column: int
    message: str
    target: str | None
    span: Span | None
    messages: dict[str, str]  # the message in each language ("da", "en")
    data: dict[str, str]  # the numbers behind the message, exact strings
    # what would make the figures hold (added to the contract 2026-12; empty when nothing can be said)
    suggestions: list[Suggestion]

    def __init__(
        self,
        *,
        code: str,
        name: str,
        severity: Severity,
        path: str,
        line: int,
        column: int,
        message: str,
        target: str | None = None,
        span: Span | None = None,
        messages: dict[str, str] | None = None,
        data: dict[str, str] | None = None,
        suggestions: list[Suggestion] | None = None,
    ) -> None:
        _set(self, "code", code)
        _set(self, "name", name)
        _set(self, "severity", severity)
        _set(self, "path", path)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "message", message)
        _set(self, "target", target)
        _set(self, "span", span)
        _set(self, "messages", {} if messages is None else messages)
        _set(self, "data", {} if data is None else data)
        _set(self, "suggestions", [] if suggestions is None else suggestions)


class DocumentReport(Model):
    __slots__ = ("path", "language", "targets", "format", "title", "period")  # noqa: RUF023
    path: str
    language: Language
    targets: list[Target]
    format: str
    title: str | None
    period: tuple[int, int] | None

    def __init__(
        self,
        *,
        path: str,
        language: Language,
        targets: list[Target],
        format: str = "txt",
        title: str | None = None,
        period: tuple[int, int] | None = None,
    ) -> None:
        _set(self, "path", path)
        _set(self, "language", language)
        _set(self, "targets", targets)
        _set(self, "format", format)
        _set(self, "title", title)
        _set(self, "period", period)


class GoalList(Model):
    """A stated number of goals ("syv delmål", "følgende 10 mål") and the items listed after it."""

    __slots__ = ("span", "stated", "items")  # noqa: RUF023
    span: Span  # the phrase that states the count
    stated: int
    items: list[Span]  # each listed item (bullet or numbered line) that follows

    def __init__(
        self,
        *,
        span: Span,
        stated: int,
        items: list[Span],
    ) -> None:
        _set(self, "span", span)
        _set(self, "stated", stated)
        _set(self, "items", items)


class ListNumber(Model):
    """A list mark "3." that opens an item of a numbered list."""

    __slots__ = ("number", "span")
    number: int
    span: Span

    def __init__(
        self,
        *,
        number: int,
        span: Span,
    ) -> None:
        _set(self, "number", number)
        _set(self, "span", span)


class Statement(Model):
    """A sentence with a direction word but no figure ("Færre borgere ... er ensomme")."""

    __slots__ = ("span", "text", "direction", "indicator")  # noqa: RUF023
    span: Span
    text: str
    direction: Direction | None
    indicator: str

    def __init__(
        self,
        *,
        span: Span,
        text: str,
        direction: Direction | None,
        indicator: str,
    ) -> None:
        _set(self, "span", span)
        _set(self, "text", text)
        _set(self, "direction", direction)
        _set(self, "indicator", indicator)


class Equivalence(Model):
    """Two figures a paper says are the same amount, in two units or scales ("110 liter pr. person pr. døgn,
    svarende til ca. 40 m³ om året", "24 mio. kr. om året, eller 2 mio. kr. om måneden")."""

    __slots__ = ("first", "second", "span")
    first: Figure
    second: Figure
    span: Span  # from the first figure to the second, the link between included

    def __init__(
        self,
        *,
        first: Figure,
        second: Figure,
        span: Span,
    ) -> None:
        _set(self, "first", first)
        _set(self, "second", second)
        _set(self, "span", span)


class Paper(Model):
    """Everything the extractor found in one document: the input to the rules.

    A spec file loads into the same model. ``unlinked`` holds the figures (with a percent sign or word)
    that could not be tied to any target, so that nothing is silently dropped.
    """

    __slots__ = (  # noqa: RUF023
        "path",
        "language",
        "format",
        "title",
        "period",
        "period_span",
        "targets",
        "goal_lists",
        "numbered_lists",
        "unquantified",
        "unlinked",
        "facts",
        "equivalences",
        "text",
    )
    path: str
    language: Language
    format: str
    title: str | None
    period: tuple[int, int] | None  # the paper's period ("2014-2017")
    period_span: Span | None
    targets: list[Target]
    goal_lists: list[GoalList]
    numbered_lists: list[list[ListNumber]]
    unquantified: list[Statement]
    unlinked: list[Figure]
    # figures read as statements of fact, not targets ("To ud af tre kommuner har en klimaplan"): kept, so
    # that nothing is dropped silently, and shown by ``sudgoals trace``; no rule reports them
    facts: list[Figure]
    equivalences: list[Equivalence]  # stated equivalences across units
    # the document's text as read (None for a paper loaded from a spec file): a rule may read the sentence
    # a figure stands in ("... med 15 prosent i forhold til nivået i 2019", a sentence that states no aim)
    text: str | None

    def __init__(
        self,
        *,
        path: str,
        language: Language,
        format: str = "txt",
        title: str | None = None,
        period: tuple[int, int] | None = None,
        period_span: Span | None = None,
        targets: list[Target],
        goal_lists: list[GoalList] | None = None,
        numbered_lists: list[list[ListNumber]] | None = None,
        unquantified: list[Statement] | None = None,
        unlinked: list[Figure] | None = None,
        facts: list[Figure] | None = None,
        equivalences: list[Equivalence] | None = None,
        text: str | None = None,
    ) -> None:
        _set(self, "path", path)
        _set(self, "language", language)
        _set(self, "format", format)
        _set(self, "title", title)
        _set(self, "period", period)
        _set(self, "period_span", period_span)
        _set(self, "targets", targets)
        _set(self, "goal_lists", [] if goal_lists is None else goal_lists)
        _set(self, "numbered_lists", [] if numbered_lists is None else numbered_lists)
        _set(self, "unquantified", [] if unquantified is None else unquantified)
        _set(self, "unlinked", [] if unlinked is None else unlinked)
        _set(self, "facts", [] if facts is None else facts)
        _set(self, "equivalences", [] if equivalences is None else equivalences)
        _set(self, "text", text)


class ToolInfo(Model):
    __slots__ = ("name", "version")
    name: Literal["sudgoals"]
    version: str

    def __init__(
        self,
        *,
        name: Literal["sudgoals"] = "sudgoals",
        version: str,
    ) -> None:
        _set(self, "name", name)
        _set(self, "version", version)


class PolicyInfo(Model):
    __slots__ = ("rounding", "hedges", "names")  # noqa: RUF023
    rounding: str  # described in English, e.g. "nearest (ties either way); counts: exact (no rounding)"
    hedges: str
    # the policy names themselves ("rounding", "count_rounding", "hedges"), for renderers that translate
    names: dict[str, str]

    def __init__(
        self,
        *,
        rounding: str,
        hedges: str,
        names: dict[str, str] | None = None,
    ) -> None:
        _set(self, "rounding", rounding)
        _set(self, "hedges", hedges)
        _set(self, "names", {} if names is None else names)


class Match(Model):
    """Two targets judged to be the same goal in two documents."""

    __slots__ = (  # noqa: RUF023
        "old",
        "new",
        "indicator",
        "score",
        "status",
        "old_figures",
        "new_figures",
        "old_baseline",
        "new_baseline",
        "overlap",
        "drift",
        "old_span",
        "new_span",
        "old_measure",
        "new_measure",
        "kind_changed",
    )
    old: str | None  # target id in the old document (None: appeared)
    new: str | None  # target id in the new document (None: vanished)
    indicator: str
    score: int | None  # rapidfuzz score 0..100 of the indicator match
    # "repeated": a second statement, in the new paper, of a goal already matched (a web page that quotes
    # its own goal twice); it is listed, but it is neither a new goal nor a change
    status: Literal["unchanged", "changed", "appeared", "vanished", "repeated"]
    old_figures: str | None  # "150 / 18 pct."
    new_figures: str | None
    old_baseline: ImpliedBaseline | None
    new_baseline: ImpliedBaseline | None
    overlap: ImpliedBaseline | None
    drift: bool  # both baselines known and they do not overlap
    old_span: Span | None  # where the old target stands (for findings and reports)
    new_span: Span | None  # where the new target stands
    # what each target's indicator counts: "count" (people, cases), "share" (a percentage of a whole),
    # "money"; None when its figures do not say (a relative change alone)
    old_measure: str | None
    new_measure: str | None
    # the same goal, but the drafts count different things ("130 flere unge" -> "andelen af unge"): the
    # baselines are not compared (a count is not a percentage), and the change is a finding of its own
    kind_changed: bool

    def __init__(
        self,
        *,
        old: str | None,
        new: str | None,
        indicator: str,
        score: int | None = None,
        status: Literal["unchanged", "changed", "appeared", "vanished", "repeated"],
        old_figures: str | None = None,
        new_figures: str | None = None,
        old_baseline: ImpliedBaseline | None = None,
        new_baseline: ImpliedBaseline | None = None,
        overlap: ImpliedBaseline | None = None,
        drift: bool = False,
        old_span: Span | None = None,
        new_span: Span | None = None,
        old_measure: str | None = None,
        new_measure: str | None = None,
        kind_changed: bool = False,
    ) -> None:
        _set(self, "old", old)
        _set(self, "new", new)
        _set(self, "indicator", indicator)
        _set(self, "score", score)
        _set(self, "status", status)
        _set(self, "old_figures", old_figures)
        _set(self, "new_figures", new_figures)
        _set(self, "old_baseline", old_baseline)
        _set(self, "new_baseline", new_baseline)
        _set(self, "overlap", overlap)
        _set(self, "drift", drift)
        _set(self, "old_span", old_span)
        _set(self, "new_span", new_span)
        _set(self, "old_measure", old_measure)
        _set(self, "new_measure", new_measure)
        _set(self, "kind_changed", kind_changed)


class Comparison(Model):
    __slots__ = ("old", "new", "matches")  # noqa: RUF023
    old: str
    new: str
    matches: list[Match]

    def __init__(
        self,
        *,
        old: str,
        new: str,
        matches: list[Match],
    ) -> None:
        _set(self, "old", old)
        _set(self, "new", new)
        _set(self, "matches", matches)


class Report(Model):
    """The whole result of a check or a compare: the JSON contract of the README ("Report JSON").

    ``model_dump()``, ``model_dump_json()`` and :meth:`to_json_dict` all give that contract: the key is
    ``"schema"`` (the Python attribute is ``schema_``, since ``BaseModel.schema`` is taken), and
    ``"comparisons"`` is left out unless the report comes from a comparison.
    """

    __slots__ = ("schema_", "tool", "policy", "documents", "findings", "comparisons")  # noqa: RUF023
    schema_: Literal["sudgoals.report/1"]
    tool: ToolInfo
    policy: PolicyInfo
    documents: list[DocumentReport]
    findings: list[Finding]
    # the contract has the key only for compare
    comparisons: list[Comparison] | None

    def __init__(
        self,
        *,
        schema_: Literal["sudgoals.report/1"] = "sudgoals.report/1",
        tool: ToolInfo,
        policy: PolicyInfo,
        documents: list[DocumentReport],
        findings: list[Finding],
        comparisons: list[Comparison] | None = None,
    ) -> None:
        _set(self, "schema_", schema_)
        _set(self, "tool", tool)
        _set(self, "policy", policy)
        _set(self, "documents", documents)
        _set(self, "findings", findings)
        _set(self, "comparisons", comparisons)

    def to_json_dict(self) -> dict[str, Any]:
        """The report as the JSON contract: aliases, exact numbers as strings, ``comparisons`` if set."""
        data = self.json_data()
        if data["comparisons"] is None:
            del data["comparisons"]
        return data


_new_span = object.__new__


def trusted(cls: type[_M], /, **values: Any) -> _M:
    """``cls(**values)``: an object from values this package computed and typed itself (kept as the one
    name the pipeline builds its objects by, from when the model was pydantic's and building one was not
    this cheap)."""
    return cls(**values)


def replace(model: _M, /, **update: Any) -> _M:
    """``model.model_copy(update=update)``: a copy with new values for some fields, not validated."""
    made = _rebuild(type(model), model._getter(model))
    for name, value in update.items():
        _set(made, name, value)
    return made


def __getattr__(name: str) -> Any:
    if name == "Exact":  # the pydantic type of an exact number lives with the validated models
        from sudgoals._validated import Exact

        return Exact
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Document(Frozen):
    """A goal paper as read: its text exactly as extracted, and where pages begin.

    Positions are stored as offsets; 1-based line and column are computed on demand. For PDF the text of
    page *n* starts at ``page_starts[n-1]``; for DOCX and ODT every paragraph, list item and table cell is
    one line, so the line number is the paragraph number.

    A plain frozen class rather than a model class: the text can be hundreds of megabytes and is never
    validated field by field, and the line index is built lazily (it is left out of equality, hash and
    ``repr``, as a dataclass field with ``compare=False, repr=False``).
    """

    __slots__ = ("path", "text", "format", "page_starts", "encoding", "_line_starts")  # noqa: RUF023
    path: str
    text: str
    format: str
    page_starts: tuple[int, ...]
    encoding: str | None
    _line_starts: list[int]

    def __init__(
        self,
        path: str,
        text: str,
        format: str = "txt",
        page_starts: tuple[int, ...] = (),
        encoding: str | None = None,
        _line_starts: list[int] | None = None,
    ) -> None:
        _set(self, "path", path)
        _set(self, "text", text)
        _set(self, "format", format)
        _set(self, "page_starts", page_starts)
        _set(self, "encoding", encoding)
        _set(self, "_line_starts", [] if _line_starts is None else _line_starts)

    def _compared(self) -> tuple[str, str, str, tuple[int, ...], str | None]:
        return (self.path, self.text, self.format, self.page_starts, self.encoding)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Document)
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        return (
            f"Document(path={self.path!r}, text={self.text!r}, format={self.format!r}, "
            f"page_starts={self.page_starts!r}, encoding={self.encoding!r})"
        )

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
        # every field is computed here from the text itself; the extractor makes several spans per figure,
        # hence the direct build (what ``Span(...)`` does, without its keyword arguments)
        # (each slot through its own setter, in the order of ``Span.__slots__``: a fifth faster than by name)
        span = _new_span(Span)
        path, line, column, end_line, end_column, page, quote, at, until = Span._setters
        path(span, self.path)
        line(span, first + 1)
        column(span, start - starts[first] + 1)
        end_line(span, last + 1)
        end_column(span, end - starts[last] + 1)
        page(span, bisect.bisect_right(self.page_starts, start) if self.page_starts else None)
        quote(span, self.text[start:end])
        at(span, start)
        until(span, end)
        return span
