"""JSON text with an indent, written without the pure-Python encoder ``json.dumps`` falls back to for one.

Imported only when a report is written as JSON (the plain text output needs no ``json``)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from sudgoals.model import Model, format_exact, json_plan

_string = json.encoder.encode_basestring  # the C function json.dumps uses with ensure_ascii=False
_float = float.__repr__


def indented(value: object, newline: str, out: list[str]) -> None:
    """Append to ``out`` the text of ``json.dumps(value, ensure_ascii=False, indent=2)`` with each line after
    the first opening with ``newline`` (a line break and the indent where ``value`` stands).

    The same text, without the pure-Python encoder that ``json.dumps`` falls back to for an indent (its
    chain of generators was half the time of ``check --format json`` on a paper of 10,000 targets); a
    test holds the two to each other on every report of the seeds and examples and on random trees."""
    kind = type(value)
    scalar = _SCALARS.get(kind)
    if scalar is not None:
        out.append(scalar(value))
    elif kind is dict:
        assert isinstance(value, dict)
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        lead = "{" + inner
        for key, item in value.items():
            name = _string(key if type(key) is str else _key_text(key))
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(f"{lead}{name}: {scalar(item)}")
            else:
                out.append(f"{lead}{name}: ")
                indented(item, inner, out)
            lead = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        assert isinstance(value, (list, tuple))
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        lead = "[" + inner
        for item in value:
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(lead + scalar(item))
            else:
                out.append(lead)
                indented(item, inner, out)
            lead = "," + inner
        out.append(newline + "]")
    elif isinstance(value, Model):
        _model(value, newline, out)
    else:
        _indented_subclass(value, newline, out)


# per class and indent: the getter of its fields, and each field's opening (its lead, key and ": ") with
# whether it holds an exact number; made once, so a field costs no string built for its key
_Plan = tuple[Callable[[Any], tuple[Any, ...]], tuple[tuple[str, int], ...], str]
_MODEL_PLANS: dict[tuple[type[Model], str], _Plan] = {}


def _plan(kind: type[Model], newline: str) -> _Plan:
    inner = newline + "  "
    fields = tuple(
        (("," if k else "{") + inner + _string(key) + ": ", exact)
        for k, (_name, key, exact) in enumerate(json_plan(kind))
    )
    plan = _MODEL_PLANS[kind, newline] = (kind._getter, fields, inner)
    return plan


def _model(value: Model, newline: str, out: list[str]) -> None:
    """:func:`indented` of ``value.json_data()``, written from the object's fields (no dict made between)."""
    plan = _MODEL_PLANS.get((type(value), newline))
    getter, fields, inner = plan if plan is not None else _plan(type(value), newline)
    scalars = _SCALARS
    for (opening, exact), item in zip(fields, getter(value), strict=True):
        if item is None:  # (a third of a target's fields)
            out.append(opening + "null")
        elif exact:
            out.append(f'{opening}"{format_exact(item)}"')  # digits, "-", "." and "/": nothing to escape
        else:
            scalar = scalars.get(type(item))
            if scalar is not None:
                out.append(opening + scalar(item))
            else:
                out.append(opening)
                indented(item, inner, out)
    out.append(newline + "}")


def _indented_subclass(value: object, newline: str, out: list[str]) -> None:
    """:func:`indented` for a value of a subclass of str, int, float, list, tuple or dict, in the order
    json tests them (a str subclass is a string, a bool an int only after true and false)."""
    if isinstance(value, str):  # an enum's member or a unit: a string to json, from now on without a test
        _SCALARS[type(value)] = _string
        out.append(_string(value))
    elif value is None or value is True or value is False:
        out.append(_SCALARS[type(value)](value))
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float_text(value))
    elif isinstance(value, (list, tuple)):
        indented(list(value), newline, out)
    elif isinstance(value, dict):
        indented(dict(value), newline, out)
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key_text(key: object) -> str:
    """A dict key that is not a string as json.dumps writes it: floats, true/false/null, ints."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float_text(key)
    if key is True or key is False or key is None:
        return _SCALARS[type(key)](key)
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _float_text(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return _float(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _string,
    int: int.__repr__,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
    float: _float_text,
}
