"""Report renderers: each turns a :class:`~sudgoals.model.Report` into text in one format.

``render(report, "table", lang="da")`` dispatches by name; the functions are also importable one by one
(``render_table``, ``render_json``, ``render_jsonl``, ``render_markdown``, ``render_csv``, ``render_sarif``,
``render_github``, ``render_plain``, ``render_html``). Importing this package is cheap: rich and Jinja2 load
only when the table or HTML renderer runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Protocol

from sudgoals.model import Report
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


class Renderer(Protocol):
    def __call__(self, report: Report, *, lang: str) -> str: ...


_RENDERERS: Final[dict[str, Callable[..., str]]] = {
    "table": render_table,
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
    "csv": render_csv,
    "sarif": render_sarif,
    "github": render_github,
    "plain": render_plain,
    "html": render_html,
}

FORMATS: Final[tuple[str, ...]] = tuple(_RENDERERS)
"""The format names ``render`` accepts."""


def render(report: Report, fmt: str, *, lang: str, width: int | None = None, color: bool = False) -> str:
    """``report`` rendered as ``fmt`` (one of :data:`FORMATS`) with UI words in ``lang`` ("da" or "en").

    ``width`` and ``color`` apply to the table only. Raises ``ValueError`` for an unknown format.
    """
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"{fmt=} is not a report format; choose one of {', '.join(FORMATS)}") from None
    if fmt == "table":
        return render_table(report, lang=lang, width=width, color=color)
    return renderer(report, lang=lang)
