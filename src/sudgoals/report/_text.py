"""Machine-readable and line-oriented renderers: JSON, JSON Lines, plain ``path:line:col: CODE message``,
and GitHub workflow annotations."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from sudgoals.model import Report, Severity, replace
from sudgoals.report._common import (
    document_languages,
    message,
    sorted_findings,
    split_documents,
    ui_language,
)

__all__ = [
    "github_escape_data",
    "github_escape_property",
    "render_github",
    "render_json",
    "render_jsonl",
    "render_plain",
]


def render_json(report: Report, *, lang: str | None = None) -> str:
    """The report as the JSON contract (``Report.to_json_dict``), indented, UTF-8 text, ending in a newline.

    ``lang`` is accepted for a uniform signature; findings carry their messages in every language.
    """
    return "".join(iter_json(report))


def iter_json(report: Report) -> Iterator[str]:
    """The text of :func:`render_json` in pieces, to be written one after the other.

    The same text as ``json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2)`` plus a newline,
    made without the whole report as one tree of dicts (about 10 kB per target) and, when written piece by
    piece, without the whole text in memory: the report is dumped with its targets and findings left empty,
    and each target and finding is dumped on its own into its place.
    """
    documents = [replace(d, targets=[]) for d in report.documents]
    skeleton = replace(report, documents=documents, findings=[])
    text = json.dumps(skeleton.to_json_dict(), ensure_ascii=False, indent=2)
    # each empty list, in the order the text holds them; the key with its quotes unescaped is only ever a key
    lists: list[tuple[str, Sequence[BaseModel]]] = [('"targets": []', d.targets) for d in report.documents]
    lists.append(('\n  "findings": []', report.findings))
    pos = search = 0
    for marker, items in lists:
        at = text.index(marker, search) + len(marker) - 2  # the "[]"
        search = at + 2
        if not items:
            continue
        yield text[pos:at]
        pos = at + 2
        line_start = text.rindex("\n", 0, at) + 1
        key_indent = len(text[line_start:at]) - len(text[line_start:at].lstrip(" "))
        newline = "\n" + " " * (key_indent + 2)
        yield "["
        for index, item in enumerate(items):
            pieces = ["," if index else "", newline]
            _indented(item.model_dump(mode="json", by_alias=True), newline, pieces)
            yield "".join(pieces)
        yield newline[:-2] + "]"
    yield text[pos:] + "\n"


_string = json.encoder.encode_basestring  # the C function json.dumps uses with ensure_ascii=False
_float = float.__repr__


def _indented(value: object, newline: str, out: list[str]) -> None:
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
                _indented(item, inner, out)
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
                _indented(item, inner, out)
            lead = "," + inner
        out.append(newline + "]")
    else:
        _indented_subclass(value, newline, out)


def _indented_subclass(value: object, newline: str, out: list[str]) -> None:
    """:func:`_indented` for a value of a subclass of str, int, float, list, tuple or dict, in the order
    json tests them (a str subclass is a string, a bool an int only after true and false)."""
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None or value is True or value is False:
        out.append(_SCALARS[type(value)](value))
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float_text(value))
    elif isinstance(value, (list, tuple)):
        _indented(list(value), newline, out)
    elif isinstance(value, dict):
        _indented(dict(value), newline, out)
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


def json_line(report: Report) -> str:
    """One report as a single JSON line (no newline inside), ending in a newline."""
    return json.dumps(report.to_json_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def render_jsonl(report: Report, *, lang: str | None = None) -> str:
    """JSON Lines: one complete report object per document (with its findings), so a consumer can stream a
    batch; findings that belong to no document (and comparisons) come in a last line of their own."""
    return "".join(json_line(part) for part in split_documents(report))


def render_plain(report: Report, *, lang: str | None = None) -> str:
    """One line per finding, ``path:line:col: CODE severity: message``, in reading order; nothing when clean.

    The severity is in ``lang`` ("fejl", "advarsel", "note" in Danish); with ``lang`` None, each finding is
    written in the language of its own paper.
    """
    from sudgoals.i18n import label

    languages = document_languages(report)
    lines = []
    for f in sorted_findings(report.findings):
        words = lang or languages.get(f.path) or ui_language(report, None)
        severity = label("severity", f.severity, words)
        text = message(f, lang, languages.get(f.path))
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.code} {severity}: {text}")
    return "".join(line.replace("\n", " ") + "\n" for line in lines)


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_escape_data(text: str) -> str:
    """Escape a workflow command's message: ``%``, CR and LF.

    >>> github_escape_data("50%\\nx")
    '50%25%0Ax'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(text: str) -> str:
    """Escape a workflow command's property value: as data, plus ``:`` and ``,``.

    >>> github_escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return github_escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, *, lang: str | None = None) -> str:
    """GitHub Actions workflow annotations: ``::error file=…,line=…,col=…,title=…::message`` per finding."""
    out: list[str] = []
    languages = document_languages(report)
    for f in sorted_findings(report.findings):
        props = [f"file={github_escape_property(f.path)}", f"line={f.line}", f"col={f.column}"]
        if f.span is not None:
            props += [f"endLine={f.span.end_line}", f"endColumn={f.span.end_column}"]
        props.append(f"title={github_escape_property(f'{f.code} {f.name}')}")
        text = github_escape_data(message(f, lang, languages.get(f.path)))
        out.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{text}\n")
    return "".join(out)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _string,
    int: int.__repr__,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
    float: _float_text,
}
