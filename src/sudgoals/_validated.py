"""The validated face of the data model: pydantic twins of the plain classes in :mod:`sudgoals.model`.

The pipeline builds plain slotted objects (no validation, no pydantic import: a cold ``sudgoals check`` with
text output never loads pydantic). This module holds one pydantic model per plain class, with the same name,
fields, field order and docstring, and is imported only when asked for: a JSON dump, the JSON Schema, a spec
file or data validated with ``model_validate``. :func:`validated` turns a plain object into its twin (without
validating it again: the pipeline typed its values itself) and :func:`plain` turns a validated one back.

Exact numbers are :class:`fractions.Fraction`. Pydantic would quietly turn a float into ``Fraction(float)``
(``0.1`` becoming ``3602879701896397/36028797018963968``), so :data:`Exact` rejects floats before
validation and serialises as a string that ``Fraction`` reads back ("150", "1.4", "2500/3").
"""

from __future__ import annotations

from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

from sudgoals import config, model
from sudgoals.model import (
    Direction,
    HedgeKind,
    Language,
    Severity,
    SuggestedFigure,
    TargetKind,
    Unit,
    Verdict,
    format_exact,
    parse_exact,
)

__all__ = ["ConfigModel", "Exact", "plain", "twin", "validated"]


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


class Span(_Frozen):
    __doc__ = model.Span.__doc__

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
    __doc__ = model.Figure.__doc__

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
    band_low: Exact | None = None
    band_high: Exact | None = None


class ImpliedBaseline(_Frozen):
    __doc__ = model.ImpliedBaseline.__doc__

    low: Exact | None
    high: Exact | None
    whole: bool
    low_closed: bool = True
    high_closed: bool = True
    hedged: bool = False  # True when only the hedge policy's widening made it non-empty


class Target(_Frozen):
    __doc__ = model.Target.__doc__

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
    # a measured status (added 2026-12): no word of aim in its sentence; its year is when it was measured
    status: bool = False


class Suggestion(_Frozen):
    __doc__ = model.Suggestion.__doc__

    figure: SuggestedFigure
    value: Exact | None
    text: str
    low: Exact | None = None
    high: Exact | None = None
    replacement: str | None = None
    span: Span | None = None
    messages: dict[str, str] = Field(default_factory=dict)


class Finding(_Frozen):
    __doc__ = model.Finding.__doc__

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
    __doc__ = model.GoalList.__doc__

    span: Span  # the phrase that states the count
    stated: int
    items: list[Span]  # each listed item (bullet or numbered line) that follows


class ListNumber(_Frozen):
    __doc__ = model.ListNumber.__doc__

    number: int
    span: Span


class Statement(_Frozen):
    __doc__ = model.Statement.__doc__

    span: Span
    text: str
    direction: Direction | None
    indicator: str


class Equivalence(_Frozen):
    __doc__ = model.Equivalence.__doc__

    first: Figure
    second: Figure
    span: Span  # from the first figure to the second, the link between included


class Paper(_Frozen):
    __doc__ = model.Paper.__doc__

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
    # the document's text as read (None for a paper loaded from a spec file): a rule may read the sentence
    # a figure stands in ("... med 15 prosent i forhold til nivået i 2019", a sentence that states no aim)
    text: str | None = None


class ToolInfo(_Frozen):
    name: Literal["sudgoals"] = "sudgoals"
    version: str


class PolicyInfo(_Frozen):
    rounding: str  # described in English, e.g. "nearest (ties either way); counts: exact (no rounding)"
    hedges: str
    # the policy names themselves ("rounding", "count_rounding", "hedges"), for renderers that translate
    names: dict[str, str] = Field(default_factory=dict)


class Match(_Frozen):
    __doc__ = model.Match.__doc__

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


class Report(_Frozen):
    __doc__ = model.Report.__doc__

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


_TWINS: dict[str, type[BaseModel]] = {
    cls.__name__: cls
    for cls in (
        Span,
        Figure,
        ImpliedBaseline,
        Target,
        Suggestion,
        Finding,
        DocumentReport,
        GoalList,
        ListNumber,
        Statement,
        Equivalence,
        Paper,
        ToolInfo,
        PolicyInfo,
        Match,
        Comparison,
        Report,
    )
}
_set = object.__setattr__


def twin(cls: type[model.Model]) -> type[BaseModel]:
    """The pydantic model of a plain model class."""
    return _TWINS[cls.__name__]


def validated(obj: model.Model) -> BaseModel:
    """The pydantic twin of a plain object, nested objects included, built without validating again (the
    values were typed where they were made; a test holds the result to a validated copy)."""
    cls = _TWINS[type(obj).__name__]
    data = {name: _out(getattr(obj, name)) for name in obj.__slots__}
    made = cls.__new__(cls)
    _set(made, "__dict__", data)
    _set(made, "__pydantic_fields_set__", set(data))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


def _out(value: Any) -> Any:
    if isinstance(value, model.Model):
        return validated(value)
    if type(value) is list:
        return [_out(item) for item in value]
    return value


def plain(obj: BaseModel) -> Any:
    """The plain object of a validated pydantic twin, nested objects included."""
    cls: type[model.Model] = getattr(model, type(obj).__name__)
    made = cls.__new__(cls)
    for name in cls.__slots__:
        _set(made, name, _in(getattr(obj, name)))
    return made


def _in(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return plain(value)
    if type(value) is list:
        return [_in(item) for item in value]
    return value


class ConfigModel(BaseModel):
    """The validated face of :class:`sudgoals.config.Config`: ``Config(**values)`` validates through it and
    raises its ``pydantic.ValidationError`` for a bad value."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    rounding: str = "nearest"
    hedges: str = "standard"
    count_rounding: str = "exact"
    language: Literal["auto", "da", "en", "nb", "sv"] = "auto"
    fail_on: Literal["error", "warning", "info", "never"] = "error"
    max_bytes: int = config.DEFAULT_MAX_BYTES
    max_figures: int = config.DEFAULT_MAX_FIGURES
    max_unlinked: int = config.DEFAULT_MAX_UNLINKED
    source: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _validate_values(cls, data: Any) -> Any:
        from collections.abc import Mapping

        if not isinstance(data, Mapping):
            return data
        values = {k: v for k, v in data.items() if k != "source"}
        try:
            normalised = config._normalise(values)
        except config._Problem as problem:
            where = f"{problem.key}[{problem.subkey!r}]" if problem.subkey else problem.key
            raise ValueError(f"{where}: {problem.message}") from None
        if "source" in data:
            normalised["source"] = data["source"]
        return normalised
