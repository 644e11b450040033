"""Report renderers: each turns a :class:`~sudgoals.model.Report` into text in one format.

``render(report, "table", lang="da")`` dispatches by name; the functions are also importable one by one
(``render_table``, ``render_json``, ``render_jsonl``, ``render_markdown``, ``render_csv``, ``render_sarif``,
``render_github``, ``render_plain``, ``render_html``). Importing this package is cheap: rich and Jinja2 load
only when the table or HTML renderer runs.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Final, Protocol

from sudgoals.model import Report

if TYPE_CHECKING:
    from sudgoals.report._csv import render_csv
    from sudgoals.report._html import render_html
    from sudgoals.report._markdown import render_markdown
    from sudgoals.report._sarif import render_sarif
    from sudgoals.report._table import render_compare_table, render_table
    from sudgoals.report._text import render_github, render_json, render_jsonl, render_plain

__all__ = [
    "FORMATS",
    "Renderer",
    "render",
    "render_compare_table",
    "render_csv",
    "render_github",
    "render_html",
    "render_json",
    "render_jsonl",
    "render_markdown",
    "render_plain",
    "render_sarif",
    "render_table",
]

# format -> (module, function): a renderer's module (and rich, Jinja2...) is imported only when it runs
_MODULES: Final[dict[str, tuple[str, str]]] = {
    "table": ("_table", "render_table"),
    "json": ("_text", "render_json"),
    "jsonl": ("_text", "render_jsonl"),
    "markdown": ("_markdown", "render_markdown"),
    "csv": ("_csv", "render_csv"),
    "sarif": ("_sarif", "render_sarif"),
    "github": ("_text", "render_github"),
    "plain": ("_text", "render_plain"),
    "html": ("_html", "render_html"),
}
_EXTRA: Final[dict[str, str]] = {"render_compare_table": "_table"}


def __getattr__(name: str) -> Any:
    module = _EXTRA.get(name) or next((m for m, f in _MODULES.values() if f == name), None)
    if module is None:
        raise AttributeError(f"module 'sudgoals.report' has no attribute {name!r}")
    value = getattr(import_module(f"sudgoals.report.{module}"), name)
    globals()[name] = value
    return value


class Renderer(Protocol):
    def __call__(self, report: Report, *, lang: str | None = None) -> str: ...


FORMATS: Final[tuple[str, ...]] = tuple(_MODULES)
"""The format names ``render`` accepts."""


def render(
    report: Report,
    fmt: str = "json",
    *,
    lang: str | None = None,
    width: int | None = None,
    color: bool = False,
) -> str:
    """``report`` rendered as ``fmt`` (one of :data:`FORMATS`, default "json", the report contract).

    ``lang`` ("da" or "en") writes everything in that language; the default, None, writes each paper's
    targets and findings in the paper's own language (and the words around them in the language the papers
    share, else English). Quotes from the papers are never translated. ``width`` and ``color`` apply to the
    table only. Raises ``ValueError`` for an unknown format or language.
    """
    if lang is not None and lang not in ("da", "en"):
        raise ValueError(f"{lang=} must be 'da', 'en' or None (each paper's own language)")
    try:
        module, function = _MODULES[fmt]
    except KeyError:
        raise ValueError(f"{fmt=} is not a report format; choose one of {', '.join(FORMATS)}") from None
    renderer: Callable[..., str] = getattr(import_module(f"sudgoals.report.{module}"), function)
    if fmt == "table":
        return renderer(report, lang=lang, width=width, color=color)
    return renderer(report, lang=lang)
