"""Spec files: a goal paper written by hand (TOML), in the same model as an extracted paper.

A spec is what ``sudgoals extract`` writes and what staff review and commit; ``sudgoals check`` accepts it in
place of the paper. Figures are written as stated ("150", "ca. 20 pct.", "X pct.") and read with
:func:`sudgoals.numbers.read_figure`; their intervals, the implied baselines and the verdicts are never
stored but recomputed on loading under the policy given: the intervals as the figures are read, the implied
baselines and verdicts by the judge (:func:`sudgoals.judge.judge_paper`), which :func:`load_spec` and
:func:`loads_spec` call once at their end (:func:`load_unjudged` and :func:`loads_unjudged` leave the targets
unjudged, for the pipeline to judge once with every other paper). A target keeps
the place it stands in the original paper (``source``), so a check of the spec reports the same places as a
check of the paper; a target without ``source`` points at its own ``[[target]]`` line in the spec.

Layout (every table but ``[paper]`` may repeat; see :func:`spec_json_schema` for every key)::

    schema = "sudgoals.spec/1"

    [paper]
    path = "../shared/seeds/000_d9eeb108c5063187.txt"   # the paper the spec describes
    language = "da"
    title = "Grundlagspapir for SUD 2014-2017"
    period = [2014, 2017]

    [[target]]
    id = "bolig"
    indicator = "udsatte københavnere får anvist en bolig"
    kind = "change"                 # or "level"
    direction = "up"                # or "down"; leave out when the paper gives none
    absolute = "150"
    relative = "18 pct."
    counts = "persons"
    source = { line = 53, column = 3, end_line = 54, end_column = 20, quote = "150 flere ..." }

    [[goal_list]]
    stated = 7                      # "syv delmål"
    line = 51
    items = [53, 55, 56, 57, 59, 61, 63]

Also: ``[[numbered_list]]`` (``items = [{ number = 1, line = 18 }, ...]``), ``[[statement]]`` (a direction
without a figure), ``[[unlinked]]`` (a figure tied to no target) and ``[[equivalence]]`` (``first`` and
``second``, two figures stated as the same amount in two units, and ``source``, where). A place
(``source``, a list item) is an inline table ``{ path, line, column, end_line, end_column, page, quote,
start, end }`` of which only ``line`` is required (``path`` defaults to the paper's path, ``column`` to 1,
``end_line`` to ``line``, ``end_column`` to ``column``, ``quote`` to ""), or just a line number. A figure is a
string, a whole number, or ``{ text = "18", unit = "percent", source = {...} }`` when its unit or place must
be kept.

Every error in a spec raises :class:`~sudgoals.errors.SpecError` naming the file, the line and the key
(``target[3].relative`` is the ``relative`` key of the third ``[[target]]``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sudgoals import _toml as tomllib
from sudgoals.errors import FigureSyntaxError, SpecError
from sudgoals.lang import LANGUAGES
from sudgoals.model import (
    UNIT_PATTERN,
    Direction,
    Equivalence,
    Figure,
    GoalList,
    ListNumber,
    Paper,
    Span,
    Statement,
    Target,
    TargetKind,
    Unit,
    trusted,
)
from sudgoals.numbers import DEFAULT_POLICY, Policy

__all__ = [
    "SPEC_SCHEMA",
    "dump_spec",
    "is_spec",
    "load_spec",
    "load_unjudged",
    "loads_spec",
    "loads_unjudged",
    "spec_json_schema",
]

SPEC_SCHEMA = "sudgoals.spec/1"

_T = TypeVar("_T")

_SPAN_KEYS = ("path", "line", "column", "end_line", "end_column", "page", "quote", "start", "end")
_PAPER_KEYS = ("path", "language", "format", "title", "period", "period_source")
_FIGURES = ("absolute", "relative", "baseline", "level")
_TARGET_KEYS = (
    "id",
    "indicator",
    "kind",
    "direction",
    *_FIGURES,
    "counts",
    "year",
    "reference_year",
    "goal_number",
    "baseline_unknown",
    "status",
    "direction_words",
    "directions",
    "language",
    "source",
)
_GOAL_LIST_KEYS = ("stated", "line", "source", "items")
_NUMBERED_LIST_KEYS = ("items",)
_LIST_NUMBER_KEYS = ("number", *_SPAN_KEYS)
_STATEMENT_KEYS = ("text", "direction", "indicator", "source")
_FIGURE_KEYS = ("text", "unit", "source")
_EQUIVALENCE_KEYS = ("first", "second", "source")
_ARRAY_TABLES = ("target", "goal_list", "numbered_list", "statement", "unlinked", "equivalence")
_TOP_KEYS = ("schema", "paper", *_ARRAY_TABLES)
_LANGUAGES: tuple[str, ...] = LANGUAGES  # every language with a folder in sudgoals/lang

# --------------------------------------------------------------------------------------------- lines


_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z_\"'][A-Za-z0-9_.\-\"' ]*?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"\s*([A-Za-z0-9_\-]+|\"[^\"]*\"|'[^']*')\s*[.=]")
_ERROR_LINE = re.compile(r"line (\d+)")


class _Lines:
    """Where each table and each key stands in the raw TOML text (tomllib does not say)."""

    def __init__(self, text: str) -> None:
        self.tables: dict[tuple[str, int], int] = {}
        self.keys: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        current = ("", 0)
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string is not None:
                if line.count(in_string) % 2:
                    in_string = None
                continue
            header = _HEADER.match(line)
            if header is not None:
                name = header.group(2).strip().strip("\"'")
                parent, _, child = name.partition(".")
                if header.group(1) == "[[":
                    index = counts.get(name, 0)
                    counts[name] = index + 1
                elif child and parent in counts:  # [target.source]: a table inside the latest [[target]]
                    index = counts[parent] - 1
                    self.keys.setdefault((parent, index, child.split(".")[0].strip("\"'")), number)
                else:
                    index = 0
                current = (name, index)
                self.tables.setdefault(current, number)
                continue
            key = _KEY.match(line)
            if key is not None:
                self.keys.setdefault((current[0], current[1], key.group(1).strip("\"'")), number)
                for quotes in ('"""', "'''"):
                    if line.count(quotes) % 2:
                        in_string = quotes
                        break

    def line(self, table: str, index: int, key: str | None) -> int | None:
        if key is not None:
            found = self.keys.get((table, index, key))
            if found is not None:
                return found
            if not table:  # a top-level key may also be written as a table: [paper]
                found = self.tables.get((key, 0))
                if found is not None:
                    return found
        return self.tables.get((table, index))


