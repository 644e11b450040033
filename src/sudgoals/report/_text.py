"""Machine-readable and line-oriented renderers: JSON, JSON Lines, plain ``path:line:col: CODE message``,
and GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sudgoals.model import Model, Report, Severity, replace
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
    import json  # here, not at the top: the plain text output needs no JSON

    from sudgoals.report._indent import indented

    documents = [replace(d, targets=[]) for d in report.documents]
    skeleton = replace(report, documents=documents, findings=[])
    text = json.dumps(skeleton.to_json_dict(), ensure_ascii=False, indent=2)
    # each empty list, in the order the text holds them; the key with its quotes unescaped is only ever a key
    lists: list[tuple[str, Sequence[Model]]] = [('"targets": []', d.targets) for d in report.documents]
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
            indented(item, newline, pieces)
            yield "".join(pieces)
        yield newline[:-2] + "]"
    yield text[pos:] + "\n"


def json_line(report: Report) -> str:
    """One report as a single JSON line (no newline inside), ending in a newline."""
    import json

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