# --------------------------------------------------------------------------------------------- reading


class _Reader:
    """Typed access to one TOML table, raising :class:`SpecError` with file, line and key."""

    def __init__(
        self,
        spec: _Spec,
        data: Mapping[str, Any],
        table: str,
        index: int,
        *,
        label: str,
        line_key: str | None,
    ) -> None:
        self.spec = spec
        self.data = data
        self.table = table
        self.index = index
        self.label = label  # "target[3]" or "target[3].source"
        self.line_key = line_key  # for a nested inline table: the key it stands on ("source")

    def error(self, key: str | None, message: str) -> SpecError:
        full = self.label if key is None else (f"{self.label}.{key}" if self.label else key)
        line = None
        if self.line_key is not None and key is not None:  # a key of a sub-table written as [target.source]
            line = self.spec.lines.keys.get((f"{self.table}.{self.line_key}", self.index, key))
        if line is None:
            line_key = self.line_key if self.line_key is not None else key
            line = self.spec.lines.line(self.table, self.index, line_key)
        return SpecError(self.spec.path, message, line=line, key=full)

    def check_keys(self, allowed: Sequence[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.error(key, f"unknown key; allowed here: {', '.join(allowed)}")

    def get(self, key: str, kind: type[_T], what: str, *, required: bool = False) -> _T | None:
        if key not in self.data:
            if required:
                raise self.error(key, f"missing required key ({what})")
            return None
        value = self.data[key]
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise self.error(key, f"expected {what}, got {_describe(value)}")
        if not isinstance(value, kind):
            raise self.error(key, f"expected {what}, got {_describe(value)}")
        return value

    def text(self, key: str, *, required: bool = False) -> str | None:
        return self.get(key, str, "a string", required=required)

    def integer(self, key: str, *, required: bool = False, minimum: int | None = None) -> int | None:
        value = self.get(key, int, "a whole number", required=required)
        if value is not None and minimum is not None and value < minimum:
            raise self.error(key, f"must be at least {minimum}, got {value}")
        return value

    def flag(self, key: str) -> bool:
        value = self.get(key, bool, "true or false")
        return bool(value)

    def unit(self, key: str) -> Unit | None:
        """A unit ("percent", "t", "l/person/day"), or ``None`` when the key is absent."""
        value = self.text(key)
        if value is None:
            return None
        try:
            return Unit(value)
        except ValueError:
            units = ", ".join(repr(u.value) for u in Unit)
            raise self.error(
                key, f"must be one of {units} (or a rate such as 'l/person/day'), got {value!r}"
            ) from None

    def choice(self, key: str, choices: Sequence[str], *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in choices:
            raise self.error(key, f"must be one of {', '.join(repr(c) for c in choices)}, got {value!r}")
        return value

    def nested(self, key: str) -> _Reader | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.error(key, f"expected a table {{ line = ..., ... }}, got {_describe(value)}")
        return _Reader(
            self.spec,
            value,
            self.table,
            self.index,
            label=f"{self.label}.{key}" if self.label else key,
            line_key=self.line_key or key,
        )

    def array(self, key: str, what: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.error(key, f"expected an array of {what}, got {_describe(value)}")
        return value


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int):
        return f"a whole number ({value})"
    if isinstance(value, float):
        return f'a decimal number ({value}); write figures as strings, e.g. "1,4 pct."'
    if isinstance(value, str):
        return f"a string ({value!r})"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


class _Spec:
    def __init__(self, path: str, text: str, policy: Policy) -> None:
        self.path = path
        self.lines = _Lines(text)
        self.policy = policy
        self.paper_path = path
        self.language = "da"


def _span(reader: _Reader, default_path: str, *, allowed: Sequence[str] = _SPAN_KEYS) -> Span:
    reader.check_keys(allowed)
    line = reader.integer("line", required=True, minimum=1)
    column = reader.integer("column", minimum=1) or 1
    assert line is not None
    end_line = reader.integer("end_line", minimum=1) or line
    end_column = reader.integer("end_column", minimum=1) or column
    if (end_line, end_column) < (line, column):
        raise reader.error("end_line", "the place ends before it begins")
    start = reader.integer("start", minimum=0) or 0
    end = reader.integer("end", minimum=0) or 0
    if end < start:
        raise reader.error("end", f"end ({end}) is before start ({start})")
    return Span(
        path=reader.text("path") or default_path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        page=reader.integer("page", minimum=1),
        quote=reader.text("quote") or "",
        start=start,
        end=end,
    )


def _place(reader: _Reader, key: str, value: object, default_path: str) -> Span:
    """A place written as a line number or as an inline table."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 1:
            raise reader.error(key, f"a line number must be at least 1, got {value}")
        return Span(path=default_path, line=value, column=1, end_line=value, end_column=1, quote="")
    if isinstance(value, dict):
        return _span(
            _Reader(
                reader.spec, value, reader.table, reader.index, label=f"{reader.label}.{key}", line_key=key
            ),
            default_path,
        )
    raise reader.error(key, f"expected a line number or {{ line = ..., ... }}, got {_describe(value)}")


def _figure(reader: _Reader, key: str, *, language: str) -> Figure | None:
    from sudgoals.numbers import read_figure

    if key not in reader.data:
        return None
    value = reader.data[key]
    unit: Unit | None = None
    span: Span | None = None
    if isinstance(value, dict):
        table = reader.nested(key)
        assert table is not None
        table.check_keys(_FIGURE_KEYS)
        text = table.text("text", required=True)
        unit = table.unit("unit")
        source = table.nested("source")
        span = None if source is None else _span(source, reader.spec.paper_path)
    elif isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        raise reader.error(key, f'expected a figure as a string ("18 pct."), got {_describe(value)}')
    assert text is not None
    try:
        return read_figure(text, language=language, policy=reader.spec.policy, unit=unit, span=span)
    except FigureSyntaxError as exc:
        raise reader.error(key, f"cannot read the figure {text!r}: {exc.reason}") from exc


def _target(spec: _Spec, data: object, index: int) -> Target:
    from sudgoals.judge import UNJUDGED

    reader = _table_reader(spec, data, "target", index)
    reader.check_keys(_TARGET_KEYS)
    language = reader.choice("language", _LANGUAGES) or spec.language
    direction = reader.choice("direction", [d.value for d in Direction])
    words = reader.array("direction_words", "strings")
    for word in words:
        if not isinstance(word, str):
            raise reader.error("direction_words", f"expected strings, got {_describe(word)}")
    directions = reader.array("directions", '"up"/"down"')
    for item in directions:
        if item not in ("up", "down"):
            raise reader.error("directions", f'expected "up" or "down", got {_describe(item)}')
    source = reader.nested("source")
    if source is None:
        line = spec.lines.line("target", index, None) or 1
        span = Span(path=spec.path, line=line, column=1, end_line=line, end_column=1, quote="")
    else:
        span = _span(source, spec.paper_path)
    figures = {key: _figure(reader, key, language=language) for key in _FIGURES}
    target = trusted(  # validated with the whole paper (loads_unjudged)
        Target,
        id=reader.text("id", required=True) or "",
        span=span,
        indicator=reader.text("indicator", required=True) or "",
        kind=TargetKind(reader.choice("kind", [k.value for k in TargetKind], required=True) or "change"),
        direction=None if direction is None else Direction(direction),
        counts=reader.text("counts"),
        year=reader.integer("year"),
        reference_year=reader.integer("reference_year"),
        goal_number=reader.integer("goal_number", minimum=0),
        baseline_unknown=reader.flag("baseline_unknown"),
        status=reader.flag("status"),
        direction_words=tuple(words),
        directions=tuple(Direction(item) for item in directions),
        language=language,
        verdict=UNJUDGED,
        **figures,
    )
    if not target.id.strip():
        raise reader.error("id", "must not be empty")
    if not any(figures.values()):
        raise reader.error(None, f"a target needs at least one figure ({', '.join(_FIGURES)})")
    return target


def _table_reader(spec: _Spec, data: object, table: str, index: int) -> _Reader:
    label = f"{table}[{index + 1}]"
    if not isinstance(data, dict):
        raise SpecError(
            spec.path,
            f"expected a table, got {_describe(data)}",
            line=spec.lines.line(table, index, None),
            key=label,
        )
    return _Reader(spec, data, table, index, label=label, line_key=None)


def _goal_list(spec: _Spec, data: object, index: int) -> GoalList:
    reader = _table_reader(spec, data, "goal_list", index)
    reader.check_keys(_GOAL_LIST_KEYS)
    stated = reader.integer("stated", required=True, minimum=0)
    assert stated is not None
    if "source" in reader.data:
        if "line" in reader.data:
            raise reader.error("line", "give either line or source, not both")
        span = _place(reader, "source", reader.data["source"], spec.paper_path)
    elif "line" in reader.data:
        span = _place(reader, "line", reader.data["line"], spec.paper_path)
    else:
        raise reader.error("line", "missing required key (the line that states the count, or source)")
    items = [_place(reader, "items", item, spec.paper_path) for item in reader.array("items", "places")]
    return GoalList(span=span, stated=stated, items=items)


def _numbered_list(spec: _Spec, data: object, index: int) -> list[ListNumber]:
    reader = _table_reader(spec, data, "numbered_list", index)
    reader.check_keys(_NUMBERED_LIST_KEYS)
    out: list[ListNumber] = []
    for item in reader.array("items", "{ number = ..., line = ... }"):
        if not isinstance(item, dict):
            raise reader.error("items", f"expected {{ number = ..., line = ... }}, got {_describe(item)}")
        entry = _Reader(spec, item, "numbered_list", index, label=f"{reader.label}.items", line_key="items")
        number = entry.integer("number", required=True, minimum=0)
        assert number is not None
        span = _span(entry, spec.paper_path, allowed=_LIST_NUMBER_KEYS)
        out.append(ListNumber(number=number, span=span))
    return out


def _statement(spec: _Spec, data: object, index: int) -> Statement:
    reader = _table_reader(spec, data, "statement", index)
    reader.check_keys(_STATEMENT_KEYS)
    direction = reader.choice("direction", [d.value for d in Direction])
    source = reader.nested("source")
    if source is None:
        raise reader.error("source", "missing required key (where the statement stands)")
    return Statement(
        span=_span(source, spec.paper_path),
        text=reader.text("text", required=True) or "",
        direction=None if direction is None else Direction(direction),
        indicator=reader.text("indicator") or "",
    )


def _unlinked(spec: _Spec, data: object, index: int) -> Figure:
    reader = _table_reader(spec, data, "unlinked", index)
    reader.check_keys(_FIGURE_KEYS)
    from sudgoals.numbers import read_figure

    text = reader.text("text", required=True)
    assert text is not None
    unit = reader.unit("unit")
    source = reader.nested("source")
    try:
        return read_figure(
            text,
            language=spec.language,
            policy=spec.policy,
            unit=unit,
            span=None if source is None else _span(source, spec.paper_path),
        )
    except FigureSyntaxError as exc:
        raise reader.error("text", f"cannot read the figure {text!r}: {exc.reason}") from exc


def _equivalence(spec: _Spec, data: object, index: int) -> Equivalence:
    reader = _table_reader(spec, data, "equivalence", index)
    reader.check_keys(_EQUIVALENCE_KEYS)
    first = _figure(reader, "first", language=spec.language)
    second = _figure(reader, "second", language=spec.language)
    source = reader.nested("source")
    if first is None or second is None or source is None:
        missing = [k for k, v in (("first", first), ("second", second), ("source", source)) if v is None]
        raise reader.error(missing[0], "missing required key (an equivalence has first, second and source)")
    return Equivalence(first=first, second=second, span=_span(source, spec.paper_path))


def loads_spec(text: str, path: str | Path = "<spec>", *, policy: Policy = DEFAULT_POLICY) -> Paper:
    """Read a spec from its TOML text; ``path`` names it in errors and in targets without ``source``.
    Figures are read and targets judged (:func:`sudgoals.judge.judge_paper`) under ``policy``.

    Raises :class:`~sudgoals.errors.SpecError` (file, line, key) for TOML syntax errors, unknown keys,
    wrong types, missing required keys, duplicate target ids, unreadable figures and a wrong ``schema``.
    """
    from sudgoals.judge import judge_paper

    return judge_paper(loads_unjudged(text, path, policy=policy), policy)


def loads_unjudged(text: str, path: str | Path = "<spec>", *, policy: Policy = DEFAULT_POLICY) -> Paper:
    """:func:`loads_spec` without the judge: figures read under ``policy``, targets unjudged (verdict
    :data:`sudgoals.judge.UNJUDGED`, no implied baseline). Raises as :func:`loads_spec` does."""
    where = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _ERROR_LINE.search(str(exc))
        raise SpecError(where, f"not valid TOML: {exc}", line=int(found.group(1)) if found else None) from exc
    from pydantic import ValidationError

    try:
        # the readers above check each value where it is read, to say which line is wrong; pydantic then
        # validates the whole paper, as the spec boundary always did
        return Paper.model_validate(_paper(_Spec(where, text, policy), data))
    except ValidationError as exc:  # a check above missed a case: still a SpecError, never a traceback
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise SpecError(where, f"invalid value: {first['msg']}", key=key or None) from exc


def _paper(spec: _Spec, data: dict[str, Any]) -> Paper:
    where = spec.path
    top = _Reader(spec, data, "", 0, label="", line_key=None)
    top.check_keys(_TOP_KEYS)
    schema = top.text("schema")
    if schema is not None and schema != SPEC_SCHEMA:
        raise top.error("schema", f"unsupported spec schema {schema!r}; this sudgoals reads {SPEC_SCHEMA!r}")
    if "paper" not in data:
        raise SpecError(where, "missing the [paper] table", line=1, key="paper")
    paper_data = data["paper"]
    if not isinstance(paper_data, dict):
        raise top.error("paper", f"expected the table [paper], got {_describe(paper_data)}")
    paper = _Reader(spec, paper_data, "paper", 0, label="paper", line_key=None)
    paper.check_keys(_PAPER_KEYS)
    spec.paper_path = paper.text("path", required=True) or ""
    spec.language = paper.choice("language", _LANGUAGES) or "da"
    period = _period(paper)
    period_source = paper.nested("period_source")
    for name in _ARRAY_TABLES:
        if name in data and not isinstance(data[name], list):
            raise top.error(name, f"expected [[{name}]] tables, got {_describe(data[name])}")
    targets = [_target(spec, item, index) for index, item in enumerate(data.get("target", []))]
    seen: dict[str, int] = {}
    for index, target in enumerate(targets):
        if target.id in seen:
            raise SpecError(
                where,
                f"duplicate target id {target.id!r} (first used by target[{seen[target.id] + 1}])",
                line=spec.lines.line("target", index, "id"),
                key=f"target[{index + 1}].id",
            )
        seen[target.id] = index
    return trusted(
        Paper,
        path=spec.paper_path,
        language=spec.language,
        format=paper.text("format") or "txt",
        title=paper.text("title"),
        period=period,
        period_span=None if period_source is None else _span(period_source, spec.paper_path),
        targets=targets,
        goal_lists=[_goal_list(spec, item, i) for i, item in enumerate(data.get("goal_list", []))],
        numbered_lists=[
            _numbered_list(spec, item, i) for i, item in enumerate(data.get("numbered_list", []))
        ],
        unquantified=[_statement(spec, item, i) for i, item in enumerate(data.get("statement", []))],
        unlinked=[_unlinked(spec, item, i) for i, item in enumerate(data.get("unlinked", []))],
        equivalences=[_equivalence(spec, item, i) for i, item in enumerate(data.get("equivalence", []))],
    )


def _period(paper: _Reader) -> tuple[int, int] | None:
    value = paper.data.get("period")
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(year, bool) or not isinstance(year, int) for year in value)
    ):
        raise paper.error("period", f"expected two years, e.g. [2014, 2017], got {_describe(value)}")
    if value[1] < value[0]:
        raise paper.error("period", f"the period ends ({value[1]}) before it begins ({value[0]})")
    return value[0], value[1]


def load_spec(path: str | Path, *, policy: Policy = DEFAULT_POLICY) -> Paper:
    """Read the spec file at ``path`` into a :class:`~sudgoals.model.Paper`, verdicts under ``policy``.

    Raises :class:`~sudgoals.errors.SpecError` for a file that cannot be read (missing, a folder, not UTF-8)
    and for every error :func:`loads_spec` reports.
    """
    from sudgoals.judge import judge_paper

    return judge_paper(load_unjudged(path, policy=policy), policy)


def load_unjudged(path: str | Path, *, policy: Policy = DEFAULT_POLICY) -> Paper:
    """:func:`load_spec` without the judge: figures read under ``policy``, targets unjudged (verdict
    :data:`sudgoals.judge.UNJUDGED`, no implied baseline). Raises as :func:`load_spec` does."""
    where = Path(path)
    try:
        raw = where.read_bytes()
    except OSError as exc:
        raise SpecError(where, f"cannot read the spec file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(where, "a spec file must be UTF-8 text", line=line) from exc
    return loads_unjudged(text.removeprefix("\ufeff"), where, policy=policy)


def is_spec(path: str | Path) -> bool:
    """Whether ``path`` is a spec file: a ``.toml`` whose first table is ``[paper]`` or that declares
    ``schema = "sudgoals.spec/1"``. Never raises: an unreadable file is not a spec.
    """
    where = Path(path)
    if where.suffix.lower() != ".toml":
        return False
    try:
        with where.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", "replace")
    except OSError:
        return False
    for line in head.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            return _HEADER.match(line) is not None and stripped.split("]")[0].strip("[ ") == "paper"
        key, _, value = stripped.partition("=")
        if key.strip() == "schema" and value.split("#")[0].strip().strip("\"'") == SPEC_SCHEMA:
            return True
    return False


# --------------------------------------------------------------------------------------------- writing


def _string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for char in value:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04X}" if code < 0xD800 else "\\uFFFD")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return _inline(value)
    raise TypeError(f"cannot write {type(value).__name__} to a spec")


def _inline(table: Mapping[str, object]) -> str:
    if not table:
        return "{}"
    return "{ " + ", ".join(f"{key} = {_value(value)}" for key, value in table.items()) + " }"


def _span_table(span: Span, default_path: str) -> dict[str, object]:
    out: dict[str, object] = {}
    if span.path != default_path:
        out["path"] = span.path
    out["line"] = span.line
    if span.column != 1:
        out["column"] = span.column
    if span.end_line != span.line:
        out["end_line"] = span.end_line
    if span.end_column != span.column:
        out["end_column"] = span.end_column
    if span.page is not None:
        out["page"] = span.page
    if span.start or span.end:
        out["start"] = span.start
        out["end"] = span.end
    if span.quote:
        out["quote"] = span.quote
    return out


def _place_value(span: Span, default_path: str) -> object:
    table = _span_table(span, default_path)
    return table["line"] if list(table) == ["line"] else table


def _figure_value(figure: Figure, language: str, default_path: str) -> object:
    from sudgoals.numbers import read_figure

    try:
        plain = read_figure(figure.text, language=language)
    except FigureSyntaxError:
        plain = None
    table: dict[str, object] = {"text": figure.text}
    if plain is None or plain.unit != figure.unit:
        table["unit"] = figure.unit.value
    if figure.span is not None:
        table["source"] = _span_table(figure.span, default_path)
    return figure.text if len(table) == 1 else table


def _lines_of(table: Mapping[str, object]) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in table.items()]


def dump_spec(paper: Paper) -> str:
    """The spec (TOML text) of ``paper``, for people to review: :func:`loads_spec` reads it back to an equal
    Paper when its verdicts were computed under the same policy.

    Figures are written as their text (with ``unit`` when the text alone would give another unit); intervals,
    implied baselines and verdicts are left out because loading recomputes them.
    """
    base = paper.path
    out = [
        "# sudgoals spec: a goal paper in the same model as an extracted one (see sudgoals.specs).",
        "# Figures are written as stated; intervals, implied baselines and verdicts are recomputed on load.",
        f"schema = {_string(SPEC_SCHEMA)}",
        "",
        "[paper]",
    ]
    head: dict[str, object] = {"path": paper.path, "language": paper.language, "format": paper.format}
    if paper.title is not None:
        head["title"] = paper.title
    if paper.period is not None:
        head["period"] = list(paper.period)
    if paper.period_span is not None:
        head["period_source"] = _span_table(paper.period_span, base)
    out += _lines_of(head)
    for target in paper.targets:
        table: dict[str, object] = {
            "id": target.id,
            "indicator": target.indicator,
            "kind": target.kind.value,
        }
        if target.direction is not None:
            table["direction"] = target.direction.value
        for key in _FIGURES:
            figure = getattr(target, key)
            if figure is not None:
                table[key] = _figure_value(figure, target.language, base)
        optional: dict[str, object | None] = {
            "counts": target.counts,
            "year": target.year,
            "reference_year": target.reference_year,
            "goal_number": target.goal_number,
        }
        table.update({key: value for key, value in optional.items() if value is not None})
        if target.baseline_unknown:
            table["baseline_unknown"] = True
        if target.status:
            table["status"] = True
        if target.direction_words:
            table["direction_words"] = list(target.direction_words)
        if target.directions:
            table["directions"] = [d.value for d in target.directions]
        if target.language != paper.language:
            table["language"] = target.language
        table["source"] = _span_table(target.span, base)
        out += ["", "[[target]]", *_lines_of(table)]
    for goal_list in paper.goal_lists:
        table = {"stated": goal_list.stated}
        place = _place_value(goal_list.span, base)
        table["line" if isinstance(place, int) else "source"] = place
        table["items"] = [_place_value(item, base) for item in goal_list.items]
        out += ["", "[[goal_list]]", *_lines_of(table)]
    for numbered in paper.numbered_lists:
        items = [{"number": entry.number, **_span_table(entry.span, base)} for entry in numbered]
        out += ["", "[[numbered_list]]", "items = ["]
        out += [f"    {_inline(item)}," for item in items]
        out.append("]")
    for statement in paper.unquantified:
        table = {"text": statement.text}
        if statement.direction is not None:
            table["direction"] = statement.direction.value
        if statement.indicator:
            table["indicator"] = statement.indicator
        table["source"] = _span_table(statement.span, base)
        out += ["", "[[statement]]", *_lines_of(table)]
    for figure in paper.unlinked:
        value = _figure_value(figure, paper.language, base)
        table = dict(value) if isinstance(value, dict) else {"text": value}
        out += ["", "[[unlinked]]", *_lines_of(table)]
    for equivalence in paper.equivalences:
        table = {
            "first": _figure_value(equivalence.first, paper.language, base),
            "second": _figure_value(equivalence.second, paper.language, base),
            "source": _span_table(equivalence.span, base),
        }
        out += ["", "[[equivalence]]", *_lines_of(table)]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------- schema


def spec_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a spec file as TOML parses it.

    >>> spec_json_schema()["properties"]["schema"]["const"]
    'sudgoals.spec/1'
    """
    place: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["line"],
        "properties": {
            "path": {"type": "string"},
            "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1},
            "end_line": {"type": "integer", "minimum": 1},
            "end_column": {"type": "integer", "minimum": 1},
            "page": {"type": "integer", "minimum": 1},
            "quote": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        },
    }
    units = [unit.value for unit in Unit]
    figure_table = {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "text": {"type": "string"},
            "unit": {"anyOf": [{"enum": units}, {"type": "string", "pattern": UNIT_PATTERN}]},
            "source": {"$ref": "#/$defs/place"},
        },
    }
    figure = {
        "description": 'a figure as stated: "150", "ca. 20 pct.", "X pct."',
        "anyOf": [{"type": "string", "minLength": 1}, {"type": "integer"}, {"$ref": "#/$defs/figure_table"}],
    }
    target_properties: dict[str, Any] = {
        "id": {"type": "string", "minLength": 1},
        "indicator": {"type": "string"},
        "kind": {"enum": [kind.value for kind in TargetKind]},
        "direction": {"enum": [d.value for d in Direction]},
        **{key: {"$ref": "#/$defs/figure"} for key in _FIGURES},
        "counts": {"type": "string"},
        "year": {"type": "integer"},
        "reference_year": {"type": "integer"},
        "goal_number": {"type": "integer", "minimum": 0},
        "baseline_unknown": {"type": "boolean"},
        "status": {"type": "boolean"},
        "direction_words": {"type": "array", "items": {"type": "string"}},
        "directions": {"type": "array", "items": {"enum": [d.value for d in Direction]}},
        "language": {"enum": list(_LANGUAGES)},
        "source": {"$ref": "#/$defs/place"},
    }
    line_or_place = {"anyOf": [{"type": "integer", "minimum": 1}, {"$ref": "#/$defs/place"}]}
    list_number = {
        "type": "object",
        "additionalProperties": False,
        "required": ["number", "line"],
        "properties": {"number": {"type": "integer", "minimum": 0}, **place["properties"]},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sudgoals.invalid/schema/spec-1.json",
        "title": "sudgoals spec file (TOML)",
        "type": "object",
        "additionalProperties": False,
        "required": ["paper"],
        "properties": {
            "schema": {"const": SPEC_SCHEMA},
            "paper": {
                "type": "object",
                "additionalProperties": False,
                "required": ["path"],
                "properties": {
                    "path": {"type": "string"},
                    "language": {"enum": list(_LANGUAGES)},
                    "format": {"type": "string"},
                    "title": {"type": "string"},
                    "period": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
                    "period_source": {"$ref": "#/$defs/place"},
                },
            },
            "target": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["id", "indicator", "kind"],
                    "properties": target_properties,
                },
            },
            "goal_list": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["stated"],
                    "properties": {
                        "stated": {"type": "integer", "minimum": 0},
                        "line": {"type": "integer", "minimum": 1},
                        "source": line_or_place,
                        "items": {"type": "array", "items": line_or_place},
                    },
                },
            },
            "numbered_list": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {"items": {"type": "array", "items": {"$ref": "#/$defs/list_number"}}},
                },
            },
            "statement": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["text", "source"],
                    "properties": {
                        "text": {"type": "string"},
                        "direction": {"enum": [d.value for d in Direction]},
                        "indicator": {"type": "string"},
                        "source": {"$ref": "#/$defs/place"},
                    },
                },
            },
            "unlinked": {"type": "array", "items": {"$ref": "#/$defs/figure_table"}},
            "equivalence": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["first", "second", "source"],
                    "properties": {
                        "first": {"$ref": "#/$defs/figure"},
                        "second": {"$ref": "#/$defs/figure"},
                        "source": {"$ref": "#/$defs/place"},
                    },
                },
            },
        },
        "$defs": {"place": place, "figure": figure, "figure_table": figure_table, "list_number": list_number},
    }
